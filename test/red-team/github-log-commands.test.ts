// Red team: the Action's plain log lines carry text from telemetry files and plugins (warnings past the
// annotation cap, plugin messages); a line of that text starting with `::` would be a workflow command.
import { describe, expect, it } from 'vitest';
import { inertLines } from '../../src/action/entry.js';

describe('inertLines', () => {
  it('defuses every line that would start a workflow command, and leaves other text as it is', () => {
    const hostile = 'warning (x): bad row\n::error::pwned\n  ::add-mask::secret\n::stop-commands::token';
    const out = inertLines(hostile);
    expect(out.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
    expect(out).toContain('\u200b::error::pwned');
    expect(inertLines('energy 0.0992 kWh · CO2e 0.0440 kg\nfix: name the zone')).toBe('energy 0.0992 kWh · CO2e 0.0440 kg\nfix: name the zone');
  });
});
