import type { EntityRecord } from '../api/records.js';
import type { SourceSpan } from '../generated/graphql.js';
import { incidentEdges, type GraphCache } from '../graph/graphCache.js';
import { entityName } from '../graph/labels.js';
import { kindName } from '../i18n/kindNames.js';
import { messages } from '../i18n/messages.js';
import { relationLabel } from '../i18n/relationWords.js';
import { tableMessages } from '../i18n/tableMessages.js';
import { articlePlaces } from '../reading/articlePlace.js';
import type { Lang } from '../state/ViewState.js';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';

/** The source document as the dossier cites it. */
export interface DossierSource {
  id: string;
  title: string;
  subtitle?: string | null;
  date?: string | null;
  text: string;
}

export interface DossierQuote {
  quote: string;
  /** "line 12, paragraph 7, under “…”", or that the span is in another document. */
  place: string;
  start: number;
}

export interface DossierModel {
  lang: Lang;
  /** Each selected node's name in Chinese and in English (the same when none was curated). */
  names: { zh: string; en: string }[];
  generated: string;
  source: { title: string; subtitle: string; date: string };
  /** The picture, as toSvg wrote it (its text already escaped): embedded as is. */
  svg: string;
  selected: { name: string; kind: string; summary: string; quotes: DossierQuote[] }[];
  relationships: { from: string; relation: string; to: string; quotes: DossierQuote[] }[];
  pledges: { name: string; bureau: string; numbers: [string, string][]; quotes: DossierQuote[] }[];
}

export interface DossierInput {
  cache: GraphCache;
  /** Selected node ids (edges in the selection are left out: a dossier is about things). */
  selection: readonly string[];
  lang: Lang;
  source: DossierSource;
  generated: string;
  svg: string;
}

const NUMBER_FIELDS = ['metric', 'comparator', 'target', 'unit', 'year', 'status'] as const;

/**
 * What an evidence dossier says about a selection, every value still plain text: the names, the
 * relationships the graph holds for it (with their quotes, placed in the article), and the
 * pledges that are selected or touch the selection, with their numbers. Markdown and HTML are
 * two spellings of this one model.
 */
export function dossierModel({ cache, selection, lang, source, generated, svg }: DossierInput): DossierModel {
  const m = messages(lang);
  const d = tableMessages(lang).dossier;
  const place = articlePlaces(source.text);
  const quotes = (spans: readonly SourceSpan[]): DossierQuote[] =>
    spans.map((s) => {
      if (s.documentId !== source.id) return { quote: s.quote, place: d.notInArticle, start: Number.MAX_SAFE_INTEGER };
      const at = place(s.start);
      return { quote: s.quote, place: d.placeText(at.line, at.paragraph, at.section), start: s.start };
    });
  const firstAt = (q: DossierQuote[]) => q[0]?.start ?? Number.MAX_SAFE_INTEGER;
  const name = (id: string) => {
    const n = cache.nodes.get(id);
    return n ? entityName(n, lang) : id;
  };
  const nodes = selection.map((id) => cache.nodes.get(id)).filter((n): n is EntityRecord => !!n);

  const edges = [...new Map(nodes.flatMap((n) => incidentEdges(cache, n.id)).map(({ edge }) => [edge.id, edge])).values()];
  const typeRank = (type: string) => (RELATIONSHIP_TYPES as readonly string[]).indexOf(type);
  const relationships = edges
    .map((e) => ({ type: e.type, from: name(e.source), relation: relationLabel(e.type, lang), to: name(e.target), quotes: quotes(e.sources) }))
    .sort((a, b) => typeRank(a.type) - typeRank(b.type) || firstAt(a.quotes) - firstAt(b.quotes))
    .map(({ type: _type, ...row }) => row);

  const pledgeIds = new Set([...nodes.filter((n) => n.kind === 'PLEDGE').map((n) => n.id), ...edges.flatMap((e) => [e.source, e.target])]);
  const pledges = [...pledgeIds]
    .map((id) => cache.nodes.get(id))
    .filter((p): p is EntityRecord => p?.kind === 'PLEDGE')
    .map((p) => ({
      name: entityName(p, lang),
      bureau: p.bureauId ? name(p.bureauId) : '',
      numbers: NUMBER_FIELDS.filter((k) => p[k] !== null && p[k] !== undefined && p[k] !== '').map((k): [string, string] => [
        m.numberFields[k],
        k === 'status' ? (m.statusNames[p[k] as keyof typeof m.statusNames] ?? String(p[k])) : inLanguage(p, k, lang),
      ]),
      quotes: quotes(p.sources),
    }))
    .sort((a, b) => a.bureau.localeCompare(b.bureau) || firstAt(a.quotes) - firstAt(b.quotes));

  return {
    lang,
    names: nodes.map((n) => ({ zh: n.name, en: n.nameEn ?? n.name })),
    generated,
    source: { title: source.title, subtitle: source.subtitle ?? '', date: source.date ?? '' },
    svg,
    selected: nodes.map((n) => ({
      name: entityName(n, lang),
      kind: kindName(n.kind, lang),
      summary: (lang === 'zh' ? (n.summaryZh ?? n.summary) : (n.summary ?? n.summaryZh)) ?? '',
      quotes: quotes(n.sources),
    })),
    relationships,
    pledges,
  };
}

/** Metric and unit are curated words with a Chinese form (metricZh, unitZh): the Chinese dossier uses it. */
function inLanguage(p: EntityRecord, key: 'metric' | 'comparator' | 'target' | 'unit' | 'year', lang: Lang): string {
  const zh = lang === 'zh' ? (key === 'metric' ? p.metricZh : key === 'unit' ? p.unitZh : null) : null;
  return String(zh ?? p[key]);
}
