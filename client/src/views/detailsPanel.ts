import type { EdgeRecord, EntityRecord } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import type { SourceSpan } from '../generated/graphql.js';
import { incidentEdges, type GraphCache } from '../graph/graphCache.js';
import { entityName, otherName } from '../graph/labels.js';
import { pledgedBy } from '../graph/pledgedBy.js';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { kindName } from '../i18n/kindNames.js';
import { messages, type Messages } from '../i18n/messages.js';
import { foreignTag, textLang } from '../i18n/textLang.js';
import { relationLabel } from '../i18n/relationWords.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';
import { collapsedList } from './collapsedList.js';
import { kindGlyph } from './kindGlyph.js';
import { timelineSection } from './timelineSection.js';
import type { DocumentName } from '../app/pledgeTimeline.js';
import { statusOn } from '../graph/pledgeStatus.js';
import { timeMessages, type TimeMessages } from '../i18n/timeMessages.js';

export interface DetailsInput {
  lang: Lang;
  cache: GraphCache;
  /** The selected node or edge id, or null. */
  selected: string | null;
  /** Neighbours of the selected node not on the canvas. */
  hiddenCount: number;
  /** The "as of" day (null: today): a pledge's status and timeline are read on it. */
  asOf?: string | null;
  /** The stored documents by id: the sources name theirs. */
  documents?: ReadonlyMap<string, DocumentName>;
}

const NO_DOCUMENTS: ReadonlyMap<string, DocumentName> = new Map();

/**
 * The details of the selected node or relationship, with every quote that supports it. Reports
 * a related node picked, "show in the article" and "+N more".
 */
export function createDetailsPanel(container: HTMLElement, dispatch: Dispatch) {
  let shown: string | null = null;
  function render({ lang, cache, selected, hiddenCount, asOf = null, documents = NO_DOCUMENTS }: DetailsInput) {
    const m = messages(lang);
    const node = selected ? cache.nodes.get(selected) : undefined;
    const edge = selected ? cache.edges.get(selected) : undefined;
    const time = { asOf, documents };
    if (node) container.replaceChildren(...nodeDetails(node, cache, lang, m, hiddenCount, dispatch, time));
    else if (edge) container.replaceChildren(...edgeDetails(edge, cache, lang, m, dispatch, time));
    else container.replaceChildren(h('p', { className: 'hint' }, m.detailsEmpty));
    // A new item starts at its name; a redraw of the same one (language, loaded relationships)
    // keeps the reader where they were. The container is the scrolling box (style.css).
    if (selected !== shown) container.scrollTop = 0;
    shown = selected;
  }
  return { render };
}

/**
 * Free text from the data (notes, metric, summary) that exists in one language only. It is
 * marked with its language, and tagged when that is not the page's, so a curator's English note
 * in the Chinese page reads as such rather than as a label someone forgot to translate.
 */
function curated(text: string, lang: Lang, m: Messages): HTMLElement {
  const written = textLang(text);
  const tag = foreignTag(text, lang);
  return h(
    'span',
    { attrs: { lang: written ?? undefined } },
    text,
    tag ? h('small', { className: 'written-in', attrs: { lang, title: m.writtenInTitle } }, ` ${tag}`) : null,
  );
}

/**
 * Curated text that has a Chinese form (notes, metric, unit): the form in the page's language,
 * known to be in it, so never tagged as foreign; the other form only where that one is missing.
 */
function bilingual(en: string | null | undefined, zh: string | null | undefined, lang: Lang, m: Messages): HTMLElement | null {
  if (lang === 'zh' && zh) return h('span', { attrs: { lang: 'zh' } }, zh);
  const text = en ?? zh;
  return text ? curated(text, lang, m) : null;
}

/** "cut off in the source", in the page's language, after the words that break off. */
function cutOffMark(lang: Lang, m: Messages, ellipsis = ''): HTMLElement {
  return h('small', { className: 'cut-off', attrs: { lang } }, lang === 'zh' ? `${ellipsis}（${m.cutOff}）` : `${ellipsis} (${m.cutOff})`);
}

/** The words for a code of the data (a status, a confidence level); an unknown code as is. */
function codeName(names: Record<string, string>, code: string): string {
  return names[code] ?? code;
}

function nameButton(id: string, cache: GraphCache, lang: Lang, dispatch: Dispatch) {
  const entity = cache.nodes.get(id);
  return h(
    'button',
    { attrs: { type: 'button', 'data-id': id }, className: 'link', on: { click: () => dispatch({ type: 'reveal', id }) } },
    entity ? kindGlyph(entity.kind, 12) : null,
    entity ? entityName(entity, lang) : id,
  );
}

function field(term: string, ...value: (Node | string | null)[]) {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

interface Time {
  asOf: string | null;
  documents: ReadonlyMap<string, DocumentName>;
}

function nodeDetails(node: EntityRecord, cache: GraphCache, lang: Lang, m: Messages, hiddenCount: number, dispatch: Dispatch, time: Time): Node[] {
  const name = entityName(node, lang);
  // The source's words break off (the curators end such a name in …, as COVERAGE.md counts them).
  const cutOff = node.kind === 'PLEDGE' && node.name.endsWith('…');
  const other = otherName(node, lang);
  const summary = lang === 'zh' ? (node.summaryZh ?? node.summary) : (node.summary ?? node.summaryZh);
  const facts = h(
    'dl',
    { className: 'facts' },
    ...field(m.kind, kindGlyph(node.kind, 14), ` ${kindName(node.kind, lang)}`),
    ...(other ? field(m.otherName, h('span', { attrs: { lang: lang === 'zh' ? 'en' : 'zh' } }, other)) : []),
    ...(node.aliases.length ? field(m.aliases, node.aliases.join(' · ')) : []),
    ...(summary ? field(m.summary, curated(summary, lang, m)) : []),
    ...(node.attributionNote ? field(m.attribution, bilingual(node.attributionNote, node.attributionNoteZh, lang, m)) : []),
    ...(node.confidence ? field(m.confidence, codeName(m.confidenceNames, node.confidence)) : []),
  );
  const numbers = (['metric', 'target', 'unit', 'comparator', 'year', 'status'] as const).filter((k) => node[k] !== undefined && node[k] !== null);
  const pledge =
    node.kind === 'PLEDGE'
      ? [
          node.text ? h('blockquote', { attrs: { lang: 'zh' }, className: 'pledge-text' }, node.text, cutOff ? cutOffMark(lang, m, '…') : null) : null,
          numbers.length
            ? h(
                'section',
                { attrs: { 'aria-label': m.numbers } },
                h('h4', {}, m.numbers),
                h('dl', { className: 'facts numbers' }, ...numbers.flatMap((k) => field(m.numberFields[k], numberValue(node, k, lang, m, time.asOf)))),
              )
            : null,
          timelineSection(node, time.documents, lang, time.asOf, dispatch),
        ]
      : [];
  return [
    h('h3', { attrs: { lang: lang === 'zh' ? 'zh' : 'en' } }, name, cutOff && !/cut off|中断/.test(name) ? cutOffMark(lang, m) : null),
    facts,
    ...pledge.filter((x): x is HTMLElement => !!x),
    pledgedBySection(node.id, cache, lang, m, dispatch),
    relationships(node.id, cache, lang, m, dispatch),
    hiddenCount
      ? h(
          'button',
          { attrs: { type: 'button' }, className: 'more', on: { click: () => dispatch({ type: 'more', id: node.id }) } },
          m.moreNeighbours(hiddenCount),
        )
      : null,
    sources(node.sources, m, dispatch, time.documents, lang),
  ].filter((x): x is HTMLElement => !!x);
}

type NumberField = keyof Messages['numberFields'];

/** A pledge's number fields: metric and unit are curated words, status a code, the rest figures. */
function numberValue(node: EntityRecord, key: NumberField, lang: Lang, m: Messages, asOf: string | null): Node | string {
  const value = String(node[key]);
  // On the "as of" day, as the canvas's ring shows it.
  if (key === 'status') return codeName(m.statusNames, statusOn(node, asOf));
  if (key === 'metric') return bilingual(value, node.metricZh, lang, m) ?? value;
  return key === 'unit' ? (bilingual(value, node.unitZh, lang, m) ?? value) : value;
}

/** The bureaus whose pledges name this entity, each with those pledges' words. */
function pledgedBySection(id: string, cache: GraphCache, lang: Lang, m: Messages, dispatch: Dispatch): HTMLElement | null {
  const groups = pledgedBy(cache, id);
  if (!groups.length) return null;
  return h(
    'section',
    { className: 'pledged-by' },
    h('h4', {}, m.pledgedBy(groups.length)),
    ...groups.map(({ bureauId, pledges }) =>
      h(
        'div',
        {},
        h('h5', {}, nameButton(bureauId, cache, lang, dispatch)),
        ...collapsedList(
          'related',
          pledges.map((p) => h('li', {}, nameButton(p.id, cache, lang, dispatch))),
          m.showAll,
        ),
      ),
    ),
  );
}

function relationships(id: string, cache: GraphCache, lang: Lang, m: Messages, dispatch: Dispatch): HTMLElement {
  const section = h('section', { className: 'relationships' }, h('h4', {}, m.relationships));
  if (!cache.complete.has(id)) section.append(h('p', { className: 'hint' }, m.relationshipsUnknown));
  const groups = new Map<string, { outgoing: boolean; type: string; ids: string[] }>();
  for (const { edge, other, outgoing } of incidentEdges(cache, id)) {
    const key = `${edge.type}|${outgoing}`;
    const group = groups.get(key) ?? { outgoing, type: edge.type, ids: [] };
    group.ids.push(other);
    groups.set(key, group);
  }
  const order = (type: string) => (RELATIONSHIP_TYPES as readonly string[]).indexOf(type);
  for (const group of [...groups.values()].sort((a, b) => order(a.type) - order(b.type) || Number(b.outgoing) - Number(a.outgoing))) {
    const arrow = group.outgoing ? `${relationLabel(group.type, lang)} →` : `← ${relationLabel(group.type, lang)}`;
    section.append(
      h('h5', {}, `${arrow} (${group.ids.length})`),
      ...collapsedList(
        'related',
        group.ids.map((other) => h('li', {}, nameButton(other, cache, lang, dispatch))),
        m.showAll,
      ),
    );
  }
  return section;
}

/**
 * The quotes that state it, newest document first (the API's order). Once more than one document
 * is stored, each names its document, and its button reads it there.
 */
function sources(spans: SourceSpan[], m: Messages, dispatch: Dispatch, documents: ReadonlyMap<string, DocumentName>, lang: Lang): HTMLElement {
  const several = documents.size > 1;
  const t = timeMessages(lang);
  return h(
    'section',
    { className: 'sources' },
    h('h4', {}, `${m.sources} (${spans.length})`),
    h(
      'ul',
      {},
      ...spans.map((span) =>
        h(
          'li',
          { attrs: { 'data-document': span.documentId } },
          several ? documentCaption(documents.get(span.documentId), span.documentId, t) : null,
          h('blockquote', { attrs: { lang: 'zh' } }, span.quote),
          h(
            'button',
            { attrs: { type: 'button' }, className: 'small', on: { click: () => dispatch({ type: 'showSpan', span }) } },
            several ? t.showInDocument : m.showInArticle,
          ),
        ),
      ),
    ),
  );
}

function documentCaption(document: DocumentName | undefined, id: string, t: TimeMessages): HTMLElement {
  return h('small', { className: 'source-document', attrs: { lang: 'zh' } }, document ? t.sourcesFrom(document.title, document.date) : id);
}

function edgeDetails(edge: EdgeRecord, cache: GraphCache, lang: Lang, m: Messages, dispatch: Dispatch, time: Time): Node[] {
  const facts = h(
    'dl',
    { className: 'facts' },
    ...field(m.edgeFrom, nameButton(edge.source, cache, lang, dispatch)),
    ...field(m.edgeTo, nameButton(edge.target, cache, lang, dispatch)),
    ...(edge.note ? field(m.note, bilingual(edge.note, edge.noteZh, lang, m)) : []),
    ...(edge.attributionNote ? field(m.attribution, bilingual(edge.attributionNote, edge.attributionNoteZh, lang, m)) : []),
    ...(edge.confidence ? field(m.confidence, codeName(m.confidenceNames, edge.confidence)) : []),
  );
  // The type's words only: its code (MADE) is the data's spelling, not the reader's.
  return [h('h3', {}, relationLabel(edge.type, lang)), facts, sources(edge.sources, m, dispatch, time.documents, lang)];
}
