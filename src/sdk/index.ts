export { definePlugin } from '../telemetry/plugin.js';
export type {
  TelemetryPlugin,
  Plugin,
  PluginContext,
  Logger,
  Source,
  FileSource,
  DetectInput,
  Confidence,
} from '../telemetry/plugin.js';
export type {
  TelemetryRecord,
  PowerRecord,
  EnergyCounterRecord,
  EnergyRecord,
  UsageRecord,
  DeviceRef,
  Vendor,
  RecordOrigin,
  EnergyMethod,
} from '../telemetry/records.js';
export { InputError, isInputError } from '../telemetry/errors.js';
