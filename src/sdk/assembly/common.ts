// What the WebAssembly kernels (AssemblyScript) share: byte access, digits, and a table of powers of
// ten at a fixed address (each kernel keeps its own data above 1024).

/** 10^0 .. 10^15, as f64 (`storePowersOfTen` writes them). */
export const POW10: i32 = 64;

/** Writes the POW10 table: call it from the kernel's `init`. */
export function storePowersOfTen(): void {
  let power: f64 = 1;
  for (let k = 0; k < 16; k++) {
    store<f64>(POW10 + k * 8, power);
    power *= 10;
  }
}

/** 10^k for k from 0 to 15. */
export function powerOfTen(k: i32): f64 {
  return load<f64>(POW10 + k * 8);
}

export function byte(at: i32): i32 {
  return <i32>load<u8>(at);
}

/** Whether `d`, a byte minus 48, is a digit's value. */
export function isDigitValue(d: i32): bool {
  return <u32>d <= 9;
}
