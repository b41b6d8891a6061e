import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);

// src/shared/errors.ts
var INPUT_ERROR = /* @__PURE__ */ Symbol.for("carbon-ci.InputError");
var InputError = class extends Error {
  [INPUT_ERROR] = true;
  name = "InputError";
  file;
  line;
  hint;
  constructor(message, where = {}) {
    super(formatInputError(message, where));
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }
};
var FIX_MARK = "\n  fix: ";
function formatInputError(message, where) {
  const place = where.file ? `${where.file}${where.line !== void 0 ? `:${where.line}` : ""}: ` : "";
  return `${place}${message}${where.hint ? `${FIX_MARK}${where.hint}` : ""}`;
}
function withoutFix(error) {
  return error.message.split(FIX_MARK)[0];
}
function isInputError(error) {
  return typeof error === "object" && error !== null && error[INPUT_ERROR] === true;
}

export {
  InputError,
  withoutFix,
  isInputError
};
