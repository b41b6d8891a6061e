import schema from '../../schemas/report.schema.json' with { type: 'json' };
import type { Report } from '../report/types.js';

type SchemaNode = {
  $ref?: string;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
};

const root = schema as unknown as SchemaNode;

/** Follow a local `$ref` ("#/definitions/device", "#/properties/factors"). */
function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  let target: unknown = root;
  for (const part of node.$ref.replace(/^#\//, '').split('/')) {
    target = (target as Record<string, unknown> | undefined)?.[part];
  }
  return resolve(target as SchemaNode | undefined);
}

/** The property order that the schema declares for an object node (allOf and oneOf included). */
function declared(node: SchemaNode | undefined): Map<string, SchemaNode> {
  const out = new Map<string, SchemaNode>();
  const visit = (n: SchemaNode | undefined) => {
    const r = resolve(n);
    if (!r) return;
    for (const part of r.allOf ?? []) visit(part);
    for (const [key, child] of Object.entries(r.properties ?? {})) if (!out.has(key)) out.set(key, child);
    for (const part of r.oneOf ?? []) visit(part);
  };
  visit(node);
  return out;
}

/** A copy of `value` whose keys follow the schema's order; keys the schema does not name follow, sorted. */
function ordered(value: unknown, node: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) {
    const items = resolve(node)?.items;
    return value.map((v) => ordered(v, items));
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const known = declared(node);
  const out: Record<string, unknown> = {};
  for (const [key, child] of known) if (key in record) out[key] = ordered(record[key], child);
  for (const key of Object.keys(record).sort()) if (!known.has(key)) out[key] = ordered(record[key], undefined);
  return out;
}

/** The Report as JSON: keys in the schema's order, 2-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(ordered(report, root), null, 2) + '\n';
}
