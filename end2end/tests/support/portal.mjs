// Starts a real Guestlist portal (sandbox tenant, fresh data folder) and a real Chromium for a test file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../../..');

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitUntilHealthy(url, child, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`guestlist exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`guestlist did not become healthy at ${url} within ${seconds}s`);
}

/** Starts the portal; returns { url, tenant, pid, stop }. `tenant` is the sandbox's
 * /_sandbox/tenant.json. `dataDir`: a data folder prepared beforehand (e.g. a seeded sandbox). */
export async function startPortal({ dataDir = mkdtempSync(join(tmpdir(), 'guestlist-e2e-')) } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bin = process.env.GUESTLIST_BIN ?? join(root, 'target/debug/guestlist');
  const child = spawn(bin, [], {
    cwd: root,
    env: {
      ...process.env,
      GUESTLIST_ADDR: `127.0.0.1:${port}`,
      GUESTLIST_DATA_DIR: dataDir,
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? join(root, 'target/site'),
      LEPTOS_OUTPUT_NAME: 'guestlist',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilHealthy(url, child, 120);
  const tenant = await (await fetch(`${url}/_sandbox/tenant.json`)).json();
  return {
    url,
    tenant,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. Any script or style
 * the portal's Content Security Policy blocks fails the run: Chromium reports it on the console. */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    // The accessibility check needs to know: axe-core cannot run in a page without JavaScript.
    context.scriptsOff = options?.javaScriptEnabled === false;
    context.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        console.error(`blocked by the Content Security Policy on ${message.page()?.url()}: ${message.text()}`);
        process.exitCode = 1;
      }
    });
    return context;
  };
  return browser;
}

/** The sandbox person holding the given directory role (by its display name in tenant.json). */
export function personWithRole(tenant, role) {
  const person = tenant.people.find((p) => p.roles.includes(role));
  if (!person) throw new Error(`the sandbox tenant has nobody with the role ${role}`);
  return person;
}

/** Signs in through the sandbox's account picker, starting from the portal's front page. */
export async function signIn(page, portal, person) {
  await page.goto(portal.url);
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.getByRole('button', { name: `Sign in as ${person.displayName}` }).click();
  await page.waitForURL((u) => u.origin === portal.url && !u.pathname.startsWith('/auth/'));
}

/**
 * Waits until the page's islands (its interactive parts, `<leptos-island>`) are live. A page
 * without islands is plain server HTML, ready as loaded: it loads no wasm.
 */
export async function interactive(page) {
  await page.waitForFunction(() => !document.querySelector('leptos-island') || document.documentElement.dataset.hydrated === 'true');
}

/**
 * For a test file's suite: a portal and a browser started before its tests and stopped after
 * them. The returned object holds `portal`, `browser` and `person` (who holds `role`) once started.
 */
export function portalSuite(role) {
  const suite = {};
  before(async () => {
    suite.portal = await startPortal();
    suite.browser = await launchBrowser();
    suite.person = personWithRole(suite.portal.tenant, role);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.portal?.stop();
  });
  return suite;
}
