/**
 * What the strict-CSP page renders: one instance of each element, with data
 * (the page has no mock API). Each widget adds its sample here.
 */
import { torgFixtures } from '../../mocks/fixtures/torg.js';

export interface CspSample {
  tag: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
}

export function cspSamples(): CspSample[] {
  return [{ tag: 'test-torg-element', properties: { data: torgFixtures } }];
}
