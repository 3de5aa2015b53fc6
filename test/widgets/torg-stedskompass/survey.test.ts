import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectConfigError } from '../../helpers/config-error.js';
import { THEMES } from '../../../src/contract/ids.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  AREA,
  accessibleName,
  answer,
  progressText,
  radio,
  renderSurvey,
  send,
  spoken,
  storeDraft,
  storedDraft,
  textarea,
  waitForThanks,
  write,
  type TorgStedskompass,
} from './helpers.js';

const LABELS_NB = [
  'Gå og sykle',
  'Kollektivtransport',
  'Trafikk og parkering',
  'Gater og byrom',
  'Natur og grøntområder',
  'Lek og rekreasjon',
  'Tjenester og tilbud',
  'Arbeid og lokalt næringsliv',
  'Bolig og nabolag',
  'Sosiale møteplasser',
  'Identitet og tilhørighet',
  'Trygghet',
  'Vedlikehold og stell',
  'Medvirkning og påvirkning',
];

describe('<torg-stedskompass> survey', function () {
  // Axe over the whole 14-theme form, and the parts' code fetched the first time, take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => localStorage.clear());

  describe('the form', () => {
    it('shows all 14 themes on one page, each a group named by its theme, with its question', async () => {
      const el = await renderSurvey(env);
      const fieldsets = $$<HTMLFieldSetElement>(el, 'fieldset[part="theme"][id^="theme-"]');
      expect(fieldsets.map((f) => f.id)).to.deep.equal(THEMES.map((t) => `theme-${t}`));
      // The groups' accessible names: the theme, without the decorative number.
      expect(fieldsets.map((f) => accessibleName(f))).to.deep.equal(LABELS_NB);
      expect(accessibleName($(el, '#age')!)).to.equal('Alder (valgfritt)');
      // Each group is described by its question.
      const first = fieldsets[0]!;
      const question = $(el, `#${first.getAttribute('aria-describedby')}`);
      expect(textOf(question)).to.equal('Kan du enkelt gå og sykle rundt i området på gode veier og stier?');
    });

    it('gives each theme a native 1–7 radio group with both ends named in words, and "don’t know"', async () => {
      const el = await renderSurvey(env);
      for (const theme of THEMES) {
        const radios = $$<HTMLInputElement>(el, `input[type="radio"][name="score:${theme}"]`);
        expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', 'skip']);
      }
      expect([1, 2, 3, 4, 5, 6, 7].map((n) => accessibleName(radio(el, 'feeling-safe', n)))).to.deep.equal([
        '1, Mye å forbedre',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7, Lite å forbedre',
      ]);
      expect(accessibleName(radio(el, 'feeling-safe', 'skip'))).to.equal('Vet ikke / hopp over');
      $<HTMLDetailsElement>(el, '#theme-feeling-safe details')!.open = true;
      expect(accessibleName(textarea(el, 'good', 'feeling-safe'))).to.equal('Hva er bra her i dag?');
      expect(accessibleName(textarea(el, 'improve', 'feeling-safe'))).to.equal('Hva kan bli bedre?');
    });

    it('has two optional texts per theme, labelled, with their length limit shown', async () => {
      const el = await renderSurvey(env);
      expect($$(el, 'textarea')).to.have.length(28);
      const good = textarea(el, 'good', 'feeling-safe');
      expect(textOf($(el, `label[for="${good.id}"]`))).to.equal('Hva er bra her i dag?');
      expect(textOf($(el, 'label[for="improve-feeling-safe"]'))).to.equal('Hva kan bli bedre?');
      expect(textOf($(el, '#c-good-feeling-safe'))).to.equal('0 av 1000 tegn');
      expect(good.getAttribute('aria-describedby')).to.equal('c-good-feeling-safe');
      // No maxlength: a long paste is never cut off; the count says how much is too much.
      expect(good.hasAttribute('maxlength')).to.equal(false);
      await write(el, 'good', 'feeling-safe', 'x'.repeat(1012));
      expect(textOf($(el, '#c-good-feeling-safe'))).to.equal('12 tegn for mye');
    });

    it('explains itself: about 10 minutes, anonymous unless names are written', async () => {
      const el = await renderSurvey(env);
      const intro = textOf($(el, '[part="intro"]'));
      expect(intro).to.contain('10 minutter');
      expect(intro).to.contain('anonyme');
      expect(intro).to.contain('navn');
    });

    it('asks only for an optional age group, with the API’s values', async () => {
      const el = await renderSurvey(env);
      const values = $$<HTMLInputElement>(el, 'input[name="age"]').map((r) => r.value);
      expect(values).to.deep.equal(['under-20', '20-39', '40-66', '67+', '']);
      expect($$(el, 'input:not([type="radio"])')).to.have.length(0);
    });

    it('is accessible', async () => {
      const el = await renderSurvey(env);
      await expect(el).to.be.accessible();
    });

    it('shifts its headings with heading-level', async () => {
      storeDraft({ answers: { 'moving-around': { good: 'Stier' } } });
      const el = await renderSurvey(env, html`<torg-stedskompass area=${AREA} heading-level="3"></torg-stedskompass>`);
      expect($(el, '#title')!.localName).to.equal('h3');
      expect($(el, '#confirm-title')!.localName).to.equal('h3');
      await send(el);
      await waitFor(() => $(el, '[part="error-summary"]'), 'the error summary');
      expect(textOf($(el, '[part="error-summary"] h4'))).to.equal('Dette må rettes før du sender');
      await answer(el, 'moving-around', 4);
      await send(el);
      await waitForThanks(el);
      expect($(el, '[part="thanks"] :is(h1, h2, h3, h4, h5, h6)')!.localName).to.equal('h3');
      expect($(el, '#results-title')!.localName).to.equal('h3');
      // Without the attribute: the top heading is an h2.
      const plain = await renderSurvey(env);
      expect($(plain, '#title')!.localName).to.equal('h2');
    });

    it('says so when the area is missing, without a request', async () => {
      const el = await env.render<TorgStedskompass>(html`<torg-stedskompass></torg-stedskompass>`);
      expectConfigError(el, 'Elementet mangler attributtet «area».');
      expect(env.requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('progress', () => {
    it('counts answered themes ("3 av 14 besvart"); "don’t know" counts as answered', async () => {
      const el = await renderSurvey(env);
      expect(progressText(el)).to.equal('0 av 14 besvart');
      await answer(el, 'moving-around', 4);
      await answer(el, 'feeling-safe', 7);
      await answer(el, 'work-economy', 'skip');
      expect(progressText(el)).to.equal('3 av 14 besvart');
      expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(3);
      // Changing an answer does not count twice.
      await answer(el, 'moving-around', 2);
      expect(progressText(el)).to.equal('3 av 14 besvart');
      await expect(el).to.be.accessible();
    });

    it('stays in view (sticky)', async () => {
      const el = await renderSurvey(env);
      expect(getComputedStyle($(el, '[part="progress"]')!).position).to.equal('sticky');
    });

    it('is said politely once the person pauses, not for every arrow key', async () => {
      const el = await renderSurvey(env);
      radio(el, 'moving-around', 1).focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(spoken(el)).to.equal('');
      await waitFor(() => spoken(el) === '1 av 14 besvart', 'the progress said once');
      expect(radio(el, 'moving-around', 3).checked).to.equal(true);
    });

    it('lists every theme in an index that moves to it', async () => {
      const el = await renderSurvey(env);
      await answer(el, 'public-transport', 'skip');
      const index = $<HTMLDetailsElement>(el, '[part="index"]')!;
      index.open = true;
      const buttons = $$<HTMLButtonElement>(el, '[part="index"] button');
      expect(buttons.map((b) => textOf(b))).to.have.length(14);
      expect(textOf(buttons[1])).to.equal('Kollektivtransport (hoppet over)');
      await expect(el).to.be.accessible();
      buttons[11]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'feeling-safe', 1));
      expect(index.open).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('can be completed and sent with the keyboard alone', async () => {
      const el = await renderSurvey(env);
      const submitted = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('torg-submit', (e) => resolve(e as CustomEvent), { once: true }),
      );
      // Tab to the first theme's scale (past the index), choose 2 with the arrows.
      $<HTMLElement>(el, '[part="index"] summary')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'moving-around', 1));
      await sendKeys({ press: 'ArrowRight' });
      expect(radio(el, 'moving-around', 2).checked).to.equal(true);
      // On to the texts' disclosure; open it and write.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el, 'good', 'moving-around'));
      await sendKeys({ type: 'Gode turstier' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      // The next theme: "don't know" is reached with the arrows too.
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'public-transport', 1));
      await sendKeys({ press: 'ArrowLeft' });
      expect(radio(el, 'public-transport', 'skip').checked).to.equal(true);
      // Enter on a radio does not send the form.
      await sendKeys({ press: 'Enter' });
      expect(env.requests({ method: 'POST' })).to.have.length(0);
      expect(progressText(el)).to.equal('2 av 14 besvart');
      // To the send button and send.
      $<HTMLElement>(el, 'input[name="age"][value=""]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="submit"]'));
      await sendKeys({ press: 'Enter' });
      const event = await submitted;
      expect(event.detail.id).to.match(/^svar-/);
      const body = JSON.parse(env.requests({ method: 'POST' })[0]!.body) as unknown;
      expect(body).to.deep.equal({
        area: AREA,
        answers: [{ theme: 'moving-around', score: 2, good: 'Gode turstier' }],
      });
      await waitForThanks(el);
    });
  });

  describe('the draft', () => {
    it('is kept per area as the person answers and brought back after a re-mount', async () => {
      const el = await renderSurvey(env);
      await answer(el, 'moving-around', 3);
      await write(el, 'improve', 'moving-around', 'Fortau langs <b>Tofteveien</b>');
      $<HTMLInputElement>(el, 'input[name="age"][value="67+"]')!.click();
      await el.updateComplete;
      expect(storedDraft()).to.deep.equal({
        v: 1,
        answers: { 'moving-around': { score: 3, improve: 'Fortau langs <b>Tofteveien</b>' } },
        ageGroup: '67+',
      });
      expect(storedDraft('heggedal')).to.equal(null);

      el.remove();
      const again = await renderSurvey(env);
      expect(radio(again, 'moving-around', 3).checked).to.equal(true);
      expect(textarea(again, 'improve', 'moving-around').value).to.equal('Fortau langs <b>Tofteveien</b>');
      expect($(again, 'b')).to.equal(null);
      expect($<HTMLInputElement>(again, 'input[name="age"][value="67+"]')!.checked).to.equal(true);
      expect($<HTMLDetailsElement>(again, '#theme-moving-around details')!.open).to.equal(true);
      expect(progressText(again)).to.equal('1 av 14 besvart');
      expect(textOf($(again, '[part="intro"]'))).to.contain('Vi har hentet fram svarene du begynte på.');
      await expect(again).to.be.accessible();
    });

    it('does not mix areas', async () => {
      storeDraft({ answers: { 'feeling-safe': { score: 5 } } }, 'heggedal');
      const el = await renderSurvey(env);
      expect(progressText(el)).to.equal('0 av 14 besvart');
      el.area = 'heggedal';
      await settle(el);
      expect(radio(el, 'feeling-safe', 5).checked).to.equal(true);
    });

    it('survives a stored draft that is not valid', async () => {
      localStorage.setItem('torg-stedskompass:v1:tofte', '{"v":1,"answers":{"moving-around":{"score":99}},"x":');
      const el = await renderSurvey(env);
      expect(progressText(el)).to.equal('0 av 14 besvart');
      expect(textOf($(el, '[part="intro"]'))).to.not.contain('hentet fram');
    });

    it('still works when storage is blocked', async () => {
      const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
      const getItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'getItem')!;
      const blocked = (): never => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Object.defineProperty(Storage.prototype, 'setItem', { ...original, value: blocked });
      Object.defineProperty(Storage.prototype, 'getItem', { ...getItem, value: blocked });
      try {
        const el = await renderSurvey(env);
        await answer(el, 'moving-around', 6);
        expect(progressText(el)).to.equal('1 av 14 besvart');
      } finally {
        Object.defineProperty(Storage.prototype, 'setItem', original);
        Object.defineProperty(Storage.prototype, 'getItem', getItem);
      }
    });

    it('"start over" asks first; cancelling keeps everything, confirming clears it', async () => {
      storeDraft({ answers: { 'moving-around': { score: 3, good: 'Stier' } } });
      const el = await renderSurvey(env);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      $<HTMLButtonElement>(el, '[part="start-over"]')!.click();
      expect(dialog.open).to.equal(true);
      expect(textOf(dialog)).to.contain('Vil du slette svarene og starte på nytt?');
      await expect(el).to.be.accessible();
      // Escape (or "Avbryt") keeps the answers.
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, 'the dialog closed');
      expect(radio(el, 'moving-around', 3).checked).to.equal(true);
      expect(storedDraft()).to.not.equal(null);

      $<HTMLButtonElement>(el, '[part="start-over"]')!.click();
      $<HTMLButtonElement>(el, 'dialog button[value="yes"]')!.click();
      await waitFor(() => progressText(el) === '0 av 14 besvart', 'the answers cleared');
      expect(radio(el, 'moving-around', 3).checked).to.equal(false);
      expect(textarea(el, 'good', 'moving-around').value).to.equal('');
      expect(storedDraft()).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#title'));
      await waitFor(() => spoken(el) === 'Svarene er slettet.', 'the clearing said');
    });

    it('keeps the answers on Escape after an earlier "start over" was confirmed', async () => {
      storeDraft({ answers: { 'moving-around': { score: 3 } } });
      const el = await renderSurvey(env);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      $<HTMLButtonElement>(el, '[part="start-over"]')!.click();
      $<HTMLButtonElement>(el, 'dialog button[value="yes"]')!.click();
      await waitFor(() => progressText(el) === '0 av 14 besvart', 'the answers cleared');
      await answer(el, 'feeling-safe', 6);
      $<HTMLButtonElement>(el, '[part="start-over"]')!.click();
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !dialog.open, 'the dialog closed');
      await el.updateComplete;
      expect(radio(el, 'feeling-safe', 6).checked).to.equal(true);
      expect(storedDraft()).to.have.nested.property('answers.feeling-safe.score', 6);
    });
  });

  describe('checks before sending', () => {
    it('asks for at least one answer at the top, with no request', async () => {
      const el = await renderSurvey(env);
      await send(el);
      await waitFor(() => $(el, '[part="error-summary"]'), 'the error summary');
      const summary = $(el, '[part="error-summary"]')!;
      expect(textOf(summary)).to.contain('Gi minst ett tema et tall fra 1 til 7.');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(env.requests({ method: 'POST' })).to.have.length(0);
      await expect(el).to.be.accessible();
      // The link goes to the first theme; an answer removes the message.
      summary.querySelector('a')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'moving-around', 1));
      await answer(el, 'moving-around', 5);
      expect($(el, '[part="error-summary"]')).to.equal(null);
    });

    it('shows a too long text and a text without a score at their fields, and sends nothing', async () => {
      const el = await renderSurvey(env);
      await answer(el, 'moving-around', 2);
      await write(el, 'improve', 'moving-around', 'y'.repeat(1005));
      await write(el, 'good', 'feeling-safe', 'Trygge skoleveier');
      await send(el);
      await waitFor(() => $(el, '[part="error-summary"]'), 'the error summary');
      const field = textarea(el, 'improve', 'moving-around');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(el, '#e-improve-moving-around'))).to.equal(
        'Teksten er 5 tegn for lang. Den kan ha høyst 1000 tegn.',
      );
      expect(field.getAttribute('aria-describedby')).to.equal('c-improve-moving-around e-improve-moving-around');
      expect(textOf($(el, '#e-feeling-safe'))).to.equal('Velg et tall fra 1 til 7, ellers blir ikke teksten sendt.');
      expect($(el, '#theme-feeling-safe')!.getAttribute('aria-describedby')).to.equal('q-feeling-safe e-feeling-safe');
      const links = $$<HTMLAnchorElement>(el, '[part="error-summary"] a');
      expect(links.map((a) => textOf(a))).to.deep.equal([
        'Gå og sykle: Hva kan bli bedre? Teksten er 5 tegn for lang. Den kan ha høyst 1000 tegn.',
        'Trygghet: Velg et tall fra 1 til 7, ellers blir ikke teksten sendt.',
      ]);
      expect(env.requests({ method: 'POST' })).to.have.length(0);
      await expect(el).to.be.accessible();
      // The typed text is all still there.
      expect(field.value).to.have.length(1005);
      links[0]!.click();
      expect(el.shadowRoot!.activeElement).to.equal(field);
    });
  });

  describe('languages', () => {
    it('speaks nynorsk', async () => {
      const el = await renderSurvey(env, html`<torg-stedskompass area=${AREA} lang="nn"></torg-stedskompass>`);
      await answer(el, 'moving-around', 2);
      expect(textOf($(el, '#title'))).to.equal('Stadkompasset');
      expect(progressText(el)).to.equal('Du har svart på 1 av 14');
      expect(textOf($(el, '#q-moving-around'))).to.equal(
        'Kan du enkelt gå og sykle rundt i området på gode vegar og stiar?',
      );
      expect(textOf($(el, '#theme-natural-space legend'))).to.contain('Natur og grøntområde');
      expect($$(el, '#theme-moving-around .ends span').map((s) => textOf(s))).to.deep.equal([
        '← Mykje å betre',
        'Lite å betre →',
      ]);
      expect(textOf(radio(el, 'moving-around', 'skip').closest('label'))).to.equal('Veit ikkje / hopp over');
      expect(textOf($(el, '[part="submit"]'))).to.equal('Send svara');
      await expect(el).to.be.accessible();
    });

    it('speaks English', async () => {
      const el = await renderSurvey(env, html`<torg-stedskompass area=${AREA} lang="en"></torg-stedskompass>`);
      expect(textOf($(el, '#title'))).to.equal('The Place Standard');
      expect(progressText(el)).to.equal('0 of 14 answered');
      expect(textOf($(el, '#q-public-transport'))).to.equal('Does public transport meet your needs?');
      expect($$(el, '#theme-moving-around .ends span').map((s) => textOf(s))).to.deep.equal([
        '← A lot to improve',
        'Little to improve →',
      ]);
      expect(accessibleName(radio(el, 'moving-around', 1))).to.equal('1, A lot to improve');
      expect(textOf($(el, 'label[for="good-feeling-safe"]'))).to.equal('What is good here today?');
      expect(textOf($(el, '#c-good-feeling-safe'))).to.equal('0 of 1000 characters');
      expect(textOf($(el, '[part="intro"]'))).to.contain('about 10 minutes');
      await send(el);
      await waitFor(() => $(el, '[part="error-summary"]'), 'the error summary');
      expect(textOf($(el, '[part="error-summary"]'))).to.contain('Give at least one theme a number from 1 to 7.');
      await expect(el).to.be.accessible();
    });

    it('follows the page’s language and switches with it, keeping the answers', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB"><torg-stedskompass area=${AREA}></torg-stedskompass></div>`,
      );
      const el = wrapper.querySelector('torg-stedskompass')!;
      await settle(el);
      expect(progressText(el)).to.equal('0 of 14 answered');
      await answer(el, 'feeling-safe', 6);
      wrapper.lang = 'nn-NO';
      // An element put back under the new language (as a page that moves it does) speaks it.
      wrapper.append(el);
      await waitFor(() => progressText(el) === 'Du har svart på 1 av 14', 'nynorsk');
      expect(radio(el, 'feeling-safe', 6).checked).to.equal(true);
    });
  });
});
