#!/usr/bin/env node
// build-countries.mjs — regenerate src/main/resources/org/eventline/output/countries.tsv.gz
//
// WHAT IT DOES
//   Converts the Natural Earth 1:50m country outlines shipped as TopoJSON by npm
//   `world-atlas` into a plain gzip'd TSV that the Java code can read without any
//   JSON or geo library: one row per country with all its polygon rings.
//   The exact format is documented in
//   src/main/resources/org/eventline/output/COUNTRIES.md (keep both in sync).
//
// INPUTS (exact npm versions, installed into a scratch folder, never into the repo)
//   world-atlas@2.0.2        countries-50m.json (Natural Earth 4.1.0 Admin 0 countries, 1:50m)
//   topojson-client@3.1.0    topojson.feature() to decode arcs into GeoJSON rings
//
// LICENCE OF THE DATA
//   Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).
//   world-atlas (packaging/conversion) and topojson-client are ISC-licensed code; no code of them is shipped.
//
// HOW TO RUN (from the repository root; needs Node >= 18 and npm; NOT needed by Maven/CI)
//   node scripts/build-countries.mjs
//   Environment: SCRATCH=/path (default /work/scratch-data) is where node_modules go;
//                DECIMALS=n (default 3) coordinate decimals.
//
// DETERMINISM
//   Rows sorted by id (code-unit order; features sharing an id merged into one row), fixed number formatting, gzip with
//   mtime 0, no file name and OS byte 255: two runs give byte-identical output (same Node/zlib).

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PKGS = { 'world-atlas': '2.0.2', 'topojson-client': '3.1.0' };
const SCRATCH = process.env.SCRATCH || '/work/scratch-data';
const DECIMALS = Number(process.env.DECIMALS || 3);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'src/main/resources/org/eventline/output/countries.tsv.gz');

function ensurePackages() {
  const missing = Object.entries(PKGS).filter(([name, ver]) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(SCRATCH, 'node_modules', name, 'package.json'), 'utf8')).version !== ver;
    } catch { return true; }
  });
  if (missing.length === 0) return;
  fs.mkdirSync(SCRATCH, { recursive: true });
  execFileSync('npm', ['install', '--prefix', SCRATCH, '--no-audit', '--no-fund', '--ignore-scripts',
    ...missing.map(([n, v]) => `${n}@${v}`)], { stdio: 'inherit' });
}
ensurePackages();

const require = createRequire(path.join(SCRATCH, 'node_modules', 'noop.js'));
const topojson = require('topojson-client');
const topo = JSON.parse(fs.readFileSync(path.join(SCRATCH, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
const fc = topojson.feature(topo, topo.objects.countries);

const num = (x) => {
  let s = x.toFixed(DECIMALS);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
};
const clean = (s) => (s || '').replace(/[\t\r\n;,]+/g, ' ').trim();

// ---------------------------------------------------------------- antimeridian handling
// world-atlas 2.x rings are spherical: some cross the antimeridian (Russia, Fiji) and
// Antarctica is a ring around the south pole. For a plain lon/lat (equirectangular)
// plane we (1) unwrap longitudes so the ring is continuous, (2) close a ring that
// winds once around a pole along that pole's edge (lat +-90) and drop rings lying
// on the pole itself, (3) clip the result to lon [-180, 180], shifting parts that
// stick out by 360 degrees back in (Sutherland-Hodgman against two vertical lines).
function clipX(ring, keep, xEdge) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]; const b = ring[(i + 1) % ring.length];
    const ina = keep(a[0]); const inb = keep(b[0]);
    if (ina) out.push(a);
    if (ina !== inb) {
      const t = (xEdge - a[0]) / (b[0] - a[0]);
      out.push([xEdge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}
function area2(r) {
  let s = 0;
  for (let i = 0; i < r.length; i++) { const a = r[i]; const b = r[(i + 1) % r.length]; s += a[0] * b[1] - b[0] * a[1]; }
  return s;
}
function planarRings(ring) {
  let pts = ring.slice();
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
  if (pts.length < 3) return [];
  const un = [[pts[0][0], pts[0][1]]];
  for (let i = 1; i < pts.length; i++) {
    let d = pts[i][0] - pts[i - 1][0];
    if (d > 180) d -= 360; else if (d < -180) d += 360;
    un.push([un[i - 1][0] + d, pts[i][1]]);
  }
  let dClose = pts[0][0] - pts[pts.length - 1][0];
  if (dClose > 180) dClose -= 360; else if (dClose < -180) dClose += 360;
  const net = un[un.length - 1][0] + dClose - un[0][0];
  if (Math.abs(net) > 180) { // winds around a pole
    const lats = pts.map((p) => p[1]);
    const pole = lats.reduce((s, y) => s + y, 0) / lats.length < 0 ? -90 : 90;
    if (lats.every((y) => Math.abs(y - pole) < 0.01)) { stats.poleRings++; return []; }
    const x0 = un[0][0];
    un.push([x0 + net, pts[0][1]], [x0 + net, pole], [x0, pole]);
  }
  const out = [];
  for (const shift of [-360, 0, 360]) {
    let r = un.map(([x, y]) => [x + shift, y]);
    if (r.every(([x]) => x <= -180) || r.every(([x]) => x >= 180)) continue;
    r = clipX(r, (x) => x >= -180, -180);
    if (r.length) r = clipX(r, (x) => x <= 180, 180);
    if (r.length >= 3 && Math.abs(area2(r)) > 1e-9) out.push(r);
  }
  if (out.length !== 1 || out[0].length !== pts.length) stats.reshapedRings++;
  return out;
}

const stats = { poleRings: 0, reshapedRings: 0, features: 0, rings: 0, droppedRings: 0, points: 0, noId: [], merged: [] };
const rows = [];
for (const f of fc.features) {
  stats.features++;
  const g = f.geometry;
  if (!g) continue;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings = [];
  for (const poly of polys) {
    for (const ring0 of poly) for (const ring of planarRings(ring0)) {
      const pts = [];
      for (const [lon, lat] of ring) {
        const p = `${num(lon)} ${num(lat)}`;
        if (pts.length === 0 || pts[pts.length - 1] !== p) pts.push(p);
      }
      while (pts.length > 1 && pts[pts.length - 1] === pts[0]) pts.pop(); // implicit closing
      if (new Set(pts).size < 3) { stats.droppedRings++; continue; }
      rings.push(pts.join(','));
      stats.rings++; stats.points += pts.length;
    }
  }
  if (rings.length === 0) continue;
  const id = f.id === undefined || f.id === null ? '' : String(f.id);
  const name = clean(f.properties && f.properties.name);
  if (!id) stats.noId.push(name);
  rows.push({ id, name, rings: rings.join(';') });
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) => cmp(a.id, b.id) || b.rings.length - a.rings.length || cmp(a.name, b.name) || cmp(a.rings, b.rings));
// Features sharing an ISO id (world-atlas has "036" twice: Australia and Ashmore and Cartier Is.)
// become one row, named after the feature with the largest geometry, so ids are unique.
for (let i = rows.length - 1; i > 0; i--) {
  if (rows[i].id && rows[i].id === rows[i - 1].id) {
    stats.merged.push(`${rows[i].name} -> ${rows[i - 1].name}`);
    rows[i - 1].rings += ';' + rows[i].rings;
    rows.splice(i, 1);
  }
}
const text = ['id\tname\trings', ...rows.map((r) => `${r.id}\t${r.name}\t${r.rings}`)].join('\n') + '\n';
const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
gz.writeUInt32LE(0, 4); // mtime 0
gz[9] = 255;            // OS byte "unknown"
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, gz);
console.error(JSON.stringify({ ...stats, rows: rows.length, rawBytes: Buffer.byteLength(text), gzBytes: gz.length }));
console.error(`wrote ${path.relative(REPO, OUT)}`);
