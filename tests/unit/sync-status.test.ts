import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { zh } from '../../lib/i18n/zh';
import { syncProblem } from '../../lib/sync/status';

describe('the sync status line in words', () => {
  it('names each failure the server can give, in English and Chinese', () => {
    const words = (lastError: Parameters<typeof syncProblem>[0]['lastError']) => {
      const key = syncProblem({ lastError })!;
      return [en[key], zh[key]];
    };
    expect(words('unauthorized')).toStrictEqual([
      'Wrong user name or password: the CouchDB server refused them (401).',
      '用户名或密码错误：CouchDB 服务器拒绝登录（401）。',
    ]);
    expect(words('missing')[0]).toContain('does not exist');
    expect(words('forbidden')[0]).toContain('not write');
    expect(words('offline')[1]).toContain('无法连接服务器');
    expect(
      new Set(
        ['unauthorized', 'forbidden', 'missing', 'offline', 'server'].map((k) => words(k as 'server')[0]),
      ).size,
    ).toBe(5);
  });
  it('says a reader cannot write, and nothing when the last round went well', () => {
    expect(syncProblem({ readOnly: true })).toBe('teamReadOnly');
    expect(syncProblem({ lastSyncAt: '2026-12-03T10:00:00.000Z', readOnly: false })).toBeUndefined();
    // An error is said before read-only: it is what stopped the last round.
    expect(syncProblem({ readOnly: true, lastError: 'offline' })).toBe('teamError_offline');
  });
});
