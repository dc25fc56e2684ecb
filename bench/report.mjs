// The one table of `make bench`: every figure the benchmark scripts recorded (a file of JSON lines,
// see bench/support.mjs), with its target and whether it was met. Printed, and written into the
// README between the markers below, with the date, the machine and the commit measured.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [results, readme = resolve(import.meta.dirname, '../README.md')] = process.argv.slice(2);
const BEGIN = '<!-- bench:begin (written by bench/report.mjs: edit the scripts, not this table) -->';
const END = '<!-- bench:end -->';

// In the order `bench/run` runs the scripts, whichever ran last.
const ORDER = ['first-load', 'guests', 'bulk-invite', 'load'];
const rows = readFileSync(results, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .map((row, n) => ({ row, n }))
  .sort((a, b) => ORDER.indexOf(a.row.script) - ORDER.indexOf(b.row.script) || a.n - b.n)
  .map(({ row }) => row);
const cell = (text) => String(text).replaceAll('|', '\\|');
const lines = ['| benchmark | figure | measured | target |', '|---|---|---|---|'];
let section = null;
for (const r of rows) {
  const target = r.verdict ? `${r.target}: **${r.verdict}**` : r.target;
  lines.push(`| ${r.section === section ? '' : cell(r.section)} | ${cell(r.figure)} | ${cell(r.value)} | ${cell(target)} |`);
  section = r.section;
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
// GUESTLIST_BENCH_COMMIT: the commit the release build was made from, when it is not HEAD.
const commit = process.env.GUESTLIST_BENCH_COMMIT
  ?? `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''}`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const missed = rows.filter((r) => r.verdict === 'missed').length;
const block = [
  BEGIN,
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, commit ${commit} (release build); ` +
    `${rows.filter((r) => r.verdict).length} figures with a target, ${missed} missed.`,
  '',
  ...lines,
  END,
].join('\n');
console.log(`\n${block}`);

const text = readFileSync(readme, 'utf8');
const [from, to] = [text.indexOf(BEGIN), text.indexOf(END)];
if (from < 0 || to < from) throw new Error(`${readme} has no benchmark markers to write between`);
writeFileSync(readme, text.slice(0, from) + block + text.slice(to + END.length));
console.error(`\nThe table above is now in ${readme}.`);
