/**
 * The later steps are two chunks of their own (`parts/calendar-steps.ts`,
 * `parts/form-steps.ts`): when one cannot be fetched, its step says so with
 * a retry that fetches it again. In a file of its own, so the chunks are not
 * in the page yet (a failed fetch leaves nothing behind).
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { worker } from '../../../mocks/browser.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { KARI, NOW, click, fill, freeDayCells, heading, untilStep, toDetails } from './helpers.js';

describe('<torg-booking> later steps', () => {
  const env = useTestEnv({ now: NOW });

  /** Makes these chunks unreachable (until taken out of the set); returns the chunks asked for. */
  function cutOff(offline: Set<string>): string[] {
    const fetched: string[] = [];
    worker.use(
      http.get(/\/torg-booking\/parts\/(calendar|form)-steps\.[jt]s/, ({ request }) => {
        const chunk = /(calendar|form)-steps/.exec(request.url)![0];
        fetched.push(chunk);
        return offline.has(chunk) ? HttpResponse.error() : passthrough();
      }),
    );
    return fetched;
  }

  it('the day step says so when its code cannot be fetched, and the retry fetches it', async () => {
    const offline = new Set(['calendar-steps', 'form-steps']);
    const fetched = cutOff(offline);
    const el = await env.render<TorgBooking>(
      html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
    );
    // The day (the first screen here) cannot come: said in the step, under its heading.
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(heading(el)).to.equal('Steg 1 av 4 Velg dag');
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Vi fikk ikke kontakt med tjenesten');
    await expect(el).to.be.accessible();

    offline.delete('calendar-steps');
    const before = fetched.filter((c) => c === 'calendar-steps').length;
    await click(el, $(el, '[part="retry"]'), 'retry');
    await waitFor(() => freeDayCells(el).length > 0, 'the month grid');
    expect($(el, '[part="error"]')).to.equal(null);
    expect(fetched.filter((c) => c === 'calendar-steps').length).to.equal(before + 1);
  });

  it('the details step says so when the form’s code cannot be fetched, and the retry fetches it', async () => {
    const offline = new Set(['form-steps']);
    cutOff(offline);
    const el = await env.render<TorgBooking>(
      html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
    );
    await toDetails(el);
    expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');

    offline.clear();
    await click(el, $(el, '[part="retry"]'), 'retry');
    await waitFor(() => $(el, 'form'), 'the form');
    fill(el, KARI);
    await click(el, $(el, 'button[type="submit"]'), 'Gå videre');
    await untilStep(el, 'Se over og bekreft');
  });
});
