// The environment of a demo desk for a browser test. Under scripts/with-postgres.sh
// (RELAIS_TEST_POSTGRES names a throwaway PostgreSQL server), the desk gets a new database of
// its own there, so that the console is tested on both engines; otherwise its SQLite file.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export function deskEnv() {
  const server = process.env.RELAIS_TEST_POSTGRES;
  if (!server) return process.env;
  const name = `relais_browser_${randomBytes(8).toString('hex')}`;
  // The password goes to psql in its environment, never on a command line (`ps` shows those).
  const admin = new URL(server);
  const password = decodeURIComponent(admin.password);
  admin.password = '';
  execFileSync('psql', [admin.toString(), '-q', '-c', `CREATE DATABASE ${name}`], {
    stdio: 'inherit',
    env: { ...process.env, PGPASSWORD: password },
  });
  const url = server.replace(/\/[^/]*$/, `/${name}`);
  return { ...process.env, RELAIS_DESK_DATABASE: url };
}
