// A review campaign in a real browser. Sofia Marquez invites a second Fabrikam guest (she becomes
// the sponsor); the Admin Grace Okafor starts a campaign over the domain fabrikam.example; Amara
// Diallo keeps Olivia Chen, and Sofia, with JavaScript off, ends her guest's access (nobody decides
// on Elena Popescu, the campaign's third person); the sandbox's clock moves past the campaign's
// end; the dry run shows both decisions; the Admin applies them, the guest's sign-in is blocked,
// and Undo on the report enables the account again.
// With GUESTLIST_SCREENSHOTS=1 the run also writes docs/review-campaign.png and docs/review-dry-run.png.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const docs = resolve(import.meta.dirname, '../../docs');
const screenshots = process.env.GUESTLIST_SCREENSHOTS === '1';

const GRACE = { displayName: 'Grace Okafor' };
const AMARA = { displayName: 'Amara Diallo' };
const SOFIA = { displayName: 'Sofia Marquez' };
const GUEST = { name: 'Ravi Menon', address: 'ravi.menon@fabrikam.example' };

/** `days` from today as the value of a date input. */
const isoDate = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('a review campaign on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  async function signedIn(person, { javaScriptEnabled = true } = {}) {
    const context = await suite.browser.newContext({ javaScriptEnabled, locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, person);
    return { context, page };
  }

  /** The "To review" card of `guest` in the reviewer's My guests. */
  async function toReview(page, guest) {
    await page.getByRole('link', { name: 'My guests', exact: true }).first().click();
    await page.getByRole('heading', { name: 'To review', level: 2 }).waitFor();
    return page.locator('ul.my-guests li.card', { has: page.getByRole('heading', { name: guest, level: 3 }) });
  }

  /** Records a decision on `guest`'s card; waits for the card to say it is recorded. */
  async function decide(page, guest, decision, why) {
    const card = await toReview(page, guest);
    await checkAccessibility(page, `my guests with ${guest} to review`);
    await card.getByLabel('Decision').selectOption(decision);
    await card.getByLabel('Why').fill(why);
    await card.getByRole('button', { name: `Record the decision for ${guest}` }).click();
    await (await toReview(page, guest)).getByRole('status').filter({ hasText: why }).waitFor();
    await checkAccessibility(page, `my guests with the decision on ${guest} recorded`, { colorScheme: 'dark' });
  }

  /** Whether `name` is listed among the guests whose sign-in is blocked. */
  async function blocked(page, name) {
    await page.goto(`${suite.portal.url}/guests?status=disabled`);
    await page.getByRole('heading', { name: 'Guests', level: 1 }).waitFor();
    return (await page.locator('main').innerText()).includes(name);
  }

  test('sponsors decide in My guests, the Admin applies after the end, a blocked guest is undone', async () => {
    // Sofia invites a second Fabrikam guest and, by leaving Sponsors empty, sponsors them.
    const sofia = await signedIn(SOFIA);
    await sofia.page.getByRole('link', { name: 'Invite', exact: true }).first().click();
    await interactive(sofia.page);
    await sofia.page.getByLabel('E-mail address (required)').fill(GUEST.address);
    await sofia.page.getByLabel('Display name').fill(GUEST.name);
    await sofia.page.getByRole('button', { name: 'Send invitation' }).click();
    await sofia.page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    await sofia.context.close();

    // Grace starts a campaign over the domain.
    const grace = await signedIn(GRACE);
    await grace.page.getByRole('link', { name: 'Access reviews', exact: true }).first().click();
    await grace.page.getByRole('heading', { name: 'Review campaigns', level: 1 }).waitFor();
    await checkAccessibility(grace.page, 'review campaigns, none yet');
    await checkAccessibility(grace.page, 'review campaigns, none yet', { colorScheme: 'dark' });
    await grace.page.getByLabel('Name').fill('Fabrikam guests, first half 2027');
    await grace.page.getByLabel('Which guests').selectOption('domain');
    await grace.page.getByLabel('Domain, group id or days').fill('fabrikam.example');
    await grace.page.getByLabel('Ends').fill(isoDate(14));
    await grace.page.getByRole('button', { name: 'Start the campaign' }).click();
    await grace.page.getByRole('heading', { name: 'Fabrikam guests, first half 2027', level: 1 }).waitFor();
    const reviewers = await grace.page.locator('table.reviewers tbody').innerText();
    // Olivia Chen's two sponsors, each with her open; Sofia with Ravi and Elena Popescu (an internal
    // account of a Fabrikam employee, an external user too, whom she sponsors).
    for (const name of ['Amara Diallo', 'Jonas Lindqvist']) assert.match(reviewers, new RegExp(`${name}\\s+0\\s+1\\s+0`));
    assert.match(reviewers, /Sofia Marquez\s+0\s+2\s+0/);
    assert.match(await grace.page.getByRole('main').innerText(), /Decided\s+0 of 3/);
    await checkAccessibility(grace.page, 'a campaign just started');
    await checkAccessibility(grace.page, 'a campaign just started', { colorScheme: 'dark' });

    // Amara keeps Olivia with JavaScript; Sofia ends Ravi's access without it.
    const amara = await signedIn(AMARA);
    await decide(amara.page, 'Olivia Chen', 'keep', 'She leads the joint design work.');
    await amara.context.close();
    const sofiaNoJs = await signedIn(SOFIA, { javaScriptEnabled: false });
    await decide(sofiaNoJs.page, GUEST.name, 'end', 'The pilot with Fabrikam was cancelled.');
    await sofiaNoJs.context.close();

    await grace.page.reload();
    assert.match(await grace.page.getByRole('main').innerText(), /Decided\s+2 of 3/);
    await checkAccessibility(grace.page, 'a campaign with decisions');
    if (screenshots) await grace.page.screenshot({ path: resolve(docs, 'review-campaign.png'), fullPage: true });
    await grace.context.close();

    // The sandbox's clock (and with it the portal's) moves past the end.
    const moved = await fetch(`${suite.portal.url}/_sandbox/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ days: 15 }),
    });
    assert.equal(moved.status, 200);

    // The dry run shows both decisions; applying blocks Ravi only.
    const admin = await signedIn(GRACE);
    await admin.page.getByRole('link', { name: 'Access reviews', exact: true }).first().click();
    await admin.page.getByRole('link', { name: 'Fabrikam guests, first half 2027' }).click();
    await admin.page.getByRole('link', { name: 'Dry run: what applying it will do' }).click();
    await admin.page.getByRole('heading', { name: /^Dry run: / , level: 1 }).waitFor();
    const plan = admin.page.locator('table.plan tbody');
    const planRow = (name) => plan.locator('tr', { hasText: name }).innerText();
    assert.match(await planRow('Olivia Chen'), /She leads the joint design work\./);
    assert.match(await planRow(GUEST.name), /The pilot with Fabrikam was cancelled\./);
    assert.match(await admin.page.getByRole('main').innerText(), /3 guest\(s\); 1 account\(s\) would be blocked/);
    await checkAccessibility(admin.page, "a campaign's dry run");
    await checkAccessibility(admin.page, "a campaign's dry run", { colorScheme: 'dark' });
    if (screenshots) await admin.page.screenshot({ path: resolve(docs, 'review-dry-run.png'), fullPage: true });
    assert.equal(await blocked(admin.page, GUEST.name), false, 'nothing changes before applying');

    await admin.page.goBack();
    await admin.page.getByRole('button', { name: 'Apply these changes' }).click();
    await admin.page.getByRole('heading', { name: 'Report: Fabrikam guests, first half 2027', level: 1 }).waitFor();
    const report = await admin.page.locator('table.report tbody').innerText();
    assert.match(report, /Olivia Chen[\s\S]*Amara Diallo/);
    assert.match(report, /Ravi Menon[\s\S]*Sofia Marquez[\s\S]*Sign-in blocked/);
    assert.match(await admin.page.getByRole('main').innerText(), /Every row matches its hash/);
    const reportUrl = admin.page.url();
    await checkAccessibility(admin.page, "a campaign's report");
    await checkAccessibility(admin.page, "a campaign's report", { colorScheme: 'dark' });
    assert.equal(await blocked(admin.page, GUEST.name), true, 'applying blocked the ended guest');
    assert.equal(await blocked(admin.page, 'Olivia Chen'), false, 'the kept guest is untouched');

    // Undo from the report enables the account again.
    await admin.page.goto(reportUrl);
    await admin.page.getByRole('button', { name: `Undo for ${GUEST.name}` }).click();
    await admin.page.getByRole('button', { name: `Undo for ${GUEST.name}` }).waitFor({ state: 'detached' });
    assert.match(await admin.page.locator('table.report tbody').innerText(), /Undone on .*: sign-in allowed again\./);
    await checkAccessibility(admin.page, "a campaign's report with an undone row");
    assert.match(await admin.page.getByRole('main').innerText(), /Every row matches its hash/);
    assert.equal(await blocked(admin.page, GUEST.name), false, 'undo enabled the account');
    await admin.context.close();
  });
});
