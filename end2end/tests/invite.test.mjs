// The Invite page in a real browser: the journeys of issue 4, with JavaScript on and off.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, launchBrowser, personWithRole, signIn, startPortal } from './support/portal.mjs';

const screenshot = resolve(import.meta.dirname, '../../docs/invite-form.png');

describe('inviting guests on the sandbox tenant', () => {
  let portal;
  let browser;
  let inviter;
  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    inviter = personWithRole(portal.tenant, 'Guest Inviter');
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** A signed-in page on the invite form, its island live when JavaScript is on. */
  async function inviteForm(person, { javaScriptEnabled = true } = {}) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, portal, person);
    await page.getByRole('link', { name: 'Invite', exact: true }).first().click();
    await page.getByLabel('E-mail address (required)').waitFor();
    if (javaScriptEnabled) await interactive(page);
    return { context, page };
  }

  test('an address with + is refused before sending, while typing', async () => {
    const { context, page } = await inviteForm(inviter);
    await page.getByLabel('E-mail address (required)').pressSequentially('ann+work@fabrikam.example');
    await page.getByText("contains '+', which Microsoft Entra does not accept").waitFor();
    await checkAccessibility(page, 'invite form, address refused while typing');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText("contains '+', which Microsoft Entra does not accept").first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/invite');
    await checkAccessibility(page, 'invite form refused on submit', { colorScheme: 'dark' });
    await context.close();
  });

  test("with Microsoft's mail on, the guest's mail is in the sandbox outbox in the chosen language", async () => {
    const { context, page } = await inviteForm(inviter);
    await page.getByLabel('E-mail address (required)').fill('jan.de.vries@contoso-partner.example');
    await page.getByLabel('Display name').fill('Jan de Vries (Contoso)');
    await page.getByLabel('Language of the e-mail').selectOption('de-DE');
    await page.screenshot({ path: screenshot, fullPage: true });
    await checkAccessibility(page, 'invite form filled in');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    await checkAccessibility(page, 'invitation sent by Microsoft');
    await checkAccessibility(page, 'invitation sent by Microsoft', { colorScheme: 'dark' });
    assert.match(await page.getByRole('main').innerText(), /Microsoft has sent the invitation e-mail to jan\.de\.vries@contoso-partner\.example/);
    assert.match(await page.getByRole('main').innerText(), /#EXT#/);

    await page.goto(`${portal.url}/_sandbox/mail`);
    const mail = page.getByRole('article').filter({ hasText: 'jan.de.vries@contoso-partner.example' });
    assert.match(await mail.innerText(), /eingeladen/);
    assert.match(await mail.innerText(), /de-DE/);
    await context.close();
  });

  test('with the mail off, the inviter passes on the link, the guest accepts with Google and shows as Accepted', async () => {
    const { context, page } = await inviteForm(inviter);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url });
    await page.getByLabel('E-mail address (required)').fill('mia.jones@gmail-partner.example');
    await page.getByLabel('Microsoft sends the invitation e-mail').uncheck();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'Pass on this invitation link' }).waitFor();
    // The result is a page of its own: its copy script runs once the page has loaded.
    await page.waitForLoadState();
    assert.match(await page.getByRole('main').innerText(), /PendingAcceptance/);
    await page.getByRole('img', { name: 'QR code of the invitation link' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    await checkAccessibility(page, 'invitation link to pass on, copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.getByLabel('Invitation link', { exact: true }).inputValue());

    // "Send it from Guestlist": through the portal's SMTP code into the sandbox outbox.
    await page.getByRole('button', { name: 'Send it from Guestlist' }).click();
    await page.getByText('Guestlist has e-mailed the link to mia.jones@gmail-partner.example').waitFor();
    await checkAccessibility(page, 'invitation link e-mailed by Guestlist', { colorScheme: 'dark' });
    const outbox = await (await page.request.get(`${portal.url}/_sandbox/mail.json`)).json();
    assert.equal(outbox.value.find((m) => m.to === 'mia.jones@gmail-partner.example')?.redeemUrl, link);

    // The guest, in their own browser; where they land afterwards (My Apps) is not reachable here.
    const guest = await browser.newContext();
    await guest.route('https://myapps.microsoft.com/**', (route) => route.fulfill({ body: 'My Apps' }));
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    await guestPage.getByLabel(/Google/).check();
    await guestPage.getByRole('button', { name: 'Accept invitation' }).click();
    await guestPage.getByText('My Apps').waitFor();
    await guest.close();

    await page.goto(`${portal.url}/invite`);
    await interactive(page);
    await page.getByLabel('E-mail address (required)').pressSequentially('mia.jones@gmail-partner.example');
    const existing = page.locator('.existing-user');
    await existing.getByText('Already in your directory').waitFor();
    assert.match(await existing.innerText(), /Accepted/);
    await checkAccessibility(page, 'invite form, address already in the directory');
    await context.close();
  });

  test('sponsors and groups are picked by typing the start of a name', async () => {
    const admin = personWithRole(portal.tenant, 'Global Administrator');
    const { context, page } = await inviteForm(admin);
    await page.getByLabel('E-mail address (required)').fill('pia.picked@fabrikam.example');
    const pick = async (field, typed, value) => {
      const search = page.getByLabel(field);
      await search.pressSequentially(typed);
      await page.locator(`datalist option[value="${value}"]`).first().waitFor({ state: 'attached' });
      await checkAccessibility(page, `invite form, suggestions for ${field}`);
      await search.fill(value);
    };
    await pick('Find and add (people or groups)', 'Pri', 'priya.natarajan@northwind.example');
    assert.equal(await page.getByLabel('Sponsors').inputValue(), 'priya.natarajan@northwind.example');
    await pick('Find and add (groups)', 'Proj', 'Project Alpha');
    assert.equal(await page.getByLabel('Add to groups').inputValue(), 'Project Alpha');
    await page.getByLabel('Microsoft sends the invitation e-mail').uncheck();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Add to the group Project Alpha: done').waitFor();
    assert.match(await page.getByRole('main').innerText(), /Priya Natarajan/);
    await checkAccessibility(page, 'invitation sent with follow-up steps');
    await context.close();
  });

  test('an existing address is offered a reset of its redemption', async () => {
    const admin = personWithRole(portal.tenant, 'Global Administrator');
    const { context, page } = await inviteForm(admin);
    await page.getByLabel('E-mail address (required)').pressSequentially('olivia.chen@fabrikam.example');
    await page.getByText('Already in your directory').waitFor();
    await checkAccessibility(page, 'invite form offering a reset of redemption', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Reset redemption' }).click();
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    assert.match(await page.getByRole('main').innerText(), /PendingAcceptance/);
    await context.close();
  });

  test('by keyboard: the skip link comes first and leads into the page; a refused submit leads to what went wrong', async () => {
    const { context, page } = await inviteForm(inviter);
    await page.goto(`${portal.url}/invite`);
    await interactive(page);
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent.trim());

    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'Skip to main content');
    const skip = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
    assert.ok(skip && skip.y >= 0 && skip.height > 0, `the focused skip link is on screen: ${JSON.stringify(skip)}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.getElementById('main').contains(document.activeElement)), 'the next Tab stays in the page');

    await page.getByLabel('E-mail address (required)').fill('ann+work@fabrikam.example');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.match(await summary.innerText(), /contains '\+', which Microsoft Entra does not accept/);
    await checkAccessibility(page, 'invite form refused, error summary focused');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'email');
    await context.close();
  });

  test('with JavaScript off, a refused form names its problems, and a plain invitation works', async () => {
    const { context, page } = await inviteForm(inviter, { javaScriptEnabled: false });
    await checkAccessibility(page, 'invite form without JavaScript');
    await page.getByLabel('E-mail address (required)').fill('ann+work@fabrikam.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.locator('.error-summary').waitFor();
    // The new page starts at the summary, and the field names its own problem.
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), 'the summary has the focus');
    const email = page.getByLabel('E-mail address (required)');
    const described = await email.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
    assert.match(described, /contains '\+', which Microsoft Entra does not accept/);
    await checkAccessibility(page, 'invite form refused without JavaScript');
    await page.getByLabel('E-mail address (required)').fill('lee.plain@fabrikam.example');
    await page.getByLabel('Microsoft sends the invitation e-mail').uncheck();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: 'Pass on this invitation link' }).waitFor();
    assert.match(await page.getByLabel('Invitation link', { exact: true }).inputValue(), /\/_sandbox\/redeem\?/);
    assert.match(await page.getByRole('main').innerText(), /lee\.plain_fabrikam\.example#EXT#/);
    await checkAccessibility(page, 'invitation link to pass on, without JavaScript');
    await context.close();
  });
});
