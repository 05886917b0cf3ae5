import { esc, type NumberStyle } from '../format';
import type { Rng } from '../rng';

// Shared pieces of the Alibaba pages: item titles, keywords, plan names, the item cell, 生意参谋's stacked cells.

export const ITEMS = [
  '九阳破壁机家用1.75L大容量 免滤全自动豆浆机 L18-P568',
  '九阳豆浆机家用全自动 小型免煮 DJ06X',
  '九阳电饭煲4L智能预约 F-40FY1',
  '九阳空气炸锅家用 5.5L大容量 KL55-VF',
  '九阳电热水壶 1.7L 304不锈钢 K17-F626',
  '九阳料理机 多功能辅食机 JYL-C93T',
  '九阳榨汁杯 便携式 无线充电 LJ520',
  '九阳电压力锅 5L 双胆 Y-50C',
];
export const WORDS = [
  '破壁机',
  '破壁机家用',
  '豆浆机',
  '豆浆机家用全自动',
  '料理机',
  '榨汁机',
  '辅食机',
  '九阳破壁机',
  '米糊机',
];
export const PLANS = ['破壁机-核心词-日常', '豆浆机-拉新', '电饭煲-大促', '空气炸锅-测款', '水壶-智能'];

export const itemLink = (store: string, id: string, title: string) =>
  `<a href="https://${store === 'taobao' ? 'item.taobao.com' : 'detail.tmall.com'}/item.htm?id=${id}" target="_blank" title="${esc(title)}">${esc(title)}</a>`;

export const itemCell = (store: string, id: string, title: string, extra = '') =>
  `<div class="item-info"><img src="https://img.alicdn.com/imgextra/i1/O1CN01item_${id.slice(-4)}.jpg" width="48" height="48" alt=""><div class="item-text">${itemLink(store, id, title)}<div class="item-id">ID:${id}</div>${extra}</div></div>`;

/** 生意参谋 stacks a period-over-period line under each value: a number next to the label that is not the value. */
export const cycle = (text: string, _c: unknown, r: Rng) =>
  `<div class="alife-dt-card-common-table-sortable-value">${esc(text)}</div><div class="alife-dt-card-common-table-sortable-cycle">较前一周期 <span class="${r.chance(0.5) ? 'up' : 'down'}">${r.chance(0.5) ? '+' : '-'}${r.int(1, 60)}.${r.int(10, 99)}%</span></div>`;

export const opts = (page: string, style: NumberStyle, totals: string | undefined, kpiIds: string[]) => ({
  page,
  lang: 'zh',
  style,
  emptyText: '暂无更多数据',
  ...(totals ? { totalsLabel: totals } : {}),
  kpiIds,
});

/** Counts of 生意参谋: multiples of 100 above 10,000 so that `4.82万` is exact. */
export const big = (r: Rng, lo: number, hi: number) => {
  const v = r.int(lo, hi);
  return v >= 10000 ? Math.round(v / 100) * 100 : v;
};
