// `npm run bench`: builds the extension, measures it against the budgets of issue 16 and writes BENCHMARKS.md.
// Figures are ratios and medians taken side by side in one run; nothing here is a test that can fail on time.
// BENCH_ONLY=sizes,extract,page,store runs some sections; BENCH_SKIP_BUILD=1 uses the existing build.
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { suggestions } from './bench/advice';
import { ROOT } from './bench/browser';
import { benchExtraction } from './bench/extraction';
import { benchPageCost } from './bench/page-cost';
import { machine, passes, row, Sink, writeReport } from './bench/report';
import { benchSizes } from './bench/sizes';
import { benchStore } from './bench/store';
import { benchToday } from './bench/today';

const started = Date.now();
const only = process.env.BENCH_ONLY?.split(',');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const m = machine();
console.log(`OpsLens benchmarks on ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}, ${m.chromium}`);
const loadBefore = load();
console.log(`load average before: ${loadBefore}`);
if (!process.env.BENCH_SKIP_BUILD) {
  execSync('node scripts/ensure-chromium.mjs', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
// A private copy, so another build during the run cannot change what is measured.
const ext = mkdtempSync(join(tmpdir(), 'opslens-bench-build-'));
cpSync(join(ROOT, '.output', 'chrome-mv3'), ext, { recursive: true });

const sink = new Sink();
const sections: [string, string, () => unknown][] = [
  ['sizes', 'Bundle sizes', () => benchSizes(sink, ext)],
  ['extract', 'Extraction throughput (in Chromium)', () => benchExtraction(sink)],
  ['page', 'Page cost (with vs without the extension, alternating)', () => benchPageCost(sink, ext)],
  ['store', 'Store, export and popup (IndexedDB in an extension page)', () => benchStore(sink, ext)],
  ['today', 'Today first paint (1,000 entities)', () => benchToday(sink, ext)],
];
let crashed = 0;
for (const [key, title, run] of sections) {
  if (only && !only.includes(key)) continue;
  const t = Date.now();
  console.log(`\n== ${title}`);
  try {
    await run();
  } catch (err) {
    crashed++;
    const msg = String((err as Error)?.stack ?? err)
      .split('\n')
      .slice(0, 3)
      .join(' ');
    sink.undone.push(`${key}: the section stopped with an error: ${msg}`);
    console.error(`  ${key} failed: ${msg}`);
  }
  console.log(`  (${((Date.now() - t) / 1000).toFixed(0)} s)`);
}
rmSync(ext, { recursive: true, force: true });
for (const text of suggestions(sink.figures, sink.notes)) sink.note(text);

const command = `npm run bench${only ? ` (BENCH_ONLY=${only.join(',')})` : ''}`;
writeReport({
  figures: sink.figures,
  notes: sink.notes,
  undone: sink.undone,
  command,
  seconds: (Date.now() - started) / 1000,
  load: `${loadBefore} before, ${load()} after`,
  ...(only ? { ran: only } : {}),
});
const budgeted = sink.figures.filter((f) => f.budget);
const missed = budgeted.filter((f) => !passes(f));
console.log('\n== Budgets');
for (const f of budgeted)
  console.log(`  ${row(f)[3].padEnd(4)}  ${row(f)[0]}: ${row(f)[1]} (budget ${row(f)[2]})`);
console.log(
  `\n${budgeted.length - missed.length} of ${budgeted.length} budgets met; BENCHMARKS.md written (${((Date.now() - started) / 1000).toFixed(0)} s).`,
);
process.exit(crashed ? 1 : 0);
