import { t } from '../../lib/i18n/t';
import { h } from '../../lib/ui/h';
import type { ConsolePage } from '../console-page';
import { focusQuestion, questionOf } from './ask';
import { panelContent } from './body';
import { DOCKS, leastCovering, type PanelPrefs } from './prefs';
import type { PointHooks } from './teach';

/**
 * The summary panel, docked to the viewport. Its frame (title, summary, toggle) is built once and updated in
 * place; the body is rebuilt only when what it shows changed, and keyboard focus stays where it was (or, when
 * its button went away with a dismissed advice, moves to the next one of its kind).
 */
export class PanelView {
  private section: HTMLElement;
  private summary = h('span', { class: 'summary', attrs: { role: 'status' } });
  private meta = h('span', { class: 'meta' });
  private toggleButton: HTMLButtonElement;
  private banner = h('p', { class: 'banner', attrs: { role: 'status' } });
  private body = h('div', { class: 'body' });
  private error = h('p', { class: 'warn', attrs: { role: 'alert' } });
  private bodyKey = '';
  /** The question last shown, so that focus moves to it once. */
  private asked = '';
  private bannerText: string | undefined;

  constructor(
    container: HTMLElement,
    private root: ShadowRoot,
    private host: HTMLElement,
    private page: ConsolePage,
    private prefs: PanelPrefs,
    private signal: AbortSignal,
  ) {
    const lang = page.lang;
    this.toggleButton = h('button', {
      class: 'icon',
      attrs: { type: 'button', 'data-key': 'toggle' },
      on: { click: () => this.toggle() },
    });
    const move = t(lang, 'movePanel');
    const moveButton = h(
      'button',
      {
        class: 'icon move',
        attrs: { type: 'button', 'data-key': 'move', 'aria-label': move, title: move },
        on: { click: () => this.move() },
      },
      '⇱',
    );
    this.section = h(
      'section',
      {
        class: 'panel',
        attrs: { 'aria-label': t(lang, 'panelTitle'), lang: lang === 'zh' ? 'zh-CN' : 'en' },
      },
      h(
        'header',
        null,
        h('span', { class: 'brand' }, t(lang, 'panelTitle')),
        this.summary,
        this.meta,
        moveButton,
        this.toggleButton,
      ),
      this.body,
    );
    container.append(this.section);
  }

  private hooks(): PointHooks {
    return {
      lang: this.page.lang,
      signal: this.signal,
      owns: (n) => this.page.owns(n),
      taught: this.page.taught,
      banner: (text) => {
        this.bannerText = text;
        this.draw();
      },
    };
  }

  draw() {
    const reading = this.page.reading;
    if (!reading) return;
    const { ex, reply, error } = reading;
    const lang = this.page.lang;
    const question = questionOf(ex);
    // A new question opens the panel (without changing the saved preference) and takes focus, once.
    const asking = question ? `${location.href}|${ex.adapter}|${JSON.stringify(question)}` : '';
    const focus = asking !== '' && asking !== this.asked;
    this.asked = asking;
    this.prefs.settle(ex.adapter);
    if (focus) this.prefs.collapsed = false;
    // A reading that stored nothing and can be helped (a column to point at, a table to teach) opens the panel.
    const helpable = ex.status === 'partial' || ex.reason === 'no-table';
    const collapsed = this.prefs.collapsed && !helpable;

    const key = JSON.stringify([
      ex.adapter,
      ex.status,
      ex.reason,
      ex.missing,
      ex.records.length,
      reply ? [reply.stored, reply.skipped] : null,
      error ?? null,
      this.page.visibleAdvice().map((a) => a.id),
      this.page.lastDismissed?.id,
      asking,
      this.page.taught,
      collapsed,
    ]);
    let summary = this.summary.textContent ?? '';
    if (key !== this.bodyKey || !this.body.isConnected) {
      this.bodyKey = key;
      const content = panelContent(this.page, reading, this.root, this.hooks());
      summary = content.summary;
      keepFocus(this.root, () =>
        this.body.replaceChildren(...(collapsed ? [] : content.body.filter(isNode))),
      );
      // The first time before the panel is painted at all (moving it after would repaint the page's root layer
      // twice); after that in the next frame, so that a redraw never forces a layout of the page.
      if (!this.host.dataset.dock) this.dock();
      else requestAnimationFrame(() => this.signal.aborted || this.dock());
    }
    this.summary.textContent = summary;
    const status = reply
      ? reply.stored
        ? t(lang, 'savedRows', { n: reply.stored })
        : t(lang, 'unchangedRows', { n: reply.skipped })
      : '';
    const period = ex.records[0]?.period;
    this.meta.textContent = [status, period ? t(lang, 'periodLabel', period) : '']
      .filter(Boolean)
      .join(' · ');
    const toggleLabel = `${collapsed ? t(lang, 'expand') : t(lang, 'collapse')} (${t(lang, 'panelShortcut')})`;
    this.section.classList.toggle('collapsed', collapsed);
    this.host.toggleAttribute('data-collapsed', collapsed);
    this.body.hidden = collapsed;
    this.toggleButton.setAttribute('aria-expanded', String(!collapsed));
    this.toggleButton.setAttribute('aria-label', toggleLabel);
    this.toggleButton.title = toggleLabel;
    this.toggleButton.textContent = collapsed ? '▸' : '▾';
    // The banner (what to click) and the error are in the panel only while they have something to say.
    this.banner.textContent = this.bannerText ?? '';
    if (this.bannerText) this.section.insertBefore(this.banner, this.body);
    else this.banner.remove();
    this.error.textContent = error ? t(lang, 'saveFailed', { error }) : '';
    if (error) this.section.append(this.error);
    else this.error.remove();
    if (focus) focusQuestion(this.root);
  }

  /**
   * Docks the panel in the operator's corner, or else in the corner where it covers least of the table: the
   * advice never hides the numbers it is about when there is a free corner.
   */
  private dock() {
    let dock = this.prefs.dock;
    if (!dock) {
      const table = this.page.reading?.ex.anchors?.table;
      const box = this.section.getBoundingClientRect();
      const rect = table?.isConnected ? table.getBoundingClientRect() : undefined;
      dock = leastCovering(rect, box.width, box.height, innerWidth, innerHeight);
    }
    if (this.host.dataset.dock !== dock) this.host.dataset.dock = dock;
  }

  private move() {
    const current = (this.host.dataset.dock ?? DOCKS[0]) as (typeof DOCKS)[number];
    this.prefs.setDock(DOCKS[(DOCKS.indexOf(current) + 1) % DOCKS.length]!);
    this.dock();
  }

  /** The keyboard shortcut: open the panel and put focus on its toggle. */
  focus() {
    if (this.prefs.collapsed) this.toggle();
    this.toggleButton.focus();
  }

  private toggle() {
    this.prefs.setCollapsed(!this.prefs.collapsed);
    this.draw();
  }
}

const isNode = (n: Node | null): n is Node => n !== null;

/**
 * Runs `rebuild` and puts keyboard focus back on the element with the same `data-key`; when that element is
 * gone (its advice dismissed), on the element of the same kind now at its place, else the panel's toggle.
 */
export function keepFocus(root: ShadowRoot, rebuild: () => void) {
  const active = root.activeElement as HTMLElement | null;
  const key = active?.dataset.key;
  if (!key) {
    rebuild();
    return;
  }
  const kind = key.slice(0, key.indexOf(':') + 1) || key;
  const ofKind = () =>
    Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).filter((el) =>
      el.dataset.key!.startsWith(kind),
    );
  const index = ofKind().indexOf(active);
  rebuild();
  const same = ofKind().find((el) => el.dataset.key === key);
  const siblings = ofKind();
  const next =
    same ?? siblings[Math.min(index, siblings.length - 1)] ?? root.querySelector('[data-key="toggle"]');
  (next as HTMLElement | null)?.focus({ preventScroll: true });
}
