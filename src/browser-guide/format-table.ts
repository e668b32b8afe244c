// The guide check's report: one line per query, readable in a terminal and in CI logs.
import { describeExpected, type QueryCheck } from './check-queries.js';

const MAX_CELL = 60;

function cell(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

export function formatCheckTable(checks: QueryCheck[]): string {
  const header = ['slide', 'query', 'expected', 'actual', 'result'];
  const rows = checks.map((c) => [
    String(c.query.slide),
    c.query.name,
    cell(describeExpected(c.query)),
    cell(c.actual),
    c.status === 'ok' ? 'ok' : c.status.toUpperCase(),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const c of checks) {
    if (c.message) lines.push(`  ${c.query.name} (slide ${c.query.slide}): ${c.message}`);
  }
  return lines.join('\n');
}
