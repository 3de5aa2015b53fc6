import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
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
