// Invitation requests in a real browser: a member without an inviter role (Kenji Watanabe) asks
// to invite someone on the Invite page; the approver (Grace Okafor, also listed in
// GUESTLIST_REQUEST_APPROVERS, so she gets the mail) opens the mail's link and approves in one
// click; the guest appears in the Guests list; Kenji sees the answer on My requests. With
// GUESTLIST_SCREENSHOTS=1 the run also writes docs/approvals.png and docs/settings.png.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const docs = resolve(import.meta.dirname, '../../docs');
const screenshots = process.env.GUESTLIST_SCREENSHOTS === '1';

const KENJI = { displayName: 'Kenji Watanabe' };
const GRACE = { displayName: 'Grace Okafor' };
const GUEST = 'nina.journey@fabrikam.example';

// Read by the portal the suite starts.
process.env.GUESTLIST_REQUEST_APPROVERS = 'grace.okafor@northwind.example';

describe('Invitation requests on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  async function signedIn(person) {
    const context = await suite.browser.newContext({ locale: 'en-GB', viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, person);
    return { context, page };
  }

  /** The link in the sandbox mailbox's mail to `to` about `guest`, once the worker sent it. */
  async function approvalLink(page, to) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const outbox = await (await page.request.get(`${suite.portal.url}/_sandbox/mail.json`)).json();
      const mail = outbox.value.find((m) => m.to === to && m.subject.includes(`asks to invite ${GUEST}`));
      const link = mail?.body.split('\n').find((line) => line.includes('/approvals/'));
      if (link) return link.trim().replace(/^https?:\/\/[^/]+/, '');
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`no request mail reached ${to}`);
  }

  test('a member asks, the approver approves from the mail, the guest appears, the member sees it', async () => {
    const kenji = await signedIn(KENJI);
    await kenji.page.getByRole('link', { name: 'Invite', exact: true }).first().click();
    await kenji.page.getByRole('heading', { name: 'Invite a guest', level: 1 }).waitFor();
    await interactive(kenji.page);
    await checkAccessibility(kenji.page, 'invite form asking for a reason');
    await checkAccessibility(kenji.page, 'invite form asking for a reason', { colorScheme: 'dark' });
    await kenji.page.getByLabel('E-mail address (required)').fill(GUEST);
    await kenji.page.getByLabel('Why the guest is needed (required)').fill('Fabrikam designs the new packaging with us.');
    await kenji.page.getByRole('button', { name: 'Send the request to an approver' }).click();
    await kenji.page.getByRole('heading', { name: 'My requests', level: 1 }).waitFor();
    assert.match(await kenji.page.getByRole('main').innerText(), new RegExp(`${GUEST}[\\s\\S]*Waiting for approval`));
    await checkAccessibility(kenji.page, 'my requests, one waiting');
    await checkAccessibility(kenji.page, 'my requests, one waiting', { colorScheme: 'dark' });

    const grace = await signedIn(GRACE);
    const link = await approvalLink(grace.page, 'grace.okafor@northwind.example');
    await grace.page.goto(`${suite.portal.url}${link}`);
    await grace.page.getByRole('heading', { name: `Request to invite ${GUEST}`, level: 1 }).waitFor();
    assert.match(await grace.page.getByRole('main').innerText(), /Fabrikam designs the new packaging with us\./);
    await checkAccessibility(grace.page, 'a request to approve');
    await checkAccessibility(grace.page, 'a request to approve', { colorScheme: 'dark' });
    if (screenshots) await grace.page.screenshot({ path: resolve(docs, 'approvals.png'), fullPage: true });
    await interactive(grace.page);
    await grace.page.getByRole('button', { name: `Approve and invite ${GUEST}` }).click();
    await grace.page.getByRole('status').filter({ hasText: `Approved: ${GUEST} is invited` }).waitFor();
    await checkAccessibility(grace.page, 'request approved');

    // The guest is in the directory now.
    await grace.page.goto(`${suite.portal.url}/guests?q=nina.journey`);
    await grace.page.getByRole('link', { name: /nina\.journey/ }).first().waitFor();
    await checkAccessibility(grace.page, 'guests found by a search');

    // Kenji sees the answer.
    await kenji.page.reload();
    assert.match(await kenji.page.getByRole('main').innerText(), new RegExp(`${GUEST}[\\s\\S]*Approved: invited`));
    await checkAccessibility(kenji.page, 'my requests, one approved');

    // Approvals (and Settings) as the approver: both listed, in both schemes.
    await grace.page.goto(`${suite.portal.url}/approvals`);
    await grace.page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    await checkAccessibility(grace.page, 'approvals, none waiting');
    await checkAccessibility(grace.page, 'approvals, none waiting', { colorScheme: 'dark' });
    await grace.page.goto(`${suite.portal.url}/settings?domain=fabrikam.example`);
    await grace.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await checkAccessibility(grace.page, 'settings for a domain');
    await checkAccessibility(grace.page, 'settings for a domain', { colorScheme: 'dark' });

    if (screenshots) {
      await grace.page.goto(`${suite.portal.url}/settings?domain=fabrikam.example`);
      await grace.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await grace.page.screenshot({ path: resolve(docs, 'settings.png'), fullPage: true });
    }
    await kenji.context.close();
    await grace.context.close();
  });
});
