import type { SeedGraph, SourceSpan } from '../load/SeedGraph.js';
import type { Draft } from './draft.js';

export interface Scores {
  mentions: { precision: number; recall: number };
  pledges: { precision: number; recall: number };
  attribution: number;
  numbers: number;
}
export interface Evaluation {
  scores: Scores;
  /** What each score was computed from, and what it missed, for whoever tunes the rules. */
  counts: Record<string, number>;
  missed: { mentions: string[]; pledges: string[]; attribution: string[]; numbers: string[] };
}

interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const ratio = (hits: number, all: number) => (all === 0 ? 1 : Math.round((hits / all) * 1000) / 1000);

/**
 * Compares a draft of a curated document with the curated graph. The measures:
 *
 * - mentions: the gold mentions are, for every entity other than pledges and documents, each
 *   occurrence of one of its names or aliases inside a span the curated graph cites for it (its
 *   own evidence, or the evidence of a relationship at either end of which it stands), the longest
 *   where its names overlap. A drafted mention is right when it overlaps a gold mention of the same
 *   entity — or when it is the entity's full curated name (the graph cites an entity where its
 *   facts are, not at every naming; a full name is the curators' own, an alias may be ambiguous
 *   and counts only where cited). precision = right drafted mentions / drafted mentions; recall = gold mentions
 *   overlapped by a drafted mention of their entity / gold mentions.
 * - pledges: a curated pledge's span is where its `text` occurs in the document (inside its own
 *   evidence when it occurs more than once). A drafted pledge matches a curated one when their
 *   spans overlap by at least one character. precision = drafted pledges matching some curated
 *   pledge / drafted pledges; recall = curated pledges matched by some drafted pledge / curated.
 * - attribution: over matched curated pledges, the share whose best match (the drafted pledge
 *   overlapping it most) names the same bureau.
 * - numbers: over matched curated pledges where the curated pledge or its best match has a
 *   target, the share where both give the same target, unit (the seeds' Chinese unit) and
 *   comparator.
 */
export function evaluate(graph: SeedGraph, documentId: string, text: string, draft: Draft): Evaluation {
  const cited = new Map<string, SourceSpan[]>();
  const cite = (id: string, sources: unknown) => {
    const spans = (JSON.parse(typeof sources === 'string' ? sources : '[]') as SourceSpan[]).filter((s) => s.documentId === documentId);
    cited.set(id, [...(cited.get(id) ?? []), ...spans]);
  };
  for (const node of graph.nodes) cite(node.id, node.props.sources);
  for (const edge of graph.edges) {
    cite(edge.from, edge.props.sources);
    cite(edge.to, edge.props.sources);
  }

  const gold: { entityId: string; start: number; end: number }[] = [];
  for (const node of graph.nodes) {
    if (node.label === 'Pledge' || node.label === 'Document') continue;
    const names = [node.props.name, ...((node.props.aliases as string[] | undefined) ?? [])].filter((n): n is string => typeof n === 'string');
    const found: Span[] = [];
    for (const span of cited.get(node.id) ?? [])
      for (const name of names)
        for (let at = span.quote.indexOf(name); at >= 0; at = span.quote.indexOf(name, at + 1))
          found.push({ start: span.start + at, end: span.start + at + name.length });
    found.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: Span[] = [];
    for (const f of found) if (!kept.some((k) => overlap(k, f) > 0)) kept.push(f);
    gold.push(...kept.map((k) => ({ entityId: node.id, ...k })));
  }
  const nameOf = new Map(graph.nodes.map((n) => [n.id, n.props.name]));
  const mentionRight = draft.mentions.filter((m) => nameOf.get(m.entityId) === m.text || gold.some((g) => g.entityId === m.entityId && overlap(g, m) > 0));
  const goldFound = gold.filter((g) => draft.mentions.some((m) => g.entityId === m.entityId && overlap(g, m) > 0));

  const pledges = graph.nodes
    .filter((n) => n.label === 'Pledge')
    .map((n) => {
      const own = String(n.props.text);
      const inEvidence = (cited.get(n.id) ?? []).find((s) => s.quote.includes(own));
      const start = inEvidence ? inEvidence.start + inEvidence.quote.indexOf(own) : text.indexOf(own);
      return { id: n.id, start, end: start + own.length, props: n.props };
    });
  const bestOf = (p: Span) =>
    draft.pledges.reduce<(typeof draft.pledges)[number] | undefined>((best, d) => (overlap(d, p) > (best ? overlap(best, p) : 0) ? d : best), undefined);
  const matched = pledges.flatMap((p) => {
    const best = bestOf(p);
    return best ? [{ curated: p, best }] : [];
  });
  const drafted = draft.pledges.filter((d) => pledges.some((p) => overlap(d, p) > 0));
  const attributed = matched.filter((m) => m.best.bureauId === m.curated.props.bureauId);
  const numbered = matched.filter((m) => m.curated.props.target !== undefined || m.best.target !== null);
  const agree = numbered.filter(
    ({ curated: { props }, best }) =>
      props.target === best.target && (props.unitZh ?? props.unit) === best.unit && (props.comparator ?? '=') === best.comparator,
  );

  return {
    scores: {
      mentions: { precision: ratio(mentionRight.length, draft.mentions.length), recall: ratio(goldFound.length, gold.length) },
      pledges: { precision: ratio(drafted.length, draft.pledges.length), recall: ratio(matched.length, pledges.length) },
      attribution: ratio(attributed.length, matched.length),
      numbers: ratio(agree.length, numbered.length),
    },
    counts: {
      goldMentions: gold.length,
      draftedMentions: draft.mentions.length,
      curatedPledges: pledges.length,
      draftedPledges: draft.pledges.length,
      matchedPledges: matched.length,
      numbered: numbered.length,
    },
    missed: {
      mentions: [
        ...draft.mentions.filter((m) => !mentionRight.includes(m)).map((m) => `extra ${m.entityId} ${m.text}@${m.start}`),
        ...gold.filter((g) => !goldFound.includes(g)).map((g) => `missed ${g.entityId} ${text.slice(g.start, g.end)}@${g.start}`),
      ],
      pledges: [
        ...draft.pledges.filter((d) => !drafted.includes(d)).map((d) => `extra ${d.text}`),
        ...pledges.filter((p) => !matched.some((m) => m.curated === p)).map((p) => `missed ${p.id}`),
      ],
      attribution: matched.filter((m) => !attributed.includes(m)).map((m) => `${m.curated.id}: ${m.best.bureauId}`),
      numbers: numbered.filter((m) => !agree.includes(m)).map((m) => `${m.curated.id}: ${m.best.target} ${m.best.unit} ${m.best.comparator}`),
    },
  };
}
