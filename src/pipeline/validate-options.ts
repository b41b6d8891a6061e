import { InputError } from '../shared/errors.js';

export function checkPositive(name: string, value: number | undefined, hint: string): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
    throw new InputError(`${name} must be a positive number, not ${value}`, { hint });
  }
}
