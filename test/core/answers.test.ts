import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { answersJson, readAnswers, requestOf } from '../../src/core/answers.js';
import { apiUrl } from '../../src/core/api.js';

/** An element with a data block of this text, as a server writes it inside the element. */
function withBlock(text: string): HTMLElement {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.torgAnswers = '';
  script.textContent = text;
  element.append(script);
  return element;
}

describe('answers that come with server-rendered HTML (core/answers.ts)', () => {
  it('names a request by its path and query below the API base, whatever the base', () => {
    const query = { from: '2026-12-03', to: '2027-01-02', torg: 'sætre & co' };
    const a = requestOf(
      'https://api.example.no/innbyggertorg/v1/',
      apiUrl('https://api.example.no/innbyggertorg/v1', '/events', query),
    );
    const b = requestOf('http://10.0.0.7:8080/v1', apiUrl('http://10.0.0.7:8080/v1', '/events', query));
    expect(a).to.equal(b);
    expect(a).to.equal('/events?from=2026-12-03&to=2027-01-02&torg=s%C3%A6tre+%26+co');
    expect(requestOf('https://x.no/v1', apiUrl('https://x.no/v1', '/torg/borgen'))).to.equal('/torg/borgen');
  });

  it('reads back what was written, for any answer, and no answer can close the block (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), (answers, at) => {
        const json = answersJson(new Map(Object.entries(answers)), at);
        expect(json).not.to.match(/</);
        const html = `<div><script type="application/json" data-torg-answers>${json}</script></div>`;
        const element = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
        const read = readAnswers(element);
        expect(read?.at).to.equal(at);
        for (const [request, value] of Object.entries(answers)) {
          expect(JSON.stringify(read?.book.read(request))).to.equal(JSON.stringify(value));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing for an unknown request or an inherited name', () => {
    const read = readAnswers(withBlock(answersJson(new Map([['/torg', { items: [] }]]), 5)));
    expect(read?.book.read('/torg')).to.deep.equal({ items: [] });
    expect(read?.book.read('/committees')).to.equal(undefined);
    expect(read?.book.read('constructor')).to.equal(undefined);
    expect(read?.book.read('__proto__')).to.equal(undefined);
  });

  it('ignores a block that is not such JSON, and blocks of other elements', () => {
    for (const text of ['', '{', 'null', '[]', '{"answers":[1]}', '{"answers":"x"}']) {
      expect(readAnswers(withBlock(text)), text).to.equal(undefined);
    }
    const outer = document.createElement('div');
    outer.append(withBlock(answersJson(new Map([['/torg', 1]]), 1)));
    expect(readAnswers(outer)).to.equal(undefined);
  });
});
