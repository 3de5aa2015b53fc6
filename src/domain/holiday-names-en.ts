/** Norwegian public holidays in English. */
import type { HolidayNames } from './holidays.js';

export const HOLIDAY_NAMES_EN: HolidayNames = {
  nyttarsdag: "New Year's Day",
  skjaertorsdag: 'Maundy Thursday',
  langfredag: 'Good Friday',
  'forste-paskedag': 'Easter Sunday',
  'andre-paskedag': 'Easter Monday',
  'arbeidernes-dag': 'Labour Day',
  grunnlovsdag: 'Constitution Day',
  'kristi-himmelfartsdag': 'Ascension Day',
  'forste-pinsedag': 'Whit Sunday',
  'andre-pinsedag': 'Whit Monday',
  'forste-juledag': 'Christmas Day',
  'andre-juledag': 'Boxing Day',
};
