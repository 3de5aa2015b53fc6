/**
 * The demo page's only script: start the mock API (msw in the browser), then
 * load the library — on a real CMS page only the library's script tag is needed.
 */
import { startMockApi } from '../mocks/browser.js';

await startMockApi();
await import('../src/index.js');
