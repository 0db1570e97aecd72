#!/usr/bin/env node
// Derives src/main/resources/dev/gazette/ui/world-110m.tsv, the simplified world map the
// window draws with JavaFX shapes (docs/window.md says where it shows and NOTICE credits it).
//
// Sources (read from unpacked npm packages, never committed):
//   world-atlas 2.0.2 (ISC)  countries-110m.json: Natural Earth 1:110m admin-0 countries
//                            (public domain) as TopoJSON with ISO 3166-1 numeric ids
//   i18n-iso-countries 7.14.0 (MIT)  codes.json: alpha-2 / alpha-3 / numeric table
//
// Run it outside the project:
//
//   cd /tmp && npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0
//   mkdir -p wa iso && tar xzf world-atlas-2.0.2.tgz -C wa && tar xzf i18n-iso-countries-7.14.0.tgz -C iso
//   node /path/to/project/src/tools/worldmap/derive.js /tmp/wa/package/countries-110m.json \
//        /tmp/iso/package/codes.json > /path/to/project/src/main/resources/dev/gazette/ui/world-110m.tsv
//
// Output: comment lines starting with "#", then one line per country:
//   ALPHA2 <TAB> English name from Natural Earth <TAB> SVG path data
// in an equirectangular projection where x = (longitude + 180) * SCALE and
// y = (LAT_TOP - latitude) * SCALE, rounded to integers, so the whole map spans
// WIDTH x HEIGHT units. Rings are closed with "Z"; a country's rings are all in one path.
// Rings that cross the antimeridian are drawn twice and reach past the frame: clip to it.
'use strict';
const fs = require('fs');

// ---- tuning: every choice of this script in one place -----------------------------------
const SCALE = 3;            // map units per degree; integers at this scale are ~1/3 degree
const LAT_TOP = 84;         // northernmost latitude drawn (Greenland's tip)
const LAT_BOTTOM = -57;     // southernmost latitude drawn (Cape Horn); Antarctica is left out
const EPSILON = 0.25;       // Douglas-Peucker tolerance in degrees, applied per shared arc
const MIN_RING_AREA = 0.05; // rings smaller than this many square degrees are dropped
const SKIP = new Set(['010']);  // Antarctica: not a place news is "about" on this map
// Natural Earth units without an ISO numeric id in world-atlas, by their name.
const BY_NAME = { 'Kosovo': 'XK', 'Somaliland': 'SO', 'N. Cyprus': 'CY' };

const [, , atlasFile, codesFile] = process.argv;
if (!atlasFile || !codesFile) {
  console.error('usage: derive.js countries-110m.json codes.json');
  process.exit(2);
}
const topo = JSON.parse(fs.readFileSync(atlasFile, 'utf8'));
const numericToAlpha2 = new Map(JSON.parse(fs.readFileSync(codesFile, 'utf8')).map(r => [r[2], r[0]]));

// ---- decode the quantized, delta-encoded arcs -------------------------------------------
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  const pts = arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  return simplify(pts, EPSILON);
});

function simplify(pts, eps) {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, dist = 0;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(pts[i], pts[a], pts[b]);
      if (d > dist) { dist = d; worst = i; }
    }
    if (worst >= 0 && dist > eps) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function ring(indexes) {
  const out = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || out.length === 0) out.push(p); });
  }
  return out;
}

function area(pts) {
  let s = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) s += (pts[j][0] + pts[i][0]) * (pts[j][1] - pts[i][1]);
  return Math.abs(s / 2);
}

// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps by ~360 degrees between
// two points. Unwrap it so it is continuous, then draw it twice, once on each side of the map;
// the window clips the map to its frame, so each copy shows only its own half.
function unwrapped(ring) {
  let offset = 0, crossed = false;
  const out = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) { offset -= 360; crossed = true; }
      else if (prev - lon > 180) { offset += 360; crossed = true; }
    }
    return [lon + offset, lat];
  });
  if (!crossed) return [ring];
  const mean = out.reduce((s, p) => s + p[0], 0) / out.length;
  const shift = mean > 0 ? -360 : 360;
  return [out, out.map(([lon, lat]) => [lon + shift, lat])];
}

function pathOf(rings) {
  const parts = [];
  for (const r of rings.flatMap(unwrapped)) {
    if (area(r) < MIN_RING_AREA) continue;
    let last = null;
    const cmds = [];
    for (const [lon, lat] of r) {
      const x = Math.round((lon + 180) * SCALE);
      const y = Math.round((LAT_TOP - Math.max(LAT_BOTTOM, Math.min(LAT_TOP, lat))) * SCALE);
      const key = x + ',' + y;
      if (key === last) continue;
      cmds.push((cmds.length === 0 ? 'M' : 'L') + x + ' ' + y);
      last = key;
    }
    if (cmds.length >= 3) parts.push(cmds.join('') + 'Z');
  }
  return parts.join('');
}

// ---- one path per alpha-2 code ------------------------------------------------------------
const byCode = new Map();
for (const g of topo.objects.countries.geometries) {
  if (SKIP.has(g.id)) continue;
  const name = g.properties && g.properties.name;
  const code = (g.id && numericToAlpha2.get(g.id)) || BY_NAME[name];
  if (!code) { console.error('no code for', g.id, name); continue; }
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const d = pathOf(polygons.flatMap(p => p.map(ring)));
  if (!d) continue;
  const entry = byCode.get(code) || { name, d: '' };
  entry.d += d;
  if (!BY_NAME[name]) entry.name = name;
  byCode.set(code, entry);
}

const width = 360 * SCALE, height = (LAT_TOP - LAT_BOTTOM) * SCALE;
const lines = [
  '# Simplified world map for Gazette, derived by src/tools/worldmap/derive.js.',
  '# Made with Natural Earth (public domain) 1:110m countries, as packaged by world-atlas 2.0.2 (ISC).',
  `# width=${width} height=${height} scale=${SCALE} latTop=${LAT_TOP} latBottom=${LAT_BOTTOM}`,
  '# ALPHA2 <TAB> name <TAB> SVG path data',
];
for (const code of [...byCode.keys()].sort()) lines.push(`${code}\t${byCode.get(code).name}\t${byCode.get(code).d}`);
process.stdout.write(lines.join('\n') + '\n');
