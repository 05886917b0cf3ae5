import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { adviceText } from '../lib/advice/text';
import type { Advice } from '../lib/advice/types';
import { ruleName, t } from '../lib/i18n/t';
import type { Extraction } from '../lib/model';
import { h } from '../lib/ui/h';
import { adviceActions } from './advice-actions';
import css from './console.css?inline';
import type { ConsolePage } from './console-page';
import type { Feature } from './feature';
import { boxOf, clippingAncestors, textCellLeft, visibleBox } from './row-geometry';

interface Placed {
  row: Element;
  /** Made when its row first comes within a screen of the viewport (issue 16: 200-odd rows, a few seen). */
  badge?: HTMLButtonElement;
  advice: Advice[];
  label: string;
}

const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;

/**
 * One badge per row that has advice, drawn in an overlay beside the row: the host table is never modified, so
 * its layout and its own scripts are untouched. Hover or focus shows the explanation; Escape closes it.
 */
export const rowBadges: Feature<ConsolePage> = {
  id: 'row-badges',
  runsOn: 'console',
  async init(ctx, page) {
    const ui = await createShadowRootUi(ctx, {
      name: 'opslens-badges',
      css,
      inheritStyles: true,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container, shadow, host) => {
        // A zero-size layer at the document's origin: badges are placed in page coordinates inside it.
        host.setAttribute(
          'style',
          'position:absolute;top:0;left:0;width:0;height:0;z-index:2147482000;contain:layout style;',
        );
        return new Badges(ctx, page, container, shadow);
      },
    });
    page.addOwner(ctx, (n) => ui.shadowHost.contains(n));
    const update = () => {
      const reading = page.reading;
      if (reading?.ex.status !== 'ok' || !reading.reply) return ui.remove();
      const advice = page.visibleAdvice();
      if (!advice.length && !ui.mounted) return;
      if (!ui.mounted) ui.mount();
      ui.mounted?.show(reading.ex, advice);
    };
    page.subscribe(ctx, (change) => (change === 'saving' ? undefined : update()));
    update();
  },
};

class Badges {
  private layer = h('div', { class: 'layer' });
  private pop = h('div', { class: 'pop', attrs: { role: 'dialog', hidden: true } });
  private placed: Placed[] = [];
  private pinned: Placed | undefined;
  private frame = 0;
  private signature = '';
  private clippers: Element[] = [];
  private table: Element | undefined;
  /** Focus handed back to a badge by Escape or Close: it must not open the popover again. */
  private refocusing = false;
  private lang;

  constructor(
    private ctx: ContentScriptContext,
    private page: ConsolePage,
    container: HTMLElement,
    root: ShadowRoot,
  ) {
    this.lang = page.lang;
    container.append(this.layer, this.pop);
    const reposition = () => this.schedulePosition();
    ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', reposition, { passive: true });
    root.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.close(true);
    });
  }

  private schedulePosition() {
    if (!this.frame) this.frame = this.ctx.requestAnimationFrame(() => this.position());
  }

  show(ex: Extraction, advice: Advice[]) {
    const rows = ex.anchors?.rows ?? [];
    // The same rows with the same advice (a re-render that changed nothing): only move the badges.
    const signature = `${advice.map((a) => a.id).join('|')}#${rows.length}`;
    if (signature === this.signature && this.placed.every((p) => rows.includes(p.row))) {
      this.schedulePosition();
      return;
    }
    this.signature = signature;
    const byKey = new Map<string, Advice[]>();
    for (const a of advice) byKey.set(a.ref.key, [...(byKey.get(a.ref.key) ?? []), a]);
    this.placed = [];
    this.clippers = rows[0] ? clippingAncestors(rows[0]) : [];
    this.table = ex.anchors?.table;
    this.layer.replaceChildren();
    ex.records.forEach((rec, i) => {
      const list = byKey.get(rec.key);
      const row = rows[i];
      if (!list?.length || !row) return;
      list.sort((a, b) => rank[a.severity] - rank[b.severity]);
      this.placed.push({ row, advice: list, label: rec.label ?? rec.key });
    });
    this.schedulePosition();
  }

  /** The badge of `placed[i]`, made now, in row order among those made before it (the tab order). */
  private badgeOf(i: number): HTMLButtonElement {
    const p = this.placed[i]!;
    if (p.badge) return p.badge;
    const list = p.advice;
    const top = list[0]!;
    const label = t(this.lang, 'adviceFor', { label: p.label });
    const badge = h(
      'button',
      {
        class: `badge sev-${top.severity}`,
        attrs: {
          type: 'button',
          'aria-label': `${label}: ${list.map((a) => ruleName(this.lang, a.rule)).join(', ')}`,
          'aria-haspopup': 'dialog',
        },
      },
      list.length > 1 ? String(list.length) : '!',
    );
    badge.addEventListener('mouseenter', () => this.open(p, false));
    badge.addEventListener('focus', () => (this.refocusing ? undefined : this.open(p, false)));
    badge.addEventListener('mouseleave', () => this.close(false));
    badge.addEventListener('click', () => (this.pinned === p ? this.close(true) : this.open(p, true)));
    p.badge = badge;
    let next: HTMLButtonElement | undefined;
    for (let j = i + 1; j < this.placed.length && !next; j++) next = this.placed[j]!.badge;
    this.layer.insertBefore(badge, next ?? null);
    return badge;
  }

  private open(p: Placed, pin: boolean) {
    const badge = p.badge;
    if (!badge || (this.pinned && this.pinned !== p && !pin)) return;
    if (pin) this.pinned = p;
    const lang = this.lang;
    const close = pin
      ? h(
          'button',
          { class: 'link close', attrs: { type: 'button' }, on: { click: () => this.close(true) } },
          t(lang, 'closeAdvice'),
        )
      : '';
    this.pop.replaceChildren(
      h('h3', null, p.advice[0]!.label ?? p.advice[0]!.ref.key),
      h(
        'ul',
        null,
        ...p.advice.map((a) =>
          h(
            'li',
            { class: `sev-${a.severity}` },
            h('strong', null, ruleName(this.lang, a.rule)),
            ' ',
            adviceText(a, lang),
            adviceActions(this.page, a),
          ),
        ),
      ),
      close,
    );
    this.pop.setAttribute('aria-label', t(lang, 'adviceFor', { label: p.advice[0]!.label ?? '' }));
    this.pop.hidden = false;
    // Right after its badge in the tab order: Tab goes on to the popover's Copy and Dismiss.
    if (badge.nextElementSibling !== this.pop) badge.after(this.pop);
    this.placePop(p);
  }

  private close(force: boolean) {
    if (this.pinned && !force) return;
    const was = this.pinned;
    this.pinned = undefined;
    this.pop.hidden = true;
    if (!force || !was) return;
    this.refocusing = true;
    was.badge?.focus();
    this.refocusing = false;
  }

  private placePop(p: Placed) {
    if (!p.badge) return;
    const r = p.badge.getBoundingClientRect();
    // Beside the badge, kept inside the viewport (the popover is 360 px wide).
    const left = Math.max(4, Math.min(r.right + 6, innerWidth - 372));
    this.pop.style.left = `${left + window.scrollX}px`;
    this.pop.style.top = `${r.top + window.scrollY - 4}px`;
  }

  /**
   * Badges sit level with their row in the gutter left of the grid; a grid with no room on its left gets them
   * inside the row, on its first cell that holds text (never on the row's checkbox or its action buttons).
   */
  private position() {
    this.frame = 0;
    // All reads first, then all writes: one layout, however many badges.
    const rects = this.placed.map((p) => (p.row.isConnected ? boxOf(p.row) : undefined));
    const clip = visibleBox(this.clippers);
    const tableLeft = this.table?.isConnected ? this.table.getBoundingClientRect().left : 0;
    const gridLeft = Math.max(tableLeft, clip?.left ?? Number.NEGATIVE_INFINITY);
    const inside = gridLeft < 24 ? this.placed.map((p, i) => (rects[i] ? textCellLeft(p.row) : 0)) : [];
    const sx = window.scrollX;
    const sy = window.scrollY;
    const screen = innerHeight;
    this.placed.forEach((p, i) => {
      const r = rects[i];
      // Rows more than a screen away get their badge when scrolling brings them near.
      const near = r !== undefined && r.bottom > -screen && r.top < 2 * screen;
      if (!p.badge && !near) return;
      const badge = this.badgeOf(i);
      // A row scrolled out of its grid's own scroll box is still laid out there: its badge hides with it.
      const middle = r ? r.top + r.height / 2 : 0;
      badge.hidden =
        !r || r.height === 0 || (clip !== undefined && (middle < clip.top || middle > clip.bottom));
      if (!r || badge.hidden) return;
      const x = gridLeft >= 24 ? gridLeft - 22 : (inside[i] ?? r.left) + 2;
      badge.style.left = `${x + sx}px`;
      badge.style.top = `${r.top + sy + Math.max(0, (r.height - 18) / 2)}px`;
    });
    const open = this.placed.find((p) => p === this.pinned);
    if (open) this.placePop(open);
  }
}
