import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ConsolePage } from '../../features/console-page';
import type { CaptureReply } from '../../lib/messaging';
import type { ContextAnswers, Extraction } from '../../lib/model';
import { send } from '../../lib/runtime';
import { answersFor, answersItem, type ContextAnswer, loadAnswers } from '../../lib/settings/answers';
import { loadRemaps, type Remap, remapsFor, remapsItem } from '../../lib/settings/remaps';
import { consoleAdapterFor as adapterFor } from '../../lib/sites/console-adapters';
import { consoleAccountOf } from '../../lib/sites/context/account';
import { runSliced } from '../../lib/sites/steps';
import type { PageAdapter } from '../../lib/sites/types';

/** Two reads this far apart that agree mean the table has settled (the app is done rendering it). */
const SETTLE_MS = 350;
/** After a failed send (the service worker restarting), try again this soon. */
const RETRY_MS = 2000;
/** Show "saving" only when the background has not answered by then. */
const SAVING_AFTER_MS = 800;
/**
 * A reading gives the page its main thread back once a slice has taken this long (issue 16: no long task of
 * ours). A slice ends after the step that crosses it, so the longest slice is this plus the longest step
 * (30-45 ms cold for a 500-row table: the bench's "first read's longest step").
 */
const SLICE_MS = 8;

/** A cheap fingerprint of what a page shows: identity and numbers, not when it was read. */
export function signature(ex: Extraction): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  };
  feed(`${ex.adapter}|${ex.status}|${ex.missing.join(',')}|${ex.records.length}`);
  for (const r of ex.records) {
    feed(r.key);
    for (const k in r.metrics) feed(`${k}=${r.metrics[k]}`);
  }
  return (h >>> 0).toString(36);
}

/** A cheap look at whether the table changed: its size in elements and characters. */
function fingerprint(ex: Extraction): string {
  const root = ex.anchors?.table ?? document.body;
  if (!root.isConnected) return 'gone';
  return `${root.getElementsByTagName('*').length}:${root.textContent?.length ?? 0}`;
}

/**
 * Reads the page whenever it changes, waits for the table to settle, sends each new reading once,
 * and hands it to the features through `page`. Tables are re-rendered, paginated and navigated without a URL change.
 */
export function startWatcher(ctx: ContentScriptContext, page: ConsolePage) {
  let remaps: Remap[] = [];
  let answers: ContextAnswer[] = [];
  /** Remaps and answers are loaded: reading before would ask what the operator already answered. */
  let ready = false;
  let pending: { ex: Extraction; sig: string; url: string; fingerprint: string } | undefined;
  let committedSig = '';
  let timer: number | undefined;

  const schedule = (ms = SETTLE_MS) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void tick(), ms);
  };

  let busy = false;
  let again = false;
  const read = async (adapter: PageAdapter, context: Parameters<PageAdapter['extract']>[1]) =>
    adapter.steps
      ? runSliced(adapter.steps(document, context), SLICE_MS, () => !ctx.isInvalid)
      : adapter.extract(document, context);

  async function tick() {
    timer = undefined;
    if (!ready) return;
    // A reading in slices is still under way: look again once it is done.
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      await step();
    } finally {
      busy = false;
      if (again && !ctx.isInvalid) {
        again = false;
        schedule();
      }
    }
  }

  async function step() {
    const url = new URL(location.href);
    const adapter = adapterFor(url);
    if (!adapter) {
      page.clear();
      committedSig = '';
      pending = undefined;
      return;
    }
    let ex: Extraction;
    let sig: string;
    if (pending && pending.url === url.href && fingerprint(pending.ex) === pending.fingerprint) {
      // Nothing moved in the table since the last read: it has settled, and that read stands.
      ({ ex, sig } = pending);
      pending = undefined;
    } else {
      const capturedAt = new Date().toISOString();
      // The operator's answers for this account and address, used only where the page says nothing.
      const given: ContextAnswers = answers.length
        ? answersFor(answers, consoleAccountOf(document, url), url.href)
        : {};
      const context = { url, capturedAt, ...(Object.keys(given).length ? { answers: given } : {}) };
      let first = await read(adapter, context);
      if (!first) return; // the page went away meanwhile
      if (remaps.some((r) => r.adapter === adapter.id)) {
        // The user's own column labels, for this adapter on this marketplace.
        const labels = remapsFor(remaps, adapter.id, first.records[0]?.marketplace);
        first = await read(adapter, { ...context, remaps: labels });
        if (!first) return;
        page.taught = labels;
      } else page.taught = {};
      ex = first;
      if (ex.status === 'loading') return; // rows will arrive as mutations
      // The app replaced the table while it was being read in slices: read the new one.
      if (ex.anchors && !ex.anchors.table.isConnected) return schedule();
      sig = signature(ex);
      if (sig === committedSig) {
        pending = undefined;
        page.anchors(ex);
        return;
      }
      // Wait a moment and look again: a table still being rendered changes under us.
      pending = { ex, sig, url: url.href, fingerprint: fingerprint(ex) };
      schedule();
      return;
    }
    committedSig = sig;
    let reply: CaptureReply | null = null;
    let error: string | undefined;
    if (ex.status === 'ok' && ex.records.length) {
      // Usually the background answers within a few hundred ms and the panel is drawn once, with its
      // advice (one paint of the page instead of two); a slow answer shows "saving" meanwhile.
      const slow = ctx.setTimeout(() => page.saving(ex), SAVING_AFTER_MS);
      try {
        reply = await send({ type: 'page.capture', records: ex.records });
      } catch (err) {
        error = String((err as Error)?.message ?? err);
        // Not saved: read and send again shortly, even if the page does not change.
        committedSig = '';
        pending = undefined;
        schedule(RETRY_MS);
      }
      clearTimeout(slow);
    }
    page.set({ ex, reply, ...(error ? { error } : {}) });
  }

  const observer = new MutationObserver((mutations) => {
    // Our own panel and badges change too; only the host's changes mean a new reading.
    if (mutations.every((m) => page.owns(m.target))) return;
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    pending = undefined;
    schedule(0);
  });
  // Load at start and on every change (a column pointed at, a question answered): read again at once.
  const reload = () =>
    void Promise.all([loadRemaps(), loadAnswers()]).then(([r, a]) => {
      remaps = r;
      answers = a;
      ready = true;
      pending = undefined;
      committedSig = '';
      schedule(0);
    });
  reload();
  ctx.onInvalidated(remapsItem.watch(reload));
  ctx.onInvalidated(answersItem.watch(reload));
}
