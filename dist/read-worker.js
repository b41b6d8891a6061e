import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  builtinPlugins,
  readUnit
} from "./chunks/chunk-2TDRBGLR.js";
import "./chunks/chunk-3CNZ26RO.js";
import "./chunks/chunk-7VIO25ET.js";
import "./chunks/chunk-P5VI63A5.js";
import "./chunks/chunk-CWZAFDBD.js";
import "./chunks/chunk-BVPVHZAW.js";

// src/pipeline/parallel/read-worker.ts
import { parentPort } from "node:worker_threads";
var PROGRESS_EVERY_BYTES = 8 * 1024 * 1024;
var port = parentPort;
port.on("message", (request) => {
  if (request.type === "stop") {
    port.close();
    return;
  }
  const { unit, settings } = request;
  const logs = [];
  let unreported = 0;
  const flush = () => {
    if (unreported > 0) port.postMessage({ type: "progress", bytes: unreported });
    unreported = 0;
  };
  const onBytes = (bytes) => {
    unreported += bytes;
    if (unreported >= PROGRESS_EVERY_BYTES) flush();
  };
  readUnit(unit, settings, builtinPlugins, logs, onBytes).finally(flush).then(
    ({ state, readTimeZone }) => port.postMessage({ type: "done", id: unit.id, state, logs, readTimeZone }),
    // The main thread reads a failed unit's file again itself, so that the error it reports is the reader's own.
    (error) => port.postMessage({ type: "failed", id: unit.id, reason: error instanceof Error ? error.message : String(error) })
  );
});
