import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  prewarmReader
} from "./chunks/chunk-SAGLNDSZ.js";
import "./chunks/chunk-BVPVHZAW.js";

// src/cli/main.ts
var argv = process.argv.slice(2);
var oneReader = argv.some((arg, i) => arg === "--workers=1" || arg === "--workers" && argv[i + 1] === "1");
if (argv[0] === "report" && !oneReader) prewarmReader();
var { runCli } = await import("./chunks/run-6UI7IARQ.js");
process.exitCode = await runCli(argv);
