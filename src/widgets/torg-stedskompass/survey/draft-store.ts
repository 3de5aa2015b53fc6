/**
 * The survey's draft in `localStorage`, one per area, and the draft after
 * each input of the form. Part of the lazily loaded survey: the draft
 * matters only once the form is there.
 */
import {
  answeredCount,
  draftKey,
  isAgeGroup,
  isBlank,
  isTheme,
  parseDraft,
  serializeDraft,
  withTheme,
  type Draft,
  type TextField,
} from '../../../domain/stedskompass.js';
import { THEMES, type ThemeId } from '../../../contract/ids.js';

export { THEMES, answeredCount, isBlank };

/** The stored draft of an area (an empty one when there is none, or storage is blocked). */
export function readDraft(area: string): Draft {
  try {
    return parseDraft(localStorage.getItem(draftKey(area)));
  } catch {
    // Storage blocked (privacy settings): the survey still works, without a draft.
    return { answers: {} };
  }
}

/** Stores the draft; an empty one (with no submission in flight) removes the entry. */
export function storeDraft(area: string, draft: Draft): void {
  try {
    if (isBlank(draft) && !draft.submission) localStorage.removeItem(draftKey(area));
    else localStorage.setItem(draftKey(area), serializeDraft(draft));
  } catch {
    // Full or blocked storage: the answers stay in the page.
  }
}

export interface DraftChange {
  draft: Draft;
  theme?: ThemeId;
  field: 'score' | TextField | 'ageGroup';
}

/**
 * The draft after an input of the form, named `score:<theme>`,
 * `good:<theme>`, `improve:<theme>` or `age`; `undefined` for anything else.
 */
export function applyInput(draft: Draft, name: string, value: string): DraftChange | undefined {
  const [kind, theme] = name.split(':');
  if (kind === 'age') {
    const { ageGroup: _old, ...rest } = draft;
    return { draft: isAgeGroup(value) ? { ...rest, ageGroup: value } : rest, field: 'ageGroup' };
  }
  if (!isTheme(theme) || (kind !== 'score' && kind !== 'good' && kind !== 'improve')) return undefined;
  const change = kind !== 'score' ? value : value === 'skip' ? 'skip' : Number(value);
  return { draft: withTheme(draft, theme, { [kind]: change }), theme, field: kind };
}
