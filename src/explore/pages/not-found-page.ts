// The answer to an unknown id (HTTP 404): say what was not found and offer search.
import { html, type Html } from '../html.js';
import { layout, searchForm } from './layout.js';

export function notFoundPage(what: string, id: string): string {
  return notFound(html`There is no ${what} with the id “<span class="given">${id}</span>”.`);
}

/** A request the page cannot answer as asked (HTTP 400): what was wrong and what to do instead. */
export function badRequestPage(message: string, backUrl: string): string {
  const body = html`<section class="not-found">
    <h1>This address asks for something the page cannot show</h1>
    <p class="notice" role="alert">${message}</p>
    <p><a href="${backUrl}">Open the page without it</a>, or search:</p>
    ${searchForm('', 'q', true)}
  </section>`;
  return layout({ title: 'Bad request', body, headerSearch: false });
}

/** A page the API could not answer (HTTP 503): what went wrong, and the way back. */
export function unavailablePage(message: string): string {
  const body = html`<section class="not-found">
    <h1>The graph did not answer</h1>
    <p class="notice" role="alert">${message}</p>
    <p>Try again in a moment, or search:</p>
    ${searchForm('', 'q', true)}
  </section>`;
  return layout({ title: 'Not available', body, headerSearch: false });
}

function notFound(sentence: Html): string {
  const body = html`<section class="not-found">
    <h1>Not found</h1>
    <p>${sentence} Search for it by name instead:</p>
    ${searchForm('', 'q', true)}
  </section>`;
  return layout({ title: 'Not found', body, headerSearch: false });
}
