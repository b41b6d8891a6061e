import { describe, expect, it } from 'vitest';
import { codeText, escapeMarkdown, MAX_UNTRUSTED_CHARS, stripControls } from './escape.js';

const ZW = '\u200b';

describe('escapeMarkdown', () => {
  it('leaves ordinary names, paths, sources and messages as they are', () => {
    for (const text of [
      'NVIDIA A100-SXM4-80GB',
      'GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001',
      'gpu-a/GPU-1',
      'nvidia-smi',
      'run 8000 on master (f95f852)',
      'user (--pue), 2024',
      'CO2e changed by +25% against the baseline; within the allowed increase of 50%',
      'Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; amortised over 4 years',
      '2026-02-27 14:00:00 UTC',
    ]) {
      expect(escapeMarkdown(text)).toBe(text);
    }
  });

  it('turns HTML into entities', () => {
    expect(escapeMarkdown('</details><img src=x onerror=alert(1)> <!-- x --> a & b')).toBe('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; &lt;!-- x --&gt; a &amp; b');
  });

  it('escapes what would make links, images, emphasis, code, math, table cells or escapes', () => {
    expect(escapeMarkdown('[click](u) ![i](p)')).toBe('\\[click\\](u) \\!\\[i\\](p)');
    expect(escapeMarkdown('**b** __u__ ~~s~~ `c` $x$ a|b \\')).toBe('\\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\$x\\$ a\\|b \\\\');
    expect(escapeMarkdown('wow!')).toBe('wow!');
  });

  it('escapes a leading # and folds line ends, so that data cannot start a heading, list or row', () => {
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('a\n# b\r\n| c |\u2028d')).toBe('a # b \\| c \\| d');
  });

  it('defuses mentions, e-mail addresses, issue references and autolinks with a zero-width space', () => {
    expect(escapeMarkdown('@octo-org/core-team @user a@b.example')).toBe(`@${ZW}octo-org/core-team @${ZW}user a@${ZW}b.example`);
    expect(escapeMarkdown('#123 GH-45 org/repo#6 #tag')).toBe(`\\#${ZW}123 GH-${ZW}45 org/repo#${ZW}6 #tag`);
    expect(escapeMarkdown('https://evil.example ftp://x www.evil.example')).toBe(`https:${ZW}//evil.example ftp:${ZW}//x www${ZW}.evil.example`);
  });

  it('removes escape sequences, control characters and bidi overrides', () => {
    expect(escapeMarkdown('\u001b[31mred\u001b[0m\u0007 \u202eevil\u202c\tx')).toBe('red evil x');
  });
});

describe('codeText', () => {
  it('keeps a plain path a code span and escapes anything else inside <code>', () => {
    expect(codeText('models/mlp-classifier.onnx')).toBe('`models/mlp-classifier.onnx`');
    expect(codeText('models/a_b.onnx')).toBe('<code>models/a\\_b.onnx</code>');
    expect(codeText('x` <img> @me')).toBe(`<code>x\\\` &lt;img&gt; @${ZW}me</code>`);
  });
});

describe('stripControls', () => {
  it('keeps the text but not escape sequences, control characters, bidi overrides or line ends', () => {
    expect(stripControls('\u001b]0;title\u0007\u001b[2Jgpu\r\n\u202e0 <b>@x</b>')).toBe('gpu 0 <b>@x</b>');
  });
});

describe('untrusted text length', () => {
  it('is cut past MAX_UNTRUSTED_CHARS with an ellipsis, in Markdown and on the terminal', () => {
    const name = 'N'.repeat(130_000);
    expect(escapeMarkdown(name)).toBe(`${'N'.repeat(MAX_UNTRUSTED_CHARS)}…`);
    expect(stripControls(name)).toBe(`${'N'.repeat(MAX_UNTRUSTED_CHARS)}…`);
    expect(escapeMarkdown('NVIDIA A100-SXM4-80GB')).toBe('NVIDIA A100-SXM4-80GB');
  });
});
