// Benchmark (not a test): bytes transferred for the first load of the portal's pages in a real
// Chromium with an empty cache — HTML, CSS, JS and wasm as sent over the wire (compressed).
import { interactive, launchBrowser, personWithRole, signIn, startPortal } from '../end2end/tests/support/portal.mjs';
import { f, record } from './support.mjs';

/** Bytes, as the target is written: 100 KB. */
const TARGET = 100_000;

async function measure(browser, portal, label, storageState, path = '/', target = true) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const transfers = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes();
    transfers.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(`${portal.url}${path}`, { waitUntil: 'networkidle' });
  await interactive(page);
  await context.close();
  const total = transfers.reduce((n, t) => n + t.bytes, 0);
  const wasm = transfers.filter((t) => t.url.endsWith('.wasm')).reduce((n, t) => n + t.bytes, 0);
  const figure = `${f(total / 1000)} KB (wasm ${f(wasm / 1000)} KB) in ${transfers.length} requests`;
  if (target) record('First load, empty cache', label, figure, '≤ 100 KB', total <= TARGET);
  else record('First load, empty cache', label, figure);
  for (const t of transfers.sort((a, b) => b.bytes - a.bytes)) {
    console.error(`  ${(t.bytes / 1000).toFixed(1).padStart(8)} KB  ${t.type.padEnd(10)} ${new URL(t.url).pathname}`);
  }
}

const portal = await startPortal();
const browser = await launchBrowser();
try {
  await measure(browser, portal, 'front page, signed out');
  // Each role's home page: sign in once, then load it in a fresh context (empty cache) carrying
  // only the cookie.
  const roles = [
    ['an admin', personWithRole(portal.tenant, 'Global Administrator')],
    ['an inviter and sponsor (a member, no admin role)', { displayName: 'Amara Diallo' }],
    ['a helpdesk administrator', personWithRole(portal.tenant, 'Helpdesk Administrator')],
    ['a guest', { displayName: 'Olivia Chen' }],
  ];
  for (const [role, person] of roles) {
    const signInContext = await browser.newContext();
    await signIn(await signInContext.newPage(), portal, person);
    const storageState = await signInContext.storageState();
    await signInContext.close();
    await measure(browser, portal, `home page, signed in as ${role}`, storageState);
    // The page with the largest island: what an inviter loads when they open the form.
    if (role.startsWith('an inviter')) await measure(browser, portal, `Invite form, as ${role}`, storageState, '/invite', false);
  }
} finally {
  await browser.close();
  await portal.stop();
}
