import type { DocumentEntryRecord, DocumentRecord } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import { messages } from '../i18n/messages.js';
import { timeMessages } from '../i18n/timeMessages.js';
import { layoutArticle, type LaidOutBlock } from '../reading/articleBlocks.js';
import type { Citation, Segment } from '../reading/segmentText.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

/** Where the article stands: on its way, shown, not in the database, or the load failed. */
type Phase = 'loading' | 'ready' | 'missing' | 'failed';

/** The article beside the graph: cited words highlighted, the selection's words emphasised; reports a highlight picked. */
export function createReadingView(container: HTMLElement, dispatch: Dispatch) {
  let doc: DocumentRecord | null = null;
  let phase: Phase = 'loading';
  let lang: Lang = 'zh';
  let marks: { element: HTMLElement; refs: string[]; start: number; end: number }[] = [];
  let citationKey = '';
  let selectionKey = '';
  const body = h('div', { className: 'article-text', attrs: { lang: 'zh' } });
  const header = h('div', { className: 'article-head' });
  const hint = h('p', { className: 'hint' });
  // Which document to read: shown once there are several (the article stays the default).
  const pickerLabel = h('label', { attrs: { for: 'reading-document' } });
  const picker = h('select', { attrs: { id: 'reading-document' }, on: { change: () => dispatch({ type: 'readDocument', id: picker.value }) } });
  const pickerRow = h('p', { className: 'reading-picker', attrs: { hidden: true } }, pickerLabel, ' ', picker);
  container.replaceChildren(hint, pickerRow, header, body);

  function setText() {
    const m = messages(lang);
    hint.textContent = { loading: m.articleLoading, ready: m.articleHint, missing: m.articleMissing, failed: m.articleFailed }[phase];
    hint.classList.toggle('error', phase === 'failed');
    pickerLabel.textContent = timeMessages(lang).document;
  }

  // The highlight that Tab reaches: the last one visited, else the selection's first, else the first.
  let stop: HTMLElement | null = null;
  function rove(element: HTMLElement | null) {
    if (stop === element) return;
    stop?.setAttribute('tabindex', '-1');
    stop = element;
    stop?.setAttribute('tabindex', '0');
  }
  function stepFrom(element: HTMLElement, key: string): HTMLElement | null {
    const at = marks.findIndex((m) => m.element === element);
    const index = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marks.length - 1 }[key];
    return index === undefined ? null : (marks[Math.max(0, Math.min(marks.length - 1, index))]?.element ?? null);
  }

  // The refs that cite the clicked words, narrowest first.
  const pick = (refs: string[]) => dispatch({ type: 'pickCitation', refs });

  function mark(segment: Segment): Node {
    if (!segment.refs.length) return document.createTextNode(segment.text);
    const element = h(
      'mark',
      {
        className: 'cited',
        // One tab stop for all of them (roving tabindex): the arrow keys move inside.
        attrs: { tabindex: -1, role: 'button', 'data-start': segment.start, 'data-end': segment.end },
        on: {
          click: () => pick(segment.refs),
          focus: () => rove(element),
          keydown: (event) => {
            const next = stepFrom(element, event.key);
            if (next) {
              event.preventDefault();
              event.stopPropagation();
              next.focus();
              return;
            }
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            event.stopPropagation();
            pick(segment.refs);
          },
        },
      },
      segment.text,
    );
    marks.push({ element, refs: segment.refs, start: segment.start, end: segment.end });
    return element;
  }

  // The section is h2 and the article's title h3, so the article's own "## " headings are h4.
  function block({ kind, level, segments }: LaidOutBlock): HTMLElement {
    if (kind === 'text') return h('div', { className: 'article-para' }, ...segments.map(mark));
    return h(level <= 2 ? 'h4' : level === 3 ? 'h5' : 'h6', { className: 'article-subhead' }, ...segments.map(mark));
  }

  function draw(citations: Citation[]) {
    if (!doc) return;
    marks = [];
    stop = null;
    body.replaceChildren(...layoutArticle(doc.text, citations).map(block));
    rove(marks[0]?.element ?? null);
  }

  return {
    setDocument(next: DocumentRecord, nextLang: Lang) {
      doc = next;
      phase = 'ready';
      lang = nextLang;
      header.replaceChildren(
        h('h3', { attrs: { lang: 'zh' } }, next.title),
        next.subtitle ? h('p', { className: 'subtitle', attrs: { lang: 'zh' } }, next.subtitle) : '',
        next.date ? h('p', { className: 'date' }, next.date) : '',
      );
      citationKey = '';
      setText();
    },

    /** The stored documents (newest first, with their dates), `current` chosen. */
    setDocuments(documents: readonly DocumentEntryRecord[], current: string, nextLang: Lang) {
      lang = nextLang;
      picker.replaceChildren(...documents.map((d) => h('option', { attrs: { value: d.id, lang: 'zh' } }, d.date ? `${d.date} · ${d.title}` : d.title)));
      picker.value = current;
      pickerRow.hidden = documents.length < 2;
      setText();
    },

    /** The database holds no article: say so rather than "loading" for ever. */
    setMissing() {
      if (phase === 'ready') return;
      phase = 'missing';
      setText();
    },

    /**
     * A load that brings the article starts (true) or ends (false). Ending without the article
     * means it failed: the page's retry runs the load again, which says "loading" once more.
     */
    loading(on: boolean) {
      if (phase === 'ready' || (!on && phase === 'missing')) return;
      phase = on ? 'loading' : 'failed';
      setText();
    },

    /** Redraws only when the set of citations changed (the cache grew). */
    render(citations: Citation[], selected: ReadonlySet<string>, nextLang: Lang) {
      lang = nextLang;
      setText();
      const key = `${citations.length}:${citations.reduce((sum, c) => sum + c.start * 7 + c.end, 0)}`;
      if (doc && key !== citationKey) {
        draw(citations);
        citationKey = key;
      }
      let first: HTMLElement | null = null;
      for (const mark of marks) {
        const on = mark.refs.some((ref) => selected.has(ref));
        mark.element.classList.toggle('current', on);
        if (on && !first) first = mark.element;
      }
      // Scroll only when the selection changed: a filter toggle must not move the reader. Until
      // the article is drawn there is nothing to scroll to, so a selection restored from a link
      // (which comes before the article) still counts as new when the article arrives.
      if (!doc) return;
      const chosen = [...selected].join(',');
      if (chosen !== selectionKey) first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // Tab into the article lands on the selection's words.
      if (chosen !== selectionKey && first) rove(first);
      selectionKey = chosen;
    },

    /** Scrolls to one quote and flashes it ("show in the article"). */
    showSpan(start: number, end: number) {
      const hit = marks.filter((mark) => mark.start < end && mark.end > start);
      for (const mark of marks) mark.element.classList.remove('flash');
      for (const mark of hit) mark.element.classList.add('flash');
      hit[0]?.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      hit[0]?.element.focus({ preventScroll: true });
    },
  };
}
