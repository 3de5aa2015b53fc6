/**
 * Where each form's draft is kept on the device (`localStorage`), and the
 * version of what is kept there (`form.ts` reads and writes it). A module
 * of its own, so an element that only asks "is there a draft?" before its
 * form's code is fetched carries nothing else.
 */

/** The version of a stored form; another version is not read (see `parseStoredForm`). */
export const FORM_VERSION = 1;

/** The key of a form's draft: the form (the widget's tag) and what it is for (a committee). */
export function storedFormKey(form: string, id: string): string {
  return `${form}:v${FORM_VERSION}:${id}`;
}

/** A committee's grant application (`<torg-tilskudd>`). */
export function applicationKey(committee: string): string {
  return storedFormKey('torg-tilskudd', committee);
}

/** A citizen's proposal to a committee (`<torg-innspill>`). */
export function proposalKey(committee: string): string {
  return storedFormKey('torg-innspill', committee);
}
