import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_FIELD_COST, FIELD_COSTS } from './fieldCosts.js';

export interface FieldCost {
  /** The field's name in the answer (its alias when it has one). */
  responseKey: string;
  field: string;
  cost: number;
}

export interface OperationCost {
  total: number;
  fields: FieldCost[];
}

/**
 * The cost of an operation's root fields, from their argument values (variables resolved,
 * defaults applied), before anything runs. Fragments on Query count once per spread, as they
 * run; @skip and @include are ignored, so the cost is an upper bound. The operation has passed
 * validation; the variables are the request's, as sent.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationCost {
  const rootType = schema.getRootType(operation.operation);
  const given = withVariableDefaults(operation, variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields: FieldCost[] = [];
  const visit = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(fieldCost(selection));
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses cycles; the guard keeps this function total on any input.
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  const fieldCost = (node: FieldNode): FieldCost => {
    const field = node.name.value;
    const definition = rootType?.getFields()[field];
    const cost = FIELD_COSTS[field];
    const args = definition ? argumentValues(definition, node, given) : {};
    return { responseKey: node.alias?.value ?? field, field, cost: cost && definition ? cost(args) : DEFAULT_FIELD_COST };
  };
  visit(operation.selectionSet, new Set());
  return { total: fields.reduce((sum, f) => sum + f.cost, 0), fields };
}

function withVariableDefaults(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values = { ...variables };
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    if (values[variable.name.value] === undefined && defaultValue) values[variable.name.value] = valueFromASTUntyped(defaultValue);
  }
  return values;
}

/**
 * A field's arguments as plain values, defaults applied. Untyped on purpose: Apollo builds the
 * schema with graphql's CommonJS build, and graphql-js's typed helpers (getArgumentValues)
 * refuse types from "another realm" when called from this ES module. The cost only needs
 * numbers and list lengths, which the untyped reading gives exactly.
 */
function argumentValues(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of definition.args) if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
  for (const argument of node.arguments ?? []) {
    const value = valueFromASTUntyped(argument.value, variables);
    if (value !== undefined) values[argument.name.value] = value;
  }
  return values;
}
