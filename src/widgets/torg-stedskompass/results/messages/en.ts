import { pluralize } from '../../../../core/i18n.js';
import type { ResultsMessages } from './types.js';

const messages: ResultsMessages = {
  results: 'Results for the area',
  responses: (count) => `${count} ${pluralize(count, 'person has', 'people have')} answered.`,
  legendMean: 'Average for the area',
  legendYours: 'Your answers',
  caption: 'Average per theme, from 1 (a lot to improve) to 7 (little to improve)',
  colTheme: 'Theme',
  colMean: 'Average',
  colCount: 'Answers',
  colYours: 'Your answer',
  noValue: 'No answers',
  notAnswered: 'Not answered',
  empty: 'Nobody has answered the Place Standard here yet.',
};

export default messages;
