// JSONObject: stored properties as plain JSON (temporal values as ISO strings).
import { GraphQLJSONObject } from 'graphql-scalars';
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

/**
 * The JSONObject scalar itself is graphql-scalars' (it checks that a value is an object,
 * in and out); `toJsonValue` above turns what Neo4j returns into such an object first, in
 * the field specs that read `properties`.
 */
export const JSONObject = GraphQLJSONObject;
