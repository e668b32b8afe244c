// GraphQL Code Generator configuration, in the CLI's `codegen.ts` format. `npm run codegen`
// runs it through @graphql-codegen/core (src/graphql/codegen-runner.ts); `npm run
// codegen:check` fails when the checked-in file differs from what it would generate.
//
// Resolver maps are typed from schema.graphql: every object type's parent value is a
// `Projection` (the map the Cypher translator returns for it), the context is the
// per-request `RequestContext`.

const objectTypes = [
  'Evidence',
  'Document',
  'Zone',
  'University',
  'Enterprise',
  'Brand',
  'Award',
  'Cluster',
  'Person',
  'Organization',
  'Project',
  'Place',
  'Indicator',
  'Partnership',
  'AwardGrant',
  'Leadership',
  'SearchHit',
  'GraphRelationship',
  'EntityRelationship',
  'GraphPath',
  'Subgraph',
  'PageInfo',
  'EnterpriseConnection',
  'EnterpriseEdge',
  'ZoneConnection',
  'ZoneEdge',
  'UniversityConnection',
  'UniversityEdge',
  'BrandConnection',
  'BrandEdge',
  'AwardConnection',
  'AwardEdge',
  'EntityConnection',
  'EntityEdge',
  'ServiceInfo',
] as const;

const config = {
  overwrite: true,
  schema: 'schema.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#RequestContext',
        mappers: Object.fromEntries(objectTypes.map((t) => [t, '../projection.js#Projection'])),
        scalars: { JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        immutableTypes: false,
      },
    },
  },
};

export default config;
