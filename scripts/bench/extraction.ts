// Extraction throughput: each table adapter, run inside Chromium on generated 500- and 5,000-row pages.
import { join } from 'node:path';
import { bundle, launch, serve } from './browser';
import type { ExtractTiming } from './extract.entry';
import { bigPage, PAGE_KINDS } from './pages';
import type { Sink } from './report';

const SIZES = [500, 5000];
const MIN_MS = 1000;

export async function benchExtraction(sink: Sink): Promise<void> {
  const code = await bundle(join(import.meta.dirname, 'extract.entry.ts'));
  const { context, cleanup } = await launch();
  const pages = new Map<string, string>();
  await serve(context, pages);
  try {
    for (const kind of Object.values(PAGE_KINDS)) {
      for (const n of SIZES) {
        pages.set(kind.url.split('#')[0]!, bigPage(kind, n));
        const page = await context.newPage();
        await page.goto(kind.url, { waitUntil: 'load', timeout: 120_000 });
        await page.addScriptTag({ content: code });
        const r = await page.evaluate(
          (min) =>
            (
              globalThis as unknown as { __opslensBenchExtract: (m: number) => ExtractTiming }
            ).__opslensBenchExtract(min),
          MIN_MS,
        );
        await page.close();
        if (r.adapter !== kind.adapter || r.records !== n)
          sink.note(`${kind.id} ${n}: ${r.adapter} read ${r.records} of ${n} rows (status ${r.status})`);
        const rowsPerS = (r.records * r.iterations) / (r.ms / 1000);
        sink.add({
          section: 'extract',
          name: `${kind.adapter} ${n.toLocaleString('en-US')} rows`,
          value: rowsPerS,
          unit: 'rows/s',
          digits: 0,
          budget: { op: '>=', value: 50_000 },
        });
        sink.add({
          section: 'extract',
          name: `${kind.adapter} ${n.toLocaleString('en-US')} rows, first read`,
          value: r.firstMs,
          unit: 'ms',
        });
      }
    }
  } finally {
    await cleanup();
  }
}
