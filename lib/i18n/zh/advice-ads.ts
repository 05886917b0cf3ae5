import type { PoolLevel } from '../../advice/pool';
import type { enAdviceAds, Gate } from '../en/advice-ads';
import type { Fmt } from '../fmt';
import type { Translation } from '../types';

// 1X 点击数所用转化率的来源（lib/advice/pool.ts）。
export const POOL: Record<PoolLevel, string> = {
  adGroup: '推广组',
  campaign: '计划',
  account: '账户',
  default: '默认',
};
export const oneX = (p: Gate, f: Fmt) =>
  `按${POOL[p.pool]}转化率 ${f.pct(p.conversion)} 的 ${p.factor !== undefined && p.factor !== 1 ? `${f.num(p.factor)} × ` : ''}1X`;
export const judged = (n: number, p: Gate, f: Fmt) =>
  `${f.count(n)} 次点击，至少 ${f.count(p.minClicks)} 次：${oneX(p, f)}`;
export const points = (band: number, f: Fmt) => `±${f.num(band * 100)} 个百分点`;

export const zhAdviceAds: Translation<typeof enAdviceAds> = {
  harvestBroad: (p, f) =>
    `“${p.name}”：${f.count(p.orders)} 单，ACoS ${f.pct(p.acos, p.target)}（目标 ${f.pct(p.target)}；至少 ${f.count(p.harvestBroadOrders)} 单，${f.count(p.harvestOrders)} 单起收割为精准）：在手动广告中添加为广泛和词组关键词${p.auto ? '，并在此自动广告组中添加为词组否定' : ''}。`,
  autoShareHigh: (p, f) =>
    `自动广告花费占比 ${f.pct(p.autoShare, p.autoSpendMaxShare)}（${f.money(p.autoSpend, p.currency)} / ${f.money(p.totalSpend, p.currency)}），超过上限 ${f.pct(p.autoSpendMaxShare)}：把其中 ${f.money(p.move, p.currency)} 转到投放已转化搜索词的手动广告。本活动花费 ${f.money(p.spend, p.currency)}。`,
  roiTowardTarget: (p, f) => {
    const roi = f.fixed(p.roi, 2, p.targetRoi);
    return `“${p.name}”投入产出比 ${roi}（${judged(p.clicks, p, f)}）不低于保本 ${f.fixed(p.breakEvenRoi, 2)}，但低于目标投产比 ${f.fixed(p.targetRoi, 2)}（ACoS ${points(p.band, f)}）：出价从 ${f.money(p.bid, p.currency)} 降至 ${f.money(p.suggested, p.currency)}（PPC ${f.money(p.cpc, p.currency)} × ${roi} / ${f.fixed(p.targetRoi, 2)}），以达到目标。`;
  },
  roiRaiseBid: (p, f) =>
    `“${p.name}”投入产出比 ${f.fixed(p.roi, 2, p.targetRoi)}（${judged(p.clicks, p, f)}）高于目标投产比 ${f.fixed(p.targetRoi, 2)}（ACoS ${points(p.band, f)}）：出价从 ${f.money(p.bid, p.currency)} 提高到 ${f.money(p.suggested, p.currency)}（最多 +${f.pct(p.maxRaise)}），争取更多流量。`,
};
