// The popup's first paint (features/popup-first.ts, a classic script) and its modules (entrypoints/popup/main.tsx)
// meet here: the modules wait for the first paint before they evaluate, so React and Dexie do not take the
// main thread while the list is read and drawn. Set on window by the classic script; absent when it did not run.
const KEY = '__opslensPopupFirstPaint';

type Holder = { [KEY]?: Promise<void> };

export function announceFirstPaint(done: Promise<unknown>): void {
  (globalThis as Holder)[KEY] = done.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves once the first paint is over (drawn or given up); at once when no first paint runs. */
export const afterFirstPaint = (): Promise<void> => (globalThis as Holder)[KEY] ?? Promise.resolve();
