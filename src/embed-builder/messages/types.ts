/** The texts of the embed builder, in every language. */
export interface EmbedBuilderMessages {
  title: string;
  intro: string;
  /** Step headings. */
  chooseWidget: string;
  settings: string;
  preview: string;
  code: string;
  codeHelp: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The first entry of a choice: the element's default. */
  defaultChoice: (value: string | undefined) => string;
  /** `lang` left to the page. */
  pageLanguage: string;
  /** The first entry of a list read from the API. */
  chooseOne: string;
  loadingList: string;
  listFailed: string;
  /** `service` left empty. */
  noService: string;
  required: string;
  apiBase: string;
  apiBaseHelp: string;
  /** What an element is called (the manifest's summary when a tag is not here). */
  widgets: Record<string, string>;
  /** What an attribute is called (its name when not here). */
  labels: Record<string, string>;
  /** A short explanation of an attribute (the manifest's description when not here). */
  hints: Record<string, string>;
  /** A choice's value in words (the value itself when not here). */
  values: Record<string, string>;
  languages: Record<string, string>;
}
