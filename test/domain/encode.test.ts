import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { encodeSegment, wellFormed } from '../../src/domain/encode.js';
import { toJson } from '../../src/domain/to-json.js';
import { mailtoHref, safeHref, telHref } from '../../src/core/url.js';

/** Any UTF-16 code units: lone surrogates and control characters included. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const isWellFormed = (s: string): boolean => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

describe('well-formed text (core/encode.ts)', () => {
  it('replaces a lone surrogate (a string cut in the middle of an emoji) with U+FFFD', () => {
    const cut = 'Kafé 😀'.slice(0, -1);
    expect(() => encodeURIComponent(cut)).to.throw(URIError);
    expect(wellFormed(cut)).to.equal('Kafé \uFFFD');
    expect(wellFormed('\uDE00x\uD83D')).to.equal('\uFFFDx\uFFFD');
    expect(wellFormed('😀')).to.equal('😀');
  });

  it('removes control characters; keeps line breaks and tabs only when asked', () => {
    expect(wellFormed('a\u0000b\u0007c\r\nd\te\u007f\u0085f')).to.equal('abcdef');
    expect(wellFormed('a\u0000b\r\nc\td', { lines: true })).to.equal('ab\r\nc\td');
    expect(wellFormed('a\u0000\r\n\uD83D', { controls: true })).to.equal('a\u0000\r\n\uFFFD');
  });

  it('never throws, and what it gives is well-formed without controls (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = wellFormed(text);
        // eslint-disable-next-line no-control-regex
        return isWellFormed(out) && !/[\u0000-\u001f\u007f-\u009f]/.test(out) && encodeSegment(text).length >= 0;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps well-formed text without controls unchanged (property)', () => {
    const clean = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')); // eslint-disable-line no-control-regex
    fc.assert(fc.property(clean, (text) => wellFormed(text) === text));
  });

  it('turns anything that is not a string into text, never throwing', () => {
    expect(wellFormed(undefined)).to.equal('');
    expect(wellFormed(null)).to.equal('');
    expect(wellFormed(42)).to.equal('42');
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(wellFormed(hostile)).to.equal('');
  });

  it('writes JSON like JSON.stringify for plain data (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => toJson(value) === JSON.stringify(value)),
      { numRuns: 200 },
    );
  });

  it('writes arrays and objects as data even when a page patched toJSON (Prototype.js 1.6)', () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    const objectProto = Object.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function (this: unknown[]) {
      return `"patched ${this.length}"`;
    };
    objectProto.toJSON = () => 'patched object';
    try {
      const body = { area: 'tofte', answers: [{ theme: 'feeling-safe', score: 5, good: 'Trygt\nom kvelden' }] };
      expect(JSON.stringify(body)).not.to.contain('"answers":[');
      expect(JSON.parse(toJson(body))).to.deep.equal(body);
    } finally {
      delete proto.toJSON;
      delete objectProto.toJSON;
    }
  });

  it('makes strings in a body well-formed (line breaks kept)', () => {
    expect(JSON.parse(toJson({ text: 'a\uD83D\u0000\nb' }))).to.deep.equal({ text: 'a\uFFFD\nb' });
  });
});

describe('links from API data (core/url.ts)', () => {
  it('never throws on a lone surrogate or control characters', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const href = safeHref(`https://example.no/${text}`);
        return href === undefined || isWellFormed(href);
      }),
      { numRuns: 200 },
    );
    expect(safeHref('https://example.no/kaf\uD83D')).to.equal('https://example.no/kaf%EF%BF%BD');
  });

  it('links only http(s), mailto and tel', () => {
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' java\u0000script:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref('https://asker.kommune.no/x')).to.equal('https://asker.kommune.no/x');
  });

  it('builds mailto: only from one valid address: no ?bcc= or &subject= rides along', () => {
    expect(mailtoHref('lsu.tofte@example.no')).to.equal('mailto:lsu.tofte@example.no');
    expect(mailtoHref(' ola@sætre.no ')).to.equal('mailto:ola@sætre.no');
    for (const bad of [
      'lsu@example.no?bcc=all@example.no',
      'lsu@example.no&subject=x',
      'a@b@example.no',
      'lsu@example',
      'lsu example@example.no',
      'lsu@example.no#x',
      'lsu%3Fbcc@example.no',
      'javascript:alert(1)//@example.no',
      '',
      undefined,
    ]) {
      expect(mailtoHref(bad), String(bad)).to.equal(undefined);
    }
  });

  it('builds tel: only from a number', () => {
    expect(telHref('66 90 96 00')).to.equal('tel:66909600');
    expect(telHref('+47 66 90 96 00')).to.equal('tel:+4766909600');
    expect(telHref('66 90?x=1')).to.equal(undefined);
  });
});
