// The neo4j-admin comparator: `neo4j-admin database import full` writes store files
// directly, which only works offline. It runs against a throwaway server home next to the
// benchmark's own (same jars, no server started on it), so the running database is left
// alone; the store it writes is deleted afterwards. It builds no indexes: the schema
// would be created when a server first opens the store, which this timing leaves out.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distributionPaths } from '../../src/local-neo4j/distribution.js';
import { ARRAY_DELIMITER, type CsvDataset } from './csv-export.js';

export interface AdminImportResult {
  /** Process start to exit, JVM start included. */
  wallSeconds: number;
  /** What the tool reports as its own total ("IMPORT DONE in …"). */
  toolSeconds: number;
  /** Its node stage. */
  nodeSeconds: number;
  /** Its relationship stages (import, linking) and post-processing. */
  relationshipSeconds: number;
  nodes: number;
  relationships: number;
  output: string;
}

/** "1m 2s 345ms", "16s 749ms", "864ms" → seconds. */
function parseDuration(text: string | undefined): number {
  if (!text) return NaN;
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/(\d+)(ms|s|m|h)\b/g)) {
    seconds += Number(value) * { ms: 0.001, s: 1, m: 60, h: 3600 }[unit as 'ms' | 's' | 'm' | 'h'];
  }
  return seconds;
}

export function adminImportArguments(csv: CsvDataset, reportFile: string): string[] {
  return [
    'database',
    'import',
    'full',
    ...csv.nodes.map((f) => `--nodes=${[f.label, ...f.extraLabels].join(':')}=${join(csv.dir, f.file)}`),
    ...csv.relationships.map((f) => `--relationships=${f.type}=${join(csv.dir, f.file)}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    // Document texts span lines; the v2 format lets the other files keep the fast path.
    '--multiline-fields-format=v2',
    `--multiline-fields=${
      csv.nodes
        .filter((f) => f.label === 'Document')
        .map((f) => join(csv.dir, f.file))
        .join(',') || 'none'
    }`,
    '--overwrite-destination=true',
    '--threads=2',
    // It writes a report of bad entries to the working directory unless told where.
    `--report-file=${reportFile}`,
    'neo4j',
  ];
}

export async function runAdminImport(
  localDir: string,
  csv: CsvDataset,
  log: (line: string) => void,
): Promise<AdminImportResult> {
  const home = join(localDir, 'admin-import-home');
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, 'conf'), { recursive: true });
  symlinkSync(distributionPaths(localDir).lib, join(home, 'lib'), 'dir');
  writeFileSync(
    join(home, 'conf', 'neo4j.conf'),
    '# Throwaway home for the neo4j-admin import benchmark.\nserver.memory.pagecache.size=1g\n',
  );
  const args = [
    '-Xmx2g',
    '-cp',
    `${join(home, 'lib')}/*`,
    'org.neo4j.server.startup.Neo4jAdminCommand',
    ...adminImportArguments(csv, join(home, 'import.report')),
  ];
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf'), HEAP_SIZE: '2g' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`neo4j-admin import exited ${code}:\n${text.slice(-3000)}`)),
    );
  });
  const wallSeconds = (performance.now() - started) / 1000;
  rmSync(home, { recursive: true, force: true });
  // "IMPORT DONE in 9s 91ms. Imported: 21615 nodes 160127 relationships 218485 properties"
  const counts = /Imported:\s*(\d+) nodes\s+(\d+) relationships/.exec(output);
  if (!counts) log(`neo4j-admin said:\n${output.slice(-2000)}`);
  const toolSeconds = parseDuration(/IMPORT DONE in ([^.]+)\./.exec(output)?.[1]);
  const nodeSeconds = parseDuration(/Node import COMPLETED in (.+)/.exec(output)?.[1]);
  return {
    wallSeconds,
    toolSeconds,
    nodeSeconds,
    relationshipSeconds: toolSeconds - nodeSeconds,
    nodes: Number(counts?.[1] ?? NaN),
    relationships: Number(counts?.[2] ?? NaN),
    output,
  };
}
