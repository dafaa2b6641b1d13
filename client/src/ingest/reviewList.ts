import type { PledgeStatus } from '../generated/graphql.js';
import type { IngestMessages } from '../i18n/ingestMessages.js';
import { h } from '../views/dom.js';
import type { IngestSession, IngestState } from './ingestSession.js';
import { reviewGroups } from './reviewGroups.js';
import type { ReviewItem } from './reviewItems.js';

const KINDS = ['BUREAU', 'PROJECT', 'ENTERPRISE', 'INSTITUTION', 'PLACE', 'EVENT'] as const;
const STATUSES: PledgeStatus[] = ['pledged', 'in_the_works', 'stalled', 'kept', 'compromise', 'broken'];
const COMPARATORS = ['', '≥', '=', '≤', '>', '<'];

/**
 * The draft as a list grouped by bureau: each item with its words, what it proposes, its
 * decision and its controls (accept, reject, edit, merge). `open` holds the items whose edit
 * form is open, so that a re-render keeps them open. DOM only; every change goes to the session.
 */
export function renderReviewList(state: IngestState, session: IngestSession, m: IngestMessages, open: Set<string>): HTMLElement {
  const names = new Map((state.draft?.entities ?? []).map((e) => [e.id, state.lang === 'en' && e.nameEn ? e.nameEn : e.name]));
  const bureauCandidates = state.items.filter((i) => i.item === 'candidate' && i.kind === 'BUREAU' && i.decision === 'accepted');
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
      button('merge', m.merge, () => void session.openPicker(item.key, item.name || item.quote)),
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
      return [nameOf(item.bureau), numbers, item.due ? `≤ ${item.due}` : ''].filter(Boolean).join(' · ');
    }
    const amount = item.value !== null ? ` · ${item.value}${item.unit}` : '';
    return `${item.status ? m.statuses[item.status] : ''} · ${item.date}${amount}${item.pledgeId ? ` → ${nameOf(item.pledgeId)}` : ''}`;
  }

  function picker(item: ReviewItem): HTMLElement {
    const input = h('input', {
      attrs: { type: 'search', 'aria-label': m.mergeSearch, 'data-focus': `${item.key}|picker`, value: state.picker?.text ?? (item.name || item.quote) },
      on: { change: (e) => void session.openPicker(item.key, (e.target as HTMLInputElement).value) },
    });
    const hits = h('ul', { className: 'ingest-hits' });
    for (const hit of state.picker?.hits ?? []) {
      hits.append(
        h(
          'li',
          {},
          h(
            'button',
            { className: 'small', attrs: { type: 'button', 'data-merge': hit.id }, on: { click: () => session.merge(item.key, hit) } },
            `${hit.name} (${hit.id})`,
          ),
        ),
      );
    }
    return h('div', { className: 'ingest-picker' }, input, hits);
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
        field(
          'concerns',
          f.concerns,
          h('input', {
            attrs: { type: 'text', value: item.concerns.join(', ') },
            on: { change: (e) => session.edit(item.key, { concerns: splitIds((e.target as HTMLInputElement).value) }) },
          }),
        ),
      );
    }
    if (item.item === 'progress') {
      fields.push(
        select(
          'status',
          f.status,
          item.status ?? 'in_the_works',
          STATUSES.map((s) => [s, m.statuses[s]]),
        ),
        text('pledgeId', f.pledge, item.pledgeId ?? ''),
        text('date', f.date, item.date),
        number('value', f.value, item.value),
        text('unit', f.unit, item.unit),
      );
    }
    if (item.item === 'mention') fields.push(text('entityId', f.name, item.entityId ?? ''));
    details.append(h('summary', { attrs: { 'data-focus': `${item.key}|edit` } }, m.edit), h('div', { className: 'ingest-fields' }, ...fields));
    return details;
  }
}

const splitIds = (value: string) =>
  value
    .split(/[,，\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
