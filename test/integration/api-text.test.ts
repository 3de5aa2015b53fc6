/**
 * Every widget with API text as a careless or hostile API sends it, on every
 * screen that shows API text (the booking's steps, opened events and
 * meetings):
 *
 * - a U+202E (RIGHT-TO-LEFT OVERRIDE) at the end of every name, title, place
 *   and note never reverses the widget's own words after it (API text is
 *   isolated: `<bdi>`, see src/shared/bidi.ts);
 * - an 88-character URL in every such field never makes a 375 px wide page
 *   wider, nor reaches past the widget's edge;
 * - relative URLs in links of the API's data lead to the API's host, not the
 *   host page's.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { worker } from '../../mocks/browser.js';
import { db, type MockDb } from '../../mocks/db.js';
import { MOCK_API_BASE } from '../../mocks/handlers.js';
import { addDays, osloDate } from '../../src/domain/oslo-time.js';
import '../../src/index.js';
import { RLO, overflowing, poisonTexts, reversedWords } from '../helpers/api-text.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';

const NOW = '2026-12-03T10:00:00+01:00';

/** What a screen is called in a failure, and the widget showing it. */
type Check = (el: HTMLElement, screen: string, apiText?: boolean) => Promise<void> | void;

interface Scenario {
  /** Adds data the example data lacks (notes, seasons …) before the widget loads. */
  prepare?: (data: MockDb) => void;
  /** Renders the widget and walks it through its screens, calling `check` on each. */
  run: (render: (markup: string) => Promise<HTMLElement>, check: Check) => Promise<void>;
}

async function clickAll(el: HTMLElement, selector: string): Promise<void> {
  for (const button of $$(el, selector)) button.click();
  await settle(el);
}

async function clickFirst(el: HTMLElement, selector: string, what: string): Promise<void> {
  await waitFor(() => $(el, selector), what);
  $(el, selector)!.click();
  await settle(el);
}

/** Types into fields by id, and ticks the consent, as a person does (`input` and `change` events). */
async function fillForm(el: HTMLElement, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const consent = $<HTMLInputElement>(el, '#f-consent')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

const SCENARIOS: Record<string, Scenario> = {
  'torg-finder': {
    async run(render, check) {
      // Chosen services show their own status lines and notes.
      await check(await render('<torg-finder service="byggesak seniorsenter bibliotek"></torg-finder>'), 'the list');
    },
  },
  'torg-opening-hours': {
    prepare(data) {
      const borgen = data.torg.find((t) => t.id === 'borgen')!;
      const hours = borgen.openingHours!;
      const today = osloDate(Date.now());
      hours.exceptions = [
        { date: today, closed: true, note: 'Stengt for kurs' },
        { date: addDays(today, 2), intervals: [{ opens: '10:00', closes: '14:00' }], note: 'Redusert åpningstid' },
      ];
      hours.seasons = [{ from: addDays(today, 3), to: addDays(today, 60), name: 'Vintertid', weekly: hours.weekly }];
    },
    async run(render, check) {
      await check(await render('<torg-opening-hours torg="borgen"></torg-opening-hours>'), 'the week');
      await check(await render('<torg-opening-hours torg="borgen" view="today"></torg-opening-hours>'), 'today');
    },
  },
  'torg-events': {
    async run(render, check) {
      const el = await render('<torg-events></torg-events>');
      await check(el, 'the list');
      await clickAll(el, '[part~="event-toggle"]');
      await waitFor(() => $(el, '[part~="calendar-link"]'), 'the opened events');
      await check(el, 'every event opened');
    },
  },
  'torg-committee': {
    async run(render, check) {
      await check(
        await render('<torg-committee committee="tofte-lsu"></torg-committee>'),
        'a council that meets the rules',
      );
      await check(
        await render('<torg-committee committee="slemmestad-lsu"></torg-committee>'),
        'a council that does not',
      );
    },
  },
  'torg-agenda': {
    async run(render, check) {
      const el = await render('<torg-agenda committee="tofte-lsu"></torg-agenda>');
      await check(el, 'the meetings');
      await clickAll(el, '[part~="toggle"]');
      await waitFor(() => !$(el, '[part~="panel"] [aria-busy="true"]'), 'the opened meetings');
      await check(el, 'every meeting opened');
    },
  },
  'torg-stedskompass': {
    async run(render, check) {
      // The survey's texts are all the widget's own.
      const survey = await render('<torg-stedskompass area="tofte"></torg-stedskompass>');
      await check(survey, 'the survey', false);
      $(survey, '[part~="index"] summary')!.click();
      await settle(survey);
      await check(survey, 'the survey with its index of themes open', false);
      await check(await render('<torg-stedskompass area="tofte" results></torg-stedskompass>'), 'the results', false);
    },
  },
  'torg-booking': {
    async run(render, check) {
      const el = await render('<torg-booking torg="borgen"></torg-booking>');
      await check(el, 'the resources');
      await clickFirst(el, '[part~="resource"]', 'a resource');
      await waitFor(() => $(el, '[role="gridcell"]:not(.outside):not([aria-disabled])'), 'a free day');
      await check(el, 'the days');
      await clickFirst(el, '[role="gridcell"]:not(.outside):not([aria-disabled])', 'a free day');
      await check(el, 'the times');
      await clickFirst(el, '[part~="slot"]', 'a free time');
      await waitFor(() => $(el, '[name="name"]'), 'the details form');
      await check(el, 'the details');
      for (const [name, value] of [
        ['name', 'Kari Nordmann'],
        ['email', 'kari@eksempel.no'],
        ['purpose', 'Møte i velforeningen'],
      ] as const) {
        const input = $<HTMLInputElement>(el, `[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const consent = $<HTMLInputElement>(el, '[name="consent"]')!;
      consent.checked = true;
      consent.dispatchEvent(new Event('change', { bubbles: true }));
      await clickFirst(el, 'button[type="submit"]', 'Gå videre');
      await waitFor(() => $(el, '[part~="confirm"]'), 'the review');
      await check(el, 'the review');
      await clickFirst(el, '[part~="confirm"]', 'Book');
      await waitFor(() => $(el, '[part~="reference"]'), 'the result');
      await check(el, 'the result');
    },
  },
  'torg-tilskudd': {
    async run(render, check) {
      const el = await render('<torg-tilskudd committee="tofte-lsu" meeting-url="/moter?m={id}"></torg-tilskudd>');
      await waitFor(() => $(el, '[part~="grants"]'), 'the grants');
      await check(el, 'the year, its grants and guidelines');
      await clickFirst(el, '[part~="apply"] button', 'Skriv en søknad');
      await waitFor(() => $(el, '#f-applicant'), 'the application form');
      await check(el, 'the application form');
      await fillForm(el, {
        'f-applicant': 'Kari Nordmann',
        'f-email': 'kari@eksempel.no',
        'f-title': 'Benker ved badeplassen',
        'f-description': 'To benker og et bord.',
        'f-amount': '5000',
      });
      await clickFirst(el, '[part~="submit"]', 'Send søknaden');
      await waitFor(() => $(el, '[part~="received"]'), 'the confirmation');
      await check(el, 'the confirmation');
    },
  },
  'torg-innspill': {
    async run(render, check) {
      const el = await render('<torg-innspill committee="tofte-lsu" agenda-url="/moter"></torg-innspill>');
      await waitFor(() => textOf($(el, '[part~="next"]')).includes('Neste møte'), 'the next meeting');
      await check(el, 'the form and what happens next');
      await fillForm(el, { 'f-title': 'Gatelys i Kirkeveien', 'f-description': 'Det er mørkt om kvelden.' });
      await clickFirst(el, '[part~="submit"]', 'Send innspillet');
      await waitFor(() => $(el, '[part~="received"]'), 'the thanks');
      await check(el, 'the thanks');
    },
  },
};

describe('API text in every widget', function () {
  // Whole flows (the booking's five steps) with every event and meeting opened.
  this.timeout(20_000);
  const env = useTestEnv({ now: NOW });
  const render = async (markup: string): Promise<HTMLElement> => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const el = template.content.firstElementChild as HTMLElement;
    return env.render(html`${el}`);
  };

  describe('a U+202E at the end of every name, title, place and note', () => {
    for (const [tag, scenario] of Object.entries(SCENARIOS)) {
      it(`<${tag}>: reverses none of the widget's own words`, async () => {
        scenario.prepare?.(db());
        poisonTexts(db(), (text) => `${text}${RLO}`);
        const checked: string[] = [];
        await scenario.run(render, (el, screen, apiText = true) => {
          // The data arrived: API text (with its override) is on screen.
          if (apiText) expect(textOf(el), screen).to.contain(RLO);
          expect(reversedWords(el), `${screen}: reversed`).to.deep.equal([]);
          checked.push(screen);
        });
        expect(checked).not.to.deep.equal([]);
      });
    }
  });

  describe('an 88-character URL in every name, title, place and note, on a 375 px wide page', () => {
    before(() => setViewport({ width: 375, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));
    const LONG = 'https://www.asker.kommune.no/innbyggertorg/aktuelt/endrede-apningstider-i-jula-2026-2027';

    for (const [tag, scenario] of Object.entries(SCENARIOS)) {
      it(`<${tag}>: nothing makes the page wider or reaches past the widget`, async () => {
        expect(LONG).to.have.length(88);
        scenario.prepare?.(db());
        poisonTexts(db(), (text) => `${text} ${LONG}`);
        await scenario.run(render, (el, screen, apiText = true) => {
          if (apiText) expect(textOf(el), screen).to.contain(LONG);
          expect(overflowing(el), `${screen}: too wide`).to.deep.equal([]);
          expect(document.documentElement.scrollWidth, `${screen}: the page's width`).to.be.at.most(375);
        });
      });
    }
  });

  describe('relative URLs in the API data', () => {
    const API = new URL(`${MOCK_API_BASE}/`);
    /** Every link into the web (not mailto:, tel:, data: or a fragment) in a widget. */
    const webLinks = (el: HTMLElement): string[] =>
      $$<HTMLAnchorElement>(el, 'a[href]')
        .map((a) => a.href)
        .filter((href) => /^https?:/.test(href));

    it('<torg-finder>: a torg’s web page is on the API’s host', async () => {
      for (const torg of db().torg) torg.url = `/sider/${torg.id}`;
      const el = await render('<torg-finder></torg-finder>');
      const links = webLinks(el);
      expect(links).to.include(new URL('/sider/borgen', API).href);
      expect(
        links.every((href) => href.startsWith(API.origin)),
        links.join('\n'),
      ).to.equal(true);
    });

    it('<torg-opening-hours>: the structured data’s url is on the API’s host', async () => {
      db().torg.find((t) => t.id === 'borgen')!.url = 'sider/borgen';
      const el = await render('<torg-opening-hours torg="borgen" structured-data></torg-opening-hours>');
      await waitFor(() => el.querySelector('script[type="application/ld+json"]'), 'the structured data');
      const script = el.querySelector('script[type="application/ld+json"]');
      expect(JSON.parse(script!.textContent!)).to.have.property('url', new URL('sider/borgen', API).href);
    });

    it('<torg-events>: registration, more information and the organiser’s page are on the API’s host', async () => {
      for (const e of db().events) {
        e.url = `arrangementer/${e.id}`;
        e.registrationUrl = `/pamelding/${e.id}`;
        if (e.organizer) e.organizer.url = '../arrangor';
        else e.organizer = { name: 'Asker kommune', url: '../arrangor' };
      }
      const el = await render('<torg-events></torg-events>');
      await clickAll(el, '[part~="event-toggle"]');
      const links = webLinks(el);
      expect(links).to.include(new URL(`/pamelding/${db().events[0]!.id}`, API).href);
      expect(links).to.include(new URL('../arrangor', API).href);
      expect(links.some((href) => href.startsWith(new URL('arrangementer/', API).href))).to.equal(true);
      expect(
        links.every((href) => href.startsWith(API.origin)),
        links.join('\n'),
      ).to.equal(true);
    });

    it('<torg-events src>: a feed’s relative links lead to the feed’s host, not the API’s or the page’s', async () => {
      const feed = 'https://lag.example.test/kalender/feed.ics';
      const start = osloDate(Date.now()).replace(/-/g, '');
      const text = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//NO',
        'BEGIN:VEVENT',
        'UID:kor',
        'DTSTAMP:20261101T000000Z',
        `DTSTART;VALUE=DATE:${start}`,
        'SUMMARY:Korøvelse',
        'URL:arrangementer/kor',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n');
      worker.use(http.get(feed, () => new HttpResponse(text, { headers: { 'Content-Type': 'text/calendar' } })));
      const el = await render(`<torg-events src="${feed}"></torg-events>`);
      await clickAll(el, '[part~="event-toggle"]');
      expect(webLinks(el)).to.deep.equal(['https://lag.example.test/kalender/arrangementer/kor']);
    });

    it('<torg-agenda>: documents, the digital meeting and the torg’s page are on the API’s host', async () => {
      for (const torg of db().torg) torg.url = `/sider/${torg.id}`;
      for (const m of db().meetings) {
        if (m.digitalUrl) m.digitalUrl = 'direkte';
        for (const d of [...(m.documents ?? []), ...(m.minutes ? [m.minutes] : [])]) d.url = `dokumenter/${d.title}`;
        for (const item of m.agenda ?? []) for (const d of item.documents ?? []) d.url = `/dokumenter/${d.title}`;
      }
      const el = await render('<torg-agenda committee="tofte-lsu"></torg-agenda>');
      await clickAll(el, '[part~="toggle"]');
      await waitFor(() => !$(el, '[part~="panel"] [aria-busy="true"]'), 'the opened meetings');
      const links = webLinks(el);
      expect(links).to.include(new URL('direkte', API).href);
      expect(links).to.include(new URL('/sider/tofte', API).href);
      expect(links.some((href) => href.startsWith(new URL('dokumenter/', API).href))).to.equal(true);
      expect(links.some((href) => href.startsWith(new URL('/dokumenter/', API).href))).to.equal(true);
      expect(
        links.every((href) => href.startsWith(API.origin)),
        links.join('\n'),
      ).to.equal(true);
    });

    it('<torg-tilskudd>: the guidelines are on the API’s host', async () => {
      for (const funds of db().funds) {
        if (funds.guidelines) funds.guidelines.url = `retningslinjer/${funds.committeeId}`;
      }
      const el = await render('<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>');
      await waitFor(() => $(el, '[part~="guidelines"] a'), 'the guidelines');
      expect($<HTMLAnchorElement>(el, '[part~="guidelines"] a')!.href).to.equal(
        new URL('retningslinjer/tofte-lsu', API).href,
      );
    });

    it('<torg-booking>: the cancellation link is on the API’s host', async () => {
      worker.use(
        http.post(`${MOCK_API_BASE}/bookings`, () =>
          HttpResponse.json({ id: 'b-1', status: 'confirmed', cancelUrl: 'bookinger/b-1/avbestill' }, { status: 201 }),
        ),
      );
      const el = await render('<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>');
      await clickFirst(el, '[role="gridcell"]:not(.outside):not([aria-disabled])', 'a free day');
      await clickFirst(el, '[part~="slot"]', 'a free time');
      for (const [name, value] of [
        ['name', 'Kari Nordmann'],
        ['email', 'kari@eksempel.no'],
      ] as const) {
        const input = $<HTMLInputElement>(el, `[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const consent = $<HTMLInputElement>(el, '[name="consent"]')!;
      consent.checked = true;
      consent.dispatchEvent(new Event('change', { bubbles: true }));
      await clickFirst(el, 'button[type="submit"]', 'Gå videre');
      await clickFirst(el, '[part~="confirm"]', 'Book');
      await waitFor(() => $(el, '[part~="cancel"]'), 'the cancellation link');
      expect($<HTMLAnchorElement>(el, '[part~="cancel"]')!.href).to.equal(new URL('bookinger/b-1/avbestill', API).href);
    });
  });
});
