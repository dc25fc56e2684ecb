// The Directory in a real browser: issue 5's journey, finding a pending guest and resetting their
// redemption to a new address; and a user type change with JavaScript off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, launchBrowser, personWithRole, signIn, startPortal } from './support/portal.mjs';

describe('the directory on the sandbox tenant', () => {
  let portal;
  let browser;
  let admin;
  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    admin = personWithRole(portal.tenant, 'Global Administrator');
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** A signed-in admin on the person page of whoever the search for `text` finds as `name`. */
  async function findPerson(text, name, { javaScriptEnabled = true } = {}) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, portal, admin);
    await page.getByRole('link', { name: 'Directory', exact: true }).first().click();
    await checkAccessibility(page, 'directory search form');
    await page.getByLabel('Name, e-mail address or user name').fill(text);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name }).waitFor();
    await checkAccessibility(page, `directory search results for ${text}`, { colorScheme: 'dark' });
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name: 'B2B collaboration' }).waitFor();
    if (javaScriptEnabled) await interactive(page);
    return { context, page };
  }

  test('a pending guest is reset to a new address, gets the mail there and accepts with it', async () => {
    const { context, page } = await findPerson('yuki', 'Yuki Tanaka');
    const card = page.locator('.b2b-card');
    assert.match(await card.innerText(), /Invitation pending since \d{1,2} \w+ \d{4}/);
    await checkAccessibility(page, "a pending guest's directory page");
    await checkAccessibility(page, "a pending guest's directory page", { colorScheme: 'dark' });
    await card.getByRole('link', { name: 'Reset redemption…' }).click();
    await page.getByRole('heading', { name: 'What Yuki will experience' }).waitFor();
    await interactive(page);
    await checkAccessibility(page, 'reset redemption form');
    await checkAccessibility(page, 'reset redemption form', { colorScheme: 'dark' });

    await page.getByLabel('New e-mail address (optional)').fill('yuki@woodgrove-bank.example');
    await page.getByRole('button', { name: 'Reset redemption' }).click();
    await page.getByRole('heading', { name: 'Redemption reset for Yuki Tanaka' }).waitFor();
    const main = await page.getByRole('main').innerText();
    assert.match(main, /The invitation link Yuki has now stops working\./);
    assert.match(main, /Microsoft e-mails a new invitation to the new address, yuki@woodgrove-bank\.example\./);
    assert.match(main, /Their groups, apps, sponsors and user name \(yuki\.tanaka_woodgrove\.example#EXT#@/);
    assert.match(main, /Microsoft has sent the invitation e-mail to yuki@woodgrove-bank\.example/);
    await checkAccessibility(page, 'redemption reset');
    await checkAccessibility(page, 'redemption reset', { colorScheme: 'dark' });

    // The guest opens the new mail's link, in their own browser, and accepts.
    const outbox = await (await page.request.get(`${portal.url}/_sandbox/mail.json`)).json();
    const mail = outbox.value.find((m) => m.to === 'yuki@woodgrove-bank.example');
    assert.ok(mail, 'Microsoft mailed the reset to the new address');
    const guest = await browser.newContext();
    await guest.route('https://myapps.microsoft.com/**', (route) => route.fulfill({ body: 'My Apps' }));
    const guestPage = await guest.newPage();
    await guestPage.goto(mail.redeemUrl);
    await guestPage.getByLabel(/Google/).check();
    await guestPage.getByRole('button', { name: 'Accept invitation' }).click();
    await guestPage.getByText('My Apps').waitFor();
    await guest.close();

    await page.goto(`${portal.url}/directory?q=yuki`);
    const row = page.getByRole('row', { name: /Yuki Tanaka/ });
    assert.match(await row.innerText(), /yuki@woodgrove-bank\.example/);
    assert.match(await row.innerText(), /Accepted on .*, signs in with a Google account/);
    await checkAccessibility(page, 'directory search results after acceptance');
    await context.close();
  });

  test('with JavaScript off, the user type changes after the questions are answered', async () => {
    const { context, page } = await findPerson('diego', 'Diego Alvarez', { javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Change user type to Member…' }).click();
    await page.getByLabel('I have read what changes').waitFor();
    await checkAccessibility(page, 'change user type questions without JavaScript');
    await checkAccessibility(page, 'change user type questions without JavaScript', { colorScheme: 'dark' });
    await page.getByRole('group', { name: "Has Diego's relationship to your organisation changed?" }).getByLabel(/^Yes/).check();
    await page.getByRole('group', { name: /Should their user name/ }).getByLabel('No, keep it').check();
    await page.getByRole('group', { name: 'Should they keep access to the same groups and apps?' }).getByLabel('Yes, keep everything').check();
    await page.getByRole('group', { name: 'Should they have a mailbox?' }).getByLabel('No', { exact: true }).check();
    await page.getByLabel('I have read what changes').check();
    await page.getByRole('button', { name: 'Change user type to Member' }).click();
    await page.getByText('Diego Alvarez is now a Member.').waitFor();
    assert.equal(new URL(page.url()).pathname.split('/').length, 3, 'back on the person page');
    assert.match(await page.locator('.outcome').innerText(), /User type\s+Member/);
    await checkAccessibility(page, 'user type changed, without JavaScript');
    await context.close();
  });
});
