import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS, fitMarkdown, fitMarkdownBytes } from '../../src/publish/body.js';
import { statusDescription, truncate } from '../../src/publish/check.js';
import { commentMarker, isMarkedFor, markBody } from '../../src/publish/marker.js';

describe('fitMarkdown', () => {
  it('leaves a body that fits alone', () => {
    expect(fitMarkdown('short', 10)).toBe('short');
  });

  it('cuts a long body at a line, closes open details and code fences, and says so', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| GPU-${i} | NVIDIA H100 80GB HBM3 | 12.3 kWh | 4.5 kg |`);
    const markdown = `### carbon-ci\n\n<details>\n<summary>Devices</summary>\n\n\`\`\`text\n${rows.join('\n')}\n\`\`\`\n</details>\n`;
    const fitted = fitMarkdown(markdown, COMMENT_MAX_CHARS);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(fitted.length).toBeGreaterThan(COMMENT_MAX_CHARS - 2000);
    expect(fitted).toMatch(/\| GPU-\d+ \| NVIDIA H100 80GB HBM3 \| 12\.3 kWh \| 4\.5 kg \|\n```\n<\/details>\n\n> \[!NOTE\]/);
    expect(fitted).toContain("cut here to fit GitHub's size limit");
  });

  it('never splits a surrogate pair and never exceeds the limit, whatever the text', () => {
    const emoji = '🔋'.repeat(40_000);
    const fitted = fitMarkdown(emoji, 1000);
    expect(fitted.length).toBeLessThanOrEqual(1000);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('fits a byte limit for the job summary', () => {
    const text = `${'é'.repeat(300)}\n`.repeat(100);
    const fitted = fitMarkdownBytes(text, 10_000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(10_000);
    expect(Buffer.byteLength(fitted)).toBeGreaterThan(5_000);
  });
});

describe('comment marker', () => {
  it('opens the body and is found only there', () => {
    const body = markBody('train', 'report');
    expect(body.startsWith(commentMarker('train'))).toBe(true);
    expect(isMarkedFor(body, 'train')).toBe(true);
    expect(isMarkedFor(body, 'default')).toBe(false);
    expect(isMarkedFor(`quoted: ${body}`, 'train')).toBe(false);
  });

  it('defuses marker look-alikes inside the report', () => {
    const body = markBody('a', 'device <!-- carbon-ci:report-id=b --> x');
    expect(body).not.toContain('<!-- carbon-ci:report-id=b');
    expect(body.match(/<!--/g)).toHaveLength(1);
  });
});

describe('commit status description', () => {
  it('is cut to 140 characters with an ellipsis, counting characters not UTF-16 units', () => {
    const description = statusDescription({ title: `${'🔋'.repeat(100)} ${'x'.repeat(100)}`, conclusion: 'failure' });
    expect(Array.from(description)).toHaveLength(140);
    expect(description.endsWith('…')).toBe(true);
  });

  it('marks a breach that only warns', () => {
    expect(statusDescription({ title: '1 kg CO2e', conclusion: 'neutral' })).toBe('⚠ 1 kg CO2e');
    expect(truncate('a\n  b', 10)).toBe('a b');
  });
});
