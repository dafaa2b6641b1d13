// Types flow from the SDL: `npm run codegen` rewrites these files; a test fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { ID: 'string' };

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'server/generated/graphql.ts': {
      plugins: [{ add: { content: '/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */' } }, 'typescript', 'typescript-resolvers'],
      config: { scalars, useTypeImports: true, enumsAsTypes: true, contextType: '../context.js#Context', mappers: {} },
    },
    'client/src/generated/graphql.ts': {
      plugins: [{ add: { content: '/* Generated from schema/*.graphql by `npm run codegen`. Do not edit. */' } }, 'typescript'],
      config: { scalars, useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
