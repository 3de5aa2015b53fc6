import { expect } from '@open-wc/testing';
import { getTorgList } from '../../src/core/api.js';
import { MOCK_API_BASE, useTestEnv } from '../helpers/env.js';

describe('smoke', () => {
  const env = useTestEnv();
  it('reads /torg from the mock', async () => {
    const list = await getTorgList({ base: MOCK_API_BASE });
    expect(list.items).to.have.length(8);
    expect(env.requests()).to.have.length(1);
  });
});
