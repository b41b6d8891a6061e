export { renderTerminal, type TerminalOptions } from './terminal.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderJson } from './json.js';
export { mermaidPowerChart, downsample } from './chart.js';
export * from './format.js';
export { escapeMarkdown, stripControls } from './escape.js';
