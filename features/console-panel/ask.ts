import { type Lang, localeOf, t } from '../../lib/i18n/t';
import { MARKETPLACES } from '../../lib/marketplaces';
import type { ContextAsk, Extraction } from '../../lib/model';
import { type NewContextAnswer, saveAnswer } from '../../lib/settings/answers';
import { CONSOLE_MARKETPLACE_BY_NAME, CONSOLE_MARKETPLACES } from '../../lib/sites/amazon/marketplaces';
import { consoleAccountOf } from '../../lib/sites/context/account';
import { h } from '../../lib/ui/h';

// Ask and remember (issue 11): a recognised page that does not say its marketplace or its dates (or says
// two things) asks once; the answer is kept per console account (marketplace, day/month order) or per
// address (an explicit period), and the watcher reads the page again with it.

/** Offered as buttons after the page's own candidates: the Amazon marketplaces OpsLens lists; the rest in a list. */
const MAIN: readonly string[] = MARKETPLACES.filter((m) => m.startsWith('amazon.'));

/** The question an extraction raises, if any. Alibaba adapters say `missing: ['period']` without `ask`. */
export function questionOf(ex: Extraction): ContextAsk | undefined {
  if (ex.status !== 'partial') return undefined;
  const ask: ContextAsk = { ...ex.ask };
  if (!ask.marketplace && ex.missing.includes('marketplace') && ex.adapter.startsWith('amazon.'))
    ask.marketplace = { options: [], conflict: false };
  if (!ask.period && ex.missing.includes('period')) ask.period = { options: [], conflict: false };
  return ask.marketplace || ask.period ? ask : undefined;
}

/** A marketplace as an operator knows it: "Amazon.de (Germany)", "德国". */
export function marketplaceName(site: string, lang: Lang): string {
  let country: string | undefined;
  if (site.startsWith('amazon.')) {
    const tld = site.slice('amazon.'.length);
    const last = tld.split('.').pop()!.toUpperCase();
    const region = tld === 'com' ? 'US' : last === 'UK' ? 'GB' : last;
    try {
      country = new Intl.DisplayNames([localeOf(lang)], { type: 'region' }).of(region);
    } catch {
      country = undefined;
    }
  }
  const fallback = CONSOLE_MARKETPLACE_BY_NAME.get(site)?.names[0];
  const name = site.charAt(0).toUpperCase() + site.slice(1);
  return country || fallback
    ? t(lang, 'marketplaceName', { site: name, country: country ?? fallback! })
    : site;
}

const dayFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' });

/** "Oct 1, 2026 – Oct 7, 2026" / "2026年10月1日 – 2026年10月7日": the month spelled out, never ambiguous. */
export function periodName(p: { from: string; to: string }, lang: Lang): string {
  const f = dayFormat(lang);
  const day = (d: string) => f.format(new Date(`${d}T00:00:00Z`));
  return t(lang, 'periodLabel', { from: day(p.from), to: day(p.to) });
}

const accountHere = () => consoleAccountOf(document, new URL(location.href));

/** Saves the answer and disables the question's controls until the watcher reads the page again. */
function answer(box: HTMLElement, a: NewContextAnswer, lang: Lang) {
  for (const el of Array.from(box.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')))
    el.disabled = true;
  box.setAttribute('aria-busy', 'true');
  // Saved, the watcher reads the page again and the question goes; refused, say why and let the operator retry.
  saveAnswer(a).catch((err: unknown) => {
    for (const el of Array.from(box.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')))
      el.disabled = false;
    box.removeAttribute('aria-busy');
    const error = String((err as Error)?.message ?? err);
    box.append(
      h('p', { class: 'warn-inline', attrs: { role: 'alert' } }, t(lang, 'answerFailed', { error })),
    );
  });
}

function choice(label: string, data: Record<string, string>, onClick: () => void): HTMLButtonElement {
  return h('button', { class: 'choice', attrs: { type: 'button', ...data }, on: { click: onClick } }, label);
}

function marketplaceQuestion(ex: Extraction, q: NonNullable<ContextAsk['marketplace']>, lang: Lang) {
  const box = h('div', { class: 'ask ask-marketplace', attrs: { role: 'group' } });
  const pick = (value: string) =>
    answer(box, { key: accountHere(), adapter: ex.adapter, field: 'marketplace', value }, lang);
  // The page's own candidates first (they are the account's marketplaces), then the main ones: the switcher
  // may name the one shown in a way no list knows, so the answer need not be among the candidates.
  const offered = [...new Set([...q.options, ...MAIN])];
  const text = h(
    'p',
    { class: 'question' },
    t(lang, q.conflict ? 'askMarketplaceConflict' : 'askMarketplace'),
  );
  text.id = 'opslens-ask-marketplace';
  box.setAttribute('aria-labelledby', text.id);
  const rest = CONSOLE_MARKETPLACES.map((m) => m.marketplace).filter((m) => !offered.includes(m));
  const select = h(
    'select',
    { attrs: { 'aria-label': t(lang, 'otherMarketplace') } },
    ...rest.map((m) => h('option', { attrs: { value: m } }, marketplaceName(m, lang))),
  );
  box.append(
    text,
    h(
      'div',
      { class: 'choices' },
      ...offered.map((m) => {
        const button = choice(marketplaceName(m, lang), { 'data-marketplace': m }, () => pick(m));
        if (q.options.includes(m)) button.classList.add('suggested');
        return button;
      }),
    ),
  );
  if (rest.length)
    box.append(
      h(
        'p',
        { class: 'other' },
        h('label', null, `${t(lang, 'otherMarketplace')} `, select),
        ' ',
        h(
          'button',
          { class: 'link', attrs: { type: 'button' }, on: { click: () => pick(select.value) } },
          t(lang, 'useMarketplace'),
        ),
      ),
    );
  box.append(h('p', { class: 'muted' }, t(lang, 'rememberedAccount')));
  return box;
}

function periodQuestion(ex: Extraction, q: NonNullable<ContextAsk['period']>, lang: Lang) {
  const box = h('div', { class: 'ask ask-period', attrs: { role: 'group' } });
  const key = q.conflict ? 'askPeriodConflict' : q.options.length ? 'askPeriodAmbiguous' : 'askPeriod';
  const text = h('p', { class: 'question' }, t(lang, key));
  text.id = 'opslens-ask-period';
  box.setAttribute('aria-labelledby', text.id);
  box.append(text);
  if (q.options.length) {
    // A reading that implies a day/month order answers it for the account; a bare period, for this address.
    box.append(
      h(
        'div',
        { class: 'choices' },
        ...q.options.map((o) =>
          choice(periodName(o, lang), { 'data-from': o.from, 'data-to': o.to }, () =>
            answer(
              box,
              o.order
                ? { key: accountHere(), adapter: ex.adapter, field: 'dateOrder', value: o.order }
                : {
                    key: location.href,
                    adapter: ex.adapter,
                    field: 'period',
                    value: { from: o.from, to: o.to },
                  },
              lang,
            ),
          ),
        ),
      ),
      h(
        'p',
        { class: 'muted' },
        t(lang, q.options.every((o) => o.order) ? 'rememberedAccount' : 'rememberedPage'),
      ),
    );
    return box;
  }
  const from = h('input', { attrs: { type: 'date', required: true } });
  const to = h('input', { attrs: { type: 'date', required: true } });
  const error = h('p', { class: 'warn-inline', attrs: { role: 'alert', hidden: true } });
  const save = () => {
    if (!from.value || !to.value || from.value > to.value) {
      error.textContent = t(lang, 'periodInvalid');
      error.hidden = false;
      return;
    }
    answer(
      box,
      {
        key: location.href,
        adapter: ex.adapter,
        field: 'period',
        value: { from: from.value, to: to.value },
      },
      lang,
    );
  };
  box.append(
    h(
      'div',
      { class: 'choices dates' },
      h('label', null, `${t(lang, 'periodFrom')} `, from),
      h('label', null, `${t(lang, 'periodTo')} `, to),
      h('button', { class: 'choice', attrs: { type: 'button' }, on: { click: save } }, t(lang, 'savePeriod')),
    ),
    error,
    h('p', { class: 'muted' }, t(lang, 'rememberedPage')),
  );
  return box;
}

/** The questions of one extraction, marketplace first (the period's format may depend on it). */
export function askBody(ex: Extraction, q: ContextAsk, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'questions' },
    q.marketplace ? marketplaceQuestion(ex, q.marketplace, lang) : null,
    q.period ? periodQuestion(ex, q.period, lang) : null,
  );
}

/** Moves focus to the first control of the question, once per question (not on every redraw). */
export function focusQuestion(root: ShadowRoot) {
  root.querySelector<HTMLElement>('.ask .choice, .ask input')?.focus({ preventScroll: true });
}
