import { describe, expect, it } from 'vitest';
import { importReportFile } from '../../lib/export';
import { expectValid, file } from '../helpers/report-files';

describe('生意参谋 exports', () => {
  it('imports item rows per day; "-" cells are left out, not 0', async () => {
    const res = await importReportFile(file('sycm-items.csv'), { fileName: '商品效果.csv' });
    expect(res).toMatchObject({ kind: 'sycm-items', skipped: [] });
    expect(res.records).toHaveLength(11);
    expectValid(res.records);
    expect(res.records[0]).toStrictEqual({
      kind: 'listing',
      source: 'tmall.sycm-export',
      platform: 'tmall',
      marketplace: 'tmall.com',
      key: '723456789012',
      label: '电热水壶家用烧水壶304不锈钢 1.7L 大容量',
      currency: 'CNY',
      period: { from: '2026-11-19', to: '2026-11-19' },
      capturedAt: '2026-11-19T23:59:59.000Z',
      url: 'file:商品效果.csv',
      metrics: {
        visitors: 405152,
        pageViews: 585956,
        unitsOrdered: 5247,
        orders: 4770,
        sales: 676863,
        conversionRate: 0.0118,
        addToCart: 20257,
        favorites: 8103,
      },
      attrs: { itemId: '723456789012', sku: 'KT-1701', status: '当前在线' },
    });
    expect(res.records.at(-1)?.metrics).toStrictEqual({ visitors: 12, pageViews: 15 });
  });

  it('reads a GBK-encoded export like the UTF-8 one, and a Taobao store when told', async () => {
    const gbk = await importReportFile(file('sycm-items-gbk.csv'), {
      fileName: 'x.csv',
      marketplace: 'taobao.com',
    });
    const utf8 = await importReportFile(file('sycm-items.csv'), {
      fileName: 'x.csv',
      marketplace: 'taobao.com',
    });
    expect(gbk.records).toStrictEqual(utf8.records.slice(0, 3));
    expect(gbk.records[0]).toMatchObject({
      platform: 'taobao',
      marketplace: 'taobao.com',
      source: 'taobao.sycm-export',
    });
    expect(gbk.warnings).toStrictEqual([]);
  });

  it('refuses a whole-shop overview, saying why in both languages', async () => {
    const res = await importReportFile(file('sycm-shop-overview.csv'), { fileName: 'overview.csv' });
    expect(res).toMatchObject({ kind: 'sycm-shop', records: [] });
    expect(res.error).toMatch(/没有“商品ID”列.*no 商品ID column/);
  });
});
