// /review/<docId>: the article with each proposed fact's and figure's quote marked, and beside
// it one small form per entity, fact and figure. The page is complete as rendered (every
// value escaped by the `html` template); the page script (src/review/browser/review.js) saves
// each form as it changes, adds facts from a selection, and runs the accept.
import { splitSentences } from '../../draft/language.js';
import { KINDS, type Draft, type DraftFact } from '../../draft/types.js';
import { html, jsonScript, type Html } from '../../explore/html.js';
import { splitByQuotes } from '../../explore/mark-quotes.js';
import { kindBadge, layout } from '../../explore/pages/layout.js';
import { RELATIONSHIP_TYPES } from '../../model/relationship-types.js';
import type {
  AddedFact,
  AddedFigure,
  EntityCandidate,
  EntityDecision,
  FactDecision,
  FigureDecision,
  ReviewFile,
  ReviewedEntity,
  ReviewedFact,
  ReviewedIndicator,
} from '../decisions.js';
import { REVIEW_ASSETS, REVIEW_PATH } from '../urls.js';

export const reviewAssets = { styles: [`${REVIEW_ASSETS}/review.css`], scripts: [`${REVIEW_ASSETS}/review.js`] };

const kindName = (k: string) => k.charAt(0) + k.slice(1).toLowerCase();

/** The resolver's candidates for an entity, from the draft (a draft made before drafts carried them has none). */
export function candidatesOf(entity: ReviewedEntity): EntityCandidate[] {
  return (entity.candidates ?? []).filter((c) => c.id !== entity.id || !entity.existing);
}

function decisionOf<T>(review: ReviewFile | null, key: string): T | undefined {
  return review?.decisions[key]?.decision.value as T | undefined;
}

const itemId = (key: string) => `item-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const quoteId = (key: string) => `q-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function options(values: Array<{ value: string; label: string }>, selected: string | null | undefined): Html[] {
  return values.map(
    (o) => html`<option value="${o.value}" ${o.value === selected ? html`selected` : ''}>${o.label}</option>`,
  );
}

function field(id: string, label: string, control: Html, hint?: string): Html {
  return html`<div class="field">
    <label for="${id}">${label}</label>${control}${hint ? html`<span class="hint">${hint}</span>` : ''}
  </div>`;
}

function verdictRadios(key: string, verdict: 'accept' | 'reject'): Html {
  const id = itemId(key);
  return html`<fieldset class="verdict">
    <legend class="visually-hidden">Decision</legend>
    <label
      ><input type="radio" name="verdict" value="accept" ${verdict === 'accept' ? html`checked` : ''} /> Accept</label
    >
    <label
      ><input
        type="radio"
        name="verdict"
        value="reject"
        id="${id}-reject"
        ${verdict === 'reject' ? html`checked` : ''}
      />
      Reject</label
    >
  </fieldset>`;
}

function saved(key: string, review: ReviewFile | null): Html {
  const stored = review?.decisions[key];
  return html`<p class="saved" role="status" aria-live="polite">
    ${stored ? `Saved: decided by ${stored.by}, ${stored.at.slice(0, 16).replace('T', ' ')}` : 'Not decided yet: accepted as proposed.'}
  </p>`;
}

interface EndOption {
  value: string;
  label: string;
}

/** The type, ends and properties of a fact, as form fields. */
function factFieldset(
  prefix: string,
  fields: { type: string; from: string; to: string; properties: Record<string, unknown> },
  ends: EndOption[],
): Html {
  const p = fields.properties;
  const types = RELATIONSHIP_TYPES.map((t) => ({ value: t.type, label: `${t.type} — ${t.meaning}` }));
  const known = new Set(ends.map((e) => e.value));
  const endOptions = (id: string) => (known.has(id) ? ends : [...ends, { value: id, label: id }]);
  const via = Array.isArray(p.via) ? p.via.join('; ') : typeof p.via === 'string' ? p.via : '';
  return html`<div class="fields">
    ${field(
      `${prefix}-type`,
      'Type',
      html`<select id="${prefix}-type" name="type">
        ${options(types, fields.type)}
      </select>`,
    )}
    ${field(
      `${prefix}-from`,
      'From',
      html`<select id="${prefix}-from" name="from" data-ends>
        ${options(endOptions(fields.from), fields.from)}
      </select>`,
    )}
    ${field(
      `${prefix}-to`,
      'To',
      html`<select id="${prefix}-to" name="to" data-ends>
        ${options(endOptions(fields.to), fields.to)}
      </select>`,
    )}
    ${field(`${prefix}-year`, 'Year', html`<input id="${prefix}-year" name="year" inputmode="numeric" maxlength="4" value="${p.year === undefined || p.year === null ? '' : String(p.year)}" />`)}
    ${field(
      `${prefix}-status`,
      'Status',
      html`<select id="${prefix}-status" name="status">
        ${options(
          [
            { value: '', label: '—' },
            { value: 'AWARDED', label: 'AWARDED' },
            { value: 'NOMINATED', label: 'NOMINATED' },
          ],
          typeof p.status === 'string' ? p.status : '',
        )}
      </select>`,
      'RECEIVED only',
    )}
    ${field(`${prefix}-role`, 'Role', html`<input id="${prefix}-role" name="role" value="${typeof p.role === 'string' ? p.role : ''}" />`, 'LEADS only')}
    ${field(`${prefix}-via`, 'Via', html`<input id="${prefix}-via" name="via" value="${via}" />`, 'PARTNERS_WITH: programmes, separated by ;')}
  </div>`;
}

function entityForm(draft: Draft, e: ReviewedEntity, review: ReviewFile | null): Html {
  const key = `entity:${e.id}`;
  const id = itemId(key);
  const d = decisionOf<EntityDecision>(review, key);
  const candidates = candidatesOf(e);
  const chosen = d
    ? d.action === 'same-as'
      ? `same-as:${d.sameAs?.id}`
      : 'new'
    : e.existing
      ? `same-as:${e.id}`
      : 'new';
  const sameAsChoices: Array<{ id: string; name: string; kind: string; note: string }> = [
    ...(e.existing ? [{ id: e.id, name: e.name, kind: e.kind, note: 'the drafter resolved it to this entity' }] : []),
    ...candidates.map((c) => ({ id: c.id, name: c.name, kind: c.kind, note: `score ${c.score}: ${c.reason}` })),
    ...(d?.action === 'same-as' && d.sameAs && d.sameAs.id !== e.id && !candidates.some((c) => c.id === d.sameAs?.id)
      ? [{ id: d.sameAs.id, name: d.sameAs.name, kind: d.sameAs.kind, note: 'chosen from the graph' }]
      : []),
  ];
  return html`<li>
    <form class="item entity" id="${id}" data-key="${key}" aria-labelledby="${id}-title">
      <h3 id="${id}-title">${d?.name ?? e.name} ${kindBadge(d?.kind ?? e.kind)}</h3>
      <p class="meta">
        <code class="id">${e.id}</code> · ${e.existing ? 'existing in the graph' : 'new'} · confidence ${e.confidence}
      </p>
      ${e.surfaceForms.length ? html`<p class="meta">In this article: ${e.surfaceForms.map((s, i) => html`${i ? ', ' : ''}“${s}”`)}</p>` : ''}
      <fieldset class="choices">
        <legend>This is</legend>
        <label
          ><input type="radio" name="choice" value="new" ${chosen === 'new' ? html`checked` : ''} /> a new entity</label
        >
        <div class="same-as-list">
          ${sameAsChoices.map(
            (c) =>
              html`<label
                ><input
                  type="radio"
                  name="choice"
                  value="${`same-as:${c.id}`}"
                  data-name="${c.name}"
                  data-kind="${c.kind}"
                  ${chosen === `same-as:${c.id}` ? html`checked` : ''}
                />
                the same as <strong>${c.name}</strong> (${kindName(c.kind)}, <code>${c.id}</code>)<span class="hint"
                  >${c.note}</span
                ></label
              >`,
          )}
        </div>
      </fieldset>
      <div class="graph-search">
        ${field(`${id}-search`, 'Or find it in the graph', html`<input id="${id}-search" type="search" data-graph-search autocomplete="off" placeholder="A name or part of one" maxlength="200" />`)}
        <p class="hint" data-search-status role="status" aria-live="polite"></p>
      </div>
      <div class="fields">
        ${field(`${id}-name`, 'Name (if new)', html`<input id="${id}-name" name="name" value="${d?.name ?? e.name}" />`)}
        ${field(
          `${id}-kind`,
          'Kind (if new)',
          html`<select id="${id}-kind" name="kind">
            ${options(
              KINDS.map((k) => ({ value: k, label: kindName(k) })),
              d?.kind ?? e.kind,
            )}
          </select>`,
        )}
      </div>
      <p class="violations" data-violations></p>
      ${saved(key, review)}
    </form>
  </li>`;
}

function factForm(
  f: ReviewedFact,
  index: number,
  review: ReviewFile | null,
  names: Map<string, string>,
  ends: EndOption[],
): Html {
  const key = `fact:${index}`;
  const id = itemId(key);
  const d = decisionOf<FactDecision>(review, key);
  const properties: Record<string, unknown> = { ...f.properties };
  for (const p of ['year', 'status', 'role', 'via'] as const) if (d && d[p] !== undefined) properties[p] = d[p];
  const type = d?.type ?? f.type;
  return html`<li>
    <form
      class="item fact-item${d?.verdict === 'reject' ? ' rejected' : ''}"
      id="${id}"
      data-key="${key}"
      aria-labelledby="${id}-title"
    >
      <h3 id="${id}-title">${names.get(f.from) ?? f.from} — ${f.type} → ${names.get(f.to) ?? f.to}</h3>
      <blockquote>“${f.evidence[0] ?? ''}”</blockquote>
      <p class="meta">
        ${f.rule ? html`rule <code>${f.rule}</code> · ` : ''}confidence ${f.confidence} ·
        <a href="#${quoteId(key)}">in the text</a>
      </p>
      ${verdictRadios(key, d?.verdict ?? 'accept')}
      ${factFieldset(id, { type, from: d?.from ?? f.from, to: d?.to ?? f.to, properties }, ends)}
      <p class="violations" data-violations></p>
      ${saved(key, review)}
    </form>
  </li>`;
}

function figureForm(i: ReviewedIndicator, review: ReviewFile | null, ends: EndOption[]): Html {
  const key = `figure:${i.id}`;
  const id = itemId(key);
  const d = decisionOf<FigureDecision>(review, key);
  const value = d?.value !== undefined ? d.value : i.value;
  const unit = d?.unit !== undefined ? d.unit : i.unit;
  const year = d?.year !== undefined ? d.year : i.year;
  const subject = d?.subject ?? i.subject;
  const subjects = ends.some((e) => e.value === subject) ? ends : [...ends, { value: subject, label: subject }];
  return html`<li>
    <form
      class="item figure-item${d?.verdict === 'reject' ? ' rejected' : ''}"
      id="${id}"
      data-key="${key}"
      aria-labelledby="${id}-title"
    >
      <h3 id="${id}-title">${i.name}${i.change ? ` (${i.change})` : ''}</h3>
      <blockquote>“${i.evidence[0] ?? ''}”</blockquote>
      <p class="meta">
        ${i.rule ? html`rule <code>${i.rule}</code> · ` : ''}confidence ${i.confidence} ·
        <a href="#${quoteId(key)}">in the text</a>
      </p>
      ${verdictRadios(key, d?.verdict ?? 'accept')}
      <div class="fields">
        ${field(`${id}-value`, 'Value', html`<input id="${id}-value" name="value" inputmode="decimal" value="${value === null ? '' : String(value)}" />`)}
        ${field(`${id}-unit`, 'Unit', html`<input id="${id}-unit" name="unit" value="${unit ?? ''}" />`)}
        ${field(`${id}-year`, 'Year', html`<input id="${id}-year" name="year" inputmode="numeric" maxlength="4" value="${year === null ? '' : String(year)}" />`)}
        ${field(
          `${id}-subject`,
          'Subject',
          html`<select id="${id}-subject" name="subject" data-ends>
            ${options(subjects, subject)}
          </select>`,
        )}
      </div>
      <p class="violations" data-violations></p>
      ${saved(key, review)}
    </form>
  </li>`;
}

function addedItem(key: string, value: AddedFact | AddedFigure, names: Map<string, string>): Html {
  const label =
    'type' in value
      ? `${names.get(value.from) ?? value.from} — ${value.type} → ${names.get(value.to) ?? value.to}${value.year ? `, ${value.year}` : ''}`
      : `${value.name}: ${value.value ?? '?'} ${value.unit ?? ''}${value.year ? ` (${value.year})` : ''}`;
  return html`<li class="item added" id="${itemId(key)}" data-key="${key}">
    <p><strong>${label}</strong></p>
    <blockquote>“${value.quote}”</blockquote>
    <p class="violations" data-violations></p>
    <button type="button" class="button secondary" data-remove="${key}">Remove</button>
  </li>`;
}

/**
 * The facts the learned rule withdrew from the draft, each with a button that adds it back as
 * the rule proposed it — or, once added back (an added fact of the same type, ends and quote),
 * saying so.
 */
function withdrawnList(draft: Draft, names: Map<string, string>, added: readonly AddedFact[]): Html | string {
  const withdrawn = draft.withdrawn ?? [];
  if (withdrawn.length === 0) return '';
  const isBack = (f: DraftFact) =>
    added.some((a) => a.type === f.type && a.from === f.from && a.to === f.to && a.quote === f.evidence[0]);
  return html`<h3 id="withdrawn-title">Withdrawn by the learned rule (${withdrawn.length})</h3>
    <p class="hint">
      A hand-written rule proposed these; the relation classifier found them unlikely. Add back what the text states.
    </p>
    <ul class="added-list" aria-labelledby="withdrawn-title">
      ${withdrawn.map(
        (f, i) =>
          html`<li class="item withdrawn">
            <p>
              <strong
                >${names.get(f.from) ?? f.from} — ${f.type} →
                ${names.get(f.to) ?? f.to}${typeof f.properties.year === 'number' ? `, ${f.properties.year}` : ''}</strong
              >
              <span class="rule">${f.rule}, probability ${f.confidence}</span>
            </p>
            <blockquote>“${f.evidence[0] ?? ''}”</blockquote>
            ${
              isBack(f)
                ? html`<p class="hint">Added back: see “Added by you”.</p>`
                : html`<button type="button" class="button secondary" data-restore="${i}">Add it back</button>`
            }
          </li>`,
      )}
    </ul>`;
}

function articleText(draft: Draft, quotes: Array<{ key: string; quote: string }>, rejected: Set<string>): Html {
  const text = draft.document.text;
  const pieces = splitByQuotes(
    text,
    quotes.map((q) => q.quote),
  );
  let at = 0;
  return html`${pieces.map((piece) => {
    const start = at;
    at += piece.text.length;
    const anchors = piece.starts.map((i) => html`<span id="${quoteId(quotes[i]!.key)}"></span>`);
    const span = html`<span data-at="${start}">${piece.text}</span>`;
    if (!piece.quotes.length) return html`${anchors}${span}`;
    const keys = piece.quotes.map((i) => quotes[i]!.key);
    const cls = keys.every((k) => rejected.has(k)) ? 'rejected' : '';
    return html`${anchors}<mark class="${cls}" data-items="${keys.join(' ')}">${span}</mark>`;
  })}`;
}

export function reviewPage(draft: Draft, review: ReviewFile | null, csrf: string): string {
  const doc = draft.document;
  const entities = draft.entities as ReviewedEntity[];
  const facts = draft.facts as ReviewedFact[];
  const figures = draft.indicators as ReviewedIndicator[];
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const added = Object.entries(review?.decisions ?? {}).filter(([k]) => k.startsWith('added-'));
  for (const [, stored] of added) {
    const v = stored.decision.value as AddedFact;
    for (const g of v.graphEnds ?? []) names.set(g.id, g.name);
  }
  const ends: EndOption[] = entities.map((e) => ({ value: e.id, label: `${e.name} (${kindName(e.kind)})` }));
  const quotes = [
    ...facts.map((f, i) => ({ key: `fact:${i}`, quote: f.evidence[0] ?? '' })),
    ...figures.map((f) => ({ key: `figure:${f.id}`, quote: f.evidence[0] ?? '' })),
    ...added.map(([key, stored]) => ({ key, quote: (stored.decision.value as AddedFact).quote })),
  ];
  const sentences = splitSentences(doc.text);
  const rejected = new Set(
    Object.entries(review?.decisions ?? {})
      .filter(([, stored]) => (stored.decision.value as { verdict?: string }).verdict === 'reject')
      .map(([key]) => key),
  );
  const validation = draft.validation;
  const body = html`<article class="review" data-doc-id="${doc.id}">
    <header class="page-head">
      <p class="eyebrow">
        <a href="${REVIEW_PATH}">Review</a> ·
        <code class="id">${doc.id}</code>${doc.date ? html` · <time>${doc.date}</time>` : ''}
      </p>
      <h1>${doc.title}</h1>
      <p>
        ${entities.length} entities, ${facts.length} facts and ${figures.length} figures proposed. Every choice is saved
        as you make it; items you do not touch are accepted as proposed. When done,
        <a href="#accept-title">accept the draft</a>.
      </p>
      ${validation.valid ? '' : html`<p class="notice">As drafted it breaks ${validation.violations.length} rule(s) of the model; decide the items below, then check again.</p>`}
      ${
        draft.review.length
          ? html`<section class="needs" aria-labelledby="needs-title">
              <h2 id="needs-title">Needs a decision first (${draft.review.length})</h2>
              <ul>
                ${draft.review.map((r) => html`<li><code>${r.about}</code>: ${r.reason}</li>`)}
              </ul>
            </section>`
          : ''
      }
    </header>
    <div class="columns review-columns">
      <section class="main-column" aria-labelledby="text-title">
        <h2 id="text-title">The article</h2>
        <p class="hint">
          Marked: the quote of each proposed fact and figure. Select a passage to add a fact or a figure it states.
        </p>
        <div class="doc-text" id="article-text">${articleText(draft, quotes, rejected)}</div>
        <section class="add-panel" aria-labelledby="add-title">
          <h2 id="add-title">Add a fact or a figure</h2>
          <div class="field">
            <label for="add-sentence">The quote: a sentence of the article, or the passage selected in it</label>
            <select id="add-sentence">
              <option value="">— select text in the article, or choose a sentence —</option>
              ${sentences.map((s) => html`<option value="${`${s.start}:${s.end}`}">${s.text.length > 110 ? `${s.text.slice(0, 107)}…` : s.text}</option>`)}
            </select>
          </div>
          <p>Quote: <q id="add-quote" data-start="" data-end="">nothing selected yet</q></p>
          <form id="add-fact" aria-labelledby="add-fact-title">
            <h3 id="add-fact-title">A fact</h3>
            ${factFieldset('add-fact', { type: 'LOCATED_IN', from: entities[0]?.id ?? '', to: entities[1]?.id ?? entities[0]?.id ?? '', properties: {} }, ends)}
            <div class="graph-search">
              ${field('add-fact-search', 'An end from the graph (added to the From and To lists)', html`<input id="add-fact-search" type="search" data-end-search autocomplete="off" placeholder="A name or part of one" maxlength="200" />`)}
              <p class="hint" data-search-status role="status" aria-live="polite"></p>
            </div>
            <button type="submit" class="button">Add the fact</button>
          </form>
          <form id="add-figure" aria-labelledby="add-figure-title">
            <h3 id="add-figure-title">A figure</h3>
            <div class="fields">
              ${field('add-figure-name', 'What it measures', html`<input id="add-figure-name" name="name" placeholder="e.g. sales revenue" />`)}
              ${field('add-figure-value', 'Value', html`<input id="add-figure-value" name="value" inputmode="decimal" />`)}
              ${field('add-figure-unit', 'Unit', html`<input id="add-figure-unit" name="unit" placeholder="yuan, %, sets" />`)}
              ${field('add-figure-year', 'Year', html`<input id="add-figure-year" name="year" inputmode="numeric" maxlength="4" />`)}
              ${field(
                'add-figure-subject',
                'Subject',
                html`<select id="add-figure-subject" name="subject" data-ends>
                  ${options(ends, entities[0]?.id)}
                </select>`,
              )}
            </div>
            <button type="submit" class="button">Add the figure</button>
          </form>
          <p id="add-status" role="status" aria-live="polite"></p>
          ${withdrawnList(
            draft,
            names,
            added.map(([, stored]) => stored.decision.value as AddedFact),
          )}
          <h3>Added by you (${added.length})</h3>
          <ul class="added-list" id="added-list">
            ${added.map(([key, stored]) => addedItem(key, stored.decision.value as AddedFact | AddedFigure, names))}
          </ul>
        </section>
      </section>
      <aside class="side-column decisions" aria-label="Decisions">
        <section aria-labelledby="entities-title">
          <h2 id="entities-title">Entities (${entities.length})</h2>
          <ul class="items">
            ${entities.map((e) => entityForm(draft, e, review))}
          </ul>
        </section>
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">Facts (${facts.length})</h2>
          <ul class="items">
            ${facts.map((f, i) => factForm(f, i, review, names, ends))}
          </ul>
        </section>
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">Figures (${figures.length})</h2>
          <ul class="items">
            ${figures.map((f) => figureForm(f, review, ends))}
          </ul>
        </section>
      </aside>
    </div>
    <section class="accept" aria-labelledby="accept-title">
      <h2 id="accept-title">Accept</h2>
      <p>
        Writes the script from your decisions, checks it in a transaction that is rolled back, then adds the article to
        the project (data/ and cypher/), imports it and validates the graph. If anything fails, nothing is kept.
      </p>
      <p class="downloads">
        <button type="button" class="button secondary" id="check-button">Check only</button>
        <button type="button" class="button" id="accept-button">Accept the draft</button>
      </p>
      <div id="accept-result" role="status" aria-live="polite"></div>
    </section>
    ${jsonScript('review-data', {
      docId: doc.id,
      csrf,
      text: doc.text,
      entities: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
      types: RELATIONSHIP_TYPES.map((t) => ({ type: t.type, properties: t.properties.map((p) => p.name) })),
      // What "Add it back" sends: the withdrawn fact as an added one, its quote the rule's.
      withdrawn: (draft.withdrawn ?? []).map((f) => ({
        type: f.type,
        from: f.from,
        to: f.to,
        year: f.properties.year ?? null,
        status: f.properties.status ?? null,
        role: f.properties.role ?? null,
        via: f.properties.via ?? null,
        quote: f.evidence[0] ?? '',
      })),
    })}
  </article>`;
  return layout({ title: `Review ${doc.title}`, body, assets: reviewAssets });
}
