// Converting internal accounts to B2B in a real browser: the journeys of issue 5.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, launchBrowser, personWithRole, signIn, startPortal } from './support/portal.mjs';

describe('converting internal accounts on the sandbox tenant', () => {
  let portal;
  let browser;
  let admin;
  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    admin = personWithRole(portal.tenant, 'User Administrator');
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** A signed-in admin on the list of internal accounts. */
  async function convertList() {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal, admin);
    await page.getByRole('link', { name: 'Convert', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Convert internal accounts' }).waitFor();
    await interactive(page);
    return { context, page };
  }

  const fact = (page, name) => page.locator('dl.outcome dt', { hasText: name }).locator('xpath=following-sibling::dd[1]');

  test('a cloud-only internal guest is converted with the mail off, accepts with another Entra organisation and keeps the object id', async () => {
    const { context, page } = await convertList();
    await page.getByRole('link', { name: 'Open the assistant for Elena' }).click();
    await page.getByRole('heading', { name: 'Convert Elena Popescu to an external user' }).waitFor();
    await page.getByText('Nothing stands in the way: Elena can be converted with elena.popescu@fabrikam.example').waitFor();
    await checkAccessibility(page, 'convert assistant, nothing in the way');
    await checkAccessibility(page, 'convert assistant, nothing in the way', { colorScheme: 'dark' });
    const objectId = (await fact(page, 'Object id').innerText()).trim();
    const userName = (await fact(page, 'User name').innerText()).trim();
    assert.match(await fact(page, 'Signs in with').innerText(), /this organisation's user name and password/);
    assert.match(await page.getByRole('main').innerText(), /https:\/\/teams\.microsoft\.com\/\?tenantId=/);

    await page.getByLabel('Reset the password to a random value now').check();
    await page.getByLabel('Microsoft sends the invitation e-mail').uncheck();
    await page.getByRole('button', { name: 'Convert to external user' }).click();
    await page.getByRole('heading', { name: 'Conversion started' }).waitFor();
    const main = await page.getByRole('main').innerText();
    assert.match(main, new RegExp(`Elena keeps the same object id \\(${objectId}\\)`));
    assert.match(main, /password was reset to a random value/);
    await page.getByRole('heading', { name: 'Pass on this invitation link' }).waitFor();
    await page.getByRole('img', { name: 'QR code of the invitation link' }).waitFor();
    const link = await page.getByLabel('Invitation link', { exact: true }).inputValue();
    await checkAccessibility(page, 'conversion started, link to pass on');
    await checkAccessibility(page, 'conversion started, link to pass on', { colorScheme: 'dark' });

    // Elena, in her own browser, accepts with her Fabrikam (Entra) account.
    const guest = await browser.newContext();
    await guest.route('https://myapps.microsoft.com/**', (route) => route.fulfill({ body: 'My Apps' }));
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    await guestPage.getByLabel(/Another Microsoft Entra organisation/).check();
    await guestPage.getByRole('button', { name: 'Accept invitation' }).click();
    await guestPage.getByText('My Apps').waitFor();
    await guest.close();

    await page.goto(`${portal.url}/convert/${objectId}`);
    await page.getByText('Already invited to B2B').waitFor();
    assert.equal((await fact(page, 'Object id').innerText()).trim(), objectId);
    assert.equal((await fact(page, 'User name').innerText()).trim(), userName);
    assert.match(await fact(page, 'Signs in with').innerText(), /another Microsoft Entra organisation \(ExternalAzureAD\)/);
    assert.match(await page.getByRole('main').innerText(), /state: Accepted/);
    await page.getByRole('link', { name: "Resend the invitation or reset the redemption on Elena's Directory page" }).waitFor();
    await checkAccessibility(page, 'convert assistant, already invited');
    await context.close();
  });

  test('the synced account shows the Entra Connect blocker, and a batch leaves it out', async () => {
    const { context, page } = await convertList();
    await page.getByRole('link', { name: 'Open the assistant for Tomasz' }).click();
    await page.getByRole('heading', { name: 'Convert Tomasz Nowak to an external user' }).waitFor();
    const blocker = page.locator('.finding.blocker');
    await blocker.getByText('Synchronised by Entra Connect with an on-premises user name').waitFor();
    assert.match(await blocker.innerText(), /onPremisesUserPrincipalName/);
    assert.match(await page.locator('.finding.warning').innerText(), /source of authority/);
    assert.equal(await page.getByRole('button', { name: 'Convert to external user' }).count(), 0);
    await checkAccessibility(page, 'convert assistant with a blocker');

    await page.goto(`${portal.url}/convert`);
    await interactive(page);
    await checkAccessibility(page, 'list of internal accounts');
    await checkAccessibility(page, 'list of internal accounts', { colorScheme: 'dark' });
    await page.getByLabel('Tomasz Nowak').check();
    await page.getByLabel('Hannah Schmidt').check();
    await page.getByRole('button', { name: 'Check the selected accounts' }).click();
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    await page.getByText('None of these accounts can be converted yet').waitFor();
    const preview = await page.locator('table.convert-preview').innerText();
    assert.match(preview, /Synchronised by Entra Connect/);
    assert.match(preview, /The address is on your own domain/);
    await checkAccessibility(page, 'batch preview where nothing can be converted');
    await checkAccessibility(page, 'batch preview where nothing can be converted', { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Choose other accounts' }).click();
    await page.getByRole('button', { name: 'Check the selected accounts' }).waitFor();
    await context.close();
  });
});
