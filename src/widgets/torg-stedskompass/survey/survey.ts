/**
 * The survey part of `<torg-stedskompass>`, loaded on demand: the form's
 * view, its styles and texts, and the draft's storage.
 */
import { stedskompassCatalog } from '../messages/index.js';

export { stedskompassCatalog as catalog };
export const catalogs = [stedskompassCatalog];
export { renderSurvey, type SurveyModel } from './survey-view.js';
export { styles } from './survey.styles.js';
export * from './draft-store.js';
