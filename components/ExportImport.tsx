import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import type { OpsLensDb } from '../lib/db';
import {
  backupChunks,
  chunksToBlob,
  type HeaderStyle,
  iterateSnapshots,
  type KindUse,
  kindCsvBlob,
  kindsInUse,
  ReportFileError,
  type SnapshotFilter,
  snapshotsToXlsxByKind,
} from '../lib/export';
import { kindLabel, type Lang, t } from '../lib/i18n';
import { settingsStore } from '../lib/settings/store';
import { ImportPanel, type Notice, NoticeLine } from './ImportPanel';

export function download(parts: BlobPart[], name: string, type: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A worker for one part of a CSV file (lib/export/csv-parts.ts), bundled by Vite beside the dashboard. */
const spawnCsvWorker = () =>
  new Worker(new URL('../lib/export/csv.worker.ts', import.meta.url), { type: 'module' });

/**
 * Filtered export: XLSX with one sheet per record kind, CSV with one file per kind (a button each: every
 * file opens in Excel by a double click, where a zip would have to be unpacked first), JSON backup. The
 * buttons are disabled, with the reason beside them, while nothing matches.
 */
export function ExportImport({ db, lang, filter }: { db: OpsLensDb; lang: Lang; filter: SnapshotFilter }) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [headers, setHeaders] = useState<HeaderStyle>('ui');
  const [uses, setUses] = useState<KindUse[] | undefined>();
  const stored = useLiveQuery(() => db.history.count(), [db]);
  const reasonId = useId();
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter is compared by value (filterKey)
  useEffect(() => {
    let live = true;
    setUses(undefined);
    void kindsInUse(iterateSnapshots(db, filter)).then((u) => {
      if (live) setUses(u);
    });
    return () => {
      live = false;
    };
  }, [db, filterKey, stored]);
  const stamp = new Date().toISOString().slice(0, 10);
  const rows = uses?.reduce((n, u) => n + u.rows, 0) ?? 0;
  const opts = { lang, headers };
  const run = async (fn: () => Promise<number>) => {
    setBusy(true);
    setNotice({ tone: 'ok', text: t(lang, 'exporting', { done: 0 }) });
    try {
      setNotice({ tone: 'ok', text: t(lang, 'exportDone', { n: await fn() }) });
    } catch (err) {
      const reason =
        err instanceof ReportFileError && err.code === 'tooManyRows'
          ? t(lang, 'fileProblem_tooManyRows')
          : String((err as Error)?.message ?? err);
      setNotice({ tone: 'error', text: t(lang, 'exportFailed', { reason }) });
    } finally {
      setBusy(false);
    }
  };
  const exportXlsx = () =>
    run(async () => {
      const buf = await snapshotsToXlsxByKind(iterateSnapshots(db, filter), uses ?? [], opts);
      download([buf], `opslens-${stamp}.xlsx`, XLSX_TYPE);
      return rows;
    });
  const exportCsv = (use: KindUse) =>
    run(async () => {
      const blob = await kindCsvBlob(db, filter, use, opts, spawnCsvWorker);
      download([blob], `opslens-${use.kind}-${stamp}.csv`, blob.type);
      return use.rows;
    });
  const exportJson = () =>
    run(async () => {
      const type = 'application/json';
      const json = backupChunks(db, await settingsStore.get());
      download([await chunksToBlob(json, type)], `opslens-backup-${stamp}.json`, type);
      return db.history.count();
    });
  const none = uses !== undefined && rows === 0;
  const reason =
    uses === undefined
      ? t(lang, 'exportCounting')
      : none
        ? t(lang, stored ? 'exportNoMatch' : 'exportEmpty')
        : '';
  const off = busy || uses === undefined || none;
  const described = reason ? reasonId : undefined;
  return (
    <div className="export-import">
      <section className="card">
        <h2>{t(lang, 'exportTitle')}</h2>
        <p className="muted">{t(lang, 'exportIntro')}</p>
        <fieldset className="inline headers">
          <legend>{t(lang, 'exportHeaders')}</legend>
          {(['ui', 'machine'] as const).map((h) => (
            <label key={h}>
              <input type="radio" name="headers" checked={headers === h} onChange={() => setHeaders(h)} />{' '}
              {t(lang, h === 'ui' ? 'exportHeadersUi' : 'exportHeadersMachine')}
            </label>
          ))}
        </fieldset>
        <div className="inline wrap">
          <button type="button" onClick={exportXlsx} disabled={off} aria-describedby={described}>
            {t(lang, 'exportXlsx')}
          </button>
          {(uses ?? []).map((u) => (
            <button key={u.kind} type="button" onClick={() => exportCsv(u)} disabled={busy}>
              {t(lang, 'exportCsvKind', { kind: kindLabel(lang, u.kind), n: u.rows })}
            </button>
          ))}
          {none && (
            <button type="button" disabled aria-describedby={described}>
              {t(lang, 'exportCsv')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            onClick={exportJson}
            disabled={busy || !stored}
            aria-describedby={stored ? undefined : described}
          >
            {t(lang, 'exportJson')}
          </button>
        </div>
        <p className="muted small">{t(lang, 'exportCsvWhy')}</p>
        {reason && (
          <p id={reasonId} className="muted reason">
            {reason}
          </p>
        )}
        {busy && <progress aria-label={notice?.text} />}
        <NoticeLine notice={notice} />
      </section>
      <ImportPanel db={db} lang={lang} />
    </div>
  );
}
