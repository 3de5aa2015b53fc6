/**
 * An opened meeting's details (GET /meetings/{id}) are asked for like the element's other data: the request
 * is given up when the element leaves the page, or when it shows other meetings (`committee`, `meeting`,
 * `data`, `api-base`) before the answer came — and a late answer never lands in the element.
 */
import { expect, html } from '@open-wc/testing';
import { http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import '../../../src/widgets/torg-agenda/define.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/torg-agenda.js';
import { $$, MOCK_API_BASE, nextFrame, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { spyFetch } from '../../helpers/fetch-spy.js';

/** GET /meetings/{id} waits until the test lets it go on (then the mock answers as usual). */
function holdMeetings(): () => void {
  let release = (): void => undefined;
  const gate = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  worker.use(http.get(`${MOCK_API_BASE}/meetings/:meetingId`, () => gate));
  return () => release();
}

/** Everything that happens in an element's shadow root from now on. */
function watch(el: HTMLElement): { mutations(): number; stop(): void } {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  return { mutations: () => count + observer.takeRecords().length, stop: () => observer.disconnect() };
}

/** Lets promise jobs, tasks and a couple of frames run (no clock involved). */
async function idle(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
}

/** The toggle of the meeting whose heading contains `date`. */
function toggleOf(el: TorgAgenda, date: string): HTMLButtonElement {
  const card = $$(el, '[part="meeting"]').find((m) => textOf(m.querySelector('h2, h3')).includes(date));
  if (!card) throw new Error(`no meeting on ${date}`);
  return card.querySelector<HTMLButtonElement>('[part="toggle"]')!;
}

const panelOf = (el: TorgAgenda, date: string): HTMLElement =>
  el.shadowRoot!.getElementById(toggleOf(el, date).getAttribute('aria-controls')!)!;

describe("<torg-agenda>: an opened meeting's request", () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  let fetches: ReturnType<typeof spyFetch>;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent): void => {
    unhandled.push(event.reason);
    event.preventDefault();
  };

  beforeEach(() => {
    // The page's fetches of GET /meetings/{id}, each with its signal.
    fetches = spyFetch((url) => url.pathname.startsWith(`${new URL(MOCK_API_BASE).pathname}/meetings/`));
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => {
    fetches.restore();
    window.removeEventListener('unhandledrejection', onUnhandled);
  });

  /** The list of tofte-lsu, then the opening of its 12 December meeting, whose answer does not come. */
  async function openedWhileLoading(scenario: 'loading' | 'held'): Promise<{ el: TorgAgenda; release: () => void }> {
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    let release = (): void => undefined;
    if (scenario === 'loading') env.scenario('loading');
    else release = holdMeetings();
    toggleOf(el, '12. desember').click();
    await waitFor(() => fetches.calls.length === 1, 'the request for the opened meeting');
    await el.updateComplete;
    expect(panelOf(el, '12. desember').querySelector('[aria-busy="true"]'), 'says it is on its way').to.exist;
    return { el, release };
  }

  it('is given up quietly when the element leaves the page, and asked again when it is put back', async () => {
    const { el } = await openedWhileLoading('loading');
    const parent = el.parentElement!;
    const shown = watch(el);

    el.remove();
    await idle();
    expect(fetches.calls[0]!.signal?.aborted, 'the request was cancelled').to.equal(true);
    expect(shown.mutations(), 'the detached element did not change').to.equal(0);
    expect(el.isUpdatePending).to.equal(false);
    expect(unhandled).to.deep.equal([]);
    shown.stop();

    env.scenario('default');
    parent.append(el);
    await settle(el);
    expect(fetches.calls).to.have.length(2);
    expect(toggleOf(el, '12. desember').getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(panelOf(el, '12. desember'))).to.contain('Innspill til kommuneplanens arealdel');
    expect(unhandled).to.deep.equal([]);
  });

  it('keeps its request when the element is moved (taken out and put back at once)', async () => {
    const { el, release } = await openedWhileLoading('held');
    const parent = el.parentElement!;
    parent.append(el);
    await idle();
    expect(fetches.calls[0]!.signal?.aborted).to.equal(false);
    release();
    await settle(el);
    expect(textOf(panelOf(el, '12. desember'))).to.contain('Innspill til kommuneplanens arealdel');
    expect(fetches.calls).to.have.length(1);
  });

  it('is given up when the committee changes, and its late answer never lands', async () => {
    const { el, release } = await openedWhileLoading('held');
    el.committee = 'slemmestad-lsu';
    await el.updateComplete;
    await idle();
    expect(fetches.calls[0]!.signal?.aborted, 'the request was cancelled').to.equal(true);
    await settle(el);
    expect($$(el, '[part="toggle"][aria-expanded="true"]')).to.have.length(0);

    // Back to the first committee; the old answer comes late and is not kept as its meeting's details.
    el.committee = 'tofte-lsu';
    await settle(el);
    release();
    await idle();
    expect($$(el, '[part="toggle"][aria-expanded="true"]')).to.have.length(0);
    toggleOf(el, '12. desember').click();
    await settle(el);
    expect(fetches.calls, 'the opening asks again').to.have.length(2);
    expect(textOf(panelOf(el, '12. desember'))).to.contain('Innspill til kommuneplanens arealdel');
    expect(unhandled).to.deep.equal([]);
  });

  it('is given up when one meeting in full is shown instead', async () => {
    const { el, release } = await openedWhileLoading('held');
    el.meeting = 'tofte-lsu-m3';
    await el.updateComplete;
    await idle();
    expect(fetches.calls[0]!.signal?.aborted, 'the request was cancelled').to.equal(true);
    release();
    await settle(el);
    expect(textOf(el)).to.contain('Trafikksikker skolevei');
    expect(unhandled).to.deep.equal([]);
  });

  it('is given up when the API base changes', async () => {
    const { el, release } = await openedWhileLoading('held');
    // The same API spelled out on the element (it came from the page's meta tag): the meetings load again.
    el.setAttribute('api-base', MOCK_API_BASE);
    await el.updateComplete;
    await idle();
    expect(fetches.calls[0]!.signal?.aborted, 'the request was cancelled').to.equal(true);
    release();
    await settle(el);
    expect($$(el, '[part="toggle"][aria-expanded="true"]')).to.have.length(0);
  });

  it('does not stop the other opened meetings: each asks once and shows its own details', async () => {
    const { el, release } = await openedWhileLoading('held');
    toggleOf(el, '4. oktober').click();
    await waitFor(() => fetches.calls.length === 2, 'the request for the second meeting');
    expect(fetches.calls.map((c) => c.signal?.aborted)).to.deep.equal([false, false]);
    release();
    await settle(el);
    expect(textOf(panelOf(el, '12. desember'))).to.contain('Innspill til kommuneplanens arealdel');
    expect(textOf(panelOf(el, '4. oktober'))).to.contain('Trafikksikker skolevei');
    expect(fetches.calls).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
