import type { Command } from 'commander';
import type { TelemetryPlugin } from '../../sdk/plugin.js';
import { loadPlugin } from '../../sdk/plugin-loading/load.js';
import { stripControls } from '../../render/escape.js';

interface Sink {
  write(chunk: string): unknown;
}

interface PluginsIO {
  stdout: Sink;
  cwd: string;
}

interface OptionInfo {
  name: string;
  type: string;
  required: boolean;
  default?: unknown;
  description?: string;
}

/** The options a plugin's JSON Schema declares, in declaration order. */
export function pluginOptionsOf(plugin: Pick<TelemetryPlugin, 'options'>): OptionInfo[] {
  const schema = plugin.options as { properties?: Record<string, Record<string, unknown>>; required?: string[] } | undefined;
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => {
    const type = Array.isArray(property.enum) ? property.enum.map((value) => JSON.stringify(value)).join(' | ') : String(property.type ?? 'any');
    const info: OptionInfo = { name, type, required: required.has(name) };
    if (property.default !== undefined) info.default = property.default;
    if (typeof property.description === 'string') info.description = property.description;
    return info;
  });
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** The plugin's example, a line each, without control characters (a user plugin's text reaches the terminal). */
function exampleLines(plugin: TelemetryPlugin): string[] {
  return (plugin.example ?? '')
    .split(/\r?\n/)
    .map((line) => stripControls(line).trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, 8);
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}

/** The listing `carbon-ci plugins` prints. */
export function formatPluginList(plugins: readonly TelemetryPlugin[], width = 100): string {
  const nameWidth = Math.max(...plugins.map((p) => p.name.length), 4) + 2;
  const indent = ' '.repeat(2 + nameWidth);
  const out = [`${plugins.length} telemetry plugin${plugins.length === 1 ? '' : 's'}. Each file is read by the plugin whose detect() is surest, or by --plugin NAME.`, ''];
  for (const plugin of plugins) {
    const body = wrap(plugin.description, width, indent);
    out.push(`  ${plugin.name.padEnd(nameWidth)}${body.slice(indent.length)}`);
    const options = pluginOptionsOf(plugin);
    if (options.length > 0) out.push(wrap(`options: ${options.map((o) => `${o.name}${o.required ? ' (required)' : ''}`).join(', ')}`, width, indent));
    const first = exampleLines(plugin)[0];
    if (first !== undefined) out.push(`${indent}e.g. ${clip(first, width - indent.length - 5)}`);
  }
  out.push('', 'Details and options of one plugin: carbon-ci plugins NAME');
  return `${out.join('\n')}\n`;
}

/** The detail `carbon-ci plugins NAME` prints. */
export function formatPluginDetail(plugin: TelemetryPlugin, width = 100): string {
  const out = [plugin.name, wrap(plugin.description, width, '  '), ''];
  const example = exampleLines(plugin);
  if (example.length > 0) out.push('Reads, for example:', ...example.map((line) => `  ${line}`), '');
  const options = pluginOptionsOf(plugin);
  if (options.length === 0) out.push('No options.');
  else {
    out.push('Options (--plugin-option name=value, or in .carbon-ci.yml):');
    for (const option of options) {
      const facts = [option.type, option.required ? 'required' : undefined, option.default !== undefined ? `default ${JSON.stringify(option.default)}` : undefined].filter(Boolean).join(', ');
      out.push(`  ${option.name} (${facts})`);
      if (option.description) out.push(wrap(option.description, width, '      '));
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * `carbon-ci plugins [NAME] [--json] [--plugin-module SPEC…]`: the plugins carbon-ci can use, what
 * each reads, and its options. `--plugin-module` adds user plugins the way `report` would load them.
 */
export function registerPluginsCommand(
  program: Command,
  getPlugins: () => TelemetryPlugin[] | Promise<TelemetryPlugin[]>,
  io?: PluginsIO,
): void {
  program
    .command('plugins')
    .description('list the telemetry plugins, what each reads, and their options')
    .argument('[name]', 'show one plugin in detail')
    .option('--json', 'print the list as JSON')
    .option('--plugin-module <spec>', 'also load a plugin from a file (.mjs/.js) or an installed npm package; repeatable', (spec: string, all: string[] = []) => [...all, spec])
    .action(async function (this: Command, name: string | undefined, flags: { json?: boolean; pluginModule?: string[] }) {
      const write = (text: string) => (io ? io.stdout.write(text) : (this.configureOutput().writeOut ?? ((t: string) => process.stdout.write(t)))(text));
      const plugins = [...(await getPlugins())];
      for (const spec of flags.pluginModule ?? []) {
        const plugin = await loadPlugin(spec, io?.cwd ?? process.cwd());
        if (plugins.some((p) => p.name === plugin.name)) this.error(`plugin module "${spec}" is named "${plugin.name}", like a plugin already loaded; rename it`, { exitCode: 2 });
        plugins.push(plugin);
      }
      const chosen = name === undefined ? plugins : plugins.filter((p) => p.name === name);
      if (name !== undefined && chosen.length === 0) {
        this.error(`no plugin named "${name}"; the plugins are: ${plugins.map((p) => p.name).join(', ')}`, { exitCode: 2 });
      }
      if (flags.json) {
        write(`${JSON.stringify(chosen.map((p) => ({ name: p.name, kind: p.kind, description: p.description, ...(p.example ? { example: p.example } : {}), options: pluginOptionsOf(p) })), null, 2)}\n`);
        return;
      }
      write(name === undefined ? formatPluginList(chosen) : formatPluginDetail(chosen[0]!));
    });
}
