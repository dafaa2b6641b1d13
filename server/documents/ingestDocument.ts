import { Neo4jError } from 'neo4j-driver';
import {
  addEntitySourcesQuery,
  addRelationshipsQuery,
  addStatusChangesQuery,
  createDocumentQuery,
  createEntitiesQuery,
  documentBySha256Query,
  takenEntityIdsQuery,
} from '../cypher/ingest.js';
import { bureauReachQuery } from '../cypher/bureauReach.js';
import { missingEntitiesQuery } from '../cypher/walkthroughs.js';
import type { CypherQuery } from '../db/CypherQuery.js';
import { documentIdentity } from './documentIdentity.js';
import type { Executor } from '../db/executor.js';
import { BadUserInputError } from '../errors.js';
import { entityProps } from '../load/validateSeeds.js';
import { firstFreeId } from '../walkthroughs/walkthroughIdBase.js';
import { entityIdBase } from './entityIdBase.js';
import type { IngestInput } from './ingestSchema.js';
import { planIngest, referencedIds, type StoredDocument } from './planIngest.js';

export interface IngestOutcome {
  document: Record<string, unknown>;
  existed: boolean;
  created: { ref: string; id: string }[];
  mentioned: number;
  relationships: number;
  statusChanges: number;
}

type Run = (query: CypherQuery) => Promise<{ get(key: string): unknown }[]>;

const MAX_ATTEMPTS = 5;

/**
 * Stores a validated draft in ONE write transaction: every id it names must exist (else
 * BAD_USER_INPUT naming where, and nothing is written), the document is found by its sha256 or
 * stored, new entities get free ids, and each write checks that it found what it writes to (an
 * entity deleted between the check and the write rolls everything back too).
 */
export async function ingestDocument(executor: Executor, input: IngestInput, now = new Date().toISOString()): Promise<IngestOutcome> {
  const identity = documentIdentity(input.document.text);
  for (let attempt = 1; ; attempt++) {
    try {
      return await executor.write((run) => write(run as Run, input, identity, now), { timeoutMs: 60_000 });
    } catch (error) {
      // The same text stored, or an id taken, by another request meanwhile: the unique
      // constraints let one through; the others look again.
      const clash = error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!clash || attempt === MAX_ATTEMPTS) throw error;
    }
  }
}

async function write(run: Run, input: IngestInput, identity: { sha256: string; id: string }, now: string): Promise<IngestOutcome> {
  const referenced = referencedIds(input);
  const [found] = await run(missingEntitiesQuery([...referenced.keys()]));
  const missing = (found?.get('missing') ?? []) as string[];
  if (missing.length > 0) {
    const [first] = missing as [string];
    throw new BadUserInputError(referenced.get(first)!, `names no entity: "${first}" (deleted meanwhile?); nothing was written`, { ids: missing });
  }

  const [stored] = await run(documentBySha256Query(identity.sha256));
  const existing = stored?.get('document') as Record<string, unknown> | undefined;
  const document = existing ?? (await storeDocument(run, input, identity, now));
  const doc: StoredDocument = { id: document.id as string, date: typeof document.date === 'string' ? document.date : input.document.date };

  const ids = await chooseIds(run, input);
  const plan = planIngest(input, doc, ids, now);
  const expect = async (query: CypherQuery, rows: number, what: string) => {
    const [record] = await run(query);
    if (Number(record?.get('written') ?? 0) !== rows) {
      throw new BadUserInputError('input', `names ${what} that no longer exists (deleted meanwhile); nothing was written`);
    }
  };
  for (const { label, rows } of plan.entities) await expect(createEntitiesQuery(label, rows), rows.length, 'an entity');
  if (plan.mentions.length) await expect(addEntitySourcesQuery(plan.mentions), plan.mentions.length, 'an entity');
  for (const { type, rows } of plan.relationships) await expect(addRelationshipsQuery(type, rows), rows.length, `an end of a ${type} relationship`);
  if (plan.statusChanges.length) await expect(addStatusChangesQuery(plan.statusChanges), plan.statusChanges.length, 'a pledge');
  // A new pledge relationship can make an entity shared by one more bureau: its ends are
  // recounted in this transaction (a pledge's ends are all it can change).
  const ends = plan.relationships.flatMap(({ rows }) => rows.flatMap((row) => [row.from, row.to]));
  if (ends.length) await run(bureauReachQuery([...new Set(ends)]));

  return {
    document,
    existed: existing !== undefined,
    created: [...ids].map(([ref, id]) => ({ ref, id })),
    mentioned: new Set(plan.mentions.map((m) => m.id)).size,
    relationships: plan.relationships.reduce((sum, group) => sum + group.rows.length, 0),
    statusChanges: plan.statusChanges.length,
  };
}

/** A new document node: USER data, citing its own title (or first line) as every entity cites words. */
async function storeDocument(run: Run, input: IngestInput, { sha256, id }: { sha256: string; id: string }, now: string): Promise<Record<string, unknown>> {
  const { title, date, source, language, text } = input.document;
  const head = text.includes(title) ? title : (text.split('\n').find((line) => line.trim()) ?? text).trim().slice(0, 100);
  const start = text.indexOf(head);
  const span = { documentId: id, start, end: start + head.length, quote: head, documentDate: date };
  const props = {
    ...entityProps({ id, name: title, title, date, source, language: language ?? 'zh', sha256, text }, 'Document', [span]),
    sources: '[]',
    documentIds: [],
    origin: 'USER',
    createdAt: now,
    userSources: [JSON.stringify(span)],
    userDocumentIds: [id],
  };
  const [record] = await run(createDocumentQuery(props));
  return record!.get('document') as Record<string, unknown>;
}

/** A free id for each new entity and pledge: its base when free, else base-2 … (none taken twice in one draft). */
async function chooseIds(run: Run, input: IngestInput): Promise<Map<string, string>> {
  const wanted = [
    ...input.entities.map((e) => ({ ref: e.ref, base: entityIdBase(e.kind, e.name, e.nameEn) })),
    ...input.pledges.map((p) => ({ ref: p.ref, base: entityIdBase('PLEDGE', p.name ?? p.text, p.nameEn) })),
  ];
  if (wanted.length === 0) return new Map();
  const [record] = await run(takenEntityIdsQuery([...new Set(wanted.map((w) => w.base))]));
  const taken = new Set((record?.get('taken') ?? []) as string[]);
  const ids = new Map<string, string>();
  for (const { ref, base } of wanted) {
    const id = firstFreeId(base, taken);
    taken.add(id);
    ids.set(ref, id);
  }
  return ids;
}
