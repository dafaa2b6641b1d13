import type { Dispatch } from '../app/Intent.js';
import type { EntityKind } from '../generated/graphql.js';
import type { GraphCache } from '../graph/graphCache.js';
import { KIND_ORDER } from '../graph/kinds.js';
import { entityName } from '../graph/labels.js';
import { kindCount } from '../i18n/kindCounts.js';
import { kindName } from '../i18n/kindNames.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../state/ViewState.js';
import { h } from './dom.js';
import { kindGlyph } from './kindGlyph.js';

/** "+N more": the neighbours an expansion left out, by kind; add a whole kind or one at a time. */
export function createMoreChooser(dialog: HTMLDialogElement, dispatch: Dispatch) {
  return {
    open(from: string, rest: Partial<Record<EntityKind, string[]>>, cache: GraphCache, lang: Lang) {
      const m = messages(lang);
      const node = cache.nodes.get(from);
      const add = (ids: string[]) => {
        dialog.close();
        dispatch({ type: 'addNeighbours', from, ids });
      };
      const groups = KIND_ORDER.filter((kind) => rest[kind]?.length).map((kind) => {
        const ids = rest[kind]!;
        return h(
          'section',
          { className: 'more-kind' },
          h('h3', {}, kindGlyph(kind, 14), ` ${kindName(kind, lang)} (${ids.length})`),
          h('button', { attrs: { type: 'button', 'data-kind': kind }, on: { click: () => add(ids) } }, m.addAll(kindCount(kind, ids.length, lang))),
          h(
            'ul',
            {},
            ...ids.map((id) => {
              const entity = cache.nodes.get(id);
              return h(
                'li',
                {},
                h(
                  'button',
                  { attrs: { type: 'button', 'data-id': id }, className: 'link', on: { click: () => add([id]) } },
                  entity ? entityName(entity, lang) : id,
                ),
              );
            }),
          ),
        );
      });
      dialog.setAttribute('aria-labelledby', 'more-title');
      dialog.replaceChildren(
        h('h2', { attrs: { id: 'more-title' } }, m.chooserTitle(node ? entityName(node, lang) : from)),
        ...groups,
        h('form', { attrs: { method: 'dialog' } }, h('button', { attrs: { type: 'submit' } }, m.close)),
      );
      if (!dialog.open) dialog.showModal();
    },
  };
}
