// Steps the view tests share, done as a person does them: start a plan with "Suggest a plan",
// open a view, scroll a long list or form with the mouse wheel, type over a field, drag with the
// mouse; and the looks (sizes, themes, text sizes) the views must stay readable in.
import {openPlanner} from './harness.mjs';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "2027-03-01" → "Mon 1 Mar 2027", as the app shows a day (Date::display).
export function displayDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
}

// "2027-03-01" plus `days` days, as an ISO day.
export function addDays(iso, days) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

// Resolves after the app has drawn at least one more frame.
export async function nextFrame(planner) {
  const frames = await planner.frames();
  await planner.waitFor((n) => window.planner.frames() > n, frames);
}

// First run → "Suggest a plan" → the plan is there (seven modules, activities, reviews).
// The button is at the foot of the form: at large text sizes the form scrolls to reach it.
export async function suggestPlan(planner) {
  const button = await scrollIntoView(planner, 'Suggest a plan', 'Start date');
  await planner.page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  return planner.waitForState((s) => s.screen === 'plan' && s.plan && s.plan.modules.length === 7 && s.plan.activities.length > 0);
}

export async function openView(planner, name) {
  await planner.click(name);
  return planner.waitForState((s) => s.view === name);
}

// From a details page back to its list, when one is open: on a screen too narrow for a list and
// its details side by side, a list view opens on the details of what is selected (the selection
// follows the user from view to view), and `back` ("All modules") leads to the list.
export async function backToList(planner, back) {
  await planner.inputSettled();
  if (!(await planner.items()).some((item) => item.label === back)) return;
  await planner.click(back);
  await planner.waitForState((s) => s.selected === '');
}

// First run → (optional names) → "Suggest a plan" → the view named `view`.
export async function startWithSuggestedPlan(planner, {mentor, view} = {}) {
  if (mentor) await planner.type('Mentor', mentor);
  await suggestPlan(planner);
  if (view) await openView(planner, view);
}

// Every planner key in this page's localStorage, with its value.
export function storedValues(planner) {
  return planner.page.evaluate(() => {
    const values = {};
    for (let i = 0; i < localStorage.length; ++i) {
      const key = localStorage.key(i);
      if (key.startsWith('planner/')) values[key] = localStorage.getItem(key);
    }
    return values;
  });
}

// What localStorage keeps of the user's plans (index, plans, backups, trash), byte for byte: every
// planner key but the appearance settings and Dear ImGui's layout, which are not the plan.
export async function storedPlans(planner) {
  const values = await storedValues(planner);
  return Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith('planner/settings/')));
}

// Wheels the area under the item `over` until the item `label` is wholly in view.
export async function scrollIntoView(planner, label, over, {bottomMargin = 40} = {}) {
  const anchor = await planner.item(over);
  await planner.page.mouse.move(anchor.x + anchor.w / 2, anchor.y + anchor.h / 2);
  const height = await planner.page.evaluate(() => window.innerHeight);  // Playwright and Puppeteer alike
  let lastY = null;
  for (let step = 0; step < 60; ++step) {
    const item = (await planner.items()).find((i) => i.label === label && i.w > 0 && i.h > 0);
    if (item && item.y >= 0 && item.y + item.h <= height - bottomMargin) return item;
    // Scrolled as far as it goes: wholly on screen is enough (the last item of a pane that ends
    // at the status bar never clears the margin).
    if (item && item.y === lastY && item.y >= 0 && item.y + item.h <= height) return item;
    lastY = item ? item.y : null;
    const frames = await planner.frames();
    await planner.page.mouse.wheel(0, !item || item.y + item.h > height - bottomMargin ? 120 : -120);
    await planner.waitFor((n) => window.planner.frames() > n, frames);
  }
  throw new Error(`could not scroll "${label}" into view`);
}

// Clicks a field, selects what it holds and types over it, as a person would.
export async function replaceText(planner, label, text) {
  await planner.focusField(label);
  await planner.page.keyboard.press('Control+A');
  await planner.page.keyboard.type(text);
  await planner.inputSettled();
}

// Presses the mouse at `from`, moves to `to` in steps (a drawn frame after each, so the app sees
// the drag start, the hover over the target and the drop), and lets go there.
export async function dragBetween(planner, from, to, steps = 12) {
  const mouse = planner.page.mouse;
  await mouse.move(from.x, from.y);
  await nextFrame(planner);
  await mouse.down();
  await nextFrame(planner);
  for (let step = 1; step <= steps; ++step) {
    await mouse.move(from.x + ((to.x - from.x) * step) / steps, from.y + ((to.y - from.y) * step) / steps);
    await nextFrame(planner);
  }
  await mouse.up();
  await nextFrame(planner);
}

export function centre(item) {
  return {x: item.x + item.w / 2, y: item.y + item.h / 2};
}

// Leaves a text field for the plan's own shortcuts (Ctrl+Z) by clicking the current view's
// navigation entry, which takes no text.
export async function leaveField(planner) {
  const state = await planner.state();
  await planner.click(state.view);
  await planner.waitFor(() => document.activeElement && document.activeElement.id !== 'text-sink');
}

// Opens the app in one of the LOOKS. Its `settings` are the appearance a returning user chose
// (planner/settings/ui, as the Settings menu keeps it: persistence.test.mjs drives the menu), so
// the app starts in that look from its first frame.
export async function openInLook(browser, server, look) {
  const {settings, ...options} = look;
  const kept = settings && JSON.stringify(settings);
  const initScript = kept &&
      `if (localStorage.getItem('planner/settings/ui') === null) localStorage.setItem('planner/settings/ui', ${JSON.stringify(kept)});`;
  const planner = await openPlanner(browser, server, {...options, initScript});
  if (settings) {
    await planner.waitForState((s) => (!settings.theme || s.theme === settings.theme) &&
                                      (!settings.textScale || Math.abs(s.textScale - settings.textScale) < 0.001));
  }
  return planner;
}

// The looks every view is checked in: 1280×720 at DPR 1 and 2, a portrait tablet, dark, high
// contrast.
export const LOOKS = [
  {name: '1280x720', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1},
  {name: '1280x720-dpr2', viewport: {width: 1280, height: 720}, deviceScaleFactor: 2},
  {name: '768x1024', viewport: {width: 768, height: 1024}, deviceScaleFactor: 1, hasTouch: true},
  {name: 'dark', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, colorScheme: 'dark'},
  {name: 'high-contrast', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, settings: {theme: 'high-contrast'}},
  {name: 'text-150', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, settings: {textScale: 1.5}},
  {name: 'text-85-1920x1080', viewport: {width: 1920, height: 1080}, deviceScaleFactor: 1, settings: {textScale: 0.85}},
];
