// What a rendering says about which run and which devices it reflects. The run's fields come from
// the report (a fork's artifact may carry any text): a link is built only from fields that match
// GitHub's own shapes, and anything else is shown as escaped plain text.
import type { ReportDevice, RunIdentity } from '../report/types.js';
import { escapeMarkdown } from './escape.js';

const DEFAULT_SERVER = 'https://github.com';
/** A host name (or IP) and optional port as a link may carry them: letters, digits, dots, hyphens; IPv6 in brackets. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d+)?$/;

/** The web address links are built on: the report's when it is a bare http(s) origin (GitHub Enterprise Server), else github.com. */
function serverOf(serverUrl: string | undefined): string {
  if (typeof serverUrl !== 'string' || serverUrl === '') return DEFAULT_SERVER;
  try {
    const url = new URL(serverUrl);
    // The host too: WHATWG URLs allow `)`, `*` or a backtick in a host name, which would end or break the Markdown link.
    const bare =
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      !url.username &&
      !url.password &&
      url.pathname === '/' &&
      url.search === '' &&
      url.hash === '' &&
      HOST.test(url.host);
    return bare ? url.origin : DEFAULT_SERVER;
  } catch {
    return DEFAULT_SERVER;
  }
}
/** owner/name as GitHub allows them: letters, digits, `-`, `_` and `.`, but no `.` or `..` alone. */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
const COMMIT = /^[0-9a-f]{40}$/i;

function validRepository(repository: string | undefined): repository is string {
  return typeof repository === 'string' && REPOSITORY.test(repository);
}

function validRunNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
}

/**
 * "commit [abc1234](…/commit/…) · run [8001](…/actions/runs/8001)" for the run a report reflects, or ''
 * when the report names neither. Markdown, safe to put inline.
 */
export function runLineMarkdown(run: RunIdentity | undefined): string {
  if (!run) return '';
  const GITHUB = serverOf(run.serverUrl);
  const repoOk = validRepository(run.repository);
  const parts: string[] = [];
  if (run.commit !== undefined && run.commit !== '') {
    const commit = String(run.commit);
    parts.push(
      COMMIT.test(commit) && repoOk
        ? `commit [${commit.slice(0, 7)}](${GITHUB}/${run.repository}/commit/${commit.toLowerCase()})`
        : `commit ${escapeMarkdown(COMMIT.test(commit) ? commit.slice(0, 7) : commit)}`,
    );
  }
  if (run.runId !== undefined) {
    const attempt = validRunNumber(run.runAttempt) && run.runAttempt > 1 ? run.runAttempt : undefined;
    const label = `${escapeMarkdown(String(run.runId))}${attempt ? ` (attempt ${attempt})` : ''}`;
    parts.push(
      validRunNumber(run.runId) && repoOk
        ? `run [${label}](${GITHUB}/${run.repository}/actions/runs/${run.runId}${attempt ? `/attempts/${attempt}` : ''})`
        : `run ${label}`,
    );
  }
  if (parts.length === 0) return '';
  const where = run.repository !== undefined && run.repository !== '' ? ` in ${escapeMarkdown(String(run.repository))}` : '';
  return `For ${parts.join(' · ')}${where}.`;
}

/** A GPU UUID (as nvidia-smi and DCGM print them), with the prefix it carries. */
const UUID = /\b((?:GPU|MIG)-)?([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8}([0-9a-f]{4})\b/gi;

/** An id with its UUIDs cut to their first 8 and last 4 hex digits: "GPU-1b2c3d4e…0001". */
export function shortDeviceId(id: string): string {
  return String(id).replace(UUID, (_m, prefix: string | undefined, head: string, tail: string) => `${prefix ?? ''}${head}…${tail}`);
}

/**
 * The ids a device table shows: short where shortening changed the id and keeps every id distinct,
 * in full otherwise. `full` lists the short ids with the ids they stand for.
 */
export function deviceLabels(devices: ReportDevice[]): { label: (d: ReportDevice) => string; full: [string, string][] } {
  const short = new Map(devices.map((d) => [d.id, shortDeviceId(d.id)]));
  const distinct = new Set(short.values()).size === new Set(devices.map((d) => d.id)).size;
  if (!distinct) return { label: (d) => d.id, full: [] };
  const full = devices.filter((d) => short.get(d.id) !== d.id).map((d): [string, string] => [short.get(d.id)!, d.id]);
  return { label: (d) => short.get(d.id) ?? d.id, full };
}
