import { useCallback, useEffect, useState } from 'react';
import { send } from '../lib/runtime';
import type { TeamStatus } from '../lib/sync/config';
import { teamConfigItem, teamOutboxItem, teamStateItem } from '../lib/sync/store';

/** How often the status is read again without a change (so that "5 min ago" moves on). */
const REFRESH_MS = 30_000;

/**
 * Team sync's status from the background (the connection without its password), read again whenever the
 * background writes the connection, the outbox or the last round's state. `set` takes a reply's status.
 */
export function useTeamStatus() {
  const [status, setStatus] = useState<TeamStatus | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const read = useCallback(
    () =>
      void send({ type: 'sync.status' }).then(
        (r) => {
          setStatus(r.status);
          setFailed(undefined);
        },
        (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)),
      ),
    [],
  );
  useEffect(() => {
    read();
    const stops = [teamConfigItem, teamOutboxItem, teamStateItem].map((item) => item.watch(read));
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      for (const stop of stops) stop();
      clearInterval(timer);
    };
  }, [read]);
  return { status, setStatus, failed, setFailed };
}
