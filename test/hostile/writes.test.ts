/**
 * Writes and hostile API data, with the built bundle on a plain or hostile
 * page against the mock API over real HTTP:
 *
 * - a survey, a booking and a grant application sent from pages that changed the built-ins are
 *   sent as correct JSON, and their success is reported;
 * - a string cut in the middle of an emoji (a lone UTF-16 surrogate) in API
 *   text never turns a booking that was made into "not sent", never leaves a
 *   widget loading, never throws when an event is opened;
 * - API ids that are `Object.prototype` names are names like any other.
 */
import { expect } from '@open-wc/testing';
import { committeeFixtures } from '../../mocks/fixtures/committees.js';
import { resourceFixtures } from '../../mocks/fixtures/resources.js';
import { $, $$, textOf, waitFor } from '../helpers/dom.js';
import { CUT, apply, book, sendSurvey } from '../helpers/flows.js';
import {
  apiBase,
  newSession,
  openHostilePage,
  seed,
  serverRequests,
  untilShows,
  type HostilePage,
  type Pollution,
} from '../helpers/hostile.js';

describe('writes from hostile pages', function () {
  // Whole flows over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  const POLLUTIONS: Pollution[][] = [['value'], ['function'], ['prototype'], ['prototype', 'function']];
  for (const pollute of POLLUTIONS) {
    it(`with ${pollute.join(' + ')}: the survey is sent as correct JSON and reported as sent`, async () => {
      const session = newSession();
      page = await openHostilePage({ api: await apiBase(session), pollute });
      const el = page.add('<torg-stedskompass area="tofte"></torg-stedskompass>');
      await sendSurvey(el);
      const posts = (await serverRequests(session)).filter((r) => r.method === 'POST');
      expect(posts.map((p) => [p.status, p.contentType])).to.deep.equal([[201, 'application/json']]);
      expect(JSON.parse(posts[0]!.body)).to.deep.equal({
        area: 'tofte',
        answers: [{ theme: 'feeling-safe', score: 5, good: 'Trygt\nom kvelden \uFFFD' }],
      });
      expect(page.result.errors).to.deep.equal([]);
    });
  }

  it('with Prototype.js 1.6: a booking is sent as correct JSON and reported as booked', async () => {
    const session = newSession();
    page = await openHostilePage({ api: await apiBase(session), pollute: ['prototype'] });
    const booked: unknown[] = [];
    page.doc.addEventListener('torg-booked', (event) => booked.push((event as CustomEvent).detail));
    const el = page.add('<torg-booking torg="borgen"></torg-booking>');
    await book(el, 'Møterom Fjorden');
    await waitFor(
      () => booked.length === 1,
      () => `torg-booked (it shows: "${textOf(el).slice(0, 160)}")`,
    );
    const post = (await serverRequests(session)).find((r) => r.method === 'POST')!;
    const body = JSON.parse(post.body) as Record<string, unknown>;
    expect([post.status, body.resourceId, body.name, body.email, body.consent]).to.deep.equal([
      201,
      'borgen-fjorden',
      'Kari Nordmann',
      'kari@eksempel.no',
      true,
    ]);
    expect(page.result.errors).to.deep.equal([]);
  });

  it('with Prototype.js 1.6 (Array#toJSON): an application with budget lines is sent as correct JSON, once', async () => {
    const session = newSession();
    page = await openHostilePage({ api: await apiBase(session), pollute: ['prototype'] });
    const applied: unknown[] = [];
    page.doc.addEventListener('torg-apply', (event) => applied.push((event as CustomEvent).detail));
    const el = page.add('<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>');
    await apply(el);
    await waitFor(
      () => applied.length === 1,
      () => `torg-apply (it shows: "${textOf(el).slice(0, 160)}")`,
      360,
    );
    const posts = (await serverRequests(session)).filter((r) => r.method === 'POST');
    expect(posts.map((p) => [p.status, p.contentType])).to.deep.equal([[201, 'application/json']]);
    const body = JSON.parse(posts[0]!.body) as Record<string, unknown>;
    expect([body.applicant, body.amount, body.budget, body.consent]).to.deep.equal([
      'Kari Nordmann',
      5000,
      [{ item: 'Benker', amount: 5000 }],
      true,
    ]);
    expect(page.result.errors).to.deep.equal([]);
  });
});

describe('hostile API data', function () {
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  it('a booking of a resource whose name is cut in an emoji is reported as booked, once', async () => {
    const session = newSession();
    const fjorden = resourceFixtures.find((r) => r.id === 'borgen-fjorden')!;
    await seed(session, { resources: [{ ...fjorden, name: `Møterom Fjorden ${CUT}` }] });
    page = await openHostilePage({ api: await apiBase(session) });
    const booked: unknown[] = [];
    page.doc.addEventListener('torg-booked', (event) => booked.push((event as CustomEvent).detail));
    const el = page.add('<torg-booking torg="borgen"></torg-booking>');
    await book(el, 'Møterom Fjorden');
    await waitFor(
      () => booked.length === 1,
      () => `torg-booked (it shows: "${textOf(el).slice(0, 200)}")`,
    );
    expect(textOf(el)).not.to.contain('ikke sendt');
    // The calendar file of the booking is offered, well-formed.
    const link = $<HTMLAnchorElement>(el, 'a[href^="data:text/calendar"]');
    expect(link, 'the .ics link').not.to.equal(null);
    expect(decodeURIComponent(link!.href)).to.contain('Møterom Fjorden \uFFFD');
    expect((await serverRequests(session)).filter((r) => r.method === 'POST')).to.have.length(1);
    expect(page.result.errors).to.deep.equal([]);
  });

  it('an agenda whose meeting id and title are cut in an emoji loads, with its calendar link', async () => {
    const session = newSession();
    const base = await apiBase(session);
    // Not kept in the HTTP cache the page shares: the page must see the seeded meeting.
    const { items } = (await (await fetch(`${base}/committees/tofte-lsu/meetings`, { cache: 'no-store' })).json()) as {
      items: { id: string; start: string }[];
    };
    const next = items.find((m) => Date.parse(m.start) > Date.now())!;
    const meeting = (await (await fetch(`${base}/meetings/${next.id}`, { cache: 'no-store' })).json()) as Record<
      string,
      unknown
    >;
    await seed(session, { meetings: [{ ...meeting, id: `${meeting.id}${CUT}`, title: `Møte om kaféen ${CUT}` }] });
    page = await openHostilePage({ api: base });
    const el = page.add('<torg-agenda committee="tofte-lsu"></torg-agenda>');
    await untilShows(el, ['Møte om kaféen ']);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    expect($$(el, 'a[href^="data:text/calendar"]').length).to.be.greaterThan(0);
    expect(page.result.errors).to.deep.equal([]);
  });

  it('an event whose id and title are cut in an emoji opens, with its calendar link', async () => {
    const session = newSession();
    const start = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await seed(session, {
      events: [
        {
          id: `kafe${CUT}`,
          title: `Kafé ${CUT}`,
          start: `${start}T18:00:00+01:00`,
          end: `${start}T19:00:00+01:00`,
          categories: ['kultur'],
          description: `Kom ${CUT}`,
        },
      ],
    });
    page = await openHostilePage({ api: await apiBase(session) });
    const el = page.add('<torg-events></torg-events>');
    await untilShows(el, ['Kafé ']);
    const toggle = $$(el, '[part~="event-toggle"]').find((b) => textOf(b).includes('Kafé'))!;
    toggle.click();
    await waitFor(() => $(el, '[part~="calendar-link"]'), 'the calendar link of the opened event');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(page.result.errors).to.deep.equal([]);
  });

  it('event categories named constructor, toString and valueOf are shown as categories', async () => {
    const session = newSession();
    const start = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await seed(session, {
      events: ['constructor', 'toString', 'valueOf'].map((category, i) => ({
        id: `proto-${i}`,
        title: `Arrangement ${category}`,
        start: `${start}T1${i}:00:00+01:00`,
        categories: [category],
      })),
    });
    page = await openHostilePage({ api: await apiBase(session) });
    const el = page.add('<torg-events></torg-events>');
    await untilShows(el, ['Arrangement constructor', 'Constructor', 'ToString', 'ValueOf']);
    expect(textOf(el)).not.to.match(/function|\[native code\]/);
    expect(page.result.errors).to.deep.equal([]);
  });

  it('a committee rule for the seat "__proto__" is shown by its id, not as [object Object]', async () => {
    const session = newSession();
    const tofte = committeeFixtures.find((c) => c.id === 'tofte-lsu')!;
    await seed(session, {
      committees: [
        {
          ...tofte,
          rules: {
            seats: [
              { seat: '__proto__', min: 1 },
              { seat: 'constructor', min: 1 },
            ],
            genderBalance: false,
          },
        },
      ],
    });
    page = await openHostilePage({ api: await apiBase(session) });
    const el = page.add('<torg-committee committee="tofte-lsu"></torg-committee>');
    await untilShows(el, ['Lokalsamfunnsutvalget på Tofte', '__proto__']);
    expect(textOf(el)).not.to.match(/\[object Object\]|function/);
    expect(page.result.errors).to.deep.equal([]);
  });
});
