// GraphQL Code Generator configuration, in the CLI's `codegen.ts` format. `npm run codegen`
// runs it through @graphql-codegen/core (src/graphql/codegen-runner.ts); `npm run
// codegen:check` fails when the checked-in file differs from what it would generate.
//
// Resolver maps are typed from schema.graphql: every object type's parent value is a
// `Projection` (the map the Cypher translator returns for it), the context is the
// per-request `RequestContext`. No index signature: a resolver map (and so a spec, see
// src/graphql/translate/spec.ts) must name exactly the schema's fields, so a field without a
// spec, or a misspelled one, is a compile error.
import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';

// Every object type of the schema except Query gets the Projection mapper: read from the
// schema itself, so a new type needs no second list here.
const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
const objectTypes = Object.values(schema.getTypeMap())
  .filter((t) => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType())
  .map((t) => t.name);

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
        immutableTypes: false,
      },
    },
  },
};

export default config;
