import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  runMeasureDaemon
} from "./chunks/chunk-BA37T5I4.js";
import "./chunks/chunk-UFX5LSVI.js";
import "./chunks/chunk-NLDG2LJS.js";
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
