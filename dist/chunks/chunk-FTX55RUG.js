import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  columnsOf,
  columnsProblems,
  decodeHead,
  isColumnsRecord
} from "./chunk-XA6MQUEP.js";
import {
  require_ajv
} from "./chunk-EYJOIFG6.js";
import {
  InputError
} from "./chunk-SMRZDHV4.js";
import {
  __toESM
} from "./chunk-BVPVHZAW.js";

// src/telemetry/source.ts
import { createReadStream, statSync } from "node:fs";
import { open } from "node:fs/promises";
var CHUNK_BYTES = 1 << 18;
var MIN_CHUNK_BYTES = 1 << 12;
var HEAD_BYTES = 64 * 1024;
function fileSource(path, onBytes, sizeBytes) {
  return {
    kind: "file",
    path,
    open: () => {
      const size = sizeBytes ?? statSync(path, { throwIfNoEntry: false })?.size ?? CHUNK_BYTES;
      const stream = createReadStream(path, { highWaterMark: Math.max(MIN_CHUNK_BYTES, Math.min(CHUNK_BYTES, size + 1)) });
      if (onBytes) stream.on("data", (chunk) => onBytes(chunk.length));
      return stream;
    }
  };
}
async function readHead(path, maxBytes = HEAD_BYTES) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return decodeHead(buffer.subarray(0, filled), path);
  } finally {
    await handle.close();
  }
}
function notAFileError(info, file) {
  if (info.isFIFO()) {
    return new InputError("this is a FIFO (named pipe): carbon-ci reads files, not pipes", {
      file,
      hint: "write the log to a regular file (e.g. `nvidia-smi ... -f power.csv`) and pass that file once the logger has stopped"
    });
  }
  const kind = info.isCharacterDevice() ? "a character device" : info.isBlockDevice() ? "a block device" : info.isSocket() ? "a socket" : void 0;
  if (kind === void 0) return void 0;
  return new InputError(`this is ${kind}, not a file: carbon-ci reads telemetry log files`, {
    file,
    hint: "pass the log file that the logger wrote (e.g. power.csv), not a device or socket"
  });
}

// src/telemetry/plugin-options.ts
var import_ajv = __toESM(require_ajv(), 1);
var compiled = /* @__PURE__ */ new WeakMap();
var ajv;
var validatorFactory = () => ajv ??= new import_ajv.Ajv({ allErrors: true, strict: false, coerceTypes: true, useDefaults: true });
function describe(error) {
  if (error.keyword === "additionalProperties") return `unknown option "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `option "${String(error.params.missingProperty)}" is required`;
  const name = error.instancePath.slice(1).replaceAll("/", ".");
  return `option "${name}" ${error.message ?? "is invalid"}`;
}
function checkOptionsSchema(plugin) {
  optionsValidator(plugin);
}
function optionsValidator(plugin) {
  if (!plugin.options) return void 0;
  let validate = compiled.get(plugin.options);
  if (!validate) {
    try {
      validate = validatorFactory().compile(plugin.options);
    } catch (error) {
      throw new Error(`plugin ${plugin.name}: its options schema is not a valid JSON Schema: ${error.message}`, { cause: error });
    }
    compiled.set(plugin.options, validate);
  }
  return validate;
}
var NOTHING_SATISFIES = /* @__PURE__ */ new Set(["$schema", "$id", "title", "description", "type", "properties", "additionalProperties", "patternProperties", "propertyNames", "maxProperties"]);
function acceptsNoOptions(schema) {
  if (schema.type !== "object" || !Object.keys(schema).every((keyword) => NOTHING_SATISFIES.has(keyword))) return false;
  const properties = schema.properties ?? {};
  return Object.values(properties).every((property) => typeof property === "object" && property !== null && !("default" in property));
}
function validatePluginOptions(plugin, raw = {}) {
  const options = structuredClone(raw);
  if (!plugin.options || Object.keys(options).length === 0 && acceptsNoOptions(plugin.options)) return options;
  const validate = optionsValidator(plugin);
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
      description: "Power readings of one or more devices in columns: row i is the reading powerW[i] of devices[deviceIndex[i]] at timeMs[i], as a power record without an origin would give it. All columns have the same length.",
      required: [
        "type",
        "devices",
        "deviceIndex",
        "timeMs",
        "powerW"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "power-columns"
        },
        devices: {
          type: "array",
          items: {
            $ref: "#/definitions/device"
          },
          minItems: 1
        },
        deviceIndex: {
          type: "array",
          items: {
            type: "integer",
            minimum: 0
          },
          description: "per row, an index into devices"
        },
        timeMs: {
          type: "array",
          items: {
            $ref: "#/definitions/instant"
          }
        },
        powerW: {
          type: "array",
          items: {
            type: "number"
          },
          description: "W as the source reported it"
        },
        utilization: {
          type: "array",
          items: {
            type: [
              "number",
              "null"
            ],
            minimum: 0,
            maximum: 1
          },
          description: "per row, 0..1; null (NaN in a typed array) where the row has none"
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
      description: "Energy-counter readings of one or more devices in columns: row i is the reading counterJ[i] of devices[deviceIndex[i]] at timeMs[i], as an energy-counter record without an origin would give it. All columns have the same length.",
      required: [
        "type",
        "devices",
        "deviceIndex",
        "timeMs",
        "counterJ"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "energy-counter-columns"
        },
        devices: {
          type: "array",
          items: {
            $ref: "#/definitions/device"
          },
          minItems: 1
        },
        deviceIndex: {
          type: "array",
          items: {
            type: "integer",
            minimum: 0
          },
          description: "per row, an index into devices"
        },
        timeMs: {
          type: "array",
          items: {
            $ref: "#/definitions/instant"
          }
        },
        counterJ: {
          type: "array",
          items: {
            type: "number"
          },
          description: "J; the energy stage handles resets"
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
        basis: {
          const: "counter",
          description: "How the source got the energy, when it is not its own integration: 'counter' is the difference of a hardware energy counter's readings (e.g. a Prometheus server's reduction of DCGM's counter); the report then counts it as counter evidence"
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
    },
    {
      type: "object",
      description: "The device was sampled at timeMs and gave no reading (nvidia-smi's [N/A], [Not Supported]): its time is not covered, and a device with nothing else is listed with no energy and 0 % coverage instead of vanishing.",
      required: [
        "type",
        "timeMs",
        "device"
      ],
      additionalProperties: false,
      properties: {
        type: {
          const: "no-reading"
        },
        timeMs: {
          $ref: "#/definitions/instant"
        },
        device: {
          $ref: "#/definitions/device"
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
        count: {
          type: "integer",
          minimum: 1,
          description: "Identical accelerators the device stands for, when the source reports them together"
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
        },
        site: {
          type: "object",
          required: [
            "recordedBy"
          ],
          additionalProperties: false,
          description: "Where the source recorded that the device ran; carbon-ci prices the device there unless the user names a location, intensity or PUE",
          properties: {
            country: {
              type: "string",
              description: "ISO 3166-1 alpha-2 or alpha-3 code"
            },
            region: {
              type: "string",
              description: "A subdivision code (US-CA, CA-QC) or name (california, Qu\xE9bec)"
            },
            cloudRegion: {
              type: "string",
              description: "provider:region, e.g. aws:us-east-1"
            },
            pue: {
              type: "number",
              minimum: 1,
              maximum: 3
            },
            recordedBy: {
              type: "string",
              minLength: 1
            }
          }
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
  usage: ["startMs", "endMs", "powerW", "utilization"],
  "no-reading": ["timeMs"]
};
function isColumns(record) {
  return isColumnsRecord(record);
}
function asJson(record) {
  if (!isColumns(record)) return record;
  const plain = (column) => ArrayBuffer.isView(column) && !(column instanceof DataView) ? Array.from(column) : column;
  const json = { ...record };
  for (const [name, column] of Object.entries(columnsOf(record))) if (column !== void 0) json[name] = plain(column);
  const utilization = json.utilization;
  if (Array.isArray(utilization)) json.utilization = utilization.map((u) => typeof u === "number" && Number.isNaN(u) ? null : u);
  return json;
}
function columnProblems(record) {
  if (!isColumns(record)) return [];
  const problems = columnsProblems(record);
  if (problems.length > 0) return problems;
  const columns = columnsOf(record);
  for (const name of ["timeMs", record.type === "power-columns" ? "powerW" : "counterJ"]) {
    const column = columns[name];
    for (let i = 0; i < column.length; i++) {
      if (!Number.isFinite(column[i])) {
        problems.push(`${name}[${i}] must be a finite number, got ${column[i]}`);
        break;
      }
    }
  }
  return problems;
}
function isValidRecord(record) {
  if (typeof record !== "object" || record === null) return false;
  if (isColumns(record)) return columnProblems(record).length === 0 && branchValidators().get(record.type)(asJson(record));
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
  problems.push(...columnProblems(record));
  const json = asJson(record);
  if (!validate(json)) {
    detailed ??= compileBranches(true);
    const explain = detailed.get(type);
    explain(json);
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

export {
  HEAD_BYTES,
  fileSource,
  readHead,
  notAFileError,
  checkOptionsSchema,
  validatePluginOptions,
  isValidRecord,
  validateRecord,
  previewRecord
};
