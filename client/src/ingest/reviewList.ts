import { PLEDGE_STATUSES } from '../../../schema/vocabulary/statuses.js';
import type { IngestMessages } from '../i18n/ingestMessages.js';
import { h } from '../views/dom.js';
import type { IngestSession, IngestState } from './ingestSession.js';
import { reviewGroups } from './reviewGroups.js';
import type { ReviewItem } from './reviewItems.js';

const KINDS = ['BUREAU', 'PROJECT', 'ENTERPRISE', 'INSTITUTION', 'PLACE', 'EVENT'] as const;
const COMPARATORS = ['', '≥', '=', '≤', '>', '<'];

/**
 * The draft as a list grouped by bureau: each item with its words, what it proposes, its
 * decision and its controls (accept, reject, edit, merge). `open` holds the items whose edit
 * form is open, so that a re-render keeps them open. DOM only; every change goes to the session.
 */
export function renderReviewList(state: IngestState, session: IngestSession, m: IngestMessages, open: Set<string>): HTMLElement {
  const inLang = (e: { name: string; nameEn?: string | null }) => (state.lang === 'en' && e.nameEn ? e.nameEn : e.name);
  const names = new Map((state.draft?.entities ?? []).map((e) => [e.id, inLang(e)]));
  const bureauCandidates = state.items.filter((i) => i.item === 'candidate' && i.kind === 'BUREAU' && i.decision === 'accepted');
  // Names the draft knows, then those a picker brought (any item's), then an accepted candidate's.
  for (const item of state.items) for (const [id, named] of Object.entries(item.names ?? {})) if (!names.has(id)) names.set(id, inLang(named));
  const nameOf = (id: string | null) => (id === null ? m.noBureau : (names.get(id) ?? state.items.find((i) => i.key === id)?.name ?? id));
  const bureaus = [...new Set([...(state.draft?.entities ?? []).filter((e) => e.kind === 'BUREAU').map((e) => e.id), ...bureauCandidates.map((i) => i.key)])];
  const list = h('div', { className: 'ingest-list', attrs: { role: 'region', 'aria-label': m.list } });
  for (const group of reviewGroups(state.items)) {
    const title = group.group === 'bureau' ? m.groupBureau(nameOf(group.bureau)) : m.groups[group.group];
    const section = h('section', { className: 'ingest-group' }, h('h2', {}, title));
    const ul = h('ul', {});
    for (const item of group.items) ul.append(renderItem(item));
    section.append(ul);
    list.append(section);
  }
  return list;

  function renderItem(item: ReviewItem): HTMLElement {
    const focusId = (what: string) => `${item.key}|${what}`;
    const button = (what: string, label: string, run: () => void, extra: Record<string, string> = {}) =>
      h('button', { className: 'small', attrs: { type: 'button', 'data-action': what, 'data-focus': focusId(what), ...extra }, on: { click: run } }, label);
    const what = describe(item);
    const li = h('li', {
      className: `ingest-item kind-${item.item} decision-${item.decision}${state.selected === item.key ? ' selected' : ''}`,
      attrs: { 'data-key': item.key, id: `item-${item.key.replace(/[^A-Za-z0-9_-]/g, '_')}` },
    });
    const quote = h(
      'button',
      {
        className: 'ingest-quote',
        attrs: { type: 'button', 'data-action': 'select', 'data-focus': focusId('select'), 'aria-pressed': String(state.selected === item.key) },
        on: { click: () => session.select(item.key) },
      },
      h('span', { className: `swatch kind-${item.item}`, attrs: { 'aria-hidden': 'true' } }),
      `${m.kinds[item.item]}: `,
      item.quote,
    );
    const actions = h('div', { className: 'ingest-actions' });
    if (item.decision === 'pending')
      actions.append(
        button('accept', m.accept, () => session.decide(item.key, 'accepted')),
        ' ',
        button('reject', m.reject, () => session.decide(item.key, 'rejected')),
      );
    else actions.append(button('undo', m.undo, () => session.decide(item.key, 'pending')));
    actions.append(
      ' ',
      button('merge', m.merge, () => void session.openPicker(item.key, item.name || item.quote, 'merge')),
    );
    li.append(quote, h('p', { className: 'ingest-what' }, what, ` · ${m.confidence[item.confidence]} · `, h('strong', {}, m.decisions[item.decision])));
    if (item.merge)
      li.append(
        h(
          'p',
          { className: 'ingest-merged' },
          m.mergeInto(item.merge.name),
          ' ',
          button('unmerge', m.unmerge, () => session.merge(item.key, null)),
        ),
      );
    li.append(actions);
    if (state.picker?.key === item.key) li.append(picker(item));
    li.append(editForm(item));
    return li;
  }

  function describe(item: ReviewItem): string {
    if (item.item === 'mention') return `→ ${nameOf(item.entityId)} (${item.entityId})`;
    if (item.item === 'candidate') return `${item.kind} · ${item.name}${item.nameEn ? ` / ${item.nameEn}` : ''}`;
    if (item.item === 'pledge') {
      const numbers = [item.metric, item.comparator, item.target ?? '', item.unit].filter((x) => x !== '' && x !== null).join(' ');
      const concerns = item.concerns.length ? `${m.fields.concerns}: ${item.concerns.map(nameOf).join(', ')}` : '';
      return [nameOf(item.bureau), numbers, item.due ? `≤ ${item.due}` : '', concerns].filter(Boolean).join(' · ');
    }
    const amount = item.value !== null ? ` · ${item.value}${item.unit}` : '';
    return `${item.status ? m.statuses[item.status] : ''} · ${item.date}${amount}${item.pledgeId ? ` → ${nameOf(item.pledgeId)}` : ''}`;
  }

  /** The search picker open on this item: for a merge, or for one of its links (session.pick tells which). */
  function picker(item: ReviewItem): HTMLElement {
    const purpose = state.picker?.purpose ?? 'merge';
    const input = h('input', {
      attrs: {
        type: 'search',
        'aria-label': m.pickSearch[purpose],
        placeholder: m.pickSearch[purpose],
        'data-focus': `${item.key}|picker`,
        value: state.picker?.text ?? '',
      },
      on: { change: (e) => void session.openPicker(item.key, (e.target as HTMLInputElement).value, purpose) },
    });
    const hits = h('ul', { className: 'ingest-hits' });
    for (const hit of state.picker?.hits ?? []) {
      hits.append(
        h(
          'li',
          {},
          h(
            'button',
            { className: 'small', attrs: { type: 'button', 'data-pick': hit.id, 'data-merge': hit.id }, on: { click: () => session.pick(item.key, hit) } },
            `${hit.name} (${hit.id})`,
          ),
        ),
      );
    }
    const close = h(
      'button',
      { className: 'small', attrs: { type: 'button', 'data-action': 'close-picker' }, on: { click: () => session.closePicker() } },
      m.closePicker,
    );
    return h('div', { className: 'ingest-picker', attrs: { 'data-purpose': purpose } }, input, ' ', close, hits);
  }

  /** A link made by picking: the entity's name, and a button that opens the picker for it. */
  function linkField(item: ReviewItem, name: 'pledge' | 'entity', label: string, id: string | null, start: string): HTMLElement {
    const choose = h(
      'button',
      {
        className: 'small',
        attrs: { type: 'button', 'data-action': `choose-${name}`, 'data-focus': `${item.key}|${name}` },
        on: { click: () => void session.openPicker(item.key, start, name) },
      },
      m.choose,
    );
    return h(
      'div',
      { className: 'ingest-link', attrs: { role: 'group', 'aria-label': label } },
      h('span', {}, label),
      h('span', { className: 'ingest-link-name' }, id ? nameOf(id) : m.none),
      ' ',
      choose,
    );
  }

  /** A pledge's concerns: each by name with a button to take it off, and Add… to pick another. */
  function concernsField(item: ReviewItem): HTMLElement {
    const chips = h('ul', { className: 'ingest-chips' });
    for (const id of item.concerns) {
      const name = nameOf(id);
      chips.append(
        h(
          'li',
          { attrs: { 'data-concern': id } },
          name,
          ' ',
          h(
            'button',
            {
              className: 'small',
              attrs: { type: 'button', 'aria-label': m.remove(name), 'data-action': 'unlink' },
              on: { click: () => session.unlink(item.key, id) },
            },
            '×',
          ),
        ),
      );
    }
    const add = h(
      'button',
      {
        className: 'small',
        attrs: { type: 'button', 'data-action': 'choose-concerns', 'data-focus': `${item.key}|concerns` },
        on: { click: () => void session.openPicker(item.key, '', 'concerns') },
      },
      m.add,
    );
    return h('div', { className: 'ingest-link', attrs: { role: 'group', 'aria-label': m.fields.concerns } }, h('span', {}, m.fields.concerns), chips, add);
  }

  function editForm(item: ReviewItem): HTMLElement {
    const details = h('details', { className: 'ingest-edit', attrs: { open: open.has(item.key) } });
    details.addEventListener('toggle', () => (details.open ? open.add(item.key) : open.delete(item.key)));
    const field = (name: string, label: string, control: HTMLInputElement | HTMLSelectElement) => {
      control.setAttribute('data-focus', `${item.key}|${name}`);
      control.setAttribute('name', name);
      return h('label', {}, h('span', {}, label), control);
    };
    const text = (name: keyof ReviewItem, label: string, value: string) =>
      field(
        name,
        label,
        h('input', { attrs: { type: 'text', value }, on: { change: (e) => session.edit(item.key, { [name]: (e.target as HTMLInputElement).value.trim() }) } }),
      );
    const number = (name: 'target' | 'value', label: string, value: number | null) =>
      field(
        name,
        label,
        h('input', {
          attrs: { type: 'number', step: 'any', value: value ?? '' },
          on: {
            change: (e) => {
              const raw = (e.target as HTMLInputElement).value;
              session.edit(item.key, { [name]: raw === '' ? null : Number(raw) });
            },
          },
        }),
      );
    const select = (name: keyof ReviewItem, label: string, value: string, options: [string, string][]) => {
      const control = h('select', { on: { change: (e) => session.edit(item.key, { [name]: (e.target as HTMLSelectElement).value || null }) } });
      for (const [v, l] of options) control.append(h('option', { attrs: { value: v, selected: v === value } }, l));
      return field(name, label, control);
    };
    const f = m.fields;
    const fields: HTMLElement[] = [];
    if (item.item === 'candidate') {
      fields.push(
        select(
          'kind',
          f.kind,
          item.kind ?? '',
          KINDS.map((k) => [k, k]),
        ),
        text('name', f.name, item.name),
        text('nameEn', f.nameEn, item.nameEn),
      );
    }
    if (item.item === 'pledge') {
      fields.push(
        select('bureau', f.bureau, item.bureau ?? '', [['', m.chooseBureau], ...bureaus.map((id): [string, string] => [id, nameOf(id)])]),
        text('nameEn', f.nameEn, item.nameEn),
        text('metric', f.metric, item.metric),
        number('target', f.target, item.target),
        text('unit', f.unit, item.unit),
        select(
          'comparator',
          f.comparator,
          item.comparator,
          COMPARATORS.map((c) => [c, c || '—']),
        ),
        text('due', f.due, item.due),
        concernsField(item),
      );
    }
    if (item.item === 'progress') {
      fields.push(
        select(
          'status',
          f.status,
          item.status ?? 'in_the_works',
          PLEDGE_STATUSES.map((s) => [s, m.statuses[s]]),
        ),
        linkField(item, 'pledge', f.pledge, item.pledgeId, item.quote),
        text('date', f.date, item.date),
        number('value', f.value, item.value),
        text('unit', f.unit, item.unit),
      );
    }
    if (item.item === 'mention') fields.push(linkField(item, 'entity', f.entity, item.entityId, item.quote));
    details.append(h('summary', { attrs: { 'data-focus': `${item.key}|edit` } }, m.edit), h('div', { className: 'ingest-fields' }, ...fields));
    return details;
  }
}
