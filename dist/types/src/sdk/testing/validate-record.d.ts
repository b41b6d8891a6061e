/** True when the record is valid (see validateRecord); allocates nothing for a single reading, for checking every record of a stream. */
export declare function isValidRecord(record: unknown): boolean;
/**
 * Check one record against schemas/telemetry-record.schema.json, plus what JSON cannot say:
 * numbers must be finite. Returns the problems; an empty array means the record is valid.
 */
export declare function validateRecord(record: unknown): string[];
/** Shorten a record for an error message. */
export declare function previewRecord(record: unknown, maxChars?: number): string;
