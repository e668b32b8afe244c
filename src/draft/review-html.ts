// The review page: a static HTML file that shows the article with each proposed fact's
// quote marked, and the items that need a person's decision. Everything from the article
// or the draft is escaped; the page loads nothing from the network.
import type { Draft } from './types.js';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

interface Mark {
  start: number;
  end: number;
  label: string;
  n: number;
}

/** Non-overlapping marks of quotes in the text (a quote inside an earlier mark is listed, not marked twice). */
function marks(text: string, quotes: Array<{ quote: string; label: string }>): Mark[] {
  const out: Mark[] = [];
  quotes.forEach((q, n) => {
    const start = text.indexOf(q.quote);
    if (start < 0) return;
    const end = start + q.quote.length;
    if (out.some((m) => start < m.end && m.start < end)) return;
    out.push({ start, end, label: q.label, n: n + 1 });
  });
  return out.sort((a, b) => a.start - b.start);
}

export function renderReviewHtml(draft: Draft): string {
  const { document: doc, validation } = draft;
  const name = new Map(draft.entities.map((e) => [e.id, e.name]));
  const quotes = [
    ...draft.facts.map((f) => ({
      quote: f.evidence[0] ?? '',
      label: `${name.get(f.from) ?? f.from} ${f.type} ${name.get(f.to) ?? f.to} ${JSON.stringify(f.properties)} (${f.confidence})`,
    })),
    ...draft.indicators.map((i) => ({
      quote: i.evidence[0] ?? '',
      label: `${name.get(i.subject) ?? i.subject}: ${i.name} = ${i.value} ${i.unit ?? ''}${i.year ? ` (${i.year})` : ''}${i.change ? ` ${i.change}` : ''}`,
    })),
  ];
  let body = '';
  let at = 0;
  for (const m of marks(doc.text, quotes)) {
    body += escapeHtml(doc.text.slice(at, m.start));
    body += `<mark title="${escapeHtml(m.label)}" id="q${m.n}">${escapeHtml(doc.text.slice(m.start, m.end))}<sup>${m.n}</sup></mark>`;
    at = m.end;
  }
  body += escapeHtml(doc.text.slice(at));
  const rows = quotes
    .map(
      (q, i) =>
        `<li id="f${i + 1}"><a href="#q${i + 1}">${i + 1}</a> ${escapeHtml(q.label)}<br><q>${escapeHtml(q.quote)}</q></li>`,
    )
    .join('\n');
  const review = draft.review
    .map((r) => `<li><code>${escapeHtml(r.about)}</code>: ${escapeHtml(r.reason)}</li>`)
    .join('\n');
  const entities = draft.entities
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.id)}</code></td><td>${escapeHtml(e.kind)}</td><td>${escapeHtml(e.name)}</td><td>${e.existing ? 'existing' : 'new'}</td><td>${e.confidence}</td></tr>`,
    )
    .join('\n');
  const violations = validation.violations
    .map((v) => `<li>[${escapeHtml(v.rule)}] ${escapeHtml(v.message)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Draft ${escapeHtml(doc.id)}: ${escapeHtml(doc.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
pre.article{white-space:pre-wrap;font:inherit;background:#fafafa;border:1px solid #ddd;padding:1rem}
mark{background:#fff2a8}mark sup{color:#a60;font-size:70%}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.ok{color:#060}.bad{color:#a00}
</style></head><body>
<h1>Draft of ${escapeHtml(doc.id)}</h1>
<p><strong>${escapeHtml(doc.title)}</strong> — date: ${escapeHtml(doc.date ?? 'none')} (${escapeHtml(doc.dateDerivation)})</p>
<p class="${validation.valid ? 'ok' : 'bad'}">Validation in a rolled-back transaction: ${validation.valid ? 'the draft satisfies the model.' : `${validation.violations.length} violation(s).`}</p>
${violations ? `<ul>${violations}</ul>` : ''}
<h2>Needs a decision (${draft.review.length})</h2>
<ul>${review}</ul>
<h2>Article, with the quote of each proposed fact marked</h2>
<pre class="article">${body}</pre>
<h2>Proposed facts and figures (${quotes.length})</h2>
<ol>${rows}</ol>
<h2>Entities (${draft.entities.length})</h2>
<table><tr><th>id</th><th>kind</th><th>name</th><th></th><th>confidence</th></tr>
${entities}</table>
<p>Accept with <code>npm run draft:accept -- ${escapeHtml(doc.id)}</code>.</p>
</body></html>
`;
}
