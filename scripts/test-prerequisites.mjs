#!/usr/bin/env node
// Runs before `npm test`: the Prometheus tests need a real server (`prometheus` and `promtool`, the
// Debian package `prometheus`). Installs it where the machine can (Debian or Ubuntu, as root or with
// sudo), and otherwise stops with the exact command to run, rather than a failing test.
import { spawnSync } from 'node:child_process';

function has(command) {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}
if (has('prometheus') && has('promtool')) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (process.platform === 'linux' && has('apt-get') && (root || sudo)) {
  const prefix = root ? [] : ['sudo', '-n'];
  console.error('Installing the Debian package "prometheus" (the Prometheus tests run a real server)…');
  const run = (args) => spawnSync(prefix[0] ?? args[0], prefix.length > 0 ? [...prefix.slice(1), ...args] : args.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const update = run(['apt-get', 'update', '-qq']);
  const install = update.status === 0 ? run(['apt-get', 'install', '-y', '-qq', 'prometheus']) : update;
  if (install.status === 0 && has('prometheus') && has('promtool')) process.exit(0);
}
console.error(
  'The Prometheus tests need the `prometheus` and `promtool` binaries, which are not installed.\n' +
    '  Debian/Ubuntu: sudo apt-get install -y prometheus\n' +
    '  macOS:         brew install prometheus\n' +
    '  elsewhere:     https://prometheus.io/download/ (put prometheus and promtool on PATH)',
);
process.exit(1);
