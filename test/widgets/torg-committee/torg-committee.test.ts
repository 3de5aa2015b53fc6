import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import type { Committee } from '../../../src/contract/schemas.js';
import '../../../src/widgets/torg-committee/define.js';
import { expectConfigError } from '../../helpers/config-error.js';
import type { TorgCommittee } from '../../../src/widgets/torg-committee/torg-committee.js';
import { $, $$, MOCK_API_BASE, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { collectCompositionEvents, example, groupTitles, member, namesIn } from './helpers.js';

/** The roster groups of the Tofte example, in order. */
const TOFTE_GROUPS = [
  'Ungdom',
  'Velforeninger',
  'Næringsliv',
  'Frivillig sektor',
  'Uavhengige',
  'Varamedlemmer',
  'Tidligere og kommende medlemmer',
];

describe('<torg-committee>', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  const render = (committee = 'tofte-lsu') =>
    env.render<TorgCommittee>(html`<torg-committee committee=${committee}></torg-committee>`);

  describe('loaded', () => {
    it('reads the committee and its torg from the API', async () => {
      await render();
      expect(env.requests().map((r) => r.url.pathname.replace(new URL(MOCK_API_BASE).pathname, ''))).to.deep.equal([
        '/committees/tofte-lsu',
        '/torg/tofte',
      ]);
    });

    it('shows the header: name, torg, term, legal basis and the secretariat with mail and phone links', async () => {
      const el = await render();
      const header = $(el, '[part="header"]')!;
      expect(textOf(header.querySelector('h2'))).to.equal('Lokalsamfunnsutvalget på Tofte');
      expect(textOf(header)).to.contain('Tofte innbyggertorg');
      const facts = [...header.querySelectorAll('dl > div')].map((d) => [
        textOf(d.querySelector('dt')),
        textOf(d.querySelector('dd')),
      ]);
      expect(facts).to.deep.equal([
        ['Periode', '1. januar 2024 – 31. desember 2027'],
        ['Hjemmel', 'kommuneloven § 5-2'],
        ['Sekretariat', 'Tofte innbyggertorg lsu.tofte@example.no 66 90 96 00'],
      ]);
      const links = [...header.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['mailto:lsu.tofte@example.no', 'tel:66909600']);
    });

    it('is accessible', async () => {
      const el = await render('slemmestad-lsu');
      await expect(el).to.be.accessible();
    });

    it('follows heading-level: the name at that level, the check and the roster below, the groups below them', async () => {
      const el = await env.render<TorgCommittee>(
        html`<torg-committee committee="tofte-lsu" heading-level="3"></torg-committee>`,
      );
      expect($$(el, 'h2')).to.have.length(0);
      expect($$(el, 'h3').map((h) => textOf(h))).to.deep.equal(['Lokalsamfunnsutvalget på Tofte']);
      expect($$(el, 'h4').map((h) => textOf(h))).to.deep.equal(['Sammensetning', 'Medlemmer']);
      expect($$(el, 'h5').map((h) => textOf(h))).to.deep.equal(TOFTE_GROUPS);
      await expect(el).to.be.accessible();
    });

    it('uses the data property without calling the API', async () => {
      const el = await env.render<TorgCommittee>(
        html`<torg-committee .data=${example('heggedal-lsu')}></torg-committee>`,
      );
      expect(textOf($(el, 'h2'))).to.equal('Lokalsamfunnsutvalget i Heggedal');
      expect(env.requests()).to.have.length(0);
    });

    it('prefers the data property over the committee attribute', async () => {
      const el = await env.render<TorgCommittee>(
        html`<torg-committee committee="tofte-lsu" .data=${example('heggedal-lsu')}></torg-committee>`,
      );
      expect(textOf($(el, 'h2'))).to.equal('Lokalsamfunnsutvalget i Heggedal');
      expect(env.requests()).to.have.length(0);
    });

    it('still shows the committee when its torg cannot be read', async () => {
      worker.use(http.get(`${MOCK_API_BASE}/torg/:id`, () => HttpResponse.json({ detail: 'x' }, { status: 500 })));
      const el = await render();
      expect(textOf($(el, 'h2'))).to.equal('Lokalsamfunnsutvalget på Tofte');
      expect(textOf($(el, '[part="header"]'))).not.to.contain('Tofte innbyggertorg Periode');
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('logs no warning or error (Lit dev mode included) while loading, checking and re-checking', async () => {
      const logged: unknown[][] = [];
      const { warn, error } = console;
      console.warn = (...args: unknown[]) => logged.push(args);
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = await render('heggedal-lsu');
        el.date = '2025-01-01';
        await settle(el);
        el.lang = 'en';
        await waitFor(() => textOf($(el, '[part="check"] h3')) === 'Composition', 'English');
      } finally {
        console.warn = warn;
        console.error = error;
      }
      expect(logged).to.deep.equal([]);
    });

    it('loads another committee when the attribute changes', async () => {
      const el = await render();
      el.committee = 'heggedal-lsu';
      await settle(el);
      expect(textOf($(el, 'h2'))).to.equal('Lokalsamfunnsutvalget i Heggedal');
    });
  });

  describe('roster', () => {
    it('groups the members by seat with readable names, then deputies, then former members', async () => {
      const el = await render();
      expect(groupTitles(el)).to.deep.equal(TOFTE_GROUPS);
      expect(namesIn(el, 'Ungdom')).to.deep.equal(['Sofie Myhre', 'Elias Strand']);
      expect(namesIn(el, 'Velforeninger')).to.deep.equal(['Ingrid Haugland', 'Marit Holm']);
      expect(namesIn(el, 'Varamedlemmer')).to.deep.equal(['Tor Eriksen', 'Lea Nilsen']);
      expect(namesIn(el, 'Tidligere og kommende medlemmer')).to.deep.equal(['Hans Kristian Dahl']);
    });

    it('puts the chair and the vice chair first in their group, with their role', async () => {
      const c = example('tofte-lsu');
      c.members = [
        member({ name: 'Vanlig Medlem', seat: 'velforening' }),
        member({ name: 'Nest Leder', seat: 'velforening', role: 'nestleder' }),
        member({ name: 'Le Der', seat: 'velforening', role: 'leder' }),
      ];
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      expect(namesIn(el, 'Velforeninger')).to.deep.equal(['Le Der', 'Nest Leder', 'Vanlig Medlem']);
      const roles = $$(el, '[part~="member"] .role').map((r) => textOf(r));
      expect(roles).to.deep.equal(['Leder', 'Nestleder']);
    });

    it('shows a vacant seat as "Ledig plass"', async () => {
      const el = await render('slemmestad-lsu');
      expect(namesIn(el, 'Næringsliv')).to.deep.equal(['Ledig plass']);
      // The youth seat is taken by two members, though only one counts: no vacancy.
      expect(namesIn(el, 'Ungdom')).to.deep.equal(['Nora Lunde', 'Mathias Berg']);
    });

    it('shows a photo with its alt text, initials otherwise, the organisation, the period and the e-mail link', async () => {
      const el = await render();
      const ingrid = $$(el, '[part~="member"]').find((m) => textOf(m).includes('Ingrid Haugland'))!;
      const img = ingrid.querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('Portrett av Ingrid Haugland');
      expect(img.getAttribute('src')).to.match(/^data:image\/svg\+xml,/);
      expect(textOf(ingrid)).to.contain('Tofte vel');
      expect(ingrid.querySelector('a')!.getAttribute('href')).to.equal('mailto:ingrid.haugland@example.no');
      const sofie = $$(el, '[part~="member"]').find((m) => textOf(m).includes('Sofie Myhre'))!;
      expect(sofie.querySelector('img')).to.equal(null);
      const initials = sofie.querySelector('[part~="photo"]')!;
      expect(textOf(initials)).to.equal('SM');
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      expect(textOf(sofie)).to.contain('Fra 1. september 2025 til 31. desember 2027');
      // The term's own period is not repeated.
      expect(textOf(ingrid)).not.to.contain('Fra ');
    });

    it('loads photos only from the API’s own host (or inline), without cookies or referrer', async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>';
      worker.use(
        http.get(
          `${MOCK_API_BASE}/photos/:name`,
          () =>
            new HttpResponse(svg, {
              headers: { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' },
            }),
        ),
      );
      const c = example('tofte-lsu');
      c.members = [
        member({ name: 'Fra Api', photo: { url: `${MOCK_API_BASE}/photos/a.svg`, alt: 'Portrett av Fra Api' } }),
        member({ name: 'Relativ Sti', photo: { url: 'photos/b.svg', alt: 'Portrett av Relativ Sti' } }),
        member({ name: 'Annen Vert', photo: { url: 'https://bilder.example.no/c.jpg', alt: 'Portrett' } }),
      ];
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      const images = $$<HTMLImageElement>(el, 'img');
      expect(images.map((img) => img.getAttribute('src'))).to.deep.equal([
        `${MOCK_API_BASE}/photos/a.svg`,
        `${MOCK_API_BASE}/photos/b.svg`,
      ]);
      expect(images.map((img) => [img.crossOrigin, img.referrerPolicy])).to.deep.equal([
        ['anonymous', 'no-referrer'],
        ['anonymous', 'no-referrer'],
      ]);
      await waitFor(() => images.every((img) => img.complete), 'the photos');
      expect(images.map((img) => img.naturalWidth > 0)).to.deep.equal([true, true]);
      const other = $$(el, '[part~="member"]').find((m) => textOf(m).includes('Annen Vert'))!;
      expect(textOf(other.querySelector('[part~="photo"]'))).to.equal('AV');
    });

    it('shows the initials when a photo cannot be loaded', async () => {
      worker.use(http.get(`${MOCK_API_BASE}/photos/:name`, () => new HttpResponse(null, { status: 404 })));
      const c = example('tofte-lsu');
      c.members = [member({ name: 'Borte Bilde', photo: { url: `${MOCK_API_BASE}/photos/x.jpg`, alt: 'Portrett' } })];
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      await waitFor(() => !$(el, 'img'), 'the broken photo to give way');
      const photo = $$(el, '[part~="member"]')
        .find((m) => textOf(m).includes('Borte Bilde'))!
        .querySelector('[part~="photo"]')!;
      expect(textOf(photo)).to.equal('BB');
      expect(photo.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows the seat of each deputy and the role and seat of former members', async () => {
      const el = await render();
      const tor = $$(el, '[part~="member"]').find((m) => textOf(m).includes('Tor Eriksen'))!;
      expect(textOf(tor)).to.contain('Næringsliv');
      const hans = $$(el, '[part~="member"]').find((m) => textOf(m).includes('Hans Kristian Dahl'))!;
      expect(textOf(hans)).to.contain('Medlem, Ungdom');
      expect(textOf(hans)).to.contain('Fra 1. januar 2024 til 31. august 2025');
    });

    it('shows seats that the rules do not name, after the others', async () => {
      const c = example('heggedal-lsu');
      c.rules = { seats: [{ seat: 'ungdom', min: 0 }], genderBalance: false };
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      expect(groupTitles(el)).to.deep.equal([
        'Ungdom',
        'Frivillig sektor',
        'Velforeninger',
        'Næringsliv',
        'Uavhengige',
        'Varamedlemmer',
      ]);
    });
  });

  describe('keyboard', () => {
    it('reaches every link in reading order, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>Før</button><torg-committee committee="tofte-lsu"></torg-committee></div>`,
      );
      const el = wrapper.querySelector('torg-committee')!;
      await settle(el);
      wrapper.querySelector('button')!.focus();
      const visited: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement;
        visited.push(active.getAttribute('href'));
        expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      }
      expect(visited).to.deep.equal([
        'mailto:lsu.tofte@example.no',
        'tel:66909600',
        'mailto:ingrid.haugland@example.no',
      ]);
    });
  });

  describe('hostile and invalid data', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

    it('renders hostile text as text and links nothing unsafe', async () => {
      const c = example('tofte-lsu');
      c.name = hostile;
      c.legalBasis = hostile;
      c.secretariat = { name: hostile, email: 'javascript:alert(1)', phone: 'javascript:alert(1)' };
      c.members = [
        member({
          name: hostile,
          organisation: hostile,
          email: 'javascript:alert(1)//@x',
          photo: { url: 'javascript:alert(1)', alt: hostile },
        }),
      ];
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      expect(textOf($(el, 'h2'))).to.equal(hostile);
      expect(textOf($(el, '[part="header"]'))).to.contain(`Hjemmel ${hostile}`);
      expect(textOf($(el, '[part~="roster"]'))).to.contain(hostile);
      expect($$(el, 'img')).to.have.length(0);
      expect($$(el, 'script')).to.have.length(0);
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).not.to.match(/^javascript:/i);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('leaves out a member that cannot be read, says so, and warns that the check may be incomplete', async () => {
      const c = example('tofte-lsu') as unknown as { members: unknown[] };
      c.members.push({ id: 'bad', name: 'Feil Data', role: 'sjef', seat: 'ungdom' });
      const events = collectCompositionEvents();
      try {
        const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c as Committee}></torg-committee>`);
        expect(textOf($(el, '[part="notice"]'))).to.contain('1 oppføring kunne ikke vises');
        expect(textOf($(el, '[part="check"]'))).to.contain(
          '1 medlem kunne ikke leses, så sjekken kan være ufullstendig.',
        );
        expect(textOf(el)).not.to.contain('Feil Data');
        expect(namesIn(el, 'Ungdom')).to.deep.equal(['Sofie Myhre', 'Elias Strand']);
        expect(events.events.at(-1)!.detail.skipped).to.equal(1);
        await expect(el).to.be.accessible();
      } finally {
        events.stop();
      }
    });

    it('gives the error state, not a half-drawn widget, for data of the wrong shape', async () => {
      const bad = { id: 'x', name: 'Uten periode', members: [] } as unknown as Committee;
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${bad}></torg-committee>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part="roster"]')).to.equal(null);
    });

    it('gives the error state when no member can be read', async () => {
      const c = { ...example('tofte-lsu'), members: [{ id: 1 }, { name: null }] } as unknown as Committee;
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      expect($(el, '[part="error"]')).to.exist;
    });

    it('gives the error state for an API answer of the wrong shape', async () => {
      env.scenario('invalid-shape');
      const el = await render();
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('is busy, says "Laster" and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgCommittee>(html`<torg-committee committee="tofte-lsu"></torg-committee>`);
      await el.updateComplete;
      await waitFor(() => $(el, '[part="loading"]'), 'the loading state');
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      expect($(el, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says the committee has no members, and is accessible', async () => {
      env.scenario('empty');
      const el = await render();
      expect(textOf($(el, '[part="empty"]'))).to.equal(
        'Lokalsamfunnsutvalget på Tofte har ingen medlemmer registrert ennå.',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains a server error with a retry button, accessibly', async () => {
      env.scenario('server-error');
      const el = await render();
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('Tjenesten har en feil akkurat nå');
      expect(textOf($(el, '[part="retry"]'))).to.equal('Prøv igjen');
      await expect(el).to.be.accessible();
    });

    it('retries from the keyboard and then shows the committee', async () => {
      env.scenario('network-error');
      const el = await render();
      expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');
      env.scenario('default');
      $(el, '[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part="roster"]'), 'the roster after retry');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="base"]'));
    });

    it('says an unknown committee cannot be shown, with the reason for the web editor', async () => {
      const el = await render('finnes-ikke');
      expectConfigError(el, 'Tjenesten fant ikke utvalget «finnes-ikke». Sjekk attributtet committee.');
      await expect(el).to.be.accessible();
    });

    it('says the committee attribute is missing, without a request', async () => {
      const el = await env.render<TorgCommittee>(html`<torg-committee></torg-committee>`);
      expectConfigError(el, 'Elementet mangler attributtet «committee».');
      expect(env.requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('stale', () => {
    it('keeps the last good data with a notice when a refresh fails, accessibly', async () => {
      const el = await render();
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect($(el, '[part="roster"]')).to.exist;
      expect(textOf($(el, '[part="notice"]'))).to.match(
        /Kunne ikke oppdatere\. Viser informasjon hentet kl\. 10\.00\./,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('strict Content Security Policy', () => {
    it('renders, styled, with no violation (styles are adopted, never inline)', async () => {
      const frame = document.createElement('iframe');
      frame.src = new URL('./csp.html', import.meta.url).href;
      frame.title = 'CSP';
      document.body.append(frame);
      try {
        await waitFor(() => (frame.contentWindow as unknown as { ready?: unknown })?.ready, 'the CSP page');
        const page = frame.contentWindow as unknown as { ready: Promise<HTMLElement>; violations: string[] };
        const el = await page.ready;
        await settle(el);
        expect(textOf($(el, 'h2'))).to.equal('Lokalsamfunnsutvalget på Tofte');
        expect(getComputedStyle($(el, '.members')!).display).to.equal('grid');
        expect($<HTMLImageElement>(el, 'img')!.complete).to.equal(true);
        expect(page.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('host page', () => {
    it('is not broken by hostile page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = '* { display: none !important } ul, li, section { display: none }';
      document.head.append(style);
      try {
        const el = await env.render<TorgCommittee>(
          html`<torg-committee committee="tofte-lsu" style="display:block"></torg-committee>`,
        );
        expect(getComputedStyle($(el, '.members')!).display).to.equal('grid');
      } finally {
        style.remove();
      }
    });
  });
});
