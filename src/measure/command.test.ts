import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { runCommand, terminalSentToChild } from './command.js';

/** A command that notes each SIGINT in a file and ends 300 ms after the first; a SIGTERM ends it at once. */
const NOTING = `const fs = require('node:fs'); process.on('SIGINT', () => { fs.appendFileSync(process.argv[1], 'INT\\n'); setTimeout(() => process.exit(0), 300); }); setInterval(() => {}, 1000); fs.writeFileSync(process.argv[1] + '.ready', '');`;

async function run(fromTerminal: boolean, signals: NodeJS.Signals[]) {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-signals-'));
  const notes = join(dir, 'notes');
  writeFileSync(notes, '');
  const emitter = new EventEmitter();
  const done = runCommand([process.execPath, '-e', NOTING, notes], { cwd: dir, env: process.env, signals: emitter as unknown as NodeJS.Process, fromTerminal: () => fromTerminal });
  // Wait until the command listens for SIGINT, then send the signals as the OS would send them to carbon-ci.
  for (let i = 0; i < 100 && !existsSync(`${notes}.ready`); i++) await new Promise((r) => setTimeout(r, 50));
  for (const signal of signals) emitter.emit(signal, signal);
  return { result: await done, notes: readFileSync(notes, 'utf8') };
}

describe('runCommand signals', () => {
  it('forwards a SIGINT that did not come from the terminal', async () => {
    const { result, notes } = await run(false, ['SIGINT']);
    expect(notes).toBe('INT\n');
    expect(result.exitCode).toBe(0);
  });

  it('does not send a second SIGINT where the terminal sent it to the command already; SIGTERM still goes', async () => {
    const { result, notes } = await run(true, ['SIGINT', 'SIGTERM']);
    expect(notes).toBe('');
    expect(result).toMatchObject({ signal: 'SIGTERM', exitCode: 143 });
  });

  it('tells that a SIGINT did not reach a command in another process group, terminal or not', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { detached: true, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 100));
    try {
      expect(terminalSentToChild(child.pid!)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
