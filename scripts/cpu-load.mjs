#!/usr/bin/env node
/**
 * The test suite on a busy machine: runs a command (default `npm test`)
 * while CPU-bound processes (default 2) spin beside it, the way a 2-core CI
 * runner or a developer's laptop shared with other builds is. The suite must
 * pass like this: no test may wait on wall-clock time a fake clock could
 * give, and none may be sized close to mocha's 10 s limit.
 *
 *   npm run test:load                      npm test beside two busy processes
 *   node scripts/cpu-load.mjs --burners 3 -- npm run test:browser -- --group core
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { burners: { type: 'string', default: '2' } },
  allowPositionals: true,
});
const command = positionals.length ? positionals : ['npm', 'test'];
const count = Math.max(0, Number(values.burners) || 0);

// Each burner spins one core until it is killed.
const burners = Array.from({ length: count }, () =>
  spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
);
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stopBurners);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`cpu-load: ${count} busy process(es) beside: ${command.join(' ')}`);
const started = Date.now();
const child = spawn(command[0], command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => {
  stopBurners();
  console.log(
    `cpu-load: ${command.join(' ')} ended (${signal ?? `exit ${code}`}) after ${Math.round((Date.now() - started) / 1000)} s`,
  );
  process.exit(code ?? 1);
});
