// Figures, their budgets, the console table and BENCHMARKS.md.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
  'Page cost: generated 500-row business report and search-term pages (fixture rows cloned with new keys and varied numbers) and the US product fixture, served at their real URLs. Each is loaded in a fresh tab, alternately (ABBA) in a persistent context with the extension and one without; after our panel or card appears, plus 1 s, in the same window without it, TaskDuration, ScriptDuration, LayoutDuration and RecalcStyleDuration come from `Performance.getMetrics`. Medians; the share is added task time over the page’s own. The control page is the product page at a URL no content script matches: its “added” figures show the noise of the method on this machine at the time.',
  'Extraction: lib/sites bundled with esbuild and added to the generated page in Chromium (no extension); the adapter for the URL reads the document repeatedly for at least 0.5 s after a first read; rows/s = rows × reads / time.',
  'Sizes: every file of the build, gzip level 9 (KB = 1,024 bytes).',
  'Store and export: bench.html in a copy of the built extension runs lib/db and lib/export in the browser’s IndexedDB. Ingest goes through putSnapshots, 500 readings a batch, 1,000 listings a day; the ceiling is plain IndexedDB adds issued all at once. The large store is filled with bulkAdd (1,000 entities read daily and 9,000 in rotation), then left idle for 30 s (BENCH_SETTLE_S) so the database’s compaction of the bulk load is not counted in the queries (a real store grows by a few thousand readings a day). The popup is measured before the fill. Export is iterateSnapshots → snapshotsToCsvChunks → chunksToBlob (as the dashboard does it), JS heap sampled at every chunk (precise memory info).',
  'Popup: 200 watched products with 30 product-page readings each; popup.html opened in a fresh tab; the time is when the list is painted, from navigation start: once all 200 items are in the DOM the first item’s title is marked for Element Timing (which reports only what is on screen), and the browser reports its paint.',
];

export function writeReport(opts: {
  figures: Figure[];
  notes: string[];
  undone: string[];
  command: string;
  seconds: number;
  load: string;
}): string {
  const m = machine();
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
    '',
    '| figure | value | budget | result |',
    '| --- | ---: | ---: | --- |',
    ...opts.figures.map((f) => `| ${row(f).join(' | ')} |`),
    '',
  ];
  lines.push('## How each figure is taken', '', ...METHOD.map((m) => `- ${m}`), '');
  if (opts.notes.length)
    lines.push('## Notes: what dominates, and what to do', '', ...opts.notes.map((n) => `- ${n}`), '');
  if (opts.undone.length)
    lines.push('## Left undone in this run', '', ...opts.undone.map((n) => `- ${n}`), '');
  const text = lines.join('\n');
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), text);
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
