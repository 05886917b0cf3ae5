import { storage } from 'wxt/utils/storage';

export type Dock = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const DOCKS: readonly Dock[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];

interface StoredPanel {
  /** The operator's own choice; unset, the panel opens on a kind of page the first time and is a bar after. */
  collapsed?: boolean;
  /** The corner the operator moved the panel to; unset, the corner that covers least of the table. */
  dock?: Dock;
  /** Console pages (adapter ids) the panel has opened on once. */
  seen: string[];
}

const panelItem = storage.defineItem<StoredPanel>('local:ui.panel', { fallback: { seen: [] }, version: 1 });
/** Before `ui.panel`: the collapsed toggle alone. Read once as the operator's choice. */
const legacyCollapsed = storage.defineItem<boolean | null>('local:ui.panelCollapsed', { fallback: null });

export interface PanelPrefs {
  collapsed: boolean;
  dock: Dock | undefined;
  /** Called at each reading: decides whether the panel opens (first time on this kind of page) or is a bar. */
  settle(adapter: string): void;
  setCollapsed(collapsed: boolean): void;
  setDock(dock: Dock): void;
}

/** The panel's remembered state. Written only by the panel (one writer), from the tab the operator acts in. */
export async function loadPanelPrefs(): Promise<PanelPrefs> {
  const [stored, legacy] = await Promise.all([panelItem.getValue(), legacyCollapsed.getValue()]);
  const state: StoredPanel = {
    ...stored,
    ...(stored.collapsed === undefined && legacy !== null ? { collapsed: legacy } : {}),
  };
  const save = () => void panelItem.setValue({ ...state, seen: state.seen.slice(-50) });
  let settled = '';
  const prefs: PanelPrefs = {
    collapsed: state.collapsed ?? false,
    dock: state.dock,
    settle(adapter) {
      if (settled === adapter) return;
      settled = adapter;
      if (state.collapsed !== undefined) return;
      const first = !state.seen.includes(adapter);
      prefs.collapsed = !first;
      if (first) {
        state.seen.push(adapter);
        save();
      }
    },
    setCollapsed(collapsed) {
      prefs.collapsed = collapsed;
      state.collapsed = collapsed;
      save();
    },
    setDock(dock) {
      prefs.dock = dock;
      state.dock = dock;
      save();
    },
  };
  return prefs;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** The panel's box at each corner (16 px from the edges), given its size and the viewport's. */
export function boxAt(dock: Dock, width: number, height: number, vw: number, vh: number): Box {
  const left = dock.endsWith('left') ? 16 : vw - 16 - width;
  const top = dock.startsWith('top') ? 16 : vh - 16 - height;
  return { left, top, right: left + width, bottom: top + height };
}

/** The corner where a panel of this size covers the least of `table` (in viewport coordinates); first wins ties. */
export function leastCovering(
  table: Box | undefined,
  width: number,
  height: number,
  vw: number,
  vh: number,
): Dock {
  if (!table) return DOCKS[0]!;
  let best: Dock = DOCKS[0]!;
  let bestArea = Number.POSITIVE_INFINITY;
  for (const dock of DOCKS) {
    const area = overlap(boxAt(dock, width, height, vw, vh), table);
    if (area < bestArea) {
      best = dock;
      bestArea = area;
    }
  }
  return best;
}
