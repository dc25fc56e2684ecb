// Sponsor continuity in a real browser. An Admin opens Sponsor continuity, finds Zoe Martin, whose
// only person sponsor Rafael Costa has left (his account is disabled; his manager is Amara Diallo),
// and hands her over to the suggested successor through the preview, the confirmation and the
// job: Zoe's sponsors then name Amara and no longer Rafael. With JavaScript off, the Admin ticks
// Marcus Johnson (no sponsor at all), finds a sponsor on the preview page and adds them.
// With GUESTLIST_SCREENSHOTS=1 the run also writes docs/continuity.png.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { portalSuite, signIn } from './support/portal.mjs';

const docs = resolve(import.meta.dirname, '../../docs');
const screenshots = process.env.GUESTLIST_SCREENSHOTS === '1';

describe('Sponsor continuity on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  /** The Admin on Sponsor continuity, reached through the navigation. */
  async function continuity({ javaScriptEnabled = true } = {}) {
    const context = await suite.browser.newContext({ javaScriptEnabled, locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, suite.person);
    await page.getByRole('link', { name: 'Sponsor continuity', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Sponsor continuity', level: 1 }).waitFor();
    return { context, page };
  }

  const row = (page, name) => page.locator('table.continuity tbody tr', { has: page.getByRole('rowheader', { name }) });

  /** Confirms the preview on the page and waits for its job to finish (the page refreshes itself). */
  async function confirmAndWait(page, button) {
    await page.getByRole('button', { name: button }).click();
    await page.getByText(/Job \d+: Done\. 1 done, 0 failed, 0 waiting\./).waitFor({ timeout: 60_000 });
  }

  /** The address of a listed guest's details page. */
  const detailsOf = (page, name) => row(page, name).getByRole('link', { name, exact: true }).getAttribute('href');

  /** The sponsors on a guest's details page. */
  async function sponsorsOf(page, path, name) {
    await page.goto(`${suite.portal.url}${path}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    return page.locator('section[aria-labelledby=sponsors-heading]').innerText();
  }

  test('an Admin hands over the guests of a disabled sponsor to the suggested successor', async () => {
    const { context, page } = await continuity();
    const zoe = row(page, 'Zoe Martin');
    const before = await zoe.innerText();
    const details = await detailsOf(page, 'Zoe Martin');
    assert.match(before, /None of their sponsors can act for them/);
    assert.match(before, /Rafael Costa \(disabled\)/);
    assert.match(before, /Amara Diallo — Manager of Rafael Costa/);
    const leavers = page.locator('ul.continuity-departed');
    assert.match(await leavers.innerText(), /Rafael Costa \(account disabled\) still sponsors Zoe Martin\. Their manager: Amara Diallo\./);
    if (screenshots) await page.screenshot({ path: resolve(docs, 'continuity.png'), fullPage: true });
    await checkAccessibility(page, 'sponsor continuity with guests to hand over');
    await checkAccessibility(page, 'sponsor continuity with guests to hand over', { colorScheme: 'dark' });

    await zoe.getByRole('button', { name: 'Hand over to Amara Diallo…' }).click();
    await page.getByRole('heading', { name: 'Add Amara Diallo as sponsor in place of Rafael Costa', level: 1 }).waitFor();
    const preview = await page.getByRole('main').innerText();
    assert.match(preview, /1 guest will change\./);
    assert.match(preview, /Rafael Costa no longer sponsors each guest once Amara Diallo is added/);
    assert.ok((await page.locator('table.will-change').innerText()).includes('Zoe Martin'));
    await checkAccessibility(page, 'hand-over preview');
    await checkAccessibility(page, 'hand-over preview', { colorScheme: 'dark' });
    await confirmAndWait(page, 'Confirm: add sponsor for 1 guest');
    assert.match(await page.locator('table.job-rows').innerText(), /Amara Diallo now sponsors Zoe Martin\. Rafael Costa no longer sponsors Zoe Martin\./);
    await checkAccessibility(page, 'hand-over job done');
    await checkAccessibility(page, 'hand-over job done', { colorScheme: 'dark' });

    const sponsors = await sponsorsOf(page, details, 'Zoe Martin');
    assert.match(sponsors, /Amara Diallo/);
    await checkAccessibility(page, "guest's details after the hand-over");
    await checkAccessibility(page, "guest's details after the hand-over", { colorScheme: 'dark' });
    assert.ok(!sponsors.includes('Rafael Costa'), `Rafael is no longer her sponsor: ${sponsors}`);

    // Continuity no longer lists her, nor the leaver.
    await page.goto(`${suite.portal.url}/sponsors/continuity`);
    await page.getByRole('heading', { name: 'Sponsor continuity', level: 1 }).waitFor();
    assert.equal(await row(page, 'Zoe Martin').count(), 0);
    assert.match(await page.getByRole('main').innerText(), /No disabled member sponsors a guest\./);
    await checkAccessibility(page, 'sponsor continuity with no disabled sponsor left');
    await context.close();
  });

  test('with JavaScript off, ticked guests get a sponsor found on the preview page', async () => {
    const { context, page } = await continuity({ javaScriptEnabled: false });
    const marcus = row(page, 'Marcus Johnson');
    assert.match(await marcus.innerText(), /No sponsor at all\./);
    const details = await detailsOf(page, 'Marcus Johnson');
    await page.getByLabel('Select Marcus Johnson').check();
    await page.getByRole('button', { name: 'Add a sponsor to the ticked guests…' }).click();
    await page.getByRole('heading', { name: 'Choose the sponsor to add' }).waitFor();
    await checkAccessibility(page, 'choosing a sponsor without JavaScript');
    await checkAccessibility(page, 'choosing a sponsor without JavaScript', { colorScheme: 'dark' });
    await page.getByLabel('Find a person or group').fill('Jonas');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel(/^Jonas Lindqvist, /).check();
    await checkAccessibility(page, 'sponsor search results without JavaScript');
    await page.getByRole('button', { name: 'Use this sponsor' }).click();
    await page.getByRole('heading', { name: 'Add Jonas Lindqvist as sponsor', level: 1 }).waitFor();
    await checkAccessibility(page, 'add-sponsor preview without JavaScript');
    await confirmAndWait(page, 'Confirm: add sponsor for 1 guest');

    assert.match(await sponsorsOf(page, details, 'Marcus Johnson'), /Jonas Lindqvist/);
    await page.goto(`${suite.portal.url}/sponsors/continuity`);
    assert.equal(await row(page, 'Marcus Johnson').count(), 0);
    await context.close();
  });
});
