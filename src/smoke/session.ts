import type { InferenceSession } from 'onnxruntime-node';
import type { OrtRuntime } from './runtime-loader.js';
import type { SmokeDevice } from './types.js';

export type OpenResult =
  | { ok: true; session: InferenceSession; providers: string[]; loadMs: number; fallbackReason?: string }
  | { ok: false; reason: string };

const CUDA_HINT =
  'the CUDA execution provider needs onnxruntime-node installed with ONNXRUNTIME_NODE_INSTALL=cuda12 on linux x64, CUDA 12 and cuDNN 9 libraries, and an NVIDIA GPU (see docs/smoke-test.md)';

/**
 * Creates the session for the requested device. onnxruntime-node does not fall back by itself:
 * with ['cuda', 'cpu'] creation fails outright when the CUDA provider cannot load. So `auto` tries
 * CUDA, catches, and retries on CPU, keeping the reason; `cuda` fails with the reason.
 * Profiling is on so that the first run records which provider ran each node.
 */
export async function openSession(ort: OrtRuntime, modelPath: string, device: SmokeDevice, profilePrefix: string): Promise<OpenResult> {
  const attempt = async (providers: string[]) => {
    const started = performance.now();
    const session = await ort.InferenceSession.create(modelPath, {
      executionProviders: providers,
      enableProfiling: true,
      profileFilePrefix: profilePrefix,
      logSeverityLevel: 3,
    });
    return { session, loadMs: performance.now() - started };
  };

  if (device === 'cpu') {
    try {
      return { ok: true, ...(await attempt(['cpu'])), providers: ['cpu'] };
    } catch (error) {
      return { ok: false, reason: `onnxruntime could not load the model: ${firstLine(error)}` };
    }
  }

  let cudaFailure: string;
  try {
    return { ok: true, ...(await attempt(['cuda', 'cpu'])), providers: ['cuda', 'cpu'] };
  } catch (error) {
    cudaFailure = firstLine(error);
  }
  if (device === 'cuda') {
    return { ok: false, reason: `device "cuda" was requested but the CUDA execution provider is unavailable: ${cudaFailure}; ${CUDA_HINT}` };
  }
  try {
    const opened = await attempt(['cpu']);
    return { ok: true, ...opened, providers: ['cpu'], fallbackReason: `CUDA execution provider unavailable (${cudaFailure}); ran on CPU` };
  } catch (error) {
    return { ok: false, reason: `onnxruntime could not load the model: ${firstLine(error)}` };
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
