import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  HOLIDAY_NAMES_EN,
  HOLIDAY_NAMES_NB,
  HOLIDAY_NAMES_NN,
  easterSunday,
  holidayName,
  holidayOn,
  norwegianHolidays,
  type HolidayId,
} from '../../src/domain/holidays.js';
import { addDays, isoWeekday } from '../../src/domain/oslo-time.js';

/**
 * The public holidays 2024–2030, copied from the Norwegian calendar
 * (almanakk / lovdata helligdagsloven), not computed.
 */
const CALENDAR: Record<number, Record<string, HolidayId>> = {
  2024: {
    '2024-01-01': 'nyttarsdag',
    '2024-03-28': 'skjaertorsdag',
    '2024-03-29': 'langfredag',
    '2024-03-31': 'forste-paskedag',
    '2024-04-01': 'andre-paskedag',
    '2024-05-01': 'arbeidernes-dag',
    '2024-05-09': 'kristi-himmelfartsdag',
    '2024-05-17': 'grunnlovsdag',
    '2024-05-19': 'forste-pinsedag',
    '2024-05-20': 'andre-pinsedag',
    '2024-12-25': 'forste-juledag',
    '2024-12-26': 'andre-juledag',
  },
  2025: {
    '2025-01-01': 'nyttarsdag',
    '2025-04-17': 'skjaertorsdag',
    '2025-04-18': 'langfredag',
    '2025-04-20': 'forste-paskedag',
    '2025-04-21': 'andre-paskedag',
    '2025-05-01': 'arbeidernes-dag',
    '2025-05-17': 'grunnlovsdag',
    '2025-05-29': 'kristi-himmelfartsdag',
    '2025-06-08': 'forste-pinsedag',
    '2025-06-09': 'andre-pinsedag',
    '2025-12-25': 'forste-juledag',
    '2025-12-26': 'andre-juledag',
  },
  2026: {
    '2026-01-01': 'nyttarsdag',
    '2026-04-02': 'skjaertorsdag',
    '2026-04-03': 'langfredag',
    '2026-04-05': 'forste-paskedag',
    '2026-04-06': 'andre-paskedag',
    '2026-05-01': 'arbeidernes-dag',
    '2026-05-14': 'kristi-himmelfartsdag',
    '2026-05-17': 'grunnlovsdag',
    '2026-05-24': 'forste-pinsedag',
    '2026-05-25': 'andre-pinsedag',
    '2026-12-25': 'forste-juledag',
    '2026-12-26': 'andre-juledag',
  },
  // 2027: Whit Monday falls on 17 May; the day is named Grunnlovsdagen (one holiday, eleven dates).
  2027: {
    '2027-01-01': 'nyttarsdag',
    '2027-03-25': 'skjaertorsdag',
    '2027-03-26': 'langfredag',
    '2027-03-28': 'forste-paskedag',
    '2027-03-29': 'andre-paskedag',
    '2027-05-01': 'arbeidernes-dag',
    '2027-05-06': 'kristi-himmelfartsdag',
    '2027-05-16': 'forste-pinsedag',
    '2027-05-17': 'grunnlovsdag',
    '2027-12-25': 'forste-juledag',
    '2027-12-26': 'andre-juledag',
  },
  2028: {
    '2028-01-01': 'nyttarsdag',
    '2028-04-13': 'skjaertorsdag',
    '2028-04-14': 'langfredag',
    '2028-04-16': 'forste-paskedag',
    '2028-04-17': 'andre-paskedag',
    '2028-05-01': 'arbeidernes-dag',
    '2028-05-17': 'grunnlovsdag',
    '2028-05-25': 'kristi-himmelfartsdag',
    '2028-06-04': 'forste-pinsedag',
    '2028-06-05': 'andre-pinsedag',
    '2028-12-25': 'forste-juledag',
    '2028-12-26': 'andre-juledag',
  },
  2029: {
    '2029-01-01': 'nyttarsdag',
    '2029-03-29': 'skjaertorsdag',
    '2029-03-30': 'langfredag',
    '2029-04-01': 'forste-paskedag',
    '2029-04-02': 'andre-paskedag',
    '2029-05-01': 'arbeidernes-dag',
    '2029-05-10': 'kristi-himmelfartsdag',
    '2029-05-17': 'grunnlovsdag',
    '2029-05-20': 'forste-pinsedag',
    '2029-05-21': 'andre-pinsedag',
    '2029-12-25': 'forste-juledag',
    '2029-12-26': 'andre-juledag',
  },
  2030: {
    '2030-01-01': 'nyttarsdag',
    '2030-04-18': 'skjaertorsdag',
    '2030-04-19': 'langfredag',
    '2030-04-21': 'forste-paskedag',
    '2030-04-22': 'andre-paskedag',
    '2030-05-01': 'arbeidernes-dag',
    '2030-05-17': 'grunnlovsdag',
    '2030-05-30': 'kristi-himmelfartsdag',
    '2030-06-09': 'forste-pinsedag',
    '2030-06-10': 'andre-pinsedag',
    '2030-12-25': 'forste-juledag',
    '2030-12-26': 'andre-juledag',
  },
};

/** Easter by a second, independent method (Lilius/Clavius as given by Oudin, 1940). */
function easterOudin(year: number): string {
  const c = Math.floor(year / 100);
  const n = year - 19 * Math.floor(year / 19);
  const k = Math.floor((c - 17) / 25);
  let i = c - Math.floor(c / 4) - Math.floor((c - k) / 3) + 19 * n + 15;
  i = i - 30 * Math.floor(i / 30);
  i = i - Math.floor(i / 28) * (1 - Math.floor(i / 28) * Math.floor(29 / (i + 1)) * Math.floor((21 - n) / 11));
  let j = year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4);
  j = j - 7 * Math.floor(j / 7);
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('Norwegian public holidays', () => {
  for (const [year, expected] of Object.entries(CALENDAR)) {
    it(`match the calendar for ${year}`, () => {
      const actual = Object.fromEntries(norwegianHolidays(Number(year)).map((h) => [h.date, h.id]));
      expect(actual).to.deep.equal(expected);
      for (const [date, id] of Object.entries(expected)) expect(holidayOn(date)).to.equal(id);
    });
  }

  it('knows Easter Sunday in well-known years', () => {
    expect(easterSunday(1900)).to.equal('1900-04-15');
    expect(easterSunday(1943)).to.equal('1943-04-25');
    expect(easterSunday(2000)).to.equal('2000-04-23');
    expect(easterSunday(2008)).to.equal('2008-03-23');
    expect(easterSunday(2038)).to.equal('2038-04-25');
    expect(easterSunday(2099)).to.equal('2099-04-12');
    expect(easterSunday(2199)).to.equal(easterOudin(2199));
  });

  it('computes Easter like an independent method for every year 1900–2199', () => {
    for (let year = 1900; year <= 2199; year++) expect(easterSunday(year), String(year)).to.equal(easterOudin(year));
  });

  it('puts Easter on a Sunday between 22 March and 25 April, and the other holidays on their weekdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).to.equal(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).to.equal(true);
        expect(holidayOn(addDays(easter, -3))).to.equal('skjaertorsdag');
        expect(isoWeekday(addDays(easter, -3))).to.equal(4);
        expect(holidayOn(addDays(easter, 1))).to.equal('andre-paskedag');
        expect(isoWeekday(addDays(easter, 39))).to.equal(4);
        expect(isoWeekday(addDays(easter, 50))).to.equal(1);
        const list = norwegianHolidays(year);
        expect(list.length).to.be.within(10, 12);
        expect(list.map((h) => h.date)).to.deep.equal([...list.map((h) => h.date)].sort());
        expect(list.every((h) => h.date.startsWith(`${year}-`))).to.equal(true);
      }),
    );
  });

  it('names the day by its fixed holiday when Easter-based ones coincide (2008: Ascension on 1 May, 2012: on 17 May)', () => {
    expect(holidayOn('2008-05-01')).to.equal('arbeidernes-dag');
    expect(holidayOn('2012-05-17')).to.equal('grunnlovsdag');
    expect(norwegianHolidays(2008)).to.have.length(11);
  });

  it('does not count Christmas Eve, New Year’s Eve, Easter Saturday or an ordinary Sunday', () => {
    expect(holidayOn('2027-12-24')).to.equal(undefined);
    expect(holidayOn('2027-12-31')).to.equal(undefined);
    expect(holidayOn('2027-03-27')).to.equal(undefined);
    expect(holidayOn('2027-03-21')).to.equal(undefined);
  });

  it('names every holiday in bokmål, nynorsk and English', () => {
    expect(holidayName('skjaertorsdag', 'nb')).to.equal('Skjærtorsdag');
    expect(holidayName('arbeidernes-dag', 'nn')).to.equal('Arbeidarane sin dag');
    expect(holidayName('skjaertorsdag', 'en')).to.equal('Maundy Thursday');
    for (const table of [HOLIDAY_NAMES_NB, HOLIDAY_NAMES_NN, HOLIDAY_NAMES_EN]) {
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(HOLIDAY_NAMES_NB).sort());
      expect(Object.values(table).every((name) => name.length > 3)).to.equal(true);
    }
  });
});
