// Reads the article a person wants drafted and refuses, with a message they can act on,
// anything that is not one: a missing path, a directory, an empty, binary, non-UTF-8 or
// oversized file, or a text the corpus already holds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { corpusFiles, readCorpusText } from '../corpus/corpus.js';
import type { DraftDocument } from './types.js';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Bad input: the CLI prints the message and exits 2 without writing anything. */
export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

export interface ArticleOptions {
  title?: string | undefined;
  date?: string | undefined;
  /** For the leave-one-out eval only: draft a corpus article again after withdrawing it. */
  allowCorpusText?: boolean;
  /** Drafts already numbered in this batch: the document number counts on from the corpus's next by this many. */
  numberOffset?: number;
}

/** Reads and checks the file; returns its text decoded as UTF-8, unchanged. */
export function readArticleFile(path: string): string {
  if (!existsSync(path)) throw new DraftInputError(`No such file: ${path}. Give the path of a UTF-8 text file.`);
  const stat = statSync(path);
  if (stat.isDirectory())
    throw new DraftInputError(`${path} is a directory. Give the path of one article (a UTF-8 text file).`);
  if (!stat.isFile()) throw new DraftInputError(`${path} is not a regular file. Give a UTF-8 text file.`);
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new DraftInputError(
      `${path} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; an article may be at most 1 MB. Split it or give the article alone.`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    throw new DraftInputError(`${path} looks binary (it contains NUL bytes). Give the article as plain UTF-8 text.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DraftInputError(`${path} is not valid UTF-8. Save the article as UTF-8 text and try again.`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new DraftInputError(`${path} is empty. Give a file that holds the article's text.`);
  return text;
}

const comparable = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** The id of the corpus article with the same text, if any. */
export function findInCorpus(root: string, text: string): string | null {
  const wanted = comparable(text);
  for (const file of corpusFiles(root, 'article')) {
    if (comparable(readCorpusText(root, 'article', file)) === wanted) return basename(file, '.txt');
  }
  return null;
}

/**
 * The corpus's id scheme: `NNN_<16 hex>`, the next free three-digit number and the start of
 * the SHA-256 of the text, so the same text always gets the same hash part.
 */
export function nextDocumentId(root: string, text: string, offset = 0): string {
  const numbers = corpusFiles(root, 'article')
    .map((f) => /^(\d{3})_/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const next = (numbers.length === 0 ? 0 : Math.max(...numbers) + 1) + offset;
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  return `${String(next).padStart(3, '0')}_${hash}`;
}

/**
 * A date stated in the article's header lines (e.g. "2022-08-04 13:48", "Date: 2023-11-08"), as
 * the corpus derives them.
 */
function headerDate(text: string): { date: string; derivation: string } | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4);
  for (const line of lines) {
    const m = /^(?:(?:Date|Published|Release\s+date)\s*:\s*)?(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2})?$/i.exec(line);
    if (m?.[1]) return { date: m[1], derivation: `stated in article header: '${line}'` };
  }
  return null;
}

export function describeDocument(
  root: string,
  file: string,
  text: string,
  options: ArticleOptions = {},
): DraftDocument {
  const existing = options.allowCorpusText ? null : findInCorpus(root, text);
  if (existing) {
    throw new DraftInputError(
      `This text is already in the corpus as ${existing} (data/articles/${existing}.txt). Nothing to draft.`,
    );
  }
  if (options.date !== undefined && !ISO_DATE.test(options.date)) {
    throw new DraftInputError(`--date must be YYYY-MM-DD or YYYY, not ${JSON.stringify(options.date)}.`);
  }
  if (options.title !== undefined && options.title.trim() === '') {
    throw new DraftInputError('--title is empty. Give the article title, or leave --title out to use the first line.');
  }
  const firstLine =
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  const title = options.title?.trim() ?? firstLine;
  const stated = headerDate(text);
  let date: string | null = null;
  let dateDerivation = 'none: the article states no date in its header and none was given';
  if (options.date) {
    date = options.date;
    dateDerivation = `given by the person who drafted it (--date ${options.date})`;
  } else if (stated) {
    date = stated.date;
    dateDerivation = stated.derivation;
  }
  return {
    id: nextDocumentId(root, text, options.numberOffset ?? 0),
    title,
    date,
    dateDerivation,
    file: basename(file),
    text,
  };
}
