// Document: a source article or reference note.
import type { DocumentResolvers } from '../generated/resolvers-types.js';
import { defineType, nodes, prop, scalar } from '../translate/spec.js';
import { labelOf } from './entity.js';

export const DocumentSpec = defineType<DocumentResolvers>('Document', {
  id: prop('id'),
  title: scalar((b) => `coalesce(${b.node}.title, ${b.node}.id)`),
  date: scalar((b) => `toString(${b.node}.date)`),
  text: scalar((b) => `coalesce(${b.node}.text, '')`),
  kind: scalar((b) => `CASE WHEN ${b.node}.kind = 'reference' THEN 'REFERENCE' ELSE 'ARTICLE' END`),
  file: prop('file'),
  mentions: nodes((d, e, args) => `MATCH (${d})-[:MENTIONS]->(${e}:${labelOf(args.kind)})`),
});
