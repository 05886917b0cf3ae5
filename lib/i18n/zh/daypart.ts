import type { enDaypart } from '../en/daypart';
import type { Translation } from '../types';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const REASONS = {
  own: '按该小时自己的每次点击收入',
  fewClicks: '点击太少：保持 100%',
  noise: '提升低于噪声阈值：保持 100%',
  clamped: '按该小时自己的每次点击收入，已限制在上下限',
} as const;

export const zhDaypart: Translation<typeof enDaypart> = {
  daypartTitle: '分时出价',
  daypartLoading: '正在读取分时数据…',
  daypartWeekday: ({ d }) => WEEKDAYS[d] ?? '',
  daypartAllDays: '每天',
  daypartHour: '小时',
  daypartStatus_noData:
    '还没有已结算的分时数据：打开直通车分时报表、导入分时报表文件，或每天多次查看广告后台。',
  daypartStatus_notEnoughDays: (p, f) =>
    `分时数据只有 ${f.count(p.days)} 个已结算天：排期至少需要 ${f.count(p.min)} 天（Perpetua：7 天，通常 35 天）。`,
  daypartStatus_missingMetric: (p, f) => `分时数据缺少${f.fields(p.fields)}：无法排期。`,
  daypartStatus_noSales: '已结算的小时里没有成交：需要每次点击收入才能比较各小时。',
  daypartBasis: (p, f) =>
    `基于 ${f.count(p.days)} 个已结算天（${f.count(Math.round(p.clicks))} 次点击，每次点击收入 ${f.money(p.rpc, p.currency)}）。点击量不少于 ${f.count(p.minClicks)} 的小时，以其每次点击收入与该平均值之比作为系数，限制在 ${f.pct(p.min)}-${f.pct(p.max)}；提升低于 ${f.pct(p.noise)} 视为噪声，保持 100%；点击更少的小时保持 100%。`,
  daypartByWeekday: (p, f) => `按星期×小时：共 ${f.count(p.days)} 个单日数据。`,
  daypartProvisional: (p, f) =>
    `${p.since} 起（最近 ${f.count(p.days)} 天）的数据尚未结算（订单归因有延迟），暂不计入：${f.count(p.n)} 天的数据待结算。`,
  daypartSpread: (p, f) =>
    `${f.pct(p.share)} 的点击来自两次后台读数之间的增量，按时长分摊到其间各小时：这些小时之间的分配是估计值。`,
  daypartCell: (p, f) =>
    [
      `${p.hour}：${f.count(p.percent)}%（${REASONS[p.reason]}）`,
      `${f.num(p.clicks, 1)} 次点击`,
      p.rpc !== undefined ? `每次点击收入 ${f.money(p.rpc, p.currency)}` : '',
      p.conversion !== undefined ? `转化率 ${f.pct(p.conversion)}` : '',
      p.costPerOrder !== undefined ? `每单花费 ${f.money(p.costPerOrder, p.currency)}` : '',
      p.spread > 0 ? `${f.pct(p.spread)} 的点击由读数分摊` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  daypartLegend: '格内为出价系数（%）。绿色提价，橙色降价；灰色表示点击太少。',
  daypartCopyTitle_subway: '直通车 分时折扣（计划 > 分时折扣），北京时间',
  daypartCopyTitle_amazon: '亚马逊广告 按时段调整出价（站点时区）',
  daypartNoChange: '无需调整：每个小时均为 100%。',
  daypartCopy: '复制排期',
  daypartCopied: '已复制排期',
  daypartImportDone: (p, f) =>
    `已保存 ${f.count(p.n)} 个小时的数据${p.skipped ? `；${f.count(p.skipped)} 行未导入` : ''}。`,
  daypartImportPreview: (p, f) =>
    `${p.file}：分时报表，将保存 ${f.count(p.n)} 个小时的数据${p.skipped ? `，${f.count(p.skipped)} 行未导入` : ''}。`,
  daypartImport_unrecognised: '不是分时报表',
  daypartImport_needsMarketplace: '请选择这份分时报表所属的站点',
  daypartImport_needsPeriod: '这份分时报表没有日期列：无法归入日期',
  daypartImport_noRows: '这份分时报表没有可读取的行',
};
