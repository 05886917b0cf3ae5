import { type Lang, t } from '../lib/i18n';
import { loadRemaps, type Remap, remapsItem, removeRemap } from '../lib/settings/remaps';
import { StoredList } from './StoredList';

/** The columns the user pointed at from a panel, per adapter and marketplace; each can be removed. */
export function RemapsList({ lang }: { lang: Lang }) {
  return (
    <StoredList<Remap>
      className="remaps"
      title={t(lang, 'remapsTitle')}
      empty={t(lang, 'noRemaps')}
      load={loadRemaps}
      item={remapsItem}
      rowKey={(r) => `${r.adapter}|${r.marketplace}|${r.field}`}
      cells={(r) => [
        r.adapter,
        r.marketplace === '*' ? t(lang, 'allMarketplaces') : r.marketplace,
        <>
          <code>{r.field}</code> ← “{r.label}”
        </>,
      ]}
      removeLabel={t(lang, 'removeRemap')}
      remove={removeRemap}
    />
  );
}
