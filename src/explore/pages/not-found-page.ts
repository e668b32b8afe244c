// The answer to an unknown id (HTTP 404): say what was not found and offer search.
import { html } from '../html.js';
import { layout, searchForm } from './layout.js';

export function notFoundPage(what: string, id: string): string {
  const body = html`<section class="not-found">
    <h1>Not found</h1>
    <p>There is no ${what} with the id “<span class="given">${id}</span>”. Search for it by name instead:</p>
    ${searchForm('', 'q', true)}
  </section>`;
  return layout({ title: 'Not found', body, headerSearch: false });
}
