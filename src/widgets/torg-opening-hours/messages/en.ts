import type { OpeningHoursMessages } from './types.js';
const messages: OpeningHoursMessages = {
  title: (place) => `Opening hours for ${place}`,
  week: (n) => `This week (week ${n})`,
  dayHeader: 'Day',
  hoursHeader: 'Opening hours',
  todayMark: 'Today',
  changedHours: 'Changed opening hours',
  deviations: (days) => `Changes in the next ${days} days`,
  seasonStarts: (name) => (name ? `${name} begins` : 'New opening hours begin'),
  seasonEnds: (name) => (name ? `${name} ends: regular opening hours again` : 'Regular opening hours again'),
  planned: (place) => `${place} has not opened yet. Opening hours will be published when it opens.`,
  noHours: (place) => `The opening hours for ${place} have not been given.`,
  unknownTorg: (id) => `The service has no citizen service centre “${id}”. Check the torg attribute.`,
  unknownService: (id) => `There is no service “${id}” here. Showing the opening hours of the whole centre.`,
};

export default messages;
