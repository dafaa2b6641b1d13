import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { ROOT } from '../helpers/spawnApp.js';

// Types flow from schema/*.graphql; this fails when someone edits the SDL and forgets
// `npm run codegen`, or edits a generated file by hand.
describe('generated types', () => {
  it('match a fresh generation from the SDL', async () => {
    const outputs = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(config.generates).length);
    for (const output of outputs) {
      const committed = readFileSync(path.join(ROOT, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });
});
