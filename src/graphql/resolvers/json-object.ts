// JSONObject: stored properties as plain JSON (temporal values as ISO strings).
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import neo4j from 'neo4j-driver';

export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object') {
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isTime(value as never) ||
      neo4j.isLocalTime(value as never) ||
      neo4j.isDuration(value as never) ||
      neo4j.isPoint(value as never) ||
      neo4j.isInt(value)
    ) {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort())
      out[key] = toJsonValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      return null;
  }
}

export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => toJsonValue(value),
  parseValue: (value) => value,
  parseLiteral: (ast) => literal(ast),
});
