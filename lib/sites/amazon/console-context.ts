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
