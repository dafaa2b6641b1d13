import { z } from 'zod';
import { KINDS, kindOfId, type Label } from '../../schema/vocabulary/kinds.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../../schema/vocabulary/relationships.js';
import { PLEDGE_STATUSES } from '../../schema/vocabulary/statuses.js';
import { isoDate } from './isoDate.js';

/**
 * ingestDocument's input (a reviewed draft), checked before anything is written. Every problem
 * has a path into the input, which the resolver names as the argument (input.pledges[2].spans[0]).
 */

export const LIMITS = { textBytes: 1024 * 1024, items: 2000, spans: 50, name: 500, note: 4000 } as const;

/** Half of a surrogate pair: Bolt (UTF-8) cannot carry it, so it would be stored as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;
/** C0 controls other than tab, line and page breaks: a binary file sent as text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

const wellFormed = z.string().refine((value) => !LONE_SURROGATE.test(value), { message: 'must be well-formed Unicode (half of a surrogate pair found)' });
const text = (max: number) => wellFormed.pipe(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));
const list = <T extends z.ZodType>(item: T, max: number = LIMITS.items) => z.array(item).max(max, `must hold at most ${max} items`);

export const ENTITY_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REF = /^[A-Za-z0-9_-]{1,64}$/;
const EntityId = z.string().regex(ENTITY_ID, 'must be an entity id (kind:slug)');
const Ref = z.string().regex(REF, 'must be 1..64 letters, digits, _ or - (no colon: ids have one)');
/** An existing entity's id (kind:slug) or a new one's ref: told apart by the colon. */
const IdOrRef = z.string().refine((value) => ENTITY_ID.test(value) || REF.test(value), { message: 'must be an entity id (kind:slug) or a ref of this draft' });
const CONFIDENCE = z.enum(['high', 'medium', 'low'], { error: 'must be high, medium or low' });

const DocumentText = z
  .string()
  .refine((value) => value.trim().length > 0, { message: 'must not be empty: a document needs its text' })
  .refine((value) => Buffer.byteLength(value, 'utf8') <= LIMITS.textBytes, { message: `is over 1 MB (${LIMITS.textBytes} bytes of UTF-8): split the report` })
  .refine((value) => !BINARY.test(value), { message: 'holds control characters (NUL and the like): a binary file, not text' })
  .refine((value) => !value.includes('\uFFFD'), {
    message: 'holds U+FFFD: bytes that could not be decoded; decode the file with its encoding (UTF-8, GB18030)',
  })
  .refine((value) => !LONE_SURROGATE.test(value), { message: 'must be well-formed Unicode (half of a surrogate pair found)' });

const SpanSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0), quote: z.string().optional() });
const spans = list(SpanSchema, LIMITS.spans).min(1, 'needs at least one span of the document');

export const IngestInputSchema = z
  .strictObject({
    document: z.strictObject({
      title: text(LIMITS.name),
      date: isoDate,
      source: z.url({ error: 'must be a link (http:// or https://)', protocol: /^https?$/ }).optional(),
      language: z
        .string()
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh or en')
        .optional(),
      text: DocumentText,
    }),
    mentions: list(z.strictObject({ entityId: EntityId, spans })).default([]),
    entities: list(
      z.strictObject({
        ref: Ref,
        kind: z.enum(['BUREAU', 'PROJECT', 'ENTERPRISE', 'INSTITUTION', 'PLACE', 'EVENT'], {
          error: 'must be BUREAU, PROJECT, ENTERPRISE, INSTITUTION, PLACE or EVENT (pledges go in pledges)',
        }),
        name: text(LIMITS.name),
        nameEn: text(LIMITS.name).optional(),
        aliases: list(text(LIMITS.name), 50).optional(),
        summary: text(LIMITS.note).optional(),
        summaryZh: text(LIMITS.note).optional(),
        category: text(100).optional(),
        spans,
      }),
    ).default([]),
    pledges: list(
      z.strictObject({
        ref: Ref,
        bureau: IdOrRef,
        text: text(LIMITS.note),
        name: text(LIMITS.name).optional(),
        nameEn: text(LIMITS.name).optional(),
        metric: text(LIMITS.name).optional(),
        metricZh: text(LIMITS.name).optional(),
        target: z.number({ error: 'must be a finite number' }).optional(),
        unit: text(50).optional(),
        unitZh: text(50).optional(),
        comparator: z.enum(['≥', '=', '≤', '>', '<'], { error: 'must be one of ≥ = ≤ > <' }).optional(),
        year: z.number().int().min(1900).max(2100).optional(),
        due: isoDate.optional(),
        confidence: CONFIDENCE.optional(),
        spans,
        concerns: list(IdOrRef, 200).optional(),
        targets: list(IdOrRef, 200).optional(),
        partners: list(IdOrRef, 200).optional(),
      }),
    ).default([]),
    relationships: list(
      z.strictObject({
        type: z.enum(RELATIONSHIP_TYPES, { error: `must be one of ${RELATIONSHIP_TYPES.join(', ')}` }),
        from: IdOrRef,
        to: IdOrRef,
        spans,
        note: text(LIMITS.note).optional(),
        noteZh: text(LIMITS.note).optional(),
        confidence: CONFIDENCE.optional(),
      }),
    ).default([]),
    statusChanges: list(
      z.strictObject({
        pledge: IdOrRef,
        status: z.enum(PLEDGE_STATUSES, { error: `must be one of ${PLEDGE_STATUSES.join(', ')}` }),
        date: isoDate.optional(),
        spans,
        value: z.number({ error: 'must be a finite number' }).optional(),
        unit: text(50).optional(),
        note: text(LIMITS.note).optional(),
      }),
    ).default([]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const doc = input.document.text;
    const checkSpans = (path: (string | number)[], list: { start: number; end: number; quote?: string }[]) =>
      list.forEach(({ start, end, quote }, i) => {
        if (end <= start || end > doc.length) return issue([...path, i], `must have 0 ≤ start < end ≤ ${doc.length} (the text's length), got ${start}..${end}`);
        if (quote !== undefined && doc.slice(start, end) !== quote)
          issue([...path, i, 'quote'], `is not the text at ${start}..${end} ("${doc.slice(start, end)}")`);
      });
    input.mentions.forEach((m, i) => checkSpans(['mentions', i, 'spans'], m.spans));
    input.entities.forEach((e, i) => checkSpans(['entities', i, 'spans'], e.spans));
    input.relationships.forEach((r, i) => checkSpans(['relationships', i, 'spans'], r.spans));
    input.statusChanges.forEach((s, i) => checkSpans(['statusChanges', i, 'spans'], s.spans));
    input.pledges.forEach((p, i) => {
      checkSpans(['pledges', i, 'spans'], p.spans);
      if (!p.spans.some(({ start, end }) => doc.slice(start, end).includes(p.text))) issue(['pledges', i, 'text'], "is not in the words of the pledge's spans");
    });

    // refs: each defined once; every reference names a ref of the right kind, or an id whose prefix is one.
    const kinds = new Map<string, Label>();
    const define = (path: (string | number)[], ref: string, label: Label) => {
      if (kinds.has(ref)) issue(path, `repeats the ref "${ref}"`);
      kinds.set(ref, label);
    };
    input.entities.forEach((e, i) => define(['entities', i, 'ref'], e.ref, KINDS[e.kind].label));
    input.pledges.forEach((p, i) => define(['pledges', i, 'ref'], p.ref, 'Pledge'));
    const labelOf = (path: (string | number)[], value: string): Label | undefined => {
      if (!value.includes(':')) {
        const label = kinds.get(value);
        if (!label) issue(path, `names no ref of this draft: "${value}"`);
        return label;
      }
      const kind = kindOfId(value);
      if (!kind || kind === 'DOCUMENT') issue(path, `"${value}" is not the id of an entity kind (${value.split(':')[0]})`);
      return kind && kind !== 'DOCUMENT' ? KINDS[kind].label : undefined;
    };
    const joins = (path: (string | number)[], type: keyof typeof RELATIONSHIPS, from: Label | undefined, to: Label | undefined) => {
      const spec = RELATIONSHIPS[type];
      if (from && to && (!(spec.from as readonly Label[]).includes(from) || !(spec.to as readonly Label[]).includes(to))) {
        issue(path, `${type} joins ${spec.from.join('|')} → ${spec.to.join('|')}, not ${from} → ${to}`);
      }
    };
    input.pledges.forEach((p, i) => {
      joins(['pledges', i, 'bureau'], 'MADE', labelOf(['pledges', i, 'bureau'], p.bureau), 'Pledge');
      for (const [key, type] of [
        ['concerns', 'CONCERNS'],
        ['targets', 'TARGETS'],
        ['partners', 'PARTNERS'],
      ] as const) {
        p[key]?.forEach((value, j) => joins(['pledges', i, key, j], type, 'Pledge', labelOf(['pledges', i, key, j], value)));
      }
    });
    input.relationships.forEach((r, i) => {
      joins(['relationships', i], r.type, labelOf(['relationships', i, 'from'], r.from), labelOf(['relationships', i, 'to'], r.to));
    });
    input.statusChanges.forEach((s, i) => {
      const label = labelOf(['statusChanges', i, 'pledge'], s.pledge);
      if (label && label !== 'Pledge') issue(['statusChanges', i, 'pledge'], `must name a pledge, not a ${label}`);
      if (s.date && s.date < input.document.date && !s.pledge.includes(':'))
        issue(['statusChanges', i, 'date'], 'is before the document that makes the pledge');
    });
  });

export type IngestInput = z.infer<typeof IngestInputSchema>;
