// The benchmark's workloads, each as the request every comparator gets for one key and
// a canonical form of the answer, so the three answers can be checked equal before any
// timing. Lists are compared as sorted lists: ordering is each API's own business (all
// three order deterministically), the content is what must agree.
import type { Comparator } from '../servers/protocol.js';

export type WorkloadName = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';

export interface WorkloadKey {
  id?: string;
  from?: string;
  to?: string;
  /** Words a user types into search (ours takes these). */
  text?: string;
  /** The same words as the Lucene query ours builds from them (floor and peer take this). */
  lucene?: string;
}

export interface HttpRequestSpec {
  /** Path under the comparator's base URL. */
  path: string;
  body: string;
}

export interface Workload {
  name: WorkloadName;
  title: string;
  request(comparator: Comparator, key: WorkloadKey): HttpRequestSpec;
  /** The answer reduced to what must be equal across comparators. */
  canonical(comparator: Comparator, response: unknown): unknown;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const graphql = (query: string, variables: Record<string, unknown>): HttpRequestSpec => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const floor = (workload: string, params: Record<string, unknown>): HttpRequestSpec => ({
  path: `/${workload}`,
  body: JSON.stringify(params),
});

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

function data(response: unknown): Json {
  const body = response as Json;
  if (body?.errors) throw new Error(`errors in response: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data as Json;
}

const SEARCH_SIZE = 10;

export const WORKLOADS: Record<WorkloadName, Workload> = {
  W1: {
    name: 'W1',
    title: 'point lookup by id',
    request(comparator, key) {
      if (comparator === 'floor') return floor('w1', { id: key.id });
      if (comparator === 'peer') {
        return graphql('query W1($id: ID!) { enterprises(where: {id: {eq: $id}}) { id name aliases founded } }', {
          id: key.id,
        });
      }
      return graphql('query W1($id: ID!) { entity(id: $id) { id kind name aliases ... on Enterprise { founded } } }', {
        id: key.id,
      });
    },
    canonical(comparator, response) {
      const d = data(response);
      const e = comparator === 'peer' ? d.enterprises[0] : d.entity;
      return e ? { id: e.id, name: e.name, aliases: e.aliases, founded: e.founded } : null;
    },
  },

  W2: {
    name: 'W2',
    title: "a zone's partner universities and enterprises (2 hops)",
    request(comparator, key) {
      if (comparator === 'floor') return floor('w2', { id: key.id });
      if (comparator === 'peer') {
        return graphql(
          `
            query W2($id: ID!) {
              zones(where: { id: { eq: $id } }) {
                id
                name
                universitiesConnection {
                  edges {
                    properties {
                      via
                    }
                    node {
                      id
                      name
                    }
                  }
                }
                enterprises {
                  id
                  name
                  universities {
                    id
                    name
                  }
                }
              }
            }
          `,
          { id: key.id },
        );
      }
      return graphql(
        `
          query W2($id: ID!) {
            entity(id: $id) {
              id
              name
              ... on Zone {
                partnerships {
                  via
                  university {
                    id
                    name
                  }
                }
                enterprises {
                  id
                  name
                  universities {
                    id
                    name
                  }
                }
              }
            }
          }
        `,
        { id: key.id },
      );
    },
    canonical(comparator, response) {
      const d = data(response);
      const z = comparator === 'peer' ? d.zones[0] : d.entity;
      if (!z) return null;
      const partners =
        comparator === 'peer'
          ? z.universitiesConnection.edges.map((e: Json) => [e.node.id, e.node.name, e.properties.via])
          : z.partnerships.map((p: Json) => [p.university.id, p.university.name, p.via]);
      return {
        id: z.id,
        name: z.name,
        partners: sorted(partners),
        enterprises: sorted(
          z.enterprises.map((e: Json) => [e.id, e.name, sorted(e.universities.map((u: Json) => [u.id, u.name]))]),
        ),
      };
    },
  },

  W3: {
    name: 'W3',
    title: "an enterprise's awards and their co-recipients (3 hops)",
    request(comparator, key) {
      if (comparator === 'floor') return floor('w3', { id: key.id });
      if (comparator === 'peer') {
        // The generated API cannot restrict an award's recipients to the year of the grant
        // one level up; the peer fetches every recipient with its year, and the check
        // below keeps the same year (as the peer's client would).
        return graphql(
          `
            query W3($id: ID!) {
              enterprises(where: { id: { eq: $id } }) {
                id
                name
                awardsConnection {
                  edges {
                    properties {
                      year
                      status
                    }
                    node {
                      id
                      name
                      recipientsConnection {
                        edges {
                          properties {
                            year
                            status
                          }
                          node {
                            id
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          `,
          { id: key.id },
        );
      }
      return graphql(
        `
          query W3($id: ID!) {
            entity(id: $id) {
              id
              name
              ... on Enterprise {
                awards {
                  year
                  status
                  award {
                    id
                    name
                  }
                  coRecipients {
                    year
                    status
                    recipient {
                      id
                      name
                    }
                  }
                }
              }
            }
          }
        `,
        { id: key.id },
      );
    },
    canonical(comparator, response) {
      const d = data(response);
      const e = comparator === 'peer' ? d.enterprises[0] : d.entity;
      if (!e) return null;
      const awards =
        comparator === 'peer'
          ? e.awardsConnection.edges.map((g: Json) => ({
              award: [g.node.id, g.node.name],
              year: g.properties.year,
              status: g.properties.status,
              co: sorted(
                g.node.recipientsConnection.edges
                  .filter((r: Json) => r.node.id !== e.id && r.properties.year === g.properties.year)
                  .map((r: Json) => [r.node.id, r.node.name, r.properties.year, r.properties.status]),
              ),
            }))
          : e.awards.map((g: Json) => ({
              award: [g.award.id, g.award.name],
              year: g.year,
              status: g.status,
              co: sorted(g.coRecipients.map((r: Json) => [r.recipient.id, r.recipient.name, r.year, r.status])),
            }));
      return { id: e.id, name: e.name, awards: sorted(awards) };
    },
  },

  W4: {
    name: 'W4',
    title: 'full-text search',
    request(comparator, key) {
      if (comparator === 'floor') return floor('w4', { lucene: key.lucene, first: SEARCH_SIZE });
      if (comparator === 'peer') {
        return graphql('query W4($q: String!, $first: Int!) { search(lucene: $q, first: $first) { id name } }', {
          q: key.lucene,
          first: SEARCH_SIZE,
        });
      }
      return graphql('query W4($q: String!) { search(query: $q, first: 10) { score entity { id kind name } } }', {
        q: key.text,
      });
    },
    canonical(comparator, response) {
      const d = data(response);
      // Best first, so order is part of the answer here.
      return comparator === 'peer'
        ? d.search.map((n: Json) => [n.id, n.name])
        : d.search.map((h: Json) => [h.entity.id, h.entity.name]);
    },
  },

  W5: {
    name: 'W5',
    title: 'shortest path (≤ 4 hops)',
    request(comparator, key) {
      if (comparator === 'floor') return floor('w5', { from: key.from, to: key.to });
      if (comparator === 'peer') {
        return graphql('query W5($from: ID!, $to: ID!) { pathNodes(from: $from, to: $to) { id name } }', {
          from: key.from,
          to: key.to,
        });
      }
      return graphql(
        `
          query W5($from: ID!, $to: ID!) {
            shortestPath(from: $from, to: $to, maxHops: 4) {
              length
              nodes {
                id
                name
              }
              relationships {
                type
                from
                to
              }
            }
          }
        `,
        { from: key.from, to: key.to },
      );
    },
    canonical(comparator, response) {
      const d = data(response);
      // Several shortest paths may tie; their length and ends are what every answer shares.
      if (comparator === 'peer') {
        const nodes = d.pathNodes as Json[];
        return nodes.length === 0
          ? null
          : { length: nodes.length - 1, from: nodes[0]?.id, to: nodes[nodes.length - 1]?.id };
      }
      const p = d.shortestPath;
      return p ? { length: p.length, from: p.nodes[0]?.id, to: p.nodes[p.nodes.length - 1]?.id } : null;
    },
  },
};

export const WORKLOAD_NAMES = Object.keys(WORKLOADS) as WorkloadName[];

/** W6: a mix, in these proportions (point lookups and searches dominate real traffic). */
export const MIX: Record<WorkloadName, number> = { W1: 0.4, W2: 0.15, W3: 0.15, W4: 0.2, W5: 0.1 };
