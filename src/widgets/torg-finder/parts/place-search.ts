/**
 * The place search of `<torg-finder>` ("Adresse, sted eller postnummer"):
 * the behaviour of its combobox, loaded the first time the field is
 * focused or touched (the field itself is drawn by `nearest.ts`, so it is
 * there at once and keeps focus and what was typed when this arrives).
 *
 * The ARIA 1.2 combobox pattern with a listbox popup, list autocomplete and
 * manual selection:
 *
 * - typing asks `GET /places` once the typing pauses (`PLACE_SEARCH`); a
 *   request still running is aborted when a newer text supersedes it, and
 *   an answer that comes late is never shown;
 * - the number of suggestions (or that there are none) is read out in the
 *   widget's live region;
 * - Down / Up open the list and move through it (wrapping); Enter chooses
 *   the active suggestion (the first when none is active yet); Escape
 *   closes the list, and a second Escape empties the field; a click chooses
 *   too. Focus stays in the field throughout (`aria-activedescendant`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isAbortError } from '../../../contract/errors.js';
import type { Place } from '../../../contract/schemas.js';
import { searchPlaces } from '../../../core/api.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import { PLACE_SEARCH, moveActive, placeQuery, uniquePlaces, type ActiveMove } from '../../../domain/places.js';
import type { FinderMessages } from '../messages/index.js';

const KEYS: Record<string, ActiveMove> = { ArrowDown: 'next', ArrowUp: 'previous' };

/** The list of suggestions (the field and its label are the view's). */
export const styles = css`
  .suggestions {
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    list-style: none;
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_space-3);
    min-height: max(2.75em, 24px);
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_color-border-subtle);
    cursor: pointer;
  }
  .suggestion:last-child {
    border-block-end: 0;
  }
  .suggestion:hover,
  .suggestion[aria-selected='true'] {
    background: var(--_color-info-bg);
  }
  .suggestion[aria-selected='true'] {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: -3px;
  }
  .suggestion-name {
    font-weight: 600;
  }
  .suggestion-kind {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
`;

export class PlaceSearch {
  /** What is in the field. */
  text = '';
  /** The suggestions for the last query answered. */
  #suggestions: Place[] = [];
  /** The active suggestion (-1: none). */
  #active = -1;
  #open = false;
  /** What the last answer said: suggestions (`shown`), none for `noneFor`, or a failure. */
  #outcome: 'shown' | 'none' | 'error' = 'shown';
  #noneFor = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  readonly #host: WidgetHost;
  readonly #texts: () => FinderMessages;
  readonly #choose: (place: Place) => void;

  /** `choose`: called with the place the person chose. */
  constructor(host: WidgetHost, texts: () => FinderMessages, choose: (place: Place) => void) {
    this.#host = host;
    this.#texts = texts;
    this.#choose = choose;
  }

  /** Whether the list of suggestions is shown (`aria-expanded`). */
  get expanded(): boolean {
    return this.#open && this.#suggestions.length > 0;
  }

  /** The id of the active suggestion (`aria-activedescendant`). */
  get activeId(): string | undefined {
    return this.expanded && this.#active >= 0 ? optionId(this.#active) : undefined;
  }

  /** The field's text changed: ask again once the typing pauses. */
  input(text: string): void {
    this.text = text;
    this.#active = -1;
    this.cancel();
    const query = placeQuery(text);
    if (query === undefined) {
      this.#suggestions = [];
      this.#open = false;
      this.#outcome = 'shown';
    } else {
      this.#timer = setTimeout(() => void this.#search(query), PLACE_SEARCH.debounceMs);
    }
    this.#host.requestUpdate();
  }

  /** Empties the field and forgets the suggestions (the origin is the caller's). */
  clear(): void {
    this.cancel();
    this.text = '';
    this.#suggestions = [];
    this.#open = false;
    this.#active = -1;
    this.#outcome = 'shown';
    this.#host.requestUpdate();
  }

  /** Stops the pending and the running request (the element left the page, or a newer text came). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  /** Focus left the field: the list closes. */
  blur(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#active = -1;
    this.#host.requestUpdate();
  }

  keydown(event: KeyboardEvent): void {
    const count = this.#suggestions.length;
    const move = KEYS[event.key];
    if (move && count > 0) {
      event.preventDefault();
      // Alt+Down opens the list without choosing a suggestion.
      if (!(event.altKey && move === 'next')) this.#active = moveActive(this.#open ? this.#active : -1, count, move);
      this.#open = true;
      this.#host.requestUpdate();
    } else if (event.key === 'Enter') {
      // Never the finder's own form: Enter belongs to the place search here.
      event.preventDefault();
      if (this.expanded) {
        this.#pick(Math.max(0, this.#active));
      } else if (this.#timer !== undefined) {
        // Typed and Enter at once: ask now instead of after the pause.
        const query = placeQuery(this.text);
        this.cancel();
        if (query !== undefined) void this.#search(query);
      }
    } else if (event.key === 'Escape' && (this.expanded || this.text)) {
      event.preventDefault();
      if (this.expanded) {
        this.#open = false;
        this.#active = -1;
        this.#host.requestUpdate();
      } else {
        this.clear();
      }
    }
  }

  async #search(query: string): Promise<void> {
    this.#timer = undefined;
    const controller = new AbortController();
    this.#controller = controller;
    const m = this.#texts();
    try {
      const { items } = await searchPlaces(this.#host.api(controller.signal), query, PLACE_SEARCH.limit);
      if (controller.signal.aborted) return;
      this.#suggestions = uniquePlaces(items);
      this.#active = -1;
      this.#open = this.#suggestions.length > 0;
      this.#outcome = this.#open ? 'shown' : 'none';
      this.#noneFor = query;
      this.#host.announce(this.#open ? m.placeCount(this.#suggestions.length) : m.placeNone(query));
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.#suggestions = [];
      this.#open = false;
      this.#outcome = 'error';
      this.#host.announce(m.placeError);
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
      this.#host.requestUpdate();
    }
  }

  #pick(index: number): void {
    const place = this.#suggestions[index];
    if (!place) return;
    this.text = place.name;
    this.#open = false;
    this.#active = -1;
    this.#choose(place);
    this.#host.requestUpdate();
  }

  // --- rendering -------------------------------------------------------------------

  /** The suggestions, as the options of the listbox `nearest.ts` draws. */
  renderOptions(m: FinderMessages): unknown {
    if (!this.expanded) return nothing;
    return this.#suggestions.map(
      (place, i) =>
        // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the keyboard stays in the combobox (aria-activedescendant)
        html`<li
          id=${optionId(i)}
          role="option"
          class="suggestion"
          aria-selected=${i === this.#active ? 'true' : 'false'}
          @pointerdown=${keepFocus}
          @click=${() => this.#pick(i)}
        >
          <span class="suggestion-name">${place.name}</span>
          <span class="suggestion-kind"
            >${m.placeKinds[place.kind]}${place.municipality ? `, ${place.municipality}` : ''}</span
          >
        </li>`,
    );
  }

  /** What the last answer said when there was nothing to suggest. */
  renderStatus(m: FinderMessages): TemplateResult | typeof nothing {
    if (this.#open || placeQuery(this.text) === undefined) return nothing;
    if (this.#outcome === 'none') return html`<p class="hint place-status">${m.placeNone(this.#noneFor)}</p>`;
    if (this.#outcome === 'error') return html`<p class="notice warning place-status">${m.placeError}</p>`;
    return nothing;
  }
}

const optionId = (index: number): string => `place-option-${index}`;

/** A press on a suggestion leaves focus in the field (the click then chooses it). */
function keepFocus(event: Event): void {
  event.preventDefault();
}
