// Unit conversions the code shares: everything inside stays in SI (J, W, g, s); these convert at the edges.

/** Joules in one kilowatt-hour (3.6 MJ): grid intensities are per kWh, and so are stated budgets and displays. */
export const J_PER_KWH = 3.6e6;
