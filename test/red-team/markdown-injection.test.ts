// Red team: strings from telemetry files, report artifacts and plugins must reach the PR comment,
// the check run and the job summary as inert text (no HTML, mentions, links, images or autolinks).
import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../src/action/publish-report.js';
import { renderMarkdown, renderTerminal } from '../../src/render/index.js';
import { sampleDevice, sampleReport } from '../../src/report/test/sample-report.js';
import type { Report } from '../../src/report/types.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import { expectDefused, expectPlainTerminal, hostile, hostileReport, injectionsIn, PAYLOAD } from '../fixtures/red-team/hostile-markdown.js';

const report = (): Report => hostileReport(sampleReport());

describe('the hostile fixture', () => {
  it('is a schema-valid report, so that an artifact could carry it', () => {
    expect(reportSchemaErrors(report())).toEqual([]);
  });

  it('is caught by the checks when rendered raw', () => {
    const raw = `| ${PAYLOAD} |\n\n- ${hostile('x', 2)}`;
    const found = injectionsIn(raw).join('\n');
    for (const kind of ['raw HTML', 'live mention', 'link syntax', 'image syntax', 'bare URL', 'issue reference', 'e-mail autolink']) expect(found).toContain(kind);
  });
});

describe('renderMarkdown with hostile strings in every field', () => {
  it('defuses devices, plugins, locations, factor sources, warnings, budgets, baseline and the smoke test', () => {
    expectDefused(renderMarkdown(report()), 'full report');
  });

  it('defuses them in the comment, check and summary body, under a report id title', () => {
    expectDefused(reportMarkdown(report(), 'gpu-a'), 'reportMarkdown');
  });

  it('defuses a folded device table of many hostile devices', () => {
    const many = report();
    many.devices = Array.from({ length: 12 }, (_, i) => sampleDevice({ id: hostile(`device.${i}`, i), model: hostile('model', i + 1), plugins: [hostile('plugin', i + 2)] }));
    const markdown = renderMarkdown(many, { maxDeviceRows: 10 });
    expect(markdown).toContain('<details>\n<summary><b>Devices (12)</b></summary>');
    expectDefused(markdown, 'folded devices');
  });

  it('defuses the estimate line, a missing baseline and a smoke test that did not start', () => {
    const estimate = report();
    estimate.inputs = { ...estimate.inputs, mode: 'estimate', estimate: { gpu: hostile('estimate.gpu'), model: hostile('estimate.model', 1), count: 2, hoursPerDevice: 3, utilization: 0.5, powerW: 400, powerSource: 'user' } };
    estimate.baseline = { found: false, source: hostile('baseline.none', 2) };
    estimate.smoke = { ...estimate.smoke!, iterations: 0, executionProvider: 'none', checks: [{ name: 'setup', passed: false, message: hostile('setup', 3) }] };
    expectDefused(renderMarkdown(estimate), 'estimate');
  });

  it('defuses the title and the smoke section of a report without telemetry', () => {
    const none = report();
    none.devices = [];
    none.inputs.files = [];
    expectDefused(renderMarkdown(none, { title: hostile('title') }), 'no telemetry');
  });

  it('keeps a plain model path a code span and shows hostile text, unlinked', () => {
    const plain = report();
    plain.smoke!.model = 'models/mlp-classifier.onnx';
    expect(renderMarkdown(plain)).toContain('`models/mlp-classifier.onnx`, device cuda');
    const markdown = renderMarkdown(report());
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('@\u200bocto-org/core-team');
  });
});

describe('renderTerminal with hostile strings', () => {
  it('prints no escape sequences, control characters or bidi overrides from data', () => {
    expectPlainTerminal(renderTerminal(report(), { color: false }));
  });

  it('keeps only its own colours when colour is on', () => {
    const text = renderTerminal(report(), { color: true });
    expect(text).not.toContain('\u001b[31mred');
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\u001b\[(1|2|22|31|32|33|39)m/g, '').match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g) ?? []).toEqual([]);
  });
});
