/**
 * The synthetic graph as @neo4j/graphql sees it: the same nodes (each with its kind's label and
 * :Entity) and the relationships the comparable operations walk. Only what those operations
 * read is declared; @neo4j/graphql generates the rest (filters, sorting, nested selections).
 */
const entityFields = 'id: ID! name: String nameEn: String kind: String searchKey: String position: Int summary: String';
const node = (label: string, relationships = '') => `
type ${label} implements Entity @node(labels: ["${label}", "Entity"]) {
  ${entityFields}
  ${relationships}
}`;

export const NEO4J_GRAPHQL_TYPE_DEFS = `
interface Entity { ${entityFields} }
union Thing = Project | Place | Enterprise | Institution
union Organisation = Enterprise | Institution
union Destination = Place | Project
${node('Bureau', 'made: [Pledge!]! @relationship(type: "MADE", direction: OUT)')}
${node(
  'Pledge',
  `madeBy: [Bureau!]! @relationship(type: "MADE", direction: IN)
  concerns: [Thing!]! @relationship(type: "CONCERNS", direction: OUT)
  targets: [Organisation!]! @relationship(type: "TARGETS", direction: OUT)
  partners: [Organisation!]! @relationship(type: "PARTNERS", direction: OUT)
  destinedFor: [Destination!]! @relationship(type: "DESTINED_FOR", direction: OUT)
  assignedBy: [Institution!]! @relationship(type: "ASSIGNED_BY", direction: OUT)`,
)}
${node('Project', 'locatedIn: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)')}
${node('Place')}
${node('Enterprise', 'settlesIn: [Place!]! @relationship(type: "SETTLES_IN", direction: OUT)')}
${node('Institution', 'settlesIn: [Place!]! @relationship(type: "SETTLES_IN", direction: OUT)')}
`;
