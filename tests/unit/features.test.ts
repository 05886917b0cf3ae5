// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { boxAt, leastCovering } from '../../features/console-panel/prefs';
import { keepFocus } from '../../features/console-panel/view';
import { type Feature, runFeatures } from '../../features/feature';

const ctx = {} as ContentScriptContext;

describe('runFeatures', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts every feature that is on; one that throws or rejects is logged with its id and the rest go on', async () => {
    const started: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const features: Feature<{ n: number }>[] = [
      {
        id: 'console-panel',
        runsOn: 'console',
        init() {
          throw new Error('no anchor');
        },
      },
      {
        id: 'row-badges',
        runsOn: 'console',
        async init(_ctx, page) {
          await new Promise((r) => setTimeout(r, 5));
          started.push(`badges ${page.n}`);
        },
      },
      { id: 'product-card', runsOn: 'product', init: () => Promise.reject(new Error('late')) },
    ];
    const runs = await runFeatures(ctx, features, { n: 7 }, []);
    expect(started).toStrictEqual(['badges 7']);
    expect(runs).toStrictEqual([
      { id: 'console-panel', status: 'failed', error: 'no anchor' },
      { id: 'row-badges', status: 'on' },
      { id: 'product-card', status: 'failed', error: 'late' },
    ]);
    expect(error.mock.calls.map((c) => c[0])).toStrictEqual([
      '[OpsLens] feature console-panel failed to start:',
      '[OpsLens] feature product-card failed to start:',
    ]);
  });

  it('does not start a feature switched off in settings', async () => {
    const init = vi.fn();
    const features: Feature<null>[] = [
      { id: 'console-panel', runsOn: 'console', init },
      { id: 'row-badges', runsOn: 'console', init },
    ];
    const runs = await runFeatures(ctx, features, null, ['row-badges']);
    expect(init).toHaveBeenCalledTimes(1);
    expect(runs).toStrictEqual([
      { id: 'row-badges', status: 'off' },
      { id: 'console-panel', status: 'on' },
    ]);
  });
});

describe('keepFocus', () => {
  function panel(ids: string[]) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const toggle = document.createElement('button');
    toggle.dataset.key = 'toggle';
    const list = document.createElement('div');
    root.append(toggle, list);
    const draw = (keys: string[]) =>
      list.replaceChildren(
        ...keys.flatMap((id) =>
          ['copy', 'dismiss'].map((kind) => {
            const b = document.createElement('button');
            b.dataset.key = `${kind}:${id}`;
            b.textContent = `${kind} ${id}`;
            return b;
          }),
        ),
      );
    draw(ids);
    const button = (key: string) =>
      Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((b) => b.dataset.key === key)!;
    return { root, draw, button };
  }

  it('puts focus back on the rebuilt element with the same key', () => {
    const p = panel(['a', 'b', 'c']);
    p.button('copy:b').focus();
    keepFocus(p.root, () => p.draw(['a', 'b', 'c']));
    expect((p.root.activeElement as HTMLElement).dataset.key).toBe('copy:b');
  });

  it('after Dismiss, focus moves to the next advice of the list, then to the last, then to the toggle', () => {
    const p = panel(['a', 'b', 'c']);
    p.button('dismiss:b').focus();
    keepFocus(p.root, () => p.draw(['a', 'c']));
    expect((p.root.activeElement as HTMLElement).dataset.key).toBe('dismiss:c');
    keepFocus(p.root, () => p.draw(['a']));
    expect((p.root.activeElement as HTMLElement).dataset.key).toBe('dismiss:a');
    keepFocus(p.root, () => p.draw([]));
    expect((p.root.activeElement as HTMLElement).dataset.key).toBe('toggle');
  });
});

describe('leastCovering', () => {
  // A 1366x900 viewport, a 380x300 panel 16 px from the edges.
  it('docks in the corner that covers least of the table', () => {
    // The table fills the screen right of x=300 from y=280 down. Top left overlaps it by 96x36 px, top right by
    // 380x36, the bottom corners by the whole panel.
    const table = { left: 300, top: 280, right: 1366, bottom: 900 };
    expect(leastCovering(table, 380, 300, 1366, 900)).toBe('top-left');
  });
  it('keeps the first corner (bottom right) when the table is elsewhere, and takes the least overlap otherwise', () => {
    expect(leastCovering({ left: 0, top: 0, right: 600, bottom: 400 }, 380, 300, 1366, 900)).toBe(
      'bottom-right',
    );
    expect(leastCovering(undefined, 380, 300, 1366, 900)).toBe('bottom-right');
    // Full-screen table, but its right 200 px are a gutter: the right corners overlap 180 px less wide.
    const wide = { left: 0, top: 0, right: 1166, bottom: 900 };
    expect(leastCovering(wide, 380, 300, 1366, 900)).toBe('bottom-right');
    expect(boxAt('top-left', 380, 300, 1366, 900)).toStrictEqual({
      left: 16,
      top: 16,
      right: 396,
      bottom: 316,
    });
  });
});
