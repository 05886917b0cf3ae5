import type { Platform } from '../model';
import type { DecimalMark } from '../parse';
import { AMAZON_MARKETPLACES } from '../sites/amazon/marketplaces';
import type { FileProblem, ImportNote } from './problems';
import type { ReportImport, ReportKind, ReportOptions } from './report-common';

export interface FileMarket {
  platform: Platform;
  marketplace: string;
  currency: string;
  decimal: DecimalMark;
  dateOrder: 'mdy' | 'dmy';
}

// Amazon names Brand Analytics downloads `US_Search_Query_Performance_…`; its country code names the marketplace.
const COUNTRY_PREFIX: Record<string, string> = {
  US: 'amazon.com',
  CA: 'amazon.ca',
  UK: 'amazon.co.uk',
  GB: 'amazon.co.uk',
  DE: 'amazon.de',
  FR: 'amazon.fr',
  IT: 'amazon.it',
  ES: 'amazon.es',
  JP: 'amazon.co.jp',
};

/** The Amazon marketplace of a report file: the caller's choice, else the file name's country prefix. */
export function amazonMarket(
  opts: ReportOptions,
  warnings: string[],
  notes: ImportNote[] = [],
): FileMarket | undefined {
  let name = opts.marketplace
    ?.trim()
    .toLowerCase()
    .replace(/^www\./, '');
  if (!name) {
    const prefix = /^([A-Z]{2})_/.exec(opts.fileName.split(/[\\/]/).pop() ?? '')?.[1];
    name = prefix ? COUNTRY_PREFIX[prefix] : undefined;
    if (name) {
      warnings.push(`Marketplace ${name} taken from the file name.`);
      notes.push({ code: 'marketplaceFromName', marketplace: name });
    }
  }
  const m = name ? AMAZON_MARKETPLACES[name] : undefined;
  if (!m) return undefined;
  return {
    platform: 'amazon',
    marketplace: m.marketplace,
    currency: opts.currency ?? m.currency,
    decimal: m.decimal,
    dateOrder: m.marketplace === 'amazon.com' ? 'mdy' : 'dmy',
  };
}

/** 生意参谋 serves Tmall and Taobao stores alike; Tmall unless the caller says Taobao (DATA-DICTIONARY). */
export function alibabaMarket(opts: ReportOptions): FileMarket {
  const taobao = /taobao/i.test(opts.marketplace ?? '');
  return {
    platform: taobao ? 'taobao' : 'tmall',
    marketplace: taobao ? 'taobao.com' : 'tmall.com',
    currency: opts.currency ?? 'CNY',
    decimal: '.',
    dateOrder: 'mdy',
  };
}

/** A result with nothing imported, saying what the caller must supply or why the file cannot be read. */
export function cannotImport(
  kind: ReportImport['kind'],
  error: string,
  problem: FileProblem,
  needs?: ReportImport['needs'],
  warnings: string[] = [],
  problemParams?: ReportImport['problemParams'],
): ReportImport {
  return {
    kind,
    records: [],
    skipped: [],
    warnings,
    error,
    problem,
    ...(problemParams ? { problemParams } : {}),
    ...(needs ? { needs } : {}),
  };
}

export const NEEDS_MARKETPLACE = (kind: ReportKind) =>
  cannotImport(kind, 'The file does not say which marketplace it is for: choose one.', 'needsMarketplace', [
    'marketplace',
  ]);
export const NEEDS_PERIOD = (kind: ReportKind) =>
  cannotImport(
    kind,
    'The file does not say which dates it covers: choose the date range it was downloaded for.',
    'needsPeriod',
    ['period'],
  );
