import { useState } from 'react';
import type { EntityRow } from '../lib/db';
import { formatAgo } from '../lib/format';
import { kindLabel, type Lang, t } from '../lib/i18n';

// Three lines a row: the name, what tells it apart (ids, match type, ad group), kind and freshness.
const ROW = 68;
const VIEW = 640;

type Named = Pick<EntityRow, 'kind' | 'key' | 'label' | 'attrs'>;

// Console keys carry the ad group id (`electric kettle [exact] @412096385710462`): never a name.
const stripKey = (key: string) => key.replace(/\s*@\d+$/, '').replace(/\s*\[[^\]]*\]$/, '');

/** What the list calls an entity: its label, else its key without the ids a console appends. */
export function entityName(e: Named): string {
  return e.label?.trim() || stripKey(e.key) || e.key;
}

type IdAttr = 'asin' | 'sku' | 'itemId' | 'matchType' | 'adGroup' | 'campaign';
const IDS: Record<EntityRow['kind'], IdAttr[]> = {
  listing: ['asin', 'sku', 'itemId'],
  competitor: ['asin', 'itemId'],
  campaign: [],
  keyword: ['matchType', 'adGroup', 'campaign'],
  searchTerm: ['matchType', 'adGroup', 'campaign'],
};

/**
 * What tells rows of the same name apart: ASIN, SKU or item id of a product, match type, ad group and
 * campaign of a keyword or search term; a campaign's (or id-only product's) key when it is not its name.
 */
export function entityIds(e: Named, lang: Lang): string[] {
  const ids = IDS[e.kind].flatMap((a) => {
    const v = e.attrs[a]?.trim();
    return v ? [a === 'matchType' ? v : `${t(lang, `attr_${a}`)} ${v}`] : [];
  });
  const name = entityName(e);
  if (ids.length === 0 && e.key !== name) ids.push(e.kind === 'campaign' ? `ID ${stripKey(e.key)}` : e.key);
  return ids;
}

export const entityKeyOf = (e: Pick<EntityRow, 'kind' | 'marketplace' | 'key'>) =>
  `${e.kind}|${e.marketplace}|${e.key}`;

/** A windowed list: only the rows in view are in the DOM, so 10,000 entities scroll as lightly as 10. */
export function EntityList(props: {
  rows: EntityRow[];
  selected?: string;
  onSelect: (e: EntityRow) => void;
  lang: Lang;
}) {
  const { rows, lang } = props;
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / ROW) - 5);
  const last = Math.min(rows.length, Math.ceil((top + VIEW) / ROW) + 5);
  const now = Date.now();
  const move = (e: React.KeyboardEvent, at: number) => {
    const next = rows[Math.max(0, Math.min(rows.length - 1, at))];
    if (!next) return;
    e.preventDefault();
    props.onSelect(next);
    const el = (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.scroll');
    if (el) {
      const i = rows.indexOf(next);
      if (i * ROW < el.scrollTop) el.scrollTop = i * ROW;
      if ((i + 1) * ROW > el.scrollTop + VIEW) el.scrollTop = (i + 1) * ROW - VIEW;
    }
  };
  const at = rows.findIndex((r) => entityKeyOf(r) === props.selected);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a windowed listbox cannot be a native select
    <div
      className="entity-list"
      role="listbox"
      tabIndex={0}
      aria-label={t(lang, 'navEntities')}
      aria-activedescendant={at >= 0 ? `entity-${at}` : undefined}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') move(e, at + 1);
        if (e.key === 'ArrowUp') move(e, at - 1);
        if (e.key === 'Home') move(e, 0);
        if (e.key === 'End') move(e, rows.length - 1);
      }}
    >
      <div className="scroll" style={{ height: VIEW }} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
        <div style={{ height: rows.length * ROW, position: 'relative' }}>
          {rows.slice(first, last).map((e, i) => {
            const index = first + i;
            const id = entityKeyOf(e);
            return (
              <div
                key={id}
                id={`entity-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={id === props.selected}
                className={`entity${id === props.selected ? ' selected' : ''}`}
                style={{ top: index * ROW, height: ROW }}
                onClick={() => props.onSelect(e)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter' || ev.key === ' ') props.onSelect(e);
                }}
              >
                <span className="name" title={`${entityName(e)}\n${e.key}`}>
                  {entityName(e)}
                </span>
                <span className="ids" title={e.key}>
                  {entityIds(e, lang).join(' · ')}
                </span>
                <span className="sub">
                  <span className={`tag kind-${e.kind}`}>{kindLabel(lang, e.kind)}</span>
                  <span>{e.marketplace}</span>
                  <span className="right">
                    {formatAgo(e.lastSeenAt, now, lang)} · {t(lang, 'readingsCount', { n: e.snapshotCount })}
                  </span>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
