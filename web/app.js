// The dyad dashboard: plain ES module + SVG, no build step. Every piece of data is inserted with
// textContent or as an SVG attribute, never as HTML, so article text cannot inject markup.
/* global URLSearchParams, HTMLElement, KeyboardEvent, setTimeout, clearTimeout */

const SVG = 'http://www.w3.org/2000/svg';
const QC_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const $ = (sel) => document.querySelector(sel);

const state = { a: '', b: '', interval: 'month', rows: [], next: null, query: null, sort: null, selectedId: null };

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** Makes an SVG shape act like a button: focusable, Enter/Space activate, a tooltip title. */
function activatable(node, label, action) {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', label);
  node.classList.add('focusable');
  node.appendChild(svgEl('title', {}, label));
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  });
  return node;
}

async function api(path, params) {
  const qs = params ? `?${new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== null))}` : '';
  const res = await fetch(`${path}${qs}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

function showError(container, err) {
  container.replaceChildren(el('p', { class: 'error' }, `Could not load: ${err.message}`));
}

// ---------- stats and actor suggestions ----------

async function loadStats() {
  const s = await api('/api/stats');
  const span = s.firstDate ? ` from ${s.firstDate} to ${s.lastDate}` : '';
  $('#stats').textContent = `${s.events.toLocaleString()} events in ${s.documents.toLocaleString()} documents, ${s.actors.toLocaleString()} actors${span}`;
}

let suggestTimer = null;
function suggestActors(input) {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(async () => {
    const q = input.value.trim().replace(/[^A-Za-z0-9]/g, '');
    try {
      const { items } = await api('/api/actors', q ? { q, limit: 15 } : { limit: 15 });
      $('#actor-list').replaceChildren(...items.map((a) => el('option', { value: a.code }, `${a.code} (${a.events} events)`)));
    } catch {
      // Suggestions are a convenience: a failed lookup leaves the list as it was.
    }
  }, 150);
}

// ---------- timeline ----------

async function showDyad() {
  const a = $('#actor-a').value.trim().toUpperCase();
  const b = $('#actor-b').value.trim().toUpperCase();
  if (!a || !b) return;
  state.a = a;
  state.b = b;
  state.interval = $('#interval').value;
  const box = $('#timeline');
  try {
    const ts = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeseries`, { interval: state.interval });
    drawTimeline(ts);
  } catch (err) {
    showError(box, err);
  }
  await filterDyad(a, b, {});
}

function drawTimeline(ts) {
  const box = $('#timeline');
  const byPeriod = new Map();
  for (const p of ts.points) {
    const cur = byPeriod.get(p.period) ?? { period: p.period, qc: [0, 0, 0, 0], events: 0, gsum: 0 };
    p.quadClass.forEach((n, i) => (cur.qc[i] += n));
    cur.events += p.events;
    cur.gsum += p.goldsteinSum;
    byPeriod.set(p.period, cur);
  }
  const periods = [...byPeriod.values()].sort((x, y) => x.period.localeCompare(y.period));
  const total = periods.reduce((n, p) => n + p.events, 0);
  const coop = periods.reduce((n, p) => n + p.qc[0] + p.qc[1], 0);
  $('#timeline-caption').textContent = total === 0
    ? `No dated events between ${ts.a} and ${ts.b}.`
    : `${ts.a} ↔ ${ts.b}: ${total} events, ${coop} cooperative and ${total - coop} conflictual, over ${periods.length} ${ts.interval}(s).`;
  if (total === 0) {
    box.replaceChildren();
    return;
  }
  const W = 640, H = 260, L = 36, R = 36, T = 10, B = 40;
  const mid = T + (H - T - B) / 2;
  const maxUp = Math.max(1, ...periods.map((p) => p.qc[0] + p.qc[1]));
  const maxDown = Math.max(1, ...periods.map((p) => p.qc[2] + p.qc[3]));
  const maxCount = Math.max(maxUp, maxDown);
  const half = (H - T - B) / 2;
  const unit = half / maxCount;
  const step = (W - L - R) / periods.length;
  const bw = Math.max(2, Math.min(40, step * 0.7));
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `Timeline of ${ts.a} and ${ts.b}` });
  svg.appendChild(svgEl('line', { class: 'axis', x1: L, x2: W - R, y1: mid, y2: mid }));
  svg.appendChild(svgEl('text', { class: 'tick', x: 2, y: T + 10 }, 'coop.'));
  svg.appendChild(svgEl('text', { class: 'tick', x: 2, y: H - B }, 'conflict'));
  svg.appendChild(svgEl('text', { class: 'tick', x: 2, y: T + 22 }, `${maxCount} ev.`));
  const gy = (g) => mid - (g / 10) * half;
  svg.appendChild(svgEl('text', { class: 'tick', x: W - R + 3, y: T + 10 }, '+10'));
  svg.appendChild(svgEl('text', { class: 'tick', x: W - R + 3, y: H - B }, '−10'));
  const linePts = [];
  const labelEvery = Math.ceil(periods.length / 10);
  periods.forEach((p, i) => {
    const x = L + i * step + (step - bw) / 2;
    const g = svgEl('g', {});
    // Cooperation stacks upwards from the axis, conflict downwards.
    let up = mid;
    for (const q of [0, 1]) {
      const h = p.qc[q] * unit;
      if (h > 0) g.appendChild(svgEl('rect', { class: `qc${q + 1}`, x, y: up - h, width: bw, height: h }));
      up -= h;
    }
    let down = mid;
    for (const q of [2, 3]) {
      const h = p.qc[q] * unit;
      if (h > 0) g.appendChild(svgEl('rect', { class: `qc${q + 1}`, x, y: down, width: bw, height: h }));
      down += h;
    }
    // A transparent hit area spanning the column, so thin bars are easy to click.
    g.appendChild(svgEl('rect', { x, y: T, width: bw, height: H - T - B, fill: 'transparent' }));
    const mean = p.events ? p.gsum / p.events : 0;
    linePts.push([x + bw / 2, gy(mean)]);
    const label = `${p.period}: ${p.events} events (${p.qc.map((n, k) => `${n} ${QC_NAMES[k]}`).join(', ')}), mean Goldstein ${mean.toFixed(1)}`;
    activatable(g, label, () => filterDyad(ts.a, ts.b, periodRange(p.period, ts.interval)));
    g.setAttribute('data-period', p.period);
    svg.appendChild(g);
    if (i % labelEvery === 0) svg.appendChild(svgEl('text', { class: 'tick', x: x, y: H - B + 14 }, p.period));
  });
  svg.appendChild(svgEl('polyline', { class: 'gline', points: linePts.map(([x, y]) => `${x},${y}`).join(' ') }));
  for (const [x, y] of linePts) svg.appendChild(svgEl('circle', { class: 'gdot', cx: x, cy: y, r: 2.5 }));
  box.replaceChildren(svg);
}

/** The first and last day of a period label, for the events filter. */
function periodRange(period, interval) {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
  }
  if (interval === 'week') {
    const d = new Date(`${period}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return { from: period, to: d.toISOString().slice(0, 10) };
  }
  return { from: period, to: period };
}

// ---------- network ----------

async function loadNetwork() {
  const box = $('#network');
  try {
    const net = await api('/api/network', { limit: 40 });
    drawNetwork(net);
    return net;
  } catch (err) {
    showError(box, err);
    return { nodes: [], edges: [] };
  }
}

function drawNetwork(net) {
  const box = $('#network');
  if (net.edges.length === 0) {
    box.replaceChildren(el('p', { class: 'caption' }, 'No events with both a source and a target yet.'));
    return;
  }
  const nodes = net.nodes.slice(0, 24);
  const keep = new Set(nodes.map((n) => n.id));
  const W = 640, H = 320, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 40;
  const pos = new Map(nodes.map((n, i) => {
    const t = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, [cx + r * 1.45 * Math.cos(t), cy + r * Math.sin(t)]];
  }));
  const maxE = Math.max(...net.edges.map((e) => e.events));
  const maxN = Math.max(...nodes.map((n) => n.events));
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Actor network' });
  for (const e of net.edges) {
    if (!keep.has(e.source) || !keep.has(e.target) || e.source === e.target) continue;
    const [x1, y1] = pos.get(e.source);
    const [x2, y2] = pos.get(e.target);
    // Bend each direction to its own side so A→B and B→A stay apart.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
    const colour = e.goldsteinMean >= 0 ? `rgba(27,120,55,${0.35 + Math.min(0.65, e.goldsteinMean / 10)})` : `rgba(178,24,43,${0.35 + Math.min(0.65, -e.goldsteinMean / 10)})`;
    const path = svgEl('path', { class: 'edge', d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, stroke: colour, 'stroke-width': 1 + (5 * e.events) / maxE });
    activatable(path, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldsteinMean.toFixed(1)}`, () => {
      setFilterForm({ source: e.source, target: e.target });
      loadEvents({ source: e.source, target: e.target }, `${e.source} → ${e.target}`);
    });
    svg.appendChild(path);
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.id);
    const g = svgEl('g', { class: 'node', 'data-actor': n.id });
    g.appendChild(svgEl('circle', { cx: x, cy: y, r: 5 + (10 * n.events) / maxN }));
    g.appendChild(svgEl('text', { x: x + 8, y: y - 8 }, n.id));
    activatable(g, `${n.id}: ${n.events} events`, () => {
      setFilterForm({ actor: n.id });
      loadEvents({ actor: n.id }, `events involving ${n.id}`);
      for (const other of svg.querySelectorAll('.node')) other.classList.toggle('selected', other === g);
    });
    svg.appendChild(g);
  }
  box.replaceChildren(svg);
}

// ---------- map ----------

let world = null;

/** Decodes a quantised TopoJSON topology's country polygons into SVG path data (equirectangular). */
function countryPaths(topo, W, H) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
  const ring = (indexes) => {
    const pts = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts.push(...(pts.length ? arc.slice(1) : arc));
    }
    return `M${pts.map((p) => project(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
  };
  return topo.objects.countries.geometries.map((g) => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return { name: g.properties?.name ?? '', d: polys.map((poly) => poly.map(ring).join('')).join('') };
  });
}

async function drawMap(events) {
  const box = $('#map');
  const W = 640, H = 320;
  if (!world) {
    try {
      const res = await fetch('/atlas/countries-110m.json');
      if (!res.ok) throw new Error((await res.json()).error);
      world = countryPaths(await res.json(), W, H);
    } catch (err) {
      showError(box, err);
      return;
    }
  }
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'World map of events' });
  for (const c of world) {
    const path = svgEl('path', { class: 'country', d: c.d });
    path.appendChild(svgEl('title', {}, c.name));
    svg.appendChild(path);
  }
  const places = new Map();
  let unlocated = 0;
  for (const e of events) {
    if (!e.location) {
      unlocated++;
      continue;
    }
    const key = `${e.location.lat.toFixed(2)},${e.location.lon.toFixed(2)}`;
    const p = places.get(key) ?? { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon, events: [] };
    p.events.push(e);
    places.set(key, p);
  }
  const max = Math.max(1, ...[...places.values()].map((p) => p.events.length));
  for (const p of places.values()) {
    const dot = svgEl('circle', { class: 'dot', cx: ((p.lon + 180) / 360) * W, cy: ((90 - p.lat) / 180) * H, r: 3 + (6 * p.events.length) / max });
    // Every stored event at that place, not only the listed ones; the map keeps its dots.
    activatable(dot, `${p.name}: ${p.events.length} listed events`, () => {
      const filter = { place: p.name, placeCountry: p.country ?? '' };
      setFilterForm(filter);
      loadEvents(filter, `events located in ${p.name}${p.country ? `, ${p.country}` : ''}`, false, false);
    });
    svg.appendChild(dot);
  }
  box.replaceChildren(svg);
  $('#map-note').textContent = `${events.length - unlocated} of ${events.length} listed events have a location (${places.size} places); ${unlocated} without a location are not on the map.`;
}

// ---------- event table ----------

function setFilterForm(values) {
  const form = $('#filter-form');
  for (const input of form.elements) if (input.name) input.value = values[input.name] ?? '';
}

async function filterDyad(a, b, range) {
  // Both directions: two queries merged by date (the API filters one direction at a time).
  setFilterForm({ ...range });
  const [ab, ba] = await Promise.all([
    api('/api/events', { source: a, target: b, limit: 500, ...range }),
    api('/api/events', { source: b, target: a, limit: 500, ...range }),
  ]);
  const rows = [...ab.items, ...ba.items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
  const when = range.from ? ` from ${range.from} to ${range.to}` : '';
  showRows(rows, null, `${a} ↔ ${b}${when}`);
  drawMap(rows);
}

async function loadEvents(filter, label, append = false, redrawMap = true) {
  try {
    const page = await api('/api/events', { ...filter, limit: 200, cursor: append ? state.next : undefined });
    state.query = { filter, label };
    const rows = append ? [...state.rows, ...page.items] : page.items;
    showRows(rows, page.next, label);
    if (!append && redrawMap) drawMap(rows);
  } catch (err) {
    $('#events-caption').textContent = `Could not load events: ${err.message}`;
  }
}

function actorCell(actor) {
  return actor ? actor.code : '—';
}

function showRows(rows, next, label) {
  state.rows = rows;
  state.next = next;
  $('#more').hidden = !next;
  $('#events-caption').textContent = `${rows.length}${next ? '+' : ''} events: ${label}`;
  renderRows();
}

function renderRows() {
  let rows = state.rows;
  if (state.sort) {
    const { key, dir } = state.sort;
    const value = (e) => (key === 'source' || key === 'target' ? e[key]?.code ?? '' : e[key] ?? '');
    rows = rows.slice().sort((x, y) => {
      const a = value(x), b = value(y);
      return (typeof a === 'number' ? a - b : String(a).localeCompare(String(b))) * dir;
    });
  }
  const body = $('#events tbody');
  body.replaceChildren(...rows.map((e) => {
    const tr = el('tr', { tabindex: 0, 'data-id': e.id });
    if (e.id === state.selectedId) tr.classList.add('selected');
    tr.append(
      el('td', {}, e.date ?? '—'),
      el('td', {}, actorCell(e.source)),
      el('td', {}, `${e.code} ${e.name}${e.negated ? ' (negated)' : ''}`),
      el('td', {}, actorCell(e.target)),
      el('td', {}, e.quadClass),
      el('td', {}, e.goldstein.toFixed(1)),
      el('td', {}, e.sentence.text.length > 110 ? `${e.sentence.text.slice(0, 110)}…` : e.sentence.text),
    );
    const open = () => openEvent(e, tr);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (k) => {
      if (k.key === 'Enter') open();
    });
    return tr;
  }));
}

// ---------- document view ----------

/** The sentence with source, target and predicate wrapped in <mark>, built from text nodes only. */
function highlighted(sentence, spans) {
  const marks = [['source', 'src'], ['target', 'tgt'], ['predicate', 'pred']]
    .map(([k, cls]) => (spans?.[k] ? { ...spans[k], cls, label: k } : null))
    .filter(Boolean)
    .sort((x, y) => x.start - y.start);
  const p = el('p', { class: 'sentence', id: 'event-sentence' });
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping spans: keep the first
    p.append(document.createTextNode(sentence.slice(at, m.start)));
    p.append(el('mark', { class: m.cls, title: m.label }, sentence.slice(m.start, m.end)));
    at = m.end;
  }
  p.append(document.createTextNode(sentence.slice(at)));
  return p;
}

async function openEvent(event, row) {
  state.selectedId = event.id;
  for (const tr of document.querySelectorAll('#events tbody tr')) tr.classList.toggle('selected', tr === row);
  const box = $('#document');
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(event.docId)}`);
    const full = doc.events.find((e) => e.id === event.id) ?? { ...event, spans: null };
    const meta = el('dl', { class: 'meta' });
    const add = (k, v) => {
      if (v) meta.append(el('dt', {}, k), el('dd', {}, v));
    };
    add('Event', `${full.source?.code ?? '—'} → ${full.code} ${full.name} → ${full.target?.code ?? '—'}`);
    add('Source', full.source ? `${full.source.text} (${full.source.code})` : null);
    add('Target', full.target ? `${full.target.text} (${full.target.code})` : null);
    add('QuadClass / Goldstein', `${full.quadClass} (${QC_NAMES[full.quadClass - 1]}) / ${full.goldstein}`);
    add('Date', full.date);
    add('Place', full.location ? `${full.location.name}${full.location.country ? `, ${full.location.country}` : ''}` : null);
    add('Document', [doc.title, doc.source, doc.published].filter(Boolean).join(' · '));
    const legend = el('p', { class: 'legend' });
    legend.append(el('mark', { class: 'src' }, 'source'), ' ', el('mark', { class: 'tgt' }, 'target'), ' ', el('mark', { class: 'pred' }, 'predicate'));
    const details = el('details', {});
    details.append(el('summary', {}, `Whole document (${doc.sentences.length} sentences, ${doc.events.length} events)`));
    const text = el('div', { class: 'doc-text' });
    for (const s of doc.sentences) {
      const span = el('p', s.index === full.sentence.index ? { class: 'current' } : {}, s.text);
      text.append(span);
    }
    details.append(text);
    box.replaceChildren(highlighted(full.sentence.text, full.spans), legend, meta, details);
    $('#document-panel').focus();
  } catch (err) {
    showError(box, err);
  }
}

// ---------- wiring ----------

function readFilterForm() {
  const out = {};
  for (const input of $('#filter-form').elements) if (input.name && input.value.trim()) out[input.name] = input.value.trim();
  return out;
}

async function start() {
  for (const id of ['#actor-a', '#actor-b']) $(id).addEventListener('input', (e) => suggestActors(e.target));
  suggestActors($('#actor-a'));
  $('#dyad-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showDyad();
  });
  $('#filter-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = readFilterForm();
    loadEvents(f, Object.entries(f).map(([k, v]) => `${k}=${v}`).join(', ') || 'all events');
  });
  $('#clear-filter').addEventListener('click', () => {
    setFilterForm({});
    loadEvents({}, 'all events');
  });
  $('#more').addEventListener('click', () => state.query && loadEvents(state.query.filter, state.query.label, true));
  for (const b of document.querySelectorAll('th button')) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort;
      state.sort = { key, dir: state.sort?.key === key ? -state.sort.dir : 1 };
      renderRows();
    });
  }
  try {
    await loadStats();
  } catch (err) {
    $('#stats').textContent = `Could not load statistics: ${err.message}`;
  }
  const net = await loadNetwork();
  // Open on the busiest dyad so the first screen already answers "who did what to whom".
  const top = net.edges.find((e) => e.source !== e.target);
  if (top) {
    $('#actor-a').value = top.source;
    $('#actor-b').value = top.target;
    await showDyad();
  } else {
    await loadEvents({}, 'all events');
  }
  document.body.dataset.ready = 'true';
}

if (typeof HTMLElement !== 'undefined' && typeof KeyboardEvent !== 'undefined') start();
