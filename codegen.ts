// Types flow from the SDL: `npm run codegen` rewrites the generated files below, and
// tests/schema/codegen.test.ts fails when they are stale. The client's operations
// (client/src/api/*.graphql) are validated against the SDL here: an operation asking for a field
// the schema lacks fails the generation, not a request at run time. Uses codegen's core (no CLI,
// no loaders).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as addPlugin from '@graphql-codegen/add';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNodePlugin from '@graphql-codegen/typed-document-node';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildASTSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { loadTypeDefs } from './server/schema.js';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const HEADER = '/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */';
const OPERATIONS_DIR = 'client/src/api';
const shared = { scalars: { ID: 'string' }, useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false };

const TARGETS = [
  {
    file: 'server/generated/graphql.ts',
    plugins: ['typescript', 'typescript-resolvers'],
    config: { ...shared, contextType: '../context.js#Context' },
    operations: false,
  },
  { file: 'client/src/generated/graphql.ts', plugins: ['typescript'], config: shared, operations: false },
  {
    file: 'client/src/generated/operations.ts',
    plugins: ['typescript-operations', 'typed-document-node'],
    // Documents as strings (no graphql runtime in the page), each typed with its result and variables.
    config: { ...shared, documentMode: 'string', skipTypename: true, importSchemaTypesFrom: 'client/src/generated/graphql.js', namespacedImportName: 'Types' },
    operations: true,
  },
];

const PLUGINS = {
  add: addPlugin,
  typescript: typescriptPlugin,
  'typescript-resolvers': resolversPlugin,
  'typescript-operations': operationsPlugin,
  'typed-document-node': typedDocumentNodePlugin,
};

/** The client's operations, checked against the schema; a mistake names the file and the field. */
export function loadOperations(schema: GraphQLSchema, dir = path.join(ROOT, OPERATIONS_DIR)) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const documents = files.map((file) => ({ location: path.relative(ROOT, path.join(dir, file)), document: parse(readFileSync(path.join(dir, file), 'utf8')) }));
  // Fragments live in their own file: validate all documents as one, as the page sends them.
  const all = { kind: 'Document', definitions: documents.flatMap((d) => d.document.definitions) } as const;
  const errors = validate(schema, all as never);
  if (errors.length)
    throw new Error(`client operations (${path.relative(ROOT, dir)}/*.graphql) do not match the schema:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  return documents;
}

/** The generated files' paths (relative to the repository) and contents, from the current SDL. */
export async function generateTypes(): Promise<{ file: string; content: string }[]> {
  const schema = parse(loadTypeDefs());
  const documents = loadOperations(buildASTSchema(schema));
  return Promise.all(
    TARGETS.map(async ({ file, plugins, config, operations }) => ({
      file,
      content: await codegen({
        filename: file,
        schema,
        documents: operations ? documents : [],
        config,
        plugins: [{ add: { content: HEADER } }, ...plugins.map((name) => ({ [name]: {} }))],
        pluginMap: PLUGINS,
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
