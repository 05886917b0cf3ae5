import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Advice } from '../lib/advice/types';
import type { Lang } from '../lib/i18n/t';
import type { CaptureReply } from '../lib/messaging';
import type { Extraction } from '../lib/model';
import { send } from '../lib/runtime';
import { compareStakes, rankedOf } from '../lib/today/stake';

/** One reading of a console page as the features see it: what was read, and what the background said. */
export interface ConsoleReading {
  ex: Extraction;
  /** Null while the background has not answered, or when nothing was sent (partial, empty, unknown). */
  reply: CaptureReply | null;
  error?: string;
}

/**
 * - `reading`: a new reading (and its reply);
 * - `saving`: read, sent, the background slow to answer;
 * - `anchors`: the same data in re-rendered rows (sorting, virtual scrolling);
 * - `dismissed`: the operator dismissed an advice;
 * - `clear`: the page no longer shows a table we read.
 */
export type ConsoleChange = 'reading' | 'saving' | 'anchors' | 'dismissed' | 'clear';

/**
 * What the console features share: the latest reading, the advice not dismissed, the labels the operator
 * taught for this page, and which nodes are ours (a click on our UI is never a pick, our mutations never a
 * re-read). The watcher writes it; features subscribe through `ctx`, so they stop with the page.
 */
export class ConsolePage {
  private current: ConsoleReading | undefined;
  private listeners = new Set<(change: ConsoleChange) => void>();
  private owners = new Set<(n: Node) => boolean>();
  private dismissedIds = new Set<string>();
  /** Changes of dismissedIds, and the ranked advice as of one reply and one count. */
  private dismissals = 0;
  private ranked: { of: readonly Advice[]; dismissed: number; list: Advice[] } | undefined;
  /** The advice dismissed last on this page, so that the panel can offer Undo. */
  lastDismissed: Advice | undefined;
  taught: Readonly<Record<string, readonly string[]>> = {};

  constructor(readonly lang: Lang) {}

  get reading(): ConsoleReading | undefined {
    return this.current;
  }

  subscribe(ctx: ContentScriptContext, listener: (change: ConsoleChange) => void) {
    this.listeners.add(listener);
    ctx.onInvalidated(() => this.listeners.delete(listener));
  }

  /** Registers a test for nodes of a feature's own UI. */
  addOwner(ctx: ContentScriptContext, owns: (n: Node) => boolean) {
    this.owners.add(owns);
    ctx.onInvalidated(() => this.owners.delete(owns));
  }

  owns(node: Node): boolean {
    for (const owns of this.owners) if (owns(node)) return true;
    return false;
  }

  /** Advice of the current reading the operator has not dismissed, in the order of work: what is at stake, then severity. */
  visibleAdvice(): Advice[] {
    // Asked by the panel and the badges on every change: ranked once per reply and dismissal.
    const advice = this.current?.reply?.advice ?? [];
    if (this.ranked?.of === advice && this.ranked.dismissed === this.dismissals) return this.ranked.list;
    const list = advice
      .filter((a) => !this.dismissedIds.has(a.id))
      .map((a) => [a, rankedOf(a)] as const)
      .sort((x, y) => compareStakes(x[1], y[1]))
      .map(([a]) => a);
    this.ranked = { of: advice, dismissed: this.dismissals, list };
    return list;
  }

  set(reading: ConsoleReading) {
    if (reading.reply) {
      this.dismissedIds = new Set(reading.reply.dismissed);
      this.dismissals++;
    }
    this.current = reading;
    this.emit('reading');
  }

  /** The page is read and being saved: features may show it now, the advice when the background answers. */
  saving(ex: Extraction) {
    if (this.current?.ex.adapter === ex.adapter && this.current.reply) return;
    this.current = { ex, reply: null };
    this.emit('saving');
  }

  /** Same data, re-rendered rows: features move what they anchored to the new row elements. */
  anchors(ex: Extraction) {
    if (!this.current) return;
    this.current = { ...this.current, ex };
    this.emit('anchors');
  }

  clear() {
    if (!this.current) return;
    this.current = undefined;
    this.emit('clear');
  }

  /** Hides the advice at once; the background remembers it (a failed send leaves it hidden on this page). */
  async dismiss(id: string) {
    this.lastDismissed = this.current?.reply?.advice.find((a) => a.id === id);
    this.dismissedIds.add(id);
    this.dismissals++;
    this.emit('dismissed');
    await send({ type: 'advice.dismiss', id, dismissed: true }).catch(() => undefined);
  }

  /** Shows the last dismissed advice again (Undo), here and wherever the background is asked. */
  async undoDismiss() {
    const a = this.lastDismissed;
    if (!a) return;
    this.lastDismissed = undefined;
    this.dismissedIds.delete(a.id);
    this.dismissals++;
    this.emit('dismissed');
    await send({ type: 'advice.dismiss', id: a.id, dismissed: false }).catch(() => undefined);
  }

  /** The record of the current reading an advice is about (for the names and ids that tell rows apart). */
  recordOf(a: Advice) {
    return this.current?.ex.records.find(
      (r) => r.kind === a.ref.kind && r.key === a.ref.key && r.marketplace === a.ref.marketplace,
    );
  }

  private emit(change: ConsoleChange) {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        console.error('[OpsLens] a console feature failed on', change, err);
      }
    }
  }
}
