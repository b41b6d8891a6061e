// Parsing and validating .carbon-ci.yml: loaded only when there is one (YAML and the schema
// validator are a quarter of the CLI's code).
import { Ajv, type ValidateFunction } from 'ajv';
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { InputError } from '../shared/errors.js';
import type { CarbonCiConfig } from './types.js';

let compiled: ValidateFunction<CarbonCiConfig> | undefined;
/** Compiled on first use: most runs have no .carbon-ci.yml. */
const validator = (): ValidateFunction<CarbonCiConfig> => (compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile<CarbonCiConfig>(configSchema));

/** Parse and validate a config text; errors name the file, the line and the fix. */
export function parseConfig(text: string, file: string): CarbonCiConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new InputError(`is not valid YAML: ${yamlError.message.split('\n')[0]}`, { file, line, hint: 'fix the YAML syntax' });
  }
  const value: unknown = doc.toJS() ?? {};
  const validate = validator();
  if (validate(value)) return value;
  const error = validate.errors?.[0];
  const path = (error?.instancePath ?? '').split('/').filter(Boolean);
  const extra = error?.keyword === 'additionalProperties' ? (error.params as { additionalProperty: string }).additionalProperty : undefined;
  const line = lineCounter.linePos(offsetOf(doc, path, extra)).line;
  const key = path.join('.') || '(top level)';
  // A pattern's regular expression says nothing to a user; the setting's own description says what it accepts.
  const shaped = error?.keyword === 'pattern' || error?.keyword === 'maxLength';
  const detail =
    error?.keyword === 'additionalProperties'
      ? `unknown setting "${extra}"`
      : shaped
        ? `${key} ${JSON.stringify(String(error.data).slice(0, 60))} is not in the accepted form`
        : `${key} ${error?.message ?? 'is invalid'}`;
  const description = shaped ? (error.parentSchema as { description?: unknown } | undefined)?.description : undefined;
  const hint = typeof description === 'string' ? description : 'see schemas/config.schema.json for the accepted settings';
  throw new InputError(detail, { file, line, hint });
}

function offsetOf(doc: Document, path: string[], extraKey: string | undefined): number {
  const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (extraKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === extraKey);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return isNode(node) && node.range ? node.range[0] : 0;
}
