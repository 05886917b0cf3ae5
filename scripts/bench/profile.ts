// CPU profiles through the DevTools protocol, summarised as the functions that dominate.
import type { Page } from 'playwright-core';

export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * Where a function is: the module of an unminified esbuild bundle (esbuild marks each with `// path`), or
 * for a minified script registered in MINIFIED, the start of its code, which names it well enough.
 */
function moduleAt(url: string, line: number, column: number): string {
  const file = url.replace(/^.*\//, '');
  const min = MINIFIED.get(file);
  if (min) return `${file}: ${min[line]?.slice(column, column + 70) ?? '?'}`;
  const lines = BUNDLES.get(file);
  if (!lines) return file;
  for (let i = line; i >= 0; i--) {
    const m = /^\s*\/\/ (\S+\.tsx?)$/.exec(lines[i] ?? '');
    if (m) return m[1]!.replace(/^(\.\.\/)+/, '');
  }
  return file;
}

/**
 * Self time per function from a CDP CPU profile, largest first. Native calls (querySelector…) are named
 * with their caller, and functions of a bundle registered in `BUNDLES` with their source module.
 */
export function topFunctions(profile: Profile, top = 6) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url ? ` (${moduleAt(f.url, f.lineNumber, f.columnNumber)})` : '';
    return `${f.functionName || '(anonymous)'}${where}`;
  };
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id);
    const fn = n?.callFrame.functionName;
    if (!n || fn === '(idle)' || fn === '(root)') return;
    let up = byId.get(parent.get(id) ?? -1);
    while (up && !up.callFrame.url && parent.has(up.id)) up = byId.get(parent.get(up.id)!);
    const label = !n.callFrame.url && up?.callFrame.url ? `${name(n)} ← ${name(up)}` : name(n);
    self.set(label, (self.get(label) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .map(([label, ms]) => ({ label, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}

/** Bundled sources by script name, so profiles can name the module of a function. */
export const BUNDLES = new Map<string, string[]>();
/** Minified scripts by name (lines), so profiles can quote the code of a function. */
export const MINIFIED = new Map<string, string[]>();

/**
 * Self time (ms) by script file name, native calls counted to the script that made them; '' holds
 * program (style, layout, parsing) and garbage-collector time.
 */
export function selfByScript(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    let n = byId.get(id);
    if (!n || n.callFrame.functionName === '(idle)') return;
    while (n && !n.callFrame.url && parent.has(n.id)) n = byId.get(parent.get(n.id)!);
    const file = n?.callFrame.url.replace(/^.*\//, '') ?? '';
    out.set(file, (out.get(file) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return out;
}

/** Runs `fn` under the CDP sampling profiler and returns the profile. */
export async function profiled(page: Page, fn: () => Promise<unknown>): Promise<Profile> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await fn();
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  return profile;
}

export const formatTop = (top: { label: string; ms: number }[]) =>
  top.map((t) => `${t.label} ${t.ms.toFixed(0)} ms`).join('; ');
