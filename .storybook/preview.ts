import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { startMockApi, worker } from '../mocks/browser.js';
import { resetMockDb } from '../mocks/db.js';
import { MOCK_API_BASE } from '../mocks/handlers.js';
import { clearHttpCache } from '../src/core/http.js';
import { withInherited } from '../scripts/lib/manifest.mjs';
import { elementSource } from '../stories/helpers.js';
import DocsTemplate from './docs-template.mdx';
import './preview.css';

// Docs (attributes, properties, events, parts, CSS properties) come from the Custom Elements Manifest
// (its public surface only: custom-elements-manifest.config.mjs), each element with what it inherits
// (the theme tokens are listed once, on TorgElement).
setCustomElementsManifest(withInherited(manifest));

// Every widget reads the mock API, the way a CMS page would point them with its meta tag.
const meta = document.createElement('meta');
meta.name = 'torg:api-base';
meta.content = MOCK_API_BASE;
document.head.append(meta);

const preview: Preview = {
  // Every widget gets a docs page: attributes, properties, events, parts and CSS properties from the manifest.
  tags: ['autodocs'],
  loaders: [
    mswLoader(async () => {
      await startMockApi();
      return worker;
    }),
  ],
  beforeEach() {
    // Each story starts from the example data, without answers cached from another story.
    resetMockDb();
    clearHttpCache();
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: {
      // The embed script once at the top of each widget's page; each story's source is its element.
      page: DocsTemplate,
      source: { transform: (code: string) => elementSource(code) },
    },
    // The accessibility panel (axe) on every story; a violation fails CI (scripts/storybook-axe.mjs).
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Getting started',
          ['Embed', 'Theming', 'Mock API'],
          'For nettredaktører',
          ['Lag kode til siden'],
          'Widgets',
        ],
      },
    },
  },
};

export default preview;
