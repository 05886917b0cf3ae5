import { useId, useRef, useState } from 'react';
import type { OpsLensDb } from '../lib/db';
import { putHours } from '../lib/db/hours';
import {
  checkPeriod,
  importRecords,
  importReportFile,
  localDay,
  type ParsedBackup,
  type PeriodProblem,
  parseBackup,
  type ReportImport,
  type ReportOptions,
  restoreBackup,
} from '../lib/export';
import { type HourlyImport, readHourlyFile } from '../lib/export/report-hourly';
import { importKindLabel, type Lang, t } from '../lib/i18n';
import { MARKETPLACES } from '../lib/marketplaces';
import { settingsStore } from '../lib/settings/store';
import { noteText, rowReason } from './import-text';

export type Notice = { tone: 'ok' | 'error'; text: string };

/** A result line: success as a polite status, an error or refusal as an alert in the error colour. */
export function NoticeLine({ notice, id }: { notice?: Notice; id?: string }) {
  if (notice?.tone === 'error')
    return (
      <p id={id} className="status error" role="alert">
        {notice.text}
      </p>
    );
  return (
    <p id={id} className="status" role="status" aria-live="polite">
      {notice?.text ?? ''}
    </p>
  );
}

type Pending = {
  file: string;
  backup?: Extract<ParsedBackup, { ok: true }>['backup'];
  report?: ReportImport;
};

/** A refusal in the UI language: the catalogue's sentence for its code, never the library's English. */
function refusal(lang: Lang, r: ReportImport): string {
  const reason = !r.problem
    ? (r.error ?? '')
    : r.problem === 'tooLarge'
      ? t(lang, 'fileProblem_tooLarge', { mb: r.problemParams?.mb ?? 100 })
      : t(lang, `fileProblem_${r.problem}`);
  return t(lang, 'importRefused', { reason });
}

/**
 * Import with a preview before anything is written: a JSON backup, a report file, or an OpsLens export with
 * machine-readable headers. A report without a date column (Business Reports by ASIN) takes the dates it was
 * downloaded for from the two date fields, checked before the file is read.
 */
export function ImportPanel({ db, lang }: { db: OpsLensDb; lang: Lang }) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | undefined>();
  const [hourly, setHourly] = useState<(HourlyImport & { file: string }) | undefined>();
  const [market, setMarket] = useState('amazon.com');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [periodError, setPeriodError] = useState<PeriodProblem | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const fromRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const today = localDay();

  const fail = (text: string) => setNotice({ tone: 'error', text });
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await fn();
    } catch (err) {
      fail(t(lang, 'importFailed', { reason: String((err as Error)?.message ?? err) }));
    } finally {
      setBusy(false);
    }
  };
  /** The typed period, or undefined when both fields are empty; a half-filled or wrong one is an error. */
  const period = (): ReportOptions['period'] | 'bad' => {
    if (!from && !to) return undefined;
    const c = checkPeriod(from, to, today);
    if (c.ok) return c.period;
    setPeriodError(c.problem);
    fromRef.current?.focus();
    return 'bad';
  };
  const choose = (file: File) =>
    run(async () => {
      setPending(undefined);
      setPeriodError(undefined);
      // A backup is JSON whatever its name (downloads may lose the extension).
      if (/\.json$/i.test(file.name) || (await file.slice(0, 64).text()).trimStart().startsWith('{')) {
        const parsed = parseBackup(await file.text());
        if (!parsed.ok)
          return fail(
            `${t(lang, 'importRefused', { reason: t(lang, 'fileProblem_badBackup') })} ${t(lang, 'importDetail', { detail: parsed.reason })}`,
          );
        return setPending({ file: file.name, backup: parsed.backup });
      }
      const p = period();
      if (p === 'bad') return;
      const opts: ReportOptions = { fileName: file.name, marketplace: market, ...(p ? { period: p } : {}) };
      setHourly(undefined); // an hourly report (dayparting) is kept as hourly buckets, not readings
      const hourlyRead = await readHourlyFile(await file.arrayBuffer(), opts);
      if (hourlyRead?.problem)
        return fail(t(lang, 'importRefused', { reason: t(lang, `daypartImport_${hourlyRead.problem}`) }));
      if (hourlyRead) return setHourly({ ...hourlyRead, file: file.name });
      const report = await importReportFile(await file.arrayBuffer(), opts);
      if (report.needs?.includes('period')) {
        setPeriodError('missing');
        fromRef.current?.focus();
      }
      if (report.error) return fail(refusal(lang, report));
      setPending({ file: file.name, report });
    });
  const apply = () =>
    run(async () => {
      if (!pending) return;
      const r = pending.backup
        ? await restoreBackup(db, pending.backup).then(async (r) => {
            await settingsStore.set(r.settings);
            return r;
          })
        : await importRecords(db, pending.report?.records ?? []);
      setNotice({ tone: 'ok', text: t(lang, 'importDone', { added: r.added, skipped: r.skipped }) });
      setPending(undefined);
    });
  const applyHourly = () =>
    run(async () => {
      const n = await putHours(db, hourly?.buckets ?? []);
      setNotice({
        tone: 'ok',
        text: t(lang, 'daypartImportDone', { n, skipped: hourly?.skipped.length ?? 0 }),
      });
      setHourly(undefined);
    });
  const errorId = `${id}-period-error`;
  const dateProps = {
    max: today,
    'aria-invalid': periodError ? true : undefined,
    'aria-describedby': periodError ? errorId : `${id}-period-hint`,
  } as const;
  const skipped = pending?.report?.skipped ?? [];
  return (
    <section className="card">
      <h2>{t(lang, 'importTitle')}</h2>
      <p className="muted">{t(lang, 'importIntro')}</p>
      <div className="inline wrap">
        <label>
          {t(lang, 'reportMarketplace')}{' '}
          <select value={market} onChange={(e) => setMarket(e.target.value)}>
            {MARKETPLACES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="period">
        <legend id={`${id}-period-hint`}>{t(lang, 'reportPeriod')}</legend>
        <label>
          {t(lang, 'reportPeriodFrom')}{' '}
          <input
            ref={fromRef}
            type="date"
            value={from}
            onChange={(e) => [setFrom(e.target.value), setPeriodError(undefined)]}
            {...dateProps}
          />
        </label>{' '}
        <label>
          {t(lang, 'reportPeriodTo')}{' '}
          <input
            type="date"
            value={to}
            onChange={(e) => [setTo(e.target.value), setPeriodError(undefined)]}
            {...dateProps}
          />
        </label>
        {periodError && (
          <p id={errorId} className="field-error" role="alert">
            {t(lang, `period_${periodError}`)}
          </p>
        )}
      </fieldset>
      <label className="file">
        {t(lang, 'chooseFile')}{' '}
        <input
          type="file"
          accept=".json,.csv,.xlsx,.xls,.txt"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void choose(f);
          }}
        />
      </label>
      {pending && (
        <section className="preview" aria-label={pending.file}>
          <p>
            {t(lang, 'importPreview', {
              file: pending.file,
              kind: importKindLabel(lang, pending.backup ? 'backup' : (pending.report?.kind ?? 'unknown')),
              n: pending.backup ? pending.backup.snapshots.length : (pending.report?.records.length ?? 0),
              skipped: skipped.length,
            })}
          </p>
          {skipped.length > 0 && (
            <>
              <h3>{t(lang, 'importSkippedTitle')}</h3>
              <ul className="skipped">
                {skipped.slice(0, 10).map((s) => (
                  <li key={s.row}>
                    {t(lang, 'importSkippedRow', { row: s.row, reason: rowReason(lang, s) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(pending.report?.notes?.map((n) => noteText(lang, n)) ?? pending.report?.warnings ?? []).map(
            (w) => (
              <p key={w} className="muted">
                {w}
              </p>
            ),
          )}
          <div className="inline">
            <button type="button" onClick={apply} disabled={busy}>
              {t(lang, 'importApply')}
            </button>
            <button type="button" className="secondary" onClick={() => setPending(undefined)}>
              {t(lang, 'importCancel')}
            </button>
          </div>
        </section>
      )}
      {hourly && (
        <section className="preview hourly-preview" aria-label={hourly.file}>
          <p>
            {t(lang, 'daypartImportPreview', {
              file: hourly.file,
              n: hourly.buckets.length,
              skipped: hourly.skipped.length,
            })}
          </p>
          <ul className="skipped">
            {hourly.skipped.slice(0, 10).map((s) => (
              <li key={s.row}>{t(lang, 'importSkippedRow', { row: s.row, reason: s.reason })}</li>
            ))}
          </ul>
          <div className="inline">
            <button type="button" onClick={applyHourly} disabled={busy}>
              {t(lang, 'importApply')}
            </button>
            <button type="button" className="secondary" onClick={() => setHourly(undefined)}>
              {t(lang, 'importCancel')}
            </button>
          </div>
        </section>
      )}
      <NoticeLine notice={notice} />
    </section>
  );
}
