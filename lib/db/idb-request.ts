/** An IndexedDB request as a promise (IndexedDB itself, no Dexie: the popup's first paint imports it). */
export const requestDone = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
