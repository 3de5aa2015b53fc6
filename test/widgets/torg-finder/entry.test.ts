import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { item, renderFinder, type TorgFinder } from './helpers.js';

function status(el: TorgFinder, torgId: string): string {
  return textOf(item(el, torgId).querySelector('[part~="status"]'));
}

function nameButton(el: TorgFinder, torgId: string): HTMLButtonElement {
  return item(el, torgId).querySelector<HTMLButtonElement>('[part~="select"]')!;
}

describe('<torg-finder> entries', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('open now', () => {
    it('says open and when it closes, in Oslo time (Thursday morning)', async () => {
      const el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Åpent nå · stenger kl. 15.00');
      expect(status(el, 'tofte')).to.equal('Åpent nå · stenger kl. 20.00');
      expect(item(el, 'borgen').querySelector('.status')!.classList.contains('open')).to.equal(true);
    });

    it('says closed and when it opens: tomorrow, or on a later day', async () => {
      env.clock!.set('2026-12-03T21:00:00+01:00');
      let el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Stengt · åpner i morgen kl. 09.00');
      env.clock!.set('2026-12-04T16:00:00+01:00');
      el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Stengt · åpner mandag 7. desember kl. 09.00');
    });

    it('knows Christmas: closed on Christmas Eve (an exception) and over the holidays', async () => {
      env.clock!.set('2026-12-24T10:00:00+01:00');
      const el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Stengt (Julaften) · åpner mandag 28. desember kl. 09.00');
    });

    it('shows Oslo time to a viewer in New York, and says so', async () => {
      await env.setTimeZone('America/New_York');
      const el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Åpent nå · stenger kl. 15.00');
      expect(textOf($(el, '.oslo-time'))).to.equal('Alle tider er norsk tid.');
    });

    it('does not add the time-zone note for a viewer in Oslo', async () => {
      await env.setTimeZone('Europe/Oslo');
      const el = await renderFinder(env);
      expect($(el, '.oslo-time')).to.equal(null);
    });

    it('changes by itself when a torg closes while the page is open', async () => {
      env.clock!.set('2026-12-03T14:59:58.5+01:00');
      const el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Åpent nå · stenger kl. 15.00');
      await waitFor(() => status(el, 'borgen') === 'Stengt · åpner i morgen kl. 09.00', 'Borgen to close', 400);
      expect(status(el, 'asker-sentrum')).to.equal('Åpent nå · stenger kl. 19.00');
    });

    it('keeps changing by itself after it was moved on the page', async () => {
      env.clock!.set('2026-12-03T14:59:57+01:00');
      const el = await renderFinder(env);
      expect(status(el, 'borgen')).to.equal('Åpent nå · stenger kl. 15.00');
      // Removed and put back (a CMS moving a block): its timer is set up again.
      el.parentElement!.append(el);
      await waitFor(() => status(el, 'borgen') === 'Stengt · åpner i morgen kl. 09.00', 'Borgen to close', 400);
    });
  });

  describe('choosing a torg', () => {
    it('fires torg-select with its id (bubbling out of the shadow root) and highlights it', async () => {
      const el = await renderFinder(env);
      setTimeout(() => nameButton(el, 'borgen').click());
      const event = await oneEvent(document, 'torg-select');
      expect(event.detail).to.deep.equal({ torgId: 'borgen' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(nameButton(el, 'borgen').getAttribute('aria-pressed')).to.equal('true');
      expect(item(el, 'borgen').getAttribute('part')).to.equal('item selected');
      expect(nameButton(el, 'tofte').getAttribute('aria-pressed')).to.equal('false');
    });

    it('works from the keyboard and moves the highlight', async () => {
      const el = await renderFinder(env);
      const chosen: string[] = [];
      el.addEventListener('torg-select', (e) => chosen.push(e.detail.torgId));
      nameButton(el, 'heggedal').focus();
      await sendKeys({ press: 'Enter' });
      nameButton(el, 'tofte').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(chosen).to.deep.equal(['heggedal', 'tofte']);
      expect(nameButton(el, 'heggedal').getAttribute('aria-pressed')).to.equal('false');
      expect(nameButton(el, 'tofte').getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('without the map attribute', () => {
    it('never loads the map code', async () => {
      const el = await renderFinder(env, html`<torg-finder></torg-finder>`);
      nameButton(el, 'borgen').click();
      await el.updateComplete;
      const loaded = performance.getEntriesByType('resource').map((r) => r.name);
      expect(loaded.some((name) => /torg-finder\/torg-finder\.view/.test(name))).to.equal(true);
      expect(loaded.filter((name) => /tile-map|web-mercator|\/parts\/map\./.test(name))).to.deep.equal([]);
      expect($(el, '[part~="map"]')).to.equal(null);
    });
  });
});
