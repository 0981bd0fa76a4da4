// A service contract (contracts/<service>/v1.yaml) read as lines: its schemas and the enum values it declares, for the
// tests that hold a department's code links to the contract (kokuho.test.js, kaigo.test.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../../../../', import.meta.url);

/** → { schemaLines(name), contractEnum(schema, property) } of contracts/<service>/v1.yaml. */
export function contractOf(service) {
  const lines = readFileSync(new URL(`contracts/${service}/v1.yaml`, ROOT), 'utf8').split('\n');

  function schemaLines(name) {
    const start = lines.indexOf(`    ${name}:`);
    assert.ok(start > 0, `schema ${name} in the contract`);
    const end = lines.findIndex((l, i) => i > start && /^ {4}\S/.test(l));
    return lines.slice(start + 1, end < 0 ? undefined : end);
  }

  /** The enum values of a schema's property, as written (a nullable enum's `null` left out). */
  function contractEnum(schema, property) {
    const own = schemaLines(schema);
    const at = own.findIndex((l) => new RegExp(`^\\s+${property}:$`).test(l));
    assert.ok(at >= 0, `${schema}.${property} in the contract`);
    const indent = own[at].search(/\S/);
    const values = [];
    let inEnum = false;
    for (const l of own.slice(at + 1)) {
      if (l.search(/\S/) <= indent) break;
      if (/^\s+enum:$/.test(l)) inEnum = true;
      else if (inEnum && /^\s+- /.test(l)) values.push(l.replace(/^\s+- /, '').replace(/^'|'$/g, ''));
      else if (inEnum) break;
    }
    assert.ok(values.length, `enum of ${schema}.${property}`);
    return values.filter((v) => v !== 'null');
  }

  return { schemaLines, contractEnum };
}
