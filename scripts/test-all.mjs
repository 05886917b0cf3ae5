// `npm test`: typecheck, lint, unit tests, then the end-to-end tests in Chromium with the built extension.
import { spawnSync } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['build (chrome)', 'npx', ['wxt', 'build']],
  ['build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  results.push([name, r.status === 0]);
  if (r.status !== 0) {
    console.error(`\n${name} failed (exit ${r.status ?? r.signal}).`);
    break;
  }
}
const failed = results.filter(([, ok]) => !ok).length;
console.log(`\n${results.map(([n, ok]) => `${ok ? 'ok  ' : 'FAIL'} ${n}`).join('\n')}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
