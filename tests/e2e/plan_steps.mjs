// Steps the view tests share, each through real input: build a plan, open a view, type over a
// field, drag with the mouse, choose a theme, and take the screenshots every view keeps.
import {openPlanner} from './harness.mjs';

// First run → "Suggest a plan" → the plan is there.
export async function suggestPlan(planner) {
  await planner.click('Suggest a plan');
  return planner.waitForState((s) => s.screen === 'plan' && s.plan && s.plan.modules.length === 7);
}

export async function openView(planner, name) {
  await planner.click(name);
  return planner.waitForState((s) => s.view === name);
}

// Resolves after the app has drawn at least one more frame.
export async function nextFrame(planner) {
  const frames = await planner.frames();
  await planner.page.waitForFunction((n) => window.planner.frames() > n, frames);
}

// Clicks a field, selects what it holds and types over it, as a person would.
export async function typeOver(planner, label, text) {
  await planner.click(label);
  await planner.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-sink');
  await planner.page.keyboard.press('Control+A');
  await planner.page.keyboard.type(text);
  await nextFrame(planner);
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

// "Light", "Dark" or "High contrast" from the Settings menu.
export async function chooseTheme(planner, label) {
  await planner.click(/Settings$/);
  await planner.click(label);
  await planner.page.keyboard.press('Escape');
  const theme = {Light: 'light', Dark: 'dark', 'High contrast': 'high-contrast'}[label];
  await planner.waitForState((s) => s.theme === theme);
}

// The screenshots each view keeps: 1280×720 at pixel ratios 1 and 2, a 768×1024 tablet, dark and
// high contrast. `prepare(planner)` brings the view to the state worth showing.
export async function screenshotView(browser, server, name, prepare) {
  const shots = [
    {suffix: '1280x720', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1},
    {suffix: '1280x720-dpr2', viewport: {width: 1280, height: 720}, deviceScaleFactor: 2},
    {suffix: 'tablet-768x1024', viewport: {width: 768, height: 1024}, deviceScaleFactor: 1, hasTouch: true},
    {suffix: 'dark', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, theme: 'Dark'},
    {suffix: 'high-contrast', viewport: {width: 1280, height: 720}, deviceScaleFactor: 1, theme: 'High contrast'},
  ];
  const problems = [];
  for (const shot of shots) {
    const planner = await openPlanner(browser, server, shot);
    await suggestPlan(planner);
    if (shot.theme) await chooseTheme(planner, shot.theme);
    await prepare(planner);
    // The pointer out of the way (over the status bar): no hover highlight or tooltip in the shot.
    await planner.page.mouse.move(shot.viewport.width - 4, shot.viewport.height - 4);
    await planner.waitForIdle();
    await planner.screenshot(`${name}-${shot.suffix}`);
    problems.push(...planner.problems());
    await planner.page.context().close();
  }
  return problems;
}
