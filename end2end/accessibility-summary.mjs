// Sums up the states the browser journeys checked with axe-core (artifacts/accessibility.jsonl):
// how many, on how many pages (ids in paths counted as one page), in the dark scheme, with
// JavaScript off, and the serious or critical violations found.
import { existsSync, readFileSync } from 'node:fs';
import { checkedStates } from './tests/support/accessibility.mjs';

if (!existsSync(checkedStates)) {
  console.log('No accessibility checks were recorded.');
  process.exit(0);
}
const checks = readFileSync(checkedStates, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
// `/guests/4f0c…/groups` and `/bulk-invite/12` are one page each, whatever the id.
const page = (path) => path.replace(/\/[0-9a-f-]{8,}|\/\d+(?=\/|$)/g, '/{id}');
const pages = new Set(checks.map((c) => page(c.path)));
const count = (keep) => checks.filter(keep).length;
console.log(
  `Accessibility (axe-core, WCAG 2.0–2.2 A and AA): ${checks.length} states on ${pages.size} pages, ` +
    `${count((c) => c.dark)} in the dark scheme, ${count((c) => !c.javaScript)} with JavaScript off; ` +
    `serious or critical violations: ${checks.reduce((sum, c) => sum + c.serious, 0)}.`,
);
