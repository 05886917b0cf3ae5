import { useEffect, useState } from 'react';

interface Watchable {
  watch(cb: () => void): () => void;
}

/** A stored item's value, read with its loader and read again whenever the item changes; undefined while loading. */
export function useStored<T>(item: Watchable, load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>();
  useEffect(() => {
    let live = true;
    const read = () =>
      void load().then((v) => {
        if (live) setValue(v);
      });
    read();
    const stop = item.watch(read);
    return () => {
      live = false;
      stop();
    };
  }, [item, load]);
  return value;
}
