/**
 * `<torg-stedskompass>` inside `<iframe sandbox>` without `allow-forms` (as
 * pages embedding other people's content do): the browser refuses to submit
 * any form there, even a `method="dialog"` one. Sending and "start over"
 * must work without it. (`allow-same-origin` only lets the test reach into
 * the frame; it does not allow forms.)
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { MOCK_API_BASE } from '../../../mocks/handlers.js';
import { textOf, waitFor } from '../../helpers/env.js';

interface Call {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A sandboxed frame with the element, its network answered here (the frame is not the mock's client). */
async function sandboxed(): Promise<{ frame: HTMLIFrameElement; el: LitElement; calls: Call[] }> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-scripts', 'allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="nb"><body>
    <torg-stedskompass area="tofte" api-base="${MOCK_API_BASE}"></torg-stedskompass>
    <script type="module" src="/src/widgets/torg-stedskompass/define.ts"></script>
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const calls: Call[] = [];
  win.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: new win.Headers(init.headers),
      body: String(init.body ?? ''),
    };
    calls.push(call);
    const json = (value: unknown, status = 200): Response =>
      new win.Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
    return call.method === 'POST'
      ? json({ id: 'svar-sandbox' }, 201)
      : json({ area: 'tofte', responses: 3, themes: [{ theme: 'feeling-safe', mean: 4, n: 3 }] });
  };
  const doc = frame.contentDocument!;
  await waitFor(() => win.customElements.get('torg-stedskompass'), 'the element defined in the frame', 600);
  const el = doc.querySelector<LitElement>('torg-stedskompass')!;
  await waitFor(() => el.shadowRoot?.querySelector('form'), 'the survey in the frame', 600);
  return { frame, el, calls };
}

const find = <E extends Element = HTMLElement>(el: LitElement, selector: string): E =>
  el.shadowRoot!.querySelector<E>(selector)!;

describe('<torg-stedskompass> in a sandboxed iframe (no allow-forms)', function () {
  // The frame loads the element and Lit anew (a realm of its own).
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    localStorage.clear();
  });

  it('sends the answers and fires torg-submit', async () => {
    const sandbox = await sandboxed();
    frame = sandbox.frame;
    const { el, calls } = sandbox;
    const submitted: string[] = [];
    el.addEventListener('torg-submit', (e) => submitted.push((e as CustomEvent<{ id: string }>).detail.id));
    find<HTMLInputElement>(el, 'input[name="score:feeling-safe"][value="5"]').click();
    await el.updateComplete;
    find<HTMLButtonElement>(el, '[part="submit"]').click();
    await waitFor(() => submitted.length === 1, 'the answers received', 600);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).to.equal(`${MOCK_API_BASE}/stedskompass/responses`);
    expect(post.headers.get('Idempotency-Key')).to.be.a('string').and.not.equal('');
    expect(JSON.parse(post.body)).to.deep.equal({ area: 'tofte', answers: [{ theme: 'feeling-safe', score: 5 }] });
    expect(submitted).to.deep.equal(['svar-sandbox']);
    await waitFor(() => el.shadowRoot!.querySelector('[part="table"]'), 'the results', 600);
    expect(textOf(find(el, '[part="thanks"]'))).to.contain('Takk for svarene!');
  });

  it('starts over when asked, and keeps the answers when not', async () => {
    localStorage.setItem(
      'torg-stedskompass:v1:tofte',
      JSON.stringify({ v: 1, answers: { 'moving-around': { score: 3 } } }),
    );
    const sandbox = await sandboxed();
    frame = sandbox.frame;
    const { el } = sandbox;
    const dialog = find<HTMLDialogElement>(el, 'dialog');
    const checked = (): boolean => find<HTMLInputElement>(el, 'input[name="score:moving-around"][value="3"]').checked;
    expect(checked()).to.equal(true);

    find<HTMLButtonElement>(el, '[part="start-over"]').click();
    expect(dialog.open).to.equal(true);
    find<HTMLButtonElement>(el, 'dialog button[value="no"]').click();
    await waitFor(() => !dialog.open, 'the dialog closed on "Avbryt"');
    await el.updateComplete;
    expect(checked()).to.equal(true);

    find<HTMLButtonElement>(el, '[part="start-over"]').click();
    find<HTMLButtonElement>(el, 'dialog button[value="yes"]').click();
    await waitFor(() => !dialog.open, 'the dialog closed on "Ja"');
    await waitFor(() => !checked(), 'the answers cleared');
    expect(localStorage.getItem('torg-stedskompass:v1:tofte')).to.equal(null);
  });
});
