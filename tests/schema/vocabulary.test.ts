import { buildSchema, isObjectType, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KIND_LOOK } from '../../client/src/graph/kinds.js';
import { kindName } from '../../client/src/i18n/kindNames.js';
import { relationLabel } from '../../client/src/i18n/relationWords.js';
import { KIND_ORDER, KINDS, kindOfId, kindOfLabel } from '../../schema/vocabulary/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../../schema/vocabulary/relationships.js';
import { toEntity } from '../../server/db/records.js';
import { LABELS, labelOf } from '../../server/load/model.js';
import { RelationshipSchema } from '../../server/load/seedSchema.js';
import { loadTypeDefs } from '../../server/schema.js';

const schema = buildSchema(loadTypeDefs());
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

// schema/vocabulary/ defines every kind and relationship type once; the SDL states the same
// enums by hand (it is the API's source), and everything else derives from the vocabulary.
describe('one vocabulary, and everything agrees with it', () => {
  it('the SDL enums list exactly the kinds and relationship types of the vocabulary', () => {
    expect([...enumValues('EntityKind')].sort()).toEqual([...KIND_ORDER].sort());
    expect(enumValues('RelationshipType')).toEqual(RELATIONSHIP_TYPES);
  });

  it.each(KIND_ORDER)('%s: an Entity type named as its label, an id prefix and a label that lead back to it', (kind) => {
    const { label, prefix } = KINDS[kind];
    const type = schema.getType(label);
    expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['Entity']);
    expect(kindOfId(`${prefix}:anything`)).toBe(kind);
    expect(kindOfLabel(label)).toBe(kind);
    expect((toEntity({ id: `${prefix}:x`, kind }) as { __typename: string }).__typename).toBe(label);
  });

  it('prefixes, labels, colours and shapes are each unique (no one relies on colour alone)', () => {
    const specs = Object.values(KINDS);
    for (const field of ['prefix', 'label', 'color', 'shape'] as const) expect(new Set(specs.map((s) => s[field])).size).toBe(specs.length);
  });

  it('the loader writes every kind and enforces every type, and nothing else', () => {
    expect([...LABELS].sort()).toEqual(specsOf((s) => s.label).sort());
    expect(labelOf('meetup:x')).toBeUndefined();
    const relationship = (type: string) => RelationshipSchema.safeParse({ type, from: 'bureau:a', to: 'pledge:b', evidence: ['x'] }).success;
    expect(RELATIONSHIP_TYPES.every(relationship)).toBe(true);
    expect(relationship('LIKES')).toBe(false);
  });

  it('every relationship type joins known kinds and reads in both languages', () => {
    const labels = new Set<string>(specsOf((s) => s.label));
    for (const type of RELATIONSHIP_TYPES) {
      const spec = RELATIONSHIPS[type];
      for (const label of [...spec.from, ...spec.to]) expect(labels.has(label), `${type} names ${label}`).toBe(true);
      for (const words of [spec.en, spec.zh]) expect(words.label && words.forward && words.backward).toBeTruthy();
      expect(spec.zh.forward.split('{}')).toHaveLength(2);
      expect(spec.zh.backward.split('{}')).toHaveLength(2);
    }
  });

  it('no two relationship types share both dash and arrow head (colour is never the only difference)', () => {
    const looks = RELATIONSHIP_TYPES.map((type) => `${RELATIONSHIPS[type].line.style} ${RELATIONSHIPS[type].line.arrow}`);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it("the client's tables are the vocabulary's", () => {
    expect(Object.keys(KIND_LOOK).sort()).toEqual([...KIND_ORDER].sort());
    expect(KIND_ORDER.map((k) => kindName(k, 'zh'))).toEqual(KIND_ORDER.map((k) => KINDS[k].zh.name));
    expect(RELATIONSHIP_TYPES.map((t) => relationLabel(t, 'en'))).toEqual(RELATIONSHIP_TYPES.map((t) => RELATIONSHIPS[t].en.label));
  });
});

function specsOf(pick: (spec: (typeof KINDS)[keyof typeof KINDS]) => string): string[] {
  return Object.values(KINDS).map(pick);
}
