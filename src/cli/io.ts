/** Where the CLI writes and what it reads from its environment; injectable so tests run it in-process. */
export interface TextSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: TextSink;
  stderr: TextSink;
  /** Directory that relative paths (inputs and outputs) are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** Whether to colour text written to `sink`: the user allows it, it is a terminal, and NO_COLOR is unset. */
export function useColor(sink: TextSink, allowed: boolean, env: CliIO['env']): boolean {
  if (!allowed || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return sink.isTTY === true;
}
