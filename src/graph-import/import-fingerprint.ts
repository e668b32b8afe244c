// "Does the database already hold exactly the graph of the current scripts?" A SHA-256 of
// everything an import reads (cypher/, data/, and the name-key rules the importer applies)
// is stored in the graph by a successful import, in one `:ImportState` node, and removed
// when an import starts, so an interrupted or refused import never leaves a stale match.
// `npm start` compares it and skips an import that would change nothing;
// `npm run import` always imports. Beside it the node keeps a hash of every statement of
// every script (the statement manifest), so that `import --if-changed` can tell an addition
// (an accepted article: a new script, a new statement in the documents script) from an edit,
// and import only what was added.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { IGNORED_CHARACTERS } from '../model/name-key.js';

/** The label of the one node holding the fingerprint; no domain query or rule looks at it. */
export const IMPORT_STATE_LABEL = 'ImportState';

/** Bump when the importer itself changes what it writes for the same scripts. */
const IMPORTER_FORMAT = 'import-v1';

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return []; // no data/ folder: nothing of it to fingerprint
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** SHA-256 (hex) over the importer format, the name-key rules and every file of `cypherDir` and `dataDir`. */
export function importFingerprint(cypherDir: string, dataDir: string): string {
  const hash = createHash('sha256');
  hash.update(`${IMPORTER_FORMAT}\0${JSON.stringify(IGNORED_CHARACTERS)}\0`);
  for (const [tag, dir] of [
    ['cypher', cypherDir],
    ['data', dataDir],
  ] as const) {
    for (const path of filesUnder(dir).sort()) {
      hash.update(`${tag}/${relative(dir, path)}\0`);
      hash.update(readFileSync(path));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

export async function readImportState(driver: Driver, database: string): Promise<string | null> {
  const { records } = await driver.executeQuery(
    `MATCH (s:${IMPORT_STATE_LABEL}) RETURN s.fingerprint AS fingerprint LIMIT 1`,
    {},
    { database, routing: 'READ' },
  );
  return (records[0]?.get('fingerprint') as string | undefined) ?? null;
}

export async function clearImportState(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(`MATCH (s:${IMPORT_STATE_LABEL}) DELETE s`, {}, { database });
}

/** Per script (file name): the SHA-256 of its text and of each of its statements, in order. */
export type StatementManifest = Record<string, { hash: string; statements: string[] }>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The statement hashes are shortened: they tell statements of one script apart, nothing more. */
export function statementHash(text: string): string {
  return sha256(text).slice(0, 20);
}

export async function readImportManifest(driver: Driver, database: string): Promise<StatementManifest | null> {
  const { records } = await driver.executeQuery(
    `MATCH (s:${IMPORT_STATE_LABEL}) RETURN s.statements AS statements LIMIT 1`,
    {},
    { database, routing: 'READ' },
  );
  const json = records[0]?.get('statements') as string | null | undefined;
  return typeof json === 'string' ? (JSON.parse(json) as StatementManifest) : null;
}

export async function writeImportState(
  driver: Driver,
  database: string,
  fingerprint: string,
  manifest: StatementManifest | null = null,
): Promise<void> {
  await driver.executeQuery(
    `MATCH (s:${IMPORT_STATE_LABEL}) DELETE s WITH count(*) AS cleared
     CREATE (:${IMPORT_STATE_LABEL} {fingerprint: $fingerprint, statements: $statements})`,
    { fingerprint, statements: manifest === null ? null : JSON.stringify(manifest) },
    { database },
  );
}
