// `npm run advise -- FILE.json`: runs the advice the extension gives (adviseRecords, lib/advice) on
// { "records": [...], "history": [...], "settings": {...} } and prints
// { advice: [{ rule, action, kind, key, severity, numbers, thresholds, suggested?, text: { en, zh } }],
//   notEnoughData: [{ rule, kind, key, missing, have?, need? }] } as JSON.
// Records and history are snapshot records (lib/model, as an export or the extension stores them); settings are
// the options page's document (lib/settings/advice-settings.ts), any part of it: what it leaves out is the
// default. Each record is advised with the history readings of the same entity taken before it, as the
// extension does. Exit 2 with a one-line reason on bad input. This is how an operator checks a rule on their
// own numbers, and how the rules are tested from outside: keep the output stable.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { adviseRecords, HISTORY_POINTS, type NotEnoughData } from '../lib/advice';
import { adviceText } from '../lib/advice/text';
import { isHourRecord } from '../lib/daypart/records';
import { entityId, SnapshotRecord } from '../lib/model';
import { SettingsDoc } from '../lib/settings/advice-settings';

const USAGE =
  'usage: npm run advise -- FILE.json (with { "records": [...], "history": [...], "settings": {...} })';

function fail(reason: string): never {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

/** The options page's document, any part of it. */
const PartialSettings = z.object({
  version: z.optional(z.literal(1)),
  marketplaces: z.optional(SettingsDoc.shape.marketplaces),
  products: z.optional(SettingsDoc.shape.products),
});

const Input = z.object({
  records: z.array(SnapshotRecord),
  history: z.optional(z.array(SnapshotRecord)),
  settings: z.optional(PartialSettings),
});

/** `records.3.metrics.clicks: Invalid input: expected number, received string` for the first issue. */
function firstProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

const files = process.argv.slice(2);
if (files.length !== 1 || files[0]!.startsWith('--')) fail(USAGE);
const file = files[0]!;

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message.split('\n')[0]}`);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (err) {
  fail(`not JSON: ${file}: ${(err as Error).message.split('\n')[0]}`);
}
const parsed = Input.safeParse(json);
if (!parsed.success) fail(`schema error at ${firstProblem(parsed.error)}`);
const { records, history = [], settings } = parsed.data;

// The extension's page advice leaves a 分时 page's hour rows out (lib/db/page-advice.ts).
const readings = records.filter((r) => !isHourRecord(r));
const byEntity = new Map<string, SnapshotRecord[]>();
for (const h of [...history, ...records])
  byEntity.set(entityId(h), [...(byEntity.get(entityId(h)) ?? []), h]);
/** The entity's readings before this one, oldest first, at most HISTORY_POINTS, as lib/db/page-advice.ts reads them. */
const before = (r: SnapshotRecord) =>
  (byEntity.get(entityId(r)) ?? [])
    .filter((h) => h.capturedAt < r.capturedAt)
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .slice(-HISTORY_POINTS);

const doc = settings
  ? { version: 1 as const, marketplaces: settings.marketplaces ?? {}, products: settings.products ?? {} }
  : undefined;
const notEnoughData: NotEnoughData[] = [];
const advice = adviseRecords(readings, before, doc, notEnoughData);

const out = {
  advice: advice.map((a) => ({
    rule: a.rule,
    action: a.action,
    kind: a.ref.kind,
    marketplace: a.ref.marketplace,
    key: a.ref.key,
    severity: a.severity,
    numbers: a.used,
    thresholds: a.thresholds,
    ...(a.suggested ? { suggested: a.suggested } : {}),
    text: { en: adviceText(a, 'en'), zh: adviceText(a, 'zh') },
  })),
  notEnoughData: notEnoughData.map(({ rule, kind, marketplace, key, missing, have, need }) => ({
    rule,
    kind,
    marketplace,
    key,
    missing,
    ...(have !== undefined ? { have } : {}),
    ...(need !== undefined ? { need } : {}),
  })),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
