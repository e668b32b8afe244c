// What a resolver's parent value is: the map that the Cypher translator projected for an
// object, keyed by response key (alias or field name), plus `__typename` for abstract types.
export type Projection = { readonly [responseKey: string]: unknown };
