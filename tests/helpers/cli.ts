import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** A script as `npx tsx scripts/<name>.ts` runs it (tsx loaded into node directly: npx adds a second process). */
export const runScript = (script: string, args: string[]) =>
  new Promise<Ran>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
