import { pluralize } from '../../../core/i18n.js';
import type { StedskompassMessages } from './types.js';

const messages: StedskompassMessages = {
  themes: [
    ['Moving around', 'Can you easily walk and cycle around the area on good routes?'],
    ['Public transport', 'Does public transport meet your needs?'],
    ['Traffic and parking', 'Can people get around safely in traffic, and does parking meet local needs?'],
    ['Streets and spaces', 'Do buildings, streets and public spaces make the area pleasant and easy to get around?'],
    ['Natural space', 'Can you often get out into good natural and green spaces?'],
    ['Play and recreation', 'Can you get to places for play, sport and leisure?'],
    ['Facilities and services', 'Do the facilities and services here meet your needs?'],
    ['Work and local economy', 'Is there an active local economy and the chance of good work?'],
    ['Housing and community', 'Do the homes here meet the needs of the people who live here?'],
    ['Social interaction', 'Are there places and chances to meet other people?'],
    ['Identity and belonging', 'Does this place have a good character, and do you feel you belong?'],
    ['Feeling safe', 'Do you feel safe here?'],
    ['Care and maintenance', 'Are buildings, streets and outdoor spaces well looked after?'],
    ['Influence and sense of control', 'Do you feel you can take part in decisions and help make the area better?'],
  ],
  title: 'The Place Standard',
  intro:
    'What is it like to live and get around here? Give each theme a number from 1 to 7. Your answers show the municipality and the local community what is good and what should get better.',
  privacy:
    'It takes about 10 minutes. You can skip themes. Your answers are anonymous, as long as you do not write names or anything else that could show who you or others are.',
  saved: 'Your answers are saved on this device as you go, so you can continue later.',
  restored: 'We have brought back the answers you started on.',
  progress: (answered, total) => `${answered} of ${total} answered`,
  jump: 'Go to a theme',
  answered: 'answered',
  skipped: 'skipped',
  low: 'A lot to improve',
  high: 'Little to improve',
  skip: 'Don’t know / skip',
  comment: 'Tell us what you think (optional)',
  good: 'What is good here today?',
  improve: 'What could be better?',
  count: (length, max) => `${length} of ${max} characters`,
  tooMany: (over) => `${over} ${pluralize(over, 'character', 'characters')} too many`,
  age: 'Age (optional)',
  ageHint: 'We only ask for an age group, to see whether all ages take part.',
  ages: ['Under 20', '20–39', '40–66', '67 or older'],
  ageNone: 'Prefer not to say',
  send: 'Send your answers',
  startOver: 'Start over',
  confirmTitle: 'Delete your answers and start over?',
  confirmText: 'Everything you have answered and written will be deleted from this device.',
  confirmYes: 'Yes, delete my answers',
  cancel: 'Cancel',
  cleared: 'Your answers have been deleted.',
};

export default messages;
