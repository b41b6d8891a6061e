// Unit conversions the code shares: everything inside stays in SI (J, W, g, s); these convert at the edges.

/** Joules in one kilowatt-hour (3.6 MJ): grid intensities are per kWh, and so are stated budgets and displays. */
export const J_PER_KWH = 3.6e6;

/** Grams in one kilogram: reports keep CO2e in g; budgets are stated and totals shown in kg. */
export const G_PER_KG = 1000;

/** Milliseconds in one hour: hourly intensity and energy series are per UTC hour. */
export const HOUR_MS = 3_600_000;
