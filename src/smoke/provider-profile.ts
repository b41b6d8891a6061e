import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type ExecutionProvider = 'cuda' | 'cpu';

export interface ProviderUsage {
  /** Distinct nodes per onnxruntime provider name, e.g. { CUDAExecutionProvider: 12, CPUExecutionProvider: 2 }. */
  nodesByProvider: Record<string, number>;
  /** 'cuda' when any node ran on the CUDA provider, else 'cpu'; undefined when the profile shows no nodes. */
  executionProvider: ExecutionProvider | undefined;
}

interface ProfileEvent {
  cat?: string;
  name?: string;
  args?: { provider?: string };
}

/**
 * Which execution provider actually ran the graph's nodes, from onnxruntime's profile (a Chrome
 * trace JSON written by `endProfiling()`): each kernel event of category "Node" names its provider.
 */
export function providersFromProfile(events: unknown): ProviderUsage {
  const nodes = new Map<string, Set<string>>();
  for (const event of Array.isArray(events) ? (events as ProfileEvent[]) : []) {
    const provider = event?.args?.provider;
    if (event?.cat !== 'Node' || typeof provider !== 'string') continue;
    if (!nodes.has(provider)) nodes.set(provider, new Set());
    nodes.get(provider)!.add(String(event.name));
  }
  const nodesByProvider = Object.fromEntries([...nodes].map(([provider, names]) => [provider, names.size]));
  const providers = Object.keys(nodesByProvider);
  const executionProvider = providers.length === 0 ? undefined : providers.some((p) => p.startsWith('CUDA')) ? 'cuda' : 'cpu';
  return { nodesByProvider, executionProvider };
}

/** Reads the one profile file onnxruntime wrote into `directory`. */
export async function readProfile(directory: string): Promise<unknown> {
  const files = (await readdir(directory)).filter((name) => name.endsWith('.json'));
  if (files.length === 0) return [];
  return JSON.parse(await readFile(join(directory, files[0]!), 'utf8')) as unknown;
}
