/**
 * The seed of every property test on the page (fast-check), loaded before
 * the test framework (web-test-runner.config.mjs, `testRunnerHtml`): the
 * seed comes from the commit, so a run of the same commit checks the same
 * cases — what passes here passes in CI — and every new commit checks new
 * ones. `FC_SEED=<n> npm run test:browser` chooses one; a failing property
 * prints its seed and path to replay it.
 */
import fc from 'fast-check';

const seed = Number(new URL(import.meta.url).searchParams.get('seed'));
if (Number.isSafeInteger(seed)) fc.configureGlobal({ seed });
