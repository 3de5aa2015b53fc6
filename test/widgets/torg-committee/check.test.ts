import { expect, html } from '@open-wc/testing';
import type { Committee } from '../../../src/contract/schemas.js';
import '../../../src/widgets/torg-committee/define.js';
import type { TorgCommittee } from '../../../src/widgets/torg-committee/torg-committee.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { emulateForcedColors, systemColor } from '../../helpers/page.js';
import { collectCompositionEvents, example, member, rule, ruleLines } from './helpers.js';

const RULE_IDS = ['ungdom', 'velforening', 'naeringsliv', 'frivillighet', 'uavhengig', 'kjonnsbalanse'];

describe('<torg-committee> composition check', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  let collected: ReturnType<typeof collectCompositionEvents>;

  beforeEach(() => {
    collected = collectCompositionEvents();
  });

  afterEach(() => {
    collected.stop();
  });

  const render = (committee: string, attrs: { lang?: string; date?: string } = {}) =>
    env.render<TorgCommittee>(
      html`<torg-committee
        committee=${committee}
        lang=${attrs.lang ?? 'nb'}
        date=${attrs.date ?? ''}
      ></torg-committee>`,
    );

  const summary = (el: Element) => textOf($(el, '[part="summary"]'));

  describe('tofte-lsu (compliant)', () => {
    it('says every rule is met, rule by rule, with the counts', async () => {
      const el = await render('tofte-lsu');
      expect(summary(el)).to.equal('Alle kravene er oppfylt');
      expect(textOf($(el, '[part="check"] h3'))).to.equal('Sammensetning');
      expect(textOf($(el, '[part="check"]'))).to.contain('Per 3. desember 2026');
      expect($$(el, '[part~="rule"]').map((r) => r.dataset.rule)).to.deep.equal([...RULE_IDS, 'kjonnsbalanse']);
      expect($$(el, '[part~="rule-met"]')).to.have.length(7);
      expect(ruleLines(el, 'ungdom').slice(0, 2)).to.deep.equal([
        'Ungdom under 20 år Oppfylt',
        'Har 2 representanter under 20 år (krever 2)',
      ]);
      expect(ruleLines(el, 'uavhengig')[1]).to.equal('Har 1 uavhengig representant (krever 1)');
    });

    it('names the members who do not count, with the reason', async () => {
      const el = await render('tofte-lsu');
      expect(ruleLines(el, 'ungdom')[2]).to.equal(
        'Teller ikke med: Lea Nilsen (varamedlem, fyller ikke plassen); Hans Kristian Dahl (perioden sluttet 31. august 2025)',
      );
    });

    it('reports the members’ and, alongside, the deputies’ gender balance', async () => {
      const el = await render('tofte-lsu');
      const [members, deputies] = $$(el, '[data-rule="kjonnsbalanse"]');
      expect(textOf(members!)).to.contain('Oppfylt med 4 kvinner og 3 menn (krever minst 3 av hvert kjønn)');
      expect(textOf(deputies!)).to.contain('Kjønnsbalanse blant varamedlemmene');
      expect(textOf(deputies!)).to.contain('Oppfylt med 1 kvinne og 1 mann (krever minst 1 av hvert kjønn)');
    });
  });

  describe('slemmestad-lsu (not compliant)', () => {
    it('says how many rules are not met, and what is missing in plain words', async () => {
      const el = await render('slemmestad-lsu');
      expect(summary(el)).to.equal('3 av 6 krav er ikke oppfylt');
      expect(ruleLines(el, 'ungdom')).to.deep.equal([
        'Ungdom under 20 år Ikke oppfylt',
        'Mangler 1 representant under 20 år (har 1, krever 2)',
        'Teller ikke med: Mathias Berg (var 20 år da perioden startet 1. september 2024)',
      ]);
      expect(ruleLines(el, 'naeringsliv')).to.deep.equal([
        'Næringsliv Ikke oppfylt',
        'Mangler 1 representant for næringslivet (har 0, krever 1)',
        'Teller ikke med: Trine Vik (perioden sluttet 30. juni 2026); Per Hagen (varamedlem, fyller ikke plassen)',
      ]);
      expect(ruleLines(el, 'kjonnsbalanse').slice(0, 2)).to.deep.equal([
        'Kjønnsbalanse Ikke oppfylt',
        'Mangler 2 kvinner for kjønnsbalanse (har 1 kvinne og 5 menn, krever minst 3 av hvert kjønn)',
      ]);
    });

    it('tells met from not met by icon and text, not by colour alone', async () => {
      const el = await render('slemmestad-lsu');
      for (const id of ['ungdom', 'velforening']) {
        const item = rule(el, id);
        const icon = item.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(textOf(item.querySelector('.state'))).to.equal(id === 'ungdom' ? 'Ikke oppfylt' : 'Oppfylt');
      }
      // Different shapes, not only different colours.
      const path = (id: string) => rule(el, id).querySelector('path')!.getAttribute('d');
      expect(path('ungdom')).not.to.equal(path('velforening'));
      expect(rule(el, 'ungdom').getAttribute('part')).to.equal('rule rule-missing');
    });

    it("draws its marks in the system's text colour in forced colours (their shapes tell them apart)", async () => {
      await emulateForcedColors();
      const el = await render('slemmestad-lsu');
      const icons = $$(el, '[part~="rule"] svg, [part="summary"] svg');
      expect(icons.length).to.be.greaterThan(2);
      for (const icon of icons) {
        const part = icon.closest('[part]')!.getAttribute('part');
        expect(getComputedStyle(icon.querySelector('path')!).stroke, part!).to.equal(systemColor('CanvasText'));
      }
    });

    it('is accessible', async () => {
      const el = await render('slemmestad-lsu');
      await expect(el).to.be.accessible();
    });
  });

  describe('heggedal-lsu (withheld birth dates, its own rules)', () => {
    it('counts a youth flag, and says an unknown age cannot be verified', async () => {
      const el = await render('heggedal-lsu');
      expect(ruleLines(el, 'ungdom')).to.deep.equal([
        'Ungdom under 20 år Kan ikke bekreftes',
        'Mangler 1 representant under 20 år (har 1, krever 2). Alderen til 1 medlem er ikke oppgitt og kan ikke bekreftes',
        'Teller ikke med: Alex Sørli (alderen er ikke oppgitt og kan ikke bekreftes); Ida Torp (varamedlem, fyller ikke plassen)',
      ]);
      expect(rule(el, 'ungdom').getAttribute('part')).to.equal('rule rule-unverified');
      expect(summary(el)).to.equal('1 av 6 krav er ikke oppfylt');
    });

    it('applies the committee’s own rules from the API', async () => {
      const el = await render('heggedal-lsu');
      expect(ruleLines(el, 'velforening')[1]).to.equal('Har 2 representanter for velforeningene (krever 2)');
    });

    it('names members with no recorded gender instead of guessing', async () => {
      const el = await render('heggedal-lsu');
      expect(ruleLines(el, 'kjonnsbalanse')[1]).to.equal(
        'Oppfylt med 3 kvinner og 3 menn (krever minst 3 av hvert kjønn). Kjønn ikke oppgitt for 1 medlem (Alex Sørli)',
      );
    });

    it('is accessible', async () => {
      const el = await render('heggedal-lsu');
      await expect(el).to.be.accessible();
    });
  });

  describe('a hand-made edge-case committee', () => {
    function edgeCase(): Committee {
      return {
        id: 'kant',
        name: 'Kanttilfelleutvalget',
        term: { from: '2026-01-01', to: '2026-12-31' },
        rules: {
          seats: [
            { seat: 'ungdom', min: 2, maxAgeExclusive: 20 },
            { seat: 'naeringsliv', min: 1 },
          ],
          genderBalance: true,
        },
        members: [
          // 20 on the very day the period starts: too old.
          member({ name: 'Fyller Tjue', seat: 'ungdom', birthDate: '2006-03-01', from: '2026-03-01', gender: 'mann' }),
          // 19 the day the period starts: counts.
          member({ name: 'Nitten År', seat: 'ungdom', birthDate: '2006-03-02', from: '2026-03-01', gender: 'kvinne' }),
          // The period ends on the reference date: counts.
          member({ name: 'Siste Dag', seat: 'naeringsliv', to: '2026-12-03', gender: 'kvinne' }),
          // Starts the day after: does not count yet.
          member({ name: 'Ny Snart', seat: 'naeringsliv', from: '2026-12-04', gender: 'mann' }),
          member({ name: 'Annen Person', seat: 'uavhengig', gender: 'annet' }),
          member({ name: 'Vara Ung', role: 'varamedlem', seat: 'ungdom', birthDate: '2010-01-01' }),
        ],
      };
    }

    it('gets every date edge right and explains each', async () => {
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${edgeCase()}></torg-committee>`);
      expect(ruleLines(el, 'ungdom')).to.deep.equal([
        'Ungdom under 20 år Ikke oppfylt',
        'Mangler 1 representant under 20 år (har 1, krever 2)',
        'Teller ikke med: Fyller Tjue (var 20 år da perioden startet 1. mars 2026); Vara Ung (varamedlem, fyller ikke plassen)',
      ]);
      expect(ruleLines(el, 'naeringsliv')).to.deep.equal([
        'Næringsliv Oppfylt',
        'Har 1 representant for næringslivet (krever 1)',
        'Teller ikke med: Ny Snart (perioden starter 4. desember 2026)',
      ]);
      // Four sit on the committee (one of another gender): at least 2 of each needed.
      expect(ruleLines(el, 'kjonnsbalanse')[1]).to.equal(
        'Mangler 1 mann for kjønnsbalanse (har 2 kvinner, 1 mann og 1 med annet kjønn, krever minst 2 av hvert kjønn)',
      );
      expect(namesIn(el)).to.include('Ny Snart');
      await expect(el).to.be.accessible();
    });

    it('the next day, the ended membership leaves a vacancy and the new one counts', async () => {
      const el = await env.render<TorgCommittee>(
        html`<torg-committee date="2026-12-04" .data=${edgeCase()}></torg-committee>`,
      );
      expect(ruleLines(el, 'naeringsliv')[2]).to.equal(
        'Teller ikke med: Siste Dag (perioden sluttet 3. desember 2026)',
      );
      expect(rule(el, 'naeringsliv').getAttribute('part')).to.equal('rule rule-met');
    });

    it('says when the date lies outside the term, and nobody counts', async () => {
      const el = await env.render<TorgCommittee>(
        html`<torg-committee date="2027-01-01" .data=${edgeCase()}></torg-committee>`,
      );
      expect(textOf($(el, '[part="check"]'))).to.contain(
        '1. januar 2027 er utenfor utvalgets periode, så ingen medlemmer teller med.',
      );
      expect(textOf(rule(el, 'naeringsliv'))).to.contain('Siste Dag (datoen er utenfor utvalgets periode)');
      expect($$(el, '[part~="vacant"]')).to.have.length(0);
    });

    function namesIn(el: Element): string[] {
      return $$(el, '[part~="member"] .name').map((n) => textOf(n));
    }
  });

  describe('the date', () => {
    it('checks on another date: members who had not started do not count', async () => {
      const el = await render('tofte-lsu', { date: '2025-06-01' });
      expect(textOf($(el, '[part="check"]'))).to.contain('Per 1. juni 2025');
      const lines = ruleLines(el, 'ungdom');
      expect(lines[1]).to.equal('Mangler 1 representant under 20 år (har 1, krever 2)');
      expect(lines[2]).to.contain('Sofie Myhre (perioden starter 1. september 2025)');
    });

    it('takes "today" in Oslo, whatever the viewer’s time zone', async () => {
      await env.setTimeZone('America/New_York');
      // 19:30 on 3 December in New York is already 4 December in Oslo.
      env.clock!.set('2026-12-04T01:30:00+01:00');
      const el = await render('tofte-lsu');
      expect(new Date().getDate()).to.equal(3);
      expect(textOf($(el, '[part="check"]'))).to.contain('Per 4. desember 2026');
      expect(collected.events[0]!.detail.date).to.equal('2026-12-04');
    });

    it('shows a notice for a date it cannot read, and checks today', async () => {
      const el = await render('tofte-lsu', { date: '2026-02-30' });
      expect(textOf($(el, '[part="notice"]'))).to.equal(
        'Datoen «2026-02-30» kan ikke leses. Sammensetningen vises for i dag.',
      );
      expect(textOf($(el, '[part="check"]'))).to.contain('Per 3. desember 2026');
      await expect(el).to.be.accessible();
    });

    it('checks again when the date changes, fires the event and reads the new summary out', async () => {
      const el = await render('tofte-lsu');
      expect(collected.events).to.have.length(1);
      el.date = '2025-06-01';
      await settle(el);
      expect(collected.events).to.have.length(2);
      expect(collected.events[1]!.detail).to.include({ ok: false, date: '2025-06-01' });
      expect(summary(el)).to.equal('1 av 6 krav er ikke oppfylt');
      await waitFor(() => textOf($(el, '[role="status"]')) === '1 av 6 krav er ikke oppfylt', 'the announcement');
    });
  });

  describe('the torg-composition event', () => {
    it('carries { ok, rules: { id, ok, required, actual, message } } and bubbles to the document', async () => {
      const el = await render('slemmestad-lsu');
      expect(collected.events).to.have.length(1);
      const event = collected.events[0]!;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.target).to.equal(el);
      const { detail } = event;
      expect(detail.ok).to.equal(false);
      expect(detail.date).to.equal('2026-12-03');
      expect(detail.skipped).to.equal(0);
      expect(detail.rules.map((r) => r.id)).to.deep.equal(RULE_IDS);
      expect(detail.rules[0]).to.deep.equal({
        id: 'ungdom',
        ok: false,
        required: 2,
        actual: 1,
        message: 'Mangler 1 representant under 20 år (har 1, krever 2)',
      });
      expect(detail.rules[5]).to.deep.equal({
        id: 'kjonnsbalanse',
        ok: false,
        required: 3,
        actual: 1,
        message: 'Mangler 2 kvinner for kjønnsbalanse (har 1 kvinne og 5 menn, krever minst 3 av hvert kjønn)',
      });
      expect(detail.deputies).to.deep.equal({
        id: 'kjonnsbalanse',
        ok: true,
        required: 0,
        actual: 0,
        message: 'Ingen krav til kjønnsbalanse med færre enn 2 varamedlemmer',
      });
    });

    it('agrees with the check shown', async () => {
      const el = await render('tofte-lsu');
      const { detail } = collected.events[0]!;
      expect(detail.ok).to.equal(true);
      for (const r of detail.rules) {
        expect(textOf(rule(el, r.id))).to.contain(r.message);
        expect(r.ok).to.equal(r.actual >= r.required);
      }
    });

    it('fires once per check, not on every render', async () => {
      const el = await render('heggedal-lsu');
      el.requestUpdate();
      await el.updateComplete;
      el.lang = 'nb';
      el.requestUpdate();
      await settle(el);
      expect(collected.events).to.have.length(1);
    });

    it('fires again when the data changes', async () => {
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${example('tofte-lsu')}></torg-committee>`);
      const changed = example('tofte-lsu');
      changed.members = changed.members.filter((m) => m.seat !== 'uavhengig');
      el.data = changed;
      await settle(el);
      expect(collected.events.map((e) => e.detail.ok)).to.deep.equal([true, false]);
      expect(collected.events[1]!.detail.rules.find((r) => r.id === 'uavhengig')).to.include({ ok: false, actual: 0 });
    });

    it('reports an unbalanced list of deputies alongside, without changing `ok`', async () => {
      const c = example('tofte-lsu');
      c.members.push(member({ role: 'varamedlem', gender: 'mann' }), member({ role: 'varamedlem', gender: 'mann' }));
      const el = await env.render<TorgCommittee>(html`<torg-committee .data=${c}></torg-committee>`);
      const { detail } = collected.events[0]!;
      expect(detail.ok).to.equal(true);
      expect(detail.deputies).to.include({ ok: false, required: 2, actual: 1 });
      expect(detail.deputies!.message).to.equal(
        'Mangler 1 kvinne for kjønnsbalanse (har 1 kvinne og 3 menn, krever minst 2 av hvert kjønn)',
      );
      expect(summary(el)).to.equal('Alle kravene er oppfylt');
      expect($$(el, '.summary').map((p) => textOf(p))).to.deep.equal([
        'Alle kravene er oppfylt',
        'Kjønnsbalansen blant varamedlemmene er ikke oppfylt',
      ]);
    });

    it('speaks the widget’s language', async () => {
      await render('slemmestad-lsu', { lang: 'en' });
      expect(collected.events).to.have.length(1);
      expect(collected.events[0]!.detail.rules[0]!.message).to.equal(
        'Missing 1 representative under 20 (has 1, needs 2)',
      );
    });

    it('is not fired for an error', async () => {
      env.scenario('server-error');
      await render('tofte-lsu');
      expect(collected.events).to.have.length(0);
    });
  });

  describe('languages', () => {
    it('nynorsk: the real output', async () => {
      const el = await render('slemmestad-lsu', { lang: 'nn' });
      expect(summary(el)).to.equal('3 av 6 krav er ikkje oppfylte');
      expect(textOf($(el, '[part="check"] h3'))).to.equal('Samansetjing');
      expect(ruleLines(el, 'ungdom')).to.deep.equal([
        'Ungdom under 20 år Ikkje oppfylt',
        'Manglar 1 representant under 20 år (har 1, krev 2)',
        'Tel ikkje med: Mathias Berg (var 20 år då perioden starta 1. september 2024)',
      ]);
      expect(ruleLines(el, 'kjonnsbalanse')[1]).to.equal(
        'Manglar 2 kvinner for kjønnsbalanse (har 1 kvinne og 5 menn, krev minst 3 av kvart kjønn)',
      );
      expect(textOf($(el, '[part="header"]'))).to.contain('Heimel');
      expect(textOf($(el, '[part="roster"] h3'))).to.equal('Medlemer');
      expect(textOf($(el, '[part~="vacant"]'))).to.equal('Ledig plass');
      await expect(el).to.be.accessible();
    });

    it('English: the real output', async () => {
      const el = await render('heggedal-lsu', { lang: 'en' });
      expect(summary(el)).to.equal('1 of 6 requirements is not met');
      expect(ruleLines(el, 'ungdom')).to.deep.equal([
        'Young people under 20 Cannot be verified',
        'Missing 1 representative under 20 (has 1, needs 2). The age of 1 member is not recorded and cannot be verified',
        'Not counted: Alex Sørli (age not recorded, cannot be verified); Ida Torp (deputy member, does not fill the seat)',
      ]);
      expect(ruleLines(el, 'kjonnsbalanse')[1]).to.equal(
        'Met with 3 women and 3 men (needs at least 3 of each gender). Gender not recorded for 1 member (Alex Sørli)',
      );
      expect(textOf($(el, '[part="header"]'))).to.contain('Term 1 January 2024 – 31 December 2027');
      const roles = $$(el, '[part~="member"] .role').map((r) => textOf(r));
      expect(roles).to.deep.equal(['Vice chair', 'Chair']);
      await expect(el).to.be.accessible();
    });

    it('English: the compliant summary and a seat rule met', async () => {
      const el = await render('tofte-lsu', { lang: 'en' });
      expect(summary(el)).to.equal('All requirements are met');
      expect(ruleLines(el, 'velforening')[1]).to.equal(
        "Has 2 representatives for the residents' associations (needs 1)",
      );
    });

    it('switches language in place', async () => {
      const el = await render('tofte-lsu');
      el.lang = 'nn';
      await waitFor(() => summary(el) === 'Alle krava er oppfylte', 'nynorsk summary');
      // Another language is another check result to listen for.
      await waitFor(() => collected.events.length === 2, 'a second event');
      expect(collected.events[1]!.detail.rules[0]!.message).to.equal('Har 2 representantar under 20 år (krev 2)');
    });
  });
});
