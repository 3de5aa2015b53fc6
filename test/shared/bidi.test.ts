import { expect, fixture, html } from '@open-wc/testing';
import { bdi, isolate, isolated } from '../../src/shared/bidi.js';

/** The template rendered into a paragraph: its markup, without Lit's comment markers. */
async function markup(content: unknown): Promise<string> {
  const p = await fixture(html`<p>${content}</p>`);
  return p.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('shared/bidi', () => {
  it('bdi() wraps API text in <bdi>, and is nothing for no text', async () => {
    expect(await markup(bdi('Kari Nordmann'))).to.equal('<bdi>Kari Nordmann</bdi>');
    expect(await markup(bdi(''))).to.equal('');
    expect(await markup(bdi(undefined))).to.equal('');
  });

  it('isolated() isolates each value where the message put it, the message’s own words as they are', async () => {
    expect(await markup(isolated('Åpningstider for Borgen innbyggertorg', 'Borgen innbyggertorg'))).to.equal(
      'Åpningstider for <bdi>Borgen innbyggertorg</bdi>',
    );
    expect(await markup(isolated('Ingen torg tilbyr Kultur eller Byggesak.', 'Kultur', 'Byggesak'))).to.equal(
      'Ingen torg tilbyr <bdi>Kultur</bdi> eller <bdi>Byggesak</bdi>.',
    );
    // A value inside another stays inside the other's <bdi>.
    expect(await markup(isolated('Borg og Borgen', 'Borg', 'Borgen'))).to.equal('<bdi>Borg</bdi> og <bdi>Borgen</bdi>');
  });

  it('isolated() leaves a message as it is when a value is not in it (the message changed or looked it up)', () => {
    expect(isolated('For barn', 'Barn')).to.equal('For barn');
    expect(isolated('Ungdom under 26 år', undefined, '')).to.equal('Ungdom under 26 år');
  });

  it('isolate() puts FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE around text for a plain string', () => {
    expect(isolate('Holmen')).to.equal('\u2068Holmen\u2069');
    expect(isolate('')).to.equal('');
  });

  it('a right-to-left override in isolated text does not reverse the words after it', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p style="font: 16px monospace">${bdi('Kari\u202E')} <span>Leder</span></p>`,
    );
    const word = p.querySelector('span')!.firstChild!;
    const at = (i: number): number => {
      const range = document.createRange();
      range.setStart(word, i);
      range.setEnd(word, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(at(0)).to.be.lessThan(at(4));
  });
});
