import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from './browser';

// Readings for the Today, alert and experiment specs (issue 15), sent to the background as the content
// scripts send them.

const DAY = 86_400_000;
export const KW_URL = 'https://advertising.amazon.com/cm/sp/campaigns/1/ad-groups/2/targeting';
export const BR_URL = 'https://sellercentral.amazon.com/business-reports';

/** A keyword page read an hour ago: one keyword with 60 clicks and no order, one at 60% ACoS. */
export function keywordPage(now = Date.now()) {
  const base = {
    kind: 'keyword',
    source: 'amazon.ads-keywords',
    platform: 'amazon',
    marketplace: 'amazon.com',
    currency: 'USD',
    capturedAt: new Date(now - 3_600_000).toISOString(),
    url: KW_URL,
    attrs: { matchType: 'exact' },
  };
  return [
    {
      ...base,
      key: 'kettle large',
      label: 'kettle large',
      metrics: { clicks: 60, cpc: 0.8, spend: 48, orders: 0, sales: 0 },
    },
    {
      ...base,
      key: 'steel kettle',
      label: 'steel kettle',
      metrics: { clicks: 200, cpc: 1.2, spend: 240, orders: 10, sales: 400 },
    },
  ];
}

/** A weekly business-report reading of a listing, for the week ending `weeksAgo` weeks before `now`. */
export function listingWeek(
  key: string,
  label: string,
  weeksAgo: number,
  metrics: Record<string, number>,
  now = Date.now(),
) {
  const to = new Date(now - (weeksAgo * 7 + 1) * DAY);
  const from = new Date(to.getTime() - 6 * DAY);
  return {
    kind: 'listing',
    source: 'amazon.business-report',
    platform: 'amazon',
    marketplace: 'amazon.com',
    key,
    label,
    currency: 'USD',
    period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
    capturedAt: new Date(to.getTime() + DAY / 2).toISOString(),
    url: BR_URL,
    metrics,
    attrs: { asin: key },
  };
}

/** A listing selling 10 a day with 40 units left (4 days of cover), and one whose conversion fell from 10% to 6%. */
export function listingHistory(now = Date.now()) {
  const out = [];
  for (let w = 7; w >= 0; w--) {
    out.push(
      listingWeek(
        'B0STOCK1',
        'Stock Kettle',
        w,
        { sessions: 700, unitsOrdered: 70, available: w === 0 ? 40 : 900 },
        now,
      ),
    );
    const sessions = 1000;
    out.push(
      listingWeek('B0CONV01', 'Conversion Grinder', w, { sessions, unitsOrdered: w === 0 ? 60 : 100 }, now),
    );
  }
  return out;
}

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };

/** Sends a message to the background from an extension page, as the content scripts and pages do. */
export const sendFrom = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);

/**
 * A copy of the built extension in which the notifications permission is already granted, as it is after the
 * operator allowed it in settings: the browser's permission prompt cannot be answered from a test.
 */
export function extensionWithNotifications(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opslens-notify-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'notifications'];
  delete manifest.optional_permissions;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** A page of `n` listings read for the week ending yesterday, each selling 10 a day, `available` left. */
export function listingPage(n: number, available: number, weeksAgo = 0, now = Date.now()) {
  return Array.from({ length: n }, (_, i) =>
    listingWeek(
      `B0PAGE${String(i).padStart(4, '0')}`,
      `Page item ${i}`,
      weeksAgo,
      { sessions: 700, unitsOrdered: 70, available },
      now,
    ),
  );
}

/** A weekly reading of a listing for the week starting `weeks` weeks after today (0: starting today). */
export function listingWeekAhead(
  key: string,
  label: string,
  weeks: number,
  metrics: Record<string, number>,
  now = Date.now(),
) {
  const today = new Date(new Date(now).toISOString().slice(0, 10));
  const from = new Date(today.getTime() + weeks * 7 * DAY);
  const to = new Date(from.getTime() + 6 * DAY);
  return {
    ...listingWeek(key, label, 0, metrics, now),
    period: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) },
    capturedAt: new Date(to.getTime() + DAY / 2).toISOString(),
  };
}
