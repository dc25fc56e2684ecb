// Keyboard-only journeys in a real browser on the sandbox tenant: after signing in, only Tab,
// Shift+Tab, Enter, Space, arrow keys and typing. An inviter (Priya Natarajan) checks a CSV file
// in Bulk invite, fixes one row and drops another on the preview, and sends; a sponsor (Amara
// Diallo) keeps one guest, extends the other and ends her access through the confirmation (then
// undoes it); an administrator (Grace Okafor) filters the Guests list, opens a guest and comes
// back. On every page the skip link is the first Tab stop and leads into the page; the controls
// used are reached in the order they are shown, each with a visible focus indicator; a refused
// submit is announced and the focus moves to what went wrong.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { interactive, portalSuite, signIn } from './support/portal.mjs';

const PRIYA = { displayName: 'Priya Natarajan' };
const AMARA = { displayName: 'Amara Diallo' };
const GRACE = { displayName: 'Grace Okafor' };

// Entra's bulk invite template: line 4 says "maybe" where true or false belongs (fixed on the
// preview), line 5 is someone we decide not to invite after all (dropped), line 6 repeats line 3.
const CSV = [
  'version:v1.0',
  'Email address to invite [inviteeEmail] Required,Redirection url [inviteRedirectURL] Required,Send invitation message (true or false) [sendEmail],Customized invitation message [customizedMessageBody]',
  'kim.keys@fabrikam.example,https://myapps.microsoft.com,true,',
  'raj.keys@fabrikam.example,https://myapps.microsoft.com,maybe,',
  'ola.keys@fabrikam.example,https://myapps.microsoft.com,true,',
  'KIM.KEYS@fabrikam.example,https://myapps.microsoft.com,true,',
  '',
].join('\r\n');

/** `days` from today (UTC) as year, month and day, and as the portal writes it ("5 March 2027"). */
function daysAhead(days) {
  const at = new Date(Date.now() + days * 86_400_000);
  const [year, month, day] = at.toISOString().slice(0, 10).split('-');
  return { year, month, day, value: `${year}-${month}-${day}`, words: at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };
}

/**
 * What has the focus: its tag, id, accessible name (label or text), the row it is in, its box in
 * the document, and whether it shows a focus indicator (an outline of 2 px or more, or a box
 * shadow, as computed for it now).
 */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const name = (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name,
      row: el.closest('tr')?.id ?? '',
      inMain: el.id !== 'main' && Boolean(document.getElementById('main')?.contains(el)),
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
      box: { left: box.left + scrollX, top: box.top + scrollY, right: box.right + scrollX, bottom: box.bottom + scrollY },
    };
  });
}

const describeStop = (stop) => `${stop.tag}${stop.id ? `#${stop.id}` : ''} “${stop.name.slice(0, 60)}”`;
const sameElement = (a, b) => a.tag === b.tag && a.id === b.id && a.name === b.name && a.box.top === b.box.top && a.box.left === b.box.left;

/** The focused element shows that it has the focus. */
function assertIndicator(stop, where) {
  assert.ok(stop.indicator, `${describeStop(stop)} on ${where} shows no focus indicator (${stop.style})`);
}

/**
 * Each stop comes after the one before it as the page is read: on a later line, or on the same
 * line further right, or inside it (a scrolling table, then its first link).
 */
function assertReadingOrder(stops, where) {
  for (let i = 1; i < stops.length; i += 1) {
    const [a, b] = [stops[i - 1].box, stops[i].box];
    const below = b.top >= a.bottom - 4;
    const sameLineFurtherRight = b.top < a.bottom && b.bottom > a.top && b.left >= a.left;
    assert.ok(
      below || sameLineFurtherRight,
      `on ${where}, Tab goes from ${describeStop(stops[i - 1])} ${JSON.stringify(a)} back up or left to ${describeStop(stops[i])} ${JSON.stringify(b)}`,
    );
  }
}

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element matches `wanted` (its name, or a
 * test of the `focused` record); returns the distinct stops on the way, the last one the wanted
 * element. Each stop shows a focus indicator; going forwards, the stops follow the reading order.
 * A date field takes a Tab per part (month, day, year, calendar button): one stop here, checked as
 * it is entered (its calendar button has Chromium's own focus ring, which styles cannot show).
 */
async function tabTo(page, wanted, { key = 'Tab', max = 80 } = {}) {
  const matches = typeof wanted === 'function' ? wanted : (stop) => stop.name === wanted;
  const where = new URL(page.url()).pathname;
  const stops = [];
  let last = await focused(page);
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (sameElement(last, stop)) continue;
    last = stop;
    assertIndicator(stop, where);
    stops.push(stop);
    if (matches(stop)) {
      if (key === 'Tab') assertReadingOrder(stops.filter((s) => s.inMain), where);
      return stops;
    }
  }
  throw new Error(`${max} presses of ${key} on ${where} never reached ${wanted}; the stops were:\n${stops.map(describeStop).join('\n')}`);
}

/** The page's first Tab stop is the skip link, on screen with its focus showing; Enter moves the
 * focus into the page (main), and the next Tab stays there. Leaves the focus on main. */
async function skipToMain(page) {
  const where = new URL(page.url()).pathname;
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.name, 'Skip to main content', `the first Tab stop on ${where} is the skip link, not ${describeStop(first)}`);
  assertIndicator(first, where);
  const box = await page.getByRole('link', { name: 'Skip to main content' }).boundingBox();
  assert.ok(box && box.y >= 0 && box.height > 0, `the focused skip link is on screen on ${where}: ${JSON.stringify(box)}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
}

/** Types a date into the focused date field, part by part as Chromium shows it (month, day and
 * year for English; day, month and year for some languages). */
async function typeDate(page, date) {
  await page.keyboard.type(`${date.month}${date.day}${date.year}`);
  if ((await page.evaluate(() => document.activeElement.value)) === date.value) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${date.day}${date.month}${date.year}`);
  assert.equal(await page.evaluate(() => document.activeElement.value), date.value, 'the date typed into the field');
}

/** Whether `text` is in a part of the page that screen readers announce when it changes. */
function announced(page, text) {
  return page.evaluate(
    (text) => [...document.querySelectorAll('[role=alert], [role=status], [aria-live]:not([aria-live=off])')].some((el) => el.textContent.includes(text)),
    text,
  );
}

/** Whether the focus is on the error (its alert or error summary, or in it) or on the first field with a problem. */
function focusOnError(page, text) {
  return page.evaluate((text) => {
    const el = document.activeElement;
    const box = el?.closest('[role=alert], .error-summary');
    if (box?.textContent.includes(text)) return true;
    const described = (el?.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '');
    return el?.getAttribute('aria-invalid') === 'true' && described.some((d) => d.includes(text));
  }, text);
}

/** After a refused submit: the refusal `text` is announced, and the focus is on it. */
async function assertRefusal(page, text) {
  assert.ok(await announced(page, text), `“${text}” is in an alert or live region on ${page.url()}`);
  assert.ok(await focusOnError(page, text), `the focus is on the error “${text}”, not on ${describeStop(await focused(page))}`);
}

describe('by keyboard on the sandbox tenant', () => {
  const suite = portalSuite('Global Administrator');

  /** A signed-in page (the mouse signs in; from then on, only the keyboard). */
  async function signedIn(person) {
    const context = await suite.browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.portal, person);
    await interactive(page);
    return { context, page };
  }

  /** From the home page, back from the page into the main navigation with Shift+Tab, to `name`. */
  async function navigateBack(page, name, heading = name) {
    await skipToMain(page);
    await tabTo(page, (stop) => stop.name === name && !stop.inMain, { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
    await interactive(page);
  }

  test('bulk invite: a refused upload, then a CSV checked, one row fixed, one dropped, and sent', async () => {
    const { context, page } = await signedIn(PRIYA);
    await navigateBack(page, 'Bulk invite');

    // Nothing chosen: refused.
    await skipToMain(page);
    const upload = await tabTo(page, 'Check the rows (nothing is sent yet)');
    assert.deepEqual(upload.map((s) => s.id || s.name), ['bulk-file', "Guestlist's template", 'bulk-paste', 'Check the rows (nothing is sent yet)']);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Choose a CSV file, or paste the addresses one a line.' }).waitFor();
    await checkAccessibility(page, 'bulk invite upload refused');
    await assertRefusal(page, 'Choose a CSV file, or paste the addresses one a line.');

    // The file (picked by the system dialog, so set here), then checked.
    await page.locator('#bulk-file').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    // On from the error, where the focus is.
    await tabTo(page, 'Check the rows (nothing is sent yet)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bulk invite: partners.csv', level: 1 }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('status').filter({ hasText: '4 rows: 2 to invite, 1 invalid, 1 duplicates. Confirming sends 2.' }).waitFor();
    await checkAccessibility(page, 'bulk invite preview');

    // Fix line 4: the e-mail setting says "maybe".
    await skipToMain(page);
    const toFix = await tabTo(page, 'Fix line 4');
    assert.deepEqual(toFix.filter((s) => /^Fix line|^Drop this row/.test(s.name)).map((s) => `${s.name} ${s.row}`), ['Fix line 3 row-1', 'Drop this row row-1', 'Fix line 4 row-2']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Fix line 4', level: 1 }).waitFor();
    assert.match(await main.innerText(), /“maybe” is neither true nor false/);
    await checkAccessibility(page, 'fixing a row, by keyboard');
    await skipToMain(page);
    const fields = await tabTo(page, 'Send invitation e-mail');
    assert.equal(fields[0].name, 'Back to the preview');
    // Tabbing into a text field selects its text: typing replaces it.
    await page.keyboard.type('false');
    assert.equal(await page.getByLabel('Send invitation e-mail').inputValue(), 'false');
    await tabTo(page, 'Save and check the row again');
    await page.keyboard.press('Enter');
    await main.getByRole('status').filter({ hasText: '4 rows: 3 to invite, 1 duplicates. Confirming sends 3.' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#row-2', 'back at the fixed row');

    // From the fixed row, on to line 5's Drop this row; Space presses it.
    const toDrop = await tabTo(page, (s) => s.name === 'Drop this row' && s.row === 'row-3');
    assert.deepEqual(toDrop.map((s) => `${s.name} ${s.row}`), ['Fix line 4 row-2', 'Drop this row row-2', 'Fix line 5 row-3', 'Drop this row row-3'], 'the Tab after the fix starts at its row');
    await page.keyboard.press('Space');
    await main.getByRole('status').filter({ hasText: 'Confirming sends 2.' }).waitFor();
    assert.match(await page.locator('#row-3').innerText(), /Keep this row/);
    await checkAccessibility(page, 'bulk invite preview with a row fixed and one dropped');

    // Send: on from the dropped row.
    const toSend = await tabTo(page, 'Send 2 invitations');
    assert.deepEqual(toSend.map((s) => s.name).slice(0, 3), ['Fix line 5', 'Keep this row', 'Fix line 6'], 'the Tab after the drop starts at its row');
    await page.keyboard.press('Enter');
    await main.getByRole('status').filter({ hasText: 'Done — 100 %. 2 of 2 done, 0 failed, 0 remaining.' }).waitFor({ timeout: 60_000 });
    const outcome = async (email) => (await page.locator('table.bulk-results tbody tr', { has: page.getByRole('cell', { name: email, exact: true }) }).locator('td').nth(3).innerText()).trim();
    assert.equal(await outcome('kim.keys@fabrikam.example'), 'Invited');
    assert.equal(await outcome('raj.keys@fabrikam.example'), 'Invited');
    assert.equal(await outcome('ola.keys@fabrikam.example'), 'Dropped');
    assert.equal(await outcome('KIM.KEYS@fabrikam.example'), 'Skipped: duplicate');
    await skipToMain(page);
    await checkAccessibility(page, 'bulk invitation sent by keyboard');
    await context.close();
  });

  test("a sponsor's review in My guests: keep, extend (refused, then done), and end through the confirmation", async () => {
    const { context, page } = await signedIn(AMARA);
    await navigateBack(page, 'My guests');
    const main = page.getByRole('main');
    const card = (name) => page.locator('li.guest-card', { has: page.getByRole('heading', { name, exact: true }) });

    // Keep Fatima (the first card).
    await skipToMain(page);
    const toKeep = await tabTo(page, 'Keep: they still need access');
    assert.equal(toKeep.length, 1, 'Keep is the first control of My guests');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Thank you: Fatima Zahra keeps their access.' }).waitFor();
    assert.match(await card('Fatima Zahra').innerText(), /Last confirmed\s+.+ by Amara Diallo/);

    // Extend Olivia by more than a year: refused.
    const olivia = async () => (await card('Olivia Chen').getByLabel('Access until', { exact: true }).getAttribute('id'));
    const oliviaDate = await olivia();
    const fatimaStops = ['Keep: they still need access', 'Access until', 'Extend', 'End access for Fatima Zahra…', "Colleague's e-mail address", 'Hand my sponsorship over (I stop sponsoring them)', 'Add as sponsor'];
    await skipToMain(page);
    const toDate = await tabTo(page, (s) => s.id === oliviaDate);
    assert.deepEqual(toDate.map((s) => s.name), [...fatimaStops, 'Keep: they still need access', 'Access until']);
    await typeDate(page, daysAhead(500));
    await tabTo(page, 'Extend');
    await page.keyboard.press('Enter');
    const tooLate = 'Extend by at most a year at a time';
    await page.getByRole('alert').filter({ hasText: tooLate }).waitFor();
    await checkAccessibility(page, 'my guests, extension refused');
    await assertRefusal(page, tooLate);

    // Extend Olivia by 60 days.
    const until = daysAhead(60);
    // On from the error, where the focus is.
    await tabTo(page, (s) => s.id === oliviaDate);
    await typeDate(page, until);
    await tabTo(page, 'Extend');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Olivia Chen's access now runs until ${until.words}.` }).waitFor();
    assert.match(await card('Olivia Chen').innerText(), new RegExp(`Access until\\s+${until.words}`));

    // End Olivia's access: its own page; unticked, refused.
    await skipToMain(page);
    await tabTo(page, 'End access for Olivia Chen…');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'End access for Olivia Chen', level: 1 }).waitFor();
    await skipToMain(page);
    const toEnd = await tabTo(page, 'End access for Olivia Chen');
    assert.deepEqual(toEnd.map((s) => s.name), ['My guests', 'I understand', 'End access for Olivia Chen']);
    await page.keyboard.press('Enter');
    const untick = 'Tick “I understand” to confirm ending their access.';
    await page.getByRole('alert').filter({ hasText: untick }).waitFor();
    await checkAccessibility(page, 'end access refused, by keyboard');
    await assertRefusal(page, untick);

    // On from the error, where the focus is.
    await tabTo(page, 'I understand');
    await page.keyboard.press('Space');
    assert.ok(await page.getByLabel('I understand').isChecked());
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, 'End access for Olivia Chen');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/my-guests');
    await page.getByRole('status').filter({ hasText: 'Olivia Chen can no longer sign in.' }).waitFor();
    assert.match(await card('Olivia Chen').innerText(), /Access ended on .+ by Amara Diallo/);
    await checkAccessibility(page, 'my guests with an ended guest');

    // Undo, by keyboard too.
    await skipToMain(page);
    await tabTo(page, 'Undo: give Olivia Chen their access back');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Olivia Chen can sign in again' }).waitFor();
    assert.ok(!(await main.innerText()).includes('Access ended on'));
    await context.close();
  });

  test('the Guests list: a refused filter, then filtered, a guest opened, and back', async () => {
    const { context, page } = await signedIn(GRACE);
    await navigateBack(page, 'Guests');

    // A sponsor and "has no sponsor" at once: refused.
    await skipToMain(page);
    const toSponsor = await tabTo(page, 'Sponsored by (e-mail address)');
    assert.deepEqual(toSponsor.map((s) => s.name), [
      'Recently deleted guests', 'Dashboard', 'Name, e-mail address or user name', 'Status', 'User type', 'Signs in with', 'E-mail domain',
      'Directory synced', 'Can sign in', 'Created from', 'Created until', 'Pending for more than (days)', 'Last sign-in more than (days) ago',
      'Sponsored by (e-mail address)',
    ]);
    await page.keyboard.type('amara.diallo@northwind.example');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, 'Has no sponsor');
    await page.keyboard.press('Space');
    await tabTo(page, 'Show guests');
    await page.keyboard.press('Enter');
    const both = 'Choose either a sponsor or “has no sponsor”, not both.';
    await page.getByRole('alert').filter({ hasText: both }).waitFor();
    await checkAccessibility(page, 'guests list, filter refused');
    await assertRefusal(page, both);
    // The form stays as typed, to correct the one value.
    assert.equal(await page.getByLabel('Sponsored by (e-mail address)').count(), 1, 'the filter form is still there');

    // Pending for more than 30 days: Status with the arrow keys, the days typed.
    // On from the error, where the focus is.
    await tabTo(page, 'Show all guests');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/guests' && !u.search);
    await skipToMain(page);
    await tabTo(page, 'Status');
    while ((await page.getByLabel('Status').inputValue()) !== 'pending') {
      const before = await page.getByLabel('Status').inputValue();
      await page.keyboard.press('ArrowDown');
      assert.notEqual(await page.getByLabel('Status').inputValue(), before, 'ArrowDown moves to the next status');
    }
    await tabTo(page, 'Pending for more than (days)');
    await page.keyboard.type('30');
    const toShow = await tabTo(page, 'Show guests');
    assert.deepEqual(toShow.map((s) => s.name), ['Last sign-in more than (days) ago', 'Sponsored by (e-mail address)', 'Has no sponsor', 'Sort by', 'Order', 'Columns', 'Show guests']);
    // Shift+Tab goes back the same way.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).name, 'Columns');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('status') === 'pending' && u.searchParams.get('pending_days') === '30');
    const rows = page.locator('table.guests tbody tr');
    assert.ok((await rows.count()) > 0, 'someone has been pending for more than 30 days');
    for (const text of await rows.allInnerTexts()) assert.match(text, /Pending since/);
    await checkAccessibility(page, 'guests filtered by keyboard');

    // The first guest in the list, opened by keyboard: past the form, the export and the tick box.
    const first = (await rows.first().getByRole('link').innerText()).trim();
    await skipToMain(page);
    const toFirst = await tabTo(page, first);
    assert.deepEqual(toFirst.slice(-4).map((s) => s.name), ['Clear the filters', 'Export this view as CSV', `Select ${first}`, first]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: first, level: 1 }).waitFor();
    assert.match(await page.getByRole('main').innerText(), /Pending acceptance/);
    await checkAccessibility(page, "a guest's page reached by keyboard");

    // Back through the breadcrumb, the first link of the page.
    await skipToMain(page);
    const back = await tabTo(page, 'Guests');
    assert.equal(back.length, 1, 'the breadcrumb is the first stop in the page');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Guests', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /external users? match/, level: 2 }).waitFor();
    await skipToMain(page);
    await context.close();
  });
});
