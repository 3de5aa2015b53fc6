import { createCatalog } from '../../../core/i18n.js';
import type { CompositionResult, RuleResult } from '../../../domain/composition.js';
import nb from './nb.js';
import type { CommitteeMessages } from './types.js';

export type { CommitteeMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-committee': CommitteeMessages;
  }
}

/** The texts of `<torg-committee>`: bokmål built in, nynorsk and English on demand. */
export const committeeCatalog = createCatalog<CommitteeMessages>('torg-committee', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});

/** A rule's plain sentence ("Mangler 1 representant under 20 år (har 1, krever 2)"): shown, and sent with `torg-composition`. */
export function ruleMessage(rule: RuleResult, t: CommitteeMessages): string {
  if (rule.kind === 'seat') return t.seatMessage(rule);
  const unknown = rule.members.filter((m) => !m.gender).map((m) => m.name);
  return t.genderMessage(rule, unknown.join(', '));
}

/** The check in one line ("2 av 6 krav er ikke oppfylt"): shown, and read out when it changes. */
export function summaryText(result: CompositionResult, t: CommitteeMessages): string {
  return t.summary(result.rules.filter((r) => !r.ok).length, result.rules.length);
}
