// The Guests list in a real browser: filter to guests pending for more than 30 days, open one and
// resend; tick three, block them through the preview; restore a deleted guest; export the view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { portalSuite, signIn } from './support/portal.mjs';

describe('the Guests list on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  async function guestsPage({ javaScriptEnabled = true } = {}) {
    const context = await suite.browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, suite.portal, suite.person);
    await page.getByRole('link', { name: 'Guests', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Guests', level: 1 }).waitFor();
    return { context, page };
  }

  test('pending for more than 30 days, opened and resent; the view exports as CSV', async () => {
    const { context, page } = await guestsPage();
    await page.getByLabel('Status').selectOption('pending');
    await page.getByLabel('Pending for more than (days)').fill('30');
    await page.getByRole('button', { name: 'Show guests' }).click();
    await page.waitForURL((u) => u.searchParams.get('status') === 'pending' && u.searchParams.get('pending_days') === '30');
    const rows = page.locator('table.guests tbody tr');
    assert.ok((await rows.count()) > 0, 'someone has been pending for over 30 days');
    for (const text of await rows.allInnerTexts()) assert.match(text, /Pending since/);
    await checkAccessibility(page, 'guests filtered to pending for over 30 days');
    await checkAccessibility(page, 'guests filtered to pending for over 30 days', { colorScheme: 'dark' });

    // The same view as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export this view as CSV' }).click()]);
    const csv = await (await download.createReadStream()).toArray();
    const lines = Buffer.concat(csv).toString('utf8').trim().split('\r\n');
    assert.equal(lines.length - 1, await rows.count(), 'a line per guest in the view');

    await page.getByRole('link', { name: 'Yuki Tanaka' }).click();
    await page.getByRole('heading', { name: 'Yuki Tanaka', level: 1 }).waitFor();
    await checkAccessibility(page, "a guest's details");
    await checkAccessibility(page, "a guest's details", { colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Resend invitation…' }).click();
    await page.getByRole('button', { name: 'Resend invitation' }).waitFor();
    await checkAccessibility(page, 'resend invitation confirmation');
    await checkAccessibility(page, 'resend invitation confirmation', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Resend invitation' }).click();
    await page.waitForURL((u) => u.pathname === '/invite/done');
    assert.match(await page.getByRole('main').innerText(), /yuki/i);
    await checkAccessibility(page, 'invitation resent');
    await context.close();
  });

  test('with JavaScript off, three ticked guests are blocked through the preview, and a deleted one comes back', async () => {
    const { context, page } = await guestsPage({ javaScriptEnabled: false });
    await page.goto(`${suite.portal.url}/guests?enabled=yes&synced=no&type=guest`);
    const boxes = page.locator('table.guests tbody input[type=checkbox]');
    const names = [];
    for (let i = 0; i < 3; i += 1) {
      await boxes.nth(i).check();
      names.push((await boxes.nth(i).getAttribute('aria-label')).replace(/^Select /, ''));
    }
    await page.getByRole('button', { name: 'Block sign-in…' }).click();
    await page.getByRole('heading', { name: 'Will change' }).waitFor();
    await checkAccessibility(page, 'block sign-in preview without JavaScript');
    await checkAccessibility(page, 'block sign-in preview without JavaScript', { colorScheme: 'dark' });
    const preview = await page.getByRole('main').innerText();
    for (const name of names) assert.ok(preview.includes(name), `${name} is in the preview`);
    await page.getByRole('button', { name: /^Confirm: block sign-in for 3 guests$/i }).click();
    // The status page refreshes itself until the job is done.
    await page.getByText(/Job \d+: Done\. 3 done, 0 failed, 0 waiting\./).waitFor({ timeout: 60_000 });
    await checkAccessibility(page, 'block sign-in job done, without JavaScript');
    await page.goto(`${suite.portal.url}/guests?status=disabled`);
    const blocked = await page.locator('table.guests tbody').innerText();
    for (const name of names) assert.ok(blocked.includes(name), `${name} is blocked`);

    // Delete the first through its page, then restore it from Recently deleted guests.
    await page.getByRole('link', { name: names[0] }).click();
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByLabel(/I understand/).waitFor();
    await checkAccessibility(page, 'delete guest confirmation without JavaScript');
    await checkAccessibility(page, 'delete guest confirmation without JavaScript', { colorScheme: 'dark' });
    await page.getByLabel(/I understand/).check();
    await page.getByRole('button', { name: `Delete ${names[0]}` }).click();
    await page.goto(`${suite.portal.url}/guests/deleted`);
    await checkAccessibility(page, 'recently deleted guests without JavaScript');
    await checkAccessibility(page, 'recently deleted guests without JavaScript', { colorScheme: 'dark' });
    await page.getByRole('button', { name: `Restore ${names[0]}` }).click();
    await page.getByRole('status').filter({ hasText: 'group memberships' }).waitFor();
    await checkAccessibility(page, 'deleted guest restored, without JavaScript');
    await page.goto(`${suite.portal.url}/guests?status=disabled`);
    assert.ok((await page.locator('table.guests tbody').innerText()).includes(names[0]), 'restored, still blocked');
    await context.close();
  });
});
