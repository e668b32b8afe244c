// /explore/document/<id>: the article's full text with every quote that cites it marked,
// each mark linking to the statement it supports, listed beside the text. `?quote=` marks
// one quote more strongly and the link's #selected-quote scrolls to it.
import { html, type Html } from '../html.js';
import { factAnchor, factFromRelationship, uniqueFacts, type Fact } from '../facts.js';
import { figureSentence } from '../csv.js';
import { splitByQuotes } from '../mark-quotes.js';
import type { DocumentPageData, IndicatorData, MentionData } from '../operations.js';
import { anchorId, documentUrl, entityUrl } from '../urls.js';
import { downloads, drawingSection, factSentence } from './parts.js';
import { layout } from './layout.js';
import { withdrawUrl } from '../../review/urls.js';

export type DocumentData = Omit<NonNullable<DocumentPageData['document']>, 'mentions'> & { mentions: MentionData[] };

/** What the document states: facts and figures whose evidence cites it, quotes from it only. */
export function documentStatements(doc: DocumentData): { facts: Fact[]; figures: IndicatorData[] } {
  const facts = uniqueFacts(doc.mentions.flatMap((m) => m.relationships.map((rel) => factFromRelationship(m, rel))))
    .map((f) => ({ ...f, evidence: f.evidence.filter((e) => e.documentId === doc.id) }))
    .filter((f) => f.evidence.length > 0);
  const figureById = new Map<string, IndicatorData>();
  for (const m of doc.mentions) {
    for (const figure of m.indicators) {
      const evidence = figure.evidence.filter((e) => e.document.id === doc.id);
      if (evidence.length && !figureById.has(figure.id)) figureById.set(figure.id, { ...figure, evidence });
    }
  }
  return { facts, figures: [...figureById.values()] };
}

interface Statement {
  anchor: string;
  sentence: Html;
  quotes: string[];
  pageLink: string;
}

export function documentPage(doc: DocumentData, selectedQuote: string | undefined, withdrawLink = false): string {
  const { facts, figures } = documentStatements(doc);
  const statements: Statement[] = [
    ...facts.map((f) => ({
      anchor: `s-${factAnchor(f)}`,
      sentence: factSentence(f),
      quotes: f.evidence.map((e) => e.quote),
      pageLink: `${entityUrl(f.from.id)}#${factAnchor(f)}`,
    })),
    ...figures.map((f) => ({
      anchor: `s-${anchorId('figure', f.id)}`,
      sentence: html`${figureSentence(f)}`,
      quotes: f.evidence.map((e) => e.quote),
      pageLink: `${entityUrl(f.subject.id)}#${anchorId('figure', f.id)}`,
    })),
  ];
  const quotes = [...new Set(statements.flatMap((s) => s.quotes))];
  const firstStatement = quotes.map((q) => statements.find((s) => s.quotes.includes(q))!);
  const selectedIndex = selectedQuote ? quotes.length : -1;
  const pieces = splitByQuotes(doc.text, selectedQuote ? [...quotes, selectedQuote] : quotes);
  const selectedFound = selectedQuote !== undefined && doc.text.includes(selectedQuote);

  const text = pieces.map((piece) => {
    const anchors = piece.starts.map((i) =>
      i === selectedIndex ? html`<span id="selected-quote"></span>` : html`<span id="${`q-${i}`}"></span>`,
    );
    const cited = piece.quotes.filter((i) => i !== selectedIndex);
    const selected = piece.quotes.includes(selectedIndex);
    if (!cited.length && !selected) return html`${anchors}${piece.text}`;
    const cls = selected ? 'selected' : '';
    if (!cited.length) return html`${anchors}<mark class="${cls}">${piece.text}</mark>`;
    // The narrowest covering quote says most precisely what this piece supports.
    const narrowest = [...cited].sort((a, b) => quotes[a]!.length - quotes[b]!.length)[0]!;
    return html`${anchors}<a class="mark-link" href="#${firstStatement[narrowest]!.anchor}"
        ><mark class="${cls}" data-q="${cited.join(' ')}">${piece.text}</mark></a
      >`;
  });

  const body = html`<article class="document">
    <header class="page-head">
      <p class="eyebrow">
        <span class="kind">${doc.kind === 'ARTICLE' ? 'Article' : 'Reference note'}</span>
        <code class="id">${doc.id}</code>${doc.date ? html` · <time>${doc.date}</time>` : ''}
      </p>
      <h1>${doc.title}</h1>
      <p>
        ${quotes.length} quotes from this text support ${statements.length} statements in the graph; each is marked in
        the text.
      </p>
      ${downloads(documentUrl(doc.id))}
      ${
        withdrawLink && doc.kind === 'ARTICLE'
          ? html`<p><a class="button danger" href="${withdrawUrl(doc.id)}">Withdraw this article…</a></p>`
          : ''
      }
      ${
        selectedQuote !== undefined && !selectedFound
          ? html`<p class="notice" role="status">The quote “${selectedQuote}” does not occur in this text.</p>`
          : ''
      }
    </header>
    <div class="columns">
      <section class="main-column" aria-labelledby="text-title">
        <h2 id="text-title">Full text</h2>
        <div class="doc-text">${text}</div>
      </section>
      <aside class="side-column statements" aria-labelledby="states-title">
        <h2 id="states-title">What the article states</h2>
        <ol>
          ${statements.map(
            (s) =>
              html`<li id="${s.anchor}">
                <p class="sentence">${s.sentence}</p>
                <ul class="quote-links">
                  ${s.quotes.map(
                    (q) =>
                      html`<li>
                        <a href="#${`q-${quotes.indexOf(q)}`}" data-quote-index="${quotes.indexOf(q)}">“${q}”</a>
                      </li>`,
                  )}
                </ul>
                <a class="source" href="${s.pageLink}">On the entity's page</a>
              </li>`,
          )}
        </ol>
      </aside>
    </div>
    ${drawingSection('What the article links', documentDrawing(doc, facts))}
  </article>`;
  return layout({ title: doc.title, body });
}

function documentDrawing(doc: DocumentData, facts: Fact[]) {
  const nodes = new Map<string, Fact['from']>();
  for (const f of facts) {
    nodes.set(f.from.id, f.from);
    nodes.set(f.to.id, f.to);
  }
  return {
    nodes: [...nodes.values()],
    edges: facts.map((f) => ({ type: f.type, from: f.from.id, to: f.to.id })),
    layout: 'concentric' as const,
    fileName: `article-${doc.id}`,
  };
}
