/**
 * The library's events: one helper dispatches them all the same way
 * (`CustomEvent`, bubbling, composed, so a page can listen on `document`),
 * and each detail is typed here and on `GlobalEventHandlersEventMap`.
 */

export interface TorgSelectDetail {
  torgId: string;
}

export interface CompositionRuleDetail {
  id: string;
  ok: boolean;
  required: number;
  actual: number;
  message: string;
}

export interface TorgCompositionDetail {
  ok: boolean;
  rules: CompositionRuleDetail[];
}

export interface TorgSubmitDetail {
  id: string;
}

export interface TorgBookedDetail {
  id: string;
  status: 'confirmed' | 'pending';
}

/** An application for a grant was received (`<torg-tilskudd>`). */
export interface TorgApplyDetail {
  id: string;
}

/** A citizen's proposal was received (`<torg-innspill>`). */
export interface TorgProposalDetail {
  id: string;
}

export interface TorgEventMap {
  'torg-select': TorgSelectDetail;
  'torg-composition': TorgCompositionDetail;
  'torg-submit': TorgSubmitDetail;
  'torg-booked': TorgBookedDetail;
  'torg-apply': TorgApplyDetail;
  'torg-proposal': TorgProposalDetail;
}

export type TorgEventName = keyof TorgEventMap;

/** Dispatches a typed `torg-*` event from `target`; returns `dispatchEvent`'s result. */
export function emit<K extends TorgEventName>(target: EventTarget, name: K, detail: TorgEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'torg-select': CustomEvent<TorgSelectDetail>;
    'torg-composition': CustomEvent<TorgCompositionDetail>;
    'torg-submit': CustomEvent<TorgSubmitDetail>;
    'torg-booked': CustomEvent<TorgBookedDetail>;
    'torg-apply': CustomEvent<TorgApplyDetail>;
    'torg-proposal': CustomEvent<TorgProposalDetail>;
  }
}
