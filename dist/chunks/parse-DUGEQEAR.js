import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-SA4DP22Q.js";
import {
  require_ajv
} from "./chunk-EYJOIFG6.js";
import {
  InputError
} from "./chunk-SMRZDHV4.js";
import {
  __toESM
} from "./chunk-BVPVHZAW.js";

// src/config/parse.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://carbon-ci.dev/schemas/config.schema.json",
  title: "carbon-ci configuration (.carbon-ci.yml)",
  description: "Settings shared by the CLI and the Action. Flags and Action inputs override these values.",
  type: "object",
  additionalProperties: false,
  properties: {
    telemetry: {
      description: "Files or globs to read.",
      oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }]
    },
    plugin: { type: "string", description: `A plugin name, or "auto" to detect each file's format.` },
    plugins: {
      type: "array",
      description: "Extra plugin modules: repository paths (.js/.mjs) or installed npm package names.",
      items: { type: "string" }
    },
    pluginOptions: {
      type: "object",
      description: "Options per plugin name, validated against that plugin's own schema.",
      additionalProperties: { type: "object" }
    },
    location: { type: "string", description: "Country (FR), US state (US-CA) or cloud region (aws:us-east-1)." },
    pue: { type: "number", minimum: 1, maximum: 3 },
    facility: {
      enum: ["cloud", "datacenter", "hpc", "desktop"],
      description: "Kind of facility, for the default PUE: cloud (the provider's figure; the location must be a cloud region), datacenter (industry average), hpc (an HPC centre), desktop (a laptop or workstation, 1.0). `pue` wins."
    },
    intensityScope: {
      enum: ["life-cycle", "direct"],
      description: "What the location's grid intensity counts: life-cycle CO2e (the default) or direct (combustion) emissions only."
    },
    intensity: { type: "number", minimum: 0, maximum: 2e3, description: "Grid intensity in g CO2e per kWh." },
    functionalUnit: {
      type: "string",
      maxLength: 100,
      pattern: "^\\s*[\\p{L}\\p{N}_.-](?:[\\p{L}\\p{N}_. -]{0,38}[\\p{L}\\p{N}_.-])?\\s*=\\s*\\+?(?=[0-9]*\\.?[0-9])(?=[0-9.]*[1-9])[0-9]*\\.?[0-9]*(?:[eE][+-]?[0-9]{1,2})?\\s*$",
      description: "What the job produced, NAME=COUNT (e.g. tokens=2e9): a name of up to 40 letters, digits, spaces, _, - or ., and a positive decimal count (exponent of at most two digits). The report adds its SCI, CO2e per unit."
    },
    timezone: { type: "string", description: "IANA zone of timestamps that carry none." },
    maxGapS: {
      description: 'Longest interval between samples that is bridged, in seconds, or "auto".',
      oneOf: [{ type: "number", exclusiveMinimum: 0 }, { const: "auto" }]
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: {
        co2eKg: { type: "number", minimum: 0 },
        energyKWh: { type: "number", minimum: 0 },
        maxIncreasePercent: { type: "number", minimum: 0 },
        failOnBudget: { type: "boolean" }
      }
    },
    smoke: {
      type: "object",
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        inputs: { type: "string" },
        expected: { type: "string" },
        device: { enum: ["auto", "cuda", "cpu"] },
        iterations: { type: "integer", minimum: 1 },
        batchSize: { type: "integer", minimum: 1 }
      }
    }
  }
};

// src/config/parse.ts
var compiled;
var validator = () => compiled ??= new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true }).compile(config_schema_default);
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line2 = lineCounter.linePos(yamlError.pos[0]).line;
    throw new InputError(`is not valid YAML: ${yamlError.message.split("\n")[0]}`, { file, line: line2, hint: "fix the YAML syntax" });
  }
  const value = doc.toJS() ?? {};
  const validate = validator();
  if (validate(value)) return value;
  const error = validate.errors?.[0];
  const path = (error?.instancePath ?? "").split("/").filter(Boolean);
  const extra = error?.keyword === "additionalProperties" ? error.params.additionalProperty : void 0;
  const line = lineCounter.linePos(offsetOf(doc, path, extra)).line;
  const key = path.join(".") || "(top level)";
  const shaped = error?.keyword === "pattern" || error?.keyword === "maxLength";
  const detail = error?.keyword === "additionalProperties" ? `unknown setting "${extra}"` : shaped ? `${key} ${JSON.stringify(String(error.data).slice(0, 60))} is not in the accepted form` : `${key} ${error?.message ?? "is invalid"}`;
  const description = shaped ? error.parentSchema?.description : void 0;
  const hint = typeof description === "string" ? description : "see schemas/config.schema.json for the accepted settings";
  throw new InputError(detail, { file, line, hint });
}
function offsetOf(doc, path, extraKey) {
  const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (extraKey !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === extraKey);
    if (pair && (0, import_yaml.isNode)(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return (0, import_yaml.isNode)(node) && node.range ? node.range[0] : 0;
}
export {
  parseConfig
};
