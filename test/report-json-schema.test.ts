// The report's JSON Schema (docs/report.schema.json) is generated from the zod schema, for other tools to
// read reports; this test keeps the committed file in sync (UPDATE_SCHEMA=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { reportSchema } from '../src/report/schema.js';

const FILE = resolve(import.meta.dirname, '../docs/report.schema.json');

function generated(): string {
  const schema = z.toJSONSchema(reportSchema, { io: 'output', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://ssh-doctor/report.schema.json', title: 'ssh-doctor report' }, null, 2)}\n`;
}

describe('docs/report.schema.json', () => {
  it('matches the zod report schema', () => {
    const fresh = generated();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, fresh);
    expect(readFileSync(FILE, 'utf8')).toBe(fresh);
  });

  it('describes a recorded report', () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8'));
    const report = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../fixtures/success/report.json'), 'utf8'),
    );
    expect(schema.properties.schemaVersion.const).toBe(1);
    for (const key of schema.required) expect(report).toHaveProperty(key);
  });
});
