/**
 * The survey form of `<torg-stedskompass>`: rendering only, of what the view
 * holds ({@link SurveyForm}).
 *
 * All 14 themes on one page, each a `<fieldset>` with its `<legend>`, its
 * question, a native 1–7 radio group with both ends named, "don't know /
 * skip", and two optional texts with their length shown; the age question;
 * the sticky progress line with the theme index; send and start over, and
 * why sending failed. The error summary and the sending status come from
 * the sending part (`sending.ts`).
 *
 * Nothing here relies on the browser submitting the form (which a sandboxed
 * `<iframe>` without `allow-forms` blocks): the buttons are plain buttons
 * with click handlers, and the form's own submission is always cancelled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetHost } from '../../../core/widget-host.js';
import { AGE_GROUPS, THEMES, type ThemeId } from '../../../contract/ids.js';
import {
  SCORES,
  TEXT_FIELDS,
  TEXT_LIMIT,
  answeredCount,
  isBlank,
  type Draft,
  type Problem,
} from '../../../domain/stedskompass.js';
import { isOnItsWay, type SubmitPhase } from '../../../domain/form.js';
import type { StedskompassFirstMessages } from '../messages/index.js';

/** What the form shows, and what it calls back. */
export interface SurveyForm {
  t: StedskompassFirstMessages;
  draft: Draft;
  problems: readonly Problem[];
  /** A draft from an earlier visit was brought back. */
  restored: boolean;
  phase: SubmitPhase;
  /** Why sending failed, beyond "not sent" (e.g. no usable API base). */
  failure: string;
  /** The error summary, shown at the top of the form (from the sending part). */
  summary: unknown;
  /** The sending status, shown under the send button (from the sending part). */
  status: unknown;
  onInput: (event: Event) => void;
  onSend: () => void;
  /** A link or button with `data-target` (a field's id) was used. */
  onJump: (event: Event) => void;
  onStartOver: (event: Event) => void;
  /** The "start over?" dialog closed (`returnValue` is `yes` to start over). */
  onConfirm: (event: Event) => void;
}

/** The form never submits itself (Enter on a radio, a stray submit): sending is the send button's click. */
const cancel = (event: Event): void => event.preventDefault();

/** Closes the "start over?" dialog with the button's answer. */
const answerDialog = (event: Event): void => {
  const button = event.currentTarget as HTMLButtonElement;
  button.closest('dialog')?.close(button.value);
};

export function renderSurvey(host: WidgetHost, m: SurveyForm): TemplateResult {
  const { t, draft } = m;
  const busy = isOnItsWay(m.phase);
  const count = answeredCount(draft);
  // Not while sending: the answers on their way stay as they are.
  const startOver =
    isBlank(draft) || busy
      ? nothing
      : html`<button type="button" class="button secondary" part="start-over" @click=${m.onStartOver}>
          ${t.startOver}
        </button>`;
  return html`
    <div class="intro" part="intro">
      ${host.heading(0, t.title, { id: 'title', focusable: true })}
      <p>${t.intro}</p>
      <p>${t.privacy}</p>
      ${
        m.restored
          ? html`<div class="notice info" part="notice">
              <p class="text">${t.restored}</p>
              ${startOver}
            </div>`
          : html`<p class="muted">${t.saved}</p>`
      }
    </div>
    <div class="progress" part="progress">
      <p id="progress">${t.progress(count, THEMES.length)}</p>
      <progress max=${THEMES.length} .value=${count} aria-labelledby="progress"></progress>
      <details class="index" part="index">
        <summary>${t.jump}</summary>
        <div class="scroll">
          <ol>
            ${THEMES.map((theme, i) => {
              const score = draft.answers[theme]?.score;
              const status = score === 'skip' ? t.skipped : score ? t.answered : '';
              return html`<li>
                <button type="button" class="link" data-target="theme-${theme}" @click=${m.onJump}>
                  ${t.themes[i]?.[0]}${
                    // The space is text of its own: the build's template minifier drops it at the start of an element.
                    status ? html`<span class="muted">${` (${status})`}</span>` : nothing
                  }
                </button>
              </li>`;
            })}
          </ol>
        </div>
      </details>
    </div>
    <form part="form" novalidate @input=${m.onInput} @submit=${cancel}>
      ${m.summary}
      <fieldset class="plain" ?disabled=${busy}>
        ${THEMES.map((theme, i) => renderTheme(m, theme, i))} ${renderAge(m)}
      </fieldset>
      <div class="actions">
        <button type="button" class="button" part="submit" aria-disabled=${busy ? 'true' : 'false'} @click=${m.onSend}>
          ${t.send}
        </button>
        ${startOver}
      </div>
      ${
        m.phase === 'failed'
          ? html`<div class="notice error" part="notice"><p class="text">${t.failed} ${m.failure}</p></div>`
          : m.status
      }
    </form>
    <dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${m.onConfirm}>
      ${host.heading(0, t.confirmTitle, { id: 'confirm-title' })}
      <p id="confirm-text">${t.confirmText}</p>
      <div class="actions">
        <button type="button" class="button secondary" value="no" @click=${answerDialog}>${t.cancel}</button>
        <button type="button" class="button danger" value="yes" @click=${answerDialog}>${t.confirmYes}</button>
      </div>
    </dialog>
  `;
}

/** A problem in plain words (the API's own words only when there are none better). */
export function problemText(problem: Problem, t: StedskompassFirstMessages, draft: Draft): string {
  const { code, theme, field } = problem;
  if (code === 'none') return t.none;
  if (code === 'needs-score') return t.needsScore;
  const text = theme && (field === 'good' || field === 'improve') ? draft.answers[theme]?.[field] : undefined;
  const over = problem.over ?? (text?.trim().length ?? 0) - TEXT_LIMIT;
  return over > 0 ? t.tooLong(over) : `${t.refused} ${problem.message ?? ''}`;
}

/** A field's problem, under its label. */
function fieldError(m: SurveyForm, problem: Problem | undefined, id: string): unknown {
  return problem ? html`<p class="field-error" id=${id}>${problemText(problem, m.t, m.draft)}</p>` : nothing;
}

/** With its problem, an element is described by the problem's text too. */
const describedBy = (ids: string, problem: unknown, error: string): string => (problem ? `${ids} ${error}` : ids);

function renderTheme(m: SurveyForm, theme: ThemeId, i: number): TemplateResult {
  const { t } = m;
  const [label, question] = t.themes[i] ?? ['', ''];
  const entry = m.draft.answers[theme] ?? {};
  const problems = m.problems.filter((p) => p.theme === theme);
  const scoreProblem = problems.find((p) => p.field === 'score');
  const open = Boolean(entry.good || entry.improve || problems.some((p) => p.field !== 'score'));
  return html`<fieldset
    id="theme-${theme}"
    class="theme"
    part="theme"
    aria-describedby=${describedBy(`q-${theme}`, scoreProblem, `e-${theme}`)}
  >
    <legend><span class="num" aria-hidden="true">${i + 1}</span><span>${label}</span></legend>
    <p id="q-${theme}">${question}</p>
    ${fieldError(m, scoreProblem, `e-${theme}`)}
    <div class="scale" part="scale">
      ${SCORES.map(
        (n) =>
          html`<label
            ><input type="radio" name="score:${theme}" value=${n} .checked=${entry.score === n} /><span>${n}</span
            >${n === 1 || n === 7 ? html`<span class="vh">, ${n === 1 ? t.low : t.high}</span>` : nothing}</label
          >`,
      )}
    </div>
    <div class="ends" aria-hidden="true"><span>← ${t.low}</span><span>${t.high} →</span></div>
    <label class="skip"
      ><input type="radio" name="score:${theme}" value="skip" .checked=${entry.score === 'skip'} />${t.skip}</label
    >
    <details ?open=${open}>
      <summary>${t.comment}</summary>
      ${TEXT_FIELDS.map((field) => {
        const id = `${field}-${theme}`;
        const value = entry[field] ?? '';
        const length = value.trim().length;
        const problem = problems.find((p) => p.field === field);
        return html`<div class="field">
          <label for=${id}>${t[field]}</label>
          ${fieldError(m, problem, `e-${id}`)}
          <textarea
            id=${id}
            name="${field}:${theme}"
            rows="3"
            .value=${value}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${describedBy(`c-${id}`, problem, `e-${id}`)}
          ></textarea>
          <p id="c-${id}" class="count${length > TEXT_LIMIT ? ' over' : ''}">
            ${length > TEXT_LIMIT ? t.tooMany(length - TEXT_LIMIT) : t.count(length, TEXT_LIMIT)}
          </p>
        </div>`;
      })}
    </details>
  </fieldset>`;
}

function renderAge(m: SurveyForm): TemplateResult {
  const { t } = m;
  const age = m.draft.ageGroup ?? '';
  const problem = m.problems.find((p) => p.field === 'ageGroup');
  const option = (value: string, text: string): TemplateResult =>
    html`<label><input type="radio" name="age" value=${value} .checked=${age === value} />${text}</label>`;
  return html`<fieldset
    id="age"
    class="theme"
    part="theme"
    aria-describedby=${describedBy('age-hint', problem, 'e-age')}
  >
    <legend>${t.age}</legend>
    <p id="age-hint">${t.ageHint}</p>
    ${fieldError(m, problem, 'e-age')}
    <div class="options">${AGE_GROUPS.map((g, i) => option(g, t.ages[i] ?? g))} ${option('', t.ageNone)}</div>
  </fieldset>`;
}
