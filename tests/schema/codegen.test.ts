import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateTypes, loadOperations } from '../../codegen.js';
import { loadTypeDefs } from '../../server/schema.js';
import { ROOT } from '../helpers/spawnApp.js';

// Types flow from schema/*.graphql; this fails when someone edits the SDL or an operation and
// forgets `npm run codegen`, or edits a generated file by hand.
describe('generated types', () => {
  it('match a fresh generation from the SDL and the client operations', async () => {
    const outputs = await generateTypes();
    expect(outputs.map((o) => o.file)).toEqual(['server/generated/graphql.ts', 'client/src/generated/graphql.ts', 'client/src/generated/operations.ts']);
    for (const { file, content } of outputs) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run npm run codegen`).toBe(content);
    }
  });

  it('refuses a client operation that asks for what the schema lacks, naming the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-operations-'));
    writeFileSync(path.join(dir, 'bad.graphql'), 'query Bad { entity(id: "x") { id wingspan } }');
    expect(() => loadOperations(buildSchema(loadTypeDefs()), dir)).toThrow(/Cannot query field "wingspan" on type "Entity"/);
  });
});
