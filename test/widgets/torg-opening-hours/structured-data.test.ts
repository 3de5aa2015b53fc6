import { expect, html } from '@open-wc/testing';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import type { Torg } from '../../../src/contract/schemas.js';
import '../../../src/widgets/torg-opening-hours/define.js';
import { openingHoursSpecification, structuredData } from '../../../src/widgets/torg-opening-hours/structured-data.js';
import type { TorgOpeningHours } from '../../../src/widgets/torg-opening-hours/torg-opening-hours.js';
import { useTestEnv, waitFor } from '../../helpers/env.js';

interface Spec {
  dayOfWeek?: string[];
  opens: string;
  closes: string;
  validFrom?: string;
  validThrough?: string;
}

const jsonLd = (el: Element): HTMLScriptElement | null =>
  el.querySelector(':scope > script[type="application/ld+json"]');
const torg = (id: string): Torg => structuredClone(torgFixtures.find((t) => t.id === id)!);

describe('<torg-opening-hours structured-data>', () => {
  const env = useTestEnv({ now: '2026-12-21T10:00:00+01:00' });

  it('writes schema.org JSON-LD with the weekly hours into the light DOM', async () => {
    const el = await env.render<TorgOpeningHours>(
      html`<torg-opening-hours torg="borgen" structured-data></torg-opening-hours>`,
    );
    await waitFor(() => jsonLd(el), 'the JSON-LD');
    const data = JSON.parse(jsonLd(el)!.textContent!) as Record<string, unknown>;
    expect(data).to.include({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOffice',
      name: 'Borgen innbyggertorg',
    });
    expect(data.address).to.deep.include({
      streetAddress: 'Søndre Borgen 11',
      postalCode: '1388',
      addressCountry: 'NO',
    });
    const specs = data.openingHoursSpecification as Spec[];
    expect(specs[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: [
        'https://schema.org/Monday',
        'https://schema.org/Tuesday',
        'https://schema.org/Wednesday',
        'https://schema.org/Thursday',
        'https://schema.org/Friday',
      ],
      opens: '09:00',
      closes: '15:00',
    });
    // The exceptions and closed holidays of the coming year, with the schema.org "closed" convention.
    expect(specs).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      opens: '09:00',
      closes: '13:00',
      validFrom: '2026-12-23',
      validThrough: '2026-12-23',
    });
    expect(specs).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: '2026-12-24',
      validThrough: '2026-12-24',
    });
    expect(specs).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: '2027-03-25',
      validThrough: '2027-03-25',
    });
    // Nothing of it is visible or inside the shadow root.
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('is not written without the attribute, and is removed when the attribute goes', async () => {
    const plain = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="borgen"></torg-opening-hours>`);
    expect(jsonLd(plain)).to.equal(null);
    const el = await env.render<TorgOpeningHours>(
      html`<torg-opening-hours torg="borgen" structured-data></torg-opening-hours>`,
    );
    await waitFor(() => jsonLd(el), 'the JSON-LD');
    el.structuredData = false;
    await waitFor(() => !jsonLd(el), 'the JSON-LD to be removed');
  });

  it('describes a service, with seasons and their closed days', () => {
    const tofte = torg('tofte');
    const data = structuredData(
      {
        torg: tofte,
        service: tofte.services[0],
        hours: tofte.openingHours,
        place: 'Innbyggerservice – Tofte innbyggertorg',
      },
      '2027-06-01',
    );
    expect(data.department).to.deep.equal({ '@type': 'GovernmentOffice', name: 'Innbyggerservice' });
    const specs = data.openingHoursSpecification as Spec[];
    expect(specs).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['https://schema.org/Friday'],
      opens: '13:00',
      closes: '16:00',
    });
    const closedSummer = specs.find((s) => s.validFrom === '2027-07-05' && s.opens === '00:00');
    expect(closedSummer?.dayOfWeek).to.have.length(7);
    expect(closedSummer?.validThrough).to.equal('2027-07-25');
  });

  it('writes 24:00 as 23:59 and keeps a closing after midnight', () => {
    const specs = openingHoursSpecification(
      {
        timeZone: 'Europe/Oslo',
        weekly: [
          { day: 'mo', opens: '07:00', closes: '24:00' },
          { day: 'fr', opens: '19:00', closes: '01:00' },
        ],
        publicHolidays: 'regular',
      },
      '2027-01-04',
    );
    expect(specs.map((s) => `${s.opens}-${s.closes}`)).to.deep.equal(['07:00-23:59', '19:00-01:00']);
  });

  it('cannot close its script element: "<" is escaped', async () => {
    const hostile = torg('borgen');
    hostile.name = '</script><img src=x onerror="window.__pwned=1">';
    const el = await env.render<TorgOpeningHours>(
      html`<torg-opening-hours .data=${hostile} structured-data></torg-opening-hours>`,
    );
    await waitFor(() => jsonLd(el), 'the JSON-LD');
    const text = jsonLd(el)!.textContent!;
    expect(text).to.not.contain('<');
    expect((JSON.parse(text) as { name: string }).name).to.equal(hostile.name);
    // Saved and parsed again as HTML (as a CMS would), the element is still one script with all of the data.
    const reparsed = new DOMParser().parseFromString(el.outerHTML, 'text/html');
    expect(reparsed.querySelectorAll('img')).to.have.length(0);
    expect(JSON.parse(reparsed.querySelector('script')!.textContent!)).to.have.property('openingHoursSpecification');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
