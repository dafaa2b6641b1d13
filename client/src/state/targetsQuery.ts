import { z } from 'zod';
import { MAX_TARGETS_TEXT, STAGE_KEYS, TARGET_COLUMNS, TARGETS_MODES, type StageKey, type TargetColumn, type TargetsState } from './targetsState.js';

// The same node ids as urlState's (kind:slug); kept here so that the two modules need not import each other.
const ID = z.string().regex(/^[A-Za-z0-9_.:|-]{1,300}$/);
const STAGE = z.enum(STAGE_KEYS as [StageKey, ...StageKey[]]);

/** The targets view's parameters (t…), each falling back on its own like the rest of the link. */
export const TARGETS_QUERY = {
  tm: z
    .enum(TARGETS_MODES as ['table', 'map'])
    .optional()
    .catch(undefined),
  ts: z
    .string()
    .optional()
    .transform((text) => STAGE_KEYS.filter((stage) => (text ?? '').split(',').some((part) => STAGE.safeParse(part).data === stage))),
  tb: ID.optional().catch(undefined),
  td: ID.optional().catch(undefined),
  tq: z.string().max(MAX_TARGETS_TEXT).optional().catch(undefined),
  // A column, "-" before it for descending.
  to: z
    .string()
    .regex(new RegExp(`^-?(${TARGET_COLUMNS.join('|')})$`))
    .optional()
    .catch(undefined),
  tp: ID.optional().catch(undefined),
};

type Parsed = z.infer<z.ZodObject<typeof TARGETS_QUERY>>;

export function targetsFromQuery(q: Parsed): TargetsState {
  return {
    mode: q.tm ?? 'table',
    stages: q.ts,
    bureau: q.tb ?? null,
    destination: q.td ?? null,
    text: q.tq ?? '',
    sort: q.to ? { column: q.to.replace(/^-/, '') as TargetColumn, descending: q.to.startsWith('-') } : null,
    picked: q.tp ?? null,
  };
}

/** Only what differs from the defaults goes into the link. */
export function putTargets(params: URLSearchParams, t: TargetsState): void {
  if (t.mode !== 'table') params.set('tm', t.mode);
  if (t.stages.length) params.set('ts', t.stages.join(','));
  if (t.bureau) params.set('tb', t.bureau);
  if (t.destination) params.set('td', t.destination);
  if (t.text) params.set('tq', t.text);
  if (t.sort) params.set('to', `${t.sort.descending ? '-' : ''}${t.sort.column}`);
  if (t.picked) params.set('tp', t.picked);
}
