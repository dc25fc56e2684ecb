// One day in the portal for each kind of person, in a real browser on the sandbox tenant, with
// JavaScript on and again with it off: an Inviter (Priya Natarajan) invites someone and finds
// them among her guests; an Admin (Grace Okafor) opens Guests, a guest's page, blocks and allows
// their sign-in and finds both in Audit; a Sponsor (Amara Diallo) extends and keeps her guests in
// My guests; Helpdesk (Lukas Becker) looks up a pending guest and resends the invitation; a Guest
// (Olivia Chen) reads her own access page and asks for more time; and someone signed out sees
// the front page and the sign-in page, and a protected page sends them to sign in. Each step is
// checked with axe-core and kept as a full-page screenshot in artifacts/roles/<role>/.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const artifacts = resolve(import.meta.dirname, '../artifacts/roles');

const GRACE = { displayName: 'Grace Okafor' };
const PRIYA = { displayName: 'Priya Natarajan' };
const AMARA = { displayName: 'Amara Diallo' };
const LUKAS = { displayName: 'Lukas Becker' };
const OLIVIA = { displayName: 'Olivia Chen' };
const DIEGO = { displayName: 'Diego Alvarez' };

/** What the main navigation lists for each kind of person, in its order. */
const NAVIGATION = {
  admin: ['Home', 'My guests', 'Dashboard', 'Sponsor continuity', 'Access reviews', 'Guests', 'Invite', 'My requests', 'Approvals', 'Bulk invite', 'Directory', 'Convert', 'Audit', 'Settings', 'Rules'],
  inviter: ['Home', 'My guests', 'Invite', 'My requests', 'Bulk invite'],
  sponsor: ['Home', 'My guests', 'Invite', 'My requests', 'Bulk invite'],
  helpdesk: ['Home', 'My guests', 'Guests', 'Invite', 'My requests', 'Bulk invite'],
  guest: ['Home'],
};

/** `days` from today (UTC) as the date field's value and as the portal writes it ("5 March 2027"). */
function daysAhead(days) {
  const at = new Date(Date.now() + days * 86_400_000);
  return {
    value: at.toISOString().slice(0, 10),
    words: at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}

const mode = (javaScriptEnabled) => `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

/**
 * A role's journeys: its portal and browser, a signed-in page, and `step(page, name, state)`,
 * which checks the page with axe-core and keeps a full-page screenshot as
 * artifacts/roles/<role>/<NN-name>.png (numbered across the role's journeys).
 */
function roleSuite(role) {
  const suite = portalSuite('Global Administrator');
  const folder = join(artifacts, role);
  let shots = 0;
  before(() => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  });
  suite.newPage = async ({ javaScriptEnabled }) => {
    const context = await suite.browser.newContext({ javaScriptEnabled, locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    return { context, page: await context.newPage() };
  };
  suite.signedIn = async (person, { javaScriptEnabled }) => {
    const { context, page } = await suite.newPage({ javaScriptEnabled });
    await signIn(page, suite.portal, person);
    return { context, page };
  };
  suite.step = async (page, name, state) => {
    await checkAccessibility(page, state);
    shots += 1;
    const js = page.context().scriptsOff ? '-no-js' : '';
    await page.screenshot({ path: join(folder, `${String(shots).padStart(2, '0')}-${name}${js}.png`), fullPage: true });
  };
  return suite;
}

const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });

/** Follows the main navigation's link `name` to the page headed `heading`. */
async function navigate(page, name, heading = name) {
  await mainNav(page).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
  if (!page.context().scriptsOff) await interactive(page);
}

/** The navigation lists exactly `expected`; `current` is marked as the page you are on. */
async function assertNavigation(page, expected, current) {
  assert.deepEqual(await mainNav(page).getByRole('link').allInnerTexts(), expected);
  if (current) assert.equal(await mainNav(page).locator('[aria-current="page"]').innerText(), current);
}

const mainText = (page) => page.getByRole('main').innerText();

/** The card of `name` in My guests. */
const guestCard = (page, name) => page.locator('li.guest-card', { has: page.getByRole('heading', { name, exact: true }) });

/** The status message (role=status) that contains `text`, once it shows. */
const status = (page, text) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('an Inviter on the sandbox tenant', () => {
  const suite = roleSuite('inviter');

  for (const javaScriptEnabled of [true, false]) {
    const guest = javaScriptEnabled
      ? { address: 'lena.inviter@fabrikam.example', name: 'Lena Vogel (Fabrikam)' }
      : { address: 'omar.inviter@tailspintoys.example', name: 'Omar Haddad (Tailspin Toys)' };

    test(`Priya invites a guest and finds them among hers, then checks a bulk list (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.signedIn(PRIYA, { javaScriptEnabled });
      await page.getByRole('heading', { name: 'Hello, Priya Natarajan', level: 1 }).waitFor();
      const home = await mainText(page);
      assert.match(home, /You are signed in as priya\.natarajan@northwind\.example\./);
      assert.match(home, /Inviter: You can invite people from outside the organization as guests\./);
      assert.match(home, /Sponsor: You can look after the guests you sponsor/);
      assert.match(home, /What you can do here/);
      await assertNavigation(page, NAVIGATION.inviter, 'Home');
      await suite.step(page, 'home', "an inviter's home");

      // Invite through the form: leaving Sponsors empty makes Priya the sponsor.
      await navigate(page, 'Invite', 'Invite a guest');
      await assertNavigation(page, NAVIGATION.inviter, 'Invite');
      assert.equal(await page.getByRole('button', { name: 'Send invitation' }).count(), 1, 'an inviter sends, not asks');
      await page.getByLabel('E-mail address (required)').fill(guest.address);
      await page.getByLabel('Display name').fill(guest.name);
      await suite.step(page, 'invite-form', 'invite form filled in by an inviter');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByRole('heading', { name: 'Invitation sent', level: 1 }).waitFor();
      assert.match(await mainText(page), new RegExp(`Microsoft has sent the invitation e-mail to ${guest.address.replace(/\./g, '\\.')}`));
      await suite.step(page, 'invitation-sent', 'invitation sent by an inviter');

      // Her new guest is hers in My guests, beside Noah Williams.
      await navigate(page, 'My guests');
      const names = await page.getByRole('main').locator('li.guest-card h2').allInnerTexts();
      assert.ok(names.includes(guest.name), `${guest.name} is among Priya's guests: ${names}`);
      assert.ok(names.includes('Noah Williams'), `Noah Williams is among Priya's guests: ${names}`);
      assert.match(await guestCard(page, guest.name).innerText(), /You sponsor them yourself\./);
      await suite.step(page, 'my-guests', "an inviter's guests, with the one just invited");

      // A list of addresses for Bulk invite: checked first, nothing sent.
      await navigate(page, 'Bulk invite');
      await suite.step(page, 'bulk-invite', 'bulk invite upload form');
      const prefix = javaScriptEnabled ? 'js' : 'nojs';
      await page.getByLabel('Or paste e-mail addresses, one a line').fill(`ana.${prefix}@fabrikam.example\nolivia.chen@fabrikam.example\nnot-an-address\n`);
      await page.getByRole('button', { name: 'Check the rows (nothing is sent yet)' }).click();
      await page.getByRole('heading', { name: 'Bulk invite: Pasted addresses', level: 1 }).waitFor();
      await status(page, 'Read as a list of addresses. 3 rows: 1 to invite, 1 already in the directory, 1 invalid. Confirming sends 1.');
      await page.getByRole('button', { name: 'Send 1 invitation' }).waitFor();
      await suite.step(page, 'bulk-preview', 'bulk invite preview of a pasted list');
      await context.close();
    });
  }
});

describe('an Admin on the sandbox tenant', () => {
  const suite = roleSuite('admin');

  for (const javaScriptEnabled of [true, false]) {
    const { who, address } = javaScriptEnabled
      ? { who: 'Marcus Johnson', address: 'marcus.johnson@wideworldimporters.example' }
      : { who: 'Diego Alvarez', address: 'diego.alvarez@gmail.example' };

    test(`Grace opens Guests and a guest's page, blocks and allows their sign-in, and finds it in Audit (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.signedIn(GRACE, { javaScriptEnabled });
      await page.getByRole('heading', { name: 'Hello, Grace Okafor', level: 1 }).waitFor();
      assert.match(await mainText(page), /You are an Administrator: You manage guest access for the whole organization/);
      await page.getByRole('main').getByRole('heading', { name: 'Right now' }).waitFor();
      await assertNavigation(page, NAVIGATION.admin, 'Home');
      await suite.step(page, 'home', "an administrator's home");

      // Guests: found by name, opened.
      await navigate(page, 'Guests');
      await assertNavigation(page, NAVIGATION.admin, 'Guests');
      assert.match(await page.getByRole('heading', { name: /external users match$/, level: 2 }).innerText(), /^\d+ external users match$/);
      await page.getByLabel('Name, e-mail address or user name').fill(who.split(' ')[0]);
      await page.getByRole('button', { name: 'Show guests' }).click();
      await page.waitForURL((u) => u.pathname === '/guests' && u.searchParams.get('q') === who.split(' ')[0]);
      const rows = page.locator('table.guests tbody tr');
      assert.equal(await rows.count(), 1, `one guest named ${who}`);
      assert.match(await rows.first().innerText(), new RegExp(who));
      await suite.step(page, 'guests-found', `guests found by the name ${who}`);

      await rows.first().getByRole('link', { name: who }).click();
      await page.getByRole('heading', { name: who, level: 1 }).waitFor();
      for (const section of ['What you can do', 'Properties', 'Invitation', 'Sign-in activity', 'Sponsors', 'Groups', 'Apps', "In Guestlist's audit trail"]) {
        await page.getByRole('heading', { name: section, level: 2, exact: true }).waitFor();
      }
      await suite.step(page, 'guest-page', `${who}'s page`);

      // Block sign-in, then allow it again.
      await page.getByRole('button', { name: 'Block sign-in', exact: true }).click();
      await page.getByRole('button', { name: 'Allow sign-in', exact: true }).waitFor();
      assert.match(await page.getByRole('status').innerText(), new RegExp(who));
      await suite.step(page, 'guest-blocked', `${who}'s sign-in blocked`);
      await page.getByRole('button', { name: 'Allow sign-in', exact: true }).click();
      await page.getByRole('button', { name: 'Block sign-in', exact: true }).waitFor();
      const trail = page.locator('section[aria-labelledby=audit-heading] tbody');
      assert.match(await trail.innerText(), /Grace Okafor[\s\S]*Block sign-in[\s\S]*Changed/);
      assert.match(await trail.innerText(), /Grace Okafor[\s\S]*Allow sign-in[\s\S]*Changed/);

      // Audit: both changes, by Grace, to their address.
      await navigate(page, 'Audit');
      await page.getByLabel('Who or to whom').fill(address);
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.waitForURL((u) => u.pathname === '/audit' && u.searchParams.get('text') === address);
      const lines = await page.locator('table.audit tbody tr').allInnerTexts();
      assert.equal(lines.length, 2, `Audit lists the two changes to ${address}:\n${lines.join('\n')}`);
      for (const what of ['Block sign-in', 'Allow sign-in']) {
        const entry = new RegExp(`^\\S+\\s+Grace Okafor <grace\\.okafor@northwind\\.example>\\s+${what}\\s+${address.replace(/\./g, '\\.')}\\s+.*\\s+Changed\\s`);
        assert.ok(lines.some((line) => entry.test(line)), `Audit lists “${what}” by Grace to ${address}:\n${lines.join('\n')}`);
      }
      assert.match(await mainText(page), /2 entries\. Download as CSV/);
      await suite.step(page, 'audit', `audit filtered to ${who}`);
      await context.close();
    });
  }
});

describe('a Sponsor on the sandbox tenant', () => {
  const suite = roleSuite('sponsor');

  for (const javaScriptEnabled of [true, false]) {
    const until = daysAhead(javaScriptEnabled ? 45 : 90);

    test(`Amara reviews her guests in My guests: extends one and keeps the other (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.signedIn(AMARA, { javaScriptEnabled });
      await page.getByRole('heading', { name: 'Hello, Amara Diallo', level: 1 }).waitFor();
      const home = await mainText(page);
      assert.match(home, /Sponsor: You can look after the guests you sponsor/);
      assert.doesNotMatch(home, /Inviter:/, 'a sponsor is not an inviter');
      // Her guests are on her home page too.
      assert.match(home, /You sponsor 2 guests: you answer for whether they still need access\./);
      await assertNavigation(page, NAVIGATION.sponsor, 'Home');
      await suite.step(page, 'home', "a sponsor's home");

      await navigate(page, 'My guests');
      const names = await page.getByRole('main').locator('li.guest-card h2').allInnerTexts();
      assert.deepEqual([...names].sort(), ['Fatima Zahra', 'Olivia Chen']);
      await suite.step(page, 'my-guests', "a sponsor's guests");

      // Extend Olivia to a date.
      const olivia = guestCard(page, 'Olivia Chen');
      await olivia.getByLabel('Access until', { exact: true }).fill(until.value);
      await olivia.getByRole('button', { name: 'Extend' }).click();
      await status(page, `Olivia Chen's access now runs until ${until.words}. You will be asked again then.`);
      assert.match(await guestCard(page, 'Olivia Chen').innerText(), new RegExp(`Access until\\s+${until.words}`));
      await suite.step(page, 'extended', 'my guests after an extension');

      // Keep Fatima.
      await guestCard(page, 'Fatima Zahra').getByRole('button', { name: 'Keep: they still need access' }).click();
      await status(page, 'Thank you: Fatima Zahra keeps their access.');
      assert.match(await guestCard(page, 'Fatima Zahra').innerText(), /Last confirmed\s+.+ by Amara Diallo/);
      await suite.step(page, 'kept', 'my guests after keeping a guest');

      // Inviting is asking for her: the Invite form asks an approver.
      await navigate(page, 'Invite', 'Invite a guest');
      await page.getByLabel('Why the guest is needed (required)').waitFor();
      await page.getByRole('button', { name: 'Send the request to an approver' }).waitFor();
      await suite.step(page, 'invite-request-form', 'invite form asking a sponsor for a reason');

      await navigate(page, 'My requests');
      await suite.step(page, 'my-requests', "a sponsor's requests");
      await context.close();
    });
  }
});

describe('Helpdesk on the sandbox tenant', () => {
  const suite = roleSuite('helpdesk');

  for (const javaScriptEnabled of [true, false]) {
    const who = javaScriptEnabled ? { name: 'Yuki Tanaka', q: 'yuki' } : { name: 'Noah Williams', q: 'noah' };

    test(`Lukas looks up a pending guest and resends the invitation (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.signedIn(LUKAS, { javaScriptEnabled });
      await page.getByRole('heading', { name: 'Hello, Lukas Becker', level: 1 }).waitFor();
      assert.match(await mainText(page), /Helpdesk Administrator: You can see every guest and their details, and resend or reset their invitations/);
      await assertNavigation(page, NAVIGATION.helpdesk, 'Home');
      await suite.step(page, 'home', "a helpdesk administrator's home");

      await navigate(page, 'Guests');
      await page.getByLabel('Name, e-mail address or user name').fill(who.q);
      await page.getByLabel('Status').selectOption('pending');
      await page.getByRole('button', { name: 'Show guests' }).click();
      await page.waitForURL((u) => u.searchParams.get('q') === who.q && u.searchParams.get('status') === 'pending');
      const rows = page.locator('table.guests tbody tr');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /Pending since/);
      await suite.step(page, 'guests-found', `pending guests found by ${who.q}`);

      await rows.first().getByRole('link', { name: who.name }).click();
      await page.getByRole('heading', { name: who.name, level: 1 }).waitFor();
      const actions = page.locator('section[aria-labelledby=actions-heading]');
      await actions.getByRole('link', { name: 'Resend invitation…' }).waitFor();
      await actions.getByRole('link', { name: 'Reset redemption…' }).waitFor();
      for (const notOffered of ['Delete…', 'Change sponsors…', 'Add to a group…', 'Change user type…']) {
        assert.equal(await actions.getByRole('link', { name: notOffered }).count(), 0, `helpdesk is not offered ${notOffered}`);
      }
      assert.equal(await actions.getByRole('button', { name: 'Block sign-in' }).count(), 0, 'helpdesk is not offered Block sign-in');
      assert.match(await actions.innerText(), /As a Helpdesk Administrator you can resend and reset invitations; other changes need an administrator\./);
      await suite.step(page, 'guest-page', `${who.name}'s page as helpdesk`);

      // Resend, from the Directory's card for them.
      await actions.getByRole('link', { name: 'Resend invitation…' }).click();
      await page.getByRole('heading', { name: 'B2B collaboration' }).waitFor();
      assert.match(await mainText(page), /Invitation pending since \d{1,2} \w+ \d{4}/);
      await suite.step(page, 'directory-card', `${who.name}'s card with Resend invitation`);
      await page.getByRole('button', { name: 'Resend invitation', exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/invite/done');
      await page.getByRole('heading', { name: `New invitation link for ${who.name}`, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Pass on this invitation link' }).waitFor();
      assert.match(await page.getByLabel('Invitation link', { exact: true }).inputValue(), /\/_sandbox\/redeem\?/);
      assert.match(await mainText(page), new RegExp(`Microsoft does not e-mail an address it has already invited, so nothing was sent: pass this link on to ${who.name.split(' ')[0]} yourself`));
      await suite.step(page, 'resent', `invitation resent to ${who.name}`);
      // Helpdesk may not read sponsors in Entra: the result shows the guest and says so, no error.
      assert.equal(await page.getByRole('main').getByRole('alert').count(), 0, await mainText(page));
      assert.match(await mainText(page), new RegExp(`Name\\s+${who.name}`));
      assert.match(await mainText(page), /Your role in Microsoft Entra may not read sponsors, so they are not shown here\./);

      // The guest's own page records it; Audit is for administrators.
      await navigate(page, 'Guests');
      await page.getByLabel('Name, e-mail address or user name').fill(who.q);
      await page.getByRole('button', { name: 'Show guests' }).click();
      await page.waitForURL((u) => u.searchParams.get('q') === who.q);
      await page.getByRole('link', { name: who.name, exact: true }).click();
      await page.getByRole('heading', { name: who.name, level: 1 }).waitFor();
      assert.match(await page.locator('section[aria-labelledby=audit-heading] tbody').innerText(), /Lukas Becker <lukas\.becker@northwind\.example>\s+Resend invitation\s+Invited/);
      await page.goto(`${suite.portal.url}/audit`);
      await page.getByRole('alert').filter({ hasText: 'This needs the Administrator role, which you do not have.' }).waitFor();
      await suite.step(page, 'audit-refused', 'audit refused to helpdesk');
      await context.close();
    });
  }
});

describe('a Guest on the sandbox tenant', () => {
  const suite = roleSuite('guest');

  for (const javaScriptEnabled of [true, false]) {
    // Each asks once (a second request is refused while the first is open).
    const guest = javaScriptEnabled
      ? { person: OLIVIA, sponsors: ['Amara Diallo — amara.diallo@northwind.example', 'Jonas Lindqvist — jonas.lindqvist@northwind.example'], reason: 'The joint design work runs into next year.' }
      : { person: DIEGO, sponsors: ['Sofia Marquez — sofia.marquez@northwind.example'], reason: 'I still design the spring campaign.' };
    const name = guest.person.displayName;

    test(`${name} sees their own access, asks their sponsors for more time, and cannot open staff pages (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.signedIn(guest.person, { javaScriptEnabled });
      await page.getByRole('heading', { name: 'Your access to Northwind Traders', level: 1 }).waitFor();
      const main = page.getByRole('main');
      assert.match(await main.innerText(), new RegExp(`Hello, ${name}\\. You are a guest of Northwind Traders\\.`));
      assert.deepEqual(await main.locator('ul.sponsors li').allInnerTexts(), guest.sponsors);
      assert.match(await main.innerText(), /No end date is set for your access\. Your sponsors confirm from time to time that you still need it\./);
      assert.equal(await main.getByRole('link', { name: 'My Account › Organizations' }).getAttribute('href'), 'https://myaccount.microsoft.com/organizations');
      await assertNavigation(page, NAVIGATION.guest, 'Home');
      await suite.step(page, 'home', "a guest's home: their own access");

      await page.getByLabel('Why you still need access').fill(guest.reason);
      await page.getByRole('button', { name: 'Send the request to my sponsors' }).click();
      await status(page, 'Your request was sent to your sponsors.');
      assert.match(await main.innerText(), new RegExp(`${guest.sponsors.length} of them were told by e-mail`));
      assert.match(await main.innerText(), /You asked for more time on .+; your sponsors have your request\./);
      await suite.step(page, 'asked-for-time', 'a guest asked for more time');

      // A staff page is refused in plain words.
      await page.goto(`${suite.portal.url}/guests`);
      await page.getByRole('alert').filter({ hasText: 'This needs the Helpdesk Administrator role, which you do not have.' }).waitFor();
      assert.equal(await page.locator('table.guests').count(), 0, 'no guests are listed to a guest');
      await suite.step(page, 'staff-page-refused', 'the guests list refused to a guest');
      await context.close();
    });
  }
});

describe('someone signed out on the sandbox tenant', () => {
  const suite = roleSuite('signed-out');

  for (const javaScriptEnabled of [true, false]) {
    test(`the front page, the sign-in page, and a protected page that asks to sign in first (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await suite.newPage({ javaScriptEnabled });
      await page.goto(suite.portal.url);
      await page.getByRole('heading', { name: 'Guest access, done carefully', level: 1 }).waitFor();
      assert.match(await mainText(page), /Sign in with your work account to continue\./);
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0, 'no navigation before signing in');
      assert.match(await page.getByRole('complementary', { name: 'Sandbox tenant' }).innerText(), /Nothing leaves this computer/);
      await suite.step(page, 'front-page', 'the front page, signed out');

      // The sign-in page: the sandbox's account picker, members and guests.
      await page.getByRole('link', { name: 'Sign in' }).first().click();
      await page.getByRole('heading', { name: 'Pick an account', level: 1 }).waitFor();
      await page.getByRole('list', { name: 'Members' }).getByRole('button', { name: 'Sign in as Grace Okafor' }).waitFor();
      await page.getByRole('list', { name: 'Guests' }).getByRole('button', { name: 'Sign in as Olivia Chen' }).waitFor();
      await suite.step(page, 'sign-in', "the sandbox's account picker");

      // A protected page sends them to sign in, and back to it afterwards.
      const response = await page.goto(`${suite.portal.url}/my-guests`);
      await page.getByRole('heading', { name: 'Pick an account', level: 1 }).waitFor();
      const hops = [];
      for (let request = response.request(); request; request = request.redirectedFrom()) hops.unshift(new URL(request.url()));
      assert.equal(hops[0].pathname, '/my-guests');
      assert.equal(`${hops[1].pathname}${hops[1].search}`, '/auth/sign-in?return_to=%2Fmy-guests', 'the protected page sends them to sign in');
      await suite.step(page, 'protected-page-asks-to-sign-in', 'my guests, signed out: the account picker');
      await page.getByRole('button', { name: 'Sign in as Amara Diallo' }).click();
      await page.waitForURL((u) => u.origin === suite.portal.url && u.pathname === '/my-guests');
      await page.getByRole('heading', { name: 'My guests', level: 1 }).waitFor();
      await suite.step(page, 'back-on-the-protected-page', 'my guests after signing in');

      // Signing out ends it: the front page again, and the protected page asks again.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Guest access, done carefully', level: 1 }).waitFor();
      const res = await page.request.get(`${suite.portal.url}/my-guests`, { maxRedirects: 0 });
      assert.equal(res.status(), 303);
      assert.equal(res.headers().location, '/auth/sign-in?return_to=%2Fmy-guests');
      await context.close();
    });
  }
});
