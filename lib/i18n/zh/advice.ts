import type { enAdvice, StockParams } from '../en/advice';
import type { Fmt } from '../fmt';
import type { Translation } from '../types';
import { judged, oneX, POOL, points, zhAdviceAds } from './advice-ads';
import { zhAdviceViews } from './advice-views';

// 建议文案。参数（数字）由规则给出，格式化在这里；与阈值比较的数字按能区分二者的精度显示（见 en/advice.ts）。

const stockFacts = (p: StockParams, f: Fmt) =>
  `可售 ${f.count(p.available)} 件，日均销量 ${f.num(p.unitsPerDay, 1)} 件（${f.count(p.historyDays)} 天历史）= 可售 ${f.count(Math.floor(p.daysOfCover))} 天，低于备货周期 ${f.count(p.leadTimeDays)} + 安全库存 ${f.count(p.safetyStockDays)} 天`;

const lifecycle = (name: string, stage: string, facts: string, todo: string) =>
  `“${name}”生命周期：${stage}（${facts}；阈值为本工具设定，阿里妈妈未公布）：${todo}。`;

const WHAT = { keyword: '关键词', adGroup: '推广单元', plan: '计划' } as const;

export const zhAdvice: Translation<typeof enAdvice> = {
  pauseNoOrders: (p, f) =>
    `${f.count(p.clicks)} 次点击无成交（${f.num(p.factor)}X = ${f.count(p.pauseClicks)} 次点击，按${POOL[p.pool]}转化率 ${f.pct(p.conversion)}）：建议暂停，已花费 ${f.money(p.spend, p.currency)}。`,
  bidWait: (p, f) =>
    `数据不足：${f.count(p.clicks)} / ${f.count(p.minClicks)} 次点击（${oneX(p, f)}），暂不判断 ACoS ${f.pct(p.acos)}。`,
  bidLower: (p, f) => {
    const acos = f.pct(p.acos, p.target + p.band);
    return `ACoS ${acos}（${judged(p.clicks, p, f)}）高于目标 ${f.pct(p.target)} ${points(p.band, f)}：出价从 ${f.money(p.bid, p.currency)} 降至 ${f.money(p.suggested, p.currency)}（CPC ${f.money(p.cpc, p.currency)} × ${f.pct(p.target)} / ${acos}）。`;
  },
  bidRaise: (p, f) =>
    `ACoS ${f.pct(p.acos, p.target - p.band)}（${judged(p.clicks, p, f)}）低于目标 ${f.pct(p.target)} ${points(p.band, f)}：出价从 ${f.money(p.bid, p.currency)} 提高到 ${f.money(p.suggested, p.currency)}（最多 +${f.pct(p.maxRaise)}），争取更多流量。`,
  negativeExact: (p, f) =>
    `“${p.name}”：${f.count(p.clicks)} 次点击、0 订单（阈值 ${f.count(p.negativeClicks)} 次点击）：添加为精准否定${p.wasted !== undefined ? `，已浪费 ${f.money(p.wasted, p.currency)}` : ''}。`,
  harvestExact: (p, f) =>
    `“${p.name}”：${f.count(p.orders)} 单，ACoS ${f.pct(p.acos, p.target)}（目标 ${f.pct(p.target)}，至少 ${f.count(p.harvestOrders)} 单）：添加为精准关键词。`,
  breakEvenLoss: (p, f) =>
    `ACoS ${f.pct(p.acos, p.breakEvenAcos)} 高于保本 ACoS ${f.pct(p.breakEvenAcos)}：花费 ${f.money(p.spend, p.currency)}、销售额 ${f.money(p.sales, p.currency)}，本期亏损 ${f.money(p.loss, p.currency)}。`,
  conversionDrop: (p, f) =>
    `转化率从 ${f.pct(p.before)}（${f.count(p.beforeOrders)}/${f.count(p.beforeTraffic)}）降至 ${f.pct(p.after, p.before)}（${f.count(p.afterOrders)}/${f.count(p.afterTraffic)}），${f.p(p.pValue, p.alpha)}，在 ${f.num(p.alpha, 4)} 水平显著：请检查价格、评价、主图和库存。`,
  buyBoxLow: (p, f) =>
    `购物车占有率 ${f.pct(p.buyBoxPct, p.buyBoxMin)} 低于 ${f.pct(p.buyBoxMin)}：请对比其他卖家报价并检查库存。`,
  stockReorder: (p, f) =>
    `${stockFacts(p, f)}：建议补货 ${f.count(p.reorder)} 件${p.inbound ? `（已计入在途 ${f.count(p.inbound)} 件）` : ''}。`,
  stockInbound: (p, f) => `${stockFacts(p, f)}：在途 ${f.count(p.inbound)} 件已足够：请确保按时入仓。`,
  roiWait: (p, f) =>
    `数据不足：${f.count(p.clicks)} / ${f.count(p.minClicks)} 次点击（${oneX(p, f)}），暂不对比投产比 ${f.fixed(p.roi, 2, p.breakEvenRoi)} 与保本 ${f.fixed(p.breakEvenRoi, 2)}。`,
  roiLowerBid: (p, f) => {
    const roi = f.fixed(p.roi, 2, p.breakEvenRoi);
    return `“${p.name}”投入产出比 ${roi}（${judged(p.clicks, p, f)}）低于保本 ${f.fixed(p.breakEvenRoi, 2)}：出价从 ${f.money(p.bid, p.currency)} 降至 ${f.money(p.suggested, p.currency)}（PPC ${f.money(p.cpc, p.currency)} × ${roi} / 目标投产比 ${f.fixed(p.targetRoi, 2)}）。`;
  },
  roiCutLoss: (p, f) =>
    `“${p.name}”投产比 ${f.fixed(p.roi, 2, p.breakEvenRoi)} 低于保本 ${f.fixed(p.breakEvenRoi, 2)}：花费 ${f.money(p.spend, p.currency)}、成交 ${f.money(p.sales, p.currency)}，本期亏损 ${f.money(p.loss, p.currency)}。请降低出价或预算，或把目标投产比提高到 ${f.fixed(p.targetRoi, 2)}。`,
  noSalesPause: (p, f) =>
    `“${p.name}”花费 ${f.money(p.spend, p.currency)}、${f.count(p.clicks)} 次点击无成交（${f.num(p.factor)}X = ${f.count(p.pauseClicks)} 次点击，按${POOL[p.pool]}转化率 ${f.pct(p.conversion)}）：建议暂停该${WHAT[p.what]}。`,
  qualityLow: (p, f) => {
    const scores = [
      ...(p.mobile !== undefined ? [`${f.num(p.mobile, 1)}（移动）`] : []),
      ...(p.pc !== undefined ? [`${f.num(p.pc, 1)}（PC）`] : []),
    ];
    return `“${p.name}”质量分 ${scores.join(' / ')} 低于 ${f.num(p.minQualityScore, 1)}：优化创意图片和标题，提高关键词与宝贝标题、类目、属性的相关性。`;
  },
  ctrLow: (p, f) =>
    `“${p.name}”点击率 ${f.pct(p.ctr)}（${f.count(p.clicks)}/${f.count(p.impressions)}）不到同组其余 ${f.pct(p.groupCtr)} 的 ${f.pct(p.ctrLowRatio)}（${f.p(p.pValue, p.alpha)}）：更换主图与创意标题，检查排名与人群。`,
  cartNoPay: (p, f) =>
    `“${p.name}”加购率 ${f.pct(p.cartRate)} 不低于店铺其余商品的 ${f.pct(p.shopCartRate)}，支付转化率 ${f.pct(p.conversion)} 却不到其 ${f.pct(p.shopConversion)} 的 ${f.pct(p.cartNoPayRatio)}（${f.count(p.visitors)} 访客，${f.p(p.pValue, p.alpha)}，在 ${f.num(p.alpha, 4)} 水平显著）：买家想买却没付款，检查价格、优惠券和详情页。`,
  visitorsFalling: (p, f) =>
    `“${p.name}”访客数连续 ${f.count(p.falls)} 次下降（每期 ${f.count(p.days)} 天）：${p.series.map(f.count).join(' → ')}，累计 -${f.pct(p.fall, p.visitorsFallMin)}（累计下降 ${f.pct(p.visitorsFallMin)} 及以上才计）：检查搜索排名、主图点击率、推广计划与竞品价格。`,
  lifecycleNew: (p, f) =>
    lifecycle(
      p.name,
      '新品',
      `上架 ${f.count(Math.floor(p.ageDays))} 天，新品期 ≤ ${f.count(p.lifecycleNewDays)} 天`,
      '测款测图，积累首批销量和评价',
    ),
  lifecycleHot: (p, f) =>
    lifecycle(
      p.name,
      '爆品',
      `日均 ${f.num(p.perDay, 1)} 件，店内第 ${f.count(p.rank)}/${f.count(p.peers)} 名，前 ${f.pct(p.lifecycleHotShare)} 为爆品`,
      '保证库存，稳住价格和评分，守住核心关键词',
    ),
  lifecyclePotential: (p, f) =>
    lifecycle(
      p.name,
      '潜力品',
      `日均 ${f.num(p.perDay, 1)} 件，较此前 +${f.pct(p.trend, p.lifecycleGrowth)}，增长 ≥ ${f.pct(p.lifecycleGrowth)} 为潜力品`,
      '加大推广预算，优化主图和详情页',
    ),
  lifecycleTail: (p, f) =>
    lifecycle(
      p.name,
      '尾货',
      `日均 ${f.num(p.perDay, 1)} 件，较此前 -${f.pct(-p.trend, p.lifecycleDecline)}（下降 ${f.pct(p.lifecycleDecline)} 及以上），店内第 ${f.count(p.rank)}/${f.count(p.peers)} 名（后 ${f.pct(p.lifecycleTailShare)}）`,
      '清理库存，减少推广投入，考虑搭配或促销',
    ),
  ...zhAdviceAds,
  ...zhAdviceViews,
};
