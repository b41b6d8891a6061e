import type { DetectInput } from 'carbon-ci';
import { choosePowerField, parseHeaderFields } from './fields.js';
import { looksLikeTimestamp } from './headerless.js';

const UUID = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
const GPU_NAME = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID) [\w .-]+$/;
const NUMBER_OR_MISSING = /^([+-]?\d+(\.\d+)?(\s*[A-Za-z%]+)?|\[[^\]]*\])$/;

/**
 * How sure we are that a file is an nvidia-smi --query-gpu CSV log: 0.95 for a header with a power
 * field and nvidia-smi field names; 0.6 for an nvidia-smi header without power (so the reader can say
 * what is missing); 0.5 for headerless rows with a timestamp, a GPU UUID or values in W; 0.3 for
 * headerless rows of numbers and GPU names or placeholders; 0.2 for numbers alone in nvidia-smi's `, `
 * layout; else 0.
 */
export function detectNvidiaSmi({ head }: DetectInput): number {
  const lines = head
    .split('\n', 40)
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
  const first = lines[0];
  if (first === undefined) return 0;
  const lead = first.trimStart()[0];
  if (lead === '{' || lead === '[' || lead === '#' || lead === '<') return 0;

  const header = parseHeaderFields(first);
  if (header) {
    if (!first.includes(', ') && header.length > 1) return 0;
    const names = header.map((f) => f.name);
    const unknown = header.filter((f) => !f.known).length;
    if (choosePowerField(names)) return unknown === 0 ? 0.95 : unknown < header.length / 2 ? 0.8 : 0;
    const nvidiaLike = header.filter((f) => f.known && (f.name.includes('.') || f.unit !== undefined)).length;
    return unknown === 0 && nvidiaLike >= 1 ? 0.6 : 0;
  }
  return detectHeaderless(lines.slice(0, 20));
}

function detectHeaderless(rows: string[]): number {
  let width = -1;
  let timestamp = false;
  let watts = false;
  let uuid = false;
  let nvidiaCell = false;
  for (const row of rows) {
    if (!row.includes(', ')) return 0;
    const cells = row.split(',').map((c) => c.trim());
    if (width >= 0 && cells.length !== width) return 0;
    width = cells.length;
    for (const cell of cells) {
      if (looksLikeTimestamp(cell)) timestamp = true;
      else if (UUID.test(cell)) uuid = true;
      else if (/^[+-]?\d+(\.\d+)?\s*W$/.test(cell)) watts = true;
      else if (GPU_NAME.test(cell) || cell.startsWith('[')) nvidiaCell = true;
      else if (!NUMBER_OR_MISSING.test(cell)) return 0;
    }
  }
  if (timestamp || watts || uuid) return 0.5;
  if (width < 2) return 0;
  return nvidiaCell ? 0.3 : 0.2;
}
