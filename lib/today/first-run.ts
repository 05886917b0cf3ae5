import { storage } from 'wxt/utils/storage';
import type { SettingsDoc } from '../settings/advice-settings';

// The first-run checklist (issue 13): what OpsLens needs from a new operator before its advice is theirs.

/** The consoles OpsLens reads, with a page to start from; the same pages the manifest matches (lib/sites/matches.ts). */
export const CONSOLE_LINKS = [
  {
    platform: 'amazon',
    name: 'consoleBusinessReports',
    url: 'https://sellercentral.amazon.com/business-reports',
  },
  {
    platform: 'amazon',
    name: 'consoleInventory',
    url: 'https://sellercentral.amazon.com/myinventory/inventory',
  },
  { platform: 'amazon', name: 'consoleAds', url: 'https://advertising.amazon.com/cm/campaigns' },
  { platform: 'tmall', name: 'consoleSycm', url: 'https://sycm.taobao.com/cc/item_rank' },
  { platform: 'tmall', name: 'consoleSubway', url: 'https://subway.simba.taobao.com/' },
  { platform: 'tmall', name: 'consoleWanxiangtai', url: 'https://one.alimama.com/index.html' },
  {
    platform: 'taobao',
    name: 'consoleQianniu',
    url: 'https://myseller.taobao.com/home.htm/SellManage/on_sale',
  },
] as const;

/** Sources of the readings report files give (lib/export/report-*.ts); a unit test keeps this list whole. */
export const REPORT_SOURCES = [
  'amazon.business-report-file',
  'amazon.sp-search-term-report',
  'amazon.sqp-report',
  'tmall.sycm-export',
  'taobao.sycm-export',
] as const;

export type FirstRunStep = 'readConsole' | 'setMargin' | 'importReport' | 'watchCompetitor';

export interface FirstRunFacts {
  /** Entities read from seller-console pages or report files (not competitors). */
  ownEntities: number;
  /** Of those, whose latest reading came from an imported file. */
  imported: boolean;
  watched: number;
  settings: SettingsDoc | undefined;
}

/** Thresholds that make break-even the operator's own instead of the default. */
export const MARGIN_FIELDS = ['breakEvenAcos', 'breakEvenRoi', 'unitCost'] as const;

/** Whether any layer (a marketplace or a product) sets a margin. */
export function marginSet(settings: SettingsDoc | undefined): boolean {
  if (!settings) return false;
  const layers = [...Object.values(settings.marketplaces), ...Object.values(settings.products)];
  return layers.some((l) => MARGIN_FIELDS.some((f) => l[f] !== undefined));
}

/** Each step and whether the operator's data already ticks it off. */
export function firstRunSteps(f: FirstRunFacts): { step: FirstRunStep; done: boolean }[] {
  return [
    { step: 'readConsole', done: f.ownEntities > 0 },
    { step: 'setMargin', done: marginSet(f.settings) },
    { step: 'importReport', done: f.imported },
    { step: 'watchCompetitor', done: f.watched > 0 },
  ];
}

/** The operator closed the checklist (it also goes once every step is done). */
export const firstRunHiddenItem = storage.defineItem<boolean>('local:ui.firstRunHidden', { fallback: false });
