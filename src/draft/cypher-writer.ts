// Writes a draft as an article facts script in the project's own style: MERGE on ids,
// one statement per fact with a comment giving its confidence, review items marked, and
// each (source, quote) pair added as a set-union so a re-run adds nothing and no other
// article's pairs are touched.
import { cypherString, cypherValue } from '../graph-import/cypher-literal.js';
import { relationshipType } from '../model/relationship-types.js';
import type { Draft, DraftFact } from './types.js';
import { labelOf } from './types.js';

/** A rule name inside a `//` comment: anything but word characters, ':' and '-' is dropped, so no name can end the comment. */
function commentSafe(name: string | undefined): string {
  return (name ?? 'unnamed').replace(/[^\w:-]/g, '') || 'unnamed';
}

function pairsUnion(variable: string, docId: string, quotes: string[]): string[] {
  return [
    `WITH ${variable}, [`,
    quotes.map((q) => `  [${cypherString(docId)}, ${cypherString(q)}]`).join(',\n'),
    '] AS pairs',
    `WITH ${variable}, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(${variable}.sources, [])) - 1) | [${variable}.sources[k], ${variable}.evidence[k]]]] AS added`,
    `SET ${variable}.sources = coalesce(${variable}.sources, []) + [p IN added | p[0]],`,
    `    ${variable}.evidence = coalesce(${variable}.evidence, []) + [p IN added | p[1]]`,
  ];
}

/**
 * The MERGE of a fact's relationship, keyed as the registry says. Year-keyed facts are keyed by
 * their year; one with no year is the single undated relationship of its pair, never a dated
 * one (the convention of the curated article scripts). The type is interpolated into the
 * script, so only a type the registry knows is ever written.
 */
function mergeRelationship(f: DraftFact): string[] {
  const known = relationshipType(f.type);
  if (known === undefined) {
    throw new Error(`${f.type} is not a relationship type of the model (src/model/relationship-types.ts).`);
  }
  const type = known.type;
  if (!known.yearKeyed) return [`MERGE (a)-[r:${type}]->(b)`];
  if (f.properties.year !== null && f.properties.year !== undefined) {
    return [`MERGE (a)-[r:${type} {year: ${cypherValue(f.properties.year)}}]->(b)`];
  }
  return [
    `// No year stated: the one ${type} of the two without a year, never a dated one.`,
    `OPTIONAL MATCH (a)-[undated:${type}]->(b) WHERE undated.year IS NULL`,
    `FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:${type}]->(b))`,
    'WITH DISTINCT a, b',
    `MATCH (a)-[r:${type}]->(b) WHERE r.year IS NULL`,
  ];
}

export function renderDraftCypher(draft: Draft): string {
  const { document: doc } = draft;
  const reviewFor = new Map<string, string[]>();
  for (const r of draft.review) reviewFor.set(r.about, [...(reviewFor.get(r.about) ?? []), r.reason]);
  const inScript = new Set([
    ...draft.facts.flatMap((f) => [f.from, f.to]),
    ...draft.indicators.map((i) => i.subject),
    ...draft.entities.filter((e) => e.existing).map((e) => e.id),
  ]);
  const lines: string[] = [
    `// Facts of article ${doc.id}, ${JSON.stringify(doc.title)} (${doc.date ?? 'no date'}).`,
    '// DRAFTED by `npm run draft`: every statement is a proposal with its confidence; lines marked',
    "// REVIEW need a person's decision. Each fact adds its own (source, quote) pairs as a set-union,",
    "// so running this script twice changes nothing and no other article's evidence is removed.",
    '',
  ];
  const newEntities = draft.entities.filter((e) => !e.existing && inScript.has(e.id));
  if (newEntities.length > 0)
    lines.push('// ---------------------------------------------------------------- new entities', '');
  for (const e of newEntities) {
    lines.push(`// ${e.kind}, confidence ${e.confidence}`);
    for (const r of reviewFor.get(e.id) ?? []) lines.push(`// REVIEW: ${r}`);
    lines.push(
      `MERGE (n:${labelOf(e.kind)} {id: ${cypherString(e.id)}})`,
      `SET n:Entity, n.name = coalesce(n.name, ${cypherString(e.name)}),`,
      `    n.aliases = coalesce(n.aliases, []) + [a IN ${cypherValue(e.aliases)} WHERE NOT a IN coalesce(n.aliases, [])];`,
      '',
    );
  }
  const newAliases = draft.entities.filter((e) => e.existing && e.aliases.length > 0);
  const aliasStatements: string[] = [];
  for (const e of newAliases) {
    const reasons = reviewFor.get(e.id) ?? [];
    if (!reasons.some((r) => r.startsWith('New spelling'))) continue;
    aliasStatements.push(
      `// new surface forms of an existing ${e.kind.toLowerCase()}; REVIEW: ${reasons.join(' ')}`,
      `MATCH (n:Entity {id: ${cypherString(e.id)}})`,
      `SET n.aliases = n.aliases + [a IN ${cypherValue(e.aliases)} WHERE NOT a IN n.aliases];`,
      '',
    );
  }
  if (aliasStatements.length > 0)
    lines.push('// ---------------------------------------------------------------- aliases', '', ...aliasStatements);

  const mentioned = draft.entities.filter((e) => inScript.has(e.id)).map((e) => e.id);
  lines.push(
    '// ---------------------------------------------------------------- mentions',
    `MATCH (d:Document {id: ${cypherString(doc.id)}})`,
    `UNWIND ${cypherValue(mentioned)} AS entityId`,
    'MATCH (e:Entity {id: entityId})',
    'MERGE (d)-[:MENTIONS]->(e);',
    '',
  );

  if (draft.facts.length > 0)
    lines.push('// ---------------------------------------------------------------- facts', '');
  for (const f of draft.facts) {
    const about = `${f.from} -[${f.type}]-> ${f.to}`;
    lines.push(`// ${f.type}, confidence ${f.confidence}, rule ${commentSafe(f.rule)}`);
    for (const r of reviewFor.get(about) ?? []) lines.push(`// REVIEW: ${r}`);
    const props = Object.entries(f.properties).filter(
      ([k, v]) => v !== null && !(k === 'year' && relationshipType(f.type)?.yearKeyed === true),
    );
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(f.from)}})`,
      `MATCH (b:Entity {id: ${cypherString(f.to)}})`,
      ...mergeRelationship(f),
      ...(props.length > 0 ? [`SET ${props.map(([k, v]) => `r.${k} = ${cypherValue(v)}`).join(', ')}`] : []),
      ...pairsUnion('r', doc.id, f.evidence),
    );
    lines[lines.length - 1] += ';';
    lines.push('');
  }

  if (draft.indicators.length > 0)
    lines.push('// ---------------------------------------------------------------- figures', '');
  for (const i of draft.indicators) {
    lines.push(`// Indicator, confidence ${i.confidence}, rule ${commentSafe(i.rule)}`);
    for (const r of reviewFor.get(i.id) ?? []) lines.push(`// REVIEW: ${r}`);
    lines.push(
      `MERGE (i:Indicator {id: ${cypherString(i.id)}})`,
      `SET i.name = ${cypherString(i.name)}, i.value = ${cypherValue(i.value)}, i.unit = ${cypherValue(i.unit)},`,
      `    i.year = ${cypherValue(i.year)}, i.change = ${cypherValue(i.change)}`,
      ...pairsUnion('i', doc.id, i.evidence),
      'WITH i',
      `MATCH (s:Entity {id: ${cypherString(i.subject)}})`,
      'MERGE (s)-[r:REPORTED]->(i)',
      'SET r.sources = i.sources, r.evidence = i.evidence;',
      '',
    );
  }
  return lines.join('\n');
}
