// Bounds of the root fields' arguments (docs/api.md, "Limits and switches"). The schema's
// defaults apply before a planner runs; these are the ranges a value must fall in.

/** Largest `first` of a connection or search. */
export const MAX_FIRST = 100;
export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_HOPS = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 200;
/** Relationships a neighborhood returns at most (beyond that, `truncated` is true). */
export const MAX_NEIGHBORHOOD_RELATIONSHIPS = 1000;
/** Longest name an argument that names an entity may have. */
export const MAX_NAME_LENGTH = 300;
