#!/usr/bin/env node
// Generates the portal's code tables from the standard as data: every
// standard-specs/<service>/code-tables.yaml becomes CODE_TABLES['<service>'] in one ES module.
// Run by the Maven build (generate-resources) of modules/staff-portal:
//   node tools/generate-code-tables.mjs <standard-specs dir> <output .js file>
// No dependencies (tools/yaml-subset.mjs reads the YAML); the output is deterministic.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from './yaml-subset.mjs';

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const code = (v) => (v === undefined || v === null ? v : String(v));

/**
 * Checks one file's tables: each has a name_ja and either `values` (rows with name_ja and an
 * official_code — 'unknown' allowed — unless the table gives one) or `rules`; codes are unique.
 * Throws an Error listing every problem.
 */
export function checkTables(file, tables) {
  const problems = [];
  if (!isMap(tables)) throw new Error(`${file}: expected a mapping of code tables`);
  for (const [id, t] of Object.entries(tables)) {
    const at = `${file}: ${id}`;
    if (!isMap(t)) { problems.push(`${at}: not a mapping`); continue; }
    if (typeof t.name_ja !== 'string' || !t.name_ja) problems.push(`${at}: name_ja missing`);
    if (t.values === undefined && !isMap(t.rules)) problems.push(`${at}: neither values nor rules`);
    if (t.values === undefined) continue;
    if (!Array.isArray(t.values) || t.values.length === 0) { problems.push(`${at}: values must be a non-empty list`); continue; }
    const seen = { official_code: new Set(), kikan_code: new Set() };
    t.values.forEach((row, n) => {
      const r = `${at}.values[${n}]`;
      if (!isMap(row)) { problems.push(`${r}: not a mapping`); return; }
      if (typeof row.name_ja !== 'string' || !row.name_ja) problems.push(`${r}: name_ja missing`);
      if (row.official_code === undefined && t.official_code === undefined) problems.push(`${r}: official_code missing (write unknown)`);
      if (row.official_code === undefined && row.kikan_code === undefined && t.official_code !== undefined) problems.push(`${r}: no code`);
      for (const col of ['official_code', 'kikan_code']) {
        const v = code(row[col]);
        if (v === undefined || v === 'unknown') continue;
        if (seen[col].has(v)) problems.push(`${r}: duplicate ${col} ${v}`);
        seen[col].add(v);
      }
    });
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return tables;
}

/** Codes are text: a YAML 0 and "0" mean the same code, so every official_code/kikan_code becomes a string. */
function normalize(tables) {
  for (const t of Object.values(tables)) {
    if (t.official_code !== undefined) t.official_code = code(t.official_code);
    for (const row of t.values || []) {
      if (row.official_code !== undefined) row.official_code = code(row.official_code);
      if (row.kikan_code !== undefined) row.kikan_code = code(row.kikan_code);
    }
  }
  return tables;
}

/** → [{ service, file, sha256, tables }] for each standard-specs/<service>/code-tables.yaml, by service. */
export function readCodeTables(specsDir) {
  return readdirSync(specsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specsDir, d.name, 'code-tables.yaml')))
    .map((d) => d.name)
    .sort()
    .map((service) => {
      const file = `standard-specs/${service}/code-tables.yaml`;
      const text = readFileSync(join(specsDir, service, 'code-tables.yaml'), 'utf8');
      const tables = normalize(checkTables(file, parseYaml(text, file)));
      return { service, file, sha256: createHash('sha256').update(text).digest('hex'), tables };
    });
}

export function renderModule(sources) {
  const all = Object.fromEntries(sources.map((s) => [s.service, s.tables]));
  return [
    '// GENERATED at build time by modules/staff-portal/tools/generate-code-tables.mjs — do not edit.',
    '// The standard\'s code tables (standard-specs/<service>/code-tables.yaml), per service:',
    ...sources.map((s) => `//   ${s.file} (sha256 ${s.sha256})`),
    '',
    'const freeze = (o) => { Object.values(o).forEach((v) => { if (v && typeof v === \'object\') freeze(v); }); return Object.freeze(o); };',
    '',
    `export const CODE_TABLES = freeze(${JSON.stringify(all, null, 1)});`,
    '',
    'export default CODE_TABLES;',
    '',
  ].join('\n');
}

function main([specsDir, outFile]) {
  if (!specsDir || !outFile) {
    console.error('usage: node generate-code-tables.mjs <standard-specs dir> <output .js file>');
    return 2;
  }
  try {
    const sources = readCodeTables(resolve(specsDir));
    if (sources.length === 0) throw new Error(`no */code-tables.yaml under ${specsDir}`);
    mkdirSync(dirname(resolve(outFile)), { recursive: true });
    writeFileSync(outFile, renderModule(sources));
    const counts = sources.map((s) => `${s.service}: ${Object.keys(s.tables).length} tables`).join(', ');
    console.log(`code tables → ${outFile} (${counts})`);
    return 0;
  } catch (e) {
    console.error(`code-table generation failed:\n${e.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
