import cytoscape, {
  type Collection,
  type Core,
  type CytoscapeOptions,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Dispatch } from '../app/Intent.js';
import { BADGE, badgeData, badgeId, badgePosition } from '../graph/badges.js';
import { CANVAS_OPTIONS, FIT_MAX_ZOOM } from '../graph/canvasOptions.js';
import { fitViewport } from '../graph/fitViewport.js';
import { isLargeGraph, LARGE_GRAPH } from '../graph/largeGraph.js';
import { layoutOptions, incrementalFcose } from '../graph/layouts.js';
import { nearestToward, type ArrowDirection } from '../graph/nearestToward.js';
import { centreOf, seedPositions } from '../graph/seedPositions.js';
import type { SvgSnapshot } from '../graph/toSvg.js';
import type { LayoutName } from '../state/ViewState.js';
import { canvasBadges, canvasNodes, type CanvasBadge, type CanvasNode } from './canvasNodes.js';
import { arrangeLabels, drawnBoxes, HOVER, LABEL_CROWDED, LABEL_OFF, LABEL_OVER, sizeLabels, unclutterLabels } from './canvasLabels.js';
import { badgeReadout, edgeLooks, labelReadout, type EdgeLook, type LabelReadout } from './canvasReadout.js';
import { afterSettling } from './afterSettling.js';
import { drawLabelsDirectly } from './drawLabelsDirectly.js';
import { createNodeTooltip } from './nodeTooltip.js';
import { createLayoutRunner } from './layoutRunner.js';
import { svgSnapshot } from './svgSnapshot.js';
import { withMargin } from './withMargin.js';

export type { CanvasBadge, CanvasNode } from './canvasNodes.js';
export type { EdgeLook, LabelReadout } from './canvasReadout.js';

/** The node the arrow keys reached, as the live region reads it out. */
export interface KeyboardStop {
  id: string;
  label: string;
  kind: string;
  /** Its relationships drawn on the canvas. */
  degree: number;
}

// Drawn over the node's own border (a bypass, so the stylesheet stays as style.ts made it).
const RING = { 'outline-width': 4, 'outline-color': '#0b57d0', 'outline-offset': 4, 'outline-opacity': 1 };

cytoscape.use(fcose);

/**
 * The one module that owns the Cytoscape instance. Everything else talks to the canvas through
 * this API and never sees `cy`.
 */
export interface GraphView {
  /** Shows exactly these elements (labels updated in place); returns the ids of new nodes. */
  sync(elements: ElementDefinition[]): string[];
  /** Places new nodes near `anchor` and lays them out without moving anything already placed. */
  placeNew(added: string[], anchor: string | null): Promise<void>;
  runLayout(name: LayoutName, selection: string[]): Promise<void>;
  /**
   * Puts nodes exactly at these model positions (a saved step: no layout, no randomness) and
   * applies the camera; fits instead when there is none, or when it would leave a node outside
   * the canvas (a step captured in a larger window).
   */
  placeAt(positions: readonly { id: string; x: number; y: number }[], viewport: { zoom: number; x: number; y: number } | null): Promise<void>;
  /** Where every node is and the camera: what "Add this view as a step" keeps. */
  camera(): { positions: Map<string, Position>; zoom: number; pan: Position };
  select(ids: string[]): void;
  /** Locks these nodes where they are (layouts and dragging leave them) and marks them; the rest are free. */
  setPinned(ids: readonly string[]): void;
  /** Where a node is drawn, in page pixels (a menu opened from the keyboard appears there); null when it is not on the canvas. */
  screenPosition(id: string): { x: number; y: number } | null;
  setFilters(hiddenKinds: readonly string[], hiddenRelations: readonly string[]): void;
  /** Emphasises these elements and dims the rest; null clears. */
  /** Marks `ids` and fades the rest: strongly for a path, softly for a walkthrough step (`soft`), whose context the room still reads. */
  highlight(ids: Set<string> | null, soft?: boolean): void;
  setBadges(counts: ReadonlyMap<string, number>): void;
  fit(): void;
  zoomTo(ids: string[]): void;
  centerOn(id: string): void;
  /** Keyboard focus to the canvas, so that Enter and Delete act on the graph next. */
  focus(): void;
  /**
   * The arrow keys: rings the neighbour of the keyboard's node (else of the selection) that lies
   * that way, or, with nothing to start from, the node nearest the middle. null: none that way.
   */
  stepFocus(direction: ArrowDirection): KeyboardStop | null;
  /** Rings this node as the keyboard's focus (null: no ring, e.g. when the canvas loses focus). */
  ringFocus(id: string | null): void;
  /** The whole graph at twice the screen's resolution, on white, with a margin (it goes on slides). */
  png(): Promise<Blob>;
  /** `only`: just these nodes and the edges among them (a dossier's neighbourhood). */
  snapshot(title: string, only?: ReadonlySet<string>): SvgSnapshot;
  nodes(): CanvasNode[];
  /** The "+N more" badges (not in nodes(): they are not entities). */
  badges(): CanvasBadge[];
  /**
   * Every label as drawn (style and box) and the zoom, and how each edge is drawn: read only.
   * idleMs: how long since Cytoscape last drew a frame (it finishes label textures over several
   * frames, so a picture read sooner may still be half drawn).
   */
  labels(): { zoom: number; pan: Position; labels: LabelReadout[]; badges: LabelReadout[]; edges: EdgeLook[]; idleMs: number };
  /** Stops the canvas for good (a headless one keeps an animation timer until then). */
  destroy(): void;
}

/**
 * The canvas in `container`, reporting taps (select, "+N more") and double-clicks (expand) as
 * intents. Without a container it is headless (Node, tests): the same elements, classes, styles
 * and layouts, but nothing drawn, so views move at once instead of animating and there is no PNG.
 * `renderer`: Cytoscape's renderer options (the bench compares its WebGL one); the explorer's default.
 */
export function createGraphView(container: HTMLElement | null, dispatch: Dispatch, renderer?: { name: string; webgl?: boolean }): GraphView {
  // Not in Cytoscape's typings, which predate its WebGL renderer.
  const options = { ...CANVAS_OPTIONS, ...(renderer ? { renderer } : {}) } as Omit<CytoscapeOptions, 'container'>;
  const cy: Core = cytoscape(container ? { container, ...options } : { headless: true, styleEnabled: true, ...options });
  if (container) drawLabelsDirectly(cy);
  // Positions of nodes the user hid: undo/redo puts them back where they were.
  const remembered = new Map<string, Position>();
  let laidOut = false;
  // Thousands of nodes on the canvas (largeGraph.ts): set by sync.
  let large = false;
  // The node the arrow keys last reached: they go on from it.
  let ringed: string | null = null;

  // A filter, not .not(selector), which makes a collection per element (half a second at 16k).
  const layoutTargets = () => cy.elements().filter((e) => !e.hasClass(BADGE));
  // Typed views of the collection API: nodes and edges as arrays of singulars.
  const node = (id: string): NodeSingular | null => (cy.$id(id).nonempty() && cy.$id(id).isNode() ? (cy.$id(id)[0] as NodeSingular) : null);
  const allNodes = (): NodeSingular[] => cy.nodes().toArray();
  const graphNodes = () => allNodes().filter((n) => !n.hasClass(BADGE));
  const allEdges = (): EdgeSingular[] => cy.edges().toArray();
  // Whose badge it is (badges carry their owner's id).
  const ownerOf = (badge: NodeSingular) => badge.data('for') as string;
  const placeBadge = (owner: NodeSingular | null) => {
    const badge = owner && node(badgeId(owner.id()));
    if (owner && badge) badge.position(badgePosition(owner.position(), owner.width(), owner.height(), badge.data('font') as number));
  };
  const clampZoom = () => {
    if (cy.zoom() > FIT_MAX_ZOOM) cy.zoom({ level: FIT_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const placeBadges = () =>
    allNodes()
      .filter((b) => b.hasClass(BADGE))
      .forEach((b) => placeBadge(node(ownerOf(b))));

  // Animations are for the eye; a headless canvas moves at once (and keeps no timer running).
  const animate = (to: { fit?: { eles: Collection; padding: number }; center?: { eles: Collection }; zoom?: number }, complete?: () => void) => {
    if (container) return void cy.animate({ ...to, duration: 300, complete });
    if (to.zoom !== undefined) cy.zoom(to.zoom);
    if (to.fit) cy.fit(to.fit.eles, to.fit.padding);
    if (to.center) cy.center(to.center.eles);
    complete?.();
  };
  const focus = () => container?.focus({ preventScroll: true });

  // Cytoscape calls two quick clicks a double click whatever they hit: a quick click on one node
  // and then on another (shift-clicking a selection together) must not expand the second.
  const taps: (string | null)[] = [null, null];
  cy.on('tap', (event) => {
    taps.shift();
    taps.push(event.target === cy ? null : (event.target as NodeSingular).id());
    // Focus follows the click, so Enter / Delete act on what was just picked.
    focus();
    if (event.target === cy) return dispatch({ type: 'select', ids: [], additive: false });
    const target = event.target as NodeSingular | EdgeSingular;
    const click = event.originalEvent as MouseEvent | undefined;
    if (target.hasClass(BADGE)) dispatch({ type: 'more', id: ownerOf(target as NodeSingular) });
    else dispatch({ type: 'select', ids: [target.id()], additive: Boolean(click?.shiftKey || click?.ctrlKey) });
  });
  // Right-click (or a long press): the node's menu, for the selection when the node is in it.
  // The browser's own menu would cover it.
  container?.addEventListener('contextmenu', (event) => event.preventDefault());
  cy.on('cxttap', 'node', (event) => {
    const target = event.target as NodeSingular;
    const click = event.originalEvent as MouseEvent | undefined;
    if (target.hasClass(BADGE)) return;
    focus();
    dispatch({ type: 'openMenu', id: target.id(), at: click ? { x: click.clientX, y: click.clientY } : null });
  });
  cy.on('dbltap', 'node', (event) => {
    const target = event.target as NodeSingular;
    if (!target.hasClass(BADGE) && taps[0] === target.id()) dispatch({ type: 'expand', id: target.id() });
  });
  cy.on('position', 'node', (event) => {
    const target = event.target as NodeSingular;
    if (!target.hasClass(BADGE)) placeBadge(target);
  });

  // Labels follow the zoom and hide by priority (canvasLabels.ts): worked out once per frame at
  // most, after zooming, layouts, selection and hover. A headless canvas measures no text.
  const tooltip = container ? createNodeTooltip(container) : null;
  let labelsQueued = false;
  // Set by a fit of the whole graph: fit again once the labels are sized (fitLabelled.ts).
  let refit = false;
  const layOutLabels = () => {
    const nodes = graphNodes();
    const edges = allEdges();
    cy.batch(() => {
      sizeLabels(cy.zoom(), nodes, edges);
      // Badges keep their size on screen too, and their place beside their owner.
      for (const badge of allNodes().filter((n) => n.hasClass(BADGE))) {
        const data = badgeData(badge.data('count') as number, cy.zoom());
        if (data.font === badge.data('font')) continue;
        badge.data(data);
        placeBadge(node(ownerOf(badge)));
      }
    });
    const { sides, crowded, covering } = arrangeLabels(allNodes(), edges, cy.extent());
    cy.batch(() => {
      crowded.forEach((id) => cy.$id(id).addClass(LABEL_CROWDED));
      covering.forEach((level, id) => cy.$id(id).data('over', level).addClass(LABEL_OVER));
      sides.forEach((side, id) => cy.$id(id).addClass(side));
    });
    const still = unclutterLabels(nodes, edges);
    cy.batch(() => still.forEach((id) => cy.$id(id).addClass(LABEL_CROWDED)));
  };
  // Set while the pass below moves the camera itself: its own zoom steps need no second pass.
  let planning = false;
  const refreshLabels = () => {
    planning = true;
    try {
      planLabels();
    } finally {
      planning = false;
      plannedAt = cy.zoom();
    }
  };
  // A large graph's pass is skipped when nothing it reads changed (the elements, their states, the
  // zoom): even a pass that changes nothing re-measures the labels it keeps, and Cytoscape then
  // redraws their nodes' cached layers over many frames (a bureau's thousands of edges with it).
  let changed = true;
  let plannedAt: number | null = null;
  const planLabels = () => {
    labelsQueued = false;
    if (large && !changed && !refit && cy.zoom() === plannedAt) return;
    changed = false;
    layOutLabels();
    if (!refit) return;
    refit = false;
    // The layout fitted every label at full size, most of which the label pass then hid: fit
    // what is drawn instead (a bigger picture, more labels). Later rounds only zoom out, to make
    // room for labels the bigger zoom brought back, so this settles.
    for (let round = 0; round < 4; round++) {
      const size = { width: cy.width(), height: cy.height() };
      const view = fitViewport(drawnBoxes(graphNodes(), allEdges()), size, 40, FIT_MAX_ZOOM, round ? cy.zoom() : Infinity);
      if (!view) return;
      const same = Math.abs(view.zoom - cy.zoom()) < 0.005 * cy.zoom();
      cy.viewport(view);
      if (same) return;
      layOutLabels();
    }
  };
  const labelsChanged = () => {
    changed = true;
    queueLabels();
  };
  const queueLabels = () => {
    if (!container || labelsQueued) return;
    labelsQueued = true;
    requestAnimationFrame(refreshLabels);
  };
  // The full name in both languages, above the node (hover; keyboard selection).
  const showTooltip = (n: NodeSingular) => {
    const names = [n.data('name') as string, n.data('nameEn') as string | null].filter((name, i, all): name is string => !!name && all.indexOf(name) === i);
    const at = n.renderedPosition();
    tooltip?.show(names, { x: at.x, y: at.y - n.renderedOuterHeight() / 2 - 6 });
  };
  let drawnAt = performance.now();
  cy.on('render', () => {
    drawnAt = performance.now();
  });
  // A large graph's labels wait for the zoom to settle (largeGraph.ts): resizing them on every
  // step would keep Cytoscape from drawing the graph from its cached layers. The pass runs in the
  // frame that found the zoom settled, not the next, which a new zoom may already have reached;
  // the pass's own refit is no zoom to wait for.
  const afterZoom = afterSettling(refreshLabels, LARGE_GRAPH.labelsSettleMs, () => cy.destroyed());
  cy.on('zoom', () => {
    if (!large || !container) queueLabels();
    else if (!planning) afterZoom();
  });
  cy.on('add remove select unselect', labelsChanged);
  // A badge moves with the label pass (its size follows the zoom): that must not queue another.
  cy.on('position', 'node', (event) => {
    if (!(event.target as NodeSingular).hasClass(BADGE)) labelsChanged();
  });
  cy.on('viewport', () => tooltip?.hide());
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as NodeSingular | EdgeSingular;
    if (target.hasClass(BADGE)) return;
    target.addClass(HOVER);
    if (target.isNode()) showTooltip(target);
    labelsChanged();
  });
  cy.on('mouseout', 'node, edge', (event) => {
    (event.target as NodeSingular | EdgeSingular).removeClass(HOVER);
    tooltip?.hide();
    labelsChanged();
  });

  const run = createLayoutRunner(container, layoutTargets, (options) => {
    const fit = Boolean((options as { fit?: boolean }).fit);
    refit ||= fit;
    placeBadges();
    if (fit) clampZoom();
    // A large graph's labels are planned before its first frame, not after it: drawing the
    // thousands of labels the plan hides at this zoom would take that frame seconds.
    if (large && container) refreshLabels();
    else labelsChanged();
  });

  const view: GraphView = {
    sync(elements) {
      const wanted = new Set(elements.map((e) => e.data.id!));
      const added: string[] = [];
      const wasLarge = large;
      large = isLargeGraph(elements.filter((e) => e.group === 'nodes').length);
      // A large graph's new elements start unlabelled: the layout's fit then measures no labels,
      // and the label pass after it (run's afterStop) shows what the plan keeps at the fitted zoom.
      const born = (def: ElementDefinition): ElementDefinition =>
        large
          ? {
              ...def,
              classes: [...[def.classes ?? ''].flat(), LABEL_OFF].filter(Boolean).join(' '),
              ...(def.group === 'edges' ? { data: { ...def.data, [LARGE_GRAPH.edgeFlag]: true } } : {}),
            }
          : def;
      // Added in one call per group, not one per element: each call costs Cytoscape its own
      // collections and events (seconds over a large graph's thousands).
      const newNodes: ElementDefinition[] = [];
      let bornNodes: Collection = cy.collection();
      cy.batch(() => {
        if (large !== wasLarge) cy.edges().data(LARGE_GRAPH.edgeFlag, large);
        layoutTargets().forEach((ele) => {
          if (wanted.has(ele.id())) return;
          if (ele.isNode()) remembered.set(ele.id(), { ...ele.position() });
          cy.remove(ele);
        });
        for (const def of elements) {
          const existing = cy.getElementById(def.data.id!);
          if (existing.nonempty()) {
            if (existing.data('label') !== def.data.label) existing.data('label', def.data.label);
            // A pledge's status follows the "as of" day: its ring is redrawn in place.
            if (existing.data('status') !== def.data.status) existing.data('status', def.data.status);
            continue;
          }
          if (def.group === 'nodes') {
            const position = remembered.get(def.data.id!);
            newNodes.push({ ...born(def), position: position ? { ...position } : undefined });
            if (!position) added.push(def.data.id!);
          }
        }
        bornNodes = cy.add(newNodes);
      });
      // New nodes' styles are worked out before their edges exist: Cytoscape's first style of a
      // node walks its edges once per property it sets (a hub's thousands, ~25 times).
      bornNodes.forEach((n) => void n.numericStyle('width'));
      cy.batch(() => {
        // Edges after nodes: an edge needs both of its ends.
        // Large: the edge flag from the start, so that Cytoscape never bundles them as beziers.
        cy.add(elements.filter((def) => def.group === 'edges' && cy.getElementById(def.data.id!).empty()).map(born));
        cy.nodes(`.${BADGE}`)
          .filter((b) => !wanted.has(ownerOf(b)))
          .remove();
      });
      return added;
    },

    placeNew(added, anchor) {
      if (!added.length) return Promise.resolve();
      const fresh = new Set(added);
      const placed = graphNodes().filter((n) => !fresh.has(n.id()));
      if (!placed.length) return view.runLayout('fcose', []);
      const anchorNode = anchor ? node(anchor) : null;
      const centre = anchorNode ? { ...anchorNode.position() } : centreOf(placed.map((n) => n.position()));
      const placedNeighbour = (id: string) =>
        (node(id)?.neighborhood('node').toArray() as NodeSingular[] | undefined)?.find((n) => !fresh.has(n.id()))?.position() ?? null;
      for (const [id, at] of seedPositions(added, centre, anchorNode ? () => null : placedNeighbour)) node(id)?.position(at);
      const fixed = placed.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
      return run(incrementalFcose(fixed)).then(() => {
        const view = cy.extent();
        const outside = graphNodes()
          .filter((n) => fresh.has(n.id()))
          .some((n) => {
            const p = n.position();
            return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
          });
        if (outside)
          animate({ fit: { eles: layoutTargets(), padding: 40 } }, () => {
            refit = true;
            labelsChanged();
          });
      });
    },

    runLayout(name, selection) {
      if (cy.nodes().empty()) return Promise.resolve();
      // The container may have changed size since the last layout (presenter mode hides the
      // sidebar and adds the narration): fit to the canvas as it is now.
      cy.resize();
      const options = layoutOptions(
        name,
        selection.filter((id) => cy.getElementById(id).isNode()),
        graphNodes().length,
      );
      // Animating from the pile where new nodes land only delays the first picture.
      const fresh = !laidOut;
      laidOut = true;
      return run(fresh ? ({ ...options, animate: false } as cytoscape.LayoutOptions) : options);
    },

    placeAt(positions, viewport) {
      if (cy.nodes().empty()) return Promise.resolve();
      cy.resize();
      laidOut = true;
      const at = new Map(positions.map((p) => [p.id, { x: p.x, y: p.y }]));
      const preset = { name: 'preset', positions: (n: NodeSingular) => at.get(n.id()) ?? { ...n.position() }, fit: !viewport, padding: 40, animate: false };
      return run(preset as unknown as cytoscape.LayoutOptions).then(() => {
        if (!viewport) return;
        cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
        const seen = cy.extent();
        const inside = graphNodes().every((n) => {
          const box = n.boundingBox({ includeLabels: false });
          return box.x1 >= seen.x1 && box.x2 <= seen.x2 && box.y1 >= seen.y1 && box.y2 <= seen.y2;
        });
        if (!inside) {
          cy.fit(layoutTargets(), 40);
          clampZoom();
        }
      });
    },

    camera: () => ({
      positions: new Map(graphNodes().map((n) => [n.id(), { ...n.position() }])),
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
    }),

    select(ids) {
      const want = new Set(ids);
      cy.batch(() => {
        cy.elements(':selected')
          .filter((e) => !want.has(e.id()))
          .unselect();
        for (const id of ids) cy.getElementById(id).select();
      });
      // Chosen from the keyboard (the canvas has focus): the tooltip names it, as hover does.
      const one = ids.length === 1 ? node(ids[0]!) : null;
      if (one && container && document.activeElement === container) showTooltip(one);
      else tooltip?.hide();
    },

    setPinned(ids) {
      const want = new Set(ids);
      cy.batch(() =>
        graphNodes().forEach((n) => {
          const on = want.has(n.id());
          if (on !== n.locked()) (on ? n.lock() : n.unlock()).toggleClass('pinned', on);
        }),
      );
    },

    screenPosition(id) {
      const target = node(id);
      if (!target || !container) return null;
      const at = target.renderedPosition();
      const box = container.getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    },

    setFilters(hiddenKinds, hiddenRelations) {
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        cy.nodes()
          .filter((n) => hiddenKinds.includes(n.data('kind') as string))
          .addClass('filtered');
        cy.edges()
          .filter((e) => hiddenRelations.includes(e.data('type') as string))
          .addClass('filtered');
        cy.nodes(`.${BADGE}`)
          .filter((b) => cy.$id(ownerOf(b)).hasClass('filtered'))
          .addClass('filtered');
      });
      labelsChanged();
    },

    highlight(ids, soft = false) {
      cy.batch(() => {
        cy.elements().removeClass('dimmed muted on-path');
        if (!ids) return;
        const fade = soft ? 'muted' : 'dimmed';
        cy.elements().forEach((e) => {
          e.addClass(ids.has(e.id()) ? 'on-path' : fade);
        });
      });
      labelsChanged();
    },

    setBadges(counts) {
      cy.batch(() => {
        cy.nodes(`.${BADGE}`)
          .filter((b) => !counts.get(ownerOf(b)))
          .remove();
        for (const [id, count] of counts) {
          const owner = node(id);
          if (!count || !owner) continue;
          const existing = cy.getElementById(badgeId(id));
          if (existing.nonempty()) existing.data(badgeData(count, cy.zoom()));
          else
            cy.add({ group: 'nodes', data: { id: badgeId(id), for: id, ...badgeData(count, cy.zoom()) }, classes: BADGE, selectable: false, grabbable: false });
          placeBadge(owner);
        }
      });
    },

    fit() {
      cy.resize();
      animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, () => {
        clampZoom();
        refit = true;
        labelsChanged();
      });
    },
    zoomTo(ids) {
      let eles = cy.collection();
      for (const id of ids) eles = eles.union(cy.$id(id));
      if (eles.nonempty()) animate({ fit: { eles: eles.union(eles.connectedNodes()), padding: 80 } }, clampZoom);
    },
    centerOn(id) {
      const target = cy.$id(id);
      if (target.nonempty()) animate({ center: { eles: target }, zoom: Math.min(Math.max(cy.zoom(), 0.8), FIT_MAX_ZOOM) });
    },
    focus,
    stepFocus(direction) {
      const shown = graphNodes().filter((n) => !n.hasClass('filtered'));
      // The ringed node only while it is still selected: a click elsewhere starts from there.
      const from =
        (ringed && node(ringed)?.selected() ? node(ringed) : null) ||
        cy
          .nodes(':selected')
          .toArray()
          .find((n) => !n.hasClass(BADGE)) ||
        null;
      let to: NodeSingular | null;
      if (from) {
        const around = (from.neighborhood('node').toArray() as NodeSingular[]).filter((n) => shown.includes(n));
        to =
          nearestToward(
            from.position(),
            around.map((n) => ({ n, position: n.position() })),
            direction,
          )?.n ?? null;
      } else {
        const middle = centreOf(shown.map((n) => n.position()));
        const distance = (n: NodeSingular) => Math.hypot(n.position().x - middle.x, n.position().y - middle.y);
        to = shown.sort((a, b) => distance(a) - distance(b))[0] ?? null;
      }
      if (!to) return null;
      view.ringFocus(to.id());
      const extent = cy.extent();
      const p = to.position();
      if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) view.centerOn(to.id());
      const degree = to.connectedEdges().filter((e) => !e.hasClass('filtered')).length;
      return { id: to.id(), label: to.data('label') as string, kind: to.data('kind') as string, degree };
    },
    ringFocus(id) {
      if (ringed) node(ringed)?.removeStyle(Object.keys(RING).join(' '));
      ringed = id;
      if (id) node(id)?.style(RING);
    },

    png: () => withMargin(cy.png({ output: 'blob', scale: 2, full: true, bg: '#ffffff' }), 80),
    snapshot: (title, only) => svgSnapshot(title, allNodes(), allEdges(), only),
    nodes: () => canvasNodes(graphNodes()),
    badges: () => canvasBadges(allNodes().filter((n) => n.hasClass(BADGE))),
    labels: () => ({
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      labels: labelReadout(graphNodes(), allEdges()),
      badges: badgeReadout(allNodes()),
      edges: edgeLooks(allEdges()),
      idleMs: performance.now() - drawnAt,
    }),
    destroy: () => cy.destroy(),
  };
  return view;
}
