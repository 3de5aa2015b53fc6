/**
 * A data widget taken off the page while it loads (DataController): it gives up its part in the request —
 * the request itself is cancelled when no other element waits for it — quietly (no error, no unhandled
 * rejection, no update of the detached element), and loads again when it is put back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import { worker } from '../../mocks/browser.js';
import { clearHttpCache } from '../../src/core/http.js';
import { $, $$, MOCK_API_BASE, nextFrame, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import '../helpers/test-element.js';
import type { TestTorgElement } from '../helpers/test-element.js';
import { spyFetch, type FetchCall } from '../helpers/fetch-spy.js';

/** `GET /torg` waits until the test lets it go on (then the mock answers as usual). */
function holdTorg(): () => void {
  let release = (): void => undefined;
  const gate = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  worker.use(http.get(`${MOCK_API_BASE}/torg`, () => gate));
  return () => release();
}

/** Everything that happens in an element's shadow root from now on. */
function watch(el: HTMLElement): { mutations(): number; stop(): void } {
  let count = 0;
  const observer = new MutationObserver((records) => (count += records.length));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    mutations: () => count + observer.takeRecords().length,
    stop: () => observer.disconnect(),
  };
}

/** Lets promise jobs, tasks and a couple of frames run (no clock involved). */
async function idle(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
}

describe('DataController: an element taken off the page while it loads', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  let fetches: ReturnType<typeof spyFetch>;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent): void => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  const torgFetches = (): FetchCall[] => fetches.calls.filter((c) => c.url.pathname.endsWith('/torg'));

  beforeEach(() => {
    fetches = spyFetch();
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => {
    fetches.restore();
    window.removeEventListener('unhandledrejection', onUnhandled);
  });

  it('cancels its request quietly, and loads when it is put back', async () => {
    env.scenario('loading'); // the API never answers
    const el = await fixture<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
    await waitFor(() => torgFetches().length === 1, 'the element asked for /torg');
    const parent = el.parentElement!;
    const shown = watch(el);

    el.remove();
    await idle();
    expect(torgFetches()[0]!.signal?.aborted, 'the request was cancelled').to.equal(true);
    expect(shown.mutations(), 'the detached element did not change').to.equal(0);
    expect(el.isUpdatePending).to.equal(false);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(unhandled).to.deep.equal([]);
    shown.stop();

    env.scenario('default');
    parent.append(el);
    await settle(el);
    expect($$(el, '[part="list"] li')).to.have.length(8);
    expect(textOf(el)).to.contain('Borgen innbyggertorg');
    expect(torgFetches()).to.have.length(2);
    expect(unhandled).to.deep.equal([]);
  });

  it('leaves a request another element waits for running, and shows its answer when put back', async () => {
    const release = holdTorg();
    const container = await fixture<HTMLDivElement>(
      html`<div><test-torg-element></test-torg-element><test-torg-element></test-torg-element></div>`,
    );
    const [gone, staying] = [...container.querySelectorAll('test-torg-element')] as TestTorgElement[];
    await waitFor(() => torgFetches().length === 1, 'one request for both elements');
    await Promise.all([gone!.updateComplete, staying!.updateComplete]);
    const shown = watch(gone!);

    gone!.remove();
    await idle();
    expect(torgFetches()[0]!.signal?.aborted, 'the shared request goes on').to.equal(false);

    release();
    await settle(staying!);
    expect($$(staying!, '[part="list"] li')).to.have.length(8);
    await idle();
    expect(shown.mutations(), 'the detached element did not change').to.equal(0);
    expect(gone!.isUpdatePending).to.equal(false);
    shown.stop();

    container.append(gone!);
    await settle(gone!);
    expect($$(gone!, '[part="list"] li')).to.have.length(8);
    // The answer was fresh in the shared cache: no second request.
    expect(torgFetches()).to.have.length(1);
    expect(unhandled).to.deep.equal([]);
  });

  it('keeps its request when it is moved (taken out and put back at once)', async () => {
    const release = holdTorg();
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <test-torg-element></test-torg-element>
        <p>after</p>
      </div>`,
    );
    const el = container.querySelector('test-torg-element')!;
    await waitFor(() => torgFetches().length === 1, 'the element asked for /torg');

    container.append(el);
    await idle();
    expect(torgFetches()[0]!.signal?.aborted).to.equal(false);

    release();
    await settle(el);
    expect($$(el, '[part="list"] li')).to.have.length(8);
    expect(torgFetches()).to.have.length(1);
    expect(unhandled).to.deep.equal([]);
  });

  it('loads nothing while off the page, and loads its new inputs when put back', async () => {
    const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
    const parent = el.parentElement!;
    const before = torgFetches().length;
    el.remove();
    clearHttpCache();
    // A new input (the same base, spelled out): it would load again.
    el.setAttribute('api-base', MOCK_API_BASE);
    await el.updateComplete;
    await idle();
    expect(torgFetches(), 'no request while off the page').to.have.length(before);

    parent.append(el);
    await settle(el);
    expect(torgFetches()).to.have.length(before + 1);
    expect($$(el, '[part="list"] li')).to.have.length(8);
  });
});
