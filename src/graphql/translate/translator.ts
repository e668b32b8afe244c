// Look-ahead translation: turns the selection set under a root field into ONE Cypher
// statement whose result is the whole answer, nested maps and lists included (map
// projections with COLLECT { … } subqueries, as @neo4j/graphql does with CALL { … }).
// Projection keys are response keys (alias or field name), so aliases of one field with
// different arguments each get their own subquery. Abstract types (Entity) add
// `__typename` and, for fields selected through fragments on one kind, a CASE by label.
import {
  GraphQLSkipDirective,
  GraphQLIncludeDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Args, Binding, FieldSpec, TypeSpec } from './spec.js';
import type { CypherScope } from './scope.js';

export interface TranslationContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

export class TranslationError extends Error {
  override name = 'TranslationError';
}

type FieldMap = Map<string, FieldNode[]>;

export class Translator {
  constructor(
    private readonly specs: Readonly<Record<string, TypeSpec>>,
    private readonly ctx: TranslationContext,
    readonly scope: CypherScope,
  ) {}

  /** Argument values of a field node, with variables and defaults applied. */
  args(def: GraphQLField<unknown, unknown>, node: FieldNode): Args {
    return getArgumentValues(def, node, this.ctx.variableValues) as Args;
  }

  /** The Cypher expression for a field of type `type` selected by `nodes`, read with `spec` from `binding`. */
  fieldExpr(
    type: GraphQLOutputType,
    nodes: readonly FieldNode[],
    spec: FieldSpec,
    binding: Binding,
    args: Args,
  ): string {
    if (spec.kind === 'scalar') return spec.expr(binding, args, this.scope);
    const named = getNamedType(type);
    const many = isListType(getNullableType(type));
    const sets = nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => s !== undefined);
    if (spec.direct) {
      const { binding: child, nullCheck } = spec.direct(binding, args, this.scope);
      const projection = this.project(named, child, sets);
      return nullCheck ? `CASE WHEN ${nullCheck} IS NULL THEN null ELSE ${projection} END` : projection;
    }
    if (!spec.query) throw new TranslationError(`No way to read ${named.name} values`);
    const plan = spec.query(binding, args, this.scope);
    const projection = this.project(named, plan.binding, sets);
    const order = plan.orderBy && plan.orderBy.length > 0 ? ` ORDER BY ${plan.orderBy.join(', ')}` : '';
    const skip = many && plan.skip ? ` SKIP ${plan.skip}` : '';
    const limit = many ? (plan.limit ? ` LIMIT ${plan.limit}` : '') : ' LIMIT 1';
    const tail = order || skip || limit ? `\nWITH *${order}${skip}${limit}` : '';
    const subquery = `COLLECT {\n${plan.clauses}${tail}\nRETURN ${projection}\n}`;
    return many ? subquery : `head(${subquery})`;
  }

  /** A Cypher map expression holding every selected field of a value of `type` bound as `binding`. */
  project(type: GraphQLNamedType, binding: Binding, sets: readonly SelectionSetNode[]): string {
    if (isObjectType(type)) {
      const entries: string[] = [];
      for (const [key, nodes] of this.collect(type, sets)) {
        const expr = this.fieldOf(type, type, nodes, binding);
        if (expr !== null) entries.push(`\`${key}\`: ${expr}`);
      }
      return `{${entries.join(', ')}}`;
    }
    if (!isAbstractType(type)) throw new TranslationError(`Cannot project ${type.name}`);
    const abstractSpec = this.spec(type.name);
    if (!abstractSpec.typename) throw new TranslationError(`${type.name} has no typename expression`);
    const possible = this.ctx.schema.getPossibleTypes(type);
    const perType = possible.map((t) => ({ type: t, fields: this.collect(t, sets) }));
    const keys = new Set<string>();
    for (const { fields } of perType) for (const key of fields.keys()) keys.add(key);

    const entries = [`\`__typename\`: ${abstractSpec.typename(binding)}`];
    for (const key of keys) {
      // Group the concrete types that select this key with the very same field nodes.
      const groups: Array<{ nodes: FieldNode[]; types: GraphQLObjectType[] }> = [];
      for (const { type: t, fields } of perType) {
        const nodes = fields.get(key);
        if (!nodes) continue;
        const group = groups.find((g) => sameNodes(g.nodes, nodes));
        if (group) group.types.push(t);
        else groups.push({ nodes, types: [t] });
      }
      const branches: Array<{ types: GraphQLObjectType[]; expr: string }> = [];
      for (const group of groups) {
        const first = group.types[0]!;
        const name = group.nodes[0]!.name.value;
        // Fields of the interface read the same way for every kind: use the interface's spec once.
        const owner = isInterfaceType(type) && type.getFields()[name] && group.types.length > 1 ? type : first;
        const expr = this.fieldOf(owner, first, group.nodes, binding);
        if (expr !== null) branches.push({ types: group.types, expr });
      }
      if (branches.length === 0) continue;
      const coversAll = branches.length === 1 && branches[0]!.types.length === possible.length;
      if (coversAll) {
        entries.push(`\`${key}\`: ${branches[0]!.expr}`);
      } else {
        const cases = branches.map(({ types, expr }) => {
          const condition = types
            .map((t) => {
              const spec = this.spec(t.name);
              if (!spec.condition) throw new TranslationError(`${t.name} has no type condition`);
              return spec.condition(binding);
            })
            .join(' OR ');
          return `WHEN ${condition} THEN ${expr}`;
        });
        entries.push(`\`${key}\`: CASE ${cases.join(' ')} END`);
      }
    }
    return `{${entries.join(', ')}}`;
  }

  private fieldOf(
    owner: GraphQLNamedType,
    concrete: GraphQLObjectType,
    nodes: FieldNode[],
    binding: Binding,
  ): string | null {
    const node = nodes[0]!;
    const name = node.name.value;
    if (name.startsWith('__')) return null; // __typename is answered by graphql-js itself
    const ownerFields: Record<string, GraphQLField<unknown, unknown>> = isObjectType(owner) || isInterfaceType(owner)
      ? owner.getFields()
      : {};
    const def = ownerFields[name] ?? concrete.getFields()[name];
    if (!def) throw new TranslationError(`${concrete.name}.${name} does not exist`);
    const spec = this.spec(owner.name).fields[name] ?? this.spec(concrete.name).fields[name];
    if (!spec) throw new TranslationError(`No spec for ${owner.name}.${name}`);
    return this.fieldExpr(def.type, nodes, spec, binding, this.args(def, node));
  }

  private spec(name: string): TypeSpec {
    const spec = this.specs[name];
    if (!spec) throw new TranslationError(`No spec for type ${name}`);
    return spec;
  }

  /** Fields selected on a value whose runtime type is `type`, by response key (like graphql-js' collectFields). */
  collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): FieldMap {
    const out: FieldMap = new Map();
    const visited = new Set<string>();
    const walk = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!this.included(selection)) continue;
        switch (selection.kind) {
          case Kind.FIELD: {
            const key = selection.alias?.value ?? selection.name.value;
            const list = out.get(key);
            if (list) list.push(selection);
            else out.set(key, [selection]);
            break;
          }
          case Kind.INLINE_FRAGMENT:
            if (this.applies(selection.typeCondition?.name.value, type)) walk(selection.selectionSet);
            break;
          case Kind.FRAGMENT_SPREAD: {
            const name = selection.name.value;
            if (visited.has(name)) break;
            visited.add(name);
            const fragment = this.ctx.fragments[name];
            if (fragment && this.applies(fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
            break;
          }
        }
      }
    };
    for (const set of sets) walk(set);
    return out;
  }

  private included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.ctx.variableValues);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.ctx.variableValues);
    return include?.if !== false;
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.ctx.schema.getType(condition);
    return (
      conditionType !== undefined &&
      conditionType !== null &&
      isAbstractType(conditionType) &&
      this.ctx.schema.isSubType(conditionType, type)
    );
  }
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
