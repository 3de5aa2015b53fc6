/**
 * What `<torg-innspill>` looks like: the heading with the council's name,
 * the form (title, description, place; name and e-mail in a group that says
 * plainly that both may be left out, and a line that says so when they
 * are; consent), sending's status and failure, and what happens next. What
 * comes after the form is used — its problems in words and the summary
 * that leads to them, what sending says, the thanks with the reference — is a chunk of its own
 * (`parts/after.ts`), fetched when the person is about to use the form and
 * waited for by "send".
 *
 * The form's state is the shared `FormController`'s, one per committee
 * (drafts are kept per committee); the rules are `domain/proposal.ts`.
 * Nothing relies on the browser submitting the form: "send" is a plain
 * button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProposalRequest, Received } from '../../contract/schemas.js';
import { emit } from '../../core/events.js';
import { formatDate, formatTime } from '../../core/format.js';
import { onIntent } from '../../core/intent.js';
import { safeHref } from '../../core/url.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { WidgetHost } from '../../core/widget-host.js';
import { proposalKey } from '../../domain/form-keys.js';
import { osloDate } from '../../domain/oslo-time.js';
import {
  checkProposal,
  cleanProposal,
  emptyProposal,
  isAnonymous,
  isBlankProposal,
  proposalRequest,
  type ProposalDraft,
  type ProposalTextField,
} from '../../domain/proposal.js';
import { isolated } from '../../shared/bidi.js';
import { renderConsent, renderField, renderSubmit } from '../../shared/form.js';
import { FormController, formPerKey } from '../../shared/form-controller.js';
import { formStyles } from '../../shared/form-styles.js';
import { innspillCatalog, type InnspillFirstMessages } from './messages/index.js';
import type * as AfterPart from './parts/after.js';
import type { Shown, TorgInnspill } from './torg-innspill.js';
import { styles as ownStyles } from './torg-innspill.styles.js';

export const styles = [...formStyles, ownStyles];
export const catalogs = [innspillCatalog];

type Host = WidgetHost<TorgInnspill>;
type Form = FormController<ProposalDraft, ProposalRequest, Received>;
type After = ViewLoader<Host, ReturnType<typeof AfterPart.createView>>;

const RULES = {
  empty: emptyProposal,
  clean: cleanProposal,
  isBlank: isBlankProposal,
  check: checkProposal,
  request: proposalRequest,
};

/** The form never submits itself (Enter in a field, a stray submit): sending is the send button's click. */
const cancel = (event: Event): void => event.preventDefault();

interface FieldOptions {
  type?: string;
  autocomplete?: string;
  hint?: unknown;
  optional?: boolean;
  rows?: number;
  after?: unknown;
}

export function createView(host: Host) {
  const t = (): InnspillFirstMessages => host.text(innspillCatalog);

  /** What comes after the form is used (`parts/after.ts`), once asked for; whether "send" has needed it. */
  let after: After | undefined;
  let afterNeeded = false;
  const afterPart = (): After => (after ??= new ViewLoader(host, () => import('./parts/after.js')));
  // The person is about to use the form: fetch what follows while they type (a failure here is tried again on "send").
  onIntent(host.element, afterPart);

  /** "Send": once what follows is there (at once, but for the first click of a quick person). */
  const send = (f: Form): void => {
    afterNeeded = true;
    const part = afterPart();
    const again = (): Promise<unknown> => {
      part.retry();
      return part.load();
    };
    // A fetch ahead of time that failed is tried again now; one still on its way is, if it fails.
    const ahead = part.state === 'loading';
    const loaded = part.state === 'error' ? again() : part.load();
    void (ahead ? loaded.catch(again) : loaded).then(
      () => f.send(),
      // Its code could not be fetched: the error state under the button says so, with a retry; nothing was sent.
      () => undefined,
    );
  };

  /** The form of a committee (drafts are kept per committee). */
  const formOf = formPerKey(
    host,
    (committee): Form =>
      new FormController(host, proposalKey(committee), {
        rules: {
          ...RULES,
          // A 422 comes only from "send", which waited for what follows the form: how it lands at the fields is there.
          refused: (errors, draft) =>
            after?.view?.refused(errors, draft) ?? { problems: [], other: errors.map((e) => e.message) },
        },
        post: async (context, body, options) => {
          const { postProposal } = await import('../../core/api/council.js');
          return postProposal(context, committee, body, options);
        },
        // Said only once "send" has waited for what follows the form: its texts (and these) are there.
        say: () => after?.view?.texts() ?? { sending: '', retrying: '', offline: '', failed: '' },
        received: (answer) => {
          emit(host.element, 'torg-proposal', { id: answer.id });
          host.announce(after?.view?.texts().received ?? '');
          void host.focus('#received-title');
        },
      }),
  );

  function renderNext(shown: Shown): TemplateResult {
    const m = t();
    const { next } = shown;
    const href = safeHref(host.element.agendaUrl || undefined);
    const when =
      next &&
      m.nextMeeting(
        formatDate(osloDate(Date.parse(next.start)), host.locale),
        formatTime(Date.parse(next.start), host.locale),
        next.location?.name ?? '',
      );
    return html`<section class="next" part="next" aria-labelledby="next-title">
      ${host.heading(1, m.nextTitle, { id: 'next-title' })}
      <p>${m.nextText}</p>
      <p class="next-meeting">${when ? isolated(when, next?.location?.name) : next === null ? m.noMeeting : ''}</p>
      ${href ? html`<p><a href=${href} part="agenda">${m.agendaLink}</a></p>` : nothing}
    </section>`;
  }

  function renderForm(f: Form): TemplateResult {
    const m = t();
    const { draft } = f;
    // Problems come only from "send", which waited for what follows the form: its words are there.
    const later = after?.view;
    const field = (name: ProposalTextField, options: FieldOptions = {}): TemplateResult => {
      const { optional, ...rest } = options;
      const problem = f.problemAt(name);
      return renderField({
        id: `f-${name}`,
        name,
        label: m.labels[name],
        value: draft[name],
        error: problem && later?.problemText(problem),
        optional: optional ? m.optional : undefined,
        onInput: (event: Event) => f.change({ ...f.draft, [name]: (event.target as HTMLInputElement).value }, name),
        ...rest,
      });
    };
    const consent = f.problemAt('consent');
    return html`<form part="form" novalidate @submit=${cancel}>
      ${later?.renderSummary(f) ?? nothing}
      <fieldset class="group" ?disabled=${f.busy}>
        ${field('title')} ${field('description', { rows: 6, hint: m.descriptionHint })}
        ${field('place', { optional: true, hint: m.placeHint })}
      </fieldset>
      <fieldset class="group about" ?disabled=${f.busy} aria-describedby="about-hint">
        <legend>${m.aboutYou} <span class="optional">${m.optional}</span></legend>
        <p class="hint" id="about-hint">${m.aboutYouHint}</p>
        ${field('name', { autocomplete: 'name' })}
        ${field('email', { type: 'email', autocomplete: 'email', hint: m.emailHint })}
        <p class="anonymous" part="anonymous" aria-live="polite">${isAnonymous(draft) ? m.anonymous : ''}</p>
      </fieldset>
      ${renderConsent({
        legend: m.consentLegend,
        text: m.consentText,
        label: m.consentLabel,
        checked: draft.consent,
        error: consent && later?.problemText(consent),
        onChange: (event: Event) => {
          const box = event.target as HTMLInputElement;
          f.change({ ...f.draft, consent: box.checked }, 'consent');
          // Not taken while a submission is on its way (the box is outside the disabled groups): it shows the draft.
          box.checked = f.draft.consent;
        },
      })}
      ${renderSubmit(host, {
        label: m.send,
        busy: f.busy,
        status: f.status,
        failed: f.failed,
        onSend: () => send(f),
      })}
      ${afterNeeded && after?.state === 'error' ? after.render(() => nothing) : nothing}
    </form>`;
  }

  return {
    render(shown: Shown): TemplateResult {
      const m = t();
      const f = formOf(shown.id);
      const heading = host.heading(0, isolated(m.title(shown.name), shown.name), {
        id: 'title',
        part: 'heading',
        focusable: true,
      });
      const later = after?.view;
      // A receipt comes only from "send", which waited for what follows the form.
      if (f.receipt && later) {
        return html`<div class="intro">${heading}</div>
          ${later.renderReceived(f)} ${renderNext(shown)}`;
      }
      return html`<div class="intro">
          ${heading}
          <p>${m.intro}</p>
          ${f.restored ? host.renderNotice(m.restored, 'info') : html`<p class="hint">${m.saved}</p>`}
        </div>
        ${renderForm(f)} ${renderNext(shown)}`;
    },
  };
}
