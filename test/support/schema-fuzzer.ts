// Random but valid GraphQL operations, generated from a schema: random root fields,
// random selections (interfaces expanded through inline fragments), and random argument
// values of the right type — sometimes real ids and names from the graph, sometimes
// strings and numbers no one would send. Seeded, so a failing run can be replayed.
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: small, fast, good enough to spread test inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzPools {
  /** Real ids from the graph (entities and documents). */
  ids: string[];
  /** Real names and aliases. */
  names: string[];
  /** Cursors the API issued. */
  cursors: string[];
}

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

const ODD_STRINGS = [
  '',
  ' ',
  'Lushun',
  'lushun',
  'DALIAN',
  'x'.repeat(250),
  "O'Brien",
  '"quoted"',
  'back\\slash',
  '大连',
  '旅顺口区',
  'é́',
  '🏭',
  '\u0000',
  'a\nb',
  '*',
  '?',
  '~',
  'AND',
  'OR NOT',
  '(',
  ')',
  '[a TO z]',
  '`',
  '$param',
  '{}',
  '%',
  '_',
  '.*',
  "' OR 1=1 //",
  'MATCH (n) RETURN n',
  '-1',
  '0',
  '1e9',
  'null',
  'undefined',
  'NaN',
];
const INT_EDGES = [-2147483648, -1000, -1, 0, 1, 2, 3, 5, 10, 20, 50, 99, 100, 101, 1000, 2147483647];

export class SchemaFuzzer {
  private variableCount = 0;
  private variableDefs: string[] = [];
  private variables: Record<string, unknown> = {};

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
    private readonly random: () => number,
    private readonly maxDepth = 4,
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private intFor(argName: string): number {
    if (this.chance(0.7)) {
      if (/^(first|limit)$/.test(argName)) return 1 + Math.floor(this.random() * 10);
      if (/hops/i.test(argName)) return 1 + Math.floor(this.random() * 3);
      if (argName === 'year') return this.pick([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
      return Math.floor(this.random() * 20);
    }
    return this.pick(INT_EDGES);
  }

  private stringFor(argName: string, isId: boolean): string {
    if (argName === 'after')
      return this.chance(0.7) && this.pools.cursors.length ? this.pick(this.pools.cursors) : this.pick(ODD_STRINGS);
    const roll = this.random();
    if (isId || /^(id|from|to|mentionedIn)$/.test(argName)) {
      if (roll < 0.75) return this.pick(this.pools.ids);
      return roll < 0.9 ? this.pick(this.pools.names) : this.pick(ODD_STRINGS);
    }
    if (roll < 0.6) return this.pick(this.pools.names);
    if (roll < 0.7) return this.pick(this.pools.ids);
    if (roll < 0.8) return this.pick(this.pools.names).slice(0, 1 + Math.floor(this.random() * 8));
    return this.pick(ODD_STRINGS);
  }

  /** A random value of an input type. */
  value(type: GraphQLInputType, argName: string): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, argName);
    if (isListType(type)) {
      const n = Math.floor(this.random() * 4);
      return Array.from({ length: n }, () => this.value(type.ofType, argName));
    }
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) || this.chance(0.5)) out[field.name] = this.value(field.type, field.name);
      }
      return out;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.intFor(argName);
        case 'Float':
          return this.chance(0.5) ? this.random() * 100 : this.pick([0, -1.5, 1e10]);
        case 'Boolean':
          return this.chance(0.5);
        case 'ID':
          return this.stringFor(argName, true);
        case 'String':
          return this.stringFor(argName, false);
        default:
          return null;
      }
    }
    return null;
  }

  private argumentsOf(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !this.chance(0.45)) continue;
      const value = this.value(arg.type, arg.name);
      if (this.chance(0.5)) {
        const ast = astFromValue(value, arg.type);
        if (ast) {
          parts.push(`${arg.name}: ${print(ast)}`);
          continue;
        }
      }
      this.variableCount += 1;
      const name = `v${this.variableCount}`;
      this.variableDefs.push(`$${name}: ${String(arg.type)}`);
      this.variables[name] = value;
      parts.push(`${arg.name}: $${name}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private selection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, used = new Set<string>()): string {
    const fields = Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>;
    const leaves = fields.filter(
      (f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
    );
    const parts: string[] = [];
    // At least one leaf, so every selection set is valid at any depth. Each field at most
    // once per selection set: no aliases needed (they count toward the API's alias limit).
    const leaf = leaves.length ? this.pick(leaves) : null;
    if (leaf && !used.has(leaf.name)) {
      parts.push(leaf.name);
      used.add(leaf.name);
    } else {
      parts.push('__typename');
    }
    const extra = 1 + Math.floor(this.random() * 3);
    for (let i = 0; i < extra; i += 1) {
      const field = this.pick(fields);
      if (used.has(field.name)) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        used.add(field.name);
        parts.push(`${field.name}${this.argumentsOf(field.args)}`);
      } else if (depth < this.maxDepth) {
        used.add(field.name);
        parts.push(`${field.name}${this.argumentsOf(field.args)} ${this.selectionFor(named, depth + 1)}`);
      }
    }
    if (isInterfaceType(type) && this.chance(0.6)) {
      const implementations = this.schema.getPossibleTypes(type);
      const chosen = this.pick(implementations);
      // Shares `used`: a field of the fragment with other arguments would conflict.
      parts.push(`... on ${chosen.name} ${this.selection(chosen, depth, used)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  private selectionFor(type: ReturnType<typeof getNamedType>, depth: number): string {
    if (isObjectType(type) || isInterfaceType(type)) return this.selection(type, depth);
    if (isUnionType(type)) return `{ __typename ... on ${this.pick(type.getTypes()).name} { __typename } }`;
    return '';
  }

  /** One random query operation with 1–3 root fields. */
  operation(): FuzzOperation {
    this.variableCount = 0;
    this.variableDefs = [];
    this.variables = {};
    const query = this.schema.getQueryType()!;
    const roots = Object.values(query.getFields());
    const count = 1 + Math.floor(this.random() * 3);
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const field = this.pick(roots);
      if (used.has(field.name)) continue;
      used.add(field.name);
      const named = getNamedType(getNullableType(field.type));
      const selection = isLeafType(named) ? '' : ` ${this.selectionFor(named, 1)}`;
      parts.push(`${field.name}${this.argumentsOf(field.args)}${selection}`);
    }
    const defs = this.variableDefs.length ? `(${this.variableDefs.join(', ')})` : '';
    return { query: `query Fuzz${defs} { ${parts.join(' ')} }`, variables: this.variables };
  }
}
