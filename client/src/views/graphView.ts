import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

/** The one module that owns the Cytoscape instance; views talk to it through this API. */
export interface GraphView {
  show(elements: ElementDefinition[]): void;
  nodeCount(): number;
}

export function createGraphView(container: HTMLElement): GraphView {
  const cy: Core = cytoscape({
    container,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#3a6ea5',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
        },
      },
    ],
  });
  return {
    show(elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      cy.layout({ name: 'circle', padding: 40 }).run();
    },
    nodeCount: () => cy.nodes().length,
  };
}
