// Pieces several pages share: a fact with its quotes, the drawing with its list, the
// download links.
import { html, jsonScript, type Html } from '../html.js';
import { factAnchor, phraseOf, type EntityRef, type Fact } from '../facts.js';
import { kindStyles } from '../grass-styles.js';
import { csvUrl, documentUrl } from '../urls.js';
import { entityLink } from './layout.js';

function detailsHtml(fact: Fact): string {
  const p = fact.properties;
  const parts: string[] = [];
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)]);
  if (list(p.via).length) parts.push(`via ${list(p.via).join(', ')}`);
  if (list(p.role).length) parts.push(`as ${list(p.role).join(', ')}`);
  if (list(p.year).length) parts.push(list(p.year).join(', '));
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** The fact's sentence with both names linked (the page's own entity in bold). */
export function factSentence(fact: Fact, selfId?: string): Html {
  const article = fact.to.kind === 'AWARD' && fact.type === 'RECEIVED' && !/^the\s/i.test(fact.to.name) ? 'the ' : '';
  return html`${entityLink(fact.from, selfId)} — ${phraseOf(fact.type, fact.properties)}
  ${article}${entityLink(fact.to, selfId)}${detailsHtml(fact)}`;
}

export function quoteList(evidence: Fact['evidence']): Html {
  return html`<ul class="quotes">
    ${evidence.map(
      (e) =>
        html`<li>
          <blockquote>“${e.quote}”</blockquote>
          <a class="source" href="${documentUrl(e.documentId, e.quote)}">in the article “${e.documentTitle}”</a>
        </li>`,
    )}
  </ul>`;
}

export function factItem(fact: Fact, selfId?: string): Html {
  return html`<li class="fact" id="${factAnchor(fact)}" data-fact-type="${fact.type}">
    <p class="sentence">${factSentence(fact, selfId)}</p>
    ${quoteList(fact.evidence)}
  </li>`;
}

export interface Drawing {
  nodes: EntityRef[];
  edges: Array<{ type: string; from: string; to: string; label?: string }>;
  centre?: string;
  layout: 'concentric' | 'breadthfirst';
  /** File name of the PNG, without extension. */
  fileName: string;
}

/** The canvas (drawn by the page script), a PNG button, and the same relationships as HTML. */
export function drawingSection(title: string, drawing: Drawing, note?: string | Html): Html {
  const names = new Map(drawing.nodes.map((n) => [n.id, n]));
  const kinds = new Set(drawing.nodes.map((n) => n.kind));
  const styles = kindStyles();
  return html`<section class="drawing" aria-labelledby="drawing-title">
    <h2 id="drawing-title">${title}</h2>
    ${note ? html`<p class="note">${note}</p>` : ''}
    <div class="drawing-grid">
      <figure class="canvas-box">
        <div
          id="drawing"
          class="cy"
          role="img"
          aria-label="${`${title}: ${drawing.nodes.length} entities and ${drawing.edges.length} relationships, listed beside the drawing.`}"
        >
          <noscript><p>The drawing needs JavaScript; the list beside it names the same relationships.</p></noscript>
        </div>
        <figcaption>
          <span class="legend"
            >${[...kinds].map(
              (k) =>
                html`<span class="legend-item"
                  ><span class="dot dot-${k}" aria-hidden="true"></span>${k.charAt(0) + k.slice(1).toLowerCase()}</span
                >`,
            )}</span
          >
          <button type="button" class="button" data-download-png>Download drawing (PNG)</button>
        </figcaption>
      </figure>
      <div class="drawing-list">
        <h3>The relationships drawn</h3>
        <ul>
          ${drawing.edges.map((e) => {
            const from = names.get(e.from);
            const to = names.get(e.to);
            if (!from || !to) return '';
            return html`<li>${entityLink(from)} — ${e.label ?? phraseOf(e.type)} ${entityLink(to)}</li>`;
          })}
        </ul>
      </div>
    </div>
    ${jsonScript('graph-data', { ...drawing, styles: Object.fromEntries([...kinds].map((k) => [k, styles[k]])) })}
  </section>`;
}

export function downloads(pageUrl: string, hasDrawing = true): Html {
  return html`<p class="downloads">
    <a class="button" href="${csvUrl(pageUrl)}" download>Download facts (CSV)</a>
    ${hasDrawing ? html`<a class="button secondary" href="#drawing-title">Go to the drawing</a>` : ''}
  </p>`;
}
