import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import recordSchema from '../../../schemas/telemetry-record.schema.json' with { type: 'json' };
import { columnsOf, columnsProblems, isColumnsRecord } from '../power-columns.js';
import type { ColumnsRecord, PluginRecord } from '../records.js';

type Branch = { properties: { type: { const: string } } } & Record<string, unknown>;

let fast: Map<string, ValidateFunction> | undefined;
let detailed: Map<string, ValidateFunction> | undefined;

function compileBranches(allErrors: boolean): Map<string, ValidateFunction> {
  const ajv = new Ajv({ allErrors, strict: false });
  const validators = new Map<string, ValidateFunction>();
  for (const branch of recordSchema.oneOf as Branch[]) {
    validators.set(branch.properties.type.const, ajv.compile({ ...branch, definitions: recordSchema.definitions }));
  }
  return validators;
}

/**
 * One compiled validator per record type, each a branch of the schema's `oneOf` with the shared
 * definitions: dispatching on `type` checks one branch instead of four. The fast set stops at the
 * first error; the detailed set, run only on a record that failed, lists them all.
 */
function branchValidators(): Map<string, ValidateFunction> {
  fast ??= compileBranches(false);
  return fast;
}

const NUMERIC_FIELDS = ['timeMs', 'startMs', 'endMs', 'powerW', 'counterJ', 'energyJ', 'utilization'] as const;
const NUMBERS_BY_TYPE: Record<string, readonly string[]> = {
  power: ['timeMs', 'powerW', 'utilization'],
  'energy-counter': ['timeMs', 'counterJ'],
  energy: ['startMs', 'endMs', 'energyJ'],
  usage: ['startMs', 'endMs', 'powerW', 'utilization'],
  'no-reading': ['timeMs'],
};

/** A columns record (`power-columns`, `energy-counter-columns`)? */
function isColumns(record: object): record is ColumnsRecord {
  return isColumnsRecord(record as PluginRecord);
}

/**
 * A columns record as JSON would hold it, for the schema: typed arrays as arrays, NaN utilisations
 * as null. Any other record as it is.
 */
function asJson(record: object): object {
  if (!isColumns(record)) return record;
  const plain = (column: unknown) => (ArrayBuffer.isView(column) && !(column instanceof DataView) ? Array.from(column as unknown as ArrayLike<number>) : column);
  const json: Record<string, unknown> = { ...record };
  for (const [name, column] of Object.entries(columnsOf(record))) if (column !== undefined) json[name] = plain(column);
  const utilization = json.utilization;
  if (Array.isArray(utilization)) json.utilization = utilization.map((u: unknown) => (typeof u === 'number' && Number.isNaN(u) ? null : u));
  return json;
}

/** What the schema cannot say of a columns record: columns of one length, indices into devices, finite times and values. */
function columnProblems(record: object): string[] {
  if (!isColumns(record)) return [];
  const problems = columnsProblems(record);
  if (problems.length > 0) return problems;
  const columns = columnsOf(record);
  for (const name of ['timeMs', record.type === 'power-columns' ? 'powerW' : 'counterJ']) {
    const column = columns[name]!;
    for (let i = 0; i < column.length; i++) {
      if (!Number.isFinite(column[i])) {
        problems.push(`${name}[${i}] must be a finite number, got ${column[i]}`);
        break;
      }
    }
  }
  return problems;
}

/** True when the record is valid (see validateRecord); allocates nothing for a single reading, for checking every record of a stream. */
export function isValidRecord(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  if (isColumns(record)) return columnProblems(record).length === 0 && branchValidators().get(record.type)!(asJson(record));
  const fields = record as Record<string, unknown>;
  const type = fields.type;
  const validate = typeof type === 'string' ? branchValidators().get(type) : undefined;
  if (validate === undefined || !validate(record)) return false;
  for (const field of NUMBERS_BY_TYPE[type as string]!) {
    const value = fields[field];
    if (value !== undefined && !Number.isFinite(value)) return false;
  }
  return true;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'record' : error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    return `${where} has unknown property "${String(error.params.additionalProperty)}"`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}

/**
 * Check one record against schemas/telemetry-record.schema.json, plus what JSON cannot say:
 * numbers must be finite. Returns the problems; an empty array means the record is valid.
 */
export function validateRecord(record: unknown): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [`record must be an object, got ${record === null ? 'null' : Array.isArray(record) ? 'an array' : typeof record}`];
  }
  const type = (record as { type?: unknown }).type;
  const validate = typeof type === 'string' ? branchValidators().get(type) : undefined;
  if (!validate) {
    return [`record type must be one of ${[...branchValidators().keys()].join(', ')}, got ${JSON.stringify(type)}`];
  }
  const problems: string[] = [];
  for (const field of NUMERIC_FIELDS) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${field} must be a finite number, got ${value}`);
  }
  problems.push(...columnProblems(record));
  const json = asJson(record);
  if (!validate(json)) {
    detailed ??= compileBranches(true);
    const explain = detailed.get(type as string)!;
    explain(json);
    problems.push(...(explain.errors ?? validate.errors ?? []).map(describe));
  }
  return problems;
}

/** Shorten a record for an error message. */
export function previewRecord(record: unknown, maxChars = 300): string {
  let text: string;
  try {
    text = JSON.stringify(record, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
  } catch {
    text = String(record);
  }
  if (text === undefined) text = String(record);
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}
