import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { committeeFixtures } from '../../mocks/fixtures/committees.js';
import type { Committee, CompositionRules, Gender, Member } from '../../src/contract/schemas.js';
import {
  DEFAULT_RULES,
  GENDER_RULE,
  ageOn,
  checkComposition,
  genderBalanceMinimum,
  presenceOf,
  referenceDate as referenceDateOf,
  rosterOf,
  type GenderResult,
  type RuleResult,
  type SeatResult,
} from '../../src/domain/composition.js';
import { addDays, addMonths, daysBetween } from '../../src/domain/oslo-time.js';

const TERM = { from: '2024-01-01', to: '2027-12-31' };
const DATE = '2026-12-03';

function fixture(id: string): Committee {
  const committee = committeeFixtures.find((c) => c.id === id);
  if (!committee) throw new Error(`no fixture ${id}`);
  return structuredClone(committee);
}

let nextId = 0;
function member(overrides: Partial<Member> = {}): Member {
  nextId++;
  return { id: `m${nextId}`, name: `Medlem ${nextId}`, role: 'medlem', seat: 'uavhengig', ...overrides };
}

function committee(members: Member[], rules?: CompositionRules): Committee {
  return { id: 'test', name: 'Test', term: TERM, members, ...(rules ? { rules } : {}) };
}

function seat(result: { rules: RuleResult[] }, id: string): SeatResult {
  const rule = result.rules.find((r) => r.id === id);
  if (rule?.kind !== 'seat') throw new Error(`no seat rule ${id}`);
  return rule;
}

function gender(result: { rules: RuleResult[] }): GenderResult {
  const rule = result.rules.find((r) => r.id === GENDER_RULE);
  if (rule?.kind !== 'gender') throw new Error('no gender rule');
  return rule;
}

function verdict(rule: SeatResult, name: string) {
  const found = rule.members.find((m) => m.name === name);
  if (!found) throw new Error(`${name} is not on ${rule.id}`);
  return found;
}

describe('composition: the gender-balance ladder', () => {
  it('follows the statutory ladder for 0–12 members', () => {
    const expected = [0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5];
    expect(expected.map((_, n) => genderBalanceMinimum(n))).to.deep.equal(expected);
  });

  it('rounds 40 % up above 9 members', () => {
    expect(genderBalanceMinimum(35)).to.equal(14);
    expect(genderBalanceMinimum(36)).to.equal(15);
    expect(genderBalanceMinimum(25)).to.equal(10);
    expect(genderBalanceMinimum(26)).to.equal(11);
  });

  it('above 9 members, is the smallest whole number of at least 40 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 10_000 }), (n) => {
        const required = genderBalanceMinimum(n);
        expect(required * 5).to.be.at.least(2 * n);
        expect((required - 1) * 5).to.be.lessThan(2 * n);
      }),
    );
  });

  it('never decreases, grows by at most one per member, and can always be met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), (n) => {
        const step = genderBalanceMinimum(n + 1) - genderBalanceMinimum(n);
        expect(step).to.be.oneOf([0, 1]);
        expect(genderBalanceMinimum(n)).to.be.at.most(Math.floor(n / 2));
      }),
    );
  });
});

describe('composition: age', () => {
  it('counts a birthday on the date itself', () => {
    expect(ageOn('2005-09-01', '2025-09-01')).to.equal(20);
    expect(ageOn('2005-09-01', '2025-08-31')).to.equal(19);
    expect(ageOn('2005-09-02', '2025-09-01')).to.equal(19);
    expect(ageOn('2005-09-01', '2005-09-01')).to.equal(0);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2028-02-28')).to.equal(19);
    expect(ageOn('2008-02-29', '2028-02-29')).to.equal(20);
    expect(ageOn('2008-02-29', '2027-02-28')).to.equal(18);
    expect(ageOn('2008-02-29', '2027-03-01')).to.equal(19);
  });

  const birthDate = fc
    .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => !d.endsWith('-02-29'));

  it('is k on the k-th birthday and k − 1 the day before (property)', () => {
    fc.assert(
      fc.property(birthDate, fc.integer({ min: 1, max: 90 }), (born, k) => {
        const birthday = addMonths(born, 12 * k);
        expect(ageOn(born, birthday)).to.equal(k);
        expect(ageOn(born, addDays(birthday, -1))).to.equal(k - 1);
      }),
    );
  });

  it('never decreases as the date moves on (property)', () => {
    fc.assert(
      fc.property(birthDate, fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 800 }), (born, a, b) => {
        const earlier = addDays(born, a);
        expect(ageOn(born, addDays(earlier, b))).to.be.at.least(ageOn(born, earlier));
      }),
    );
  });
});

describe('composition: who sits on the committee', () => {
  it('uses the term for a missing from/to, inclusive at both ends', () => {
    const m = member({ from: '2025-09-01', to: '2026-06-30' });
    expect(presenceOf(m, TERM, '2025-09-01').presence).to.equal('current');
    expect(presenceOf(m, TERM, '2025-08-31').presence).to.equal('not-started');
    expect(presenceOf(m, TERM, '2026-06-30').presence).to.equal('current');
    expect(presenceOf(m, TERM, '2026-07-01').presence).to.equal('ended');
    expect(presenceOf(member(), TERM, '2024-01-01')).to.deep.equal({
      presence: 'current',
      from: TERM.from,
      to: TERM.to,
    });
    expect(presenceOf(member(), TERM, '2028-01-01').presence).to.equal('outside-term');
    expect(presenceOf(member(), TERM, '2023-12-31').presence).to.equal('outside-term');
  });
});

describe('composition: the example committees', () => {
  it('tofte-lsu meets every default rule; the member whose period ended does not count', () => {
    const result = checkComposition(fixture('tofte-lsu'), DATE);
    expect(result.ok).to.equal(true);
    expect(result.rules.map((r) => r.id)).to.deep.equal([
      'ungdom',
      'velforening',
      'naeringsliv',
      'frivillighet',
      'uavhengig',
      'kjonnsbalanse',
    ]);
    const youth = seat(result, 'ungdom');
    expect([youth.actual, youth.required, youth.status]).to.deep.equal([2, 2, 'met']);
    expect(verdict(youth, 'Sofie Myhre')).to.include({ counts: true, age: 17 });
    expect(verdict(youth, 'Hans Kristian Dahl')).to.include({ counts: false, reason: 'ended', to: '2025-08-31' });
    expect(verdict(youth, 'Lea Nilsen')).to.include({ counts: false, reason: 'deputy' });
    const balance = gender(result);
    expect(balance).to.include({ n: 7, required: 3, actual: 3, ok: true });
    expect(balance.counts).to.deep.equal({ kvinne: 4, mann: 3, annet: 0, unknown: 0 });
    expect(result.deputies).to.include({ group: 'deputies', n: 2, required: 1, actual: 1, ok: true });
  });

  it('slemmestad-lsu misses a youth seat, the business seat and gender balance', () => {
    const result = checkComposition(fixture('slemmestad-lsu'), DATE);
    expect(result.ok).to.equal(false);
    const youth = seat(result, 'ungdom');
    expect(youth).to.include({ actual: 1, required: 2, status: 'missing', ok: false });
    // Born 2004-05-01, member from 2024-09-01: 20 at the start of the period.
    expect(verdict(youth, 'Mathias Berg')).to.include({ counts: false, reason: 'too-old', age: 20 });
    const business = seat(result, 'naeringsliv');
    expect(business).to.include({ actual: 0, required: 1, status: 'missing' });
    expect(verdict(business, 'Trine Vik')).to.include({ reason: 'ended', to: '2026-06-30' });
    expect(verdict(business, 'Per Hagen')).to.include({ reason: 'deputy' });
    const balance = gender(result);
    expect(balance).to.include({ n: 6, required: 3, actual: 1, ok: false, status: 'missing' });
    expect(balance.counts).to.deep.equal({ kvinne: 1, mann: 5, annet: 0, unknown: 0 });
    expect(result.rules.filter((r) => !r.ok).map((r) => r.id)).to.deep.equal([
      'ungdom',
      'naeringsliv',
      'kjonnsbalanse',
    ]);
  });

  it('heggedal-lsu: its own rules, a youth flag that counts, an unknown age that cannot be verified', () => {
    const result = checkComposition(fixture('heggedal-lsu'), DATE);
    const youth = seat(result, 'ungdom');
    expect(youth).to.include({ actual: 1, required: 2, unverified: 1, status: 'unverified', ok: false });
    expect(verdict(youth, 'Emil Haug')).to.include({ counts: true, reason: 'counts' });
    expect(verdict(youth, 'Emil Haug').age).to.equal(undefined);
    expect(verdict(youth, 'Alex Sørli')).to.include({ counts: false, reason: 'age-unknown' });
    // The committee's own rule: two for the residents' associations.
    expect(seat(result, 'velforening')).to.include({ required: 2, actual: 2, ok: true });
    const balance = gender(result);
    expect(balance).to.include({ n: 7, required: 3, actual: 3, ok: true });
    expect(balance.counts.unknown).to.equal(1);
    expect(balance.members.filter((m) => !m.gender).map((m) => m.name)).to.deep.equal(['Alex Sørli']);
    expect(result.ok).to.equal(false);
  });
});

describe('composition: edge cases', () => {
  const youthRules: CompositionRules = {
    seats: [{ seat: 'ungdom', min: 1, maxAgeExclusive: 20 }],
    genderBalance: false,
  };

  it('measures age at the start of the member’s period: a 20th birthday on that day is too old', () => {
    const onTheDay = member({ seat: 'ungdom', birthDate: '2005-09-01', from: '2025-09-01' });
    const dayAfter = member({ seat: 'ungdom', birthDate: '2005-09-02', from: '2025-09-01' });
    const result = checkComposition(committee([onTheDay, dayAfter], youthRules), DATE);
    const youth = seat(result, 'ungdom');
    expect(youth.members.map((m) => [m.reason, m.age])).to.deep.equal([
      ['too-old', 20],
      ['counts', 19],
    ]);
  });

  it('uses the term’s start when the member has no `from`, and ignores later birthdays', () => {
    // 19 when the term began in 2024, 21 on the reference date: still counts.
    const m = member({ seat: 'ungdom', birthDate: '2005-06-01' });
    const youth = seat(checkComposition(committee([m], youthRules), DATE), 'ungdom');
    expect(youth.members[0]).to.include({ counts: true, age: 18, from: TERM.from });
  });

  it('counts a membership that ends on the reference date, not the day after', () => {
    const m = member({ seat: 'ungdom', youth: true, to: DATE });
    expect(seat(checkComposition(committee([m], youthRules), DATE), 'ungdom').actual).to.equal(1);
    const after = seat(checkComposition(committee([m], youthRules), addDays(DATE, 1)), 'ungdom');
    expect(after.actual).to.equal(0);
    expect(after.members[0]!.reason).to.equal('ended');
  });

  it('counts a membership that starts on the reference date, not the day before', () => {
    const m = member({ seat: 'ungdom', youth: true, from: DATE });
    expect(seat(checkComposition(committee([m], youthRules), DATE), 'ungdom').actual).to.equal(1);
    const before = seat(checkComposition(committee([m], youthRules), addDays(DATE, -1)), 'ungdom');
    expect(before.members[0]!.reason).to.equal('not-started');
  });

  it('counts nobody outside the term', () => {
    const result = checkComposition(committee([member({ seat: 'uavhengig' })]), '2028-01-01');
    expect(result.inTerm).to.equal(false);
    expect(seat(result, 'uavhengig').members[0]!.reason).to.equal('outside-term');
    expect(result.rules.every((r) => r.actual === 0)).to.equal(true);
  });

  it('never lets a deputy fill a seat, however young', () => {
    const deputy = member({ role: 'varamedlem', seat: 'ungdom', birthDate: '2010-01-01' });
    const youth = seat(checkComposition(committee([deputy], youthRules), DATE), 'ungdom');
    expect(youth.actual).to.equal(0);
    expect(youth.members[0]).to.include({ reason: 'deputy', counts: false });
  });

  it('reads the youth flag only as far as it goes (under 20)', () => {
    const flagged = (youth: boolean, limit: number) =>
      seat(
        checkComposition(
          committee([member({ seat: 'ungdom', youth })], {
            seats: [{ seat: 'ungdom', min: 1, maxAgeExclusive: limit }],
            genderBalance: false,
          }),
          DATE,
        ),
        'ungdom',
      ).members[0]!.reason;
    expect(flagged(true, 20)).to.equal('counts');
    expect(flagged(true, 26)).to.equal('counts');
    expect(flagged(true, 18)).to.equal('age-unknown');
    expect(flagged(false, 20)).to.equal('too-old');
    expect(flagged(false, 16)).to.equal('too-old');
    expect(flagged(false, 26)).to.equal('age-unknown');
  });

  it('prefers the birth date to the youth flag', () => {
    const m = member({ seat: 'ungdom', youth: true, birthDate: '1990-01-01' });
    expect(seat(checkComposition(committee([m], youthRules), DATE), 'ungdom').members[0]!.reason).to.equal('too-old');
  });

  it('treats a birth date after the start of the period as unknown, not as a very young member', () => {
    const m = member({ seat: 'ungdom', birthDate: '2026-01-01' });
    const youth = seat(checkComposition(committee([m], youthRules), DATE), 'ungdom');
    expect(youth).to.include({ actual: 0, unverified: 1, status: 'unverified' });
  });

  it('says "missing", not "cannot be verified", when unknown ages could not close the gap', () => {
    const rules: CompositionRules = { seats: [{ seat: 'ungdom', min: 3, maxAgeExclusive: 20 }], genderBalance: false };
    const youth = seat(checkComposition(committee([member({ seat: 'ungdom' })], rules), DATE), 'ungdom');
    expect(youth).to.include({ actual: 0, unverified: 1, status: 'missing' });
  });

  it('ignores age for seats without an age limit', () => {
    const m = member({ seat: 'velforening', birthDate: '1940-01-01' });
    expect(seat(checkComposition(committee([m]), DATE), 'velforening').actual).to.equal(1);
  });

  it('uses the default rules when the committee has none, and the given rules over the committee’s', () => {
    const c = committee([member()]);
    expect(checkComposition(c, DATE).rules.map((r) => r.id)).to.deep.equal([
      ...DEFAULT_RULES.seats.map((s) => s.seat),
      GENDER_RULE,
    ]);
    const own: CompositionRules = { seats: [{ seat: 'seniorer', min: 1 }], genderBalance: false };
    const result = checkComposition({ ...c, rules: own }, DATE);
    expect(result.rules.map((r) => r.id)).to.deep.equal(['seniorer']);
    expect(result.deputies).to.equal(undefined);
    expect(checkComposition({ ...c, rules: own }, DATE, DEFAULT_RULES).rules).to.have.length(6);
  });

  it('counts members of another or no recorded gender in n, and names no one’s gender by guess', () => {
    const people = [
      member({ gender: 'kvinne' }),
      member({ gender: 'kvinne' }),
      member({ gender: 'mann' }),
      member({ gender: 'annet' }),
      member({ name: 'Uten kjønn' }),
    ];
    const balance = gender(checkComposition(committee(people), DATE));
    expect(balance).to.include({ n: 5, required: 2, actual: 1, ok: false });
    expect(balance.counts).to.deep.equal({ kvinne: 2, mann: 1, annet: 1, unknown: 1 });
    expect(balance.members.find((m) => m.name === 'Uten kjønn')!.gender).to.equal(undefined);
  });

  it('has no gender requirement below two members', () => {
    const balance = gender(checkComposition(committee([member({ gender: 'mann' })]), DATE));
    expect(balance).to.include({ n: 1, required: 0, ok: true });
  });

  it('checks the deputies separately, and their balance does not decide `ok`', () => {
    const rules: CompositionRules = { seats: [], genderBalance: true };
    const result = checkComposition(
      committee(
        [
          member({ gender: 'kvinne' }),
          member({ gender: 'mann' }),
          member({ role: 'varamedlem', gender: 'mann' }),
          member({ role: 'varamedlem', gender: 'mann' }),
        ],
        rules,
      ),
      DATE,
    );
    expect(gender(result)).to.include({ n: 2, ok: true });
    expect(result.deputies).to.include({ n: 2, actual: 0, required: 1, ok: false });
    expect(result.ok).to.equal(true);
  });
});

// --- properties ---------------------------------------------------------------------

const GENDERS: (Gender | undefined)[] = ['kvinne', 'mann', 'annet', undefined];
const dateIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));

const memberArb: fc.Arbitrary<Member> = fc
  .record({
    role: fc.constantFrom('leder', 'nestleder', 'medlem', 'medlem', 'medlem', 'varamedlem'),
    seat: fc.constantFrom('ungdom', 'velforening', 'naeringsliv', 'frivillighet', 'uavhengig'),
    gender: fc.constantFrom(...GENDERS),
    birthDate: fc.option(dateIn('1950-01-01', 365 * 60), { nil: undefined }),
    youth: fc.option(fc.boolean(), { nil: undefined }),
    from: fc.option(dateIn('2023-06-01', 365 * 2), { nil: undefined }),
    to: fc.option(dateIn('2025-06-01', 365 * 3), { nil: undefined }),
  })
  .map((m) => {
    nextId++;
    const out: Member = { id: `p${nextId}`, name: `Person ${nextId}`, role: m.role, seat: m.seat };
    if (m.gender) out.gender = m.gender;
    if (m.birthDate) out.birthDate = m.birthDate;
    if (m.youth !== undefined) out.youth = m.youth;
    if (m.from) out.from = m.from;
    if (m.to) out.to = m.to;
    return out;
  });

const rulesArb: fc.Arbitrary<CompositionRules | undefined> = fc.option(
  fc.record({
    seats: fc.array(
      fc.record(
        {
          seat: fc.constantFrom('ungdom', 'velforening', 'naeringsliv', 'frivillighet', 'uavhengig'),
          min: fc.integer({ min: 0, max: 3 }),
          maxAgeExclusive: fc.constantFrom(16, 20, 26, 30),
        },
        { requiredKeys: ['seat', 'min'] },
      ),
      { maxLength: 6 },
    ),
    genderBalance: fc.boolean(),
  }),
  { nil: undefined },
);

const committeeArb = fc
  .record({ members: fc.array(memberArb, { maxLength: 16 }), rules: rulesArb })
  .map(({ members, rules }) => committee(members, rules));

const referenceDate = dateIn('2023-10-01', 365 * 5);

describe('composition: properties', () => {
  it('ok is every rule met; met means actual ≥ required; statuses agree with the counts', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, (c, date) => {
        const result = checkComposition(c, date);
        expect(result.ok).to.equal(result.rules.every((r) => r.ok));
        for (const rule of result.rules) {
          expect(rule.ok).to.equal(rule.actual >= rule.required);
          expect(rule.status === 'met').to.equal(rule.ok);
          if (rule.kind === 'seat') {
            expect(rule.actual).to.equal(rule.members.filter((m) => m.counts).length);
            if (rule.status === 'unverified') expect(rule.actual + rule.unverified).to.be.at.least(rule.required);
          }
        }
      }),
    );
  });

  it('deputies never count for a seat', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, (c, date) => {
        for (const rule of checkComposition(c, date).rules) {
          if (rule.kind !== 'seat') continue;
          for (const m of rule.members) if (m.role === 'varamedlem') expect(m.counts).to.equal(false);
        }
      }),
    );
  });

  it('removing a member never increases any rule’s `actual`', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, fc.nat(), (c, date, pick) => {
        fc.pre(c.members.length > 0);
        const before = checkComposition(c, date);
        const index = pick % c.members.length;
        const after = checkComposition({ ...c, members: c.members.filter((_, i) => i !== index) }, date);
        before.rules.forEach((rule, i) => expect(after.rules[i]!.actual).to.be.at.most(rule.actual));
      }),
    );
  });

  it('making a member a deputy never increases any seat’s `actual`', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, fc.nat(), (c, date, pick) => {
        fc.pre(c.members.length > 0);
        const index = pick % c.members.length;
        const members = c.members.map((m, i) => (i === index ? { ...m, role: 'varamedlem' as const } : m));
        const before = checkComposition(c, date);
        const after = checkComposition({ ...c, members }, date);
        before.rules.forEach((rule, i) => {
          if (rule.kind === 'seat') expect(after.rules[i]!.actual).to.be.at.most(rule.actual);
        });
      }),
    );
  });

  it('adding a member of the under-represented gender never turns a met gender rule into unmet', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, (c, date) => {
        fc.pre(date >= TERM.from && date <= TERM.to);
        const before = gender(checkComposition(c, date, { seats: [], genderBalance: true }));
        fc.pre(before.ok && before.counts.kvinne !== before.counts.mann);
        const under: Gender = before.counts.kvinne < before.counts.mann ? 'kvinne' : 'mann';
        const added = committee([...c.members, member({ gender: under })]);
        const after = gender(checkComposition(added, date, { seats: [], genderBalance: true }));
        expect(after.n).to.equal(before.n + 1);
        expect(after.ok).to.equal(true);
      }),
    );
  });

  it('with only women and men recorded, adding one of the smaller (or equal) group never breaks a met balance', () => {
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.nat({ max: 30 }), (women, men) => {
        const people = (n: number, g: Gender) => Array.from({ length: n }, () => member({ gender: g }));
        const before = gender(checkComposition(committee([...people(women, 'kvinne'), ...people(men, 'mann')]), DATE));
        fc.pre(before.ok);
        const under: Gender = women <= men ? 'kvinne' : 'mann';
        const after = gender(
          checkComposition(
            committee([...people(women, 'kvinne'), ...people(men, 'mann'), member({ gender: under })]),
            DATE,
          ),
        );
        expect(after.ok).to.equal(true);
      }),
    );
  });

  it('does not depend on the order of the members', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, fc.nat(), (c, date, seed) => {
        const shuffled = [...c.members].sort((a, b) => ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7));
        const a = checkComposition(c, date).rules.map((r) => [r.id, r.actual, r.required, r.ok]);
        const b = checkComposition({ ...c, members: shuffled }, date).rules.map((r) => [
          r.id,
          r.actual,
          r.required,
          r.ok,
        ]);
        expect(b).to.deep.equal(a);
      }),
    );
  });

  it('a member counts on the last day of their period and not the next (when both lie in the term)', () => {
    fc.assert(
      fc.property(dateIn(TERM.from, daysBetween(TERM.from, TERM.to) - 1), (to) => {
        const m = member({ seat: 'velforening', to });
        expect(seat(checkComposition(committee([m]), to), 'velforening').actual).to.equal(1);
        expect(seat(checkComposition(committee([m]), addDays(to, 1)), 'velforening').actual).to.equal(0);
      }),
    );
  });

  it('an under-20 member counts until the day before their 20th birthday as the period starts (property)', () => {
    fc.assert(
      fc.property(dateIn('2024-01-01', 365 * 3), fc.integer({ min: -3, max: 3 }), (from, shift) => {
        fc.pre(!from.endsWith('-02-29'));
        // Born so that the 20th birthday falls `shift` days from the start of the period.
        const born = addMonths(addDays(from, shift), -240);
        fc.pre(!born.endsWith('-02-29') && addMonths(born, 240) === addDays(from, shift));
        const m = member({ seat: 'ungdom', birthDate: born, from });
        const rules: CompositionRules = {
          seats: [{ seat: 'ungdom', min: 1, maxAgeExclusive: 20 }],
          genderBalance: false,
        };
        const youth = seat(checkComposition(committee([m], rules), from), 'ungdom');
        expect(youth.actual).to.equal(shift > 0 ? 1 : 0);
      }),
    );
  });
});

describe('composition: the roster', () => {
  const names = (members: Member[]): string[] => members.map((m) => m.name);

  it('groups the sitting members by seat, chair and vice chair first, then deputies, then the others', () => {
    const c = fixture('tofte-lsu');
    const roster = rosterOf(c, checkComposition(c, DATE));
    expect(roster.seats.map((s) => s.seat)).to.deep.equal([
      'ungdom',
      'velforening',
      'naeringsliv',
      'frivillighet',
      'uavhengig',
    ]);
    expect(names(roster.seats[0]!.members)).to.deep.equal(['Sofie Myhre', 'Elias Strand']);
    expect(names(roster.deputies)).to.deep.equal(['Tor Eriksen', 'Lea Nilsen']);
    expect(names(roster.others)).to.deep.equal(['Hans Kristian Dahl']);
    const c2 = committee([
      member({ name: 'Vanlig', seat: 'velforening' }),
      member({ name: 'Nest', seat: 'velforening', role: 'nestleder' }),
      member({ name: 'Leder', seat: 'velforening', role: 'leder' }),
    ]);
    const velforening = rosterOf(c2, checkComposition(c2, DATE)).seats.find((s) => s.seat === 'velforening')!;
    expect(names(velforening.members)).to.deep.equal(['Leder', 'Nest', 'Vanlig']);
  });

  it('leaves a place vacant below a seat’s minimum, within the term only', () => {
    const c = committee([member({ seat: 'ungdom', birthDate: '2010-01-01' })]);
    const inTerm = rosterOf(c, checkComposition(c, DATE));
    expect(inTerm.seats.map((s) => [s.seat, s.members.length, s.vacant])).to.deep.equal([
      ['ungdom', 1, 1],
      ['velforening', 0, 1],
      ['naeringsliv', 0, 1],
      ['frivillighet', 0, 1],
      ['uavhengig', 0, 1],
    ]);
    const outside = rosterOf(c, checkComposition(c, '2030-01-01'));
    expect(outside.seats).to.deep.equal([]);
    expect(outside.others).to.have.length(1);
  });

  it('adds seats the rules do not name, after the others, and leaves out empty ones', () => {
    const c = committee([member({ seat: 'naeringsliv' }), member({ seat: 'ungdom' })], {
      seats: [
        { seat: 'ungdom', min: 0 },
        { seat: 'velforening', min: 0 },
      ],
      genderBalance: false,
    });
    expect(rosterOf(c, checkComposition(c, DATE)).seats.map((s) => s.seat)).to.deep.equal(['ungdom', 'naeringsliv']);
  });

  it('shows every member once, and a vacancy exactly where a seat is short (property)', () => {
    fc.assert(
      fc.property(committeeArb, referenceDate, (c, date) => {
        const result = checkComposition(c, date);
        const roster = rosterOf(c, result);
        const shown = [...roster.seats.flatMap((s) => s.members), ...roster.deputies, ...roster.others];
        expect(shown.map((m) => m.id).sort()).to.deep.equal(c.members.map((m) => m.id).sort());
        const rules = c.rules ?? DEFAULT_RULES;
        for (const s of roster.seats) {
          const min = Math.max(0, ...rules.seats.filter((r) => r.seat === s.seat).map((r) => r.min));
          expect(s.vacant).to.equal(result.inTerm ? Math.max(0, min - s.members.length) : 0);
          expect(s.members.every((m) => m.seat === s.seat && m.role !== 'varamedlem')).to.equal(true);
          expect(s.members.length + s.vacant).to.be.greaterThan(0);
        }
        expect(roster.deputies.every((m) => m.role === 'varamedlem')).to.equal(true);
      }),
    );
  });
});

describe('composition: the reference date', () => {
  it('is the given date when it can be read, else today (and says what could not be read)', () => {
    expect(referenceDateOf('2025-06-01', DATE)).to.deep.equal({ date: '2025-06-01' });
    expect(referenceDateOf(' 2025-06-01 ', DATE)).to.deep.equal({ date: '2025-06-01' });
    expect(referenceDateOf(undefined, DATE)).to.deep.equal({ date: DATE });
    expect(referenceDateOf('  ', DATE)).to.deep.equal({ date: DATE });
    expect(referenceDateOf('2026-02-30', DATE)).to.deep.equal({ date: DATE, unreadable: '2026-02-30' });
    expect(referenceDateOf('i går', DATE)).to.deep.equal({ date: DATE, unreadable: 'i går' });
  });
});
