/** The closed set of relationship types (schema/vocabulary/relationships.ts), in the order filters list them. */
export { RELATIONSHIP_TYPES as RELATION_TYPES, type RelationshipType as RelationType } from '../../../schema/vocabulary/relationships.js';
