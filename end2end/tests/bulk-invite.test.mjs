// Bulk invite in a real browser. An inviter (Priya Natarajan) uploads Microsoft Entra's bulk
// invite template with a bad row and a duplicate, fixes the bad row on the preview, sends, watches
// the progress bar reach 100 % and downloads the results; with JavaScript off, the progress page
// refreshes itself until the job ends. The sandbox stalls the invitations a few seconds (its
// fault injection), so the job is still running when its page first shows. With
// GUESTLIST_SCREENSHOTS=1 the run also writes docs/bulk-preview.png.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const docs = resolve(import.meta.dirname, '../../docs');
const screenshots = process.env.GUESTLIST_SCREENSHOTS === '1';

const PRIYA = { displayName: 'Priya Natarajan' };

// As the Entra admin center's "Download csv template" gives it, filled in: line 4 says "maybe"
// where true or false belongs, line 7 repeats line 3's address.
const ENTRA_TEMPLATE = [
  'version:v1.0',
  'Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]',
  'lin.e2e@fabrikam.example,https://myapps.microsoft.com,true,"Welcome, Lin: the kickoff is on Monday"',
  'max.e2e@fabrikam.example,https://myapps.microsoft.com,maybe,',
  'ann.e2e@fabrikam.example,https://myapps.microsoft.com,true,',
  'olivia.chen@fabrikam.example,https://myapps.microsoft.com,true,',
  'LIN.E2E@fabrikam.example,https://myapps.microsoft.com,true,',
  'sam.e2e@northwind.example,https://myapps.microsoft.com,true,',
  '',
].join('\r\n');

/** The cells of a CSV line the portal wrote (every cell quoted). */
function cells(line) {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replaceAll('""', '"'));
}

describe('Bulk invite on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  async function signedIn({ javaScriptEnabled = true } = {}) {
    const context = await suite.browser.newContext({ javaScriptEnabled, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, PRIYA);
    return { context, page };
  }

  /** The sandbox stalls the next `count` invitations by `ms` (as a slow Graph would). */
  async function stallInvitations(count, ms) {
    const response = await fetch(`${suite.portal.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delayMs: ms, count, path: '/invitations' }),
    });
    assert.ok(response.ok, `the sandbox took the fault plan: ${response.status}`);
  }

  const row = (page, email) => page.locator('table.bulk-rows tbody tr', { has: page.getByRole('cell', { name: email, exact: true }) });
  const result = (page, email) => page.locator('table.bulk-results tbody tr', { has: page.getByRole('cell', { name: email, exact: true }) });

  test("Entra's template with a bad row and a duplicate: fixed on the preview, sent, followed to 100 %, results downloaded", async () => {
    const { context, page } = await signedIn();
    await page.getByRole('link', { name: 'Bulk invite', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Bulk invite', level: 1 }).waitFor();
    await checkAccessibility(page, 'bulk invite upload form');
    await checkAccessibility(page, 'bulk invite upload form', { colorScheme: 'dark' });
    await page.getByLabel('CSV file').setInputFiles({ name: 'BulkInviteUsersTemplate.csv', mimeType: 'text/csv', buffer: Buffer.from(ENTRA_TEMPLATE) });
    await page.getByRole('button', { name: 'Check the rows (nothing is sent yet)' }).click();

    await page.getByRole('heading', { name: 'Bulk invite: BulkInviteUsersTemplate.csv', level: 1 }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('status').filter({
      hasText: "Read as Microsoft Entra's bulk invite template. 6 rows: 2 to invite, 1 already in the directory, 1 blocked, 1 invalid, 1 duplicates. Confirming sends 2.",
    }).waitFor();
    const found = async (email) => (await row(page, email).locator('td').nth(3).innerText()).trim();
    assert.equal(await found('lin.e2e@fabrikam.example'), 'New');
    assert.equal(await found('max.e2e@fabrikam.example'), 'Invalid');
    assert.equal(await found('olivia.chen@fabrikam.example'), 'Already in the directory');
    assert.equal(await found('LIN.E2E@fabrikam.example'), 'Duplicate');
    assert.equal(await found('sam.e2e@northwind.example'), 'Blocked');
    assert.match(await row(page, 'max.e2e@fabrikam.example').innerText(), /“maybe” is neither true nor false/);
    assert.match(await row(page, 'LIN.E2E@fabrikam.example').innerText(), /The same address is on line 3/);
    assert.match(await row(page, 'sam.e2e@northwind.example').innerText(), /your own organization's domain/);
    assert.equal(await page.getByRole('button', { name: 'Send 2 invitations' }).count(), 1);
    await interactive(page);
    if (screenshots) await page.screenshot({ path: resolve(docs, 'bulk-preview.png'), fullPage: true });
    await checkAccessibility(page, 'bulk invite preview with invalid, blocked and duplicate rows');
    await checkAccessibility(page, 'bulk invite preview with invalid, blocked and duplicate rows', { colorScheme: 'dark' });

    // Fix the bad row: no invitation e-mail, a link to pass on instead, and a name.
    await row(page, 'max.e2e@fabrikam.example').getByRole('link', { name: 'Fix line 4' }).click();
    await page.getByRole('heading', { name: 'Fix line 4', level: 1 }).waitFor();
    await interactive(page);
    await checkAccessibility(page, 'fixing a row of a bulk invitation');
    await checkAccessibility(page, 'fixing a row of a bulk invitation', { colorScheme: 'dark' });
    await page.getByLabel('Display name').fill('Max Weber');
    await page.getByLabel('Send invitation e-mail').fill('false');
    await page.getByRole('button', { name: 'Save and check the row again' }).click();
    await main.getByRole('status').filter({ hasText: '6 rows: 3 to invite' }).waitFor();
    assert.equal(await found('max.e2e@fabrikam.example'), 'New');
    assert.match(await row(page, 'max.e2e@fabrikam.example').innerText(), /Max Weber/);

    // Send; the invitations take a few seconds, so the bar starts below 100 % and gets there live.
    await stallInvitations(3, 4000);
    await interactive(page);
    await page.getByRole('button', { name: 'Send 3 invitations' }).click();
    const bar = page.getByRole('progressbar', { name: 'Progress' });
    await bar.waitFor();
    const first = Number(await bar.getAttribute('value'));
    assert.ok(first < 100, `the job had not ended when its page showed (${first} %)`);
    await interactive(page);
    await page.waitForFunction(() => document.getElementById('bulk-progress-bar')?.getAttribute('value') === '100', null, { timeout: 60_000 });
    await main.getByRole('status').filter({ hasText: 'Done — 100 %. 3 of 3 done, 0 failed, 0 remaining.' }).waitFor();
    await result(page, 'max.e2e@fabrikam.example').getByRole('link', { name: 'Redeem link' }).waitFor();
    await checkAccessibility(page, 'bulk invitation done, with its results');
    await checkAccessibility(page, 'bulk invitation done, with its results', { colorScheme: 'dark' });

    const outcome = async (email) => (await result(page, email).locator('td').nth(3).innerText()).trim();
    assert.equal(await outcome('lin.e2e@fabrikam.example'), 'Invited');
    assert.equal(await outcome('ann.e2e@fabrikam.example'), 'Invited');
    assert.equal(await outcome('max.e2e@fabrikam.example'), 'Invited');
    assert.equal(await outcome('LIN.E2E@fabrikam.example'), 'Skipped: duplicate');
    assert.equal(await outcome('olivia.chen@fabrikam.example'), 'Skipped: already in the directory');
    assert.equal(await outcome('sam.e2e@northwind.example'), 'Skipped: blocked');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the results (CSV)' }).click()]);
    assert.equal(download.suggestedFilename(), 'guestlist-bulk-invite-results.csv');
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    assert.ok(text.startsWith('\uFEFF"line","email","display_name","outcome","user_id","redeem_url","detail","request_id"\r\n'), text);
    const lines = text.slice(1).trimEnd().split('\r\n').slice(1).map(cells);
    assert.equal(lines.length, 6, text);
    const byEmail = Object.fromEntries(lines.map((c) => [c[1], c]));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const email of ['lin.e2e@fabrikam.example', 'ann.e2e@fabrikam.example', 'max.e2e@fabrikam.example']) {
      assert.equal(byEmail[email][3], 'Invited', text);
      assert.match(byEmail[email][4], uuid, `${email} has its user id`);
    }
    assert.equal(byEmail['max.e2e@fabrikam.example'][2], 'Max Weber');
    assert.match(byEmail['max.e2e@fabrikam.example'][5], /\/redeem\?/, 'no mail was sent to Max: his link is in the file');
    assert.equal(byEmail['lin.e2e@fabrikam.example'][5], '', 'Lin got the invitation e-mail');
    assert.equal(byEmail['LIN.E2E@fabrikam.example'][3], 'Skipped: duplicate');
    assert.equal(byEmail['sam.e2e@northwind.example'][3], 'Skipped: blocked');
    assert.equal(byEmail['olivia.chen@fabrikam.example'][3], 'Skipped: already in the directory');
    assert.match(byEmail['olivia.chen@fabrikam.example'][4], uuid, "Olivia's existing account");
    await context.close();
  });

  test('without JavaScript the progress page refreshes itself until the job ends', async () => {
    const { context, page } = await signedIn({ javaScriptEnabled: false });
    await page.goto(`${suite.portal.url}/bulk-invite`);
    await page.getByLabel('Or paste e-mail addresses, one a line').fill('kai.nojs@fabrikam.example\nRia Okoro <ria.nojs@fabrikam.example>\n');
    await page.getByRole('button', { name: 'Check the rows (nothing is sent yet)' }).click();
    const main = page.getByRole('main');
    await main.getByRole('status').filter({ hasText: 'Read as a list of addresses. 2 rows: 2 to invite. Confirming sends 2.' }).waitFor();

    await stallInvitations(2, 5000);
    await page.getByRole('button', { name: 'Send 2 invitations' }).click();
    const bar = page.getByRole('progressbar', { name: 'Progress' });
    await bar.waitFor();
    assert.ok(Number(await bar.getAttribute('value')) < 100, 'the job had not ended when its page showed');
    assert.equal(await page.locator('meta[http-equiv="refresh"]').count(), 1, 'the running page asks to be reloaded');
    await checkAccessibility(page, 'bulk invitation running, without JavaScript');
    const shown = page.url();
    // Nobody reloads it: the page does, until the job has ended.
    await main.getByRole('status').filter({ hasText: 'Done — 100 %. 2 of 2 done, 0 failed, 0 remaining.' }).waitFor({ timeout: 60_000 });
    assert.equal(page.url(), shown);
    assert.equal(await page.locator('meta[http-equiv="refresh"]').count(), 0, 'the ended job no longer refreshes');
    assert.equal((await result(page, 'kai.nojs@fabrikam.example').locator('td').nth(3).innerText()).trim(), 'Invited');
    assert.equal((await result(page, 'ria.nojs@fabrikam.example').locator('td').nth(2).innerText()).trim(), 'Ria Okoro');
    await context.close();
  });
});
