import type { ContextAnswers, ContextAsk, ExtractContext } from '../../model';
import type { DateOrder, Period } from '../../parse';
import type { PageMarket } from '../console-table';
import { type Finding, foundValue } from '../context/finding';
import {
  type OrderSource,
  pageDateOrder,
  periodFinding,
  pickerPeriodSignals,
  textPeriodSignals,
  urlPeriodSignals,
} from '../context/period';
import { amazonMarketplaceFinding } from './marketplace-signals';
import { type AmazonMarketplace, CONSOLE_MARKETPLACE_BY_NAME } from './marketplaces';

export { amazonMarketplaceFinding, currencySignal } from './marketplace-signals';

/** The currency and decimal mark of a console marketplace (`amazon.de` -> EUR, `,`). */
export function consoleMarketplaceInfo(marketplace: string): AmazonMarketplace | undefined {
  const c = CONSOLE_MARKETPLACE_BY_NAME.get(marketplace);
  return c ? { marketplace: c.marketplace, currency: c.currency, decimal: c.decimal } : undefined;
}

/** The marketplace selected in a Seller Central or advertising console page when its signals agree, else undefined. */
export function consoleMarketplace(doc: Document, url?: URL): AmazonMarketplace | undefined {
  const found = foundValue(amazonMarketplaceFinding(doc, url));
  return found ? consoleMarketplaceInfo(found) : undefined;
}

/** Day-month or month-day as the page's locale implies; US English when the page names no locale we know. */
export function consoleDateOrder(doc: Document): DateOrder {
  return pageDateOrder(doc)?.order ?? 'mdy';
}

/**
 * The report's period from every signal the page gives: the address (also its hash route), the date picker's
 * attributes and inputs, and the range it prints. `order` is the d/m order the operator chose for this account;
 * without it the page's locale decides, and an ambiguous `01/10/2026` left undecided is `none` with both readings.
 */
export function consolePeriodFinding(doc: Document, url?: URL, order?: DateOrder): Finding<Period> {
  const source: OrderSource | undefined = order ? { order, via: 'chosen' } : pageDateOrder(doc);
  return periodFinding([
    ...(url ? urlPeriodSignals(url, source) : []),
    ...pickerPeriodSignals(doc, source),
    ...textPeriodSignals(doc, source),
  ]);
}

/** The report's date range when the page's signals agree, else undefined (as the adapters' `period` hook). */
export function consolePeriod(doc: Document, ctx?: { url?: URL }): Period | undefined {
  return foundValue(consolePeriodFinding(doc, ctx?.url));
}

/** The page's marketplace as a table adapter needs it, or undefined when the page does not say (or contradicts itself). */
export function amazonConsoleMarket(doc: Document, url?: URL): PageMarket | undefined {
  const m = consoleMarketplace(doc, url);
  return m ? { platform: 'amazon', ...m } : undefined;
}

/** The marketplace the page states, else the operator's answer where the page says nothing, else a question. */
export function amazonMarketOrAsk(
  doc: Document,
  ctx: ExtractContext,
): { market?: PageMarket; ask?: ContextAsk['marketplace']; answered?: boolean } {
  const f = amazonMarketplaceFinding(doc, ctx.url);
  const info = (m: string | undefined) => {
    const i = m ? consoleMarketplaceInfo(m) : undefined;
    return i ? { platform: 'amazon' as const, ...i } : undefined;
  };
  if (f.status === 'found') {
    const m = info(f.value);
    if (m) return { market: m };
  }
  // An answer stands where the page is silent; where the page contradicts itself it is asked again.
  if (f.status === 'none') {
    const m = info(ctx.answers?.marketplace);
    if (m) return { market: m, answered: true };
  }
  const options =
    f.status === 'conflict'
      ? [...new Set(f.values.map((v) => v.value))]
      : f.status === 'none'
        ? (f.options ?? [])
        : [];
  return { ask: { options, conflict: f.status === 'conflict' } };
}

/** The period the page states (read in the operator's d/m order when they chose one), else a question. */
export function amazonPeriodOrAsk(
  doc: Document,
  ctx: ExtractContext,
): { period?: Period; ask?: ContextAsk['period'] } {
  const answers: ContextAnswers = ctx.answers ?? {};
  const f = consolePeriodFinding(doc, ctx.url, answers.dateOrder);
  if (f.status === 'found') return { period: f.value };
  if (f.status === 'none' && answers.period) return { period: answers.period };
  const values = f.status === 'conflict' ? f.values.map((v) => v.value) : (f.options ?? []);
  // Which d/m order gives each reading, so one click answers for every later page of this account.
  const byOrder = (['mdy', 'dmy'] as const).map((o) => ({
    o,
    p: foundValue(consolePeriodFinding(doc, ctx.url, o)),
  }));
  const options = values.map((p) => {
    const order = byOrder.find((b) => b.p?.from === p.from && b.p?.to === p.to)?.o;
    return { ...p, ...(order ? { order } : {}) };
  });
  return { ask: { options, conflict: f.status === 'conflict' } };
}
