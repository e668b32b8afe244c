// Evidence: one (document id, quote) pair of a fact's parallel `sources`/`evidence` lists.
import type { EvidenceResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

export const EvidenceSpec = defineType<EvidenceResolvers>('Evidence', {
  document: {
    kind: 'object',
    query: (b, _args, s) => {
      const d = s.fresh('d');
      return { clauses: `MATCH (${d}:Document {id: ${b.document}})`, binding: { node: d } };
    },
  },
  quote: scalar((b) => `coalesce(${b.quote}, '')`),
});

export const Evidence: EvidenceResolvers = projectedResolvers<EvidenceResolvers>(EvidenceSpec);
