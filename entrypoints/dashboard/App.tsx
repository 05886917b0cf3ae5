import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { EntityList, entityKeyOf } from '../../components/EntityList';
import { TodayView } from '../../components/TodayView';
import { type EntityFilter, type EntitySort, listEntities, marketplacesInUse, OpsLensDb } from '../../lib/db';
import type { SnapshotFilter } from '../../lib/export';
import { kindLabel, type Lang, type MessageKey, t } from '../../lib/i18n';
import { KINDS, type Kind, PLATFORMS, type Platform } from '../../lib/model';
import type { SettingsDoc } from '../../lib/settings/advice-settings';
import { settingsItem, settingsStore } from '../../lib/settings/store';
import { watchImports } from './imports';

// Today opens first; the other views' code loads when one is opened (issue 16: less to evaluate before Today).
const AlertSettingsForm = lazy(() =>
  import('../../components/AlertSettingsForm').then((m) => ({ default: m.AlertSettingsForm })),
);
const EntityDetail = lazy(() =>
  import('../../components/EntityDetail').then((m) => ({ default: m.EntityDetail })),
);
const ExperimentList = lazy(() =>
  import('../../components/ExperimentList').then((m) => ({ default: m.ExperimentList })),
);
const ExperimentPanel = lazy(() =>
  import('../../components/ExperimentPanel').then((m) => ({ default: m.ExperimentPanel })),
);
const ExportImport = lazy(() =>
  import('../../components/ExportImport').then((m) => ({ default: m.ExportImport })),
);
const SettingsForm = lazy(() =>
  import('../../components/SettingsForm').then((m) => ({ default: m.SettingsForm })),
);
const StockView = lazy(() => import('../../components/StockView').then((m) => ({ default: m.StockView })));
const StoragePanel = lazy(() =>
  import('../../components/StoragePanel').then((m) => ({ default: m.StoragePanel })),
);
const TeamSettings = lazy(() =>
  import('../../components/TeamSettings').then((m) => ({ default: m.TeamSettings })),
);

const db = new OpsLensDb();
watchImports(db);
type View = 'today' | 'entities' | 'stock' | 'experiments' | 'export' | 'storage' | 'settings';
const VIEWS: [View, MessageKey][] = [
  ['today', 'navToday'],
  ['entities', 'navEntities'],
  ['stock', 'navStock'],
  ['experiments', 'expTitle'],
  ['export', 'navExport'],
  ['storage', 'navStorage'],
  ['settings', 'navSettings'],
];

function initialView(): View {
  const v = location.hash.slice(1) as View;
  return VIEWS.some(([id]) => id === v) ? v : 'today';
}

export function App({ lang }: { lang: Lang }) {
  const [view, setView] = useState<View>(initialView);
  const [filter, setFilter] = useState<EntityFilter>({});
  const [sort, setSort] = useState<EntitySort>('recent');
  const [selected, setSelected] = useState<string | undefined>();
  const [settings, setSettings] = useState<SettingsDoc | undefined>();
  useEffect(() => {
    const load = () => void settingsStore.get().then(setSettings);
    load();
    return settingsItem.watch(load);
  }, []);
  // The entity list and the filters' choices are read for the views that show them only: Today opens first
  // and must not wait behind a read of every entity (issue 16).
  const listed = view === 'entities' || view === 'export';
  const rows = useLiveQuery(
    () => (view === 'entities' ? listEntities(db, filter, sort) : undefined),
    [view, JSON.stringify(filter), sort],
  );
  const total = useLiveQuery<number | undefined>(() => (listed ? db.entities.count() : undefined), [listed]);
  const markets = useLiveQuery(() => (listed ? marketplacesInUse(db) : []), [listed, total]) ?? [];
  const entity = useMemo(() => rows?.find((r) => entityKeyOf(r) === selected) ?? rows?.[0], [rows, selected]);
  const exportFilter: SnapshotFilter = {
    ...(filter.kind ? { kinds: [filter.kind] } : {}),
    ...(filter.platform ? { platforms: [filter.platform] } : {}),
    ...(filter.marketplace ? { marketplaces: [filter.marketplace] } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
  const go = (v: View) => {
    setView(v);
    history.replaceState(null, '', `#${v}`);
  };
  const set = (patch: Partial<EntityFilter>) =>
    setFilter(
      (f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v)) as EntityFilter,
    );
  return (
    <div className="page dashboard">
      <header className="top">
        <h1>
          <span className="dot" aria-hidden="true" />
          OpsLens · {t(lang, 'dashboardTitle')}
        </h1>
        <nav aria-label={t(lang, 'dashboardTitle')}>
          {VIEWS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              className={`tab${view === id ? ' active' : ''}`}
              aria-current={view === id ? 'page' : undefined}
              onClick={() => go(id)}
            >
              {t(lang, label)}
            </button>
          ))}
        </nav>
      </header>
      {view === 'entities' || view === 'export' ? (
        <form
          className="filters"
          aria-label={t(lang, 'searchPlaceholder')}
          onSubmit={(e) => e.preventDefault()}
        >
          <input
            type="search"
            aria-label={t(lang, 'searchPlaceholder')}
            placeholder={t(lang, 'searchPlaceholder')}
            value={filter.text ?? ''}
            onChange={(e) => set({ text: e.target.value })}
          />
          <select
            aria-label={t(lang, 'allPlatforms')}
            value={filter.platform ?? ''}
            onChange={(e) => set({ platform: (e.target.value || undefined) as Platform | undefined })}
          >
            <option value="">{t(lang, 'allPlatforms')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <select
            aria-label={t(lang, 'allMarketplaces')}
            value={filter.marketplace ?? ''}
            onChange={(e) => set({ marketplace: e.target.value || undefined })}
          >
            <option value="">{t(lang, 'allMarketplaces')}</option>
            {markets.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          <select
            aria-label={t(lang, 'allKinds')}
            value={filter.kind ?? ''}
            onChange={(e) => set({ kind: (e.target.value || undefined) as Kind | undefined })}
          >
            <option value="">{t(lang, 'allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(lang, k)}
              </option>
            ))}
          </select>
          <label>
            {t(lang, 'seenFrom')}{' '}
            <input
              type="date"
              value={filter.from ?? ''}
              onChange={(e) => set({ from: e.target.value || undefined })}
            />
          </label>
          <label>
            {t(lang, 'seenTo')}{' '}
            <input
              type="date"
              value={filter.to ?? ''}
              onChange={(e) => set({ to: e.target.value || undefined })}
            />
          </label>
          <label>
            {t(lang, 'sortBy')}{' '}
            <select value={sort} onChange={(e) => setSort(e.target.value as EntitySort)}>
              <option value="recent">{t(lang, 'sortRecent')}</option>
              <option value="name">{t(lang, 'sortName')}</option>
              <option value="readings">{t(lang, 'sortReadings')}</option>
            </select>
          </label>
        </form>
      ) : null}
      <Suspense fallback={<p className="muted">{t(lang, 'loading')}</p>}>
        {view === 'entities' && (
          <div className="split">
            <aside>
              <p className="muted count">
                {rows && total !== undefined
                  ? t(lang, 'entitiesCount', { n: rows.length, total })
                  : t(lang, 'loading')}
              </p>
              {rows && rows.length > 0 && (
                <EntityList
                  rows={rows}
                  selected={entity && entityKeyOf(entity)}
                  onSelect={(e) => setSelected(entityKeyOf(e))}
                  lang={lang}
                />
              )}
              {rows && rows.length === 0 && (
                <p className="empty">{total ? t(lang, 'noMatch') : t(lang, 'noEntities')}</p>
              )}
            </aside>
            <main className="card">
              {entity ? (
                <>
                  <EntityDetail db={db} entity={entity} lang={lang} settings={settings} />
                  <ExperimentPanel db={db} entity={entity} lang={lang} />
                </>
              ) : (
                <p className="muted">{t(lang, 'pickEntity')}</p>
              )}
            </main>
          </div>
        )}
        {view === 'today' && <TodayView db={db} lang={lang} />}
        {view === 'stock' && <StockView db={db} lang={lang} />}
        {view === 'experiments' && <ExperimentList db={db} lang={lang} />}
        {view === 'export' && <ExportImport db={db} lang={lang} filter={exportFilter} />}
        {view === 'storage' && <StoragePanel db={db} lang={lang} />}
        {view === 'settings' && (
          <>
            <div className="card">
              <SettingsForm lang={lang} />
            </div>
            <div className="card alert-card">
              <AlertSettingsForm lang={lang} />
            </div>
            <div className="card team-card" id="team">
              <TeamSettings lang={lang} />
            </div>
          </>
        )}
      </Suspense>
    </div>
  );
}
