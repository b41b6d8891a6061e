import type { DetectInput } from 'carbon-ci';
import { layoutFromFields, parseHeaderFields } from './fields.js';

/**
 * The header line, when the log can be read in parts: it has a header and a device column (index,
 * uuid or bus id), so every row stands alone. Logs without a device column are told apart by the
 * order of their rows, and are read whole.
 */
export function nvidiaSmiSplitPreamble({ path, head }: DetectInput): string | undefined {
  const end = head.indexOf('\n');
  if (end < 0) return undefined;
  const line = head.slice(0, end).replace(/\r$/, '');
  const fields = parseHeaderFields(line);
  if (!fields) return undefined;
  try {
    const layout = layoutFromFields(fields, path, 1, 'header');
    if (layout.index < 0 && layout.uuid < 0 && layout.busId < 0) return undefined;
  } catch {
    return undefined;
  }
  return head.slice(0, end + 1);
}
