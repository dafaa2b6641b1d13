import type { EntityRecord } from '../api/records.js';
import type { Dispatch } from '../app/Intent.js';
import { pledgeTimeline, type DocumentName } from '../app/pledgeTimeline.js';
import type { PledgeStatus } from '../generated/graphql.js';
import { STATUS_LOOK } from '../graph/statusLook.js';
import { timeMessages } from '../i18n/timeMessages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';
import { statusGlyph } from './statusGlyph.js';

/**
 * A pledge's timeline in its details: each change of status, oldest first, with its date, the
 * status (its ring and words), the share achieved, and the quotes that state it, each with its
 * document's title and date and a button to read it there. Changes after the "as of" day are
 * marked, not hidden: the reader sees what came next.
 */
/**
 * The status with its ring, underlined in its colour; the words stay in ink (the lighter ring
 * colours are too pale for text). Set through the CSSOM: the page's policy refuses style attributes.
 */
function statusWords(status: PledgeStatus, name: string): HTMLElement {
  const words = h('span', { className: 'timeline-status', attrs: { 'data-status': status } }, statusGlyph(status, 14), ` ${STATUS_LOOK[status].sign} ${name}`);
  if (STATUS_LOOK[status].width) words.style.borderBottom = `3px ${STATUS_LOOK[status].style} ${STATUS_LOOK[status].color}`;
  return words;
}

export function timelineSection(
  pledge: EntityRecord,
  documents: ReadonlyMap<string, DocumentName>,
  lang: Lang,
  asOf: string | null,
  dispatch: Dispatch,
): HTMLElement {
  const t = timeMessages(lang);
  const entries = pledgeTimeline(pledge, documents, lang, asOf);
  const section = h(
    'section',
    { className: 'timeline', attrs: { 'aria-labelledby': 'timeline-heading' } },
    h('h4', { attrs: { id: 'timeline-heading' } }, t.timeline),
  );
  if (!entries.length) {
    section.append(h('p', { className: 'hint' }, t.timelineEmpty));
    return section;
  }
  section.append(
    h(
      'ol',
      { className: 'timeline-list' },
      ...entries.map((entry) =>
        h(
          'li',
          { className: entry.afterAsOf ? 'timeline-entry after-as-of' : 'timeline-entry', attrs: { 'data-status': entry.status, 'data-date': entry.date } },
          h(
            'p',
            { className: 'timeline-head' },
            h('time', { attrs: { datetime: entry.date } }, entry.date),
            ' ',
            statusWords(entry.status, t.statusNames[entry.status]),
            entry.derived ? h('small', {}, ` (${t.derivedNote})`) : null,
            entry.afterAsOf ? h('small', { className: 'after-as-of-note' }, ` — ${t.afterAsOf}`) : null,
          ),
          entry.share ? h('p', { className: 'timeline-share' }, entry.share) : null,
          entry.note ? h('p', { className: 'timeline-note' }, entry.note) : null,
          h(
            'ul',
            { className: 'timeline-quotes' },
            ...entry.quotes.map(({ span, document }) =>
              h(
                'li',
                {},
                document ? h('small', { className: 'source-document', attrs: { lang: 'zh' } }, t.sourcesFrom(document.title, document.date)) : null,
                h('blockquote', { attrs: { lang: 'zh' } }, span.quote),
                h(
                  'button',
                  {
                    attrs: { type: 'button', 'data-document': span.documentId },
                    className: 'small',
                    on: { click: () => dispatch({ type: 'showSpan', span }) },
                  },
                  t.showInDocument,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  return section;
}
