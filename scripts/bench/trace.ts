// A performance trace of one page load (the DevTools protocol's Tracing domain, as Playwright's and
// DevTools' performance panels take it): the renderer's main-thread tasks, which of them ran our code,
// and what each of ours spent its time on.
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

export interface TaskOfOurs {
  /** From navigation start (ms). */
  at: number;
  ms: number;
  /** Of that, time in events that name our scripts (evaluation, compile, calls, timers). */
  oursMs: number;
  /** The largest kinds of work inside it, e.g. "v8.compile 31 ms". */
  top: string;
}

export interface LoadTrace {
  /** Every main-thread task of ours (one that ran a script of the extension), longest first. */
  ours: TaskOfOurs[];
  /** Sum of our tasks' time, and of the time inside them attributed by event kind. */
  oursTotal: number;
  byKind: Map<string, number>;
  /** Every main-thread task of the page (ours or not): total and by kind. */
  allTotal: number;
  all: Map<string, number>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'toplevel',
].join(',');

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const urlOf = (e: TraceEvent): string => {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  const stack = d.stackTrace as { url?: string }[] | undefined;
  return String(d.url ?? d.scriptName ?? d.fileName ?? stack?.[0]?.url ?? '');
};

/** Loads `url` in a fresh tab with tracing on; `settle` waits for our UI and late work. */
export async function traceLoad(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
  ourOrigin: string,
): Promise<LoadTrace> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (m) => void events.push(...(m.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settle(page);
  await session.send('Tracing.end');
  await done;
  await page.close();
  return analyse(events, new URL(url).origin, ourOrigin);
}

export function analyse(events: TraceEvent[], pageUrl: string, ourOrigin: string): LoadTrace {
  // The page's main thread: the thread that parsed the page's document.
  const main = events.find((e) => e.name === 'ParseHTML' && urlOf(e).startsWith(pageUrl));
  const onMain = events.filter(
    (e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined,
  );
  const navStart = Math.min(...onMain.map((e) => e.ts));
  // Nested task events (RunTask inside ThreadControllerImpl::RunTask) are one task.
  const tasks = outermost(onMain.filter((e) => TASK.has(e.name)).sort((a, b) => a.ts - b.ts));
  const inner = onMain.filter((e) => !TASK.has(e.name)).sort((a, b) => a.ts - b.ts);
  const ours: TaskOfOurs[] = [];
  const byKind = new Map<string, number>();
  let oursTotal = 0;
  let j = 0;
  const all = new Map<string, number>();
  let allTotal = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur!;
    while (j < inner.length && inner[j]!.ts < t.ts) j++;
    const inside: TraceEvent[] = [];
    for (let k = j; k < inner.length && inner[k]!.ts < end; k++) inside.push(inner[k]!);
    allTotal += t.dur! / 1000;
    for (const e of outermost(inside)) all.set(e.name, (all.get(e.name) ?? 0) + e.dur! / 1000);
    const mine = inside.filter((e) => urlOf(e).startsWith(ourOrigin));
    if (!mine.length) continue;
    // Time inside the task by kind of work, counting only outermost events of each kind.
    const kinds = new Map<string, number>();
    for (const e of outermost(inside)) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur! / 1000);
    for (const [k, v] of kinds) byKind.set(k, (byKind.get(k) ?? 0) + v);
    const ms = t.dur! / 1000;
    oursTotal += ms;
    ours.push({
      at: (t.ts - navStart) / 1000,
      ms,
      oursMs: outermost(mine).reduce((s, e) => s + e.dur! / 1000, 0),
      top: [...kinds]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(', '),
    });
  }
  ours.sort((a, b) => b.ms - a.ms);
  return { ours, oursTotal, byKind, all, allTotal };
}

/** Events not nested in another event of the list (the list sorted by start). */
function outermost(es: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let until = -1;
  for (const e of es) {
    if (e.ts >= until) {
      out.push(e);
      until = e.ts + e.dur!;
    }
  }
  return out;
}
