import { expect } from '@open-wc/testing';
import {
  formatBytes,
  formatClock,
  formatDate,
  formatDistance,
  formatMonth,
  formatTime,
  formatTimeRange,
  weekdayName,
} from '../../src/core/format.js';

describe('formatting', () => {
  it('writes dates the Norwegian way, with nynorsk names of its own', () => {
    expect(formatDate('2027-03-30', 'nb')).to.equal('tirsdag 30. mars');
    expect(formatDate('2027-03-30', 'nn')).to.equal('tysdag 30. mars');
    expect(formatDate('2027-03-30', 'en')).to.equal('Tuesday 30 March');
    expect(formatDate('2026-12-05', 'nn', { year: true, capital: true })).to.equal('Laurdag 5. desember 2026');
    expect(formatDate('2026-12-06', 'nn', { weekday: false })).to.equal('6. desember');
    expect(formatMonth(2026, 12, 'nb', true)).to.equal('Desember 2026');
  });

  it('names every weekday in every language', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d, 'nn'))).to.deep.equal([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'sundag',
    ]);
    expect(weekdayName(7, 'nb')).to.equal('søndag');
    expect(weekdayName(1, 'en', 'short')).to.equal('Mon');
  });

  it('writes times in Oslo time whatever the viewer zone', () => {
    expect(formatClock(8 * 60, 'nb')).to.equal('08.00');
    expect(formatClock(15 * 60 + 30, 'en')).to.equal('15:30');
    // 17:00 UTC in December is 18:00 in Oslo; in July 19:00.
    expect(formatTime(Date.parse('2026-12-03T17:00:00Z'), 'nb')).to.equal('18.00');
    expect(formatTime(Date.parse('2027-07-01T17:00:00Z'), 'nn')).to.equal('19.00');
    expect(formatTimeRange(Date.parse('2026-12-03T17:00:00Z'), Date.parse('2026-12-03T18:30:00Z'), 'en')).to.equal(
      '18:00–19:30',
    );
  });

  it('writes sizes and distances with Norwegian decimals', () => {
    expect(formatBytes(1_240_000, 'nb')).to.equal('1,2 MB');
    expect(formatBytes(850_000, 'nb')).to.equal('850 kB');
    expect(formatBytes(512, 'en')).to.equal('512 B');
    expect(formatDistance(2_412, 'nb')).to.equal('2,4 km');
    expect(formatDistance(2_412, 'en')).to.equal('2.4 km');
    expect(formatDistance(846, 'nb')).to.equal('850 m');
    expect(formatDistance(23_600, 'nb')).to.equal('24 km');
  });
});
