import { defineConfig } from 'vite';

export default defineConfig({
  define: { __TORG_VERSION__: JSON.stringify('storybook') },
});
