import { describe, expect, it } from 'vitest';
import { noteText, rowReason } from '../../components/import-text';
import { importReport } from '../../lib/export';

const NOV = { from: '2026-11-14', to: '2026-11-20' };

describe('why rows were left out, in the UI language', () => {
  const rows = [
    ['(Child) ASIN', 'Sessions', 'Units Ordered', 'Ordered Product Sales'],
    ['B0NEW00001', '12abc', '1', '$1.00'],
    ['not an asin', '5', '1', '$1.00'],
    ['B0NEW00003', '5', '1.5', '$1.00'],
    ['B0NEW00004', '5', '2', '€3,00'],
    ['B0NEW00005', '5', '2', '$3.00'],
    ['B0NEW00005', '6', '2', '$3.00'],
  ];
  const res = importReport(rows, { fileName: 'US_BusinessReport.csv', period: NOV });

  it('in Chinese, naming the column as the file heads it and the value as written', () => {
    expect(res.records.map((r) => r.key)).toStrictEqual(['B0NEW00005']);
    expect(res.skipped.map((s) => rowReason('zh', s))).toStrictEqual([
      'Sessions：“12abc”不是数字',
      '(Child) ASIN：“not an asin”不是有效的编号',
      'Units Ordered：“1.5”不是整数',
      'Ordered Product Sales：“€3,00”的币种是 EUR，报表币种是 USD',
      '与第 6 行的对象和日期相同',
    ]);
  });

  it('in English the same reasons', () => {
    expect(res.skipped.map((s) => rowReason('en', s))).toStrictEqual([
      'Sessions: "12abc" is not a number',
      '(Child) ASIN: "not an asin" is not an id',
      'Units Ordered: "1.5" is not a whole number',
      'Ordered Product Sales: "€3,00" is in EUR, the report is in USD',
      'the same entity and dates as row 6',
    ]);
  });

  it('what the import noted: the marketplace taken from the file name', () => {
    expect(res.notes?.map((n) => noteText('zh', n))).toStrictEqual(['站点 amazon.com 取自文件名。']);
    expect(res.notes?.map((n) => noteText('en', n))).toStrictEqual([
      'Marketplace amazon.com taken from the file name.',
    ]);
  });

  it('a reason a reader gives no code for is shown as it is, not dropped', () => {
    expect(rowReason('zh', { row: 2, reason: 'hour 25 is not an hour' })).toBe('hour 25 is not an hour');
  });
});
