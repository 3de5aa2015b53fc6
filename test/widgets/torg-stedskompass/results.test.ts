import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { stedskompassFixtures } from '../../../mocks/fixtures/stedskompass.js';
import type { StedskompassResults } from '../../../src/contract/schemas.js';
import { expectConfigError } from '../../helpers/config-error.js';
import { THEMES } from '../../../src/contract/ids.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { tableRows, type TorgStedskompass } from './helpers.js';

function renderResults(
  env: ReturnType<typeof useTestEnv>,
  template = html`<torg-stedskompass area="tofte" results></torg-stedskompass>`,
): Promise<TorgStedskompass> {
  return env.render<TorgStedskompass>(template);
}

/** The example data's mean and count per theme, as the mock API answers them. */
function expected(area: string): { mean: number; n: number }[] {
  const tally = stedskompassFixtures()[area]!;
  return THEMES.map((theme) => {
    const t = tally.themes[theme]!;
    return { mean: Math.round((t.sum / t.n) * 100) / 100, n: t.n };
  });
}

const nb = (value: number): string => value.toFixed(1).replace('.', ',');

describe('<torg-stedskompass> results', function () {
  // Axe over the compass and the table, and the parts' code fetched the first time, take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => localStorage.clear());

  describe('loaded', () => {
    it('asks the API for the area’s results and shows every value in a real table', async () => {
      const el = await renderResults(env);
      const [request] = env.requests({ path: '/stedskompass/results' });
      expect(request!.url.searchParams.get('area')).to.equal('tofte');
      expect(env.requests({ method: 'POST' })).to.have.length(0);
      expect($(el, 'form')).to.equal(null);

      const table = $<HTMLTableElement>(el, '[part="table"]')!;
      expect(textOf(table.caption)).to.equal('Snitt per tema, fra 1 (mye å forbedre) til 7 (lite å forbedre)');
      expect($$(el, '[part="table"] thead th').map((th) => textOf(th))).to.deep.equal(['Tema', 'Snitt', 'Antall svar']);
      expect($$(el, '[part="table"] tbody th[scope="row"]')).to.have.length(14);
      const values = expected('tofte');
      expect(tableRows(el).map(([, mean, n]) => [mean, n])).to.deep.equal(values.map((v) => [nb(v.mean), String(v.n)]));
      expect(tableRows(el)[0]).to.deep.equal(['1. Gå og sykle', '3,2', '75']);
      expect(tableRows(el)[13]).to.deep.equal(['14. Medvirkning og påvirkning', '3,1', '49']);
      expect(textOf(el)).to.contain('75 personer har svart.');
    });

    it('draws the compass: 14 spokes with labels, rings 1–7, the polygon of means; hidden from screen readers', async () => {
      const el = await renderResults(env);
      const compass = $(el, '[part="compass"]')!;
      expect(compass.getAttribute('aria-hidden')).to.equal('true');
      const svg = compass.querySelector('svg.wide')!;
      expect(svg.querySelectorAll('line.spoke')).to.have.length(14);
      expect(svg.querySelectorAll('circle.ring')).to.have.length(7);
      expect([...svg.querySelectorAll('text.tick')].map((t) => t.textContent)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
      const labels = [...svg.querySelectorAll('text.label')].map((t) =>
        [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
      );
      expect(labels).to.have.length(14);
      expect(labels[0]).to.equal('Gå og sykle');
      expect(labels[7]).to.equal('Arbeid og lokalt næringsliv');
      // One closed shape of means, a marker per theme, each at its mean's distance (low near the centre).
      const polygon = svg.querySelector<SVGPolygonElement>('.mean polygon')!;
      const points = polygon
        .getAttribute('points')!
        .split(' ')
        .map((p) => p.split(',').map(Number) as [number, number]);
      expect(points).to.have.length(14);
      const values = expected('tofte');
      points.forEach(([x, y], i) => expect(Math.hypot(x, y)).to.be.closeTo((150 * values[i]!.mean) / 7, 0.2));
      expect(svg.querySelectorAll('.mean circle')).to.have.length(14);
      expect(svg.querySelector('.own')).to.equal(null);
      expect(textOf($(el, '[part="legend"]'))).to.equal('Snitt for området');
    });

    it('is accessible', async () => {
      const el = await renderResults(env);
      await expect(el).to.be.accessible();
    });

    it('shows theme numbers in a narrow column (a phone), the full labels when there is room', async () => {
      const wide = await renderResults(env);
      expect(getComputedStyle($(wide, 'svg.wide')!).display).to.not.equal('none');
      expect(getComputedStyle($(wide, 'svg.narrow')!).display).to.equal('none');
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 288px"><torg-stedskompass area="tofte" results></torg-stedskompass></div>`,
        );
        const el = wrapper.querySelector('torg-stedskompass')!;
        await settle(el);
        expect(getComputedStyle($(el, 'svg.wide')!).display).to.equal('none');
        const narrow = $(el, 'svg.narrow')!;
        expect(getComputedStyle(narrow).display).to.not.equal('none');
        expect([...narrow.querySelectorAll('text.label')].map((t) => t.textContent?.trim())).to.deep.equal(
          THEMES.map((_, i) => String(i + 1)),
        );
        expect(narrow.getBoundingClientRect().width).to.be.at.most(288);
        // The page does not scroll sideways.
        expect(el.scrollWidth).to.be.at.most(288);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('speaks English and nynorsk', async () => {
      const en = await renderResults(env, html`<torg-stedskompass area="tofte" results lang="en"></torg-stedskompass>`);
      expect($$(en, '[part="table"] thead th').map((th) => textOf(th))).to.deep.equal(['Theme', 'Average', 'Answers']);
      expect(tableRows(en)[4]).to.deep.equal(['5. Natural space', '6.1', '67']);
      expect(textOf(en)).to.contain('75 people have answered.');
      expect(textOf($(en, '[part="legend"]'))).to.equal('Average for the area');
      const nn = await renderResults(env, html`<torg-stedskompass area="tofte" results lang="nn"></torg-stedskompass>`);
      expect(tableRows(nn)[8]).to.deep.equal(['9. Bustad og nabolag', '4,2', '59']);
      expect(textOf(nn)).to.contain('75 personar har svara.');
      expect($$(nn, '[part="table"] thead th').map((th) => textOf(th))).to.deep.equal(['Tema', 'Snitt', 'Tal på svar']);
      await expect(nn).to.be.accessible();
    });

    it('takes an override of its texts, which come with the results (the survey’s catalog does not hold them)', async () => {
      const el = await renderResults(
        env,
        html`<torg-stedskompass
          area="tofte"
          results
          texts='{"nb": {"colTheme": "Område", "legendMean": "Gjennomsnitt"}}'
        ></torg-stedskompass>`,
      );
      expect($$(el, '[part="table"] thead th').map((th) => textOf(th))[0]).to.equal('Område');
      expect(textOf($(el, '[part="legend"]'))).to.equal('Gjennomsnitt');
    });
  });

  describe('data property', () => {
    it('uses the data instead of the API, leaving out what is invalid and saying how much', async () => {
      const data = {
        area: 'x',
        responses: 4,
        themes: [
          { theme: 'feeling-safe', mean: 2.25, n: 4 },
          { theme: '<img src=x onerror="window.__pwned=1">', mean: 3, n: 1 },
          { theme: 'moving-around', mean: 9, n: 1 },
        ],
      } as unknown as StedskompassResults;
      const el = await renderResults(env, html`<torg-stedskompass area="x" results .data=${data}></torg-stedskompass>`);
      expect(env.requests()).to.have.length(0);
      expect(tableRows(el)[11]).to.deep.equal(['12. Trygghet', '2,3', '4']);
      expect(tableRows(el)[0]).to.deep.equal(['1. Gå og sykle', 'Ingen svar', '0']);
      expect(textOf($(el, '[part="notice"]'))).to.contain('2 oppføringer kunne ikke vises');
      expect($(el, 'img')).to.equal(null);
      // One value is no shape: a marker only.
      expect($$(el, 'svg.wide .mean polygon, svg.wide .mean polyline')).to.have.length(0);
      expect($$(el, 'svg.wide .mean circle')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows the error state for data of the wrong shape', async () => {
      const el = await renderResults(
        env,
        html`<torg-stedskompass
          area="x"
          results
          .data=${{ nope: true } as unknown as StedskompassResults}
        ></torg-stedskompass>`,
      );
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part="table"]')).to.equal(null);
    });
  });

  describe('loading, empty, error, stale', () => {
    it('is busy while loading, and accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgStedskompass>(html`<torg-stedskompass area="tofte" results></torg-stedskompass>`);
      await waitFor(() => $(el, '[part="loading"]'), 'the loading state');
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect(textOf($(el, '[part="loading"]'))).to.equal('Laster …');
      await expect(el).to.be.accessible();
    });

    it('says so when nobody has answered yet', async () => {
      env.scenario('empty');
      const el = await renderResults(env);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen har svart på stedskompasset her ennå.');
      expect($(el, '[part="table"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is empty for an area without answers', async () => {
      const el = await renderResults(env, html`<torg-stedskompass area="spikkestad" results></torg-stedskompass>`);
      expect($(el, '[part="empty"]')).to.exist;
    });

    it('explains an error with a retry that works', async () => {
      env.scenario('server-error');
      const el = await renderResults(env);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part="table"]'), 'the table after retry');
      expect(tableRows(el)).to.have.length(14);
    });

    it('shows an error for an answer of the wrong shape', async () => {
      env.scenario('invalid-shape');
      const el = await renderResults(env);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });

    it('keeps the last results with a notice when a refresh fails (stale)', async () => {
      const el = await renderResults(env);
      env.scenario('server-error');
      // The page comes back into view after a long while: the results are refreshed, which fails.
      env.clock!.jump(11 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => $(el, '[part="notice"]'), 'the stale notice');
      await settle(el);
      expect(textOf($(el, '[part="notice"]'))).to.contain('Kunne ikke oppdatere');
      expect(tableRows(el)).to.have.length(14);
      await expect(el).to.be.accessible();
    });

    it('says so when the area is missing', async () => {
      const el = await env.render<TorgStedskompass>(html`<torg-stedskompass results></torg-stedskompass>`);
      expectConfigError(el, 'Elementet mangler attributtet «area».');
      expect(env.requests()).to.have.length(0);
    });
  });
});
