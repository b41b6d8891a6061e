// Types for build-validators.mjs, so that the test can import it.
export const GENERATED_PATH: string;
export function reportValidatorSource(): string;
