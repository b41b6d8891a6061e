/** Where every part of carbon-ci (and every plugin) says what it did. */
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    /** A warning the report will list. Say what was dropped and the effect on coverage. */
    warn(message: string): void;
}
