// /explore/entity/<id>: who or what it is, its facts with their quotes in groups of one
// relationship type and direction (each group's count, its first facts, and "show 50 more"
// pages), its figures, and a drawing of its neighbourhood beside a list of the same
// relationships. A hub's page stays one screen: every list on it is bounded.
import { html, type Html } from '../html.js';
import { factFromRelationship, groupKey, groupTitle, phraseOf, type Fact, type GroupRef } from '../facts.js';
import { figureSentence } from '../csv.js';
import {
  GROUP_PAGE_SIZE,
  MENTIONED_IN_SHOWN,
  type EntityGroupPageData,
  type EntityPageData,
  type GroupPageData,
  type IndicatorData,
  type RefData,
} from '../operations.js';
import { anchorId, documentUrl, entityUrl, groupPageUrl, pathUrl } from '../urls.js';
import { downloads, drawingSection, factItem, quoteList } from './parts.js';
import { kindBadge, layout } from './layout.js';

export type EntityData = NonNullable<EntityPageData['entity']>;

/** A group's facts as seen from the entity. */
export function groupFacts(self: RefData, group: GroupRef & Pick<GroupPageData, 'relationships'>): Fact[] {
  return group.relationships.map((rel) =>
    factFromRelationship(self, { ...rel, type: group.type, direction: group.direction }),
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** One group: heading with its count, the facts from `offset`, and the link to the next page when there is one. */
function groupSection(self: RefData, group: GroupRef & { count: number }, facts: Fact[] | null, offset: number): Html {
  const key = groupKey(group);
  const id = anchorId('group', key);
  const shownTo = offset + (facts?.length ?? 0);
  const next = shownTo < group.count ? groupPageUrl(self.id, key, facts ? shownTo : 0) : null;
  const range =
    facts && facts.length
      ? html`<span data-shown>Facts ${count(offset + 1)}–${count(shownTo)} of ${count(group.count)}.</span>`
      : html`<span data-shown>${count(group.count)} facts, not listed on this screen.</span>`;
  return html`<section class="fact-group" id="${id}" data-group="${key}" aria-labelledby="${`${id}-title`}">
    <h3 id="${`${id}-title`}">${groupTitle(group, self.name)} <span class="count">(${count(group.count)})</span></h3>
    ${
      facts && facts.length
        ? html`<ul class="facts">
            ${facts.map((f) => factItem(f, self.id))}
          </ul>`
        : ''
    }
    <p class="group-paging">
      ${range}
      ${next ? html`<a class="button secondary" data-more href="${next}">${facts ? `Show ${GROUP_PAGE_SIZE} more` : 'Show them'}</a>` : ''}
    </p>
  </section>`;
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

export function entityPage(entity: EntityData, neighborhood: EntityPageData['neighborhood']): string {
  const pages = new Map(entity.firstPages.map((g) => [groupKey(g), g]));
  const total = entity.groups.reduce((sum, g) => sum + g.count, 0);
  const properties = shownProperties(entity.properties);
  const otherAliases = entity.aliases.filter((a) => a !== entity.name);
  const drawn = neighborhood.nodes.length - 1;
  const notDrawn = Math.max(0, entity.neighborCount - drawn);
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
    notDrawn > 0
      ? html`<span data-not-drawn="${notDrawn}"
          >Drawn: ${count(drawn)} of the ${count(entity.neighborCount)} entities it is linked to; ${count(notDrawn)} are
          not drawn. The facts below list them all.</span
        >`
      : neighborhood.truncated
        ? 'Some relationships among the entities drawn are not drawn; the facts below list every one of its own.'
        : undefined,
  );
  const documents = entity.mentionedIn.slice(0, MENTIONED_IN_SHOWN);
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
        <h2 id="facts-title">Facts <span class="count">(${count(total)})</span></h2>
        ${entity.groups.length ? '' : html`<p>No relationship to another entity is recorded.</p>`}
        ${entity.groups.map((g) => {
          const page = pages.get(groupKey(g));
          return groupSection(entity, g, page ? groupFacts(entity, page) : null, 0);
        })}
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
          ${documents.map(
            (d) =>
              html`<li>
                <a href="${documentUrl(d.id)}">${d.title}</a>${d.date ? html` <span class="date">${d.date}</span>` : ''}
              </li>`,
          )}
        </ul>
        ${
          entity.mentionedIn.length > MENTIONED_IN_SHOWN
            ? html`<p class="note">
                And more: the first ${MENTIONED_IN_SHOWN} by id are named here; the facts' quotes link to the others.
              </p>`
            : ''
        }
      </aside>
    </div>
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">Figures <span class="count">(${entity.indicators.length})</span></h2>
      ${figuresTable(entity.indicators)}
    </section>
  </article>`;
  return layout({ title: entity.name, body });
}

type GroupPageEntity = NonNullable<EntityGroupPageData['entity']>;

/** `?more=<group>&offset=<n>`: one group's facts from `offset` on, with the link to the next page (works without JavaScript). */
export function entityGroupPage(entity: GroupPageEntity, group: GroupRef, offset: number): string {
  const found = entity.relationshipGroups[0];
  const section = groupSection(entity, found ?? { ...group, count: 0 }, found ? groupFacts(entity, found) : [], offset);
  const body = html`<article class="entity">
    <header class="page-head">
      <p class="eyebrow">${kindBadge(entity.kind)} <code class="id">${entity.id}</code></p>
      <h1>${entity.name}</h1>
      <p><a href="${entityUrl(entity.id)}">Back to all of ${entity.name}</a></p>
    </header>
    <section class="main-column" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      ${found && found.relationships.length ? '' : html`<p>No facts of this group from ${count(offset + 1)} on.</p>`}
      ${section}
    </section>
  </article>`;
  return layout({ title: `${entity.name}: ${groupTitle(group, entity.name)}`, body });
}

export { figureSentence };
