import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { torgFixtures } from '../../mocks/fixtures/torg.js';
import type { OpeningHours, Torg } from '../../src/contract/schemas.js';
import { distanceMetres } from '../../src/domain/distance.js';
import {
  findTorg,
  noneReason,
  parseIds,
  searchFields,
  serviceOptions,
  type FinderCriteria,
  type FinderResult,
} from '../../src/domain/finder.js';
import { nearestFirst } from '../../src/domain/finder-nearest.js';
import { openingState, type OpeningState } from '../../src/domain/opening-hours.js';
import { matches } from '../../src/domain/search.js';

/** Thursday 3 December 2026, 10:00 in Oslo. */
const THURSDAY = Date.parse('2026-12-03T10:00:00+01:00');
/** Saturday 5 December 2026, 11:00 in Oslo: only Tofte is open. */
const SATURDAY = Date.parse('2026-12-05T11:00:00+01:00');
/** Wednesday 2 December 2026, 11:00 in Oslo: the building case officers sit in Asker sentrum only. */
const WEDNESDAY = Date.parse('2026-12-02T11:00:00+01:00');
/** Near Asker station. */
const ASKER = { lat: 59.8372, lon: 10.4332 };

const at =
  (instant: number) =>
  (hours: OpeningHours | undefined): OpeningState =>
    openingState(hours, instant);

function criteria(overrides: Partial<FinderCriteria> = {}): FinderCriteria {
  return { query: '', services: new Set(), openNow: false, ...overrides };
}

const ids = (torgs: { torg: Torg }[]): string[] => torgs.map((row) => row.torg.id);

/** What the finder shows: `findTorg`'s rows, nearest first when there is an origin (`nearestFirst`). */
function find(
  torgs: readonly Torg[],
  c: FinderCriteria & { origin?: { lat: number; lon: number } | undefined },
  stateOf: (hours: OpeningHours | undefined) => OpeningState,
): FinderResult {
  const found = findTorg(torgs, c, stateOf);
  return c.origin ? nearestFirst(found, c.origin) : found;
}

describe('finder rules', () => {
  describe('parseIds', () => {
    it('reads ids separated by spaces or commas, each once', () => {
      expect(parseIds('kulturskole,  seniorsenter')).to.deep.equal(['kulturskole', 'seniorsenter']);
      expect(parseIds(' bibliotek bibliotek,kino ')).to.deep.equal(['bibliotek', 'kino']);
      expect(parseIds('')).to.deep.equal([]);
      expect(parseIds(null)).to.deep.equal([]);
      expect(parseIds(undefined)).to.deep.equal([]);
    });
  });

  describe('searchFields', () => {
    it('are the name, the address and the services’ names', () => {
      const borgen = torgFixtures.find((t) => t.id === 'borgen')!;
      expect(searchFields(borgen)).to.deep.equal([
        'Borgen innbyggertorg',
        'Søndre Borgen 11',
        '1388',
        'Borgen',
        ...borgen.services.map((s) => s.name),
      ]);
    });
  });

  describe('serviceOptions', () => {
    it('names each service as most torg do, in Norwegian alphabetical order', () => {
      const options = serviceOptions(torgFixtures);
      expect(options.find((o) => o.id === 'ungdom')!.name).to.equal('Ungdomsklubb');
      const names = options.map((o) => o.name);
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('nb').compare));
      expect(new Set(options.map((o) => o.id)).size).to.equal(options.length);
    });

    it('keeps chosen services that no torg offers, after the others, named by their id', () => {
      const options = serviceOptions(torgFixtures, ['bibliotek', 'svommehall']);
      expect(options.at(-1)).to.deep.equal({ id: 'svommehall', name: 'svommehall' });
      expect(options.filter((o) => o.id === 'bibliotek')).to.have.length(1);
    });
  });

  describe('findTorg', () => {
    it('lists every torg by name when nothing is asked', () => {
      const { rows, matching } = findTorg(torgFixtures, criteria(), at(THURSDAY));
      expect(rows.map((r) => r.torg.name)).to.deep.equal([
        'Asker sentrum innbyggertorg',
        'Borgen innbyggertorg',
        'Heggedal innbyggertorg',
        'Holmen innbyggertorg',
        'Slemmestad innbyggertorg',
        'Spikkestad innbyggertorg',
        'Sætre innbyggertorg',
        'Tofte innbyggertorg',
      ]);
      expect(matching).to.equal(8);
    });

    it('keeps the torg that offer any of the chosen services', () => {
      const { rows } = findTorg(
        torgFixtures,
        criteria({ services: new Set(['kulturskole', 'seniorsenter']) }),
        at(THURSDAY),
      );
      expect(ids(rows)).to.deep.equal(['borgen', 'slemmestad', 'saetre']);
    });

    it('searches names, addresses and services', () => {
      expect(ids(findTorg(torgFixtures, criteria({ query: 'saetre' }), at(THURSDAY)).rows)).to.deep.equal(['saetre']);
      expect(ids(findTorg(torgFixtures, criteria({ query: '1388' }), at(THURSDAY)).rows)).to.deep.equal(['borgen']);
      expect(ids(findTorg(torgFixtures, criteria({ query: 'bibliotek tofte' }), at(THURSDAY)).rows)).to.deep.equal([
        'tofte',
      ]);
    });

    it('gives an open torg its own status, then one per chosen service with hours of its own', () => {
      const { rows } = findTorg(torgFixtures, criteria({ services: new Set(['byggesak']) }), at(THURSDAY));
      const asker = rows.find((r) => r.torg.id === 'asker-sentrum')!;
      expect(asker.statuses.map((s) => s.service?.id)).to.deep.equal([undefined, 'byggesak']);
      expect(asker.statuses.map((s) => s.state.open)).to.deep.equal([true, false]);
    });

    it('never calls a planned torg open, and gives it no status', () => {
      const { rows } = findTorg(torgFixtures, criteria(), at(THURSDAY));
      const holmen = rows.find((r) => r.torg.id === 'holmen')!;
      expect(holmen).to.include({ open: false });
      expect(holmen.statuses).to.deep.equal([]);
    });

    it('open now: the torg, or with services chosen, one of those services', () => {
      expect(ids(findTorg(torgFixtures, criteria({ openNow: true }), at(SATURDAY)).rows)).to.deep.equal(['tofte']);
      const byggesak = findTorg(
        torgFixtures,
        criteria({ openNow: true, services: new Set(['byggesak']) }),
        at(WEDNESDAY),
      );
      expect(ids(byggesak.rows)).to.deep.equal(['asker-sentrum']);
      expect(byggesak.matching).to.equal(3);
    });

    it('sorts nearest first from an origin, with each distance', () => {
      const { rows } = find(torgFixtures, { ...criteria(), origin: ASKER }, at(THURSDAY));
      expect(ids(rows).slice(0, 3)).to.deep.equal(['asker-sentrum', 'borgen', 'holmen']);
      expect(Math.round(rows[0]!.metres!)).to.equal(Math.round(distanceMetres(ASKER, rows[0]!.torg.location)));
    });

    it('asks for each opening state it shows, and nothing else: a row’s, when it is read', () => {
      const asked: (OpeningHours | undefined)[] = [];
      const { rows } = findTorg(torgFixtures, criteria(), (hours) => {
        asked.push(hours);
        return openingState(hours, THURSDAY);
      });
      // Of a long list only the rows shown cost an opening state.
      expect(asked).to.deep.equal([]);
      const borgen = rows.find((r) => r.torg.id === 'borgen')!;
      expect(borgen.statuses.map((s) => s.state.open)).to.deep.equal([true]);
      expect(borgen.open).to.equal(true);
      expect(asked).to.deep.equal([borgen.torg.openingHours]);
    });

    it('nearest first keeps each row’s opening state unasked until read, and asks it once', () => {
      const asked: (OpeningHours | undefined)[] = [];
      const found = findTorg(torgFixtures, criteria(), (hours) => {
        asked.push(hours);
        return openingState(hours, THURSDAY);
      });
      const { rows, matching } = nearestFirst(found, ASKER);
      expect(matching).to.equal(found.matching);
      expect(new Set(ids(rows))).to.deep.equal(new Set(ids(found.rows)));
      expect(asked).to.deep.equal([]);
      const borgen = rows.find((r) => r.torg.id === 'borgen')!;
      expect(borgen.open).to.equal(true);
      expect(found.rows.find((r) => r.torg.id === 'borgen')!.statuses).to.equal(borgen.statuses);
      expect(asked).to.deep.equal([borgen.torg.openingHours]);
    });

    it('with "open now", asks for the opening state of every torg it filters', () => {
      const asked = new Set<OpeningHours | undefined>();
      findTorg(torgFixtures, criteria({ openNow: true }), (hours) => {
        asked.add(hours);
        return openingState(hours, THURSDAY);
      });
      const open = torgFixtures.filter((t) => t.status === 'open');
      expect(asked).to.deep.equal(new Set(open.map((t) => t.openingHours)));
    });
  });

  describe('noneReason', () => {
    it('names the filter that left nothing', () => {
      expect(noneReason(criteria({ openNow: true }), 3)).to.equal('open-now');
      expect(noneReason(criteria({ openNow: true, query: 'x' }), 0)).to.equal('query');
      expect(noneReason(criteria({ query: '  drammen ' }), 0)).to.equal('query');
      expect(noneReason(criteria({ query: '  ', services: new Set(['kino']) }), 0)).to.equal('services');
    });
  });

  describe('properties', () => {
    const SERVICES = ['bibliotek', 'kulturskole', 'byggesak', 'ungdom'];
    const word = fc.string({ unit: fc.constantFrom(...'abcæøå sl1'), maxLength: 8 });
    const hours = (): OpeningHours => ({ timeZone: 'Europe/Oslo', weekly: [], publicHolidays: 'closed' });
    const service = fc.record({
      id: fc.constantFrom(...SERVICES),
      name: word,
      openingHours: fc.option(fc.constant(null).map(hours), { nil: undefined }),
    });
    const torg = fc.record({
      name: word,
      status: fc.constantFrom('open' as const, 'planned' as const),
      address: fc.record({ street: word, postalCode: word, city: word }),
      location: fc.record({
        lat: fc.double({ min: 58, max: 61, noNaN: true }),
        lon: fc.double({ min: 9, max: 12, noNaN: true }),
      }),
      services: fc.uniqueArray(service, { selector: (s) => s.id, maxLength: 4 }),
      openingHours: fc.option(fc.constant(null).map(hours), { nil: undefined }),
    });
    const torgs = fc.array(torg, { maxLength: 12 }).map((list) => list.map((t, i): Torg => ({ ...t, id: `t${i}` })));
    /** Which hours are open: decided per hours object, the same every time it is asked. */
    const openness = fc.func(fc.boolean());
    const choice = fc.record({
      query: word,
      services: fc.subarray(SERVICES).map((list) => new Set(list)),
      openNow: fc.boolean(),
      origin: fc.option(
        fc.record({
          lat: fc.double({ min: 58, max: 61, noNaN: true }),
          lon: fc.double({ min: 9, max: 12, noNaN: true }),
        }),
        {
          nil: undefined,
        },
      ),
    });

    function stateOf(open: (key: string) => boolean, list: readonly Torg[]) {
      const keys = new Map<OpeningHours, string>();
      list.forEach((t, i) => {
        if (t.openingHours) keys.set(t.openingHours, `t${i}`);
        t.services.forEach((s) => s.openingHours && keys.set(s.openingHours, `t${i}/${s.id}`));
      });
      return (h: OpeningHours | undefined): OpeningState => ({
        at: 0,
        open: h ? open(keys.get(h)!) : false,
        ...(h ? {} : { unknown: true }),
      });
    }

    it('shows only torg that meet every criterion, each once', () => {
      fc.assert(
        fc.property(torgs, choice, openness, (list, c, open) => {
          const { rows, matching } = find(list, c, stateOf(open, list));
          expect(new Set(ids(rows)).size).to.equal(rows.length);
          expect(rows.length).to.be.at.most(matching);
          expect(matching).to.be.at.most(list.length);
          for (const row of rows) {
            expect(list).to.include(row.torg);
            expect(matches(c.query, searchFields(row.torg))).to.equal(true);
            if (c.services.size) expect(row.torg.services.some((s) => c.services.has(s.id))).to.equal(true);
            if (c.openNow) expect(row.open).to.equal(true);
            if (row.open) expect(row.torg.status).to.equal('open');
          }
        }),
      );
    });

    it('misses no torg that meets every criterion', () => {
      fc.assert(
        fc.property(torgs, choice, (list, c) => {
          const everything = findTorg(
            list,
            criteria(),
            stateOf(() => true, list),
          );
          const some = findTorg(
            list,
            { ...c, openNow: false },
            stateOf(() => true, list),
          );
          const expected = everything.rows.filter(
            (row) =>
              matches(c.query, searchFields(row.torg)) &&
              (c.services.size === 0 || row.torg.services.some((s) => c.services.has(s.id))),
          );
          expect(new Set(ids(some.rows))).to.deep.equal(new Set(ids(expected)));
          expect(some.matching).to.equal(expected.length);
        }),
      );
    });

    it('orders by name without an origin, nearest first with one', () => {
      const compare = new Intl.Collator('nb').compare;
      fc.assert(
        fc.property(torgs, choice, openness, (list, c, open) => {
          const { rows } = find(list, c, stateOf(open, list));
          for (let i = 1; i < rows.length; i++) {
            if (c.origin) expect(rows[i]!.metres!).to.be.at.least(rows[i - 1]!.metres!);
            else expect(compare(rows[i - 1]!.torg.name, rows[i]!.torg.name)).to.be.at.most(0);
          }
          expect(rows.every((row) => (row.metres === undefined) === !c.origin)).to.equal(true);
        }),
      );
    });

    it('choosing one more service never hides a torg (without "open now")', () => {
      fc.assert(
        fc.property(torgs, choice, fc.constantFrom(...SERVICES), (list, c, extra) => {
          const before = findTorg(
            list,
            { ...c, openNow: false },
            stateOf(() => false, list),
          );
          if (c.services.size === 0) return;
          const after = findTorg(
            list,
            { ...c, openNow: false, services: new Set([...c.services, extra]) },
            stateOf(() => false, list),
          );
          expect(ids(after.rows)).to.include.members(ids(before.rows));
        }),
      );
    });
  });
});
