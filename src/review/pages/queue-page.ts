// /review: every draft not yet accepted, with its counts and what needs a decision first, and
// a form to paste or upload an article to draft. Also the small pages of the workspace:
// sign-in, the withdraw confirmation, and a refusal.
import type { Draft } from '../../draft/types.js';
import type { WithdrawFilesPlan } from '../../graph-import/withdraw-files.js';
import type { WithdrawSummary } from '../../graph-import/withdraw.js';
import { html, jsonScript } from '../../explore/html.js';
import { layout } from '../../explore/pages/layout.js';
import { documentUrl } from '../../explore/urls.js';
import { reviewProgress, type ReviewFile } from '../decisions.js';
import { REVIEW_PATH, reviewUrl } from '../urls.js';
import { reviewAssets } from './review-page.js';

export interface QueueEntry {
  draft: Draft;
  review: ReviewFile | null;
}

export function queuePage(entries: QueueEntry[], csrf: string, maxBytes: number): string {
  const body = html`<section class="queue" data-review-queue>
    <header class="page-head">
      <h1>Drafts to review</h1>
      <p>
        Each draft is an article the drafter read: the entities, facts and figures it proposes, each with its quote.
        Open one to decide; accept it when done.
      </p>
    </header>
    ${
      entries.length === 0
        ? html`<p class="notice">
            No draft waits for review. Paste or upload an article below, or run
            <code>npm run draft -- &lt;article.txt&gt;</code>.
          </p>`
        : html`<div class="table-scroll">
            <table class="figures queue-table">
              <caption class="visually-hidden">
                Drafts not yet accepted
              </caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Entities</th>
                  <th scope="col">Facts</th>
                  <th scope="col">Figures</th>
                  <th scope="col">Decided</th>
                  <th scope="col">Needs a decision first</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(({ draft, review }) => {
                  const progress = reviewProgress(draft, review);
                  const first = draft.review[0];
                  return html`<tr>
                    <td>
                      <a href="${reviewUrl(draft.document.id)}">${draft.document.title}</a><br /><code class="id"
                        >${draft.document.id}</code
                      >
                    </td>
                    <td class="num">${draft.entities.length}</td>
                    <td class="num">${draft.facts.length}</td>
                    <td class="num">${draft.indicators.length}</td>
                    <td class="num">
                      ${progress.decided} of ${progress.items}${progress.added ? ` (+${progress.added} added)` : ''}
                    </td>
                    <td>
                      ${first ? html`${draft.review.length} item(s), first: <code>${first.about}</code>` : 'nothing flagged'}${draft.validation.valid ? '' : html`<br /><strong>breaks the model as drafted</strong>`}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
    <section class="upload" aria-labelledby="upload-title">
      <h2 id="upload-title">Draft a new article</h2>
      <p class="hint">
        Plain UTF-8 text, at most ${Math.round(maxBytes / 1024)} KiB. The first line is the title unless you give one; a
        date line (2024-09-03) in its first lines is its date.
      </p>
      <form id="draft-form">
        <div class="field">
          <label for="draft-text">Paste the article</label><textarea id="draft-text" name="text" rows="10"></textarea>
        </div>
        <div class="field">
          <label for="draft-file">or upload a text file</label
          ><input id="draft-file" name="file" type="file" accept=".txt,text/plain" />
        </div>
        <div class="fields">
          <div class="field">
            <label for="draft-title">Title (optional)</label><input id="draft-title" name="title" />
          </div>
          <div class="field">
            <label for="draft-date">Date (optional, YYYY-MM-DD or YYYY)</label><input id="draft-date" name="date" />
          </div>
        </div>
        <button type="submit" class="button">Draft it</button>
        <p id="draft-status" role="status" aria-live="polite"></p>
      </form>
    </section>
    ${jsonScript('review-data', { csrf })}
  </section>`;
  return layout({ title: 'Review drafts', body, assets: reviewAssets });
}

export function signInPage(problem: string | null): string {
  const body = html`<section class="not-found">
    <h1>Sign in to review</h1>
    ${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}
    <p>
      Reviewing writes to the project, so it needs the reviewer token. Use the sign-in link
      <code>npm start</code> printed, or type the token (<code>REVIEW_TOKEN</code> in <code>.env</code>):
    </p>
    <form method="get" action="${REVIEW_PATH}/sign-in">
      <div class="field">
        <label for="token">Reviewer token</label><input id="token" name="token" type="password" autocomplete="off" />
      </div>
      <div class="field">
        <label for="reviewer">Your name (for the audit log)</label><input id="reviewer" name="name" />
      </div>
      <button type="submit" class="button">Sign in</button>
    </form>
  </section>`;
  return layout({ title: 'Sign in', body, headerSearch: false });
}

export function withdrawPage(
  title: string,
  docId: string,
  preview: WithdrawSummary,
  plan: WithdrawFilesPlan,
  csrf: string,
): string {
  const files = [
    plan.documentFile,
    plan.corpusEntry ? `its entry in data/corpus.json (cypher/01_documents.cypher regenerated)` : null,
    ...plan.factsScripts.map((f) => `cypher/${f}`),
    ...plan.catalogueEntries.map((c) => `${c.id} from cypher/${c.script}`),
  ].filter((x): x is string => x !== null);
  const body = html`<section class="withdraw" data-withdraw="${docId}">
    <header class="page-head">
      <p class="eyebrow"><a href="${documentUrl(docId)}">Back to the article</a> · <code class="id">${docId}</code></p>
      <h1>Withdraw “${title}”?</h1>
    </header>
    <p>
      This takes the article out of the graph and out of the project's files, as <code>npm run withdraw</code> does:
    </p>
    <ul>
      <li>its Document and ${preview.mentionsDeleted} mentions, ${preview.pairsRemoved} (source, quote) pairs;</li>
      <li>
        ${preview.relationshipsDeleted} facts and ${preview.indicatorsDeleted.length} figures no other article supports;
      </li>
      <li>
        ${preview.entitiesDeleted.length} entities left without a
        fact${preview.entitiesDeleted.length ? html`: ${preview.entitiesDeleted.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}` : ''};
      </li>
      <li>files: ${files.length ? files.join('; ') : 'none'}.</li>
    </ul>
    <p>${preview.factsKept} facts and figures keep the quotes of other articles.</p>
    <p class="downloads">
      <button type="button" class="button danger" id="withdraw-button">Withdraw the article</button>
      <a class="button secondary" href="${documentUrl(docId)}">Cancel</a>
    </p>
    <div id="withdraw-result" role="status" aria-live="polite"></div>
    ${jsonScript('review-data', { csrf, docId })}
  </section>`;
  return layout({ title: `Withdraw ${title}`, body, assets: reviewAssets });
}

export function messagePage(title: string, message: string): string {
  const body = html`<section class="not-found">
    <h1>${title}</h1>
    <p class="notice" role="alert">${message}</p>
    <p><a href="${REVIEW_PATH}">Back to the drafts</a></p>
  </section>`;
  return layout({ title, body, headerSearch: false });
}
