/**
 * A widget set up wrong, as a citizen and a web editor see it: plain words
 * ("Innholdet kan ikke vises akkurat nå."), the technical reason folded away
 * under "Teknisk informasjon", no retry (trying again cannot help).
 */
import { expect } from '@open-wc/testing';
import { $, textOf } from './dom.js';

export function expectConfigError(el: Element, reason: string, plain = 'Innholdet kan ikke vises akkurat nå.'): void {
  const error = $(el, '[part="error"]');
  expect(error, 'the error state').to.exist;
  expect(textOf($(el, '[part="error"] > p'))).to.equal(plain);
  const details = $<HTMLDetailsElement>(el, '[part="details"]')!;
  expect(details.open, 'the technical reason is folded away').to.equal(false);
  expect(textOf(details.querySelector('summary'))).to.match(/^(Teknisk informasjon|Technical details)$/);
  expect(textOf(details.querySelector('p'))).to.equal(reason);
  expect($(el, '[part="retry"]'), 'no retry').to.equal(null);
}
