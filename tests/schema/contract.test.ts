import { buildSchema, isInterfaceType, isObjectType, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER, KINDS } from '../../schema/vocabulary/kinds.js';
import { loadTypeDefs } from '../../server/schema.js';

// The API contract that outside checks rely on, frozen here in full: its names, arguments,
// types and defaults never change. schema/*.graphql (which the server serves) may add around it.
const ENTITY_FIELDS = 'id: ID! kind: EntityKind! name: String! nameEn: String aliases: [String!]! sources: [SourceSpan!]!';
const CONTRACT = buildSchema(`
enum EntityKind { BUREAU PLEDGE PROJECT ENTERPRISE INSTITUTION PLACE DOCUMENT }
interface Entity { ${ENTITY_FIELDS} }
type Pledge implements Entity { ${ENTITY_FIELDS} text: String! metric: String target: Float unit: String comparator: String year: Int status: String! }
type Document implements Entity { ${ENTITY_FIELDS} title: String! date: String text: String! }
type Bureau implements Entity { ${ENTITY_FIELDS} }
type Project implements Entity { ${ENTITY_FIELDS} }
type Enterprise implements Entity { ${ENTITY_FIELDS} }
type Institution implements Entity { ${ENTITY_FIELDS} }
type Place implements Entity { ${ENTITY_FIELDS} }
type SourceSpan { documentId: ID! start: Int! end: Int! quote: String! }
type Edge { id: ID! type: String! source: ID! target: ID! sources: [SourceSpan!]! }
type Subgraph { nodes: [Entity!]! edges: [Edge!]! truncated: Boolean! }
type SearchHit { entity: Entity! score: Float! }
type Shared { entity: Entity! bureaus: [Entity!]! pledges: [Pledge!]! }
type Target { enterprise: Entity! bureaus: [Entity!]! pledges: [Pledge!]! destinations: [Entity!]! }
type Walkthrough { id: ID! title: String! steps: [Step!]! }
type Step { title: String! narration: String! focus: [ID!]! }
type Count { key: String! count: Int! }
type Stats { kinds: [Count!]! relationships: [Count!]! }
type Query {
  search(text: String!, kinds: [EntityKind!], limit: Int = 20): [SearchHit!]!
  entity(id: ID!): Entity
  neighborhood(ids: [ID!]!, depth: Int = 1, kinds: [EntityKind!], limit: Int = 300): Subgraph!
  paths(from: ID!, to: ID!, maxHops: Int = 6): [Subgraph!]!
  sharedByBureaus(kinds: [EntityKind!], minBureaus: Int = 2): [Shared!]!
  investmentTargets(bureauId: ID): [Target!]!
  pledges(bureauId: ID): [Pledge!]!
  document(id: ID!): Document
  walkthroughs: [Walkthrough!]!
  stats: Stats!
}`);

const served = buildSchema(loadTypeDefs());

describe('the SDL keeps the contract', () => {
  const types = Object.values(CONTRACT.getTypeMap()).filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)));

  it.each(types.map((t) => [t.name, t] as const))('%s: every field and argument, with the same types and defaults', (name, contractType) => {
    const servedType = served.getType(name);
    expect(servedType, `type ${name} is missing`).toBeDefined();
    if (!isObjectType(servedType) && !isInterfaceType(servedType)) throw new Error(`${name} is not an object or interface type`);
    if (!isObjectType(contractType) && !isInterfaceType(contractType)) return;
    for (const field of Object.values(contractType.getFields())) {
      const mine = servedType.getFields()[field.name];
      expect(mine, `${name}.${field.name} is missing`).toBeDefined();
      expect(String(mine!.type), `${name}.${field.name}`).toBe(String(field.type));
      for (const arg of field.args) {
        const myArg = mine!.args.find((a) => a.name === arg.name);
        expect(myArg, `${name}.${field.name}(${arg.name}) is missing`).toBeDefined();
        expect(String(myArg!.type), `${name}.${field.name}(${arg.name})`).toBe(String(arg.type));
        expect(myArg!.defaultValue, `default of ${name}.${field.name}(${arg.name})`).toEqual(arg.defaultValue);
      }
      // An added argument must be optional, or existing clients break.
      for (const extra of mine!.args.filter((a) => !field.args.some((c) => c.name === a.name))) {
        expect(String(extra.type).endsWith('!'), `${name}.${field.name}(${extra.name}) is a new required argument`).toBe(false);
      }
    }
    if (isObjectType(contractType) && isObjectType(servedType)) {
      expect(servedType.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(contractType.getInterfaces().map((i) => i.name)));
    }
  });

  it('keeps the EntityKind values in their order; kinds added since come with their Entity type', () => {
    const valuesOf = (schema: GraphQLSchema) => (schema.getType('EntityKind') as GraphQLEnumType).getValues().map((v) => v.name);
    const contract = valuesOf(CONTRACT);
    const values = valuesOf(served);
    expect(values.filter((v) => contract.includes(v))).toEqual(contract);
    const added = KIND_ORDER.filter((kind) => !contract.includes(kind));
    expect(values.filter((v) => !contract.includes(v)).sort()).toEqual([...added].sort());
    for (const kind of added) {
      const type = served.getType(KINDS[kind].label);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name), `${kind} has no Entity type`).toEqual(['Entity']);
    }
  });
});
