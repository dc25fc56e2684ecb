// My guests and the guest's own page in a real browser. A sponsor (Amara Diallo, who sponsors
// Olivia Chen and Fatima Zahra in the sandbox) sees exactly her guests, extends one to a date, ends
// the other through the confirmation page (by keyboard), sees her in the grace period, and undoes
// it (her review date shows again); a guest (Olivia Chen) asks her sponsors for more time with
// JavaScript off, and Amara sees the request. With GUESTLIST_SCREENSHOTS=1 the run also writes docs/my-guests.png and docs/my-access.png.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const docs = resolve(import.meta.dirname, '../../docs');
const screenshots = process.env.GUESTLIST_SCREENSHOTS === '1';

const AMARA = { displayName: 'Amara Diallo' };
const OLIVIA = { displayName: 'Olivia Chen' };
const FATIMA = { displayName: 'Fatima Zahra' };

/** `days` from today (UTC) as the date field's value and as the portal writes it ("5 March 2027"). */
function daysAhead(days) {
  const at = new Date(Date.now() + days * 86_400_000);
  return {
    value: at.toISOString().slice(0, 10),
    words: at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
}

describe('My guests and the guest page on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');
  const until = daysAhead(60);

  async function signedIn(person, { javaScriptEnabled = true } = {}) {
    const context = await suite.browser.newContext({ javaScriptEnabled, locale: 'en-GB', viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, person);
    return { context, page };
  }

  /** Amara on My guests, reached through the navigation. */
  async function myGuests() {
    const { context, page } = await signedIn(AMARA);
    await page.getByRole('link', { name: 'My guests', exact: true }).first().click();
    await page.getByRole('heading', { name: 'My guests', level: 1 }).waitFor();
    await interactive(page);
    return { context, page };
  }

  const card = (page, name) => page.locator('li.guest-card', { has: page.getByRole('heading', { name, exact: true }) });

  test('a sponsor sees exactly her guests, extends one, ends the other and undoes it', async () => {
    const { context, page } = await myGuests();
    const main = page.getByRole('main');
    assert.match(await main.innerText(), /You sponsor 2 guests/);
    const names = await main.locator('li.guest-card h2').allInnerTexts();
    assert.deepEqual([...names].sort(), ['Fatima Zahra', 'Olivia Chen']);
    for (const other of ["Liam O'Brien", 'Yuki Tanaka', 'Ingrid Larsen']) {
      assert.ok(!(await main.innerText()).includes(other), `${other} is another sponsor's guest`);
    }
    assert.match(await card(page, 'Olivia Chen').innerText(), /Jonas Lindqvist/, "Olivia's co-sponsor shows");
    await checkAccessibility(page, 'my guests');
    await checkAccessibility(page, 'my guests', { colorScheme: 'dark' });

    // Extend Olivia to a date.
    const olivia = card(page, 'Olivia Chen');
    await olivia.getByLabel('Access until', { exact: true }).fill(until.value);
    await olivia.getByRole('button', { name: 'Extend' }).click();
    await page.getByRole('status').filter({ hasText: `Olivia Chen's access now runs until ${until.words}` }).waitFor();
    assert.equal(await card(page, 'Olivia Chen').getByLabel('Access until', { exact: true }).inputValue(), until.value);
    assert.match(await card(page, 'Olivia Chen').innerText(), new RegExp(`Access until\\s+${until.words}`));
    await checkAccessibility(page, 'my guests after an extension');

    // End Fatima through the confirmation page, by keyboard; unticked, it is refused.
    await card(page, 'Fatima Zahra').getByRole('link', { name: 'End access for Fatima Zahra…' }).click();
    await page.getByRole('heading', { name: 'End access for Fatima Zahra', level: 1 }).waitFor();
    await interactive(page);
    const confirm = page.getByRole('button', { name: 'End access for Fatima Zahra' });
    await confirm.click();
    await page.getByRole('alert').filter({ hasText: 'Tick “I understand”' }).waitFor();
    await checkAccessibility(page, 'end access confirmation refused, unticked');
    await checkAccessibility(page, 'end access confirmation refused, unticked', { colorScheme: 'dark' });
    await page.getByLabel('I understand').focus();
    await page.keyboard.press('Space');
    assert.ok(await page.getByLabel('I understand').isChecked());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'End access for Fatima Zahra');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/my-guests');
    await page.getByRole('status').filter({ hasText: 'Fatima Zahra can no longer sign in.' }).waitFor();
    const fatima = card(page, 'Fatima Zahra');
    assert.match(await fatima.innerText(), /Access ended on .+ by Amara Diallo: they cannot sign in, and their account is deleted on /);
    await checkAccessibility(page, 'my guests with a guest in the grace period');
    await checkAccessibility(page, 'my guests with a guest in the grace period', { colorScheme: 'dark' });

    // In the grace period Fatima cannot sign in: the sign-in page no longer offers her.
    const picker = await (await suite.browser.newContext()).newPage();
    await picker.goto(suite.portal.url);
    await picker.getByRole('link', { name: 'Sign in' }).first().click();
    await picker.getByRole('button', { name: 'Sign in as Olivia Chen' }).waitFor();
    assert.equal(await picker.getByRole('button', { name: 'Sign in as Fatima Zahra' }).count(), 0);
    await checkAccessibility(picker, "the sandbox's account picker");
    await picker.context().close();

    // Undo: she is back, with the actions of a sponsored guest.
    await interactive(page);
    await fatima.getByRole('button', { name: 'Undo: give Fatima Zahra their access back' }).click();
    await page.getByRole('status').filter({ hasText: 'Fatima Zahra can sign in again' }).waitFor();
    await card(page, 'Fatima Zahra').getByRole('link', { name: 'End access for Fatima Zahra…' }).waitFor();
    assert.ok(!(await card(page, 'Fatima Zahra').innerText()).includes('Access ended on'));
    assert.match(await card(page, 'Fatima Zahra').innerText(), /Next review\s+Not confirmed in Guestlist yet: confirm by /);
    await context.close();

    const { context: again, page: back } = await signedIn(FATIMA);
    await back.getByRole('heading', { name: 'Your access to Northwind Traders' }).waitFor();
    await checkAccessibility(back, "a guest's own access page");
    await checkAccessibility(back, "a guest's own access page", { colorScheme: 'dark' });
    await again.close();
  });

  test('a guest asks for more time with JavaScript off, and her sponsor sees the request', async () => {
    const reason = 'The Fabrikam rollout runs until spring; I run the partner training.';
    const { context, page } = await signedIn(OLIVIA, { javaScriptEnabled: false });
    const main = page.getByRole('main');
    await page.getByRole('heading', { name: 'Your access to Northwind Traders', level: 1 }).waitFor();
    const sponsors = main.locator('ul.sponsors');
    assert.match(await sponsors.innerText(), /Amara Diallo/);
    assert.match(await sponsors.innerText(), /Jonas Lindqvist/);
    assert.equal(await sponsors.getByRole('link', { name: 'amara.diallo@northwind.example' }).getAttribute('href'), 'mailto:amara.diallo@northwind.example');
    assert.match(await main.innerText(), new RegExp(`Your access runs until ${until.words}\\.`), 'the extension of the first journey');
    await checkAccessibility(page, "a guest's own access page without JavaScript");

    await page.getByLabel('Why you still need access').click();
    await page.keyboard.type(reason);
    if (screenshots) await page.screenshot({ path: resolve(docs, 'my-access.png'), fullPage: true });
    await page.getByRole('button', { name: 'Send the request to my sponsors' }).click();
    await page.waitForURL((u) => u.pathname === '/my-access');
    await page.getByRole('status').filter({ hasText: 'Your request was sent to your sponsors.' }).waitFor();
    assert.match(await main.innerText(), /You asked for more time on .+; your sponsors have your request\./);
    await checkAccessibility(page, 'more time asked for, without JavaScript');
    await checkAccessibility(page, 'more time asked for, without JavaScript', { colorScheme: 'dark' });
    await context.close();

    const { context: hers, page: amara } = await myGuests();
    const request = card(amara, 'Olivia Chen').getByRole('note').filter({ hasText: 'Asked for more time on' });
    assert.match(await request.innerText(), new RegExp(reason.replace(/[.;]/g, '\\$&')));
    await checkAccessibility(amara, 'my guests with a request for more time');
    if (screenshots) await amara.screenshot({ path: resolve(docs, 'my-guests.png'), fullPage: true });
    await hers.close();
  });
});
