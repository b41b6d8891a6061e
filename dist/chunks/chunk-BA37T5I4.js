import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DroppedRows,
  definePlugin,
  deviceRef,
  isValidTimeZone,
  parseNumber,
  splitCsvLine,
  zoneOffsetMs
} from "./chunk-UFX5LSVI.js";
import {
  readLines
} from "./chunk-NLDG2LJS.js";
import {
  InputError
} from "./chunk-NVUXMN5N.js";

// src/measure/detached.ts
import { spawn as spawn2 } from "node:child_process";
import { closeSync as closeSync2, openSync as openSync2, readFileSync } from "node:fs";
import { readdir as readdir3, readFile as readFile4, rename, writeFile } from "node:fs/promises";
import { join as join6 } from "node:path";

// src/measure/host-usage.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// plugins/host-usage/index.ts
var HOST_USAGE_LOG_HEADER = "start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model";
var COLUMNS = HOST_USAGE_LOG_HEADER.split(",");
var CPU_W_PER_VCPU = 3.97;
var MEMORY_W_PER_GB = 0.3725;
var BYTES_PER_GB = 1e9;
var ESTIMATE_SOURCES = `CPU: ${CPU_W_PER_VCPU} W per vCPU at full load (Cloud Carbon Footprint coefficients, Cascade Lake) \xD7 utilisation from /proc/stat; memory: ${MEMORY_W_PER_GB} W per GB (10^9 bytes) of installed memory (Green Algorithms) from /proc/meminfo`;
function detect({ head }) {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].trim();
  return first === HOST_USAGE_LOG_HEADER ? 0.95 : 0;
}
function parseRow(fields) {
  const [start, end, vcpus, utilization, memTotal, , model] = fields;
  const row = {
    // parseNumber, not Number: an empty field is missing, not 0.
    startMs: parseNumber(start ?? "") ?? Number.NaN,
    endMs: parseNumber(end ?? "") ?? Number.NaN,
    vcpus: parseNumber(vcpus ?? "") ?? Number.NaN,
    utilization: parseNumber(utilization ?? "") ?? Number.NaN,
    memTotalBytes: parseNumber(memTotal ?? "") ?? Number.NaN,
    model: model ?? ""
  };
  const valid = Number.isFinite(row.startMs) && row.endMs >= row.startMs && Number.isInteger(row.vcpus) && row.vcpus > 0 && row.utilization >= 0 && row.utilization <= 1 && row.memTotalBytes >= 0;
  return valid ? row : void 0;
}
async function* read(source, context) {
  const file = source.path;
  const dropped = new DroppedRows(file);
  let cpu;
  let ram;
  let header = false;
  let rows = 0;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (!header) {
        if (text.trim() !== HOST_USAGE_LOG_HEADER) {
          throw new InputError("not a host usage log: the first line must be its header", { file, line, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = true;
        return;
      }
      const fields = splitCsvLine(text, { file, line });
      const row = fields.length === COLUMNS.length ? parseRow(fields) : void 0;
      if (row === void 0) {
        dropped.add("a row cut short or with invalid values", line);
        return;
      }
      rows += 1;
      cpu ??= deviceRef({ component: "cpu", index: 0, model: row.model });
      ram ??= deviceRef({ component: "ram", index: 0 });
      const origin = { file, line };
      records.push({ type: "usage", startMs: row.startMs, endMs: row.endMs, device: cpu, powerW: row.vcpus * CPU_W_PER_VCPU, utilization: row.utilization, origin });
      if (row.memTotalBytes > 0) {
        records.push({ type: "usage", startMs: row.startMs, endMs: row.endMs, device: ram, powerW: row.memTotalBytes / BYTES_PER_GB * MEMORY_W_PER_GB, utilization: 1, origin });
      }
    });
    if (records.length > 0) yield records;
  }
  if (!header) throw new InputError("the host usage log is empty", { file, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
  if (rows > 0) context.log.warn(`${file}: CPU and memory energy are estimates, not measurements (RAPL was not readable): ${ESTIMATE_SOURCES}`);
  dropped.report(context.log, "the time they cover counts as a gap");
}
var host_usage_default = definePlugin({
  name: "host-usage",
  kind: "telemetry",
  description: "CPU utilisation (/proc/stat) and installed memory (/proc/meminfo) from the log that `carbon-ci run` writes where RAPL is unreadable: a labelled estimate of CPU and memory energy.",
  example: `${HOST_USAGE_LOG_HEADER}
1765000000000,1765000001000,4,0.62,16777216000,12582912000,"AMD EPYC 7763 64-Core Processor"`,
  detect,
  read
});

// src/measure/log-file.ts
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
var LogFile = class {
  constructor(path, header) {
    this.path = path;
    this.stream = createWriteStream(path, { flags: "w" });
    this.stream.on("error", (error) => this.failed ??= error);
    this.stream.write(`${header}
`);
  }
  path;
  stream;
  failed;
  lines = 0;
  /** The first write error, if any: the sampler reports it as a warning instead of crashing the run. */
  get error() {
    return this.failed;
  }
  write(line) {
    if (this.failed) return;
    this.lines += 1;
    this.stream.write(`${line}
`);
  }
  close() {
    return new Promise((resolve) => {
      if (this.stream.closed) {
        resolve();
        return;
      }
      this.stream.end(() => resolve());
      this.stream.once("error", () => resolve());
    });
  }
};
function csvField(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
async function readHead(path) {
  const handle = await open(path, "r").catch(() => void 0);
  if (handle === void 0) return "";
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch {
    return "";
  } finally {
    await handle.close();
  }
}

// src/measure/types.ts
var DEFAULT_INTERVAL_MS = 1e3;
var MIN_INTERVAL_MS = 100;
var MAX_INTERVAL_MS = 6e4;
function samplerWarning(sampler, message) {
  return { code: "sampler", message: `${sampler}: ${message}` };
}
function toolTimeZone(env) {
  const tz = env.TZ;
  if (tz !== void 0 && tz !== "" && isValidTimeZone(tz)) return tz;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}

// src/measure/polled-sampler.ts
var PolledSampler = class {
  constructor(logPath, header, options, said) {
    this.said = said;
    this.nowMs = options.nowMs ?? Date.now;
    this.log = new LogFile(logPath, header);
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    this.timer.unref();
  }
  said;
  warnings = [];
  log;
  nowMs;
  /** Readings that failed, counted by the subclass's `sample`. */
  failures = 0;
  timer;
  reading = Promise.resolve();
  /** Queues a reading after the one in progress; resolves once it is done. */
  tick() {
    this.reading = this.reading.then(() => this.sample());
    return this.reading;
  }
  async stop() {
    clearInterval(this.timer);
    await this.tick();
    await this.log.close();
    if (this.failures > 0) this.warnings.push(samplerWarning(this.name, this.said.failedReadings(this.failures)));
    if (this.log.error) this.warnings.push(samplerWarning(this.name, `cannot write ${this.log.path} (${this.log.error.message}); ${this.said.incomplete}`));
  }
  files() {
    return Promise.resolve(this.log.lines > 0 ? [this.log.path] : []);
  }
  pids() {
    return [];
  }
};

// src/measure/host-usage.ts
var DEFAULT_PROC_ROOT = "/proc";
var HOST_USAGE_LOG_NAME = "host-usage.csv";
var BYTES_PER_KIB = 1024;
function parseProcStat(text) {
  const lines = text.split("\n");
  const aggregate = lines.find((line) => /^cpu\s/.test(line));
  if (aggregate === void 0) return void 0;
  const ticks = aggregate.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 4 || ticks.some((n) => !Number.isFinite(n))) return void 0;
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3] + (ticks[4] ?? 0);
  const vcpus = lines.filter((line) => /^cpu\d+\s/.test(line)).length;
  return vcpus > 0 ? { busy: total - idle, total, vcpus } : void 0;
}
function parseMeminfo(text) {
  const kib = (key) => {
    const match = new RegExp(`^${key}:\\s+(\\d+)\\s*kB`, "m").exec(text);
    return match ? Number(match[1]) * BYTES_PER_KIB : void 0;
  };
  const totalBytes = kib("MemTotal");
  if (totalBytes === void 0) return void 0;
  return { totalBytes, availableBytes: kib("MemAvailable") ?? 0 };
}
function cpuModel(cpuinfo) {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? "";
}
async function startHostUsage(options) {
  const root = options.env.CARBON_CI_PROC_ROOT || DEFAULT_PROC_ROOT;
  const first = await readTimes(root);
  if (first === void 0) return { name: "host-usage", reason: `${join(root, "stat")} is not readable (not Linux?)` };
  const model = cpuModel(await readFile(join(root, "cpuinfo"), "utf8").catch(() => ""));
  return new HostUsageSampler(root, first, model, options);
}
async function readTimes(root) {
  return parseProcStat(await readFile(join(root, "stat"), "utf8").catch(() => ""));
}
var HostUsageSampler = class extends PolledSampler {
  constructor(root, last, model, options) {
    super(join(options.logDir, HOST_USAGE_LOG_NAME), HOST_USAGE_LOG_HEADER, options, {
      failedReadings: (count) => `${count} reading(s) of ${root}/stat or meminfo failed; the time around them counts as a gap`,
      incomplete: "the CPU estimate is incomplete"
    });
    this.root = root;
    this.last = last;
    this.model = model;
  }
  root;
  last;
  model;
  name = "host-usage";
  lastMs = this.nowMs();
  /** One row: the interval since the last sample, its utilisation, and the memory now. */
  async sample() {
    const nowMs = this.nowMs();
    const [times, meminfo] = await Promise.all([readTimes(this.root), readFile(join(this.root, "meminfo"), "utf8").catch(() => "")]);
    const memory = parseMeminfo(meminfo);
    if (times === void 0 || memory === void 0) {
      this.failures += 1;
      return;
    }
    const totalTicks = times.total - this.last.total;
    if (!(nowMs > this.lastMs && totalTicks > 0)) return;
    const utilization = Math.min(1, Math.max(0, (times.busy - this.last.busy) / totalTicks));
    this.log.write([this.lastMs, nowMs, times.vcpus, utilization.toFixed(4), memory.totalBytes, memory.availableBytes, csvField(this.model)].join(","));
    this.last = times;
    this.lastMs = nowMs;
  }
};

// src/measure/rapl.ts
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// plugins/rapl/index.ts
var RAPL_LOG_HEADER = "timestamp_ms,zone,name,energy_uj,max_energy_range_uj";
var COLUMNS2 = RAPL_LOG_HEADER.split(",");
var UJ_PER_J = 1e6;
var ZONE = /^[a-z_-]+:(\d+)(?::(\d+))?$/;
function detect2({ head }) {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].trim();
  return first === RAPL_LOG_HEADER ? 0.95 : 0;
}
function deviceOf(zone, name) {
  const match = ZONE.exec(zone);
  if (!match) return void 0;
  const index = Number(match[1]);
  if (name === "dram") return { component: "ram", index };
  if (/^(?:package-|Esocket)\d+$/.test(name) && match[2] === void 0) return { component: "cpu", index };
  return void 0;
}
var NO_WRAP_RANGE_UJ = 2 ** 53;
async function* read2(source, context) {
  const file = source.path;
  const counters = /* @__PURE__ */ new Map();
  const devices = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  const skippedZones = /* @__PURE__ */ new Set();
  let header = false;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (!header) {
        if (text.trim() !== RAPL_LOG_HEADER) {
          throw new InputError("not a RAPL log: the first line must be its header", { file, line, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = true;
        return;
      }
      const fields = splitCsvLine(text, { file, line });
      if (fields.length !== COLUMNS2.length) {
        dropped.add("a row with the wrong number of fields", line);
        return;
      }
      const [timeText, zone, name, energyText, rangeText] = fields;
      const timeMs = parseNumber(timeText) ?? Number.NaN;
      const energyUj = parseNumber(energyText) ?? Number.NaN;
      const rangeUj = parseNumber(rangeText) ?? Number.NaN;
      if (!Number.isFinite(timeMs) || !Number.isFinite(energyUj) || energyUj < 0 || !(rangeUj > 0)) {
        dropped.add("a row without a valid time, energy or range", line);
        return;
      }
      const what = deviceOf(zone, name);
      if (what === void 0) {
        skippedZones.add(`${zone} (${name})`);
        return;
      }
      let counter = counters.get(zone);
      if (counter === void 0) {
        const key = `${what.component}${what.index}`;
        let device = devices.get(key);
        if (device === void 0) {
          device = deviceRef({ component: what.component, index: what.index, model: what.component === "cpu" ? `${zone.startsWith("amd_energy:") ? "amd_energy" : "RAPL"} ${name}` : "RAPL dram" });
          devices.set(key, device);
        }
        counter = { device, lastUj: energyUj, wrappedUj: 0, wraps: 0 };
        counters.set(zone, counter);
      } else if (energyUj < counter.lastUj && rangeUj < NO_WRAP_RANGE_UJ) {
        counter.wrappedUj += rangeUj;
        counter.wraps += 1;
      }
      counter.lastUj = energyUj;
      records.push({ type: "energy-counter", timeMs, device: counter.device, counterJ: (counter.wrappedUj + energyUj) / UJ_PER_J, origin: { file, line } });
    });
    if (records.length > 0) yield records;
  }
  if (!header) throw new InputError("the RAPL log is empty", { file, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
  const wraps = [...counters.values()].reduce((sum, c) => sum + c.wraps, 0);
  if (wraps > 0) context.log.info(`${file}: the RAPL counters wrapped ${wraps} time(s) at max_energy_range_uj; counted as wraps`);
  if (skippedZones.size > 0) context.log.debug(`${file}: zones inside a package (or psys) left out, as the package counts them: ${[...skippedZones].join(", ")}`);
  dropped.report(context.log, "the time around them counts as a gap");
}
var rapl_default = definePlugin({
  name: "rapl",
  kind: "telemetry",
  description: "CPU package and DRAM energy counters (RAPL: /sys/class/powercap, or amd_energy hwmon sockets) from the log that `carbon-ci run` writes; wraps at max_energy_range_uj counted.",
  example: `${RAPL_LOG_HEADER}
1765000000000,intel-rapl:0,package-0,81234567890,262143328850`,
  detect: detect2,
  read: read2
});

// src/measure/amd-energy.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var DEFAULT_HWMON_ROOT = "/sys/class/hwmon";
var DRIVERS = /* @__PURE__ */ new Set(["amd_energy", "zenergy"]);
var SOCKET_LABEL = /^Esocket(\d+)$/;
var AMD_ENERGY_RANGE_UJ = "18446744073709551615";
async function findAmdEnergyZones(root) {
  let devices;
  try {
    devices = (await readdir(root)).sort();
  } catch (error) {
    return { zones: [], reason: `${root} is not readable (${error.code ?? "error"})` };
  }
  const zones = [];
  let unreadable;
  for (const device of devices) {
    const dir = join2(root, device);
    const name = (await readFile2(join2(dir, "name"), "utf8").catch(() => "")).trim();
    if (!DRIVERS.has(name)) continue;
    const labels = (await readdir(dir).catch(() => [])).filter((f) => /^energy\d+_label$/.test(f));
    for (const labelFile of labels) {
      const socket = SOCKET_LABEL.exec((await readFile2(join2(dir, labelFile), "utf8").catch(() => "")).trim())?.[1];
      if (socket === void 0) continue;
      const energyPath = join2(dir, labelFile.replace(/_label$/, "_input"));
      try {
        await readFile2(energyPath, "utf8");
        zones.push({ id: `amd_energy:${Number(socket)}`, name: `Esocket${socket}`, energyPath, maxEnergyRangeUj: AMD_ENERGY_RANGE_UJ });
      } catch (error) {
        unreadable ??= `${energyPath} is not readable (${error.code ?? "error"}; the driver lets only root read it)`;
      }
    }
  }
  zones.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  return zones.length > 0 ? { zones } : { zones, reason: unreadable ?? `no amd_energy socket counters under ${root}` };
}

// src/measure/rapl.ts
var DEFAULT_POWERCAP_ROOT = "/sys/class/powercap";
var RAPL_LOG_NAME = "rapl.csv";
var ZONE_DIR = /^intel-rapl:\d+(?::\d+)?$/;
async function findZones(root) {
  let entries;
  try {
    entries = (await readdir2(root)).filter((name) => ZONE_DIR.test(name)).sort();
  } catch (error) {
    return { zones: [], reason: `${root} is not readable (${error.code ?? "error"})` };
  }
  if (entries.length === 0) return { zones: [], reason: `no intel-rapl zones under ${root}` };
  const zones = [];
  let unreadable;
  for (const id of entries) {
    const dir = join3(root, id);
    try {
      const name = (await readFile3(join3(dir, "name"), "utf8")).trim();
      const isPackage = /^package-\d+$/.test(name) && id.split(":").length === 2;
      if (!isPackage && name !== "dram") continue;
      const energyPath = join3(dir, "energy_uj");
      await readFile3(energyPath, "utf8");
      const maxEnergyRangeUj = (await readFile3(join3(dir, "max_energy_range_uj"), "utf8")).trim();
      if (/^\d+$/.test(maxEnergyRangeUj) && Number(maxEnergyRangeUj) > 0) zones.push({ id, name, energyPath, maxEnergyRangeUj });
    } catch (error) {
      unreadable ??= `${join3(dir, "energy_uj")} is not readable (${error.code ?? "error"}; since Linux 5.10 only root may read it)`;
    }
  }
  return zones.length > 0 ? { zones } : { zones, reason: unreadable ?? `no package or dram zone under ${root}` };
}
async function startRapl(options) {
  const root = options.env.CARBON_CI_POWERCAP_ROOT || DEFAULT_POWERCAP_ROOT;
  const powercap = await findZones(root);
  let zones = powercap.zones;
  let reason = powercap.reason;
  if (!zones.some((zone) => zone.name !== "dram")) {
    const hwmon = await findAmdEnergyZones(options.env.CARBON_CI_HWMON_ROOT || DEFAULT_HWMON_ROOT);
    zones = [...zones, ...hwmon.zones];
    if (hwmon.zones.length === 0) reason = `${reason ?? "no package zone"}; ${hwmon.reason}`;
  }
  if (zones.length === 0) return { name: "rapl", reason: reason ?? "no zones" };
  const sampler = new RaplSampler(zones, options);
  await sampler.started();
  return sampler;
}
var RaplSampler = class extends PolledSampler {
  constructor(zones, options) {
    super(join3(options.logDir, RAPL_LOG_NAME), RAPL_LOG_HEADER, options, {
      failedReadings: (count) => `${count} counter reading(s) failed; the time around them counts as a gap`,
      incomplete: "CPU energy is incomplete"
    });
    this.zones = zones;
  }
  zones;
  name = "rapl";
  /** The first reading: the command's start. */
  started() {
    return this.tick();
  }
  async sample() {
    const timeMs = this.nowMs();
    const values = await Promise.all(this.zones.map((zone) => readFile3(zone.energyPath, "utf8").then((text) => text.trim(), () => void 0)));
    this.zones.forEach((zone, i) => {
      const value = values[i];
      if (value === void 0 || !/^\d+$/.test(value)) {
        this.failures += 1;
        return;
      }
      this.log.write(`${timeMs},${zone.id},${zone.name},${value},${zone.maxEnergyRangeUj}`);
    });
  }
};

// src/shared/path-lookup.ts
import { accessSync, constants } from "node:fs";
import { delimiter, join as join4 } from "node:path";
function findOnPath(command, env = process.env) {
  const suffixes = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      const candidate = join4(dir, command + suffix);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
function commandOnPath(command, env = process.env) {
  return findOnPath(command, env) !== void 0;
}

// src/measure/tool-sampler.ts
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { join as join5 } from "node:path";
var STOP_GRACE_MS = 3e3;
var STDERR_KEPT_CHARS = 400;
var FIRST_ROWS_WAIT_MS = 5e3;
var FIRST_ROWS_POLL_MS = 50;
var ToolSampler = class {
  constructor(spec, executable, args, options) {
    this.spec = spec;
    this.executable = executable;
    this.args = args;
    this.options = options;
    this.name = spec.name;
    this.launch();
  }
  spec;
  executable;
  args;
  options;
  name;
  warnings = [];
  runs = [];
  stopping = false;
  stderr = "";
  /** One process of the tool, its stdout straight into a file. */
  launch() {
    const n = this.runs.length + 1;
    const path = join5(this.options.logDir, n === 1 ? `${this.spec.logBase}.csv` : `${this.spec.logBase}-${n}.csv`);
    const fd = openSync(path, "w");
    let child;
    try {
      child = spawn(this.executable, this.args, { stdio: ["ignore", fd, "pipe"], env: this.options.env });
    } finally {
      closeSync(fd);
    }
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk) => this.stderr = (this.stderr + chunk).slice(-STDERR_KEPT_CHARS));
    const startedMs = Date.now();
    const exited = new Promise((resolve) => {
      child.once("error", (error) => {
        this.warnings.push(samplerWarning(this.name, `cannot start ${this.executable} (${error.message}); no GPU power was logged`));
        resolve();
      });
      child.once("exit", (code, signal2) => {
        if (!this.stopping) this.died(code, signal2, startedMs);
        resolve();
      });
    });
    this.runs.push({ path, child, exited, startedMs });
  }
  /** The tool ended before the command did: restart it once, and say where the gap is. */
  died(code, signal2, startedMs) {
    const how = signal2 ? `was killed by ${signal2}` : `exited with status ${code}`;
    const said = this.stderr.trim() === "" ? "" : ` (${this.stderr.trim().split("\n").at(-1)})`;
    this.stderr = "";
    const at = (/* @__PURE__ */ new Date()).toISOString();
    if (this.runs.length === 1) {
      this.warnings.push(samplerWarning(this.name, `${this.name} ${how}${said} at ${at}, ${Math.round((Date.now() - startedMs) / 1e3)} s after it started; restarted once into a new log; the time without samples is bridged when shorter than the maximum gap, else a gap in the GPUs' coverage`));
      this.launch();
    } else {
      this.warnings.push(samplerWarning(this.name, `${this.name} ${how} again${said} at ${at}; not restarted, the GPUs are not measured from then on`));
    }
  }
  /** Waits until the first rows are written (or the tool has ended, or a few seconds passed), so that the command's start is measured. */
  async firstRows() {
    const run = this.runs[0];
    let ended = false;
    void run.exited.then(() => ended = true);
    const until = Date.now() + FIRST_ROWS_WAIT_MS;
    while (!ended && Date.now() < until && !hasRows(await readHead(run.path))) {
      await new Promise((resolve) => setTimeout(resolve, FIRST_ROWS_POLL_MS));
    }
  }
  async stop() {
    this.stopping = true;
    await Promise.all(this.runs.map((run) => stopChild(run)));
  }
  /** The logs with at least one sample; a log of something else (the tool's own error) is a warning. */
  async files() {
    const kept = [];
    for (const run of this.runs) {
      const head = await readHead(run.path);
      const first = head.split("\n", 1)[0].trim();
      if (hasRows(head)) kept.push(await this.finished(run));
      else if (first !== "" && !/^timestamp/i.test(first)) this.warnings.push(samplerWarning(this.name, `${run.path} holds no samples; ${this.name} wrote: ${first.slice(0, 200)}`));
    }
    return kept;
  }
  /** The file the plugin reads for a run's log; where `finish` fails, the log itself and a warning. */
  async finished(run) {
    if (!this.spec.finish) return run.path;
    try {
      return await this.spec.finish(run.path, run.startedMs);
    } catch (error) {
      this.warnings.push(samplerWarning(this.name, `cannot rewrite ${run.path} (${error.message}); it is reported as ${this.name} wrote it`));
      return run.path;
    }
  }
  pids() {
    return this.runs.map((run) => run.child.pid).filter((pid) => pid !== void 0);
  }
};
async function stopChild(run) {
  const { child } = run;
  if (child.exitCode === null && child.signalCode === null && child.pid !== void 0) {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await run.exited;
    clearTimeout(timer);
  } else {
    await run.exited;
  }
}
function hasRows(head) {
  return head.split("\n").some((line) => /^\s*\d/.test(line));
}

// src/measure/amd-smi.ts
function amdGpuSelection(gpus, env) {
  const visible = gpus ?? env.ROCR_VISIBLE_DEVICES ?? env.HIP_VISIBLE_DEVICES;
  if (visible === void 0) return void 0;
  const list = visible.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (list.length === 0 || list.includes("-1")) return null;
  return list;
}
async function startAmdSmi(options) {
  const executable = findOnPath("amd-smi", options.env);
  if (executable === void 0) return { name: "amd-smi", reason: "amd-smi is not on PATH" };
  const selection = amdGpuSelection(options.gpus, options.env);
  if (selection === null) return { name: "amd-smi", reason: "ROCR_VISIBLE_DEVICES hides every GPU" };
  const seconds = Math.max(1, Math.round(options.intervalMs / 1e3));
  const args = ["metric", "--power", "--energy", "--csv", "-w", String(seconds), ...selection ? ["-g", ...selection] : []];
  const sampler = new ToolSampler({ name: "amd-smi", logBase: "amd-smi" }, executable, args, options);
  await sampler.firstRows();
  return sampler;
}

// src/measure/nvidia-smi.ts
var NVIDIA_SMI_QUERY = "timestamp,index,uuid,name,power.draw,utilization.gpu";
var NVIDIA_SMI_FORMAT = "csv,nounits";
var GPU_LIST = /^[A-Za-z0-9:._/-]+(?:,[A-Za-z0-9:._/-]+)*$/;
function gpuSelection(gpus, env) {
  if (gpus !== void 0) return gpus;
  const visible = env.CUDA_VISIBLE_DEVICES;
  if (visible === void 0) return void 0;
  const list = visible.split(",").map((s) => s.trim());
  const firstInvalid = list.findIndex((s) => s === "" || s.startsWith("-"));
  const kept = firstInvalid === -1 ? list : list.slice(0, firstInvalid);
  return kept.length === 0 ? null : kept.join(",");
}
async function startNvidiaSmi(options) {
  const executable = findOnPath("nvidia-smi", options.env);
  if (executable === void 0) return { name: "nvidia-smi", reason: "nvidia-smi is not on PATH" };
  const selection = gpuSelection(options.gpus, options.env);
  if (selection === null) return { name: "nvidia-smi", reason: "CUDA_VISIBLE_DEVICES hides every GPU" };
  const args = [`--query-gpu=${NVIDIA_SMI_QUERY}`, `--format=${NVIDIA_SMI_FORMAT}`, "-lms", String(options.intervalMs)];
  if (selection !== void 0) args.push("-i", selection);
  const sampler = new ToolSampler({ name: "nvidia-smi", logBase: "nvidia-smi" }, executable, args, options);
  await sampler.firstRows();
  return sampler;
}

// src/measure/xpu-smi.ts
import { createReadStream, createWriteStream as createWriteStream2 } from "node:fs";
import { rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { once } from "node:events";
var XPU_SMI_METRICS = "0,1,8";
var MAX_INTERVAL_S = 999;
var TIME_OF_DAY = /^(\s*)(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?(\s*,)/;
var DAY_MS = 864e5;
var DEVICE_ID = /^(?:\d+|[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])$/;
function intelGpuSelection(gpus, env) {
  const mask = env.ZE_AFFINITY_MASK;
  const visible = gpus ?? (mask === void 0 || mask.trim() === "" ? void 0 : mask);
  if (visible === void 0) return void 0;
  const ids = visible.split(",").map((s) => s.trim()).map((s) => gpus === void 0 ? s.split(".")[0] : s);
  const kept = [...new Set(ids.filter((id) => DEVICE_ID.test(id)))];
  return kept.length === 0 ? null : kept;
}
async function startXpuSmi(options) {
  const executable = findOnPath("xpu-smi", options.env);
  if (executable === void 0) return { name: "xpu-smi", reason: "xpu-smi is not on PATH" };
  const selection = intelGpuSelection(options.gpus, options.env);
  if (selection === null) return { name: "xpu-smi", reason: "--gpus names no Intel device id (xpu-smi takes indexes or PCI addresses)" };
  const seconds = Math.min(MAX_INTERVAL_S, Math.max(1, Math.round(options.intervalMs / 1e3)));
  const args = ["dump", "-d", selection ? selection.join(",") : "-1", "-m", XPU_SMI_METRICS, "-i", String(seconds)];
  const timeZone = toolTimeZone(options.env);
  const finish = (path, startedMs) => dateXpuSmiLog(path, path.replace(/-raw(-\d+)?\.csv$/, "$1.csv"), startedMs, timeZone);
  const sampler = new ToolSampler({ name: "xpu-smi", logBase: "xpu-smi-raw", finish }, executable, args, options);
  await sampler.firstRows();
  return sampler;
}
function localDay(epochMs, timeZone) {
  const wallMs = Math.floor(epochMs / 1e3) * 1e3 + zoneOffsetMs(timeZone, epochMs);
  const dayMs = Math.floor(wallMs / DAY_MS) * DAY_MS;
  return { dayMs, timeOfDayMs: wallMs - dayMs };
}
async function dateXpuSmiLog(rawPath, outPath, startedMs, timeZone) {
  const start = localDay(startedMs, timeZone);
  let dayMs = start.dayMs;
  let lastTimeOfDayMs = start.timeOfDayMs;
  const out = createWriteStream2(outPath);
  const failed = once(out, "error").then(([error]) => Promise.reject(error));
  failed.catch(() => void 0);
  const lines = createInterface({ input: createReadStream(rawPath), crlfDelay: Infinity });
  for await (const line of lines) {
    const match = TIME_OF_DAY.exec(line);
    let text = line;
    if (match) {
      const [whole, lead, h, m, s, fraction, comma] = match;
      const timeOfDayMs = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1e3;
      if (timeOfDayMs < lastTimeOfDayMs - DAY_MS / 2) dayMs += DAY_MS;
      lastTimeOfDayMs = timeOfDayMs;
      const date = new Date(dayMs).toISOString().slice(0, 10);
      text = `${lead}${date}T${h.padStart(2, "0")}:${m}:${s}${fraction ?? ""}${comma}${line.slice(whole.length)}`;
    }
    if (!out.write(`${text}
`)) await Promise.race([once(out, "drain"), failed]);
  }
  out.end();
  await Promise.race([once(out, "finish"), failed]);
  await rm(rawPath, { force: true });
  return outPath;
}

// src/measure/samplers.ts
function isSampler(value) {
  return "stop" in value;
}
async function startSamplers(options) {
  const running = [];
  const skipped = [];
  const add = (result) => isSampler(result) ? running.push(result) : skipped.push(result);
  add(await startNvidiaSmi(options));
  add(await startAmdSmi(options));
  add(await startXpuSmi(options));
  const rapl = await startRapl(options);
  add(rapl);
  if (!isSampler(rapl)) add(await startHostUsage(options));
  return {
    running,
    skipped,
    pids: () => running.flatMap((sampler) => sampler.pids()),
    async stop() {
      await Promise.all(running.map((sampler) => sampler.stop()));
      const files = (await Promise.all(running.map((sampler) => sampler.files()))).flat();
      return { files, warnings: running.flatMap((sampler) => sampler.warnings) };
    }
  };
}

// src/measure/detached.ts
var READY_FILE = "daemon-ready.json";
var STOPPED_FILE = "daemon-stopped.json";
var DAEMON_LOG_FILE = "daemon.log";
var MAX_LIFETIME_MS = 5 * 24 * 3600 * 1e3;
var POLL_MS = 50;
var READY_WAIT_MS = 2e4;
var STOP_WAIT_MS = 15e3;
var SAMPLER_LOG = new RegExp(`^(nvidia-smi(-\\d+)?\\.csv|${RAPL_LOG_NAME.replace(".", "\\.")}|${HOST_USAGE_LOG_NAME.replace(".", "\\.")})$`);
function daemonArgv(args) {
  return ["--log-dir", args.logDir, "--interval-ms", String(args.intervalMs), ...args.gpus !== void 0 ? ["--gpus", args.gpus] : []];
}
function parseDaemonArgv(argv) {
  const value = (flag) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : void 0;
  };
  const logDir = value("--log-dir");
  const intervalMs = Number(value("--interval-ms"));
  if (logDir === void 0 || !(intervalMs > 0)) throw new Error(`usage: measure-daemon --log-dir DIR --interval-ms MS [--gpus LIST], got ${argv.join(" ")}`);
  const gpus = value("--gpus");
  return { logDir, intervalMs, ...gpus !== void 0 ? { gpus } : {} };
}
async function runMeasureDaemon(argv, env) {
  const { logDir, intervalMs, gpus } = parseDaemonArgv(argv);
  const startMs = Date.now();
  const samplers = await startSamplers({ logDir, intervalMs, env, ...gpus !== void 0 ? { gpus } : {} });
  let stopping;
  const stop = () => stopping ??= (async () => {
    clearTimeout(lifetime);
    const stopped = { ...await samplers.stop(), skipped: samplers.skipped };
    await writeJsonAtomically(join6(logDir, STOPPED_FILE), stopped);
    process.exit(0);
  })();
  for (const signal2 of ["SIGTERM", "SIGINT"]) process.on(signal2, () => void stop());
  const lifetime = setTimeout(() => void stop(), MAX_LIFETIME_MS);
  const ready = { pid: process.pid, startMs, running: samplers.running.map((s) => s.name), skipped: samplers.skipped };
  await writeJsonAtomically(join6(logDir, READY_FILE), ready);
  if (samplers.running.length === 0) await stop();
}
async function writeJsonAtomically(path, value) {
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}
async function readJson(path) {
  try {
    return JSON.parse(await readFile4(path, "utf8"));
  } catch {
    return void 0;
  }
}
async function startDetached(options) {
  const { script, logDir, env } = options;
  const logFd = openSync2(join6(logDir, DAEMON_LOG_FILE), "w");
  let exited;
  let pid;
  try {
    const child = spawn2(process.execPath, [script, ...daemonArgv(options)], { detached: true, stdio: ["ignore", logFd, logFd], env, windowsHide: true });
    child.once("error", (error) => exited = `cannot start it (${error.message})`);
    child.once("exit", (code, signal2) => exited = signal2 ? `it was killed by ${signal2}` : `it exited with status ${code}`);
    child.unref();
    pid = child.pid;
  } finally {
    closeSync2(logFd);
  }
  const until = Date.now() + (options.readyWaitMs ?? READY_WAIT_MS);
  for (; ; ) {
    const ready = await readJson(join6(logDir, READY_FILE));
    if (ready !== void 0) return { ...pid !== void 0 ? { pid } : {}, ready };
    if (exited !== void 0 || pid === void 0) {
      const said = (await readFile4(join6(logDir, DAEMON_LOG_FILE), "utf8").catch(() => "")).trim().split("\n").at(-1);
      return { ...pid !== void 0 ? { pid } : {}, problem: `the measuring process ended before it sampled: ${exited ?? "no pid"}${said ? ` (${said.slice(0, 300)})` : ""}` };
    }
    if (Date.now() > until) return { pid, problem: `the measuring process did not start sampling within ${Math.round((options.readyWaitMs ?? READY_WAIT_MS) / 1e3)} s` };
    await sleep(POLL_MS);
  }
}
async function stopDetached(pid, logDir, stopWaitMs = STOP_WAIT_MS) {
  let how = "the measuring process had ended before the post step";
  const ours = pid !== void 0 && await isOurDaemon(pid, logDir);
  if (ours) {
    signal(pid, "SIGTERM");
    const until = Date.now() + stopWaitMs;
    while (isAlive(pid) && Date.now() < until) await sleep(POLL_MS);
    if (isAlive(pid)) how = `the measuring process did not stop within ${Math.round(stopWaitMs / 1e3)} s and was killed`;
  }
  const stopped = await readJson(join6(logDir, STOPPED_FILE));
  if (stopped !== void 0) return stopped;
  if (pid !== void 0 && (ours || !isAlive(pid))) signal(-pid, "SIGKILL");
  const files = await samplerLogs(logDir);
  const skipped = (await readJson(join6(logDir, READY_FILE)))?.skipped ?? [];
  return { files, skipped, warnings: [samplerWarning("measure", `${how}; its logs are read as they are, and the last samples may be missing`)] };
}
async function samplerLogs(logDir) {
  const names = (await readdir3(logDir).catch(() => [])).filter((name) => SAMPLER_LOG.test(name)).sort();
  const kept = [];
  for (const name of names) {
    const text = await readHead(join6(logDir, name));
    if (text.split("\n").filter((line) => line.trim() !== "").length >= 2) kept.push(join6(logDir, name));
  }
  return kept;
}
async function isOurDaemon(pid, logDir) {
  try {
    return (await readFile4(`/proc/${pid}/cmdline`, "utf8")).split("\0").includes(logDir);
  } catch (error) {
    const noProc = await readdir3("/proc/self").then(() => false, () => true);
    return noProc ? isAlive(pid) : error.code !== "ENOENT" && isAlive(pid);
  }
}
function exists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function isAlive(pid) {
  if (!exists(pid)) return false;
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return true;
  }
  return !/\)\s+Z\s/.test(stat);
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
  }
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export {
  commandOnPath,
  DEFAULT_INTERVAL_MS,
  MIN_INTERVAL_MS,
  MAX_INTERVAL_MS,
  toolTimeZone,
  CPU_W_PER_VCPU,
  host_usage_default,
  GPU_LIST,
  gpuSelection,
  rapl_default,
  startSamplers,
  DAEMON_LOG_FILE,
  runMeasureDaemon,
  startDetached,
  stopDetached
};
