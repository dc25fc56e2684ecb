// Benchmark (not a test): the Guests pages against a sandbox tenant of 100 and of 100,000 guests,
// side by side in one run. Graph calls and Graph time per page view come from the portal's own
// /metrics (loopback); time to first byte from the client; export memory from /proc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, personWithRole, signIn, startPortal } from '../end2end/tests/support/portal.mjs';

const VIEWS = 20;
/** The large tenant (smaller values only to try the script out). */
const LARGE = Number(process.env.GUESTLIST_BENCH_GUESTS ?? 100_000);
const bin = process.env.GUESTLIST_BIN;

/** The sum of a metric's samples whose labels contain `labels`. */
function sum(text, name, labels = '') {
  return text
    .split('\n')
    .filter((l) => l.startsWith(name) && l.includes(labels))
    .reduce((n, l) => n + Number(l.trim().split(/\s+/).pop()), 0);
}

/** Waits until the portal makes no Graph calls of its own (the worker's first dashboard reading). */
async function quiet(portal) {
  let last = -1;
  for (;;) {
    const now = sum(await metrics(portal), 'guestlist_graph_requests_total');
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function metrics(portal) {
  return (await fetch(`${portal.url}/metrics`)).text();
}

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

function rssKiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]);
}

/** Peak RSS above idle while the whole tenant is exported as CSV. */
async function exportPeak(portal, cookie) {
  const idle = rssKiB(portal.pid);
  let peak = idle;
  const sampler = setInterval(() => { peak = Math.max(peak, rssKiB(portal.pid)); }, 20);
  const response = await fetch(`${portal.url}/guests/export.csv`, { headers: { cookie } });
  const lines = (await response.text()).split('\r\n').length - 2;
  clearInterval(sampler);
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
  const row = (label, a, b, target) =>
    console.log(`| ${label} | ${a} | ${b} | ${target} |`);
  const f = (n) => n.toFixed(1);
  const overhead = (v) => `${f(((v.ttfbMs - v.graphMs) / v.graphMs) * 100)} %`;
  console.log(`\n| figure | 100 guests | ${LARGE.toLocaleString('en')} guests | target |\n|---|---|---|---|`);
  for (const [name, key] of [['list', 'list'], ['list, pending only', 'pending'], ['details', 'details'], ['dashboard', 'dashboard']]) {
    row(`Graph calls per view: ${name}`, f(small[key].calls), f(large[key].calls), name === 'dashboard' ? '—' : '≤ 2');
  }
  row('list: time to first byte (ms)', f(small.list.ttfbMs), f(large.list.ttfbMs), 'the same within noise');
  row('list: Graph time per view (ms)', f(small.list.graphMs), f(large.list.graphMs), '—');
  row("list: the portal's own time per view (ms)", f(small.list.ttfbMs - small.list.graphMs), f(large.list.ttfbMs - large.list.graphMs), 'the same within noise');
  row('list: portal overhead beyond Graph', overhead(small.list), overhead(large.list), '≤ 10 %');
  const e = large.exported;
  row('export of every guest: lines / RSS above idle', '—', `${e.lines} / ${f(e.aboveMiB)} MiB (idle ${f(e.idleMiB)} MiB)`, '≤ 50 MB');
} finally {
  await browser.close();
}
