import { describe, expect, it } from 'vitest';
import { consoleAccountOf, fnv1a } from '../../lib/sites/context/account';
import { aliPeriodFinding, aliStoreFinding, storeOf } from '../../lib/sites/tmall/page-state';
import { parseHtml } from '../../scripts/html';

const SYCM = 'https://sycm.taobao.com/cc/item_rank';
const page = (body: string, head = '', url = SYCM) =>
  parseHtml(`<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`, url);
const OCT = { from: '2026-10-01', to: '2026-10-31' };
const found = <T>(via: string[], value: T) => ({ status: 'found', value, via });

describe('Alibaba period signals', () => {
  it.each([
    [
      '统计日期 text',
      '<span class="oui-date-picker-current-date">统计日期 2026-10-01~2026-10-31</span>',
      SYCM,
      ['text'],
    ],
    [
      '统计时间 with 至',
      '<div class="ebase-FaCommonFilter">统计时间：2026-10-01 至 2026-10-31</div>',
      SYCM,
      ['text'],
    ],
    ['生意参谋 dateRange', '', `${SYCM}?dateRange=2026-10-01%7C2026-10-31&dateType=range`, ['url dateRange']],
    [
      '直通车 start/end in the hash',
      '',
      'https://subway.simba.taobao.com/#!/report/bpreport/index?page=1&start=2026-10-01&end=2026-10-31',
      ['url start/end'],
    ],
    [
      '万相台 startTime/endTime',
      '',
      'https://one.alimama.com/index.html#!/report/campaign?startTime=2026-10-01&endTime=2026-10-31',
      ['url startTime/endTime'],
    ],
    [
      'Fusion range picker inputs',
      '<span class="next-range-picker"><input class="next-input" value="2026-10-01"><span class="next-range-picker-separator">-</span><input class="next-input" value="2026-10-31"></span>',
      SYCM,
      ['text'],
    ],
    [
      'date picker text with ～',
      '<div class="mx-datepicker-trigger">2026/10/01～2026/10/31</div>',
      SYCM,
      ['text'],
    ],
    ['Chinese dates', '<span class="date-range">2026年10月1日 - 2026年10月31日</span>', SYCM, ['text']],
  ])('%s', (_, body, url, via) => {
    expect(aliPeriodFinding(page(body, '', url), new URL(url))).toStrictEqual(found(via, OCT));
  });
  it('counts 最近7天 back from the capture day in China', () => {
    const doc = page('<span class="oui-date-picker-current-date">统计日期 最近7天</span>');
    expect(aliPeriodFinding(doc, new URL(SYCM), '2026-11-20T17:00:00.000Z')).toStrictEqual(
      found(['text'], { from: '2026-11-14', to: '2026-11-20' }),
    );
    expect(aliPeriodFinding(doc, new URL(SYCM))).toStrictEqual({ status: 'none' });
  });
  it('agrees: the address and the shown range', () => {
    const url = `${SYCM}?dateRange=2026-10-01%7C2026-10-31`;
    const doc = page(
      '<span class="oui-date-picker-current-date">统计日期 2026-10-01~2026-10-31</span>',
      '',
      url,
    );
    expect(aliPeriodFinding(doc, new URL(url))).toStrictEqual(found(['url dateRange', 'text'], OCT));
  });
  it('does not guess when they disagree', () => {
    const url = `${SYCM}?dateRange=2026-11-01%7C2026-11-07`;
    const doc = page(
      '<span class="oui-date-picker-current-date">统计日期 2026-10-01~2026-10-31</span>',
      '',
      url,
    );
    expect(aliPeriodFinding(doc, new URL(url))).toStrictEqual({
      status: 'conflict',
      values: [
        { value: { from: '2026-11-01', to: '2026-11-07' }, via: 'url dateRange' },
        { value: OCT, via: 'text' },
      ],
    });
  });
  it('says nothing on a page without dates', () => {
    expect(aliPeriodFinding(page('<h2>商品排行</h2>'), new URL(SYCM))).toStrictEqual({ status: 'none' });
  });
});

describe('Tmall or Taobao store', () => {
  const tag = (cls: string, text: string, title = '') =>
    `<span class="${cls}"${title ? ` title="${title}"` : ''}>${text}</span>`;
  it.each([
    ['config isTmall: true', '', '<script>window.g = { isTmall: true };</script>', 'tmall', 'config isTmall'],
    ['config "isTmall":false', '', '<script>var c = {"isTmall":false};</script>', 'taobao', 'config isTmall'],
    ['tag text 天猫', tag('sycm-shop-type-tag', '天猫'), '', 'tmall', 'store tag'],
    ['tag text 淘宝店铺', tag('shopType--tag', '淘宝店铺'), '', 'taobao', 'store tag'],
    ['tag title only', tag('shop-badge', '', '天猫店铺'), '', 'tmall', 'store tag'],
  ])('%s', (_, body, head, value, via) => {
    expect(aliStoreFinding(page(body, head))).toStrictEqual(found([via], value));
    expect(storeOf(page(body, head))).toBe(value);
  });
  it('agrees, disagrees, or says nothing', () => {
    const head = '<script>window.g = { isTmall: true };</script>';
    expect(aliStoreFinding(page(tag('shop-type', '天猫'), head))).toStrictEqual(
      found(['config isTmall', 'store tag'], 'tmall'),
    );
    expect(aliStoreFinding(page(tag('shop-type', '淘宝'), head))).toStrictEqual({
      status: 'conflict',
      values: [
        { value: 'tmall', via: 'config isTmall' },
        { value: 'taobao', via: 'store tag' },
      ],
    });
    // The adapters' entry keeps the config's word, as before.
    expect(storeOf(page(tag('shop-type', '淘宝'), head))).toBe('tmall');
    expect(aliStoreFinding(page('<a href="//www.taobao.com">淘宝网首页</a>'))).toStrictEqual({
      status: 'none',
      options: ['tmall', 'taobao'],
    });
  });
});

describe('the Alibaba console account', () => {
  it('takes the shop id from the page config', () => {
    const head =
      '<script>window.__cfg = {"runAsShopId":485220654,"runAsShopTitle":"某某家具馆","mainUserName":"tb8221"};</script>';
    expect(consoleAccountOf(page('', head), new URL(SYCM))).toBe(`sycm.taobao.com|id:${fnv1a('485220654')}`);
  });
  it('hashes the shop name when that is all the page shows', () => {
    const id = consoleAccountOf(
      page('<div class="shop-name">某某家具馆</div>'),
      new URL('https://myseller.taobao.com/home.htm'),
    );
    expect(id).toBe(`myseller.taobao.com|name:${fnv1a('某某家具馆')}`);
    expect(id).not.toContain('家具');
  });
});
