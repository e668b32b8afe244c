// `npm run draft -- <folder | files…>`: drafts many articles in one run. Each article is
// drafted as `npm run draft` drafts one (same checks, same three files); a failure in one
// is reported and the rest are drafted. Within the batch, an entity new in one article and
// named in a later one is one entity (the later draft resolves against the graph plus the
// earlier drafts' new entities, and keeps their id), and the same text twice is drafted once.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GraphEntity } from './graph-names.js';
import { DraftInputError, readArticleFile } from './input.js';
import { runDraft, type DraftResult, type RunDraftOptions } from './run-draft.js';

export interface BatchRow {
  file: string;
  result?: DraftResult;
  error?: string;
}

/** The article files of the arguments: a folder gives its `*.txt` files (sorted), a file itself. */
export function batchFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Not there: readArticleFile names it in the row's error.
    }
    if (isDir) {
      const txt = readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      if (txt.length === 0)
        throw new DraftInputError(`${p} holds no .txt articles. Put one article per .txt file in it.`);
      out.push(...txt.map((f) => join(p, f)));
    } else out.push(p);
  }
  return out;
}

/** The new entities of a draft, as candidates for the batch's later drafts. */
function newEntitiesOf(result: DraftResult): GraphEntity[] {
  const inScript = new Set(result.draft.facts.flatMap((f) => [f.from, f.to]));
  for (const i of result.draft.indicators) inScript.add(i.subject);
  return result.draft.entities
    .filter((e) => !e.existing && inScript.has(e.id))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      places: [],
      fromDraft: result.draft.document.id,
    }));
}

export async function runBatch(
  files: string[],
  options: Omit<RunDraftOptions, 'log' | 'title'>,
  progress: (done: number, total: number, file: string) => void,
): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  const seen = new Map<string, string>();
  const batchEntities: GraphEntity[] = [];
  for (const [i, file] of files.entries()) {
    progress(i, files.length, basename(file));
    try {
      const text = readArticleFile(file);
      const hash = createHash('sha256').update(text, 'utf8').digest('hex');
      const first = seen.get(hash);
      if (first) throw new DraftInputError(`The same text as ${first}, drafted once already in this batch.`);
      seen.set(hash, basename(file));
      const result = await runDraft(file, {
        ...options,
        numberOffset: rows.filter((r) => r.result).length,
        batchEntities,
      });
      batchEntities.push(...newEntitiesOf(result));
      rows.push({ file, result });
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      rows.push({ file, error: error.message.split('\n')[0] ?? error.message });
    }
  }
  progress(files.length, files.length, '');
  return rows;
}

/** The summary: one line per article (entities, facts, figures, review items, time, validation), failures with their reason. */
export function renderBatchTable(rows: BatchRow[]): string {
  const header = ['article', 'draft', 'entities (new)', 'facts', 'figures', 'review items', 's', 'result'];
  const lines = rows.map((r) => {
    const d = r.result?.draft;
    if (!d || !r.result) return [basename(r.file), '—', '—', '—', '—', '—', '—', `FAILED: ${r.error ?? ''}`];
    return [
      basename(r.file),
      d.document.id,
      `${d.entities.length} (${d.entities.filter((e) => !e.existing).length})`,
      String(d.facts.length),
      String(d.indicators.length),
      String(d.review.length),
      (r.result.millis / 1000).toFixed(1),
      d.validation.valid ? 'valid' : `${d.validation.violations.length} violation(s)`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
