import { describe, expect, it } from 'vitest';
import { importReport } from '../../lib/export';
import { checkPeriod } from '../../lib/export/report-period';

const TODAY = '2026-12-03';

describe('the dates a Business Report was downloaded for', () => {
  it('a week that has passed is the period', () => {
    expect(checkPeriod('2026-11-14', '2026-11-20', TODAY)).toStrictEqual({
      ok: true,
      period: { from: '2026-11-14', to: '2026-11-20' },
    });
  });
  it('one day, and a range ending today, are accepted (exactly at the limits)', () => {
    expect(checkPeriod('2026-11-20', '2026-11-20', TODAY).ok).toBe(true);
    expect(checkPeriod('2026-11-27', TODAY, TODAY).ok).toBe(true);
  });
  it('the end before the start is refused', () => {
    expect(checkPeriod('2026-11-20', '2026-11-19', TODAY)).toStrictEqual({ ok: false, problem: 'order' });
  });
  it('a day after today is refused', () => {
    expect(checkPeriod('2026-11-28', '2026-12-04', TODAY)).toStrictEqual({ ok: false, problem: 'future' });
  });
  it('an empty or impossible date is missing, not guessed', () => {
    expect(checkPeriod('', '2026-11-20', TODAY)).toStrictEqual({ ok: false, problem: 'missing' });
    expect(checkPeriod('2026-11-14', '', TODAY)).toStrictEqual({ ok: false, problem: 'missing' });
    expect(checkPeriod('2026-02-30', '2026-03-01', TODAY)).toStrictEqual({ ok: false, problem: 'missing' });
  });
  it("the period becomes the readings' period; without it the import asks for it", () => {
    const rows = [
      ['(Parent) ASIN', '(Child) ASIN', 'Title', 'Sessions - Total', 'Units Ordered'],
      ['B0PARENT01', 'B0C1K2Z3X4', 'Kettle', '1,200', '36'],
    ];
    const none = importReport(rows, { fileName: 'BusinessReport.csv', marketplace: 'amazon.com' });
    expect([none.problem, none.needs, none.records.length]).toStrictEqual(['needsPeriod', ['period'], 0]);
    const week = checkPeriod('2026-11-14', '2026-11-20', TODAY);
    if (!week.ok) throw new Error('the week is valid');
    const res = importReport(rows, {
      fileName: 'BusinessReport.csv',
      marketplace: 'amazon.com',
      period: week.period,
    });
    expect(res.records.map((r) => [r.key, r.period, r.capturedAt, r.metrics])).toStrictEqual([
      [
        'B0C1K2Z3X4',
        { from: '2026-11-14', to: '2026-11-20' },
        '2026-11-20T23:59:59.000Z',
        { sessions: 1200, unitsOrdered: 36 },
      ],
    ]);
  });
});
