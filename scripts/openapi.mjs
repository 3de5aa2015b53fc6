#!/usr/bin/env node
/**
 * Writes openapi.json from the valibot schemas (mocks/openapi.ts).
 *   npm run openapi
 */
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  entryPoints: ['mocks/openapi.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
const { buildOpenApi } = await import(url);
writeFileSync('openapi.json', `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log('openapi.json written');
