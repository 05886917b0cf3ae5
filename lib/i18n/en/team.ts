import type { Fmt } from '../fmt';
import type { Messages } from '../types';

// Team sync (issue 17): Settings -> Team, and the status line's words for what went wrong
// (lib/sync/couch.ts SyncErrorKind).

type N = { n: number };

export const enTeam = {
  teamError_unauthorized: 'Wrong user name or password: the CouchDB server refused them (401).',
  teamError_forbidden: 'This account may read the team database but not write to it (403).',
  teamError_missing: 'The team database does not exist on this server (404): check its name.',
  teamError_offline: 'The server cannot be reached: changes wait here and go when it is back.',
  teamError_server: 'The server answered with an error: changes wait here and are sent again.',
  teamError_permission:
    'The browser has not allowed OpsLens to reach this server: click Connect and allow it when asked.',
  teamReadOnly: 'Read-only member: you see the team’s data; your changes stay in this browser.',
  teamTitle: 'Team',
  teamIntro:
    'Share the watchlist, settings, dismissed advice and experiments with your team through a CouchDB database your team runs. Off until you connect; only the server you name here can be reached.',
  teamUrl: 'CouchDB server address',
  teamUrlHint: 'For example https://couch.example.com:6984',
  teamDb: 'Database',
  teamUser: 'User name',
  teamPassword: 'Password',
  teamPasswordNote:
    'Kept in this browser’s extension storage only: never in exports, backups or diagnostics.',
  teamSnapshots: 'Share readings too',
  teamConnect: 'Connect',
  teamReconnect: 'Save and connect again',
  teamDisconnect: 'Disconnect',
  teamSyncNow: 'Sync now',
  teamWorking: 'Working…',
  teamOff: 'Not connected: nothing is shared.',
  teamConnectedAs: ({ user, db, host }: { user: string; db: string; host: string }) =>
    `Connected as ${user} to ${db} on ${host}.`,
  teamLastSync: ({ when }: { when: string }) => `Last sync: ${when}.`,
  teamNeverSynced: 'Not synced yet.',
  teamPending: ({ n }: N, f: Fmt) =>
    n === 0
      ? 'No changes waiting.'
      : f.plural(n, { one: '# change waiting to be sent.', other: '# changes waiting to be sent.' }),
  teamBadUrl: 'Enter an http:// or https:// address without a user name, password or query.',
  teamBadDb:
    'A CouchDB database name starts with a lowercase letter and has only lowercase letters, digits and _$()+-/.',
  teamNeedUser: 'Enter the CouchDB user name.',
  teamNeedPassword: 'Enter the password.',
  teamPlainHttp: 'This address is not https: the password would travel unencrypted beyond this computer.',
  teamDenied: 'Access to the server was not allowed: nothing was saved or sent.',
  teamFailed: ({ error }: { error: string }) => `It did not work: ${error}`,
} satisfies Messages;
