import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { elementHtml, snippet, widgetsOf, type Manifest } from '../../src/embed-builder/model.js';

const manifest: Manifest = {
  modules: [
    {
      declarations: [
        {
          customElement: true,
          tagName: 'torg-opening-hours',
          summary: 'Open now or closed.',
          attributes: [
            {
              name: 'torg',
              type: { text: 'string' },
              default: "''",
              description: 'The torg id; required unless data is set.',
            },
            { name: 'view', type: { text: "'today' | 'week'" }, default: "'week'", description: 'The view.' },
            { name: 'structured-data', type: { text: 'boolean' }, default: 'false' },
            { name: 'heading-level', type: { text: 'number' }, default: '2' },
            { name: 'theme', type: { text: "'light' | 'dark' | 'auto' | undefined" } },
            { name: 'lang', type: { text: 'string' }, default: "''" },
            { name: 'api-base', type: { text: 'string | undefined' } },
            { name: 'texts', type: { text: 'ElementTexts | undefined' } },
            { name: 'tiles', type: { text: 'string' } },
          ],
        },
        { customElement: false, tagName: 'not-an-element' },
      ],
    },
    {
      declarations: [
        { customElement: true, tagName: 'torg-opening-hours' },
        { customElement: true, tagName: 'torg-new', summary: 'New.' },
      ],
    },
  ],
};

describe('the embed builder model (embed-builder/model.ts)', () => {
  it('offers each element of the manifest once, with a control for each attribute but texts, api-base and at', () => {
    const widgets = widgetsOf(manifest);
    expect(widgets.map((w) => w.tag)).to.deep.equal(['torg-opening-hours', 'torg-new']);
    const options = Object.fromEntries(widgets[0]!.options.map((o) => [o.name, o]));
    expect(Object.keys(options)).to.deep.equal([
      'torg',
      'view',
      'structured-data',
      'heading-level',
      'theme',
      'lang',
      'tiles',
    ]);
    expect(options.torg).to.include({ kind: 'torg', required: true });
    expect(options.view).to.deep.include({ kind: 'choice', choices: ['today', 'week'], defaultValue: 'week' });
    expect(options.theme).to.deep.include({
      kind: 'choice',
      choices: ['light', 'dark', 'auto'],
      defaultValue: undefined,
    });
    expect(options['structured-data']!.kind).to.equal('boolean');
    expect(options['heading-level']).to.include({ kind: 'number', defaultValue: '2' });
    expect(options.lang).to.deep.include({ kind: 'lang', choices: ['nb', 'nn', 'en'] });
    expect(options.tiles!.kind).to.equal('text');
  });

  it("adds the attributes of the element's superclass chain that it does not list itself, after its own", () => {
    const widgets = widgetsOf({
      modules: [
        {
          declarations: [
            {
              name: 'Base',
              superclass: { name: 'Root' },
              attributes: [
                { name: 'lang', type: { text: 'string' }, default: "''" },
                { name: 'view', type: { text: "'list' | 'grid'" }, default: "'list'" },
                { name: 'texts', type: { text: 'ElementTexts | undefined' } },
              ],
            },
            { name: 'Root', superclass: { name: 'Base' }, attributes: [{ name: 'theme', type: { text: 'string' } }] },
          ],
        },
        {
          declarations: [
            {
              customElement: true,
              tagName: 'torg-x',
              superclass: { name: 'Base' },
              attributes: [{ name: 'view', type: { text: "'today' | 'week'" }, default: "'week'" }],
            },
            { customElement: true, tagName: 'torg-y', superclass: { name: 'LitElement' } },
          ],
        },
      ],
    });
    expect(widgets.map((w) => w.tag)).to.deep.equal(['torg-x', 'torg-y']);
    // Its own `view` wins over the base's; a cycle in the chain ends; a superclass not in the manifest adds nothing.
    expect(widgets[0]!.options.map((o) => [o.name, o.defaultValue])).to.deep.equal([
      ['view', 'week'],
      ['lang', undefined],
      ['theme', undefined],
    ]);
    expect(widgets[1]!.options).to.deep.equal([]);
  });

  it('writes only what differs from the defaults, and the API base when asked', () => {
    const [widget] = widgetsOf(manifest);
    expect(
      elementHtml(widget!, { torg: 'borgen', view: 'week', 'heading-level': '2', 'structured-data': false }),
    ).to.equal('<torg-opening-hours torg="borgen"></torg-opening-hours>');
    expect(
      elementHtml(widget!, { torg: 'borgen', view: 'today', 'structured-data': true }, 'https://x.no/v1'),
    ).to.equal(
      '<torg-opening-hours torg="borgen" view="today" structured-data api-base="https://x.no/v1"></torg-opening-hours>',
    );
  });

  it('escapes every value, so the snippet is always one element with these attributes (property)', () => {
    const [widget] = widgetsOf(manifest);
    fc.assert(
      fc.property(fc.string(), fc.string(), (torg, tiles) => {
        const text = elementHtml(widget!, { torg, tiles });
        const parsed = new DOMParser().parseFromString(text, 'text/html').body;
        expect(parsed.children.length).to.equal(1);
        const element = parsed.firstElementChild!;
        expect(element.localName).to.equal('torg-opening-hours');
        expect(element.childNodes.length).to.equal(0);
        if (torg) expect(element.getAttribute('torg')).to.equal(torg.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
      { numRuns: 200 },
    );
  });

  it("puts the stylesheet first, then the element's own CDN script, else the all-in-one file's", () => {
    const tags = {
      'torg-widgets.js': '<script src="all"></script>',
      'torg-events.js': '<script src="events"></script>',
      'torg-widgets.css': '<link href="css">',
    };
    expect(snippet(tags, '<torg-events></torg-events>', 'torg-events')).to.equal(
      '<link href="css">\n<script src="events"></script>\n\n<torg-events></torg-events>',
    );
    expect(snippet(tags, '<torg-new></torg-new>', 'torg-new')).to.equal(
      '<link href="css">\n<script src="all"></script>\n\n<torg-new></torg-new>',
    );
    expect(snippet({ 'torg-widgets.js': '<script src="all"></script>' }, '<torg-x></torg-x>', 'torg-x')).to.equal(
      '<script src="all"></script>\n\n<torg-x></torg-x>',
    );
    expect(snippet({}, '<torg-new></torg-new>', 'torg-new')).to.equal('<torg-new></torg-new>');
  });
});
