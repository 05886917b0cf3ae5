import { useEffect, useState } from 'react';
import { type Lang, t } from '../lib/i18n';
import { loadRemaps, type Remap, remapsItem, removeRemap } from '../lib/settings/remaps';

/** The columns the user pointed at from a panel, per adapter and marketplace; each can be removed. */
export function RemapsList({ lang }: { lang: Lang }) {
  const [list, setList] = useState<Remap[] | undefined>();
  useEffect(() => {
    const load = () => void loadRemaps().then(setList);
    load();
    return remapsItem.watch(load);
  }, []);
  if (!list) return null;
  return (
    <section className="remaps">
      <h3>{t(lang, 'remapsTitle')}</h3>
      {list.length === 0 ? (
        <p className="muted">{t(lang, 'noRemaps')}</p>
      ) : (
        <table className="readings">
          <tbody>
            {list.map((r) => (
              <tr key={`${r.adapter}|${r.marketplace}|${r.field}`}>
                <td>{r.adapter}</td>
                <td>{r.marketplace === '*' ? t(lang, 'allMarketplaces') : r.marketplace}</td>
                <td>
                  <code>{r.field}</code> ← “{r.label}”
                </td>
                <td>
                  <button type="button" className="link danger" onClick={() => void removeRemap(r)}>
                    {t(lang, 'removeRemap')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
