// What the benchmark scripts share: the portal's own /metrics, its memory from /proc, and the
// figures each script hands to bench/report.mjs for the one table `make bench` prints.
import { appendFileSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The portal's Prometheus text (served to loopback callers). */
export async function metrics(portal) {
  return (await fetch(`${portal.url}/metrics`)).text();
}

/** The sum of a metric's samples whose labels contain `labels`. */
export function sum(text, name, labels = '') {
  return text
    .split('\n')
    .filter((l) => (l.startsWith(`${name} `) || l.startsWith(`${name}{`)) && l.includes(labels))
    .reduce((n, l) => n + Number(l.trim().split(/\s+/).pop()), 0);
}

/** Waits until the portal makes no Graph calls of its own (the worker's first dashboard reading). */
export async function quiet(portal) {
  let last = -1;
  for (;;) {
    const now = sum(await metrics(portal), 'guestlist_graph_requests_total');
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** The resident memory of process `pid`, in KiB. */
export function rssKiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]);
}

/** Samples `pid`'s memory every 20 ms until `stop()`, which returns the peak in KiB. */
export function rssPeak(pid) {
  let peak = rssKiB(pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssKiB(pid)); }, 20);
  return { stop: () => { clearInterval(sampler); return Math.max(peak, rssKiB(pid)); } };
}

export const f = (n) => n.toFixed(1);

/**
 * One line of the summary table: `section` and `figure` name it, `value` is what was measured,
 * `target` what it should be ('—' when there is none), `met` true/false (undefined: no target).
 * Printed at once, and kept for bench/report.mjs when `GUESTLIST_BENCH_RESULTS` names a file
 * (with the script's name, so that running one script again replaces its own figures only).
 */
export function record(section, figure, value, target = '—', met = undefined) {
  const verdict = met === undefined ? '' : met ? 'met' : 'missed';
  console.log(`${section} | ${figure} | ${value} | ${target} ${verdict}`);
  if (process.env.GUESTLIST_BENCH_RESULTS) {
    const script = basename(process.argv[1], '.mjs');
    appendFileSync(process.env.GUESTLIST_BENCH_RESULTS, `${JSON.stringify({ script, section, figure, value: String(value), target, verdict })}\n`);
  }
}
