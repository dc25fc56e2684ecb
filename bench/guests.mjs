// Benchmark (not a test): the Guests pages against a sandbox tenant of 100 and of 100,000 guests,
// side by side in one run. Graph calls and Graph time per page view come from the portal's own
// /metrics (loopback); time to first byte from the client; export memory from /proc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, personWithRole, signIn, startPortal } from '../end2end/tests/support/portal.mjs';
import { f, metrics, quiet, record, rssKiB, rssPeak, sum } from './support.mjs';

const VIEWS = 20;
/** The large tenant (smaller values only to try the script out). */
const LARGE = Number(process.env.GUESTLIST_BENCH_GUESTS ?? 100_000);
const bin = process.env.GUESTLIST_BIN;

/** Graph calls and Graph seconds per view of `path`, and the mean time to first byte. */
async function views(portal, cookie, path) {
  const before = await metrics(portal);
  let ttfb = 0;
  for (let i = 0; i < VIEWS; i += 1) {
    const started = performance.now();
    const response = await fetch(`${portal.url}${path}`, { headers: { cookie } });
    ttfb += performance.now() - started;
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
  const after = await metrics(portal);
  const calls = (sum(after, 'guestlist_graph_requests_total') - sum(before, 'guestlist_graph_requests_total')) / VIEWS;
  const graph = (sum(after, 'guestlist_graph_request_duration_seconds_sum') - sum(before, 'guestlist_graph_request_duration_seconds_sum')) / VIEWS;
  return { calls, graphMs: graph * 1000, ttfbMs: ttfb / VIEWS };
}

/** Peak RSS above idle while the whole tenant is exported as CSV. */
async function exportPeak(portal, cookie) {
  const idle = rssKiB(portal.pid);
  const memory = rssPeak(portal.pid);
  const response = await fetch(`${portal.url}/guests/export.csv`, { headers: { cookie } });
  const lines = (await response.text()).split('\r\n').length - 2;
  const peak = memory.stop();
  return { lines, idleMiB: idle / 1024, aboveMiB: (peak - idle) / 1024 };
}

async function run(guests, browser) {
  const dataDir = mkdtempSync(join(tmpdir(), 'guestlist-bench-'));
  execFileSync(bin, ['sandbox', 'seed', '--guests', String(guests)], { env: { ...process.env, GUESTLIST_DATA_DIR: dataDir, RUST_LOG: 'warn' } });
  const portal = await startPortal({ dataDir });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, portal, personWithRole(portal.tenant, 'Global Administrator'));
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await context.close();
    await quiet(portal);
    const someone = portal.tenant.people.find((p) => p.userType === 'Guest') ?? portal.tenant.people[0];
    const list = await views(portal, cookie, '/guests');
    const pending = await views(portal, cookie, '/guests?status=pending');
    const details = await views(portal, cookie, `/guests/${someone.id}`);
    const dashboard = await views(portal, cookie, '/dashboard');
    const exported = guests === LARGE ? await exportPeak(portal, cookie) : null;
    return { guests, list, pending, details, dashboard, exported };
  } finally {
    await portal.stop();
  }
}

const browser = await launchBrowser();
try {
  const small = await run(100, browser);
  const large = await run(LARGE, browser);
  const overhead = (v) => ((v.ttfbMs - v.graphMs) / v.graphMs) * 100;
  for (const [size, v] of [['100 guests', small], [`${LARGE.toLocaleString('en')} guests`, large]]) {
    const section = `Guests pages, ${size}, one view at a time`;
    for (const [name, key] of [['list', 'list'], ['list, pending only', 'pending'], ['details', 'details']]) {
      record(section, `Graph calls per view: ${name}`, f(v[key].calls), '≤ 2', v[key].calls <= 2);
    }
    record(section, 'Graph calls per view: dashboard', f(v.dashboard.calls));
    record(section, 'list: time to first byte (ms)', f(v.list.ttfbMs));
    record(section, "list: Graph time / the portal's own time per view (ms)", `${f(v.list.graphMs)} / ${f(v.list.ttfbMs - v.list.graphMs)}`);
    record(section, 'list: portal overhead beyond Graph', `${f(overhead(v.list))} %`, '≤ 10 %', overhead(v.list) <= 10);
  }
  const e = large.exported;
  record(`Guests pages, ${LARGE.toLocaleString('en')} guests`, 'export of every guest: lines / RSS above idle (MiB)', `${e.lines} / ${f(e.aboveMiB)} (idle ${f(e.idleMiB)})`, '≤ 50 MB', e.aboveMiB * 1048576 <= 50e6);
} finally {
  await browser.close();
}
