import { InputError } from 'carbon-ci';
import type { HeaderField } from './fields.js';

const TIMESTAMP = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const UUID = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
const WATTS = /^[+-]?\d+(\.\d+)?\s*W$/;
const BUS_ID = /^[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]$/;
const NUMBER_WITH_UNIT = /^[+-]?\d+(\.\d+)?\s*[A-Za-z%]*$/;
const GPU_NAME = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID|A\d|H\d|L\d|B\d)/;

export function looksLikeTimestamp(text: string): boolean {
  return TIMESTAMP.test(text);
}

/**
 * For a log written with `noheader` and no `columns` option: name the columns that one row shows
 * unambiguously (a timestamp, a GPU UUID, a PCI bus id, a GPU name, and power as the only value in W).
 * Other columns stay unnamed and unused. Without units (`nounits`) power cannot be told apart.
 */
export function inferFieldsFromRow(row: string, file: string, line: number): HeaderField[] {
  const cells = row.split(',').map((cell) => cell.trim());
  const fields: HeaderField[] = cells.map((_, i) => ({ name: `column${i + 1}`, unit: undefined, known: false }));
  const watts: number[] = [];
  const seen = new Set<string>();
  const name = (i: number, fieldName: string) => {
    fields[i]!.name = fieldName;
    seen.add(fieldName);
  };
  cells.forEach((cell, i) => {
    if (!seen.has('timestamp') && TIMESTAMP.test(cell)) name(i, 'timestamp');
    else if (!seen.has('uuid') && UUID.test(cell)) name(i, 'uuid');
    else if (!seen.has('pci.bus_id') && BUS_ID.test(cell)) name(i, 'pci.bus_id');
    else if (WATTS.test(cell)) watts.push(i);
    else if (!seen.has('name') && GPU_NAME.test(cell) && !NUMBER_WITH_UNIT.test(cell)) name(i, 'name');
  });
  if (watts.length !== 1) {
    throw new InputError(
      watts.length === 0
        ? 'the log has no header and no column is marked as watts, so power.draw cannot be found'
        : `the log has no header and ${watts.length} columns are in watts (power.draw, power.limit, ...), so power.draw cannot be told apart`,
      {
        file,
        line,
        hint: 'log with a header (drop `noheader` from --format), or name the columns with the plugin option columns=<the --query-gpu list>',
      },
    );
  }
  fields[watts[0]!]!.name = 'power.draw';
  fields[watts[0]!]!.unit = 'W';
  return fields;
}
