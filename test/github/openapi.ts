// Checks requests and responses against GitHub's OpenAPI description (the committed subset that
// scripts/openapi-subset.mjs cuts from @octokit/openapi).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Json;
}
export interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathParams: string[];
  parameters: Parameter[];
  pointer: string;
  operation: Json;
}

const specUrl = new URL('../fixtures/github/openapi-subset.json', import.meta.url);
export const spec = JSON.parse(readFileSync(specUrl, 'utf8')) as { paths: Record<string, Record<string, Json>>; components: Json };
allowNullInNullableEnums(spec);

/**
 * GitHub's description marks enums such as a job's `conclusion` `nullable: true` without listing null,
 * and the API answers null for a job still running; Ajv reads such an enum strictly, so null is added.
 */
function allowNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowNullInNullableEnums(item);
  } else if (typeof node === 'object' && node !== null) {
    const schema = node as Json;
    if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    for (const value of Object.values(schema)) allowNullInNullableEnums(value);
  }
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const format of ['int64', 'int32', 'uri-template', 'repo.nwo', 'timestamp', 'binary', 'ssh-key', 'ssh-key fingerprint']) ajv.addFormat(format, true);
ajv.addSchema({ ...spec, $id: 'gh' });

const compiled = new Map<string, ValidateFunction>();
function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `gh#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function deref<T>(node: unknown): T {
  const ref = (node as { $ref?: string } | undefined)?.$ref;
  if (!ref) return node as T;
  const [, section, name] = ref.match(/^#\/components\/([^/]+)\/(.+)$/)!;
  return (spec.components as Record<string, Record<string, unknown>>)[section!]![name!] as T;
}

export const operations: Operation[] = Object.entries(spec.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, operation]) => {
    const pathParams = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    return {
      id: String(operation.operationId),
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
      pathParams,
      parameters: ((operation.parameters as unknown[]) ?? []).map((p) => deref<Parameter>(p)),
      pointer: `/paths/${escape(template)}/${method}`,
      operation,
    };
  }),
);

/** The operation a request is for: the matching template with the fewest parameters. */
export function findOperation(method: string, path: string): { op: Operation; params: Record<string, string> } | undefined {
  const matches = operations
    .filter((op) => op.method === method)
    .map((op) => ({ op, match: path.match(op.pattern) }))
    .filter((m) => m.match !== null)
    .sort((a, b) => a.op.pathParams.length - b.op.pathParams.length);
  const best = matches[0];
  if (!best) return undefined;
  const params = Object.fromEntries(best.op.pathParams.map((name, i) => [name, decodeURIComponent(best.match![i + 1]!)]));
  return { op: best.op, params };
}

function coerce(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}

/** What is wrong with a request, by the OpenAPI description; empty when nothing. */
export function requestViolations(op: Operation, params: Record<string, string>, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = [];
  const where = `${op.method} ${op.template} (${op.id})`;
  for (const parameter of op.parameters) {
    if (parameter.in === 'path') {
      const value = params[parameter.name];
      if (value === undefined) problems.push(`${where}: path parameter ${parameter.name} missing`);
      else if (parameter.schema && !ajv.validate(parameter.schema, coerce(value, parameter.schema))) {
        problems.push(`${where}: path parameter ${parameter.name}=${value} does not match ${JSON.stringify(parameter.schema)}`);
      }
    }
    if (parameter.in === 'query' && parameter.required && !query.has(parameter.name)) problems.push(`${where}: query parameter ${parameter.name} missing`);
  }
  for (const [name, value] of query) {
    const parameter = op.parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) problems.push(`${where}: unknown query parameter ${name}`);
    else if (parameter.schema && !ajv.validate(parameter.schema, coerce(value, parameter.schema))) {
      problems.push(`${where}: query parameter ${name}=${value} does not match ${JSON.stringify(parameter.schema)}`);
    }
  }
  const requestBody = deref<{ content?: Record<string, unknown>; required?: boolean } | undefined>(op.operation.requestBody);
  if (requestBody?.content?.['application/json']) {
    if (body === undefined) {
      if (requestBody.required) problems.push(`${where}: request body missing`);
    } else {
      const validate = validatorAt(`${op.pointer}/requestBody/content/application~1json/schema`);
      if (!validate(body)) problems.push(`${where}: request body: ${errorsOf(validate)}`);
    }
  } else if (body !== undefined) {
    problems.push(`${where}: takes no request body`);
  }
  return problems;
}

/** What is wrong with a response the fake server is about to send, by the description. */
export function responseViolations(op: Operation, status: number, body: unknown): string[] {
  const responses = op.operation.responses as Record<string, unknown>;
  const documented = responses[String(status)];
  if (!documented) return status >= 400 ? [] : [`${op.method} ${op.template}: status ${status} is not documented`];
  const response = deref<{ content?: Record<string, { schema?: unknown }> }>(documented);
  if (!response.content?.['application/json']?.schema) return [];
  const pointer = (responses[String(status)] as { $ref?: string }).$ref
    ? `${(responses[String(status)] as { $ref: string }).$ref.slice(1)}/content/application~1json/schema`
    : `${op.pointer}/responses/${status}/content/application~1json/schema`;
  const validate = validatorAt(pointer);
  return validate(body) ? [] : [`${op.method} ${op.template} ${status} response: ${errorsOf(validate)}`];
}

/** An example response from the description, copied so that tests can change it. */
export function example<T = Json>(name: string): T {
  const found = (spec.components.examples as Record<string, { value: unknown }>)[name];
  if (!found) throw new Error(`no example ${name} in the OpenAPI subset`);
  return structuredClone(found.value) as T;
}
