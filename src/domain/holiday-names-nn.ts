/** Norwegian public holidays in nynorsk. */
import type { HolidayNames } from './holidays.js';

export const HOLIDAY_NAMES_NN: HolidayNames = {
  nyttarsdag: 'Første nyttårsdag',
  skjaertorsdag: 'Skjærtorsdag',
  langfredag: 'Langfredag',
  'forste-paskedag': 'Første påskedag',
  'andre-paskedag': 'Andre påskedag',
  'arbeidernes-dag': 'Arbeidarane sin dag',
  grunnlovsdag: 'Grunnlovsdagen',
  'kristi-himmelfartsdag': 'Kristi himmelfartsdag',
  'forste-pinsedag': 'Første pinsedag',
  'andre-pinsedag': 'Andre pinsedag',
  'forste-juledag': 'Første juledag',
  'andre-juledag': 'Andre juledag',
};
