// Reads the guide's HTML the way Neo4j Browser does: slides are <slide> elements, a
// runnable block is a <pre class="… runnable"> whose text content is what Browser puts in
// its editor. Next to each block the guide states its expected result in a
// <p class="expected-result" data-rows=… data-column=… data-value=…> (the neo4j-graph-examples
// "expected result" idea, kept machine-readable); this module pairs them up.

export interface ExpectedResult {
  /** Exact number of rows. */
  rows?: number;
  /** Column of the first row whose value is checked, with `value`. */
  column?: string;
  value?: unknown;
  /** What the guide tells the reader, as plain text. */
  statement: string;
}

export interface GuideQuery {
  /** The block's `data-query` name, unique in the guide. */
  name: string;
  /** 1-based slide number and the slide's heading. */
  slide: number;
  slideTitle: string;
  /** Exactly what Browser runs: the block's text content, trimmed. */
  text: string;
  /** Cypher runs against the database; a `:command` is for Browser itself. */
  kind: 'cypher' | 'browser-command';
  expected?: ExpectedResult;
}

export class GuideFormatError extends Error {
  override name = 'GuideFormatError';
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** An element's text content: tags dropped, entities decoded (as the DOM's textContent). */
export function textContent(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

function hasClass(attrs: Record<string, string>, name: string): boolean {
  return (attrs.class ?? '').split(/\s+/).includes(name);
}

/** `data-value` is JSON when it parses as JSON (numbers, lists, null), else plain text. */
function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function parseExpected(attrs: Record<string, string>, body: string, where: string): ExpectedResult {
  const expected: ExpectedResult = { statement: textContent(body).replace(/\s+/g, ' ').trim() };
  if (attrs['data-rows'] !== undefined) {
    const rows = Number(attrs['data-rows']);
    if (!Number.isInteger(rows) || rows < 0)
      throw new GuideFormatError(`${where}: data-rows="${attrs['data-rows']}" is not a row count.`);
    expected.rows = rows;
  }
  if ((attrs['data-column'] === undefined) !== (attrs['data-value'] === undefined)) {
    throw new GuideFormatError(`${where}: data-column and data-value go together.`);
  }
  if (attrs['data-column'] !== undefined) {
    expected.column = attrs['data-column'];
    expected.value = parseValue(attrs['data-value']!);
  }
  if (expected.rows === undefined && expected.column === undefined) {
    throw new GuideFormatError(`${where}: an expected result needs data-rows, or data-column with data-value.`);
  }
  return expected;
}

/** How a checked value must appear in the guide's own words. */
function displayForms(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(displayForms);
  return [value === null ? 'null' : String(value)];
}

/** The reader sees the same expectation the checker tests. */
function assertStated(expected: ExpectedResult, where: string): void {
  const text = expected.statement;
  if (expected.rows !== undefined && !new RegExp(`\\b${expected.rows} rows?\\b`).test(text)) {
    throw new GuideFormatError(
      `${where}: the text does not say "${expected.rows} row${expected.rows === 1 ? '' : 's'}": "${text}"`,
    );
  }
  for (const form of expected.column === undefined ? [] : displayForms(expected.value)) {
    if (!text.includes(form))
      throw new GuideFormatError(
        `${where}: the text does not mention the expected ${expected.column} "${form}": "${text}"`,
      );
  }
}

export function extractGuideQueries(html: string): GuideQuery[] {
  const queries: GuideQuery[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const slides = [...withoutComments.matchAll(/<slide\b[^>]*>([\s\S]*?)<\/slide>/g)].map((m) => m[1]!);
  if (slides.length === 0) throw new GuideFormatError('The guide has no <slide> elements.');

  slides.forEach((slide, index) => {
    const slideTitle = textContent(/<h3\b[^>]*>([\s\S]*?)<\/h3>/.exec(slide)?.[1] ?? `slide ${index + 1}`).trim();
    let last: GuideQuery | undefined;
    for (const m of slide.matchAll(/<pre\b([^>]*)>([\s\S]*?)<\/pre>|<p\b([^>]*)>([\s\S]*?)<\/p>/g)) {
      if (m[1] !== undefined) {
        const attrs = attributes(m[1]);
        if (!hasClass(attrs, 'runnable')) continue;
        const text = textContent(m[2]!).trim();
        const where = `slide ${index + 1} ("${slideTitle}")`;
        if (!attrs['data-query'])
          throw new GuideFormatError(`${where}: a runnable block has no data-query name: ${text.slice(0, 60)}…`);
        last = {
          name: attrs['data-query'],
          slide: index + 1,
          slideTitle,
          text,
          kind: text.startsWith(':') ? 'browser-command' : 'cypher',
        };
        queries.push(last);
      } else {
        const attrs = attributes(m[3]!);
        if (!hasClass(attrs, 'expected-result')) continue;
        const where = `slide ${index + 1}, after ${last ? `"${last.name}"` : 'no query'}`;
        if (!last || last.expected)
          throw new GuideFormatError(`${where}: an expected result must follow its own runnable block.`);
        last.expected = parseExpected(attrs, m[4]!, where);
        assertStated(last.expected, `query "${last.name}"`);
      }
    }
  });

  const seen = new Set<string>();
  for (const q of queries) {
    if (seen.has(q.name)) throw new GuideFormatError(`Two runnable blocks are named "${q.name}".`);
    seen.add(q.name);
    if (q.kind === 'cypher' && !q.expected)
      throw new GuideFormatError(`Query "${q.name}" (slide ${q.slide}) states no expected result.`);
  }
  return queries;
}

/**
 * Neo4j Browser strips scripts, `on…=` attributes and `javascript:` links from remote
 * guides before rendering. A guide that such cleaning would change shows the reader
 * something other than what was checked (e.g. Cypher with ` only = ` in it).
 */
export function changedByBrowserSanitizer(html: string): boolean {
  const cleaned = html
    .replace(/(\s+(on[^\s=]+)[^\s=]*\s*=\s*("[^"]*"|'[^']*'|[\w\-.:]+\s*))/gi, '')
    .replace(/<script\b[^<]*(?:(?!<\/script>)<[^<]*)*(<\/script>)?/gi, '')
    .replace(/href=".*javascript:[^"]*"/, 'href=""')
    .replace(/href='.*javascript:[^']*'/, "href=''");
  return cleaned !== html;
}
