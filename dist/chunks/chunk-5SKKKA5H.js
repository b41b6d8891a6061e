import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-RPOA3DD5.js";
import {
  __toESM
} from "./chunk-EXK3D34A.js";

// src/sdk/testing/validate-record.ts
var import_ajv = __toESM(require_ajv(), 1);

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
        }
      }
    }
  }
};

// src/sdk/testing/validate-record.ts
var fast;
var detailed;
function compileBranches(allErrors) {
  const ajv = new import_ajv.Ajv({ allErrors, strict: false });
  const validators = /* @__PURE__ */ new Map();
  for (const branch of telemetry_record_schema_default.oneOf) {
    validators.set(branch.properties.type.const, ajv.compile({ ...branch, definitions: telemetry_record_schema_default.definitions }));
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
function describe(error) {
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
    problems.push(...(explain.errors ?? validate.errors ?? []).map(describe));
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
  isValidRecord,
  validateRecord,
  previewRecord
};
