import { defineConfig, type Plugin } from 'vite';
import { cdnSnippets } from '../scripts/cdn-snippet.mjs';

/**
 * `virtual:torg-cdn`: the versioned CDN script tags with their integrity
 * hashes, from dist/ as built (`npm run build`); without a build, the tags
 * carry no hash.
 */
function cdnSnippet(): Plugin {
  const id = 'virtual:torg-cdn';
  return {
    name: 'torg-cdn-snippet',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(cdnSnippets())};` : null),
  };
}

export default defineConfig({
  define: { __TORG_VERSION__: JSON.stringify('storybook') },
  plugins: [cdnSnippet()],
});
