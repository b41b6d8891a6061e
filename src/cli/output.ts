import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTerminal } from '../render/terminal.js';
import type { Report } from '../report/types.js';
import { updateModelCard, type Co2EqEmissions } from '../model-card/index.js';
import { writeFileAtomic } from '../shared/atomic-write.js';
import { InputError } from '../shared/errors.js';
import { useColor, type CliIO } from './io.js';

/** The output flags, named as commander names them: a command passes its parsed flags as they are. */
export interface OutputOptions {
  /** A path, or "-" for standard output. */
  json?: string;
  markdown?: string;
  color: boolean;
  /** A Hugging Face model card to write the CO2e into (co2_eq_emissions), and its training type. */
  modelCard?: string;
  trainingType?: Co2EqEmissions['training_type'];
}

/**
 * Write the report where the flags say. "-" sends that format, and nothing else, to stdout; the
 * terminal summary then goes to stderr. Otherwise the summary goes to stdout and files are written.
 */
export async function writeOutputs(report: Report, options: OutputOptions, io: CliIO): Promise<void> {
  if (options.json === '-' && options.markdown === '-') {
    throw new InputError('--json - and --markdown - both ask for standard output', { hint: 'send one of them to a file' });
  }
  const toStdout = options.json === '-' ? 'json' : options.markdown === '-' ? 'markdown' : 'terminal';
  const summarySink = toStdout === 'terminal' ? io.stdout : io.stderr;
  const notes: string[] = [];

  if (options.json !== undefined && options.json !== '-') {
    notes.push(`JSON report written to ${await writeText(io, options.json, renderJson(report), '--json')}`);
  }
  if (options.markdown !== undefined && options.markdown !== '-') {
    notes.push(`Markdown report written to ${await writeText(io, options.markdown, renderMarkdown(report), '--markdown')}`);
  }

  if (options.modelCard !== undefined) {
    if (options.modelCard.trim() === '') throw new InputError('--model-card needs a path', { hint: 'e.g. --model-card model/README.md' });
    await updateModelCard(resolve(io.cwd, options.modelCard), report, options.trainingType);
    notes.push(`Model card updated: ${options.modelCard} (co2_eq_emissions)`);
  }

  summarySink.write(renderTerminal(report, { color: useColor(summarySink, options.color, io.env) }));
  if (toStdout === 'json') io.stdout.write(renderJson(report));
  if (toStdout === 'markdown') io.stdout.write(renderMarkdown(report));
  for (const note of notes) io.stderr.write(`${note}\n`);
}

async function writeText(io: CliIO, path: string, text: string, flag: string): Promise<string> {
  if (path.trim() === '') throw new InputError(`${flag} needs a path`, { hint: `e.g. ${flag} out/report` });
  const absolute = resolve(io.cwd, path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    // Atomic: a failure half-way (a kill, a full disk) keeps the previous report instead of a truncated one.
    await writeFileAtomic(absolute, text);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new InputError(`cannot write ${flag} output (${code})`, {
      file: path,
      hint: 'choose a path in a writable directory, or "-" for standard output',
    });
  }
  return path;
}
