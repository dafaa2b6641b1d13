import { buildSchema, isObjectType, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toEntity } from '../../../server/db/records.js';
import { loadTypeDefs } from '../../../server/schema.js';
import { KINDS } from '../../../seeds/load/model.js';

const schema = buildSchema(loadTypeDefs());
const apiKinds = (schema.getType('EntityKind') as GraphQLEnumType).getValues().map((v) => v.name);

describe('stored kinds and API types', () => {
  it('stores exactly the API kinds (the loader writes each label upper-cased)', () => {
    expect(Object.values(KINDS).map((label) => label.toUpperCase()).sort()).toEqual([...apiKinds].sort());
  });

  it.each(apiKinds)('serves a stored %s as the Entity type of that name', (kind) => {
    const { __typename } = toEntity({ id: 'x:y', kind }) as { __typename: string };
    const type = schema.getType(__typename);
    expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity')).toBe(true);
    expect(__typename.toUpperCase()).toBe(kind);
  });

  it('refuses a kind the loader never writes', () => {
    expect(() => toEntity({ id: 'x:y', kind: 'MEETUP' })).toThrow('entity x:y has unknown kind "MEETUP"');
  });
});
