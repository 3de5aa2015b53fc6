/**
 * The results of `<torg-stedskompass>` — the compass chart (hand-written
 * SVG) and the table of the same numbers — a part of the view loaded on
 * demand (a chunk of its own, with its styles: the survey and the results
 * are seldom shown together).
 *
 * The chart is hidden from assistive technology: the table carries every
 * value it shows (theme, mean, number of answers, the person's own score).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatNumber } from '../../../core/format.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import { THEMES, type ThemeId } from '../../../contract/ids.js';
import type { StedskompassResults } from '../../../contract/schemas.js';
import {
  SCALE_MAX,
  labelAnchor,
  pointsAttr,
  polar,
  scoreRadius,
  seriesPoints,
  seriesShapes,
  wrapLabel,
  type Point,
} from '../../../domain/compass.js';
import { tableStyles } from '../../../shared/styles.js';
import { laterCatalog } from '../messages/later.js';
import { styles as ownStyles } from './results.styles.js';

export const styles = [tableStyles, ownStyles];
export const catalogs = [laterCatalog];

/** The person's own scores, by theme (after sending). */
export type OwnScores = Partial<Record<ThemeId, number>>;

/** The radius of ring 7, in SVG units. */
const R = 150;
const ORDER = THEMES.length;

type Series = readonly (number | undefined)[];

function markers(points: Point[], square: boolean): SVGTemplateResult[] {
  return points.map((p) =>
    square
      ? svg`<rect x=${p.x - 4.5} y=${p.y - 4.5} width="9" height="9" />`
      : svg`<circle cx=${p.x} cy=${p.y} r="5" />`,
  );
}

function series(values: Series, kind: 'mean' | 'own'): SVGTemplateResult {
  return svg`<g class=${kind}>
    ${seriesShapes(values, R).map(({ points, closed }) =>
      closed ? svg`<polygon points=${pointsAttr(points)} />` : svg`<polyline points=${pointsAttr(points)} />`,
    )}
    ${markers(seriesPoints(values, R), kind === 'own')}
  </g>`;
}

/**
 * The compass: rings 1–7 (low near the centre), 14 spokes with their labels
 * (the full names when there is room, else the theme numbers, named in a
 * key below the chart), the polygon of means and the person's own answers.
 */
function compass(labels: readonly string[], means: Series, own: Series | undefined, full: boolean): TemplateResult {
  const box = full ? '-275 -215 550 430' : '-180 -180 360 360';
  const labelAt = R + (full ? 14 : 20);
  // The rings' numbers sit halfway between the first two spokes, drawn over the data with a halo of the
  // background around each, so a line passing by never makes one unreadable.
  const tickAt = (score: number): Point => polar(0.5, ORDER, scoreRadius(score, R));
  return html`<svg class=${full ? 'wide' : 'narrow'} viewBox=${box} role="presentation" focusable="false">
    ${[...Array(SCALE_MAX).keys()].map((i) => svg`<circle class="ring" r=${scoreRadius(i + 1, R)} />`)}
    ${labels.map((label, i) => {
      const end = polar(i, ORDER, R);
      const at = polar(i, ORDER, labelAt);
      const lines = full ? wrapLabel(label, 15) : [String(i + 1)];
      // Labels above the centre grow upwards, below it downwards; level ones are centred on the spoke.
      const lift = at.y < -R / 2 ? lines.length - 1 : at.y > R / 2 ? 0 : (lines.length - 1) / 2;
      return svg`<line class="spoke" x2=${end.x} y2=${end.y} />
        <text class="label" x=${at.x} y=${at.y} text-anchor=${labelAnchor(i, ORDER)} dy=${0.35 - lift * 1.15 + 'em'}>
          ${lines.map((line, n) => svg`<tspan x=${at.x} dy=${n ? '1.15em' : 0}>${line}</tspan>`)}
        </text>`;
    })}
    ${series(means, 'mean')} ${own ? series(own, 'own') : nothing}
    ${[...Array(SCALE_MAX).keys()].map((i) => {
      const at = tickAt(i + 1);
      return svg`<text class="tick" x=${at.x} y=${at.y} text-anchor="middle" dy="0.35em">${i + 1}</text>`;
    })}
  </svg>`;
}

/** A legend swatch: the series' line and marker. */
function swatch(kind: 'mean' | 'own'): TemplateResult {
  return html`<svg class=${kind} viewBox="-16 -8 32 16" width="32" height="16">
    <line x1="-16" x2="16" />
    ${markers([{ x: 0, y: 0 }], kind === 'own')}
  </svg>`;
}

export function createView(host: WidgetHost) {
  return {
    /** The heading, the number of responses, the compass with its legend, and the table. */
    render(results: StedskompassResults, own: OwnScores | undefined): TemplateResult {
      const locale = host.locale;
      const t = host.text(laterCatalog);
      const labels = t.themes.map(([label]) => label);
      const byTheme = new Map(results.themes.map((row) => [row.theme, row]));
      const means = THEMES.map((theme) => byTheme.get(theme)?.mean);
      const mine = own && THEMES.map((theme) => own[theme]);
      const number = (value: number, digits = 0): string =>
        formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return html`<section class="results" part="results" aria-labelledby="results-title">
        ${host.heading(0, t.results, { id: 'results-title' })}
        <p>${t.responses(results.responses)}</p>
        <div class="compass" part="compass" aria-hidden="true">
          ${compass(labels, means, mine, true)} ${compass(labels, means, mine, false)}
          <ol class="key" part="key">
            ${labels.map((label) => html`<li>${label}</li>`)}
          </ol>
          <ul class="legend" part="legend">
            <li>${swatch('mean')} ${t.legendMean}</li>
            ${mine ? html`<li>${swatch('own')} ${t.legendYours}</li>` : nothing}
          </ul>
        </div>
        <table part="table">
          <caption>
            ${t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.colTheme}</th>
              <th scope="col">${t.colMean}</th>
              <th scope="col">${t.colCount}</th>
              ${mine ? html`<th scope="col">${t.colYours}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${THEMES.map((theme, i) => {
              const row = byTheme.get(theme);
              const score = mine?.[i];
              return html`<tr>
                <th scope="row">${i + 1}. ${labels[i]}</th>
                <td data-label=${t.colMean}>${row && row.n > 0 ? number(row.mean, 1) : t.noValue}</td>
                <td data-label=${t.colCount}>${number(row?.n ?? 0)}</td>
                ${
                  mine
                    ? html`<td data-label=${t.colYours}>${score === undefined ? t.notAnswered : number(score)}</td>`
                    : nothing
                }
              </tr>`;
            })}
          </tbody>
        </table>
      </section>`;
    },
  };
}
