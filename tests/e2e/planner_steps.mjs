// Steps the view tests share, done as a person does them: start a plan with "Suggest a plan",
// open a view, scroll a long list or form with the mouse wheel, type over a field, drag with the
// mouse, switch the theme, and take the same screen at the sizes and looks the views must stay
// readable at.
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

// First run → (optional names) → "Suggest a plan" → the view named `view`.
export async function startWithSuggestedPlan(planner, {mentor, view} = {}) {
  if (mentor) await planner.type('Mentor', mentor);
  await suggestPlan(planner);
  if (view) await openView(planner, view);
}

// Wheels the area under the item `over` until the item `label` is wholly in view.
export async function scrollIntoView(planner, label, over, {bottomMargin = 40} = {}) {
  const anchor = await planner.item(over);
  await planner.page.mouse.move(anchor.x + anchor.w / 2, anchor.y + anchor.h / 2);
  const height = await planner.page.evaluate(() => window.innerHeight);  // Playwright and Puppeteer alike
  for (let step = 0; step < 60; ++step) {
    const item = (await planner.items()).find((i) => i.label === label && i.w > 0 && i.h > 0);
    if (item && item.y >= 0 && item.y + item.h <= height - bottomMargin) return item;
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

// Closes the Settings menu and waits until it is gone: a click while it is open only closes it.
async function closeSettings(planner) {
  await planner.page.keyboard.press('Escape');
  await planner.waitFor(() => !window.planner.items().some((item) => item.label === 'Larger text'));
  await planner.waitForIdle();
}

// "Light", "Dark" or "High contrast" from the Settings menu.
export async function chooseTheme(planner, name) {
  await planner.click('\u2699 Settings');
  await planner.click(name);
  await closeSettings(planner);
  const theme = {Light: 'light', Dark: 'dark', 'High contrast': 'high-contrast'}[name];
  await planner.waitForState((s) => s.theme === theme);
}

// Steps the text size up (positive) or down from 100% in the Settings menu, 10% a step. The menu
// is opened afresh for each step: at a new size it grows and may no longer fit where it opened.
export async function stepTextSize(planner, steps) {
  for (let i = 0; i < Math.abs(steps); ++i) {
    await planner.click('\u2699 Settings');
    const before = (await planner.state()).textScale;
    await planner.click(steps > 0 ? 'Larger text' : 'Smaller text');
    await planner.waitForState((s) => s.textScale !== before);
    await closeSettings(planner);
  }
}

// Opens the app in one of the LOOKS, themed and sized as it says.
export async function openInLook(browser, server, look) {
  const planner = await openPlanner(browser, server, look);
  if (look.theme) await chooseTheme(planner, look.theme);
  if (look.textSteps) await stepTextSize(planner, look.textSteps);
  return planner;
}

// The looks every view is checked in: 1280×720 at DPR 1 and 2, a portrait tablet, dark, high
// contrast.
export const LOOKS = [
  {name: '1280x720', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1},
  {name: '1280x720-dpr2', viewport: {width: 1280, height: 720}, deviceScaleFactor: 2},
  {name: '768x1024', viewport: {width: 768, height: 1024}, deviceScaleFactor: 1, hasTouch: true},
  {name: 'dark', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, colorScheme: 'dark'},
  {name: 'high-contrast', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, theme: 'High contrast'},
  {name: 'text-150', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, textSteps: 5},
  {name: 'text-85-1920x1080', viewport: {width: 1920, height: 1080}, deviceScaleFactor: 1, textSteps: -2},
];

// Screenshots of one view in every look, under build/e2e-artifacts/<name>-<look>.png:
// `prepare(planner)` brings the view to the state worth showing. Returns the console problems.
export async function screenshotView(browser, server, name, prepare) {
  const problems = [];
  for (const look of LOOKS) {
    const planner = await openInLook(browser, server, look);
    await suggestPlan(planner);
    await prepare(planner);
    // The pointer out of the way (over the status bar): no hover highlight or tooltip in the shot.
    await planner.page.mouse.move(look.viewport.width - 4, look.viewport.height - 4);
    await planner.waitForIdle();
    await planner.screenshot(`${name}-${look.name}`);
    problems.push(...planner.problems());
    await planner.page.context().close();
  }
  return problems;
}
