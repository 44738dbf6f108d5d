// eventline workbench: the article page. Plain ES module, no build step.
// The article's text is only ever added as text nodes (never as HTML), and every offset the page
// sends is counted in Unicode code points of the file's text, as validate and Python count them.

const body = document.body;
const articleId = body.dataset.article;
const token = body.dataset.token;
const api = `/api/article/${encodeURIComponent(articleId)}`;

let state = null; // the article as last shown (saved or previewed)
let base = null; // the version of the curation file the pending edits apply to
let pending = []; // edits not saved yet
let undone = []; // saved batches, for undo: each a list of inverse edits
let selected = null; // id of the selected event
let schema = null;
let actors = [];
const nodeStart = new WeakMap(); // text node -> code point offset of its first character

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'for') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
};
const cpLength = (s) => { let n = 0; for (const _ of s) n++; return n; };

async function call(path, payload) {
  const options = payload === undefined ? {} : {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Eventline-Token': token },
    body: JSON.stringify(payload),
  };
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  const json = response.headers.get('Content-Type')?.startsWith('application/json') ? await response.json() : { error: await response.text() };
  return { status: response.status, json };
}

function setSaveState(kind, words) {
  const s = $('save-state');
  s.dataset.state = kind;
  s.textContent = words;
}

function banner(words, actions = []) {
  const b = $('banner');
  b.replaceChildren(el('p', { text: words }), ...actions.map(([label, fn]) => el('button', { type: 'button', text: label, onclick: fn })));
  b.hidden = !words;
}

async function load() {
  const [{ json: s }, { json: a }, schemaJson] = await Promise.all([
    call(api), call('/api/actors'), fetch('/static/schema.json', { credentials: 'same-origin' }).then((r) => r.json()),
  ]);
  schema = schemaJson;
  actors = a;
  show(s, true);
  setSaveState('saved', 'saved');
  setInterval(poll, 2000);
}

function show(s, fromDisk) {
  state = s;
  if (fromDisk) base = s.version;
  $('title').textContent = s.title || s.id;
  renderText();
  renderEvents();
  renderEditor();
  renderFileMessages();
}

// ---- the article text, with every quote highlighted --------------------------------------------

function renderText() {
  const pre = $('text');
  const overlaps = $('overlaps');
  pre.replaceChildren();
  overlaps.replaceChildren();
  const text = state.text;
  // The ranges to draw: each event's quote, and the date and casualty phrases inside it.
  const ranges = [];
  for (const e of state.events) {
    if (e.quoteStart === null || e.quoteStart === undefined) continue;
    ranges.push({ kind: 'quote', event: e, start: e.quoteStart, end: e.quoteEnd });
    for (const p of e.phrases) ranges.push({ kind: p.kind, event: e, start: p.start, end: p.end });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'quote' ? -1 : 1));
  // Nest the ranges; one that crosses another cannot nest: its quote is listed beside the text.
  const root = { start: 0, end: cpLength(text), children: [] };
  const stack = [root];
  for (const r of ranges) {
    while (stack.length > 1 && stack[stack.length - 1].end <= r.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (r.end > parent.end) {
      if (r.kind === 'quote') overlaps.append(el('li', {}, quoteElement(r.event)));
      continue;
    }
    r.children = [];
    parent.children.push(r);
    stack.push(r);
  }
  const points = Array.from(text);
  const slice = (a, b) => points.slice(a, b).join('');
  const draw = (node, into) => {
    let at = node.start;
    for (const c of node.children) {
      if (c.start > at) into.append(textNode(slice(at, c.start), at));
      const span = c.kind === 'quote'
        ? el('mark', { className: `quote status-${c.event.status}`, 'data-event-id': c.event.id, title: `${c.event.id} (${c.event.status})` })
        : el('span', { className: `phrase phrase-${c.kind}`, title: `${c.kind} phrase of ${c.event.id}` });
      if (c.kind === 'quote') span.addEventListener('click', () => select(c.event.id));
      draw(c, span);
      into.append(span);
      at = c.end;
    }
    if (node.end > at) into.append(textNode(slice(at, node.end), at));
  };
  draw(root, pre);
  overlaps.parentElement.querySelector('h2').hidden = overlaps.children.length === 0;
}

function quoteElement(e) {
  const points = Array.from(state.text);
  return el('q', { className: `quote status-${e.status}`, 'data-event-id': e.id, text: points.slice(e.quoteStart, e.quoteEnd).join(''), onclick: () => select(e.id) });
}

function textNode(s, start) {
  const t = document.createTextNode(s);
  nodeStart.set(t, start);
  return t;
}

// The selection as code points of the file's text, or null.
function selection() {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const pre = $('text');
  if (!pre.contains(range.startContainer) || !pre.contains(range.endContainer)) return null;
  const point = (node, offset) => {
    if (node.nodeType !== Node.TEXT_NODE) {
      // A boundary between elements: the first text node at or after it.
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      let t = walker.nextNode();
      const marker = node.childNodes[offset] || null;
      while (t && marker && !(marker === t || marker.contains(t) || (marker.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING))) t = walker.nextNode();
      return t ? nodeStart.get(t) : cpLength(state.text);
    }
    return nodeStart.get(node) + cpLength(node.data.slice(0, offset));
  };
  const start = point(range.startContainer, range.startOffset);
  const end = point(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return null;
  const text = Array.from(state.text).slice(start, end).join('');
  return { start, end, text };
}

document.addEventListener('selectionchange', () => {
  const s = selection();
  const bar = $('selection-bar');
  if (!s) { bar.hidden = true; return; }
  bar.replaceChildren(
    el('span', { text: `${cpLength(s.text)} characters selected: ` }),
    el('button', { type: 'button', text: 'Quote (q)', onclick: () => fromSelection('quote') }),
    el('button', { type: 'button', text: 'Date phrase (d)', onclick: () => fromSelection('date_phrase') }),
    el('button', { type: 'button', text: 'Casualty phrase (f)', onclick: () => fromSelection('casualty_phrase') }),
    el('button', { type: 'button', text: 'Another casualty phrase (F)', onclick: anotherCasualtyPhrase }),
    el('button', { type: 'button', text: 'New event (a)', onclick: () => fromSelection('add') }),
  );
  bar.hidden = false;
});

function fromSelection(op) {
  const s = selection();
  if (!s) return;
  if (op !== 'add' && !selected) { banner('Select an event first (j/k), then the text.'); return; }
  const e = current();
  const before = e ? e.fields[op === 'quote' ? 'source_quote' : op] : null;
  edit({ op, event: op === 'add' ? null : selected, value: s.text, start: s.start, end: s.end },
    op === 'quote' && e ? { op: 'set', event: selected, field: 'source_quote', value: before } : null);
}

// The selection added to the event's casualty phrases ("two of Khan's victims died | three others
// were seriously injured"): a toll told in two places of the quote keeps each phrase short.
function anotherCasualtyPhrase() {
  const s = selection();
  if (!s) return;
  if (!selected) { banner('Select an event first (j/k), then the text.'); return; }
  const before = current().fields.casualty_phrase;
  if (!before) { fromSelection('casualty_phrase'); return; }
  edit({ op: 'set', event: selected, field: 'casualty_phrase', value: `${before} | ${s.text}` },
    { op: 'set', event: selected, field: 'casualty_phrase', value: before });
}

// ---- the events beside the text -----------------------------------------------------------------

const statusIcon = { suggested: '◌', confirmed: '✓', rejected: '✗' };

// Candidates that retell the same event: the same type at the same place.
function retellings(e) {
  return state.events.filter((o) => o.id !== e.id && o.status !== 'rejected'
    && o.fields.event_type === e.fields.event_type && o.fields.location === e.fields.location);
}

function renderEvents() {
  const list = $('events');
  list.replaceChildren();
  const order = [];
  for (const e of state.events) {
    if (order.includes(e)) continue;
    order.push(e, ...retellings(e).filter((o) => !order.includes(o)));
  }
  for (const e of order) {
    const same = retellings(e);
    const errors = e.messages.filter((m) => m.severity === 'error').length;
    const li = el('li', { className: `event status-${e.status}${e.id === selected ? ' selected' : ''}`, 'data-event-ref': e.id, tabIndex: 0 },
      el('span', { className: 'icon', 'aria-hidden': 'true', text: statusIcon[e.status] || '?' }),
      el('span', { className: 'id', text: e.id }),
      el('span', { className: 'status', text: e.status }),
      el('span', { className: 'summary', text: [e.fields.event_date, e.fields.event_type, e.fields.location].filter(Boolean).join(' · ') }),
      errors ? el('span', { className: 'errors', text: `${errors} error${errors > 1 ? 's' : ''}` }) : null,
      e.confidence !== null ? el('span', { className: 'confidence', text: `suggested, confidence ${e.confidence}` }) : null,
      e.missing.length ? el('span', { className: 'missing', text: `to fill before confirming: ${e.missing.join(', ')}` }) : null,
      same.length && e.status !== 'rejected' ? el('span', { className: 'retells', text: `same type and place as ${same.map((o) => o.id).join(', ')}: one event told twice?` }) : null);
    li.addEventListener('click', () => select(e.id));
    list.append(li);
  }
  if (!selected && state.events.length) selected = (state.events.find((e) => e.status === 'suggested') || state.events[0]).id;
}

function current() { return state.events.find((e) => e.id === selected) || null; }

function select(id) {
  selected = id;
  renderEvents();
  renderEditor();
  document.querySelector(`[data-event-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
}

// ---- the form, generated from the schema ----------------------------------------------------------

function renderEditor() {
  const form = $('editor');
  form.replaceChildren();
  const e = current();
  if (!e) { form.append(el('p', { text: 'No event yet: select a passage of the text and press a to add one.' })); return; }
  form.append(el('h2', { text: `${e.id} · ${e.status} · ${e.origin === 'suggested' ? 'began as a suggestion' : 'added by a curator'}` }));
  // Messages about a field the form does not show (status, the suggestion block) go on top.
  const shown = new Set(schema.fields.map((f) => f.name).filter((n) => !schema.notSet.includes(n)));
  for (const m of e.messages.filter((m) => !m.field || !shown.has(m.field))) form.append(message(m));
  if (e.missing.length) {
    form.append(el('p', { className: 'message warning missing', role: 'note',
      text: `Not in the text, or not found by the suggester: ${e.missing.join(', ')}. Fill them in before confirming (c is refused until then).` }));
  }
  if (e.reasons) form.append(el('details', {}, el('summary', { text: 'Why it was suggested' }), el('p', { text: e.reasons })));
  for (const f of schema.fields) {
    if (shown.has(f.name)) form.append(field(e, f));
  }
  form.append(placePicker(e));
}

function field(e, f) {
  const id = `field-${f.name}`;
  const value = e.fields[f.name] ?? '';
  let input;
  let options = f.enum;
  if (f.name === 'sub_event_type') options = schema.subEventTypes[e.fields.event_type] || [];
  if (options && options.length) {
    input = el('select', { id, name: f.name }, el('option', { value: '', text: '—' }), ...options.map((o) => el('option', { value: o, text: o, selected: o === value })));
  } else if (f.name === 'source_quote' || f.name === 'notes') {
    input = el('textarea', { id, name: f.name, rows: f.name === 'notes' ? 3 : 4, value });
  } else {
    input = el('input', { id, name: f.name, value, type: f.format === 'date' ? 'date' : (f.type === 'integer' || f.type === 'number') ? 'number' : 'text', step: f.type === 'number' ? 'any' : null });
    if (f.name === 'actor1' || f.name === 'actor2') input.setAttribute('list', 'actor-names');
  }
  input.setAttribute('aria-describedby', `${id}-help`);
  input.addEventListener('change', () => changed(e, f, input.value));
  const messages = e.messages.filter((m) => m.field === f.name).map(message);
  if (e.missing.includes(f.name)) input.setAttribute('placeholder', 'missing: fill in before confirming');
  const wrap = el('div', { className: `field${messages.length ? ' has-message' : ''}${e.missing.includes(f.name) ? ' missing' : ''}` },
    el('label', { for: id, text: f.name + (f.required ? ' *' : '') }), input,
    el('small', { id: `${id}-help`, text: f.description || '' }), ...messages);
  if (f.name === 'actor1' && !document.getElementById('actor-names')) {
    document.body.append(el('datalist', { id: 'actor-names' }, ...actors.map((a) => el('option', { value: a.name }))));
  }
  return wrap;
}

function changed(e, f, value) {
  const before = e.fields[f.name] ?? '';
  const ops = [{ op: value === '' ? 'remove' : 'set', event: e.id, field: f.name, value }];
  const inverse = [{ op: before === '' ? 'remove' : 'set', event: e.id, field: f.name, value: before }];
  if (f.name === 'event_type') {
    // The sub-event type belongs to the type: it is cleared, to be chosen among the new type's.
    const sub = document.getElementById('field-sub_event_type');
    if (sub) sub.value = '';
  }
  if (f.name === 'actor1' || f.name === 'actor2') {
    const category = categoryOn(value, e.fields.event_date);
    if (category) ops.push({ op: 'set', event: e.id, field: `${f.name}_category`, value: category });
  }
  editMany(ops, inverse);
}

function categoryOn(name, date) {
  const a = actors.find((x) => x.name === name);
  if (!a) return null;
  const role = a.roles.find(([, from, until]) => (!from || !date || from <= date) && (!until || !date || date <= until));
  return role ? role[0] : null;
}

function placePicker(e) {
  const input = el('input', { id: 'place-query', type: 'search', placeholder: 'a town, district or province' });
  const results = el('ul', { id: 'place-results', 'aria-label': 'places found' });
  const find = async () => {
    const { json } = await call(`/api/places?q=${encodeURIComponent(input.value)}`);
    results.replaceChildren(...json.map((p) => el('li', {}, el('button', {
      type: 'button', text: p.label, onclick: () => {
        const names = ['location', 'admin1', 'admin2', 'country', 'iso3', 'latitude', 'longitude', 'geo_precision'];
        editMany(names.map((n) => ({ op: (p[n] ?? '') === '' ? 'remove' : 'set', event: e.id, field: n, value: p[n] ?? '' })),
          names.map((n) => ({ op: (e.fields[n] ?? '') === '' ? 'remove' : 'set', event: e.id, field: n, value: e.fields[n] ?? '' })));
      },
    }))));
  };
  input.addEventListener('keydown', (k) => { if (k.key === 'Enter') { k.preventDefault(); find(); } });
  return el('fieldset', {}, el('legend', { text: 'Place picker (gazetteer and the dataset\'s places)' }),
    el('label', { for: 'place-query', text: 'find a place' }), input, el('button', { type: 'button', text: 'Find', onclick: find }), results);
}

function message(m) {
  const p = el('p', { className: `message ${m.severity}`, role: 'note', text: `${m.severity}: ${m.text}` });
  if (m.fix) {
    p.append(' ', el('button', { type: 'button', text: 'Use the article\'s version', onclick: () => edit({ op: 'quote', event: selected, value: m.fix.text, start: m.fix.start, end: m.fix.end }) }));
  }
  return p;
}

function renderFileMessages() {
  $('file-messages').replaceChildren(...state.fileMessages.map((m) => el('li', {}, message(m))));
  if (state.readOnly) banner('This curation file cannot be read (see the messages): it is shown read-only and will not be rewritten. Fix it in a text editor.');
  $('title').dataset.reviewed = state.review ? `reviewed by ${state.review.curator} at ${state.review.reviewedAt}` : '';
  $('title').title = $('title').dataset.reviewed;
}

// ---- edits: previewed (validated in memory), then saved onto the version they were made from -----

function edit(op, inverse) { return editMany([op], inverse ? [inverse] : []); }

async function editMany(ops, inverse) {
  if (state.readOnly) return;
  pending.push(...ops);
  pending.inverse = (pending.inverse || []).concat(inverse || []);
  setSaveState('unsaved', `unsaved (${pending.length} edit${pending.length > 1 ? 's' : ''}; s saves)`);
  const asked = base;
  const { status, json } = await call(`${api}/preview`, { version: asked, ops: pending });
  // a save or a conflict while the preview was on its way has moved on: its answer is stale, and
  // showing it would hide the conflict (or the saved state) behind "unsaved"
  if (base !== asked || saving) return;
  if (status === 200) { banner(''); if (ops.some((o) => o.op === 'add') && json.events.length) selected = json.events[json.events.length - 1].id; show(json, false); setSaveState('unsaved', `unsaved (${pending.length} edit${pending.length > 1 ? 's' : ''}; s saves)`); }
  else if (status === 409 && json.conflict) conflict(json.state);
  else { pending.splice(pending.length - ops.length, ops.length); banner(`Not done: ${(json.refused || [json.error]).join('; ')}`); setSaveState(pending.length ? 'unsaved' : 'saved', pending.length ? 'unsaved' : 'saved'); }
}

let saving = false;

async function save() {
  if (!pending.length) return true;
  setSaveState('saving', 'saving…');
  saving = true;
  let answer;
  try {
    answer = await call(`${api}/save`, { version: base, ops: pending });
  } finally {
    saving = false;
  }
  const { status, json } = answer;
  if (status === 200) {
    undone.push(pending.inverse || []);
    pending = [];
    show(json, true);
    setSaveState('saved', 'saved');
    banner('');
    return true;
  }
  if (status === 409 && json.conflict) { conflict(json.state); return false; }
  setSaveState('error', 'not saved');
  banner(`Not saved: ${(json.refused || [json.error]).join('; ')}`);
  return false;
}

function conflict(disk) {
  setSaveState('conflict', 'conflict: the file changed on disk');
  const mine = pending.map((o) => `${o.op} ${o.event || ''} ${o.field || ''} ${o.value ?? ''}`.trim());
  banner(`The curation file changed on disk (another tab, an editor or suggest). Nothing was overwritten. The page now shows the file as it is on disk; your ${pending.length} unsaved edit(s) are kept: ${mine.join(' | ')}`, [
    ['Apply my edits to the new version', async () => { base = disk.version; banner(''); await editMany([], []); }],
    ['Discard my edits', () => { pending = []; banner(''); show(disk, true); setSaveState('saved', 'saved'); }],
  ]);
  show(disk, false);
  base = null; // no save until the curator chooses
}

async function poll() {
  // Only a change nobody here made counts: a save or preview of this page while the question was
  // on its way moves the base, and then the answer is stale.
  const asked = base;
  if (!asked || saving) return;
  const { status, json } = await call(`${api}/version`);
  if (status !== 200 || saving || base !== asked || json.version === asked) return;
  const { json: disk } = await call(api);
  if (saving || base !== asked || disk.version === asked) return;
  if (pending.length) {
    conflict(disk);
  } else {
    show(disk, true);
    banner('The file changed on disk; the page now shows it.');
  }
}

async function undo() {
  if (pending.length) {
    const removed = pending.pop();
    (pending.inverse || []).pop();
    const { json } = pending.length ? await call(`${api}/preview`, { version: base, ops: pending }) : await call(api);
    show(json, !pending.length);
    setSaveState(pending.length ? 'unsaved' : 'saved', pending.length ? 'unsaved' : 'saved');
    return removed;
  }
  const last = undone.pop();
  if (last && last.length) { await editMany(last.slice().reverse(), []); await save(); }
}

// ---- keys -----------------------------------------------------------------------------------------

const keys = [
  ['j / k', 'next / previous event'],
  ['c', 'confirm the event'],
  ['x', 'reject the event'],
  ['e', 'edit: go to the first field (Escape comes back)'],
  ['u', 'undo'],
  ['s', 'save'],
  ['n', 'save and go to the next suggestion'],
  ['q / d / f', 'the selected text becomes the quote / date phrase / casualty phrase'],
  ['F', 'the selected text is added as another casualty phrase'],
  ['a', 'a new event from the selected text'],
  ['r', 'mark the article reviewed (every suggestion handled)'],
  ['o', 'reopen a reviewed article, to change its events'],
  ['g', 'back to the queue'],
  ['?', 'this list'],
];

function showKeys() {
  const d = $('keys');
  d.replaceChildren(el('h2', { text: 'Keys' }), el('dl', {}, ...keys.flatMap(([k, what]) => [el('dt', {}, el('kbd', { text: k })), el('dd', { text: what })])),
    el('button', { type: 'button', text: 'Close', onclick: () => d.close() }));
  d.showModal();
}
$('keys-button').addEventListener('click', showKeys);

function move(step) {
  if (!state.events.length) return;
  const i = state.events.findIndex((e) => e.id === selected);
  select(state.events[(i + step + state.events.length) % state.events.length].id);
}

async function nextSuggestion() {
  if (!(await save())) return;
  const i = state.events.findIndex((e) => e.id === selected);
  const after = state.events.slice(i + 1).concat(state.events.slice(0, i + 1));
  const next = after.find((e) => e.status === 'suggested');
  if (next) select(next.id); else banner('No suggestion left: press r to mark the article reviewed.');
}

document.addEventListener('keydown', async (k) => {
  const t = k.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) {
    if (k.key === 'Escape') { t.blur(); document.querySelector('.event.selected')?.focus(); }
    return; // keys do nothing while a field has focus
  }
  if (k.ctrlKey || k.metaKey || k.altKey || $('keys').open) return;
  const e = current();
  const status = (value) => e && edit({ op: 'status', event: e.id, value }, { op: 'status', event: e.id, value: e.status });
  const actions = {
    j: () => move(1), k: () => move(-1),
    c: () => status('confirmed'), x: () => status('rejected'),
    e: () => document.querySelector('#editor input, #editor select, #editor textarea')?.focus(),
    u: undo, s: save, n: nextSuggestion,
    q: () => fromSelection('quote'), d: () => fromSelection('date_phrase'), f: () => fromSelection('casualty_phrase'), F: anotherCasualtyPhrase, a: () => fromSelection('add'),
    r: async () => { if (await save()) { await edit({ op: 'review' }); await save(); } },
    o: async () => { await edit({ op: 'reopen' }); await save(); },
    g: () => { window.location.href = '/queue'; },
    '?': showKeys,
  };
  const action = actions[k.key];
  if (action) { k.preventDefault(); await action(); }
});

window.addEventListener('beforeunload', (e) => { if (pending.length) { e.preventDefault(); e.returnValue = ''; } });

load();
