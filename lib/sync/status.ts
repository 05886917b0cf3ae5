import type { TextKey } from '../i18n';
import type { SyncState } from './engine';

/** The catalogue key of what the status line says is wrong, or nothing when the last round went well. */
export function syncProblem(state: SyncState): TextKey | undefined {
  if (state.lastError) return `teamError_${state.lastError}`;
  return state.readOnly ? 'teamReadOnly' : undefined;
}
