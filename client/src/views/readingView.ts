import type { DocumentRecord } from '../api/documentText.js';
import { messages } from '../i18n/messages.js';
import { segmentText, type Citation } from '../reading/segmentText.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';

export interface ReadingHandlers {
  /** A highlight was clicked: these refs cite it, narrowest first. */
  onPick(refs: string[]): void;
}

/** The article beside the graph: cited words highlighted, the selection's words emphasised. */
export function createReadingView(container: HTMLElement, handlers: ReadingHandlers) {
  let doc: DocumentRecord | null = null;
  let marks: { element: HTMLElement; refs: string[]; start: number; end: number }[] = [];
  let citationKey = '';
  let selectionKey = '';
  const body = h('div', { className: 'article-text', attrs: { lang: 'zh' } });
  const header = h('div', { className: 'article-head' });
  const hint = h('p', { className: 'hint' });
  container.replaceChildren(hint, header, body);

  function setText(lang: Lang) {
    const m = messages(lang);
    hint.textContent = doc ? m.articleHint : m.articleLoading;
  }

  function draw(citations: Citation[]) {
    if (!doc) return;
    const segments = segmentText(doc.text, citations);
    marks = [];
    body.replaceChildren(
      ...segments.map((segment) => {
        if (!segment.refs.length) return document.createTextNode(segment.text);
        const element = h(
          'mark',
          {
            className: 'cited',
            attrs: { tabindex: 0, role: 'button', 'data-start': segment.start, 'data-end': segment.end },
            on: {
              click: () => handlers.onPick(segment.refs),
              keydown: (event) => {
                if (event.key === 'Enter' || event.key === ' ') (event.preventDefault(), event.stopPropagation(), handlers.onPick(segment.refs));
              },
            },
          },
          segment.text,
        );
        marks.push({ element, refs: segment.refs, start: segment.start, end: segment.end });
        return element;
      }),
    );
  }

  return {
    setDocument(next: DocumentRecord, lang: Lang) {
      doc = next;
      header.replaceChildren(h('h3', { attrs: { lang: 'zh' } }, next.title), next.subtitle ? h('p', { className: 'subtitle', attrs: { lang: 'zh' } }, next.subtitle) : '', next.date ? h('p', { className: 'date' }, next.date) : '');
      citationKey = '';
      setText(lang);
    },

    /** Redraws only when the set of citations changed (the cache grew). */
    render(citations: Citation[], selected: ReadonlySet<string>, lang: Lang) {
      setText(lang);
      const key = `${citations.length}:${citations.reduce((sum, c) => sum + c.start * 7 + c.end, 0)}`;
      if (doc && key !== citationKey) (draw(citations), (citationKey = key));
      let first: HTMLElement | null = null;
      for (const mark of marks) {
        const on = mark.refs.some((ref) => selected.has(ref));
        mark.element.classList.toggle('current', on);
        if (on && !first) first = mark.element;
      }
      // Scroll only when the selection changed: a filter toggle must not move the reader.
      const chosen = [...selected].join(',');
      if (chosen !== selectionKey) first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
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
