#!/usr/bin/env node
/**
 * THIRD-PARTY-NOTICES: the licences of the code the package carries in its
 * bundled files (dist/) — the runtime dependencies and theirs, as installed.
 * Identical licence texts are printed once.
 *
 *   node scripts/third-party-notices.mjs          write THIRD-PARTY-NOTICES
 *   node scripts/third-party-notices.mjs --check  fail when it is out of date
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const FILE = join(ROOT, 'THIRD-PARTY-NOTICES');

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The runtime dependency tree (`dependencies`, not peers), without type-only packages. */
function runtimePackages() {
  const found = new Map();
  const visit = (name) => {
    if (found.has(name) || name.startsWith('@types/')) return;
    const dir = join(ROOT, 'node_modules', name);
    const json = readJson(join(dir, 'package.json'));
    found.set(name, { dir, json });
    for (const dependency of Object.keys(json.dependencies ?? {})) visit(dependency);
  };
  for (const name of Object.keys(readJson(join(ROOT, 'package.json')).dependencies)) visit(name);
  return [...found.values()].sort((a, b) => a.json.name.localeCompare(b.json.name));
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.md|\.txt)?$/i.test(name));
  // Line ends as in the rest of the file (some LICENSE files have CRLF).
  return file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n').trim() : undefined;
}

function source(json) {
  const url = typeof json.repository === 'string' ? json.repository : json.repository?.url;
  return (url ?? json.homepage ?? '')
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
}

export function notices() {
  const packages = runtimePackages();
  const texts = new Map(); // licence text → package names
  const lines = [
    'THIRD-PARTY NOTICES',
    '',
    'torg-widgets is MIT-licensed (LICENSE). Its bundled files (dist/) contain the',
    'following third-party code; the ES modules in lib/ import it as npm',
    'dependencies instead.',
    '',
  ];
  for (const { dir, json } of packages) {
    lines.push(`- ${json.name} (${json.license}): ${source(json)}`);
    const text = licenceText(dir);
    // A package without a licence file of its own (e.g. a Lit helper) shares its family's text.
    if (text) texts.set(text, [...(texts.get(text) ?? []), json.name]);
  }
  for (const [text, names] of texts) {
    lines.push(
      '',
      '--------------------------------------------------------------------------------',
      names.join(', '),
      '',
      text,
    );
  }
  return `${lines.join('\n')}\n`;
}

const text = notices();
if (process.argv.includes('--check')) {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  if (current !== text) {
    console.error('THIRD-PARTY-NOTICES is out of date: run `node scripts/third-party-notices.mjs`.');
    process.exit(1);
  }
  console.log('THIRD-PARTY-NOTICES is up to date');
} else {
  writeFileSync(FILE, text);
  console.log('THIRD-PARTY-NOTICES written');
}
