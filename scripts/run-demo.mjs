// `npm run demo` entry: install packages if needed, then run the demo (TypeScript, through tsx).
import { spawnSync } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const r = spawnSync('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
