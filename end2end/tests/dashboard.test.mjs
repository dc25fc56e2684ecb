// The Dashboard in a real browser: an administrator's home shows it once the worker has computed
// the figures; each chart's figures open as a table whose counts lead to the filtered Guests list.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

describe('the dashboard on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  for (const javaScriptEnabled of [true, false]) {
    test(`an administrator's home shows the figures, and a count leads to those guests (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await suite.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, suite.portal, suite.person);
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'Right now' }).waitFor();
      // The worker computes the first figures soon after the portal starts.
      for (let tries = 0; !(await main.innerText()).includes('Figures from'); tries++) {
        assert.ok(tries < 60, 'the worker never computed the figures');
        await page.waitForTimeout(500);
        await page.reload();
      }
      if (javaScriptEnabled) await interactive(page);
      const chart = main.getByRole('img', { name: 'External users by status' });
      await chart.waitFor();
      await checkAccessibility(page, 'dashboard with figures');
      await checkAccessibility(page, 'dashboard with figures', { colorScheme: 'dark' });
      const status = main.locator('figure', { has: page.getByRole('heading', { name: 'External users by status' }) });
      await status.getByText('The figures of “External users by status” as a table').click();
      const table = status.getByRole('table', { name: 'External users by status' });
      await checkAccessibility(page, "dashboard with a chart's table open");
      const pendingRow = table.getByRole('row', { name: /^Pending/ });
      const count = await pendingRow.getByRole('link').innerText();
      assert.match(count, /^\d+$/);
      await pendingRow.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/guests' && url.searchParams.get('status') === 'pending');
      await page.getByRole('heading', { name: 'Guests', level: 1 }).waitFor();
      await checkAccessibility(page, 'guests filtered from a dashboard figure');
      await context.close();
    });
  }
});
