// `npm run advise` as operators run it: the CLI as a subprocess on the files in tests/fixtures/advise/, the
// expected advice worked by hand; bad input exits 2 with one line naming what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from '../helpers/cli';

const FILES = join(ROOT, 'tests/fixtures/advise');

const cli = (args: string[]) => runScript('advise', args);

interface Out {
  advice: {
    rule: string;
    action: string;
    kind: string;
    key: string;
    severity: string;
    numbers: Record<string, number>;
    thresholds: Record<string, number>;
    suggested?: Record<string, number>;
    text: { en: string; zh: string };
  }[];
  notEnoughData: { rule: string; key: string; missing: string; have?: number; need?: number }[];
}
const run = async (file: string): Promise<Out> => {
  const r = await cli([join(FILES, file)]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Out;
};

describe('npm run advise', () => {
  it('Amazon keywords with a partial settings document: pooled 1X, the bid cut, the gap list', async () => {
    // Ad group 412096385710462: (1 + 3 + 2) orders / (5 + 195 + 40) clicks = 2.5% -> 1X = 40 clicks.
    // Settings: break-even 35% for amazon.com -> target 30%. electric kettle: ACoS 40% > 30% + 2.5 ->
    // bid min(1.20 x 0.30 / 0.40 = 0.90, CPC 1.20, bid 1.50) = 0.90, high (40% > 35%).
    // gooseneck kettle: 1 order in 5 clicks, 5 < 40: not enough data. kettle: no CPC on the row.
    const out = await run('keywords.json');
    expect(out.advice.map((a) => [a.key, a.rule, a.action, a.severity])).toStrictEqual([
      ['gooseneck kettle [EXACT] @412096385710462', 'bid', 'wait', 'info'],
      ['electric kettle [BROAD] @412096385710462', 'bid', 'lowerBid', 'high'],
    ]);
    const cut = out.advice[1]!;
    expect(cut.numbers).toStrictEqual({
      acos: 0.4,
      clicks: 195,
      cpc: 1.2,
      bid: 1.5,
      conversion: 0.025,
      poolOrders: 6,
      poolClicks: 240,
    });
    expect(cut.thresholds).toStrictEqual({
      targetAcos: 0.3,
      breakEvenAcos: 0.35,
      bidBand: 0.025,
      minClicks: 40,
    });
    expect(cut.suggested).toStrictEqual({ bid: 0.9 });
    expect(cut.text.en).toBe(
      "ACoS 40% over 195 clicks (at least 40: 1X at the ad group's 2.5% conversion) is above target 30% ±2.5 points: lower bid from $1.50 to $0.90 (CPC $1.20 × 30% / 40%).",
    );
    expect(cut.text.zh).toContain('出价从 US$1.50 降至 US$0.90');
    expect(out.notEnoughData).toStrictEqual([
      {
        rule: 'bid',
        kind: 'keyword',
        marketplace: 'amazon.com',
        key: 'gooseneck kettle [EXACT] @412096385710462',
        missing: 'clicks',
        have: 5,
        need: 40,
      },
      {
        rule: 'bid',
        kind: 'keyword',
        marketplace: 'amazon.com',
        key: 'kettle [PHRASE] @412096385710462',
        missing: 'cpc',
      },
    ]);
  });

  it('直通车 keywords with empty settings (defaults): ROI 2.60 toward target, ROI 4.00 raised', async () => {
    // Ad group 1: 10 orders / 500 clicks = 2% -> 1X = 50. Target ROI 1 / 0.35 = 2.857.
    // 豆浆机: 1.00 x 2.6 / 2.857 = 0.91. 破壁机: min(1.00 x 4 / 2.857 = 1.40, 1.00 x 1.2) = 1.20.
    const out = await run('zhitongche.json');
    expect(out.advice.map((a) => [a.key, a.action, a.suggested])).toStrictEqual([
      ['豆浆机@1', 'lowerBid', { bid: 0.91 }],
      ['破壁机@1', 'raiseBid', { bid: 1.2 }],
    ]);
    expect(out.notEnoughData).toStrictEqual([]);
  });

  it('history before the record only: visitors 100 -> 95 -> 92 -> 90 fell exactly 10%', async () => {
    // The reading of 2026-11-05 (50) comes after the record of 2026-10-29: not its history.
    const out = await run('visitors.json');
    expect(out.advice.map((a) => a.rule)).toStrictEqual(['visitorsFalling']);
    expect(out.advice[0]!.numbers).toMatchObject({ visitors: 90, first: 100, readings: 4 });
    expect(out.advice[0]!.text.en).toContain(
      '100 → 95 → 92 → 90, -10% in all (a fall of 10% or more counts)',
    );
    expect(out.notEnoughData).toStrictEqual([
      {
        rule: 'conversion',
        kind: 'listing',
        marketplace: 'tmall.com',
        key: '729905112473',
        missing: 'orders',
      },
    ]);
  });

  it('exits 2 with one line on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opslens-advise-cli-'));
    const badSettings = join(dir, 'bad-settings.json');
    writeFileSync(
      badSettings,
      JSON.stringify({ records: [], settings: { marketplaces: { x: { bidBand: -1 } } } }),
    );
    const cases: [string[], RegExp][] = [
      [[join(FILES, 'not-json.json')], /^not JSON: .*not-json\.json: /],
      [[join(FILES, 'bad-schema.json')], /^schema error at records\.0\.source: /],
      [[badSettings], /^schema error at settings\.marketplaces\.x\.bidBand: /],
      [[join(dir, 'missing.json')], /^cannot read .*missing\.json: /],
      [[], /^usage: npm run advise -- FILE\.json/],
    ];
    for (const [args, reason] of cases) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  }, 120_000);
});
