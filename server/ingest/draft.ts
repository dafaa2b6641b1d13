import { documentIdentity } from '../documents/documentIdentity.js';
import { findCandidates, type Candidate } from './findCandidates.js';
import { findMentions } from './findMentions.js';
import { findPledges, type DraftPledge } from './findPledges.js';
import { findProgress, type DraftProgress } from './findProgress.js';
import type { KnownGraph } from './knownGraph.js';
import { paragraphs } from './paragraphs.js';
import { segment } from './segment.js';

export interface Draft {
  document: { id: string; sha256: string; chars: number; title?: string; date?: string; source?: string };
  mentions: { entityId: string; start: number; end: number; text: string }[];
  candidates: Candidate[];
  pledges: DraftPledge[];
  progress: DraftProgress[];
}

export interface DraftOptions {
  title?: string;
  /** YYYY-MM-DD: the report's date, the year of its pledges and the date of its progress. */
  date?: string;
  source?: string;
}

/** A new text → its cited draft against the known graph. Pure and deterministic: same text, same draft. */
export function draft(text: string, known: KnownGraph, options: DraftOptions = {}): Draft {
  const { sha256, id } = documentIdentity(text);
  const mentions = findMentions(text, known.entities);
  const paras = paragraphs(text, mentions);
  const year = options.date ? Number(options.date.slice(0, 4)) : undefined;
  const candidates = findCandidates(text, segment(text), mentions);
  const progress = findProgress(paras, mentions, candidates, known.pledges, options.date);
  // A clause that reports progress is not also a pledge.
  const pledges = findPledges(paras, mentions, year, (clause) => progress.some((p) => p.start === clause.start));
  return {
    document: { id, sha256, chars: text.length, ...options },
    mentions: mentions.map(({ entityId, start, end, text: t }) => ({ entityId, start, end, text: t })),
    candidates,
    pledges,
    progress,
  };
}
