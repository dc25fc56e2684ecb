// Benchmark (not a test): 5,000 invitations on one sandbox tenant with Graph's invitation limit on
// (150 per 5 s, i.e. 30 a second), side by side in one run: the portal's bulk invitation (the
// upload, its preview, then the job) and a sequential script using Microsoft's Python Graph SDK.
// The portal's memory comes from /proc (sampled every 20 ms while its job runs); the sandbox runs
// in the portal's process, so its growing directory is in that figure too.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser, signIn, startPortal } from '../end2end/tests/support/portal.mjs';
import { f, record, rssKiB, rssPeak } from './support.mjs';

const ROWS = Number(process.env.GUESTLIST_BENCH_ROWS ?? 5000);
const CEILING = 30;
const root = resolve(import.meta.dirname, '..');
const python = process.env.GUESTLIST_PYTHON ?? join(root, '.venv/bin/python');

/** Microsoft Entra's bulk invite template with `ROWS` people. */
function entraTemplate(prefix) {
  const lines = [
    'version:v1.0',
    'Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]',
  ];
  for (let i = 0; i < ROWS; i += 1) lines.push(`${prefix}${i}@fabrikam.example,https://myapps.microsoft.com,true,Welcome to Northwind Traders`);
  return `${lines.join('\r\n')}\r\n`;
}

/** A plain form POST as the browser sends it without JavaScript; returns the redirect's path. */
async function post(portal, cookie, path, body) {
  const response = await fetch(`${portal.url}${path}`, { method: 'POST', body, redirect: 'manual', headers: { cookie, accept: 'text/html', referer: portal.url } });
  const to = response.headers.get('location');
  if (response.status >= 400 || !to) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return new URL(to, portal.url).pathname;
}

/** Follows the job's server-sent events until it ends; returns the last progress. */
async function follow(portal, cookie, id) {
  const response = await fetch(`${portal.url}/bulk-invite/${id}/events`, { headers: { cookie } });
  const decoder = new TextDecoder();
  let buffer = '';
  let last = null;
  let said = 0;
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data:'));
      buffer = buffer.slice(end + 2);
      if (!data) continue;
      last = JSON.parse(data.slice(5));
      if (last && last.done + last.failed >= said + 500) {
        said = last.done + last.failed;
        console.error(`  portal: ${said} of ${last.total}`);
      }
    }
  }
  return last;
}

async function portalJob(portal, cookie) {
  const form = new FormData();
  form.append('file', new Blob([entraTemplate('bench-portal-')], { type: 'text/csv' }), 'BulkInviteUsersTemplate.csv');
  let started = performance.now();
  const page = await post(portal, cookie, '/bulk-invite', form);
  const previewSeconds = (performance.now() - started) / 1000;
  const id = page.split('/').pop();
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`the upload went to ${page}, not a preview`);

  const idle = rssKiB(portal.pid);
  const memory = rssPeak(portal.pid);
  started = performance.now();
  await post(portal, cookie, '/api/bulk-invite/confirm', new URLSearchParams({ id }));
  const last = await follow(portal, cookie, id);
  const seconds = (performance.now() - started) / 1000;
  const peak = memory.stop();
  // Failed rows are a figure of the table, not a reason to stop measuring.
  if (!last || last.open || last.done + last.failed !== ROWS) throw new Error(`the portal's job did not end: ${JSON.stringify(last)}`);
  return { previewSeconds, seconds, done: last.done, failed: last.failed, idleMiB: idle / 1024, peakMiB: peak / 1024 };
}

async function sdkScript(portal) {
  const { stdout } = await promisify(execFile)(python, [join(root, 'bench/bulk_sdk.py'), portal.url, String(ROWS), 'bench-sdk-'], {
    maxBuffer: 1 << 24,
  }).catch((error) => { throw new Error(`the SDK script failed: ${error.stderr ?? error}`); });
  return JSON.parse(stdout.trim().split('\n').pop());
}

const portal = await startPortal();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, portal, { displayName: 'Priya Natarajan' });
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  await context.close();

  console.error(`${ROWS} rows through the portal's bulk invitation…`);
  const job = await portalJob(portal, cookie);
  // The tenant's invitation budget is shared by all apps: the script starts with a fresh window.
  await new Promise((r) => setTimeout(r, 6000));
  console.error(`${ROWS} rows through the Python Graph SDK, one after another…`);
  const sdk = await sdkScript(portal);

  const share = (n, s) => (n / s / CEILING) * 100;
  const rate = (n, s) => `${f(n / s)} (${f(share(n, s))} % of ${CEILING}/s)`;
  const portalSection = `Bulk invitation of ${ROWS} rows: the portal`;
  const sdkSection = `Bulk invitation of ${ROWS} rows: Python Graph SDK, sequential`;
  record(portalSection, 'invitations sent / failed', `${job.done} / ${job.failed}`, `${ROWS} / 0`, job.done === ROWS);
  record(portalSection, 'time to send (s)', f(job.seconds));
  record(portalSection, 'invitations per second', rate(job.done, job.seconds), `≥ 95 % of ${CEILING}/s`, share(job.done, job.seconds) >= 95);
  record(portalSection, 'preview of the file, every row checked (s)', f(job.previewSeconds));
  record(portalSection, 'RSS during the job: peak (idle before) (MiB)', `${f(job.peakMiB)} (${f(job.idleMiB)})`);
  record(sdkSection, 'invitations sent / failed', `${sdk.invited} / ${sdk.failed}`);
  record(sdkSection, 'time to send (s)', f(sdk.seconds));
  record(sdkSection, 'invitations per second', rate(sdk.invited, sdk.seconds));
} finally {
  await browser.close();
  await portal.stop();
}
