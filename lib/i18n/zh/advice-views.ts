import type { enAdviceViews } from '../en/advice-views';
import type { Translation } from '../types';

// 仪表盘中建议视图的文字：库存视图与分时热力图。

export const zhAdviceViews: Translation<typeof enAdviceViews> = {
  stockTitle: '库存：补货与滞销',
  stockIntro:
    'OpsLens 读到过库存的所有商品（卖家中心库存、千牛出售中的宝贝），结合已有的销量：库存能撑多久、该补多少、哪些卖不动。',
  stockEmpty:
    '还没有读到库存。请打开卖家中心的库存管理（以及业务报告获取销量），或千牛出售中的宝贝（库存与 30日销量）。',
  stockReorderNow: '现在补货',
  stockSlowMovers: '滞销商品',
  stockAllItems: '所有有库存的商品',
  stockNothing: '无。',
  stockColItem: '商品',
  stockColAvailable: '可售',
  stockColInbound: '在途',
  stockColPerDay: '日均销量',
  stockColCover: '可售周数',
  stockColBand: '库存',
  stockColSellThrough: '售罄率 30 / 90 天',
  stockColReorderPoint: '补货点',
  stockColReorder: '补货量',
  stockColTiedUp: '占用（毛利）',
  stockColForecast: '销量依据',
  stockBand_out: '缺货',
  stockBand_low: '偏低',
  stockBand_healthy: '健康',
  stockBand_excess: '积压',
  forecast_holtWinters: ({ days }, f) => `预测：趋势 + 周季节性（Holt-Winters，${f.count(days)} 天）`,
  forecast_average: ({ days, need }, f) =>
    `${f.count(days)} 天平均（预测需要 ${f.count(need)} 天的每日数据）`,
  forecast_monthly: '30日销量 ÷ 30（没有可预测的每日数据）',
};
