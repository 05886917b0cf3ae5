import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../lib/background/dispatch';
import { extensionStores } from '../../lib/background/stores';
import { OpsLensDb } from '../../lib/db';
import { loadAnswers, saveAnswer } from '../../lib/settings/answers';
import { addRemap, loadRemaps, removeRemap } from '../../lib/settings/remaps';
import {
  dismissedItem,
  loadDismissed,
  loadSettings,
  patchSettings,
  settingsItem,
  settingsStore,
} from '../../lib/settings/store';

// Settings as the extension stores them (fake browser storage), written by the background's stores.

const V1 = {
  version: 1 as const,
  marketplaces: { '*': { breakEvenAcos: 0.25 } },
  products: { 'amazon.com|B0X': { leadTimeDays: 45 } },
  dismissed: ['bid:keyword|amazon.com|kettle', 'negative:searchTerm|amazon.com|glass'],
};

let db: OpsLensDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new OpsLensDb(`opslens-settings-store-${Math.random()}`);
  // Pages send through the runtime; here it reaches the background's dispatcher with the real stores.
  const dispatch = createDispatcher({ db, stores: extensionStores() });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(((m: unknown) =>
    dispatch(structuredClone(m))) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('settings version 2', () => {
  it('moves dismissed advice of a version-1 document into its own item, keeping both', async () => {
    await browser.storage.local.set({ settings: V1, settings$: { v: 1 }, dismissedAdvice: ['x'] });
    await settingsItem.migrate();
    const { dismissed: _d, ...thresholds } = V1;
    expect(await browser.storage.local.get(['settings', 'settings$', 'dismissedAdvice'])).toStrictEqual({
      settings: thresholds,
      settings$: { v: 2 },
      dismissedAdvice: ['x', ...V1.dismissed],
    });
    expect(await loadDismissed()).toStrictEqual(['x', ...V1.dismissed]);
  });

  it('migrates a version-1 store that never wrote its version, and a damaged one to the defaults', async () => {
    await browser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    expect(await loadDismissed()).toStrictEqual(V1.dismissed);
    expect(await loadSettings()).toStrictEqual({
      version: 1,
      marketplaces: V1.marketplaces,
      products: V1.products,
    });

    fakeBrowser.reset();
    await browser.storage.local.set({ settings: { version: 1, marketplaces: 'x', dismissed: 'y' } });
    await settingsItem.migrate();
    expect(await loadSettings()).toStrictEqual({ version: 1, marketplaces: {}, products: {} });
    expect(await loadDismissed()).toStrictEqual([]);
  });
});

describe('writes go through the background, field by field', () => {
  it('a settings save does not bring back advice dismissed since the page loaded', async () => {
    await browser.storage.local.set({ settings: V1 });
    await settingsItem.migrate();
    // The dashboard loaded its settings; then a console tab dismissed another advice.
    const loaded = await loadSettings();
    await browser.runtime.sendMessage({
      type: 'advice.dismiss',
      id: 'pause:keyword|amazon.com|k2',
      dismissed: true,
    });
    await patchSettings({ marketplaces: { '*': { negativeClicks: 25 } } });
    expect(await loadDismissed()).toContain('pause:keyword|amazon.com|k2');
    expect(await loadSettings()).toStrictEqual({
      ...loaded,
      marketplaces: { '*': { breakEvenAcos: 0.25, negativeClicks: 25 } },
    });
  });

  it('restoring a backup merges its thresholds and its dismissals in', async () => {
    await patchSettings({ marketplaces: { 'amazon.de': { bidBand: 0.01 } } });
    await dismissedItem.setValue(['kept']);
    await settingsStore.set(V1);
    expect(await loadSettings()).toStrictEqual({
      version: 1,
      marketplaces: { 'amazon.de': { bidBand: 0.01 }, '*': { breakEvenAcos: 0.25 } },
      products: V1.products,
    });
    expect(await loadDismissed()).toStrictEqual(['kept', ...V1.dismissed]);
  });

  it('column recipes and context answers, saved from a content script, are written by the background', async () => {
    await addRemap({
      adapter: 'amazon.business-report',
      marketplace: '*',
      field: 'sessions',
      label: 'Visits',
    });
    await addRemap({
      adapter: 'amazon.business-report',
      marketplace: '*',
      field: 'sessions',
      label: 'Sessions',
    });
    expect((await loadRemaps()).map((r) => r.label)).toStrictEqual(['Sessions']);
    await removeRemap({ adapter: 'amazon.business-report', marketplace: '*', field: 'sessions' });
    expect(await loadRemaps()).toStrictEqual([]);
    await saveAnswer({
      key: 'acct',
      adapter: 'amazon.business-report',
      field: 'marketplace',
      value: 'amazon.de',
    });
    expect(await loadAnswers()).toMatchObject([{ key: 'acct', field: 'marketplace', value: 'amazon.de' }]);
    const calls = vi
      .mocked(browser.runtime.sendMessage)
      .mock.calls.map(([m]) => (m as unknown as { type: string }).type);
    expect(calls).toStrictEqual(['remaps.add', 'remaps.add', 'remaps.remove', 'answers.save']);
  });
});
