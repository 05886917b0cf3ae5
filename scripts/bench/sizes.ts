// Bundle sizes: every file the build writes, raw and gzip (zlib level 9).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Sink } from './report';

const CONSOLE_BUDGET_KB = 60;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export function benchSizes(sink: Sink, extensionDir: string): void {
  const kb = (b: number) => b / 1024;
  let raw = 0;
  let gz = 0;
  for (const path of files(extensionDir).sort()) {
    const data = readFileSync(path);
    const zipped = gzipSync(data, { level: 9 }).length;
    raw += data.length;
    gz += zipped;
    const name = relative(extensionDir, path).replace(/-[A-Za-z0-9_-]{8}\.(js|css)$/, '-[hash].$1');
    const isConsole = name === 'content-scripts/console.js';
    // Icons and locale files are listed in the total only.
    if (!isConsole && !/\.(js|css|html)$/.test(name)) continue;
    sink.add({ section: 'size', name: `${name} raw`, value: kb(data.length), unit: 'KB' });
    sink.add({
      section: 'size',
      name: `${name} gzip`,
      value: kb(zipped),
      unit: 'KB',
      ...(isConsole ? { budget: { op: '<=' as const, value: CONSOLE_BUDGET_KB } } : {}),
    });
  }
  sink.add({ section: 'size', name: 'whole extension raw', value: kb(raw), unit: 'KB' });
  sink.add({ section: 'size', name: 'whole extension gzip (file by file)', value: kb(gz), unit: 'KB' });
}
