import type { Source } from './plugin.js';
export interface ReadTextOptions {
    /** Bytes read at most (after UTF-16 is decoded to UTF-8). */
    maxBytes: number;
    /**
     * Past `maxBytes`: with this, an InputError naming the file (`what` is too large, then the hint); without
     * it, the text is cut at `maxBytes` (a head, to look at).
     */
    tooLarge?: {
        what: string;
        hint: string;
    };
}
/** The source's text, UTF-8 or UTF-16 with a byte-order mark (the mark dropped), at most `maxBytes` of it. */
export declare function readText(source: Source, options: ReadTextOptions): Promise<string>;
