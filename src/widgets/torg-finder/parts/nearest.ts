/**
 * "Nearest to me" in `<torg-finder>`: the button, the position (asked of the
 * browser only when pressed; that code is loaded then too), what went wrong
 * in plain words, and the way back to alphabetical order. It holds the
 * origin the list is sorted from; another way to set it (a place search)
 * belongs here too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderMessages } from '../messages/index.js';
import type * as Geolocation from './geolocation.js';
import type { GeoFailure } from './geolocation.js';

export class Nearest {
  /** Where the person is, once found: the list is sorted by distance from here. */
  origin: LatLon | undefined;

  private geo: 'idle' | 'locating' | GeoFailure = 'idle';
  private readonly host: WidgetHost;
  private readonly texts: () => FinderMessages;
  private readonly located: () => void;

  /** `located`: called when an origin was found (before the render that sorts by it). */
  constructor(host: WidgetHost, texts: () => FinderMessages, located: () => void) {
    this.host = host;
    this.texts = texts;
    this.located = located;
  }

  // --- handlers --------------------------------------------------------------------

  private readonly handleNearest = async (): Promise<void> => {
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    this.host.requestUpdate();
    let geolocation: typeof Geolocation | undefined;
    try {
      geolocation = await import('./geolocation.js');
      this.origin = await geolocation.locate();
      this.geo = 'idle';
      this.located();
    } catch (error) {
      // A position the device would not give, or the code that asks could not be loaded.
      const reason = geolocation && error instanceof geolocation.GeoError ? error.reason : 'unavailable';
      this.geo = reason;
      this.host.announce(this.texts().geo[reason]);
    }
    this.host.requestUpdate();
  };

  private readonly handleSortByName = (): void => {
    this.origin = undefined;
    this.host.requestUpdate();
    void this.host.focus('[part~="nearest"]');
  };

  // --- rendering -------------------------------------------------------------------

  render(m: FinderMessages): TemplateResult {
    const geo = this.geo;
    const locating = geo === 'locating';
    const failure = geo === 'idle' || geo === 'locating' ? undefined : geo;
    return html`<div class="nearest">
      <button
        type="button"
        class="button secondary"
        part="nearest"
        aria-describedby="geo-hint"
        aria-disabled=${locating ? 'true' : 'false'}
        @click=${this.handleNearest}
      >
        <span class=${locating ? 'spinner' : 'pin-icon'} aria-hidden="true"></span>
        ${locating ? m.locating : m.nearest}
      </button>
      ${
        this.origin
          ? html`<button type="button" class="button secondary" @click=${this.handleSortByName}>
              ${m.sortByName}
            </button>`
          : nothing
      }
      <p id="geo-hint" class="hint">${m.privacy}</p>
      ${failure ? html`<p class="notice warning geo-error" part="notice">${m.geo[failure]}</p>` : nothing}
    </div>`;
  }
}
