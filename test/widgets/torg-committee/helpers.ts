/** Shared pieces of the `<torg-committee>` tests. */
import { committeeFixtures } from '../../../mocks/fixtures/committees.js';
import type { Committee, Member } from '../../../src/contract/schemas.js';
import type { TorgCompositionEventDetail } from '../../../src/widgets/torg-committee/define.js';
import { $, $$, textOf } from '../../helpers/env.js';

/** A fresh copy of an example committee. */
export function example(id: string): Committee {
  const committee = committeeFixtures.find((c) => c.id === id);
  if (!committee) throw new Error(`No example committee ${id}`);
  return structuredClone(committee);
}

let next = 0;
/** A regular member on the independent seat, unless told otherwise. */
export function member(overrides: Partial<Member> = {}): Member {
  next++;
  return { id: `x${next}`, name: `Person ${next}`, role: 'medlem', seat: 'uavhengig', ...overrides };
}

/** Collects `torg-composition` events that reach the document. */
export function collectCompositionEvents(): { events: CustomEvent<TorgCompositionEventDetail>[]; stop(): void } {
  const events: CustomEvent<TorgCompositionEventDetail>[] = [];
  const listener = (event: Event): void => {
    events.push(event as CustomEvent<TorgCompositionEventDetail>);
  };
  document.addEventListener('torg-composition', listener);
  return { events, stop: () => document.removeEventListener('torg-composition', listener) };
}

/** The rule's list item in the check. */
export function rule(el: Element, id: string): HTMLElement {
  const found = $(el, `[part~="rule"][data-rule="${id}"]`);
  if (!found) throw new Error(`No rule ${id} shown`);
  return found;
}

/** The text of each of a rule's paragraphs: name and state, message, and who does not count. */
export function ruleLines(el: Element, id: string): string[] {
  return [...rule(el, id).querySelectorAll('p')].map((p) => textOf(p));
}

/** The roster's group headings, in order. */
export function groupTitles(el: Element): string[] {
  return $$(el, '[part~="group"] h4').map((h) => textOf(h));
}

/** The names shown in a roster group (by its heading). */
export function namesIn(el: Element, title: string): string[] {
  const group = $$(el, '[part~="group"]').find((g) => textOf(g.querySelector('h4')) === title);
  if (!group) throw new Error(`No group ${title}`);
  return [...group.querySelectorAll('[part~="member"]')].map((m) => {
    if (m.matches('[part~="vacant"]')) return textOf(m);
    const name = m.querySelector('.name');
    const role = name?.querySelector('.role');
    return textOf(name)
      .replace(role ? textOf(role) : '', '')
      .trim();
  });
}
