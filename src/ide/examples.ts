// Example operations the IDE opens with, one tab each: the questions the API answers.
export interface ExampleOperation {
  query: string;
  variables?: string;
}

export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    query: `# Which universities partner with which zones? (Omit both arguments for all pairs.)
query ZonePartners {
  partnerships(zone: "Lushunkou District") {
    zone { id name }
    university { id name institutionType }
    via
    evidence { document { id title } quote }
  }
}`,
  },
  {
    query: `# Who won the Mayor's Quality Award, and who was nominated?
query MayorsQualityAward {
  awardRecipients(award: "Mayor's Quality Award", year: 2022) {
    status
    year
    recipient { id name ... on Enterprise { founded leaders { person { name } role } } }
    evidence { document { id } quote }
  }
}`,
  },
  {
    query: `# An enterprise's awards, and its co-recipients one hop further
query EnterpriseAwards {
  lookup(name: "dalian haosen equipment manufacturing co ltd", kind: ENTERPRISE) {
    id
    name
    ... on Enterprise {
      awards { award { name level } year status coRecipients { recipient { name } status } }
    }
  }
}`,
  },
  {
    query: `# Owners of certified trademarks
query CertifiedTrademarks {
  awardRecipients(award: "Well-known provincial trademark certification") {
    recipient { name ... on Brand { brandType owners { id name } } }
    award { name level }
  }
}`,
  },
  {
    query: `# Full-text search over names and aliases, best first
query Search {
  search(query: "Dalian Institute of Chemical Physics", first: 5) { score entity { id kind name aliases } }
}`,
  },
  {
    query: `# How are two entities connected? Every relationship comes with its evidence.
query Path {
  shortestPath(from: "university:tianjin-university", to: "zone:lushunkou-district", maxHops: 4) {
    length
    nodes { id kind name }
    relationships { type from to properties evidence { document { id } quote } }
  }
}`,
  },
  {
    query: `# What is around a zone, one hop out
query Around {
  neighborhood(id: "zone:lushun-development-zone", hops: 1, limit: 25) {
    truncated
    nodes { id kind name }
    relationships { type from to }
  }
}`,
  },
  {
    query: `# Page through enterprises (pass pageInfo.endCursor as $after for the next page)
query Enterprises($after: String) {
  enterprises(first: 5, after: $after) {
    totalCount
    edges { cursor node { id name founded zones { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
];
