const INPUT_ERROR = Symbol.for('carbon-ci.InputError');

/**
 * The user's input is wrong: a file, a flag or an option. The message says where and how to fix it.
 * Recognised across copies of the SDK by a global symbol, not by `instanceof`.
 */
export class InputError extends Error {
  readonly [INPUT_ERROR] = true;
  override readonly name = 'InputError';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(message: string, where: { file?: string; line?: number; hint?: string } = {}) {
    super(formatInputError(message, where));
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }
}

/** What separates an InputError's message from its fix (`hint`). */
const FIX_MARK = '\n  fix: ';

function formatInputError(message: string, where: { file?: string; line?: number; hint?: string }): string {
  const place = where.file ? `${where.file}${where.line !== undefined ? `:${where.line}` : ''}: ` : '';
  return `${place}${message}${where.hint ? `${FIX_MARK}${where.hint}` : ''}`;
}

/** The error's place and message without its fix line, for text that states the fix its own way. */
export function withoutFix(error: InputError): string {
  return error.message.split(FIX_MARK)[0]!;
}

export function isInputError(error: unknown): error is InputError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[INPUT_ERROR] === true;
}
