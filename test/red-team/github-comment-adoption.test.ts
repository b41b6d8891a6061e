// Red team: the sticky comment is found by a marker anyone can type. Only a comment written by the
// token's own identity (github-actions[bot] for the GITHUB_TOKEN) is edited; others are left alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT, tokenAuthor, upsertStickyComment } from '../../src/publish/comment.js';
import { createGitHubClient } from '../../src/publish/octokit.js';
import { fakeGitHubPerTest, PR_NUMBER, ROOT, runBundledAction } from '../github/action-harness.js';
import { BOT, HUMAN, OWNER, REPO, TOKEN, type FakeGitHub, type FakeUser } from '../github/fake-github.js';

const TELEMETRY = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
const BASE_INPUTS = { telemetry: TELEMETRY, location: 'FR', intensity: '400', pue: '1.0', timezone: 'UTC' };
const MARKER = '<!-- carbon-ci:report-id=default -->';
const OTHER_BOT: FakeUser = { login: 'some-other-app[bot]', id: 77001, type: 'Bot' };

let server: FakeGitHub;
fakeGitHubPerTest((s) => (server = s));

const updatedIds = () => server.requestsFor('issues/update-comment').map((r) => Number(r.path.split('/').pop()));
const deletedIds = () => server.requestsFor('issues/delete-comment').map((r) => Number(r.path.split('/').pop()));

describe('adopting a marked comment', () => {
  it('never edits a person\'s comment that starts with the marker, even when no carbon-ci comment exists yet', async () => {
    const pasted = server.addComment(PR_NUMBER, `${MARKER}\nplease do not touch my review`, HUMAN);
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(updatedIds()).not.toContain(pasted.id);
    expect(deletedIds()).not.toContain(pasted.id);
    expect(server.commentsOn(PR_NUMBER).find((c) => c.id === pasted.id)!.body).toContain('please do not touch my review');
    const ours = server.commentsOn(PR_NUMBER).filter((c) => c.user.login === BOT.login);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('0.0440 kg CO2e');
    expect(run.outputs['comment-id']).toBe(String(ours[0]!.id));

    // The next run edits its own comment, still not the person's.
    const again = await runBundledAction({ server, inputs: { ...BASE_INPUTS, pue: '1.2' } });
    expect(again.code, again.stdout).toBe(0);
    expect(updatedIds()).toEqual([ours[0]!.id]);
    expect(server.commentsOn(PR_NUMBER)).toHaveLength(2);
  });

  it('does not adopt another app\'s comment that starts with the marker', async () => {
    const foreign = server.addComment(PR_NUMBER, `${MARKER}\nechoed by another bot`, OTHER_BOT);
    const run = await runBundledAction({ server, inputs: BASE_INPUTS });
    expect(run.code, run.stdout).toBe(0);
    expect(updatedIds()).not.toContain(foreign.id);
    expect(deletedIds()).not.toContain(foreign.id);
    expect(server.commentsOn(PR_NUMBER).filter((c) => c.user.login === BOT.login)).toHaveLength(1);
  });

  it('settles a race among its own comments without deleting anyone else\'s', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: { debug: () => undefined, info: () => undefined, warn: () => undefined }, timeScale: 0.001 });
    const pasted = server.addComment(5, `${MARKER}\na person's copy`, HUMAN);
    let rival: number | undefined;
    server.beforeCreateComment = (issue) => {
      if (rival === undefined) rival = server.addComment(issue, `${MARKER}\nthe other job's report`, BOT).id;
    };
    const log = { debug: () => undefined, info: () => undefined, warn: () => undefined };
    const result = await upsertStickyComment(octokit, { owner: OWNER, repo: REPO, issueNumber: 5 }, 'default', 'fresh', log);
    expect(result).toMatchObject({ action: 'updated', id: rival });
    expect(server.commentsOn(5).map((c) => c.id)).toEqual([pasted.id, rival]);
    expect(server.commentsOn(5)[0]!.body).toContain("a person's copy");
  });

  it('with a personal token, learns its identity from the comment it creates and keeps one comment', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: { debug: () => undefined, info: () => undefined, warn: () => undefined }, timeScale: 0.001 });
    const log = { debug: () => undefined, info: () => undefined, warn: () => undefined };
    const mallory: FakeUser = { login: 'mallory', id: 66601, type: 'User' };
    server.tokenUser = HUMAN;
    const planted = server.addComment(6, `${MARKER}\nplanted by someone else`, mallory);
    const target = { owner: OWNER, repo: REPO, issueNumber: 6 };
    const first = await upsertStickyComment(octokit, target, 'default', 'one', log);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, target, 'default', 'two', log);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(server.commentsOn(6).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${MARKER}\nplanted by someone else`],
      [HUMAN.login, `${MARKER}\ntwo`],
    ]);
    expect(updatedIds()).not.toContain(planted.id);
    expect(deletedIds()).not.toContain(planted.id);
  });

  it('with a personal token, knows its identity from GET /user: no second comment is posted and removed', async () => {
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url, log: { debug: () => undefined, info: () => undefined, warn: () => undefined }, timeScale: 0.001 });
    const log = { debug: () => undefined, info: () => undefined, warn: () => undefined };
    expect(await tokenAuthor(octokit, log)).toEqual(GITHUB_ACTIONS_BOT);
    server.tokenUser = HUMAN;
    const author = await tokenAuthor(octokit, log);
    expect(author).toEqual({ login: HUMAN.login, type: 'User' });
    const target = { owner: OWNER, repo: REPO, issueNumber: 7 };
    const first = await upsertStickyComment(octokit, target, 'default', 'one', log, author);
    const second = await upsertStickyComment(octokit, target, 'default', 'two', log, author);
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(server.requestsFor('issues/create-comment')).toHaveLength(1);
    expect(deletedIds()).toEqual([]);
  });
});
