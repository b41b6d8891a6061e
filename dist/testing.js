import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunks/chunk-KU44ACNY.js";
import {
  InputError,
  __toESM
} from "./chunks/chunk-4KTFTDHN.js";

// src/sdk/testing.ts
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

// src/sdk/testing/plugin-options.ts
var import_ajv = __toESM(require_ajv(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true });
function describe(error) {
  if (error.keyword === "additionalProperties") return `unknown option "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `option "${String(error.params.missingProperty)}" is required`;
  const name = error.instancePath.slice(1).replaceAll("/", ".");
  return `option "${name}" ${error.message ?? "is invalid"}`;
}
function validatePluginOptions(plugin, raw = {}) {
  const options = structuredClone(raw);
  if (!plugin.options) return options;
  let validate = compiled.get(plugin.options);
  if (!validate) {
    try {
      validate = ajv.compile(plugin.options);
    } catch (error) {
      throw new Error(`plugin ${plugin.name}: its options schema is not a valid JSON Schema: ${error.message}`, { cause: error });
    }
    compiled.set(plugin.options, validate);
  }
  if (!validate(options)) {
    const problems = (validate.errors ?? []).map(describe).join("; ");
    throw new InputError(`plugin ${plugin.name}: ${problems}`, {
      hint: `set plugin options with --plugin-option name=value or under the plugin's entry in .carbon-ci.yml; \`carbon-ci plugins ${plugin.name}\` lists them`
    });
  }
  return options;
}

// src/sdk/testing/validate-record.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// schemas/telemetry-record.schema.json
var telemetry_record_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://carbon-ci.dev/schemas/telemetry-record.schema.json",
  title: "carbon-ci telemetry record",
  description: "One record of the stream that plugins yield. Instants are UTC epoch milliseconds; power in W, energy in J.",
  oneOf: [
    {
      type: "object",
      required: [
        "type",
        "timeMs",
        "device",
        "powerW"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "power"
        },
        timeMs: {
          $ref: "#/definitions/instant"
        },
        device: {
          $ref: "#/definitions/device"
        },
        powerW: {
          type: "number",
          description: "W as the source reported it; the energy stage drops negative and implausible values with a warning"
        },
        utilization: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        origin: {
          $ref: "#/definitions/origin"
        }
      }
    },
    {
      type: "object",
      required: [
        "type",
        "timeMs",
        "device",
        "counterJ"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "energy-counter"
        },
        timeMs: {
          $ref: "#/definitions/instant"
        },
        device: {
          $ref: "#/definitions/device"
        },
        counterJ: {
          type: "number",
          description: "J; the energy stage handles resets"
        },
        origin: {
          $ref: "#/definitions/origin"
        }
      }
    },
    {
      type: "object",
      required: [
        "type",
        "startMs",
        "endMs",
        "device",
        "energyJ"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "energy"
        },
        startMs: {
          $ref: "#/definitions/instant"
        },
        endMs: {
          $ref: "#/definitions/instant"
        },
        device: {
          $ref: "#/definitions/device"
        },
        energyJ: {
          type: "number",
          minimum: 0
        },
        origin: {
          $ref: "#/definitions/origin"
        },
        sourceReported: {
          type: "object",
          additionalProperties: false,
          properties: {
            co2eG: {
              type: "number",
              minimum: 0
            },
            note: {
              type: "string"
            }
          }
        }
      }
    },
    {
      type: "object",
      required: [
        "type",
        "startMs",
        "endMs",
        "device"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "usage"
        },
        startMs: {
          $ref: "#/definitions/instant"
        },
        endMs: {
          $ref: "#/definitions/instant"
        },
        device: {
          $ref: "#/definitions/device"
        },
        utilization: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        powerW: {
          type: "number",
          minimum: 0
        },
        origin: {
          $ref: "#/definitions/origin"
        }
      }
    }
  ],
  definitions: {
    instant: {
      type: "number",
      minimum: 0,
      description: "UTC epoch milliseconds"
    },
    origin: {
      type: "object",
      additionalProperties: false,
      properties: {
        file: {
          type: "string"
        },
        line: {
          type: "integer",
          minimum: 1
        }
      }
    },
    device: {
      type: "object",
      required: [
        "id"
      ],
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        model: {
          type: "string"
        },
        vendor: {
          enum: [
            "nvidia",
            "amd",
            "intel",
            "google",
            "other"
          ]
        },
        host: {
          type: "string"
        },
        index: {
          type: "integer",
          minimum: 0
        },
        uuid: {
          type: "string"
        },
        component: {
          enum: [
            "gpu",
            "cpu",
            "ram",
            "node"
          ]
        }
      }
    }
  }
};

// src/sdk/testing/validate-record.ts
var fast;
var detailed;
function compileBranches(allErrors) {
  const ajv2 = new import_ajv2.Ajv({ allErrors, strict: false });
  const validators = /* @__PURE__ */ new Map();
  for (const branch of telemetry_record_schema_default.oneOf) {
    validators.set(branch.properties.type.const, ajv2.compile({ ...branch, definitions: telemetry_record_schema_default.definitions }));
  }
  return validators;
}
function branchValidators() {
  fast ??= compileBranches(false);
  return fast;
}
var NUMERIC_FIELDS = ["timeMs", "startMs", "endMs", "powerW", "counterJ", "energyJ", "utilization"];
var NUMBERS_BY_TYPE = {
  power: ["timeMs", "powerW", "utilization"],
  "energy-counter": ["timeMs", "counterJ"],
  energy: ["startMs", "endMs", "energyJ"],
  usage: ["startMs", "endMs", "powerW", "utilization"]
};
function isValidRecord(record) {
  if (typeof record !== "object" || record === null) return false;
  const fields = record;
  const type = fields.type;
  const validate = typeof type === "string" ? branchValidators().get(type) : void 0;
  if (validate === void 0 || !validate(record)) return false;
  for (const field of NUMBERS_BY_TYPE[type]) {
    const value = fields[field];
    if (value !== void 0 && !Number.isFinite(value)) return false;
  }
  return true;
}
function describe2(error) {
  const where = error.instancePath === "" ? "record" : error.instancePath.slice(1).replaceAll("/", ".");
  if (error.keyword === "additionalProperties") {
    return `${where} has unknown property "${String(error.params.additionalProperty)}"`;
  }
  return `${where} ${error.message ?? "is invalid"}`;
}
function validateRecord(record) {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return [`record must be an object, got ${record === null ? "null" : Array.isArray(record) ? "an array" : typeof record}`];
  }
  const type = record.type;
  const validate = typeof type === "string" ? branchValidators().get(type) : void 0;
  if (!validate) {
    return [`record type must be one of ${[...branchValidators().keys()].join(", ")}, got ${JSON.stringify(type)}`];
  }
  const problems = [];
  for (const field of NUMERIC_FIELDS) {
    const value = record[field];
    if (typeof value === "number" && !Number.isFinite(value)) problems.push(`${field} must be a finite number, got ${value}`);
  }
  if (!validate(record)) {
    detailed ??= compileBranches(true);
    const explain = detailed.get(type);
    explain(record);
    problems.push(...(explain.errors ?? validate.errors ?? []).map(describe2));
  }
  return problems;
}
function previewRecord(record, maxChars = 300) {
  let text;
  try {
    text = JSON.stringify(record, (_key, value) => typeof value === "number" && !Number.isFinite(value) ? String(value) : value);
  } catch {
    text = String(record);
  }
  if (text === void 0) text = String(record);
  return text.length > maxChars ? `${text.slice(0, maxChars)}\u2026` : text;
}

// src/sdk/testing.ts
var DETECT_HEAD_BYTES = 64 * 1024;
function createContext(settings = {}) {
  const messages = { debug: [], info: [], warn: [] };
  const raw = settings.options ?? {};
  const options = settings.plugin ? validatePluginOptions(settings.plugin, raw) : raw;
  return {
    options,
    timeZone: settings.timeZone ?? "UTC",
    signal: settings.signal ?? new AbortController().signal,
    log: {
      debug: (message) => messages.debug.push(message),
      info: (message) => messages.info.push(message),
      warn: (message) => messages.warn.push(message)
    },
    messages
  };
}
function fileSource(path) {
  return { kind: "file", path, open: () => createReadStream(path) };
}
function textSource(text, path = "inline.txt") {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { kind: "file", path, open: () => Readable.from([bytes]) };
}
async function detectInput(source) {
  const chunks = [];
  let size = 0;
  const stream = source.open();
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (size >= DETECT_HEAD_BYTES) break;
    }
  } finally {
    stream.destroy?.();
  }
  return { path: source.path, head: Buffer.concat(chunks).subarray(0, DETECT_HEAD_BYTES).toString("utf8") };
}
async function runPlugin(plugin, file, settings = {}) {
  const source = typeof file === "string" ? fileSource(file) : file instanceof URL ? fileSource(fileURLToPath(file)) : file;
  const context = createContext({ ...settings, plugin });
  const confidence = plugin.detect(await detectInput(source));
  const records = [];
  let yields = 0;
  for await (const item of plugin.read(source, context)) {
    yields++;
    if (Array.isArray(item)) for (const record of item) records.push(record);
    else records.push(item);
  }
  if (settings.validate !== false) assertValidRecords(records, plugin.name);
  return {
    records,
    warnings: context.messages.warn,
    infos: [...context.messages.info, ...context.messages.debug],
    confidence,
    yields
  };
}
function assertValidRecords(records, label = "records") {
  const failures = [];
  let invalid = 0;
  records.forEach((record, index) => {
    const problems = validateRecord(record);
    if (problems.length === 0) return;
    invalid++;
    if (failures.length < 5) failures.push(`  #${index}: ${problems.join("; ")}
    ${previewRecord(record)}`);
  });
  if (invalid > 0) {
    throw new Error(`${label}: ${invalid} of ${records.length} records break schemas/telemetry-record.schema.json
${failures.join("\n")}`);
  }
}
function expectRecords(actual, expected, tolerances = {}) {
  const toleranceJ = tolerances.toleranceJ ?? 1e-6;
  const tolerancePowerW = tolerances.tolerancePowerW ?? 1e-6;
  const toleranceMs = tolerances.toleranceMs ?? 0;
  const differences = [];
  if (actual.length !== expected.length) differences.push(`got ${actual.length} records, expected ${expected.length}`);
  const count = Math.min(actual.length, expected.length);
  for (let i = 0; i < count && differences.length < 20; i++) {
    const got = actual[i];
    const want = expected[i];
    if (got.type !== want.type) {
      differences.push(`record ${i}: type ${String(got.type)}, expected ${want.type}`);
      continue;
    }
    const numeric = [
      ["timeMs", toleranceMs, "ms"],
      ["startMs", toleranceMs, "ms"],
      ["endMs", toleranceMs, "ms"],
      ["powerW", tolerancePowerW, "W"],
      ["energyJ", toleranceJ, "J"],
      ["counterJ", toleranceJ, "J"],
      ["utilization", 1e-9, ""]
    ];
    for (const [field, tolerance, unit] of numeric) {
      const wanted = want[field];
      if (wanted === void 0) continue;
      const value = got[field];
      if (typeof value !== "number" || !(Math.abs(value - wanted) <= tolerance)) {
        differences.push(`record ${i}: ${field} ${String(value)}${unit && ` ${unit}`}, expected ${wanted}${unit && ` ${unit}`} (tolerance ${tolerance}${unit && ` ${unit}`})`);
      }
    }
    const device = got.device;
    const wantDevice = typeof want.device === "string" ? { id: want.device } : want.device;
    for (const [key, value] of Object.entries(wantDevice ?? {})) {
      const gotValue = device?.[key];
      if (gotValue !== value) differences.push(`record ${i}: device.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
    for (const [key, value] of Object.entries(want.origin ?? {})) {
      const gotValue = got.origin?.[key];
      if (gotValue !== value) differences.push(`record ${i}: origin.${key} ${JSON.stringify(gotValue)}, expected ${JSON.stringify(value)}`);
    }
  }
  if (differences.length > 0) throw new Error(`records differ from what was expected:
  ${differences.join("\n  ")}`);
}
export {
  DETECT_HEAD_BYTES,
  assertValidRecords,
  createContext,
  detectInput,
  expectRecords,
  fileSource,
  isValidRecord,
  runPlugin,
  textSource,
  validatePluginOptions,
  validateRecord
};
