// Figures, their budgets, the console table and BENCHMARKS.md.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT } from './browser';

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** `<=` or `>=` the budget; no budget means the figure is reported for information. */
  budget?: { op: '<=' | '>='; value: number };
  digits?: number;
}

export const passes = (f: Figure) =>
  !f.budget || (f.budget.op === '<=' ? f.value <= f.budget.value : f.value >= f.budget.value);

const fmt = (v: number, digits = 1) =>
  v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function row(f: Figure): [string, string, string, string] {
  const value = `${fmt(f.value, f.digits)} ${f.unit}`.trim();
  const budget = f.budget
    ? `${f.budget.op === '<=' ? '≤' : '≥'} ${fmt(f.budget.value, 0)} ${f.unit}`.trim()
    : '—';
  return [`${f.section}: ${f.name}`, value, budget, f.budget ? (passes(f) ? 'pass' : 'FAIL') : 'info'];
}

/** Prints one figure next to its budget as soon as it is measured. */
export function printFigure(f: Figure): void {
  const [name, value, budget, verdict] = row(f);
  console.log(`  ${verdict.padEnd(4)}  ${name.padEnd(58)} ${value.padStart(16)}   budget ${budget}`);
}

export function machine(): Record<string, string> {
  let chromium = 'unknown';
  try {
    chromium = execSync(`${CHROMIUM} --version`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop()!;
  } catch {
    // reported as unknown
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: String(cpus().length),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    chromium,
  };
}

const METHOD = [
  'Page cost: generated 500-row business report and search-term pages (fixture rows cloned with new keys and varied numbers), the sign-in form at a console address (a page with nothing to read) and the US product fixture, served at their real URLs. Each is loaded in a fresh tab, alternately (ABBA) in a persistent context with the extension and one without, nine pairs (BENCH_RUNS), for the same fixed window on both sides (our UI’s time after a first load, plus 2.5 s); nothing polls the page meanwhile (waiting for our UI with Playwright would run its selector engine in the page on one side only, which inflated earlier figures). TaskDuration, ScriptDuration, LayoutDuration and RecalcStyleDuration come from `Performance.getMetrics`; medians; “added ms per load” is with minus without, the share is that over the page’s own. When our UI appears is taken on separate loads (ms after the load event). The trace check is one more load with the extension under the DevTools protocol’s Tracing (devtools.timeline): every main-thread task that ran a script of the extension (evaluation, timers, callbacks, animation frames) is listed with what it spent its time on; promise continuations carry no script name in the trace, so a task of ours made only of them is not counted there. The control page is the product page at a URL no content script matches: its “added” figures show the noise of the method on this machine at the time. The repaint figures: on one loaded page, one of our controls (a badge, the card’s Watch) hovered in and out five times each under Tracing, Paint + PrePaint per move (median); then the same with the body’s paint grouping switched the other way by a style sheet of the page’s own world: on console pages the isolation our manifest style sheet gives the body (entrypoints/console.content/paint-isolation.css) overridden, which is how every page was before; on product pages, which we leave alone, the isolation put in.',
  'Extraction: lib/sites bundled with esbuild and added to the generated page in Chromium (no extension); after a first (cold) read, the adapter for the URL reads the document at least five times and for 0.3 s to warm up, then at least five times and for 1 s, each read timed on its own; rows/s = rows / the median read (until 2026-12-08 a mean over 0.5 s after two warm reads, and none for reads over 200 ms, so 5,000-row figures included V8 tiering up and moved 20-40% between runs). The `shape …` rows are the same reader on pages of some of the shape families of tests/shapes (the generator’s business-report data, its rows repeated with new ASINs; BENCH_SHAPES picks the families), with no figures before them.',
  'Sizes: every file of the build, gzip level 9 (KB = 1,024 bytes).',
  'Store and export: bench.html in a copy of the built extension runs lib/db and lib/export in the browser’s IndexedDB. Ingest goes through putSnapshots, 500 readings a batch, 1,000 listings a day; the ceiling is plain IndexedDB adds issued all at once. The large store is filled with bulkAdd (1,000 entities read daily and 9,000 in rotation), then left idle for 30 s (BENCH_SETTLE_S) so the database’s compaction of the bulk load is not counted in the queries (a real store grows by a few thousand readings a day). The popup is measured before the fill. Export is what the dashboard’s CSV button does: kindsInUse when the export opens (timed apart), then iterateSnapshots of the kind → kindToCsvChunks (the kind’s columns, UI headers, local times) → chunksToBlob, JS heap sampled at every chunk (precise memory info). The popup’s first paint is popup-first.js (IndexedDB itself) before React.',
  'Popup: 200 watched products with 30 product-page readings each; popup.html opened in a fresh tab; the time is when the list is painted, from navigation start: once all 200 items are in the DOM the first item’s title is marked for Element Timing (which reports only what is on screen), and the browser reports its paint.',
];

/** The bench section (BENCH_ONLY key) each figure section belongs to. */
const KEY_OF: Record<string, string> = {
  size: 'sizes',
  extract: 'extract',
  'page cost': 'page',
  popup: 'store',
  store: 'store',
  export: 'store',
};
const KEYS = ['sizes', 'extract', 'page', 'store'];
/** Suggestions by topic (scripts/bench/advice.ts) and the section whose figures they are about. */
const TOPIC_KEY: [RegExp, string][] = [
  [/^(ads adapters|extraction budget|placeholder check|cells|cell text)$/, 'extract'],
  [/page cost$/, 'page'],
  [/^(ingest|ingest ceiling|export|latest|history|popup)$/, 'store'],
];
/** The section a note or undone line is about: its leading figure section, or its suggestion's topic. */
function keyOfNote(text: string): string | undefined {
  const topic = /^Suggestion \(([^)]+)\)/.exec(text)?.[1];
  if (topic) return TOPIC_KEY.find(([re]) => re.test(topic))?.[1];
  const lead = Object.keys(KEY_OF).find((sec) => text.startsWith(`${sec} `) || text.startsWith(`${sec}:`));
  if (lead) return KEY_OF[lead];
  return KEYS.find((k) => text.startsWith(`${k}:`));
}
const keyOfRow = (name: string) => KEY_OF[name.slice(0, name.indexOf(': '))];

/** What is measured: BENCH_CODE, else the commit of the working tree (its first 72 characters). */
function codeUnderTest(): string | undefined {
  if (process.env.BENCH_CODE) return process.env.BENCH_CODE;
  try {
    const head = execSync('git log -1 --format="%h %s"', {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
    return head.length > 72 ? `${head.slice(0, 71)}…` : head;
  } catch {
    return undefined;
  }
}

interface Previous {
  date: string;
  code?: string;
  /** When each section kept from an earlier run was measured. */
  dates: Map<string, string>;
  /** Table rows by figure name: value, previous-column text (if the file had one), budget, result. */
  rows: Map<string, string[]>;
  notes: string[];
  undone: string[];
}

/** What the BENCHMARKS.md being replaced says, for the sections not run now and the "previous" column. */
function readPrevious(path: string): Previous | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const date = /^- Date: (\S+)/m.exec(text)?.[1] ?? 'unknown';
  const code = /^- Code: (.*)$/m.exec(text)?.[1];
  const dates = new Map<string, string>();
  for (const m of (/^- Kept from earlier runs: (.*)$/m.exec(text)?.[1] ?? '').matchAll(/(\w+) \(([^)]+)\)/g))
    dates.set(m[1]!, m[2]!);
  const rows = new Map<string, string[]>();
  let five = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('| figure |')) five = line.split(' | ').length === 5;
    if (!line.startsWith('| ') || line.startsWith('| figure |') || line.startsWith('| ---')) continue;
    const cells = line.slice(2, -2).split(' | ');
    rows.set(cells[0]!, five ? cells.slice(1) : [cells[1]!, '—', ...cells.slice(2)]);
  }
  const list = (heading: string) => {
    const at = text.indexOf(`\n## ${heading}\n`);
    if (at < 0) return [];
    const body = text.slice(at + heading.length + 5);
    const end = body.indexOf('\n## ');
    return (end < 0 ? body : body.slice(0, end))
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
  };
  return {
    date,
    ...(code ? { code } : {}),
    dates,
    rows,
    notes: list('Notes: what dominates, and what to do'),
    undone: list('Left undone in this run'),
  };
}

/** "22,945 rows/s" -> 22945. */
const numberOf = (text: string) =>
  Number(/^-?[\d,]+(\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? Number.NaN);

/** The previous run's value of a figure and the change since: "22,945 rows/s (+31%)". */
function before(f: Figure, prev: Previous | undefined): string {
  const old = prev?.rows.get(row(f)[0])?.[0];
  if (!old) return '—';
  const x = numberOf(old);
  if (!(x > 0) || !Number.isFinite(f.value)) return old;
  const pct = Math.round((100 * (f.value - x)) / x);
  return `${old} (${pct > 0 ? '+' : ''}${pct}%)`;
}

/**
 * Writes BENCHMARKS.md. With BENCH_ONLY, the sections not run keep their figures and notes from the file
 * being replaced (and say when they were measured); every figure measured now shows the previous run's value.
 */
export function writeReport(opts: {
  figures: Figure[];
  notes: string[];
  undone: string[];
  command: string;
  seconds: number;
  load: string;
  /** The sections run (BENCH_ONLY keys); undefined: all of them. */
  ran?: string[];
}): string {
  const m = machine();
  const code = codeUnderTest();
  const path = join(ROOT, 'BENCHMARKS.md');
  const prev = readPrevious(path);
  const ran = new Set(opts.ran ?? KEYS);
  const kept = prev ? KEYS.filter((k) => !ran.has(k)) : [];
  const keptDate = (k: string) => prev!.dates.get(k) ?? prev!.date;
  const tableRows: string[] = [];
  for (const k of KEYS) {
    if (ran.has(k)) {
      for (const f of opts.figures.filter((f) => (KEY_OF[f.section] ?? '') === k)) {
        const [name, value, budget, result] = row(f);
        tableRows.push(`| ${[name, value, before(f, prev), budget, result].join(' | ')} |`);
      }
    } else if (prev)
      for (const [name, cells] of prev.rows)
        if (keyOfRow(name) === k) tableRows.push(`| ${[name, ...cells].join(' | ')} |`);
  }
  for (const f of opts.figures.filter((f) => !KEY_OF[f.section])) {
    const [name, value, budget, result] = row(f);
    tableRows.push(`| ${[name, value, before(f, prev), budget, result].join(' | ')} |`);
  }
  const keep = (list: string[]) => list.filter((n) => kept.includes(keyOfNote(n) ?? ''));
  const notes = [...opts.notes, ...(prev ? keep(prev.notes) : [])];
  const undone = [...opts.undone, ...(prev ? keep(prev.undone) : [])];
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); do not edit by hand. Ratios are measured side by side in one',
    'run, alternating runs with and without the extension, because this machine’s speed drifts.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; ${m.chromium}`,
    `- Load average (1, 5, 15 min): ${opts.load}. Other work shares these 2 cores, so absolute times drift with it; that is why with/without figures are taken side by side.`,
    `- Command: \`${opts.command}\` (${Math.round(opts.seconds)} s)`,
    ...(code ? [`- Code: ${code}`] : []),
    ...(prev
      ? [
          `- Previous: the run of ${prev.date}${prev.code ? ` (code: ${prev.code})` : ''}: the figures this file replaced, and their change.`,
        ]
      : []),
    ...(kept.length
      ? [
          `- Kept from earlier runs: ${kept.map((k) => `${k} (${keptDate(k)})`).join(', ')}; not run this time.`,
        ]
      : []),
    '',
    '| figure | value | previous | budget | result |',
    '| --- | ---: | ---: | ---: | --- |',
    ...tableRows,
    '',
  ];
  lines.push('## How each figure is taken', '', ...METHOD.map((m) => `- ${m}`), '');
  if (notes.length)
    lines.push('## Notes: what dominates, and what to do', '', ...notes.map((n) => `- ${n}`), '');
  if (undone.length) lines.push('## Left undone in this run', '', ...undone.map((n) => `- ${n}`), '');
  const text = lines.join('\n');
  writeFileSync(path, text);
  return text;
}

/** Where each benchmark puts its figures (printed as they come) and its notes on missed budgets. */
export class Sink {
  figures: Figure[] = [];
  notes: string[] = [];
  undone: string[] = [];
  add(f: Figure): Figure {
    this.figures.push(f);
    printFigure(f);
    return f;
  }
  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }
}
