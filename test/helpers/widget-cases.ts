/**
 * Every widget as a web editor embeds it (markup only, the API behind the
 * page's meta tag) and what it shows once loaded, on the mock's example data.
 */
export interface WidgetCase {
  html: string;
  /** Text that must be visible once loaded. */
  shows: (string | RegExp)[];
  /** Whether showing it reads the API (the survey form does not). */
  reads?: boolean;
}

export const CASES: Record<string, WidgetCase> = {
  'torg-finder': { html: '<torg-finder></torg-finder>', shows: ['Borgen innbyggertorg', 'Tofte innbyggertorg'] },
  'torg-opening-hours': {
    html: '<torg-opening-hours torg="borgen"></torg-opening-hours>',
    shows: [/Åpent nå|Stengt/, /mandag/i],
  },
  'torg-events': { html: '<torg-events></torg-events>', shows: ['Språkkafé'] },
  'torg-committee': {
    html: '<torg-committee committee="tofte-lsu"></torg-committee>',
    shows: ['Lokalsamfunnsutvalget på Tofte', 'Ingrid Haugland'],
  },
  'torg-agenda': { html: '<torg-agenda committee="tofte-lsu"></torg-agenda>', shows: ['Møte i lokalsamfunnsutvalget'] },
  'torg-stedskompass': {
    html: '<torg-stedskompass area="tofte"></torg-stedskompass>',
    shows: ['Gå og sykle', 'Trygghet'],
    reads: false,
  },
  'torg-stedskompass (results)': {
    html: '<torg-stedskompass area="tofte" results></torg-stedskompass>',
    shows: ['Gå og sykle', 'Trygghet'],
  },
  'torg-booking': { html: '<torg-booking torg="borgen"></torg-booking>', shows: ['Møterom Fjorden'] },
  'torg-tilskudd': {
    html: '<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>',
    shows: ['Tildelinger i', 'Tofte ungdomsklubb'],
  },
  'torg-innspill': {
    html: '<torg-innspill committee="tofte-lsu"></torg-innspill>',
    shows: ['Send et innspill til Lokalsamfunnsutvalget på Tofte', 'Beskriv saken'],
  },
};
