/** `npm run dev`: the demo page (index.html) on the mock API, the way a CMS page embeds the widgets. */
import { defineConfig } from 'vite';

export default defineConfig({
  define: { __TORG_VERSION__: JSON.stringify('dev') },
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
});
