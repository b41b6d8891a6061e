// A loopback HTTP server that speaks the part of GitHub's REST API carbon-ci uses, plus the Actions
// results service (artifact upload). Every REST request is checked against GitHub's OpenAPI
// description; every answer starts from the description's own examples; everything is recorded.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MemoryFile } from '../../src/publish/zip.js';
import { createZip } from './zip-writer.js';
import { artifactJson, BOT, commentJson, HUMAN, jobJson, readBody, runJson, streamFiller, userJson, type FakeUser } from './fake-github-json.js';
import type { FakeArtifact, FakeComment, FakeJob, FakeRun } from './fake-github-types.js';
import { example, findOperation, requestViolations, responseViolations } from './openapi.js';

export const TOKEN = 'ghs_fakeTokenForTests0123456789';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId?: string;
  status: number;
  authorization?: string;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

export { BOT, HUMAN, OWNER, REPO, type FakeUser } from './fake-github-json.js';

export type { FakeArtifact, FakeComment, FakeJob, FakeRun } from './fake-github-types.js';

interface PendingUpload {
  name: string;
  runId: number;
  jobBackendId: string;
  key: string;
  /** Blocks staged by Azure's Put Block, by block id, until Put Block List commits them. */
  blocks: Map<string, Buffer>;
  data?: Buffer;
}

export class FakeGitHub {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: FakeComment[] = [];
  readonly checkRuns: Record<string, unknown>[] = [];
  readonly statuses: (Record<string, unknown> & { sha: string })[] = [];
  readonly runs: FakeRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  readonly pulls = new Map<number, { headSha: string; baseRef: string }>();
  /** The jobs of each run attempt (`${runId}/${attempt}`), as GET …/attempts/{n}/jobs lists them. */
  readonly jobs = new Map<string, FakeJob[]>();
  /** Who the token is: the author of the comments it creates (github-actions[bot] for the GITHUB_TOKEN). */
  tokenUser: FakeUser = BOT;
  /** Called before a comment is created: lets a test play the other job of a race. */
  beforeCreateComment: ((issue: number) => void) | undefined;
  private readonly faults: Fault[] = [];
  private readonly runtimeRuns = new Map<string, number>();
  private readonly uploads = new Map<string, PendingUpload>();
  private nextId = 1000;
  private clockMs = Date.parse('2026-03-01T12:00:00Z');
  private server: Server | undefined;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`fake server crashed: ${(error as Error).stack}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  fault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** A runtime token (ACTIONS_RUNTIME_TOKEN) whose artifacts land in run `runId`. */
  runtimeToken(runId: number): string {
    const runBackendId = `b${runId}-0000-4000-8000-000000000000`;
    this.runtimeRuns.set(runBackendId, runId);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:job-${runId}` })}.signature`;
  }

  addComment(issue: number, body: string, user: FakeUser = HUMAN): FakeComment {
    const comment = { id: this.id(), issue, body, user, createdAt: this.tick(), updatedAt: '' };
    comment.updatedAt = comment.createdAt;
    this.comments.push(comment);
    return comment;
  }

  addRun(run: Partial<FakeRun> & Pick<FakeRun, 'id' | 'headSha'>): FakeRun {
    const full: FakeRun = { workflowId: 161335, path: '.github/workflows/train.yml', headBranch: 'master', event: 'push', conclusion: 'success', ...run };
    this.runs.push(full);
    return full;
  }

  addArtifact(runId: number, name: string, files: MemoryFile[], expired = false): FakeArtifact {
    const artifact = { id: this.id(), name, runId, zip: createZip(files), expired };
    this.artifacts.push(artifact);
    return artifact;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }

  requestsFor(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private id(): number {
    return this.nextId++;
  }

  private tick(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString().replace('.000Z', 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 };
    if (req.headers.authorization) record.authorization = req.headers.authorization;
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const payload = body === undefined ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const type = body === undefined ? {} : Buffer.isBuffer(body) ? { 'content-type': 'application/zip' } : { 'content-type': 'application/json; charset=utf-8' };
      res.writeHead(status, { 'x-github-request-id': `FAKE:${this.requests.length}`, ...type, ...headers }).end(payload);
    };

    if (url.pathname.startsWith('/twirp/')) return this.twirp(url.pathname, raw, req, send, record);
    if (url.pathname.startsWith('/blob/')) return this.blob(method, url.pathname, raw, req, send, res);

    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw.toString('utf8'));
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    const found = findOperation(method, url.pathname);
    if (!found) {
      this.violations.push(`${method} ${url.pathname}: no such operation in the OpenAPI subset`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    record.operationId = found.op.id;
    this.violations.push(...requestViolations(found.op, found.params, url.searchParams, record.body));
    if (req.headers.authorization !== `token ${TOKEN}`) this.violations.push(`${method} ${url.pathname}: authorization header is ${req.headers.authorization}`);

    const fault = this.faults.find((f) => (f.times ?? 1) > 0 && (!f.method || f.method === method) && f.path.test(url.pathname));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    }
    const [status, body, headers] = this.answer(found.op.id, found.params, url, record.body as Record<string, unknown> | undefined);
    if (status === 404 || status === 422) return send(status, body, headers);
    if (body !== undefined && !Buffer.isBuffer(body)) this.violations.push(...responseViolations(found.op, status, body));
    send(status, body, headers);
  }

  private answer(operationId: string, params: Record<string, string>, url: URL, body: Record<string, unknown> | undefined): [number, unknown, Record<string, string>?] {
    const notFound: [number, unknown] = [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }];
    switch (operationId) {
      case 'issues/list-comments': {
        const all = this.commentsOn(Number(params.issue_number));
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => commentJson(this.url, c));
        const link = (p: number, rel: string) => `<${this.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [...(page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
        return [200, items, links.length ? { link: links.join(', ') } : {}];
      }
      case 'issues/create-comment': {
        const issue = Number(params.issue_number);
        this.beforeCreateComment?.(issue);
        const comment = this.addComment(issue, String(body?.body), this.tokenUser);
        return [201, commentJson(this.url, comment), { location: `${this.url}/repos/${params.owner}/${params.repo}/issues/comments/${comment.id}` }];
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return notFound;
        comment.body = String(body?.body);
        comment.updatedAt = this.tick();
        return [200, commentJson(this.url, comment)];
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id));
        if (index < 0) return notFound;
        this.comments.splice(index, 1);
        return [204, undefined];
      }
      case 'checks/create': {
        const id = this.id();
        const run = { ...example('check-run-example-of-completed-conclusion'), ...body, id, node_id: `CR_${id}` };
        Object.assign(run, {
          url: `${this.url}/repos/${params.owner}/${params.repo}/check-runs/${id}`,
          html_url: `https://github.com/${params.owner}/${params.repo}/runs/${id}`,
          started_at: this.tick(),
          completed_at: (body?.completed_at as string | undefined) ?? this.tick(),
          output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${this.url}/repos/${params.owner}/${params.repo}/check-runs/${id}/annotations`, ...(body?.output as object) },
        });
        this.checkRuns.push(run);
        return [201, run];
      }
      case 'repos/create-commit-status': {
        const id = this.id();
        const status = {
          ...example('status'),
          id,
          node_id: `SC_${id}`,
          state: body?.state,
          description: body?.description ?? null,
          target_url: body?.target_url ?? null,
          context: body?.context ?? 'default',
          url: `${this.url}/repos/${params.owner}/${params.repo}/statuses/${params.sha}`,
          created_at: this.tick(),
          updated_at: this.tick(),
        };
        this.statuses.push({ ...status, sha: String(params.sha) });
        return [201, status];
      }
      case 'pulls/get': {
        const pr = this.pulls.get(Number(params.pull_number));
        if (!pr) return notFound;
        const data = example<Record<string, Record<string, unknown>>>('pull-request');
        data.number = Number(params.pull_number) as never;
        data.head!.sha = pr.headSha;
        data.base!.ref = pr.baseRef;
        // The description's own example lists a team without the `type` its schema requires.
        data.requested_teams = [] as never;
        return [200, data];
      }
      case 'actions/get-workflow-run': {
        const run = this.runs.find((r) => r.id === Number(params.run_id));
        return run ? [200, runJson(this.url, run)] : notFound;
      }
      case 'actions/list-workflow-runs': {
        const workflow = params.workflow_id!;
        const branch = url.searchParams.get('branch');
        const status = url.searchParams.get('status');
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const runs = this.runs
          .filter((r) => String(r.workflowId) === workflow || r.path.endsWith(`/${workflow}`))
          .filter((r) => !branch || r.headBranch === branch)
          .filter((r) => !status || r.conclusion === status)
          .sort((a, b) => b.id - a.id);
        return [200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map((r) => runJson(this.url, r)) }];
      }
      case 'actions/list-workflow-run-artifacts': {
        const name = url.searchParams.get('name');
        const list = this.artifacts.filter((a) => a.runId === Number(params.run_id) && (!name || a.name === name));
        return [200, { total_count: list.length, artifacts: list.map((a) => artifactJson(this.url, this.runs, a)) }];
      }
      case 'actions/download-artifact': {
        const artifact = this.artifacts.find((a) => a.id === Number(params.artifact_id));
        if (!artifact) return notFound;
        if (artifact.expired) return [410, { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest' }];
        return [302, undefined, { location: `${this.url}/blob/download/${artifact.id}?sig=fake` }];
      }
      case 'actions/list-jobs-for-workflow-run-attempt': {
        const jobs = this.jobs.get(`${params.run_id}/${params.attempt_number}`);
        if (!jobs) return notFound;
        return [200, { total_count: jobs.length, jobs: jobs.map((job, i) => jobJson(job, 5000 + i, Number(params.run_id), Number(params.attempt_number))) }];
      }
      case 'users/get-authenticated': {
        // GET /user answers a personal token with its user, and any installation token (GITHUB_TOKEN) with 403.
        if (this.tokenUser.type !== 'User') {
          return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' }];
        }
        const user = userJson(this.url, this.tokenUser);
        return [200, { ...example<Record<string, unknown>>('private-user-response-with-public-profile-information'), ...user }];
      }
      default:
        return notFound;
    }
  }

  private async twirp(
    path: string,
    raw: Buffer,
    req: IncomingMessage,
    send: (status: number, body?: unknown) => void,
    record: RecordedRequest,
  ): Promise<void> {
    const method = path.split('/').pop();
    record.operationId = `twirp/${method}`;
    const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
    record.body = body;
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const scope = token ? JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).scp as string : '';
    const runBackendId = scope.split(' ').find((s) => s.startsWith('Actions.Results:'))?.split(':')[1] ?? '';
    const runId = this.runtimeRuns.get(runBackendId);
    if (!path.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) this.violations.push(`twirp: unknown service ${path}`);
    if (req.headers['content-type'] !== 'application/json') this.violations.push(`twirp ${method}: content-type ${req.headers['content-type']}`);
    if (runId === undefined || body.workflow_run_backend_id !== runBackendId || typeof body.workflow_job_run_backend_id !== 'string') {
      this.violations.push(`twirp ${method}: backend ids ${JSON.stringify(body)} do not match the token`);
      return send(401, { code: 'unauthenticated', msg: 'bad token' });
    }
    const fault = this.faults.find((f) => (f.times ?? 1) > 0 && f.path.test(path));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return send(fault.status, fault.body ?? { code: 'internal', msg: 'fault' });
    }
    if (method === 'CreateArtifact') {
      if (typeof body.version !== 'number' || typeof body.name !== 'string') this.violations.push(`twirp CreateArtifact: bad body ${JSON.stringify(body)}`);
      if (this.artifacts.some((a) => a.runId === runId && a.name === body.name)) {
        return send(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
      }
      const key = `k${this.id()}`;
      this.uploads.set(key, { name: String(body.name), runId, jobBackendId: String(body.workflow_job_run_backend_id), key, blocks: new Map() });
      return send(200, { ok: true, signed_upload_url: `${this.url}/blob/upload/${key}?sv=2023&sig=fake` });
    }
    if (method === 'FinalizeArtifact') {
      const upload = [...this.uploads.values()].find((u) => u.name === body.name && u.runId === runId && u.data);
      if (!upload?.data) {
        this.violations.push(`twirp FinalizeArtifact: nothing uploaded for ${String(body.name)}`);
        return send(404, { code: 'not_found', msg: 'no upload' });
      }
      const hash = `sha256:${createHash('sha256').update(upload.data).digest('hex')}`;
      if (body.size !== String(upload.data.length) || body.hash !== hash) this.violations.push(`twirp FinalizeArtifact: size/hash ${body.size}/${String(body.hash)} do not match the upload`);
      this.uploads.delete(upload.key);
      const artifact = { id: this.id(), name: upload.name, runId, zip: upload.data, expired: false, jobBackendId: upload.jobBackendId };
      this.artifacts.push(artifact);
      return send(200, { ok: true, artifact_id: String(artifact.id) });
    }
    if (method === 'ListArtifacts') {
      const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
      const listed = this.artifacts.filter((a) => a.runId === runId && (nameFilter === undefined || a.name === nameFilter));
      return send(200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: runBackendId,
          workflow_job_run_backend_id: a.jobBackendId ?? String(body.workflow_job_run_backend_id),
          database_id: String(a.id),
          name: a.name,
          size: String(a.zip.length),
        })),
      });
    }
    if (method === 'DeleteArtifact') {
      const index = this.artifacts.findIndex((a) => a.runId === runId && a.name === body.name);
      if (index < 0) return send(404, { code: 'not_found', msg: 'no such artifact' });
      const [deleted] = this.artifacts.splice(index, 1);
      return send(200, { ok: true, artifact_id: String(deleted!.id) });
    }
    this.violations.push(`twirp: unexpected method ${method}`);
    send(404, { code: 'bad_route', msg: 'no such method' });
  }

  private blob(method: string, path: string, raw: Buffer, req: IncomingMessage, send: (status: number, body?: unknown) => void, res: ServerResponse): void {
    const [, , kind, key] = path.split('/');
    if (kind === 'upload' && method === 'PUT') {
      const upload = this.uploads.get(key ?? '');
      if (!upload) return send(404);
      if (req.headers.authorization) this.violations.push('blob upload: the signed URL must not get the token');
      const query = new URL(req.url ?? '/', this.url).searchParams;
      // Azure's block blob protocol: Put Block stages a block, Put Block List commits them in order, Put Blob writes it whole.
      if (query.get('comp') === 'block') {
        upload.blocks.set(query.get('blockid') ?? '', raw);
        return send(201);
      }
      if (query.get('comp') === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!);
        const missing = ids.filter((id) => !upload.blocks.has(id));
        if (missing.length > 0) this.violations.push(`blob upload: block list names unstaged blocks ${missing.join(', ')}`);
        upload.data = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
        return send(201);
      }
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') this.violations.push(`blob upload: x-ms-blob-type is ${req.headers['x-ms-blob-type']}`);
      upload.data = raw;
      return send(201);
    }
    if (kind === 'download' && method === 'GET') {
      if (req.headers.authorization) this.violations.push('artifact download: the redirect target must not get the token');
      const artifact = this.artifacts.find((a) => a.id === Number(key));
      if (artifact?.stream) return streamFiller(artifact, artifact.stream, res);
      return artifact ? send(200, artifact.zip) : send(404);
    }
    send(405);
  }
}
