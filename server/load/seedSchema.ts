import { z } from 'zod';
import { RELATIONSHIP_TYPES } from './model.js';
import { PLEDGE_STATUSES } from '../../schema/vocabulary/statuses.js';
import { isoDate } from '../documents/isoDate.js';

/** Zod schemas of the seed files. Strict: a misspelt field is an error, not silently ignored. */

const text = z.string().trim().min(1, 'must not be empty');

export const EvidenceSchema = z.union([
  text,
  z.strictObject({
    quote: text,
    /** 1-based; required when the quote occurs more than once in the document. */
    occurrence: z.number().int().positive().optional(),
    /** Defaults to the only document, when there is one. */
    document: text.optional(),
  }),
]);

const ID = z.string().regex(/^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like kind:slug (lowercase ascii, hyphens)');
const CONFIDENCE = z.enum(['high', 'medium', 'low']);

const entityFields = {
  id: ID,
  name: text,
  nameEn: text,
  aliases: z.array(text),
  summary: text,
  summaryZh: text.optional(),
  category: text.optional(),
  note: text.optional(),
  /** The note in Chinese: required beside note (the Chinese UI shows it). */
  noteZh: text.optional(),
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one quote'),
};

export const EntitySchema = z.strictObject({
  ...entityFields,
  // Pledge fields; the validator checks that only pledges carry them.
  text: text.optional(),
  metric: text.optional(),
  metricZh: text.optional(),
  target: z.number({ error: 'must be a number (e.g. 10, not "10%")' }).optional(),
  unit: text.optional(),
  /** Required where unit is in words ("roads"); %, 亿元 read the same in both languages. */
  unitZh: text.optional(),
  comparator: z.enum(['≥', '=', '≤', '>', '<']).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** A deadline the words state (9月底前 → 2024-09-30). */
  due: isoDate.optional(),
  attributionNote: text.optional(),
  attributionNoteZh: text.optional(),
  confidence: CONFIDENCE.optional(),
});

export const RelationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES, { error: `must be one of ${RELATIONSHIP_TYPES.join(', ')}` }),
  from: ID,
  to: ID,
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one quote'),
  note: text.optional(),
  noteZh: text.optional(),
  attributionNote: text.optional(),
  attributionNoteZh: text.optional(),
  confidence: CONFIDENCE.optional(),
});

/** More quotes for an entity any file defines: a later report that names it again. */
export const MentionSchema = z.strictObject({
  id: ID,
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one quote'),
});

/**
 * A change of a pledge's status (any file's pledge), on the scale of schema/vocabulary/statuses.ts;
 * a verdict's evidence is the words it rests on. A pledge's first status, pledged on its
 * document's date, is derived, never written.
 */
export const StatusChangeSchema = z.strictObject({
  pledge: ID,
  status: z.enum(PLEDGE_STATUSES, { error: `must be one of ${PLEDGE_STATUSES.join(', ')}` }),
  /** The date of the quotes' document when absent. */
  date: isoDate.optional(),
  evidence: z.array(EvidenceSchema).min(1, 'needs at least one quote'),
  /** What was achieved, in the pledge's unit: the share is value / target. */
  value: z.number({ error: 'must be a number (e.g. 1200, not "1200个")' }).optional(),
  unit: text.optional(),
  note: text.optional(),
});

export const GraphFileSchema = z.strictObject({
  /** The document (its id) this file's quotes are from, unless a quote names another. */
  document: ID.optional(),
  entities: z.array(EntitySchema).optional(),
  relationships: z.array(RelationshipSchema).optional(),
  mentions: z.array(MentionSchema).optional(),
  statusChanges: z.array(StatusChangeSchema).optional(),
});

export const DocumentFileSchema = z.strictObject({
  ...entityFields,
  file: text,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex sha256'),
  title: text,
  subtitle: text.optional(),
  date: isoDate,
  reporters: z.array(text),
  place: text.optional(),
  /** Where it was published. */
  source: z.url({ error: 'must be a link (http:// or https://)', protocol: /^https?$/ }).optional(),
  /** BCP 47; zh when absent. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh or en')
    .optional(),
});

// A walkthrough file has the same schema as an import or a save (steps with positions, notes …).
export { WalkthroughFileSchema } from '../walkthroughs/walkthroughSchema.js';

export type Evidence = z.infer<typeof EvidenceSchema>;
export type { WalkthroughFile as WalkthroughSeed } from '../walkthroughs/walkthroughSchema.js';
export type EntitySeed = z.infer<typeof EntitySchema>;
export type RelationshipSeed = z.infer<typeof RelationshipSchema>;
export type MentionSeed = z.infer<typeof MentionSchema>;
export type StatusChangeSeed = z.infer<typeof StatusChangeSchema>;
export type DocumentSeed = z.infer<typeof DocumentFileSchema>;
