#!/usr/bin/env node
/**
 * openapi.json, generated from the valibot schemas (mocks/openapi.ts).
 *
 *   npm run openapi         write openapi.json
 *   npm run lint:openapi    check it: up to date with the schemas, valid under
 *                           the OpenAPI 3.1 JSON Schema (@seriousme/openapi-schema-validator),
 *                           and no error or warning from Redocly's recommended rules
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { build } from 'esbuild';

const FILE = 'openapi.json';

async function generate() {
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
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

async function check() {
  const problems = [];
  if (readFileSync(FILE, 'utf8') !== (await generate())) {
    problems.push(`${FILE} is out of date: run \`npm run openapi\`.`);
  }

  const schema = await new Validator().validate(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!schema.valid) problems.push(`OpenAPI 3.1 schema: ${JSON.stringify(schema.errors, null, 2)}`);

  const redocly = spawnSync('npx', ['--no-install', 'redocly', 'lint', FILE, '--format=json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(redocly.stdout);
  } catch {
    problems.push(`redocly lint did not report:\n${redocly.stdout}${redocly.stderr}`);
  }
  if (report) {
    const { errors, warnings } = report.totals;
    for (const p of report.problems) problems.push(`redocly ${p.severity} ${p.ruleId}: ${p.message}`);
    console.log(`redocly lint (recommended): ${errors} errors, ${warnings} warnings`);
  }
  console.log(`OpenAPI 3.1 schema: ${schema.valid ? 'valid' : 'invalid'}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

if (process.argv.includes('--check')) {
  await check();
} else {
  writeFileSync(FILE, await generate());
  console.log(`${FILE} written`);
}
