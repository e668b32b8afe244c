// The review workspace's page script (bundled by esbuild, served by the API). The server
// renders every form complete; this saves each form as it changes (one item per request, so
// two tabs never overwrite each other), searches the graph for "same as" and for the ends of
// an added fact, turns a selection of the article into a quote (its offsets into the text, so
// the quote is the article's own characters), drafts pasted or uploaded articles, and runs
// the check, the accept and the withdrawal. Text is only ever set with textContent.
import './review.css';

const data = JSON.parse(document.getElementById('review-data')?.textContent ?? 'null');

const SEARCH = `query ReviewSearch($q: String!) {
  search(query: $q, first: 8) { entity { id name kind } }
}`;

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

const kindName = (k) => k.charAt(0) + k.slice(1).toLowerCase();

async function post(path, body, type = 'application/json') {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': type, 'x-review-csrf': data.csrf },
    body: type === 'application/json' ? JSON.stringify(body) : body,
    credentials: 'same-origin',
  });
  let answer;
  try {
    answer = await response.json();
  } catch {
    answer = { error: `The server answered ${response.status}.` };
  }
  return { status: response.status, ok: response.ok, body: answer };
}

async function searchGraph(q) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { q } }),
    credentials: 'same-origin',
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data.search.map((hit) => hit.entity);
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// ---------------------------------------------------------------- saving decisions

const value = (form, name) => form.elements.namedItem(name)?.value ?? undefined;

function factFields(form) {
  return {
    type: value(form, 'type'),
    from: value(form, 'from'),
    to: value(form, 'to'),
    year: value(form, 'year')?.trim() ?? '',
    status: value(form, 'status') ?? '',
    role: value(form, 'role')?.trim() ?? '',
    via: value(form, 'via')?.trim() ?? '',
  };
}

function decisionOf(form) {
  const key = form.dataset.key;
  if (key.startsWith('entity:')) {
    const choice = form.querySelector('input[name="choice"]:checked');
    const decision = { action: 'new', name: value(form, 'name')?.trim(), kind: value(form, 'kind') };
    if (choice && choice.value.startsWith('same-as:')) {
      decision.action = 'same-as';
      decision.sameAs = { id: choice.value.slice(8), name: choice.dataset.name, kind: choice.dataset.kind };
    }
    return decision;
  }
  const verdict = form.querySelector('input[name="verdict"]:checked')?.value ?? 'accept';
  if (key.startsWith('fact:')) return { verdict, ...factFields(form) };
  return {
    verdict,
    value: value(form, 'value')?.trim() ?? '',
    unit: value(form, 'unit')?.trim() ?? '',
    year: value(form, 'year')?.trim() ?? '',
    subject: value(form, 'subject'),
  };
}

async function save(form) {
  const status = form.querySelector('.saved');
  status.textContent = 'Saving…';
  form.classList.remove('failed');
  const { ok, body } = await post(`/review/api/${data.docId}/decisions`, {
    key: form.dataset.key,
    decision: decisionOf(form),
  });
  form.classList.toggle('failed', !ok);
  form.classList.toggle('decided', ok);
  status.textContent = ok ? `Saved: ${body.stored.by}, ${body.stored.at.slice(11, 19)}` : `Not saved: ${body.error}`;
  if (form.dataset.key.startsWith('fact:') || form.dataset.key.startsWith('figure:')) {
    const rejected = ok && decisionOf(form).verdict === 'reject';
    form.classList.toggle('rejected', rejected);
    markItem(form.dataset.key, rejected);
  }
}

function markItem(key, rejected) {
  for (const mark of document.querySelectorAll('#article-text mark[data-items]')) {
    if (mark.dataset.items.split(' ').includes(key)) mark.classList.toggle('rejected', rejected);
  }
}

function itemForms() {
  for (const form of document.querySelectorAll('form.item[data-key]')) {
    form.addEventListener('change', (event) => {
      if (event.target.matches('[data-graph-search]')) return;
      void save(form);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void save(form);
    });
    const search = form.querySelector('[data-graph-search]');
    if (search) sameAsSearch(form, search);
  }
}

/** A graph search beside an entity: each hit becomes one more "the same as" choice. */
function sameAsSearch(form, input) {
  const status = form.querySelector('[data-search-status]');
  const list = form.querySelector('.same-as-list');
  let latest = 0;
  const run = debounce(async () => {
    const q = input.value.trim();
    const asked = ++latest;
    if (q.length < 2) return;
    try {
      const hits = await searchGraph(q);
      if (asked !== latest) return;
      for (const old of list.querySelectorAll('label[data-found]')) {
        if (!old.querySelector('input').checked) old.remove();
      }
      for (const entity of hits) {
        if (list.querySelector(`input[value="same-as:${CSS.escape(entity.id)}"]`)) continue;
        const radio = el('input', { type: 'radio', name: 'choice', value: `same-as:${entity.id}` });
        radio.dataset.name = entity.name;
        radio.dataset.kind = entity.kind;
        list.append(
          el('label', { 'data-found': '' }, [
            radio,
            ' the same as ',
            el('strong', {}, [entity.name]),
            ` (${kindName(entity.kind)}, `,
            el('code', {}, [entity.id]),
            ')',
            el('span', { class: 'hint' }, ['found in the graph']),
          ]),
        );
      }
      status.textContent = hits.length ? `${hits.length} found: listed above as choices.` : 'Nothing found.';
    } catch (error) {
      status.textContent = `Search failed: ${error.message}`;
    }
  }, 200);
  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
}

// ---------------------------------------------------------------- adding from a selection

/** Offset into the article of a point in the rendered text (every text piece is a span with data-at). */
function offsetOf(container, offset, root) {
  if (container.nodeType === Node.TEXT_NODE) {
    const span = container.parentElement?.closest('[data-at]');
    return span ? Number(span.dataset.at) + offset : null;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const child = container.childNodes[offset];
  let last = null;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (
      child &&
      (child === node || child.contains(node) || child.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
    ) {
      return offsetOf(node, 0, root);
    }
    if (container.contains(node)) last = node;
  }
  return last ? offsetOf(last, last.textContent.length, root) : null;
}

function setQuote(start, end) {
  const quote = document.getElementById('add-quote');
  let s = start;
  let e = end;
  while (s < e && /\s/.test(data.text[s])) s += 1;
  while (e > s && /\s/.test(data.text[e - 1])) e -= 1;
  if (e <= s) return;
  quote.dataset.start = String(s);
  quote.dataset.end = String(e);
  quote.textContent = data.text.slice(s, e);
}

function addPanel() {
  const root = document.getElementById('article-text');
  const sentence = document.getElementById('add-sentence');
  if (!root || !sentence) return;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset, root);
    const end = offsetOf(range.endContainer, range.endOffset, root);
    if (start !== null && end !== null && end > start) {
      setQuote(start, end);
      sentence.value = '';
    }
  });
  sentence.addEventListener('change', () => {
    if (!sentence.value) return;
    const [start, end] = sentence.value.split(':').map(Number);
    setQuote(start, end);
  });

  const status = document.getElementById('add-status');
  const graphEnds = new Map();
  const quote = () => {
    const q = document.getElementById('add-quote');
    return q.dataset.start ? data.text.slice(Number(q.dataset.start), Number(q.dataset.end)) : null;
  };
  async function add(kind, form, decision) {
    const q = quote();
    if (!q) {
      status.textContent = 'Select the passage in the article (or choose a sentence) first: it becomes the quote.';
      return;
    }
    const key = `added-${kind}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const { ok, body } = await post(`/review/api/${data.docId}/decisions`, {
      key,
      decision: { ...decision, quote: q },
    });
    if (!ok) {
      status.textContent = `Not added: ${body.error}`;
      return;
    }
    status.textContent = `Added and saved. Reloading to show it in the text…`;
    location.reload();
  }
  document.getElementById('add-fact')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = factFields(form);
    const ends = [fields.from, fields.to].filter((id) => graphEnds.has(id)).map((id) => graphEnds.get(id));
    void add('fact', form, { ...fields, graphEnds: ends });
  });
  // A fact the learned rule withdrew, added back as its rule proposed it (the quote is the rule's).
  for (const button of document.querySelectorAll('[data-restore]')) {
    button.addEventListener('click', async () => {
      const fact = data.withdrawn?.[Number(button.dataset.restore)];
      if (!fact) return;
      const key = `added-fact:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const { ok, body } = await post(`/review/api/${data.docId}/decisions`, { key, decision: fact });
      if (!ok) {
        status.textContent = `Not added back: ${body.error}`;
        return;
      }
      status.textContent = 'Added back and saved. Reloading to show it in the text…';
      location.reload();
    });
  }
  document.getElementById('add-figure')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    void add('figure', form, {
      name: value(form, 'name')?.trim(),
      value: value(form, 'value')?.trim(),
      unit: value(form, 'unit')?.trim(),
      year: value(form, 'year')?.trim(),
      subject: value(form, 'subject'),
    });
  });

  // An end from the graph: found entities join the From and To lists of the add form.
  const endSearch = document.querySelector('[data-end-search]');
  const endStatus = endSearch?.closest('.graph-search')?.querySelector('[data-search-status]');
  let latest = 0;
  endSearch?.addEventListener(
    'input',
    debounce(async () => {
      const q = endSearch.value.trim();
      const asked = ++latest;
      if (q.length < 2) return;
      try {
        const hits = await searchGraph(q);
        if (asked !== latest) return;
        for (const select of document.querySelectorAll('#add-fact select[data-ends]')) {
          for (const entity of hits) {
            if ([...select.options].some((o) => o.value === entity.id)) continue;
            select.append(
              el('option', { value: entity.id }, [`${entity.name} (${kindName(entity.kind)}, in the graph)`]),
            );
          }
        }
        for (const entity of hits) graphEnds.set(entity.id, entity);
        endStatus.textContent = hits.length
          ? `${hits.length} found, added to the From and To lists: ${hits.map((h) => h.name).join(', ')}.`
          : 'Nothing found.';
      } catch (error) {
        endStatus.textContent = `Search failed: ${error.message}`;
      }
    }, 200),
  );

  for (const button of document.querySelectorAll('[data-remove]')) {
    button.addEventListener('click', async () => {
      const { ok, body } = await post(`/review/api/${data.docId}/decisions`, {
        key: button.dataset.remove,
        decision: null,
      });
      if (ok) location.reload();
      else status.textContent = `Not removed: ${body.error}`;
    });
  }
}

// ---------------------------------------------------------------- check and accept

function showViolations(violations) {
  for (const p of document.querySelectorAll('[data-violations]')) p.textContent = '';
  const unplaced = [];
  for (const v of violations) {
    const forms = [...document.querySelectorAll('[data-key]')].filter((form) =>
      v.ids.some(
        (id) => form.dataset.key === `entity:${id}` || form.dataset.key === `figure:${id}` || formMentions(form, id),
      ),
    );
    for (const form of forms) {
      const p = form.querySelector('[data-violations]');
      if (p) p.textContent = `${p.textContent ? `${p.textContent} ` : ''}[${v.rule}] ${v.message}`;
    }
    if (forms.length === 0) unplaced.push(v);
  }
  return unplaced;
}

function formMentions(form, id) {
  return ['from', 'to', 'subject'].some((name) => form.elements?.namedItem?.(name)?.value === id);
}

function acceptPanel() {
  const result = document.getElementById('accept-result');
  const check = document.getElementById('check-button');
  const accept = document.getElementById('accept-button');
  if (!result || !check || !accept) return;
  async function run(action) {
    check.disabled = true;
    accept.disabled = true;
    result.replaceChildren(
      el('p', {}, [action === 'accept' ? 'Checking, then accepting and importing…' : 'Checking…']),
    );
    try {
      const { status, body } = await post(`/review/api/${data.docId}/${action}`, {});
      if (body.accepted) {
        result.replaceChildren(
          el('p', { class: 'ok' }, [`Accepted: ${body.script} imported, the graph validated. `]),
          el('p', {}, [el('a', { href: body.documentUrl, id: 'accepted-link' }, ['See the article in the explorer'])]),
        );
        document.querySelector('article.review')?.classList.add('accepted');
        return;
      }
      if (body.valid) {
        result.replaceChildren(
          el('p', { class: 'ok' }, [
            `Valid: the script from your decisions satisfies the model (${body.draft.facts} facts, ${body.draft.figures} figures).`,
          ]),
        );
      } else if (body.violations) {
        const unplaced = showViolations(body.violations);
        result.replaceChildren(
          el('p', { class: 'bad' }, [
            `${body.violations.length} violation(s); nothing was changed. Each is shown at its item.`,
          ]),
          el(
            'ul',
            {},
            unplaced.map((v) => el('li', {}, [`[${v.rule}] ${v.message}`])),
          ),
        );
      } else {
        result.replaceChildren(el('p', { class: 'bad' }, [`Failed (${status}): ${body.error}`]));
      }
    } finally {
      check.disabled = false;
      accept.disabled = false;
    }
  }
  check.addEventListener('click', () => void run('check'));
  accept.addEventListener('click', () => void run('accept'));
}

// ---------------------------------------------------------------- drafting and withdrawing

function draftForm() {
  const form = document.getElementById('draft-form');
  if (!form) return;
  const status = document.getElementById('draft-status');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.namedItem('file').files[0];
    const text = form.elements.namedItem('text').value;
    if (!file && text.trim() === '') {
      status.textContent = 'Paste the article, or choose a text file.';
      return;
    }
    const params = new URLSearchParams();
    for (const name of ['title', 'date']) {
      const v = form.elements.namedItem(name).value.trim();
      if (v) params.set(name, v);
    }
    params.set('name', file ? file.name : 'pasted-article.txt');
    status.textContent = 'Drafting (reading the graph, then a rolled-back check)…';
    const { ok, body } = await post(`/review/api/drafts?${params}`, file ?? text, 'text/plain; charset=utf-8');
    if (!ok) {
      status.textContent = `Not drafted: ${body.error}`;
      return;
    }
    status.textContent = `Drafted ${body.docId}: ${body.entities} entities, ${body.facts} facts, ${body.figures} figures. Opening it…`;
    location.assign(body.url);
  });
}

function withdrawButton() {
  const button = document.getElementById('withdraw-button');
  if (!button) return;
  const result = document.getElementById('withdraw-result');
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = 'Withdrawing…';
    const { ok, body } = await post(`/review/api/${data.docId}/withdraw`, {});
    if (!ok) {
      result.textContent = `Not withdrawn: ${body.error}`;
      button.disabled = false;
      return;
    }
    const s = body.summary;
    result.textContent = `Withdrawn: ${s.pairsRemoved} quotes, ${s.relationshipsDeleted} facts, ${s.indicatorsDeleted.length} figures and ${s.entitiesDeleted.length} entities removed; the files changed with them.`;
  });
}

if (data) {
  itemForms();
  addPanel();
  acceptPanel();
  draftForm();
  withdrawButton();
}
