import * as g from '../../../core/messages/glossary/nb.js';
import { formatList } from '../../../core/format.js';
import { pluralize } from '../../../core/i18n.js';
import type { EventsFirstMessages } from './types.js';

/** The list's and the toolbar's texts (the month grid's are in `nb-month.ts`). */
const messages: EventsFirstMessages = {
  label: 'Arrangementer',
  view: 'Visning',
  list: 'Liste',
  month: 'Måned',
  filters: 'Filtrer arrangementene',
  category: 'Kategori',
  audience: 'Passer for',
  torg: 'Sted',
  anyCategory: g.allCategories,
  anyAudience: g.allAudiences,
  anyTorg: 'Alle innbyggertorg',
  categories: {
    kultur: 'Kultur',
    trening: 'Trening',
    kurs: 'Kurs',
    mote: 'Møte',
    marked: 'Marked',
    foredrag: 'Foredrag',
    konsert: 'Konsert',
    film: 'Film',
    teater: 'Teater',
    sprak: 'Språk',
    digital: 'Digital hjelp',
    ungdom: 'Ungdom',
    litteratur: 'Litteratur',
    utstilling: 'Utstilling',
  },
  audiences: { barn: 'Barn', ungdom: 'Ungdom', voksne: 'Voksne', senior: 'Seniorer', alle: 'Alle aldre' },
  forAudience: (names) => `For ${names.toLowerCase()}`,
  range: (from, to) => `Arrangementer ${from} – ${to}`,
  more: (days) => `Vis ${days} dager til`,
  emptyRange: (from, to) => `Ingen arrangementer fra ${from} til ${to}.`,
  emptyMonth: (month) => `Ingen arrangementer i ${month}.`,
  emptyFiltered: (options) =>
    `Prøv å velge ${formatList(
      options.map((o) => `«${o}»`),
      'nb',
      'disjunction',
    )} i filtrene.`,
  count: (n) => `${n} ${pluralize(n, 'arrangement', 'arrangementer')}`,
  allDay: 'Hele dagen',
  from: (time) => `Fra ${g.at(time)}`,
  until: (time) => `Til ${g.at(time)}`,
  cancelled: 'Avlyst',
  free: 'Gratis',
  register: 'Påmelding',
  moreInfo: 'Mer informasjon',
  organizer: 'Arrangør',
  address: 'Adresse',
  addToCalendar: g.addToCalendar,
  addSeries: 'Legg alle datoene til i kalenderen',
  repeatsElsewhere: 'Gjentas – se arrangørens kalender for alle datoene',
  badSrc: (value) => `Adressen til kalenderen kan ikke brukes: «${value}». Sjekk attributtet src.`,
};

export default messages;
