// The corpus the graph cites: the source articles (data/articles/) and the project's
// own reference notes (data/reference/), plus the editorial metadata kept beside them
// (data/corpus.json: each document's date and how that date was derived).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type DocumentKind = 'article' | 'reference';

export interface CorpusDocument {
  /** File name stem, e.g. `000_78ef79e541532cd8`. */
  id: string;
  kind: DocumentKind;
  /** File name inside its folder. */
  file: string;
  /** First line of the text. */
  title: string;
  /** ISO 8601 date (possibly reduced precision such as `2017`), or null when nothing implies one. */
  date: string | null;
  dateDerivation: string;
  /** The file's content, decoded as UTF-8, unchanged. */
  text: string;
}

interface DocumentMetadata {
  date: string | null;
  dateDerivation: string;
}

export const CORPUS_FOLDERS: Record<DocumentKind, string> = {
  article: join('data', 'articles'),
  reference: join('data', 'reference'),
};
export const CORPUS_METADATA_FILE = join('data', 'corpus.json');

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** Text files of one corpus folder, in file-name order. */
export function corpusFiles(root: string, kind: DocumentKind): string[] {
  const dir = join(root, CORPUS_FOLDERS[kind]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readCorpusText(root: string, kind: DocumentKind, file: string): string {
  return readFileSync(join(root, CORPUS_FOLDERS[kind], file), 'utf8');
}

function readMetadata(root: string): Record<string, DocumentMetadata> {
  const path = join(root, CORPUS_METADATA_FILE);
  if (!existsSync(path))
    throw new CorpusError(`${CORPUS_METADATA_FILE} is missing: it holds each document's date and dateDerivation.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, DocumentMetadata>;
}

/** Every corpus document, articles first, each in file-name order. */
export function loadCorpus(root: string): CorpusDocument[] {
  const metadata = readMetadata(root);
  const docs: CorpusDocument[] = [];
  for (const kind of ['article', 'reference'] as const) {
    for (const file of corpusFiles(root, kind)) {
      const id = basename(file, '.txt');
      const meta = metadata[id];
      if (!meta) {
        throw new CorpusError(
          `${CORPUS_FOLDERS[kind]}/${file} has no entry in ${CORPUS_METADATA_FILE}. Add "${id}": { "date": …, "dateDerivation": … } there.`,
        );
      }
      if (meta.date !== null && !ISO_DATE.test(meta.date)) {
        throw new CorpusError(
          `${CORPUS_METADATA_FILE}: "${id}".date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null, not ${JSON.stringify(meta.date)}.`,
        );
      }
      if (!meta.dateDerivation) {
        throw new CorpusError(
          `${CORPUS_METADATA_FILE}: "${id}".dateDerivation must say how the date was derived (or why there is none).`,
        );
      }
      const text = readCorpusText(root, kind, file);
      const title = text.split('\n', 1)[0]?.trim() ?? '';
      if (!title) throw new CorpusError(`${CORPUS_FOLDERS[kind]}/${file}: the first line (the title) is empty.`);
      docs.push({ id, kind, file, title, date: meta.date, dateDerivation: meta.dateDerivation, text });
    }
  }
  const unused = Object.keys(metadata).filter((id) => !docs.some((d) => d.id === id));
  if (unused.length > 0) {
    throw new CorpusError(
      `${CORPUS_METADATA_FILE} describes documents with no file: ${unused.join(', ')}. Remove those entries or add the files.`,
    );
  }
  return docs;
}
