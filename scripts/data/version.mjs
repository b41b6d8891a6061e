// The version every generated dataset carries; reports name it beside each factor.
// Bump it whenever a number in src/data/ changes (YYYY.M.patch, the month of the change).
export const DATASET_VERSION = '2026.12.4';
