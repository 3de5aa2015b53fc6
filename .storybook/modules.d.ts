/// <reference types="mdx" />

/** The CDN script tag of each dist/ entry (`torg-widgets.js`, `<tag>.js`); see .storybook/vite.config.ts. */
declare module 'virtual:torg-cdn' {
  const snippets: Record<string, string>;
  export default snippets;
}
