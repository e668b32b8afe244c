// /explore/entity/<id>: who or what it is, every fact with its quotes grouped by type, its
// figures, and a drawing of its neighbourhood beside a list of the same relationships.
import { html } from '../html.js';
import { factFromRelationship, groupByType, groupTitle, phraseOf, type Fact } from '../facts.js';
import { figureSentence } from '../csv.js';
import type { EntityPageData, IndicatorData, NeighborhoodData } from '../operations.js';
import { anchorId, documentUrl, entityUrl, pathUrl } from '../urls.js';
import { downloads, drawingSection, factItem, quoteList } from './parts.js';
import { kindBadge, layout } from './layout.js';

export type EntityData = NonNullable<EntityPageData['entity']>;

export function entityFacts(entity: EntityData): Fact[] {
  return entity.relationships.map((rel) => factFromRelationship(entity, rel));
}

function propertyValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** Stored properties a reader has not already seen as name, aliases or note. */
function shownProperties(properties: Record<string, unknown>): Array<[string, string]> {
  const hidden = new Set(['id', 'name', 'aliases', 'note', 'nameKey', 'nameKeys', 'aliasKeys']);
  return Object.entries(properties)
    .filter(([key, value]) => !hidden.has(key) && value !== null && value !== '')
    .map(([key, value]) => [key, propertyValue(value)]);
}

function figuresTable(figures: IndicatorData[]) {
  if (!figures.length) return html`<p>No figures are reported about it.</p>`;
  return html`<div class="table-scroll">
    <table class="figures">
      <caption class="visually-hidden">
        Figures reported, with unit, year, change and source
      </caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Unit</th>
          <th scope="col">Year</th>
          <th scope="col">Change</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        ${figures.map(
          (f) =>
            html`<tr id="${anchorId('figure', f.id)}">
              <th scope="row">${f.label ?? f.name}</th>
              <td class="num">${f.value ?? '—'}</td>
              <td>${f.unit ?? '—'}</td>
              <td>${f.year ?? '—'}</td>
              <td>${f.change ?? '—'}</td>
              <td>
                ${quoteList(f.evidence.map((e) => ({ documentId: e.document.id, documentTitle: e.document.title, quote: e.quote })))}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function entityPage(entity: EntityData, neighborhood: NeighborhoodData['neighborhood']): string {
  const facts = entityFacts(entity);
  const groups = groupByType(facts);
  const properties = shownProperties(entity.properties);
  const otherAliases = entity.aliases.filter((a) => a !== entity.name);
  const drawing = drawingSection(
    'Neighbourhood',
    {
      nodes: neighborhood.nodes,
      edges: neighborhood.relationships.map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        label: phraseOf(r.type, r.properties),
      })),
      centre: entity.id,
      layout: 'concentric',
      fileName: `neighbourhood-${entity.id.replace(/[^A-Za-z0-9-]/g, '-')}`,
    },
    neighborhood.truncated
      ? 'The neighbourhood is larger than drawn; the facts below list every relationship.'
      : undefined,
  );
  const body = html`<article class="entity">
    <header class="page-head">
      <p class="eyebrow">${kindBadge(entity.kind)} <code class="id">${entity.id}</code></p>
      <h1>${entity.name}</h1>
      ${otherAliases.length ? html`<p class="aliases"><span class="label">Also written:</span> ${otherAliases.join(' · ')}</p>` : ''}
      ${entity.note ? html`<p class="note">${entity.note}</p>` : ''} ${downloads(entityUrl(entity.id), false)}
      <p><a href="${pathUrl(entity.id)}">Find how ${entity.name} is linked to another entity</a></p>
    </header>
    ${drawing}
    <div class="columns">
      <section class="main-column" aria-labelledby="facts-title">
        <h2 id="facts-title">Facts <span class="count">(${facts.length})</span></h2>
        ${groups.length ? '' : html`<p>No relationship to another entity is recorded.</p>`}
        ${groups.map(
          ([type, list]) =>
            html`<section class="fact-group" aria-labelledby="${`group-${type}`}">
              <h3 id="${`group-${type}`}">${groupTitle(type)}</h3>
              <ul class="facts">
                ${list.map((f) => factItem(f, entity.id))}
              </ul>
            </section>`,
        )}
      </section>
      <aside class="side-column" aria-label="About this entity">
        <h2>Properties</h2>
        ${
          properties.length
            ? html`<dl class="properties">
                ${properties.map(
                  ([k, v]) =>
                    html`<dt>${k}</dt>
                      <dd>${v}</dd>`,
                )}
              </dl>`
            : html`<p>None recorded.</p>`
        }
        <h2>Mentioned in</h2>
        <ul class="documents">
          ${entity.mentionedIn.map(
            (d) =>
              html`<li>
                <a href="${documentUrl(d.id)}">${d.title}</a>${d.date ? html` <span class="date">${d.date}</span>` : ''}
              </li>`,
          )}
        </ul>
      </aside>
    </div>
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">Figures <span class="count">(${entity.indicators.length})</span></h2>
      ${figuresTable(entity.indicators)}
    </section>
  </article>`;
  return layout({ title: entity.name, body });
}

export { figureSentence };
