/**
 * What the strict-CSP page renders: the test element and every widget, with
 * data (the page has no mock API), in each of its main views.
 */
import { committeeFixtures } from '../../mocks/fixtures/committees.js';
import { eventFixtures } from '../../mocks/fixtures/events.js';
import { asFunds, fundsFixtures } from '../../mocks/fixtures/funds.js';
import { meetingFixtures } from '../../mocks/fixtures/meetings.js';
import { resourceFixtures } from '../../mocks/fixtures/resources.js';
import { torgFixtures } from '../../mocks/fixtures/torg.js';
import { osloDate } from '../../src/domain/oslo-time.js';

export interface CspSample {
  tag: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
  /** Text the sample must show once rendered. */
  shows: string;
}

export function cspSamples(): CspSample[] {
  const today = osloDate(Date.now());
  const borgen = torgFixtures.find((t) => t.id === 'borgen')!;
  return [
    { tag: 'test-torg-element', properties: { data: torgFixtures }, shows: 'Borgen innbyggertorg' },
    { tag: 'torg-finder', properties: { data: torgFixtures }, shows: 'Tofte innbyggertorg' },
    // With its map: positions set through the CSSOM, tiles from the page's own origin (`img-src 'self'`; this
    // page is no image, so each tile fails quietly and leaves the map's background).
    {
      tag: 'torg-finder',
      attributes: {
        map: '',
        tiles: `${location.origin}/test/csp/csp-page.html?tile={z}/{x}/{y}`,
        'tiles-attribution': 'Kart under streng CSP',
      },
      properties: { data: torgFixtures },
      shows: 'Kart under streng CSP',
    },
    { tag: 'torg-opening-hours', attributes: { torg: 'borgen' }, properties: { data: borgen }, shows: 'Borgen' },
    { tag: 'torg-events', properties: { data: eventFixtures(today) }, shows: 'Språkkafé' },
    {
      tag: 'torg-events',
      attributes: { view: 'month' },
      properties: { data: eventFixtures(today) },
      shows: 'Språkkafé',
    },
    { tag: 'torg-committee', properties: { data: committeeFixtures[0] }, shows: 'Ingrid Haugland' },
    {
      tag: 'torg-agenda',
      attributes: { committee: 'tofte-lsu' },
      properties: { data: meetingFixtures(today).filter((m) => m.committeeId === 'tofte-lsu') },
      shows: 'Møte i lokalsamfunnsutvalget',
    },
    { tag: 'torg-stedskompass', attributes: { area: 'tofte' }, shows: 'Gå og sykle' },
    {
      tag: 'torg-stedskompass',
      attributes: { area: 'tofte', results: '' },
      properties: {
        data: {
          area: 'tofte',
          responses: 12,
          themes: [
            { theme: 'moving-around', mean: 3.5, n: 12 },
            { theme: 'feeling-safe', mean: 5.25, n: 11 },
          ],
        },
      },
      shows: 'Trygghet',
    },
    {
      tag: 'torg-booking',
      attributes: { torg: 'borgen' },
      properties: { data: { resources: resourceFixtures.filter((r) => r.torgId === 'borgen') } },
      shows: 'Møterom Fjorden',
    },
    {
      tag: 'torg-tilskudd',
      attributes: { committee: 'tofte-lsu' },
      properties: { data: asFunds(fundsFixtures(today).find((f) => f.id === `tofte-lsu:${today.slice(0, 4)}`)!) },
      shows: 'Tofte ungdomsklubb',
    },
    {
      tag: 'torg-innspill',
      attributes: { committee: 'tofte-lsu' },
      properties: { data: committeeFixtures[0] },
      shows: 'Send et innspill til Lokalsamfunnsutvalget på Tofte',
    },
  ];
}
