import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { geoSettings } from '../../../src/widgets/torg-finder/parts/geolocation.js';
import { $, $$, nextFrame, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  fakeGeolocation,
  names,
  renderFinder,
  search,
  spoken,
  type FakeGeolocation,
  type TorgFinder,
} from './helpers.js';

/** Near Asker station. */
const ASKER = { lat: 59.8372, lon: 10.4332 };

/** From Asker station, nearest first (straight-line distances on the map). */
const BY_DISTANCE = [
  ['Asker sentrum innbyggertorg', '430 m unna'],
  ['Borgen innbyggertorg', '1,3 km unna'],
  ['Holmen innbyggertorg', '3,7 km unna'],
  ['Heggedal innbyggertorg', '5,6 km unna'],
  ['Slemmestad innbyggertorg', '7,2 km unna'],
  ['Spikkestad innbyggertorg', '11 km unna'],
  ['Sætre innbyggertorg', '18 km unna'],
  ['Tofte innbyggertorg', '33 km unna'],
];

function nearestButton(el: TorgFinder): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part~="nearest"]')!;
}

async function press(el: TorgFinder): Promise<void> {
  nearestButton(el).click();
  await el.updateComplete;
}

async function located(el: TorgFinder): Promise<void> {
  await waitFor(() => textOf(nearestButton(el)) === 'Finn nærmeste torg' && !$(el, '.spinner'), 'the search to end');
  await el.updateComplete;
}

function distances(el: TorgFinder): string[] {
  return $$(el, '.distance').map((d) => textOf(d));
}

function geoMessage(el: TorgFinder): string {
  return textOf($(el, '.geo-error'));
}

describe('<torg-finder> nearest to me', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  let geo: FakeGeolocation | undefined;
  const timeout = geoSettings.timeoutMs;

  afterEach(() => {
    geo?.restore();
    geo = undefined;
    geoSettings.timeoutMs = timeout;
  });

  it('asks for the position only when the button is pressed, once, without high accuracy', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env);
    expect(geo.calls).to.equal(0);
    await press(el);
    await press(el);
    await located(el);
    expect(geo.calls).to.equal(1);
    expect(geo.options).to.include({ enableHighAccuracy: false });
    expect(geo.options?.timeout).to.be.a('number');
  });

  it('sorts by straight-line distance and shows each distance', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env);
    await press(el);
    await located(el);
    expect(names(el)).to.deep.equal(BY_DISTANCE.map(([name]) => name));
    expect(distances(el)).to.deep.equal(BY_DISTANCE.map(([, distance]) => distance));
    expect(textOf($(el, '[part~="count"]'))).to.equal('8 torg, sortert etter avstand i luftlinje fra der du er.');
    expect(await spoken(el, /Nærmest/)).to.equal(
      '8 torg, sortert etter avstand i luftlinje fra der du er. Nærmest er Asker sentrum innbyggertorg, 430 m unna.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a busy button while it waits, and no second request', async () => {
    geo = fakeGeolocation({ silent: true });
    const el = await renderFinder(env);
    await press(el);
    expect(textOf(nearestButton(el))).to.equal('Finner posisjonen din …');
    expect(nearestButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.spinner')).to.exist;
    // Pressed again before and after the browser was asked: still one request.
    await press(el);
    await waitFor(() => geo!.calls > 0, 'the browser to be asked');
    await press(el);
    await nextFrame();
    expect(geo.calls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the filter and the search when sorting by distance', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env, html`<torg-finder service="byggesak"></torg-finder>`);
    await press(el);
    await located(el);
    expect(names(el)).to.deep.equal(['Asker sentrum innbyggertorg', 'Sætre innbyggertorg', 'Tofte innbyggertorg']);
    await search(el, 'tofte');
    expect(names(el)).to.deep.equal(['Tofte innbyggertorg']);
    expect(distances(el)).to.deep.equal(['33 km unna']);
  });

  it('goes back to alphabetical order, and keeps focus on the nearest button', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env);
    await press(el);
    await located(el);
    const byName = $$<HTMLButtonElement>(el, '.nearest button').find((b) => textOf(b) === 'Sorter etter navn')!;
    byName.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => distances(el).length === 0, 'distances gone');
    expect(names(el)[0]).to.equal('Asker sentrum innbyggertorg');
    expect(names(el)[7]).to.equal('Tofte innbyggertorg');
    expect(names(el)[6]).to.equal('Sætre innbyggertorg');
    await waitFor(() => el.shadowRoot!.activeElement === nearestButton(el), 'focus on the nearest button');
  });

  it('works from the keyboard', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env);
    nearestButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => distances(el).length === 8, 'distances');
    expect(geo.calls).to.equal(1);
  });

  it('writes distances the English way in English', async () => {
    geo = fakeGeolocation({ position: ASKER });
    const el = await renderFinder(env, html`<torg-finder lang="en"></torg-finder>`);
    await press(el);
    await waitFor(() => distances(el).length === 8, 'distances');
    expect(distances(el).slice(0, 2)).to.deep.equal(['430 m away', '1.3 km away']);
  });

  describe('without a position', () => {
    // An API without /places: the messages point to the finder's search. (With /places they point to the
    // place field, which takes focus: see places.test.ts.)
    beforeEach(() => env.scenario('without-optional'));

    it('says so plainly when the user says no, and the search still works', async () => {
      geo = fakeGeolocation({ error: 1 });
      const el = await renderFinder(env);
      await press(el);
      await located(el);
      expect(geoMessage(el)).to.equal(
        'Du har ikke gitt tilgang til posisjonen din, så vi kan ikke finne det nærmeste torget. Du kan fortsatt søke etter navn eller sted.',
      );
      expect(await spoken(el, /tilgang/)).to.contain('Du har ikke gitt tilgang');
      expect(distances(el)).to.deep.equal([]);
      expect(names(el)[0]).to.equal('Asker sentrum innbyggertorg');
      await search(el, 'saetre');
      expect(names(el)).to.deep.equal(['Sætre innbyggertorg']);
      await expect(el).to.be.accessible();
    });

    it('says so when the device cannot tell', async () => {
      geo = fakeGeolocation({ error: 2 });
      const el = await renderFinder(env);
      await press(el);
      await located(el);
      expect(geoMessage(el)).to.equal(
        'Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller søk etter navn eller sted.',
      );
    });

    it("says so when the browser's time limit runs out", async () => {
      geo = fakeGeolocation({ error: 3 });
      const el = await renderFinder(env);
      await press(el);
      await located(el);
      expect(geoMessage(el)).to.equal(
        'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller søk etter navn eller sted.',
      );
    });

    it('does not spin for ever when nobody answers (its own time limit)', async () => {
      geoSettings.timeoutMs = 150;
      geo = fakeGeolocation({ silent: true });
      const el = await renderFinder(env);
      await press(el);
      expect($(el, '.spinner')).to.exist;
      await located(el);
      expect(geoMessage(el)).to.contain('Det tok for lang tid å finne posisjonen din.');
      expect(nearestButton(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('says so on a device without geolocation', async () => {
      geo = fakeGeolocation(undefined);
      const el = await renderFinder(env);
      await press(el);
      await located(el);
      expect(geoMessage(el)).to.equal(
        'Nettleseren din kan ikke finne posisjonen din. Søk etter navn eller sted i stedet.',
      );
    });

    it('clears the message when a later try succeeds', async () => {
      geo = fakeGeolocation({ error: 1 });
      const el = await renderFinder(env);
      await press(el);
      await located(el);
      expect(geoMessage(el)).to.not.equal('');
      geo.restore();
      geo = fakeGeolocation({ position: ASKER });
      await press(el);
      await waitFor(() => distances(el).length === 8, 'distances');
      expect($(el, '.geo-error')).to.equal(null);
    });

    it('speaks nynorsk and English too', async () => {
      geo = fakeGeolocation({ error: 1 });
      const nn = await renderFinder(env, html`<torg-finder lang="nn"></torg-finder>`);
      await press(nn);
      await waitFor(() => geoMessage(nn) !== '', 'message');
      expect(geoMessage(nn)).to.contain('Du har ikkje gitt tilgang til posisjonen din');
      const en = await renderFinder(env, html`<torg-finder lang="en"></torg-finder>`);
      await press(en);
      await waitFor(() => geoMessage(en) !== '', 'message');
      expect(geoMessage(en)).to.contain('You have not given access to your position');
    });
  });
});
