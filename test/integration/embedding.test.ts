/**
 * The library as a web editor's page meets it: under a strict
 * Content-Security-Policy, loaded twice, and without any request, cookie or
 * tracking beyond the configured API.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers/env.js';

const TAGS = [
  'torg-finder',
  'torg-opening-hours',
  'torg-events',
  'torg-committee',
  'torg-agenda',
  'torg-stedskompass',
  'torg-booking',
  'torg-tilskudd',
  'torg-innspill',
];

interface PageResult {
  violations: string[];
  errors: string[];
  ready?: boolean;
  missing?: string[];
}

async function openFrame(
  src: string,
  key: '__csp' | '__bundle',
): Promise<{ frame: HTMLIFrameElement; win: Window & Record<string, unknown> }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.width = '1000px';
  frame.style.height = '2000px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & Record<string, unknown>;
  await waitFor(() => win[key] !== undefined, `${src} ran its probe`);
  return { frame, win };
}

describe('embedding', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  describe('under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', () => {
    it('the page really has the strict policy', async () => {
      const response = await fetch('/test/csp/csp-page.html');
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      expect(policy).to.contain("script-src 'self'");
      expect(policy).to.contain("style-src 'self'");
      expect(policy).not.to.contain('unsafe-inline');
      expect(policy).not.to.contain('unsafe-eval');
    });

    it('renders every element with its styles and without a violation', async () => {
      const { frame, win } = await openFrame('/test/csp/csp-page.html', '__csp');
      frames.push(frame);
      const result = win.__csp as PageResult;
      await waitFor(() => result.ready, 'the CSP page finished rendering', 600);
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      expect(result.missing).to.deep.equal([]);
      const el = frame.contentDocument!.querySelector('test-torg-element')!;
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.querySelectorAll('li').length).to.equal(8);
      // Styles applied (adopted style sheets are allowed by the policy): tokens and layout.
      expect(win.getComputedStyle(el).display).to.equal('block');
      // The widget's own surface (part="base") carries the text colour.
      expect(win.getComputedStyle(base).color).to.equal('rgb(31, 35, 40)');
    });
  });

  describe('the built bundle (dist/torg-widgets.js)', () => {
    it('loads twice, next to an element entry, without an error, and defines every element', async () => {
      const { frame, win } = await openFrame('/test/csp/bundle-twice.html', '__bundle');
      frames.push(frame);
      const result = win.__bundle as PageResult;
      await waitFor(() => TAGS.every((tag) => win.customElements.get(tag)), 'all elements defined', 300);
      expect(result.errors).to.deep.equal([]);
      expect(result.violations).to.deep.equal([]);
      const registry = (win as unknown as Record<symbol, { versions: Record<string, string> }>)[
        Symbol.for('torg-widgets.registry')
      ]!;
      expect(Object.keys(registry.versions).sort()).to.deep.equal([...TAGS].sort());
    });

    it('carries no analytics, cookies or beacons (the bundle and every chunk it loads)', async () => {
      // The entry and every file it imports, statically or on demand, followed to the end.
      const files = new Map<string, string>();
      const queue = [new URL('/dist/torg-widgets.js', location.href).href];
      for (let url = queue.shift(); url; url = queue.shift()) {
        if (files.has(url)) continue;
        const text = await (await fetch(url)).text();
        files.set(url, text);
        for (const [, specifier] of text.matchAll(/(?:from|import\(?)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
          queue.push(new URL(specifier!, url).href);
        }
      }
      expect(files.size, 'the bundle loads its chunks').to.be.greaterThan(10);
      const code = [...files.values()].join('\n');
      for (const forbidden of [
        'document.cookie',
        'sendBeacon',
        'google-analytics',
        'googletagmanager',
        'gtag(',
        'XMLHttpRequest',
      ]) {
        expect(code.includes(forbidden), forbidden).to.equal(false);
      }
      // No bare imports left: `import … from "lit"`, `import "x"`, `import("x")` (words like "from" in strings are fine).
      expect(code).not.to.match(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`][^./"'`]/);
      expect(code).not.to.match(/\bimport\(\s*["'`][^./"'`]/);
    });
  });
});
