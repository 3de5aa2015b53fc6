/**
 * The built bundle in `<iframe sandbox="allow-scripts">`, as some CMSs and
 * site builders embed other people's code: the browser refuses to submit
 * any form there (no `allow-forms`), so every way on — "Gå videre", Enter in
 * a field, "Book", the finder's search, sending the survey, an application
 * or a proposal — must be the widget's own doing. (`allow-same-origin` only lets the test reach into the
 * frame; it does not allow forms.)
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, textOf, waitFor } from '../helpers/dom.js';
import { apply, book, click, fillDetails, propose, sendSurvey, toDetails } from '../helpers/flows.js';
import {
  apiBase,
  newSession,
  openHostilePage,
  serverRequests,
  untilShows,
  type HostilePage,
} from '../helpers/hostile.js';

const SANDBOX = 'allow-scripts allow-same-origin';

describe('the built bundle in a frame sandboxed without allow-forms', function () {
  // Whole flows over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  async function open(): Promise<{ page: HostilePage; session: string }> {
    const session = newSession();
    page = await openHostilePage({ api: await apiBase(session), sandbox: SANDBOX });
    // Really sandboxed, without forms.
    expect(page.frame.sandbox.contains('allow-forms')).to.equal(false);
    return { page, session };
  }

  it('<torg-booking>: "Gå videre" and "Book" make the booking, reported once', async () => {
    const { page, session } = await open();
    const booked: unknown[] = [];
    page.doc.addEventListener('torg-booked', (event) => booked.push((event as CustomEvent).detail));
    const el = page.add('<torg-booking torg="borgen"></torg-booking>');
    await book(el, 'Møterom Fjorden');
    await waitFor(
      () => booked.length === 1,
      () => `torg-booked (it shows: "${textOf(el).slice(0, 160)}")`,
    );
    expect((await serverRequests(session)).filter((r) => r.method === 'POST').map((r) => r.status)).to.deep.equal([
      201,
    ]);
    expect(page.result.errors).to.deep.equal([]);
  });

  it('<torg-booking>: Enter in a field of the details goes on, as "Gå videre" does', async () => {
    const { page } = await open();
    const el = page.add('<torg-booking torg="borgen"></torg-booking>');
    await toDetails(el, 'Møterom Fjorden');
    fillDetails(el);
    $<HTMLInputElement>(el, '[name="email"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => $(el, '[part~="confirm"]'),
      () => `the review (it shows: "${textOf(el).slice(0, 160)}")`,
    );
    // And Enter with a field missing shows what is missing, on the same step.
    await click(el, '[part~="back"]', 'Tilbake');
    await waitFor(() => $(el, '[name="name"]'), 'the details again');
    const name = $<HTMLInputElement>(el, '[name="name"]')!;
    name.value = '';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    name.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '[part~="error-summary"]'), 'the error summary');
    expect(page.result.errors).to.deep.equal([]);
  });

  it('<torg-finder>: the search filters, and Enter reads the count out', async () => {
    const { page } = await open();
    const el = page.add('<torg-finder></torg-finder>');
    await untilShows(el, ['Borgen innbyggertorg']);
    const input = $<HTMLInputElement>(el, '[part~="search"]')!;
    input.focus();
    await sendKeys({ type: 'borgen' });
    await waitFor(() => $$(el, '[part~="item"]').length === 1, 'one torg found');
    const region = $(el, '[role="status"][aria-live="polite"]')!;
    // The count of a search is read out once typing pauses; Enter reads it again (cleared, then said).
    await waitFor(() => textOf(region).includes('Viser 1 av'), 'the count read out');
    let changes = 0;
    const observer = new MutationObserver(() => changes++);
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => changes >= 2 && textOf(region).includes('Viser 1 av'), 'the count read out again on Enter');
    observer.disconnect();
    expect(page.result.errors).to.deep.equal([]);
  });

  it('<torg-stedskompass>: the answers are sent', async () => {
    const { page, session } = await open();
    const el = page.add('<torg-stedskompass area="tofte"></torg-stedskompass>');
    await sendSurvey(el);
    expect((await serverRequests(session)).filter((r) => r.method === 'POST').map((r) => r.status)).to.deep.equal([
      201,
    ]);
    expect(page.result.errors).to.deep.equal([]);
  });

  const SENDS = [
    {
      html: '<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>',
      what: 'application',
      send: apply,
      event: 'torg-apply',
      path: 'applications',
    },
    {
      html: '<torg-innspill committee="tofte-lsu"></torg-innspill>',
      what: 'proposal',
      send: propose,
      event: 'torg-proposal',
      path: 'proposals',
    },
  ];
  for (const { html, what, send, event, path } of SENDS) {
    it(`${html.slice(0, html.indexOf(' '))}>: the ${what} is sent, reported once`, async () => {
      const { page, session } = await open();
      const reported: unknown[] = [];
      page.doc.addEventListener(event, (e) => reported.push((e as CustomEvent).detail));
      const el = page.add(html);
      await send(el);
      const posts = (await serverRequests(session)).filter((r) => r.method === 'POST');
      expect(posts.map((r) => [r.path, r.status])).to.deep.equal([[`/v1/committees/tofte-lsu/${path}`, 201]]);
      expect(reported.length).to.equal(1);
      expect(page.result.errors).to.deep.equal([]);
    });
  }
});
