/**
 * How the canvas treats a graph of thousands of nodes (a big search result, an expansion of a
 * hub), where drawing and laying out as for the article's few hundred would take a minute. Below
 * `minNodes` nothing here applies: the article's graphs look and behave exactly as they always did.
 * Pure: graphView.ts counts the nodes and applies the answer; the bench page measures the same.
 */
export const LARGE_GRAPH = {
  /** From this many nodes on. The article shows 50–200; a thousand is past anything it reads label by label. */
  minNodes: 1000,
  /**
   * Data flag on every edge (style.ts): straight lines, no dashes, no arrow heads. Bundled bezier
   * edges cost Cytoscape a scan of both ends' edges for every edge added (a hub's thousands, so
   * quadratic), and dashes and arrow heads are most of the drawing; at the zoom that fits a
   * thousand nodes all three are under a pixel anyway. Colours and widths per relation stay.
   * A data flag, not a class: only edges without it are given bezier (`edge[!flag]`; selectors
   * cannot negate a class), since a bezier set and then overridden scans those edges all the same.
   */
  edgeFlag: 'largeGraph',
  /**
   * Layouts at this size do not animate (every frame would redraw thousands of moving nodes: a
   * slide show, not an animation), and fcose does not count labels: at the zoom that fits the
   * graph the label plan hides all but the bureaus' (labelPlan.ts), and counting them would
   * measure thousands of wrapped CJK labels for boxes nobody sees.
   */
  layout: { animate: false, nodeDimensionsIncludeLabels: false },
  /**
   * Labels are planned again once a zoom has stopped (this long after its last step, and two
   * frames without one), not on every step: a plan changes label sizes, and any change makes
   * Cytoscape drop its cached layers and redraw thousands of elements a frame. While zooming,
   * labels scale with the picture for a moment.
   */
  labelsSettleMs: 150,
} as const;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount >= LARGE_GRAPH.minNodes;
}
