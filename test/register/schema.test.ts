import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigQuerySchema } from '../../src/register/bigquery.js';
import { createAjv } from '../../src/validate/ajv.js';
import { exampleRows, lines, ROOT, SHA, tempDir } from './stores.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/register-row.v1.schema.json'), 'utf8'));

describe('the register row schema', () => {
  it('describes every row a real check writes, and the BigQuery table schema is derived from it', () => {
    const validate = createAjv({ strictRequired: false }).compile(schema);
    const dir = tempDir();
    for (const example of ['approvals', 'm4-talent-replication', 'dubbing-voice-clone']) {
      for (const line of lines(exampleRows(example, dir, 'studio/s', SHA(1)))) expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
    }
    const shipped = JSON.parse(readFileSync(join(ROOT, 'src/schema/register-row.v1.bigquery.json'), 'utf8'));
    expect(shipped).toEqual(bigQuerySchema(schema));
    const byName = Object.fromEntries(shipped.map((f: { name: string }) => [f.name, f]));
    expect(byName.evaluatedOn).toMatchObject({ type: 'DATE', mode: 'REQUIRED' });
    expect(byName.approvals).toMatchObject({ type: 'RECORD', mode: 'REPEATED' });
    expect(byName.size).toMatchObject({ type: 'INTEGER', mode: 'NULLABLE' });
  });

  it('refuses a row that mixes a use and a file', () => {
    const validate = createAjv({ strictRequired: false }).compile(schema);
    const row = JSON.parse(lines(exampleRows('m1-ideation', tempDir(), 'studio/t', SHA(2)))[0] as string);
    expect(validate(row)).toBe(true);
    expect(validate({ ...row, size: 3 })).toBe(false);
  });
});
