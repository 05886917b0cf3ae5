import { storage } from 'wxt/utils/storage';
import type { Advice } from '../../lib/advice/types';
import { type Lang, type MessageKey, t } from '../../lib/i18n';
import type { CaptureReply } from '../../lib/messaging';
import type { Extraction } from '../../lib/model';
import { send } from '../../lib/runtime';
import { h } from '../../lib/ui/h';
import { askBody, focusQuestion, questionOf } from './ask';
import { Badges } from './badges';
import css from './console.css?inline';
import { copyButton, diagnostic } from './diagnostic';
import { shapeControl } from './shape';
import { fieldName, type PointHooks, repointNote, teachBody } from './teach';

const collapsedItem = storage.defineItem<boolean>('local:ui.panelCollapsed', { fallback: false, version: 1 });

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;
const TOP = 5;

function shadowHost(tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', null, css));
  return { host, root };
}

/** The summary panel (docked to the viewport) and the row badges: all in shadow roots, page text only as text nodes. */
export class ConsoleUi {
  private panel = shadowHost('opslens-panel');
  private badges: Badges;
  private collapsed = false;
  private banner: string | undefined;
  private dismissed = new Set<string>();
  private last: { ex: Extraction; reply: CaptureReply | null; error?: string } | undefined;
  /** The question last shown, so that focus moves to it once. */
  private asked = '';
  /** Labels the user pointed at for the current adapter (watcher-provided), shown on the teach panel. */
  private taught: Readonly<Record<string, readonly string[]>> = {};

  constructor(
    ctx: { onInvalidated(cb: () => void): void },
    private lang: Lang,
  ) {
    this.badges = new Badges(lang, (a) => this.actions(a));
    void collapsedItem.getValue().then((v) => {
      this.collapsed = v;
      if (this.last) this.draw();
    });
    ctx.onInvalidated(() => this.clear());
  }

  setTaught(labels: Readonly<Record<string, readonly string[]>>) {
    this.taught = labels;
  }

  owns(node: Node): boolean {
    return this.panel.host.contains(node) || this.badges.owns(node);
  }

  clear() {
    this.panel.host.remove();
    this.badges.clear();
    this.last = undefined;
  }

  render(ex: Extraction, reply: CaptureReply | null, error?: string) {
    if (reply) this.dismissed = new Set(reply.dismissed);
    this.last = { ex, reply, ...(error ? { error } : {}) };
    this.draw();
  }

  /** The page is read and being saved: show the panel now, the advice when the background answers. */
  saving(ex: Extraction) {
    if (this.last?.ex.adapter === ex.adapter && this.last.reply) return;
    this.last = { ex, reply: null };
    this.draw();
  }

  /** Same data, re-rendered rows (sorting, virtual scrolling): move the badges to the new row elements. */
  refreshAnchors(ex: Extraction) {
    if (!this.last) return;
    this.last.ex = ex;
    this.placePanel(ex);
    this.badges.show(ex, this.visibleAdvice());
  }

  private visibleAdvice(): Advice[] {
    return (this.last?.reply?.advice ?? []).filter((a) => !this.dismissed.has(a.id));
  }

  /**
   * The panel is docked to the viewport, outside the page's body, and inserted once together with the
   * badge layer: nothing in the page moves, so a 500-row console is not laid out and painted again
   * (BENCHMARKS.md, page cost). Later changes stay inside our own contained, fixed layers.
   */
  private placePanel(_ex: Extraction) {
    const host = this.panel.host;
    if (host.isConnected) return;
    document.documentElement.append(host);
    this.badges.attach();
  }

  private draw() {
    const last = this.last;
    if (!last) return;
    const { ex, reply, error } = last;
    const lang = this.lang;
    const advice = this.visibleAdvice().sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    const actionable = advice.filter((a) => a.severity !== 'info');
    const waiting = advice.length - actionable.length;
    const body: (Node | null)[] = [];
    let summary: string;
    const question = questionOf(ex);
    if (ex.status === 'partial' || ex.status === 'not-recognised') {
      summary = this.unread(ex, body, question);
    } else if (ex.status === 'empty') {
      summary = t(lang, 'emptyTable');
    } else {
      summary =
        !reply && !error
          ? t(lang, 'savingRows')
          : actionable.length
            ? t(lang, 'adviceCount', { n: actionable.length })
            : t(lang, 'noAdvice');
      const counts = new Map<string, number>();
      for (const a of actionable) counts.set(a.rule, (counts.get(a.rule) ?? 0) + 1);
      body.push(
        h(
          'ul',
          { class: 'chips', attrs: { 'aria-label': summary } },
          ...[...counts].map(([rule, n]) =>
            h('li', { class: `chip rule-${rule}` }, `${t(lang, `rule_${rule}` as MessageKey)} ${n}`),
          ),
        ),
        h('ol', { class: 'top' }, ...actionable.slice(0, TOP).map((a) => this.item(a))),
      );
      if (actionable.length > TOP)
        body.push(h('p', { class: 'muted' }, t(lang, 'moreAdvice', { n: actionable.length - TOP })));
      if (waiting) body.push(h('p', { class: 'muted' }, t(lang, 'needMoreData', { n: waiting })));
      body.push(repointNote(ex, this.hooks()));
    }
    if (ex.status === 'ok' || ex.status === 'empty')
      body.push(h('p', { class: 'muted support' }, shapeControl(ex, this.panel.root, lang)));
    // A new question opens the panel (without changing the saved preference) and takes focus, once.
    const asking = question ? `${location.href}|${ex.adapter}|${JSON.stringify(question)}` : '';
    const focus = asking !== '' && asking !== this.asked;
    this.asked = asking;
    if (focus) this.collapsed = false;
    const status = reply
      ? reply.stored
        ? t(lang, 'savedRows', { n: reply.stored })
        : t(lang, 'unchangedRows', { n: reply.skipped })
      : '';
    const period = ex.records[0]?.period;
    const toggleLabel = this.collapsed ? t(lang, 'expand') : t(lang, 'collapse');
    const panel = h(
      'section',
      {
        class: `panel${this.collapsed ? ' collapsed' : ''}`,
        attrs: { 'aria-label': t(lang, 'panelTitle'), lang: lang === 'zh' ? 'zh-CN' : 'en' },
      },
      h(
        'header',
        null,
        h('span', { class: 'brand' }, t(lang, 'panelTitle')),
        h('span', { class: 'summary', attrs: { role: 'status' } }, summary),
        h(
          'span',
          { class: 'meta' },
          [status, period ? t(lang, 'periodLabel', period) : ''].filter(Boolean).join(' · '),
        ),
        h(
          'button',
          {
            class: 'icon',
            attrs: {
              type: 'button',
              'aria-expanded': String(!this.collapsed),
              'aria-label': toggleLabel,
              title: toggleLabel,
            },
            on: { click: () => this.toggle() },
          },
          this.collapsed ? '▸' : '▾',
        ),
      ),
      this.banner ? h('p', { class: 'banner', attrs: { role: 'status' } }, this.banner) : null,
      this.collapsed ? null : h('div', { class: 'body' }, ...body),
      error ? h('p', { class: 'warn', attrs: { role: 'alert' } }, t(lang, 'saveFailed', { error })) : null,
    );
    this.panel.root.replaceChildren(this.panel.root.firstChild!, panel);
    this.placePanel(ex);
    if (focus) focusQuestion(this.panel.root);
    if (ex.status === 'ok') this.badges.show(ex, advice);
    else this.badges.clear();
  }

  /** The summary of a reading that stored nothing; its question, teaching or support tools go into `body`. */
  private unread(ex: Extraction, body: (Node | null)[], question: ReturnType<typeof questionOf>): string {
    const lang = this.lang;
    const nothing = t(lang, 'nothingSaved');
    let summary: string;
    if (ex.reason === 'no-table') {
      summary = t(lang, 'twoSentences', { first: t(lang, 'unknownTable'), second: nothing });
      body.push(teachBody(ex, this.hooks()));
    } else {
      const fields = ex.missing.map((f) => fieldName(f, lang)).join(t(lang, 'listSeparator'));
      const reason = `reason_${ex.reason}` as MessageKey;
      summary =
        !fields && ex.reason
          ? t(lang, 'notRecognised', { reason: t(lang, reason) === reason ? ex.reason : t(lang, reason) })
          : t(lang, 'twoSentences', { first: t(lang, 'couldNotRead', { fields }), second: nothing });
      // Answer the question first: the columns left unread show on the stored reading.
      body.push(question ? askBody(ex, question, lang) : repointNote(ex, this.hooks()));
    }
    body.push(
      shapeControl(
        ex,
        this.panel.root,
        lang,
        copyButton(lang, t(lang, 'copyDiagnostic'), () => diagnostic(ex)),
      ),
    );
    return summary;
  }

  private hooks(): PointHooks {
    return {
      lang: this.lang,
      owns: (n) => this.owns(n),
      taught: this.taught,
      banner: (text) => {
        this.banner = text;
        this.draw();
      },
    };
  }

  private item(a: Advice) {
    return h(
      'li',
      { class: `item sev-${a.severity}` },
      h('span', { class: 'who' }, a.label ?? a.ref.key),
      h('span', { class: 'text' }, a.text[this.lang]),
      this.actions(a),
    );
  }

  /** Copy and Dismiss for one advice, used in the panel and in the badge popovers. */
  actions(a: Advice): HTMLElement {
    const lang = this.lang;
    const dismiss = h(
      'button',
      {
        class: 'link',
        attrs: { type: 'button' },
        on: {
          click: async () => {
            this.dismissed.add(a.id);
            this.draw();
            await send({ type: 'advice.dismiss', id: a.id, dismissed: true }).catch(() => undefined);
          },
        },
      },
      t(lang, 'dismiss'),
    );
    return h(
      'span',
      { class: 'row-actions' },
      copyButton(lang, t(lang, 'copy'), () => `${a.label ?? a.ref.key}: ${a.text[lang]}`),
      dismiss,
    );
  }

  private async toggle() {
    this.collapsed = !this.collapsed;
    this.draw();
    await collapsedItem.setValue(this.collapsed);
  }
}
