import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  runMeasureDaemon
} from "./chunks/chunk-U3J7UVGT.js";
import "./chunks/chunk-LVDOUBOM.js";
import "./chunks/chunk-B4LRRWFV.js";
import "./chunks/chunk-NVUXMN5N.js";
import "./chunks/chunk-BVPVHZAW.js";

// src/measure/daemon.ts
try {
  await runMeasureDaemon(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`carbon-ci measure-daemon: ${error instanceof Error ? error.message : String(error)}
`);
  process.exit(2);
}
