import pkg from '../../package.json' with { type: 'json' };

/** carbon-ci's own version, as package.json states it. */
export const TOOL_VERSION: string = pkg.version;
