// Types flow from the SDL: `npm run codegen` rewrites the generated files below, and
// tests/schema/codegen.test.ts fails when they are stale. Uses codegen's core (no CLI, no loaders).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as addPlugin from '@graphql-codegen/add';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { parse } from 'graphql';
import { loadTypeDefs } from './server/schema.js';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const HEADER = '/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */';
const shared = { scalars: { ID: 'string' }, useTypeImports: true, enumsAsTypes: true };

const TARGETS = [
  { file: 'server/generated/graphql.ts', plugins: ['typescript', 'typescript-resolvers'], config: { ...shared, contextType: '../context.js#Context' } },
  { file: 'client/src/generated/graphql.ts', plugins: ['typescript'], config: shared },
];

/** The generated files' paths (relative to the repository) and contents, from the current SDL. */
export async function generateTypes(): Promise<{ file: string; content: string }[]> {
  const schema = parse(loadTypeDefs());
  return Promise.all(
    TARGETS.map(async ({ file, plugins, config }) => ({
      file,
      content: await codegen({
        filename: file,
        schema,
        documents: [],
        config,
        plugins: [{ add: { content: HEADER } }, ...plugins.map((name) => ({ [name]: {} }))],
        pluginMap: { add: addPlugin, typescript: typescriptPlugin, 'typescript-resolvers': resolversPlugin },
      }),
    })),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { file, content } of await generateTypes()) {
    writeFileSync(path.join(ROOT, file), content);
    console.log(`wrote ${file}`);
  }
}
