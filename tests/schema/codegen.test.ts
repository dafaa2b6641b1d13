import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../../codegen.js';
import { ROOT } from '../helpers/spawnApp.js';

// Types flow from schema/*.graphql; this fails when someone edits the SDL and forgets
// `npm run codegen`, or edits a generated file by hand.
describe('generated types', () => {
  it('match a fresh generation from the SDL', async () => {
    const outputs = await generateTypes();
    expect(outputs.map((o) => o.file)).toEqual(['server/generated/graphql.ts', 'client/src/generated/graphql.ts']);
    for (const { file, content } of outputs) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run npm run codegen`).toBe(content);
    }
  });
});
