// /explore and /explore?q=: one box, results as one types (the page script asks /graphql),
// and the same results rendered by the server for the deep link and for no JavaScript.
import { html } from '../html.js';
import type { SearchData } from '../operations.js';
import { entityUrl, pathUrl, searchUrl } from '../urls.js';
import { kindBadge, layout, searchForm } from './layout.js';

/** Aliases (other than the name) that contain one of the words searched for. */
export function matchedAliases(q: string, name: string, aliases: string[]): string[] {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return aliases.filter((a) => a !== name && words.some((w) => a.toLowerCase().includes(w)));
}

export function searchResults(q: string, hits: SearchData['search']) {
  return html`<p id="search-status" class="status" role="status" aria-live="polite">
      ${q ? `${hits.length} ${hits.length === 1 ? 'entity matches' : 'entities match'} “${q}”.` : ''}
    </p>
    <ol id="search-results" class="results" aria-label="Search results">
      ${hits.map(({ entity }) => {
        const matched = matchedAliases(q, entity.name, entity.aliases);
        return html`<li>
          <a href="${entityUrl(entity.id)}"><span class="hit-name">${entity.name}</span></a> ${kindBadge(entity.kind)}
          ${matched.length ? html`<span class="matched">also written: ${matched.join(' · ')}</span>` : ''}
        </li>`;
      })}
    </ol>`;
}

export function searchPage(q: string, hits: SearchData['search']): string {
  const examples = ['Lushunkou', "Mayor's Quality Award", 'Dalian University of Technology', 'pump'];
  const body = html`<section class="search-page">
    <h1>Explore the Liaoning Industry Graph</h1>
    <p class="lead">
      Enterprises, zones, universities, brands and awards of Liaoning, how they are linked, and the sentence of the
      article that says so.
    </p>
    ${searchForm(q, 'q', true)} ${searchResults(q, hits)}
    <p class="hint">
      Try ${examples.map((e, i) => html`${i ? ', ' : ''}<a href="${searchUrl(e)}">${e}</a>`)} — or
      <a href="${pathUrl()}">find how two entities are linked</a>.
    </p>
  </section>`;
  return layout({ title: q ? `Search: ${q}` : 'Search', body, headerSearch: false });
}
