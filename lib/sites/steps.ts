// A reading in steps (issue 16: no task of ours over 50 ms on a page). A reader written as a generator yields
// between its phases and every few rows; `runSteps` runs it to the end at once (tests, the CLI, the bench's
// reader figures), `runSliced` gives the page back its main thread whenever a slice has taken `budgetMs`.
// Same code either way, so the two cannot read differently.

export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Rows read between two looks at the clock. */
export const ROWS_PER_STEP = 50;

const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

export async function runSliced<T>(
  steps: Steps<T>,
  budgetMs: number,
  stillWanted: () => boolean = () => true,
): Promise<T | undefined> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= budgetMs) {
      await pause();
      if (!stillWanted()) return undefined;
      start = performance.now();
    }
  }
}
