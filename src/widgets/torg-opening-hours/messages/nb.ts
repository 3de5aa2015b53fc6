import { HOLIDAY_NAMES_NB } from '../../../domain/holidays.js';
import type { OpeningHoursMessages } from './types.js';

const messages: OpeningHoursMessages = {
  open: 'Åpent nå',
  closed: 'Stengt',
  closes: (when) => `stenger ${when}`,
  opens: (when) => `åpner ${when}`,
  today: (time) => `kl. ${time}`,
  tomorrow: (time) => `i morgen kl. ${time}`,
  onDate: (date, time) => `${date} kl. ${time}`,
  aroundTheClock: 'døgnåpent',
  noOpening: 'ingen kjent åpningstid det neste året',
  unknown: 'Åpningstidene er ikke oppgitt',
  holidays: HOLIDAY_NAMES_NB,
  title: (place) => `Åpningstider for ${place}`,
  week: (n) => `Denne uken (uke ${n})`,
  dayHeader: 'Dag',
  hoursHeader: 'Åpningstid',
  todayMark: 'I dag',
  changedHours: 'Endret åpningstid',
  deviations: (days) => `Endringer de neste ${days} dagene`,
  seasonStarts: (name) => (name ? `${name} begynner` : 'Nye åpningstider begynner'),
  seasonEnds: (name) => (name ? `${name} er over, vanlige åpningstider igjen` : 'Vanlige åpningstider igjen'),
  planned: (place) => `${place} er ikke åpnet ennå. Åpningstidene kommer når torget åpner.`,
  noHours: (place) => `Åpningstidene for ${place} er ikke oppgitt.`,
  unknownTorg: (id) => `Vi fant ikke innbyggertorget «${id}».`,
  unknownService: (id) => `Tjenesten «${id}» finnes ikke her. Viser åpningstidene for hele torget.`,
};

export default messages;
