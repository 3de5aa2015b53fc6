import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX pages.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    // The accessibility panel (axe) on every story; CI runs the same check (scripts/storybook-axe.mjs).
    '@storybook/addon-a11y',
  ],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // The library build (vite.config.ts) is not for Storybook.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  // The msw service worker, served at the root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
