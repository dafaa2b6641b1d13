import { Neo4jError } from 'neo4j-driver';
import {
  createWalkthroughQuery,
  missingEntitiesQuery,
  replaceWalkthroughQuery,
  takenWalkthroughIdsQuery,
  walkthroughOriginQuery,
} from '../cypher/walkthroughs.js';
import type { Executor } from '../db/executor.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { Walkthrough } from '../generated/graphql.js';
import { toWalkthrough, type StoredWalkthrough } from './toWalkthrough.js';
import type { WalkthroughData } from './walkthroughSchema.js';
import { firstFreeId, walkthroughIdBase } from './walkthroughIdBase.js';

/** Where a save puts the walkthrough: over a user's one, under a new id, or under the file's id when free. */
export type SaveTarget = { replace: string } | { create: true } | { prefer: string };

/** A focus id that names no entity, where it stands in the input. */
export interface UnknownId {
  step: number;
  focus: number;
  id: string;
}

/**
 * Stores a validated walkthrough as the user's, in one write transaction: every focus id must
 * name an entity (one lookup), a replaced walkthrough must be a user's, and a new one gets a free
 * id. Returns it as stored. `unknownIds` words the refusal for the caller's argument.
 */
export async function saveWalkthrough(
  executor: Executor,
  { title, titleZh, steps }: Omit<WalkthroughData, 'id'>,
  target: SaveTarget,
  unknownIds: (unknown: UnknownId[]) => Error,
): Promise<Walkthrough> {
  const focusIds = [...new Set(steps.flatMap((step) => step.focus))];
  const write = () =>
    executor.write(async (run) => {
      const [found] = await run(missingEntitiesQuery(focusIds));
      const missing = new Set((found?.get('missing') ?? []) as string[]);
      if (missing.size > 0) {
        const where = steps.flatMap((step, i) => step.focus.flatMap((id, j) => (missing.has(id) ? [{ step: i, focus: j, id }] : [])));
        throw unknownIds(where);
      }
      const id = await chooseId(run, target, title);
      const props = { id, title, ...(titleZh ? { titleZh } : {}), steps: JSON.stringify(steps), origin: 'USER', updatedAt: new Date().toISOString() };
      const [record] = await run('replace' in target ? replaceWalkthroughQuery(props) : createWalkthroughQuery(props));
      // Deleted by another request between the check and the write.
      if (!record) throw new NotFoundError('walkthrough', id);
      return record.get('walkthrough') as StoredWalkthrough;
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return toWalkthrough(await write());
    } catch (error) {
      // Saves made at once chose the same free id; the unique constraint let one through. The
      // others look again and take the next free ids.
      const taken = error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!taken || attempt === MAX_ATTEMPTS) throw error;
    }
  }
}

const MAX_ATTEMPTS = 5;

type Run = Parameters<Parameters<Executor['write']>[0]>[0];

async function chooseId(run: Run, target: SaveTarget, title: string): Promise<string> {
  if ('replace' in target) {
    const [record] = await run(walkthroughOriginQuery(target.replace));
    if (!record) throw new NotFoundError('walkthrough', target.replace);
    if (record.get('origin') !== 'USER') {
      throw new ForbiddenError(`"${target.replace}" is a seeded walkthrough: seeded walkthroughs are read-only templates: save a copy without id`, {
        id: target.replace,
      });
    }
    return target.replace;
  }
  const taken = async (base: string) => ((await run(takenWalkthroughIdsQuery(base)))[0]?.get('taken') ?? []) as string[];
  // An imported file keeps its id when free; otherwise it is named after its title like any new one.
  if ('prefer' in target && !(await taken(target.prefer)).includes(target.prefer)) return target.prefer;
  const base = walkthroughIdBase(title);
  return firstFreeId(base, await taken(base));
}
