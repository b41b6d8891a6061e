import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/pipeline/index.js';
import { renderJson } from '../../src/render/index.js';
import { ROOT } from './action-harness.js';
import { ArtifactUnavailableError, backendIdsFromToken } from '../../src/publish/artifact.js';
import { BadReportArtifactError, isReportArtifact, packReport, REPORT_FILE, unpackReport, type PublishInstructions } from '../../src/publish/envelope.js';
import { ArtifactDownloadError, skippedArtifactReason } from '../../src/publish/errors.js';
import { crc32, readZip } from '../../src/publish/zip.js';
import { createZip } from './zip-writer.js';

const instructions: PublishInstructions = {
  version: 1,
  reportId: 'default',
  repository: 'octo/repo',
  headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  pullRequest: { number: 7, baseRef: 'main' },
  failOnBudget: true,
  comment: true,
  check: false,
};

describe('zip', () => {
  it('round-trips files and computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const files = [
      { name: 'a.json', data: Buffer.from('{"x":1}'.repeat(500)) },
      { name: 'dir/ü.txt', data: Buffer.from('héllo') },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    expect(readZip(createZip(files))).toEqual(files);
  });

  it('refuses a truncated archive, a bad checksum and too many bytes', () => {
    const zip = createZip([{ name: 'a', data: Buffer.from('hello world') }]);
    expect(() => readZip(zip.subarray(0, zip.length - 30))).toThrow(/zip/);
    const corrupt = Buffer.from(zip);
    corrupt[33] = corrupt[33]! ^ 0xff; // a byte of the deflated data
    expect(() => readZip(corrupt)).toThrow(/checksum|invalid|incorrect|zip/i);
    const big = createZip([{ name: 'big', data: Buffer.alloc(10_000) }]);
    expect(() => readZip(big, { maxEntries: 10, maxTotalBytes: 1000 })).toThrow(/more than 1000 bytes/);
  });
});

describe('report artifact envelope', () => {
  let reportJson: string;
  beforeAll(async () => {
    reportJson = renderJson(await runReport({ inputs: ['test/fixtures/github/nvidia-smi-2xA100.csv'], cwd: ROOT, location: 'FR', timeZone: 'UTC' }));
  });

  it('round-trips a report and its publishing instructions', () => {
    const { report, instructions: read } = unpackReport(packReport(reportJson, instructions), 'carbon-ci-report-default');
    expect(report.devices).toHaveLength(2);
    expect(read).toEqual(instructions);
  });

  it('refuses artifacts without a valid report', () => {
    expect(() => unpackReport([], 'carbon-ci-report-x')).toThrow(BadReportArtifactError);
    expect(() => unpackReport([{ name: REPORT_FILE, data: Buffer.from('{"schemaVersion":"1.0.0"}') }], 'n')).toThrow(/does not match the report schema/);
    expect(() => unpackReport([{ name: REPORT_FILE, data: Buffer.from('{"schemaVersion":"2.0.0"}') }], 'n')).toThrow(/schema version 1/);
    expect(() => unpackReport([{ name: REPORT_FILE, data: Buffer.from('not json') }], 'n')).toThrow(/is not JSON/);
  });

  it.each([
    [{ headSha: 'main' }, /headSha is not a commit sha/],
    [{ reportId: '../x' }, /reportId is missing or malformed/],
    [{ repository: 'evil' }, /repository is missing or malformed/],
    [{ pullRequest: { number: -1 } }, /pullRequest.number is not a PR number/],
    [{ comment: 'yes' }, /comment is not true or false/],
    [{ version: 2 }, /unknown version 2/],
  ])('refuses forged instructions %j', (change, message) => {
    const files = packReport(reportJson, { ...instructions, ...(change as object) } as PublishInstructions);
    expect(() => unpackReport(files, 'a')).toThrow(message);
  });
});

describe('runtime token', () => {
  const token = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

  it('names the run and job backend ids', () => {
    expect(backendIdsFromToken(token({ scp: 'Actions.GenericRead:x Actions.Results:run-1:job-2 Actions.UploadArtifacts:a:b' }))).toEqual({ runBackendId: 'run-1', jobBackendId: 'job-2' });
  });

  it('says why artifacts cannot be uploaded with a token that lacks the scope', () => {
    expect(() => backendIdsFromToken(token({ scp: 'Actions.GenericRead:x' }))).toThrow(ArtifactUnavailableError);
    expect(() => backendIdsFromToken('not-a-jwt')).toThrow(ArtifactUnavailableError);
  });
});

describe('which report artifacts are read, and which failures skip one', () => {
  it('reads only unexpired artifacts named carbon-ci-report-<id>', () => {
    expect(isReportArtifact({ name: 'carbon-ci-report-gpu-a', expired: false })).toBe(true);
    expect(isReportArtifact({ name: 'carbon-ci-report-gpu-a', expired: true })).toBe(false);
    expect(isReportArtifact({ name: 'carbon-ci-report-', expired: false })).toBe(false);
    expect(isReportArtifact({ name: 'coverage', expired: false })).toBe(false);
  });

  it('skips an artifact for bad contents, a failed download or an API answer, and rethrows a bug', () => {
    expect(skippedArtifactReason(new BadReportArtifactError('artifact "x" holds no report\nsecond line'))).toBe('artifact "x" holds no report\nsecond line');
    expect(skippedArtifactReason(new ArtifactDownloadError('storage answered 503', 503))).toBe('HTTP 503: storage answered 503');
    expect(skippedArtifactReason(Object.assign(new Error('Not Found'), { status: 404 }))).toBe('HTTP 404: Not Found');
    expect(skippedArtifactReason(new TypeError('x is undefined'))).toBeUndefined();
  });
});
