import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, launchBrowser, personWithRole, signIn, startPortal } from './support/portal.mjs';

describe('sign-in to the portal on the sandbox tenant', () => {
  let portal;
  let browser;
  before(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  test('the browser bundle travels compressed', async () => {
    const context = await browser.newContext();
    for (const file of ['guestlist.wasm', 'guestlist.js', 'guestlist.css']) {
      const res = await context.request.get(`${portal.url}/pkg/${file}`, { headers: { 'accept-encoding': 'br, gzip' } });
      assert.equal(res.status(), 200, file);
      assert.match(res.headers()['content-encoding'] ?? '', /^(br|gzip)$/, file);
    }
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`an administrator signs in and out (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const wasm = [];
      page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname); });
      const admin = personWithRole(portal.tenant, 'Global Administrator');

      await page.goto(portal.url);
      await assert.doesNotReject(page.getByText(/sandbox tenant/i).first().waitFor());
      await checkAccessibility(page, 'signed out home');
      await checkAccessibility(page, 'signed out home', { colorScheme: 'dark' });

      await signIn(page, portal, admin);
      const main = page.getByRole('main');
      await main.getByText(admin.displayName).first().waitFor();
      assert.match(await main.innerText(), /Admin/);
      await checkAccessibility(page, "an administrator's home");
      await checkAccessibility(page, "an administrator's home", { colorScheme: 'dark' });
      // The home page has no islands: plain server HTML, no wasm. The Invite form's live checks do.
      assert.deepEqual(wasm, []);
      if (javaScriptEnabled) {
        await page.getByRole('link', { name: 'Invite', exact: true }).first().click();
        await interactive(page);
        assert.deepEqual([...new Set(wasm)], ['/pkg/guestlist.wasm']);
        await page.goto(portal.url);
      }

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
      // Signed out for real: a protected page now sends us to sign in.
      const res = await page.request.get(`${portal.url}/`, { maxRedirects: 0 });
      assert.equal(res.status(), 200);
      assert.doesNotMatch(await res.text(), new RegExp(admin.displayName));
      await context.close();
    });
  }
});
