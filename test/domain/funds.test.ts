import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Grant } from '../../src/contract/schemas.js';
import {
  DEFAULT_SORT,
  applicationWindow,
  isEmptyYear,
  meetingLink,
  nextSort,
  percentGranted,
  sortGrants,
  summarize,
  yearChoices,
  yearOf,
} from '../../src/domain/funds.js';

const grant = (id: string, amount: number, decided: string): Grant => ({
  id,
  recipient: `Mottaker ${id}`,
  purpose: 'Formål',
  amount,
  decided,
});

describe('funds domain: a committee’s money', () => {
  describe('summarize', () => {
    it('gives what is left and the share granted', () => {
      expect(summarize({ budget: 250_000, allocated: 73_750.5 })).to.deep.equal({
        budget: 250_000,
        allocated: 73_750.5,
        left: 176_249.5,
        share: 73_750.5 / 250_000,
      });
    });

    it('says plainly when more than the budget was granted, or there is no budget', () => {
      expect(summarize({ budget: 100_000, allocated: 120_000 })).to.include({ left: -20_000, share: 1 });
      expect(summarize({ budget: 0, allocated: 0 })).to.include({ left: 0, share: 0 });
      expect(summarize({ budget: 0, allocated: 5_000 })).to.include({ left: -5_000, share: 1 });
    });

    it('is exact to the øre, whatever the amounts (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), (b, a) => {
          const { left, share } = summarize({ budget: b / 100, allocated: a / 100 });
          expect(Math.round(left * 100)).to.equal(b - a);
          expect(share).to.be.within(0, 1);
        }),
      );
    });
  });

  describe('percentGranted', () => {
    it('rounds, but never to 100 % before all is granted nor to 0 % once some is', () => {
      const pct = (budget: number, allocated: number): number => percentGranted(summarize({ budget, allocated }));
      expect(pct(200_000, 50_000)).to.equal(25);
      expect(pct(200_000, 199_500)).to.equal(99);
      expect(pct(200_000, 200_000)).to.equal(100);
      expect(pct(200_000, 100)).to.equal(1);
      expect(pct(200_000, 0)).to.equal(0);
      expect(pct(100_000, 150_000)).to.equal(100);
    });
  });

  describe('sorting the grants', () => {
    const grants = [
      grant('a', 12_000, '2026-07-06'),
      grant('b', 35_000, '2026-10-04'),
      grant('c', 8_250.5, '2026-11-21'),
      grant('d', 12_000, '2026-10-04'),
    ];

    it('shows the newest first until sorted, and ties keep the API’s order', () => {
      expect(sortGrants(grants, DEFAULT_SORT).map((g) => g.id)).to.deep.equal(['c', 'b', 'd', 'a']);
      expect(sortGrants(grants, { key: 'amount', direction: 'ascending' }).map((g) => g.id)).to.deep.equal([
        'c',
        'a',
        'd',
        'b',
      ]);
    });

    it('turns a column around on a second click; another column starts with the largest or newest', () => {
      const byAmount = nextSort(DEFAULT_SORT, 'amount');
      expect(byAmount).to.deep.equal({ key: 'amount', direction: 'descending' });
      expect(nextSort(byAmount, 'amount')).to.deep.equal({ key: 'amount', direction: 'ascending' });
      expect(nextSort(nextSort(byAmount, 'amount'), 'decided')).to.deep.equal(DEFAULT_SORT);
    });

    it('gives every grant once, in order, and leaves the input alone (property)', () => {
      const arb = fc.array(
        fc.record({
          id: fc.uuid(),
          amount: fc.integer({ min: 0, max: 100_000 }),
          decided: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        }),
        { maxLength: 30 },
      );
      const key = fc.constantFrom('decided' as const, 'amount' as const);
      const direction = fc.constantFrom('ascending' as const, 'descending' as const);
      fc.assert(
        fc.property(arb, key, direction, (raw, k, d) => {
          const list = raw.map((r) => grant(r.id, r.amount, r.decided.toISOString().slice(0, 10)));
          const before = list.map((g) => g.id);
          const sorted = sortGrants(list, { key: k, direction: d });
          expect(list.map((g) => g.id)).to.deep.equal(before);
          expect(sorted.map((g) => g.id).sort()).to.deep.equal([...before].sort());
          const values = sorted.map((g) => (k === 'amount' ? g.amount : g.decided));
          for (let i = 1; i < values.length; i++) {
            if (d === 'ascending') expect(values[i]! >= values[i - 1]!).to.equal(true);
            else expect(values[i]! <= values[i - 1]!).to.equal(true);
          }
        }),
      );
    });
  });

  describe('applicationWindow', () => {
    it('is open until the deadline, inclusive', () => {
      const funds = { applicationsOpen: true, deadline: '2026-12-31' };
      expect(applicationWindow(funds, '2026-12-31')).to.deep.equal({ open: true, deadline: '2026-12-31' });
      expect(applicationWindow(funds, '2027-01-01')).to.deep.equal({ open: false, deadline: '2026-12-31' });
      expect(applicationWindow({ applicationsOpen: true }, '2030-01-01')).to.deep.equal({ open: true });
      expect(applicationWindow({ ...funds, applicationsOpen: false }, '2026-01-01').open).to.equal(false);
    });
  });

  describe('the year', () => {
    it('is the one asked for when it is a year, else this year', () => {
      expect(yearOf(2025, 2026)).to.equal(2025);
      expect(yearOf('2019', 2026)).to.equal(2019);
      for (const bad of [undefined, null, '', 'i fjor', 2025.5, 99, 12_000, Number.NaN]) {
        expect(yearOf(bad, 2026), String(bad)).to.equal(2026);
      }
    });

    it('is empty with no budget, no grants and no applications taken', () => {
      const empty = { budget: 0, grants: [], applicationsOpen: false };
      expect(isEmptyYear(empty)).to.equal(true);
      expect(isEmptyYear({ ...empty, applicationsOpen: true })).to.equal(false);
      expect(isEmptyYear({ ...empty, budget: 1 })).to.equal(false);
      expect(isEmptyYear({ ...empty, grants: [grant('a', 1, '2026-01-01')] })).to.equal(false);
    });
  });

  describe('yearChoices', () => {
    it('offers the years the API has, newest first, with the year shown', () => {
      expect(yearChoices([2025, 2026], 2026, 2026)).to.deep.equal([2026, 2025]);
      expect(yearChoices([2025, 2026], 2019, 2026)).to.deep.equal([2026, 2025, 2019]);
    });

    it('offers this year and the two before when the API does not say', () => {
      expect(yearChoices(undefined, undefined, 2026)).to.deep.equal([2026, 2025, 2024]);
      expect(yearChoices([], 2026, 2026)).to.deep.equal([2026, 2025, 2024]);
    });
  });

  describe('meetingLink', () => {
    it('puts the meeting’s id, encoded, into the template', () => {
      expect(meetingLink('/tofte/moter?meeting={id}', 'tofte-lsu-m3')).to.equal('/tofte/moter?meeting=tofte-lsu-m3');
      expect(meetingLink('/m/{id}#{id}', 'a b/c?d')).to.equal('/m/a%20b%2Fc%3Fd#a%20b%2Fc%3Fd');
      // Half an emoji (a cut string) is replaced, never a URIError.
      expect(meetingLink('/m/{id}', 'm\ud83d')).to.equal('/m/m%EF%BF%BD');
    });

    it('gives no link without a template with {id} or without a meeting', () => {
      expect(meetingLink(undefined, 'm1')).to.equal(undefined);
      expect(meetingLink('/moter', 'm1')).to.equal(undefined);
      expect(meetingLink('/moter?meeting={id}', undefined)).to.equal(undefined);
    });

    it('never throws, whatever the id (a lone surrogate too) (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (id) => {
          const link = meetingLink('/m?meeting={id}', id);
          if (id) expect(link).to.be.a('string');
        }),
      );
    });
  });
});
