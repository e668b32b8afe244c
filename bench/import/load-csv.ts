// The LOAD CSV comparator: the server reads the CSV files from its import folder itself,
// committing every `batchSize` rows with CALL { } IN TRANSACTIONS, after the same schema
// step the driver importer runs. Nodes first, then relationships, as there.
import type { Driver } from 'neo4j-driver';
import type { PropertySpec } from '../../src/bulk-import/manifest.js';
import type { CsvDataset } from './csv-export.js';
import { ARRAY_DELIMITER } from './csv-export.js';

function column(name: string): string {
  return `row.\`${name}\``;
}

function valueExpression(p: PropertySpec): string {
  const raw = column(p.type === 'string' ? p.name : `${p.name}:${p.type}`);
  switch (p.type) {
    case 'int':
      return `toInteger(${raw})`;
    case 'float':
      return `toFloat(${raw})`;
    case 'boolean':
      return `toBoolean(${raw})`;
    case 'string[]':
      return `split(${raw}, '${ARRAY_DELIMITER}')`;
    default:
      return raw;
  }
}

function assignments(variable: string, properties: PropertySpec[]): string {
  return properties.length === 0
    ? ''
    : ` SET ${properties.map((p) => `${variable}.\`${p.name}\` = ${valueExpression(p)}`).join(', ')}`;
}

export function loadCsvStatements(
  csv: CsvDataset,
  urlPrefix: string,
  batchSize: number,
): { file: string; statement: string }[] {
  const statements: { file: string; statement: string }[] = [];
  for (const f of csv.nodes) {
    const extra = f.extraLabels.map((l) => `:\`${l}\``).join('');
    statements.push({
      file: f.file,
      statement:
        `LOAD CSV WITH HEADERS FROM '${urlPrefix}/${f.file}' AS row CALL (row) { ` +
        `MERGE (n:\`${f.label}\` {id: ${column('id:ID')}})${assignments('n', f.properties)}${extra ? ` SET n${extra}` : ''}` +
        ` } IN TRANSACTIONS OF ${batchSize} ROWS`,
    });
  }
  for (const f of csv.relationships) {
    statements.push({
      file: f.file,
      statement:
        `LOAD CSV WITH HEADERS FROM '${urlPrefix}/${f.file}' AS row CALL (row) { ` +
        `MATCH (a:\`${f.fromLabel}\` {id: ${column(':START_ID')}}) MATCH (b:\`${f.toLabel}\` {id: ${column(':END_ID')}}) ` +
        `MERGE (a)-[r:\`${f.type}\`]->(b)${assignments('r', f.properties)}` +
        ` } IN TRANSACTIONS OF ${batchSize} ROWS`,
    });
  }
  return statements;
}

export async function runLoadCsv(
  driver: Driver,
  database: string,
  csv: CsvDataset,
  urlPrefix: string,
  batchSize: number,
): Promise<{ nodeSeconds: number; relationshipSeconds: number }> {
  const session = driver.session({ database });
  try {
    const started = performance.now();
    let nodesDone = started;
    for (const { file, statement } of loadCsvStatements(csv, urlPrefix, batchSize)) {
      if (file.startsWith('relationships') && nodesDone === started) nodesDone = performance.now();
      await session.run(statement);
    }
    const finished = performance.now();
    return { nodeSeconds: (nodesDone - started) / 1000, relationshipSeconds: (finished - nodesDone) / 1000 };
  } finally {
    await session.close();
  }
}
