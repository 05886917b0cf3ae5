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
    `- Load average (1, 5, 15 min): ${opts.load}; 2 cores shared with other work drift, which is why ratios are side by side`,
    `- Command: \`${opts.command}\` (${Math.round(opts.seconds)} s)`,
    '',
    '| figure | value | budget | result |',
    '| --- | ---: | ---: | --- |',
    ...opts.figures.map((f) => `| ${row(f).join(' | ')} |`),
    '',
  ];
  if (opts.notes.length)
    lines.push('## Notes: what dominates, and what to do', '', ...opts.notes.map((n) => `- ${n}`), '');
  if (opts.undone.length) lines.push('## Not measured', '', ...opts.undone.map((n) => `- ${n}`), '');
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
