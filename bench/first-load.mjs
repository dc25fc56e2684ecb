// Benchmark (not a test): bytes transferred for the first load of the portal's pages in a real
// Chromium with an empty cache — HTML, CSS, JS and wasm as sent over the wire (compressed).
import { launchBrowser, personWithRole, signIn, startPortal } from '../end2end/tests/support/portal.mjs';

const TARGET = 250 * 1024;

async function measure(browser, portal, label, storageState) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const transfers = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes();
    transfers.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(`${portal.url}/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await context.close();
  const total = transfers.reduce((n, t) => n + t.bytes, 0);
  console.log(`\n${label}: ${(total / 1024).toFixed(1)} KiB in ${transfers.length} requests (target ≤ 250 KiB: ${total <= TARGET ? 'met' : 'MISSED'})`);
  for (const t of transfers.sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${(t.bytes / 1024).toFixed(1).padStart(8)} KiB  ${t.type.padEnd(10)} ${new URL(t.url).pathname}`);
  }
}

const portal = await startPortal();
const browser = await launchBrowser();
try {
  await measure(browser, portal, 'Front page, signed out');
  // Sign in once, then load the home page in a fresh context (empty cache) carrying only the cookie.
  const signInContext = await browser.newContext();
  const page = await signInContext.newPage();
  await signIn(page, portal, personWithRole(portal.tenant, 'Global Administrator'));
  const storageState = await signInContext.storageState();
  await signInContext.close();
  await measure(browser, portal, 'Home page, signed in', storageState);
} finally {
  await browser.close();
  await portal.stop();
}
