import { describe, expect, it } from 'vitest';
import { hideCredentials } from './credentials.js';

describe('hideCredentials', () => {
  it('removes the runner\'s credential variables and every copy of their values, and nothing else', () => {
    const env: NodeJS.ProcessEnv = {
      'INPUT_GITHUB-TOKEN': 'ghs_secretsecretsecret',
      ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOi.runtime.jwt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-request-token-1234',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id.example/token',
      MY_COPY: 'Bearer ghs_secretsecretsecret',
      'INPUT_EXTRA-AUTH': 'pat_given_by_caller_1234',
      PATH: '/usr/bin',
      GITHUB_REPOSITORY: 'o/r',
      INPUT_TELEMETRY: 'gpu.csv',
    };
    const removed = hideCredentials(env, ['pat_given_by_caller_1234', '']);
    expect(removed.sort()).toEqual(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'INPUT_EXTRA-AUTH', 'INPUT_GITHUB-TOKEN', 'MY_COPY']);
    expect(env).toEqual({ PATH: '/usr/bin', GITHUB_REPOSITORY: 'o/r', INPUT_TELEMETRY: 'gpu.csv' });
  });

  it('ignores short values, which would match innocent variables', () => {
    const env: NodeJS.ProcessEnv = { GITHUB_TOKEN: 'x', HOME: '/home/x' };
    expect(hideCredentials(env)).toEqual(['GITHUB_TOKEN']);
    expect(env).toEqual({ HOME: '/home/x' });
  });
});
