import { adviceText } from '../../lib/advice/text';
import type { Advice, AdviceRule } from '../../lib/advice/types';
import { fieldList, reasonText, ruleName, t } from '../../lib/i18n/t';
import type { Extraction } from '../../lib/model';
import { send } from '../../lib/runtime';
import { ADVICE_DEFAULTS } from '../../lib/settings/advice-defaults';
import { isActionable } from '../../lib/today/problems';
import { h } from '../../lib/ui/h';
import { adviceActions } from '../advice-actions';
import type { ConsolePage, ConsoleReading } from '../console-page';
import { askBody, questionOf } from './ask';
import { copyButton, diagnostic } from './diagnostic';
import { shapeControl } from './shape';
import { type PointHooks, repointNote, teachBody } from './teach';

const TOP = 5;
type StageKey =
  | 'stage_lifecycleNew'
  | 'stage_lifecycleHot'
  | 'stage_lifecyclePotential'
  | 'stage_lifecycleTail';

export interface PanelContent {
  summary: string;
  body: (Node | null)[];
}

/** What the panel says about one reading: a summary line, and the body under it. */
export function panelContent(
  page: ConsolePage,
  reading: ConsoleReading,
  root: ShadowRoot,
  hooks: PointHooks,
): PanelContent {
  const { ex, reply, error } = reading;
  const lang = page.lang;
  const body: (Node | null)[] = [];
  if (ex.status === 'partial' || ex.status === 'not-recognised')
    return { summary: unread(page, ex, body, root, hooks), body };
  if (ex.status === 'empty') {
    body.push(h('p', { class: 'muted support' }, shapeControl(ex, root, lang)));
    return { summary: t(lang, 'emptyTable'), body };
  }
  const advice = page.visibleAdvice();
  const actionable = advice.filter(isActionable);
  const waiting = advice.filter((a) => a.severity === 'info' || a.action === 'wait').length;
  const stages = lifecycleTags(advice);
  const summary =
    !reply && !error
      ? t(lang, 'savingRows')
      : actionable.length
        ? t(lang, 'adviceCount', { n: actionable.length })
        : t(lang, 'noAdvice');
  const counts = new Map<AdviceRule, number>();
  for (const a of actionable) counts.set(a.rule, (counts.get(a.rule) ?? 0) + 1);
  body.push(
    h(
      'ul',
      { class: 'chips', attrs: { 'aria-label': summary } },
      ...[...counts].map(([rule, n]) =>
        h('li', { class: `chip rule-${rule}` }, `${ruleName(lang, rule)} ${n}`),
      ),
    ),
    h('ol', { class: 'top' }, ...actionable.slice(0, TOP).map((a) => item(page, a, stages.get(entityOf(a))))),
  );
  body.push(undoLine(page), bulkCopy(page, actionable));
  if (actionable.length > TOP)
    body.push(h('p', { class: 'muted' }, t(lang, 'moreAdvice', { n: actionable.length - TOP })));
  if (waiting) body.push(h('p', { class: 'muted' }, t(lang, 'needMoreData', { n: waiting })));
  body.push(repointNote(ex, hooks), h('p', { class: 'muted support' }, shapeControl(ex, root, lang)));
  return { summary, body };
}

/** What tells two rows of the same name apart: match type, ad group, campaign, SKU, the key when it is not the name. */
export function idsOf(page: ConsolePage, a: Advice): string {
  const attrs = page.recordOf(a)?.attrs ?? {};
  const name = a.label ?? a.ref.key;
  // Match types are stored as the API spells them (BROAD); the console shows "Broad".
  const match = attrs.matchType?.replace(
    /^([A-Z])([A-Z_]+)$/,
    (_, a: string, b: string) => a + b.toLowerCase().replace(/_/g, ' '),
  );
  const parts = [match, attrs.adGroup, attrs.campaign, attrs.sku, attrs.asin];
  if (a.ref.key !== name && !/[@|]/.test(a.ref.key)) parts.push(a.ref.key);
  return [...new Set(parts.filter((p): p is string => !!p && p !== name))].slice(0, 3).join(' · ');
}

const entityOf = (a: Advice) => `${a.ref.kind}|${a.ref.marketplace}|${a.ref.key}`;

/** Lifecycle stages are tags on their entity's advice, not suggestions: the stage, its sentence as the title. */
function lifecycleTags(advice: Advice[]): Map<string, Advice> {
  return new Map(advice.filter((a) => a.rule === 'lifecycle').map((a) => [entityOf(a), a]));
}

function item(page: ConsolePage, a: Advice, stage?: Advice) {
  const name = a.label ?? a.ref.key;
  const ids = idsOf(page, a);
  const lang = page.lang;
  return h(
    'li',
    { class: `item sev-${a.severity}` },
    h(
      'span',
      { class: 'who', attrs: { title: ids ? `${name} · ${ids}` : name } },
      name,
      ids ? h('span', { class: 'ids' }, ids) : null,
      stage
        ? h(
            'span',
            { class: 'stage', attrs: { title: adviceText(stage, lang) } },
            t(lang, `stage_${stage.message.id}` as StageKey),
          )
        : null,
    ),
    h('span', { class: 'text' }, adviceText(a, page.lang), assumedNote(page, a)),
    adviceActions(page, a),
  );
}

/** An advice that rests on the default margin says so, with the way to set the operator's own. */
function assumedNote(page: ConsolePage, a: Advice): HTMLElement | null {
  const field = a.assumed?.[0];
  if (field !== 'breakEvenAcos' && field !== 'breakEvenRoi') return null;
  const lang = page.lang;
  const value = ADVICE_DEFAULTS[field];
  return h(
    'span',
    { class: 'assumed' },
    t(lang, field === 'breakEvenAcos' ? 'assumedAcos' : 'assumedRoi', { value }),
    ' ',
    h(
      'button',
      {
        class: 'link',
        attrs: { type: 'button', 'data-key': `margin:${a.id}` },
        on: {
          click: () =>
            void send({ type: 'settings.open', scope: `${a.ref.marketplace}|${a.ref.key}` }).catch(
              () => undefined,
            ),
        },
      },
      t(lang, 'setMargin'),
    ),
  );
}

/** After a Dismiss, here or in a badge: what went, and Undo. */
function undoLine(page: ConsolePage): HTMLElement | null {
  const a = page.lastDismissed;
  if (!a) return null;
  const lang = page.lang;
  return h(
    'p',
    { class: 'muted undo', attrs: { role: 'status' } },
    t(lang, 'dismissedWhat', { title: a.label ?? a.ref.key }),
    ' ',
    h(
      'button',
      {
        class: 'link',
        attrs: { type: 'button', 'data-key': 'undo' },
        on: { click: () => void page.undoDismiss() },
      },
      t(lang, 'undo'),
    ),
  );
}

/** Every negative (or harvest) of the page as one list, one term a line, the form the console's boxes take. */
function bulkCopy(page: ConsolePage, advice: Advice[]): HTMLElement | null {
  const lang = page.lang;
  const terms = (rule: AdviceRule, broad?: boolean) => [
    ...new Set(
      advice
        .filter(
          (a) => a.rule === rule && (broad === undefined || a.action.startsWith('addBroadPhrase') === broad),
        )
        .map((a) => a.label ?? a.ref.key),
    ),
  ];
  // Each list is added in the console with one match type: exact harvests apart from broad/phrase ones.
  const negatives = terms('negative');
  const harvests = terms('harvest', false);
  const broad = terms('harvest', true);
  if (negatives.length < 2 && harvests.length < 2 && broad.length < 2) return null;
  return h(
    'p',
    { class: 'muted bulk' },
    negatives.length > 1
      ? copyButton(lang, t(lang, 'copyNegatives', { n: negatives.length }), () => negatives.join('\n'))
      : null,
    harvests.length > 1
      ? copyButton(lang, t(lang, 'copyHarvests', { n: harvests.length }), () => harvests.join('\n'))
      : null,
    broad.length > 1
      ? copyButton(lang, t(lang, 'copyHarvestsBroad', { n: broad.length }), () => broad.join('\n'))
      : null,
  );
}

/** The summary of a reading that stored nothing; its question, teaching or support tools go into `body`. */
function unread(
  page: ConsolePage,
  ex: Extraction,
  body: (Node | null)[],
  root: ShadowRoot,
  hooks: PointHooks,
): string {
  const lang = page.lang;
  const nothing = t(lang, 'nothingSaved');
  let summary: string;
  if (ex.reason === 'no-table') {
    summary = t(lang, 'twoSentences', { first: t(lang, 'unknownTable'), second: nothing });
    body.push(teachBody(ex, hooks));
  } else {
    const fields = fieldList(lang, ex.missing);
    summary =
      !fields && ex.reason
        ? t(lang, 'notRecognised', { reason: reasonText(lang, ex.reason) })
        : t(lang, 'twoSentences', { first: t(lang, 'couldNotRead', { fields }), second: nothing });
    // Answer the question first: the columns left unread show on the stored reading.
    const question = questionOf(ex);
    body.push(question ? askBody(ex, question, lang) : repointNote(ex, hooks));
  }
  body.push(
    shapeControl(
      ex,
      root,
      lang,
      copyButton(lang, t(lang, 'copyDiagnostic'), () => diagnostic(ex)),
    ),
  );
  return summary;
}
