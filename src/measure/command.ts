import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

/** The signals passed on to the command: a CI runner's cancel, a Ctrl-C, a `kill`, a closed terminal or ssh session. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** What a terminal sends its whole foreground process group, the command included: not sent a second time. */
const FROM_TERMINAL: ReadonlySet<NodeJS.Signals> = new Set(['SIGINT', 'SIGHUP']);
/** What shells answer for a command that is not found, or found but not executable. */
export const EXIT_NOT_FOUND = 127;
export const EXIT_NOT_EXECUTABLE = 126;
export const SIGNAL_EXIT_BASE = 128;

export interface CommandResult {
  /** The command's exit status; 128 + the signal's number when a signal ended it, as shells say. */
  exitCode: number;
  signal?: NodeJS.Signals;
  /** Why it could not be started, when it could not. */
  error?: string;
}

export interface CommandOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Where to listen for the signals to forward (the process; tests pass their own emitter). */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
  /** Send the command's standard output to this process's standard error (when stdout is kept for the report). */
  stdoutToStderr?: boolean;
  /** Told the child's pid once it runs. */
  onStart?: (pid: number) => void;
  /** Whether a SIGINT now reached the child already (a terminal's Ctrl-C); tests stand in for /proc. */
  fromTerminal?: (childPid: number) => boolean;
}

/** A process's group, terminal and the terminal's foreground group, from /proc/<pid>/stat (Linux); undefined elsewhere. */
function groupsOf(pid: number | 'self'): { pgrp: number; ttyNr: number; tpgid: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state, ppid, pgrp, session, tty_nr, tpgid (proc(5)); comm may hold spaces and parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pgrp: Number(fields[2]), ttyNr: Number(fields[4]), tpgid: Number(fields[5]) };
  } catch {
    return undefined;
  }
}

/**
 * Whether a SIGINT that carbon-ci gets now reached the child too: a terminal's Ctrl-C goes to its whole
 * foreground process group, and the child runs in ours. True when we run in the foreground group of a
 * terminal and the child is in our group; false where /proc cannot tell (then the signal is forwarded).
 * Node does not say who sent a signal, so a `kill -INT` aimed at carbon-ci alone from another shell is
 * taken for a Ctrl-C there: SIGTERM is always forwarded.
 */
export function terminalSentToChild(childPid: number): boolean {
  const own = groupsOf('self');
  const child = groupsOf(childPid);
  return own !== undefined && child !== undefined && own.ttyNr !== 0 && own.tpgid === own.pgrp && child.pgrp === own.pgrp;
}

/** Runs `argv` with this process's stdio, passing SIGTERM (and SIGINT and SIGHUP, unless a terminal sent them to both) on to it, until it ends. */
export function runCommand(argv: string[], options: CommandOptions): Promise<CommandResult> {
  const [file, ...args] = argv;
  if (file === undefined) return Promise.resolve({ exitCode: EXIT_NOT_FOUND, error: 'no command given' });
  const signals = options.signals ?? process;
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: options.stdoutToStderr ? ['inherit', 2, 'inherit'] : 'inherit' });
    const fromTerminal = options.fromTerminal ?? terminalSentToChild;
    const forward = (signal: NodeJS.Signals) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // A Ctrl-C (or a hang-up) reached the child already: a second one would cut short its own clean-up (a checkpoint, a KeyboardInterrupt handler).
      if (FROM_TERMINAL.has(signal) && child.pid !== undefined && fromTerminal(child.pid)) return;
      child.kill(signal);
    };
    // While the command runs, a signal to carbon-ci goes to the command, whose end then ends the run with a report.
    for (const signal of FORWARDED_SIGNALS) signals.on(signal, forward);
    const done = (result: CommandResult) => {
      for (const signal of FORWARDED_SIGNALS) signals.off(signal, forward);
      resolve(result);
    };
    if (child.pid !== undefined) options.onStart?.(child.pid);
    child.once('error', (error: NodeJS.ErrnoException) => {
      const exitCode = error.code === 'ENOENT' ? EXIT_NOT_FOUND : EXIT_NOT_EXECUTABLE;
      done({ exitCode, error: `cannot run ${file}: ${error.code === 'ENOENT' ? 'not found' : error.message}` });
    });
    child.once('exit', (code, signal) => {
      if (signal !== null) done({ exitCode: SIGNAL_EXIT_BASE + (constants.signals[signal] ?? 0), signal });
      else done({ exitCode: code ?? 0 });
    });
  });
}
