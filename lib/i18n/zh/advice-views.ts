import type { enAdviceViews, enStockView, StockNumbers } from '../en/advice-views';
import type { Fmt } from '../fmt';
import type { Translation } from '../types';

// 库存建议文案（lib/advice/stock.ts）与仪表盘库存视图的文字。相加的件数均由规则取整后给出，显示即可相加。

type Basis = Pick<StockNumbers, 'method' | 'historyDays' | 'dailyDays' | 'needDays'>;

/** 可售件数，库存不是本次读数时注明读取日期。 */
const availableText = (p: { available: number; stockReadOn?: string }, f: Fmt) =>
  `可售 ${f.count(p.available)} 件${p.stockReadOn ? `（${p.stockReadOn} 读取）` : ''}`;

const zhBasis = (p: Basis, f: Fmt) =>
  p.method === 'holtWinters'
    ? `Holt-Winters 预测（趋势 + 周季节性），基于 ${f.count(p.dailyDays)} 天每日销量`
    : p.method === 'monthly'
      ? '千牛 30日销量 ÷ 30：没有每日销量可供预测'
      : `${f.count(p.historyDays)} 天平均：数据太少，预测需要 ${f.count(p.needDays)} 天每日销量`;

const safetyBasis = (p: StockNumbers, f: Fmt) =>
  p.safetyFrom === 'variability' && p.z !== undefined && p.sigma !== undefined
    ? `服务水平 ${f.pct(p.serviceLevel)} 的 z ${f.fixed(p.z, 2)} × 日销量波动 ${f.num(p.sigma, 1)} 件 × √${f.count(p.leadTimeDays)}`
    : `${f.count(p.safetyStockDays)} 天销量，未能衡量每日波动`;

const point = (p: StockNumbers, f: Fmt) =>
  `补货点 ${f.count(p.reorderPoint)} 件（备货周期 ${f.count(p.leadTimeDays)} 天预计售出 ${f.count(p.leadDemand)} 件 + 安全库存 ${f.count(p.safety)} 件：${safetyBasis(p, f)}）`;

const lasts = (p: StockNumbers, f: Fmt) =>
  `按日均 ${f.num(p.perDay, 1)} 件（${zhBasis(p, f)}），库存可售 ${f.count(Math.floor(p.daysOfCover))} 天${p.daysOfCover < p.leadTimeDays ? '，短于备货周期' : ''}`;

type Clearance = Parameters<(typeof enAdviceViews)['stockClearance']>[0];

const through = (p: Clearance, f: Fmt) =>
  [
    p.sellThrough30 !== undefined && p.sold30 !== undefined
      ? `30 天售罄率 ${f.pct(p.sellThrough30)}（售出 ${f.count(p.sold30)} 件）`
      : '',
    p.sellThrough90 !== undefined ? `90 天 ${f.pct(p.sellThrough90)}` : '',
    p.ageDays !== undefined ? `上架 ${f.count(Math.floor(p.ageDays))} 天` : '',
  ]
    .filter(Boolean)
    .join('，');

const clearanceStep = (p: Clearance, f: Fmt) => {
  const over = `可售超过 ${f.count(p.clearanceRemovalWeeks)} 周`;
  if (p.step === 'removal') return `${over}：在 FBA 超龄库存附加费之前创建移除或清算订单`;
  if (p.step === 'clearanceActivity') return `${over}：报名清仓活动`;
  const price =
    p.price !== undefined && p.newPrice !== undefined
      ? `，从 ${f.money(p.price, p.currency)} 降至 ${f.money(p.newPrice, p.currency)}`
      : '';
  return `降价 ${f.pct(p.priceStep)}${price}，并加大推广`;
};

export const zhAdviceViews: Translation<typeof enAdviceViews> = {
  stockReorderPlan: (p, f) => {
    const stock = p.inbound
      ? `${availableText(p, f)} + 在途 ${f.count(p.inbound)} 件 = ${f.count(p.available + p.inbound)} 件`
      : availableText(p, f);
    const rules = [
      `补到 ${f.count(p.orderUpTo)} 件 = ${f.count(p.leadTimeDays + p.orderCycleDays)} 天预计售出 ${f.count(p.cycleDemand)} 件 + 安全库存 ${f.count(p.safety)} 件`,
      ...(p.minOrderQty > 0 ? [`起订量 ${f.count(p.minOrderQty)} 件`] : []),
      ...(p.casePack > 1 ? [`每箱 ${f.count(p.casePack)} 件`] : []),
    ];
    return `“${p.name}”：${stock}，不高于${point(p, f)}。${lasts(p, f)}：建议补货 ${f.count(p.reorder)} 件（${rules.join('；')}）。`;
  },
  stockInboundPlan: (p, f) =>
    `“${p.name}”：${availableText(p, f)}，不高于${point(p, f)}，但加上在途 ${f.count(p.inbound)} 件共 ${f.count(p.available + p.inbound)} 件，高于补货点。${lasts(p, f)}：请确保在途货物按时入仓，暂不补货。`,
  stockClearance: (p, f) => {
    const rate =
      p.perDay > 0
        ? `日均 ${f.num(p.perDay, 1)} 件（${zhBasis(p, f)}）`
        : `${f.count(p.historyDays)} 天无销量`;
    const weeks = Number.isFinite(p.weeksOfSupply)
      ? `可售 ${f.fixed(p.weeksOfSupply, 1, p.wosExcessWeeks)} 周`
      : '按当前销量卖不完';
    const facts = through(p, f);
    const money = p.tiedUp !== undefined ? `按售价占用 ${f.money(p.tiedUp, p.currency)}` : '为积压';
    return `“${p.name}”：${availableText(p, f)}，${rate}，${weeks}，超过 ${f.count(p.wosExcessWeeks)} 周：积压（Teikametrics：低于 ${f.count(p.wosLowWeeks)} 周偏低，${f.count(p.wosLowWeeks)}–${f.count(p.wosExcessWeeks)} 周健康）${facts ? `；${facts}` : ''}。超出 ${f.count(p.wosExcessWeeks)} 周的 ${f.count(p.excessUnits)} 件${money}：${clearanceStep(p, f)}。`;
  },
};

export const zhStockView: Translation<typeof enStockView> = {
  navStock: '库存',
  stockTitle: '库存：补货与滞销',
  stockIntro:
    'OpsLens 读到过库存的商品（卖家中心库存、千牛出售中的宝贝），结合已有的销量判断：现在该补什么、哪些卖不动。数字来自每个商品最近一次的库存读数。',
  stockEmpty:
    '没有需要补货或清仓的商品。OpsLens 读到库存（卖家中心库存管理加业务报告的销量，或千牛出售中的宝贝的库存与 30日销量）且有一周销量后才会判断。',
  stockReorderNow: '现在补货',
  stockSlowMovers: '滞销商品',
  stockNothing: '无。',
  stockColItem: '商品',
  stockColAvailable: '可售',
  stockColInbound: '在途',
  stockColPerDay: '日均销量',
  stockColCover: '可售周数',
  stockColSellThrough: '售罄率 30 / 90 天',
  stockColReorderPoint: '补货点',
  stockColReorder: '补货量',
  stockColTiedUp: '积压（按售价）',
  stockColStep: '措施',
  stockColWhy: '原因',
  stockStep_priceStep: '降价 + 推广',
  stockStep_removal: '移除 / 清算',
  stockStep_clearanceActivity: '清仓活动',
  stockStep_reorder: '补货',
  stockStep_watchInbound: '跟进在途',
  stockForecastLegend: '预测（件 / 天）',
  stockForecastBand: ({ level }, f) => `预测区间（服务水平 ${f.pct(level)}）`,
};
