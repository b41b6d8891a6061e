declare const INPUT_ERROR: unique symbol;
/**
 * The user's input is wrong: a file, a flag or an option. The message says where and how to fix it.
 * Recognised across copies of the SDK by a global symbol, not by `instanceof`.
 */
export declare class InputError extends Error {
    readonly [INPUT_ERROR] = true;
    readonly name = "InputError";
    readonly file: string | undefined;
    readonly line: number | undefined;
    readonly hint: string | undefined;
    constructor(message: string, where?: {
        file?: string;
        line?: number;
        hint?: string;
    });
}
/** The error's place and message without its fix line, for text that states the fix its own way. */
export declare function withoutFix(error: InputError): string;
export declare function isInputError(error: unknown): error is InputError;
export {};
