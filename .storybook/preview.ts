import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { startMockApi, worker } from '../mocks/browser.js';
import { resetMockDb } from '../mocks/db.js';
import { MOCK_API_BASE } from '../mocks/handlers.js';
import { clearHttpCache } from '../src/core/http.js';
import { embedSnippet } from '../stories/helpers.js';
import './preview.css';

// Docs (attributes, properties, events, parts, CSS properties) come from the Custom Elements Manifest,
// without private and protected members (Storybook lists every member; those are not the element's surface).
type Manifest = { modules?: { declarations?: { members?: { privacy?: string }[] }[] }[] };
for (const module of (manifest as Manifest).modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.members)
      declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
  }
}
setCustomElementsManifest(manifest);

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
      source: {
        // What a web editor copies: one script tag and the element.
        transform: (code: string) => embedSnippet(code),
      },
    },
    options: {
      storySort: { order: ['Getting started', ['Embed', 'Theming', 'Mock API'], 'Widgets'] },
    },
  },
};

export default preview;
