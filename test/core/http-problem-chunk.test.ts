/**
 * What a non-2xx answer says (`http-problem.ts`) is a chunk fetched at the
 * first such answer. When that chunk cannot be fetched (offline, a deploy
 * that replaced the files), the status alone says which error it is; the
 * next such answer fetches the chunk again and reads the problem. In a file
 * of its own, so the chunk has not been loaded before. (What a widget shows
 * then: `test/widgets/torg-opening-hours/problem-chunk.test.ts`.)
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { problem } from '../../mocks/handlers.js';
import { worker } from '../../mocks/browser.js';
import type { TorgError } from '../../src/contract/errors.js';
import { clearHttpCache, configureHttp, getJson } from '../../src/core/http.js';
import { failModuleOnce } from '../helpers/chunks.js';
import { useTestEnv } from '../helpers/env.js';

const URL_GONE = 'https://api.example.test/v1/torg/gone';

async function failure(promise: Promise<unknown>): Promise<TorgError> {
  try {
    await promise;
  } catch (error) {
    return error as TorgError;
  }
  throw new Error('expected the request to fail');
}

describe('a non-2xx answer when the chunk that reads it cannot be fetched', () => {
  useTestEnv();
  beforeEach(() => {
    configureHttp({ retryDelaysMs: [] });
    clearHttpCache();
    worker.use(http.get(URL_GONE, () => problem(410, 'Gone', { detail: 'This torg was closed.' })));
  });
  afterEach(() => {
    configureHttp('reset');
    clearHttpCache();
  });

  it('says the kind and status from the status alone, then reads the problem once the chunk comes', async () => {
    const chunk = failModuleOnce('/src/core/http-problem');
    const first = await failure(getJson(URL_GONE));
    expect(chunk.failed()).to.equal(true);
    expect(first.kind).to.equal('not-found');
    expect(first.status).to.equal(410);
    expect(first.problem).to.equal(undefined);

    clearHttpCache();
    const second = await failure(getJson(URL_GONE));
    expect(second.kind).to.equal('not-found');
    expect(second.problem?.detail).to.equal('This torg was closed.');
  });
});
