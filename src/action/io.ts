import type { Logger } from '../shared/logger.js';
import { actionWording } from './input-names.js';

/** Where in the workspace an annotation points: a path relative to the workspace, and a line. */
export interface AnnotationPlace {
  file: string;
  line?: number;
}

/** What the Action does with the runner: the parts of @actions/core it uses, so tests can record them. */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, title?: string, place?: AnnotationPlace): void;
  notice(message: string, title?: string): void;
  /** Append markdown to the job summary; a no-op where there is none (a local run). */
  appendSummary(markdown: string): Promise<void>;
  /** Keep a value for this step's post step, which reads it with `getState` ('' when not saved). */
  saveState(name: string, value: string): void;
  getState(name: string): string;
}

/** Annotations are capped by GitHub (10 warnings per step); the rest go to the log. */
const MAX_WARNING_ANNOTATIONS = 8;

/** Warning annotations made so far, per runner IO: the log's warnings and the report's share the cap. */
const annotationsMade = new WeakMap<ActionIO, number>();

/** A warning annotation while the cap allows (true), else nothing (false: the caller logs it plainly). */
export function annotateWarning(io: ActionIO, message: string, title?: string, place?: AnnotationPlace): boolean {
  const made = annotationsMade.get(io) ?? 0;
  if (made >= MAX_WARNING_ANNOTATIONS) return false;
  annotationsMade.set(io, made + 1);
  io.warning(message, title, place);
  return true;
}

/**
 * A Logger over the runner: warnings become annotations up to a cap, then plain log lines, worded
 * for the Action (its inputs, not the CLI's flags).
 */
export function loggerFor(io: ActionIO): Logger {
  return {
    debug: (message) => io.debug(message),
    info: (message) => io.info(message),
    warn: (message) => {
      const text = actionWording(message);
      if (!annotateWarning(io, text)) io.info(`warning: ${text}`);
    },
  };
}

/**
 * A Logger for a stage whose warnings the report lists (and the Action annotates once the report is
 * made): they reach the log at once as plain lines, not as annotations twice.
 */
export function plainWarnings(log: Logger, io: ActionIO): Logger {
  return { debug: (message) => log.debug(message), info: (message) => log.info(message), warn: (message) => io.info(`warning: ${actionWording(message)}`) };
}

/** The IOs whose job summary has failed once, so that the warning is given once per run. */
const warnedSummaries = new WeakSet<ActionIO>();

/**
 * Append to the job summary; a failure (a full or unwritable GITHUB_STEP_SUMMARY) is a warning, not
 * the end of the run: the outputs, the artifact, the comment and the check do not depend on it.
 */
export async function appendSummaryOrWarn(io: ActionIO, log: Logger, markdown: string): Promise<void> {
  try {
    await io.appendSummary(markdown);
  } catch (error) {
    if (warnedSummaries.has(io)) return;
    warnedSummaries.add(io);
    log.warn(`could not write the job summary (${describeWriteError(error)}); the outputs, the report artifact, the PR comment and the check do not depend on it`);
  }
}

/** A file-system error in a line: its code and the first line of its message. */
export function describeWriteError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !message.startsWith(code) ? `${code}: ${message}` : message;
}
