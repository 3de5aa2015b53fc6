import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { forgetViewerZone } from '../../src/core/clock.js';
import { formatBytes } from '../../src/core/format-bytes.js';
import { formatDistance } from '../../src/core/format-distance.js';
import { formatTimeRange } from '../../src/core/format-time-range.js';
import {
  formatClock,
  formatDate,
  formatMonth,
  formatPhone,
  formatTime,
  phoneHref,
  viewerZoneIsNotOslo,
  weekdayName,
} from '../../src/core/format.js';
import * as en from '../../src/core/messages/glossary/en.js';
import * as nb from '../../src/core/messages/glossary/nb.js';
import * as nn from '../../src/core/messages/glossary/nn.js';

/** A no-break space, written out so the expectations show where one belongs. */
const _ = '\u00a0';

describe('formatting', () => {
  it('writes dates the Norwegian way, with nynorsk names of its own', () => {
    expect(formatDate('2027-03-30', 'nb')).to.equal(`tirsdag 30.${_}mars`);
    expect(formatDate('2027-03-30', 'nn')).to.equal(`tysdag 30.${_}mars`);
    expect(formatDate('2027-03-30', 'en')).to.equal(`Tuesday 30${_}March`);
    expect(formatDate('2026-12-05', 'nn', { year: true, capital: true })).to.equal(`Laurdag 5.${_}desember${_}2026`);
    expect(formatDate('2026-12-06', 'nn', { weekday: false })).to.equal(`6.${_}desember`);
    expect(formatMonth(2026, 12, 'nb', true)).to.equal('Desember 2026');
  });

  it('never lets a line break between the day, the month and the year', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const text = formatDate('2026-12-31', locale, { year: true });
      // The only ordinary space is the one after the weekday.
      expect(text.split(' '), text).to.have.length(2);
      expect(text).to.match(/31\.?\u00a0\S+\u00a02026$/);
    }
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
  });

  it('writes a range of times as "kl. 18.00–19.30" (en dash, no-break space) and "18:00–19:30" in English', () => {
    const start = Date.parse('2026-12-03T17:00:00Z');
    const end = Date.parse('2026-12-03T18:30:00Z');
    expect(formatTimeRange(start, end, 'nb')).to.equal(`kl.${_}18.00–19.30`);
    expect(formatTimeRange(start, end, 'nn')).to.equal(`kl.${_}18.00–19.30`);
    expect(formatTimeRange(start, end, 'en')).to.equal('18:00–19:30');
    expect(formatTimeRange(start, undefined, 'nb')).to.equal(`kl.${_}18.00`);
    expect(formatTimeRange(start, undefined, 'en')).to.equal('18:00');
  });

  it('writes ranges exactly as the glossary does, and never "kl. kl."', () => {
    const start = Date.parse('2026-12-03T07:00:00Z');
    const end = Date.parse('2026-12-03T08:00:00Z');
    const glossaries = { nb, nn, en };
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const g = glossaries[locale];
      expect(formatTimeRange(start, end, locale)).to.equal(g.range(formatTime(start, locale), formatTime(end, locale)));
      expect(formatTimeRange(start, undefined, locale)).to.equal(g.at(formatTime(start, locale)));
      expect(g.at(formatTimeRange(start, end, locale))).to.equal(formatTimeRange(start, end, locale));
    }
  });

  it('writes sizes and distances with Norwegian decimals, the unit kept with its number', () => {
    expect(formatBytes(1_240_000, 'nb')).to.equal(`1,2${_}MB`);
    expect(formatBytes(850_000, 'nb')).to.equal(`850${_}kB`);
    expect(formatBytes(512, 'en')).to.equal(`512${_}B`);
    expect(formatDistance(2_412, 'nb')).to.equal(`2,4${_}km`);
    expect(formatDistance(2_412, 'en')).to.equal(`2.4${_}km`);
    expect(formatDistance(846, 'nb')).to.equal(`850${_}m`);
    expect(formatDistance(23_600, 'nb')).to.equal(`24${_}km`);
  });

  it('writes phone numbers as Norwegians do, never broken across lines', () => {
    expect(formatPhone('91234567')).to.equal(`912${_}34${_}567`);
    expect(formatPhone('912 34 567')).to.equal(`912${_}34${_}567`);
    expect(formatPhone('+4791234567')).to.equal(`+47${_}912${_}34${_}567`);
    expect(formatPhone('0047 912-34-567')).to.equal(`+47${_}912${_}34${_}567`);
    expect(formatPhone('66509000')).to.equal(`66${_}50${_}90${_}00`);
    expect(formatPhone('80012345')).to.equal(`800${_}12${_}345`);
    // Another country's number keeps its own grouping.
    expect(formatPhone(' +46 70 123 45 67 ')).to.equal(`+46${_}70${_}123${_}45${_}67`);
    // Text that is not a number comes back as it was.
    expect(formatPhone('ring sentralbordet')).to.equal('ring sentralbordet');
  });

  it('keeps every digit of a phone number, in order, with no ordinary space (property)', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits, fc.boolean(), (number, international) => {
        const input = international ? `+47 ${number}` : number;
        const text = formatPhone(input);
        expect(text).not.to.match(/ /);
        expect(text.replaceAll('\u00a0', '')).to.equal(international ? `+47${number}` : number);
        expect(phoneHref(text)).to.equal(`tel:${international ? '+47' : ''}${number}`);
      }),
    );
  });

  it('makes tel: links of phone numbers only', () => {
    expect(phoneHref('912 34 567')).to.equal('tel:91234567');
    expect(phoneHref('+47 912 34 567')).to.equal('tel:+4791234567');
    expect(phoneHref('0046 70-123 45 67')).to.equal('tel:+46701234567');
    expect(phoneHref('javascript:alert(1)')).to.equal(undefined);
    expect(phoneHref('ring oss')).to.equal(undefined);
  });
});

describe('the viewer zone', () => {
  const setZone = async (timeZone: string): Promise<void> => {
    await executeServerCommand('set-time-zone', { timeZone });
    forgetViewerZone();
  };
  afterEach(async () => setZone(''));

  it('differs from Oslo in New York, not in Oslo nor in a zone whose clock always matches Oslo’s', async () => {
    await setZone('America/New_York');
    expect(viewerZoneIsNotOslo()).to.equal(true);
    await setZone('Europe/Oslo');
    expect(viewerZoneIsNotOslo()).to.equal(false);
    await setZone('Europe/Berlin');
    expect(viewerZoneIsNotOslo()).to.equal(false);
    // Same offset as Oslo in winter, not in summer (no daylight saving time).
    await setZone('Africa/Lagos');
    expect(viewerZoneIsNotOslo(Date.parse('2026-12-03T10:00:00Z'))).to.equal(true);
  });

  it('is worked out once per page, not on every render', async () => {
    await setZone('America/New_York');
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made += 1;
        return new target(...args);
      },
      apply(target, _this, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made += 1;
        return target(...args);
      },
    });
    try {
      expect(viewerZoneIsNotOslo()).to.equal(true);
      const first = made;
      expect(first).to.be.greaterThan(0);
      for (let i = 0; i < 5; i += 1) expect(viewerZoneIsNotOslo()).to.equal(true);
      expect(made).to.equal(first);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
