import type { Messages } from '../types';

// Team sync (issue 17): the status line's words for what went wrong (lib/sync/couch.ts SyncErrorKind).

export const enTeam = {
  teamError_unauthorized: 'Wrong user name or password: the CouchDB server refused them (401).',
  teamError_forbidden: 'This account may read the team database but not write to it (403).',
  teamError_missing: 'The team database does not exist on this server (404): check its name.',
  teamError_offline: 'The server cannot be reached: changes wait here and go when it is back.',
  teamError_server: 'The server answered with an error: changes wait here and are sent again.',
  teamReadOnly: 'Read-only member: you see the team’s data; your changes stay in this browser.',
} satisfies Messages;
