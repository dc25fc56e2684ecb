// Benchmark (not a test): the server's own cost under load. `wrk` (Debian's package) drives the
// release portal on loopback for a fixed time per run: the signed-in home, Guests list and Invite
// pages at 16 and 64 connections, then one request at a time. Per run: requests per second and
// p50/p99 latency from wrk; Graph calls and Graph time per page view from the portal's /metrics;
// memory from /proc, idle and peak while loaded. Twice: with the sandbox answering at once and
// with every Graph request held GRAPH_MS first, a stand-in for the network round trip to
// Microsoft's Graph; the difference between the two, one request at a time, is the time the view
// waits for Graph, and the first is the portal's own.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launchBrowser, personWithRole, signIn, startPortal } from '../end2end/tests/support/portal.mjs';
import { f, metrics, quiet, record, rssKiB, rssPeak, sum } from './support.mjs';

const SECONDS = Number(process.env.GUESTLIST_BENCH_SECONDS ?? 10);
const CONNECTIONS = [16, 64];
const PAGES = [['home', '/'], ['Guests list', '/guests'], ['Invite', '/invite']];
const GRAPH_MS = 50;

/** Milliseconds from wrk's "5.12ms" / "812.00us" / "1.02s". */
function ms(text) {
  const [, n, unit] = text.match(/^([\d.]+)(us|ms|s)$/);
  return Number(n) * { us: 0.001, ms: 1, s: 1000 }[unit];
}

async function wrk(url, cookie, connections) {
  const { stdout } = await promisify(execFile)('wrk', [
    '--threads', String(Math.min(2, connections)), '--connections', String(connections), '--duration', `${SECONDS}s`, '--timeout', '30s',
    '--latency', '--header', `Cookie: ${cookie}`, url,
  ]);
  const percentile = (p) => ms(stdout.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'))[1]);
  const failed = Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0)
    + (stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)?.slice(1).reduce((n, x) => n + Number(x), 0) ?? 0);
  if (failed > 0) throw new Error(`${url}: ${failed} requests failed under load\n${stdout}`);
  return { rps: Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)[1]), p50: percentile(50), p99: percentile(99) };
}

/** One wrk run against `path`, with the portal's view of it from /metrics. */
async function run(portal, cookie, path, connections) {
  const before = await metrics(portal);
  const memory = rssPeak(portal.pid);
  const load = await wrk(`${portal.url}${path}`, cookie, connections);
  const peakKiB = memory.stop();
  const after = await metrics(portal);
  // The page's own route only: the sandbox's Graph answers pass through the same server.
  const route = `route="${path}"`;
  const delta = (name, labels = '') => sum(after, name, labels) - sum(before, name, labels);
  const views = delta('guestlist_http_requests_total', route);
  const graphMs = (delta('guestlist_graph_request_duration_seconds_sum') * 1000) / views;
  return { ...load, views, calls: delta('guestlist_graph_requests_total') / views, graphMs, peakKiB };
}

async function scenario(portal, cookie, label) {
  let peakKiB = 0;
  const alone = {};
  for (const [name, path] of PAGES) {
    const section = `Load, ${label}: ${name} (${path})`;
    for (const connections of CONNECTIONS) {
      const r = await run(portal, cookie, path, connections);
      peakKiB = Math.max(peakKiB, r.peakKiB);
      const at = `${connections} connections: `;
      record(section, `${at}requests per second`, f(r.rps));
      record(section, `${at}latency p50 / p99 (ms)`, `${f(r.p50)} / ${f(r.p99)}`);
      record(section, `${at}Graph calls per view`, f(r.calls), '≤ 2', Number(f(r.calls)) <= 2);
      // Summed over the view's calls, which may run side by side.
      record(section, `${at}Graph time per view, all calls (ms)`, f(r.graphMs));
    }
    alone[path] = await run(portal, cookie, path, 1);
  }
  return { peakKiB, alone };
}

const portal = await startPortal();
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  await signIn(await context.newPage(), portal, personWithRole(portal.tenant, 'Global Administrator'));
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await context.close();
  await quiet(portal);
  const idleKiB = rssKiB(portal.pid);
  record('Load: memory', 'idle RSS, signed in, nothing running (MiB)', f(idleKiB / 1024), '≤ 60 MB', idleKiB * 1024 <= 60e6);
  const instant = await scenario(portal, cookie, 'sandbox answering at once');
  // Every Graph request now waits GRAPH_MS in the sandbox before it is answered.
  const hold = await fetch(`${portal.url}/_sandbox/faults`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delayMs: GRAPH_MS, count: 4_000_000_000 }),
  });
  if (!hold.ok) throw new Error(`the sandbox refused the delay: ${hold.status} ${await hold.text()}`);
  const held = await scenario(portal, cookie, `Graph held ${GRAPH_MS} ms`);
  record('Load: memory', 'peak RSS under load (MiB)', f(Math.max(instant.peakKiB, held.peakKiB) / 1024));
  // One request at a time, p50: what holding Graph adds is the time of the Graph round trips the
  // view waits for; what the view takes with the sandbox answering at once is the portal's own
  // time (and the sandbox's, on the same cores: counted against the portal).
  for (const [name, path] of PAGES.filter(([, path]) => held.alone[path].calls > 0)) {
    const own = instant.alone[path].p50;
    const graph = held.alone[path].p50 - own;
    record("Load: the portal's overhead beyond Graph's round trips, one request at a time, p50", `${name} (${path}): own time / Graph round trips (ms)`,
      `${f(own)} / ${f(graph)} = ${f((own / graph) * 100)} %`, '≤ 10 %', own / graph <= 0.1);
  }
} finally {
  await browser.close();
  await portal.stop();
}
