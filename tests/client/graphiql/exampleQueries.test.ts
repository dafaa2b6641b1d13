import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../../../client/src/graphiql/exampleQueries.js';
import { loadTypeDefs } from '../../../server/schema.js';
import { ROOT } from '../../helpers/spawnApp.js';

/** The README's ```graphql blocks, without the indentation of the list they sit in. */
function readmeQueries(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^( *)```graphql\n([\s\S]*?)\n\1```$/gm)].map(([, indent, body]) =>
    body!
      .split('\n')
      .map((line) => line.slice(indent!.length))
      .join('\n'),
  );
}

describe("GraphiQL's example queries", () => {
  it('are valid against the schema', () => {
    const schema = buildSchema(loadTypeDefs());
    for (const { query } of exampleQueries) expect(validate(schema, parse(query)), query).toEqual([]);
  });

  it("are the README's, each under its question", () => {
    expect(readmeQueries()).toEqual(exampleQueries.map((e) => e.query));
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const { question } of exampleQueries) expect(readme).toContain(question);
  });
});
