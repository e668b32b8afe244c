// The bad-input catalogue: every row of docs/bad-input.md, as a request and the answer it
// must get. bad-input.test.ts sends each one and checks the answer, that nothing leaks,
// that the server stays up and that the graph is unchanged.
import type { RawRequest } from '../support/raw-http.js';

export interface Expected {
  /** HTTP statuses the answer may have. */
  status: number[];
  /** Error codes allowed in the answer; every error must carry one of them. */
  codes: string[];
  /** True when a plain answer (data, no errors) is also acceptable: the contract defines one. */
  dataAllowed?: boolean;
  /** Checks the data of a plain answer (e.g. "an empty list"). */
  data?: (data: Record<string, unknown>) => boolean;
  /** The error message must match (e.g. it quotes the name that matched nothing). */
  message?: RegExp;
  /** How docs/bad-input.md states the expected answer. */
  summary: string;
}

export interface BadInputCase {
  id: string;
  category: string;
  /** What is sent, as the catalogue shows it. */
  input: string;
  request: RawRequest;
  expected: Expected;
  /** Text of the input the answer may quote back (not a leak). */
  echoes?: string[];
}

const KNOWN_ZONE = 'zone:lushunkou-district';

function gql(query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): RawRequest {
  return {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}), ...extra }),
  };
}

function raw(
  body: string | Buffer,
  contentType?: string,
  method = 'POST',
  path = '/graphql',
  headers: Record<string, string> = {},
): RawRequest {
  return { method, path, body, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers } };
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

// Expected answers, named once.
const parseFailed: Expected = { status: [400], codes: ['GRAPHQL_PARSE_FAILED'], summary: '400 `GRAPHQL_PARSE_FAILED`' };
const invalid = (message?: RegExp): Expected => ({
  status: [400],
  codes: ['GRAPHQL_VALIDATION_FAILED'],
  ...(message ? { message } : {}),
  summary: '400 `GRAPHQL_VALIDATION_FAILED`',
});
const badRequest: Expected = { status: [400], codes: ['BAD_REQUEST'], summary: '400 `BAD_REQUEST`' };
const badVariables: Expected = {
  status: [400],
  codes: ['BAD_USER_INPUT'],
  summary: '400 `BAD_USER_INPUT` (variable coercion)',
};
const badInput = (message?: RegExp): Expected => ({
  status: [200, 400],
  codes: ['BAD_USER_INPUT'],
  ...(message ? { message } : {}),
  summary: '`BAD_USER_INPUT`, names the argument and its range',
});
/** A number out of range: the range check or, first, the cost estimate refuses it. */
const outOfRange = (message: RegExp): Expected => ({
  status: [200, 400],
  codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'],
  message,
  summary:
    '`BAD_USER_INPUT` naming the range, or 400 `QUERY_TOO_COMPLEX` when the estimated cost already exceeds the limit',
});
const notFound = (quoted: string): Expected => ({
  status: [200, 404],
  codes: ['NOT_FOUND'],
  message: new RegExp(quoted.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  summary: '`NOT_FOUND`, quoting the name',
});
const emptyList = (field: string): Expected => ({
  status: [200],
  codes: [],
  dataAllowed: true,
  data: (d) => Array.isArray(d[field]) && (d[field] as unknown[]).length === 0,
  summary: 'empty list (no such name is not an error for a lookup)',
});
const nullAnswer = (field: string): Expected => ({
  status: [200],
  codes: [],
  dataAllowed: true,
  data: (d) => d[field] === null,
  summary: '`null`, as the schema documents',
});
/** Hostile text where a normal answer is fine: the point is no error, no leak, no change. */
const harmless = (field: string): Expected => ({
  status: [200, 400],
  codes: ['BAD_USER_INPUT'],
  dataAllowed: true,
  data: (d) => field in d,
  summary: 'treated as plain text: an ordinary answer, or `BAD_USER_INPUT`',
});
const harmlessOrNotFound = (quoted: string): Expected => ({
  ...notFound(quoted),
  codes: ['NOT_FOUND', 'BAD_USER_INPUT'],
  summary: '`NOT_FOUND` quoting the text (or `BAD_USER_INPUT`)',
});
const csrf: Expected = {
  status: [400],
  codes: ['BAD_REQUEST'],
  message: /Cross-Site Request Forgery|CSRF|content-type/i,
  summary: '400, CSRF prevention (names the header to send)',
};
const tooLarge: Expected = {
  status: [413],
  codes: ['PAYLOAD_TOO_LARGE'],
  message: /larger than/,
  summary: '413 `PAYLOAD_TOO_LARGE`',
};
const tooComplex = (message?: RegExp): Expected => ({
  status: [400],
  codes: ['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED'],
  ...(message ? { message } : {}),
  summary: '400, names the limit and its value',
});

const nest = (depth: number) => {
  let inner = 'id';
  for (let i = 0; i < depth; i += 1) inner = `partOf { id ... on Zone { ${inner} } }`;
  return `{ entity(id: "${KNOWN_ZONE}") { ... on Zone { ${inner} } } }`;
};
const introspectionBomb = (levels: number) => {
  let inner = 'name';
  for (let i = 0; i < levels; i += 1) inner = `fields { name type { ${inner} } }`;
  return `{ __schema { types { ${inner} } } }`;
};
const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const CYPHER_NAME = "x'}) MATCH (n) DETACH DELETE n //";
const CYPHER_ID = "') OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //";
const CYPHER_ZONE = 'Lushun" OR true }) CALL db.labels() YIELD label RETURN label //';
const LUCENE = 'name:* OR aliases:[a TO z] AND title:"x"~2^9 \\';
const LUCENE_SPECIALS = '*?~^:"\\/()[]{}!&&||-+';
const LONG_NAME = 'Lushun'.repeat(834).slice(0, 5_000);
const CJK_NAME = '大连化学物理研究所';
const CJK_ZONE = '旅顺经济开发区';

export const BAD_INPUT_CASES: BadInputCase[] = [
  // --- Malformed requests ---
  {
    id: 'B01',
    category: 'Malformed request',
    input: 'truncated JSON `{"query": `',
    request: raw('{"query": ', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B02',
    category: 'Malformed request',
    input: 'a JSON array (batched operations)',
    request: raw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B03',
    category: 'Malformed request',
    input: 'a JSON string instead of an object',
    request: raw('"{ __typename }"', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B04',
    category: 'Malformed request',
    input: 'an empty JSON object `{}`',
    request: raw('{}', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B05',
    category: 'Malformed request',
    input: '`query` is a number',
    request: raw('{"query": 42}', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B06',
    category: 'Malformed request',
    input: '`variables` is a string',
    request: raw('{"query": "{ __typename }", "variables": "id=1"}', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B07',
    category: 'Malformed request',
    input: 'empty body with a JSON content type',
    request: raw('', 'application/json'),
    expected: badRequest,
  },
  {
    id: 'B08',
    category: 'Malformed request',
    input: 'JSON nested 50,000 levels deep (in `variables`)',
    request: raw(
      `{"query":"{ __typename }","variables":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
      'application/json',
    ),
    expected: {
      status: [200, 400, 413],
      codes: ['BAD_REQUEST', 'BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE'],
      dataAllowed: true,
      summary: 'refused (400/413), or the unused variable ignored',
    },
  },

  // --- GraphQL syntax and validation ---
  {
    id: 'B09',
    category: 'Syntax',
    input: 'unterminated selection `{ entity(id: "x") { id `',
    request: gql('{ entity(id: "x") { id '),
    expected: parseFailed,
  },
  {
    id: 'B10',
    category: 'Syntax',
    input: 'unterminated string literal',
    request: gql('{ lookup(name: "Lushun) { id } }'),
    expected: parseFailed,
  },
  {
    id: 'B11',
    category: 'Unknown field',
    input: 'unknown root field `{ nope }`',
    request: gql('{ nope }'),
    expected: invalid(/Cannot query field "nope"/),
  },
  {
    id: 'B12',
    category: 'Unknown field',
    input: 'unknown field on a type (`Zone.revenue`)',
    request: gql(`{ entity(id: "${KNOWN_ZONE}") { ... on Zone { revenue } } }`),
    expected: invalid(/revenue/),
  },
  {
    id: 'B13',
    category: 'Unknown field',
    input: 'unknown argument `entity(id:, color:)`',
    request: gql(`{ entity(id: "${KNOWN_ZONE}", color: "red") { id } }`),
    expected: invalid(/color/),
  },
  {
    id: 'B14',
    category: 'Unknown field',
    input: 'unknown field of an input object (`filter: {bogus}`)',
    request: gql('{ enterprises(filter: { bogus: 1 }) { totalCount } }'),
    expected: invalid(/bogus/),
  },
  {
    id: 'B15',
    category: 'Wrong type',
    input: 'literal of the wrong type `search(query: 5)`',
    request: gql('{ search(query: 5) { score } }'),
    expected: invalid(),
  },
  {
    id: 'B16',
    category: 'Wrong type',
    input: 'variable of the wrong type (`$id: ID!` = an object)',
    request: gql('query Q($id: ID!) { entity(id: $id) { id } }', { id: { $ne: null } }),
    expected: badVariables,
  },
  {
    id: 'B17',
    category: 'Wrong type',
    input: 'variable declared with a type the argument does not take',
    request: gql('query Q($n: String) { enterprises(first: $n) { totalCount } }', { n: '5' }),
    expected: invalid(),
  },
  {
    id: 'B18',
    category: 'Wrong type',
    input: 'a float where an Int goes (`first: 1.5`)',
    request: gql('{ enterprises(first: 1.5) { totalCount } }'),
    expected: invalid(),
  },
  {
    id: 'B19',
    category: 'Wrong type',
    input: 'an Int beyond 32 bits (`first: 99999999999`)',
    request: gql('{ enterprises(first: 99999999999) { totalCount } }'),
    expected: invalid(),
  },
  {
    id: 'B20',
    category: 'Wrong type',
    input: 'an Int beyond 32 bits as a variable',
    request: gql('query Q($n: Int) { enterprises(first: $n) { totalCount } }', { n: 1e20 }),
    expected: badVariables,
  },
  {
    id: 'B21',
    category: 'Wrong type',
    input: 'an unknown enum value `kind: DRAGON`',
    request: gql('{ lookup(name: "x", kind: DRAGON) { id } }'),
    expected: invalid(/DRAGON/),
  },
  {
    id: 'B22',
    category: 'Missing argument',
    input: 'required argument left out `{ entity { id } }`',
    request: gql('{ entity { id } }'),
    expected: invalid(/id/),
  },
  {
    id: 'B23',
    category: 'Missing argument',
    input: 'required variable not sent',
    request: gql('query Q($id: ID!) { entity(id: $id) { id } }'),
    expected: badVariables,
  },
  {
    id: 'B24',
    category: 'Missing argument',
    input: 'required variable sent as `null`',
    request: gql('query Q($id: ID!) { entity(id: $id) { id } }', { id: null }),
    expected: badVariables,
  },
  {
    id: 'B25',
    category: 'Operation',
    input: 'a mutation (the API has none)',
    request: gql('mutation { createZone(name: "x") { id } }'),
    expected: {
      status: [400],
      codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'],
      summary: '400: the schema has no mutations',
    },
  },
  {
    id: 'B26',
    category: 'Operation',
    input: 'a subscription (the API has none)',
    request: gql('subscription { zones { id } }'),
    expected: {
      status: [400],
      codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'],
      summary: '400: the schema has no subscriptions',
    },
  },
  {
    id: 'B27',
    category: 'Operation',
    input: 'two operations and no `operationName`',
    request: gql('query A { __typename } query B { __typename }'),
    expected: {
      status: [400],
      codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
      summary: '400 `OPERATION_RESOLUTION_FAILURE`',
    },
  },
  {
    id: 'B28',
    category: 'Operation',
    input: 'an `operationName` that is not in the document',
    request: gql('query A { __typename }', undefined, { operationName: 'Nope' }),
    expected: {
      status: [400],
      codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
      summary: '400 `OPERATION_RESOLUTION_FAILURE`',
    },
  },
  {
    id: 'B29',
    category: 'Fragments',
    input: 'a fragment cycle (A spreads B spreads A)',
    request: gql(
      `fragment A on Zone { parts { ...B } } fragment B on Zone { parts { ...A } } { entity(id: "${KNOWN_ZONE}") { ...A } }`,
    ),
    expected: invalid(/Cannot spread fragment/),
  },
  {
    id: 'B30',
    category: 'Fragments',
    input: 'a fragment that spreads itself',
    request: gql(`fragment A on Zone { ...A } { entity(id: "${KNOWN_ZONE}") { ...A } }`),
    expected: invalid(/Cannot spread fragment/),
  },
  {
    id: 'B31',
    category: 'Fragments',
    input: 'a spread of an undefined fragment',
    request: gql('{ documents { ...Missing } }'),
    expected: invalid(/Unknown fragment/),
  },
  {
    id: 'B32',
    category: 'Fragments',
    input: 'a fragment on a type it can never match',
    request: gql('fragment F on Zone { id } { documents { ...F } }'),
    expected: invalid(),
  },
  {
    id: 'B33',
    category: 'Directives',
    input: 'the same directive twice on one field',
    request: gql('{ __typename @include(if: true) @include(if: true) }'),
    expected: invalid(/only be used once/),
  },

  // --- Size and shape ---
  {
    id: 'B34',
    category: 'Deep query',
    input: 'selection nested 40 levels (`partOf { partOf { … } }`)',
    request: gql(nest(40)),
    expected: tooComplex(/levels deep|limit/),
  },
  {
    id: 'B35',
    category: 'Deep query',
    input: 'introspection nested 8 levels (`fields { type { fields { … } } }`)',
    request: gql(introspectionBomb(8)),
    expected: tooComplex(/depth/),
  },
  {
    id: 'B36',
    category: 'Aliases',
    input: '3,000 aliases of `__typename`',
    request: gql(aliases(3_000)),
    expected: tooComplex(),
  },
  {
    id: 'B37',
    category: 'Aliases',
    input: '40 aliases of `documents`',
    request: gql(aliases(40, 'documents { id }')),
    expected: tooComplex(/aliases; the limit/),
  },
  {
    id: 'B38',
    category: 'Aliases',
    input: '12 root fields in one operation (each one Cypher statement)',
    request: gql(
      `{ ${Array.from({ length: 12 }, (_, i) => (i % 2 ? `z${i}: zones(first: 1) { totalCount }` : `d${i}: documents { id }`)).join(' ')} }`,
    ),
    expected: tooComplex(/root fields; the limit/),
  },
  {
    id: 'B39',
    category: 'Cost',
    input: '100 enterprises × 100 relationships × evidence',
    request: gql(
      '{ enterprises(first: 100) { edges { node { relationships(first: 100) { type evidence { quote document { id title } } } } } } }',
    ),
    expected: tooComplex(/cost/),
  },
  {
    id: 'B40',
    category: 'Cost',
    input: 'more than 5,000 tokens',
    request: gql(`{ ${'__typename '.repeat(6_000)}}`),
    expected: tooComplex(/tokens/),
  },
  {
    id: 'B41',
    category: 'Huge body',
    input: '5 MB body with a Content-Length',
    request: {
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } })),
    },
    expected: tooLarge,
  },
  {
    id: 'B42',
    category: 'Huge body',
    input: '5 MB body streamed in chunks, no Content-Length',
    request: {
      headers: { 'content-type': 'application/json' },
      chunks: Array.from({ length: 80 }, (_, i) =>
        Buffer.from(i === 0 ? `{"query":"{ __typename }","pad":"${'x'.repeat(65_536 - 34)}` : 'x'.repeat(65_536)),
      ),
    },
    expected: tooLarge,
  },
  {
    id: 'B43',
    category: 'Huge list',
    input: '10,000 kinds in `search(kinds:)`',
    request: gql('query Q($k: [EntityKind!]) { search(query: "Lushun", kinds: $k) { score } }', {
      k: Array.from({ length: 10_000 }, () => 'ZONE'),
    }),
    expected: harmless('search'),
  },
  {
    id: 'B44',
    category: 'Huge list',
    input: '1,000 relationship types in `neighborhood(types:)`',
    request: gql('query Q($t: [String!]) { neighborhood(id: "zone:lushunkou-district", types: $t) { nodes { id } } }', {
      t: Array.from({ length: 1_000 }, (_, i) => `TYPE_${i}`),
    }),
    expected: badInput(/at most/),
  },

  // --- Numbers ---
  {
    id: 'B45',
    category: 'Huge number',
    input: '`enterprises(first: 101)`',
    request: gql('{ enterprises(first: 101) { totalCount } }'),
    expected: outOfRange(/first.*100|cost/),
  },
  {
    id: 'B46',
    category: 'Huge number',
    input: '`enterprises(first: 2147483647)`',
    request: gql('{ enterprises(first: 2147483647) { totalCount } }'),
    expected: outOfRange(/first|cost/),
  },
  {
    id: 'B47',
    category: 'Huge number',
    input: '`search(first: 1000000)`',
    request: gql('{ search(query: "Lushun", first: 1000000) { score } }'),
    expected: outOfRange(/first|cost/),
  },
  {
    id: 'B48',
    category: 'Huge number',
    input: '`neighborhood(hops: 1000)`',
    request: gql(`{ neighborhood(id: "${KNOWN_ZONE}", hops: 1000) { nodes { id } } }`),
    expected: outOfRange(/hops|cost/),
  },
  {
    id: 'B49',
    category: 'Huge number',
    input: '`neighborhood(limit: 1000000)`',
    request: gql(`{ neighborhood(id: "${KNOWN_ZONE}", limit: 1000000) { nodes { id } } }`),
    expected: outOfRange(/limit|cost/),
  },
  {
    id: 'B50',
    category: 'Huge number',
    input: '`shortestPath(maxHops: 1000)`',
    request: gql(`{ shortestPath(from: "${KNOWN_ZONE}", to: "place:dalian", maxHops: 1000) { length } }`),
    expected: outOfRange(/maxHops|cost/),
  },
  {
    id: 'B51',
    category: 'Huge number',
    input: '`relationships(first: 100000)` on an entity',
    request: gql(`{ entity(id: "${KNOWN_ZONE}") { relationships(first: 100000) { type } } }`),
    expected: outOfRange(/first|cost/),
  },
  {
    id: 'B52',
    category: 'Negative number',
    input: '`enterprises(first: -1)`',
    request: gql('{ enterprises(first: -1) { totalCount } }'),
    expected: badInput(/first/),
  },
  {
    id: 'B53',
    category: 'Negative number',
    input: '`search(first: -5)`',
    request: gql('{ search(query: "Lushun", first: -5) { score } }'),
    expected: badInput(/first/),
  },
  {
    id: 'B54',
    category: 'Negative number',
    input: '`neighborhood(hops: -1)`',
    request: gql(`{ neighborhood(id: "${KNOWN_ZONE}", hops: -1) { nodes { id } } }`),
    expected: badInput(/hops/),
  },
  {
    id: 'B55',
    category: 'Negative number',
    input: '`neighborhood(limit: -10)`',
    request: gql(`{ neighborhood(id: "${KNOWN_ZONE}", limit: -10) { nodes { id } } }`),
    expected: badInput(/limit/),
  },
  {
    id: 'B56',
    category: 'Negative number',
    input: '`shortestPath(maxHops: 0)` and `-3`',
    request: gql(
      `{ a: shortestPath(from: "${KNOWN_ZONE}", to: "place:dalian", maxHops: 0) { length } b: shortestPath(from: "${KNOWN_ZONE}", to: "place:dalian", maxHops: -3) { length } }`,
    ),
    expected: badInput(/maxHops/),
  },
  {
    id: 'B57',
    category: 'Negative number',
    input: '`awardRecipients(year: -2147483648)`',
    request: gql('{ awardRecipients(award: "Mayor\'s Quality Award", year: -2147483648) { year } }'),
    expected: {
      ...badInput(/year/),
      dataAllowed: true,
      data: (d) => Array.isArray(d.awardRecipients) && (d.awardRecipients as unknown[]).length === 0,
      summary: 'empty list (no award that year), or `BAD_USER_INPUT`',
    },
  },

  // --- Cursors ---
  {
    id: 'B58',
    category: 'Garbage cursor',
    input: '`after: "garbage!!"`',
    request: gql('{ enterprises(after: "garbage!!") { totalCount } }'),
    expected: badInput(/cursor/),
  },
  {
    id: 'B59',
    category: 'Garbage cursor',
    input: '`after:` base64 of text that is not JSON',
    request: gql(`{ enterprises(after: "${b64('not json at all')}") { totalCount } }`),
    expected: badInput(/cursor/),
  },
  {
    id: 'B60',
    category: 'Garbage cursor',
    input: '`after:` base64 of JSON of the wrong shape',
    request: gql(`{ zones(after: "${b64('{"offset":5}')}") { totalCount } }`),
    expected: badInput(/cursor/),
  },
  {
    id: 'B61',
    category: 'Garbage cursor',
    input: '`after:` 10,000 characters',
    request: gql(`{ brands(after: "${'A'.repeat(10_000)}") { totalCount } }`),
    expected: badInput(/cursor/),
  },
  {
    id: 'B62',
    category: 'Garbage cursor',
    input: '`after:` a well-formed cursor carrying Cypher',
    request: gql(
      `{ enterprises(after: "${b64(JSON.stringify(['c1', 'NAME_ASC', "') DETACH DELETE n //", 'x']))}") { totalCount edges { node { id } } } }`,
    ),
    expected: harmless('enterprises'),
  },
  {
    id: 'B63',
    category: 'Garbage cursor',
    input: 'a cursor issued for another sort order',
    request: gql(
      `{ universities(orderBy: NAME_DESC, after: "${b64(JSON.stringify(['c1', 'NAME_ASC', 'a', 'b']))}") { totalCount } }`,
    ),
    expected: badInput(/orderBy|cursor/),
  },

  // --- Unknown ids and names ---
  {
    id: 'B64',
    category: 'Unknown id',
    input: '`entity(id: "zone:no-such-zone")`',
    request: gql('{ entity(id: "zone:no-such-zone") { id } }'),
    expected: nullAnswer('entity'),
  },
  {
    id: 'B65',
    category: 'Unknown id',
    input: '`document(id: "no-such-document")`',
    request: gql('{ document(id: "no-such-document") { id } }'),
    expected: nullAnswer('document'),
  },
  {
    id: 'B66',
    category: 'Unknown id',
    input: '`neighborhood(id: "zone:nowhere")`',
    request: gql('{ neighborhood(id: "zone:nowhere") { nodes { id } } }'),
    expected: notFound('zone:nowhere'),
  },
  {
    id: 'B67',
    category: 'Unknown id',
    input: '`shortestPath(from: "zone:nowhere", …)`',
    request: gql(`{ shortestPath(from: "zone:nowhere", to: "${KNOWN_ZONE}") { length } }`),
    expected: notFound('zone:nowhere'),
  },
  {
    id: 'B68',
    category: 'Unknown name',
    input: '`lookup(name: "Atlantis Development Zone")`',
    request: gql('{ lookup(name: "Atlantis Development Zone") { id } }'),
    expected: emptyList('lookup'),
  },
  {
    id: 'B69',
    category: 'Unknown name',
    input: '`partnerships(zone: "Atlantis Development Zone")`',
    request: gql('{ partnerships(zone: "Atlantis Development Zone") { via } }'),
    expected: notFound('Atlantis Development Zone'),
  },
  {
    id: 'B70',
    category: 'Unknown name',
    input: '`partnerships(university: "Hogwarts")`',
    request: gql('{ partnerships(university: "Hogwarts") { via } }'),
    expected: notFound('Hogwarts'),
  },
  {
    id: 'B71',
    category: 'Unknown name',
    input: '`awardRecipients(award: "Nobel Prize in Shipbuilding")`',
    request: gql('{ awardRecipients(award: "Nobel Prize in Shipbuilding") { year } }'),
    expected: notFound('Nobel Prize in Shipbuilding'),
  },
  {
    id: 'B72',
    category: 'Unknown name',
    input: '`indicators(subject: "Nowhere Town")`',
    request: gql('{ indicators(subject: "Nowhere Town") { name } }'),
    expected: notFound('Nowhere Town'),
  },
  {
    id: 'B73',
    category: 'Unknown name',
    input: '`enterprises(filter: {mentionedIn: "no-such-document"})`',
    request: gql('{ enterprises(filter: { mentionedIn: "no-such-document" }) { totalCount } }'),
    expected: { status: [200, 404], codes: ['NOT_FOUND'], dataAllowed: true, summary: 'an empty page, or `NOT_FOUND`' },
  },

  // --- Hostile strings ---
  {
    id: 'B74',
    category: 'Cypher syntax',
    input: `\`lookup(name: ${JSON.stringify(CYPHER_NAME)})\``,
    request: gql('query Q($n: String!) { lookup(name: $n) { id } }', { n: CYPHER_NAME }),
    expected: emptyList('lookup'),
    echoes: [CYPHER_NAME],
  },
  {
    id: 'B75',
    category: 'Cypher syntax',
    input: `\`entity(id: ${JSON.stringify(CYPHER_ID)})\``,
    request: gql('query Q($id: ID!) { entity(id: $id) { id } }', { id: CYPHER_ID }),
    expected: nullAnswer('entity'),
    echoes: [CYPHER_ID],
  },
  {
    id: 'B76',
    category: 'Cypher syntax',
    input: `\`partnerships(zone: ${JSON.stringify(CYPHER_ZONE)})\``,
    request: gql('query Q($z: String) { partnerships(zone: $z) { via } }', { z: CYPHER_ZONE }),
    expected: notFound(CYPHER_ZONE),
    echoes: [CYPHER_ZONE],
  },
  {
    id: 'B77',
    category: 'Cypher syntax',
    input: 'a relationship type carrying Cypher: ``types: ["LOCATED_IN`]-() DETACH DELETE n //"]``',
    request: gql(
      `{ neighborhood(id: "${KNOWN_ZONE}", types: ["LOCATED_IN\`]-() DETACH DELETE n //"]) { nodes { id } } }`,
    ),
    expected: badInput(/UPPER_SNAKE/),
    echoes: ['LOCATED_IN`]-() DETACH DELETE n //'],
  },
  {
    id: 'B78',
    category: 'Cypher syntax',
    input: 'Cypher in `filter: {nameContains:}`',
    request: gql('query Q($t: String) { zones(filter: { nameContains: $t }) { totalCount } }', { t: "' OR 1=1 //" }),
    expected: harmless('zones'),
    echoes: ["' OR 1=1 //"],
  },
  {
    id: 'B79',
    category: 'Lucene syntax',
    input: `\`search(query: ${JSON.stringify(LUCENE)})\``,
    request: gql('query Q($q: String!) { search(query: $q) { score entity { id } } }', { q: LUCENE }),
    expected: harmless('search'),
    echoes: [LUCENE],
  },
  {
    id: 'B80',
    category: 'Lucene syntax',
    input: `only Lucene operators: \`${LUCENE_SPECIALS}\``,
    request: gql('query Q($q: String!) { search(query: $q) { score } }', { q: LUCENE_SPECIALS }),
    expected: harmless('search'),
    echoes: [LUCENE_SPECIALS],
  },
  {
    id: 'B81',
    category: 'Lucene syntax',
    input: 'leading wildcard and regex `*hun* /.*/`',
    request: gql('query Q($q: String!) { search(query: $q) { score } }', { q: '*hun* /.*/' }),
    expected: harmless('search'),
  },
  {
    id: 'B82',
    category: 'Lucene syntax',
    input: 'an empty and a blank search',
    request: gql('{ a: search(query: "") { score } b: search(query: "   ") { score } }'),
    expected: harmless('a'),
  },
  {
    id: 'B83',
    category: 'NUL byte',
    input: 'NUL in `lookup(name:)`',
    request: gql('query Q($n: String!) { lookup(name: $n) { id } }', { n: 'Lushun\u0000District' }),
    expected: harmless('lookup'),
  },
  {
    id: 'B84',
    category: 'NUL byte',
    input: 'NUL in `search(query:)`',
    request: gql('query Q($q: String!) { search(query: $q) { score } }', { q: '\u0000' }),
    expected: harmless('search'),
  },
  {
    id: 'B85',
    category: 'NUL byte',
    input: 'NUL in `entity(id:)` and `partnerships(zone:)`',
    request: gql('query Q($s: String, $id: ID!) { entity(id: $id) { id } partnerships(zone: $s) { via } }', {
      id: 'zone:\u0000',
      s: 'Lushun\u0000',
    }),
    expected: harmlessOrNotFound('Lushun'),
  },
  {
    id: 'B86',
    category: '5,000-character name',
    input: '`lookup(name:)` of 5,000 characters',
    request: gql('query Q($n: String!) { lookup(name: $n) { id } }', { n: LONG_NAME }),
    expected: {
      ...emptyList('lookup'),
      codes: ['BAD_USER_INPUT'],
      status: [200, 400],
      summary: 'empty list, or `BAD_USER_INPUT` (too long)',
    },
    echoes: [LONG_NAME],
  },
  {
    id: 'B87',
    category: '5,000-character name',
    input: '`search(query:)` of 5,000 characters',
    request: gql('query Q($q: String!) { search(query: $q) { score } }', { q: LONG_NAME }),
    expected: badInput(/200/),
    echoes: [LONG_NAME],
  },
  {
    id: 'B88',
    category: '5,000-character name',
    input: '`partnerships(zone:)` of 5,000 characters',
    request: gql('query Q($z: String) { partnerships(zone: $z) { via } }', { z: LONG_NAME }),
    expected: { ...harmlessOrNotFound('LushunLushun'), message: /LushunLushun|longer than/ },
    echoes: [LONG_NAME],
  },
  {
    id: 'B89',
    category: 'CJK',
    input: `\`lookup(name: "${CJK_NAME}")\``,
    request: gql('query Q($n: String!) { lookup(name: $n) { id } }', { n: CJK_NAME }),
    expected: emptyList('lookup'),
  },
  {
    id: 'B90',
    category: 'CJK',
    input: '`search(query: "旅顺口区 大连")`',
    request: gql('{ search(query: "旅顺口区 大连") { score } }'),
    expected: harmless('search'),
  },
  {
    id: 'B91',
    category: 'CJK',
    input: `\`partnerships(zone: "${CJK_ZONE}")\``,
    request: gql(`{ partnerships(zone: "${CJK_ZONE}") { via } }`),
    expected: notFound(CJK_ZONE),
  },
  {
    id: 'B92',
    category: 'Unicode',
    input: 'a lone surrogate `\\ud800` in `lookup(name:)`',
    request: raw(
      '{"query":"query Q($n: String!) { lookup(name: $n) { id } }","variables":{"n":"Lushun\\ud800"}}',
      'application/json',
    ),
    expected: harmless('lookup'),
  },
  {
    id: 'B93',
    category: 'Unicode',
    input: 'right-to-left override, zero-width space and emoji in `search`',
    request: gql('query Q($q: String!) { search(query: $q) { score } }', { q: '\u202eLushun\u200b🏭' }),
    expected: harmless('search'),
  },
  {
    id: 'B94',
    category: 'Unicode',
    input: 'control characters and newlines in `filter: {nameContains:}`',
    request: gql('query Q($t: String) { enterprises(filter: { nameContains: $t }) { totalCount } }', {
      t: 'a\r\n\t\u0007\u001b[31m',
    }),
    expected: harmless('enterprises'),
  },
  {
    id: 'B95',
    category: 'Regex syntax',
    input: 'regex metacharacters in `nameContains: ".*(a|b)+$"`',
    request: gql('{ zones(filter: { nameContains: ".*(a|b)+$" }) { totalCount } }'),
    expected: harmless('zones'),
  },

  // --- Content types and methods (CSRF) ---
  {
    id: 'B96',
    category: 'CSRF',
    input: 'POST with `text/plain`',
    request: raw(JSON.stringify({ query: '{ __typename }' }), 'text/plain'),
    expected: csrf,
  },
  {
    id: 'B97',
    category: 'CSRF',
    input: 'POST with `application/x-www-form-urlencoded`',
    request: raw('query=%7B__typename%7D', 'application/x-www-form-urlencoded'),
    expected: csrf,
  },
  {
    id: 'B98',
    category: 'CSRF',
    input: 'POST with `multipart/form-data`',
    request: raw(
      '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--b--\r\n',
      'multipart/form-data; boundary=b',
    ),
    expected: csrf,
  },
  {
    id: 'B99',
    category: 'CSRF',
    input: 'POST with no content type',
    request: raw(JSON.stringify({ query: '{ __typename }' })),
    expected: csrf,
  },
  {
    id: 'B100',
    category: 'CSRF',
    input: 'GET `?query=` without a preflight header',
    request: raw('', undefined, 'GET', '/graphql?query=%7B__typename%7D'),
    expected: csrf,
  },
  {
    id: 'B101',
    category: 'CSRF',
    input: 'GET `?query=` with `Content-Type: message/http` (a browser quirk that skips preflight)',
    request: raw('', 'message/http', 'GET', '/graphql?query=%7B__typename%7D'),
    expected: { ...csrf, status: [400, 415], summary: '415 (or 400): GET takes no content type but JSON' },
  },
  {
    id: 'B102',
    category: 'Method',
    input: 'GET with a mutation (preflight header set)',
    request: raw('', undefined, 'GET', `/graphql?query=${encodeURIComponent('mutation { x }')}`, {
      'apollo-require-preflight': 'true',
    }),
    expected: {
      status: [400, 405],
      codes: ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
      summary: '405 (or 400): mutations only by POST, and there are none',
    },
  },
  {
    id: 'B103',
    category: 'Method',
    input: 'PUT on /graphql',
    request: raw(JSON.stringify({ query: '{ __typename }' }), 'application/json', 'PUT'),
    expected: { status: [400, 405], codes: ['BAD_REQUEST'], summary: '405 (or 400): GET and POST only' },
  },
];
