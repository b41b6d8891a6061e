// The records the fake GitHub keeps, shared by fake-github.ts and the JSON it answers with.
import type { FakeUser } from './fake-github-json.js';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeRun {
  id: number;
  workflowId: number;
  /** e.g. ".github/workflows/train.yml" */
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  conclusion: 'success' | 'failure' | null;
}

export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  expired: boolean;
  /** The job that uploaded it through the results service. */
  jobBackendId?: string;
  /** `size_in_bytes` to list instead of the zip's length: a huge artifact without holding it. */
  listedSizeBytes?: number;
  /** Serve this many filler bytes (streamed, with or without Content-Length) instead of the zip. */
  stream?: { bytes: number; contentLength: boolean };
  /** Bytes of the download the client took before it hung up (set for `stream`). */
  bytesSent?: number;
}

/** A job of a run attempt, as GET …/attempts/{n}/jobs lists it. */
export interface FakeJob {
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  startedAt: string;
  runnerName: string | null;
}
