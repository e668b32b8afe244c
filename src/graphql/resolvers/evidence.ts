// Evidence: one (document id, quote) pair of a fact's parallel `sources`/`evidence` lists.
import type { EvidenceResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar, type EvidenceBinding } from '../translate/spec.js';

export const EvidenceSpec = defineType<EvidenceResolvers, EvidenceBinding>('Evidence', {
  document: {
    kind: 'object',
    query: (b, _args, s) => {
      const d = s.fresh('d');
      return { clauses: `MATCH (${d}:Document {id: ${b.document}})`, binding: { node: d } };
    },
  },
  quote: scalar<EvidenceBinding>((b) => `coalesce(${b.quote}, '')`),
});
