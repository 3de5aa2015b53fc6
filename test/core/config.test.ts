import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_API_BASE, mapLocale, resolveApiBase, resolveLocale } from '../../src/core/config.js';

describe('configuration', () => {
  describe('api-base', () => {
    afterEach(() => document.querySelectorAll('meta[name="torg:api-base"]').forEach((m) => m.remove()));

    it('takes the attribute first, without a trailing slash', () => {
      expect(resolveApiBase('https://api.example.no/v1/')).to.deep.equal({
        ok: true,
        base: 'https://api.example.no/v1',
        source: 'attribute',
      });
    });

    it('falls back to the meta tag, then to the documented default', () => {
      expect(resolveApiBase(null)).to.deep.equal({ ok: true, base: DEFAULT_API_BASE, source: 'default' });
      const meta = document.createElement('meta');
      meta.name = 'torg:api-base';
      meta.content = 'https://meta.example.no/api';
      document.head.append(meta);
      expect(resolveApiBase(undefined)).to.deep.equal({
        ok: true,
        base: 'https://meta.example.no/api',
        source: 'meta',
      });
      expect(resolveApiBase('  ')).to.include({ source: 'meta' });
    });

    it('resolves relative paths against the page', () => {
      const result = resolveApiBase('/api/torg');
      expect(result).to.deep.equal({ ok: true, base: `${location.origin}/api/torg`, source: 'attribute' });
    });

    it('refuses other schemes and bare words', () => {
      for (const value of ['javascript:alert(1)', 'ftp://x.no', 'api.example.no', 'data:text/plain,x']) {
        expect(resolveApiBase(value), value).to.deep.equal({ ok: false, value, source: 'attribute' });
      }
    });
  });

  describe('language', () => {
    it('maps tags to nb, nn or en', () => {
      const cases: [string | undefined, string][] = [
        ['nb', 'nb'],
        ['no', 'nb'],
        ['nb-NO', 'nb'],
        ['nn', 'nn'],
        ['nn-NO', 'nn'],
        ['en', 'en'],
        ['en-GB', 'en'],
        ['en_US', 'en'],
        ['se', 'nb'],
        ['de-DE', 'nb'],
        ['', 'nb'],
        [undefined, 'nb'],
      ];
      for (const [tag, locale] of cases) expect(mapLocale(tag), String(tag)).to.equal(locale);
    });

    it('takes the nearest ancestor lang', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
      expect(resolveLocale(outer.querySelector('span')!)).to.equal('en');
    });

    it('crosses shadow-root boundaries', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="nn"></div>`);
      const inner = document.createElement('p');
      host.attachShadow({ mode: 'open' }).append(inner);
      expect(resolveLocale(inner)).to.equal('nn');
    });

    it('falls back to the document language', async () => {
      const plain = await fixture<HTMLParagraphElement>(html`<p></p>`);
      expect(resolveLocale(plain)).to.equal(mapLocale(document.documentElement.lang));
    });
  });
});
