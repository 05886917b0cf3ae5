import { DEMO_PAGES } from '../../scripts/demo-pages';
import { readStore, servePages } from './browser';
import { expect, test } from './fixtures';
const REPORT = DEMO_PAGES.find((p) => p.fixture === 'amazon/business-report/en-child.html')!;
for (const kills of [1, 2, 3]) test('probe kills ' + kills, async ({ ext }) => {
  const { context, id } = ext;
  await servePages(context, { [REPORT.url]: REPORT.fixture });
  const cdp = await context.browser()!.newBrowserCDPSession();
  let left = kills; const log: string[] = []; const t0 = Date.now();
  cdp.on('Target.targetCreated', async ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker' || !targetInfo.url.startsWith(`chrome-extension://${id}/`)) return;
    log.push(`created ${Date.now() - t0}`);
    if (left-- > 0) { await cdp.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch((e) => log.push(String(e))); log.push(`killed ${Date.now() - t0}`); }
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) if (t.type === 'service_worker' && t.url.includes(id)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  const a = await context.newPage();
  await a.goto(REPORT.url);
  await a.waitForTimeout(9000);
  console.log(kills, log.join(' | '));
  console.log(kills, 'panel', (await a.locator('opslens-panel .panel').innerText()).replace(/\n/g, ' / ').slice(0, 300));
  console.log(kills, 'stored', (await readStore(context, id, 'snapshots')).length);
});
