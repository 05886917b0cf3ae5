import { type ReactNode, useEffect, useState } from 'react';

/**
 * A list the operator taught a console panel (column recipes, context answers), read from storage and kept
 * current as the background changes it, each entry with a remove button.
 */
export function StoredList<T>(props: {
  className: string;
  title: string;
  empty: string;
  load: () => Promise<T[]>;
  item: { watch(cb: () => void): () => void };
  rowKey: (entry: T) => string;
  cells: (entry: T) => ReactNode[];
  removeLabel: string;
  remove: (entry: T) => Promise<void>;
}) {
  const { load, item } = props;
  const [list, setList] = useState<T[] | undefined>();
  useEffect(() => {
    const read = () => void load().then(setList);
    read();
    return item.watch(read);
  }, [load, item]);
  if (!list) return null;
  return (
    <section className={props.className}>
      <h3>{props.title}</h3>
      {list.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <table className="readings">
          <tbody>
            {list.map((entry) => (
              <tr key={props.rowKey(entry)}>
                {props.cells(entry).map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed in number and order
                  <td key={i}>{cell}</td>
                ))}
                <td>
                  <button type="button" className="link danger" onClick={() => void props.remove(entry)}>
                    {props.removeLabel}
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
