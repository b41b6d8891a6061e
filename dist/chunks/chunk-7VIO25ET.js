import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  sniffUnsupportedEncoding,
  unsupportedEncodingError
} from "./chunk-P5VI63A5.js";

// src/telemetry/source.ts
import { createReadStream, readSync } from "node:fs";
import { Readable } from "node:stream";
import { open } from "node:fs/promises";
var CHUNK_BYTES = 1 << 16;
var READ_BYTES = 1 << 20;
var EVENT_LOOP_BYTES = 4 << 20;
var HEAD_BYTES = 64 * 1024;
function fileSource(path, onBytes) {
  return {
    kind: "file",
    path,
    open: () => counted(createReadStream(path, { highWaterMark: CHUNK_BYTES }), onBytes),
    chunks: () => reusedChunks(path, 0, Infinity, onBytes)
  };
}
async function* reusedChunks(path, start, end, onBytes) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let position = start;
    let sinceEventLoop = 0;
    for (; ; ) {
      const length = Math.min(buffer.length, end - position);
      const bytesRead = length > 0 ? readSync(handle.fd, buffer, 0, length, position) : 0;
      if (bytesRead === 0) break;
      position += bytesRead;
      onBytes?.(bytesRead);
      yield buffer.subarray(0, bytesRead);
      sinceEventLoop += bytesRead;
      if (sinceEventLoop >= EVENT_LOOP_BYTES) {
        sinceEventLoop = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    await handle.close();
  }
}
function counted(stream, onBytes) {
  if (onBytes) stream.on("data", (chunk) => onBytes(chunk.length));
  return stream;
}
function rangeSource(path, preamble, start, end, onBytes) {
  return {
    kind: "file",
    path,
    open: () => {
      const body = end > start ? counted(createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK_BYTES }), onBytes) : void 0;
      async function* parts() {
        if (preamble.length > 0) yield Buffer.from(preamble, "utf8");
        if (body) for await (const chunk of body) yield chunk;
      }
      return Readable.from(parts(), { objectMode: false });
    },
    async *chunks() {
      if (preamble.length > 0) yield Buffer.from(preamble, "utf8");
      if (end > start) yield* reusedChunks(path, start, end, onBytes);
    }
  };
}
async function offsetAfterLines(path, lines) {
  const handle = await open(path, "r");
  try {
    const window = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(window, 0, window.length, 0);
    let offset = 0;
    for (let i = 0; i < lines; i++) {
      const newline = window.subarray(0, bytesRead).indexOf(10, offset);
      if (newline < 0) return bytesRead;
      offset = newline + 1;
    }
    return offset;
  } finally {
    await handle.close();
  }
}
async function lineAlignedCuts(path, size, shares, from) {
  const cuts = [from];
  const handle = await open(path, "r");
  try {
    const window = Buffer.alloc(64 * 1024);
    let before = 0;
    for (let k = 1; k < shares.length; k++) {
      before += shares[k - 1];
      const target = from + Math.floor((size - from) * before);
      if (target <= cuts[cuts.length - 1]) continue;
      const { bytesRead } = await handle.read(window, 0, window.length, target);
      const newline = window.subarray(0, bytesRead).indexOf(10);
      if (newline < 0) continue;
      const cut = target + newline + 1;
      if (cut < size) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  return [...cuts, size];
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
    const bytes = buffer.subarray(0, filled);
    const encoding = sniffUnsupportedEncoding(bytes);
    if (encoding) throw unsupportedEncodingError(encoding, path);
    return new TextDecoder("utf-8").decode(bytes, { stream: true });
  } finally {
    await handle.close();
  }
}

export {
  fileSource,
  rangeSource,
  offsetAfterLines,
  lineAlignedCuts,
  readHead
};
