// /explore/path?from=&to=: how two entities are linked, each step a sentence with its quotes.
// The two ends are picked with boxes that suggest entities as one types (ids or names work).
import { html, type Html } from '../html.js';
import { phraseOf, type EntityRef, type Fact } from '../facts.js';
import type { PathPageData } from '../operations.js';
import { pathUrl, EXPLORE_PATH } from '../urls.js';
import { downloads, drawingSection, factItem } from './parts.js';
import { layout } from './layout.js';

export type PathData = PathPageData['shortestPath'];

export function pathFacts(path: NonNullable<PathData>): Fact[] {
  const byId = new Map<string, EntityRef>(path.nodes.map((n) => [n.id, n]));
  return path.relationships.map((r) => ({
    type: r.type,
    from: byId.get(r.from)!,
    to: byId.get(r.to)!,
    properties: r.properties,
    evidence: r.evidence.map((e) => ({ documentId: e.document.id, documentTitle: e.document.title, quote: e.quote })),
  }));
}

function endsForm(from: string, to: string): Html {
  return html`<form class="path-form" action="${EXPLORE_PATH}/path" method="get" aria-label="Pick two entities">
    <div class="field">
      <label for="path-from">From</label>
      <input
        id="path-from"
        name="from"
        value="${from}"
        list="path-suggestions"
        autocomplete="off"
        required
        data-entity-picker
        placeholder="An entity id or name"
      />
    </div>
    <div class="field">
      <label for="path-to">To</label>
      <input
        id="path-to"
        name="to"
        value="${to}"
        list="path-suggestions"
        autocomplete="off"
        required
        data-entity-picker
        placeholder="An entity id or name"
      />
    </div>
    <datalist id="path-suggestions"></datalist>
    <button type="submit">Show the link</button>
  </form>`;
}

export function pathPage(from: string, to: string, path: PathData | undefined): string {
  let result: Html = html``;
  if (path === null) {
    result = html`<p class="notice" role="status">No link of at most 6 steps joins “${from}” and “${to}”.</p>`;
  } else if (path) {
    const facts = pathFacts(path);
    const start = path.nodes[0]!;
    const end = path.nodes[path.nodes.length - 1]!;
    result = html`<section aria-labelledby="steps-title">
        <h2 id="steps-title">${start.name} → ${end.name}: ${path.length} ${path.length === 1 ? 'step' : 'steps'}</h2>
        ${downloads(pathUrl(from, to))}
        <ol class="facts steps">
          ${facts.map((f) => factItem(f))}
        </ol>
      </section>
      ${drawingSection('The path', {
        nodes: path.nodes,
        edges: facts.map((f) => ({
          type: f.type,
          from: f.from.id,
          to: f.to.id,
          label: phraseOf(f.type, f.properties),
        })),
        centre: start.id,
        layout: 'breadthfirst',
        fileName: `path-${start.id}-${end.id}`.replace(/[^A-Za-z0-9-]/g, '-'),
      })}`;
  }
  const body = html`<article class="path">
    <header class="page-head">
      <h1>How are two entities linked?</h1>
      <p>Pick two entities: type part of a name and choose from the suggestions, or give an id.</p>
    </header>
    ${endsForm(from, to)} ${result}
  </article>`;
  return layout({ title: path ? `${path.nodes[0]!.name} → ${path.nodes.at(-1)!.name}` : 'Find a link', body });
}
