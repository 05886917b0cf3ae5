import { useState } from 'react';
import type { OpsLensDb } from '../lib/db';
import {
  backupChunks,
  chunksToBlob,
  importRecords,
  importReportFile,
  iterateSnapshots,
  type ParsedBackup,
  parseBackup,
  type ReportImport,
  type ReportOptions,
  restoreBackup,
  type SnapshotFilter,
  snapshotsToCsvChunks,
  snapshotsToXlsx,
} from '../lib/export';
import { type Lang, t } from '../lib/i18n';
import { MARKETPLACES } from '../lib/marketplaces';
import { settingsStore } from '../lib/settings/store';

const ATTRS = [
  'asin',
  'sku',
  'campaign',
  'adGroup',
  'matchType',
  'brand',
  'seller',
  'availability',
  'bsrCategory',
  'shopName',
];

function download(parts: BlobPart[], name: string, type: string) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Pending = {
  file: string;
  backup?: Extract<ParsedBackup, { ok: true }>['backup'];
  report?: ReportImport;
};

/** Filtered export (CSV with BOM, XLSX, JSON backup) and import with a preview before anything is written. */
export function ExportImport({ db, lang, filter }: { db: OpsLensDb; lang: Lang; filter: SnapshotFilter }) {
  const [progress, setProgress] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | undefined>();
  const [market, setMarket] = useState('amazon.com');
  const [message, setMessage] = useState('');
  const stamp = new Date().toISOString().slice(0, 10);

  async function* counted(source: AsyncIterable<import('../lib/model').SnapshotRecord[]>) {
    let done = 0;
    for await (const batch of source) {
      done += batch.length;
      setProgress(t(lang, 'exporting', { done }));
      yield batch;
    }
    setProgress(t(lang, 'exportDone', { n: done }));
  }
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await fn();
    } catch (err) {
      setMessage(String((err as Error).message ?? err));
    } finally {
      setBusy(false);
    }
  };
  const exportCsv = () =>
    run(async () => {
      const type = 'text/csv;charset=utf-8';
      const csv = snapshotsToCsvChunks(counted(iterateSnapshots(db, filter)), { attrs: ATTRS });
      download([await chunksToBlob(csv, type)], `opslens-${stamp}.csv`, type);
    });
  const exportXlsx = () =>
    run(async () => {
      const buf = await snapshotsToXlsx(counted(iterateSnapshots(db, filter)), { attrs: ATTRS });
      download(
        [buf],
        `opslens-${stamp}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    });
  const exportJson = () =>
    run(async () => {
      const type = 'application/json';
      const json = backupChunks(db, await settingsStore.get());
      download([await chunksToBlob(json, type)], `opslens-backup-${stamp}.json`, type);
      setProgress(t(lang, 'exportDone', { n: await db.snapshots.count() }));
    });

  const choose = (file: File) =>
    run(async () => {
      setPending(undefined);
      // A backup is JSON whatever its name (downloads may lose the extension).
      if (/\.json$/i.test(file.name) || (await file.slice(0, 64).text()).trimStart().startsWith('{')) {
        const parsed = parseBackup(await file.text());
        if (!parsed.ok) return setMessage(t(lang, 'importRefused', { reason: parsed.reason }));
        return setPending({ file: file.name, backup: parsed.backup });
      }
      const opts: ReportOptions = { fileName: file.name, marketplace: market };
      const report = await importReportFile(await file.arrayBuffer(), opts);
      if (report.error) return setMessage(t(lang, 'importRefused', { reason: report.error }));
      setPending({ file: file.name, report });
    });
  const apply = () =>
    run(async () => {
      if (!pending) return;
      if (pending.backup) {
        const r = await restoreBackup(db, pending.backup);
        await settingsStore.set(r.settings);
        setMessage(t(lang, 'importDone', { added: r.added, skipped: r.skipped }));
      } else if (pending.report) {
        const r = await importRecords(db, pending.report.records);
        setMessage(t(lang, 'importDone', { added: r.added, skipped: r.skipped }));
      }
      setPending(undefined);
    });

  return (
    <div className="export-import">
      <section className="card">
        <h2>{t(lang, 'exportTitle')}</h2>
        <p className="muted">{t(lang, 'exportIntro')}</p>
        <div className="inline">
          <button type="button" onClick={exportCsv} disabled={busy}>
            {t(lang, 'exportCsv')}
          </button>
          <button type="button" onClick={exportXlsx} disabled={busy}>
            {t(lang, 'exportXlsx')}
          </button>
          <button type="button" className="secondary" onClick={exportJson} disabled={busy}>
            {t(lang, 'exportJson')}
          </button>
        </div>
        {busy && <progress aria-label={progress} />}
        <p className="status" role="status">
          {progress}
        </p>
      </section>
      <section className="card">
        <h2>{t(lang, 'importTitle')}</h2>
        <p className="muted">{t(lang, 'importIntro')}</p>
        <div className="inline">
          <label>
            {t(lang, 'reportMarketplace')}{' '}
            <select value={market} onChange={(e) => setMarket(e.target.value)}>
              {MARKETPLACES.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label className="file">
            {t(lang, 'chooseFile')}{' '}
            <input
              type="file"
              accept=".json,.csv,.xlsx,.xls,.txt"
              disabled={busy}
              onChange={(e) => e.target.files?.[0] && choose(e.target.files[0])}
            />
          </label>
        </div>
        {pending && (
          <section className="preview" aria-label={pending.file}>
            <p>
              {pending.backup
                ? t(lang, 'importPreview', {
                    file: pending.file,
                    kind: 'backup',
                    n: pending.backup.snapshots.length,
                    skipped: 0,
                  })
                : t(lang, 'importPreview', {
                    file: pending.file,
                    kind: pending.report!.kind,
                    n: pending.report!.records.length,
                    skipped: pending.report!.skipped.length,
                  })}
            </p>
            {pending.report && pending.report.skipped.length > 0 && (
              <ul className="skipped">
                {pending.report.skipped.slice(0, 10).map((s) => (
                  <li key={s.row}>
                    #{s.row}: {s.reason}
                  </li>
                ))}
              </ul>
            )}
            {pending.report?.warnings.map((w) => (
              <p key={w} className="muted">
                {w}
              </p>
            ))}
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
        <p className="status" role="status" aria-live="polite">
          {message}
        </p>
      </section>
    </div>
  );
}
