// Shared selections, so every operation brings back the same shape of entity and edge.
export const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Entity {
    id kind name nameEn aliases summary summaryZh
    sources { documentId start end quote }
    ... on Pledge { text metric target unit comparator year status attributionNote confidence bureauId }
    ... on Project { category }
    ... on Enterprise { category }
    ... on Institution { category }
    ... on Place { category }
    ... on Event { category }
  }
`;

export const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on Edge {
    id type source target note attributionNote confidence
    sources { documentId start end quote }
  }
`;
