import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Dispatch } from '../app/Intent.js';
import type { TargetRow } from '../graph/targetRows.js';
import type { TargetsMap } from '../graph/targetsMap.js';
import { TARGETS_MAP_STYLE, targetsMapElements } from '../graph/targetsMapElements.js';
import type { Messages } from '../i18n/messages.js';
import { STAGE_KEYS } from '../state/targetsState.js';
import { h } from './dom.js';
import { stageCell } from './targetsTable.js';

type Box = { x1: number; y1: number; x2: number; y2: number };
/** What the map shows, in model coordinates, for automation and the browser tests. */
export interface TargetsMapReadout {
  areas: { id: string; label: string; unplaced: boolean; box: Box }[];
  /** `rendered`: where it is drawn, in pixels from the canvas's top left corner (to click it). */
  companies: { id: string; area: string; box: Box; position: { x: number; y: number }; rendered: { x: number; y: number } }[];
  bureaus: { id: string; box: Box }[];
  edges: { source: string; target: string; stage: string | null }[];
}

/**
 * The targets' map: destinations as large areas, their companies inside, the courting bureaus
 * around them. It has a Cytoscape instance of its own rather than borrowing the explorer's
 * (views/graphView.ts): that canvas is the explorer's state — its nodes are the visible ids, with
 * undo, filters, badges and layouts — while the map's areas are no entities and its positions are
 * computed (graph/targetsMap.ts), so sharing it would muddle both. This module alone owns `cy`;
 * it is read-only: no dragging, a tap picks a company.
 */
export function createTargetsMapView(dispatch: Dispatch) {
  const canvas = h('div', { className: 'targets-cy', attrs: { role: 'img' } });
  const legendTitle = h('h3');
  const legend = h('ul', { className: 'targets-legend' });
  const pickedBox = h('div', { className: 'targets-picked', attrs: { 'aria-live': 'polite' } });
  // The canvas answers the mouse only: the same pick from the keyboard.
  const pickLabel = h('label', { attrs: { for: 'targets-pick' } });
  const pick = h('select', {
    attrs: { id: 'targets-pick' },
    on: { change: () => dispatch({ type: 'setTargets', patch: { picked: pick.value || null } }) },
  });
  const element = h(
    'div',
    { className: 'targets-map' },
    canvas,
    h('aside', { className: 'targets-map-side' }, legendTitle, legend, h('p', { className: 'targets-pick' }, pickLabel, pick), pickedBox),
  );
  let cy: Core | null = null;
  let drawn = '';
  /** Hidden since the last fit: the container had no size meanwhile, so the view is fitted again. */
  let stale = true;

  function create(): Core {
    const core = cytoscape({
      container: canvas,
      style: TARGETS_MAP_STYLE,
      layout: { name: 'preset' },
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true,
      minZoom: 0.05,
      maxZoom: 3,
    });
    // The window or the panel beside it changed size: the map fills its box again.
    new ResizeObserver(() => {
      if (element.hidden || !canvas.clientWidth) return;
      core.resize();
      core.fit(undefined, 30);
    }).observe(canvas);
    core.on('tap', (event) => {
      const target = event.target as Core | NodeSingular;
      if (target === core) dispatch({ type: 'setTargets', patch: { picked: null } });
      else if ((target as NodeSingular).hasClass('company')) dispatch({ type: 'setTargets', patch: { picked: (target as NodeSingular).id() } });
    });
    return core;
  }

  function drawSide(m: Messages, picked: TargetRow[]) {
    legendTitle.textContent = m.targetsLegend;
    legend.replaceChildren(...STAGE_KEYS.map((s) => h('li', {}, h('span', { className: `stage-swatch stage-${s}` }), m.targetsStages[s])));
    const first = picked[0];
    if (!first) return pickedBox.replaceChildren(h('p', { className: 'hint' }, m.targetsMapHint));
    pickedBox.replaceChildren(
      h('h3', {}, m.targetsPicked(first.name)),
      ...[first.other && h('p', { className: 'other' }, first.other), first.summary && h('p', { className: 'hint' }, first.summary)].filter((p) => !!p),
      h(
        'ul',
        {},
        ...picked.map((r) =>
          h(
            'li',
            { attrs: { 'data-key': r.key } },
            h('strong', {}, r.bureau.name),
            ' ',
            stageCell(m, r),
            r.destinations.length ? ` → ${r.destinations.map((d) => d.name).join(', ')}` : '',
          ),
        ),
      ),
      h(
        'button',
        { attrs: { type: 'button', 'data-action': 'open-picked' }, on: { click: () => dispatch({ type: 'openTarget', enterprise: first.id, bureau: null }) } },
        m.targetsOpenAll,
      ),
    );
  }

  return {
    element,
    /** Draws the map; the element must be shown (Cytoscape measures its container). */
    render(m: Messages, map: TargetsMap, picked: TargetRow[], pickedId: string | null) {
      canvas.setAttribute('aria-label', m.targetsMapLabel);
      drawSide(m, picked);
      pickLabel.textContent = m.targetsPickLabel;
      const collator = new Intl.Collator(document.documentElement.lang);
      pick.replaceChildren(
        h('option', { attrs: { value: '' } }, m.targetsPickNone),
        ...[...map.companies].sort((a, b) => collator.compare(a.name, b.name)).map((c) => h('option', { attrs: { value: c.id } }, c.name)),
      );
      pick.value = pickedId ?? '';
      cy ??= create();
      cy.resize();
      const key = JSON.stringify(map);
      if (key !== drawn) {
        drawn = key;
        cy.elements().remove();
        cy.add(targetsMapElements(map));
        stale = true;
      }
      if (stale) cy.fit(undefined, 30);
      stale = false;
      cy.nodes(':selected').unselect();
      if (pickedId) cy.$id(pickedId).select();
    },
    hide() {
      stale = true;
    },
    readout(): TargetsMapReadout | null {
      if (!cy) return null;
      const box = (n: NodeSingular) => {
        const { x1, y1, x2, y2 } = n.boundingBox({ includeLabels: false });
        return { x1, y1, x2, y2 };
      };
      const nodes = (selector: string) => cy!.nodes(selector).toArray();
      return {
        areas: nodes('.area').map((n) => ({ id: n.id(), label: n.data('label') as string, unplaced: n.hasClass('unplaced'), box: box(n) })),
        companies: nodes('.company').map((n) => ({
          id: n.id(),
          area: n.data('area') as string,
          box: box(n),
          position: { ...n.position() },
          rendered: { ...n.renderedPosition() },
        })),
        bureaus: nodes('.bureau').map((n) => ({ id: n.id(), box: box(n) })),
        edges: cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, stage: (e.data('stage') as string) ?? null })),
      };
    },
  };
}
