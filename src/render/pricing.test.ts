import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../footprint/index.js';
import { whereLabel } from './pricing.js';

describe('whereLabel', () => {
  it('names the zone beside a location priced by another name, and once for a zone named directly', () => {
    expect(whereLabel(resolveLocation('US-CA').intensity)).toBe('US-CA (grid US-CAL-CISO)');
    expect(whereLabel(resolveLocation('zone:CA-QC').intensity)).toBe('zone:CA-QC');
    expect(whereLabel(resolveLocation('FR').intensity)).toBe('FR');
  });
});
