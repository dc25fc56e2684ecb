// The portal in each of its languages, in a real browser on the sandbox tenant: the browser's
// language is taken when nobody chose one; the language menu (a plain form, with and without
// JavaScript) changes it and the choice sticks; Arabic is laid out right to left. An
// administrator (Grace Okafor) walks through the main pages in German, French, Spanish and Arabic:
// every page is checked with axe-core, shows no message id where a translation belongs, and is
// kept as a screenshot in artifacts/languages/<tag>/. The texts expected are read from the
// message files themselves, so a reworded translation does not break the test.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite } from './support/portal.mjs';

const artifacts = resolve(import.meta.dirname, '../artifacts/languages');
const locales = resolve(import.meta.dirname, '../../i18n/locales');

const GRACE = { displayName: 'Grace Okafor' };
const PRIYA = { displayName: 'Priya Natarajan' };

/** The one-line messages of a language (`id = text`), as its message files define them. */
function messages(tag) {
  const all = new Map();
  for (const file of readdirSync(join(locales, tag))) {
    for (const line of readFileSync(join(locales, tag, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !m[2].includes('{')) all.set(m[1], m[2].trim());
    }
  }
  return all;
}

/** The text of a message with variables, up to its first variable. */
function opening(tag, id) {
  for (const file of readdirSync(join(locales, tag))) {
    const line = readFileSync(join(locales, tag, file), 'utf8').split('\n').find((l) => l.startsWith(`${id} = `));
    if (line) return line.slice(id.length + 3).split('{')[0].trim();
  }
  throw new Error(`no message ${id} in ${tag}`);
}

/** Every message id, for spotting one shown where its text belongs. */
const ids = [...messages('en').keys()];
const idPattern = new RegExp(`(^|[^\\w@.-])(${ids.map((id) => id.replace(/-/g, '\\-')).join('|')})(?![\\w-])`);

/** The pages an administrator walks through, by address and a message their page shows. */
const PAGES = [
  ['/', 'home'],
  ['/guests', 'guests'],
  ['/invite', 'invite'],
  ['/bulk-invite', 'bulk-invite'],
  ['/my-guests', 'my-guests'],
  ['/dashboard', 'dashboard'],
  ['/reviews', 'reviews'],
  ['/directory', 'directory'],
  ['/audit', 'audit'],
  ['/settings', 'settings'],
  ['/rules', 'rules'],
  ['/approvals', 'approvals'],
];

describe('the portal in five languages', () => {
  const suite = portalSuite('Global Administrator');
  before(() => {
    rmSync(artifacts, { recursive: true, force: true });
    for (const tag of ['en', 'de', 'fr', 'es', 'ar']) mkdirSync(join(artifacts, tag), { recursive: true });
  });

  const newPage = async ({ locale, javaScriptEnabled = true }) => {
    const context = await suite.browser.newContext({ locale, javaScriptEnabled, viewport: { width: 1200, height: 900 } });
    return { context, page: await context.newPage() };
  };
  /** Signs in through the sandbox's account picker (its own page, in English). */
  const signIn = async (page, person) => {
    await page.goto(`${suite.portal.url}/auth/sign-in`);
    await page.getByRole('button', { name: `Sign in as ${person.displayName}` }).click();
    await page.waitForURL((u) => u.origin === suite.portal.url && !u.pathname.startsWith('/auth/'));
  };
  const root = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

  test("a browser set to German gets German; the menu's choice beats it and stays", async () => {
    const de = messages('de');
    const { context, page } = await newPage({ locale: 'de-DE' });
    await page.goto(suite.portal.url);
    assert.deepEqual(await root(page), { lang: 'de', dir: 'ltr' });
    const menu = page.getByLabel(de.get('shell-language-label'));
    assert.equal(await menu.inputValue(), 'de');
    await checkAccessibility(page, 'the front page in German');
    await page.screenshot({ path: join(artifacts, 'de', 'front-page.png'), fullPage: true });

    // The menu: Español, then the same page is in Spanish, also after moving on.
    await menu.selectOption('es');
    await page.getByRole('button', { name: de.get('shell-language-change') }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(new URL(page.url()).pathname, '/');
    const es = messages('es');
    await page.getByLabel(es.get('shell-language-label')).waitFor();
    await page.goto(`${suite.portal.url}/`);
    assert.equal((await root(page)).lang, 'es');
    await context.close();
  });

  test('Arabic is laid out right to left, with JavaScript off too', async () => {
    const { context, page } = await newPage({ locale: 'en-GB', javaScriptEnabled: false });
    await page.goto(suite.portal.url);
    const en = messages('en');
    await page.getByLabel(en.get('shell-language-label')).selectOption('ar');
    await page.getByRole('button', { name: en.get('shell-language-change') }).click();
    await page.waitForURL((u) => u.pathname === '/');
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    // Mirrored: the brand sits at the right-hand edge, where English has it on the left.
    const brand = await page.locator('.brand').boundingBox();
    assert.ok(brand.x > 600, `the brand is at x=${brand.x}, not on the right of a right-to-left page`);
    await checkAccessibility(page, 'the front page in Arabic, JavaScript off');
    await page.screenshot({ path: join(artifacts, 'ar', 'front-page-no-js.png'), fullPage: true });
    await context.close();
  });

  for (const tag of ['de', 'fr', 'es', 'ar']) {
    test(`an administrator's pages in ${tag}`, async () => {
      const { context, page } = await newPage({ locale: tag });
      await signIn(page, GRACE);
      // Her account names English as her language (the ID token's xms_pl), which beats the
      // browser's: she chooses in the menu.
      assert.equal((await root(page)).lang, 'en');
      const en = messages('en');
      await page.getByLabel(en.get('shell-language-label')).selectOption(tag);
      await page.getByRole('button', { name: en.get('shell-language-change') }).click();
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      for (const [path, name] of PAGES) {
        await page.goto(`${suite.portal.url}${path}`);
        await interactive(page);
        assert.deepEqual(await root(page), { lang: tag, dir: tag === 'ar' ? 'rtl' : 'ltr' }, path);
        const text = await page.locator('body').innerText();
        const id = idPattern.exec(text);
        assert.equal(id, null, `${path} in ${tag} shows the message id “${id?.[2]}” instead of its text`);
        await checkAccessibility(page, `${path} in ${tag}`);
        await page.screenshot({ path: join(artifacts, tag, `${name}.png`), fullPage: true });
      }
      await context.close();
    });
  }

  test('the Invite form checks an address in German, in the browser', async () => {
    const de = messages('de');
    const { context, page } = await newPage({ locale: 'de-DE' });
    await page.goto(suite.portal.url);
    await page.getByLabel(de.get('shell-language-label')).waitFor();
    await signIn(page, PRIYA);
    // Her account names English as her language: she chooses German in the menu.
    const en = messages('en');
    await page.getByLabel(en.get('shell-language-label')).selectOption('de');
    await page.getByRole('button', { name: en.get('shell-language-change') }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.goto(`${suite.portal.url}/invite`);
    await interactive(page);
    const email = page.getByLabel(de.get('invite-email-label'));
    await email.fill('someone@');
    // The live check's answer comes from the server, in the page's language.
    await page.locator('#email-problems .problem').first().waitFor();
    const problem = await page.locator('#email-problems').innerText();
    assert.ok(problem.includes(opening('de', 'checks-address-unusable')), `the address check did not answer in German: ${problem}`);
    await page.screenshot({ path: join(artifacts, 'de', 'invite-check.png'), fullPage: true });
    await context.close();
  });
});
