/**
 * "Nearest to me" from a place: the field "Adresse, sted eller postnummer"
 * (an ARIA 1.2 combobox) with suggestions from the optional `GET /places`.
 * The pause before a request is a fake clock's, not wall time.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, delay, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { PLACE_SEARCH } from '../../../src/domain/places.js';
import { installFakeTimers, type FakeTimers } from '../../helpers/clock.js';
import { warmUpAxe } from '../../helpers/axe.js';
import { $, $$, MOCK_API_BASE, nextFrame, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { spyFetch } from '../../helpers/fetch-spy.js';
import { fakeGeolocation, names, renderFinder, spoken, type FakeGeolocation, type TorgFinder } from './helpers.js';

/** From Vollen (the place name), nearest first. */
const FROM_VOLLEN = [
  ['Slemmestad innbyggertorg', '2,4 km unna'],
  ['Heggedal innbyggertorg', '2,7 km unna'],
  ['Asker sentrum innbyggertorg', '4,4 km unna'],
  ['Holmen innbyggertorg', '5,9 km unna'],
  ['Borgen innbyggertorg', '6,2 km unna'],
  ['Spikkestad innbyggertorg', '10 km unna'],
  ['Sætre innbyggertorg', '14 km unna'],
  ['Tofte innbyggertorg', '29 km unna'],
];

/** The place searches the page sends from now on (GET /places, not the HEAD that asks whether it exists), by text. */
function spyPlaceSearches(): { has(q: string): boolean; signal(q: string): AbortSignal | undefined; restore(): void } {
  const fetches = spyFetch((url, init) => url.pathname.endsWith('/places') && init?.method !== 'HEAD');
  const last = (q: string) => fetches.calls.findLast((c) => c.url.searchParams.get('q') === q);
  return { has: (q) => last(q) !== undefined, signal: (q) => last(q)?.signal, restore: fetches.restore };
}

function field(el: TorgFinder): HTMLInputElement {
  const input = $<HTMLInputElement>(el, '[part~="place-search"]');
  if (!input) throw new Error('no place field');
  return input;
}

/** Types into the place field the way a user does (one input event per change). */
function type(el: TorgFinder, text: string): void {
  const input = field(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function options(el: TorgFinder): string[] {
  return $$(el, '[role="option"]').map((o) => textOf(o));
}

function distances(el: TorgFinder): string[] {
  return $$(el, '.distance').map((d) => textOf(d));
}

/**
 * Focuses the field, which loads its code, and waits until that code is there (so what a test types next
 * goes through the debounce the test's fake clock drives).
 */
async function focusField(el: TorgFinder): Promise<HTMLInputElement> {
  const input = field(el);
  input.focus();
  await import('../../../src/widgets/torg-finder/parts/place-search.js');
  await nextFrame();
  await el.updateComplete;
  return input;
}

async function suggestionsShown(el: TorgFinder): Promise<void> {
  await waitFor(() => field(el).getAttribute('aria-expanded') === 'true', 'the suggestions');
  await el.updateComplete;
}

describe('<torg-finder> nearest to a place', () => {
  warmUpAxe();
  const env = useTestEnv();
  let clock: FakeTimers | undefined;
  let geo: FakeGeolocation | undefined;

  /** The place searches sent (not the HEAD that asks whether there is one). */
  const searches = (): URLSearchParams[] =>
    env.requests({ method: 'GET', path: '/places' }).map((r) => r.url.searchParams);

  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
    geo?.restore();
    geo = undefined;
  });

  it('offers the field beside the position button, known with the list (one HEAD), as a combobox', async () => {
    const el = await renderFinder(env);
    expect(env.requests({ path: '/places' }).map((r) => r.method)).to.deep.equal(['HEAD']);
    const input = field(el);
    expect(textOf($(el, '[part~="place"] label'))).to.equal('Adresse, sted eller postnummer');
    expect($(el, '.ways')!.contains($(el, '[part~="nearest"]'))).to.equal(true);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const list = $(el, `#${input.getAttribute('aria-controls')!}`)!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(list.hidden).to.equal(true);
    expect(textOf($(el, '#place-hint'))).to.contain('«1390»');
    expect(searches()).to.have.length(0);
  });

  it('is accessible with the field', async () => {
    const el = await renderFinder(env, html`<torg-finder service="bibliotek"></torg-finder>`);
    expect($(el, '[part~="place"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for "Vollen" once the typing pauses (a fake clock), and reads out how many places it found', async () => {
    const el = await renderFinder(env);
    await focusField(el);
    clock = installFakeTimers(Date.now());
    for (const text of ['V', 'Vo', 'Vol', 'Voll', 'Volle', 'Vollen']) {
      type(el, text);
      await clock.tick(PLACE_SEARCH.debounceMs - 100);
    }
    // Typing faster than the pause: nothing asked yet.
    expect(searches()).to.have.length(0);
    await clock.tick(100);
    await waitFor(() => searches().length === 1, 'the search');
    clock.uninstall();
    clock = undefined;
    expect(Object.fromEntries(searches()[0]!)).to.deep.equal({ q: 'Vollen', limit: String(PLACE_SEARCH.limit) });
    await suggestionsShown(el);
    expect(options(el)).to.deep.equal([
      'Vollen Sted, Asker',
      '1390 Vollen Postnummer, Asker',
      'Vollenveien 10 Adresse, Asker',
      'Vollenveien 30 Adresse, Asker',
    ]);
    expect(await spoken(el, /forslag/)).to.equal('4 forslag. Bruk pil opp og pil ned for å velge.');
    // The HEAD that asked whether there is a place search, and the one search: nothing else.
    expect(env.requests({ path: '/places' }).map((r) => r.method)).to.deep.equal(['HEAD', 'GET']);
    await expect(el).to.be.accessible();
  });

  it('choosing "Vollen" sorts the torg by distance from Vollen, and says so', async () => {
    const el = await renderFinder(env);
    const input = await focusField(el);
    type(el, 'Vollen');
    await suggestionsShown(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal($$(el, '[role="option"]')[0]!.id);
    expect($$(el, '[role="option"]')[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => distances(el).length === 8, 'sorted by distance');
    expect(input.value).to.equal('Vollen');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(input);
    expect(names(el)).to.deep.equal(FROM_VOLLEN.map(([name]) => name));
    expect(distances(el)).to.deep.equal(FROM_VOLLEN.map(([, d]) => d));
    expect(textOf($(el, '[part~="origin"]'))).to.equal('Avstand fra Vollen');
    expect(textOf($(el, '[part~="count"]'))).to.equal('8 torg, sortert etter avstand i luftlinje fra Vollen.');
    expect(await spoken(el, /Nærmest/)).to.equal(
      '8 torg, sortert etter avstand i luftlinje fra Vollen. Nærmest er Slemmestad innbyggertorg, 2,4 km unna.',
    );
    await expect(el).to.be.accessible();
  });

  it('aborts a request that newer typing supersedes, and never shows its late answer', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(`${MOCK_API_BASE}/places`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === 'Hva') await held;
        return undefined;
      }),
    );
    const searches = spyPlaceSearches();
    try {
      const el = await renderFinder(env);
      await focusField(el);
      clock = installFakeTimers(Date.now());
      type(el, 'Hva');
      await clock.tick(PLACE_SEARCH.debounceMs);
      await waitFor(() => searches.has('Hva'), 'the first search');
      type(el, 'Heg');
      // The newer text stops the running request at once, not only when its own request starts.
      expect(searches.signal('Hva')!.aborted).to.equal(true);
      await clock.tick(PLACE_SEARCH.debounceMs);
      clock.uninstall();
      clock = undefined;
      await suggestionsShown(el);
      expect(options(el)).to.deep.equal([
        'Heggedal Sted, Asker',
        'Heggedalsbakken 2 Adresse, Asker',
        '1389 Heggedal Postnummer, Asker',
      ]);
      release();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(options(el).join(' ')).to.not.contain('Hvalstad');
      expect(searches.signal('Heg')!.aborted).to.equal(false);
    } finally {
      searches.restore();
      release();
    }
  });

  it('aborts its running request when the element leaves the page, and sends none it was waiting to', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(`${MOCK_API_BASE}/places`, async () => {
        await held;
        return undefined;
      }),
    );
    const searches = spyPlaceSearches();
    try {
      const el = await renderFinder(env);
      await focusField(el);
      clock = installFakeTimers(Date.now());
      type(el, 'Hva');
      await clock.tick(PLACE_SEARCH.debounceMs);
      await waitFor(() => searches.has('Hva'), 'the search');
      el.remove();
      expect(searches.signal('Hva')!.aborted, 'the request was cancelled').to.equal(true);
      // Typed, then gone before the pause ends: nothing is asked.
      const again = await renderFinder(env);
      await focusField(again);
      type(again, 'Heg');
      again.remove();
      await clock.tick(2 * PLACE_SEARCH.debounceMs);
      expect(searches.has('Heg')).to.equal(false);
    } finally {
      searches.restore();
      release();
    }
  });

  it('moves through the suggestions with the arrow keys (wrapping), closes with Escape, and empties with a second', async () => {
    const el = await renderFinder(env);
    const input = field(el);
    input.focus();
    await sendKeys({ type: '1390' });
    await suggestionsShown(el);
    type(el, 'Vollen');
    await waitFor(() => options(el).length === 4, 'four suggestions');
    const active = (): string => textOf($(el, `#${input.getAttribute('aria-activedescendant') ?? 'none'}`));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active()).to.equal('Vollenveien 30 Adresse, Asker');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal('Vollen Sted, Asker');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active()).to.equal('1390 Vollen Postnummer, Asker');
    expect($$(el, '[aria-selected="true"]')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.value).to.equal('Vollen');
    // Down opens the list again.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(distances(el)).to.deep.equal([]);
  });

  it('chooses with a click too, and Enter with none active takes the first', async () => {
    const el = await renderFinder(env);
    field(el).focus();
    type(el, 'tofte');
    await suggestionsShown(el);
    $$(el, '[role="option"]')[1]!.click();
    await waitFor(() => distances(el).length === 8, 'sorted by distance');
    expect(field(el).value).to.equal('3482 Tofte');
    expect(textOf($(el, '[part~="origin"]'))).to.equal('Avstand fra 3482 Tofte');
    expect(names(el)[0]).to.equal('Tofte innbyggertorg');
    type(el, 'Nesøya');
    await suggestionsShown(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf($(el, '[part~="origin"]')) === 'Avstand fra Nesøya', 'Nesøya chosen');
    expect(names(el)[0]).to.equal('Holmen innbyggertorg');
  });

  it('says so when no place matches', async () => {
    const el = await renderFinder(env);
    field(el).focus();
    type(el, 'Drammen');
    expect(await spoken(el, /Ingen adresse/)).to.equal('Ingen adresse, sted eller postnummer passer til «Drammen».');
    expect(textOf($(el, '.place-status'))).to.equal('Ingen adresse, sted eller postnummer passer til «Drammen».');
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says so when the place search fails, and the list stays as it was', async () => {
    worker.use(http.get(`${MOCK_API_BASE}/places`, () => HttpResponse.json({ title: 'Feil' }, { status: 500 })));
    const el = await renderFinder(env);
    field(el).focus();
    type(el, 'Vollen');
    expect(await spoken(el, /virker ikke/)).to.contain('Søket etter steder virker ikke akkurat nå.');
    expect(textOf($(el, '.place-status'))).to.contain('Søket etter steder virker ikke akkurat nå.');
    expect(names(el)).to.have.length(8);
    expect(distances(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps and searches what was typed before the field’s code arrived', async () => {
    worker.use(
      http.head(`${MOCK_API_BASE}/places`, async () => {
        await delay(10);
        return undefined;
      }),
    );
    const el = await renderFinder(env);
    const input = field(el);
    // Focus starts loading the code; the typing in the same moment is not lost.
    input.focus();
    type(el, 'Sætre');
    await waitFor(() => searches().length === 1, 'the search');
    expect(searches()[0]!.get('q')).to.equal('Sætre');
    await suggestionsShown(el);
    expect(input.value).to.equal('Sætre');
    expect(options(el)[0]).to.equal('Sætre Sted, Asker');
  });

  it('goes back to alphabetical order with "Sorter etter navn", the field emptied', async () => {
    const el = await renderFinder(env);
    field(el).focus();
    type(el, 'Vollen');
    await suggestionsShown(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => distances(el).length === 8, 'sorted by distance');
    const byName = $$<HTMLButtonElement>(el, '.nearest button').find((b) => textOf(b) === 'Sorter etter navn')!;
    byName.click();
    await waitFor(() => distances(el).length === 0, 'alphabetical again');
    expect(field(el).value).to.equal('');
    expect($(el, '[part~="origin"]')).to.equal(null);
    expect(names(el)[0]).to.equal('Asker sentrum innbyggertorg');
  });

  it('sorts from the position instead once it is found, and says so', async () => {
    geo = fakeGeolocation({ position: { lat: 59.5434, lon: 10.5617 } });
    const el = await renderFinder(env);
    field(el).focus();
    type(el, 'Vollen');
    await suggestionsShown(el);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf($(el, '[part~="origin"]')) === 'Avstand fra Vollen', 'from Vollen');
    $<HTMLButtonElement>(el, '[part~="nearest"]')!.click();
    await waitFor(() => textOf($(el, '[part~="origin"]')) === 'Avstand fra der du er', 'from the position');
    expect(field(el).value).to.equal('');
    expect(names(el)[0]).to.equal('Tofte innbyggertorg');
    expect(textOf($(el, '[part~="count"]'))).to.equal('8 torg, sortert etter avstand i luftlinje fra der du er.');
  });

  describe('when the position cannot be had', () => {
    const cases: [1 | 2 | 3 | undefined, string][] = [
      [1, 'Du har ikke gitt tilgang til posisjonen din. Skriv en adresse, et sted eller et postnummer i stedet'],
      [2, 'Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller skriv en adresse, et sted eller et postnummer.'],
      [3, 'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller skriv en adresse'],
      [undefined, 'Nettleseren din kan ikke finne posisjonen din. Skriv en adresse, et sted eller et postnummer'],
    ];
    for (const [error, message] of cases) {
      it(`moves focus to the field, which the plain explanation describes (${error ? `error ${error}` : 'no geolocation'})`, async () => {
        geo = fakeGeolocation(error === undefined ? undefined : { error });
        const el = await renderFinder(env);
        $<HTMLButtonElement>(el, '[part~="nearest"]')!.click();
        await waitFor(() => el.shadowRoot!.activeElement === field(el), 'focus on the place field');
        const described = field(el)
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => textOf($(el, `#${id}`)))
          .join(' ');
        expect(described).to.contain(message);
        expect(textOf($(el, '.geo-error'))).to.contain(message);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('an API without /places', () => {
    it('offers no field: the HEAD got 404, and nothing else was asked', async () => {
      env.scenario('without-optional');
      const el = await renderFinder(env);
      expect(names(el)).to.have.length(8);
      expect($(el, '[part~="place"]')).to.equal(null);
      expect($(el, '[role="combobox"]')).to.equal(null);
      expect(env.requests({ path: '/places' }).map((r) => r.method)).to.deep.equal(['HEAD']);
      await expect(el).to.be.accessible();
    });

    it('says plainly what went wrong with the position, and leaves focus where it was', async () => {
      env.scenario('without-optional');
      geo = fakeGeolocation({ error: 1 });
      const el = await renderFinder(env);
      const button = $<HTMLButtonElement>(el, '[part~="nearest"]')!;
      button.focus();
      button.click();
      expect(await spoken(el, /tilgang/)).to.contain('Du kan fortsatt søke etter navn eller sted.');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('asks nothing about places when the torg come as `data`', async () => {
      const { torgFixtures } = await import('../../../mocks/fixtures/torg.js');
      const el = await renderFinder(env, html`<torg-finder .data=${torgFixtures}></torg-finder>`);
      expect(names(el)).to.have.length(8);
      expect($(el, '[part~="place"]')).to.equal(null);
      expect(env.requests()).to.deep.equal([]);
    });
  });

  it('speaks nynorsk and English', async () => {
    const nn = await renderFinder(env, html`<torg-finder lang="nn"></torg-finder>`);
    expect(textOf($(nn, '[part~="place"] label'))).to.equal('Adresse, stad eller postnummer');
    field(nn).focus();
    type(nn, 'Vollen');
    await suggestionsShown(nn);
    expect(options(nn)[0]).to.equal('Vollen Stad, Asker');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf($(nn, '[part~="origin"]')) === 'Avstand frå Vollen', 'nn origin');
    const en = await renderFinder(env, html`<torg-finder lang="en"></torg-finder>`);
    expect(textOf($(en, '[part~="place"] label'))).to.equal('Address, place or postcode');
    field(en).focus();
    type(en, '1390');
    await suggestionsShown(en);
    expect(options(en)).to.deep.equal(['1390 Vollen Postcode, Asker']);
    expect(await spoken(en, /suggestion/)).to.equal('1 suggestion. Use the up and down arrow keys to choose.');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf($(en, '[part~="origin"]')) === 'Distance from 1390 Vollen', 'en origin');
    expect(textOf($(en, '[part~="count"]'))).to.equal(
      '8 citizen squares, sorted by straight-line distance from 1390 Vollen.',
    );
  });
});
