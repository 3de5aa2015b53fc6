import { expect } from '@open-wc/testing';
import type { GenderResult, MemberVerdict, SeatResult } from '../../../src/domain/composition.js';
import en from '../../../src/widgets/torg-committee/messages/en.js';
import nb from '../../../src/widgets/torg-committee/messages/nb.js';
import nn from '../../../src/widgets/torg-committee/messages/nn.js';

function seat(overrides: Partial<SeatResult>): SeatResult {
  return {
    kind: 'seat',
    id: 'velforening',
    ok: true,
    status: 'met',
    required: 1,
    actual: 1,
    unverified: 0,
    members: [],
    ...overrides,
  };
}

function gender(overrides: Partial<GenderResult>): GenderResult {
  return {
    kind: 'gender',
    id: 'kjonnsbalanse',
    group: 'members',
    ok: true,
    status: 'met',
    required: 0,
    actual: 0,
    n: 0,
    counts: { kvinne: 0, mann: 0, annet: 0, unknown: 0 },
    members: [],
    ...overrides,
  };
}

const verdict = (reason: MemberVerdict['reason'], extra: Partial<MemberVerdict> = {}): MemberVerdict => ({
  id: 'm',
  name: 'M',
  role: 'medlem',
  reason,
  counts: reason === 'counts',
  from: '2025-09-01',
  to: '2026-06-30',
  ...extra,
});

const day = (date: string): string => `[${date}]`;

describe('<torg-committee> texts', () => {
  it('say one and many correctly, for every seat, in bokmål', () => {
    expect(nb.seatMessage(seat({ id: 'uavhengig', required: 2, actual: 0, ok: false, status: 'missing' }))).to.equal(
      'Mangler 2 uavhengige representanter (har 0, krever 2)',
    );
    expect(nb.seatMessage(seat({ id: 'frivillighet', required: 3, actual: 3 }))).to.equal(
      'Har 3 representanter for frivillig sektor (krever 3)',
    );
    expect(nb.seatMessage(seat({ id: 'ungdom', required: 2, actual: 2 }))).to.equal(
      'Har 2 representanter for ungdommen (krever 2)',
    );
    expect(nb.seatMessage(seat({ id: 'seniorer', required: 1, actual: 0, ok: false, status: 'missing' }))).to.equal(
      'Mangler 1 representant for «seniorer» (har 0, krever 1)',
    );
    expect(nb.seatMessage(seat({ id: 'velforening', maxAgeExclusive: 30, required: 1, actual: 1 }))).to.equal(
      'Har 1 representant for velforeningene under 30 år (krever 1)',
    );
    expect(nb.seatRule('seniorer')).to.equal('seniorer');
    expect(nb.seatRule('ungdom', 26)).to.equal('Ungdom under 26 år');
  });

  it('say what cannot be verified, in all three languages', () => {
    const r = seat({
      id: 'ungdom',
      maxAgeExclusive: 20,
      required: 2,
      actual: 0,
      unverified: 2,
      ok: false,
      status: 'unverified',
    });
    expect(nb.seatMessage(r)).to.equal(
      'Mangler 2 representanter under 20 år (har 0, krever 2). Alderen til 2 medlemmer er ikke oppgitt og kan ikke bekreftes',
    );
    expect(nn.seatMessage(r)).to.equal(
      'Manglar 2 representantar under 20 år (har 0, krev 2). Alderen til 2 medlemer er ikkje oppgjeven og kan ikkje stadfestast',
    );
    expect(en.seatMessage(r)).to.equal(
      'Missing 2 representatives under 20 (has 0, needs 2). The ages of 2 members are not recorded and cannot be verified',
    );
  });

  it('name both genders when both are short, and count other genders', () => {
    const r = gender({
      n: 7,
      required: 3,
      actual: 2,
      ok: false,
      status: 'missing',
      counts: { kvinne: 2, mann: 2, annet: 2, unknown: 1 },
    });
    expect(nb.genderMessage(r, 'Ola')).to.equal(
      'Mangler 1 kvinne og 1 mann for kjønnsbalanse (har 2 kvinner, 2 menn og 2 med annet kjønn, krever minst 3 av hvert kjønn). Kjønn ikke oppgitt for 1 medlem (Ola)',
    );
    expect(nn.genderMessage(r, 'Ola')).to.equal(
      'Manglar 1 kvinne og 1 mann for kjønnsbalanse (har 2 kvinner, 2 menn og 2 med anna kjønn, krev minst 3 av kvart kjønn). Kjønn ikkje oppgjeve for 1 medlem (Ola)',
    );
    expect(en.genderMessage(r, 'Ola')).to.equal(
      'Missing 1 woman and 1 man for gender balance (has 2 women, 2 men and 2 of another gender, needs at least 3 of each gender). Gender not recorded for 1 member (Ola)',
    );
  });

  it('speak of deputies for the deputies’ balance', () => {
    const r = gender({ group: 'deputies', n: 1, counts: { kvinne: 0, mann: 0, annet: 0, unknown: 1 } });
    expect(nb.genderMessage(r, 'Kari')).to.equal(
      'Ingen krav til kjønnsbalanse med færre enn 2 varamedlemmer. Kjønn ikke oppgitt for 1 varamedlem (Kari)',
    );
    expect(nn.genderMessage(r, 'Kari')).to.equal(
      'Ingen krav til kjønnsbalanse med færre enn 2 varamedlemer. Kjønn ikkje oppgjeve for 1 varamedlem (Kari)',
    );
    expect(en.genderMessage(r, 'Kari')).to.equal(
      'No gender balance requirement with fewer than 2 deputy members. Gender not recorded for 1 deputy member (Kari)',
    );
  });

  it('give every reason in plain words', () => {
    const reasons = (m: typeof nb) => [
      m.reason(verdict('deputy'), day),
      m.reason(verdict('outside-term'), day),
      m.reason(verdict('not-started'), day),
      m.reason(verdict('ended'), day),
      m.reason(verdict('too-old', { age: 21 }), day, 20),
      m.reason(verdict('too-old'), day, 20),
      m.reason(verdict('age-unknown'), day),
      m.reason(verdict('counts'), day),
    ];
    expect(reasons(nb)).to.deep.equal([
      'varamedlem, fyller ikke plassen',
      'datoen er utenfor utvalgets periode',
      'perioden starter [2025-09-01]',
      'perioden sluttet [2026-06-30]',
      'var 21 år da perioden startet [2025-09-01]',
      'er ikke under 20 år',
      'alderen er ikke oppgitt og kan ikke bekreftes',
      '',
    ]);
    expect(reasons(nn)).to.deep.equal([
      'varamedlem, fyller ikkje plassen',
      'datoen er utanfor perioden til utvalet',
      'perioden startar [2025-09-01]',
      'perioden slutta [2026-06-30]',
      'var 21 år då perioden starta [2025-09-01]',
      'er ikkje under 20 år',
      'alderen er ikkje oppgjeven og kan ikkje stadfestast',
      '',
    ]);
    expect(reasons(en)).to.deep.equal([
      'deputy member, does not fill the seat',
      "the date is outside the committee's term",
      'membership starts [2025-09-01]',
      'membership ended [2026-06-30]',
      'was 21 when the membership started [2025-09-01]',
      'is not under 20',
      'age not recorded, cannot be verified',
      '',
    ]);
  });

  it('sum up in each language', () => {
    expect([nb.summary(0, 6), nb.summary(1, 6), nb.summary(2, 6)]).to.deep.equal([
      'Alle kravene er oppfylt',
      '1 av 6 krav er ikke oppfylt',
      '2 av 6 krav er ikke oppfylt',
    ]);
    expect([nn.summary(0, 6), nn.summary(2, 6)]).to.deep.equal([
      'Alle krava er oppfylte',
      '2 av 6 krav er ikkje oppfylte',
    ]);
    expect([en.summary(0, 6), en.summary(1, 6), en.summary(2, 6)]).to.deep.equal([
      'All requirements are met',
      '1 of 6 requirements is not met',
      '2 of 6 requirements are not met',
    ]);
  });

  it('have the same keys and seat names in every language', () => {
    expect(Object.keys(nn).sort()).to.deep.equal(Object.keys(nb).sort());
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(nb).sort());
    for (const table of [nb, nn, en]) {
      expect(Object.keys(table.seats)).to.deep.equal([
        'ungdom',
        'velforening',
        'naeringsliv',
        'frivillighet',
        'uavhengig',
      ]);
    }
  });
});
