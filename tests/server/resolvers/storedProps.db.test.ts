import { buildSchema, getNamedType, isInterfaceType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../server/schema.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

// The lists read only the stored properties a request selects (resolvers/storedProps.ts): each
// entity they answer must read exactly as `entity(id)`, which reads every property, for a
// selection of every field of every entity type (built from the SDL, so a field added later is
// covered too) and for the smallest one.

let api: TestApi;
beforeAll(async () => (api = await startTestApi({ exposeErrors: true })));
afterAll(() => api.close());

const schema = buildSchema(loadTypeDefs());

/** Every field of a type without arguments, objects to their leaves (two levels: spans inside a history). */
function everyField(type: GraphQLObjectType, depth = 2): string {
  return Object.values(type.getFields())
    .filter((field) => field.args.length === 0)
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      return depth > 0 && isObjectType(named) ? `${field.name} { ${everyField(named, depth - 1)} }` : '';
    })
    .join(' ');
}

const entityInterface = schema.getType('Entity');
if (!isInterfaceType(entityInterface)) throw new Error('the SDL has no Entity interface');
const ALL = `__typename ${schema
  .getPossibleTypes(entityInterface)
  .map((type) => `... on ${type.name} { ${everyField(type)} }`)
  .join(' ')}`;
/** Every field of a concrete entity type, where a list names its type. */
const allOf = (name: string) => `__typename ${everyField(schema.getType(name) as GraphQLObjectType)}`;

type Node = { id: string } & Record<string, unknown>;

/** Each listed entity against entity(id) with the same selection. */
async function expectReadAsEntity(nodes: Node[], selection: string) {
  const unique = new Map(nodes.map((node) => [node.id, node]));
  expect(unique.size).toBeGreaterThan(0);
  for (const node of unique.values()) {
    const body = await api.gql<{ entity: Node }>(`query($id: ID!) { entity(id: $id) { ${selection} } }`, { id: node.id });
    expect(body.errors).toBeUndefined();
    expect(node, node.id).toEqual(body.data!.entity);
  }
}

describe('lists read only the selected properties, and answer as entity(id) does', () => {
  it('pledges: every field of every entity type, a derived field alone, and only the id', async () => {
    const full = await api.gql<{ pledges: Node[] }>(`{ pledges(bureauId: "bureau:construction") { ${allOf('Pledge')} } }`);
    expect(full.errors).toBeUndefined();
    await expectReadAsEntity(full.data!.pledges, ALL);
    // A derived field alone still reads what it is derived from.
    const history = 'id statusHistory { status date derived sources { quote } }';
    const derived = await api.gql<{ pledges: Node[] }>(`{ pledges(bureauId: "bureau:construction") { ${history} } }`);
    await expectReadAsEntity(derived.data!.pledges, `... on Pledge { ${history} }`);
    const ids = await api.gql<{ pledges: Node[] }>(`{ pledges(bureauId: "bureau:construction") { id } }`);
    expect(ids.data!.pledges.map((p) => p.id)).toEqual(full.data!.pledges.map((p) => p.id));
  });

  it('pledges as of a date: the same pledges as with every property read, each with its status then', async () => {
    const query = (selection: string) => `{ pledges(asOf: "2023-02-01") { ${selection} } }`;
    const few = await api.gql<{ pledges: Node[] }>(query('id status'));
    const full = await api.gql<{ pledges: Node[] }>(query(allOf('Pledge')));
    expect(few.errors).toBeUndefined();
    expect(few.data!.pledges).toEqual(full.data!.pledges.map(({ id, status }) => ({ id, status })));
  });

  it('sharedByBureaus: every entity, bureau and pledge it names', async () => {
    const body = await api.gql<{ sharedByBureaus: { entity: Node; bureaus: Node[]; pledges: Node[] }[] }>(
      `{ sharedByBureaus { entity { ${ALL} } bureaus { ${ALL} } pledges { ${allOf('Pledge')} } } }`,
    );
    expect(body.errors).toBeUndefined();
    await expectReadAsEntity(
      body.data!.sharedByBureaus.flatMap((s) => [s.entity, ...s.bureaus, ...s.pledges]),
      ALL,
    );
  });

  it('investmentTargets: every entity it names, at every place it names one', async () => {
    const body = await api.gql<{
      investmentTargets: {
        enterprise: Node;
        bureaus: Node[];
        pledges: Node[];
        destinations: Node[];
        byBureau: { bureau: Node; pledges: Node[]; destinations: Node[] }[];
      }[];
    }>(
      `{ investmentTargets { enterprise { ${ALL} } bureaus { ${allOf('Bureau')} } pledges { ${allOf('Pledge')} } destinations { ${ALL} }
         byBureau { bureau { ${allOf('Bureau')} } pledges { ${allOf('Pledge')} } destinations { ${ALL} } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const targets = body.data!.investmentTargets;
    const nodes = targets.flatMap((t) => [
      t.enterprise,
      ...t.bureaus,
      ...t.pledges,
      ...t.destinations,
      ...t.byBureau.flatMap((row) => [row.bureau, ...row.pledges, ...row.destinations]),
    ]);
    await expectReadAsEntity(nodes, ALL);
  });
});
