import type { FileHandle } from 'node:fs/promises';

/** A protobuf encoding error at a byte offset; `truncated` when the file ends inside a field. */
export class ProtobufFormatError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly truncated: boolean,
  ) {
    super(message);
  }
}

export interface ProtobufField {
  field: number;
  wireType: number;
  /** The value of a varint field. */
  varint?: bigint;
  /** Byte range of a length-delimited field's payload. */
  start?: number;
  end?: number;
}

const CHUNK_BYTES = 64 * 1024;
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;

/**
 * Reads protobuf fields from a file by position, so that a message's large payloads (an ONNX
 * model's weights) are skipped without being read.
 */
export class ProtobufFile {
  private chunk = Buffer.alloc(0);
  private chunkStart = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly sizeBytes: number,
  ) {}

  /** The fields of the message stored in [start, end). */
  async *fields(start: number, end: number): AsyncGenerator<ProtobufField> {
    let pos = start;
    while (pos < end) {
      const tag = await this.varint(pos, end);
      pos = tag.next;
      const field = Number(tag.value >> 3n);
      const wireType = Number(tag.value & 7n);
      if (field === 0) throw new ProtobufFormatError('field number 0 is not valid protobuf', pos, false);
      if (wireType === WIRE_VARINT) {
        const value = await this.varint(pos, end);
        pos = value.next;
        yield { field, wireType, varint: value.value };
      } else if (wireType === WIRE_LENGTH) {
        const length = await this.varint(pos, end);
        const payloadStart = length.next;
        const payloadEnd = payloadStart + Number(length.value);
        if (payloadEnd > end) {
          throw new ProtobufFormatError(
            `field ${field} claims ${length.value} bytes but only ${end - payloadStart} remain`,
            payloadStart,
            end === this.sizeBytes,
          );
        }
        pos = payloadEnd;
        yield { field, wireType, start: payloadStart, end: payloadEnd };
      } else if (wireType === WIRE_FIXED64 || wireType === WIRE_FIXED32) {
        pos += wireType === WIRE_FIXED64 ? 8 : 4;
        if (pos > end) throw new ProtobufFormatError('a fixed-width field runs past the end', pos, end === this.sizeBytes);
        yield { field, wireType };
      } else {
        throw new ProtobufFormatError(`wire type ${wireType} is not valid here`, pos, false);
      }
    }
  }

  async text(start: number, end: number): Promise<string> {
    return (await this.bytes(start, end)).toString('utf8');
  }

  private async varint(pos: number, end: number): Promise<{ value: bigint; next: number }> {
    let value = 0n;
    for (let i = 0; i < 10; i++) {
      if (pos + i >= end) throw new ProtobufFormatError('the data ends inside a number', pos, end === this.sizeBytes);
      const byte = (await this.bytes(pos + i, pos + i + 1))[0]!;
      value |= BigInt(byte & 0x7f) << BigInt(7 * i);
      if ((byte & 0x80) === 0) return { value, next: pos + i + 1 };
    }
    throw new ProtobufFormatError('a number is longer than 10 bytes', pos, false);
  }

  private async bytes(start: number, end: number): Promise<Buffer> {
    if (start < this.chunkStart || end > this.chunkStart + this.chunk.length) {
      const length = Math.min(Math.max(end - start, CHUNK_BYTES), this.sizeBytes - start);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await this.handle.read(buffer, 0, length, start);
      this.chunk = buffer.subarray(0, bytesRead);
      this.chunkStart = start;
      if (end > start + bytesRead) throw new ProtobufFormatError('the file ends early', start + bytesRead, true);
    }
    return this.chunk.subarray(start - this.chunkStart, end - this.chunkStart);
  }
}
