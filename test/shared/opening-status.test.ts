import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../../src/contract/schemas.js';
import { openingState } from '../../src/domain/opening-hours.js';
import {
  openingStatusCatalog,
  statusLine,
  statusText,
  whenText,
  type OpeningStatusMessages,
} from '../../src/shared/opening-status/opening-status.js';
import { torgFixtures } from '../../mocks/fixtures/torg.js';

const t = (iso: string): number => Date.parse(iso);
const hoursOf = (id: string): OpeningHours => torgFixtures.find((x) => x.id === id)!.openingHours!;
const heggedalYouth = torgFixtures
  .find((x) => x.id === 'heggedal')!
  .services.find((s) => s.id === 'ungdom')!.openingHours!;

describe('status line (shared with <torg-finder>)', () => {
  let nb: OpeningStatusMessages;
  let nn: OpeningStatusMessages;
  let en: OpeningStatusMessages;

  before(async () => {
    nb = await openingStatusCatalog.load('nb');
    nn = await openingStatusCatalog.load('nn');
    en = await openingStatusCatalog.load('en');
  });

  it('says "Åpent nå · stenger kl. 15.30" during opening hours', () => {
    const state = openingState(hoursOf('borgen'), t('2027-01-12T10:00:00+01:00'));
    expect(statusText(state, nb, 'nb')).to.equal('Åpent nå · stenger kl.\u00a015.00');
    const asker = openingState(hoursOf('asker-sentrum'), t('2027-01-12T10:00:00+01:00'));
    expect(statusText(asker, nb, 'nb')).to.equal('Åpent nå · stenger kl.\u00a015.30');
    expect(statusText(asker, nn, 'nn')).to.equal('Ope no · stengjer kl.\u00a015.30');
    expect(statusText(asker, en, 'en')).to.equal('Open now · closes at 15:30');
  });

  it('says "Stengt · åpner i morgen kl. 08.00" in the evening', () => {
    const state = openingState(hoursOf('asker-sentrum'), t('2027-01-12T18:00:00+01:00'));
    expect(statusText(state, nb, 'nb')).to.equal('Stengt · åpner i morgen kl.\u00a008.00');
    expect(statusText(state, nn, 'nn')).to.equal('Stengt · opnar i morgon kl.\u00a008.00');
    expect(statusText(state, en, 'en')).to.equal('Closed · opens tomorrow at 08:00');
  });

  it('says "åpner kl. 08.00" early in the morning of the same day', () => {
    const state = openingState(hoursOf('asker-sentrum'), t('2027-01-12T06:00:00+01:00'));
    expect(statusText(state, nb, 'nb')).to.equal('Stengt · åpner kl.\u00a008.00');
    expect(statusText(state, en, 'en')).to.equal('Closed · opens at 08:00');
  });

  it('names the holiday and the date across Easter 2027 in all three languages', () => {
    const state = openingState(hoursOf('asker-sentrum'), t('2027-03-25T10:00:00+01:00'));
    expect(statusText(state, nb, 'nb')).to.equal('Stengt (Skjærtorsdag) · åpner tirsdag 30.\u00a0mars kl.\u00a008.00');
    expect(statusText(state, nn, 'nn')).to.equal('Stengt (Skjærtorsdag) · opnar tysdag 30.\u00a0mars kl.\u00a008.00');
    expect(statusText(state, en, 'en')).to.equal('Closed (Maundy Thursday) · opens Tuesday 30\u00a0March at 08:00');
  });

  it('names an exception by its note', () => {
    const state = openingState(hoursOf('tofte'), t('2027-03-27T11:00:00+01:00'));
    expect(statusText(state, nb, 'nb')).to.equal('Stengt (Påskeaften) · åpner tirsdag 30.\u00a0mars kl.\u00a008.00');
    const reduced = openingState(hoursOf('borgen'), t('2026-12-23T10:00:00+01:00'));
    expect(statusText(reduced, nb, 'nb')).to.equal(
      'Åpent nå (Lille julaften: redusert åpningstid) · stenger kl.\u00a013.00',
    );
  });

  it('says a closing after midnight is tomorrow, and midnight itself is 24.00 today', () => {
    const friday = openingState(heggedalYouth, t('2027-01-08T20:00:00+01:00'));
    expect(statusText(friday, nb, 'nb')).to.equal('Åpent nå · stenger i morgen kl.\u00a001.00');
    const library: OpeningHours = {
      timeZone: 'Europe/Oslo',
      weekly: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].map((day) => ({
        day: day as 'mo',
        opens: '07:00',
        closes: '24:00',
      })),
      publicHolidays: 'regular',
    };
    expect(statusText(openingState(library, t('2027-01-08T20:00:00+01:00')), nb, 'nb')).to.equal(
      'Åpent nå · stenger kl.\u00a024.00',
    );
    expect(statusText(openingState(library, t('2027-01-08T20:00:00+01:00')), en, 'en')).to.equal(
      'Open now · closes at 24:00',
    );
  });

  it('says so when open around the clock, when no opening is known and when there are no hours', () => {
    const always: OpeningHours = {
      timeZone: 'Europe/Oslo',
      weekly: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].map((day) => ({
        day: day as 'mo',
        opens: '00:00',
        closes: '24:00',
      })),
      publicHolidays: 'regular',
    };
    expect(statusText(openingState(always, t('2027-01-08T20:00:00+01:00')), nb, 'nb')).to.equal('Åpent nå · døgnåpent');
    const never: OpeningHours = { timeZone: 'Europe/Oslo', weekly: [], publicHolidays: 'closed' };
    const at = t('2027-01-12T10:00:00+01:00');
    expect(statusText(openingState(never, at), nb, 'nb')).to.equal('Stengt · ingen kjent åpningstid det neste året');
    expect(statusText(openingState(never, at), en, 'en')).to.equal('Closed · no opening known in the next year');
    expect(statusText(openingState(undefined, 0), nb, 'nb')).to.equal('Åpningstidene er ikke oppgitt');
    expect(statusLine(openingState(undefined, 0), nb, 'nb').tone).to.equal('unknown');
  });

  it('names a closing season and the reopening date weeks later', () => {
    const state = openingState(hoursOf('tofte'), t('2027-07-14T12:00:00+02:00'));
    expect(statusLine(state, nb, 'nb')).to.deep.equal({
      tone: 'closed',
      label: 'Stengt (Sommerstengt)',
      detail: 'åpner mandag 26.\u00a0juli kl.\u00a010.00',
      reason: 'Sommerstengt',
    });
  });

  it('writes the year when the next opening is far away', () => {
    const from = t('2027-01-08T20:00:00+01:00');
    expect(whenText(t('2027-12-20T08:00:00+01:00'), from, nb, 'nb')).to.equal(
      'mandag 20.\u00a0desember\u00a02027 kl.\u00a008.00',
    );
    expect(whenText(t('2027-01-20T08:00:00+01:00'), from, nb, 'nb')).to.equal('onsdag 20.\u00a0januar kl.\u00a008.00');
  });

  it('follows Oslo time, not the instant’s UTC date', () => {
    // 23:30 UTC on 11 January is 00:30 on 12 January in Oslo.
    const from = t('2027-01-11T23:30:00Z');
    expect(whenText(t('2027-01-12T07:00:00Z'), from, nb, 'nb')).to.equal('kl.\u00a008.00');
  });
});
