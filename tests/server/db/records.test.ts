import { buildSchema, isObjectType, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toEntity } from '../../../server/db/records.js';
import { loadTypeDefs } from '../../../server/schema.js';

const schema = buildSchema(loadTypeDefs());
const apiKinds = (schema.getType('EntityKind') as GraphQLEnumType).getValues().map((v) => v.name);

describe('stored kinds and API types', () => {
  it.each(apiKinds)('serves a stored %s as the Entity type of that name', (kind) => {
    const { __typename } = toEntity({ id: 'x:y', kind }) as { __typename: string };
    const type = schema.getType(__typename);
    expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity')).toBe(true);
  });

  it('refuses a kind the loader never writes', () => {
    expect(() => toEntity({ id: 'x:y', kind: 'MEETUP' })).toThrow('entity x:y has unknown kind "MEETUP"');
  });
});
