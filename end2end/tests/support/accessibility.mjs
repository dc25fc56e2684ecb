// axe-core on the page as it is now: fails the test with every serious or critical violation of
// WCAG 2.0, 2.1 and 2.2 (A and AA), listed so that a developer knows what to fix and where.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

// The installed package's file: nothing is downloaded while the tests run. It is evaluated
// rather than added as a <script> tag, which the portal's Content Security Policy refuses
// (and the tests fail on any refusal).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every state checked, a JSON line each: the run's record of what was checked (scripts/test
 * starts it afresh and sums it up). */
export const checkedStates = resolve(import.meta.dirname, '../../artifacts/accessibility.jsonl');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One violation as lines: rule, impact, help and its link, then each element with what is wrong. */
function describe(violation) {
  const nodes = violation.nodes.map((node) => {
    const why = (node.failureSummary ?? '').split('\n').map((line) => `\n      ${line.trim()}`).join('');
    return `    - ${node.target.join(' ')}${why}`;
  });
  return [`  ${violation.id} (${violation.impact}): ${violation.help}`, `    ${violation.helpUrl}`, ...nodes].join('\n');
}

async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    tags,
  );
}

/** The page without JavaScript as it is now, in a new page with JavaScript (axe-core needs
 * timers): the same HTML minus its scripts, at the same address so that styles load. */
async function runAxeOnCopy(page, colorScheme) {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const context = await page.context().browser().newContext({ viewport: page.viewportSize(), colorScheme });
  try {
    const copy = await context.newPage();
    await copy.route((u) => u.href === url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url);
    return await runAxe(copy);
  } finally {
    await context.close();
  }
}

/**
 * Runs axe-core on `page` and fails with every serious or critical violation. `state` says what
 * is on screen ("invite form with errors") for the message. `colorScheme` ('light' or 'dark'),
 * when given, is emulated for the check; the page's own setting is restored afterwards. A page
 * of the portal (not of the sandbox tenant) must also say where you are in its title.
 */
export async function checkAccessibility(page, state, { colorScheme } = {}) {
  if (!new URL(page.url()).pathname.startsWith('/_sandbox/')) {
    assert.match(await page.title(), /^\S.* – Guestlist$/, `the title of ${page.url()} (${state}) names the page`);
  }
  let results;
  if (page.context().scriptsOff) {
    results = await runAxeOnCopy(page, colorScheme ?? 'light');
  } else {
    if (colorScheme) await page.emulateMedia({ colorScheme });
    try {
      results = await runAxe(page);
    } finally {
      if (colorScheme) await page.emulateMedia({ colorScheme: null });
    }
  }
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  mkdirSync(dirname(checkedStates), { recursive: true });
  const checked = { path: new URL(page.url()).pathname, state, dark: colorScheme === 'dark', javaScript: !page.context().scriptsOff, serious: serious.length };
  appendFileSync(checkedStates, `${JSON.stringify(checked)}\n`);
  const where = `${page.url()} (${state}${colorScheme ? `, ${colorScheme} colour scheme` : ''})`;
  assert.ok(
    serious.length === 0,
    `axe-core found ${serious.length} serious or critical accessibility problem(s) on ${where}:\n${serious.map(describe).join('\n')}`,
  );
}
