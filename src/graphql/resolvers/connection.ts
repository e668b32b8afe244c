// Every connection type (EnterpriseConnection, ZoneConnection, …, EntityConnection) and its
// edge type read the same way: one pair of specs per paged kind, declared here together.
import type {
  AwardConnectionResolvers,
  AwardEdgeResolvers,
  BrandConnectionResolvers,
  BrandEdgeResolvers,
  EnterpriseConnectionResolvers,
  EnterpriseEdgeResolvers,
  EntityConnectionResolvers,
  EntityEdgeResolvers,
  UniversityConnectionResolvers,
  UniversityEdgeResolvers,
  ZoneConnectionResolvers,
  ZoneEdgeResolvers,
} from '../generated/resolvers-types.js';
import { encodeCursor } from '../translate/cursor.js';
import {
  bound,
  defineType,
  scalar,
  type FieldSpecs,
  type FieldsOf,
  type NodeBinding,
  type TypeSpec,
} from '../translate/spec.js';

/** A page: `page` (up to first + 1 nodes, in order), `first`, `tag` (the order, for cursors). */
export type PageBinding = { readonly page: string; readonly first: string; readonly tag: string };
/** A connection: its page and the expression counting every match. */
export type ConnectionBinding = PageBinding & { readonly total: string };
export type EdgeBinding = NodeBinding & { readonly tag: string };

const connectionFields: FieldSpecs<EnterpriseConnectionResolvers, ConnectionBinding> = {
  edges: {
    kind: 'object',
    query: (b, _args, s) => {
      const i = s.fresh('i');
      const e = s.fresh('e');
      return {
        clauses: `UNWIND range(0, size(${b.page}[0..${b.first}]) - 1) AS ${i}\nWITH *, ${b.page}[${i}] AS ${e}`,
        binding: { node: e, tag: b.tag },
        orderBy: [i],
      };
    },
  },
  pageInfo: { kind: 'object', direct: (b) => ({ binding: { page: b.page, first: b.first, tag: b.tag } }) },
  totalCount: scalar((b) => b.total),
};

const edgeFields: FieldSpecs<EnterpriseEdgeResolvers, EdgeBinding> = {
  cursor: scalar((b) => `[${b.tag}, ${b.node}.name, ${b.node}.id]`, encodeCursor),
  node: bound('node'),
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when the resolver maps C and E have exactly the fields specified above. */
type SameFields<C, E> =
  Same<FieldsOf<C>, FieldsOf<EnterpriseConnectionResolvers>> extends true
    ? Same<FieldsOf<E>, FieldsOf<EnterpriseEdgeResolvers>> extends true
      ? []
      : [edgeFieldsDiffer: never]
    : [connectionFieldsDiffer: never];

/** The connection and edge specs of one kind. */
function paged<C, E>(kind: string, ..._check: SameFields<C, E>): [TypeSpec<ConnectionBinding>, TypeSpec<EdgeBinding>] {
  return [
    defineType<C, ConnectionBinding>(
      `${kind}Connection`,
      connectionFields as unknown as FieldSpecs<C, ConnectionBinding>,
    ),
    defineType<E, EdgeBinding>(`${kind}Edge`, edgeFields as unknown as FieldSpecs<E, EdgeBinding>),
  ];
}

export const CONNECTION_SPECS: ReadonlyArray<TypeSpec<ConnectionBinding> | TypeSpec<EdgeBinding>> = [
  ...paged<EnterpriseConnectionResolvers, EnterpriseEdgeResolvers>('Enterprise'),
  ...paged<ZoneConnectionResolvers, ZoneEdgeResolvers>('Zone'),
  ...paged<UniversityConnectionResolvers, UniversityEdgeResolvers>('University'),
  ...paged<BrandConnectionResolvers, BrandEdgeResolvers>('Brand'),
  ...paged<AwardConnectionResolvers, AwardEdgeResolvers>('Award'),
  ...paged<EntityConnectionResolvers, EntityEdgeResolvers>('Entity'),
];
