// The frame every explorer page shares: header with a search box, main content, the
// stylesheet and the page script (both bundled and served by the API; nothing from outside).
import { html, type Html } from '../html.js';
import { kindLabel } from '../grass-styles.js';
import { EXPLORE_PATH, entityUrl, pathUrl, searchUrl } from '../urls.js';

export const ASSET_PATH = `${EXPLORE_PATH}/assets`;

export interface PageOptions {
  title: string;
  body: Html;
  /** Text already in the header's search box. */
  q?: string;
  /** The search page has its own big search box. */
  headerSearch?: boolean;
  /** Extra same-origin stylesheets and page scripts (the review workspace adds its own). */
  assets?: { styles?: string[]; scripts?: string[] };
}

export function searchForm(q: string | undefined, id: string, big = false): Html {
  // Two search landmarks on one page need different names.
  const name = big ? 'Search the graph' : 'Quick search';
  return html`<form
    class="search-form${big ? ' big' : ''}"
    role="search"
    aria-label="${name}"
    action="${EXPLORE_PATH}"
    method="get"
  >
    <label for="${id}">Search entities</label>
    <div class="search-row">
      <input
        id="${id}"
        name="q"
        type="search"
        value="${q ?? ''}"
        autocomplete="off"
        spellcheck="false"
        placeholder="${big ? 'A name or part of one, e.g. Lushunkou' : 'Search by name'}"
        data-live-search
        maxlength="200"
      />
      <button type="submit">Search</button>
    </div>
  </form>`;
}

export function layout({ title, body, q, headerSearch = true, assets }: PageOptions): string {
  return `<!doctype html>
${html`<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} — Liaoning Industry Graph</title>
    <link rel="stylesheet" href="${ASSET_PATH}/explore.css" />
    <script src="${ASSET_PATH}/explore.js" defer></script>
    ${(assets?.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}" />`)}
    ${(assets?.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site">
      <div class="site-inner">
        <a class="brand" href="${EXPLORE_PATH}">Liaoning Industry Graph</a>
        <nav aria-label="Explorer"><a href="${searchUrl()}">Search</a> <a href="${pathUrl()}">Find a link</a></nav>
        ${headerSearch ? searchForm(q, 'header-q') : ''}
      </div>
    </header>
    <main id="main">${body}</main>
    <footer class="site">
      <div class="site-inner">
        Every fact cites its article and a verbatim quote. Data read through the project's GraphQL API.
      </div>
    </footer>
  </body>
</html>`}
`;
}

export function kindBadge(kind: string): Html {
  return html`<span class="kind"><span class="dot dot-${kind}" aria-hidden="true"></span>${kindLabel(kind)}</span>`;
}

/** An entity's name linking to its page, unless it is the page's own entity. */
export function entityLink(ref: { id: string; name: string }, selfId?: string): Html {
  return ref.id === selfId ? html`<strong>${ref.name}</strong>` : html`<a href="${entityUrl(ref.id)}">${ref.name}</a>`;
}
