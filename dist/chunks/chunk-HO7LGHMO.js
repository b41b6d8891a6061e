import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DroppedRows,
  dateTimeToUtc,
  definePlugin,
  deviceRef,
  epochToMs,
  findColumn,
  isValidTimeZone,
  monotonicWallClockToUtc,
  parseDateTime,
  parseDateTimeBytes,
  parseNumber,
  parseNumberBytes,
  parsePrometheusLine,
  sdk_exports,
  splitCsvLine,
  wallClockToUtc
} from "./chunk-K7Q4GTGL.js";
import {
  HEAD_BYTES,
  checkOptionsSchema,
  fileSource,
  isValidRecord,
  notAFileError,
  previewRecord,
  readHead,
  validatePluginOptions,
  validateRecord
} from "./chunk-II6PDI7A.js";
import {
  EnergyCounterColumnsBuilder,
  PowerColumnsBuilder,
  columnsOf,
  isColumn,
  isColumnsRecord,
  readLineChunks,
  readLines
} from "./chunk-74JGCOYY.js";
import {
  require_ucs2length
} from "./chunk-JT4KMV5S.js";
import {
  InputError,
  isInputError
} from "./chunk-NVUXMN5N.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BVPVHZAW.js";

// ../main/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "../main/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var CONFIG_FILE_NAME = ".carbon-ci.yml";
async function loadConfig(dir, explicitPath) {
  const file = explicitPath ?? join(dir, CONFIG_FILE_NAME);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (!explicitPath && error.code === "ENOENT") return void 0;
    throw new InputError(`cannot read the config file: ${error.message}`, { file, hint: "check the path" });
  }
  const { parseConfig } = await import("./parse-A6IQZED2.js");
  return parseConfig(text, file);
}

// src/publish/errors.ts
function httpStatusOf(error) {
  if (typeof error !== "object" || error === null) return void 0;
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
function describeApiError(error) {
  if (error instanceof RateLimitError || error instanceof MalformedAnswerError) return error.message;
  const status = httpStatusOf(error);
  const where = requestOf(error);
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return status !== void 0 ? `HTTP ${status}: ${message}${where ? ` (${where})` : ""}` : `${message}${where ? ` (${where})` : ""}`;
}
function requestOf(error) {
  const request = error?.request;
  return request?.method && request.url ? `${request.method} ${redactUrl(request.url)}` : "";
}
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.search = "";
    return parsed.toString();
  } catch {
    return url;
  }
}
var BadReportArtifactError = class extends Error {
  name = "BadReportArtifactError";
};
var ArtifactTooLargeError = class extends BadReportArtifactError {
};
var ArtifactDownloadError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "ArtifactDownloadError";
};
var MalformedAnswerError = class extends Error {
  constructor(what, problem, status = 200) {
    super(`GitHub's answer to ${what} is malformed: ${problem}`);
    this.status = status;
  }
  status;
  name = "MalformedAnswerError";
};
var RateLimitError = class extends Error {
  constructor(message, responseStatus, resetAt) {
    super(message);
    this.responseStatus = responseStatus;
    this.resetAt = resetAt;
  }
  responseStatus;
  resetAt;
  name = "RateLimitError";
  status = 429;
};
function rateLimitErrorOf(error, now = Date.now) {
  if (error instanceof RateLimitError) return error;
  const status = httpStatusOf(error);
  if (status !== 403 && status !== 429) return void 0;
  const headers = error.response?.headers ?? {};
  const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : "";
  const secondary = /\bsecondary rate\b/i.test(message);
  const primary = String(headers["x-ratelimit-remaining"]) === "0";
  if (!secondary && !primary && status !== 429 && !/rate limit/i.test(message)) return void 0;
  const resetAt = resetTimeOf(headers, now);
  const kind = secondary ? "secondary rate limit" : "rate limit";
  const resource = typeof headers["x-ratelimit-resource"] === "string" ? ` (resource "${headers["x-ratelimit-resource"]}")` : "";
  const when = resetAt ? `; it resets at ${resetAt.toISOString().replace(".000Z", "Z")}` : "; GitHub gave no reset time";
  const where = requestOf(error);
  return new RateLimitError(
    `GitHub API ${kind} exceeded${resource}, still after retries (HTTP ${status}: ${message}${where ? `; ${where}` : ""})${when}. This is not a permissions problem: re-run the job after the reset, or spread out the workflows that share this token.`,
    status,
    resetAt
  );
}
function resetTimeOf(headers, now) {
  const reset = Number(headers["x-ratelimit-reset"]);
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1e3);
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return new Date(Math.ceil(now() / 1e3 + retryAfter) * 1e3);
  return void 0;
}

// src/sdk/plugin-loading/credentials.ts
var CREDENTIAL_VARIABLES = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "INPUT_GITHUB-TOKEN",
  "INPUT_GITHUB_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL"
];
var MIN_SECRET_CHARS = 8;
function hideCredentials(env = process.env, secrets = []) {
  const names = new Set(CREDENTIAL_VARIABLES);
  const values = /* @__PURE__ */ new Set();
  for (const value of [...secrets, ...Object.entries(env).filter(([name]) => names.has(name.toUpperCase())).map(([, value2]) => value2)]) {
    if (typeof value === "string" && value.length >= MIN_SECRET_CHARS) values.add(value);
  }
  const removed = [];
  for (const [name, value] of Object.entries(env)) {
    const carries = typeof value === "string" && [...values].some((secret) => value.includes(secret));
    if (names.has(name.toUpperCase()) || carries) {
      delete env[name];
      removed.push(name);
    }
  }
  return removed;
}

// src/report/report-validator.generated.js
var ajvFormatsModule = __toESM(require_formats(), 1);
var ucs2lengthModule = __toESM(require_ucs2length(), 1);
var ajvFormats = { fullFormats: ajvFormatsModule.fullFormats ?? ajvFormatsModule.default.fullFormats };
var ucs2length = { default: typeof ucs2lengthModule.default === "function" ? ucs2lengthModule.default : ucs2lengthModule.default.default };
var report_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://carbon-ci.dev/schemas/report.schema.json", "title": "carbon-ci report", "description": "Energy and emissions of one CI run. All quantities are SI; every name carries its unit.", "type": "object", "required": ["schemaVersion", "tool", "generatedAt", "run", "inputs", "window", "totals", "coverage", "factors", "devices", "warnings"], "properties": { "schemaVersion": { "type": "string", "pattern": "^1\\.\\d+\\.\\d+$" }, "tool": { "type": "object", "required": ["name", "version", "datasetVersion"], "properties": { "name": { "const": "carbon-ci" }, "version": { "type": "string" }, "datasetVersion": { "type": "string" } } }, "generatedAt": { "type": "string", "format": "date-time" }, "run": { "type": "object", "properties": { "repository": { "type": "string" }, "commit": { "type": "string" }, "ref": { "type": "string" }, "workflow": { "type": "string" }, "job": { "type": "string" }, "runId": { "type": "integer" }, "runAttempt": { "type": "integer" }, "pullRequest": { "type": "integer" } } }, "inputs": { "type": "object", "required": ["mode", "files", "plugin", "location", "timeZone", "timeZoneSource", "maxGapS"], "properties": { "mode": { "enum": ["telemetry", "estimate"] }, "files": { "type": "array", "items": { "type": "string" } }, "plugin": { "type": "string" }, "location": { "type": "string" }, "timeZone": { "type": "string", "minLength": 1 }, "timeZoneSource": { "enum": ["user", "default"] }, "maxGapS": { "oneOf": [{ "type": "number", "exclusiveMinimum": 0 }, { "const": "auto" }] }, "estimate": { "type": "object", "required": ["gpu", "count", "hoursPerDevice", "utilization", "powerW", "powerSource"], "properties": { "gpu": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 1 }, "hoursPerDevice": { "type": "number", "exclusiveMinimum": 0 }, "utilization": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "powerW": { "type": "number", "exclusiveMinimum": 0 }, "powerSource": { "enum": ["user", "gpu-table"] } } } } }, "window": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["start", "end"], "properties": { "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" } } }] }, "totals": { "type": "object", "required": ["energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "durationS"], "properties": { "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "durationS": { "$ref": "#/definitions/nonNegative" } } }, "coverage": { "$ref": "#/definitions/fraction" }, "scope": { "type": "object", "description": "Which components the energy covers, and how: derived from the devices' component and method. Optional: reports of schema 1.0 lack it.", "required": ["gpu", "cpu", "ram", "node", "gpuOnly"], "properties": { "gpu": { "$ref": "#/definitions/componentScope" }, "cpu": { "$ref": "#/definitions/componentScope" }, "ram": { "$ref": "#/definitions/componentScope" }, "node": { "$ref": "#/definitions/componentScope" }, "gpuOnly": { "type": "boolean", "description": "GPUs are the only thing counted: the total leaves out the host (CPU, memory, storage, network)." } } }, "factors": { "type": "object", "required": ["pue", "intensity"], "properties": { "pue": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["value", "source"], "properties": { "value": { "type": "number", "minimum": 1, "maximum": 5 } } }, "intensity": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["gPerKWh", "location", "source", "year"], "properties": { "gPerKWh": { "type": "number", "minimum": 0, "maximum": 2e3 }, "location": { "type": "string" }, "zone": { "type": "string", "description": "The Electricity Maps zone the figure is for (e.g. US-CAL-CISO for US-CA); absent for Ember's country figures and the world average." }, "scope": { "enum": ["life-cycle", "direct", "user-stated"], "description": "What the figure counts: life-cycle CO2e (the default), direct (combustion) emissions only, or user-stated: the user's --intensity, whose scope carbon-ci cannot know. Optional because reports written before dataset 2026.12.0 lack it; every report carbon-ci writes now carries it." } } }, "embodied": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["source", "lifetimeS", "devices"], "properties": { "lifetimeS": { "type": "number", "exclusiveMinimum": 0 }, "devices": { "type": "integer", "minimum": 0 }, "range": { "type": "object", "description": "The embodied total at the low and high published manufacturing figures per device (g CO2e), and their sources. Optional: absent when no device's figure has a range, and in reports written before dataset 2026.12.1.", "required": ["lowCo2eG", "highCo2eG", "source"], "additionalProperties": false, "properties": { "lowCo2eG": { "$ref": "#/definitions/nonNegative" }, "highCo2eG": { "$ref": "#/definitions/nonNegative" }, "source": { "type": "string", "minLength": 1 } } } } }, "recorded": { "type": "object", "description": "Devices priced where their source recorded that they ran (devices[].factors), and who recorded it. When every device was priced at one site, pue and intensity above are that site's.", "required": ["devices", "by"], "properties": { "devices": { "type": "integer", "minimum": 1 }, "by": { "type": "array", "items": { "type": "string" } } } } } }, "devices": { "type": "array", "items": { "$ref": "#/definitions/device" } }, "sourceReported": { "type": "object", "description": "The sources' own CO2e (CodeCarbon's emissions) in total, beside carbon-ci's operational CO2e for every device read by the same plugins.", "required": ["co2eG", "operationalCo2eG", "devices", "plugins"], "properties": { "co2eG": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "devices": { "type": "integer", "minimum": 0 }, "plugins": { "type": "array", "items": { "type": "string" } } } }, "powerSeries": { "type": "object", "required": ["stepS", "start", "powerW"], "properties": { "stepS": { "type": "number", "exclusiveMinimum": 0 }, "start": { "type": "string", "format": "date-time" }, "powerW": { "type": "array", "items": { "type": ["number", "null"] } } } }, "warnings": { "type": "array", "items": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer" }, "deviceId": { "type": "string" }, "count": { "type": "integer" } } } }, "smoke": { "$ref": "#/definitions/smoke" }, "baseline": { "type": "object", "required": ["found", "source"], "properties": { "found": { "type": "boolean" }, "source": { "type": "string" }, "co2eG": { "type": "number" }, "energyJ": { "type": "number" }, "deltaCo2eG": { "type": "number" }, "deltaPercent": { "type": "number" }, "deltaEnergyJ": { "type": "number" }, "deltaEnergyPercent": { "type": "number" }, "runId": { "type": "integer" }, "commit": { "type": "string" }, "url": { "type": "string" } } }, "budgets": { "type": "array", "items": { "type": "object", "required": ["name", "limit", "actual", "unit", "passed", "message"], "properties": { "name": { "enum": ["co2e", "energy", "increase", "smoke"] }, "limit": { "type": "number" }, "actual": { "type": "number" }, "unit": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } } }, "definitions": { "nonNegative": { "type": "number", "minimum": 0 }, "fraction": { "type": "number", "minimum": 0, "maximum": 1 }, "componentScope": { "type": "object", "required": ["counted", "devices", "methods"], "properties": { "counted": { "enum": ["measured", "reported", "estimated", "in-node", "not-counted"], "description": "measured: energy counter or power samples; reported: energy the source integrated; estimated: power \xD7 utilisation \xD7 time; in-node: inside a whole-node figure; not-counted: left out." }, "devices": { "type": "integer", "minimum": 0 }, "methods": { "type": "array", "items": { "enum": ["counter", "power-integral", "reported", "estimate"] } } } }, "factorSource": { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "minLength": 1 }, "year": { "type": "integer", "minimum": 1990, "maximum": 2100 }, "url": { "type": "string" }, "datasetVersion": { "type": "string" } } }, "device": { "type": "object", "required": ["id", "model", "energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "method", "coverage", "samples", "start", "end", "gaps", "plugins", "files"], "properties": { "id": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 2 }, "vendor": { "enum": ["nvidia", "amd", "intel", "google", "other"] }, "host": { "type": "string" }, "component": { "enum": ["gpu", "cpu", "ram", "node"] }, "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "method": { "enum": ["counter", "power-integral", "reported", "estimate"] }, "coverage": { "$ref": "#/definitions/fraction" }, "samples": { "type": "integer", "minimum": 0 }, "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["startMs", "endMs"], "properties": { "startMs": { "type": "number" }, "endMs": { "type": "number" } } } }, "gapCount": { "type": "integer", "minimum": 0 }, "gapS": { "$ref": "#/definitions/nonNegative" }, "maxGapS": { "type": "number", "exclusiveMinimum": 0 }, "plugins": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "meanUtilization": { "$ref": "#/definitions/fraction" }, "peakPowerW": { "$ref": "#/definitions/nonNegative" }, "factors": { "type": "object", "description": "The PUE and grid intensity that priced this device, when not the report's: those of the site its source recorded (CodeCarbon's country, region, cloud region and PUE).", "required": ["pue", "intensity", "recordedBy"], "properties": { "pue": { "$ref": "#/properties/factors/properties/pue" }, "intensity": { "$ref": "#/properties/factors/properties/intensity" }, "recordedBy": { "type": "string" } } }, "sourceReported": { "type": "object", "description": "The source's own figures for this device's records (CodeCarbon's emissions, g CO2e), for comparison only: carbon-ci's figures do not use them.", "properties": { "co2eG": { "$ref": "#/definitions/nonNegative" }, "note": { "type": "string" } } }, "job": { "type": "string", "description": "The matrix job whose report the device came from, in a merged report." } } }, "smoke": { "type": "object", "required": ["passed", "model", "executionProvider", "checks", "latencyMs", "energyPerInferenceJ", "co2ePer1kInferencesG"], "properties": { "passed": { "type": "boolean" }, "model": { "type": "string" }, "executionProvider": { "enum": ["cuda", "cpu", "none"] }, "requestedDevice": { "enum": ["auto", "cuda", "cpu"] }, "fallbackReason": { "type": "string" }, "checks": { "type": "array", "items": { "type": "object", "required": ["name", "passed", "message"], "properties": { "name": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } }, "loadMs": { "type": "number", "minimum": 0 }, "latencyMs": { "type": "object", "required": ["mean", "p50", "p95"], "properties": { "mean": { "type": "number" }, "p50": { "type": "number" }, "p95": { "type": "number" } } }, "throughputPerS": { "type": "number", "minimum": 0 }, "iterations": { "type": "integer", "minimum": 0 }, "warmup": { "type": "integer", "minimum": 0 }, "batchSize": { "type": "integer", "minimum": 0 }, "inputs": { "type": "array", "items": { "type": "object", "required": ["name", "dtype", "shape", "source"], "properties": { "name": { "type": "string" }, "dtype": { "type": "string" }, "shape": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "source": { "enum": ["file", "synthesised"] } } } }, "nodesByProvider": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "energyPerInferenceJ": { "type": "number", "minimum": 0 }, "energyMethod": { "enum": ["measured", "estimate"] }, "meanPowerW": { "type": "number", "minimum": 0 }, "energyNote": { "type": "string" }, "co2ePer1kInferencesG": { "type": "number", "minimum": 0 }, "factors": { "$ref": "#/properties/factors" } } } } };
var schema19 = { "type": "object", "required": ["counted", "devices", "methods"], "properties": { "counted": { "enum": ["measured", "reported", "estimated", "in-node", "not-counted"], "description": "measured: energy counter or power samples; reported: energy the source integrated; estimated: power \xD7 utilisation \xD7 time; in-node: inside a whole-node figure; not-counted: left out." }, "devices": { "type": "integer", "minimum": 0 }, "methods": { "type": "array", "items": { "enum": ["counter", "power-integral", "reported", "estimate"] } } } };
var pattern0 = new RegExp("^1\\.\\d+\\.\\d+$", "u");
var formats0 = ajvFormats.fullFormats["date-time"];
var func2 = ucs2length.default;
var schema28 = { "type": "object", "required": ["id", "model", "energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "method", "coverage", "samples", "start", "end", "gaps", "plugins", "files"], "properties": { "id": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 2 }, "vendor": { "enum": ["nvidia", "amd", "intel", "google", "other"] }, "host": { "type": "string" }, "component": { "enum": ["gpu", "cpu", "ram", "node"] }, "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "method": { "enum": ["counter", "power-integral", "reported", "estimate"] }, "coverage": { "$ref": "#/definitions/fraction" }, "samples": { "type": "integer", "minimum": 0 }, "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["startMs", "endMs"], "properties": { "startMs": { "type": "number" }, "endMs": { "type": "number" } } } }, "gapCount": { "type": "integer", "minimum": 0 }, "gapS": { "$ref": "#/definitions/nonNegative" }, "maxGapS": { "type": "number", "exclusiveMinimum": 0 }, "plugins": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "meanUtilization": { "$ref": "#/definitions/fraction" }, "peakPowerW": { "$ref": "#/definitions/nonNegative" }, "factors": { "type": "object", "description": "The PUE and grid intensity that priced this device, when not the report's: those of the site its source recorded (CodeCarbon's country, region, cloud region and PUE).", "required": ["pue", "intensity", "recordedBy"], "properties": { "pue": { "$ref": "#/properties/factors/properties/pue" }, "intensity": { "$ref": "#/properties/factors/properties/intensity" }, "recordedBy": { "type": "string" } } }, "sourceReported": { "type": "object", "description": "The source's own figures for this device's records (CodeCarbon's emissions, g CO2e), for comparison only: carbon-ci's figures do not use them.", "properties": { "co2eG": { "$ref": "#/definitions/nonNegative" }, "note": { "type": "string" } } }, "job": { "type": "string", "description": "The matrix job whose report the device came from, in a merged report." } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source !== void 0) {
      let data0 = data.source;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data1 = data.year;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2100 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1990 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.datasetVersion !== void 0) {
      if (typeof data.datasetVersion !== "string") {
        const err7 = { instancePath: instancePath + "/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.value !== void 0) {
      let data4 = data.value;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 5 || isNaN(data4)) {
          const err11 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema40 = { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["gPerKWh", "location", "source", "year"], "properties": { "gPerKWh": { "type": "number", "minimum": 0, "maximum": 2e3 }, "location": { "type": "string" }, "zone": { "type": "string", "description": "The Electricity Maps zone the figure is for (e.g. US-CAL-CISO for US-CA); absent for Ember's country figures and the world average." }, "scope": { "enum": ["life-cycle", "direct", "user-stated"], "description": "What the figure counts: life-cycle CO2e (the default), direct (combustion) emissions only, or user-stated: the user's --intensity, whose scope carbon-ci cannot know. Optional because reports written before dataset 2026.12.0 lack it; every report carbon-ci writes now carries it." } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source !== void 0) {
      let data0 = data.source;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data1 = data.year;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2100 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1990 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err6 = { instancePath: instancePath + "/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.datasetVersion !== void 0) {
      if (typeof data.datasetVersion !== "string") {
        const err7 = { instancePath: instancePath + "/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gPerKWh === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gPerKWh" }, message: "must have required property 'gPerKWh'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.location === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.year === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.gPerKWh !== void 0) {
      let data4 = data.gPerKWh;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2e3 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/gPerKWh", schemaPath: "#/properties/gPerKWh/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/gPerKWh", schemaPath: "#/properties/gPerKWh/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/gPerKWh", schemaPath: "#/properties/gPerKWh/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      if (typeof data.location !== "string") {
        const err16 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.zone !== void 0) {
      if (typeof data.zone !== "string") {
        const err17 = { instancePath: instancePath + "/zone", schemaPath: "#/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data7 = data.scope;
      if (!(data7 === "life-cycle" || data7 === "direct" || data7 === "user-stated")) {
        const err18 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/enum", keyword: "enum", params: { allowedValues: schema40.properties.scope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.energyJ === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "energyJ" }, message: "must have required property 'energyJ'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.facilityEnergyJ === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "facilityEnergyJ" }, message: "must have required property 'facilityEnergyJ'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.operationalCo2eG === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operationalCo2eG" }, message: "must have required property 'operationalCo2eG'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.embodiedCo2eG === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "embodiedCo2eG" }, message: "must have required property 'embodiedCo2eG'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.co2eG === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "co2eG" }, message: "must have required property 'co2eG'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.method === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.coverage === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.samples === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.start === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.gaps === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gaps" }, message: "must have required property 'gaps'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.plugins === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plugins" }, message: "must have required property 'plugins'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err15 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (typeof data.model !== "string") {
        const err17 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err18 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 2 || isNaN(data2)) {
          const err19 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.vendor !== void 0) {
      let data3 = data.vendor;
      if (!(data3 === "nvidia" || data3 === "amd" || data3 === "intel" || data3 === "google" || data3 === "other")) {
        const err20 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/enum", keyword: "enum", params: { allowedValues: schema28.properties.vendor.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err21 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.component !== void 0) {
      let data5 = data.component;
      if (!(data5 === "gpu" || data5 === "cpu" || data5 === "ram" || data5 === "node")) {
        const err22 = { instancePath: instancePath + "/component", schemaPath: "#/properties/component/enum", keyword: "enum", params: { allowedValues: schema28.properties.component.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.energyJ !== void 0) {
      let data6 = data.energyJ;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err23 = { instancePath: instancePath + "/energyJ", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/energyJ", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.facilityEnergyJ !== void 0) {
      let data7 = data.facilityEnergyJ;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err25 = { instancePath: instancePath + "/facilityEnergyJ", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/facilityEnergyJ", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.operationalCo2eG !== void 0) {
      let data8 = data.operationalCo2eG;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 0 || isNaN(data8)) {
          const err27 = { instancePath: instancePath + "/operationalCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/operationalCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.embodiedCo2eG !== void 0) {
      let data9 = data.embodiedCo2eG;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err29 = { instancePath: instancePath + "/embodiedCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/embodiedCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.co2eG !== void 0) {
      let data10 = data.co2eG;
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err31 = { instancePath: instancePath + "/co2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/co2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data11 = data.method;
      if (!(data11 === "counter" || data11 === "power-integral" || data11 === "reported" || data11 === "estimate")) {
        const err33 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema28.properties.method.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      let data12 = data.coverage;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 1 || isNaN(data12)) {
          const err34 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err35 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.samples !== void 0) {
      let data13 = data.samples;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err37 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err38 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.start !== void 0) {
      let data14 = data.start;
      if (typeof data14 === "string") {
        if (!formats0.validate(data14)) {
          const err39 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/start", schemaPath: "#/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.end !== void 0) {
      let data15 = data.end;
      if (typeof data15 === "string") {
        if (!formats0.validate(data15)) {
          const err41 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.gaps !== void 0) {
      let data16 = data.gaps;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.startMs === void 0) {
              const err43 = { instancePath: instancePath + "/gaps/" + i0, schemaPath: "#/properties/gaps/items/required", keyword: "required", params: { missingProperty: "startMs" }, message: "must have required property 'startMs'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data17.endMs === void 0) {
              const err44 = { instancePath: instancePath + "/gaps/" + i0, schemaPath: "#/properties/gaps/items/required", keyword: "required", params: { missingProperty: "endMs" }, message: "must have required property 'endMs'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data17.startMs !== void 0) {
              let data18 = data17.startMs;
              if (!(typeof data18 == "number" && isFinite(data18))) {
                const err45 = { instancePath: instancePath + "/gaps/" + i0 + "/startMs", schemaPath: "#/properties/gaps/items/properties/startMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.endMs !== void 0) {
              let data19 = data17.endMs;
              if (!(typeof data19 == "number" && isFinite(data19))) {
                const err46 = { instancePath: instancePath + "/gaps/" + i0 + "/endMs", schemaPath: "#/properties/gaps/items/properties/endMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/gaps/" + i0, schemaPath: "#/properties/gaps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/gaps", schemaPath: "#/properties/gaps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.gapCount !== void 0) {
      let data20 = data.gapCount;
      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
        const err49 = { instancePath: instancePath + "/gapCount", schemaPath: "#/properties/gapCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      if (typeof data20 == "number" && isFinite(data20)) {
        if (data20 < 0 || isNaN(data20)) {
          const err50 = { instancePath: instancePath + "/gapCount", schemaPath: "#/properties/gapCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
    }
    if (data.gapS !== void 0) {
      let data21 = data.gapS;
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 0 || isNaN(data21)) {
          const err51 = { instancePath: instancePath + "/gapS", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = { instancePath: instancePath + "/gapS", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.maxGapS !== void 0) {
      let data22 = data.maxGapS;
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 <= 0 || isNaN(data22)) {
          const err53 = { instancePath: instancePath + "/maxGapS", schemaPath: "#/properties/maxGapS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/maxGapS", schemaPath: "#/properties/maxGapS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.plugins !== void 0) {
      let data23 = data.plugins;
      if (Array.isArray(data23)) {
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data23[i1] !== "string") {
            const err55 = { instancePath: instancePath + "/plugins/" + i1, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data25 = data.files;
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data25[i2] !== "string") {
            const err57 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.meanUtilization !== void 0) {
      let data27 = data.meanUtilization;
      if (typeof data27 == "number" && isFinite(data27)) {
        if (data27 > 1 || isNaN(data27)) {
          const err59 = { instancePath: instancePath + "/meanUtilization", schemaPath: "#/definitions/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        if (data27 < 0 || isNaN(data27)) {
          const err60 = { instancePath: instancePath + "/meanUtilization", schemaPath: "#/definitions/fraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = { instancePath: instancePath + "/meanUtilization", schemaPath: "#/definitions/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.peakPowerW !== void 0) {
      let data28 = data.peakPowerW;
      if (typeof data28 == "number" && isFinite(data28)) {
        if (data28 < 0 || isNaN(data28)) {
          const err62 = { instancePath: instancePath + "/peakPowerW", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      } else {
        const err63 = { instancePath: instancePath + "/peakPowerW", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data29 = data.factors;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.pue === void 0) {
          const err64 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "pue" }, message: "must have required property 'pue'" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data29.intensity === void 0) {
          const err65 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "intensity" }, message: "must have required property 'intensity'" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data29.recordedBy === void 0) {
          const err66 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "recordedBy" }, message: "must have required property 'recordedBy'" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data29.pue !== void 0) {
          if (!validate12(data29.pue, { instancePath: instancePath + "/factors/pue", parentData: data29, parentDataProperty: "pue", rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
        if (data29.intensity !== void 0) {
          if (!validate14(data29.intensity, { instancePath: instancePath + "/factors/intensity", parentData: data29, parentDataProperty: "intensity", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data29.recordedBy !== void 0) {
          if (typeof data29.recordedBy !== "string") {
            const err67 = { instancePath: instancePath + "/factors/recordedBy", schemaPath: "#/properties/factors/properties/recordedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.sourceReported !== void 0) {
      let data33 = data.sourceReported;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.co2eG !== void 0) {
          let data34 = data33.co2eG;
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 0 || isNaN(data34)) {
              const err69 = { instancePath: instancePath + "/sourceReported/co2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/sourceReported/co2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data33.note !== void 0) {
          if (typeof data33.note !== "string") {
            const err71 = { instancePath: instancePath + "/sourceReported/note", schemaPath: "#/properties/sourceReported/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.job !== void 0) {
      if (typeof data.job !== "string") {
        const err73 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
  } else {
    const err74 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err74];
    } else {
      vErrors.push(err74);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema45 = { "type": "object", "required": ["passed", "model", "executionProvider", "checks", "latencyMs", "energyPerInferenceJ", "co2ePer1kInferencesG"], "properties": { "passed": { "type": "boolean" }, "model": { "type": "string" }, "executionProvider": { "enum": ["cuda", "cpu", "none"] }, "requestedDevice": { "enum": ["auto", "cuda", "cpu"] }, "fallbackReason": { "type": "string" }, "checks": { "type": "array", "items": { "type": "object", "required": ["name", "passed", "message"], "properties": { "name": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } }, "loadMs": { "type": "number", "minimum": 0 }, "latencyMs": { "type": "object", "required": ["mean", "p50", "p95"], "properties": { "mean": { "type": "number" }, "p50": { "type": "number" }, "p95": { "type": "number" } } }, "throughputPerS": { "type": "number", "minimum": 0 }, "iterations": { "type": "integer", "minimum": 0 }, "warmup": { "type": "integer", "minimum": 0 }, "batchSize": { "type": "integer", "minimum": 0 }, "inputs": { "type": "array", "items": { "type": "object", "required": ["name", "dtype", "shape", "source"], "properties": { "name": { "type": "string" }, "dtype": { "type": "string" }, "shape": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "source": { "enum": ["file", "synthesised"] } } } }, "nodesByProvider": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "energyPerInferenceJ": { "type": "number", "minimum": 0 }, "energyMethod": { "enum": ["measured", "estimate"] }, "meanPowerW": { "type": "number", "minimum": 0 }, "energyNote": { "type": "string" }, "co2ePer1kInferencesG": { "type": "number", "minimum": 0 }, "factors": { "$ref": "#/properties/factors" } } };
var schema46 = { "type": "object", "required": ["pue", "intensity"], "properties": { "pue": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["value", "source"], "properties": { "value": { "type": "number", "minimum": 1, "maximum": 5 } } }, "intensity": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["gPerKWh", "location", "source", "year"], "properties": { "gPerKWh": { "type": "number", "minimum": 0, "maximum": 2e3 }, "location": { "type": "string" }, "zone": { "type": "string", "description": "The Electricity Maps zone the figure is for (e.g. US-CAL-CISO for US-CA); absent for Ember's country figures and the world average." }, "scope": { "enum": ["life-cycle", "direct", "user-stated"], "description": "What the figure counts: life-cycle CO2e (the default), direct (combustion) emissions only, or user-stated: the user's --intensity, whose scope carbon-ci cannot know. Optional because reports written before dataset 2026.12.0 lack it; every report carbon-ci writes now carries it." } } }, "embodied": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["source", "lifetimeS", "devices"], "properties": { "lifetimeS": { "type": "number", "exclusiveMinimum": 0 }, "devices": { "type": "integer", "minimum": 0 }, "range": { "type": "object", "description": "The embodied total at the low and high published manufacturing figures per device (g CO2e), and their sources. Optional: absent when no device's figure has a range, and in reports written before dataset 2026.12.1.", "required": ["lowCo2eG", "highCo2eG", "source"], "additionalProperties": false, "properties": { "lowCo2eG": { "$ref": "#/definitions/nonNegative" }, "highCo2eG": { "$ref": "#/definitions/nonNegative" }, "source": { "type": "string", "minLength": 1 } } } } }, "recorded": { "type": "object", "description": "Devices priced where their source recorded that they ran (devices[].factors), and who recorded it. When every device was priced at one site, pue and intensity above are that site's.", "required": ["devices", "by"], "properties": { "devices": { "type": "integer", "minimum": 1 }, "by": { "type": "array", "items": { "type": "string" } } } } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pue === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pue" }, message: "must have required property 'pue'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.intensity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intensity" }, message: "must have required property 'intensity'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.pue !== void 0) {
      let data0 = data.pue;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.source === void 0) {
          const err2 = { instancePath: instancePath + "/pue", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.source !== void 0) {
          let data1 = data0.source;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err3 = { instancePath: instancePath + "/pue/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/pue/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.year !== void 0) {
          let data2 = data0.year;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err5 = { instancePath: instancePath + "/pue/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 2100 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/pue/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2 < 1990 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/pue/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
        if (data0.url !== void 0) {
          if (typeof data0.url !== "string") {
            const err8 = { instancePath: instancePath + "/pue/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.datasetVersion !== void 0) {
          if (typeof data0.datasetVersion !== "string") {
            const err9 = { instancePath: instancePath + "/pue/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/pue", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.value === void 0) {
          const err11 = { instancePath: instancePath + "/pue", schemaPath: "#/properties/pue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data0.source === void 0) {
          const err12 = { instancePath: instancePath + "/pue", schemaPath: "#/properties/pue/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data0.value !== void 0) {
          let data5 = data0.value;
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 5 || isNaN(data5)) {
              const err13 = { instancePath: instancePath + "/pue/value", schemaPath: "#/properties/pue/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data5 < 1 || isNaN(data5)) {
              const err14 = { instancePath: instancePath + "/pue/value", schemaPath: "#/properties/pue/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/pue/value", schemaPath: "#/properties/pue/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/pue", schemaPath: "#/properties/pue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.intensity !== void 0) {
      let data6 = data.intensity;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.source === void 0) {
          const err17 = { instancePath: instancePath + "/intensity", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.source !== void 0) {
          let data7 = data6.source;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err18 = { instancePath: instancePath + "/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.year !== void 0) {
          let data8 = data6.year;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err20 = { instancePath: instancePath + "/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 2100 || isNaN(data8)) {
              const err21 = { instancePath: instancePath + "/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data8 < 1990 || isNaN(data8)) {
              const err22 = { instancePath: instancePath + "/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
        if (data6.url !== void 0) {
          if (typeof data6.url !== "string") {
            const err23 = { instancePath: instancePath + "/intensity/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.datasetVersion !== void 0) {
          if (typeof data6.datasetVersion !== "string") {
            const err24 = { instancePath: instancePath + "/intensity/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/intensity", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.gPerKWh === void 0) {
          const err26 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/required", keyword: "required", params: { missingProperty: "gPerKWh" }, message: "must have required property 'gPerKWh'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data6.location === void 0) {
          const err27 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data6.source === void 0) {
          const err28 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data6.year === void 0) {
          const err29 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data6.gPerKWh !== void 0) {
          let data11 = data6.gPerKWh;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 2e3 || isNaN(data11)) {
              const err30 = { instancePath: instancePath + "/intensity/gPerKWh", schemaPath: "#/properties/intensity/properties/gPerKWh/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err31 = { instancePath: instancePath + "/intensity/gPerKWh", schemaPath: "#/properties/intensity/properties/gPerKWh/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/intensity/gPerKWh", schemaPath: "#/properties/intensity/properties/gPerKWh/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data6.location !== void 0) {
          if (typeof data6.location !== "string") {
            const err33 = { instancePath: instancePath + "/intensity/location", schemaPath: "#/properties/intensity/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data6.zone !== void 0) {
          if (typeof data6.zone !== "string") {
            const err34 = { instancePath: instancePath + "/intensity/zone", schemaPath: "#/properties/intensity/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data6.scope !== void 0) {
          let data14 = data6.scope;
          if (!(data14 === "life-cycle" || data14 === "direct" || data14 === "user-stated")) {
            const err35 = { instancePath: instancePath + "/intensity/scope", schemaPath: "#/properties/intensity/properties/scope/enum", keyword: "enum", params: { allowedValues: schema46.properties.intensity.properties.scope.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.embodied !== void 0) {
      let data15 = data.embodied;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.source === void 0) {
          const err37 = { instancePath: instancePath + "/embodied", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data15.source !== void 0) {
          let data16 = data15.source;
          if (typeof data16 === "string") {
            if (func2(data16) < 1) {
              const err38 = { instancePath: instancePath + "/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data15.year !== void 0) {
          let data17 = data15.year;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err40 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 2100 || isNaN(data17)) {
              const err41 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data17 < 1990 || isNaN(data17)) {
              const err42 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data15.url !== void 0) {
          if (typeof data15.url !== "string") {
            const err43 = { instancePath: instancePath + "/embodied/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data15.datasetVersion !== void 0) {
          if (typeof data15.datasetVersion !== "string") {
            const err44 = { instancePath: instancePath + "/embodied/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/embodied", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.source === void 0) {
          const err46 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data15.lifetimeS === void 0) {
          const err47 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "lifetimeS" }, message: "must have required property 'lifetimeS'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data15.devices === void 0) {
          const err48 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data15.lifetimeS !== void 0) {
          let data20 = data15.lifetimeS;
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 <= 0 || isNaN(data20)) {
              const err49 = { instancePath: instancePath + "/embodied/lifetimeS", schemaPath: "#/properties/embodied/properties/lifetimeS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/embodied/lifetimeS", schemaPath: "#/properties/embodied/properties/lifetimeS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data15.devices !== void 0) {
          let data21 = data15.devices;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err51 = { instancePath: instancePath + "/embodied/devices", schemaPath: "#/properties/embodied/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err52 = { instancePath: instancePath + "/embodied/devices", schemaPath: "#/properties/embodied/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        }
        if (data15.range !== void 0) {
          let data22 = data15.range;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.lowCo2eG === void 0) {
              const err53 = { instancePath: instancePath + "/embodied/range", schemaPath: "#/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "lowCo2eG" }, message: "must have required property 'lowCo2eG'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data22.highCo2eG === void 0) {
              const err54 = { instancePath: instancePath + "/embodied/range", schemaPath: "#/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "highCo2eG" }, message: "must have required property 'highCo2eG'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data22.source === void 0) {
              const err55 = { instancePath: instancePath + "/embodied/range", schemaPath: "#/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            for (const key0 in data22) {
              if (!(key0 === "lowCo2eG" || key0 === "highCo2eG" || key0 === "source")) {
                const err56 = { instancePath: instancePath + "/embodied/range", schemaPath: "#/properties/embodied/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data22.lowCo2eG !== void 0) {
              let data23 = data22.lowCo2eG;
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err57 = { instancePath: instancePath + "/embodied/range/lowCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/embodied/range/lowCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data22.highCo2eG !== void 0) {
              let data24 = data22.highCo2eG;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err59 = { instancePath: instancePath + "/embodied/range/highCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/embodied/range/highCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data22.source !== void 0) {
              let data25 = data22.source;
              if (typeof data25 === "string") {
                if (func2(data25) < 1) {
                  const err61 = { instancePath: instancePath + "/embodied/range/source", schemaPath: "#/properties/embodied/properties/range/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/embodied/range/source", schemaPath: "#/properties/embodied/properties/range/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/embodied/range", schemaPath: "#/properties/embodied/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.recorded !== void 0) {
      let data26 = data.recorded;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.devices === void 0) {
          const err65 = { instancePath: instancePath + "/recorded", schemaPath: "#/properties/recorded/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data26.by === void 0) {
          const err66 = { instancePath: instancePath + "/recorded", schemaPath: "#/properties/recorded/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        if (data26.devices !== void 0) {
          let data27 = data26.devices;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err67 = { instancePath: instancePath + "/recorded/devices", schemaPath: "#/properties/recorded/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err68 = { instancePath: instancePath + "/recorded/devices", schemaPath: "#/properties/recorded/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
        if (data26.by !== void 0) {
          let data28 = data26.by;
          if (Array.isArray(data28)) {
            const len0 = data28.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data28[i0] !== "string") {
                const err69 = { instancePath: instancePath + "/recorded/by/" + i0, schemaPath: "#/properties/recorded/properties/by/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/recorded/by", schemaPath: "#/properties/recorded/properties/by/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/recorded", schemaPath: "#/properties/recorded/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
  } else {
    const err72 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err72];
    } else {
      vErrors.push(err72);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.passed === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.executionProvider === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "executionProvider" }, message: "must have required property 'executionProvider'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.latencyMs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latencyMs" }, message: "must have required property 'latencyMs'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.energyPerInferenceJ === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "energyPerInferenceJ" }, message: "must have required property 'energyPerInferenceJ'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.co2ePer1kInferencesG === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "co2ePer1kInferencesG" }, message: "must have required property 'co2ePer1kInferencesG'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.passed !== void 0) {
      if (typeof data.passed !== "boolean") {
        const err7 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (typeof data.model !== "string") {
        const err8 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.executionProvider !== void 0) {
      let data2 = data.executionProvider;
      if (!(data2 === "cuda" || data2 === "cpu" || data2 === "none")) {
        const err9 = { instancePath: instancePath + "/executionProvider", schemaPath: "#/properties/executionProvider/enum", keyword: "enum", params: { allowedValues: schema45.properties.executionProvider.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.requestedDevice !== void 0) {
      let data3 = data.requestedDevice;
      if (!(data3 === "auto" || data3 === "cuda" || data3 === "cpu")) {
        const err10 = { instancePath: instancePath + "/requestedDevice", schemaPath: "#/properties/requestedDevice/enum", keyword: "enum", params: { allowedValues: schema45.properties.requestedDevice.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.fallbackReason !== void 0) {
      if (typeof data.fallbackReason !== "string") {
        const err11 = { instancePath: instancePath + "/fallbackReason", schemaPath: "#/properties/fallbackReason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data5 = data.checks;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name === void 0) {
              const err12 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6.passed === void 0) {
              const err13 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.message === void 0) {
              const err14 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data6.name !== void 0) {
              if (typeof data6.name !== "string") {
                const err15 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.passed !== void 0) {
              if (typeof data6.passed !== "boolean") {
                const err16 = { instancePath: instancePath + "/checks/" + i0 + "/passed", schemaPath: "#/properties/checks/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data6.message !== void 0) {
              if (typeof data6.message !== "string") {
                const err17 = { instancePath: instancePath + "/checks/" + i0 + "/message", schemaPath: "#/properties/checks/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.loadMs !== void 0) {
      let data10 = data.loadMs;
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err20 = { instancePath: instancePath + "/loadMs", schemaPath: "#/properties/loadMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/loadMs", schemaPath: "#/properties/loadMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.latencyMs !== void 0) {
      let data11 = data.latencyMs;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.mean === void 0) {
          const err22 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data11.p50 === void 0) {
          const err23 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property 'p50'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data11.p95 === void 0) {
          const err24 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data11.mean !== void 0) {
          let data12 = data11.mean;
          if (!(typeof data12 == "number" && isFinite(data12))) {
            const err25 = { instancePath: instancePath + "/latencyMs/mean", schemaPath: "#/properties/latencyMs/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.p50 !== void 0) {
          let data13 = data11.p50;
          if (!(typeof data13 == "number" && isFinite(data13))) {
            const err26 = { instancePath: instancePath + "/latencyMs/p50", schemaPath: "#/properties/latencyMs/properties/p50/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.p95 !== void 0) {
          let data14 = data11.p95;
          if (!(typeof data14 == "number" && isFinite(data14))) {
            const err27 = { instancePath: instancePath + "/latencyMs/p95", schemaPath: "#/properties/latencyMs/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/latencyMs", schemaPath: "#/properties/latencyMs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.throughputPerS !== void 0) {
      let data15 = data.throughputPerS;
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 0 || isNaN(data15)) {
          const err29 = { instancePath: instancePath + "/throughputPerS", schemaPath: "#/properties/throughputPerS/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/throughputPerS", schemaPath: "#/properties/throughputPerS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.iterations !== void 0) {
      let data16 = data.iterations;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err31 = { instancePath: instancePath + "/iterations", schemaPath: "#/properties/iterations/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err32 = { instancePath: instancePath + "/iterations", schemaPath: "#/properties/iterations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.warmup !== void 0) {
      let data17 = data.warmup;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
        const err33 = { instancePath: instancePath + "/warmup", schemaPath: "#/properties/warmup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data17 == "number" && isFinite(data17)) {
        if (data17 < 0 || isNaN(data17)) {
          const err34 = { instancePath: instancePath + "/warmup", schemaPath: "#/properties/warmup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.batchSize !== void 0) {
      let data18 = data.batchSize;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
        const err35 = { instancePath: instancePath + "/batchSize", schemaPath: "#/properties/batchSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 < 0 || isNaN(data18)) {
          const err36 = { instancePath: instancePath + "/batchSize", schemaPath: "#/properties/batchSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    if (data.inputs !== void 0) {
      let data19 = data.inputs;
      if (Array.isArray(data19)) {
        const len1 = data19.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data20 = data19[i1];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.name === void 0) {
              const err37 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data20.dtype === void 0) {
              const err38 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data20.shape === void 0) {
              const err39 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data20.source === void 0) {
              const err40 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data20.name !== void 0) {
              if (typeof data20.name !== "string") {
                const err41 = { instancePath: instancePath + "/inputs/" + i1 + "/name", schemaPath: "#/properties/inputs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data20.dtype !== void 0) {
              if (typeof data20.dtype !== "string") {
                const err42 = { instancePath: instancePath + "/inputs/" + i1 + "/dtype", schemaPath: "#/properties/inputs/items/properties/dtype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data20.shape !== void 0) {
              let data23 = data20.shape;
              if (Array.isArray(data23)) {
                const len2 = data23.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data24 = data23[i2];
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err43 = { instancePath: instancePath + "/inputs/" + i1 + "/shape/" + i2, schemaPath: "#/properties/inputs/items/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 < 0 || isNaN(data24)) {
                      const err44 = { instancePath: instancePath + "/inputs/" + i1 + "/shape/" + i2, schemaPath: "#/properties/inputs/items/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/inputs/" + i1 + "/shape", schemaPath: "#/properties/inputs/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data20.source !== void 0) {
              let data25 = data20.source;
              if (!(data25 === "file" || data25 === "synthesised")) {
                const err46 = { instancePath: instancePath + "/inputs/" + i1 + "/source", schemaPath: "#/properties/inputs/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema45.properties.inputs.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.nodesByProvider !== void 0) {
      let data26 = data.nodesByProvider;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key0 in data26) {
          let data27 = data26[key0];
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err49 = { instancePath: instancePath + "/nodesByProvider/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodesByProvider/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 0 || isNaN(data27)) {
              const err50 = { instancePath: instancePath + "/nodesByProvider/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/nodesByProvider/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/nodesByProvider", schemaPath: "#/properties/nodesByProvider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.energyPerInferenceJ !== void 0) {
      let data28 = data.energyPerInferenceJ;
      if (typeof data28 == "number" && isFinite(data28)) {
        if (data28 < 0 || isNaN(data28)) {
          const err52 = { instancePath: instancePath + "/energyPerInferenceJ", schemaPath: "#/properties/energyPerInferenceJ/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/energyPerInferenceJ", schemaPath: "#/properties/energyPerInferenceJ/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.energyMethod !== void 0) {
      let data29 = data.energyMethod;
      if (!(data29 === "measured" || data29 === "estimate")) {
        const err54 = { instancePath: instancePath + "/energyMethod", schemaPath: "#/properties/energyMethod/enum", keyword: "enum", params: { allowedValues: schema45.properties.energyMethod.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.meanPowerW !== void 0) {
      let data30 = data.meanPowerW;
      if (typeof data30 == "number" && isFinite(data30)) {
        if (data30 < 0 || isNaN(data30)) {
          const err55 = { instancePath: instancePath + "/meanPowerW", schemaPath: "#/properties/meanPowerW/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      } else {
        const err56 = { instancePath: instancePath + "/meanPowerW", schemaPath: "#/properties/meanPowerW/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.energyNote !== void 0) {
      if (typeof data.energyNote !== "string") {
        const err57 = { instancePath: instancePath + "/energyNote", schemaPath: "#/properties/energyNote/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.co2ePer1kInferencesG !== void 0) {
      let data32 = data.co2ePer1kInferencesG;
      if (typeof data32 == "number" && isFinite(data32)) {
        if (data32 < 0 || isNaN(data32)) {
          const err58 = { instancePath: instancePath + "/co2ePer1kInferencesG", schemaPath: "#/properties/co2ePer1kInferencesG/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = { instancePath: instancePath + "/co2ePer1kInferencesG", schemaPath: "#/properties/co2ePer1kInferencesG/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      if (!validate18(data.factors, { instancePath: instancePath + "/factors", parentData: data, parentDataProperty: "factors", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.generatedAt === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.run === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.totals === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "totals" }, message: "must have required property 'totals'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.coverage === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.factors === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "factors" }, message: "must have required property 'factors'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.devices === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.warnings === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.schemaVersion !== void 0) {
      let data0 = data.schemaVersion;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err11 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/pattern", keyword: "pattern", params: { pattern: "^1\\.\\d+\\.\\d+$" }, message: 'must match pattern "^1\\.\\d+\\.\\d+$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err14 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1.datasetVersion === void 0) {
          const err15 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "datasetVersion" }, message: "must have required property 'datasetVersion'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          if ("carbon-ci" !== data1.name) {
            const err16 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "carbon-ci" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err17 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.datasetVersion !== void 0) {
          if (typeof data1.datasetVersion !== "string") {
            const err18 = { instancePath: instancePath + "/tool/datasetVersion", schemaPath: "#/properties/tool/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.generatedAt !== void 0) {
      let data5 = data.generatedAt;
      if (typeof data5 === "string") {
        if (!formats0.validate(data5)) {
          const err20 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data6 = data.run;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.repository !== void 0) {
          if (typeof data6.repository !== "string") {
            const err22 = { instancePath: instancePath + "/run/repository", schemaPath: "#/properties/run/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.commit !== void 0) {
          if (typeof data6.commit !== "string") {
            const err23 = { instancePath: instancePath + "/run/commit", schemaPath: "#/properties/run/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.ref !== void 0) {
          if (typeof data6.ref !== "string") {
            const err24 = { instancePath: instancePath + "/run/ref", schemaPath: "#/properties/run/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.workflow !== void 0) {
          if (typeof data6.workflow !== "string") {
            const err25 = { instancePath: instancePath + "/run/workflow", schemaPath: "#/properties/run/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.job !== void 0) {
          if (typeof data6.job !== "string") {
            const err26 = { instancePath: instancePath + "/run/job", schemaPath: "#/properties/run/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data6.runId !== void 0) {
          let data12 = data6.runId;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err27 = { instancePath: instancePath + "/run/runId", schemaPath: "#/properties/run/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.runAttempt !== void 0) {
          let data13 = data6.runAttempt;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err28 = { instancePath: instancePath + "/run/runAttempt", schemaPath: "#/properties/run/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data6.pullRequest !== void 0) {
          let data14 = data6.pullRequest;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err29 = { instancePath: instancePath + "/run/pullRequest", schemaPath: "#/properties/run/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data15 = data.inputs;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.mode === void 0) {
          const err31 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data15.files === void 0) {
          const err32 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data15.plugin === void 0) {
          const err33 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "plugin" }, message: "must have required property 'plugin'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data15.location === void 0) {
          const err34 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data15.timeZone === void 0) {
          const err35 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "timeZone" }, message: "must have required property 'timeZone'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data15.timeZoneSource === void 0) {
          const err36 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "timeZoneSource" }, message: "must have required property 'timeZoneSource'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data15.maxGapS === void 0) {
          const err37 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/required", keyword: "required", params: { missingProperty: "maxGapS" }, message: "must have required property 'maxGapS'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data15.mode !== void 0) {
          let data16 = data15.mode;
          if (!(data16 === "telemetry" || data16 === "estimate")) {
            const err38 = { instancePath: instancePath + "/inputs/mode", schemaPath: "#/properties/inputs/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data15.files !== void 0) {
          let data17 = data15.files;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data17[i0] !== "string") {
                const err39 = { instancePath: instancePath + "/inputs/files/" + i0, schemaPath: "#/properties/inputs/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/inputs/files", schemaPath: "#/properties/inputs/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data15.plugin !== void 0) {
          if (typeof data15.plugin !== "string") {
            const err41 = { instancePath: instancePath + "/inputs/plugin", schemaPath: "#/properties/inputs/properties/plugin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data15.location !== void 0) {
          if (typeof data15.location !== "string") {
            const err42 = { instancePath: instancePath + "/inputs/location", schemaPath: "#/properties/inputs/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data15.timeZone !== void 0) {
          let data21 = data15.timeZone;
          if (typeof data21 === "string") {
            if (func2(data21) < 1) {
              const err43 = { instancePath: instancePath + "/inputs/timeZone", schemaPath: "#/properties/inputs/properties/timeZone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/inputs/timeZone", schemaPath: "#/properties/inputs/properties/timeZone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data15.timeZoneSource !== void 0) {
          let data22 = data15.timeZoneSource;
          if (!(data22 === "user" || data22 === "default")) {
            const err45 = { instancePath: instancePath + "/inputs/timeZoneSource", schemaPath: "#/properties/inputs/properties/timeZoneSource/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.properties.timeZoneSource.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data15.maxGapS !== void 0) {
          let data23 = data15.maxGapS;
          const _errs45 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs46 = errors;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 <= 0 || isNaN(data23)) {
              const err46 = { instancePath: instancePath + "/inputs/maxGapS", schemaPath: "#/properties/inputs/properties/maxGapS/oneOf/0/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/inputs/maxGapS", schemaPath: "#/properties/inputs/properties/maxGapS/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid0 = _errs46 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs48 = errors;
          if ("auto" !== data23) {
            const err48 = { instancePath: instancePath + "/inputs/maxGapS", schemaPath: "#/properties/inputs/properties/maxGapS/oneOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid0 = _errs48 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err49 = { instancePath: instancePath + "/inputs/maxGapS", schemaPath: "#/properties/inputs/properties/maxGapS/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data15.estimate !== void 0) {
          let data24 = data15.estimate;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.gpu === void 0) {
              const err50 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "gpu" }, message: "must have required property 'gpu'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data24.count === void 0) {
              const err51 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data24.hoursPerDevice === void 0) {
              const err52 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "hoursPerDevice" }, message: "must have required property 'hoursPerDevice'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data24.utilization === void 0) {
              const err53 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "utilization" }, message: "must have required property 'utilization'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data24.powerW === void 0) {
              const err54 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "powerW" }, message: "must have required property 'powerW'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data24.powerSource === void 0) {
              const err55 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/required", keyword: "required", params: { missingProperty: "powerSource" }, message: "must have required property 'powerSource'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data24.gpu !== void 0) {
              let data25 = data24.gpu;
              if (typeof data25 === "string") {
                if (func2(data25) < 1) {
                  const err56 = { instancePath: instancePath + "/inputs/estimate/gpu", schemaPath: "#/properties/inputs/properties/estimate/properties/gpu/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/inputs/estimate/gpu", schemaPath: "#/properties/inputs/properties/estimate/properties/gpu/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data24.model !== void 0) {
              if (typeof data24.model !== "string") {
                const err58 = { instancePath: instancePath + "/inputs/estimate/model", schemaPath: "#/properties/inputs/properties/estimate/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data24.count !== void 0) {
              let data27 = data24.count;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err59 = { instancePath: instancePath + "/inputs/estimate/count", schemaPath: "#/properties/inputs/properties/estimate/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 1 || isNaN(data27)) {
                  const err60 = { instancePath: instancePath + "/inputs/estimate/count", schemaPath: "#/properties/inputs/properties/estimate/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
            if (data24.hoursPerDevice !== void 0) {
              let data28 = data24.hoursPerDevice;
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 <= 0 || isNaN(data28)) {
                  const err61 = { instancePath: instancePath + "/inputs/estimate/hoursPerDevice", schemaPath: "#/properties/inputs/properties/estimate/properties/hoursPerDevice/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/inputs/estimate/hoursPerDevice", schemaPath: "#/properties/inputs/properties/estimate/properties/hoursPerDevice/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data24.utilization !== void 0) {
              let data29 = data24.utilization;
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 > 1 || isNaN(data29)) {
                  const err63 = { instancePath: instancePath + "/inputs/estimate/utilization", schemaPath: "#/properties/inputs/properties/estimate/properties/utilization/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data29 <= 0 || isNaN(data29)) {
                  const err64 = { instancePath: instancePath + "/inputs/estimate/utilization", schemaPath: "#/properties/inputs/properties/estimate/properties/utilization/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/inputs/estimate/utilization", schemaPath: "#/properties/inputs/properties/estimate/properties/utilization/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data24.powerW !== void 0) {
              let data30 = data24.powerW;
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 <= 0 || isNaN(data30)) {
                  const err66 = { instancePath: instancePath + "/inputs/estimate/powerW", schemaPath: "#/properties/inputs/properties/estimate/properties/powerW/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/inputs/estimate/powerW", schemaPath: "#/properties/inputs/properties/estimate/properties/powerW/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data24.powerSource !== void 0) {
              let data31 = data24.powerSource;
              if (!(data31 === "user" || data31 === "gpu-table")) {
                const err68 = { instancePath: instancePath + "/inputs/estimate/powerSource", schemaPath: "#/properties/inputs/properties/estimate/properties/powerSource/enum", keyword: "enum", params: { allowedValues: schema11.properties.inputs.properties.estimate.properties.powerSource.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/inputs/estimate", schemaPath: "#/properties/inputs/properties/estimate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data32 = data.window;
      const _errs65 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs66 = errors;
      if (data32 !== null) {
        const err71 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var _valid1 = _errs66 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs68 = errors;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.start === void 0) {
          const err72 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/oneOf/1/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        if (data32.end === void 0) {
          const err73 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/oneOf/1/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data32.start !== void 0) {
          let data33 = data32.start;
          if (typeof data33 === "string") {
            if (!formats0.validate(data33)) {
              const err74 = { instancePath: instancePath + "/window/start", schemaPath: "#/properties/window/oneOf/1/properties/start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/window/start", schemaPath: "#/properties/window/oneOf/1/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data32.end !== void 0) {
          let data34 = data32.end;
          if (typeof data34 === "string") {
            if (!formats0.validate(data34)) {
              const err76 = { instancePath: instancePath + "/window/end", schemaPath: "#/properties/window/oneOf/1/properties/end/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/window/end", schemaPath: "#/properties/window/oneOf/1/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
      var _valid1 = _errs68 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
      }
      if (!valid8) {
        const err79 = { instancePath: instancePath + "/window", schemaPath: "#/properties/window/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      } else {
        errors = _errs65;
        if (vErrors !== null) {
          if (_errs65) {
            vErrors.length = _errs65;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.totals !== void 0) {
      let data35 = data.totals;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.energyJ === void 0) {
          const err80 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "energyJ" }, message: "must have required property 'energyJ'" };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
        if (data35.facilityEnergyJ === void 0) {
          const err81 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "facilityEnergyJ" }, message: "must have required property 'facilityEnergyJ'" };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        if (data35.operationalCo2eG === void 0) {
          const err82 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "operationalCo2eG" }, message: "must have required property 'operationalCo2eG'" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data35.embodiedCo2eG === void 0) {
          const err83 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "embodiedCo2eG" }, message: "must have required property 'embodiedCo2eG'" };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data35.co2eG === void 0) {
          const err84 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "co2eG" }, message: "must have required property 'co2eG'" };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (data35.durationS === void 0) {
          const err85 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/required", keyword: "required", params: { missingProperty: "durationS" }, message: "must have required property 'durationS'" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data35.energyJ !== void 0) {
          let data36 = data35.energyJ;
          if (typeof data36 == "number" && isFinite(data36)) {
            if (data36 < 0 || isNaN(data36)) {
              const err86 = { instancePath: instancePath + "/totals/energyJ", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/totals/energyJ", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data35.facilityEnergyJ !== void 0) {
          let data37 = data35.facilityEnergyJ;
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 0 || isNaN(data37)) {
              const err88 = { instancePath: instancePath + "/totals/facilityEnergyJ", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/totals/facilityEnergyJ", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data35.operationalCo2eG !== void 0) {
          let data38 = data35.operationalCo2eG;
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 0 || isNaN(data38)) {
              const err90 = { instancePath: instancePath + "/totals/operationalCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = { instancePath: instancePath + "/totals/operationalCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data35.embodiedCo2eG !== void 0) {
          let data39 = data35.embodiedCo2eG;
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 0 || isNaN(data39)) {
              const err92 = { instancePath: instancePath + "/totals/embodiedCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          } else {
            const err93 = { instancePath: instancePath + "/totals/embodiedCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data35.co2eG !== void 0) {
          let data40 = data35.co2eG;
          if (typeof data40 == "number" && isFinite(data40)) {
            if (data40 < 0 || isNaN(data40)) {
              const err94 = { instancePath: instancePath + "/totals/co2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          } else {
            const err95 = { instancePath: instancePath + "/totals/co2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data35.durationS !== void 0) {
          let data41 = data35.durationS;
          if (typeof data41 == "number" && isFinite(data41)) {
            if (data41 < 0 || isNaN(data41)) {
              const err96 = { instancePath: instancePath + "/totals/durationS", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          } else {
            const err97 = { instancePath: instancePath + "/totals/durationS", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/totals", schemaPath: "#/properties/totals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.coverage !== void 0) {
      let data42 = data.coverage;
      if (typeof data42 == "number" && isFinite(data42)) {
        if (data42 > 1 || isNaN(data42)) {
          const err99 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data42 < 0 || isNaN(data42)) {
          const err100 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
      } else {
        const err101 = { instancePath: instancePath + "/coverage", schemaPath: "#/definitions/fraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data43 = data.scope;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.gpu === void 0) {
          const err102 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "gpu" }, message: "must have required property 'gpu'" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data43.cpu === void 0) {
          const err103 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "cpu" }, message: "must have required property 'cpu'" };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data43.ram === void 0) {
          const err104 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "ram" }, message: "must have required property 'ram'" };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data43.node === void 0) {
          const err105 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "node" }, message: "must have required property 'node'" };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data43.gpuOnly === void 0) {
          const err106 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "gpuOnly" }, message: "must have required property 'gpuOnly'" };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        if (data43.gpu !== void 0) {
          let data44 = data43.gpu;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.counted === void 0) {
              const err107 = { instancePath: instancePath + "/scope/gpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "counted" }, message: "must have required property 'counted'" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data44.devices === void 0) {
              const err108 = { instancePath: instancePath + "/scope/gpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data44.methods === void 0) {
              const err109 = { instancePath: instancePath + "/scope/gpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "methods" }, message: "must have required property 'methods'" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data44.counted !== void 0) {
              let data45 = data44.counted;
              if (!(data45 === "measured" || data45 === "reported" || data45 === "estimated" || data45 === "in-node" || data45 === "not-counted")) {
                const err110 = { instancePath: instancePath + "/scope/gpu/counted", schemaPath: "#/definitions/componentScope/properties/counted/enum", keyword: "enum", params: { allowedValues: schema19.properties.counted.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data44.devices !== void 0) {
              let data46 = data44.devices;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                const err111 = { instancePath: instancePath + "/scope/gpu/devices", schemaPath: "#/definitions/componentScope/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 < 0 || isNaN(data46)) {
                  const err112 = { instancePath: instancePath + "/scope/gpu/devices", schemaPath: "#/definitions/componentScope/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
            }
            if (data44.methods !== void 0) {
              let data47 = data44.methods;
              if (Array.isArray(data47)) {
                const len1 = data47.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data48 = data47[i1];
                  if (!(data48 === "counter" || data48 === "power-integral" || data48 === "reported" || data48 === "estimate")) {
                    const err113 = { instancePath: instancePath + "/scope/gpu/methods/" + i1, schemaPath: "#/definitions/componentScope/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.methods.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/scope/gpu/methods", schemaPath: "#/definitions/componentScope/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/scope/gpu", schemaPath: "#/definitions/componentScope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data43.cpu !== void 0) {
          let data49 = data43.cpu;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.counted === void 0) {
              const err116 = { instancePath: instancePath + "/scope/cpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "counted" }, message: "must have required property 'counted'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data49.devices === void 0) {
              const err117 = { instancePath: instancePath + "/scope/cpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data49.methods === void 0) {
              const err118 = { instancePath: instancePath + "/scope/cpu", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "methods" }, message: "must have required property 'methods'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data49.counted !== void 0) {
              let data50 = data49.counted;
              if (!(data50 === "measured" || data50 === "reported" || data50 === "estimated" || data50 === "in-node" || data50 === "not-counted")) {
                const err119 = { instancePath: instancePath + "/scope/cpu/counted", schemaPath: "#/definitions/componentScope/properties/counted/enum", keyword: "enum", params: { allowedValues: schema19.properties.counted.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data49.devices !== void 0) {
              let data51 = data49.devices;
              if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                const err120 = { instancePath: instancePath + "/scope/cpu/devices", schemaPath: "#/definitions/componentScope/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
              if (typeof data51 == "number" && isFinite(data51)) {
                if (data51 < 0 || isNaN(data51)) {
                  const err121 = { instancePath: instancePath + "/scope/cpu/devices", schemaPath: "#/definitions/componentScope/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
            }
            if (data49.methods !== void 0) {
              let data52 = data49.methods;
              if (Array.isArray(data52)) {
                const len2 = data52.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data53 = data52[i2];
                  if (!(data53 === "counter" || data53 === "power-integral" || data53 === "reported" || data53 === "estimate")) {
                    const err122 = { instancePath: instancePath + "/scope/cpu/methods/" + i2, schemaPath: "#/definitions/componentScope/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.methods.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
              } else {
                const err123 = { instancePath: instancePath + "/scope/cpu/methods", schemaPath: "#/definitions/componentScope/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
          } else {
            const err124 = { instancePath: instancePath + "/scope/cpu", schemaPath: "#/definitions/componentScope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data43.ram !== void 0) {
          let data54 = data43.ram;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.counted === void 0) {
              const err125 = { instancePath: instancePath + "/scope/ram", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "counted" }, message: "must have required property 'counted'" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data54.devices === void 0) {
              const err126 = { instancePath: instancePath + "/scope/ram", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data54.methods === void 0) {
              const err127 = { instancePath: instancePath + "/scope/ram", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "methods" }, message: "must have required property 'methods'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data54.counted !== void 0) {
              let data55 = data54.counted;
              if (!(data55 === "measured" || data55 === "reported" || data55 === "estimated" || data55 === "in-node" || data55 === "not-counted")) {
                const err128 = { instancePath: instancePath + "/scope/ram/counted", schemaPath: "#/definitions/componentScope/properties/counted/enum", keyword: "enum", params: { allowedValues: schema19.properties.counted.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data54.devices !== void 0) {
              let data56 = data54.devices;
              if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)) && isFinite(data56))) {
                const err129 = { instancePath: instancePath + "/scope/ram/devices", schemaPath: "#/definitions/componentScope/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              if (typeof data56 == "number" && isFinite(data56)) {
                if (data56 < 0 || isNaN(data56)) {
                  const err130 = { instancePath: instancePath + "/scope/ram/devices", schemaPath: "#/definitions/componentScope/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
            }
            if (data54.methods !== void 0) {
              let data57 = data54.methods;
              if (Array.isArray(data57)) {
                const len3 = data57.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data58 = data57[i3];
                  if (!(data58 === "counter" || data58 === "power-integral" || data58 === "reported" || data58 === "estimate")) {
                    const err131 = { instancePath: instancePath + "/scope/ram/methods/" + i3, schemaPath: "#/definitions/componentScope/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.methods.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
              } else {
                const err132 = { instancePath: instancePath + "/scope/ram/methods", schemaPath: "#/definitions/componentScope/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
          } else {
            const err133 = { instancePath: instancePath + "/scope/ram", schemaPath: "#/definitions/componentScope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
        }
        if (data43.node !== void 0) {
          let data59 = data43.node;
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.counted === void 0) {
              const err134 = { instancePath: instancePath + "/scope/node", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "counted" }, message: "must have required property 'counted'" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data59.devices === void 0) {
              const err135 = { instancePath: instancePath + "/scope/node", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data59.methods === void 0) {
              const err136 = { instancePath: instancePath + "/scope/node", schemaPath: "#/definitions/componentScope/required", keyword: "required", params: { missingProperty: "methods" }, message: "must have required property 'methods'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            if (data59.counted !== void 0) {
              let data60 = data59.counted;
              if (!(data60 === "measured" || data60 === "reported" || data60 === "estimated" || data60 === "in-node" || data60 === "not-counted")) {
                const err137 = { instancePath: instancePath + "/scope/node/counted", schemaPath: "#/definitions/componentScope/properties/counted/enum", keyword: "enum", params: { allowedValues: schema19.properties.counted.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data59.devices !== void 0) {
              let data61 = data59.devices;
              if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
                const err138 = { instancePath: instancePath + "/scope/node/devices", schemaPath: "#/definitions/componentScope/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data61 == "number" && isFinite(data61)) {
                if (data61 < 0 || isNaN(data61)) {
                  const err139 = { instancePath: instancePath + "/scope/node/devices", schemaPath: "#/definitions/componentScope/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
            }
            if (data59.methods !== void 0) {
              let data62 = data59.methods;
              if (Array.isArray(data62)) {
                const len4 = data62.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data63 = data62[i4];
                  if (!(data63 === "counter" || data63 === "power-integral" || data63 === "reported" || data63 === "estimate")) {
                    const err140 = { instancePath: instancePath + "/scope/node/methods/" + i4, schemaPath: "#/definitions/componentScope/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.methods.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/scope/node/methods", schemaPath: "#/definitions/componentScope/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/scope/node", schemaPath: "#/definitions/componentScope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data43.gpuOnly !== void 0) {
          if (typeof data43.gpuOnly !== "boolean") {
            const err143 = { instancePath: instancePath + "/scope/gpuOnly", schemaPath: "#/properties/scope/properties/gpuOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
      } else {
        const err144 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data65 = data.factors;
      if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
        if (data65.pue === void 0) {
          const err145 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "pue" }, message: "must have required property 'pue'" };
          if (vErrors === null) {
            vErrors = [err145];
          } else {
            vErrors.push(err145);
          }
          errors++;
        }
        if (data65.intensity === void 0) {
          const err146 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "intensity" }, message: "must have required property 'intensity'" };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
        if (data65.pue !== void 0) {
          let data66 = data65.pue;
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.source === void 0) {
              const err147 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            if (data66.source !== void 0) {
              let data67 = data66.source;
              if (typeof data67 === "string") {
                if (func2(data67) < 1) {
                  const err148 = { instancePath: instancePath + "/factors/pue/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
              } else {
                const err149 = { instancePath: instancePath + "/factors/pue/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data66.year !== void 0) {
              let data68 = data66.year;
              if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68))) {
                const err150 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
              if (typeof data68 == "number" && isFinite(data68)) {
                if (data68 > 2100 || isNaN(data68)) {
                  const err151 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
                if (data68 < 1990 || isNaN(data68)) {
                  const err152 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
              }
            }
            if (data66.url !== void 0) {
              if (typeof data66.url !== "string") {
                const err153 = { instancePath: instancePath + "/factors/pue/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data66.datasetVersion !== void 0) {
              if (typeof data66.datasetVersion !== "string") {
                const err154 = { instancePath: instancePath + "/factors/pue/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
          } else {
            const err155 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
          if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
            if (data66.value === void 0) {
              const err156 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (data66.source === void 0) {
              const err157 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (data66.value !== void 0) {
              let data71 = data66.value;
              if (typeof data71 == "number" && isFinite(data71)) {
                if (data71 > 5 || isNaN(data71)) {
                  const err158 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
                if (data71 < 1 || isNaN(data71)) {
                  const err159 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
              } else {
                const err160 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
          } else {
            const err161 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data65.intensity !== void 0) {
          let data72 = data65.intensity;
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            if (data72.source === void 0) {
              const err162 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            if (data72.source !== void 0) {
              let data73 = data72.source;
              if (typeof data73 === "string") {
                if (func2(data73) < 1) {
                  const err163 = { instancePath: instancePath + "/factors/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              } else {
                const err164 = { instancePath: instancePath + "/factors/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data72.year !== void 0) {
              let data74 = data72.year;
              if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
                const err165 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              if (typeof data74 == "number" && isFinite(data74)) {
                if (data74 > 2100 || isNaN(data74)) {
                  const err166 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                if (data74 < 1990 || isNaN(data74)) {
                  const err167 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
            }
            if (data72.url !== void 0) {
              if (typeof data72.url !== "string") {
                const err168 = { instancePath: instancePath + "/factors/intensity/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data72.datasetVersion !== void 0) {
              if (typeof data72.datasetVersion !== "string") {
                const err169 = { instancePath: instancePath + "/factors/intensity/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
          } else {
            const err170 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            if (data72.gPerKWh === void 0) {
              const err171 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "gPerKWh" }, message: "must have required property 'gPerKWh'" };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (data72.location === void 0) {
              const err172 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            if (data72.source === void 0) {
              const err173 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
            if (data72.year === void 0) {
              const err174 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'" };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
            if (data72.gPerKWh !== void 0) {
              let data77 = data72.gPerKWh;
              if (typeof data77 == "number" && isFinite(data77)) {
                if (data77 > 2e3 || isNaN(data77)) {
                  const err175 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
                if (data77 < 0 || isNaN(data77)) {
                  const err176 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              } else {
                const err177 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data72.location !== void 0) {
              if (typeof data72.location !== "string") {
                const err178 = { instancePath: instancePath + "/factors/intensity/location", schemaPath: "#/properties/factors/properties/intensity/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            if (data72.zone !== void 0) {
              if (typeof data72.zone !== "string") {
                const err179 = { instancePath: instancePath + "/factors/intensity/zone", schemaPath: "#/properties/factors/properties/intensity/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data72.scope !== void 0) {
              let data80 = data72.scope;
              if (!(data80 === "life-cycle" || data80 === "direct" || data80 === "user-stated")) {
                const err180 = { instancePath: instancePath + "/factors/intensity/scope", schemaPath: "#/properties/factors/properties/intensity/properties/scope/enum", keyword: "enum", params: { allowedValues: schema11.properties.factors.properties.intensity.properties.scope.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err180];
                } else {
                  vErrors.push(err180);
                }
                errors++;
              }
            }
          } else {
            const err181 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
        if (data65.embodied !== void 0) {
          let data81 = data65.embodied;
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            if (data81.source === void 0) {
              const err182 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            if (data81.source !== void 0) {
              let data82 = data81.source;
              if (typeof data82 === "string") {
                if (func2(data82) < 1) {
                  const err183 = { instancePath: instancePath + "/factors/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              } else {
                const err184 = { instancePath: instancePath + "/factors/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data81.year !== void 0) {
              let data83 = data81.year;
              if (!(typeof data83 == "number" && (!(data83 % 1) && !isNaN(data83)) && isFinite(data83))) {
                const err185 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
              if (typeof data83 == "number" && isFinite(data83)) {
                if (data83 > 2100 || isNaN(data83)) {
                  const err186 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
                if (data83 < 1990 || isNaN(data83)) {
                  const err187 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
            }
            if (data81.url !== void 0) {
              if (typeof data81.url !== "string") {
                const err188 = { instancePath: instancePath + "/factors/embodied/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data81.datasetVersion !== void 0) {
              if (typeof data81.datasetVersion !== "string") {
                const err189 = { instancePath: instancePath + "/factors/embodied/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
          } else {
            const err190 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            if (data81.source === void 0) {
              const err191 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            if (data81.lifetimeS === void 0) {
              const err192 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "lifetimeS" }, message: "must have required property 'lifetimeS'" };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            if (data81.devices === void 0) {
              const err193 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            if (data81.lifetimeS !== void 0) {
              let data86 = data81.lifetimeS;
              if (typeof data86 == "number" && isFinite(data86)) {
                if (data86 <= 0 || isNaN(data86)) {
                  const err194 = { instancePath: instancePath + "/factors/embodied/lifetimeS", schemaPath: "#/properties/factors/properties/embodied/properties/lifetimeS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/factors/embodied/lifetimeS", schemaPath: "#/properties/factors/properties/embodied/properties/lifetimeS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data81.devices !== void 0) {
              let data87 = data81.devices;
              if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)) && isFinite(data87))) {
                const err196 = { instancePath: instancePath + "/factors/embodied/devices", schemaPath: "#/properties/factors/properties/embodied/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
              if (typeof data87 == "number" && isFinite(data87)) {
                if (data87 < 0 || isNaN(data87)) {
                  const err197 = { instancePath: instancePath + "/factors/embodied/devices", schemaPath: "#/properties/factors/properties/embodied/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              }
            }
            if (data81.range !== void 0) {
              let data88 = data81.range;
              if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                if (data88.lowCo2eG === void 0) {
                  const err198 = { instancePath: instancePath + "/factors/embodied/range", schemaPath: "#/properties/factors/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "lowCo2eG" }, message: "must have required property 'lowCo2eG'" };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
                if (data88.highCo2eG === void 0) {
                  const err199 = { instancePath: instancePath + "/factors/embodied/range", schemaPath: "#/properties/factors/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "highCo2eG" }, message: "must have required property 'highCo2eG'" };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
                if (data88.source === void 0) {
                  const err200 = { instancePath: instancePath + "/factors/embodied/range", schemaPath: "#/properties/factors/properties/embodied/properties/range/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err200];
                  } else {
                    vErrors.push(err200);
                  }
                  errors++;
                }
                for (const key0 in data88) {
                  if (!(key0 === "lowCo2eG" || key0 === "highCo2eG" || key0 === "source")) {
                    const err201 = { instancePath: instancePath + "/factors/embodied/range", schemaPath: "#/properties/factors/properties/embodied/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
                if (data88.lowCo2eG !== void 0) {
                  let data89 = data88.lowCo2eG;
                  if (typeof data89 == "number" && isFinite(data89)) {
                    if (data89 < 0 || isNaN(data89)) {
                      const err202 = { instancePath: instancePath + "/factors/embodied/range/lowCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = { instancePath: instancePath + "/factors/embodied/range/lowCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
                if (data88.highCo2eG !== void 0) {
                  let data90 = data88.highCo2eG;
                  if (typeof data90 == "number" && isFinite(data90)) {
                    if (data90 < 0 || isNaN(data90)) {
                      const err204 = { instancePath: instancePath + "/factors/embodied/range/highCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                    }
                  } else {
                    const err205 = { instancePath: instancePath + "/factors/embodied/range/highCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                }
                if (data88.source !== void 0) {
                  let data91 = data88.source;
                  if (typeof data91 === "string") {
                    if (func2(data91) < 1) {
                      const err206 = { instancePath: instancePath + "/factors/embodied/range/source", schemaPath: "#/properties/factors/properties/embodied/properties/range/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err206];
                      } else {
                        vErrors.push(err206);
                      }
                      errors++;
                    }
                  } else {
                    const err207 = { instancePath: instancePath + "/factors/embodied/range/source", schemaPath: "#/properties/factors/properties/embodied/properties/range/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
              } else {
                const err208 = { instancePath: instancePath + "/factors/embodied/range", schemaPath: "#/properties/factors/properties/embodied/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data65.recorded !== void 0) {
          let data92 = data65.recorded;
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            if (data92.devices === void 0) {
              const err210 = { instancePath: instancePath + "/factors/recorded", schemaPath: "#/properties/factors/properties/recorded/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            if (data92.by === void 0) {
              const err211 = { instancePath: instancePath + "/factors/recorded", schemaPath: "#/properties/factors/properties/recorded/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
            if (data92.devices !== void 0) {
              let data93 = data92.devices;
              if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                const err212 = { instancePath: instancePath + "/factors/recorded/devices", schemaPath: "#/properties/factors/properties/recorded/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
              if (typeof data93 == "number" && isFinite(data93)) {
                if (data93 < 1 || isNaN(data93)) {
                  const err213 = { instancePath: instancePath + "/factors/recorded/devices", schemaPath: "#/properties/factors/properties/recorded/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
              }
            }
            if (data92.by !== void 0) {
              let data94 = data92.by;
              if (Array.isArray(data94)) {
                const len5 = data94.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data94[i5] !== "string") {
                    const err214 = { instancePath: instancePath + "/factors/recorded/by/" + i5, schemaPath: "#/properties/factors/properties/recorded/properties/by/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err214];
                    } else {
                      vErrors.push(err214);
                    }
                    errors++;
                  }
                }
              } else {
                const err215 = { instancePath: instancePath + "/factors/recorded/by", schemaPath: "#/properties/factors/properties/recorded/properties/by/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
            }
          } else {
            const err216 = { instancePath: instancePath + "/factors/recorded", schemaPath: "#/properties/factors/properties/recorded/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
      } else {
        const err217 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data96 = data.devices;
      if (Array.isArray(data96)) {
        const len6 = data96.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate11(data96[i6], { instancePath: instancePath + "/devices/" + i6, parentData: data96, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err218 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err218];
        } else {
          vErrors.push(err218);
        }
        errors++;
      }
    }
    if (data.sourceReported !== void 0) {
      let data98 = data.sourceReported;
      if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
        if (data98.co2eG === void 0) {
          const err219 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/required", keyword: "required", params: { missingProperty: "co2eG" }, message: "must have required property 'co2eG'" };
          if (vErrors === null) {
            vErrors = [err219];
          } else {
            vErrors.push(err219);
          }
          errors++;
        }
        if (data98.operationalCo2eG === void 0) {
          const err220 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/required", keyword: "required", params: { missingProperty: "operationalCo2eG" }, message: "must have required property 'operationalCo2eG'" };
          if (vErrors === null) {
            vErrors = [err220];
          } else {
            vErrors.push(err220);
          }
          errors++;
        }
        if (data98.devices === void 0) {
          const err221 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
        if (data98.plugins === void 0) {
          const err222 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/required", keyword: "required", params: { missingProperty: "plugins" }, message: "must have required property 'plugins'" };
          if (vErrors === null) {
            vErrors = [err222];
          } else {
            vErrors.push(err222);
          }
          errors++;
        }
        if (data98.co2eG !== void 0) {
          let data99 = data98.co2eG;
          if (typeof data99 == "number" && isFinite(data99)) {
            if (data99 < 0 || isNaN(data99)) {
              const err223 = { instancePath: instancePath + "/sourceReported/co2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
          } else {
            const err224 = { instancePath: instancePath + "/sourceReported/co2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
        if (data98.operationalCo2eG !== void 0) {
          let data100 = data98.operationalCo2eG;
          if (typeof data100 == "number" && isFinite(data100)) {
            if (data100 < 0 || isNaN(data100)) {
              const err225 = { instancePath: instancePath + "/sourceReported/operationalCo2eG", schemaPath: "#/definitions/nonNegative/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          } else {
            const err226 = { instancePath: instancePath + "/sourceReported/operationalCo2eG", schemaPath: "#/definitions/nonNegative/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        if (data98.devices !== void 0) {
          let data101 = data98.devices;
          if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)) && isFinite(data101))) {
            const err227 = { instancePath: instancePath + "/sourceReported/devices", schemaPath: "#/properties/sourceReported/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          }
          if (typeof data101 == "number" && isFinite(data101)) {
            if (data101 < 0 || isNaN(data101)) {
              const err228 = { instancePath: instancePath + "/sourceReported/devices", schemaPath: "#/properties/sourceReported/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
          }
        }
        if (data98.plugins !== void 0) {
          let data102 = data98.plugins;
          if (Array.isArray(data102)) {
            const len7 = data102.length;
            for (let i7 = 0; i7 < len7; i7++) {
              if (typeof data102[i7] !== "string") {
                const err229 = { instancePath: instancePath + "/sourceReported/plugins/" + i7, schemaPath: "#/properties/sourceReported/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err229];
                } else {
                  vErrors.push(err229);
                }
                errors++;
              }
            }
          } else {
            const err230 = { instancePath: instancePath + "/sourceReported/plugins", schemaPath: "#/properties/sourceReported/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
      } else {
        const err231 = { instancePath: instancePath + "/sourceReported", schemaPath: "#/properties/sourceReported/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err231];
        } else {
          vErrors.push(err231);
        }
        errors++;
      }
    }
    if (data.powerSeries !== void 0) {
      let data104 = data.powerSeries;
      if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
        if (data104.stepS === void 0) {
          const err232 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "stepS" }, message: "must have required property 'stepS'" };
          if (vErrors === null) {
            vErrors = [err232];
          } else {
            vErrors.push(err232);
          }
          errors++;
        }
        if (data104.start === void 0) {
          const err233 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
          if (vErrors === null) {
            vErrors = [err233];
          } else {
            vErrors.push(err233);
          }
          errors++;
        }
        if (data104.powerW === void 0) {
          const err234 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "powerW" }, message: "must have required property 'powerW'" };
          if (vErrors === null) {
            vErrors = [err234];
          } else {
            vErrors.push(err234);
          }
          errors++;
        }
        if (data104.stepS !== void 0) {
          let data105 = data104.stepS;
          if (typeof data105 == "number" && isFinite(data105)) {
            if (data105 <= 0 || isNaN(data105)) {
              const err235 = { instancePath: instancePath + "/powerSeries/stepS", schemaPath: "#/properties/powerSeries/properties/stepS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
          } else {
            const err236 = { instancePath: instancePath + "/powerSeries/stepS", schemaPath: "#/properties/powerSeries/properties/stepS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data104.start !== void 0) {
          let data106 = data104.start;
          if (typeof data106 === "string") {
            if (!formats0.validate(data106)) {
              const err237 = { instancePath: instancePath + "/powerSeries/start", schemaPath: "#/properties/powerSeries/properties/start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
          } else {
            const err238 = { instancePath: instancePath + "/powerSeries/start", schemaPath: "#/properties/powerSeries/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
        }
        if (data104.powerW !== void 0) {
          let data107 = data104.powerW;
          if (Array.isArray(data107)) {
            const len8 = data107.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data108 = data107[i8];
              if (!(typeof data108 == "number" && isFinite(data108)) && data108 !== null) {
                const err239 = { instancePath: instancePath + "/powerSeries/powerW/" + i8, schemaPath: "#/properties/powerSeries/properties/powerW/items/type", keyword: "type", params: { type: schema11.properties.powerSeries.properties.powerW.items.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
          } else {
            const err240 = { instancePath: instancePath + "/powerSeries/powerW", schemaPath: "#/properties/powerSeries/properties/powerW/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
      } else {
        const err241 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err241];
        } else {
          vErrors.push(err241);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data109 = data.warnings;
      if (Array.isArray(data109)) {
        const len9 = data109.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data110 = data109[i9];
          if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
            if (data110.code === void 0) {
              const err242 = { instancePath: instancePath + "/warnings/" + i9, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
            if (data110.message === void 0) {
              const err243 = { instancePath: instancePath + "/warnings/" + i9, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err243];
              } else {
                vErrors.push(err243);
              }
              errors++;
            }
            if (data110.code !== void 0) {
              if (typeof data110.code !== "string") {
                const err244 = { instancePath: instancePath + "/warnings/" + i9 + "/code", schemaPath: "#/properties/warnings/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
            }
            if (data110.message !== void 0) {
              if (typeof data110.message !== "string") {
                const err245 = { instancePath: instancePath + "/warnings/" + i9 + "/message", schemaPath: "#/properties/warnings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data110.file !== void 0) {
              if (typeof data110.file !== "string") {
                const err246 = { instancePath: instancePath + "/warnings/" + i9 + "/file", schemaPath: "#/properties/warnings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err246];
                } else {
                  vErrors.push(err246);
                }
                errors++;
              }
            }
            if (data110.line !== void 0) {
              let data114 = data110.line;
              if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
                const err247 = { instancePath: instancePath + "/warnings/" + i9 + "/line", schemaPath: "#/properties/warnings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
            if (data110.deviceId !== void 0) {
              if (typeof data110.deviceId !== "string") {
                const err248 = { instancePath: instancePath + "/warnings/" + i9 + "/deviceId", schemaPath: "#/properties/warnings/items/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
            if (data110.count !== void 0) {
              let data116 = data110.count;
              if (!(typeof data116 == "number" && (!(data116 % 1) && !isNaN(data116)) && isFinite(data116))) {
                const err249 = { instancePath: instancePath + "/warnings/" + i9 + "/count", schemaPath: "#/properties/warnings/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
          } else {
            const err250 = { instancePath: instancePath + "/warnings/" + i9, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
    }
    if (data.smoke !== void 0) {
      if (!validate17(data.smoke, { instancePath: instancePath + "/smoke", parentData: data, parentDataProperty: "smoke", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.baseline !== void 0) {
      let data118 = data.baseline;
      if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
        if (data118.found === void 0) {
          const err252 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "found" }, message: "must have required property 'found'" };
          if (vErrors === null) {
            vErrors = [err252];
          } else {
            vErrors.push(err252);
          }
          errors++;
        }
        if (data118.source === void 0) {
          const err253 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err253];
          } else {
            vErrors.push(err253);
          }
          errors++;
        }
        if (data118.found !== void 0) {
          if (typeof data118.found !== "boolean") {
            const err254 = { instancePath: instancePath + "/baseline/found", schemaPath: "#/properties/baseline/properties/found/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err254];
            } else {
              vErrors.push(err254);
            }
            errors++;
          }
        }
        if (data118.source !== void 0) {
          if (typeof data118.source !== "string") {
            const err255 = { instancePath: instancePath + "/baseline/source", schemaPath: "#/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err255];
            } else {
              vErrors.push(err255);
            }
            errors++;
          }
        }
        if (data118.co2eG !== void 0) {
          let data121 = data118.co2eG;
          if (!(typeof data121 == "number" && isFinite(data121))) {
            const err256 = { instancePath: instancePath + "/baseline/co2eG", schemaPath: "#/properties/baseline/properties/co2eG/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
        }
        if (data118.energyJ !== void 0) {
          let data122 = data118.energyJ;
          if (!(typeof data122 == "number" && isFinite(data122))) {
            const err257 = { instancePath: instancePath + "/baseline/energyJ", schemaPath: "#/properties/baseline/properties/energyJ/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
        }
        if (data118.deltaCo2eG !== void 0) {
          let data123 = data118.deltaCo2eG;
          if (!(typeof data123 == "number" && isFinite(data123))) {
            const err258 = { instancePath: instancePath + "/baseline/deltaCo2eG", schemaPath: "#/properties/baseline/properties/deltaCo2eG/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err258];
            } else {
              vErrors.push(err258);
            }
            errors++;
          }
        }
        if (data118.deltaPercent !== void 0) {
          let data124 = data118.deltaPercent;
          if (!(typeof data124 == "number" && isFinite(data124))) {
            const err259 = { instancePath: instancePath + "/baseline/deltaPercent", schemaPath: "#/properties/baseline/properties/deltaPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        if (data118.deltaEnergyJ !== void 0) {
          let data125 = data118.deltaEnergyJ;
          if (!(typeof data125 == "number" && isFinite(data125))) {
            const err260 = { instancePath: instancePath + "/baseline/deltaEnergyJ", schemaPath: "#/properties/baseline/properties/deltaEnergyJ/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
        }
        if (data118.deltaEnergyPercent !== void 0) {
          let data126 = data118.deltaEnergyPercent;
          if (!(typeof data126 == "number" && isFinite(data126))) {
            const err261 = { instancePath: instancePath + "/baseline/deltaEnergyPercent", schemaPath: "#/properties/baseline/properties/deltaEnergyPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
        }
        if (data118.runId !== void 0) {
          let data127 = data118.runId;
          if (!(typeof data127 == "number" && (!(data127 % 1) && !isNaN(data127)) && isFinite(data127))) {
            const err262 = { instancePath: instancePath + "/baseline/runId", schemaPath: "#/properties/baseline/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data118.commit !== void 0) {
          if (typeof data118.commit !== "string") {
            const err263 = { instancePath: instancePath + "/baseline/commit", schemaPath: "#/properties/baseline/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
        if (data118.url !== void 0) {
          if (typeof data118.url !== "string") {
            const err264 = { instancePath: instancePath + "/baseline/url", schemaPath: "#/properties/baseline/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
      } else {
        const err265 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err265];
        } else {
          vErrors.push(err265);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data130 = data.budgets;
      if (Array.isArray(data130)) {
        const len10 = data130.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data131 = data130[i10];
          if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
            if (data131.name === void 0) {
              const err266 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
            if (data131.limit === void 0) {
              const err267 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'" };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
            if (data131.actual === void 0) {
              const err268 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property 'actual'" };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
            if (data131.unit === void 0) {
              const err269 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
            if (data131.passed === void 0) {
              const err270 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err270];
              } else {
                vErrors.push(err270);
              }
              errors++;
            }
            if (data131.message === void 0) {
              const err271 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err271];
              } else {
                vErrors.push(err271);
              }
              errors++;
            }
            if (data131.name !== void 0) {
              let data132 = data131.name;
              if (!(data132 === "co2e" || data132 === "energy" || data132 === "increase" || data132 === "smoke")) {
                const err272 = { instancePath: instancePath + "/budgets/" + i10 + "/name", schemaPath: "#/properties/budgets/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema11.properties.budgets.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
            if (data131.limit !== void 0) {
              let data133 = data131.limit;
              if (!(typeof data133 == "number" && isFinite(data133))) {
                const err273 = { instancePath: instancePath + "/budgets/" + i10 + "/limit", schemaPath: "#/properties/budgets/items/properties/limit/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
            }
            if (data131.actual !== void 0) {
              let data134 = data131.actual;
              if (!(typeof data134 == "number" && isFinite(data134))) {
                const err274 = { instancePath: instancePath + "/budgets/" + i10 + "/actual", schemaPath: "#/properties/budgets/items/properties/actual/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data131.unit !== void 0) {
              if (typeof data131.unit !== "string") {
                const err275 = { instancePath: instancePath + "/budgets/" + i10 + "/unit", schemaPath: "#/properties/budgets/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err275];
                } else {
                  vErrors.push(err275);
                }
                errors++;
              }
            }
            if (data131.passed !== void 0) {
              if (typeof data131.passed !== "boolean") {
                const err276 = { instancePath: instancePath + "/budgets/" + i10 + "/passed", schemaPath: "#/properties/budgets/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            }
            if (data131.message !== void 0) {
              if (typeof data131.message !== "string") {
                const err277 = { instancePath: instancePath + "/budgets/" + i10 + "/message", schemaPath: "#/properties/budgets/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
          } else {
            const err278 = { instancePath: instancePath + "/budgets/" + i10, schemaPath: "#/properties/budgets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err278];
            } else {
              vErrors.push(err278);
            }
            errors++;
          }
        }
      } else {
        const err279 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err279];
        } else {
          vErrors.push(err279);
        }
        errors++;
      }
    }
  } else {
    const err280 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err280];
    } else {
      vErrors.push(err280);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/report/validate.ts
function reportSchemaErrors(value) {
  return report_validator_generated_default(value) ? [] : [...report_validator_generated_default.errors ?? []];
}
function validateReport(report) {
  const errors = reportSchemaErrors(report);
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
    throw new Error(`bug: the report does not match schemas/report.schema.json:
${lines.join("\n")}`);
  }
}

// src/baseline/compare.ts
function compareWithBaseline(current, baseline2, origin) {
  const deltaCo2eG = current.totals.co2eG - baseline2.totals.co2eG;
  const deltaEnergyJ = current.totals.energyJ - baseline2.totals.energyJ;
  return {
    found: true,
    source: origin.description,
    co2eG: baseline2.totals.co2eG,
    energyJ: baseline2.totals.energyJ,
    deltaCo2eG,
    ...baseline2.totals.co2eG > 0 ? { deltaPercent: deltaCo2eG / baseline2.totals.co2eG * 100 } : {},
    deltaEnergyJ,
    ...baseline2.totals.energyJ > 0 ? { deltaEnergyPercent: deltaEnergyJ / baseline2.totals.energyJ * 100 } : {},
    ...origin.runId !== void 0 ? { runId: origin.runId } : {},
    ...origin.commit ? { commit: origin.commit } : {},
    ...origin.url ? { url: origin.url } : {}
  };
}
function noBaseline(reason) {
  return { found: false, source: reason };
}

// src/baseline/find.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/publish/envelope.ts
var ARTIFACT_PREFIX = "carbon-ci-report-";
var REPORT_FILE = "carbon-ci-report.json";
var PUBLISH_FILE = "carbon-ci-publish.json";
var PUBLISH_VERSION = 1;
function artifactNameFor(reportId) {
  return `${ARTIFACT_PREFIX}${reportId}`;
}
function reportIdFromArtifactName(name) {
  return name.startsWith(ARTIFACT_PREFIX) && name.length > ARTIFACT_PREFIX.length ? name.slice(ARTIFACT_PREFIX.length) : void 0;
}
function packReport(reportJson, instructions) {
  return [
    { name: REPORT_FILE, data: Buffer.from(reportJson) },
    { name: PUBLISH_FILE, data: Buffer.from(`${JSON.stringify(instructions, null, 2)}
`) }
  ];
}
function unpackReport(files, artifactName) {
  const reportFile = files.find((file) => file.name === REPORT_FILE);
  if (!reportFile) throw new BadReportArtifactError(`artifact "${artifactName}" holds no ${REPORT_FILE}`);
  const report = parseReport(reportFile.data.toString("utf8"), `${artifactName}/${REPORT_FILE}`);
  const publishFile = files.find((file) => file.name === PUBLISH_FILE);
  const instructions = publishFile ? parseInstructions(publishFile.data.toString("utf8"), `${artifactName}/${PUBLISH_FILE}`) : void 0;
  return { report, instructions };
}
function parseReport(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadReportArtifactError(`${where} is not JSON: ${error.message}`);
  }
  const major = typeof value === "object" && value !== null ? String(value.schemaVersion ?? "").split(".")[0] : "";
  if (major !== "1") throw new BadReportArtifactError(`${where} is not a carbon-ci report of schema version 1.x`);
  const errors = reportSchemaErrors(value);
  if (errors.length > 0) {
    const first = errors[0];
    throw new BadReportArtifactError(`${where} does not match the report schema: ${first.instancePath || "/"} ${first.message ?? ""}`.trim());
  }
  return value;
}
function parseInstructions(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadReportArtifactError(`${where} is not JSON: ${error.message}`);
  }
  const bad = (what) => new BadReportArtifactError(`${where}: ${what}`);
  if (typeof value !== "object" || value === null || value.version !== PUBLISH_VERSION) throw bad(`unknown version ${JSON.stringify(value?.version)}`);
  if (typeof value.reportId !== "string" || !REPORT_ID_PATTERN.test(value.reportId)) throw bad("reportId is missing or malformed");
  if (typeof value.repository !== "string" || !/^[\w.-]+\/[\w.-]+$/.test(value.repository)) throw bad("repository is missing or malformed");
  if (typeof value.headSha !== "string" || !/^[0-9a-f]{40}$/.test(value.headSha)) throw bad("headSha is not a commit sha");
  for (const flag of ["failOnBudget", "comment", "check"]) {
    if (typeof value[flag] !== "boolean") throw bad(`${flag} is not true or false`);
  }
  let pullRequest;
  if (value.pullRequest !== void 0) {
    const pr = value.pullRequest;
    if (typeof pr !== "object" || pr === null || !Number.isSafeInteger(pr.number) || pr.number <= 0) throw bad("pullRequest.number is not a PR number");
    pullRequest = { number: pr.number, ...typeof pr.baseRef === "string" ? { baseRef: pr.baseRef } : {} };
  }
  return {
    version: PUBLISH_VERSION,
    reportId: value.reportId,
    repository: value.repository,
    headSha: value.headSha,
    ...pullRequest ? { pullRequest } : {},
    failOnBudget: value.failOnBudget,
    comment: value.comment,
    check: value.check,
    ...Number.isSafeInteger(value.runId) ? { runId: value.runId } : {}
  };
}
var REPORT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

// src/baseline/find.ts
async function loadBaselineFile(path3, cwd) {
  const file = resolve(cwd, path3);
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the baseline report: ${error.code ?? error.message}`, {
      file: path3,
      hint: "name a report JSON written by carbon-ci (the report-path output or `carbon-ci report --json`), or leave `baseline` empty to use the base branch"
    });
  }
  try {
    return { found: true, report: parseReport(text, path3), origin: { description: `file ${path3}` } };
  } catch (error) {
    if (error instanceof BadReportArtifactError) throw new InputError(error.message, { file: path3, hint: "the baseline must be a carbon-ci report JSON" });
    throw error;
  }
}
async function findBaseBranchBaseline(query) {
  const { octokit, owner, repo, baseRef, log } = query;
  const name = artifactNameFor(query.reportId);
  let runs;
  try {
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: query.workflow,
      branch: baseRef,
      status: "success",
      exclude_pull_requests: true,
      per_page: Math.min(100, query.maxRuns ?? 10)
    });
    runs = data.workflow_runs.filter((run) => !run.event.startsWith("pull_request") && run.head_branch === baseRef);
  } catch (error) {
    return { found: false, reason: `could not list the base branch's runs (${describeApiError(error)})` };
  }
  if (runs.length === 0) return { found: false, reason: `no successful run of this workflow on ${baseRef} yet` };
  for (const run of runs.slice(0, query.maxRuns ?? 10)) {
    let candidates2;
    try {
      candidates2 = (await query.artifacts.list(run.id)).filter((artifact2) => artifact2.name === name && !artifact2.expired);
    } catch (error) {
      return { found: false, reason: `could not list the artifacts of run ${run.id} (${describeApiError(error)})` };
    }
    const artifact = candidates2[0];
    if (!artifact) {
      log.debug(`run ${run.id} on ${baseRef} has no artifact "${name}"`);
      continue;
    }
    try {
      const { report } = unpackReport(await query.artifacts.download(artifact), name);
      return {
        found: true,
        report,
        origin: {
          description: `run ${run.id} on ${baseRef} (${run.head_sha.slice(0, 7)})`,
          runId: run.id,
          commit: run.head_sha,
          url: run.html_url
        }
      };
    } catch (error) {
      const why = error instanceof BadReportArtifactError ? error.message : describeApiError(error);
      log.warn(`the base branch's report artifact of run ${run.id} could not be used: ${why}`);
      return { found: false, reason: `the report artifact of run ${run.id} on ${baseRef} could not be used (${why})` };
    }
  }
  return { found: false, reason: `none of the last ${Math.min(runs.length, query.maxRuns ?? 10)} successful runs on ${baseRef} kept a "${name}" artifact` };
}

// src/budget/index.ts
var J_PER_KWH = 36e5;
var G_PER_KG = 1e3;
function hasBudgets(limits) {
  return limits.co2eG !== void 0 || limits.energyJ !== void 0 || limits.maxIncreasePercent !== void 0;
}
function evaluateBudgets(report, limits, failOnBudget, failOnSmoke = true) {
  const verdicts2 = [];
  const notApplied = [];
  const co2eG = report.totals.co2eG;
  if (limits.co2eG !== void 0) {
    const passed = co2eG <= limits.co2eG;
    verdicts2.push({
      name: "co2e",
      limit: limits.co2eG,
      actual: co2eG,
      unit: "gCO2e",
      passed,
      message: `CO2e ${formatKg(co2eG)} kg ${passed ? "is within" : "exceeds"} the budget of ${formatKg(limits.co2eG)} kg`
    });
  }
  if (limits.energyJ !== void 0) {
    const energyJ = report.totals.energyJ;
    const passed = energyJ <= limits.energyJ;
    verdicts2.push({
      name: "energy",
      limit: limits.energyJ,
      actual: energyJ,
      unit: "J",
      passed,
      message: `device energy ${formatKWh(energyJ)} kWh ${passed ? "is within" : "exceeds"} the budget of ${formatKWh(limits.energyJ)} kWh`
    });
  }
  if (limits.maxIncreasePercent !== void 0) {
    const baseline2 = report.baseline;
    if (!baseline2?.found || baseline2.co2eG === void 0) {
      notApplied.push(`max-increase-percent (${limits.maxIncreasePercent}%) was not applied: no baseline (${baseline2?.source ?? "none looked for"})`);
    } else if (baseline2.co2eG <= 0) {
      notApplied.push(`max-increase-percent (${limits.maxIncreasePercent}%) was not applied: the baseline's CO2e is zero`);
    } else {
      const increasePercent = (co2eG - baseline2.co2eG) / baseline2.co2eG * 100;
      const passed = increasePercent <= limits.maxIncreasePercent;
      verdicts2.push({
        name: "increase",
        limit: limits.maxIncreasePercent,
        actual: round(increasePercent, 2),
        unit: "%",
        passed,
        message: `CO2e changed by ${signed(increasePercent)}% against the baseline; ${passed ? "within" : "above"} the allowed increase of ${limits.maxIncreasePercent}%`
      });
    }
  }
  if (report.smoke) verdicts2.push(smokeVerdict(report.smoke));
  return outcomeOf(verdicts2, { failOnBudget, failOnSmoke }, notApplied);
}
function outcomeOf(verdicts2, policy, notApplied = []) {
  const breached = verdicts2.filter((verdict) => !verdict.passed);
  const failing = breached.filter((verdict) => verdict.name === "smoke" ? policy.failOnSmoke : policy.failOnBudget);
  const status = verdicts2.length === 0 ? "none" : breached.length === 0 ? "pass" : failing.length > 0 ? "fail" : "warn";
  return { verdicts: verdicts2, status, breached, failing, notApplied };
}
function smokeVerdict(smoke) {
  const failed = smoke.checks.filter((check) => !check.passed);
  const passed = smoke.passed && failed.length === 0;
  const where = smoke.executionProvider === "none" ? "" : ` on ${smoke.executionProvider}`;
  const message = passed ? `smoke test of ${smoke.model} passed ${smoke.checks.length} check${smoke.checks.length === 1 ? "" : "s"}${where}` : `smoke test of ${smoke.model} failed${where}: ${failed.map((check) => `${check.name} (${firstLine(check.message)})`).join("; ") || "the result is marked failed"}`;
  return { name: "smoke", limit: 0, actual: failed.length, unit: "failed", passed, message };
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}\u2026` : line;
}
function budgetLimitsFromUserUnits(input) {
  return {
    ...input.co2eKg !== void 0 ? { co2eG: input.co2eKg * G_PER_KG } : {},
    ...input.energyKWh !== void 0 ? { energyJ: input.energyKWh * J_PER_KWH } : {},
    ...input.maxIncreasePercent !== void 0 ? { maxIncreasePercent: input.maxIncreasePercent } : {}
  };
}
function formatKg(grams2) {
  return significant(grams2 / G_PER_KG);
}
function formatKWh(joules2) {
  return significant(joules2 / J_PER_KWH);
}
function significant(value) {
  if (value === 0) return "0";
  return Number(value.toPrecision(3)).toString();
}
function signed(value) {
  const rounded = round(value, 1);
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}
function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// package.json
var package_default = {
  name: "carbon-ci",
  version: "0.1.0",
  description: "Energy and carbon reporting for ML training and inference in CI: a GitHub Action, a CLI and a plugin SDK.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "carbon-ci": "bin/carbon-ci.js"
  },
  types: "./dist/types/src/sdk/index.d.ts",
  files: [
    "dist",
    "bin",
    "schemas",
    "action.yml",
    "docs",
    "README.md",
    "LICENSE",
    "NOTICE",
    "src/data/LICENSE-ODbL-1.0.txt",
    "CHANGELOG.md"
  ],
  exports: {
    ".": {
      types: "./dist/types/src/sdk/index.d.ts",
      import: "./dist/sdk.js"
    },
    "./testing": {
      types: "./dist/types/src/sdk/testing.d.ts",
      import: "./dist/testing.js"
    },
    "./package.json": "./package.json"
  },
  scripts: {
    "build:data": "node scripts/build-data.mjs",
    "build:example": "node scripts/make-example.mjs",
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint .",
    pretest: "node scripts/test-prerequisites.mjs",
    test: "vitest run",
    demo: "node bin/carbon-ci.js report examples/nvidia-smi-8xA100.csv --location US-CA --timezone America/Los_Angeles",
    "carbon-ci": "node bin/carbon-ci.js",
    "check:cycles": 'dpdm --no-warning --no-tree --transform --exit-code circular:1 "src/**/*.ts" "plugins/**/*.ts"',
    "smoke:gpu": "node scripts/smoke-gpu.mjs",
    bench: "node bench/run.mjs",
    "fixtures:onnx": "node scripts/make-onnx-fixtures.mjs",
    "vendor:onnxruntime-lock": "node scripts/vendor-onnxruntime-lock.mjs",
    "check:package": "node scripts/check-package.mjs"
  },
  optionalDependencies: {
    "onnxruntime-node": "^1.30.0"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    commander: "^14.0.3",
    dpdm: "^4.3.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-glob": "^3.3.3",
    "import-meta-resolve": "^4.2.0",
    "onnx-proto": "^8.0.1",
    tsx: "^4.23.15",
    typescript: "~5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  allowScripts: {
    "onnxruntime-node": false,
    protobufjs: false,
    esbuild: true
  }
};

// src/report/version.ts
var TOOL_VERSION = package_default.version;

// src/shared/atomic-write.ts
import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";
async function writeFileAtomic(path3, data) {
  const target = await realpath(path3).catch(() => path3);
  const existing = await stat(target).catch(() => void 0);
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeFile(target, data);
  const mode = existing ? existing.mode & 4095 : 438;
  const temp = join2(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let handle;
  try {
    handle = await open(temp, "wx", mode);
    await handle.writeFile(data, typeof data === "string" ? "utf8" : void 0);
    await handle.sync();
    await handle.close();
    handle = void 0;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => void 0);
    await rm(temp, { force: true }).catch(() => void 0);
    throw error;
  }
  await syncDirectory(dirname(target));
}
async function syncDirectory(dir) {
  let handle;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
  } finally {
    await handle?.close().catch(() => void 0);
  }
}

// src/data/cloud-regions.json
var cloud_regions_default = {
  attribution: 'Amazon Web Services, "Regions and Availability Zones" (region names and their metro area) | Microsoft Azure, "Azure geographies" (region names and their state, country or city) | Google Cloud, "Cloud locations" (region and city), and Google, "Discover our data center locations" (https://www.google.com/about/datacenters/locations/) for the sites of the US regions',
  datasetVersion: "2026.12.2",
  description: "AWS, Google Cloud and Azure regions, each mapped to the Electricity Maps zone (grid-zones.json) of its data centre's site. `zoneLevel` says whether that zone is a whole country (the best available there) or a sub-national grid; `note` says why the zone was chosen when the site alone does not say.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {},
  licence: "facts from the providers' public region pages and the sources named in each row's note",
  regions: {
    "aws:af-south-1": { provider: "aws", site: "Cape Town", source: "aws-regions", zone: "ZA", zoneLevel: "national" },
    "aws:ap-east-1": { provider: "aws", site: "Hong Kong", source: "aws-regions", zone: "HK", zoneLevel: "national" },
    "aws:ap-northeast-1": { note: "TEPCO (T\u014Dky\u014D) area", provider: "aws", site: "Tokyo", source: "aws-regions", zone: "JP-TK", zoneLevel: "sub-national" },
    "aws:ap-northeast-2": { provider: "aws", site: "Seoul", source: "aws-regions", zone: "KR", zoneLevel: "national" },
    "aws:ap-northeast-3": { note: "Kansai area", provider: "aws", site: "Osaka", source: "aws-regions", zone: "JP-KN", zoneLevel: "sub-national" },
    "aws:ap-south-1": { note: "Maharashtra is in the Western regional grid", provider: "aws", site: "Mumbai, Maharashtra", source: "aws-regions", zone: "IN-WE", zoneLevel: "sub-national" },
    "aws:ap-south-2": { note: "Telangana is in the Southern regional grid", provider: "aws", site: "Hyderabad, Telangana", source: "aws-regions", zone: "IN-SO", zoneLevel: "sub-national" },
    "aws:ap-southeast-1": { provider: "aws", site: "Singapore", source: "aws-regions", zone: "SG", zoneLevel: "national" },
    "aws:ap-southeast-2": { provider: "aws", site: "Sydney, New South Wales", source: "aws-regions", zone: "AU-NSW", zoneLevel: "sub-national" },
    "aws:ap-southeast-3": { provider: "aws", site: "Jakarta", source: "aws-regions", zone: "ID", zoneLevel: "national" },
    "aws:ap-southeast-4": { provider: "aws", site: "Melbourne, Victoria", source: "aws-regions", zone: "AU-VIC", zoneLevel: "sub-national" },
    "aws:ap-southeast-5": { note: "AWS names no city; hyperscale sites in Malaysia are on the peninsula", provider: "aws", site: "Malaysia", source: "aws-regions", zone: "MY-WM", zoneLevel: "sub-national" },
    "aws:ap-southeast-7": { provider: "aws", site: "Thailand (Bangkok)", source: "aws-regions", zone: "TH", zoneLevel: "national" },
    "aws:ca-central-1": { provider: "aws", site: "Montr\xE9al, Qu\xE9bec", source: "aws-regions", zone: "CA-QC", zoneLevel: "sub-national" },
    "aws:ca-west-1": { provider: "aws", site: "Calgary, Alberta", source: "aws-regions", zone: "CA-AB", zoneLevel: "sub-national" },
    "aws:cn-north-1": { provider: "aws", site: "Beijing", source: "aws-regions", zone: "CN", zoneLevel: "national" },
    "aws:cn-northwest-1": { provider: "aws", site: "Ningxia", source: "aws-regions", zone: "CN", zoneLevel: "national" },
    "aws:eu-central-1": { provider: "aws", site: "Frankfurt", source: "aws-regions", zone: "DE", zoneLevel: "national" },
    "aws:eu-central-2": { provider: "aws", site: "Zurich", source: "aws-regions", zone: "CH", zoneLevel: "national" },
    "aws:eu-north-1": { note: "bidding zone SE3", provider: "aws", site: "Stockholm", source: "aws-regions", zone: "SE-SE3", zoneLevel: "sub-national" },
    "aws:eu-south-1": { note: "North Italy bidding zone", provider: "aws", site: "Milan, Lombardy", source: "aws-regions", zone: "IT-NO", zoneLevel: "sub-national" },
    "aws:eu-south-2": { note: "peninsular Spain is one zone", provider: "aws", site: "Arag\xF3n", source: "aws-regions", zone: "ES", zoneLevel: "national" },
    "aws:eu-west-1": { provider: "aws", site: "Dublin", source: "aws-regions", zone: "IE", zoneLevel: "national" },
    "aws:eu-west-2": { provider: "aws", site: "London", source: "aws-regions", zone: "GB", zoneLevel: "national" },
    "aws:eu-west-3": { provider: "aws", site: "Paris", source: "aws-regions", zone: "FR", zoneLevel: "national" },
    "aws:il-central-1": { provider: "aws", site: "Tel Aviv", source: "aws-regions", zone: "IL", zoneLevel: "national" },
    "aws:me-central-1": { provider: "aws", site: "United Arab Emirates", source: "aws-regions", zone: "AE", zoneLevel: "national" },
    "aws:me-south-1": { provider: "aws", site: "Bahrain", source: "aws-regions", zone: "BH", zoneLevel: "national" },
    "aws:mx-central-1": { provider: "aws", site: "Quer\xE9taro", source: "aws-regions", zone: "MX", zoneLevel: "national" },
    "aws:sa-east-1": { note: "S\xE3o Paulo is in the Southeast/Central-West subsystem", provider: "aws", site: "S\xE3o Paulo", source: "aws-regions", zone: "BR-CS", zoneLevel: "sub-national" },
    "aws:us-east-1": { note: "Dominion Energy Virginia and the Northern Virginia co-ops are in PJM", provider: "aws", site: "Northern Virginia", source: "aws-regions", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "aws:us-east-2": { note: "AEP Ohio, in PJM", provider: "aws", site: "Columbus, Ohio", source: "aws-regions", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "aws:us-gov-east-1": { note: "AEP Ohio, in PJM", provider: "aws", site: "Ohio (GovCloud US-East)", source: "aws-regions", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "aws:us-gov-west-1": { note: "AWS publishes no state, so the US zone", provider: "aws", site: "US Northwest (GovCloud US-West)", source: "aws-regions", zone: "US", zoneLevel: "national" },
    "aws:us-west-1": { note: "PG&E and Silicon Valley Power, in CAISO", provider: "aws", site: "Northern California (San Francisco Bay Area)", source: "aws-regions", zone: "US-CAL-CISO", zoneLevel: "sub-national" },
    "aws:us-west-2": { note: "Umatilla Electric Cooperative, supplied by BPA (East Oregonian, 2019-11-29; La Grande Observer, 2023)", provider: "aws", site: "Boardman and Hermiston, Oregon", source: "aws-regions", zone: "US-NW-BPAT", zoneLevel: "sub-national" },
    "azure:australiacentral": { note: "the ACT is in the NEM's NSW region", provider: "azure", site: "Canberra", source: "azure-geographies", zone: "AU-NSW", zoneLevel: "sub-national" },
    "azure:australiacentral2": { note: "the ACT is in the NEM's NSW region", provider: "azure", site: "Canberra", source: "azure-geographies", zone: "AU-NSW", zoneLevel: "sub-national" },
    "azure:australiaeast": { provider: "azure", site: "New South Wales", source: "azure-geographies", zone: "AU-NSW", zoneLevel: "sub-national" },
    "azure:australiasoutheast": { provider: "azure", site: "Victoria", source: "azure-geographies", zone: "AU-VIC", zoneLevel: "sub-national" },
    "azure:brazilsouth": { note: "Southeast/Central-West subsystem", provider: "azure", site: "S\xE3o Paulo State", source: "azure-geographies", zone: "BR-CS", zoneLevel: "sub-national" },
    "azure:brazilsoutheast": { note: "Southeast/Central-West subsystem", provider: "azure", site: "Rio de Janeiro", source: "azure-geographies", zone: "BR-CS", zoneLevel: "sub-national" },
    "azure:canadacentral": { provider: "azure", site: "Toronto, Ontario", source: "azure-geographies", zone: "CA-ON", zoneLevel: "sub-national" },
    "azure:canadaeast": { provider: "azure", site: "Qu\xE9bec City, Qu\xE9bec", source: "azure-geographies", zone: "CA-QC", zoneLevel: "sub-national" },
    "azure:centralindia": { note: "Maharashtra is in the Western regional grid", provider: "azure", site: "Pune, Maharashtra", source: "azure-geographies", zone: "IN-WE", zoneLevel: "sub-national" },
    "azure:centralus": { note: "MidAmerican Energy, in MISO", provider: "azure", site: "Iowa (Des Moines area)", source: "azure-geographies", zone: "US-MIDW-MISO", zoneLevel: "sub-national" },
    "azure:eastasia": { provider: "azure", site: "Hong Kong", source: "azure-geographies", zone: "HK", zoneLevel: "national" },
    "azure:eastus": { note: "Dominion Energy Virginia and the Northern Virginia co-ops are in PJM", provider: "azure", site: "Virginia", source: "azure-geographies", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "azure:eastus2": { note: "Dominion Energy Virginia and the Northern Virginia co-ops are in PJM", provider: "azure", site: "Virginia", source: "azure-geographies", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "azure:francecentral": { provider: "azure", site: "Paris", source: "azure-geographies", zone: "FR", zoneLevel: "national" },
    "azure:francesouth": { provider: "azure", site: "Marseille", source: "azure-geographies", zone: "FR", zoneLevel: "national" },
    "azure:germanynorth": { provider: "azure", site: "Berlin", source: "azure-geographies", zone: "DE", zoneLevel: "national" },
    "azure:germanywestcentral": { provider: "azure", site: "Frankfurt", source: "azure-geographies", zone: "DE", zoneLevel: "national" },
    "azure:israelcentral": { provider: "azure", site: "Israel", source: "azure-geographies", zone: "IL", zoneLevel: "national" },
    "azure:italynorth": { note: "North Italy bidding zone", provider: "azure", site: "Milan, Lombardy", source: "azure-geographies", zone: "IT-NO", zoneLevel: "sub-national" },
    "azure:japaneast": { note: "TEPCO (T\u014Dky\u014D) area", provider: "azure", site: "Tokyo, Saitama", source: "azure-geographies", zone: "JP-TK", zoneLevel: "sub-national" },
    "azure:japanwest": { note: "Kansai area", provider: "azure", site: "Osaka", source: "azure-geographies", zone: "JP-KN", zoneLevel: "sub-national" },
    "azure:koreacentral": { provider: "azure", site: "Seoul", source: "azure-geographies", zone: "KR", zoneLevel: "national" },
    "azure:koreasouth": { provider: "azure", site: "Busan", source: "azure-geographies", zone: "KR", zoneLevel: "national" },
    "azure:mexicocentral": { provider: "azure", site: "Quer\xE9taro", source: "azure-geographies", zone: "MX", zoneLevel: "national" },
    "azure:newzealandnorth": { provider: "azure", site: "Auckland", source: "azure-geographies", zone: "NZ", zoneLevel: "national" },
    "azure:northcentralus": { note: "ComEd, in PJM", provider: "azure", site: "Illinois (Chicago area)", source: "azure-geographies", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "azure:northeurope": { provider: "azure", site: "Ireland", source: "azure-geographies", zone: "IE", zoneLevel: "national" },
    "azure:norwayeast": { note: "bidding zone NO1", provider: "azure", site: "Oslo", source: "azure-geographies", zone: "NO-NO1", zoneLevel: "sub-national" },
    "azure:norwaywest": { note: "bidding zone NO2", provider: "azure", site: "Stavanger", source: "azure-geographies", zone: "NO-NO2", zoneLevel: "sub-national" },
    "azure:polandcentral": { provider: "azure", site: "Warsaw", source: "azure-geographies", zone: "PL", zoneLevel: "national" },
    "azure:qatarcentral": { provider: "azure", site: "Doha", source: "azure-geographies", zone: "QA", zoneLevel: "national" },
    "azure:southafricanorth": { provider: "azure", site: "Johannesburg", source: "azure-geographies", zone: "ZA", zoneLevel: "national" },
    "azure:southafricawest": { provider: "azure", site: "Cape Town", source: "azure-geographies", zone: "ZA", zoneLevel: "national" },
    "azure:southcentralus": { note: "CPS Energy, in ERCOT", provider: "azure", site: "Texas (San Antonio)", source: "azure-geographies", zone: "US-TEX-ERCO", zoneLevel: "sub-national" },
    "azure:southeastasia": { provider: "azure", site: "Singapore", source: "azure-geographies", zone: "SG", zoneLevel: "national" },
    "azure:southindia": { note: "Tamil Nadu is in the Southern regional grid", provider: "azure", site: "Chennai, Tamil Nadu", source: "azure-geographies", zone: "IN-SO", zoneLevel: "sub-national" },
    "azure:spaincentral": { note: "peninsular Spain is one zone", provider: "azure", site: "Madrid", source: "azure-geographies", zone: "ES", zoneLevel: "national" },
    "azure:swedencentral": { note: "bidding zone SE3", provider: "azure", site: "G\xE4vle and Sandviken", source: "azure-geographies", zone: "SE-SE3", zoneLevel: "sub-national" },
    "azure:switzerlandnorth": { provider: "azure", site: "Zurich", source: "azure-geographies", zone: "CH", zoneLevel: "national" },
    "azure:switzerlandwest": { provider: "azure", site: "Geneva", source: "azure-geographies", zone: "CH", zoneLevel: "national" },
    "azure:uaecentral": { provider: "azure", site: "Abu Dhabi", source: "azure-geographies", zone: "AE", zoneLevel: "national" },
    "azure:uaenorth": { provider: "azure", site: "Dubai", source: "azure-geographies", zone: "AE", zoneLevel: "national" },
    "azure:uksouth": { provider: "azure", site: "London", source: "azure-geographies", zone: "GB", zoneLevel: "national" },
    "azure:ukwest": { provider: "azure", site: "Cardiff", source: "azure-geographies", zone: "GB", zoneLevel: "national" },
    "azure:westcentralus": { note: "Cheyenne Light, Fuel & Power, in WAPA Rocky Mountain (WACM)", provider: "azure", site: "Wyoming (Cheyenne)", source: "azure-geographies", zone: "US-NW-WACM", zoneLevel: "sub-national" },
    "azure:westeurope": { provider: "azure", site: "Netherlands", source: "azure-geographies", zone: "NL", zoneLevel: "national" },
    "azure:westindia": { note: "Maharashtra is in the Western regional grid", provider: "azure", site: "Mumbai, Maharashtra", source: "azure-geographies", zone: "IN-WE", zoneLevel: "sub-national" },
    "azure:westus": { note: "CAISO", provider: "azure", site: "California (San Francisco Bay Area)", source: "azure-geographies", zone: "US-CAL-CISO", zoneLevel: "sub-national" },
    "azure:westus2": { note: "Grant County PUD", provider: "azure", site: "Washington (Quincy, Grant County)", source: "azure-geographies", zone: "US-NW-GCPD", zoneLevel: "sub-national" },
    "azure:westus3": { note: "Arizona Public Service (DatacenterDynamics, 2021: the sites)", provider: "azure", site: "Arizona (Goodyear and El Mirage)", source: "azure-geographies", zone: "US-SW-AZPS", zoneLevel: "sub-national" },
    "gcp:africa-south1": { provider: "gcp", site: "Johannesburg", source: "gcp-locations", zone: "ZA", zoneLevel: "national" },
    "gcp:asia-east1": { provider: "gcp", site: "Changhua County", source: "gcp-locations", zone: "TW", zoneLevel: "national" },
    "gcp:asia-east2": { provider: "gcp", site: "Hong Kong", source: "gcp-locations", zone: "HK", zoneLevel: "national" },
    "gcp:asia-northeast1": { note: "TEPCO (T\u014Dky\u014D) area", provider: "gcp", site: "Tokyo", source: "gcp-locations", zone: "JP-TK", zoneLevel: "sub-national" },
    "gcp:asia-northeast2": { note: "Kansai area", provider: "gcp", site: "Osaka", source: "gcp-locations", zone: "JP-KN", zoneLevel: "sub-national" },
    "gcp:asia-northeast3": { provider: "gcp", site: "Seoul", source: "gcp-locations", zone: "KR", zoneLevel: "national" },
    "gcp:asia-south1": { note: "Maharashtra is in the Western regional grid", provider: "gcp", site: "Mumbai, Maharashtra", source: "gcp-locations", zone: "IN-WE", zoneLevel: "sub-national" },
    "gcp:asia-south2": { note: "Delhi is in the Northern regional grid", provider: "gcp", site: "Delhi", source: "gcp-locations", zone: "IN-NO", zoneLevel: "sub-national" },
    "gcp:asia-southeast1": { provider: "gcp", site: "Jurong West", source: "gcp-locations", zone: "SG", zoneLevel: "national" },
    "gcp:asia-southeast2": { provider: "gcp", site: "Jakarta", source: "gcp-locations", zone: "ID", zoneLevel: "national" },
    "gcp:asia-southeast3": { provider: "gcp", site: "Bangkok", source: "gcp-locations", zone: "TH", zoneLevel: "national" },
    "gcp:australia-southeast1": { provider: "gcp", site: "Sydney, New South Wales", source: "gcp-locations", zone: "AU-NSW", zoneLevel: "sub-national" },
    "gcp:australia-southeast2": { provider: "gcp", site: "Melbourne, Victoria", source: "gcp-locations", zone: "AU-VIC", zoneLevel: "sub-national" },
    "gcp:europe-central2": { provider: "gcp", site: "Warsaw", source: "gcp-locations", zone: "PL", zoneLevel: "national" },
    "gcp:europe-north1": { provider: "gcp", site: "Hamina", source: "gcp-locations", zone: "FI", zoneLevel: "national" },
    "gcp:europe-north2": { note: "bidding zone SE3", provider: "gcp", site: "Stockholm", source: "gcp-locations", zone: "SE-SE3", zoneLevel: "sub-national" },
    "gcp:europe-southwest1": { note: "peninsular Spain is one zone", provider: "gcp", site: "Madrid", source: "gcp-locations", zone: "ES", zoneLevel: "national" },
    "gcp:europe-west1": { provider: "gcp", site: "St. Ghislain", source: "gcp-locations", zone: "BE", zoneLevel: "national" },
    "gcp:europe-west10": { provider: "gcp", site: "Berlin", source: "gcp-locations", zone: "DE", zoneLevel: "national" },
    "gcp:europe-west12": { note: "North Italy bidding zone", provider: "gcp", site: "Turin, Piedmont", source: "gcp-locations", zone: "IT-NO", zoneLevel: "sub-national" },
    "gcp:europe-west2": { provider: "gcp", site: "London", source: "gcp-locations", zone: "GB", zoneLevel: "national" },
    "gcp:europe-west3": { provider: "gcp", site: "Frankfurt", source: "gcp-locations", zone: "DE", zoneLevel: "national" },
    "gcp:europe-west4": { provider: "gcp", site: "Eemshaven", source: "gcp-locations", zone: "NL", zoneLevel: "national" },
    "gcp:europe-west6": { provider: "gcp", site: "Zurich", source: "gcp-locations", zone: "CH", zoneLevel: "national" },
    "gcp:europe-west8": { note: "North Italy bidding zone", provider: "gcp", site: "Milan, Lombardy", source: "gcp-locations", zone: "IT-NO", zoneLevel: "sub-national" },
    "gcp:europe-west9": { provider: "gcp", site: "Paris", source: "gcp-locations", zone: "FR", zoneLevel: "national" },
    "gcp:me-central1": { provider: "gcp", site: "Doha", source: "gcp-locations", zone: "QA", zoneLevel: "national" },
    "gcp:me-central2": { provider: "gcp", site: "Dammam", source: "gcp-locations", zone: "SA", zoneLevel: "national" },
    "gcp:me-west1": { provider: "gcp", site: "Tel Aviv", source: "gcp-locations", zone: "IL", zoneLevel: "national" },
    "gcp:northamerica-northeast1": { provider: "gcp", site: "Montr\xE9al, Qu\xE9bec", source: "gcp-locations", zone: "CA-QC", zoneLevel: "sub-national" },
    "gcp:northamerica-northeast2": { provider: "gcp", site: "Toronto, Ontario", source: "gcp-locations", zone: "CA-ON", zoneLevel: "sub-national" },
    "gcp:northamerica-south1": { provider: "gcp", site: "Quer\xE9taro", source: "gcp-locations", zone: "MX", zoneLevel: "national" },
    "gcp:southamerica-east1": { note: "S\xE3o Paulo is in the Southeast/Central-West subsystem", provider: "gcp", site: "S\xE3o Paulo (Osasco)", source: "gcp-locations", zone: "BR-CS", zoneLevel: "sub-national" },
    "gcp:southamerica-west1": { note: "Chile's national grid (SEN)", provider: "gcp", site: "Santiago", source: "gcp-locations", zone: "CL-SEN", zoneLevel: "national" },
    "gcp:us-central1": { note: "MidAmerican Energy, in MISO", provider: "gcp", site: "Council Bluffs, Iowa", source: "gcp-locations", zone: "US-MIDW-MISO", zoneLevel: "sub-national" },
    "gcp:us-central2": { note: "Grand River Dam Authority, in SPP", provider: "gcp", site: "Pryor, Mayes County, Oklahoma", source: "gcp-locations", zone: "US-CENT-SWPP", zoneLevel: "sub-national" },
    "gcp:us-east1": { note: "Berkeley Electric Cooperative, supplied by Santee Cooper", provider: "gcp", site: "Moncks Corner, Berkeley County, South Carolina", source: "gcp-locations", zone: "US-CAR-SC", zoneLevel: "sub-national" },
    "gcp:us-east4": { note: "Dominion Energy Virginia and the Northern Virginia co-ops are in PJM", provider: "gcp", site: "Ashburn, Loudoun County, Virginia", source: "gcp-locations", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "gcp:us-east5": { note: "AEP Ohio, in PJM", provider: "gcp", site: "Columbus (New Albany), Ohio", source: "gcp-locations", zone: "US-MIDA-PJM", zoneLevel: "sub-national" },
    "gcp:us-south1": { note: "ERCOT", provider: "gcp", site: "Dallas (Midlothian), Texas", source: "gcp-locations", zone: "US-TEX-ERCO", zoneLevel: "sub-national" },
    "gcp:us-west1": { note: "Northern Wasco County PUD, supplied by BPA", provider: "gcp", site: "The Dalles, Oregon", source: "gcp-locations", zone: "US-NW-BPAT", zoneLevel: "sub-national" },
    "gcp:us-west2": { note: "CAISO: Google's published grid figure for the region (198 g, CodeCarbon cloud/impact.csv) is close to CAISO's, not LADWP's", provider: "gcp", site: "Los Angeles, California", source: "gcp-locations", zone: "US-CAL-CISO", zoneLevel: "sub-national" },
    "gcp:us-west3": { note: "Rocky Mountain Power (PacifiCorp East)", provider: "gcp", site: "Salt Lake City, Utah", source: "gcp-locations", zone: "US-NW-PACE", zoneLevel: "sub-national" },
    "gcp:us-west4": { note: "NV Energy", provider: "gcp", site: "Las Vegas (Henderson), Nevada", source: "gcp-locations", zone: "US-NW-NEVP", zoneLevel: "sub-national" }
  },
  sources: {
    "aws-regions": { attribution: 'Amazon Web Services, "Regions and Availability Zones" (region names and their metro area)', licence: "facts from a public page", name: "AWS Regions and Availability Zones", url: "https://aws.amazon.com/about-aws/global-infrastructure/regions_az/" },
    "azure-geographies": { attribution: 'Microsoft Azure, "Azure geographies" (region names and their state, country or city)', licence: "facts from a public page", name: "Azure geographies (region locations)", url: "https://azure.microsoft.com/en-us/explore/global-infrastructure/geographies/" },
    "gcp-locations": { attribution: 'Google Cloud, "Cloud locations" (region and city), and Google, "Discover our data center locations" (https://www.google.com/about/datacenters/locations/) for the sites of the US regions', licence: "facts from a public page", name: "Google Cloud locations; Google data center locations", url: "https://cloud.google.com/about/locations" }
  }
};

// src/data/gpus.json
var gpus_default = {
  attribution: "Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv (MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads and cloud-carbon-coefficients (Apache-2.0); Luccioni et al. 2022; Chien et al. 2023.",
  datasetVersion: "2026.12.2",
  defaultLifetime: {
    seconds: 126230400,
    source: "Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)",
    years: 4
  },
  description: "Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`: `embodiedKgCo2e` = the device (`embodiedGpuKgCo2e`) + its host server's share (`embodiedHostKgCo2e`), with a published low/high per device (`embodiedLowKgCo2e`, `embodiedHighKgCo2e`, `embodiedRangeSource`).",
  generatedBy: "scripts/build-data.mjs",
  gpus: [
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 64, model: "AMD Instinct MI210", names: ["AMD Instinct MI210", "MI210 64GB"], source: "AMD Instinct MI210 specification (300 W total board power), via the hardware table of github.com/canncupiscent/dc-liquid-cooling-calculator, Hardware_spec.md (secondary)", vendor: "amd", year: 2022 },
    { boardPowerW: 500, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "OAM", memoryGiB: 128, model: "AMD Instinct MI250X", names: ["AMD Instinct MI250X", "MI250X OAM"], source: "AMD MI250X specification: 500 W board power, 560 W peak (secondary sources disagree, 500 vs 560 W). One MI250X is two GCDs; rocm-smi lists each GCD and reports the package power on the first", vendor: "amd", year: 2021 },
    { boardPowerW: 750, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "OAM", memoryGiB: 192, model: "AMD Instinct MI300X", names: ["AMD Instinct MI300X", "AMD Instinct MI300X OAM", "MI300X OAM"], source: "AMD MI300X specification footnotes: up to 750 W (several secondary sources agree)", vendor: "amd", year: 2023 },
    { boardPowerW: 170, formFactor: "TPU chip", memoryGiB: 32, model: "Google TPU v4", names: ["TPU v4", "TPU v4 chip"], source: 'Green Algorithms TDP_gpu.csv row "TPU v4,170" (Google Cloud TPU system-architecture page); PaLM measured 378.5 W per chip including its share of the host. No per-chip embodied figure is published', vendor: "google", year: 2021 },
    { boardPowerW: 150, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 24, model: "NVIDIA A10", names: ["NVIDIA A10", "A10 24GB"], source: "NVIDIA A10 datasheet (150 W; recalled, not re-read)", vendor: "nvidia", year: 2021 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Luccioni et al. 2022 (BLOOM): 150 kgCO2e per A100, the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 40, model: "NVIDIA A100 PCIe 40GB", names: ["NVIDIA A100-PCIE-40GB", "A100 PCIe 40GB"], source: "NVIDIA A100 datasheet (PCIe 40GB 250 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Luccioni et al. 2022 (BLOOM): 150 kgCO2e per A100, the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA A100 PCIe 80GB", names: ["NVIDIA A100 80GB PCIe", "A100 PCIe 80GB"], source: "NVIDIA A100 80GB PCIe product brief PB-10577 (300 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 400, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Luccioni et al. 2022 (BLOOM): 150 kgCO2e per A100, the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM4", memoryGiB: 40, model: "NVIDIA A100 SXM4 40GB", names: ["NVIDIA A100-SXM4-40GB", "A100 SXM4 40GB"], source: "Touvron et al. 2023 (LLaMA): NVLink A100 TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 400, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Luccioni et al. 2022 (BLOOM): 150 kgCO2e per A100, the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM4", memoryGiB: 80, model: "NVIDIA A100 SXM4 80GB", names: ["NVIDIA A100-SXM4-80GB", "A100 SXM4 80GB"], source: "Luccioni et al. 2022 (BLOOM): A100 SXM4 80GB TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (AWS)", memoryGiB: 24, model: "NVIDIA A10G", names: ["NVIDIA A10G", "A10G 24GB"], source: 'nvidia-smi power limit 300 W on every AWS g5 size: S. Prasanna (AWS), "Choosing the right GPU for deep learning on AWS", table column "TDP from nvidia-smi" (gist.github.com/shashankprasanna/10ebe6dc1ba1d8d93db17da4e2cc890e). Replaces 150 W (TechPowerUp via mlco2/impact gpus.csv row "A10G,gpu,150"; CCF/Teads max 153 W), the A10 figure', vendor: "nvidia", year: 2021 },
    { boardPowerW: 165, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 24, model: "NVIDIA A30", names: ["NVIDIA A30", "A30 24GB"], source: "NVIDIA A30 datasheet (max TDP 165 W), as listed by huggingface.co/hardware/a30 (secondary)", vendor: "nvidia", year: 2021 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 48, model: "NVIDIA A40", names: ["NVIDIA A40", "A40 48GB"], source: "NVIDIA A40 product brief PB-09976-001 (max power 300 W); TechPowerUp A40 PCIe and huggingface.co/hardware/a40 agree", vendor: "nvidia", year: 2020 },
    { boardPowerW: 400, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM4", memoryGiB: 80, model: "NVIDIA A800 SXM4 80GB", names: ["NVIDIA A800-SXM4-80GB", "NVIDIA A800 80GB", "A800 SXM4 80GB"], source: "huggingface.co/hardware/a800 (power 400 W; secondary). The A800 is the A100 SXM4 with its NVLink bandwidth cut for export; the board power is the A100 SXM4 datasheet figure", vendor: "nvidia", year: 2022 },
    { boardPowerW: 1e3, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM (HGX B200)", memoryGiB: 180, model: "NVIDIA B200 180GB", names: ["NVIDIA B200", "B200 SXM"], source: "HGX B200 configurable up to 1 kW per GPU (secondary, citing NVIDIA); DGX B200 1,440 GB GPU memory over 8 GPUs", vendor: "nvidia", year: 2024 },
    { boardPowerW: 350, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 3090", names: ["NVIDIA GeForce RTX 3090", "GeForce RTX 3090"], source: "TechPowerUp GeForce RTX 3090 (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 450, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 4090", names: ["NVIDIA GeForce RTX 4090", "GeForce RTX 4090"], source: "NVIDIA Ada GPU architecture whitepaper (450 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2022 },
    { boardPowerW: 400, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (NVL)", memoryGiB: 94, model: "NVIDIA H100 NVL 94GB", names: ["NVIDIA H100 NVL", "H100 NVL 94GB"], source: "NVIDIA H100 datasheet via mlco2/impact gpus.csv: H100 NVL 400 W (configurable 350-400 W)", vendor: "nvidia", year: 2023 },
    { boardPowerW: 350, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA H100 PCIe 80GB", names: ["NVIDIA H100 PCIe", "H100 PCIe 80GB"], source: "Green-Algorithms-data v3.1 via TechPowerUp: H100 PCIe 350 W (configurable 300-350 W)", vendor: "nvidia", year: 2022 },
    { boardPowerW: 700, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM5", memoryGiB: 80, model: "NVIDIA H100 SXM5 80GB", names: ["NVIDIA H100 80GB HBM3", "H100 SXM5 80GB", "H100 SXM"], source: "NVIDIA H100 datasheet (SXM 700 W); Llama 3 model cards and paper: H100-80GB TDP 700 W", vendor: "nvidia", year: 2022 },
    { boardPowerW: 600, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (NVL)", memoryGiB: 141, model: "NVIDIA H200 NVL 141GB", names: ["NVIDIA H200 NVL", "H200 NVL 141GB"], source: "NVIDIA H200 product page (NVL up to 600 W), confirmed by secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 700, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM5", memoryGiB: 141, model: "NVIDIA H200 SXM 141GB", names: ["NVIDIA H200", "H200 SXM 141GB", "H200 SXM"], source: "NVIDIA H200 product page (up to 700 W), confirmed by several secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 700, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM5", memoryGiB: 80, model: "NVIDIA H800 SXM5 80GB", names: ["NVIDIA H800", "NVIDIA H800 80GB HBM3", "H800 SXM5 80GB"], source: "huggingface.co/hardware/h800 (power 700 W; secondary). The H800 is the H100 SXM with its NVLink bandwidth cut for export; the board power is the H100 SXM datasheet figure", vendor: "nvidia", year: 2023 },
    { boardPowerW: 72, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (low profile)", memoryGiB: 24, model: "NVIDIA L4", names: ["NVIDIA L4", "L4 24GB"], source: "NVIDIA L4 product brief PB-11316-001 (72 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 48, model: "NVIDIA L40", names: ["NVIDIA L40", "L40 48GB"], source: "NVIDIA L40 datasheet (max power 300 W), via the hardware table of github.com/canncupiscent/dc-liquid-cooling-calculator, Hardware_spec.md (secondary)", vendor: "nvidia", year: 2022 },
    { boardPowerW: 350, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 48, model: "NVIDIA L40S", names: ["NVIDIA L40S", "L40S 48GB"], source: "NVIDIA L40S datasheet (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 230, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (workstation)", memoryGiB: 24, model: "NVIDIA RTX A5000", names: ["NVIDIA RTX A5000"], source: "NVIDIA RTX A5000 datasheet (230 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (workstation)", memoryGiB: 48, model: "NVIDIA RTX A6000", names: ["NVIDIA RTX A6000"], source: "TechPowerUp RTX A6000 (300 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 12, model: "NVIDIA Tesla P100 PCIe 12GB", names: ["Tesla P100-PCIE-12GB", "P100 PCIe 12GB"], source: 'NVIDIA Tesla P100 PCIe datasheet (12 and 16 GB, 250 W), as cited in Green Algorithms TDP_gpu.csv row "NVIDIA Tesla P100,250"', vendor: "nvidia", year: 2016 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 16, model: "NVIDIA Tesla P100 PCIe 16GB", names: ["Tesla P100-PCIE-16GB", "P100 PCIe 16GB"], source: 'NVIDIA Tesla P100 PCIe datasheet (250 W), as cited in Green Algorithms TDP_gpu.csv row "NVIDIA Tesla P100,250"; mlco2/impact gpus.csv row "Tesla P100,gpu,250"', vendor: "nvidia", year: 2016 },
    { boardPowerW: 70, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe (low profile)", memoryGiB: 16, model: "NVIDIA Tesla T4", names: ["Tesla T4", "NVIDIA T4"], source: "NVIDIA T4 datasheet (70 W), via mlco2/impact gpus.csv and Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 16, model: "NVIDIA Tesla V100 PCIe 16GB", names: ["Tesla V100-PCIE-16GB", "V100 PCIe 16GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green Algorithms TDP_gpu.csv (V100S PCIe 250 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100 PCIe 32GB", names: ["Tesla V100-PCIE-32GB", "V100 PCIe 32GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green-Algorithms-data v3.1 (V100 PCIe 32 GB 250 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM2", memoryGiB: 16, model: "NVIDIA Tesla V100 SXM2 16GB", names: ["Tesla V100-SXM2-16GB", "V100 SXM2 16GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 300, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "SXM2", memoryGiB: 32, model: "NVIDIA Tesla V100 SXM2 32GB", names: ["Tesla V100-SXM2-32GB", "V100 SXM2 32GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedGpuKgCo2e: 150, embodiedHighKgCo2e: 584.599, embodiedHostKgCo2e: 312.5, embodiedKgCo2e: 462.5, embodiedLowKgCo2e: 318, embodiedRangeSource: "low: Chien et al. 2023 (HotCarbon), 318 kgCO2 for an A100 with its eighth of the instance; high: Cloud Carbon Footprint / Teads AWS embodied coefficients, p4d.24xlarge 4676.79 kgCO2e / 8 A100 = 584.599 kg (coefficients-aws-embodied.csv); both for 8-GPU A100 servers", embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model; plus the host's share: Luccioni et al. 2022 (BLOOM), HPE Apollo 6500 Gen10 Plus server 2,500 kgCO2e without its GPUs / 8 GPUs = 312.5 kg", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100S PCIe 32GB", names: ["Tesla V100S-PCIE-32GB", "V100S PCIe 32GB"], source: "Green Algorithms TDP_gpu.csv (NVIDIA Tesla V100S 250 W)", vendor: "nvidia", year: 2019 }
  ],
  inputs: {
    "cloud_carbon_footprint/ccf_coefficients__coefficients-aws-embodied.csv": "b57b088cb210c2e9fede885d406a8ae215d35a3767e41ff96f957f3d02740281"
  },
  licence: "facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, Cloud Carbon Footprint Apache-2.0)"
};

// src/data/grid-countries.json
var grid_countries_default = {
  alpha3: {
    ABW: "AW",
    AFG: "AF",
    AGO: "AO",
    AIA: "AI",
    ALA: "AX",
    ALB: "AL",
    AND: "AD",
    ARE: "AE",
    ARG: "AR",
    ARM: "AM",
    ASM: "AS",
    ATA: "AQ",
    ATF: "TF",
    ATG: "AG",
    AUS: "AU",
    AUT: "AT",
    AZE: "AZ",
    BDI: "BI",
    BEL: "BE",
    BEN: "BJ",
    BES: "BQ",
    BFA: "BF",
    BGD: "BD",
    BGR: "BG",
    BHR: "BH",
    BHS: "BS",
    BIH: "BA",
    BLM: "BL",
    BLR: "BY",
    BLZ: "BZ",
    BMU: "BM",
    BOL: "BO",
    BRA: "BR",
    BRB: "BB",
    BRN: "BN",
    BTN: "BT",
    BVT: "BV",
    BWA: "BW",
    CAF: "CF",
    CAN: "CA",
    CCK: "CC",
    CHE: "CH",
    CHL: "CL",
    CHN: "CN",
    CIV: "CI",
    CMR: "CM",
    COD: "CD",
    COG: "CG",
    COK: "CK",
    COL: "CO",
    COM: "KM",
    CPV: "CV",
    CRI: "CR",
    CUB: "CU",
    CUW: "CW",
    CXR: "CX",
    CYM: "KY",
    CYP: "CY",
    CZE: "CZ",
    DEU: "DE",
    DJI: "DJ",
    DMA: "DM",
    DNK: "DK",
    DOM: "DO",
    DZA: "DZ",
    ECU: "EC",
    EGY: "EG",
    ERI: "ER",
    ESH: "EH",
    ESP: "ES",
    EST: "EE",
    ETH: "ET",
    FIN: "FI",
    FJI: "FJ",
    FLK: "FK",
    FRA: "FR",
    FRO: "FO",
    FSM: "FM",
    GAB: "GA",
    GBR: "GB",
    GEO: "GE",
    GGY: "GG",
    GHA: "GH",
    GIB: "GI",
    GIN: "GN",
    GLP: "GP",
    GMB: "GM",
    GNB: "GW",
    GNQ: "GQ",
    GRC: "GR",
    GRD: "GD",
    GRL: "GL",
    GTM: "GT",
    GUF: "GF",
    GUM: "GU",
    GUY: "GY",
    HKG: "HK",
    HMD: "HM",
    HND: "HN",
    HRV: "HR",
    HTI: "HT",
    HUN: "HU",
    IDN: "ID",
    IMN: "IM",
    IND: "IN",
    IOT: "IO",
    IRL: "IE",
    IRN: "IR",
    IRQ: "IQ",
    ISL: "IS",
    ISR: "IL",
    ITA: "IT",
    JAM: "JM",
    JEY: "JE",
    JOR: "JO",
    JPN: "JP",
    KAZ: "KZ",
    KEN: "KE",
    KGZ: "KG",
    KHM: "KH",
    KIR: "KI",
    KNA: "KN",
    KOR: "KR",
    KWT: "KW",
    LAO: "LA",
    LBN: "LB",
    LBR: "LR",
    LBY: "LY",
    LCA: "LC",
    LIE: "LI",
    LKA: "LK",
    LSO: "LS",
    LTU: "LT",
    LUX: "LU",
    LVA: "LV",
    MAC: "MO",
    MAF: "MF",
    MAR: "MA",
    MCO: "MC",
    MDA: "MD",
    MDG: "MG",
    MDV: "MV",
    MEX: "MX",
    MHL: "MH",
    MKD: "MK",
    MLI: "ML",
    MLT: "MT",
    MMR: "MM",
    MNE: "ME",
    MNG: "MN",
    MNP: "MP",
    MOZ: "MZ",
    MRT: "MR",
    MSR: "MS",
    MTQ: "MQ",
    MUS: "MU",
    MWI: "MW",
    MYS: "MY",
    MYT: "YT",
    NAM: "NA",
    NCL: "NC",
    NER: "NE",
    NFK: "NF",
    NGA: "NG",
    NIC: "NI",
    NIU: "NU",
    NLD: "NL",
    NOR: "NO",
    NPL: "NP",
    NRU: "NR",
    NZL: "NZ",
    OMN: "OM",
    PAK: "PK",
    PAN: "PA",
    PCN: "PN",
    PER: "PE",
    PHL: "PH",
    PLW: "PW",
    PNG: "PG",
    POL: "PL",
    PRI: "PR",
    PRK: "KP",
    PRT: "PT",
    PRY: "PY",
    PSE: "PS",
    PYF: "PF",
    QAT: "QA",
    REU: "RE",
    ROU: "RO",
    RUS: "RU",
    RWA: "RW",
    SAU: "SA",
    SDN: "SD",
    SEN: "SN",
    SGP: "SG",
    SGS: "GS",
    SHN: "SH",
    SJM: "SJ",
    SLB: "SB",
    SLE: "SL",
    SLV: "SV",
    SMR: "SM",
    SOM: "SO",
    SPM: "PM",
    SRB: "RS",
    SSD: "SS",
    STP: "ST",
    SUR: "SR",
    SVK: "SK",
    SVN: "SI",
    SWE: "SE",
    SWZ: "SZ",
    SXM: "SX",
    SYC: "SC",
    SYR: "SY",
    TCA: "TC",
    TCD: "TD",
    TGO: "TG",
    THA: "TH",
    TJK: "TJ",
    TKL: "TK",
    TKM: "TM",
    TLS: "TL",
    TON: "TO",
    TTO: "TT",
    TUN: "TN",
    TUR: "TR",
    TUV: "TV",
    TWN: "TW",
    TZA: "TZ",
    UGA: "UG",
    UKR: "UA",
    UMI: "UM",
    URY: "UY",
    USA: "US",
    UZB: "UZ",
    VAT: "VA",
    VCT: "VC",
    VEN: "VE",
    VGB: "VG",
    VIR: "VI",
    VNM: "VN",
    VUT: "VU",
    WLF: "WF",
    WSM: "WS",
    XKX: "XK",
    YEM: "YE",
    ZAF: "ZA",
    ZMB: "ZM",
    ZWE: "ZW"
  },
  attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832) | Our World in Data, Energy dataset (carbon intensity of electricity, incorporating Ember and the Energy Institute Statistical Review), as copied in mlco2/codecarbon codecarbon/data/private_infra/global_energy_mix.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)",
  countries: {
    AE: { gPerKWh: 467.51, name: "United Arab Emirates", source: "ember", year: 2024 },
    AF: { gPerKWh: 123.71, name: "Afghanistan", source: "ember", year: 2023 },
    AG: { gPerKWh: 611.11, name: "Antigua and Barbuda", source: "ember", year: 2023 },
    AL: { gPerKWh: 24.42, name: "Albania", source: "ember", year: 2023 },
    AM: { gPerKWh: 243.52, name: "Armenia", source: "ember", year: 2024 },
    AO: { gPerKWh: 167.22, name: "Angola", source: "ember", year: 2023 },
    AR: { gPerKWh: 344.83, name: "Argentina", source: "ember", year: 2024 },
    AS: { gPerKWh: 647.06, name: "American Samoa", source: "ember", year: 2023 },
    AT: { gPerKWh: 102.62, name: "Austria", source: "ember", year: 2024 },
    AU: { gPerKWh: 553.76, name: "Australia", source: "ember", year: 2024 },
    AW: { gPerKWh: 550, name: "Aruba", source: "ember", year: 2022 },
    AZ: { gPerKWh: 632.89, name: "Azerbaijan", source: "ember", year: 2024 },
    BA: { gPerKWh: 638.05, name: "Bosnia and Herzegovina", source: "ember", year: 2024 },
    BB: { gPerKWh: 600, name: "Barbados", source: "ember", year: 2023 },
    BD: { gPerKWh: 694.63, name: "Bangladesh", source: "ember", year: 2024 },
    BE: { gPerKWh: 117.58, name: "Belgium", source: "ember", year: 2024 },
    BF: { gPerKWh: 554.91, name: "Burkina Faso", source: "ember", year: 2023 },
    BG: { gPerKWh: 264.21, name: "Bulgaria", source: "ember", year: 2024 },
    BH: { gPerKWh: 902.41, name: "Bahrain", source: "ember", year: 2023 },
    BI: { gPerKWh: 230.77, name: "Burundi", source: "ember", year: 2023 },
    BJ: { gPerKWh: 590, name: "Benin", source: "ember", year: 2023 },
    BM: { gPerKWh: 650.794, name: "Bermuda", source: "owid", year: 2022 },
    BN: { gPerKWh: 892.67, name: "Brunei Darussalam", source: "ember", year: 2023 },
    BO: { gPerKWh: 468.02, name: "Bolivia", source: "ember", year: 2024 },
    BR: { gPerKWh: 106.06, name: "Brazil", source: "ember", year: 2024 },
    BS: { gPerKWh: 653.66, name: "Bahamas", source: "ember", year: 2022 },
    BT: { gPerKWh: 24.19, name: "Bhutan", source: "ember", year: 2023 },
    BW: { gPerKWh: 849.42, name: "Botswana", source: "ember", year: 2023 },
    BY: { gPerKWh: 323.63, name: "Belarus", source: "ember", year: 2024 },
    BZ: { gPerKWh: 155.56, name: "Belize", source: "ember", year: 2023 },
    CA: { gPerKWh: 184.99, name: "Canada", source: "ember", year: 2024 },
    CD: { gPerKWh: 27.04, name: "Congo (Democratic Republic of the)", source: "ember", year: 2023 },
    CF: { gPerKWh: 0, name: "Central African Republic", source: "ember", year: 2022 },
    CG: { gPerKWh: 713.73, name: "Congo", source: "ember", year: 2023 },
    CH: { gPerKWh: 36.72, name: "Switzerland", source: "ember", year: 2024 },
    CI: { gPerKWh: 393.53, name: "C\xF4te d'Ivoire", source: "ember", year: 2023 },
    CK: { gPerKWh: 250, name: "Cook Islands", source: "ember", year: 2022 },
    CL: { gPerKWh: 265.52, name: "Chile", source: "ember", year: 2024 },
    CM: { gPerKWh: 285.71, name: "Cameroon", source: "ember", year: 2023 },
    CN: { gPerKWh: 557.5, name: "China", source: "ember", year: 2024 },
    CO: { gPerKWh: 285.8, name: "Colombia", source: "ember", year: 2024 },
    CR: { gPerKWh: 63.01, name: "Costa Rica", source: "ember", year: 2024 },
    CU: { gPerKWh: 638.98, name: "Cuba", source: "ember", year: 2023 },
    CV: { gPerKWh: 480, name: "Cabo Verde", source: "ember", year: 2022 },
    CY: { gPerKWh: 512.24, name: "Cyprus", source: "ember", year: 2024 },
    CZ: { gPerKWh: 413.86, name: "Czechia", source: "ember", year: 2024 },
    DE: { gPerKWh: 342.06, name: "Germany", source: "ember", year: 2024 },
    DJ: { gPerKWh: 450, name: "Djibouti", source: "ember", year: 2023 },
    DK: { gPerKWh: 143.3, name: "Denmark", source: "ember", year: 2024 },
    DM: { gPerKWh: 600, name: "Dominica", source: "ember", year: 2023 },
    DO: { gPerKWh: 565.97, name: "Dominican Republic", source: "ember", year: 2024 },
    DZ: { gPerKWh: 633.65, name: "Algeria", source: "ember", year: 2023 },
    EC: { gPerKWh: 209.7, name: "Ecuador", source: "ember", year: 2024 },
    EE: { gPerKWh: 341.02, name: "Estonia", source: "ember", year: 2024 },
    EG: { gPerKWh: 574.5, name: "Egypt", source: "ember", year: 2024 },
    EH: { gPerKWh: 666.667, name: "Western Sahara", source: "owid", year: 2009 },
    ER: { gPerKWh: 590.91, name: "Eritrea", source: "ember", year: 2023 },
    ES: { gPerKWh: 146.15, name: "Spain", source: "ember", year: 2024 },
    ET: { gPerKWh: 23.55, name: "Ethiopia", source: "ember", year: 2023 },
    FI: { gPerKWh: 72.25, name: "Finland", source: "ember", year: 2024 },
    FJ: { gPerKWh: 278.26, name: "Fiji", source: "ember", year: 2023 },
    FK: { gPerKWh: 1e3, name: "Falkland Islands (Malvinas)", source: "ember", year: 2022 },
    FO: { gPerKWh: 354.17, name: "Faroe Islands", source: "ember", year: 2022 },
    FR: { gPerKWh: 44.18, name: "France", source: "ember", year: 2024 },
    GA: { gPerKWh: 429.47, name: "Gabon", source: "ember", year: 2023 },
    GB: { gPerKWh: 215.79, name: "United Kingdom", source: "ember", year: 2024 },
    GD: { gPerKWh: 666.67, name: "Grenada", source: "ember", year: 2022 },
    GE: { gPerKWh: 143.06, name: "Georgia", source: "ember", year: 2024 },
    GF: { gPerKWh: 204.08, name: "French Guiana", source: "ember", year: 2022 },
    GH: { gPerKWh: 452.86, name: "Ghana", source: "ember", year: 2023 },
    GI: { gPerKWh: 600, name: "Gibraltar", source: "owid", year: 2022 },
    GL: { gPerKWh: 111.11, name: "Greenland", source: "ember", year: 2022 },
    GM: { gPerKWh: 666.67, name: "Gambia", source: "ember", year: 2023 },
    GN: { gPerKWh: 182.72, name: "Guinea", source: "ember", year: 2023 },
    GP: { gPerKWh: 493.9, name: "Guadeloupe", source: "ember", year: 2022 },
    GQ: { gPerKWh: 605.1, name: "Equatorial Guinea", source: "ember", year: 2023 },
    GR: { gPerKWh: 319.76, name: "Greece", source: "ember", year: 2024 },
    GT: { gPerKWh: 272.66, name: "Guatemala", source: "ember", year: 2023 },
    GU: { gPerKWh: 611.11, name: "Guam", source: "ember", year: 2022 },
    GW: { gPerKWh: 625, name: "Guinea-Bissau", source: "ember", year: 2022 },
    GY: { gPerKWh: 634.33, name: "Guyana", source: "ember", year: 2023 },
    HK: { gPerKWh: 681.99, name: "Hong Kong", source: "ember", year: 2023 },
    HN: { gPerKWh: 289.5, name: "Honduras", source: "ember", year: 2023 },
    HR: { gPerKWh: 174.48, name: "Croatia", source: "ember", year: 2024 },
    HT: { gPerKWh: 534.65, name: "Haiti", source: "ember", year: 2022 },
    HU: { gPerKWh: 182.82, name: "Hungary", source: "ember", year: 2024 },
    ID: { gPerKWh: 682.43, name: "Indonesia", source: "ember", year: 2023 },
    IE: { gPerKWh: 279.79, name: "Ireland", source: "ember", year: 2024 },
    IL: { gPerKWh: 567.26, name: "Israel", source: "ember", year: 2023 },
    IN: { gPerKWh: 708.96, name: "India", source: "ember", year: 2024 },
    IQ: { gPerKWh: 689.4, name: "Iraq", source: "ember", year: 2023 },
    IR: { gPerKWh: 648.68, name: "Iran", source: "ember", year: 2024 },
    IS: { gPerKWh: 28.33, name: "Iceland", source: "ember", year: 2023 },
    IT: { gPerKWh: 287.75, name: "Italy", source: "ember", year: 2024 },
    JM: { gPerKWh: 561.25, name: "Jamaica", source: "ember", year: 2022 },
    JO: { gPerKWh: 539.21, name: "Jordan", source: "ember", year: 2022 },
    JP: { gPerKWh: 483.73, name: "Japan", source: "ember", year: 2024 },
    KE: { gPerKWh: 84.83, name: "Kenya", source: "ember", year: 2024 },
    KG: { gPerKWh: 152.65, name: "Kyrgyzstan", source: "ember", year: 2024 },
    KH: { gPerKWh: 497.46, name: "Cambodia", source: "ember", year: 2024 },
    KI: { gPerKWh: 500, name: "Kiribati", source: "ember", year: 2022 },
    KM: { gPerKWh: 642.86, name: "Comoros", source: "ember", year: 2023 },
    KN: { gPerKWh: 636.36, name: "Saint Kitts and Nevis", source: "ember", year: 2022 },
    KP: { gPerKWh: 344.26, name: "North Korea", source: "ember", year: 2022 },
    KR: { gPerKWh: 415.65, name: "South Korea", source: "ember", year: 2024 },
    KW: { gPerKWh: 637.24, name: "Kuwait", source: "ember", year: 2024 },
    KY: { gPerKWh: 642.86, name: "Cayman Islands", source: "ember", year: 2023 },
    KZ: { gPerKWh: 801.79, name: "Kazakhstan", source: "ember", year: 2024 },
    LA: { gPerKWh: 232.12, name: "Laos", source: "ember", year: 2023 },
    LB: { gPerKWh: 369.47, name: "Lebanon", source: "ember", year: 2023 },
    LC: { gPerKWh: 650, name: "Saint Lucia", source: "ember", year: 2022 },
    LK: { gPerKWh: 509.78, name: "Sri Lanka", source: "ember", year: 2022 },
    LR: { gPerKWh: 435.9, name: "Liberia", source: "ember", year: 2023 },
    LS: { gPerKWh: 20.83, name: "Lesotho", source: "ember", year: 2022 },
    LT: { gPerKWh: 139.34, name: "Lithuania", source: "ember", year: 2024 },
    LU: { gPerKWh: 134.62, name: "Luxembourg", source: "ember", year: 2024 },
    LV: { gPerKWh: 136.22, name: "Latvia", source: "ember", year: 2024 },
    LY: { gPerKWh: 830.53, name: "Libya", source: "ember", year: 2023 },
    MA: { gPerKWh: 577.65, name: "Morocco", source: "ember", year: 2024 },
    MD: { gPerKWh: 629.56, name: "Moldova", source: "ember", year: 2024 },
    ME: { gPerKWh: 413.51, name: "Montenegro", source: "ember", year: 2024 },
    MG: { gPerKWh: 477.27, name: "Madagascar", source: "ember", year: 2022 },
    MK: { gPerKWh: 568.97, name: "North Macedonia", source: "ember", year: 2024 },
    ML: { gPerKWh: 394.5, name: "Mali", source: "ember", year: 2023 },
    MM: { gPerKWh: 569.69, name: "Myanmar", source: "ember", year: 2024 },
    MN: { gPerKWh: 784.01, name: "Mongolia", source: "ember", year: 2024 },
    MO: { gPerKWh: 448.98, name: "Macao", source: "ember", year: 2022 },
    MQ: { gPerKWh: 516.78, name: "Martinique", source: "ember", year: 2022 },
    MR: { gPerKWh: 481.71, name: "Mauritania", source: "ember", year: 2022 },
    MS: { gPerKWh: 1e3, name: "Montserrat", source: "ember", year: 2022 },
    MT: { gPerKWh: 484.16, name: "Malta", source: "ember", year: 2024 },
    MU: { gPerKWh: 633.03, name: "Mauritius", source: "ember", year: 2023 },
    MV: { gPerKWh: 611.77, name: "Maldives", source: "ember", year: 2023 },
    MW: { gPerKWh: 54.65, name: "Malawi", source: "ember", year: 2022 },
    MX: { gPerKWh: 483.14, name: "Mexico", source: "ember", year: 2024 },
    MY: { gPerKWh: 604.43, name: "Malaysia", source: "ember", year: 2024 },
    MZ: { gPerKWh: 127.81, name: "Mozambique", source: "ember", year: 2023 },
    NA: { gPerKWh: 47.62, name: "Namibia", source: "ember", year: 2023 },
    NC: { gPerKWh: 585.76, name: "New Caledonia", source: "ember", year: 2022 },
    NE: { gPerKWh: 687.5, name: "Niger", source: "ember", year: 2023 },
    NG: { gPerKWh: 507.85, name: "Nigeria", source: "ember", year: 2024 },
    NI: { gPerKWh: 288.33, name: "Nicaragua", source: "ember", year: 2023 },
    NL: { gPerKWh: 252.7, name: "Netherlands", source: "ember", year: 2024 },
    NO: { gPerKWh: 30.75, name: "Norway", source: "ember", year: 2024 },
    NP: { gPerKWh: 23.36, name: "Nepal", source: "ember", year: 2022 },
    NR: { gPerKWh: 750, name: "Nauru", source: "ember", year: 2023 },
    NZ: { gPerKWh: 120.11, name: "New Zealand", source: "ember", year: 2024 },
    OM: { gPerKWh: 545.33, name: "Oman", source: "ember", year: 2024 },
    PA: { gPerKWh: 258.74, name: "Panama", source: "ember", year: 2023 },
    PE: { gPerKWh: 263.27, name: "Peru", source: "ember", year: 2024 },
    PF: { gPerKWh: 436.62, name: "French Polynesia", source: "ember", year: 2022 },
    PG: { gPerKWh: 513.74, name: "Papua New Guinea", source: "ember", year: 2023 },
    PH: { gPerKWh: 613.38, name: "Philippines", source: "ember", year: 2024 },
    PK: { gPerKWh: 398.61, name: "Pakistan", source: "ember", year: 2024 },
    PL: { gPerKWh: 614.98, name: "Poland", source: "ember", year: 2024 },
    PM: { gPerKWh: 600, name: "Saint Pierre and Miquelon", source: "ember", year: 2022 },
    PR: { gPerKWh: 664.53, name: "Puerto Rico", source: "ember", year: 2024 },
    PS: { gPerKWh: 460.78, name: "Palestine", source: "ember", year: 2022 },
    PT: { gPerKWh: 111.8, name: "Portugal", source: "ember", year: 2024 },
    PY: { gPerKWh: 24.86, name: "Paraguay", source: "ember", year: 2023 },
    QA: { gPerKWh: 602.83, name: "Qatar", source: "ember", year: 2024 },
    RE: { gPerKWh: 525.22, name: "R\xE9union", source: "ember", year: 2022 },
    RO: { gPerKWh: 245.55, name: "Romania", source: "ember", year: 2024 },
    RS: { gPerKWh: 670.8, name: "Serbia", source: "ember", year: 2024 },
    RU: { gPerKWh: 446.17, name: "Russia", source: "ember", year: 2024 },
    RW: { gPerKWh: 301.89, name: "Rwanda", source: "ember", year: 2023 },
    SA: { gPerKWh: 691.95, name: "Saudi Arabia", source: "ember", year: 2024 },
    SB: { gPerKWh: 636.36, name: "Solomon Islands", source: "ember", year: 2023 },
    SC: { gPerKWh: 571.43, name: "Seychelles", source: "ember", year: 2023 },
    SD: { gPerKWh: 214.33, name: "Sudan", source: "ember", year: 2023 },
    SE: { gPerKWh: 35.89, name: "Sweden", source: "ember", year: 2024 },
    SG: { gPerKWh: 498.74, name: "Singapore", source: "ember", year: 2024 },
    SH: { gPerKWh: 1e3, name: "Saint Helena, Ascension and Tristan da Cunha", source: "owid", year: 2022 },
    SI: { gPerKWh: 227.11, name: "Slovenia", source: "ember", year: 2024 },
    SK: { gPerKWh: 96.49, name: "Slovakia", source: "ember", year: 2024 },
    SL: { gPerKWh: 47.62, name: "Sierra Leone", source: "ember", year: 2023 },
    SN: { gPerKWh: 535.4, name: "Senegal", source: "ember", year: 2023 },
    SO: { gPerKWh: 523.81, name: "Somalia", source: "ember", year: 2023 },
    SR: { gPerKWh: 383.18, name: "Suriname", source: "ember", year: 2023 },
    SS: { gPerKWh: 610.17, name: "South Sudan", source: "ember", year: 2023 },
    ST: { gPerKWh: 555.56, name: "Sao Tome and Principe", source: "ember", year: 2022 },
    SV: { gPerKWh: 99.29, name: "El Salvador", source: "ember", year: 2024 },
    SY: { gPerKWh: 682.27, name: "Syria", source: "ember", year: 2022 },
    SZ: { gPerKWh: 142.86, name: "Eswatini", source: "ember", year: 2023 },
    TC: { gPerKWh: 653.85, name: "Turks and Caicos Islands", source: "ember", year: 2023 },
    TD: { gPerKWh: 615.39, name: "Chad", source: "ember", year: 2022 },
    TG: { gPerKWh: 478.26, name: "Togo", source: "ember", year: 2023 },
    TH: { gPerKWh: 555.43, name: "Thailand", source: "ember", year: 2024 },
    TJ: { gPerKWh: 98.7, name: "Tajikistan", source: "ember", year: 2024 },
    TL: { gPerKWh: 666.667, name: "Timor-Leste", source: "owid", year: 2022 },
    TM: { gPerKWh: 1306.3, name: "Turkmenistan", source: "ember", year: 2023 },
    TN: { gPerKWh: 560.25, name: "Tunisia", source: "ember", year: 2024 },
    TO: { gPerKWh: 571.43, name: "Tonga", source: "ember", year: 2023 },
    TR: { gPerKWh: 469.7, name: "T\xFCrkiye", source: "ember", year: 2024 },
    TT: { gPerKWh: 682.11, name: "Trinidad and Tobago", source: "ember", year: 2023 },
    TW: { gPerKWh: 635.15, name: "Taiwan", source: "ember", year: 2024 },
    TZ: { gPerKWh: 371.59, name: "Tanzania", source: "ember", year: 2023 },
    UA: { gPerKWh: 250.47, name: "Ukraine", source: "ember", year: 2022 },
    UG: { gPerKWh: 57.39, name: "Uganda", source: "ember", year: 2022 },
    US: { gPerKWh: 383.55, name: "United States", source: "ember", year: 2024 },
    UY: { gPerKWh: 96.7, name: "Uruguay", source: "ember", year: 2024 },
    UZ: { gPerKWh: 1121.18, name: "Uzbekistan", source: "ember", year: 2023 },
    VC: { gPerKWh: 600, name: "Saint Vincent and the Grenadines", source: "ember", year: 2023 },
    VE: { gPerKWh: 180.25, name: "Venezuela", source: "ember", year: 2023 },
    VG: { gPerKWh: 647.06, name: "Virgin Islands (British)", source: "ember", year: 2023 },
    VI: { gPerKWh: 641.79, name: "Virgin Islands (U.S.)", source: "ember", year: 2023 },
    VN: { gPerKWh: 486.13, name: "Viet Nam", source: "ember", year: 2024 },
    VU: { gPerKWh: 500, name: "Vanuatu", source: "ember", year: 2023 },
    WS: { gPerKWh: 400, name: "Samoa", source: "ember", year: 2023 },
    XK: { gPerKWh: 958.72, name: "Kosovo", source: "ember", year: 2024 },
    YE: { gPerKWh: 586.32, name: "Yemen", source: "ember", year: 2023 },
    ZA: { gPerKWh: 713.9, name: "South Africa", source: "ember", year: 2024 },
    ZM: { gPerKWh: 111, name: "Zambia", source: "ember", year: 2023 },
    ZW: { gPerKWh: 298.44, name: "Zimbabwe", source: "ember", year: 2023 }
  },
  datasetVersion: "2026.12.2",
  description: "Annual average carbon intensity of electricity generation per country (ISO 3166-1 alpha-2), life-cycle gCO2e/kWh, latest year available per country; `missing` lists the ISO codes neither source covers; `alpha3` maps ISO 3166-1 alpha-3 codes (as CodeCarbon records them) to alpha-2. carbon-ci prices a country at its Electricity Maps zone (grid-zones.json) where there is one; these rows price the countries that Electricity Maps lacks, and the world average is the default location.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {
    "co2js_ember/average-intensities.json": "7f0b09eb3a0b5aa08db0da7bdf7cf9571db3d1b6f163506fe41d70e655196bc0",
    "codecarbon/private_infra__global_energy_mix.json": "8f1053800210aa07cc6019cc422b0d34f47dd092f6351dd873445c2b8199a107"
  },
  licence: "CC BY-SA 4.0 for this file (Ember data is CC BY 4.0; the co2.js copy it was taken from is labelled CC BY-SA 4.0, so the share-alike terms are kept); Our World in Data rows CC BY 4.0",
  missing: [
    "AD",
    "AI",
    "AQ",
    "AX",
    "BL",
    "BQ",
    "BV",
    "CC",
    "CW",
    "CX",
    "FM",
    "GG",
    "GS",
    "HM",
    "IM",
    "IO",
    "JE",
    "LI",
    "MC",
    "MF",
    "MH",
    "MP",
    "NF",
    "NU",
    "PN",
    "PW",
    "SJ",
    "SM",
    "SX",
    "TF",
    "TK",
    "TV",
    "UM",
    "VA",
    "WF",
    "YT"
  ],
  scope: "life-cycle",
  sources: {
    ember: { attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)", licence: "CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README", name: "Ember yearly electricity data (via co2.js)", url: "https://ember-energy.org/data/yearly-electricity-data/" },
    owid: { attribution: "Our World in Data, Energy dataset (carbon intensity of electricity, incorporating Ember and the Energy Institute Statistical Review), as copied in mlco2/codecarbon codecarbon/data/private_infra/global_energy_mix.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "CC BY 4.0 (Our World in Data); copy from CodeCarbon, MIT", name: "Our World in Data energy dataset (via CodeCarbon)", url: "https://github.com/owid/energy-data" }
  },
  unit: "gCO2e/kWh",
  world: {
    gPerKWh: 472.94,
    name: "World",
    source: "ember",
    year: 2024
  }
};

// src/data/grid-subdivisions.json
var grid_subdivisions_default = {
  attribution: "Australian Energy Market Operator: the NEM regions (QLD, NSW incl. the ACT, VIC, SA, TAS) | US Energy Information Administration: balancing authorities of the Lower 48 (Form EIA-930) and the utilities serving each state (Form EIA-861); the balancing authority chosen for each state is carbon-ci's reading of them | Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com; as copied in Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data v3.1/carbon-intensity/electricitymap/CI-electricitymap-yearly_2024.csv @ 4a0c3fc7",
  datasetVersion: "2026.12.2",
  description: "US states and DC, Canadian provinces and territories, and Australian states and territories (ISO 3166-2 codes), each mapped to the grid zone of grid-zones.json that prices it: the zone whose grid serves the largest share of the subdivision's electricity use. `alsoServedBy` lists other zones that serve a large share.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {},
  licence: "facts with per-row sources (US EIA: public domain; AEMO; zone names from Electricity Maps)",
  rule: "largest share of the subdivision's load (US: the balancing authority serving most of the state's retail load)",
  sources: {
    "aemo-nem-regions": { attribution: "Australian Energy Market Operator: the NEM regions (QLD, NSW incl. the ACT, VIC, SA, TAS)", licence: "facts from a public statement", name: "AEMO National Electricity Market regions", url: "https://aemo.com.au/energy-systems/electricity/national-electricity-market-nem/about-the-national-electricity-market-nem" },
    "eia-balancing-authorities": { attribution: "US Energy Information Administration: balancing authorities of the Lower 48 (Form EIA-930) and the utilities serving each state (Form EIA-861); the balancing authority chosen for each state is carbon-ci's reading of them", licence: "facts from a US Government publication (public domain)", name: "US EIA balancing-authority map (Hourly Electric Grid Monitor, Form EIA-930) and utility service territories (Form EIA-861)", url: "https://www.eia.gov/electricity/gridmonitor/about" },
    "electricitymaps-2024": { attribution: "Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com; as copied in Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data v3.1/carbon-intensity/electricitymap/CI-electricitymap-yearly_2024.csv @ 4a0c3fc7", licence: "ODbL 1.0 (Open Database License); licence text in src/data/LICENSE-ODbL-1.0.txt", name: "Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0)", url: "https://www.electricitymaps.com" }
  },
  subdivisions: {
    "AU-ACT": { country: "AU", name: "Australian Capital Territory", source: "aemo-nem-regions", zone: "AU-NSW" },
    "AU-NSW": { country: "AU", name: "New South Wales", source: "electricitymaps-2024", zone: "AU-NSW" },
    "AU-NT": { country: "AU", name: "Northern Territory", source: "electricitymaps-2024", zone: "AU-NT" },
    "AU-QLD": { country: "AU", name: "Queensland", source: "electricitymaps-2024", zone: "AU-QLD" },
    "AU-SA": { country: "AU", name: "South Australia", source: "electricitymaps-2024", zone: "AU-SA" },
    "AU-TAS": { country: "AU", name: "Tasmania", source: "electricitymaps-2024", zone: "AU-TAS" },
    "AU-VIC": { country: "AU", name: "Victoria", source: "electricitymaps-2024", zone: "AU-VIC" },
    "AU-WA": { country: "AU", name: "Western Australia", source: "electricitymaps-2024", zone: "AU-WA" },
    "CA-AB": { country: "CA", name: "Alberta", source: "electricitymaps-2024", zone: "CA-AB" },
    "CA-BC": { country: "CA", name: "British Columbia", source: "electricitymaps-2024", zone: "CA-BC" },
    "CA-MB": { country: "CA", name: "Manitoba", source: "electricitymaps-2024", zone: "CA-MB" },
    "CA-NB": { country: "CA", name: "New Brunswick", source: "electricitymaps-2024", zone: "CA-NB" },
    "CA-NL": { country: "CA", name: "Newfoundland and Labrador", source: "electricitymaps-2024", zone: "CA-NL" },
    "CA-NS": { country: "CA", name: "Nova Scotia", source: "electricitymaps-2024", zone: "CA-NS" },
    "CA-NT": { country: "CA", name: "Northwest Territories", source: "electricitymaps-2024", zone: "CA-NT" },
    "CA-NU": { country: "CA", name: "Nunavut", source: "electricitymaps-2024", zone: "CA-NU" },
    "CA-ON": { country: "CA", name: "Ontario", source: "electricitymaps-2024", zone: "CA-ON" },
    "CA-PE": { country: "CA", name: "Prince Edward Island", source: "electricitymaps-2024", zone: "CA-PE" },
    "CA-QC": { country: "CA", name: "Qu\xE9bec", source: "electricitymaps-2024", zone: "CA-QC" },
    "CA-SK": { country: "CA", name: "Saskatchewan", source: "electricitymaps-2024", zone: "CA-SK" },
    "CA-YT": { country: "CA", name: "Yukon", source: "electricitymaps-2024", zone: "CA-YT" },
    "US-AK": { country: "US", name: "Alaska", source: "electricitymaps-2024", zone: "US-AK" },
    "US-AL": { alsoServedBy: ["US-TEN-TVA"], country: "US", name: "Alabama", source: "eia-balancing-authorities", zone: "US-SE-SOCO" },
    "US-AR": { alsoServedBy: ["US-CENT-SWPP"], country: "US", name: "Arkansas", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-AZ": { alsoServedBy: ["US-SW-SRP", "US-SW-TEPC"], country: "US", name: "Arizona", source: "eia-balancing-authorities", zone: "US-SW-AZPS" },
    "US-CA": { alsoServedBy: ["US-CAL-LDWP", "US-CAL-BANC", "US-CAL-IID", "US-CAL-TIDC"], country: "US", name: "California", source: "eia-balancing-authorities", zone: "US-CAL-CISO" },
    "US-CO": { alsoServedBy: ["US-NW-WACM"], country: "US", name: "Colorado", source: "eia-balancing-authorities", zone: "US-NW-PSCO" },
    "US-CT": { country: "US", name: "Connecticut", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-DC": { country: "US", name: "District of Columbia", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-DE": { country: "US", name: "Delaware", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-FL": { alsoServedBy: ["US-FLA-FPC", "US-FLA-TEC", "US-FLA-SEC", "US-FLA-JEA"], country: "US", name: "Florida", source: "eia-balancing-authorities", zone: "US-FLA-FPL" },
    "US-GA": { country: "US", name: "Georgia", source: "eia-balancing-authorities", zone: "US-SE-SOCO" },
    "US-HI": { country: "US", name: "Hawaii", source: "electricitymaps-2024", zone: "US-HI" },
    "US-IA": { country: "US", name: "Iowa", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-ID": { alsoServedBy: ["US-NW-PACE", "US-NW-AVA", "US-NW-BPAT"], country: "US", name: "Idaho", source: "eia-balancing-authorities", zone: "US-NW-IPCO" },
    "US-IL": { alsoServedBy: ["US-MIDW-MISO"], country: "US", name: "Illinois", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-IN": { alsoServedBy: ["US-MIDA-PJM"], country: "US", name: "Indiana", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-KS": { country: "US", name: "Kansas", source: "eia-balancing-authorities", zone: "US-CENT-SWPP" },
    "US-KY": { alsoServedBy: ["US-MIDA-PJM", "US-TEN-TVA", "US-MIDW-MISO"], country: "US", name: "Kentucky", source: "eia-balancing-authorities", zone: "US-MIDW-LGEE" },
    "US-LA": { alsoServedBy: ["US-CENT-SWPP"], country: "US", name: "Louisiana", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-MA": { country: "US", name: "Massachusetts", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-MD": { country: "US", name: "Maryland", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-ME": { country: "US", name: "Maine", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-MI": { country: "US", name: "Michigan", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-MN": { country: "US", name: "Minnesota", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-MO": { alsoServedBy: ["US-CENT-SWPP", "US-MIDW-AECI"], country: "US", name: "Missouri", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-MS": { alsoServedBy: ["US-TEN-TVA", "US-SE-SOCO"], country: "US", name: "Mississippi", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-MT": { alsoServedBy: ["US-NW-WAUW", "US-NW-BPAT"], country: "US", name: "Montana", source: "eia-balancing-authorities", zone: "US-NW-NWMT" },
    "US-NC": { alsoServedBy: ["US-CAR-CPLE", "US-CAR-CPLW"], country: "US", name: "North Carolina", source: "eia-balancing-authorities", zone: "US-CAR-DUK" },
    "US-ND": { alsoServedBy: ["US-MIDW-MISO"], country: "US", name: "North Dakota", source: "eia-balancing-authorities", zone: "US-CENT-SWPP" },
    "US-NE": { country: "US", name: "Nebraska", source: "eia-balancing-authorities", zone: "US-CENT-SWPP" },
    "US-NH": { country: "US", name: "New Hampshire", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-NJ": { country: "US", name: "New Jersey", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-NM": { alsoServedBy: ["US-CENT-SWPP", "US-SW-EPE"], country: "US", name: "New Mexico", source: "eia-balancing-authorities", zone: "US-SW-PNM" },
    "US-NV": { country: "US", name: "Nevada", source: "eia-balancing-authorities", zone: "US-NW-NEVP" },
    "US-NY": { country: "US", name: "New York", source: "eia-balancing-authorities", zone: "US-NY-NYIS" },
    "US-OH": { country: "US", name: "Ohio", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-OK": { country: "US", name: "Oklahoma", source: "eia-balancing-authorities", zone: "US-CENT-SWPP" },
    "US-OR": { alsoServedBy: ["US-NW-BPAT", "US-NW-PACW"], country: "US", name: "Oregon", source: "eia-balancing-authorities", zone: "US-NW-PGE" },
    "US-PA": { country: "US", name: "Pennsylvania", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-RI": { country: "US", name: "Rhode Island", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-SC": { alsoServedBy: ["US-CAR-SCEG", "US-CAR-DUK"], country: "US", name: "South Carolina", source: "eia-balancing-authorities", zone: "US-CAR-SC" },
    "US-SD": { alsoServedBy: ["US-MIDW-MISO", "US-NW-WACM"], country: "US", name: "South Dakota", source: "eia-balancing-authorities", zone: "US-CENT-SWPP" },
    "US-TN": { country: "US", name: "Tennessee", source: "eia-balancing-authorities", zone: "US-TEN-TVA" },
    "US-TX": { alsoServedBy: ["US-CENT-SWPP", "US-MIDW-MISO", "US-SW-EPE"], country: "US", name: "Texas", source: "eia-balancing-authorities", zone: "US-TEX-ERCO" },
    "US-UT": { country: "US", name: "Utah", source: "eia-balancing-authorities", zone: "US-NW-PACE" },
    "US-VA": { country: "US", name: "Virginia", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-VT": { country: "US", name: "Vermont", source: "eia-balancing-authorities", zone: "US-NE-ISNE" },
    "US-WA": { alsoServedBy: ["US-NW-PSEI", "US-NW-SCL", "US-NW-TPWR", "US-NW-GCPD", "US-NW-CHPD", "US-NW-AVA"], country: "US", name: "Washington", source: "eia-balancing-authorities", zone: "US-NW-BPAT" },
    "US-WI": { country: "US", name: "Wisconsin", source: "eia-balancing-authorities", zone: "US-MIDW-MISO" },
    "US-WV": { country: "US", name: "West Virginia", source: "eia-balancing-authorities", zone: "US-MIDA-PJM" },
    "US-WY": { alsoServedBy: ["US-NW-WACM"], country: "US", name: "Wyoming", source: "eia-balancing-authorities", zone: "US-NW-PACE" }
  }
};

// src/data/grid-zones.json
var grid_zones_default = {
  attribution: "Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com; as copied in Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data v3.1/carbon-intensity/electricitymap/CI-electricitymap-yearly_2024.csv @ 4a0c3fc7",
  countries: {
    AE: "AE",
    AF: "AF",
    AG: "AG",
    AL: "AL",
    AM: "AM",
    AO: "AO",
    AR: "AR",
    AT: "AT",
    AU: "AU",
    AW: "AW",
    AX: "AX",
    AZ: "AZ",
    BA: "BA",
    BB: "BB",
    BD: "BD",
    BE: "BE",
    BF: "BF",
    BG: "BG",
    BH: "BH",
    BI: "BI",
    BJ: "BJ",
    BN: "BN",
    BO: "BO",
    BR: "BR",
    BS: "BS",
    BT: "BT",
    BW: "BW",
    BY: "BY",
    BZ: "BZ",
    CA: "CA",
    CD: "CD",
    CF: "CF",
    CG: "CG",
    CH: "CH",
    CI: "CI",
    CL: "CL-SEN",
    CM: "CM",
    CN: "CN",
    CO: "CO",
    CR: "CR",
    CU: "CU",
    CV: "CV",
    CW: "CW",
    CY: "CY",
    CZ: "CZ",
    DE: "DE",
    DJ: "DJ",
    DK: "DK",
    DM: "DM",
    DO: "DO",
    DZ: "DZ",
    EC: "EC",
    EE: "EE",
    EG: "EG",
    ER: "ER",
    ES: "ES",
    ET: "ET",
    FI: "FI",
    FJ: "FJ",
    FK: "FK",
    FM: "FM",
    FO: "FO",
    FR: "FR",
    GA: "GA",
    GB: "GB",
    GE: "GE",
    GF: "GF",
    GH: "GH",
    GI: "GI",
    GL: "GL",
    GM: "GM",
    GN: "GN",
    GP: "GP",
    GQ: "GQ",
    GR: "GR",
    GS: "GS",
    GT: "GT",
    GU: "GU",
    GW: "GW",
    GY: "GY",
    HK: "HK",
    HN: "HN",
    HR: "HR",
    HT: "HT",
    HU: "HU",
    ID: "ID",
    IE: "IE",
    IL: "IL",
    IN: "IN",
    IQ: "IQ",
    IR: "IR",
    IS: "IS",
    IT: "IT",
    JM: "JM",
    JO: "JO",
    JP: "JP",
    KE: "KE",
    KG: "KG",
    KH: "KH",
    KM: "KM",
    KP: "KP",
    KR: "KR",
    KW: "KW",
    KY: "KY",
    KZ: "KZ",
    LA: "LA",
    LB: "LB",
    LC: "LC",
    LK: "LK",
    LR: "LR",
    LS: "LS",
    LT: "LT",
    LU: "LU",
    LV: "LV",
    LY: "LY",
    MA: "MA",
    MD: "MD",
    ME: "ME",
    MG: "MG",
    MK: "MK",
    ML: "ML",
    MM: "MM",
    MN: "MN",
    MO: "MO",
    MQ: "MQ",
    MR: "MR",
    MT: "MT",
    MU: "MU",
    MV: "MV",
    MW: "MW",
    MX: "MX",
    MY: "MY",
    MZ: "MZ",
    NA: "NA",
    NC: "NC",
    NE: "NE",
    NG: "NG",
    NI: "NI",
    NL: "NL",
    NO: "NO",
    NP: "NP",
    NZ: "NZ",
    OM: "OM",
    PA: "PA",
    PE: "PE",
    PF: "PF",
    PG: "PG",
    PH: "PH",
    PK: "PK",
    PL: "PL",
    PM: "PM",
    PR: "PR",
    PS: "PS",
    PT: "PT",
    PW: "PW",
    PY: "PY",
    QA: "QA",
    RE: "RE",
    RO: "RO",
    RS: "RS",
    RU: "RU-1",
    RW: "RW",
    SA: "SA",
    SB: "SB",
    SC: "SC",
    SD: "SD",
    SE: "SE",
    SG: "SG",
    SI: "SI",
    SK: "SK",
    SL: "SL",
    SN: "SN",
    SO: "SO",
    SR: "SR",
    SS: "SS",
    ST: "ST",
    SV: "SV",
    SY: "SY",
    SZ: "SZ",
    TD: "TD",
    TG: "TG",
    TH: "TH",
    TJ: "TJ",
    TL: "TL",
    TM: "TM",
    TN: "TN",
    TO: "TO",
    TR: "TR",
    TT: "TT",
    TW: "TW",
    TZ: "TZ",
    UG: "UG",
    US: "US",
    UY: "UY",
    UZ: "UZ",
    VC: "VC",
    VE: "VE",
    VI: "VI",
    VN: "VN",
    VU: "VU",
    WS: "WS",
    XK: "XK",
    YE: "YE",
    YT: "YT",
    ZA: "ZA",
    ZM: "ZM",
    ZW: "ZW"
  },
  datasetVersion: "2026.12.2",
  description: "Annual average carbon intensity of the electricity consumed in each Electricity Maps zone in 2024, in two scopes: `lifeCycle` (life-cycle CO2e: combustion, upstream fuel supply, plant construction; carbon-ci's default) and `direct` (combustion only). `countries` maps each ISO 3166-1 code that Electricity Maps covers to the zone that prices it. `upstream` is the data source Electricity Maps names for the zone.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {
    "electricitymaps_2024_via_green_algorithms_data/CI-electricitymap-yearly_2024.csv": "fd1e44afd45929ff6618ca289c0031580c88b427396c4b793710590b8701a40b"
  },
  licence: "ODbL 1.0: this file is a Derivative Database of Electricity Maps data and is made available under the Open Database License 1.0 (full text: src/data/LICENSE-ODbL-1.0.txt, https://opendatacommons.org/licenses/odbl/1-0/)",
  scopes: {
    direct: "direct: CO2e emitted where the electricity is generated (combustion)",
    "life-cycle": "life-cycle: direct emissions plus upstream fuel supply and the construction of plants, CO2e"
  },
  sources: {
    "electricitymaps-2024": { attribution: "Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com; as copied in Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data v3.1/carbon-intensity/electricitymap/CI-electricitymap-yearly_2024.csv @ 4a0c3fc7", licence: "ODbL 1.0 (Open Database License); licence text in src/data/LICENSE-ODbL-1.0.txt", name: "Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0)", url: "https://www.electricitymaps.com" }
  },
  unit: "gCO2e/kWh",
  year: 2024,
  zones: {
    AE: { citation: "Electricity Maps (2025). United Arab Emirates 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "United Arab Emirates", direct: 285.44, lifeCycle: 382.92, name: "United Arab Emirates", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AF: { citation: "Electricity Maps (2025). Afghanistan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Afghanistan", direct: 96.75, lifeCycle: 136.24, name: "Afghanistan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AG: { citation: "Electricity Maps (2025). Antigua and Barbuda 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Antigua and Barbuda", direct: 541.6, lifeCycle: 661.95, name: "Antigua and Barbuda", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AL: { citation: "Electricity Maps (2025). Albania 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Albania", direct: 82.37, lifeCycle: 103.61, name: "Albania", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AM: { citation: "Electricity Maps (2025). Armenia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Armenia", direct: 160.79, lifeCycle: 223.98, name: "Armenia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AO: { citation: "Electricity Maps (2025). Angola 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Angola", direct: 106.17, lifeCycle: 176.83, name: "Angola", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    AR: { citation: "Electricity Maps (2025). Argentina 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Argentina", direct: 302.79, lifeCycle: 380.04, name: "Argentina", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; cammesaweb.cammesa.com", year: 2024 },
    AT: { citation: "Electricity Maps (2025). Austria 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Austria", direct: 100.1, lifeCycle: 124.33, name: "Austria", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    AU: { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 435.48, lifeCycle: 488.85, name: "Australia", source: "electricitymaps-2024", year: 2024 },
    "AU-NSW": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 489.06, lifeCycle: 541.42, name: "New South Wales", source: "electricitymaps-2024", upstream: "opennem.org.au; Electricity Maps Estimation", year: 2024 },
    "AU-NT": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 373.8, lifeCycle: 494.57, name: "Northern Territory", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ntesmo.com.au", year: 2024 },
    "AU-QLD": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 522.68, lifeCycle: 580.99, name: "Queensland", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; opennem.org.au", year: 2024 },
    "AU-SA": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 135.96, lifeCycle: 184.04, name: "South Australia", source: "electricitymaps-2024", upstream: "opennem.org.au; Electricity Maps Estimation", year: 2024 },
    "AU-TAS": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 101.92, lifeCycle: 132.76, name: "Tasmania", source: "electricitymaps-2024", upstream: "opennem.org.au; Electricity Maps Estimation", year: 2024 },
    "AU-TAS-FI": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 158.09, lifeCycle: 260.15, name: "Flinders Island", source: "electricitymaps-2024", upstream: "https://www.hydro.com.au/clean-energy/hybrid-energy-solutions/success-stories/flinders-island; Electricity Maps Estimation; hydro.com.au", year: 2024 },
    "AU-TAS-KI": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 277.66, lifeCycle: 451.91, name: "King Island", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; https://www.hydro.com.au/clean-energy/hybrid-energy-solutions/success-stories/king-island; hydro.com.au", year: 2024 },
    "AU-VIC": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 448.51, lifeCycle: 496.28, name: "Victoria", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; opennem.org.au", year: 2024 },
    "AU-WA": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 327.98, lifeCycle: 395.13, name: "Western Australia", source: "electricitymaps-2024", upstream: "opennem.org.au; Electricity Maps Estimation", year: 2024 },
    "AU-WA-RI": { citation: "Electricity Maps (2025). Australia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Australia", direct: 322.06, lifeCycle: 519.94, name: "Rottnest Island", source: "electricitymaps-2024", upstream: "hydro.com.au; https://www.hydro.com.au/clean-energy/hybrid-energy-solutions/success-stories/rottnest-island; Electricity Maps Estimation", year: 2024 },
    AW: { citation: "Electricity Maps (2025). Aruba 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Aruba", direct: 351.26, lifeCycle: 563.8, name: "Aruba", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; webaruba.com", year: 2024 },
    AX: { citation: "Electricity Maps (2025). \xC5land Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "\xC5land Islands", direct: 2.96, lifeCycle: 18.89, name: "\xC5land Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; kraftnat.ax", year: 2024 },
    AZ: { citation: "Electricity Maps (2025). Azerbaijan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Azerbaijan", direct: 345.05, lifeCycle: 459.48, name: "Azerbaijan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BA: { citation: "Electricity Maps (2025). Bosnia and Herzegovina 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bosnia and Herzegovina", direct: 442.69, lifeCycle: 482.98, name: "Bosnia and Herzegovina", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    BB: { citation: "Electricity Maps (2025). Barbados 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Barbados", direct: 527.09, lifeCycle: 646.07, name: "Barbados", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BD: { citation: "Electricity Maps (2025). Bangladesh 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bangladesh", direct: 514.99, lifeCycle: 623.55, name: "Bangladesh", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; erp.pgcb.gov.bd", year: 2024 },
    BE: { citation: "Electricity Maps (2025). Belgium 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Belgium", direct: 109.93, lifeCycle: 153.14, name: "Belgium", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    BF: { citation: "Electricity Maps (2025). Burkina Faso 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Burkina Faso", direct: 350.66, lifeCycle: 576.59, name: "Burkina Faso", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BG: { citation: "Electricity Maps (2025). Bulgaria 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bulgaria", direct: 314.19, lifeCycle: 350.13, name: "Bulgaria", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eso.bg", year: 2024 },
    BH: { citation: "Electricity Maps (2025). Bahrain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bahrain", direct: 368.24, lifeCycle: 487.88, name: "Bahrain", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BI: { citation: "Electricity Maps (2025). Burundi 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Burundi", direct: 191.93, lifeCycle: 255.91, name: "Burundi", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BJ: { citation: "Electricity Maps (2025). Benin 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Benin", direct: 362.39, lifeCycle: 508.29, name: "Benin", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BN: { citation: "Electricity Maps (2025). Brunei 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brunei", direct: 459.11, lifeCycle: 566.34, name: "Brunei", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BO: { citation: "Electricity Maps (2025). Bolivia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bolivia", direct: 379.61, lifeCycle: 333.32, name: "Bolivia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; cndc.bo", year: 2024 },
    BR: { citation: "Electricity Maps (2025). Brazil 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brazil", direct: 57.45, lifeCycle: 91.48, name: "Brazil", source: "electricitymaps-2024", year: 2024 },
    "BR-CS": { citation: "Electricity Maps (2025). Brazil 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brazil", direct: 65.54, lifeCycle: 102.1, name: "Central Brazil", source: "electricitymaps-2024", upstream: "ons.org.br; Electricity Maps Estimation", year: 2024 },
    "BR-N": { citation: "Electricity Maps (2025). Brazil 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brazil", direct: 93.78, lifeCycle: 133.04, name: "North Brazil", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ons.org.br", year: 2024 },
    "BR-NE": { citation: "Electricity Maps (2025). Brazil 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brazil", direct: 21.32, lifeCycle: 44.7, name: "North-East Brazil", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ons.org.br", year: 2024 },
    "BR-S": { citation: "Electricity Maps (2025). Brazil 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Brazil", direct: 45.17, lifeCycle: 78.31, name: "South Brazil", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ons.org.br", year: 2024 },
    BS: { citation: "Electricity Maps (2025). Bahamas 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bahamas", direct: 575, lifeCycle: 700, name: "Bahamas", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BT: { citation: "Electricity Maps (2025). Bhutan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Bhutan", direct: 30.02, lifeCycle: 55.45, name: "Bhutan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BW: { citation: "Electricity Maps (2025). Botswana 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Botswana", direct: 745.57, lifeCycle: 812.1, name: "Botswana", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BY: { citation: "Electricity Maps (2025). Belarus 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Belarus", direct: 294.17, lifeCycle: 397.49, name: "Belarus", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    BZ: { citation: "Electricity Maps (2025). Belize 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Belize", direct: 119.04, lifeCycle: 276.47, name: "Belize", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CA: { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 87.85, lifeCycle: 132.11, name: "Canada", source: "electricitymaps-2024", year: 2024 },
    "CA-AB": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 301.89, lifeCycle: 402.01, name: "Alberta", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ets.aeso.ca", year: 2024 },
    "CA-BC": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 25.29, lifeCycle: 70.34, name: "British Columbia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-MB": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 25.53, lifeCycle: 52.89, name: "Manitoba", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-NB": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 113.07, lifeCycle: 153.33, name: "New Brunswick", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-NL": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 2.56, lifeCycle: 27.6, name: "Newfoundland and Labrador", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-NS": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 342.46, lifeCycle: 396.29, name: "Nova Scotia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-NT": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 56.66, lifeCycle: 104.54, name: "Northwest Territories", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-NU": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 405.28, lifeCycle: 648.92, name: "Nunavut", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-ON": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 60.84, lifeCycle: 90.97, name: "Ontario", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ieso.ca", year: 2024 },
    "CA-PE": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 45.46, lifeCycle: 70.94, name: "Prince Edward Island", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-QC": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 5.48, lifeCycle: 35.04, name: "Qu\xE9bec", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; hydroquebec.com", year: 2024 },
    "CA-SK": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 404.58, lifeCycle: 487.75, name: "Saskatchewan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CA-YT": { citation: "Electricity Maps (2025). Canada 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Canada", direct: 124.77, lifeCycle: 197.41, name: "Yukon", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CD: { citation: "Electricity Maps (2025). Democratic Republic of the Congo 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Democratic Republic of the Congo", direct: 0.12, lifeCycle: 24.65, name: "Democratic Republic of the Congo", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CF: { citation: "Electricity Maps (2025). Central African Republic 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Central African Republic", direct: 0, lifeCycle: 24, name: "Central African Republic", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; EMBER + Electricity Maps Estimation", year: 2024 },
    CG: { citation: "Electricity Maps (2025). Congo 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Congo", direct: 288.73, lifeCycle: 394.3, name: "Congo", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CH: { citation: "Electricity Maps (2025). Switzerland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Switzerland", direct: 18.63, lifeCycle: 40.76, name: "Switzerland", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CI: { citation: "Electricity Maps (2025). Ivory Coast 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Ivory Coast", direct: 285.36, lifeCycle: 389.44, name: "Ivory Coast", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "CL-SEN": { citation: "Electricity Maps (2025). Chile 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Chile", direct: 185.06, lifeCycle: 235.86, name: "Sistema El\xE9ctrico Nacional", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; coordinador.cl", year: 2024 },
    CM: { citation: "Electricity Maps (2025). Cameroon 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cameroon", direct: 99.4, lifeCycle: 159.55, name: "Cameroon", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CN: { citation: "Electricity Maps (2025). China 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "China", direct: 480.48, lifeCycle: 533.46, name: "China", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CO: { citation: "Electricity Maps (2025). Colombia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Colombia", direct: 107.6, lifeCycle: 152.18, name: "Colombia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CR: { citation: "Electricity Maps (2025). Costa Rica 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Costa Rica", direct: 44.29, lifeCycle: 94.08, name: "Costa Rica", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; grupoice.com", year: 2024 },
    CU: { citation: "Electricity Maps (2025). Cuba 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cuba", direct: 384.71, lifeCycle: 606.67, name: "Cuba", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CV: { citation: "Electricity Maps (2025). Cabo Verde 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cabo Verde", direct: 483.53, lifeCycle: 591.19, name: "Cabo Verde", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CW: { citation: "Electricity Maps (2025). Cura\xE7ao 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cura\xE7ao", direct: 304.87, lifeCycle: 491.9, name: "Cura\xE7ao", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    CY: { citation: "Electricity Maps (2025). Cyprus 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cyprus", direct: 490.95, lifeCycle: 686.47, name: "Cyprus", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; tsoc.org.cy", year: 2024 },
    CZ: { citation: "Electricity Maps (2025). Czechia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Czechia", direct: 439.39, lifeCycle: 480.57, name: "Czechia", source: "electricitymaps-2024", upstream: "ceps.cz", year: 2024 },
    DE: { citation: "Electricity Maps (2025). Germany 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Germany", direct: 276.61, lifeCycle: 333.77, name: "Germany", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    DJ: { citation: "Electricity Maps (2025). Djibouti 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Djibouti", direct: 575, lifeCycle: 700, name: "Djibouti", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    DK: { citation: "Electricity Maps (2025). Denmark 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Denmark", direct: 74.72, lifeCycle: 123.59, name: "Denmark", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    "DK-BHM": { citation: "Electricity Maps (2025). Denmark 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Denmark", direct: 3.5, lifeCycle: 58.53, name: "Bornholm", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; bornholm.powerlab.dk", year: 2024 },
    "DK-DK1": { citation: "Electricity Maps (2025). Denmark 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Denmark", direct: 77.33, lifeCycle: 120.04, name: "West Denmark", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "DK-DK2": { citation: "Electricity Maps (2025). Denmark 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Denmark", direct: 71.56, lifeCycle: 130.72, name: "East Denmark", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    DM: { citation: "Electricity Maps (2025). Dominica 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Dominica", direct: 439.71, lifeCycle: 540.94, name: "Dominica", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    DO: { citation: "Electricity Maps (2025). Dominican Republic 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Dominican Republic", direct: 453.36, lifeCycle: 546.62, name: "Dominican Republic", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    DZ: { citation: "Electricity Maps (2025). Algeria 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Algeria", direct: 367.45, lifeCycle: 487.33, name: "Algeria", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    EC: { citation: "Electricity Maps (2025). Ecuador 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Ecuador", direct: 95.84, lifeCycle: 170.91, name: "Ecuador", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    EE: { citation: "Electricity Maps (2025). Estonia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Estonia", direct: 241.94, lifeCycle: 291.52, name: "Estonia", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    EG: { citation: "Electricity Maps (2025). Egypt 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Egypt", direct: 342.83, lifeCycle: 452.29, name: "Egypt", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    ER: { citation: "Electricity Maps (2025). Eritrea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Eritrea", direct: 394.81, lifeCycle: 633.15, name: "Eritrea", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    ES: { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 88.95, lifeCycle: 124.09, name: "Spain", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    "ES-CE": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 405.82, lifeCycle: 649.21, name: "Ceuta", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-FV": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 563.52, lifeCycle: 753.61, name: "Fuerteventura", source: "electricitymaps-2024", upstream: "demanda.ree.es; Electricity Maps Estimation", year: 2024 },
    "ES-CN-GC": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 512.22, lifeCycle: 697.38, name: "Gran Canaria", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-HI": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 371.89, lifeCycle: 503.73, name: "El Hierro", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-IG": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 641.1, lifeCycle: 861.68, name: "Isla de la Gomera", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-LP": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 618.41, lifeCycle: 842.6, name: "La Palma", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-LZ": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 605.19, lifeCycle: 827.84, name: "Lanzarote", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-CN-TE": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 562.46, lifeCycle: 763.09, name: "Tenerife", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-IB-FO": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 478.29, lifeCycle: 605.05, name: "Formentera", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-IB-IZ": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 380.22, lifeCycle: 479.32, name: "Ibiza", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-IB-MA": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 291.4, lifeCycle: 381.05, name: "Mallorca", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-IB-ME": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 613.06, lifeCycle: 796.17, name: "Menorca", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    "ES-ML": { citation: "Electricity Maps (2025). Spain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Spain", direct: 376.14, lifeCycle: 618.95, name: "Melilla", source: "electricitymaps-2024", upstream: "demanda.ree.es", year: 2024 },
    ET: { citation: "Electricity Maps (2025). Ethiopia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Ethiopia", direct: 0.04, lifeCycle: 23.76, name: "Ethiopia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    FI: { citation: "Electricity Maps (2025). Finland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Finland", direct: 43.35, lifeCycle: 75.71, name: "Finland", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    FJ: { citation: "Electricity Maps (2025). Fiji 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Fiji", direct: 231.25, lifeCycle: 304.55, name: "Fiji", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    FK: { citation: "Electricity Maps (2025). Falkland Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Falkland Islands", direct: 287.46, lifeCycle: 355.45, name: "Falkland Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    FM: { citation: "Electricity Maps (2025). Micronesia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Micronesia", direct: 383.03, lifeCycle: 614.98, name: "Micronesia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    FO: { citation: "Electricity Maps (2025). Faroe Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Faroe Islands", direct: 281.04, lifeCycle: 398.18, name: "Faroe Islands", source: "electricitymaps-2024", upstream: "sev.fo", year: 2024 },
    "FO-MI": { citation: "Electricity Maps (2025). Faroe Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Faroe Islands", direct: 279.48, lifeCycle: 396.29, name: "Main Islands", source: "electricitymaps-2024", upstream: "sev.fo", year: 2024 },
    "FO-SI": { citation: "Electricity Maps (2025). Faroe Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Faroe Islands", direct: 300.36, lifeCycle: 421.45, name: "South Island", source: "electricitymaps-2024", upstream: "sev.fo", year: 2024 },
    FR: { citation: "Electricity Maps (2025). France 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "France", direct: 18.4, lifeCycle: 33.44, name: "France", source: "electricitymaps-2024", upstream: "opendata.reseaux-energies.fr; Electricity Maps Estimation", year: 2024 },
    "FR-COR": { citation: "Electricity Maps (2025). France 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "France", direct: 381.55, lifeCycle: 492.03, name: "Corsica", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; opendata-corse.edf.fr", year: 2024 },
    GA: { citation: "Electricity Maps (2025). Gabon 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Gabon", direct: 197.31, lifeCycle: 293.47, name: "Gabon", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GB: { citation: "Electricity Maps (2025). Great Britain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Great Britain", direct: 106.68, lifeCycle: 163.92, name: "Great Britain", source: "electricitymaps-2024", upstream: "nationalgrideso.com; elexon.co.uk; bmreports.com; Electricity Maps Estimation", year: 2024 },
    "GB-NIR": { citation: "Electricity Maps (2025). Northern Ireland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Northern Ireland", direct: 220.85, lifeCycle: 306.34, name: "Northern Ireland", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "GB-ORK": { citation: "Electricity Maps (2025). Great Britain 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Great Britain", direct: 463.13, lifeCycle: 62.41, name: "Orkney Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ssen.co.uk", year: 2024 },
    GE: { citation: "Electricity Maps (2025). Georgia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Georgia", direct: 119.43, lifeCycle: 162.09, name: "Georgia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; gse.com.ge", year: 2024 },
    GF: { citation: "Electricity Maps (2025). French Guiana 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "French Guiana", direct: 241.45, lifeCycle: 408.79, name: "French Guiana", source: "electricitymaps-2024", upstream: "opendata-guyane.edf.fr; Electricity Maps Estimation", year: 2024 },
    GH: { citation: "Electricity Maps (2025). Ghana 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Ghana", direct: 237.07, lifeCycle: 324.25, name: "Ghana", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GI: { citation: "Electricity Maps (2025). Gibraltar 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Gibraltar", direct: 370, lifeCycle: 490, name: "Gibraltar", source: "electricitymaps-2024", upstream: "IEA + Electricity Maps Estimation; Electricity Maps Estimation", year: 2024 },
    GL: { citation: "Electricity Maps (2025). Greenland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Greenland", direct: 133.48, lifeCycle: 180.93, name: "Greenland", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GM: { citation: "Electricity Maps (2025). Gambia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Gambia", direct: 575, lifeCycle: 700, name: "Gambia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GN: { citation: "Electricity Maps (2025). Guinea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guinea", direct: 196.19, lifeCycle: 254.78, name: "Guinea", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GP: { citation: "Electricity Maps (2025). Guadeloupe 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guadeloupe", direct: 358.02, lifeCycle: 532.64, name: "Guadeloupe", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; opendata-guadeloupe.edf.fr", year: 2024 },
    GQ: { citation: "Electricity Maps (2025). Equatorial Guinea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Equatorial Guinea", direct: 257.01, lifeCycle: 348.59, name: "Equatorial Guinea", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GR: { citation: "Electricity Maps (2025). Greece 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Greece", direct: 261.85, lifeCycle: 325.55, name: "Greece", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    GS: { citation: "Electricity Maps (2025). South Georgia and the South Sandwich Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "South Georgia and the South Sandwich Islands", direct: 0, lifeCycle: 23.83, name: "South Georgia and the South Sandwich Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; IRENA + Electricity Maps Estimation", year: 2024 },
    GT: { citation: "Electricity Maps (2025). Guatemala 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guatemala", direct: 289.71, lifeCycle: 370.3, name: "Guatemala", source: "electricitymaps-2024", upstream: "wl12.amm.org.gt; Electricity Maps Estimation; amm.org.gt", year: 2024 },
    GU: { citation: "Electricity Maps (2025). Guam 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guam", direct: 545.48, lifeCycle: 666.38, name: "Guam", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GW: { citation: "Electricity Maps (2025). Guinea-Bissau 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guinea-Bissau", direct: 575, lifeCycle: 700, name: "Guinea-Bissau", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    GY: { citation: "Electricity Maps (2025). Guyana 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Guyana", direct: 560.71, lifeCycle: 685.83, name: "Guyana", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    HK: { citation: "Electricity Maps (2025). Hong Kong 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Hong Kong", direct: 493.19, lifeCycle: 594.32, name: "Hong Kong", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    HN: { citation: "Electricity Maps (2025). Honduras 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Honduras", direct: 214.04, lifeCycle: 343.25, name: "Honduras", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; ods.org.hn", year: 2024 },
    HR: { citation: "Electricity Maps (2025). Croatia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Croatia", direct: 195.85, lifeCycle: 228, name: "Croatia", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    HT: { citation: "Electricity Maps (2025). Haiti 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Haiti", direct: 330.9, lifeCycle: 534.27, name: "Haiti", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    HU: { citation: "Electricity Maps (2025). Hungary 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Hungary", direct: 202.58, lifeCycle: 242.7, name: "Hungary", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    ID: { citation: "Electricity Maps (2025). Indonesia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Indonesia", direct: 567.04, lifeCycle: 645.9, name: "Indonesia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IE: { citation: "Electricity Maps (2025). Ireland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Ireland", direct: 322.48, lifeCycle: 396.78, name: "Ireland", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IL: { citation: "Electricity Maps (2025). Israel 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Israel", direct: 432, lifeCycle: 533.05, name: "Israel", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IN: { citation: "Electricity Maps (2025). Mainland India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mainland India", direct: 605.69, lifeCycle: 660.85, name: "Mainland India", source: "electricitymaps-2024", year: 2024 },
    "IN-EA": { citation: "Electricity Maps (2025). India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "India", direct: 710.86, lifeCycle: 768.96, name: "Eastern India", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "IN-NE": { citation: "Electricity Maps (2025). India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "India", direct: 352.8, lifeCycle: 424.14, name: "North Eastern India", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "IN-NO": { citation: "Electricity Maps (2025). India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "India", direct: 518.06, lifeCycle: 570.63, name: "Northern India", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "IN-SO": { citation: "Electricity Maps (2025). India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "India", direct: 499.67, lifeCycle: 549.08, name: "Southern India", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "IN-WE": { citation: "Electricity Maps (2025). India 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "India", direct: 678.05, lifeCycle: 736.13, name: "Western India", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IQ: { citation: "Electricity Maps (2025). Iraq 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Iraq", direct: 379.6, lifeCycle: 556.61, name: "Iraq", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IR: { citation: "Electricity Maps (2025). Iran 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Iran", direct: 353.54, lifeCycle: 484.09, name: "Iran", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    IS: { citation: "Electricity Maps (2025). Iceland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Iceland", direct: 0, lifeCycle: 28.16, name: "Iceland", source: "electricitymaps-2024", upstream: "amper.landsnet.is; Electricity Maps Estimation", year: 2024 },
    IT: { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 210.41, lifeCycle: 273.86, name: "Italy", source: "electricitymaps-2024", year: 2024 },
    "IT-CNO": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 196.52, lifeCycle: 261.84, name: "Central North Italy", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "IT-CSO": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 231.99, lifeCycle: 301.68, name: "Central South Italy", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "IT-NO": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 188.67, lifeCycle: 244.25, name: "North Italy", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "IT-SAR": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 448.33, lifeCycle: 523.87, name: "Sardinia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "IT-SIC": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 237.79, lifeCycle: 315.33, name: "Sicily", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "IT-SO": { citation: "Electricity Maps (2025). Italy 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Italy", direct: 215.9, lifeCycle: 299.23, name: "South Italy", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    JM: { citation: "Electricity Maps (2025). Jamaica 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Jamaica", direct: 337.67, lifeCycle: 487.09, name: "Jamaica", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    JO: { citation: "Electricity Maps (2025). Jordan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Jordan", direct: 285.83, lifeCycle: 390.57, name: "Jordan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    JP: { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 382.18, lifeCycle: 458.29, name: "Japan", source: "electricitymaps-2024", year: 2024 },
    "JP-CB": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 396.97, lifeCycle: 479.95, name: "Ch\u016Bbu", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-CG": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 386.43, lifeCycle: 471.38, name: "Ch\u016Bgoku", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-HKD": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 375.11, lifeCycle: 464.86, name: "Hokkaid\u014D", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-HR": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 373.86, lifeCycle: 451.06, name: "Hokuriku", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-KN": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 299.17, lifeCycle: 361.01, name: "Kansai", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-KY": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 244.77, lifeCycle: 309.8, name: "Ky\u016Bsh\u016B", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-ON": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 492.46, lifeCycle: 593.34, name: "Okinawa", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-SK": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 417.47, lifeCycle: 369.82, name: "Shikoku", source: "electricitymaps-2024", upstream: "occtonet.or.jp; Electricity Maps Estimation;  www.yonden.co.jp; occto.or.jp", year: 2024 },
    "JP-TH": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 395.93, lifeCycle: 480.58, name: "T\u014Dhoku", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "JP-TK": { citation: "Electricity Maps (2025). Japan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Japan", direct: 449.84, lifeCycle: 539.68, name: "T\u014Dky\u014D", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KE: { citation: "Electricity Maps (2025). Kenya 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Kenya", direct: 41.72, lifeCycle: 96.95, name: "Kenya", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KG: { citation: "Electricity Maps (2025). Kyrgyzstan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Kyrgyzstan", direct: 100.89, lifeCycle: 130.83, name: "Kyrgyzstan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KH: { citation: "Electricity Maps (2025). Cambodia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cambodia", direct: 257.22, lifeCycle: 300.9, name: "Cambodia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KM: { citation: "Electricity Maps (2025). Comoros 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Comoros", direct: 575, lifeCycle: 700, name: "Comoros", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KP: { citation: "Electricity Maps (2025). North Korea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "North Korea", direct: 273.77, lifeCycle: 315.12, name: "North Korea", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KR: { citation: "Electricity Maps (2025). South Korea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "South Korea", direct: 360.97, lifeCycle: 422.73, name: "South Korea", source: "electricitymaps-2024", upstream: "new.kpx.or.kr; Electricity Maps Estimation", year: 2024 },
    KW: { citation: "Electricity Maps (2025). Kuwait 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Kuwait", direct: 386.47, lifeCycle: 565.49, name: "Kuwait", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KY: { citation: "Electricity Maps (2025). Cayman Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Cayman Islands", direct: 558.54, lifeCycle: 681.25, name: "Cayman Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    KZ: { citation: "Electricity Maps (2025). Kazakhstan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Kazakhstan", direct: 554.21, lifeCycle: 628.98, name: "Kazakhstan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    LA: { citation: "Electricity Maps (2025). Laos 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Laos", direct: 181.38, lifeCycle: 214.15, name: "Laos", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    LB: { citation: "Electricity Maps (2025). Lebanon 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Lebanon", direct: 222.54, lifeCycle: 373.25, name: "Lebanon", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    LC: { citation: "Electricity Maps (2025). Saint Lucia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Saint Lucia", direct: 575, lifeCycle: 700, name: "Saint Lucia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    LK: { citation: "Electricity Maps (2025). Sri Lanka 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sri Lanka", direct: 332.9, lifeCycle: 404.88, name: "Sri Lanka", source: "electricitymaps-2024", upstream: "ceb.lk", year: 2024 },
    LR: { citation: "Electricity Maps (2025). Liberia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Liberia", direct: 173.27, lifeCycle: 227.71, name: "Liberia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    LS: { citation: "Electricity Maps (2025). Lesotho 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Lesotho", direct: 0, lifeCycle: 24, name: "Lesotho", source: "electricitymaps-2024", upstream: "EMBER + Electricity Maps Estimation; Electricity Maps Estimation", year: 2024 },
    LT: { citation: "Electricity Maps (2025). Lithuania 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Lithuania", direct: 121.6, lifeCycle: 168.31, name: "Lithuania", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    LU: { citation: "Electricity Maps (2025). Luxembourg 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Luxembourg", direct: 189.98, lifeCycle: 251.5, name: "Luxembourg", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    LV: { citation: "Electricity Maps (2025). Latvia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Latvia", direct: 131.51, lifeCycle: 183.04, name: "Latvia", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    LY: { citation: "Electricity Maps (2025). Libya 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Libya", direct: 378.51, lifeCycle: 528.14, name: "Libya", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MA: { citation: "Electricity Maps (2025). Morocco 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Morocco", direct: 475.16, lifeCycle: 528.16, name: "Morocco", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MD: { citation: "Electricity Maps (2025). Moldova 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Moldova", direct: 325.49, lifeCycle: 419.36, name: "Moldova", source: "electricitymaps-2024", upstream: "moldelectrica.md; Electricity Maps Estimation", year: 2024 },
    ME: { citation: "Electricity Maps (2025). Montenegro 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Montenegro", direct: 360.81, lifeCycle: 400.4, name: "Montenegro", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    MG: { citation: "Electricity Maps (2025). Madagascar 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Madagascar", direct: 340.96, lifeCycle: 475.34, name: "Madagascar", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MK: { citation: "Electricity Maps (2025). North Macedonia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "North Macedonia", direct: 422.83, lifeCycle: 481.58, name: "North Macedonia", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    ML: { citation: "Electricity Maps (2025). Mali 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mali", direct: 336.06, lifeCycle: 422.37, name: "Mali", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MM: { citation: "Electricity Maps (2025). Myanmar 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Myanmar", direct: 208.88, lifeCycle: 287.02, name: "Myanmar", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MN: { citation: "Electricity Maps (2025). Mongolia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mongolia", direct: 669.51, lifeCycle: 733.66, name: "Mongolia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MO: { citation: "Electricity Maps (2025). Macao 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Macao", direct: 228.8, lifeCycle: 395.3, name: "Macao", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MQ: { citation: "Electricity Maps (2025). Martinique 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Martinique", direct: 346.47, lifeCycle: 578.57, name: "Martinique", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; opendata-martinique.edf.fr", year: 2024 },
    MR: { citation: "Electricity Maps (2025). Mauritania 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mauritania", direct: 402.5, lifeCycle: 497.71, name: "Mauritania", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MT: { citation: "Electricity Maps (2025). Malta 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Malta", direct: 323.54, lifeCycle: 425.22, name: "Malta", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MU: { citation: "Electricity Maps (2025). Mauritius 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mauritius", direct: 439.89, lifeCycle: 604.5, name: "Mauritius", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MV: { citation: "Electricity Maps (2025). Maldives 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Maldives", direct: 529.59, lifeCycle: 648.28, name: "Maldives", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MW: { citation: "Electricity Maps (2025). Malawi 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Malawi", direct: 34.07, lifeCycle: 74.33, name: "Malawi", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    MX: { citation: "Electricity Maps (2025). Mexico 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mexico", direct: 296.31, lifeCycle: 391.68, name: "Mexico", source: "electricitymaps-2024", upstream: "cenace.gob.mx", year: 2024 },
    MY: { citation: "Electricity Maps (2025). Malaysia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Malaysia", direct: 492.51, lifeCycle: 567.94, name: "Malaysia", source: "electricitymaps-2024", year: 2024 },
    "MY-EM": { citation: "Electricity Maps (2025). Malaysia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Malaysia", direct: 321, lifeCycle: 385.43, name: "Borneo", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "MY-WM": { citation: "Electricity Maps (2025). Malaysia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Malaysia", direct: 564.65, lifeCycle: 644.72, name: "Peninsula", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; www.gso.org.my", year: 2024 },
    MZ: { citation: "Electricity Maps (2025). Mozambique 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mozambique", direct: 59.21, lifeCycle: 100.62, name: "Mozambique", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    NA: { citation: "Electricity Maps (2025). Namibia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Namibia", direct: 10.9, lifeCycle: 43.53, name: "Namibia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    NC: { citation: "Electricity Maps (2025). New Caledonia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "New Caledonia", direct: 549.89, lifeCycle: 631.93, name: "New Caledonia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    NE: { citation: "Electricity Maps (2025). Niger 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Niger", direct: 471.33, lifeCycle: 660.87, name: "Niger", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    NG: { citation: "Electricity Maps (2025). Nigeria 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Nigeria", direct: 277.71, lifeCycle: 373.76, name: "Nigeria", source: "electricitymaps-2024", upstream: "niggrid.org; Electricity Maps Estimation", year: 2024 },
    NI: { citation: "Electricity Maps (2025). Nicaragua 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Nicaragua", direct: 167.36, lifeCycle: 311.23, name: "Nicaragua", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; cndc.org.ni", year: 2024 },
    NL: { citation: "Electricity Maps (2025). Netherlands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Netherlands", direct: 199.15, lifeCycle: 262.93, name: "Netherlands", source: "electricitymaps-2024", upstream: "ned.nl", year: 2024 },
    NO: { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 8.78, lifeCycle: 33.29, name: "Norway", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    "NO-NO1": { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 2.84, lifeCycle: 26.66, name: "Southeast Norway", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "NO-NO2": { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 9.17, lifeCycle: 34.25, name: "Southwest Norway", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "NO-NO3": { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 6.74, lifeCycle: 28.73, name: "Middle Norway", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "NO-NO4": { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 27.33, lifeCycle: 55.31, name: "North Norway", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "NO-NO5": { citation: "Electricity Maps (2025). Norway 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Norway", direct: 1.69, lifeCycle: 26.34, name: "West Norway", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    NP: { citation: "Electricity Maps (2025). Nepal 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Nepal", direct: 45.13, lifeCycle: 71.51, name: "Nepal", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    NZ: { citation: "Electricity Maps (2025). New Zealand 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "New Zealand", direct: 74.82, lifeCycle: 112.17, name: "New Zealand", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; transpower.co.nz", year: 2024 },
    OM: { citation: "Electricity Maps (2025). Oman 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Oman", direct: 358.2, lifeCycle: 478.82, name: "Oman", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PA: { citation: "Electricity Maps (2025). Panama 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Panama", direct: 103.03, lifeCycle: 166.93, name: "Panama", source: "electricitymaps-2024", upstream: "sitr.cnd.com.pa; Electricity Maps Estimation; https://www.cnd.com.pa/", year: 2024 },
    PE: { citation: "Electricity Maps (2025). Peru 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Peru", direct: 127.72, lifeCycle: 186.17, name: "Peru", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; coes.org.pe", year: 2024 },
    PF: { citation: "Electricity Maps (2025). French Polynesia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "French Polynesia", direct: 221.87, lifeCycle: 367.97, name: "French Polynesia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; edt.pf", year: 2024 },
    PG: { citation: "Electricity Maps (2025). Papua New Guinea 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Papua New Guinea", direct: 442.6, lifeCycle: 550.63, name: "Papua New Guinea", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PH: { citation: "Electricity Maps (2025). Philippines 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Philippines", direct: 549.81, lifeCycle: 623.85, name: "Philippines", source: "electricitymaps-2024", year: 2024 },
    "PH-LU": { citation: "Electricity Maps (2025). Philippines 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Philippines", direct: 564.74, lifeCycle: 642.05, name: "Luzon", source: "electricitymaps-2024", upstream: "iemop.ph; Electricity Maps Estimation", year: 2024 },
    "PH-MI": { citation: "Electricity Maps (2025). Philippines 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Philippines", direct: 501.73, lifeCycle: 562.75, name: "Mindanao", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; iemop.ph", year: 2024 },
    "PH-VI": { citation: "Electricity Maps (2025). Philippines 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Philippines", direct: 523.43, lifeCycle: 594.2, name: "Visayas", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; iemop.ph", year: 2024 },
    PK: { citation: "Electricity Maps (2025). Pakistan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Pakistan", direct: 288.84, lifeCycle: 379.97, name: "Pakistan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PL: { citation: "Electricity Maps (2025). Poland 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Poland", direct: 643.02, lifeCycle: 703.49, name: "Poland", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    PM: { citation: "Electricity Maps (2025). Saint Pierre and Miquelon 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Saint Pierre and Miquelon", direct: 575, lifeCycle: 700, name: "Saint Pierre and Miquelon", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; EMBER + Electricity Maps Estimation", year: 2024 },
    PR: { citation: "Electricity Maps (2025). Puerto Rico 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Puerto Rico", direct: 596.53, lifeCycle: 352.73, name: "Puerto Rico", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PS: { citation: "Electricity Maps (2025). State of Palestine 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "State of Palestine", direct: 445.08, lifeCycle: 552.01, name: "State of Palestine", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PT: { citation: "Electricity Maps (2025). Portugal 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Portugal", direct: 68.41, lifeCycle: 100.98, name: "Portugal", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    PW: { citation: "Electricity Maps (2025). Palau 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Palau", direct: 377.88, lifeCycle: 608.09, name: "Palau", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    PY: { citation: "Electricity Maps (2025). Paraguay 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Paraguay", direct: 0.01, lifeCycle: 25.36, name: "Paraguay", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    QA: { citation: "Electricity Maps (2025). Qatar 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Qatar", direct: 365.98, lifeCycle: 485.16, name: "Qatar", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    RE: { citation: "Electricity Maps (2025). R\xE9union 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "R\xE9union", direct: 319.4, lifeCycle: 471.19, name: "R\xE9union", source: "electricitymaps-2024", upstream: "opendata-reunion.edf.fr; Electricity Maps Estimation", year: 2024 },
    RO: { citation: "Electricity Maps (2025). Romania 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Romania", direct: 281.79, lifeCycle: 321.35, name: "Romania", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    RS: { citation: "Electricity Maps (2025). Serbia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Serbia", direct: 465.33, lifeCycle: 511.22, name: "Serbia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "RU-1": { citation: "Electricity Maps (2025). Russia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Russia", direct: 390.46, lifeCycle: 357.4, name: "Europe-Ural", source: "electricitymaps-2024", upstream: "so-ups.ru", year: 2024 },
    "RU-2": { citation: "Electricity Maps (2025). Russia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Russia", direct: 280.08, lifeCycle: 390.92, name: "Siberia", source: "electricitymaps-2024", upstream: "so-ups.ru", year: 2024 },
    "RU-AS": { citation: "Electricity Maps (2025). Russia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Russia", direct: 369.6, lifeCycle: 449.39, name: "East", source: "electricitymaps-2024", upstream: "so-ups.ru", year: 2024 },
    RW: { citation: "Electricity Maps (2025). Rwanda 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Rwanda", direct: 230.64, lifeCycle: 314.61, name: "Rwanda", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SA: { citation: "Electricity Maps (2025). Saudi Arabia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Saudi Arabia", direct: 382.58, lifeCycle: 553.04, name: "Saudi Arabia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SB: { citation: "Electricity Maps (2025). Solomon Islands 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Solomon Islands", direct: 575, lifeCycle: 700, name: "Solomon Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SC: { citation: "Electricity Maps (2025). Seychelles 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Seychelles", direct: 490.63, lifeCycle: 603.35, name: "Seychelles", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SD: { citation: "Electricity Maps (2025). Sudan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sudan", direct: 104.12, lifeCycle: 184.54, name: "Sudan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SE: { citation: "Electricity Maps (2025). Sweden 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sweden", direct: 4.09, lifeCycle: 22.6, name: "Sweden", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    "SE-SE1": { citation: "Electricity Maps (2025). Sweden 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sweden", direct: 1.59, lifeCycle: 15.27, name: "North Sweden", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "SE-SE2": { citation: "Electricity Maps (2025). Sweden 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sweden", direct: 0.84, lifeCycle: 15.73, name: "North Central Sweden", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    "SE-SE3": { citation: "Electricity Maps (2025). Sweden 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sweden", direct: 2.44, lifeCycle: 20.42, name: "South Central Sweden", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    "SE-SE4": { citation: "Electricity Maps (2025). Sweden 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sweden", direct: 13.99, lifeCycle: 39.52, name: "South Sweden", source: "electricitymaps-2024", upstream: "entsoe.eu; Electricity Maps Estimation", year: 2024 },
    SG: { citation: "Electricity Maps (2025). Singapore 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Singapore", direct: 366.37, lifeCycle: 484.76, name: "Singapore", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; emcsg.com;  ema.gov.sg", year: 2024 },
    SI: { citation: "Electricity Maps (2025). Slovenia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Slovenia", direct: 207.72, lifeCycle: 233.59, name: "Slovenia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    SK: { citation: "Electricity Maps (2025). Slovakia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Slovakia", direct: 206.08, lifeCycle: 239.73, name: "Slovakia", source: "electricitymaps-2024", upstream: "entsoe.eu", year: 2024 },
    SL: { citation: "Electricity Maps (2025). Sierra Leone 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Sierra Leone", direct: 28.75, lifeCycle: 58.85, name: "Sierra Leone", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SN: { citation: "Electricity Maps (2025). Senegal 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Senegal", direct: 376.02, lifeCycle: 576.62, name: "Senegal", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SO: { citation: "Electricity Maps (2025). Somalia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Somalia", direct: 509.74, lifeCycle: 624.76, name: "Somalia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SR: { citation: "Electricity Maps (2025). Suriname 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Suriname", direct: 230.86, lifeCycle: 380.06, name: "Suriname", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SS: { citation: "Electricity Maps (2025). South Sudan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "South Sudan", direct: 370.13, lifeCycle: 596.54, name: "South Sudan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    ST: { citation: "Electricity Maps (2025). S\xE3o Tom\xE9 and Pr\xEDncipe 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "S\xE3o Tom\xE9 and Pr\xEDncipe", direct: 388.43, lifeCycle: 622.91, name: "S\xE3o Tom\xE9 and Pr\xEDncipe", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SV: { citation: "Electricity Maps (2025). El Salvador 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "El Salvador", direct: 146.6, lifeCycle: 247.14, name: "El Salvador", source: "electricitymaps-2024", upstream: "ut.com.sv; Electricity Maps Estimation", year: 2024 },
    SY: { citation: "Electricity Maps (2025). Syria 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Syria", direct: 374.53, lifeCycle: 563.78, name: "Syria", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    SZ: { citation: "Electricity Maps (2025). Eswatini 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Eswatini", direct: 18.6, lifeCycle: 105.91, name: "Eswatini", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TD: { citation: "Electricity Maps (2025). Chad 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Chad", direct: 398.04, lifeCycle: 637.48, name: "Chad", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TG: { citation: "Electricity Maps (2025). Togo 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Togo", direct: 293.69, lifeCycle: 396.87, name: "Togo", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TH: { citation: "Electricity Maps (2025). Thailand 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Thailand", direct: 380.81, lifeCycle: 500.06, name: "Thailand", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TJ: { citation: "Electricity Maps (2025). Tajikistan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Tajikistan", direct: 46.62, lifeCycle: 73.84, name: "Tajikistan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TL: { citation: "Electricity Maps (2025). Timor-Leste 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Timor-Leste", direct: 405.5, lifeCycle: 649.28, name: "Timor-Leste", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TM: { citation: "Electricity Maps (2025). Turkmenistan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Turkmenistan", direct: 369.94, lifeCycle: 489.93, name: "Turkmenistan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TN: { citation: "Electricity Maps (2025). Tunisia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Tunisia", direct: 364.16, lifeCycle: 482.44, name: "Tunisia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TO: { citation: "Electricity Maps (2025). Tonga 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Tonga", direct: 505.92, lifeCycle: 621.31, name: "Tonga", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TR: { citation: "Electricity Maps (2025). Turkey 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Turkey", direct: 361.4, lifeCycle: 423.02, name: "Turkey", source: "electricitymaps-2024", upstream: "epias.com.tr; Electricity Maps Estimation", year: 2024 },
    TT: { citation: "Electricity Maps (2025). Trinidad and Tobago 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Trinidad and Tobago", direct: 369.9, lifeCycle: 490.31, name: "Trinidad and Tobago", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    TW: { citation: "Electricity Maps (2025). Taiwan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Taiwan", direct: 438.02, lifeCycle: 525.06, name: "Taiwan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; taipower.com.tw", year: 2024 },
    TZ: { citation: "Electricity Maps (2025). Tanzania 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Tanzania", direct: 266.42, lifeCycle: 361.28, name: "Tanzania", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    UG: { citation: "Electricity Maps (2025). Uganda 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Uganda", direct: 10.62, lifeCycle: 58.74, name: "Uganda", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    US: { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 332.84, lifeCycle: 400.2, name: "USA", source: "electricitymaps-2024", year: 2024 },
    "US-AK": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 403.02, lifeCycle: 501.52, name: "Alaska", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "US-AK-SEAPA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 1.97, lifeCycle: 27.03, name: "Southeast Alaska Power Agency", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; seapahydro.org", year: 2024 },
    "US-CAL-BANC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 201.9, lifeCycle: 271.48, name: "Balancing Authority of Northern California", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CAL-CISO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 171.21, lifeCycle: 227.14, name: "CAISO", source: "electricitymaps-2024", upstream: "caiso.com", year: 2024 },
    "US-CAL-IID": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 406.3, lifeCycle: 503.42, name: "Imperial Irrigation District", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CAL-LDWP": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 311.6, lifeCycle: 375.29, name: "Los Angeles Department of Water and Power", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-CAL-TIDC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 316.37, lifeCycle: 403.61, name: "Turlock Irrigation District", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-CAR-CPLE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 278.59, lifeCycle: 340.82, name: "Duke Energy Progress East", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CAR-CPLW": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 394.35, lifeCycle: 478.84, name: "Duke Energy Progress West", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-CAR-DUK": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 249.47, lifeCycle: 301.71, name: "Duke Energy Carolinas", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CAR-SC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 578.74, lifeCycle: 660.97, name: "South Carolina Public Service Authority", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-CAR-SCEG": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 376.19, lifeCycle: 455.96, name: "South Carolina Electric & Gas Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CAR-YAD": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 25.16, lifeCycle: 52.58, name: "Alcoa Power Generating, Inc. Yadkin Division", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CENT-SPA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 92.79, lifeCycle: 122.42, name: "Southwestern Power Administration", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-CENT-SWPP": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 379.76, lifeCycle: 427.54, name: "Southwest Power Pool", source: "electricitymaps-2024", upstream: "spp.org; Electricity Maps Estimation", year: 2024 },
    "US-FLA-FMPP": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 436.07, lifeCycle: 536.1, name: "Florida Municipal Power Pool", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-FPC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 396.03, lifeCycle: 503.2, name: "Duke Energy Florida", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-FPL": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 278.77, lifeCycle: 370.8, name: "Florida Power and Light Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-GVL": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 457.22, lifeCycle: 573.59, name: "Gainesville Regional Utilities", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-FLA-HST": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 280.25, lifeCycle: 372.59, name: "City of Homestead", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-JEA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 555.02, lifeCycle: 613.55, name: "Jacksonville Electric Authority", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-SEC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 475.06, lifeCycle: 590.95, name: "Seminole Electric Cooperative", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-FLA-TAL": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 351.41, lifeCycle: 461.54, name: "City of Tallahassee", source: "electricitymaps-2024", upstream: "eia.gov", year: 2024 },
    "US-FLA-TEC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 358.46, lifeCycle: 468.38, name: "Tampa Electric Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-HI": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 326.1, lifeCycle: 530.63, name: "Hawaii", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    "US-MIDA-PJM": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 328.17, lifeCycle: 400.21, name: "PJM Interconnection", source: "electricitymaps-2024", upstream: "pjm.com", year: 2024 },
    "US-MIDW-AECI": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 553.28, lifeCycle: 616.01, name: "Associated Electric Cooperative", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-MIDW-LGEE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 758.16, lifeCycle: 856.32, name: "Louisville Gas and Electric Company and Kentucky Utilities", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-MIDW-MISO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 417.07, lifeCycle: 485.4, name: "Midcontinent ISO", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NE-ISNE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 214.85, lifeCycle: 298.27, name: "ISO New England", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; iso-ne.com", year: 2024 },
    "US-NW-AVA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 164.05, lifeCycle: 213.29, name: "Avista Corporation", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-BPAT": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 76.6, lifeCycle: 106.3, name: "Bonneville Power Administration", source: "electricitymaps-2024", upstream: "eia.gov", year: 2024 },
    "US-NW-CHPD": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 2.89, lifeCycle: 27.14, name: "Chelan County", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NW-DOPD": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 8.89, lifeCycle: 33.62, name: "Douglas County", source: "electricitymaps-2024", upstream: "eia.gov", year: 2024 },
    "US-NW-GCPD": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 24.61, lifeCycle: 51.98, name: "Grant County", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NW-GRID": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 429.55, lifeCycle: 490.89, name: "Gridforce Energy Management", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-IPCO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 253.94, lifeCycle: 306.13, name: "Idaho Power Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-NEVP": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 352.53, lifeCycle: 438.88, name: "Nevada Power Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-NWMT": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 508.79, lifeCycle: 532.01, name: "Northwestern Energy", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-PACE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 551.84, lifeCycle: 608.94, name: "Pacificorp East", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-PACW": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 147.36, lifeCycle: 194.68, name: "Pacificorp West", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-PGE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 165.51, lifeCycle: 217.5, name: "Portland General Electric Company", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-PSCO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 401.7, lifeCycle: 456.21, name: "Public Service Company of Colorado", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-NW-PSEI": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 131.41, lifeCycle: 177.95, name: "Puget Sound Energy", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NW-SCL": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 52.38, lifeCycle: 80.55, name: "Seattle City Light", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NW-TPWR": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 47.9, lifeCycle: 75.42, name: "City of Tacoma", source: "electricitymaps-2024", upstream: "eia.gov", year: 2024 },
    "US-NW-WACM": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 612.18, lifeCycle: 640.93, name: "Western Area Power Administration - Rocky Mountain Region", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NW-WAUW": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 241.04, lifeCycle: 274.72, name: "Western Area Power Administration - Upper Great Plains West", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-NY-NYIS": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 226.91, lifeCycle: 297.49, name: "New York ISO", source: "electricitymaps-2024", upstream: "nyiso.com; Electricity Maps Estimation", year: 2024 },
    "US-SE-SEPA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 429.31, lifeCycle: 499.08, name: "Southeastern Power Administration", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-SE-SOCO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 342.67, lifeCycle: 421.01, name: "Southern Company Services", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-SW-AZPS": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 359.88, lifeCycle: 420.52, name: "Arizona Public Service Company", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-SW-EPE": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 446.15, lifeCycle: 536.99, name: "El Paso Electric Company", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-SW-PNM": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 296.69, lifeCycle: 346.37, name: "Public Service Company of New Mexico", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-SW-SRP": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 244.93, lifeCycle: 304.8, name: "Salt River Project", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eia.gov", year: 2024 },
    "US-SW-TEPC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 511.41, lifeCycle: 596.46, name: "Tucson Electric Power Company", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-SW-WALC": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 262.53, lifeCycle: 321.05, name: "Western Area Power Administration - Desert Southwest Region", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-TEN-TVA": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 314.62, lifeCycle: 375.99, name: "Tennessee Valley Authority", source: "electricitymaps-2024", upstream: "eia.gov; Electricity Maps Estimation", year: 2024 },
    "US-TEX-ERCO": { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 305.23, lifeCycle: 369.89, name: "Electric Reliability Council of Texas", source: "electricitymaps-2024", upstream: "ercot.com; eia.gov", year: 2024 },
    UY: { citation: "Electricity Maps (2025). Uruguay 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Uruguay", direct: 3.62, lifeCycle: 52.53, name: "Uruguay", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; pronos.adme.com.uy", year: 2024 },
    UZ: { citation: "Electricity Maps (2025). Uzbekistan 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Uzbekistan", direct: 364.77, lifeCycle: 471.7, name: "Uzbekistan", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    VC: { citation: "Electricity Maps (2025). Saint Vincent and the Grenadines 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Saint Vincent and the Grenadines", direct: 439.71, lifeCycle: 540.94, name: "Saint Vincent and the Grenadines", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    VE: { citation: "Electricity Maps (2025). Venezuela 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Venezuela", direct: 75.55, lifeCycle: 126.07, name: "Venezuela", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    VI: { citation: "Electricity Maps (2025). USA 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "USA", direct: 556.53, lifeCycle: 678.96, name: "Virgin Islands", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    VN: { citation: "Electricity Maps (2025). Vietnam 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Vietnam", direct: 345.69, lifeCycle: 397.95, name: "Vietnam", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    VU: { citation: "Electricity Maps (2025). Vanuatu 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Vanuatu", direct: 431.6, lifeCycle: 533.98, name: "Vanuatu", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; EMBER + Electricity Maps Estimation", year: 2024 },
    WS: { citation: "Electricity Maps (2025). Samoa 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Samoa", direct: 393.42, lifeCycle: 488.74, name: "Samoa", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    XK: { citation: "Electricity Maps (2025). Kosovo 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Kosovo", direct: 599.72, lifeCycle: 652.52, name: "Kosovo", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; entsoe.eu", year: 2024 },
    YE: { citation: "Electricity Maps (2025). Yemen 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Yemen", direct: 321.8, lifeCycle: 522.34, name: "Yemen", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    YT: { citation: "Electricity Maps (2025). Mayotte 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Mayotte", direct: 352.83, lifeCycle: 570.77, name: "Mayotte", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    ZA: { citation: "Electricity Maps (2025). South Africa 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "South Africa", direct: 655.89, lifeCycle: 712.78, name: "South Africa", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation; eskom.co.za", year: 2024 },
    ZM: { citation: "Electricity Maps (2025). Zambia 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Zambia", direct: 89.52, lifeCycle: 118.66, name: "Zambia", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 },
    ZW: { citation: "Electricity Maps (2025). Zimbabwe 2024 Yearly Carbon Intensity Data (Version January 27, 2025). Electricity Maps. https://www.electricitymaps.com", country: "Zimbabwe", direct: 235.64, lifeCycle: 273.14, name: "Zimbabwe", source: "electricitymaps-2024", upstream: "Electricity Maps Estimation", year: 2024 }
  }
};

// src/data/pue.json
var pue_default = {
  attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024 | carbon-ci: PUE 1.0 for a laptop or workstation, which sits in no facility that adds overhead | Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024 | Luccioni, Viguier & Ligozat (2022), Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, arXiv:2211.02001, Table 4: PUE 1.2 of the Jean Zay supercomputer (IDRIS, France); one named HPC centre, not a survey | Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated | Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)",
  datasetVersion: "2026.12.2",
  description: "Power usage effectiveness: the published fleet figure of each cloud provider, the industry average used when nothing better is known, and the figures for the other facility kinds (`facilities`: an HPC centre, a laptop or workstation). `year` is the year the figure is for, as the source states it.",
  facilities: {
    desktop: { source: "carbon-ci-desktop", value: 1 },
    hpc: { source: "jean-zay-bloom", value: 1.2, year: 2022 }
  },
  generatedBy: "scripts/build-data.mjs",
  industryAverage: {
    source: "uptime-2024",
    value: 1.56,
    year: 2024
  },
  inputs: {
    "green_algorithms/defaults_PUE.csv": "4741d1670a4355dd03f26d8a3cbf7ea29b28d95583bfc8c08f597919dfac82af"
  },
  licence: "aws-sustainability: facts quoted from a public statement; carbon-ci-desktop: carbon-ci definition; google-fleet-pue: facts quoted from a public statement; jean-zay-bloom: facts quoted from a public paper; microsoft-ccf: facts quoted from a public statement (CCF: Apache-2.0); uptime-2024: facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)",
  providers: {
    aws: { source: "aws-sustainability", value: 1.15, year: 2024 },
    azure: { source: "microsoft-ccf", value: 1.185 },
    gcp: { source: "google-fleet-pue", value: 1.1, year: 2024 }
  },
  sources: {
    "aws-sustainability": { attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024", licence: "facts quoted from a public statement", name: "AWS sustainability report: global data-centre PUE", url: "https://sustainability.aboutamazon.com/" },
    "carbon-ci-desktop": { attribution: "carbon-ci: PUE 1.0 for a laptop or workstation, which sits in no facility that adds overhead", licence: "carbon-ci definition", name: "carbon-ci: a laptop or workstation has no facility overhead (no data-centre cooling or power distribution)" },
    "google-fleet-pue": { attribution: "Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024", licence: "facts quoted from a public statement", name: "Google data-centre fleet PUE, as reported by DatacenterDynamics (Dec 2024)", url: "https://www.google.com/about/datacenters/efficiency/" },
    "jean-zay-bloom": { attribution: "Luccioni, Viguier & Ligozat (2022), Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model, arXiv:2211.02001, Table 4: PUE 1.2 of the Jean Zay supercomputer (IDRIS, France); one named HPC centre, not a survey", licence: "facts quoted from a public paper", name: 'Jean Zay supercomputer (IDRIS, CNRS), PUE 1.2, in Luccioni, Viguier & Ligozat, "Estimating the Carbon Footprint of BLOOM" (2022), Table 4', url: "https://arxiv.org/abs/2211.02001" },
    "microsoft-ccf": { attribution: "Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated", licence: "facts quoted from a public statement (CCF: Apache-2.0)", name: "Microsoft Azure fleet PUE, Microsoft statement quoted in the Cloud Carbon Footprint methodology", url: "https://www.cloudcarbonfootprint.org/docs/methodology" },
    "uptime-2024": { attribution: "Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)", licence: "facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)", name: "Uptime Institute Global Data Center Survey 2024 (industry average PUE)", url: "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf" }
  }
};

// src/data/index.ts
var gridCountries = grid_countries_default;
var gridZones = grid_zones_default;
var gridSubdivisions = grid_subdivisions_default;
var cloudRegions = cloud_regions_default;
var pueData = pue_default;
var gpuData = gpus_default;
var DATASET_VERSION = gridCountries.datasetVersion;

// src/footprint/dataset-source.ts
function datasetSource(sources, key, year) {
  const source = sources[key];
  if (!source) throw new Error(`bug: the embedded data names an unknown source "${key}"`);
  const factor = { source: source.name, datasetVersion: DATASET_VERSION };
  if (year !== void 0) factor.year = year;
  if (source.url !== void 0) factor.url = source.url;
  return factor;
}

// src/footprint/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closeMatches(input, candidates2, limit = 5) {
  const query = input.trim().toLowerCase();
  if (query.length === 0) return [];
  const maxDistance = Math.max(1, Math.floor(query.length / 3));
  const scored = [];
  for (const candidate of candidates2) {
    const key = candidate.key.toLowerCase();
    const names = (candidate.names ?? []).map((name) => name.toLowerCase());
    let score2;
    if (names.includes(query)) score2 = 0;
    else if (query.length >= 3 && names.some((name) => name.startsWith(query))) score2 = 1;
    else if (key.startsWith(query)) score2 = 2;
    else if (key.length >= 2 && query.startsWith(key) && query.length - key.length <= 2) score2 = 2.5;
    else {
      const distance = Math.min(editDistance(query, key), ...names.map((name) => editDistance(query, name)));
      if (distance <= maxDistance) score2 = 2 + distance;
    }
    if (score2 !== void 0) scored.push({ key: candidate.key, score: score2 });
  }
  scored.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.key);
}

// src/footprint/zones.ts
var INTENSITY_SCOPES = ["life-cycle", "direct"];
var DEFAULT_INTENSITY_SCOPE = "life-cycle";
var SCOPE_HINT = "use life-cycle (the default: combustion, fuel supply and plant construction) or direct (combustion only)";
function intensityScopeOf(value) {
  if (value === void 0) return DEFAULT_INTENSITY_SCOPE;
  const scope = value.trim().toLowerCase();
  if (INTENSITY_SCOPES.includes(scope)) return scope;
  throw new InputError(`Unknown grid-intensity scope "${value}".`, { hint: SCOPE_HINT });
}
function findZone(id) {
  const upper = id.trim().toUpperCase();
  return gridZones.zones[upper] ? upper : void 0;
}
function zoneFactor(location, zone, scope) {
  const row = gridZones.zones[zone];
  if (!row) throw new Error(`bug: the embedded data names an unknown zone "${zone}"`);
  const gPerKWh = scope === "direct" ? row.direct : row.lifeCycle;
  return { gPerKWh, location, zone, scope, ...datasetSource(gridZones.sources, row.source, row.year) };
}
function lifeCycleOnlyFactor(location, row, scope, what) {
  if (scope === "direct") {
    throw new InputError(`The embedded data has no direct (combustion-only) grid intensity for ${what}: only a life-cycle figure.`, {
      hint: location === "WORLD" ? "name the location with --location, use the life-cycle scope, or give the intensity with --intensity G_PER_KWH" : "use the life-cycle scope, or give the intensity with --intensity G_PER_KWH"
    });
  }
  return { gPerKWh: row.gPerKWh, location, scope, ...datasetSource(gridCountries.sources, row.source, row.year) };
}
function worldIntensity(scope = DEFAULT_INTENSITY_SCOPE) {
  return lifeCycleOnlyFactor("WORLD", gridCountries.world, scope, "the world average");
}

// src/footprint/locations.ts
var WORLD = "WORLD";
var ZONE_PREFIX = "zone:";
var PROVIDERS = ["aws", "gcp", "azure"];
var LOCATION_FORMS_HINT = "use a country code (FR), a US state (US-CA), a Canadian province (CA-QC), a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope), a grid zone (zone:US-MIDA-PJM) or WORLD; or give the grid intensity directly with --intensity G_PER_KWH";
var ZONE_HINT = "name an Electricity Maps zone id, e.g. zone:CA-QC, zone:US-MIDA-PJM, zone:SE-SE3 (docs/data-sources.md lists them), or give the grid intensity directly with --intensity G_PER_KWH";
function locate(input) {
  const trimmed = input.trim();
  if (trimmed.length === 0) throw new InputError("The location is empty.", { hint: LOCATION_FORMS_HINT });
  if (trimmed.toLowerCase().startsWith(ZONE_PREFIX)) return locateZone(trimmed.slice(ZONE_PREFIX.length), trimmed);
  const colon = trimmed.indexOf(":");
  if (colon >= 0) return locateCloudRegion(trimmed.slice(0, colon), trimmed.slice(colon + 1), trimmed);
  const upper = trimmed.toUpperCase();
  if (upper === WORLD) return { location: WORLD, kind: "world" };
  const subdivision = gridSubdivisions.subdivisions[upper];
  if (subdivision) return { location: upper, kind: "subdivision", zone: subdivision.zone };
  const countryZone = gridZones.countries[upper];
  if (countryZone) return { location: upper, kind: "country", zone: countryZone };
  if (gridCountries.countries[upper]) return { location: upper, kind: "country" };
  if (gridCountries.missing.includes(upper)) {
    throw new InputError(`The embedded dataset has no grid intensity for ${upper}: none of its sources covers it.`, {
      hint: "give the grid intensity with --intensity G_PER_KWH, or the code of the grid it imports from"
    });
  }
  throw unknownLocation(trimmed);
}
function priceLocation(located, scope) {
  const { location, kind, provider, zone } = located;
  let intensity;
  if (zone !== void 0) intensity = zoneFactor(location, zone, scope);
  else if (kind === "world") intensity = worldIntensity(scope);
  else {
    const row = gridCountries.countries[location];
    if (!row) throw new Error(`bug: located ${location} has neither a zone nor a country figure`);
    intensity = lifeCycleOnlyFactor(location, row, scope, `${location} (${row.name})`);
  }
  const resolved = { location, kind, intensity };
  if (provider) {
    resolved.provider = provider;
    resolved.providerPue = providerPue(provider);
  }
  return resolved;
}
function locateZone(idPart, input) {
  const zone = findZone(idPart);
  if (zone) return { location: `${ZONE_PREFIX}${zone}`, kind: "zone", zone };
  const matches = closeMatches(idPart, zoneCandidates());
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describeZone).join(", ")}?` : "";
  throw new InputError(`Unknown grid zone "${input}".${suggestion}`, { hint: ZONE_HINT });
}
function locateCloudRegion(providerPart, regionPart, input) {
  const provider = providerPart.trim().toLowerCase();
  let region = regionPart.trim().toLowerCase();
  if (provider === "azure") region = region.replace(/\s+/g, "");
  const key = `${provider}:${region}`;
  const row = cloudRegions.regions[key];
  if (!row || !isProvider(provider)) throw unknownLocation(input, key);
  return { location: key, kind: "cloud-region", provider, zone: row.zone };
}
function isProvider(value) {
  return PROVIDERS.includes(value);
}
function providerPue(provider) {
  const row = pueData.providers[provider];
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}
function industryAveragePue() {
  const row = pueData.industryAverage;
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}
var candidates;
var zoneCandidateList;
function locationCandidates() {
  candidates ??= [
    ...Object.entries(gridCountries.countries).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(gridZones.countries).filter((key) => !gridCountries.countries[key]).map((key) => ({ key, names: [gridZones.zones[gridZones.countries[key] ?? ""]?.name ?? key] })),
    ...Object.entries(gridSubdivisions.subdivisions).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(cloudRegions.regions).map((key) => ({ key })),
    { key: WORLD }
  ];
  return candidates;
}
function zoneCandidates() {
  zoneCandidateList ??= Object.entries(gridZones.zones).map(([key, row]) => ({ key, names: [row.name] }));
  return zoneCandidateList;
}
function describe(key) {
  if (key.startsWith(ZONE_PREFIX)) return describeZone(key.slice(ZONE_PREFIX.length));
  const name = gridCountries.countries[key]?.name ?? gridSubdivisions.subdivisions[key]?.name ?? gridZones.zones[gridZones.countries[key] ?? ""]?.name;
  return name ? `${key} (${name})` : key;
}
function describeZone(zone) {
  const name = gridZones.zones[zone]?.name;
  return name ? `${ZONE_PREFIX}${zone} (${name})` : `${ZONE_PREFIX}${zone}`;
}
function unknownLocation(input, query = input) {
  const zone = findZone(query);
  const matches = [...zone ? [`${ZONE_PREFIX}${zone}`] : [], ...closeMatches(query, locationCandidates())].slice(0, 5);
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describe).join(", ")}?` : "";
  return new InputError(`Unknown location "${input}".${suggestion}`, { hint: LOCATION_FORMS_HINT });
}

// src/footprint/types.ts
var FACILITY_KINDS = ["cloud", "datacenter", "hpc", "desktop"];

// src/footprint/factors.ts
var PUE_RANGE = { min: 1, max: 3 };
var INTENSITY_RANGE_G_PER_KWH = { min: 0, max: 2e3 };
function resolveFactors(opts) {
  const warnings2 = [];
  const scope = intensityScopeOf(opts.intensityScope);
  const location = opts.location?.trim() ? locate(opts.location) : void 0;
  const pue = choosePue(opts.pue, opts.facility, location);
  const intensity = chooseIntensity(opts.intensityGPerKWh, location, scope, warnings2);
  return { factors: { pue, intensity }, warnings: warnings2 };
}
function choosePue(userPue, facility, location) {
  if (facility !== void 0 && !FACILITY_KINDS.includes(facility)) {
    throw new InputError(`unknown facility "${String(facility)}"`, { hint: `name one of ${FACILITY_KINDS.join(", ")}, or give the PUE itself with --pue` });
  }
  if (userPue !== void 0) {
    if (!Number.isFinite(userPue) || userPue < PUE_RANGE.min || userPue > PUE_RANGE.max) {
      throw new InputError(`PUE ${String(userPue)} is outside ${PUE_RANGE.min}..${PUE_RANGE.max}.`, {
        hint: "pass --pue with the facility overhead ratio, e.g. 1.1 for a hyperscale cloud or 1.56 for an average data centre"
      });
    }
    return facility ? { value: userPue, source: "stated by the user", facility } : { value: userPue, source: "stated by the user" };
  }
  switch (facility) {
    case void 0:
      return defaultPue(location);
    case "cloud":
      if (!location?.provider) {
        throw new InputError(`facility "cloud" needs a cloud region, and ${location ? `"${location.location}" is not one` : "no location was given"}`, {
          hint: "name the cloud region with --location (e.g. aws:us-east-1, gcp:europe-west4, azure:westeurope), or give the PUE with --pue"
        });
      }
      return { ...providerPue(location.provider), facility };
    case "datacenter":
      return { ...industryAveragePue(), facility };
    case "hpc":
    case "desktop":
      return facilityPue(facility);
  }
}
function defaultPue(location) {
  return location?.provider ? { ...providerPue(location.provider), facility: "cloud" } : { ...industryAveragePue(), facility: "datacenter" };
}
function facilityPue(facility) {
  const row = pueData.facilities[facility];
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year), facility };
}
function chooseIntensity(userIntensity, location, scope, warnings2) {
  if (userIntensity !== void 0) {
    const { min, max } = INTENSITY_RANGE_G_PER_KWH;
    if (!Number.isFinite(userIntensity) || userIntensity < min || userIntensity > max) {
      throw new InputError(`Grid intensity ${String(userIntensity)} gCO2e/kWh is outside ${min}..${max}.`, {
        hint: "pass --intensity in grams CO2e per kWh, e.g. 437 (not 0.437 kg/kWh)"
      });
    }
    if (userIntensity > 0 && userIntensity < 1) {
      warnings2.push({
        code: "intensity-units",
        message: `The grid intensity ${userIntensity} g/kWh is below any real grid's: was it given in kg/kWh? If so, pass ${userIntensity * 1e3} (grams per kWh); the report uses ${userIntensity} as given.`
      });
    }
    return {
      gPerKWh: userIntensity,
      location: location?.location ?? "unspecified",
      source: "stated by the user",
      year: (/* @__PURE__ */ new Date()).getUTCFullYear(),
      scope: "user-stated"
    };
  }
  if (location) return priceLocation(location, scope).intensity;
  const world = worldIntensity(scope);
  warnings2.push({
    code: "default-location",
    message: `No location given: using the world average grid intensity, ${world.gPerKWh} gCO2e/kWh (${world.source}, ${world.year ?? "year unknown"}). Pass --location (e.g. FR, US-CA, aws:us-east-1) for the grid where the job ran.`
  });
  return world;
}

// src/footprint/gpus.ts
var NOISE_WORDS = /* @__PURE__ */ new Set(["nvidia", "amd", "tesla", "geforce", "instinct"]);
function words(name) {
  return name.toLowerCase().trim().replace(/^\d+\s*x\s+/, "").split(/[\s\-_/]+/).filter((word) => word.length > 0 && !NOISE_WORDS.has(word));
}
function gpuNameKey(name) {
  return words(name).join("");
}
function wordSetKey(name) {
  return [...words(name)].sort().join(" ");
}
var index;
function gpuIndex() {
  if (index) return index;
  const byKey = /* @__PURE__ */ new Map();
  const byWordSet = /* @__PURE__ */ new Map();
  for (const spec of gpuData.gpus) {
    for (const name of [spec.model, ...spec.names]) {
      addUnique(byKey, gpuNameKey(name), spec);
      addUnique(byWordSet, wordSetKey(name), spec);
    }
  }
  index = { byKey, byWordSet };
  return index;
}
function addUnique(map, key, spec) {
  const existing = map.get(key);
  if (existing && existing !== spec) {
    throw new Error(`bug: GPU names "${existing.model}" and "${spec.model}" normalise to the same key "${key}"`);
  }
  map.set(key, spec);
}
function lookupGpu(name) {
  if (words(name).length === 0) return void 0;
  const { byKey, byWordSet } = gpuIndex();
  const spec = byKey.get(gpuNameKey(name)) ?? byWordSet.get(wordSetKey(name));
  return spec && { ...spec, names: [...spec.names] };
}
var HOST_SHARE_MARKER = "; plus the host's share: ";
function gpuEmbodied(name) {
  const spec = lookupGpu(name);
  if (spec?.embodiedKgCo2e === void 0 || spec.embodiedSource === void 0) return void 0;
  const [deviceSource, hostSource] = spec.embodiedSource.split(HOST_SHARE_MARKER, 2);
  const embodied = { kgCo2e: spec.embodiedKgCo2e, source: spec.embodiedSource, deviceSource };
  if (hostSource !== void 0) embodied.hostSource = hostSource;
  if (spec.embodiedGpuKgCo2e !== void 0) embodied.gpuKgCo2e = spec.embodiedGpuKgCo2e;
  if (spec.embodiedHostKgCo2e !== void 0) embodied.hostKgCo2e = spec.embodiedHostKgCo2e;
  const { embodiedLowKgCo2e: low, embodiedHighKgCo2e: high, embodiedRangeSource: rangeSource } = spec;
  if (low !== void 0 && high !== void 0 && rangeSource !== void 0) {
    embodied.range = { lowKgCo2e: low, highKgCo2e: high, source: rangeSource };
  }
  return embodied;
}
function listGpus() {
  return gpuData.gpus.map((spec) => ({ ...spec, names: [...spec.names] }));
}
function suggestGpus(name) {
  const candidates2 = gpuData.gpus.map((spec) => ({
    key: spec.model,
    names: [spec.model, ...spec.names].map(gpuNameKey)
  }));
  return closeMatches(gpuNameKey(name), candidates2);
}

// src/footprint/compute.ts
var J_PER_KWH2 = 36e5;
function computeFootprint(devices2, factors, options = {}) {
  const lifetimeS = options.lifetimeS ?? gpuData.defaultLifetime.seconds;
  if (!Number.isFinite(lifetimeS) || lifetimeS <= 0) {
    throw new InputError(`The hardware lifetime must be a positive number of seconds, got ${String(lifetimeS)}.`);
  }
  const withEmbodied = options.embodied ?? true;
  const deviceSources = /* @__PURE__ */ new Set();
  const hostSources = /* @__PURE__ */ new Set();
  const rangeSources = /* @__PURE__ */ new Set();
  let embodiedDevices = 0;
  let lowCo2eG = 0;
  let highCo2eG = 0;
  const footprints = devices2.map((device) => {
    const own3 = options.factorsOf?.(device);
    const { pue, intensity } = own3 ?? factors;
    const facilityEnergyJ = device.energyJ * pue.value;
    const operationalCo2eG2 = facilityEnergyJ / J_PER_KWH2 * intensity.gPerKWh;
    let embodiedCo2eG2 = 0;
    const spec = withEmbodied ? embodiedSpec(device) : void 0;
    if (spec) {
      const heldS = Math.max(0, (device.endMs - device.startMs) / 1e3 - (device.gapS ?? 0));
      const count = device.device.count ?? 1;
      const share = count * 1e3 * (heldS / lifetimeS);
      embodiedCo2eG2 = spec.kgCo2e * share;
      deviceSources.add(spec.deviceSource);
      if (spec.hostSource !== void 0) hostSources.add(spec.hostSource);
      embodiedDevices += count;
      lowCo2eG += (spec.range?.lowKgCo2e ?? spec.kgCo2e) * share;
      highCo2eG += (spec.range?.highKgCo2e ?? spec.kgCo2e) * share;
      if (spec.range) rangeSources.add(spec.range.source);
    }
    const footprint = { deviceId: device.device.id, facilityEnergyJ, operationalCo2eG: operationalCo2eG2, embodiedCo2eG: embodiedCo2eG2 };
    if (own3) footprint.factors = own3;
    return footprint;
  });
  const sum = (pick) => footprints.reduce((total, footprint) => total + pick(footprint), 0);
  const operationalCo2eG = sum((footprint) => footprint.operationalCo2eG);
  const embodiedCo2eG = sum((footprint) => footprint.embodiedCo2eG);
  const totals = {
    energyJ: devices2.reduce((total, device) => total + device.energyJ, 0),
    facilityEnergyJ: sum((footprint) => footprint.facilityEnergyJ),
    operationalCo2eG,
    embodiedCo2eG,
    co2eG: operationalCo2eG + embodiedCo2eG,
    durationS: unionWindowS(devices2)
  };
  const result = { totals, devices: footprints };
  if (deviceSources.size > 0) {
    const host = hostSources.size > 0 ? `; plus the host's share: ${[...hostSources].sort().join("; ")}` : "";
    result.embodied = {
      source: `${[...deviceSources].sort().join("; ")}${host}; amortised over ${formatYears(lifetimeS)}`,
      datasetVersion: gpuData.datasetVersion,
      lifetimeS,
      devices: embodiedDevices
    };
    if (rangeSources.size > 0) {
      result.embodied.range = { lowCo2eG, highCo2eG, source: [...rangeSources].sort().join("; ") };
    }
  }
  return result;
}
function embodiedSpec(device) {
  const component = device.device.component;
  if (component !== void 0 && component !== "gpu") return void 0;
  const model = device.device.model;
  return model ? gpuEmbodied(model) : void 0;
}
function unionWindowS(devices2) {
  if (devices2.length === 0) return 0;
  const startMs = devices2.reduce((earliest, device) => Math.min(earliest, device.startMs), Infinity);
  const endMs = devices2.reduce((latest, device) => Math.max(latest, device.endMs), -Infinity);
  return Math.max(0, endMs - startMs) / 1e3;
}
function formatYears(seconds2) {
  const years = seconds2 / (365.25 * 24 * 3600);
  return `${Number(years.toFixed(2))} years`;
}

// src/footprint/sites.ts
var SitePricer = class {
  constructor(options, base) {
    this.options = options;
    this.base = base;
  }
  options;
  base;
  warnings = [];
  cache = /* @__PURE__ */ new Map();
  overridden = /* @__PURE__ */ new Set();
  factorsOf(device) {
    const site = device.site;
    if (!site) return void 0;
    const key = JSON.stringify([site.country, site.region, site.cloudRegion, site.pue, site.recordedBy]);
    if (!this.cache.has(key)) this.cache.set(key, this.price(site));
    return this.cache.get(key);
  }
  /** Warnings for the report, once every device has been priced. */
  finish() {
    if (this.overridden.size > 0) {
      this.warnings.push({
        code: "recorded-site-overridden",
        message: `The telemetry records where it ran (${[...this.overridden].sort().join(", ")}), which differs from the location stated (${this.base.intensity.location}); the stated location prices it. Leave the location out to price each run where it was recorded.`
      });
    }
    return this.warnings;
  }
  price(site) {
    const { options, base } = this;
    const userLocation = options.location?.trim() || options.intensityGPerKWh !== void 0;
    const located = this.locateSite(site);
    if (located && userLocation && options.location?.trim() && located.location !== base.intensity.location) this.overridden.add(located.location);
    const where = userLocation ? void 0 : located;
    const intensity = where ? this.intensityAt(where, site) : void 0;
    const pue = options.pue !== void 0 || options.facility !== void 0 ? void 0 : this.recordedPue(site) ?? (intensity ? defaultPue(where) : void 0);
    if (!intensity && !pue) return void 0;
    return { pue: pue ?? base.pue, intensity: intensity ?? base.intensity, recordedBy: site.recordedBy };
  }
  intensityAt(where, site) {
    try {
      return priceLocation(where, intensityScopeOf(this.options.intensityScope)).intensity;
    } catch (error) {
      if (!isInputError(error)) throw error;
      this.warnings.push({ code: "recorded-site-unpriced", message: `${site.recordedBy} recorded ${where.location} as where it ran: ${error.message} It is priced at ${this.base.intensity.location} instead.` });
      return void 0;
    }
  }
  recordedPue(site) {
    if (site.pue === void 0) return void 0;
    if (Number.isFinite(site.pue) && site.pue >= PUE_RANGE.min && site.pue <= PUE_RANGE.max) return { value: site.pue, source: `recorded by ${site.recordedBy}` };
    this.warnings.push({
      code: "recorded-site-unpriced",
      message: `${site.recordedBy} recorded a PUE of ${String(site.pue)}, outside ${PUE_RANGE.min}..${PUE_RANGE.max}; carbon-ci's default PUE is used instead.`
    });
    return void 0;
  }
  /** The recorded cloud region, else the country's subdivision, else the country; undefined (with a warning) when none is known. */
  locateSite(site) {
    const cloud = site.cloudRegion?.trim();
    if (cloud) {
      const found = tryLocate(cloud);
      if (found) return found;
    }
    const country = countryCode(site.country);
    if (country) {
      const subdivision = subdivisionOf(country, site.region);
      const found = subdivision && tryLocate(subdivision) || tryLocate(country);
      if (found) return found;
    }
    const recorded = [site.cloudRegion, site.country, site.region].map((part) => part?.trim()).filter(Boolean);
    if (recorded.length > 0) {
      this.warnings.push({
        code: "recorded-site-unknown",
        message: `${site.recordedBy} recorded the location ${recorded.map((part) => JSON.stringify(part)).join(" / ")}, which the embedded data does not know; those runs are priced at ${this.base.intensity.location}. State the location to price them.`
      });
    }
    return void 0;
  }
};
function tryLocate(location) {
  try {
    return locate(location);
  } catch (error) {
    if (isInputError(error)) return void 0;
    throw error;
  }
}
function countryCode(recorded) {
  const code = recorded?.trim().toUpperCase();
  if (!code) return void 0;
  if (code.length === 3) return gridCountries.alpha3[code];
  return code.length === 2 ? code : void 0;
}
function subdivisionOf(country, region) {
  const wanted = region && comparable(region);
  if (!wanted) return void 0;
  for (const [code, row] of Object.entries(gridSubdivisions.subdivisions)) {
    if (row.country !== country) continue;
    if (comparable(code) === wanted || comparable(code.slice(country.length + 1)) === wanted || comparable(row.name) === wanted) return code;
  }
  return void 0;
}
function comparable(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

// plugins/carbontracker/index.ts
var LOG_LINE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:,(\d{3}))? - (?:\S+ - (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) - )?(?:CarbonTracker: )?(.*)$/;
var EPOCH = /^Epoch (\d+):\s*$/;
var DURATION = /^Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/;
var POWER = /^Average power usage \(W\) for (\w+): (.*)$/;
var COMPONENTS = /^The following components were found: (.*)$/;
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var WITH_DEVICES = " with device(s) ";
function detect({ path: path3, head }) {
  const byName = /carbontracker\.log$/.test(path3);
  if (/ - (?:\S+ - INFO - )?carbontracker version /.test(head) || /Average power usage \(W\) for \w+: /.test(head)) return 0.95;
  if (/ - (?:\S+ - INFO - )?(?:CarbonTracker: )?The following components were found: /.test(head)) return 0.9;
  const tracker = head.indexOf("CarbonTracker: ");
  if (/carbontracker_output\.log$/.test(path3) || tracker >= 0 && /(?:Actual|Predicted) consumption for/.test(head.slice(tracker))) return 0.7;
  return byName ? 0.6 : 0;
}
function parsePower(text) {
  const trimmed = text.trim();
  if (trimmed === "None") return { values: null, scalar: true };
  const list = /^\[([^\]]*)\]$/.exec(trimmed);
  const tokens = list ? list[1].trim().split(/\s+/).filter(Boolean) : [trimmed];
  const values = [];
  for (const token of tokens) {
    if (/^nan$/i.test(token)) values.push(null);
    else if (token.length <= 64 && DECIMAL.test(token)) values.push(Number(token));
    else return void 0;
  }
  return values.length === 0 ? void 0 : { values, scalar: !list };
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function trailingWordStart(text) {
  let i = text.length;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}
function parseComponents(text) {
  const components = /* @__PURE__ */ new Map();
  const parts = text.split(WITH_DEVICES);
  for (let i = 0; i + 1 < parts.length; i++) {
    const name = parts[i].slice(trailingWordStart(parts[i]));
    let list = parts[i + 1];
    if (i + 2 < parts.length) {
      const word = trailingWordStart(list);
      list = list.slice(0, word);
      if (word === parts[i + 1].length || list.trimEnd() === list) continue;
    }
    list = list.trimEnd();
    if (name !== "" && list.endsWith(".")) components.set(name.toLowerCase(), list.slice(0, -1).split(",").map((device) => device.trim()));
  }
  return components;
}
function vendorOf(name) {
  return name !== void 0 && /NVIDIA|Tesla|GeForce|Quadro|RTX/i.test(name) ? "nvidia" : void 0;
}
var carbontracker_default = definePlugin({
  name: "carbontracker",
  kind: "telemetry",
  description: "carbontracker's standard log (<prefix>_carbontracker.log): per epoch, its duration and each component's mean power (W) per device, read as energy per epoch and device",
  example: "2020-05-17 19:02:33,517 - MainThread - INFO - carbontracker version 1.1.2\n2020-05-17 19:02:34,208 - CarbonTrackerThread - INFO - The following components were found: GPU with device(s) Tesla T4.",
  options: { type: "object", additionalProperties: false, properties: {} },
  detect,
  async *read(source, context) {
    const file = source.path;
    const toUtc = monotonicWallClockToUtc(context.localTimeZone());
    let components = /* @__PURE__ */ new Map();
    const devices2 = /* @__PURE__ */ new Map();
    let epoch;
    let openPower;
    let recognised = 0;
    let isSummaryLog = false;
    let records = 0;
    const missing = { noPower: 0, noDuration: 0, badPower: 0, firstLine: 0 };
    const note = (kind, line) => {
      missing[kind]++;
      if (missing.firstLine === 0) missing.firstLine = line;
    };
    const device = (component, index2) => {
      const key = `${component}\0${index2 ?? "all"}`;
      let ref = devices2.get(key);
      if (!ref) {
        const names = components.get(component) ?? [];
        const model = index2 === void 0 ? names.length > 0 ? names.join(", ") : void 0 : names[index2];
        const id = index2 === void 0 ? component : `${component}${index2}`;
        ref = { id };
        if (component === "gpu" || component === "cpu") ref.component = component;
        if (index2 !== void 0) ref.index = index2;
        if (model) ref.model = model;
        const vendor = component === "gpu" ? vendorOf(model) : void 0;
        if (vendor) ref.vendor = vendor;
        devices2.set(key, ref);
      }
      return ref;
    };
    const finish = (done, out) => {
      if (!done) return;
      if (done.durationS === void 0) {
        note("noDuration", done.line);
        return;
      }
      const endMs = toUtc(done.endWallMs);
      const startMs = endMs - Math.round(done.durationS * 1e3);
      for (const [component, { values, scalar }] of done.power) {
        if (values === null) {
          note("noPower", done.line);
          continue;
        }
        values.forEach((powerW, index2) => {
          if (powerW === null) return note("noPower", done.line);
          out.push({
            type: "energy",
            startMs,
            endMs,
            device: device(component, scalar ? void 0 : index2),
            energyJ: powerW * done.durationS,
            origin: { file, line: done.line },
            sourceReported: { note: `carbontracker epoch ${done.number}: mean ${component} power ${powerW} W \xD7 ${done.durationS} s, before carbontracker's PUE factor` }
          });
        });
      }
    };
    const powerLine = (component, text, line) => {
      const parsed = parsePower(text);
      if (!parsed) return note("badPower", line);
      if (epoch) epoch.power.set(component, parsed);
    };
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const out = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        const m = LOG_LINE.exec(text);
        if (!m) {
          if (openPower) {
            openPower.text += ` ${text.trim()}`;
            if (openPower.text.includes("]")) {
              powerLine(openPower.component, openPower.text, line);
              openPower = void 0;
            }
          } else if (/^\s*(?:Actual|Predicted) consumption for/.test(text)) isSummaryLog = true;
          return;
        }
        if (openPower) {
          note("badPower", line);
          openPower = void 0;
        }
        const message = m[8];
        const wallMs = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
        let hit;
        if (hit = EPOCH.exec(message)) {
          recognised++;
          finish(epoch, out);
          epoch = { number: Number(hit[1]), line, endWallMs: wallMs, power: /* @__PURE__ */ new Map() };
        } else if (hit = DURATION.exec(message)) {
          recognised++;
          if (epoch) epoch.durationS = Number(hit[1]) * 3600 + Number(hit[2]) * 60 + Number(hit[3]);
        } else if (hit = POWER.exec(message)) {
          recognised++;
          const value = hit[2];
          if (value.trimStart().startsWith("[") && !value.includes("]")) openPower = { component: hit[1].toLowerCase(), text: value };
          else powerLine(hit[1].toLowerCase(), value, line);
        } else if (hit = COMPONENTS.exec(message)) {
          components = parseComponents(hit[1]);
        } else if (/^(?:Actual|Predicted) consumption for/.test(message)) {
          isSummaryLog = true;
        }
      });
      records += out.length;
      if (out.length > 0) yield out;
    }
    const last = [];
    finish(epoch, last);
    records += last.length;
    if (last.length > 0) yield last;
    if (missing.noPower > 0) {
      context.log.warn(
        `${file}: ${missing.noPower} epoch reading(s) have no power ("None" or nan: the epoch was shorter than carbontracker's update interval), first at line ${missing.firstLine}; their energy is missing, not zero`
      );
    }
    if (missing.noDuration > 0) context.log.warn(`${file}: ${missing.noDuration} epoch(s) have no "Duration:" line (the log ends mid-epoch?); not counted`);
    if (missing.badPower > 0) context.log.warn(`${file}: ${missing.badPower} "Average power usage" line(s) could not be read; not counted`);
    if (records === 0) {
      if (isSummaryLog && recognised === 0) {
        throw new InputError("this is carbontracker's summary (output) log, which holds only totals that include carbontracker's own PUE", {
          file,
          hint: 'pass the standard log beside it: the file with the same name without "_output" (<prefix>_carbontracker.log)'
        });
      }
      throw new InputError("no epoch with a duration and a power reading in this carbontracker log", {
        file,
        hint: "carbontracker logs an epoch at tracker.epoch_end(); check that the run reached the end of an epoch and that log_dir was set"
      });
    }
  }
});

// plugins/codecarbon/columns.ts
function headerNames(fields2) {
  return fields2.map((name) => name.trim().toLowerCase());
}
function isEmissionsHeader(names) {
  return ["timestamp", "project_name", "duration", "emissions"].every((name) => names.includes(name));
}
function headerConfidence(head) {
  const firstLine4 = head.split("\n", 1)[0] ?? "";
  let names;
  try {
    names = headerNames(splitCsvLine(firstLine4));
  } catch {
    return 0;
  }
  if (!isEmissionsHeader(names)) return 0;
  return names.includes("energy_consumed") ? 0.95 : 0.85;
}
function columnsOf2(header, file, line) {
  const index2 = (...names) => findColumn(header, ...names)?.index ?? -1;
  if (index2("task_name") >= 0) {
    throw new InputError("this is a CodeCarbon task file (emissions_<experiment>_<run>.csv): its tasks are parts of a run", {
      file,
      line,
      hint: "read the run's emissions.csv instead; reading both would count the tasks' energy twice"
    });
  }
  const columns = {
    count: header.length,
    timestamp: index2("timestamp"),
    project: index2("project_name"),
    run: index2("run_id", "experiment_id"),
    duration: index2("duration"),
    emissions: index2("emissions"),
    pue: index2("pue"),
    energy: {},
    model: {},
    power: {},
    gpuCount: index2("gpu_count"),
    country: index2("country_iso_code"),
    region: index2("region"),
    cloudProvider: index2("cloud_provider"),
    cloudRegion: index2("cloud_region")
  };
  for (const component of ["gpu", "cpu", "ram"]) {
    const column = index2(`${component}_energy`);
    if (column >= 0) columns.energy[component] = column;
    columns.power[component] = index2(`${component}_power`);
  }
  if (Object.keys(columns.energy).length === 0) {
    const total = index2("energy_consumed");
    if (total >= 0) columns.energy.node = total;
  }
  columns.model.gpu = index2("gpu_model");
  columns.model.cpu = index2("cpu_model");
  const lacking = ["timestamp", "duration"].filter((name) => columns[name] < 0);
  if (Object.keys(columns.energy).length === 0) lacking.push("gpu_energy, cpu_energy, ram_energy or energy_consumed");
  if (lacking.length > 0) {
    throw new InputError(`the CodeCarbon header has no ${lacking.join(", ")} column`, {
      file,
      line,
      hint: "this plugin reads the emissions.csv that CodeCarbon writes (timestamp, duration, *_energy or energy_consumed)"
    });
  }
  return columns;
}

// plugins/codecarbon/reader.ts
var J_PER_KWH3 = 36e5;
var COMPONENTS2 = ["gpu", "cpu", "ram", "node"];
var CORRUPTED_ROW = "the row is corrupted; repair or delete it";
var START_JITTER_MS = 2e3;
function vendorOf2(model) {
  if (!model) return void 0;
  if (/nvidia|geforce|tesla|quadro/i.test(model)) return "nvidia";
  if (/\bamd\b|radeon|instinct|epyc|ryzen/i.test(model)) return "amd";
  if (/intel|xeon/i.test(model)) return "intel";
  return "other";
}
function clip(text) {
  return text.length > 60 ? `${text.slice(0, 60)}\u2026` : text;
}
function newRun(key, endMs, durationS, devices2) {
  return { key, startMs: endMs - durationS * 1e3, durationS: 0, lastEndMs: Number.NEGATIVE_INFINITY, energyKWh: COMPONENTS2.map(() => 0), emissionsKg: 0, devices: devices2, note: "", notePue: Number.NaN };
}
function restartOf(run, endMs, durationS) {
  if (durationS < run.durationS) return "its duration went down";
  const movedMs = endMs - durationS * 1e3 - run.startMs;
  if (movedMs > START_JITTER_MS && endMs - durationS * 1e3 >= run.lastEndMs - START_JITTER_MS) {
    return `its start, timestamp \u2212 duration, moved ${Math.round(movedMs / 1e3)} s later, after the run's previous row`;
  }
  return void 0;
}
function startsWithDigit(field) {
  const code = field.trimStart().charCodeAt(0);
  return code >= 48 && code <= 57;
}
var EmissionsReader = class {
  constructor(file, localTimeZone, log) {
    this.file = file;
    this.localTimeZone = localTimeZone;
    this.log = log;
    this.dropped = new DroppedRows(file);
  }
  file;
  localTimeZone;
  log;
  /** Made on the first timestamp without an offset, so that the zone is asked for only when the file needs one. */
  toUtc;
  dropped;
  runs = /* @__PURE__ */ new Map();
  pues = /* @__PURE__ */ new Set();
  unmeasured = /* @__PURE__ */ new Set();
  columns;
  components = [];
  rows = 0;
  /** The records of a batch of lines. */
  consume(batch) {
    const records = [];
    const last = batch.lines.length - 1;
    for (let k = 0; k <= last; k++) {
      this.readLine(batch.lines[k], batch.firstLine + k, batch.unterminatedLast && k === last, records);
    }
    return records;
  }
  finish() {
    const file = this.file;
    if (!this.columns) throw new InputError("the file is empty", { file, hint: "point carbon-ci at the emissions.csv that CodeCarbon wrote" });
    if (this.pues.size > 0) {
      this.log.info(
        `${file}: CodeCarbon multiplied its energies by its PUE (${[...this.pues].join(", ")}); divided it out to get device energy, to which carbon-ci applies the recorded PUE unless one is stated`
      );
    }
    if (this.unmeasured.size > 0) {
      this.log.info(
        `${file}: rows where CodeCarbon measured no ${[...this.unmeasured].join(", ")} (no GPU, or 0 W and 0 kWh) give no record for it rather than a measured 0 J`
      );
    }
    if (this.rows === 0 && this.dropped.total === 0) this.log.warn(`${file}: the CodeCarbon file has a header but no rows; no energy was read from it`);
    this.dropped.report(this.log, "the energy of those rows is missing from the report");
  }
  /** Any line: blank, a header (the first line, or repeated in append mode), a row; `cut` when it is the file's unterminated last line. */
  readLine(text, line, cut, records) {
    if (text.trim() === "") return;
    const fields2 = splitCsvLine(text, { file: this.file, line });
    if (!this.columns || !startsWithDigit(fields2[0]) && isEmissionsHeader(headerNames(fields2))) {
      this.readHeader(fields2, line);
      return;
    }
    if (fields2.length !== this.columns.count) {
      this.dropped.add(
        cut ? "the last line is cut short" : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
        line
      );
      return;
    }
    this.readRow(fields2, line, records);
  }
  readHeader(fields2, line) {
    if (!isEmissionsHeader(headerNames(fields2))) {
      throw new InputError("the first line is not a CodeCarbon emissions.csv header", {
        file: this.file,
        line,
        hint: "the file must start with the header CodeCarbon writes (timestamp,project_name,\u2026,duration,emissions,\u2026)"
      });
    }
    const columns = this.columns = columnsOf2(fields2, this.file, line);
    this.components = COMPONENTS2.flatMap((component, slot) => {
      const energy = columns.energy[component];
      return energy === void 0 ? [] : [{ component, slot, energy, power: columns.power[component] ?? -1 }];
    });
  }
  /** The non-negative number in a column; NaN when the column is absent or the value missing. Anything else is an error. */
  measured(fields2, column, what, line) {
    if (column < 0) return Number.NaN;
    const value = parseNumber(fields2[column]);
    if (value === null) return Number.NaN;
    if (value >= 0) return value;
    throw new InputError(`${what} "${clip(fields2[column])}" is not a non-negative number`, { file: this.file, line, hint: CORRUPTED_ROW });
  }
  readRow(fields2, line, records) {
    const columns = this.columns;
    const file = this.file;
    this.rows++;
    const stamp = parseDateTime(fields2[columns.timestamp]);
    if (!stamp) {
      throw new InputError(`timestamp "${clip(fields2[columns.timestamp])}" is not a date and time`, {
        file,
        line,
        hint: "CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row"
      });
    }
    const endMs = this.utcOf(stamp);
    const durationS = this.measured(fields2, columns.duration, "duration", line);
    if (Number.isNaN(durationS)) {
      this.dropped.add("no duration", line);
      return;
    }
    const writtenPue = this.measured(fields2, columns.pue, "pue", line);
    const pue = Number.isNaN(writtenPue) ? 1 : writtenPue;
    if (pue < 1) throw new InputError(`pue "${clip(fields2[columns.pue])}" is below 1`, { file, line, hint: CORRUPTED_ROW });
    const run = this.runOf(fields2, line, endMs, durationS);
    const windowStartMs = run.startMs + run.durationS * 1e3;
    const windowEndMs = run.startMs + durationS * 1e3;
    const emissionsKg = this.measured(fields2, columns.emissions, "emissions", line);
    let sourceCo2eG = Number.NaN;
    if (!Number.isNaN(emissionsKg)) {
      sourceCo2eG = (emissionsKg - run.emissionsKg) * 1e3;
      run.emissionsKg = emissionsKg;
    }
    run.durationS = durationS;
    run.lastEndMs = endMs;
    if (pue !== 1) this.pues.add(pue);
    const gpuCount = this.measured(fields2, columns.gpuCount, "gpu_count", line);
    let origin;
    for (const { component, slot, energy, power } of this.components) {
      const totalKWh = this.measured(fields2, energy, `${component}_energy`, line);
      if (Number.isNaN(totalKWh)) {
        this.dropped.add(`no ${component} energy`, line);
        continue;
      }
      const previousKWh = run.energyKWh[slot];
      if (totalKWh < previousKWh) {
        throw new InputError(`${component} energy of run ${run.key} went down from ${previousKWh} to ${totalKWh} kWh`, {
          file,
          line,
          hint: "CodeCarbon's totals only grow within a run; the file mixes runs under one run_id or was edited: split or repair it"
        });
      }
      run.energyKWh[slot] = totalKWh;
      const energyJ = (totalKWh - previousKWh) * J_PER_KWH3 / pue;
      if (energyJ === 0 && (component === "gpu" ? gpuCount === 0 : this.measured(fields2, power, `${component}_power`, line) === 0)) {
        this.unmeasured.add(component);
        continue;
      }
      const record = {
        type: "energy",
        startMs: windowStartMs,
        endMs: windowEndMs,
        device: run.devices[slot] ??= this.deviceOf(fields2, run, component, gpuCount, writtenPue),
        energyJ,
        origin: origin ??= { file, line }
      };
      if (sourceCo2eG >= 0) {
        if (run.notePue !== pue) {
          run.note = `CodeCarbon's own estimate for run ${run.key}, all components${pue !== 1 ? `, with its PUE ${pue}` : ""}`;
          run.notePue = pue;
        }
        record.sourceReported = { co2eG: sourceCo2eG, note: run.note };
        sourceCo2eG = Number.NaN;
      }
      records.push(record);
    }
  }
  /** The UTC instant of a timestamp: its own offset when it has one, else the local time zone's. */
  utcOf(stamp) {
    if (stamp.offsetMs !== void 0) return stamp.wallMs - stamp.offsetMs;
    this.toUtc ??= wallClockToUtc(this.localTimeZone());
    return this.toUtc(stamp.wallMs);
  }
  /**
   * The run a row belongs to: the one of its run id, or a new one when there is none or the run started
   * again (see restartOf). A row without a run id is a run of its own, which is not kept, so that memory stays flat.
   */
  runOf(fields2, line, endMs, durationS) {
    const columns = this.columns;
    const id = columns.run >= 0 ? fields2[columns.run].trim() : "";
    if (id === "") {
      const project = columns.project >= 0 ? fields2[columns.project].trim() : "";
      return newRun(`${project || "run"}@line${line}`, endMs, durationS, []);
    }
    const run = this.runs.get(id);
    const restart = run && restartOf(run, endMs, durationS);
    if (run && !restart) return run;
    if (restart) this.log.info(`${this.file}:${line}: run ${id} starts again (${restart}); read as a new run with the same id`);
    const started = newRun(id, endMs, durationS, run?.devices ?? []);
    this.runs.set(id, started);
    return started;
  }
  /** The device of a run's component, from the row where the run first has a record for it. */
  deviceOf(fields2, run, component, gpuCount, writtenPue) {
    const device = { id: `codecarbon:${run.key}:${component}`, component };
    run.site ??= this.siteOf(fields2, writtenPue);
    if (run.site) device.site = run.site;
    const modelColumn = this.columns.model[component];
    let model = modelColumn !== void 0 && modelColumn >= 0 ? fields2[modelColumn].trim() : void 0;
    const many = model === void 0 ? void 0 : /^(\d+) x (.+)$/.exec(model);
    if (many) model = many[2];
    const count = many ? Number(many[1]) : component === "gpu" && Number.isInteger(gpuCount) ? gpuCount : void 0;
    if (count !== void 0 && count > 1) device.count = count;
    if (model) device.model = model;
    const vendor = component === "gpu" || component === "cpu" ? vendorOf2(model) : void 0;
    if (vendor) device.vendor = vendor;
    return device;
  }
  /** The run's country (alpha-3), region, cloud region and PUE as CodeCarbon wrote them; undefined when the row has none. */
  siteOf(fields2, writtenPue) {
    const columns = this.columns;
    const text = (column) => (column >= 0 ? fields2[column].trim() : "") || void 0;
    const site = { recordedBy: "CodeCarbon" };
    const country = text(columns.country);
    const region = text(columns.region);
    const provider = text(columns.cloudProvider);
    const cloudRegion = text(columns.cloudRegion);
    if (country) site.country = country;
    if (region) site.region = region;
    if (provider && cloudRegion) site.cloudRegion = `${provider}:${cloudRegion}`;
    if (!Number.isNaN(writtenPue)) site.pue = writtenPue;
    return Object.keys(site).length > 1 ? site : void 0;
  }
};

// plugins/codecarbon/index.ts
function detect2({ head }) {
  return headerConfidence(head);
}
async function* readEmissions(source, context) {
  const reader = new EmissionsReader(source.path, () => context.localTimeZone(), context.log);
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(batch);
    if (records.length > 0) yield records;
  }
  reader.finish();
}
var codecarbon_default = definePlugin({
  name: "codecarbon",
  kind: "telemetry",
  description: "Energy per run and component (gpu_energy, cpu_energy, ram_energy in kWh; energy_consumed in old files) from CodeCarbon's emissions.csv, any version; CodeCarbon's own emissions kept for comparison.",
  detect: detect2,
  read: readEmissions
});

// plugins/dcgm/devices.ts
var DCGM_BLANK_MIN = 140737488355328;
var DeviceRegistry = class {
  constructor(defaultHost) {
    this.defaultHost = defaultHost;
  }
  defaultHost;
  byId = /* @__PURE__ */ new Map();
  get(fields2) {
    const host = fields2.host ?? this.defaultHost;
    let id;
    if (fields2.uuid) id = fields2.uuid;
    else if (fields2.index !== void 0) id = host ? `${host}:gpu${fields2.index}` : `gpu${fields2.index}`;
    else return void 0;
    let device = this.byId.get(id);
    if (!device) {
      device = { id, vendor: "nvidia" };
      if (fields2.model) device.model = fields2.model;
      if (host) device.host = host;
      if (fields2.index !== void 0) device.index = fields2.index;
      if (fields2.uuid) device.uuid = fields2.uuid;
      this.byId.set(id, device);
    }
    return device;
  }
};

// plugins/dcgm/dmon-fields.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
var MAX_EXACT_DIGITS = 15;
var ZERO = 48;
var NINE = 57;
var DOT = 46;
function isBlank(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function isDigit(c) {
  return c >= ZERO && c <= NINE;
}
var LineFields = class {
  bytes = Buffer.alloc(0);
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** Splits the line `bytes[start, end)`; returns how many fields it has. */
  split(bytes, start, end) {
    this.bytes = bytes;
    let count = 0;
    let i = start;
    for (; ; ) {
      while (i < end && isBlank(bytes[i])) i++;
      if (i === end) break;
      if (count === this.starts.length) this.grow();
      this.starts[count] = i;
      while (i < end && !isBlank(bytes[i])) i++;
      this.ends[count++] = i;
    }
    return this.count = count;
  }
  start(field) {
    return this.starts[field];
  }
  end(field) {
    return this.ends[field];
  }
  length(field) {
    return this.ends[field] - this.starts[field];
  }
  text(field) {
    return this.bytes.toString("utf8", this.starts[field], this.ends[field]);
  }
  /** The texts of fields `from` to the last. */
  texts(from) {
    const out = [];
    for (let field = from; field < this.count; field++) out.push(this.text(field));
    return out;
  }
  /** Whether the field starts with the ASCII text `prefix` (`whole`: and holds nothing else). */
  startsWith(field, prefix, whole = false) {
    const start = this.starts[field];
    const length = this.ends[field] - start;
    if (length < prefix.length || whole && length !== prefix.length) return false;
    for (let k = 0; k < prefix.length; k++) if (this.bytes[start + k] !== prefix.charCodeAt(k)) return false;
    return true;
  }
  /** The field as `parseNumber` reads it: null for a missing-value marker such as `N/A`, NaN when it is not a number. */
  number(field) {
    const value = this.plainDecimal(field);
    return Number.isNaN(value) ? parseNumber(this.text(field)) : value;
  }
  /** The field as `Number()` reads it. */
  numeric(field) {
    const value = this.plainDecimal(field);
    return Number.isNaN(value) ? Number(this.text(field)) : value;
  }
  /** Whether the field is at least `minDigits` digits, with an optional fraction: an epoch time. */
  isEpoch(field, minDigits) {
    const bytes = this.bytes;
    const end = this.ends[field];
    let i = this.starts[field];
    const digitsStart = i;
    while (i < end && isDigit(bytes[i])) i++;
    if (i - digitsStart < minDigits) return false;
    if (i === end) return true;
    if (bytes[i] !== DOT || i + 1 === end) return false;
    for (i++; i < end; i++) if (!isDigit(bytes[i])) return false;
    return true;
  }
  /** The value of a field of at most 15 digits with an optional fraction; NaN for any other, which the callers hand to the SDK's parsers. */
  plainDecimal(field) {
    const bytes = this.bytes;
    const end = this.ends[field];
    let mantissa = 0;
    let digits = 0;
    let fraction = -1;
    for (let i = this.starts[field]; i < end; i++) {
      const c = bytes[i];
      if (isDigit(c)) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        if (fraction >= 0) fraction++;
      } else if (c === DOT && fraction < 0) fraction = 0;
      else return Number.NaN;
    }
    if (digits === 0 || digits > MAX_EXACT_DIGITS || fraction === 0) return Number.NaN;
    return fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  }
  grow() {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
};

// plugins/dcgm/reading-columns.ts
var ReadingColumns = class {
  power = new PowerColumnsBuilder();
  counters = new EnergyCounterColumnsBuilder();
  devices = [];
  columnByDevice = /* @__PURE__ */ new Map();
  /** Readings added since the last `take`. */
  get length() {
    return this.power.length + this.counters.length;
  }
  /** The device's place in the records' `devices`. */
  columnOf(device) {
    let column = this.columnByDevice.get(device);
    if (column === void 0) this.columnByDevice.set(device, column = this.devices.push(device) - 1);
    return column;
  }
  addPower(column, timeMs, powerW) {
    this.power.add(column, timeMs, powerW);
  }
  addCounter(column, timeMs, counterJ) {
    this.counters.add(column, timeMs, counterJ);
  }
  /** The readings added since the last call, as one record of each kind that has some. */
  take() {
    const records = [];
    const counters = this.counters.take(this.devices);
    if (counters) records.push(counters);
    const power = this.power.take(this.devices);
    if (power) records.push(power);
    return records;
  }
};

// plugins/dcgm/dmon.ts
var DMON_TIME_HINT = "`dcgmi dmon` prints no time; put one in front of every line as it is written, e.g. `dcgmi dmon -e 155,156 -d 1000 | while IFS= read -r l; do printf '%s %s\\n' \"$(date +%s.%3N)\" \"$l\"; done > dcgmi.log` or `dcgmi dmon -e 155,156 | ts '%Y-%m-%dT%H:%M:%.S%z' > dcgmi.log` (moreutils)";
var ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
var ISO_TIME = /^\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
var EPOCH_MIN_DIGITS = 9;
var LF = 10;
var CR = 13;
function hasDmonHeader(head) {
  return /^[^\S\r\n]*(?:\S+[^\S\r\n]+){0,2}#Entity\b/m.test(head);
}
async function* readDcgmiDmon(source, context, defaultHost) {
  const reader = new DmonReader(source.path, context, defaultHost);
  for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = reader.consume(chunk);
    if (records.length > 0) yield records;
  }
  reader.finish();
}
var DmonReader = class {
  constructor(file, context, defaultHost) {
    this.file = file;
    this.context = context;
    this.devices = new DeviceRegistry(defaultHost);
    this.dropped = new DroppedRows(file);
  }
  file;
  context;
  // Made on first use: epoch prefixes and times with an offset need no zone.
  toUtc;
  devices;
  dropped;
  columns = new ReadingColumns();
  columnByIndex = /* @__PURE__ */ new Map();
  fields = new LineFields();
  names;
  wanted = [];
  headerLine = 0;
  rows = 0;
  lineNo = 0;
  /** The readings of a chunk of whole lines. */
  consume(chunk) {
    const bytes = chunk.bytes;
    const size = bytes.length;
    for (let start = 0; start < size; ) {
      const newline = bytes.indexOf(LF, start);
      const end = newline < 0 ? size : newline;
      this.lineNo++;
      this.line(bytes, start, end > start && bytes[end - 1] === CR ? end - 1 : end, newline < 0 && chunk.unterminatedLast);
      start = end + 1;
    }
    return this.columns.take();
  }
  /** After the last chunk: refuses a log without rows, and reports what was dropped. */
  finish() {
    if (this.rows === 0) {
      throw new InputError("no dcgmi dmon rows found", { file: this.file, hint: "run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole" });
    }
    this.dropped.report(this.context.log, "those readings are missing, which lowers the coverage of the GPUs concerned");
  }
  /** The line `bytes[start, end)`; `cut` when it is the file's last and has no newline. */
  line(bytes, start, end, cut) {
    const { file, fields: fields2, lineNo: line } = this;
    const count = fields2.split(bytes, start, end);
    const epoch = count > 0 && fields2.isEpoch(0, EPOCH_MIN_DIGITS);
    const timeFields = epoch ? 1 : isoTimeFields(fields2);
    const body = timeFields;
    if (body === count) return;
    if (fields2.startsWith(body, "#Entity")) {
      this.header(fields2.texts(body + 1), line);
      return;
    }
    if (fields2.length(body) === 2 && fields2.text(body).toLowerCase() === "id") return;
    const names = this.names;
    if (!names) {
      throw new InputError("a data row comes before the `#Entity` header", {
        file,
        line,
        hint: "keep the header lines that `dcgmi dmon` prints; they name the columns"
      });
    }
    if (timeFields === 0) throw new InputError("the dcgmi dmon row carries no time", { file, line, hint: DMON_TIME_HINT });
    const values = count - body - 2;
    if (values !== names.length) {
      if (cut) {
        this.dropped.add("the last line is cut short (the logger was stopped mid-write)", line);
        return;
      }
      throw new InputError(`the row has ${values} values but the header at line ${this.headerLine} names ${names.length}`, {
        file,
        line,
        hint: "the row is truncated or two logs were interleaved; repair or delete the row"
      });
    }
    this.rows++;
    if (!fields2.startsWith(body, "GPU", true)) {
      this.dropped.add(`${fields2.text(body)} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
      return;
    }
    const index2 = fields2.numeric(body + 1);
    if (!Number.isInteger(index2) || index2 < 0) {
      throw new InputError(`GPU id "${fields2.text(body + 1)}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
    }
    const timeMs = epoch ? Math.round(epochToMs(fields2.numeric(0))) : this.isoTime(timeFields);
    const column = this.columnOf(index2);
    for (const { column: at, type } of this.wanted) {
      const field = body + 2 + at;
      const value = fields2.number(field);
      if (value === null) {
        this.dropped.add(`${names[at]} is ${fields2.text(field)}`, line);
        continue;
      }
      if (Number.isNaN(value)) {
        throw new InputError(`${names[at]} "${fields2.text(field)}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      if (value >= DCGM_BLANK_MIN) {
        this.dropped.add(`${names[at]} holds a DCGM blank value`, line);
        continue;
      }
      if (type === "power") this.columns.addPower(column, timeMs, value);
      else this.columns.addCounter(column, timeMs, value / 1e3);
    }
  }
  /** An `#Entity` header: the names of the columns of the rows after it. */
  header(names, line) {
    const previous = this.names;
    this.names = names;
    if (previous && previous.join(" ") !== names.join(" ")) {
      this.context.log.info(`${this.file}:${line}: a new #Entity header; columns are now ${names.join(" ")}`);
    }
    const power = names.indexOf("POWER");
    const energy = names.indexOf("TOTEC");
    this.wanted = [];
    if (power >= 0) this.wanted.push({ column: power, type: "power" });
    if (energy >= 0) this.wanted.push({ column: energy, type: "energy-counter" });
    this.headerLine = line;
    if (this.wanted.length === 0) {
      throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(" ")})`, {
        file: this.file,
        line,
        hint: "monitor the power fields: `dcgmi dmon -e 155,156`"
      });
    }
  }
  /** The GPU's place in the records' devices. */
  columnOf(index2) {
    let column = this.columnByIndex.get(index2);
    if (column === void 0) this.columnByIndex.set(index2, column = this.columns.columnOf(this.devices.get({ index: index2 })));
    return column;
  }
  /** The instant of the line's ISO date-time, which fills its first `timeFields` fields. */
  isoTime(timeFields) {
    const fields2 = this.fields;
    const text = fields2.bytes.toString("latin1", fields2.start(0), fields2.end(timeFields - 1));
    const parsed = parseDateTime(text);
    if (!parsed) throw new InputError(`"${text}" is not a date and time`, { file: this.file, line: this.lineNo, hint: DMON_TIME_HINT });
    if (parsed.offsetMs !== void 0) return dateTimeToUtc(parsed, (wallMs) => wallMs);
    return dateTimeToUtc(parsed, this.toUtc ??= wallClockToUtc(this.context.localTimeZone()));
  }
};
function isoTimeFields(fields2) {
  if (fields2.count === 0) return 0;
  const first = fields2.text(0);
  if (ISO_DATE_TIME.test(first)) return 1;
  return fields2.count > 1 && ISO_DATE.test(first) && ISO_TIME.test(fields2.text(1)) ? 2 : 0;
}

// plugins/dcgm/prometheus-samples.ts
var POWER2 = "DCGM_FI_DEV_POWER_USAGE";
var ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
var ADD_TIMESTAMPS_HINT = "each sample needs a timestamp: append one when saving each scrape, e.g. `curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)";
var MAX_LABEL_SETS = 1e5;
var POWER_BYTES = Buffer.from(POWER2, "latin1");
var ENERGY_BYTES = Buffer.from(ENERGY, "latin1");
var NO_HIT = Number.MAX_SAFE_INTEGER;
var LF2 = 10;
var CR2 = 13;
var TAB = 9;
var SPACE = 32;
var HASH = 35;
var CLOSE_BRACE = 125;
var DECIMAL2 = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
var MAX_TAIL_BYTES = 128;
var PLAIN_TAIL = new RegExp(`^[ \\t]*(${DECIMAL2})[ \\t]+(${DECIMAL2})[ \\t]*$`);
var SampleScanner = class {
  constructor(file, devices2, dropped) {
    this.file = file;
    this.devices = devices2;
    this.dropped = dropped;
  }
  file;
  devices;
  dropped;
  /** What each label set seen stands for, keyed by its bytes (as latin1, one character per byte); null: not ours. */
  labelSets = /* @__PURE__ */ new Map();
  seriesByKey = /* @__PURE__ */ new Map();
  linesBefore = 0;
  seen = 0;
  /** The samples of a chunk of whole lines (from `readLineChunks`), to `sink`. */
  consume(chunk, sink) {
    const bytes = chunk.bytes;
    const size = bytes.length;
    let power = nextHit(bytes, POWER_BYTES, 0);
    let energy = nextHit(bytes, ENERGY_BYTES, 0);
    let start = 0;
    let line = this.linesBefore;
    while (start < size) {
      const newline = bytes.indexOf(LF2, start);
      const end = newline < 0 ? size : newline;
      line++;
      if (Math.min(power, energy) < end) this.line(bytes, start, end, line, newline < 0 && chunk.unterminatedLast, sink);
      start = end + 1;
      if (power < start) power = nextHit(bytes, POWER_BYTES, start);
      if (energy < start) energy = nextHit(bytes, ENERGY_BYTES, start);
    }
    this.linesBefore = line;
  }
  /** After the last chunk: a file without a sample of ours is refused. */
  finish() {
    if (this.seen === 0) {
      throw new InputError(`no ${POWER2} or ${ENERGY} samples found`, {
        file: this.file,
        hint: "the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole"
      });
    }
  }
  /** A line that names one of our metrics, `bytes[start, newlineAt)`; `cut` when it is the file's last and has no newline. */
  line(bytes, start, newlineAt, line, cut, sink) {
    const end = newlineAt > start && bytes[newlineAt - 1] === CR2 ? newlineAt - 1 : newlineAt;
    let first = start;
    while (first < end && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
    if (bytes[first] === HASH) return;
    const close2 = bytes.lastIndexOf(CLOSE_BRACE, end - 1);
    const labelsEnd = close2 > start ? close2 + 1 : -1;
    if (labelsEnd > 0) {
      const series = this.labelSets.get(bytes.toString("latin1", start, labelsEnd));
      const tail = series === void 0 || end - labelsEnd > MAX_TAIL_BYTES ? null : PLAIN_TAIL.exec(bytes.toString("latin1", labelsEnd, end));
      const timestamp = tail ? Number(tail[2]) : Number.NaN;
      if (tail && Number.isFinite(timestamp)) {
        if (series) this.accept(series, Math.round(epochToMs(timestamp)), Number(tail[1]), line, sink);
        return;
      }
    }
    this.parse(bytes, start, end, labelsEnd, line, cut, sink);
  }
  /** The line parsed whole; its label set, when it ends at `labelsEnd`, is remembered. */
  parse(bytes, start, end, labelsEnd, line, cut, sink) {
    const text = bytes.toString("utf8", start, end);
    let sample2;
    try {
      sample2 = parsePrometheusLine(text, { file: this.file, line });
    } catch (error) {
      if (cut) {
        this.dropped?.add("the last line is cut short (the file was being written)", line);
        return;
      }
      throw error;
    }
    if (!sample2) return;
    const series = this.seriesOf(sample2, line);
    if (labelsEnd > 0 && !text.includes(" # ")) this.remember(bytes.toString("latin1", start, labelsEnd), series);
    if (series) this.accept(series, sample2.timeMs, sample2.value, line, sink);
  }
  remember(labelSet, series) {
    if (this.labelSets.size >= MAX_LABEL_SETS) this.labelSets.clear();
    this.labelSets.set(labelSet, series);
  }
  accept(series, timeMs, value, line, sink) {
    this.seen++;
    if (timeMs === void 0) {
      throw new InputError(`the ${series.metric} sample has no timestamp`, { file: this.file, line, hint: ADD_TIMESTAMPS_HINT });
    }
    if (!Number.isFinite(value)) {
      this.dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
      return;
    }
    if (value >= DCGM_BLANK_MIN) {
      this.dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
      return;
    }
    sink(series, timeMs, value);
  }
  seriesOf(sample2, line) {
    if (sample2.name !== POWER2 && sample2.name !== ENERGY) return null;
    const device = this.devices.get(deviceFields(sample2.labels));
    if (!device) {
      throw new InputError(`the ${sample2.name} sample names no GPU (no UUID or gpu label)`, {
        file: this.file,
        line,
        hint: "keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them"
      });
    }
    const key = `${sample2.name}\0${device.id}`;
    let series = this.seriesByKey.get(key);
    if (!series) this.seriesByKey.set(key, series = { metric: sample2.name, device, key });
    return series;
  }
};
function nextHit(bytes, name, from) {
  const at = bytes.indexOf(name, from);
  return at < 0 ? NO_HIT : at;
}
function firstLabel(labels, ...names) {
  for (const name of names) {
    const value = labels[name];
    if (value !== void 0 && value !== "") return value;
  }
  return void 0;
}
function deviceFields(labels) {
  const gpu = firstLabel(labels, "gpu");
  return {
    uuid: firstLabel(labels, "UUID", "uuid", "gpu_uuid"),
    index: gpu !== void 0 && /^\d+$/.test(gpu) ? Number(gpu) : void 0,
    host: firstLabel(labels, "Hostname", "hostname"),
    model: firstLabel(labels, "modelName", "model_name")
  };
}

// plugins/dcgm/sample-buffer.ts
var SampleBuffer = class {
  times = new Float64Array(256);
  values = new Float64Array(256);
  length = 0;
  push(timeMs, value) {
    if (this.length === this.times.length) {
      const times = new Float64Array(this.length * 2);
      const values = new Float64Array(this.length * 2);
      times.set(this.times);
      values.set(this.values);
      this.times = times;
      this.values = values;
    }
    this.times[this.length] = timeMs;
    this.values[this.length] = value;
    this.length++;
  }
  /** The pairs in time order; equal times keep their order of arrival. */
  *sorted() {
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => this.times[a] - this.times[b] || a - b);
    for (const i of order) yield [this.times[i], this.values[i]];
  }
};

// plugins/dcgm/prometheus.ts
var MAX_HELD_SAMPLES = 4e6;
var BATCH = 4096;
async function unorderedSeries(source, context, host) {
  const last = /* @__PURE__ */ new Map();
  const unordered = /* @__PURE__ */ new Set();
  const sink = (series, timeMs) => {
    const previous = last.get(series);
    if (previous !== void 0 && timeMs < previous) unordered.add(series.key);
    else last.set(series, timeMs);
  };
  const scanner = new SampleScanner(source.path, new DeviceRegistry(host), void 0);
  for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    scanner.consume(chunk, sink);
  }
  scanner.finish();
  return unordered;
}
async function* readPrometheus(source, context, host) {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host);
  const columns = new ReadingColumns();
  const tracks = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;
  const add = (series, column, timeMs, value) => {
    if (series.metric === POWER2) columns.addPower(column, timeMs, value);
    else columns.addCounter(column, timeMs, value / 1e3);
  };
  const sink = (series, timeMs, value) => {
    let track = tracks.get(series);
    if (!track) {
      track = { column: columns.columnOf(series.device), lastTimeMs: Number.NaN, held: unordered.has(series.key) ? new SampleBuffer() : void 0 };
      tracks.set(series, track);
    }
    if (track.held) {
      if (heldCount < MAX_HELD_SAMPLES) {
        track.held.push(timeMs, value);
        heldCount++;
        return;
      }
      overflow = true;
    }
    if (track.lastTimeMs === timeMs) {
      repeats++;
      return;
    }
    track.lastTimeMs = timeMs;
    add(series, track.column, timeMs, value);
  };
  const scanner = new SampleScanner(file, new DeviceRegistry(host), dropped);
  for await (const chunk of readLineChunks(source.open(), { file })) {
    context.signal.throwIfAborted();
    scanner.consume(chunk, sink);
    const records = columns.take();
    if (records.length > 0) yield records;
  }
  scanner.finish();
  const sorted = [...tracks].filter(([, track]) => track.held !== void 0 && track.held.length > 0);
  for (const [series, { column, held }] of sorted) {
    let previous = Number.NaN;
    for (const [timeMs, value] of held.sorted()) {
      if (timeMs === previous) {
        repeats++;
        continue;
      }
      previous = timeMs;
      add(series, column, timeMs, value);
      if (columns.length >= BATCH) yield columns.take();
    }
  }
  const rest = columns.take();
  if (rest.length > 0) yield rest;
  if (sorted.length > 0) {
    const gpus = new Set(sorted.map(([series]) => series.device.id));
    context.log.info(`${file}: the samples of ${[...gpus].join(", ")} came in several label sets out of time order; they were sorted`);
  }
  if (overflow) {
    context.log.warn(
      `${file}: too many out-of-order samples to sort in memory; the rest were passed on unsorted, and those that go back in time are dropped, lowering coverage`
    );
  }
  if (repeats > 0) {
    context.log.info(`${file}: ${repeats} samples repeated a GPU already seen at the same instant (MIG instances or several pod label sets); each was counted once`);
  }
  dropped.report(context.log);
}

// plugins/dcgm/index.ts
var DCGM_SAMPLE = /^(?:DCGM_FI_[A-Z0-9_]+\s*[{ ]|\{[^}\n]*\b__name__\s*=\s*"DCGM_FI_)/m;
var DCGM_METADATA = /^# (?:HELP|TYPE) DCGM_FI_/m;
function detect3({ head }) {
  if (DCGM_SAMPLE.test(head)) return 0.95;
  if (DCGM_METADATA.test(head)) return 0.9;
  if (hasDmonHeader(head)) return 0.9;
  return 0;
}
function hostOption(options) {
  if (options.host === void 0) return void 0;
  if (typeof options.host !== "string" || options.host === "") throw new InputError("plugin option host must be a non-empty string");
  return options.host;
}
async function formatOf(source) {
  const chunks = [];
  let size = 0;
  for await (const chunk of source.open()) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= 64 * 1024) break;
  }
  const head = Buffer.concat(chunks).toString("utf8");
  return hasDmonHeader(head) && !DCGM_SAMPLE.test(head) ? "dmon" : "prometheus";
}
async function* read(source, context) {
  const host = hostOption(context.options);
  if (await formatOf(source) === "dmon") yield* readDcgmiDmon(source, context, host);
  else yield* readPrometheus(source, context, host);
}
var dcgm_default = definePlugin({
  name: "dcgm",
  kind: "telemetry",
  description: "GPU power (DCGM_FI_DEV_POWER_USAGE, W) and the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ) from timestamped DCGM exporter scrapes, Prometheus dumps or `dcgmi dmon` logs.",
  example: 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-34319582-d595-d1c7-d1d2-179bcfa61660",Hostname="node-1"} 409.692 1715250000000\nDCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-34319582-d595-d1c7-d1d2-179bcfa61660",Hostname="node-1"} 319159391 1715250000000',
  options: {
    type: "object",
    properties: {
      host: {
        type: "string",
        minLength: 1,
        description: "host name to qualify device ids (host:gpuN) where the source names neither a GPU UUID nor a host"
      }
    }
  },
  detect: detect3,
  read
});

// plugins/hf-trainer/index.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, join as join3 } from "node:path";
var MAX_BYTES = 256 * 1024 * 1024;
var SETUP_HINT = 'trainer_state.json does not record the hardware: state it, e.g. `--plugin-option gpu="NVIDIA A100-SXM4-80GB" --plugin-option count=8`, or in .carbon-ci.yml `pluginOptions: { hf-trainer: { gpu: "NVIDIA A100-SXM4-80GB", count: 8 } }`';
function detect4({ path: path3, head }) {
  const name = basename2(path3);
  const start = head.trimStart();
  if (!start.startsWith("{")) return 0;
  if (head.includes('"log_history"') && (name === "trainer_state.json" || head.includes('"global_step"'))) return 0.95;
  if (name === "all_results.json" && head.includes('"train_runtime"')) return 0.85;
  return 0;
}
async function sourceText(source) {
  const chunks = [];
  let size = 0;
  for await (const chunk of source.open()) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BYTES) throw new InputError(`the file is larger than ${MAX_BYTES / 1024 / 1024} MiB; a Trainer state file is not`, { file: source.path });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readJson(text, file) {
  let value;
  try {
    value = JSON.parse((await text).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (isInputError(error)) throw error;
    throw new InputError(`not valid JSON: ${error.message}`, { file, hint: "pass the trainer_state.json that transformers wrote, unedited" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError("expected a JSON object", { file });
  return value;
}
async function exists(path3) {
  try {
    return (await stat2(path3)).isFile();
  } catch {
    return false;
  }
}
var seconds = (value) => typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
async function anchorMs(context, path3, what) {
  const { endTime } = context.options;
  if (endTime !== void 0) {
    const trimmed = endTime.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) {
      throw new InputError(`option endTime "${endTime}" is not a date-time`, { hint: "give an ISO 8601 time such as 2025-03-25T06:15:48Z, or Unix seconds" });
    }
    return dateTimeToUtc(parsed, wallClockToUtc(context.localTimeZone()));
  }
  const mtimeMs = Math.round((await stat2(path3)).mtimeMs);
  context.log.warn(
    `${path3}: the Trainer records durations but no clock time, so ${what} is taken to end at the file's modification time ${new Date(mtimeMs).toISOString()}; if the file was copied or checked out since, set --plugin-option endTime=<ISO time> for hourly grid intensity`
  );
  return mtimeMs;
}
function usageRecords(phases, startAtMs, devices2, options, file) {
  const out = [];
  let at = startAtMs;
  for (const phase of phases) {
    const endMs = at + Math.round(phase.durationS * 1e3);
    for (const device of devices2) {
      const record = { type: "usage", startMs: at, endMs, device, origin: { file } };
      if (options.utilization !== void 0) record.utilization = options.utilization;
      if (options.powerW !== void 0) record.powerW = options.powerW;
      out.push(record);
    }
    at = endMs;
  }
  return out;
}
function devicesFor(options, file) {
  const missing = [options.gpu === void 0 ? "gpu (the GPU model)" : void 0, options.count === void 0 ? "count (GPUs used)" : void 0].filter(Boolean);
  if (missing.length > 0) throw new InputError(`the hf-trainer plugin needs the option${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}`, { file, hint: SETUP_HINT });
  const { host, gpu } = options;
  return Array.from({ length: options.count }, (_, index2) => {
    const device = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2, model: gpu };
    if (host) device.host = host;
    return device;
  });
}
function laterPhases(results) {
  const phases = [];
  const evalS = seconds(results.eval_runtime);
  if (evalS !== void 0) phases.push({ name: "evaluation", durationS: evalS });
  const predictS = seconds(results.predict_runtime);
  if (predictS !== void 0) phases.push({ name: "prediction", durationS: predictS });
  return phases;
}
async function* readTrainerState(source, context) {
  const file = source.path;
  const devices2 = devicesFor(context.options, file);
  const state = await readJson(sourceText(source), file);
  if (!Array.isArray(state.log_history)) {
    throw new InputError("no log_history array: this is not a transformers Trainer state file", { file, hint: "pass the trainer_state.json from the output directory" });
  }
  const training = [];
  for (const entry of state.log_history) {
    const runtime = seconds(entry?.train_runtime);
    if (runtime !== void 0) training.push({ name: "training", durationS: runtime });
  }
  if (training.length === 0) {
    context.log.warn(
      `${file}: no train_runtime in log_history (step ${String(state.global_step)} of ${String(state.max_steps)}): an intermediate checkpoint's state or an interrupted run; not counted. Pass the trainer_state.json that Trainer.save_state() wrote after training`
    );
    return;
  }
  const trainingEndMs = await anchorMs(context, file, "training");
  const trainingS = training.reduce((sum, phase) => sum + phase.durationS, 0);
  const phases = [...training];
  const resultsPath = join3(dirname2(file), "all_results.json");
  if (await exists(resultsPath)) {
    const later = laterPhases(await readJson(readFile3(resultsPath, "utf8"), resultsPath));
    phases.push(...later);
    if (later.length > 0) context.log.info(`${file}: adding ${later.map((p) => `${p.name} ${p.durationS} s`).join(", ")} from all_results.json beside it`);
  }
  yield usageRecords(phases, trainingEndMs - Math.round(trainingS * 1e3), devices2, context.options, file);
}
async function* readAllResults(source, context) {
  const file = source.path;
  if (await exists(join3(dirname2(file), "trainer_state.json"))) {
    context.log.info(`${file}: read together with trainer_state.json beside it (pass that file); not counted on its own`);
    return;
  }
  const devices2 = devicesFor(context.options, file);
  const results = await readJson(sourceText(source), file);
  const trainS = seconds(results.train_runtime);
  const phases = [...trainS === void 0 ? [] : [{ name: "training", durationS: trainS }], ...laterPhases(results)];
  if (phases.length === 0) throw new InputError("no train_runtime, eval_runtime or predict_runtime", { file, hint: 'pass the all_results.json that Trainer.save_metrics("all", \u2026) wrote' });
  const totalS = phases.reduce((sum, phase) => sum + phase.durationS, 0);
  const startMs = context.options.endTime !== void 0 ? await anchorMs(context, file, "training") - Math.round((trainS ?? 0) * 1e3) : await anchorMs(context, file, "the last phase") - Math.round(totalS * 1e3);
  yield usageRecords(phases, startMs, devices2, context.options, file);
}
var hf_trainer_default = definePlugin({
  name: "hf-trainer",
  kind: "telemetry",
  description: "Hugging Face transformers Trainer output: trainer_state.json (train_runtime) plus eval/predict runtimes from all_results.json, with the GPU model and count you state; an estimate, not a measurement",
  example: '{"epoch": 3.0, "global_step": 215337, "log_history": [{"train_runtime": 41235.1, "step": 215337}]}',
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      gpu: { type: "string", minLength: 1, description: 'GPU model, e.g. "NVIDIA A100-SXM4-80GB" (required).' },
      count: { type: "integer", minimum: 1, maximum: 1e5, description: "Number of GPUs the run used (required)." },
      utilization: { type: "number", minimum: 0, maximum: 1, description: "Mean GPU utilisation 0..1 to assume; default: the energy stage\u2019s assumption." },
      powerW: { type: "number", exclusiveMinimum: 0, description: "Mean power per GPU to assume, in W; default: board power from the GPU table." },
      endTime: { type: "string", minLength: 1, description: "When training ended (ISO 8601, or Unix seconds); default: the file\u2019s modification time." },
      host: { type: "string", minLength: 1, description: "Host the run ran on, to match these GPUs with power logs of the same machine." }
    }
  },
  detect: detect4,
  read(source, context) {
    return basename2(source.path) === "all_results.json" ? readAllResults(source, context) : readTrainerState(source, context);
  }
});

// plugins/host-usage/index.ts
var HOST_USAGE_LOG_HEADER = "start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model";
var COLUMNS = HOST_USAGE_LOG_HEADER.split(",");
var CPU_W_PER_VCPU = 3.97;
var MEMORY_W_PER_GIB = 0.3725;
var BYTES_PER_GIB = 1024 ** 3;
var ESTIMATE_SOURCES = `CPU: ${CPU_W_PER_VCPU} W per vCPU at full load (Cloud Carbon Footprint coefficients, Cascade Lake) \xD7 utilisation from /proc/stat; memory: ${MEMORY_W_PER_GIB} W per GB of installed memory (Green Algorithms) from /proc/meminfo`;
function detect5({ head }) {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].trim();
  return first === HOST_USAGE_LOG_HEADER ? 0.95 : 0;
}
function parseRow(fields2) {
  const [start, end, vcpus, utilization, memTotal, , model] = fields2;
  const row = {
    startMs: Number(start),
    endMs: Number(end),
    vcpus: Number(vcpus),
    utilization: Number(utilization),
    memTotalBytes: Number(memTotal),
    model: model ?? ""
  };
  const valid = Number.isFinite(row.startMs) && row.endMs >= row.startMs && Number.isInteger(row.vcpus) && row.vcpus > 0 && row.utilization >= 0 && row.utilization <= 1 && row.memTotalBytes >= 0;
  return valid ? row : void 0;
}
async function* read2(source, context) {
  const file = source.path;
  const dropped = new DroppedRows(file);
  let cpu;
  let ram;
  let header = false;
  let rows = 0;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (!header) {
        if (text.replace(/^\uFEFF/, "").trim() !== HOST_USAGE_LOG_HEADER) {
          throw new InputError("not a host usage log: the first line must be its header", { file, line, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = true;
        return;
      }
      const fields2 = splitCsvLine(text, { file, line });
      const row = fields2.length === COLUMNS.length ? parseRow(fields2) : void 0;
      if (row === void 0) {
        dropped.add("a row cut short or with invalid values", line);
        return;
      }
      rows += 1;
      cpu ??= deviceRef({ component: "cpu", index: 0, model: row.model });
      ram ??= deviceRef({ component: "ram", index: 0 });
      const origin = { file, line };
      records.push({ type: "usage", startMs: row.startMs, endMs: row.endMs, device: cpu, powerW: row.vcpus * CPU_W_PER_VCPU, utilization: row.utilization, origin });
      if (row.memTotalBytes > 0) {
        records.push({ type: "usage", startMs: row.startMs, endMs: row.endMs, device: ram, powerW: row.memTotalBytes / BYTES_PER_GIB * MEMORY_W_PER_GIB, utilization: 1, origin });
      }
    });
    if (records.length > 0) yield records;
  }
  if (!header) throw new InputError("the host usage log is empty", { file, hint: `the header is "${HOST_USAGE_LOG_HEADER}" (as carbon-ci run writes it)` });
  if (rows > 0) context.log.warn(`${file}: CPU and memory energy are estimates, not measurements (RAPL was not readable): ${ESTIMATE_SOURCES}`);
  dropped.report(context.log, "the time they cover counts as a gap");
}
var host_usage_default = definePlugin({
  name: "host-usage",
  kind: "telemetry",
  description: "CPU utilisation (/proc/stat) and installed memory (/proc/meminfo) from the log that `carbon-ci run` writes where RAPL is unreadable: a labelled estimate of CPU and memory energy.",
  example: `${HOST_USAGE_LOG_HEADER}
1765000000000,1765000001000,4,0.62,16777216000,12582912000,"AMD EPYC 7763 64-Core Processor"`,
  detect: detect5,
  read: read2
});

// plugins/mlflow/index.ts
var STORE_PATH = /[\\/]metrics[\\/]system[\\/](?:([^\\/]+)[\\/])?gpu_(\d+)_power_usage_watts$/;
var POWER_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_power_usage_watts$/;
var UTIL_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_utilization_percentage$/;
var STORE_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/;
var MAX_JSON_BYTES = 512 * 1024 * 1024;
function detect6({ path: path3, head }) {
  const first = head.split("\n", 1)[0].trim();
  if (STORE_PATH.test(path3)) return STORE_LINE.test(first) ? 0.95 : 0.8;
  const start = head.trimStart();
  if ((start.startsWith("{") || start.startsWith("[")) && /"system\/(?:[^/"]+\/)?gpu_\d+_power_usage_watts"/.test(head) && head.includes('"timestamp"')) {
    return 0.9;
  }
  return 0;
}
var DECIMAL3 = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function parseStoreValue(text) {
  return text.length <= 64 && DECIMAL3.test(text) ? Number(text) : Number.NaN;
}
var Devices = class {
  constructor(options) {
    this.options = options;
  }
  options;
  byKey = /* @__PURE__ */ new Map();
  get(node, index2) {
    const host = node ?? this.options.host;
    const key = `${host ?? ""}\0${index2}`;
    let ref = this.byKey.get(key);
    if (!ref) {
      ref = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2 };
      if (host) ref.host = host;
      if (this.options.model) ref.model = this.options.model;
      this.byKey.set(key, ref);
    }
    return ref;
  }
};
async function* readStoreFile(source, context, match) {
  const file = source.path;
  const device = new Devices(context.options).get(match[1], Number(match[2]));
  let bad = 0;
  let firstBad = 0;
  let records = 0;
  let truncated = 0;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const out = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (batch.unterminatedLast && i === batch.lines.length - 1) {
        truncated = line;
        return;
      }
      const m = STORE_LINE.exec(text.trim());
      const powerW = m ? parseStoreValue(m[2]) : Number.NaN;
      if (!m || !Number.isFinite(powerW)) {
        bad++;
        if (firstBad === 0) firstBad = line;
        return;
      }
      out.push({ type: "power", timeMs: Number(m[1]), device, powerW, origin: { file, line } });
    });
    records += out.length;
    if (out.length > 0) yield out;
  }
  if (bad > 0) {
    context.log.warn(`${file}: dropped ${bad} line(s) that are not "<timestamp ms> <watts> <step>" or hold nan/inf, first at line ${firstBad}; the time they cover counts as a gap`);
  }
  if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short (MLflow ends every line)`);
  if (records === 0) {
    throw new InputError("no power readings in this MLflow metric file", {
      file,
      hint: 'MLflow writes one line "<timestamp ms> <value> <step>" per logged value; check that system metrics logging was on (MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true) and pynvml installed'
    });
  }
}
function entriesOf(document) {
  if (Array.isArray(document)) return document;
  if (typeof document !== "object" || document === null) return void 0;
  const object = document;
  if (Array.isArray(object.metrics)) return object.metrics;
  const entries = [];
  for (const [key, series] of Object.entries(object)) {
    if (!Array.isArray(series)) continue;
    for (const point of series) entries.push({ ...point, key: point?.key ?? key });
  }
  return entries.length > 0 ? entries : void 0;
}
function toNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return Number.NaN;
}
async function readText(source) {
  const chunks = [];
  let size = 0;
  for await (const chunk of source.open()) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_JSON_BYTES) {
      throw new InputError(`the JSON export is larger than ${MAX_JSON_BYTES / 1024 / 1024} MiB`, {
        file: source.path,
        hint: 'export one metric per file, or as JSON lines (one {"key","value","timestamp"} object per line)'
      });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
}
function parseJsonExport(text, file) {
  try {
    const entries2 = entriesOf(JSON.parse(text));
    if (entries2) return entries2;
  } catch {
  }
  const entries = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    try {
      const value = JSON.parse(line);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) entries.push(value);
    } catch {
      throw new InputError("not valid JSON (neither one document nor one object per line)", {
        file,
        line: i + 1,
        hint: "export the metric history with the REST API (GET /api/2.0/mlflow/metrics/get-history) or `json.dump([m.to_dictionary() for m in client.get_metric_history(run_id, key)], f)`"
      });
    }
  }
  return entries;
}
async function* readJsonExport(source, context) {
  const file = source.path;
  const entries = parseJsonExport(await readText(source), file);
  const devices2 = new Devices(context.options);
  const utilization = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const u = typeof entry?.key === "string" ? UTIL_KEY.exec(entry.key) : null;
    const value = toNumber(entry?.value);
    if (u && value >= 0 && value <= 100) utilization.set(`${u[1] ?? ""}\0${u[2]}\0${toNumber(entry.timestamp)}`, value / 100);
  }
  const out = [];
  let bad = 0;
  for (const entry of entries) {
    const p = typeof entry?.key === "string" ? POWER_KEY.exec(entry.key) : null;
    if (!p) continue;
    const timeMs = toNumber(entry.timestamp);
    const powerW = toNumber(entry.value);
    if (!Number.isFinite(timeMs) || timeMs < 0 || !Number.isFinite(powerW)) {
      bad++;
      continue;
    }
    const record = { type: "power", timeMs, device: devices2.get(p[1], Number(p[2])), powerW, origin: { file } };
    const u = utilization.get(`${p[1] ?? ""}\0${p[2]}\0${timeMs}`);
    if (u !== void 0) record.utilization = u;
    out.push(record);
  }
  if (bad > 0) context.log.warn(`${file}: dropped ${bad} GPU power entr${bad === 1 ? "y" : "ies"} without a numeric timestamp or value; the time they cover counts as a gap`);
  if (out.length === 0) {
    throw new InputError("no GPU power metrics (system/gpu_N_power_usage_watts) in this MLflow export", {
      file,
      hint: "export the system metric history of the run, e.g. GET /api/2.0/mlflow/metrics/get-history?run_id=\u2026&metric_key=system/gpu_0_power_usage_watts"
    });
  }
  out.sort((a, b) => a.timeMs - b.timeMs);
  for (let i = 0; i < out.length; i += 8192) yield out.slice(i, i + 8192);
}
var mlflow_default = definePlugin({
  name: "mlflow",
  kind: "telemetry",
  description: 'MLflow system metrics: the file store metric files mlruns/<exp>/<run>/metrics/system/gpu_N_power_usage_watts ("<ms> <W> <step>" lines), or a JSON export of system/gpu_N_power_usage_watts history',
  example: '{"metrics": [{"key": "system/gpu_0_power_usage_watts", "value": 233.6, "timestamp": 1717240010204, "step": 1}]}',
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      host: { type: "string", minLength: 1, description: "Host the run ran on, when MLFLOW_SYSTEM_METRICS_NODE_ID was not set (then the node id is the host)." },
      model: { type: "string", minLength: 1, description: "GPU model name; MLflow system metrics do not record it." }
    }
  },
  detect: detect6,
  read(source, context) {
    const match = STORE_PATH.exec(source.path);
    return match ? readStoreFile(source, context, match) : readJsonExport(source, context);
  }
});

// plugins/nvidia-smi-dmon/index.ts
var NEED_TIME_HINT = "record the time with the samples: run `nvidia-smi dmon -o DT` (date and time columns); for a log written with `-o T` only, give the date of its first row as the plugin option `date` (YYYY-MM-DD)";
function fields(text) {
  return text.includes(",") ? text.split(",").map((f) => f.trim()) : text.trim().split(/\s+/);
}
function isUnitsLine(names) {
  return names.some((n) => n.toLowerCase() === "idx");
}
function isHeaderLine(names) {
  return names.some((n) => n.toLowerCase() === "gpu");
}
function detectDmon({ head }) {
  const lines = head.split("\n", 6).map((l) => l.trim()).filter((l) => l !== "");
  const first = lines[0];
  if (!first?.startsWith("#")) return 0;
  const names = fields(first.slice(1)).map((n) => n.toLowerCase());
  if (!names.includes("gpu")) return 0;
  const second = lines[1];
  const unitsFollow = second?.startsWith("#") === true && isUnitsLine(fields(second.slice(1)));
  if (names.includes("pwr")) return unitsFollow ? 0.95 : 0.8;
  return unitsFollow ? 0.6 : 0;
}
function layoutOf(names, file, line) {
  const lower = names.map((n) => n.toLowerCase());
  const pwr = lower.indexOf("pwr");
  if (pwr < 0) {
    throw new InputError(`the dmon header has no pwr (power) column (columns: ${names.join(" ")})`, {
      file,
      line,
      hint: "include the power group: run `nvidia-smi dmon` with its default metrics or with `-s p` among the groups"
    });
  }
  return {
    names,
    gpu: lower.indexOf("gpu"),
    pwr,
    sm: lower.indexOf("sm"),
    date: lower.indexOf("date"),
    time: lower.indexOf("time"),
    headerLine: line
  };
}
function readOptions(raw) {
  const options = {};
  if (raw.host !== void 0) {
    if (typeof raw.host !== "string" || raw.host === "") throw new InputError("plugin option host must be a non-empty string");
    options.host = raw.host;
  }
  if (raw.date !== void 0) {
    if (typeof raw.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw.date) || !parseDateTime(`${raw.date}T00:00:00`)) {
      throw new InputError(`plugin option date must be a date as YYYY-MM-DD, not ${JSON.stringify(raw.date)}`);
    }
    options.date = raw.date;
  }
  return options;
}
var RowClock = class {
  constructor(timeZone, firstDate) {
    this.firstDate = firstDate;
    this.toUtc = wallClockToUtc(timeZone);
  }
  firstDate;
  toUtc;
  dayOffsetMs = 0;
  lastTimeOfDayMs;
  utcMs(layout, row, file, line) {
    if (layout.time < 0) {
      throw new InputError("the dmon log has no time column, so its samples cannot be placed in time", { file, line, hint: NEED_TIME_HINT });
    }
    const timeText = row[layout.time];
    if (layout.date >= 0) {
      const parsed2 = parseDateTime(`${row[layout.date]} ${timeText}`);
      if (!parsed2) throw badTime(`${row[layout.date]} ${timeText}`, file, line);
      return this.toUtc(parsed2.wallMs);
    }
    if (this.firstDate === void 0) {
      throw new InputError("the dmon log has a time column but no date column (`-o T`)", { file, line, hint: NEED_TIME_HINT });
    }
    const parsed = parseDateTime(`${this.firstDate}T${timeText}`);
    if (!parsed) throw badTime(timeText, file, line);
    const timeOfDayMs = parsed.wallMs % 864e5;
    if (this.lastTimeOfDayMs !== void 0 && timeOfDayMs < this.lastTimeOfDayMs - 12 * 36e5) this.dayOffsetMs += 864e5;
    this.lastTimeOfDayMs = timeOfDayMs;
    return this.toUtc(parsed.wallMs + this.dayOffsetMs);
  }
};
function badTime(text, file, line) {
  return new InputError(`"${text}" is not a dmon date and time (YYYYMMDD HH:MM:SS)`, {
    file,
    line,
    hint: "the row is corrupted; repair or delete it"
  });
}
async function* readDmon(source, context) {
  const options = readOptions(context.options);
  const file = source.path;
  const clock = new RowClock(context.localTimeZone(), options.date);
  const devices2 = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  let layout;
  const deviceFor = (index2) => {
    let device = devices2.get(index2);
    if (!device) {
      const id = options.host ? `${options.host}:gpu${index2}` : `gpu${index2}`;
      device = { id, vendor: "nvidia", index: index2, ...options.host ? { host: options.host } : {} };
      devices2.set(index2, device);
    }
    return device;
  };
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "") continue;
      if (text.startsWith("#")) {
        const names = fields(text.slice(1));
        if (isUnitsLine(names)) continue;
        if (isHeaderLine(names)) {
          layout = layoutOf(names, file, line);
          continue;
        }
        continue;
      }
      if (!layout) {
        throw new InputError("a data row comes before the dmon header", {
          file,
          line,
          hint: "keep the two `#` header lines that `nvidia-smi dmon` prints first; they name the columns"
        });
      }
      const row = fields(text);
      if (row.length !== layout.names.length) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add("the last line is cut short (the logger was stopped mid-write)", line);
          continue;
        }
        throw new InputError(`the row has ${row.length} fields but the header at line ${layout.headerLine} names ${layout.names.length}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      const timeMs = clock.utcMs(layout, row, file, line);
      const index2 = Number(row[layout.gpu]);
      if (!Number.isInteger(index2) || index2 < 0) {
        throw new InputError(`gpu index "${row[layout.gpu]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const powerW = parseNumber(row[layout.pwr]);
      if (powerW === null) {
        dropped.add("no power value (`-`)", line);
        continue;
      }
      if (Number.isNaN(powerW)) {
        throw new InputError(`power "${row[layout.pwr]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const record = { type: "power", timeMs, device: deviceFor(index2), powerW };
      if (layout.sm >= 0) {
        const sm = parseNumber(row[layout.sm]);
        if (sm !== null && Number.isFinite(sm) && sm >= 0 && sm <= 100) record.utilization = sm / 100;
      }
      records.push(record);
    }
    if (records.length > 0) yield records;
  }
  if (!layout) {
    throw new InputError("no dmon header found", {
      file,
      hint: "this plugin reads the output of `nvidia-smi dmon -o DT`, which starts with two `#` header lines"
    });
  }
  dropped.report(context.log);
}
var nvidia_smi_dmon_default = definePlugin({
  name: "nvidia-smi-dmon",
  kind: "telemetry",
  description: "Board power (whole W) and SM utilisation per GPU from `nvidia-smi dmon -o DT` logs, text or CSV.",
  example: "#Date       Time        gpu   pwr  gtemp  mtemp    sm   mem\n#YYYYMMDD   HH:MM:SS    Idx     W      C      C     %     %\n 20240115   10:23:45      0    62     41      -     0     0",
  options: {
    type: "object",
    properties: {
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" },
      date: {
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        description: "date (YYYY-MM-DD, in the time zone) of the first row of a log written with `-o T` (time without date)"
      }
    }
  },
  detect: detectDmon,
  read: readDmon
});

// plugins/nvidia-smi/fields.ts
var POWER_FIELDS = ["power.draw", "power.draw.average", "power.draw.instant"];
var ALIASES = {
  gpu_name: "name",
  gpu_uuid: "uuid",
  gpu_bus_id: "pci.bus_id",
  gpu_serial: "serial",
  "utilization.gpu": "utilization.gpu"
};
var KNOWN_ROOTS = /* @__PURE__ */ new Set([
  "timestamp",
  "driver_version",
  "count",
  "name",
  "serial",
  "uuid",
  "index",
  "pci",
  "pcie",
  "display_mode",
  "display_active",
  "persistence_mode",
  "addressing_mode",
  "accounting",
  "vbios_version",
  "inforom",
  "gom",
  "fan",
  "pstate",
  "clocks_throttle_reasons",
  "clocks_event_reasons",
  "memory",
  "compute_mode",
  "compute_cap",
  "utilization",
  "encoder",
  "ecc",
  "retired_pages",
  "remapped_rows",
  "temperature",
  "power",
  "enforced",
  "module",
  "clocks",
  "mig",
  "protected_memory",
  "fabric",
  "reset_status",
  "platform",
  "gpu_recovery_action",
  "driver_model",
  "vgpu_device_capability",
  "gpu_name",
  "gpu_uuid",
  "gpu_bus_id",
  "gpu_serial",
  "gpu_operation_mode",
  "power_smoothing",
  "c2c"
]);
var FIELD_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/;
var MAX_FIELD_CHARS = 128;
function parseHeaderFields(line) {
  const fields2 = [];
  for (const raw of line.split(",")) {
    let text = raw.trim();
    if (text.length > MAX_FIELD_CHARS) return void 0;
    let unit;
    const open3 = text.endsWith("]") ? text.indexOf("[") : -1;
    if (open3 >= 0 && text.indexOf("]") === text.length - 1) {
      unit = text.slice(open3 + 1, -1);
      text = text.slice(0, open3).trimEnd();
    }
    const name = text.toLowerCase();
    if (!FIELD_NAME.test(name)) return void 0;
    const canonical = ALIASES[name] ?? name;
    fields2.push({ name: canonical, unit, known: KNOWN_ROOTS.has(canonical.split(".")[0]) });
  }
  return fields2.length > 0 && fields2.some((f) => f.known) ? fields2 : void 0;
}
function choosePowerField(names) {
  return POWER_FIELDS.find((field) => names.includes(field));
}
function powerUnitScale(unit) {
  if (unit === "MW") return 1e6;
  const lower = unit.toLowerCase();
  return lower === "w" ? 1 : lower === "mw" ? 1e-3 : lower === "kw" ? 1e3 : void 0;
}
function layoutFromFields(fields2, file, line, from) {
  const names = fields2.map((f) => f.name);
  const powerField = choosePowerField(names);
  if (!powerField) {
    throw new InputError(`the ${from} has no power.draw column (fields: ${names.join(", ")})`, {
      file,
      line,
      hint: "log power: add power.draw to --query-gpu, e.g. `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu --format=csv,nounits -lms 1000 -f power.csv`"
    });
  }
  const power = names.indexOf(powerField);
  const unit = fields2[power].unit;
  const powerScale = unit === void 0 ? 1 : powerUnitScale(unit.trim());
  if (powerScale === void 0) {
    throw new InputError(`the ${powerField} column is in [${unit}], not [W]`, { file, line, hint: "log power in watts, as nvidia-smi does" });
  }
  const timestamp = names.indexOf("timestamp");
  if (timestamp < 0) {
    throw new InputError(`the ${from} has no timestamp column: energy needs to know when each power reading was taken`, {
      file,
      line,
      hint: "add timestamp to --query-gpu (first is customary), e.g. `--query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu`"
    });
  }
  const [index2, uuid, busId] = [names.indexOf("index"), names.indexOf("uuid"), names.indexOf("pci.bus_id")];
  return {
    count: names.length,
    names,
    timestamp,
    power,
    powerField,
    powerScale,
    index: index2,
    uuid,
    name: names.indexOf("name"),
    busId,
    utilization: names.indexOf("utilization.gpu"),
    hasDevice: index2 >= 0 || uuid >= 0 || busId >= 0
  };
}
function fieldsFromOption(columns, file) {
  const fields2 = parseHeaderFields(columns);
  if (!fields2) {
    throw new InputError(`the columns option "${columns}" is not a list of nvidia-smi field names`, {
      file,
      hint: "give the --query-gpu list the log was written with, e.g. columns=timestamp,index,power.draw"
    });
  }
  return fields2;
}

// plugins/nvidia-smi/headerless.ts
var TIMESTAMP = /^\d{4}[/-]\d{2}[/-]\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/;
var UUID = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
var WATTS = /^[+-]?\d+(\.\d+)?\s*W$/;
var BUS_ID = /^[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]$/;
var NUMBER_WITH_UNIT = /^[+-]?\d+(\.\d+)?\s*[A-Za-z%]*$/;
var GPU_NAME = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID|A\d|H\d|L\d|B\d)/;
function looksLikeTimestamp(text) {
  return TIMESTAMP.test(text);
}
function inferFieldsFromRow(row, file, line) {
  const cells = row.split(",").map((cell) => cell.trim());
  const fields2 = cells.map((_, i) => ({ name: `column${i + 1}`, unit: void 0, known: false }));
  const watts = [];
  const seen = /* @__PURE__ */ new Set();
  const name = (i, fieldName) => {
    fields2[i].name = fieldName;
    seen.add(fieldName);
  };
  cells.forEach((cell, i) => {
    if (!seen.has("timestamp") && TIMESTAMP.test(cell)) name(i, "timestamp");
    else if (!seen.has("uuid") && UUID.test(cell)) name(i, "uuid");
    else if (!seen.has("pci.bus_id") && BUS_ID.test(cell)) name(i, "pci.bus_id");
    else if (WATTS.test(cell)) watts.push(i);
    else if (!seen.has("name") && GPU_NAME.test(cell) && !NUMBER_WITH_UNIT.test(cell)) name(i, "name");
  });
  if (watts.length !== 1) {
    throw new InputError(
      watts.length === 0 ? "the log has no header and no column is marked as watts, so power.draw cannot be found" : `the log has no header and ${watts.length} columns are in watts (power.draw, power.limit, ...), so power.draw cannot be told apart`,
      {
        file,
        line,
        hint: "log with a header (drop `noheader` from --format), or name the columns with the plugin option columns=<the --query-gpu list>"
      }
    );
  }
  fields2[watts[0]].name = "power.draw";
  fields2[watts[0]].unit = "W";
  return fields2;
}

// plugins/nvidia-smi/detect.ts
var UUID2 = /^(GPU|MIG)-[0-9a-fA-F-]{8,}$/;
var GPU_NAME2 = /^(NVIDIA|Tesla|Quadro|GeForce|TITAN|GRID) [\w .-]+$/;
var NUMBER_OR_MISSING = /^([+-]?\d+(\.\d+)?(\s*[A-Za-z%]+)?|\[[^\]]*\])$/;
function detectNvidiaSmi({ head }) {
  const lines = head.split("\n", 40).map((l) => l.replace(/\r$/, "")).filter((l) => l.trim() !== "");
  const first = lines[0];
  if (first === void 0) return 0;
  const lead = first.trimStart()[0];
  if (lead === "{" || lead === "[" || lead === "#" || lead === "<") return 0;
  const header = parseHeaderFields(first);
  if (header) {
    if (!first.includes(", ") && header.length > 1) return 0;
    const names = header.map((f) => f.name);
    const unknown = header.filter((f) => !f.known).length;
    if (choosePowerField(names)) return unknown === 0 ? 0.95 : unknown < header.length / 2 ? 0.8 : 0;
    const nvidiaLike = header.filter((f) => f.known && (f.name.includes(".") || f.unit !== void 0)).length;
    return unknown === 0 && nvidiaLike >= 1 ? 0.6 : 0;
  }
  return detectHeaderless(lines.slice(0, 20));
}
function detectHeaderless(rows) {
  let width = -1;
  let timestamp = false;
  let watts = false;
  let uuid = false;
  let nvidiaCell = false;
  for (const row of rows) {
    if (!row.includes(", ")) return 0;
    const cells = row.split(",").map((c) => c.trim());
    if (width >= 0 && cells.length !== width) return 0;
    width = cells.length;
    for (const cell of cells) {
      if (looksLikeTimestamp(cell)) timestamp = true;
      else if (UUID2.test(cell)) uuid = true;
      else if (/^[+-]?\d+(\.\d+)?\s*W$/.test(cell)) watts = true;
      else if (GPU_NAME2.test(cell) || cell.startsWith("[")) nvidiaCell = true;
      else if (!NUMBER_OR_MISSING.test(cell)) return 0;
    }
  }
  if (timestamp || watts || uuid) return 0.5;
  if (width < 2) return 0;
  return nvidiaCell ? 0.3 : 0.2;
}

// plugins/nvidia-smi/scan.ts
var PLACEHOLDERS = /* @__PURE__ */ new Set(["N/A", "ERR!", "Unknown Error", "Not Supported"]);
function skipBlanks(bytes, start, end) {
  let i = start;
  while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
  return i;
}
function trimBlanksEnd(bytes, start, end) {
  let e = end;
  while (e > start && (bytes[e - 1] === 32 || bytes[e - 1] === 9)) e--;
  return e;
}
function textOf(bytes, start, end) {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString("utf8");
}
function bytesEqual(expected, bytes, start, end) {
  if (end - start !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (expected[i] !== bytes[start + i]) return false;
  return true;
}
function parseIndex(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || e - s > 6) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
function isMissingMarker(bytes, start, end) {
  const s = skipBlanks(bytes, start, end);
  const e = trimBlanksEnd(bytes, s, end);
  if (s === e || bytes[s] === 91) return true;
  return e - s <= 13 && PLACEHOLDERS.has(textOf(bytes, s, e));
}
function endsWithUnit(bytes, start, end) {
  const e = trimBlanksEnd(bytes, start, end);
  if (e <= start) return false;
  const c = bytes[e - 1];
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}

// plugins/nvidia-smi/gpus.ts
var GpuList = class {
  all = [];
  /** The refs by slot: the `devices` of the columns records. */
  refs = [];
  byKey = /* @__PURE__ */ new Map();
  byIndex = [];
  /** The slot of the last row's GPU. */
  cursor = -1;
  add(key, ref) {
    const gpu = { ref, key, keyBytes: Buffer.from(key, "utf8"), slot: this.all.length, lastTimeMs: -Infinity };
    this.all.push(gpu);
    this.refs.push(ref);
    this.byKey.set(key, gpu);
    return gpu;
  }
  byKeyText(key) {
    return this.byKey.get(key);
  }
  /** The GPU whose key is `bytes[start, end)`; interleaved logs cycle through the GPUs in order, so the next one is tried before hashing. */
  byKeyBytes(bytes, start, end) {
    const all = this.all;
    if (all.length > 0) {
      const guess = all[this.cursor + 1 < all.length ? this.cursor + 1 : 0];
      if (bytesEqual(guess.keyBytes, bytes, start, end)) return guess;
    }
    return this.byKey.get(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8"));
  }
  /** A row of `gpu` without a power reading. */
  noteMissing(gpu, timeMs, line) {
    const missing = gpu.missing;
    if (!missing) gpu.missing = { firstMs: timeMs, firstLine: line, lastMs: timeMs, lastLine: line };
    else if (timeMs > missing.lastMs) Object.assign(missing, { lastMs: timeMs, lastLine: line });
  }
  /** For each GPU that gave no reading at all: its first and last rows as no-reading records, so that it shows in the report with 0 % coverage. */
  unreadRecords(file) {
    return this.all.flatMap((gpu) => {
      const missing = gpu.missing;
      if (gpu.lastTimeMs !== -Infinity || !missing) return [];
      const first = { type: "no-reading", timeMs: missing.firstMs, device: gpu.ref, origin: { file, line: missing.firstLine } };
      if (missing.lastMs === missing.firstMs) return [first];
      return [first, { type: "no-reading", timeMs: missing.lastMs, device: gpu.ref, origin: { file, line: missing.lastLine } }];
    });
  }
  atIndex(index2) {
    return this.byIndex[index2];
  }
  setIndex(index2, gpu) {
    this.byIndex[index2] = gpu;
  }
};

// plugins/nvidia-smi/power.ts
var NO_UNIT = 0;
var OTHER_UNIT = -1;
function isUnitByte(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}
function unitStart(bytes, start, end) {
  let u = trimBlanksEnd(bytes, start, end);
  while (u > start && isUnitByte(bytes[u - 1])) u--;
  return u;
}
function valueUnitScale(bytes, start, end) {
  const e = trimBlanksEnd(bytes, start, end);
  const last = bytes[e - 1];
  if (!isUnitByte(last)) return NO_UNIT;
  if (last === 87 && !isUnitByte(bytes[e - 2])) return 1;
  const unit = unitStart(bytes, start, end);
  if (e - unit > 3) return OTHER_UNIT;
  return powerUnitScale(textOf(bytes, unit, e)) ?? OTHER_UNIT;
}
function unitName(scale) {
  return scale === 1 ? "W" : scale === 1e-3 ? "mW" : scale === 1e3 ? "kW" : "MW";
}
var PowerUnits = class {
  constructor(file, log) {
    this.file = file;
    this.log = log;
  }
  file;
  log;
  dropped = 0;
  units = /* @__PURE__ */ new Set();
  first = "";
  noted = /* @__PURE__ */ new Set();
  /** The power in W of `value`, the number in `bytes[start, end)`, by its own unit, else the header's; NaN when its unit is none of power. */
  read(value, bytes, start, end, layout, line) {
    const scale = Number.isNaN(value) ? NO_UNIT : valueUnitScale(bytes, start, end);
    if (scale === OTHER_UNIT) return Number.NaN;
    if (scale === NO_UNIT) return value * layout.powerScale;
    if (scale !== layout.powerScale) this.ownUnit(scale, layout.powerScale, layout.powerField, line);
    return value * scale;
  }
  /** The value `bytes[start, end)` at `line`, whose unit is no power unit: dropped. */
  drop(bytes, start, end, line) {
    this.dropped++;
    if (this.units.size < 5) this.units.add(textOf(bytes, unitStart(bytes, start, end), trimBlanksEnd(bytes, start, end)));
    if (this.dropped === 1) this.first = `line ${line}`;
  }
  /** A value at `line` read in its own unit (scale `scale` to W), unlike the header's (`headerScale`). */
  ownUnit(scale, headerScale, field, line) {
    if (this.noted.has(scale)) return;
    this.noted.add(scale);
    this.log.info(`${this.file}:${line}: ${field} values in ${unitName(scale)} under a [${unitName(headerScale)}] header; each value is read in its own unit`);
  }
  /** After the last row: the warning for the dropped values, or an InputError when no reading is left. */
  finish(field, records) {
    if (this.dropped === 0) return;
    const units = [...this.units].map((u) => `"${u}"`).join(", ");
    const what = `${this.dropped} ${field} value(s) in ${units}, which is not a unit of power (W, mW, kW) (first: ${this.first})`;
    if (records === 0) {
      throw new InputError(`no power readings: all ${what}`, {
        file: this.file,
        hint: `check that the ${field} column holds power: log it with \`nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw --format=csv\``
      });
    }
    this.log.warn(`${this.file}: dropped ${what}; the GPUs' coverage is lower where they occur`);
  }
};

// plugins/nvidia-smi/arrangement.ts
var SPLIT_RATIO = 3;
var JITTER_FLOOR_MS = 2;
var CONSISTENT_SHARE = 0.9;
var REGULAR_SHARE = 0.8;
var MAX_GPUS = 64;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function sampleSizes(deltas, gapMs) {
  const sizes = [];
  let size = 1;
  for (const d of deltas) {
    if (d < 0 || d >= gapMs) {
      sizes.push(size);
      size = 1;
    } else size++;
  }
  sizes.push(size);
  return sizes;
}
function consistentSampleSize(sizes) {
  if (sizes.length < 2) return void 0;
  if (sizes.length === 2) return sizes[0] === sizes[1] && sizes[0] <= MAX_GPUS ? sizes[0] : void 0;
  const { mode, share } = modeShare(sizes.slice(0, -1));
  return share >= CONSISTENT_SHARE && mode <= MAX_GPUS ? mode : void 0;
}
function modeShare(sizes) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [size, count] of counts) {
    if (count > best || count === best && size < mode) {
      mode = size;
      best = count;
    }
  }
  return { mode, share: best / sizes.length };
}
function classifyRows(timesMs, powersW) {
  const n = timesMs.length;
  if (n < 2) return { kind: "single", closeMs: 0 };
  const deltas = new Float64Array(n - 1);
  for (let i = 1; i < n; i++) deltas[i - 1] = timesMs[i] - timesMs[i - 1];
  if (deltas.every((d) => d === 0)) return { kind: "interleaved", gpus: n, sampleGapMs: 1 };
  const distinct = [...new Set(deltas.filter((d) => d >= 0))].sort((a, b) => a - b);
  let closeMs = Number.NaN;
  for (let j = 0; j + 1 < distinct.length; j++) {
    const low = Math.max(distinct[j], JITTER_FLOOR_MS);
    const high = distinct[j + 1];
    if (high / low < SPLIT_RATIO) continue;
    const gapMs = Math.sqrt(low * high);
    const mode = consistentSampleSize(sampleSizes(deltas, gapMs));
    if (mode === void 0) continue;
    if (mode > 1) return { kind: "interleaved", gpus: mode, sampleGapMs: gapMs };
    closeMs = gapMs;
    break;
  }
  const positive = [...deltas.filter((d) => d > 0)];
  const interval = median(positive);
  const regular = positive.filter((d) => Math.abs(d - interval) <= 0.25 * interval).length / Math.max(1, deltas.length);
  if (regular < REGULAR_SHARE) {
    return {
      kind: "irregular",
      reason: `the time between rows varies irregularly (only ${Math.round(regular * 100)}% of intervals are within 25% of the median ${Math.round(interval)} ms), as when several GPUs or loggers write to one file`
    };
  }
  const period = zigzagPeriod(powersW);
  if (period > 1) {
    return {
      kind: "irregular",
      reason: `power alternates with a period of ${period} rows, as when ${period} GPUs' rows are interleaved`
    };
  }
  return { kind: "single", closeMs: Number.isNaN(closeMs) ? interval / 4 : closeMs };
}
function zigzagPeriod(powersW) {
  const values = powersW.filter((p) => Number.isFinite(p));
  if (values.length < 64) return 0;
  const meanLagDiff = (lag) => {
    let sum = 0;
    for (let i = lag; i < values.length; i++) sum += Math.abs(values[i] - values[i - lag]);
    return sum / (values.length - lag);
  };
  const neighbours = meanLagDiff(1);
  if (neighbours <= 10) return 0;
  for (let lag = 2; lag <= 16; lag++) if (meanLagDiff(lag) < 0.3 * neighbours) return lag;
  return 0;
}

// plugins/nvidia-smi/unnamed-gpus.ts
var HEAD_ROWS = 4096;
var NAME_GPUS_HINT = "add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true";
var UnnamedGpuRows = class {
  constructor(file, log, oneGpu, emit) {
    this.file = file;
    this.log = log;
    this.oneGpu = oneGpu;
    this.emit = emit;
  }
  file;
  log;
  oneGpu;
  emit;
  arrangement;
  held = [];
  sample = [];
  lastRowTimeMs = Number.NaN;
  closeRows = 0;
  firstCloseLine = 0;
  droppedSamples = 0;
  droppedSampleRows = 0;
  firstDroppedSampleLine = 0;
  /** How many GPUs the log holds: 1 until it is known to be interleaved. */
  gpuCount() {
    return this.arrangement?.kind === "interleaved" ? this.arrangement.gpus : 1;
  }
  add(row, out) {
    if (this.oneGpu && this.arrangement === void 0) this.arrangement = { kind: "single", closeMs: 0 };
    if (this.arrangement === void 0) {
      this.held.push(row);
      if (this.held.length >= HEAD_ROWS) this.decideArrangement(out);
      return;
    }
    this.place(row, out);
  }
  /** At the end of the log: place what is held, close the last sample, warn of dropped samples. */
  finish(out) {
    if (this.arrangement === void 0 && this.held.length > 0) this.decideArrangement(out);
    if (this.arrangement?.kind === "interleaved") this.closeSample(out, true);
    if (this.droppedSamples > 0) {
      this.log.warn(
        `${this.file}: ${this.droppedSamples} samples had a number of rows other than ${this.gpuCount()} and were dropped (${this.droppedSampleRows} rows, first at line ${this.firstDroppedSampleLine}); those seconds are gaps for every GPU`
      );
    }
  }
  /** A log judged to be one GPU's must stay that way: rows crowding together later mean interleaving. */
  checkSingleGpu(records) {
    if (this.arrangement?.kind !== "single" || this.oneGpu) return;
    if (this.closeRows > 20 && this.closeRows * 10 > records) {
      throw new InputError(
        `the log has no index or uuid column and from line ${this.firstCloseLine} on, ${this.closeRows} rows follow the previous one within ${Math.round(this.arrangement.closeMs)} ms, as when several GPUs' rows are interleaved; carbon-ci will not merge several GPUs into one`,
        { file: this.file, line: this.firstCloseLine, hint: NAME_GPUS_HINT }
      );
    }
  }
  decideArrangement(out) {
    const held = this.held;
    this.held = [];
    const arrangement = classifyRows(
      held.map((r) => r.timeMs),
      held.map((r) => r.powerW)
    );
    if (arrangement.kind === "irregular") {
      throw new InputError(`the log has no index or uuid column and ${arrangement.reason}; carbon-ci will not merge several GPUs into one`, {
        file: this.file,
        line: held[0]?.line,
        hint: NAME_GPUS_HINT
      });
    }
    this.arrangement = arrangement;
    if (arrangement.kind === "interleaved") {
      this.log.warn(
        `${this.file}: no index or uuid column, and the rows come in samples of ${arrangement.gpus} a few ms apart: read as ${arrangement.gpus} GPUs (slot0..slot${arrangement.gpus - 1}) by their position in each sample, the order nvidia-smi prints them. Totals do not depend on that order; add index,uuid to --query-gpu to name the GPUs`
      );
    }
    for (const row of held) this.place(row, out);
  }
  place(row, out) {
    const arrangement = this.arrangement;
    const delta = row.timeMs - this.lastRowTimeMs;
    this.lastRowTimeMs = row.timeMs;
    if (arrangement.kind === "single") {
      if (delta >= 0 && delta < arrangement.closeMs) {
        this.closeRows++;
        if (this.closeRows === 1) this.firstCloseLine = row.line;
      }
      this.emit(0, "gpu", row, out);
      return;
    }
    if (arrangement.kind !== "interleaved") return;
    if (this.sample.length > 0 && (delta < 0 || delta >= arrangement.sampleGapMs)) this.closeSample(out, false);
    this.sample.push(row);
  }
  closeSample(out, final) {
    const sample2 = this.sample;
    const gpus = this.gpuCount();
    if (sample2.length === gpus || final && sample2.length < gpus) {
      for (let k = 0; k < sample2.length; k++) this.emit(k, `slot${k}`, sample2[k], out);
    } else if (sample2.length > 0) {
      this.droppedSamples++;
      this.droppedSampleRows += sample2.length;
      if (this.droppedSamples === 1) this.firstDroppedSampleLine = sample2[0].line;
    }
    this.sample = [];
  }
};

// plugins/nvidia-smi/wall-clock.ts
var WallClock = class {
  stamp = new Float64Array(2);
  toUtc;
  /** The date of the last timestamp read (YYYYMMDD), and its midnight as wall-clock ms. */
  dateKey = -1;
  dayMs = 0;
  constructor(timeZone) {
    this.toUtc = monotonicWallClockToUtc(timeZone);
  }
  /** The instant of the timestamp field `bytes[start, end)`, NaN when it is not one. */
  timeOf(bytes, start, end) {
    if (!parseDateTimeBytes(bytes, start, end, this.stamp)) return Number.NaN;
    const dateKey = this.stamp[0];
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      const midnight = /* @__PURE__ */ new Date(0);
      midnight.setUTCFullYear(Math.floor(dateKey / 1e4), Math.floor(dateKey / 100) % 100 - 1, dateKey % 100);
      this.dayMs = midnight.getTime();
    }
    return this.toUtc(this.dayMs + this.stamp[1]);
  }
};

// plugins/nvidia-smi/reader.ts
var WARN_EACH = 3;
var SUSPICIOUS_W = 2e3;
var MIN_BATCH_ROWS = 1024;
var MAX_REASON_CHARS = 200;
var NvidiaSmiReader = class {
  constructor(file, timeZone, log, options = {}) {
    this.file = file;
    this.log = log;
    this.options = options;
    this.clock = new WallClock(timeZone);
    this.powerUnits = new PowerUnits(file, log);
  }
  file;
  log;
  options;
  layout;
  headerText = "";
  withUnits;
  lastFieldHasUnit = false;
  bounds = new Int32Array(16);
  lineStart = 0;
  lineNo = 0;
  clock;
  /** Readings that need no origin, as columns; taken at the end of each chunk and before any single record. */
  columns = new PowerColumnsBuilder();
  /** The log's GPUs, by slot. */
  gpus = new GpuList();
  /** Rows of a log that names no GPU; made at the first such row. */
  unnamed;
  dataLines = 0;
  records = 0;
  malformed = 0;
  firstMalformed = "";
  missingPower = 0;
  firstMissingPower = "";
  truncatedLine = 0;
  powerUnits;
  /** Parse a chunk of whole lines (from `readLineChunks`); returns its records. */
  consume(chunk) {
    const out = [];
    const bytes = chunk.bytes;
    const size = bytes.length;
    let pos = 0;
    while (pos < size) {
      this.lineNo++;
      const layout = this.layout;
      if (layout === void 0) {
        let end2 = bytes.indexOf(10, pos);
        if (end2 < 0) end2 = size;
        const line = textOf(bytes, pos, end2).replace(/\r$/, "");
        if (line.trim() === "" || this.start(line, this.lineNo)) {
          pos = end2 + 1;
          continue;
        }
        this.lineNo--;
        continue;
      }
      const bounds = this.bounds;
      const count = layout.count;
      let found = 0;
      let i = pos;
      for (; i < size; i++) {
        const c = bytes[i];
        if (c === 44) {
          if (found < count) bounds[found] = i;
          found++;
        } else if (c === 10) break;
      }
      let end = i;
      if (end > pos && bytes[end - 1] === 13) end--;
      if (end > pos && (bytes[pos] > 32 || skipBlanks(bytes, pos, end) < end)) {
        this.row(bytes, pos, end, found, i >= size && chunk.unterminatedLast, out);
      }
      pos = i + 1;
    }
    if (this.dataLines >= 1e3 && this.malformed * 2 > this.dataLines) throw this.notNvidiaSmi();
    if (this.columns.length >= MIN_BATCH_ROWS) this.takeColumns(out);
    return out;
  }
  finish() {
    const out = [];
    if (this.layout === void 0) {
      throw new InputError("no nvidia-smi header or rows found", { file: this.file, hint: "check that this is the log nvidia-smi wrote (-f FILE)" });
    }
    this.unnamed?.finish(out);
    this.unnamed?.checkSingleGpu(this.records);
    if (this.truncatedLine > 0) {
      this.log.warn(`${this.file}:${this.truncatedLine}: the last line is cut short (the logger was stopped mid-write); dropped`);
    }
    if (this.malformed > WARN_EACH) {
      this.log.warn(`${this.file}: ${this.malformed} malformed lines dropped in all (first: ${this.firstMalformed})`);
    }
    this.powerUnits.finish(this.layout.powerField, this.records);
    if (this.records === 0) {
      if (this.missingPower > 0) {
        throw new InputError(`no power readings: all ${this.missingPower} ${this.layout.powerField} values are missing (first: ${this.firstMissingPower})`, {
          file: this.file,
          hint: "this GPU or driver does not report board power; estimate instead, e.g. `carbon-ci estimate --gpu MODEL --hours H`"
        });
      }
      if (this.malformed > 0) throw this.notNvidiaSmi();
      throw new InputError("the log has a header but no samples", {
        file: this.file,
        hint: "the logger stopped before its first sample; check that it ran during the job (nvidia-smi ... -lms 1000 -f FILE)"
      });
    }
    if (this.malformed > this.dataLines - this.malformed) throw this.notNvidiaSmi();
    if (this.missingPower > 0) {
      this.log.warn(
        `${this.file}: ${this.missingPower} rows without a power reading ([N/A], [Not Supported]) were skipped (first: ${this.firstMissingPower}); the GPUs' coverage is lower where they occur`
      );
    }
    this.takeColumns(out);
    out.push(...this.gpus.unreadRecords(this.file));
    return out;
  }
  notNvidiaSmi() {
    return new InputError(
      `${this.malformed} of ${this.dataLines} lines are not nvidia-smi rows (first: ${this.firstMalformed}): this does not look like an nvidia-smi --query-gpu log`,
      { file: this.file, hint: "check the file, or name its format with --plugin" }
    );
  }
  /** Set the layout from the first line. True when that line is a header (and so not data). */
  start(line, lineNo) {
    const fields2 = parseHeaderFields(line);
    if (fields2) {
      this.setLayout(layoutFromFields(fields2, this.file, lineNo, "header"), line);
      return true;
    }
    if (this.options.columns) {
      this.setLayout(layoutFromFields(fieldsFromOption(this.options.columns, this.file), this.file, void 0, "columns option"), "");
    } else {
      const inferred = inferFieldsFromRow(line, this.file, lineNo);
      this.setLayout(layoutFromFields(inferred, this.file, lineNo, "headerless log (columns told from the first row)"), "");
      this.log.info(`${this.file}: no header; columns read as ${inferred.map((f) => f.name).join(", ")}`);
    }
    return false;
  }
  setLayout(layout, header) {
    const previous = this.layout;
    if (previous && previous.hasDevice !== layout.hasDevice) {
      throw new InputError("the columns change mid-file (a new header with a different device column)", {
        file: this.file,
        hint: "split the file where the new header starts and pass both parts"
      });
    }
    this.layout = layout;
    this.headerText = header.trim();
    this.withUnits = void 0;
    if (this.bounds.length < layout.count) this.bounds = new Int32Array(layout.count + 1);
    if (layout.powerField !== "power.draw") this.log.info(`${this.file}: power read from ${layout.powerField} (no power.draw column)`);
  }
  badLine(lineNo, text) {
    const reason = text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}\u2026` : text;
    this.malformed++;
    const where = `line ${lineNo}: ${reason}`;
    if (this.malformed === 1) this.firstMalformed = where;
    if (this.malformed <= WARN_EACH) this.log.warn(`${this.file}:${lineNo}: ${reason}; line dropped`);
  }
  /** A header line met after the first: the same one repeated (logs appended to), or a new column set. */
  reheader(line, lineNo) {
    const fields2 = parseHeaderFields(line);
    if (!fields2) return false;
    this.dataLines--;
    if (line.trim() !== this.headerText) {
      this.setLayout(layoutFromFields(fields2, this.file, lineNo, "header"), line);
      this.log.info(`${this.file}:${lineNo}: a new header; columns are now ${fields2.map((f) => f.name).join(", ")}`);
    }
    return true;
  }
  row(bytes, start, end, found, last, out) {
    const layout = this.layout;
    const lineNo = this.lineNo;
    this.dataLines++;
    const bounds = this.bounds;
    const count = layout.count;
    if (found !== count - 1) {
      if (last) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
      const line = textOf(bytes, start, end);
      if (this.reheader(line, lineNo)) return;
      this.badLine(lineNo, `expected ${count} fields, found ${found + 1}`);
      return;
    }
    bounds[count - 1] = end;
    this.lineStart = start;
    const timeMs = this.clock.timeOf(bytes, this.fieldStart(layout.timestamp), bounds[layout.timestamp]);
    if (Number.isNaN(timeMs)) {
      if (this.reheader(textOf(bytes, start, end), lineNo)) return;
      this.badLine(lineNo, `"${this.field(bytes, layout.timestamp)}" is not a timestamp (YYYY/MM/DD HH:MM:SS.mmm)`);
      return;
    }
    const p = layout.power;
    const powerStart = this.fieldStart(p);
    const powerEnd = bounds[p];
    const powerW = this.powerOf(bytes, powerStart, powerEnd);
    if (Number.isNaN(powerW)) {
      if (!isMissingMarker(bytes, powerStart, powerEnd)) return this.notPower(bytes, powerStart, powerEnd, lineNo);
    } else if (this.withUnits === void 0) {
      this.noteUnits(bytes, powerStart, powerEnd);
    }
    if (last && this.withUnits && this.lastFieldHasUnit) {
      const lastStart = count === 1 ? start : bounds[count - 2] + 1;
      if (!endsWithUnit(bytes, lastStart, end) && !isMissingMarker(bytes, lastStart, end)) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
    }
    const utilization = this.utilizationOf(bytes);
    if (layout.hasDevice) {
      const device = this.deviceFor(bytes, lineNo);
      if (device === void 0) return;
      this.gpus.cursor = device.slot;
      this.emit(device, timeMs, powerW, utilization, lineNo, out);
      return;
    }
    const unnamed = this.unnamed ??= new UnnamedGpuRows(
      this.file,
      this.log,
      this.options.oneGpu === true,
      (slot, id, row, rows) => this.emit(this.slotDevice(slot, row.model, id), row.timeMs, row.powerW, row.utilization, row.line, rows)
    );
    const needModel = layout.name >= 0 && (unnamed.arrangement === void 0 || this.gpus.all.length < unnamed.gpuCount());
    const model = needModel ? this.modelName(bytes, layout.name) : void 0;
    unnamed.add({ timeMs, powerW, utilization, model, line: lineNo }, out);
  }
  /** The row's power in W by the value's own unit, else the header's; NaN when the field holds no number or one in another unit. */
  powerOf(bytes, start, end) {
    const value = parseNumberBytes(bytes, start, end);
    const scale = this.layout.powerScale;
    const c = bytes[end - 1];
    if (c >= 48 && c <= 57 || c === 46) return scale === 1 ? value : value * scale;
    if (c === 87 && bytes[end - 2] === 32 && scale === 1) return value;
    return this.powerUnits.read(value, bytes, start, end, this.layout, this.lineNo);
  }
  /** A power field that is no reading: a number in a unit that is not one of power (dropped and counted), or a malformed line. */
  notPower(bytes, start, end, lineNo) {
    if (Number.isNaN(parseNumberBytes(bytes, start, end))) this.badLine(lineNo, `power "${this.field(bytes, this.layout.power)}" is not a number`);
    else this.powerUnits.drop(bytes, start, end, lineNo);
  }
  /** The row's GPU utilisation as a fraction, NaN when the log has none or it is out of range. */
  utilizationOf(bytes) {
    const u = this.layout.utilization;
    if (u < 0) return Number.NaN;
    const percent = parseNumberBytes(bytes, this.fieldStart(u), this.bounds[u]);
    return percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN;
  }
  fieldStart(column) {
    return column === 0 ? this.lineStart : this.bounds[column - 1] + 1;
  }
  field(bytes, column) {
    return textOf(bytes, this.fieldStart(column), this.bounds[column]).trim();
  }
  modelName(bytes, column) {
    return isMissingMarker(bytes, this.fieldStart(column), this.bounds[column]) ? void 0 : this.field(bytes, column);
  }
  noteUnits(bytes, start, end) {
    this.withUnits = endsWithUnit(bytes, start, end);
    this.lastFieldHasUnit = this.withUnits && this.headerText.endsWith("]");
  }
  emit(device, timeMs, powerW, utilization, lineNo, out) {
    if (Number.isNaN(powerW)) {
      this.missingPower++;
      if (this.missingPower === 1) this.firstMissingPower = `line ${lineNo}, ${device.ref.id}`;
      this.gpus.noteMissing(device, timeMs, lineNo);
      return;
    }
    if (powerW < 0 || powerW > SUSPICIOUS_W || timeMs <= device.lastTimeMs) {
      this.takeColumns(out);
      const record = { type: "power", timeMs, device: device.ref, powerW };
      if (!Number.isNaN(utilization)) record.utilization = utilization;
      record.origin = { file: this.file, line: lineNo };
      out.push(record);
    } else {
      this.columns.add(device.slot, timeMs, powerW, utilization);
    }
    if (timeMs > device.lastTimeMs) device.lastTimeMs = timeMs;
    this.records++;
  }
  takeColumns(out) {
    const record = this.columns.take(this.gpus.refs);
    if (record) out.push(record);
  }
  deviceFor(bytes, lineNo) {
    const layout = this.layout;
    const bounds = this.bounds;
    if (layout.uuid >= 0) {
      const u = layout.uuid;
      const s = skipBlanks(bytes, this.fieldStart(u), bounds[u]);
      const e = trimBlanksEnd(bytes, s, bounds[u]);
      if (s < e && bytes[s] !== 91) {
        let device = this.gpus.byKeyBytes(bytes, s, e);
        if (device === void 0) {
          const key = textOf(bytes, s, e);
          device = this.addDevice(key, { id: key, uuid: key }, bytes);
        }
        this.gpus.cursor = device.slot;
        return device;
      }
    }
    if (layout.index >= 0) {
      const i = layout.index;
      const index2 = parseIndex(bytes, this.fieldStart(i), bounds[i]);
      if (index2 < 0) {
        this.badLine(lineNo, `index "${this.field(bytes, i)}" is not a GPU index`);
        return void 0;
      }
      let device = this.gpus.atIndex(index2);
      if (device === void 0) {
        device = this.addDevice(`gpu${index2}`, { id: `gpu${index2}`, index: index2 }, bytes);
        this.gpus.setIndex(index2, device);
      }
      return device;
    }
    if (layout.busId >= 0) {
      const busId = this.field(bytes, layout.busId);
      if (busId !== "" && !busId.startsWith("[")) return this.gpus.byKeyText(busId) ?? this.addDevice(busId, { id: `pci:${busId}` }, bytes);
    }
    this.badLine(lineNo, "the row names no GPU (uuid and index missing)");
    return void 0;
  }
  addDevice(key, identity2, bytes, model) {
    const layout = this.layout;
    const ref = { ...identity2, vendor: "nvidia", component: "gpu" };
    if (bytes !== void 0 && layout.uuid >= 0 && layout.index >= 0 && ref.index === void 0) {
      const index2 = parseIndex(bytes, this.fieldStart(layout.index), this.bounds[layout.index]);
      if (index2 >= 0) ref.index = index2;
    }
    const name = model ?? (bytes !== void 0 && layout.name >= 0 ? this.modelName(bytes, layout.name) : void 0);
    if (name !== void 0) ref.model = name;
    return this.gpus.add(key, ref);
  }
  slotDevice(slot, model, id) {
    return this.gpus.all[slot] ?? this.addDevice(id, { id }, void 0, model);
  }
};

// plugins/nvidia-smi/index.ts
var nvidia_smi_default = definePlugin({
  name: "nvidia-smi",
  kind: "telemetry",
  description: "nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,... --format=csv[,nounits] logs: board power per GPU, timestamps in local time (--timezone)",
  example: "timestamp, index, name, power.draw [W]\n2024/02/29 12:00:00.000, 0, NVIDIA A100-SXM4-80GB, 312.45 W",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      columns: {
        type: "string",
        description: 'For logs written with --format=csv,noheader: the --query-gpu field list, e.g. "timestamp,index,power.draw"'
      },
      oneGpu: {
        type: "boolean",
        description: "The log has no index or uuid column and is of a single GPU: skip the checks for interleaved GPUs"
      }
    }
  },
  detect: detectNvidiaSmi,
  async *read(source, context) {
    const options = readOptions2(context.options);
    const reader = new NvidiaSmiReader(source.path, context.localTimeZone(), context.log, options);
    for await (const chunk of readLineChunks(source.open(), { file: source.path })) {
      context.signal.throwIfAborted();
      const records = reader.consume(chunk);
      if (records.length > 0) yield records;
    }
    const rest = reader.finish();
    if (rest.length > 0) yield rest;
  }
});
function readOptions2(raw) {
  const options = {};
  if (raw && typeof raw === "object") {
    const { columns, oneGpu } = raw;
    if (typeof columns === "string" && columns.trim() !== "") options.columns = columns;
    if (oneGpu === true || oneGpu === "true") options.oneGpu = true;
  }
  return options;
}

// plugins/prometheus/credentials.ts
function splitCredentials(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return void 0;
  }
  if (url.username === "" && url.password === "") return { base: url.toString() };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  return { base: url.toString(), authorization: `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}` };
}
function redactUrl2(text) {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/i, "$1***@");
}

// plugins/prometheus/index.ts
var POWER3 = "DCGM_FI_DEV_POWER_USAGE";
var ENERGY2 = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
function instantOf(value, what, toUtc) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    if (/^\d+(?:\.\d+)?$/.test(value.trim())) return Math.round(epochToMs(Number(value)));
    const parsed = parseDateTime(value);
    if (parsed) return dateTimeToUtc(parsed, toUtc);
  }
  throw new InputError(`prometheus ${what} ${JSON.stringify(value)} is not a time`, { hint: "give epoch seconds or ms, or an ISO 8601 date and time" });
}
async function queryMatrix(base, query, timeS, options, context) {
  const url = new URL("api/v1/query", base.endsWith("/") ? base : `${base}/`);
  url.searchParams.set("query", query);
  url.searchParams.set("time", String(timeS));
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 3e4);
  let response;
  try {
    response = await fetch(url, { headers: options.headers, signal: AbortSignal.any([context.signal, timeout]) });
  } catch (error) {
    context.signal.throwIfAborted();
    const reason = timeout.aborted ? `no answer within ${options.timeoutMs ?? 3e4} ms` : error.message;
    throw new InputError(`cannot query Prometheus at ${base}: ${reason}`, {
      hint: "check the URL (scheme, host, port, path prefix) and that this machine can reach it"
    });
  }
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InputError(`${url.origin}${url.pathname} answered HTTP ${response.status} with something that is not the Prometheus API`, {
      hint: "point the URL at the Prometheus server itself (the address of its web UI)"
    });
  }
  if (body.status !== "success") {
    throw new InputError(`Prometheus refused the query ${query}: ${body.errorType ?? ""} ${body.error ?? `HTTP ${response.status}`}`.trim(), {
      hint: response.status === 401 || response.status === 403 ? "give credentials in the headers option" : "check the URL and the time window"
    });
  }
  if (body.data?.resultType !== "matrix" || !Array.isArray(body.data.result)) {
    throw new InputError(`Prometheus answered the query ${query} without a matrix`, { hint: "the server is not Prometheus-compatible" });
  }
  return body.data.result;
}
function deviceFields2(labels) {
  const pick = (...names) => names.map((n) => labels[n]).find((v) => v !== void 0 && v !== "");
  const gpu = pick("gpu");
  return {
    uuid: pick("UUID", "uuid", "gpu_uuid"),
    index: gpu !== void 0 && /^\d+$/.test(gpu) ? Number(gpu) : void 0,
    host: pick("Hostname", "hostname"),
    model: pick("modelName", "model_name")
  };
}
async function* readPrometheusApi(options, context) {
  const parsed = splitCredentials(options.url);
  if (!parsed) throw new InputError(`prometheus url ${JSON.stringify(redactUrl2(options.url))} is not a URL`, { hint: "e.g. http://prometheus.monitoring:9090" });
  const base = parsed.base;
  if (parsed.authorization !== void 0) options = { ...options, headers: { Authorization: parsed.authorization, ...options.headers } };
  const toUtc = wallClockToUtc(options.timeZone ?? "UTC");
  const startMs = instantOf(options.start, "start", toUtc);
  const endMs = instantOf(options.end, "end", toUtc);
  if (!(endMs > startMs)) throw new InputError("prometheus end must come after start", { hint: "give the window of the job" });
  const chunkMs = Math.max(1, Math.round((options.chunkS ?? 3600) * 1e3));
  const metrics = (options.metrics ?? ["power", "energy"]).map((m) => m === "power" ? POWER3 : ENERGY2);
  const devices2 = new DeviceRegistry(options.host);
  const lastEmitted = /* @__PURE__ */ new Map();
  let total = 0;
  let blanks = 0;
  for (let sliceStart = startMs; sliceStart < endMs; sliceStart += chunkMs) {
    context.signal.throwIfAborted();
    const sliceEnd = Math.min(endMs, sliceStart + chunkMs);
    const rangeMs = sliceEnd - sliceStart;
    const byKey = /* @__PURE__ */ new Map();
    for (const metric of metrics) {
      const series = await queryMatrix(base, `${metric}[${rangeMs}ms]`, sliceEnd / 1e3, options, context);
      for (const { metric: labels, values } of series) {
        const device = devices2.get(deviceFields2(labels));
        if (!device) {
          context.log.warn(`${base}: a ${metric} series has no UUID or gpu label; its samples were left out`);
          continue;
        }
        const key = `${metric}\0${device.id}`;
        let entry = byKey.get(key);
        if (!entry) byKey.set(key, entry = { metric, device, times: [], values: [] });
        for (const [timeS, text] of values) {
          const value = Number(text);
          if (!Number.isFinite(value) || value >= DCGM_BLANK_MIN) {
            blanks++;
            continue;
          }
          entry.times.push(Math.round(timeS * 1e3));
          entry.values.push(value);
        }
      }
    }
    const records = [];
    for (const [key, { metric, device, times, values }] of byKey) {
      const order = times.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
      let last = lastEmitted.get(key) ?? Number.NEGATIVE_INFINITY;
      for (const i of order) {
        const timeMs = times[i];
        if (timeMs <= last || timeMs < startMs) continue;
        last = timeMs;
        const value = values[i];
        records.push(metric === POWER3 ? { type: "power", timeMs, device, powerW: value } : { type: "energy-counter", timeMs, device, counterJ: value / 1e3 });
      }
      lastEmitted.set(key, last);
    }
    total += records.length;
    if (records.length > 0) yield records;
  }
  if (total === 0) {
    throw new InputError(`Prometheus at ${base} has no ${metrics.join(" or ")} samples between ${new Date(startMs).toISOString()} and ${new Date(endMs).toISOString()}`, {
      hint: "check that it scrapes the DCGM exporter, and the window (and its time zone)"
    });
  }
  if (blanks > 0) context.log.warn(`${base}: dropped ${blanks} samples holding a DCGM blank or NaN value; those readings are missing, which lowers coverage`);
}
function prometheusSource(options) {
  return {
    name: "prometheus",
    location: redactUrl2(options.url),
    read: (context) => readPrometheusApi({ timeZone: context.localTimeZone(), ...options }, context)
  };
}

// plugins/rapl/index.ts
var RAPL_LOG_HEADER = "timestamp_ms,zone,name,energy_uj,max_energy_range_uj";
var COLUMNS2 = RAPL_LOG_HEADER.split(",");
var UJ_PER_J = 1e6;
var ZONE = /^[a-z_-]+:(\d+)(?::(\d+))?$/;
function detect7({ head }) {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].trim();
  return first === RAPL_LOG_HEADER ? 0.95 : 0;
}
function deviceOf(zone, name) {
  const match = ZONE.exec(zone);
  if (!match) return void 0;
  const index2 = Number(match[1]);
  if (name === "dram") return { component: "ram", index: index2 };
  if (/^package-\d+$/.test(name) && match[2] === void 0) return { component: "cpu", index: index2 };
  return void 0;
}
async function* read3(source, context) {
  const file = source.path;
  const counters = /* @__PURE__ */ new Map();
  const devices2 = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  const skippedZones = /* @__PURE__ */ new Set();
  let header = false;
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const records = [];
    batch.lines.forEach((text, i) => {
      const line = batch.firstLine + i;
      if (text.trim() === "") return;
      if (!header) {
        if (text.replace(/^\uFEFF/, "").trim() !== RAPL_LOG_HEADER) {
          throw new InputError("not a RAPL log: the first line must be its header", { file, line, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
        }
        header = true;
        return;
      }
      const fields2 = splitCsvLine(text, { file, line });
      if (fields2.length !== COLUMNS2.length) {
        dropped.add("a row with the wrong number of fields", line);
        return;
      }
      const [timeText, zone, name, energyText, rangeText] = fields2;
      const timeMs = Number(timeText);
      const energyUj = Number(energyText);
      const rangeUj = Number(rangeText);
      if (!Number.isFinite(timeMs) || !Number.isFinite(energyUj) || energyUj < 0 || !(rangeUj > 0)) {
        dropped.add("a row without a valid time, energy or range", line);
        return;
      }
      const what = deviceOf(zone, name);
      if (what === void 0) {
        skippedZones.add(`${zone} (${name})`);
        return;
      }
      let counter = counters.get(zone);
      if (counter === void 0) {
        const key = `${what.component}${what.index}`;
        let device = devices2.get(key);
        if (device === void 0) {
          device = deviceRef({ component: what.component, index: what.index, model: what.component === "cpu" ? `RAPL ${name}` : "RAPL dram" });
          devices2.set(key, device);
        }
        counter = { device, lastUj: energyUj, wrappedUj: 0, wraps: 0 };
        counters.set(zone, counter);
      } else if (energyUj < counter.lastUj) {
        counter.wrappedUj += rangeUj;
        counter.wraps += 1;
      }
      counter.lastUj = energyUj;
      records.push({ type: "energy-counter", timeMs, device: counter.device, counterJ: (counter.wrappedUj + energyUj) / UJ_PER_J, origin: { file, line } });
    });
    if (records.length > 0) yield records;
  }
  if (!header) throw new InputError("the RAPL log is empty", { file, hint: `the header is "${RAPL_LOG_HEADER}" (as carbon-ci run writes it)` });
  const wraps = [...counters.values()].reduce((sum, c) => sum + c.wraps, 0);
  if (wraps > 0) context.log.info(`${file}: the RAPL counters wrapped ${wraps} time(s) at max_energy_range_uj; counted as wraps`);
  if (skippedZones.size > 0) context.log.debug(`${file}: zones inside a package (or psys) left out, as the package counts them: ${[...skippedZones].join(", ")}`);
  dropped.report(context.log, "the time around them counts as a gap");
}
var rapl_default = definePlugin({
  name: "rapl",
  kind: "telemetry",
  description: "CPU package and DRAM energy counters (RAPL, /sys/class/powercap) from the log that `carbon-ci run` writes; wraps at max_energy_range_uj counted.",
  example: `${RAPL_LOG_HEADER}
1765000000000,intel-rapl:0,package-0,81234567890,262143328850`,
  detect: detect7,
  read: read3
});

// plugins/rocm-smi/index.ts
var POWER_COLUMNS = [
  /^Average Graphics Package Power \(W\)$/i,
  /Graphics Package Power \(W\)$/i,
  "socket_power",
  "average_socket_power",
  "current_socket_power",
  "power_usage"
];
var USE_COLUMNS = [/^GPU use \(%\)$/i, "gfx_activity", "gfx_usage", "gfx"];
var TIME_COLUMNS = ["timestamp", "time", "datetime", "date"];
var DEVICE_COLUMNS = ["device", "gpu"];
var WATCH_BANNER = /^'CTRL' \+ 'C' to stop watching/;
var TIME_ONLY = /^(?:\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
var POWER_UNITS = { W: 1, mW: 1e-3, kW: 1e3, MW: 1e6 };
var NUMBER_AND_UNIT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*([A-Za-z%]+)$/;
var ROCM_TIME_HINT = "rocm-smi prints no time: write one before each sample, e.g. `while true; do date -Is; rocm-smi --showpower --csv; sleep 1; done > power.csv`, or use `amd-smi metric --power --csv -w 1`, which adds a timestamp column";
function isHeader(fields2) {
  const lower = fields2.map((f) => f.trim().toLowerCase());
  const numeric = (f) => {
    const value = parseNumber(f);
    return value !== null && !Number.isNaN(value);
  };
  return DEVICE_COLUMNS.some((name) => lower.includes(name)) && !lower.some(numeric);
}
function layoutOf2(fields2, line) {
  const index2 = (candidates2) => findColumn(fields2, ...candidates2)?.index ?? -1;
  return {
    count: fields2.length,
    device: index2(DEVICE_COLUMNS),
    power: index2(POWER_COLUMNS),
    use: index2(USE_COLUMNS),
    time: index2(TIME_COLUMNS),
    line
  };
}
function csvFields(line) {
  try {
    return splitCsvLine(line);
  } catch {
    return [];
  }
}
function detect8({ head }) {
  const lines = head.split("\n", 12).map((l) => l.trim()).filter((l) => l !== "" && !WATCH_BANNER.test(l) && !TIME_ONLY.test(l));
  const fields2 = lines.slice(0, 4).map(csvFields).find(isHeader);
  if (!fields2) return 0;
  const lower = fields2.map((f) => f.trim().toLowerCase());
  const rocmSmi = lower[0] === "device" || lower[1] === "device";
  const rocmLabel = fields2.some((f) => /\((?:W|%|C|MHz)\)$/.test(f.trim()));
  if (rocmSmi && rocmLabel) return findColumn(fields2, ...POWER_COLUMNS) ? 0.95 : 0.85;
  const amdSmi = lower.includes("gpu") && findColumn(fields2, "socket_power", "average_socket_power", "current_socket_power", "power_usage");
  return amdSmi ? 0.9 : 0;
}
function hostOption2(options) {
  if (options.host === void 0) return void 0;
  if (typeof options.host !== "string" || options.host === "") throw new InputError("plugin option host must be a non-empty string");
  return options.host;
}
async function* read4(source, context) {
  const file = source.path;
  const host = hostOption2(context.options);
  const toUtc = wallClockToUtc(context.localTimeZone());
  const dropped = new DroppedRows(file);
  const devices2 = /* @__PURE__ */ new Map();
  let layout;
  let markerMs;
  let sawPower = false;
  let secondaryDie = 0;
  let records = 0;
  const otherUnits = { count: 0, units: /* @__PURE__ */ new Set(), first: 0 };
  const timeOf = (text, line) => {
    const trimmed = text.trim();
    const epoch = /^\d+(?:\.\d+)?$/.test(trimmed);
    const parsed = epoch ? void 0 : parseDateTime(trimmed);
    const timeMs = parsed ? dateTimeToUtc(parsed, toUtc) : epoch ? Math.round(epochToMs(Number(trimmed))) : Number.NaN;
    if (Math.abs(timeMs) <= 864e13) return timeMs;
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}\u2026` : trimmed;
    throw new InputError(`"${shown}" is not a time`, { file, line, hint: "write epoch seconds or an ISO 8601 date and time" });
  };
  const deviceFor = (text, line) => {
    const match = /^(?:card)?(\d+)$/i.exec(text.trim());
    if (!match) throw new InputError(`"${text}" is not a GPU (card<N> or an index)`, { file, line, hint: "the row is corrupted; repair or delete it" });
    const index2 = Number(match[1]);
    let device = devices2.get(index2);
    if (!device) {
      device = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, vendor: "amd", index: index2 };
      if (host) device.host = host;
      devices2.set(index2, device);
    }
    return device;
  };
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const out = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "" || WATCH_BANNER.test(text)) continue;
      if (TIME_ONLY.test(text)) {
        markerMs = timeOf(text, line);
        continue;
      }
      const fields2 = splitCsvLine(text, { file, line });
      if (isHeader(fields2)) {
        layout = layoutOf2(fields2, line);
        if (layout.power >= 0) sawPower = true;
        continue;
      }
      if (!layout) {
        throw new InputError("a row comes before any rocm-smi/amd-smi CSV header", {
          file,
          line,
          hint: "keep the header line that `rocm-smi --csv` or `amd-smi \u2026 --csv` prints (device,\u2026 or timestamp,gpu,\u2026)"
        });
      }
      if (layout.power < 0) continue;
      if (fields2.length !== layout.count) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add("the last line is cut short", line);
          continue;
        }
        throw new InputError(`the row has ${fields2.length} fields but the header at line ${layout.line} names ${layout.count}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      let timeMs;
      if (layout.time >= 0) timeMs = timeOf(fields2[layout.time], line);
      else if (markerMs !== void 0) timeMs = markerMs;
      else throw new InputError("the power sample carries no time", { file, line, hint: ROCM_TIME_HINT });
      const device = deviceFor(fields2[layout.device], line);
      const powerText = fields2[layout.power].trim();
      const powerW = parseNumber(powerText, { units: POWER_UNITS });
      if (powerW === null) {
        if (/secondary die/i.test(powerText)) secondaryDie++;
        else dropped.add(`no power value ("${powerText}")`, line);
        continue;
      }
      const unit = Number.isNaN(powerW) && powerText.length <= 64 ? NUMBER_AND_UNIT.exec(powerText)?.[1] : void 0;
      if (unit !== void 0) {
        if (otherUnits.count++ === 0) otherUnits.first = line;
        if (otherUnits.units.size < 5) otherUnits.units.add(unit);
        continue;
      }
      if (Number.isNaN(powerW)) {
        const shown = powerText.length > 60 ? `${powerText.slice(0, 60)}\u2026` : powerText;
        throw new InputError(`power "${shown}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const record = { type: "power", timeMs, device, powerW };
      if (layout.use >= 0) {
        const use = parseNumber(fields2[layout.use], { units: { "%": 1 } });
        if (use !== null && Number.isFinite(use) && use >= 0 && use <= 100) record.utilization = use / 100;
      }
      out.push(record);
    }
    records += out.length;
    if (out.length > 0) yield out;
  }
  if (!sawPower) {
    throw new InputError("no power column found (Average/Current Socket Graphics Package Power (W), socket_power or power_usage)", {
      file,
      hint: "log power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv -w 1`"
    });
  }
  if (otherUnits.count > 0) {
    const what = `${otherUnits.count} power value(s) in ${[...otherUnits.units].map((u) => `"${u}"`).join(", ")}, which is not a unit of power (W, mW, kW) (first at line ${otherUnits.first})`;
    if (records === 0) throw new InputError(`no power readings: all ${what}`, { file, hint: "check that the power column holds power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv`" });
    context.log.warn(`${file}: dropped ${what}; their samples are missing, which lowers the coverage of the GPUs concerned`);
  }
  if (secondaryDie > 0) {
    context.log.info(`${file}: ${secondaryDie} rows of secondary dies had no power of their own; the primary die of each package reports the package's power`);
  }
  dropped.report(context.log);
}
var rocm_smi_default = definePlugin({
  name: "rocm-smi",
  kind: "telemetry",
  description: "AMD GPU package power (W) from `rocm-smi --showpower --csv` logs with time markers and `amd-smi metric/monitor --csv -w` logs.",
  example: "timestamp,gpu,socket_power,gfx_voltage,soc_voltage,mem_voltage,power_management,throttle_status\n1729519500,0,400,N/A,N/A,N/A,ENABLED,UNTHROTTLED",
  options: {
    type: "object",
    properties: {
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" }
    }
  },
  detect: detect8,
  read: read4
});

// plugins/slurm/nodes.ts
function nodeCount(fields2) {
  const stated = positiveInteger(fields2.nNodes);
  if (stated !== void 0) return stated;
  const tres = /(?:^|,)node=(\d{1,6})(?:,|$)/.exec(fields2.allocTres ?? "");
  const fromTres = positiveInteger(tres?.[1]);
  if (fromTres !== void 0) return fromTres;
  return fields2.nodeList ? hostsIn(fields2.nodeList.trim()) : void 0;
}
function positiveInteger(text) {
  const value = text === void 0 || !/^\d{1,6}$/.test(text.trim()) ? NaN : Number(text.trim());
  return value >= 1 ? value : void 0;
}
function hostsIn(list) {
  if (list === "" || list === "None assigned" || list.length > 1e5) return void 0;
  let hosts = 0;
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = list[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === "," && depth === 0 || i === list.length) {
      const count = hostsInOne(list.slice(start, i));
      if (count === void 0) return void 0;
      hosts += count;
      start = i + 1;
    }
  }
  return hosts > 0 ? hosts : void 0;
}
function hostsInOne(pattern) {
  if (pattern === "") return void 0;
  let count = 1;
  for (const [, ranges] of pattern.matchAll(/\[([^\]]*)\]/g)) {
    let inBracket = 0;
    for (const range of ranges.split(",")) {
      const bounds = /^(\d+)(?:-(\d+))?$/.exec(range);
      if (!bounds) return void 0;
      const from = Number(bounds[1]);
      const to = bounds[2] === void 0 ? from : Number(bounds[2]);
      if (to < from) return void 0;
      inBracket += to - from + 1;
    }
    count *= inBracket;
  }
  return count;
}

// plugins/slurm/index.ts
var REQUIRED = ["JobID", "Start", "End", "ConsumedEnergyRaw"];
var SENTINEL_J = 2 ** 63;
function detect9({ head }) {
  const first = head.split("\n", 1)[0].trim();
  if (!first.includes("|")) return 0;
  const names = first.split("|").map((name) => name.trim());
  if (names.includes("JobID") && names.includes("ConsumedEnergyRaw")) return 0.95;
  if (names.includes("JobID") && names.includes("Start") && names.includes("End")) return 0.6;
  return 0;
}
function columnsOf3(header, file) {
  const index2 = (name) => {
    const at = header.indexOf(name);
    return at < 0 ? void 0 : at;
  };
  const missing = REQUIRED.filter((name) => index2(name) === void 0);
  if (missing.length > 0) {
    throw new InputError(`the sacct header lacks ${missing.join(", ")} (columns: ${header.join(", ")})`, {
      file,
      line: 1,
      hint: "rerun sacct with the fields this plugin reads: `sacct -P -j <jobid> --format=JobID,JobName,Cluster,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw,State` (energy needs AcctGatherEnergyType set in slurm.conf)"
    });
  }
  return {
    jobId: index2("JobID"),
    start: index2("Start"),
    end: index2("End"),
    energy: index2("ConsumedEnergyRaw"),
    nodeList: index2("NodeList"),
    nNodes: index2("NNodes") ?? index2("AllocNodes"),
    allocTres: index2("AllocTRES"),
    jobName: index2("JobName"),
    cluster: index2("Cluster"),
    state: index2("State"),
    width: header.length
  };
}
function parseSlurmTime(text) {
  const normalised = text.trim().replace(/^(\d{4}-\d{2}-\d{2})-(\d{2}:)/, "$1T$2");
  return parseDateTime(normalised)?.wallMs;
}
function gpusOf(tres) {
  if (!tres) return void 0;
  let plain2;
  let typed = 0;
  const types = [];
  for (const entry of tres.split(",")) {
    const m = /^gres\/gpu(?::([^=]+))?=(\d+)$/.exec(entry.trim());
    if (!m) continue;
    if (m[1] === void 0) plain2 = Number(m[2]);
    else {
      typed += Number(m[2]);
      types.push(m[1]);
    }
  }
  if (plain2 === void 0 && typed === 0) return void 0;
  return { count: plain2 ?? typed, types };
}
var slurm_default = definePlugin({
  name: "slurm",
  kind: "telemetry",
  description: "Slurm accounting: `sacct -P` output with JobID, Start, End, NodeList, AllocTRES and ConsumedEnergyRaw (J, node energy from the acct_gather_energy plugin), one energy record per job",
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      level: {
        enum: ["job", "steps"],
        default: "job",
        description: '"job": one record per job, from the job line (or its extern/batch step); "steps": one record per numbered step (srun), leaving out the time between steps.'
      }
    }
  },
  detect: detect9,
  async *read(source, context) {
    const file = source.path;
    const level = context.options.level ?? "job";
    const toUtc = wallClockToUtc(context.localTimeZone());
    let columns;
    const jobs = /* @__PURE__ */ new Map();
    let badRows = 0;
    let firstBad = 0;
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === "") return;
        let fields2 = text.split("|");
        if (fields2.length > 1 && fields2[fields2.length - 1] === "" && (!columns || fields2.length === columns.width + 1)) fields2 = fields2.slice(0, -1);
        if (!columns) {
          if (!fields2.includes("JobID")) {
            throw new InputError("the first line is not a sacct header (JobID|\u2026)", {
              file,
              line,
              hint: "run sacct without -n/--noheader and with -P, e.g. `sacct -P -j <jobid> --format=JobID,JobName,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw`"
            });
          }
          columns = columnsOf3(fields2.map((name) => name.trim()), file);
          return;
        }
        if (fields2.length !== columns.width) {
          badRows++;
          if (firstBad === 0) firstBad = line;
          return;
        }
        const id = fields2[columns.jobId].trim();
        const dot = id.indexOf(".");
        const jobId = dot < 0 ? id : id.slice(0, dot);
        const rows = jobs.get(jobId) ?? [];
        rows.push({ line, jobId, step: dot < 0 ? void 0 : id.slice(dot + 1), fields: fields2 });
        jobs.set(jobId, rows);
      });
    }
    if (!columns) throw new InputError("the file has no sacct header", { file, hint: "run `sacct -P \u2026` without -n" });
    const cols = columns;
    const devices2 = /* @__PURE__ */ new Map();
    const skipped = { running: 0, noEnergy: 0, sentinel: 0, zeroLength: 0 };
    const out = [];
    const chosen = (rows) => {
      if (level === "steps") return rows.filter((row) => row.step !== void 0 && /^\d+$/.test(row.step));
      const energyOf = (row) => Number(row.fields[cols.energy]);
      const usable = (row) => row !== void 0 && energyOf(row) > 0 && energyOf(row) < SENTINEL_J;
      const job = rows.find((row) => row.step === void 0);
      const extern = rows.find((row) => row.step === "extern");
      const batchStep = rows.find((row) => row.step === "batch");
      const pick = [job, extern, batchStep].find(usable) ?? job ?? extern ?? batchStep;
      return pick ? [pick] : rows.filter((row) => row.step !== void 0 && /^\d+$/.test(row.step));
    };
    for (const rows of jobs.values()) {
      for (const row of chosen(rows)) {
        const f = row.fields;
        const energyText = f[cols.energy].trim();
        const startWall = parseSlurmTime(f[cols.start]);
        const endWall = parseSlurmTime(f[cols.end]);
        if (startWall === void 0 || endWall === void 0) {
          skipped.running++;
          continue;
        }
        if (energyText === "" || !/^\d+(?:\.\d+)?$/.test(energyText) || Number(energyText) === 0) {
          skipped.noEnergy++;
          continue;
        }
        const energyJ = Number(energyText);
        if (energyJ >= SENTINEL_J) {
          skipped.sentinel++;
          continue;
        }
        const startMs = toUtc(startWall);
        const endMs = toUtc(endWall);
        if (!(endMs > startMs)) {
          skipped.zeroLength++;
          continue;
        }
        const field = (column) => column === void 0 ? void 0 : f[column].trim();
        const nodeList = field(cols.nodeList) || void 0;
        const cluster = cols.cluster === void 0 ? void 0 : f[cols.cluster].trim() || void 0;
        const key = `${cluster ?? ""}/${nodeList ?? `job ${row.jobId}`}`;
        let device = devices2.get(key);
        if (!device) {
          device = { id: `slurm:${cluster ? `${cluster}/` : ""}${nodeList ?? `job-${row.jobId}`}`, component: "node" };
          if (nodeList) device.host = nodeList;
          const nodes = nodeCount({ nNodes: field(cols.nNodes), allocTres: field(cols.allocTres), nodeList });
          if (nodes !== void 0 && nodes > 1) device.count = nodes;
          devices2.set(key, device);
        }
        const gpus = gpusOf(cols.allocTres === void 0 ? void 0 : f[cols.allocTres]);
        const name = cols.jobName === void 0 ? "" : f[cols.jobName].trim();
        const what = `job ${row.jobId}${row.step ? `.${row.step}` : ""}${name ? ` (${name})` : ""}`;
        const gpuText = gpus ? `, ${gpus.count} GPU(s)${gpus.types.length > 0 ? ` ${gpus.types.join("+")}` : ""} allocated` : "";
        out.push({
          type: "energy",
          startMs,
          endMs,
          device,
          energyJ,
          origin: { file, line: row.line },
          sourceReported: {
            note: `${what} on ${nodeList ?? "unknown nodes"}${gpuText}: ConsumedEnergyRaw is whole-node energy from Slurm's acct_gather_energy plugin (CPU, memory, GPUs and whatever else the node's sensor sees), not GPU energy alone`
          }
        });
      }
    }
    if (badRows > 0) context.log.warn(`${file}: dropped ${badRows} line(s) whose field count differs from the header, first at line ${firstBad}`);
    if (skipped.running > 0) context.log.warn(`${file}: ${skipped.running} job line(s) have no Start or End (pending or still running); their energy is not counted`);
    if (skipped.noEnergy > 0) {
      context.log.warn(`${file}: ${skipped.noEnergy} job line(s) have no ConsumedEnergyRaw (empty or 0): energy accounting (AcctGatherEnergyType) is off or did not cover them; their energy is not counted`);
    }
    if (skipped.sentinel > 0) context.log.warn(`${file}: ${skipped.sentinel} job line(s) hold Slurm's "no value" marker (\u2265 2^63) as ConsumedEnergyRaw; not counted`);
    if (skipped.zeroLength > 0) context.log.warn(`${file}: ${skipped.zeroLength} job line(s) end when they start; not counted`);
    if (out.length === 0) {
      throw new InputError("no job in this sacct output has a usable ConsumedEnergyRaw", {
        file,
        hint: "energy needs AcctGatherEnergyType (e.g. acct_gather_energy/ipmi or /rapl) in slurm.conf; ask your cluster admins, or report GPU power logs instead"
      });
    }
    out.sort((a, b) => a.startMs - b.startMs);
    yield out;
  }
});

// plugins/wandb/index.ts
var POWER_KEY2 = /^(?:system[./])?gpu\.(process\.)?(\d+)\.powerWatts$/;
var UTIL_KEY2 = /^(?:system[./])?gpu\.(process\.)?(\d+)\.gpu$/;
var POWER_KEY_IN_TEXT = /(?:^|["',])(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts(?:["',]|$)/m;
function firstLine2(head) {
  for (const line of head.split("\n")) if (line.trim() !== "") return line.trim();
  return "";
}
function detect10({ path: path3, head }) {
  const first = firstLine2(head);
  const hasTimestamp = first.includes("_timestamp");
  const hasPower = POWER_KEY_IN_TEXT.test(first) || first.startsWith("{") && /"(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts"\s*:/.test(first);
  if (hasTimestamp && hasPower) return 0.95;
  if (first.startsWith("{") && first.includes('"_wandb"') && first.includes('"system.')) return 0.6;
  if (/wandb-events\.jsonl$/.test(path3)) return 0.5;
  return 0;
}
function preferPlain(map, index2, column, process3) {
  const seen = map.get(index2);
  if (!seen || seen.process && !process3) map.set(index2, { column, process: process3 });
}
function headerColumns(header, file) {
  const columns = { timestamp: -1, power: /* @__PURE__ */ new Map(), util: /* @__PURE__ */ new Map() };
  header.forEach((raw, column) => {
    const name = raw.trim();
    if (name === "_timestamp") columns.timestamp = column;
    const power = POWER_KEY2.exec(name);
    if (power) preferPlain(columns.power, Number(power[2]), column, power[1] !== void 0);
    const util = UTIL_KEY2.exec(name);
    if (util) preferPlain(columns.util, Number(util[2]), column, util[1] !== void 0);
  });
  if (columns.timestamp < 0) {
    throw new InputError("the header has no _timestamp column", {
      file,
      line: 1,
      hint: 'export the run history with absolute times, e.g. `run.history(stream="system").to_csv(...)` from the W&B public API; a chart-panel CSV with only relative time cannot be placed in time'
    });
  }
  if (columns.power.size === 0) {
    throw new InputError("the header has no GPU power column (system.gpu.N.powerWatts)", {
      file,
      line: 1,
      hint: 'W&B logs GPU power only where NVML (or rocm-smi) reports it; export the system stream: `run.history(stream="system")`'
    });
  }
  return columns;
}
var wandb_default = definePlugin({
  name: "wandb",
  kind: "telemetry",
  description: 'Weights & Biases system metrics exported from a run: wandb-events.jsonl or run.history(stream="system") as JSON lines or CSV, reading system.gpu.N.powerWatts (W) at _timestamp (Unix s)',
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      host: { type: "string", minLength: 1, description: "Host the run ran on; W&B history does not record it. Lets carbon-ci match these GPUs with other logs of the same machine." },
      model: { type: "string", minLength: 1, description: "GPU model name (W&B keeps it in wandb-metadata.json, not in the history)." }
    }
  },
  detect: detect10,
  async *read(source, context) {
    const file = source.path;
    const { host, model } = context.options;
    const devices2 = /* @__PURE__ */ new Map();
    const device = (index2) => {
      let ref = devices2.get(index2);
      if (!ref) {
        ref = { id: host ? `${host}:gpu${index2}` : `gpu${index2}`, index: index2 };
        if (host) ref.host = host;
        if (model) ref.model = model;
        devices2.set(index2, ref);
      }
      return ref;
    };
    let format2;
    let columns;
    let records = 0;
    let rowsWithoutPower = 0;
    let truncated = 0;
    const skipped = { badJson: 0, noTimestamp: 0, badValue: 0, firstLine: 0 };
    const skip = (kind, line) => {
      skipped[kind]++;
      if (skipped.firstLine === 0) skipped.firstLine = line;
    };
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const out = [];
      batch.lines.forEach((text, i) => {
        const line = batch.firstLine + i;
        if (text.trim() === "") return;
        if (format2 === void 0) {
          format2 = text.trimStart().startsWith("{") ? "json" : "csv";
          if (format2 === "csv") {
            columns = headerColumns(splitCsvLine(text, { file, line }), file);
            return;
          }
        }
        if (format2 === "json") {
          let row;
          try {
            row = JSON.parse(text);
          } catch {
            skip("badJson", line);
            return;
          }
          if (typeof row !== "object" || row === null) return skip("badJson", line);
          const power = /* @__PURE__ */ new Map();
          const util = /* @__PURE__ */ new Map();
          for (const key in row) {
            const p = POWER_KEY2.exec(key);
            if (p) {
              const index2 = Number(p[2]);
              const seen = power.get(index2);
              if (!seen || seen.process && !p[1]) power.set(index2, { value: row[key], process: p[1] !== void 0 });
              continue;
            }
            const u = UTIL_KEY2.exec(key);
            if (u) {
              const index2 = Number(u[2]);
              const seen = util.get(index2);
              if (!seen || seen.process && !u[1]) util.set(index2, { value: row[key], process: u[1] !== void 0 });
            }
          }
          for (const [index2, { value }] of power) if (value === null) power.delete(index2);
          if (power.size === 0) {
            rowsWithoutPower++;
            return;
          }
          const stamp = row._timestamp;
          if (typeof stamp !== "number" || !Number.isFinite(stamp)) return skip("noTimestamp", line);
          const timeMs2 = Math.round(epochToMs(stamp));
          for (const [index2, { value }] of power) {
            if (typeof value !== "number" || !Number.isFinite(value)) {
              skip("badValue", line);
              continue;
            }
            const record = { type: "power", timeMs: timeMs2, device: device(index2), powerW: value, origin: { file, line } };
            const u = util.get(index2)?.value;
            if (typeof u === "number" && u >= 0 && u <= 100) record.utilization = u / 100;
            out.push(record);
          }
          return;
        }
        if (batch.unterminatedLast && i === batch.lines.length - 1) {
          truncated = line;
          return;
        }
        const fields2 = splitCsvLine(text, { file, line });
        const cols = columns;
        const stampText = fields2[cols.timestamp];
        let any = false;
        let timeMs;
        for (const [index2, { column }] of cols.power) {
          const raw = fields2[column];
          if (raw === void 0 || raw.trim() === "") continue;
          any = true;
          if (timeMs === void 0) {
            const stamp = stampText === void 0 ? null : parseNumber(stampText);
            if (stamp === null || Number.isNaN(stamp)) {
              skip("noTimestamp", line);
              return;
            }
            timeMs = Math.round(epochToMs(stamp));
          }
          const value = parseNumber(raw);
          if (value === null || Number.isNaN(value)) {
            skip("badValue", line);
            continue;
          }
          const record = { type: "power", timeMs, device: device(index2), powerW: value, origin: { file, line } };
          const utilColumn = cols.util.get(index2)?.column;
          const u = utilColumn === void 0 ? null : parseNumber(fields2[utilColumn] ?? "");
          if (u !== null && u >= 0 && u <= 100) record.utilization = u / 100;
          out.push(record);
        }
        if (!any) rowsWithoutPower++;
      });
      records += out.length;
      if (out.length > 0) yield out;
    }
    if (format2 === void 0) throw new InputError("the file has no rows", { file, hint: "export the run history again; the file is empty" });
    const dropped = skipped.badJson + skipped.noTimestamp + skipped.badValue;
    if (dropped > 0) {
      context.log.warn(
        `${file}: dropped ${dropped} W&B row(s) or readings (${skipped.badJson} not JSON, ${skipped.noTimestamp} without a _timestamp, ${skipped.badValue} with a power value that is not a number), first at line ${skipped.firstLine}; the time they cover counts as a gap`
      );
    }
    if (truncated > 0) context.log.warn(`${file}: dropped line ${truncated}, the last line, because it has no line end and may be cut short`);
    if (rowsWithoutPower > 0) context.log.debug(`${file}: ${rowsWithoutPower} row(s) carry no GPU power (training metrics or other system metrics)`);
    if (records === 0) {
      throw new InputError("no GPU power readings (system.gpu.N.powerWatts) in this W&B export", {
        file,
        hint: 'the run logged no GPU power (no NVIDIA/AMD GPU, or power not supported); export the system stream with `run.history(stream="system")`'
      });
    }
  }
});

// plugins/zeus/index.ts
var HEADER_START = "start_time,window_name,elapsed_time";
var ENERGY_COLUMN = /^(gpu|cpu|dram)(\d+)_energy$/;
function detect11({ head }) {
  const first = (head.split("\n", 1)[0] ?? "").trim();
  if (!first.startsWith(HEADER_START)) return 0;
  const rest = first.split(",").slice(3);
  return rest.length > 0 && rest.every((name) => ENERGY_COLUMN.test(name)) ? 0.98 : 0.6;
}
function readOptions3(raw) {
  const options = {};
  if (raw.windows !== void 0) {
    if (!Array.isArray(raw.windows) || raw.windows.length === 0 || !raw.windows.every((w) => typeof w === "string")) {
      throw new InputError("plugin option windows must be a non-empty list of window names");
    }
    options.windows = raw.windows;
  }
  if (raw.host !== void 0) {
    if (typeof raw.host !== "string" || raw.host === "") throw new InputError("plugin option host must be a non-empty string");
    options.host = raw.host;
  }
  return options;
}
function layoutOf3(header, file, host) {
  if (!header.trim().startsWith(HEADER_START)) {
    throw new InputError(`the first line is not a Zeus log header (${HEADER_START},gpu0_energy,\u2026)`, {
      file,
      line: 1,
      hint: "this plugin reads the CSV that `ZeusMonitor(log_file=\u2026)` writes"
    });
  }
  const devices2 = header.trim().split(",").slice(3).map((name) => {
    const match = ENERGY_COLUMN.exec(name.trim());
    if (!match) {
      throw new InputError(`unknown Zeus log column "${name}"`, { file, line: 1, hint: "energy columns are named gpu<N>_energy" });
    }
    const index2 = Number(match[2]);
    const component = match[1] === "gpu" ? "gpu" : match[1] === "cpu" ? "cpu" : "ram";
    const local = `${match[1]}${index2}`;
    const device = { id: host ? `${host}:${local}` : local, index: index2, component };
    if (host) device.host = host;
    return device;
  });
  if (devices2.length === 0) throw new InputError("the Zeus log names no energy columns", { file, line: 1, hint: "the log needs gpu<N>_energy columns" });
  return { devices: devices2 };
}
async function* rowsOf(source, context, host, dropped) {
  const file = source.path;
  let layout;
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const rows = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text === "") continue;
      if (!layout) {
        layout = layoutOf3(text, file, host);
        continue;
      }
      const fields2 = text.split(",");
      const width = layout.devices.length;
      if (fields2.length < 3 + width) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped?.add("the last line is cut short (the run was stopped mid-write)", line);
          continue;
        }
        throw new InputError(`the row has ${fields2.length} fields; the header needs at least ${3 + width}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      const startS = parseNumber(fields2[0]);
      const elapsedS = parseNumber(fields2[fields2.length - width - 1]);
      if (startS === null || Number.isNaN(startS) || startS < 1e8) {
        throw new InputError(`start_time "${fields2[0]}" is not a Unix time in seconds`, { file, line, hint: "Zeus writes time.time(); repair or delete the row" });
      }
      if (elapsedS === null || Number.isNaN(elapsedS) || elapsedS < 0) {
        throw new InputError(`elapsed_time "${fields2[fields2.length - width - 1]}" is not a duration in seconds`, {
          file,
          line,
          hint: "the row is corrupted; repair or delete it"
        });
      }
      rows.push({
        line,
        startMs: startS * 1e3,
        name: fields2.slice(1, fields2.length - width - 1).join(","),
        elapsedS,
        values: fields2.slice(fields2.length - width)
      });
    }
    if (layout) yield { layout, rows };
  }
  if (!layout) throw new InputError("the file is empty", { file, hint: "point carbon-ci at the log that ZeusMonitor(log_file=\u2026) wrote" });
}
async function outermostRows(source, context) {
  let starts = new Float64Array(1024);
  let count = 0;
  for await (const { rows } of rowsOf(source, context, void 0, void 0)) {
    for (const row of rows) {
      if (count === starts.length) {
        const grown = new Float64Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = row.startMs;
    }
  }
  const outermost = new Uint8Array(count);
  let laterMin = Number.POSITIVE_INFINITY;
  for (let i = count - 1; i >= 0; i--) {
    if (starts[i] < laterMin) outermost[i] = 1;
    laterMin = Math.min(laterMin, starts[i]);
  }
  return outermost;
}
async function* read5(source, context) {
  const options = readOptions3(context.options);
  const file = source.path;
  const dropped = new DroppedRows(file);
  const outermost = options.windows ? void 0 : await outermostRows(source, context);
  const chosen = options.windows ? new Set(options.windows) : void 0;
  let rowIndex = 0;
  let nested = 0;
  let lastKept;
  let kept = 0;
  for await (const { layout, rows } of rowsOf(source, context, options.host, dropped)) {
    const records = [];
    for (const row of rows) {
      const index2 = rowIndex++;
      if (outermost ? outermost[index2] !== 1 : !chosen.has(row.name)) {
        if (outermost) nested++;
        continue;
      }
      if (lastKept && row.startMs < lastKept.startMs + lastKept.elapsedS * 1e3) {
        dropped.add(`window overlaps an earlier counted window without containing it (counting both would count the overlap twice)`, row.line);
        continue;
      }
      lastKept = row;
      kept++;
      const endMs = row.startMs + row.elapsedS * 1e3;
      row.values.forEach((text, column) => {
        const energyJ = parseNumber(text);
        if (energyJ === null) {
          dropped.add(`no energy value ("${text.trim()}") for ${layout.devices[column].id}`, row.line);
          return;
        }
        if (Number.isNaN(energyJ) || energyJ < 0) {
          throw new InputError(`energy "${text}" is not a non-negative number of joules`, {
            file,
            line: row.line,
            hint: "the row is corrupted; repair or delete it"
          });
        }
        records.push({ type: "energy", startMs: row.startMs, endMs, device: layout.devices[column], energyJ, origin: { file, line: row.line } });
      });
    }
    if (records.length > 0) yield records;
  }
  if (nested > 0) {
    context.log.info(`${file}: counted ${kept} outermost measurement windows; ${nested} windows inside them were left out so that no energy is counted twice`);
  }
  if (chosen && kept === 0) {
    context.log.warn(`${file}: no window is named ${[...chosen].map((w) => `"${w}"`).join(" or ")}; no energy was read from this file`);
  }
  dropped.report(context.log, "the energy of those windows is missing from the report");
}
var zeus_default = definePlugin({
  name: "zeus",
  kind: "telemetry",
  description: "GPU energy (J) per measurement window from the CSV log that Zeus (`ZeusMonitor(log_file=\u2026)`) writes; nested windows counted once.",
  example: "start_time,window_name,elapsed_time,gpu0_energy\n1717400000.1234567,inference_batch,9.5,2851.25",
  options: {
    type: "object",
    properties: {
      windows: {
        type: "array",
        items: { type: "string" },
        minItems: 1,
        description: "names of the windows to count; by default the outermost windows, so that nested windows are not counted twice"
      },
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" }
    }
  },
  detect: detect11,
  read: read5
});

// plugins/index.ts
var builtinPlugins = [
  nvidia_smi_default,
  nvidia_smi_dmon_default,
  dcgm_default,
  codecarbon_default,
  rocm_smi_default,
  zeus_default,
  wandb_default,
  mlflow_default,
  slurm_default,
  hf_trainer_default,
  carbontracker_default,
  rapl_default,
  host_usage_default
];
var builtinSources = { prometheus: prometheusSource };

// src/smoke/run-smoke-test.ts
import { mkdtemp, rm as rm3 } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join as join7 } from "node:path";

// src/smoke/float16.ts
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toFloat16Bits(value) {
  f32[0] = value;
  const bits = u32[0];
  const sign = bits >>> 16 & 32768;
  const exponent = bits >>> 23 & 255;
  let mantissa = bits & 8388607;
  if (exponent === 255) return sign | 31744 | (mantissa !== 0 ? 512 : 0);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 31) return sign | 31744;
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign;
    mantissa |= 8388608;
    const shift = 14 - halfExponent;
    return sign | roundShift(mantissa, shift);
  }
  return sign | (halfExponent << 10) + roundShift(mantissa, 13);
}
function roundShift(value, shift) {
  const kept = value >>> shift;
  const rest = value & (1 << shift) - 1;
  const half = 1 << shift - 1;
  return rest > half || rest === half && (kept & 1) === 1 ? kept + 1 : kept;
}
function fromFloat16Bits(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exponent = bits >>> 10 & 31;
  const mantissa = bits & 1023;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 31) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

// src/smoke/tensor-convert.ts
function toOrtTensor(ort, host) {
  const { dtype, shape, data } = host;
  const num = (v) => Number(v);
  const big = (v) => typeof v === "bigint" ? v : BigInt(v);
  switch (dtype) {
    case "float32":
      return new ort.Tensor(dtype, Float32Array.from(data, num), shape);
    case "float64":
      return new ort.Tensor(dtype, Float64Array.from(data, num), shape);
    case "float16":
      return new ort.Tensor(dtype, Uint16Array.from(data, (v) => toFloat16Bits(Number(v))), shape);
    case "int8":
      return new ort.Tensor(dtype, Int8Array.from(data, num), shape);
    case "int16":
      return new ort.Tensor(dtype, Int16Array.from(data, num), shape);
    case "int32":
      return new ort.Tensor(dtype, Int32Array.from(data, num), shape);
    case "uint8":
      return new ort.Tensor(dtype, Uint8Array.from(data, num), shape);
    case "uint16":
      return new ort.Tensor(dtype, Uint16Array.from(data, num), shape);
    case "uint32":
      return new ort.Tensor(dtype, Uint32Array.from(data, num), shape);
    case "int64":
      return new ort.Tensor(dtype, BigInt64Array.from(data, big), shape);
    case "uint64":
      return new ort.Tensor(dtype, BigUint64Array.from(data, big), shape);
    case "bool":
      return new ort.Tensor(dtype, Uint8Array.from(data, (v) => v ? 1 : 0), shape);
    case "string":
      return new ort.Tensor(dtype, data.map(String), shape);
  }
}
function floatValues(tensor) {
  if (tensor.type === "float32" || tensor.type === "float64") return tensor.data;
  if (tensor.type === "float16") return Float64Array.from(tensor.data, fromFloat16Bits);
  return null;
}
function elementValues(tensor) {
  const floats = floatValues(tensor);
  if (floats) return Array.from(floats);
  if (tensor.type === "bool") return Array.from(tensor.data, (v) => v !== 0);
  return Array.from(tensor.data);
}

// src/smoke/checks.ts
var MAX_LISTED = 3;
function checkOutputsFinite(outputs) {
  const problems = [];
  let floatOutputs = 0;
  for (const [name, tensor] of Object.entries(outputs)) {
    const values = floatValues(tensor);
    if (!values) continue;
    floatOutputs++;
    let nan = 0;
    let infinite = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v)) nan++;
      else if (!Number.isFinite(v)) infinite++;
    }
    if (nan + infinite > 0) problems.push(`"${name}" has ${nan} NaN and ${infinite} infinite of ${values.length} values`);
  }
  if (problems.length > 0) return { name: "outputs-finite", passed: false, message: problems.join("; ") };
  const message = floatOutputs === 0 ? "no floating-point outputs to check" : `all values of ${floatOutputs} floating-point output(s) are finite`;
  return { name: "outputs-finite", passed: true, message };
}
function checkOutputShapes(outputs, declared2, inputSizes) {
  const problems = [];
  const unchecked = [];
  for (const [name, tensor] of Object.entries(outputs)) {
    const dims = declared2.find((d) => d.name === name)?.dims;
    if (!dims) {
      unchecked.push(name);
      continue;
    }
    const actual = [...tensor.dims];
    const mismatch = actual.length !== dims.length || dims.some((dim, axis) => {
      const size = actual[axis];
      if (typeof dim === "number" && dim >= 0) return size !== dim;
      if (typeof dim === "string" && inputSizes.has(dim)) return size !== inputSizes.get(dim);
      return false;
    });
    if (mismatch) problems.push(`"${name}" is [${actual.join(", ")}] but the model declares [${dims.map(showDim).join(", ")}]`);
  }
  const note = unchecked.length > 0 ? ` (no declared shape for ${unchecked.map((n) => `"${n}"`).join(", ")})` : "";
  if (problems.length > 0) return { name: "output-shapes", passed: false, message: problems.slice(0, MAX_LISTED).join("; ") + note };
  return { name: "output-shapes", passed: true, message: `every output has its declared shape${note}` };
}
function checkOutputDtypes(outputs, declared2) {
  const problems = [];
  for (const [name, tensor] of Object.entries(outputs)) {
    const dtype = declared2.find((d) => d.name === name)?.dtype;
    if (dtype && dtype !== tensor.type) problems.push(`"${name}" is ${tensor.type} but the model declares ${dtype}`);
  }
  if (problems.length > 0) return { name: "output-dtypes", passed: false, message: problems.join("; ") };
  return { name: "output-dtypes", passed: true, message: "every output has its declared element type" };
}
function checkExpectedOutputs(outputs, expected) {
  const problems = [];
  let compared = 0;
  for (const [name, want] of Object.entries(expected.outputs)) {
    const tensor = outputs[name];
    if (!tensor) {
      problems.push(`the model has no output "${name}"`);
      continue;
    }
    if (want.dtype && want.dtype !== tensor.type) problems.push(`"${name}" is ${tensor.type}, expected ${want.dtype}`);
    if (want.shape && want.shape.join(",") !== tensor.dims.join(",")) {
      problems.push(`"${name}" is [${tensor.dims.join(", ")}], expected [${want.shape.join(", ")}]`);
      continue;
    }
    const actual = elementValues(tensor);
    if (actual.length !== want.data.length) {
      problems.push(`"${name}" has ${actual.length} values, expected ${want.data.length}`);
      continue;
    }
    let worst;
    let bad = 0;
    for (let i = 0; i < actual.length; i++) {
      if (!close(actual[i], want.data[i], expected.atol, expected.rtol)) {
        bad++;
        worst ??= { index: i, got: actual[i], want: want.data[i] };
      }
    }
    compared += actual.length;
    if (worst) {
      problems.push(`"${name}": ${bad} of ${actual.length} values differ; first at index ${worst.index}: ${String(worst.got)} vs expected ${String(worst.want)}`);
    }
  }
  const tolerance = `atol ${expected.atol}, rtol ${expected.rtol}`;
  if (problems.length > 0) return { name: "expected-outputs", passed: false, message: `${problems.slice(0, MAX_LISTED).join("; ")} (${tolerance})` };
  return { name: "expected-outputs", passed: true, message: `${compared} values match ${expected.file} within ${tolerance}` };
}
function close(actual, expected, atol, rtol) {
  if (typeof actual === "bigint" || typeof expected === "bigint") {
    if (typeof expected === "number" && Number.isSafeInteger(expected)) expected = BigInt(expected);
    if (typeof actual === "number" && Number.isSafeInteger(actual)) actual = BigInt(actual);
    if (typeof actual === "bigint" && typeof expected === "bigint") {
      const diff = actual > expected ? actual - expected : expected - actual;
      const magnitude = expected < 0n ? -expected : expected;
      return Number(diff) <= atol + rtol * Number(magnitude);
    }
  }
  if (typeof actual === "number" && typeof expected === "number") {
    if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
    if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected;
    return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  }
  if (typeof actual === "boolean" && typeof expected === "number") return Number(actual) === expected;
  return actual === expected;
}
function showDim(dim) {
  return dim === null ? "?" : String(dim);
}

// src/smoke/energy.ts
var CPU_WATTS_PER_VCPU = 3.97;
var CPU_SOURCE = "CCF coefficients (AWS, Cascade Lake max W per vCPU)";
var UNKNOWN_GPU_BOARD_POWER_W = 200;
function measuredEnergy(samples, startMs, endMs, runs, description) {
  if (samples.length === 0 || runs <= 0 || !(endMs > startMs)) return void 0;
  const sorted = [...samples].sort((a, b) => a.timeMs - b.timeMs);
  const powerAt = (t) => {
    if (t <= sorted[0].timeMs) return sorted[0].powerW;
    const last = sorted[sorted.length - 1];
    if (t >= last.timeMs) return last.powerW;
    const i = sorted.findIndex((s) => s.timeMs >= t);
    const a = sorted[i - 1];
    const b = sorted[i];
    return a.powerW + (b.powerW - a.powerW) * (t - a.timeMs) / (b.timeMs - a.timeMs);
  };
  const times = [startMs, ...sorted.map((s) => s.timeMs).filter((t) => t > startMs && t < endMs), endMs];
  let energyJ = 0;
  for (let i = 1; i < times.length; i++) {
    energyJ += (powerAt(times[i - 1]) + powerAt(times[i])) / 2 * ((times[i] - times[i - 1]) / 1e3);
  }
  const inWindow = times.length - 2;
  const meanPowerW = energyJ / ((endMs - startMs) / 1e3);
  return {
    energyPerInferenceJ: energyJ / runs,
    method: "measured",
    meanPowerW,
    note: `${description}: ${inWindow} readings in the ${Math.round(endMs - startMs)} ms window, mean ${meanPowerW.toFixed(1)} W over ${runs} runs`
  };
}
function estimatedEnergy(input) {
  let powerW;
  let basis;
  if (input.boardPowerW !== void 0) {
    powerW = input.boardPowerW;
    basis = `${powerW} W given by the user`;
  } else if (input.provider === "cuda") {
    powerW = input.gpuBoardPowerW ?? UNKNOWN_GPU_BOARD_POWER_W;
    basis = input.gpuBoardPowerW !== void 0 ? `board power of ${input.gpuName} from the GPU table, ${powerW} W` : `${powerW} W, Green Algorithms' figure for an unknown GPU${input.gpuName ? ` (${input.gpuName} is not in the GPU table)` : ""}`;
  } else {
    powerW = CPU_WATTS_PER_VCPU * input.vcpus;
    basis = `${CPU_WATTS_PER_VCPU} W per vCPU \xD7 ${input.vcpus} vCPUs (${CPU_SOURCE})`;
  }
  return {
    energyPerInferenceJ: powerW * (input.meanLatencyMs / 1e3),
    method: "estimate",
    meanPowerW: powerW,
    note: `estimate: ${basis} \xD7 mean latency; nothing was measured`
  };
}
function co2ePer1kInferencesG(energyPerInferenceJ, factors) {
  return energyPerInferenceJ * 1e3 * factors.pue.value / J_PER_KWH2 * factors.intensity.gPerKWh;
}

// src/smoke/latency.ts
function latencyStats(durationsMs) {
  if (durationsMs.length === 0) return { mean: 0, p50: 0, p95: 0 };
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { mean, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}
function percentile(sorted, q) {
  const rank = q * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

// src/smoke/onnx-model-file.ts
import { open as open2, stat as stat3 } from "node:fs/promises";

// src/smoke/protobuf-file.ts
var ProtobufFormatError = class extends Error {
  constructor(message, offset, truncated) {
    super(message);
    this.offset = offset;
    this.truncated = truncated;
  }
  offset;
  truncated;
};
var CHUNK_BYTES = 64 * 1024;
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LENGTH = 2;
var WIRE_FIXED32 = 5;
var ProtobufFile = class {
  constructor(handle, sizeBytes) {
    this.handle = handle;
    this.sizeBytes = sizeBytes;
  }
  handle;
  sizeBytes;
  chunk = Buffer.alloc(0);
  chunkStart = 0;
  /** The fields of the message stored in [start, end). */
  async *fields(start, end) {
    let pos = start;
    while (pos < end) {
      const tag = await this.varint(pos, end);
      pos = tag.next;
      const field = Number(tag.value >> 3n);
      const wireType = Number(tag.value & 7n);
      if (field === 0) throw new ProtobufFormatError("field number 0 is not valid protobuf", pos, false);
      if (wireType === WIRE_VARINT) {
        const value = await this.varint(pos, end);
        pos = value.next;
        yield { field, wireType, varint: value.value };
      } else if (wireType === WIRE_LENGTH) {
        const length = await this.varint(pos, end);
        const payloadStart = length.next;
        const payloadEnd = payloadStart + Number(length.value);
        if (payloadEnd > end) {
          throw new ProtobufFormatError(
            `field ${field} claims ${length.value} bytes but only ${end - payloadStart} remain`,
            payloadStart,
            end === this.sizeBytes
          );
        }
        pos = payloadEnd;
        yield { field, wireType, start: payloadStart, end: payloadEnd };
      } else if (wireType === WIRE_FIXED64 || wireType === WIRE_FIXED32) {
        pos += wireType === WIRE_FIXED64 ? 8 : 4;
        if (pos > end) throw new ProtobufFormatError("a fixed-width field runs past the end", pos, end === this.sizeBytes);
        yield { field, wireType };
      } else {
        throw new ProtobufFormatError(`wire type ${wireType} is not valid here`, pos, false);
      }
    }
  }
  async text(start, end) {
    return (await this.bytes(start, end)).toString("utf8");
  }
  async varint(pos, end) {
    let value = 0n;
    for (let i = 0; i < 10; i++) {
      if (pos + i >= end) throw new ProtobufFormatError("the data ends inside a number", pos, end === this.sizeBytes);
      const byte = (await this.bytes(pos + i, pos + i + 1))[0];
      value |= BigInt(byte & 127) << BigInt(7 * i);
      if ((byte & 128) === 0) return { value, next: pos + i + 1 };
    }
    throw new ProtobufFormatError("a number is longer than 10 bytes", pos, false);
  }
  async bytes(start, end) {
    if (start < this.chunkStart || end > this.chunkStart + this.chunk.length) {
      const length = Math.min(Math.max(end - start, CHUNK_BYTES), this.sizeBytes - start);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await this.handle.read(buffer, 0, length, start);
      this.chunk = buffer.subarray(0, bytesRead);
      this.chunkStart = start;
      if (end > start + bytesRead) throw new ProtobufFormatError("the file ends early", start + bytesRead, true);
    }
    return this.chunk.subarray(start - this.chunkStart, end - this.chunkStart);
  }
};

// src/smoke/onnx-model-file.ts
var MODEL_GRAPH = 7;
var GRAPH_INPUT = 11;
var GRAPH_OUTPUT = 12;
var VALUE_NAME = 1;
var VALUE_TYPE = 2;
var TYPE_TENSOR = 1;
var TENSOR_ELEM_TYPE = 1;
var TENSOR_SHAPE = 2;
var SHAPE_DIM = 1;
var DIM_VALUE = 1;
var DIM_PARAM = 2;
var ELEM_TYPES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64"
};
async function readDeclaredIo(modelPath) {
  const sizeBytes = await modelFileSize(modelPath);
  const handle = await open2(modelPath, "r");
  try {
    await refuseLfsPointer(handle, modelPath);
    const file = new ProtobufFile(handle, sizeBytes);
    let graph;
    for await (const f of file.fields(0, sizeBytes)) {
      if (f.field === MODEL_GRAPH && f.start !== void 0) graph = { start: f.start, end: f.end };
    }
    if (!graph) {
      throw new InputError("not an ONNX model: the file has no graph", {
        file: modelPath,
        hint: "pass the .onnx file that the exporter wrote"
      });
    }
    const io = { inputs: [], outputs: [] };
    for await (const f of file.fields(graph.start, graph.end)) {
      if ((f.field === GRAPH_INPUT || f.field === GRAPH_OUTPUT) && f.start !== void 0) {
        const value = await readValueInfo(file, f.start, f.end);
        (f.field === GRAPH_INPUT ? io.inputs : io.outputs).push(value);
      }
    }
    return io;
  } catch (error) {
    if (error instanceof ProtobufFormatError) {
      const why = error.truncated ? `the file is truncated (it ends inside the model at byte ${error.offset} of ${sizeBytes})` : `not an ONNX model: the bytes are not protobuf (${error.message} at byte ${error.offset})`;
      throw new InputError(why, {
        file: modelPath,
        hint: error.truncated ? "copy or download the model again; check Git LFS pulled it" : "pass the .onnx file that the exporter wrote"
      });
    }
    throw error;
  } finally {
    await handle.close();
  }
}
var LFS_POINTER_HEAD = "version https://git-lfs.github.com/spec/";
async function refuseLfsPointer(handle, modelPath) {
  const head = Buffer.alloc(LFS_POINTER_HEAD.length);
  await handle.read(head, 0, head.length, 0);
  if (head.toString("latin1") === LFS_POINTER_HEAD) {
    throw new InputError("the file is a Git LFS pointer, not the model", {
      file: modelPath,
      hint: "fetch the LFS objects first (actions/checkout with `lfs: true`, or `git lfs pull`)"
    });
  }
}
async function modelFileSize(modelPath) {
  let info;
  try {
    info = await stat3(modelPath);
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "model file not found" : `cannot read the model file (${code})`, {
      file: modelPath,
      hint: "check the path given to --model / the `model` input"
    });
  }
  if (!info.isFile()) throw new InputError("the model path is not a file", { file: modelPath, hint: "pass the .onnx file itself" });
  if (info.size === 0) throw new InputError("the model file is empty", { file: modelPath, hint: "check Git LFS pulled the model" });
  return info.size;
}
async function readValueInfo(file, start, end) {
  const value = { name: "", dtype: null, dims: null };
  for await (const f of file.fields(start, end)) {
    if (f.field === VALUE_NAME && f.start !== void 0) value.name = await file.text(f.start, f.end);
    if (f.field === VALUE_TYPE && f.start !== void 0) {
      for await (const t of file.fields(f.start, f.end)) {
        if (t.field === TYPE_TENSOR && t.start !== void 0) Object.assign(value, await readTensorType(file, t.start, t.end));
      }
    }
  }
  return value;
}
async function readTensorType(file, start, end) {
  let dtype = null;
  let dims = null;
  for await (const f of file.fields(start, end)) {
    if (f.field === TENSOR_ELEM_TYPE && f.varint !== void 0) dtype = ELEM_TYPES[Number(f.varint)] ?? null;
    if (f.field === TENSOR_SHAPE && f.start !== void 0) {
      dims = [];
      for await (const d of file.fields(f.start, f.end)) {
        if (d.field === SHAPE_DIM && d.start !== void 0) dims.push(await readDim(file, d.start, d.end));
      }
    }
  }
  return { dtype, dims };
}
async function readDim(file, start, end) {
  let dim = null;
  for await (const f of file.fields(start, end)) {
    if (f.field === DIM_VALUE && f.varint !== void 0) dim = Number(BigInt.asIntN(64, f.varint));
    if (f.field === DIM_PARAM && f.start !== void 0) {
      const name = await file.text(f.start, f.end);
      dim = name === "" ? null : name;
    }
  }
  return dim;
}

// src/smoke/path-lookup.ts
import { accessSync, constants } from "node:fs";
import { delimiter, join as join4 } from "node:path";
function commandOnPath(command, env = process.env) {
  const suffixes = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      try {
        accessSync(join4(dir, command + suffix), constants.X_OK);
        return true;
      } catch {
      }
    }
  }
  return false;
}

// src/smoke/power-sampler.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
function nvidiaSmiSampler(options = {}) {
  const command = options.command ?? "nvidia-smi";
  const intervalMs = options.intervalMs ?? 100;
  const gpu = options.gpu ?? firstCudaVisibleGpu();
  return async () => {
    const name = await gpuName(command, gpu);
    if (name === void 0) return null;
    const child = spawn(command, ["--query-gpu=timestamp,power.draw", "--format=csv,noheader,nounits", "-i", gpu, `-lms`, String(intervalMs)], {
      stdio: ["ignore", "pipe", "ignore"]
    });
    const samples = [];
    let first = () => {
    };
    const firstReading = new Promise((resolve6) => first = resolve6);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const sample2 = parseSampleLine(line);
      if (sample2) {
        samples.push(sample2);
        first();
      }
    });
    const exited = new Promise((resolve6) => {
      child.on("close", () => resolve6());
      child.on("error", () => resolve6());
    });
    const started = await Promise.race([
      firstReading.then(() => true),
      exited.then(() => false),
      delay(options.startTimeoutMs ?? 5e3).then(() => false)
    ]);
    if (!started) {
      child.kill();
      await exited;
      return null;
    }
    return {
      description: `nvidia-smi power.draw of GPU ${gpu} (${name}), every ${intervalMs} ms`,
      deviceName: name,
      stop: async () => {
        child.kill();
        await exited;
        return samples;
      }
    };
  };
}
function parseSampleLine(line) {
  const match = /^\s*(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?\s*,\s*([0-9.]+)\s*$/.exec(line);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms2, watts] = match;
  const timeMs = new Date(+y, +mo - 1, +d, +h, +mi, +s, ms2 ? Number(ms2.padEnd(3, "0")) : 0).getTime();
  const powerW = Number(watts);
  return Number.isFinite(powerW) ? { timeMs, powerW } : null;
}
function firstCudaVisibleGpu() {
  const first = process.env.CUDA_VISIBLE_DEVICES?.split(",")[0]?.trim();
  return first ? first : "0";
}
async function gpuName(command, gpu) {
  return new Promise((resolve6) => {
    const child = spawn(command, ["--query-gpu=name", "--format=csv,noheader", "-i", gpu], { stdio: ["ignore", "pipe", "ignore"] });
    let output = "";
    const timer = setTimeout(() => child.kill(), 1e4);
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.on("error", () => {
      clearTimeout(timer);
      resolve6(void 0);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const name = output.trim().split("\n")[0]?.trim();
      resolve6(code === 0 && name ? name : void 0);
    });
  });
}
function delay(ms2) {
  return new Promise((resolve6) => setTimeout(resolve6, ms2).unref());
}

// src/smoke/provider-profile.ts
import { readdir, readFile as readFile4 } from "node:fs/promises";
import { join as join5 } from "node:path";
function providersFromProfile(events) {
  const nodes = /* @__PURE__ */ new Map();
  for (const event of Array.isArray(events) ? events : []) {
    const provider = event?.args?.provider;
    if (event?.cat !== "Node" || typeof provider !== "string") continue;
    if (!nodes.has(provider)) nodes.set(provider, /* @__PURE__ */ new Set());
    nodes.get(provider).add(String(event.name));
  }
  const nodesByProvider = Object.fromEntries([...nodes].map(([provider, names]) => [provider, names.size]));
  const providers = Object.keys(nodesByProvider);
  const executionProvider = providers.length === 0 ? void 0 : providers.some((p) => p.startsWith("CUDA")) ? "cuda" : "cpu";
  return { nodesByProvider, executionProvider };
}
async function readProfile(directory) {
  const files = (await readdir(directory)).filter((name) => name.endsWith(".json"));
  if (files.length === 0) return [];
  return JSON.parse(await readFile4(join5(directory, files[0]), "utf8"));
}

// src/smoke/runtime-loader.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir as readdir2, rename as rename2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname3, join as join6 } from "node:path";

// src/smoke/onnxruntime-lock.json
var onnxruntime_lock_default = {
  onnxruntimeNodeVersion: "1.30.0",
  packages: {
    "node_modules/adm-zip": {
      version: "0.6.1",
      integrity: "sha512-Xwrja8nx9e5o2N1my4DsKCeKpdrnACyr1wtbPxBDgGzKzKyE9kRtBFA8mWldI+RVlD7CBZNWY/wQ2+ydwOR6kQ==",
      license: "MIT",
      engines: {
        node: ">=14.0"
      }
    },
    "node_modules/define-data-property": {
      version: "1.1.4",
      integrity: "sha512-rBMvIzlpA8v6E+SJZoo++HAYqsLrkg7MSfIinMPFhmkorw7X+dOXVJQs+QT69zGkzMyfDnIMN2Wid1+NbL3T+A==",
      license: "MIT",
      dependencies: {
        "es-define-property": "^1.0.0",
        "es-errors": "^1.3.0",
        gopd: "^1.0.1"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/define-properties": {
      version: "1.2.1",
      integrity: "sha512-8QmQKqEASLd5nx0U1B1okLElbUuuttJ/AnYmRXbbbGDWh6uS208EjD4Xqq/I9wK7u0v6O08XhTWnt5XtEbR6Dg==",
      license: "MIT",
      dependencies: {
        "define-data-property": "^1.0.1",
        "has-property-descriptors": "^1.0.0",
        "object-keys": "^1.1.1"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-define-property": {
      version: "1.0.1",
      integrity: "sha512-e3nRfgfUZ4rNGL232gUgX06QNyyez04KdjFrF+LTRoOXmrOgFKDg4BCdsjW8EnT69eqdYGmRpJwiPVYNrCaW3g==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-errors": {
      version: "1.3.0",
      integrity: "sha512-Zf5H2Kxt2xjTvbJvP2ZWLEICxA6j+hAmMzIlypy4xcBg1vKVnx89Wy0GbS+kf5cwCVFFzdCFh2XSCFNULS6csw==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/escape-string-regexp": {
      version: "4.0.0",
      integrity: "sha512-TtpcNJ3XAzx3Gq8sWRzJaVajRs0uVxA2YAkdb1jm2YkPz4G6egUFAyA3n5vtEIZefPk5Wa4UXbKuS5fKkJWdgA==",
      license: "MIT",
      engines: {
        node: ">=10"
      }
    },
    "node_modules/global-agent": {
      version: "4.1.3",
      integrity: "sha512-KUJEViiuFT3I97t+GYMikLPJS2Lfo/S2F+DQuBWzuzaMPnvt5yyZePzArx36fBzpGTxZjIpDbXLeySLgh+k76g==",
      license: "BSD-3-Clause",
      dependencies: {
        globalthis: "^1.0.2",
        matcher: "^4.0.0",
        semver: "^7.3.5",
        "serialize-error": "^8.1.0"
      },
      engines: {
        node: ">=10.0"
      }
    },
    "node_modules/globalthis": {
      version: "1.0.4",
      integrity: "sha512-DpLKbNU4WylpxJykQujfCcwYWiV/Jhm50Goo0wrVILAv5jOr9d+H+UR3PhSCD2rCCEIg0uc+G+muBTwD54JhDQ==",
      license: "MIT",
      dependencies: {
        "define-properties": "^1.2.1",
        gopd: "^1.0.1"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/gopd": {
      version: "1.2.0",
      integrity: "sha512-ZUKRh6/kUFoAiTAtTYPZJ3hw9wNxx+BIBOijnlG9PnrJsCcSjs1wyyD6vJpaYtgnzDrKYRSqf3OO6Rfa93xsRg==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/has-property-descriptors": {
      version: "1.0.2",
      integrity: "sha512-55JNKuIW+vq4Ke1BjOTjM2YctQIvCT7GFzHwmfZPGo5wnrgkid0YQtnAleFSqumZm4az3n2BS+erby5ipJdgrg==",
      license: "MIT",
      dependencies: {
        "es-define-property": "^1.0.0"
      }
    },
    "node_modules/matcher": {
      version: "4.0.0",
      integrity: "sha512-S6x5wmcDmsDRRU/c2dkccDwQPXoFczc5+HpQ2lON8pnvHlnvHAHj5WlLVvw6n6vNyHuVugYrFohYxbS+pvFpKQ==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^4.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/object-keys": {
      version: "1.1.1",
      integrity: "sha512-NuAESUOUMrlIXOfHKzD6bpPu3tYt3xvjNdRIQ+FeT0lNb4K8WR70CaDxhuNguS2XG+GjkyMwOzsN5ZktImfhLA==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/onnxruntime-common": {
      version: "1.30.0",
      integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==",
      license: "MIT"
    },
    "node_modules/onnxruntime-node": {
      version: "1.30.0",
      integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==",
      hasInstallScript: true,
      license: "MIT",
      os: [
        "win32",
        "darwin",
        "linux"
      ],
      dependencies: {
        "adm-zip": "^0.6.0",
        "global-agent": "^4.1.3",
        "onnxruntime-common": "1.30.0"
      }
    },
    "node_modules/semver": {
      version: "7.8.6",
      integrity: "sha512-9lpSSU4Mly3mrtruwLs1eLK6+gzbzqeBFwRNjIjE+9LuDpWdYctrQlQ3ej1Ilgi7gknpsTRnPoLP8DpCHqHIJw==",
      license: "ISC",
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/serialize-error": {
      version: "8.1.0",
      integrity: "sha512-3NnuWfM6vBYoy5gZFvHiYsVbafvI9vZv/+jlIigFn4oP4zjNPK3LhcY0xSCgeb1a5L8jO71Mit9LlNoi2UfDDQ==",
      license: "MIT",
      dependencies: {
        "type-fest": "^0.20.2"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/type-fest": {
      version: "0.20.2",
      integrity: "sha512-Ne+eE4r0/iWnpAxD852z3A+N0Bt5RN//NjJwRd2VFHEmrywxf5vsZlh4R6lixl6B+wz/8d+maTSAkN1FIkI3LQ==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=10"
      }
    }
  }
};

// src/smoke/runtime-loader.ts
var ONNXRUNTIME_NODE_VERSION = onnxruntime_lock_default.onnxruntimeNodeVersion;
var PACKAGE = "onnxruntime-node";
var TOOL_NAME = "carbon-ci-onnxruntime-node";
var RUNTIME_DIR_ENV = "CARBON_CI_ONNXRUNTIME_DIR";
async function loadOnnxRuntime(options = {}) {
  const log = options.log ?? (() => {
  });
  const fromEnv = process.env[RUNTIME_DIR_ENV];
  if (fromEnv) {
    const loaded = tryRequire(join6(fromEnv, "package.json"));
    if (!loaded) {
      throw new InputError(`$${RUNTIME_DIR_ENV} is set but ${fromEnv}/node_modules/${PACKAGE} cannot be loaded`, {
        hint: `npm install --prefix "${fromEnv}" ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or unset it`
      });
    }
    return { ...loaded, source: "env", directory: fromEnv };
  }
  const resolveFrom = options.resolveFrom ?? import.meta.url;
  const local = tryRequire(resolveFrom);
  if (local) return { ...local, source: "node_modules", directory: dirname3(local.packageDir) };
  const cacheDir = toolCacheDirectory(options);
  if (existsSync(`${cacheDir}.complete`)) {
    const cached = tryRequire(join6(cacheDir, "package.json"));
    if (cached) return { ...cached, source: "tool-cache", directory: cacheDir };
  }
  const install = options.install ?? process.env.GITHUB_ACTIONS === "true";
  if (!install) {
    throw new InputError(`${PACKAGE} is not installed, and the smoke test needs it`, {
      hint: `npm install ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or rerun with --install-runtime to install it into ${cacheDir}`
    });
  }
  log(`installing ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}${options.withCuda ? " with the CUDA execution provider" : ""} into ${cacheDir}`);
  try {
    await installIntoCache(cacheDir, options);
  } catch (error) {
    if (!options.withCuda) throw error;
    log(`installing with the CUDA execution provider failed, installing the CPU build instead: ${error.message.split("\n")[0]}`);
    return loadOnnxRuntime({ ...options, withCuda: false });
  }
  const installed2 = tryRequire(join6(cacheDir, "package.json"));
  if (!installed2) throw new Error(`${PACKAGE} was installed into ${cacheDir} but cannot be loaded`);
  return { ...installed2, source: "tool-cache", directory: cacheDir };
}
function toolCacheDirectory(options) {
  const root2 = options.toolCacheDir ?? process.env.RUNNER_TOOL_CACHE ?? join6(homedir(), ".cache", "carbon-ci");
  const flavour = `${process.platform}-${process.arch}${options.withCuda ? "-cuda12" : ""}`;
  return join6(root2, TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavour);
}
function tryRequire(from) {
  const require2 = createRequire(from);
  let entry;
  try {
    entry = require2.resolve(PACKAGE);
  } catch {
    return void 0;
  }
  const packageDir = dirname3(dirname3(entry));
  const runtime = require2(PACKAGE);
  const version = require2(join6(packageDir, "package.json")).version;
  return { runtime, packageDir, version };
}
async function installIntoCache(cacheDir, options) {
  const staging = `${cacheDir}.tmp-${process.pid}-${Date.now()}`;
  const installMode = options.withCuda ? "cuda12" : "skip";
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: installMode, npm_config_onnxruntime_node_install: installMode };
  try {
    await writeLockedProject(staging);
    await runNpm(["ci", "--omit=dev", "--no-audit", "--no-fund", ...options.npmArgs ?? []], env, staging);
    await pruneOtherPlatforms(join6(staging, "node_modules", PACKAGE));
    await rm2(cacheDir, { recursive: true, force: true });
    await rename2(staging, cacheDir);
    await writeFile2(`${cacheDir}.complete`, "");
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
}
async function writeLockedProject(dir) {
  const name = "carbon-ci-onnxruntime";
  const dependencies = { [PACKAGE]: ONNXRUNTIME_NODE_VERSION };
  await mkdir(dir, { recursive: true });
  await writeFile2(join6(dir, "package.json"), JSON.stringify({ name, version: "0.0.0", private: true, dependencies }, null, 2));
  const packages = { "": { name, version: "0.0.0", dependencies }, ...onnxruntime_lock_default.packages };
  await writeFile2(join6(dir, "package-lock.json"), JSON.stringify({ name, version: "0.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
}
async function pruneOtherPlatforms(packageDir) {
  const binRoot = join6(packageDir, "bin", "napi-v6");
  for (const platform of await readdir2(binRoot).catch(() => [])) {
    if (platform !== process.platform) {
      await rm2(join6(binRoot, platform), { recursive: true, force: true });
      continue;
    }
    for (const arch of await readdir2(join6(binRoot, platform))) {
      if (arch !== process.arch) await rm2(join6(binRoot, platform, arch), { recursive: true, force: true });
    }
  }
}
async function runNpm(args, env, cwd) {
  const nodeDir = dirname3(process.execPath);
  const bundled = [join6(nodeDir, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"), join6(nodeDir, "node_modules", "npm", "bin", "npm-cli.js")].find(
    (path3) => existsSync(path3)
  );
  const [command, commandArgs] = bundled ? [process.execPath, [bundled, ...args]] : ["npm", args];
  await new Promise((resolve6, reject) => {
    const child = spawn2(command, commandArgs, { env, cwd, stdio: ["ignore", "pipe", "pipe"], shell: !bundled && process.platform === "win32" });
    let output = "";
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.stderr.on("data", (chunk) => output += chunk.toString());
    child.on(
      "error",
      (error) => reject(new Error(`cannot run npm to install ${PACKAGE} (${error.message}); install Node.js with npm (actions/setup-node) or set $${RUNTIME_DIR_ENV}`))
    );
    child.on(
      "close",
      (code) => code === 0 ? resolve6() : reject(new Error(`npm ${args[0]} failed with exit code ${code}: ${summaryLine(output)}
${output.slice(-4e3)}`))
    );
  });
}
function summaryLine(output) {
  const lines = output.split("\n").map((line) => line.replace(/^npm (error|ERR!)\s*/i, "").trim()).filter((line) => line !== "" && !/^npm (warn|notice)/i.test(line));
  return lines.find((line) => /\bError:|\bE[A-Z]{3,}\b/.test(line)) ?? lines[lines.length - 1] ?? "(no output)";
}

// src/smoke/session.ts
var CUDA_HINT = "the CUDA execution provider needs onnxruntime-node installed with ONNXRUNTIME_NODE_INSTALL=cuda12 on linux x64, CUDA 12 and cuDNN 9 libraries, and an NVIDIA GPU (see docs/smoke-test.md)";
async function openSession(ort, modelPath, device, profilePrefix) {
  const attempt = async (providers) => {
    const started = performance.now();
    const session = await ort.InferenceSession.create(modelPath, {
      executionProviders: providers,
      enableProfiling: true,
      profileFilePrefix: profilePrefix,
      logSeverityLevel: 3
    });
    return { session, loadMs: performance.now() - started };
  };
  if (device === "cpu") {
    try {
      return { ok: true, ...await attempt(["cpu"]), providers: ["cpu"] };
    } catch (error) {
      return { ok: false, reason: `onnxruntime could not load the model: ${firstLine3(error)}` };
    }
  }
  let cudaFailure;
  try {
    return { ok: true, ...await attempt(["cuda", "cpu"]), providers: ["cuda", "cpu"] };
  } catch (error) {
    cudaFailure = firstLine3(error);
  }
  if (device === "cuda") {
    return { ok: false, reason: `device "cuda" was requested but the CUDA execution provider is unavailable: ${cudaFailure}; ${CUDA_HINT}` };
  }
  try {
    const opened = await attempt(["cpu"]);
    return { ok: true, ...opened, providers: ["cpu"], fallbackReason: `CUDA execution provider unavailable (${cudaFailure}); ran on CPU` };
  } catch (error) {
    return { ok: false, reason: `onnxruntime could not load the model: ${firstLine3(error)}` };
  }
}
function firstLine3(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim();
}

// src/smoke/synthesize.ts
var DEFAULT_SEED = 42;
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function synthesizeInputs(declared2, options) {
  const random = seededRandom(options.seed);
  const leadingNames = new Set(declared2.map((value) => value.dims?.[0]).filter((d) => typeof d === "string"));
  const tensors = {};
  for (const value of declared2) {
    if (value.dtype === null || value.dims === null) {
      throw new InputError(
        `cannot synthesise input "${value.name}": the model declares no ${value.dtype === null ? "tensor element type" : "shape"} for it`,
        { file: options.modelPath, hint: "give the inputs in a JSON file (--inputs / model-inputs)" }
      );
    }
    const shape = value.dims.map((dim, axis) => {
      if (typeof dim === "number" && dim >= 0) return dim;
      if (typeof dim === "string" && options.dims[dim] !== void 0) return options.dims[dim];
      if (axis === 0 && (dim === null || typeof dim === "number" || leadingNames.has(dim))) return options.batchSize;
      if (typeof dim === "string" && leadingNames.has(dim)) return options.batchSize;
      return 1;
    });
    const count = shape.reduce((a, b) => a * b, 1);
    const data = Array.from({ length: count }, () => sample(value.dtype, random));
    tensors[value.name] = { dtype: value.dtype, shape, data };
  }
  return tensors;
}
function sample(dtype, random) {
  switch (dtype) {
    case "float32":
    case "float64":
    case "float16":
      return random() * 2 - 1;
    case "bool":
      return random() < 0.5;
    case "string":
      return `token${Math.floor(random() * 10)}`;
    case "int64":
    case "uint64":
      return BigInt(Math.floor(random() * 10));
    default:
      return Math.floor(random() * 10);
  }
}

// src/smoke/tensor-json.ts
import { readFile as readFile5 } from "node:fs/promises";
var DTYPES = [
  "float32",
  "float16",
  "float64",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "bool",
  "string"
];
var INT_RANGES = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n]
};
var DEFAULT_ATOL = 1e-4;
var DEFAULT_RTOL = 1e-3;
var INPUTS_HINT = 'expected { "inputs": { "<name>": { "dtype": "float32", "shape": [1, 4], "data": [...] } } }';
var EXPECTED_HINT = 'expected { "atol": 1e-4, "rtol": 1e-3, "outputs": { "<name>": { "shape": [1, 3], "data": [...] } } }';
async function readInputsFile(file) {
  const json = await readJson2(file);
  const inputs = objectField(json, "inputs", file, INPUTS_HINT);
  const tensors = {};
  for (const [name, raw] of Object.entries(inputs)) {
    const where = `inputs.${name}`;
    const spec = asObject(raw, file, where, INPUTS_HINT);
    const dtype = parseDtype(spec.dtype, file, `${where}.dtype`);
    if (dtype === void 0) throw new InputError(`${where}: "dtype" is required`, { file, hint: INPUTS_HINT });
    const shape = parseShape(spec.shape, file, `${where}.shape`);
    if (shape === void 0) throw new InputError(`${where}: "shape" is required`, { file, hint: INPUTS_HINT });
    const data = parseData(spec.data, dtype, file, `${where}.data`);
    checkCount(data.length, shape, file, where);
    tensors[name] = { dtype, shape, data };
  }
  return tensors;
}
async function readExpectedFile(file) {
  const json = await readJson2(file);
  const outputs = objectField(json, "outputs", file, EXPECTED_HINT);
  const atol = parseTolerance(json.atol, DEFAULT_ATOL, file, "atol");
  const rtol = parseTolerance(json.rtol, DEFAULT_RTOL, file, "rtol");
  const expected = { atol, rtol, outputs: {}, file };
  for (const [name, raw] of Object.entries(outputs)) {
    const where = `outputs.${name}`;
    const spec = asObject(raw, file, where, EXPECTED_HINT);
    const dtype = parseDtype(spec.dtype, file, `${where}.dtype`);
    const shape = parseShape(spec.shape, file, `${where}.shape`);
    const data = parseData(spec.data, dtype ?? null, file, `${where}.data`);
    if (shape) checkCount(data.length, shape, file, where);
    expected.outputs[name] = { data, ...dtype ? { dtype } : {}, ...shape ? { shape } : {} };
  }
  return expected;
}
async function readJson2(file) {
  let text;
  try {
    text = await readFile5(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "file not found" : `cannot read the file (${code})`, { file });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error.message;
    const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? text.slice(0, Number(position[1])).split("\n").length : void 0;
    throw new InputError(`not valid JSON: ${message}`, { file, ...line !== void 0 ? { line } : {} });
  }
}
function objectField(json, key, file, hint) {
  const top = asObject(json, file, "the top level", hint);
  return asObject(top[key], file, `"${key}"`, hint);
}
function asObject(value, file, where, hint) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${where} must be an object`, { file, hint });
  }
  return value;
}
function parseDtype(value, file, where) {
  if (value === void 0) return void 0;
  if (typeof value === "string" && DTYPES.includes(value)) return value;
  throw new InputError(`${where}: unknown dtype ${JSON.stringify(value)}`, { file, hint: `use one of ${DTYPES.join(", ")}` });
}
function parseShape(value, file, where) {
  if (value === void 0) return void 0;
  if (Array.isArray(value) && value.every((d) => Number.isSafeInteger(d) && d >= 0)) return value;
  throw new InputError(`${where} must be an array of non-negative integers`, { file });
}
function parseTolerance(value, fallback2, file, key) {
  if (value === void 0) return fallback2;
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  throw new InputError(`"${key}" must be a non-negative number`, { file });
}
function checkCount(count, shape, file, where) {
  const expected = shape.reduce((a, b) => a * b, 1);
  if (count !== expected) {
    throw new InputError(`${where}: shape [${shape.join(", ")}] needs ${expected} values but data has ${count}`, { file });
  }
}
function parseData(value, dtype, file, where) {
  if (value === void 0) throw new InputError(`${where} is required`, { file });
  const flat = Array.isArray(value) ? value.flat(Infinity) : [value];
  return flat.map((element, index2) => parseElement(element, dtype, file, `${where}[${index2}]`));
}
function parseElement(value, dtype, file, where) {
  if (dtype === null) {
    if (typeof value === "boolean") return value;
    return parseElement(value, "float64", file, where);
  } else if (dtype === "string") {
    if (typeof value === "string") return value;
  } else if (dtype === "bool") {
    if (typeof value === "boolean") return value;
    if (value === 0 || value === 1) return value === 1;
  } else if (dtype === "float32" || dtype === "float16" || dtype === "float64") {
    if (typeof value === "number") return value;
    if (value === "NaN") return NaN;
    if (value === "Infinity" || value === "inf") return Infinity;
    if (value === "-Infinity" || value === "-inf") return -Infinity;
  } else {
    return parseInteger(value, dtype, file, where);
  }
  throw new InputError(`${where}: ${JSON.stringify(value)} is not a valid ${dtype} value`, { file });
}
function parseInteger(value, dtype, file, where) {
  let big;
  if (typeof value === "number" && Number.isSafeInteger(value)) big = BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) big = BigInt(value);
  const range = INT_RANGES[dtype];
  if (big === void 0 || big < range[0] || big > range[1]) {
    const hint = dtype.endsWith("64") ? 'write integers beyond 2^53 as strings, e.g. "9007199254740993"' : void 0;
    throw new InputError(`${where}: ${JSON.stringify(value)} is not a valid ${dtype} value`, { file, ...hint ? { hint } : {} });
  }
  return dtype === "int64" || dtype === "uint64" ? big : Number(big);
}

// src/smoke/run-smoke-test.ts
var DEFAULT_ITERATIONS = 20;
var DEFAULT_WARMUP = 3;
var DEFAULT_MIN_SAMPLED_WINDOW_MS = 2e3;
async function runSmokeTest(options) {
  const prepared = await prepare(options);
  const ort = options.runtime ?? (await loadRuntime(prepared)).runtime;
  quietNativeLog(ort);
  const profileDir = await mkdtemp(join7(tmpdir(), "carbon-ci-smoke-"));
  let session;
  try {
    const opened = await openSession(ort, options.modelPath, prepared.device, join7(profileDir, "profile"));
    if (!opened.ok) {
      return notRun(prepared, "none", [{ name: "loads", passed: false, message: opened.reason }], 0);
    }
    session = opened.session;
    const checks = [
      {
        name: "loads",
        passed: true,
        message: `loaded in ${opened.loadMs.toFixed(0)} ms with execution providers [${opened.providers.join(", ")}]${opened.fallbackReason ? `; ${opened.fallbackReason}` : ""}`
      }
    ];
    const { feeds, inputs, inputSizes } = buildFeeds(ort, session, prepared);
    let outputs;
    try {
      outputs = await session.run(feeds);
    } catch (error) {
      checks.push({ name: "runs", passed: false, message: `onnxruntime failed to run the model: ${error.message.split("\n")[0]}` });
      session.endProfiling();
      const usage2 = providersFromProfile(await readProfile(profileDir));
      return { ...notRun(prepared, usage2.executionProvider ?? "none", checks, opened.loadMs), inputs, ...fallback(opened) };
    }
    checks.push({ name: "runs", passed: true, message: `ran on inputs ${describeInputs(inputs)}` });
    session.endProfiling();
    const usage = providersFromProfile(await readProfile(profileDir));
    const executionProvider = usage.executionProvider ?? (opened.providers[0] === "cuda" ? "cuda" : "cpu");
    checks.push(
      checkOutputsFinite(outputs),
      checkOutputShapes(outputs, prepared.declared.outputs, inputSizes),
      checkOutputDtypes(outputs, prepared.declared.outputs)
    );
    if (prepared.expected) checks.push(checkExpectedOutputs(outputs, prepared.expected));
    const timing = await measure(session, feeds, prepared, executionProvider);
    const latencyMs = latencyStats(timing.durationsMs);
    const energy = timing.energy ?? estimate(prepared, executionProvider, latencyMs.mean, timing.deviceName);
    return {
      passed: checks.every((c) => c.passed),
      model: options.modelPath,
      executionProvider,
      requestedDevice: prepared.device,
      ...fallback(opened),
      checks,
      loadMs: opened.loadMs,
      latencyMs,
      throughputPerS: timing.durationsMs.length / (timing.totalMs / 1e3),
      iterations: timing.durationsMs.length,
      warmup: prepared.warmup,
      batchSize: prepared.batchSize,
      inputs,
      nodesByProvider: usage.nodesByProvider,
      energyPerInferenceJ: energy.energyPerInferenceJ,
      energyMethod: energy.method,
      meanPowerW: energy.meanPowerW,
      energyNote: energy.note,
      co2ePer1kInferencesG: co2ePer1kInferencesG(energy.energyPerInferenceJ, options.factors),
      factors: options.factors
    };
  } finally {
    await session?.release();
    await rm3(profileDir, { recursive: true, force: true });
  }
}
async function prepare(options) {
  const device = options.device ?? "auto";
  if (!["auto", "cuda", "cpu"].includes(device)) {
    throw new InputError(`unknown device "${String(device)}"`, { hint: "use auto, cuda or cpu" });
  }
  const iterations = wholeNumber(options.iterations ?? DEFAULT_ITERATIONS, 1, "iterations");
  const warmup = wholeNumber(options.warmup ?? DEFAULT_WARMUP, 0, "warm-up runs");
  const batchSize = wholeNumber(options.batchSize ?? 1, 1, "batch size");
  for (const [name, size] of Object.entries(options.dims ?? {})) wholeNumber(size, 1, `dimension "${name}"`);
  if (options.boardPowerW !== void 0 && !(options.boardPowerW > 0 && options.boardPowerW < 2e4)) {
    throw new InputError(`board power ${options.boardPowerW} W is out of range`, { hint: "give the device power in watts, e.g. 70 for a T4" });
  }
  const declared2 = await readDeclaredIo(options.modelPath);
  const prepared = { options, device, iterations, warmup, batchSize, declared: declared2 };
  if (options.inputsPath) prepared.givenInputs = await readInputsFile(options.inputsPath);
  if (options.expectedPath) prepared.expected = await readExpectedFile(options.expectedPath);
  return prepared;
}
async function loadRuntime(prepared) {
  const load = prepared.options.runtimeLoad ?? {};
  const withCuda = load.withCuda ?? (prepared.device !== "cpu" && process.platform === "linux" && process.arch === "x64" && commandOnPath("nvidia-smi"));
  return loadOnnxRuntime({ ...load, withCuda, log: load.log ?? prepared.options.log });
}
function quietNativeLog(ort) {
  const debug = process.env.CARBON_CI_DEBUG;
  if (!debug || debug === "0") ort.env.logLevel = "fatal";
}
function wholeNumber(value, min, what) {
  if (!Number.isInteger(value) || value < min) throw new InputError(`${what} must be a whole number of at least ${min}, not ${value}`);
  return value;
}
function buildFeeds(ort, session, prepared) {
  const declaredInputs = session.inputNames.map(
    (name) => prepared.declared.inputs.find((d) => d.name === name) ?? fromRuntimeMetadata(session.inputMetadata.find((m) => m.name === name), name)
  );
  const source = prepared.givenInputs ? "file" : "synthesised";
  const tensors = prepared.givenInputs ? checkGivenInputs(prepared.givenInputs, declaredInputs, prepared.options.inputsPath) : synthesizeInputs(declaredInputs, {
    batchSize: prepared.batchSize,
    dims: prepared.options.dims ?? {},
    seed: prepared.options.seed ?? DEFAULT_SEED,
    modelPath: prepared.options.modelPath
  });
  const feeds = {};
  const inputs = [];
  const inputSizes = /* @__PURE__ */ new Map();
  for (const value of declaredInputs) {
    const host = tensors[value.name];
    feeds[value.name] = toOrtTensor(ort, host);
    inputs.push({ name: value.name, dtype: host.dtype, shape: host.shape, source });
    value.dims?.forEach((dim, axis) => {
      if (typeof dim === "string" && !inputSizes.has(dim) && host.shape[axis] !== void 0) inputSizes.set(dim, host.shape[axis]);
    });
  }
  return { feeds, inputs, inputSizes };
}
function checkGivenInputs(given, declared2, file) {
  const names = declared2.map((d) => `"${d.name}"`).join(", ");
  for (const value of declared2) {
    const tensor = given[value.name];
    if (!tensor) throw new InputError(`no tensor for the model's input "${value.name}"`, { file, hint: `the model's inputs are ${names}` });
    if (value.dtype && tensor.dtype !== value.dtype) {
      throw new InputError(`inputs.${value.name} is ${tensor.dtype} but the model declares ${value.dtype}`, { file });
    }
  }
  for (const name of Object.keys(given)) {
    if (!declared2.some((d) => d.name === name)) {
      throw new InputError(`"${name}" is not an input of the model`, { file, hint: `the model's inputs are ${names}` });
    }
  }
  return given;
}
function fromRuntimeMetadata(metadata, name) {
  if (!metadata?.isTensor) return { name, dtype: null, dims: null };
  const dims = metadata.shape.map((d) => typeof d === "number" ? d >= 0 ? d : null : d === "" ? null : d);
  return { name, dtype: metadata.type, dims };
}
async function measure(session, feeds, prepared, provider) {
  for (let i = 0; i < prepared.warmup; i++) await session.run(feeds);
  const sampler = await startSampler(prepared.options, provider);
  const minWindowMs = sampler ? prepared.options.minSampledWindowMs ?? DEFAULT_MIN_SAMPLED_WINDOW_MS : 0;
  const durationsMs = [];
  const startMs = Date.now();
  const loopStart = performance.now();
  while (durationsMs.length < prepared.iterations || performance.now() - loopStart < minWindowMs) {
    const started = performance.now();
    await session.run(feeds);
    durationsMs.push(performance.now() - started);
  }
  const totalMs = performance.now() - loopStart;
  const endMs = Date.now();
  if (!sampler) return { durationsMs, totalMs };
  const samples = await sampler.stop();
  const energy = measuredEnergy(samples, startMs, endMs, durationsMs.length, sampler.description);
  prepared.options.log?.(energy ? energy.note : `${sampler.description}: no readings during the measured runs; energy is estimated`);
  return { durationsMs, totalMs, ...energy ? { energy } : {}, ...sampler.deviceName ? { deviceName: sampler.deviceName } : {} };
}
async function startSampler(options, provider) {
  if (options.powerSampler === null) return null;
  if (options.powerSampler) return options.powerSampler();
  return provider === "cuda" ? nvidiaSmiSampler()() : null;
}
function estimate(prepared, provider, meanLatencyMs, samplerDeviceName) {
  const gpuName2 = prepared.options.gpuModel ?? samplerDeviceName;
  const gpuBoardPowerW = provider === "cuda" && gpuName2 ? lookupGpu(gpuName2)?.boardPowerW : void 0;
  return estimatedEnergy({
    provider,
    meanLatencyMs,
    vcpus: availableParallelism(),
    ...prepared.options.boardPowerW !== void 0 ? { boardPowerW: prepared.options.boardPowerW } : {},
    ...gpuName2 ? { gpuName: gpuName2 } : {},
    ...gpuBoardPowerW !== void 0 ? { gpuBoardPowerW } : {}
  });
}
function notRun(prepared, executionProvider, checks, loadMs) {
  return {
    passed: false,
    model: prepared.options.modelPath,
    executionProvider,
    requestedDevice: prepared.device,
    checks,
    loadMs,
    latencyMs: { mean: 0, p50: 0, p95: 0 },
    throughputPerS: 0,
    iterations: 0,
    warmup: 0,
    batchSize: prepared.batchSize,
    energyPerInferenceJ: 0,
    energyMethod: "estimate",
    energyNote: "not measured: the model did not run",
    co2ePer1kInferencesG: 0,
    factors: prepared.options.factors
  };
}
function fallback(opened) {
  return opened.fallbackReason ? { fallbackReason: opened.fallbackReason } : {};
}
function describeInputs(inputs) {
  return inputs.map((i) => `${i.name} ${i.dtype}[${i.shape.join(", ")}] (${i.source})`).join(", ");
}

// src/smoke/summary.ts
function formatSmokeSummary(result) {
  const lines = [`Smoke test of ${result.model}: ${result.passed ? "PASSED" : "FAILED"}`];
  const asked = result.requestedDevice === "auto" ? "auto" : result.requestedDevice;
  lines.push(`  execution provider: ${result.executionProvider} (requested: ${asked})${nodeSplit(result)}`);
  if (result.fallbackReason) lines.push(`  fallback: ${result.fallbackReason}`);
  for (const check of result.checks) {
    lines.push(`  ${check.passed ? "pass" : "FAIL"}  ${check.name}: ${check.message}`);
  }
  if (result.iterations > 0) {
    const l = result.latencyMs;
    lines.push(
      `  load ${ms(result.loadMs)}; latency mean ${ms(l.mean)}, p50 ${ms(l.p50)}, p95 ${ms(l.p95)} over ${result.iterations} runs (batch ${result.batchSize}); ${result.throughputPerS.toFixed(1)} inferences/s`
    );
    lines.push(`  energy per inference: ${joules(result.energyPerInferenceJ)} (${result.energyMethod})`);
    if (result.energyNote) lines.push(`    ${result.energyNote}`);
    const factors = result.factors ? ` (PUE ${result.factors.pue.value}, ${result.factors.intensity.gPerKWh} g/kWh for ${result.factors.intensity.location})` : "";
    lines.push(`  CO2e per 1,000 inferences: ${grams(result.co2ePer1kInferencesG)}${factors}`);
  }
  return `${lines.join("\n")}
`;
}
function nodeSplit(result) {
  const entries = Object.entries(result.nodesByProvider ?? {});
  if (entries.length === 0) return "";
  return `; nodes: ${entries.map(([provider, count]) => `${count} on ${provider}`).join(", ")}`;
}
function ms(value) {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toPrecision(3)} ms`;
}
function joules(value) {
  if (value >= 1) return `${value.toPrecision(3)} J`;
  if (value >= 1e-3) return `${(value * 1e3).toPrecision(3)} mJ`;
  return `${(value * 1e6).toPrecision(3)} \xB5J`;
}
function grams(value) {
  if (value >= 1) return `${value.toPrecision(3)} g`;
  if (value >= 1e-3) return `${(value * 1e3).toPrecision(3)} mg`;
  return `${(value * 1e6).toPrecision(3)} \xB5g`;
}

// src/smoke/action-inputs.ts
async function smokeForAction(inputs, factors, log) {
  if (!inputs.model) return void 0;
  return runSmokeTest({
    modelPath: inputs.model,
    device: inputs.device,
    factors,
    ...inputs.iterations !== void 0 ? { iterations: inputs.iterations } : {},
    ...inputs.modelInputs ? { inputsPath: inputs.modelInputs } : {},
    ...inputs.modelExpected ? { expectedPath: inputs.modelExpected } : {},
    runtimeLoad: { install: true },
    ...log ? { log } : {}
  });
}

// src/render/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
var ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g;
var LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
var CONTROL_OR_BIDI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var MARKDOWN_PUNCTUATION = /[\\`*_~[\]|$]/g;
var MAX_UNTRUSTED_CHARS = 1e3;
function singleLine(text) {
  const raw = String(text);
  const bounded = raw.length > 4 * MAX_UNTRUSTED_CHARS ? raw.slice(0, 4 * MAX_UNTRUSTED_CHARS) : raw;
  const line = bounded.replace(ANSI_SEQUENCE, "").replace(LINE_BREAK, " ").replace(/\t/g, " ").replace(CONTROL_OR_BIDI, "");
  return line.length > MAX_UNTRUSTED_CHARS || bounded !== raw ? `${line.slice(0, MAX_UNTRUSTED_CHARS)}\u2026` : line;
}
function escapeMarkdown(text) {
  return singleLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, "\\$&").replace(/!(?=\\\[)/g, "\\!").replace(/^(\s*)#/, "$1\\#").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
function codeText(text) {
  const escaped = escapeMarkdown(text);
  return escaped === text && escaped.length > 0 ? `\`${text}\`` : `<code>${escaped}</code>`;
}
function stripControls(text) {
  return singleLine(text);
}

// schemas/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://carbon-ci.dev/schemas/report.schema.json",
  title: "carbon-ci report",
  description: "Energy and emissions of one CI run. All quantities are SI; every name carries its unit.",
  type: "object",
  required: ["schemaVersion", "tool", "generatedAt", "run", "inputs", "window", "totals", "coverage", "factors", "devices", "warnings"],
  properties: {
    schemaVersion: { type: "string", pattern: "^1\\.\\d+\\.\\d+$" },
    tool: {
      type: "object",
      required: ["name", "version", "datasetVersion"],
      properties: {
        name: { const: "carbon-ci" },
        version: { type: "string" },
        datasetVersion: { type: "string" }
      }
    },
    generatedAt: { type: "string", format: "date-time" },
    run: {
      type: "object",
      properties: {
        repository: { type: "string" },
        commit: { type: "string" },
        ref: { type: "string" },
        workflow: { type: "string" },
        job: { type: "string" },
        runId: { type: "integer" },
        runAttempt: { type: "integer" },
        pullRequest: { type: "integer" }
      }
    },
    inputs: {
      type: "object",
      required: ["mode", "files", "plugin", "location", "timeZone", "timeZoneSource", "maxGapS"],
      properties: {
        mode: { enum: ["telemetry", "estimate"] },
        files: { type: "array", items: { type: "string" } },
        plugin: { type: "string" },
        location: { type: "string" },
        timeZone: { type: "string", minLength: 1 },
        timeZoneSource: { enum: ["user", "default"] },
        maxGapS: { oneOf: [{ type: "number", exclusiveMinimum: 0 }, { const: "auto" }] },
        estimate: {
          type: "object",
          required: ["gpu", "count", "hoursPerDevice", "utilization", "powerW", "powerSource"],
          properties: {
            gpu: { type: "string", minLength: 1 },
            model: { type: "string" },
            count: { type: "integer", minimum: 1 },
            hoursPerDevice: { type: "number", exclusiveMinimum: 0 },
            utilization: { type: "number", exclusiveMinimum: 0, maximum: 1 },
            powerW: { type: "number", exclusiveMinimum: 0 },
            powerSource: { enum: ["user", "gpu-table"] }
          }
        }
      }
    },
    window: {
      oneOf: [
        { type: "null" },
        {
          type: "object",
          required: ["start", "end"],
          properties: {
            start: { type: "string", format: "date-time" },
            end: { type: "string", format: "date-time" }
          }
        }
      ]
    },
    totals: {
      type: "object",
      required: ["energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "durationS"],
      properties: {
        energyJ: { $ref: "#/definitions/nonNegative" },
        facilityEnergyJ: { $ref: "#/definitions/nonNegative" },
        operationalCo2eG: { $ref: "#/definitions/nonNegative" },
        embodiedCo2eG: { $ref: "#/definitions/nonNegative" },
        co2eG: { $ref: "#/definitions/nonNegative" },
        durationS: { $ref: "#/definitions/nonNegative" }
      }
    },
    coverage: { $ref: "#/definitions/fraction" },
    scope: {
      type: "object",
      description: "Which components the energy covers, and how: derived from the devices' component and method. Optional: reports of schema 1.0 lack it.",
      required: ["gpu", "cpu", "ram", "node", "gpuOnly"],
      properties: {
        gpu: { $ref: "#/definitions/componentScope" },
        cpu: { $ref: "#/definitions/componentScope" },
        ram: { $ref: "#/definitions/componentScope" },
        node: { $ref: "#/definitions/componentScope" },
        gpuOnly: { type: "boolean", description: "GPUs are the only thing counted: the total leaves out the host (CPU, memory, storage, network)." }
      }
    },
    factors: {
      type: "object",
      required: ["pue", "intensity"],
      properties: {
        pue: {
          type: "object",
          allOf: [{ $ref: "#/definitions/factorSource" }],
          required: ["value", "source"],
          properties: { value: { type: "number", minimum: 1, maximum: 5 } }
        },
        intensity: {
          type: "object",
          allOf: [{ $ref: "#/definitions/factorSource" }],
          required: ["gPerKWh", "location", "source", "year"],
          properties: {
            gPerKWh: { type: "number", minimum: 0, maximum: 2e3 },
            location: { type: "string" },
            zone: { type: "string", description: "The Electricity Maps zone the figure is for (e.g. US-CAL-CISO for US-CA); absent for Ember's country figures and the world average." },
            scope: {
              enum: ["life-cycle", "direct", "user-stated"],
              description: "What the figure counts: life-cycle CO2e (the default), direct (combustion) emissions only, or user-stated: the user's --intensity, whose scope carbon-ci cannot know. Optional because reports written before dataset 2026.12.0 lack it; every report carbon-ci writes now carries it."
            }
          }
        },
        embodied: {
          type: "object",
          allOf: [{ $ref: "#/definitions/factorSource" }],
          required: ["source", "lifetimeS", "devices"],
          properties: {
            lifetimeS: { type: "number", exclusiveMinimum: 0 },
            devices: { type: "integer", minimum: 0 },
            range: {
              type: "object",
              description: "The embodied total at the low and high published manufacturing figures per device (g CO2e), and their sources. Optional: absent when no device's figure has a range, and in reports written before dataset 2026.12.1.",
              required: ["lowCo2eG", "highCo2eG", "source"],
              additionalProperties: false,
              properties: {
                lowCo2eG: { $ref: "#/definitions/nonNegative" },
                highCo2eG: { $ref: "#/definitions/nonNegative" },
                source: { type: "string", minLength: 1 }
              }
            }
          }
        },
        recorded: {
          type: "object",
          description: "Devices priced where their source recorded that they ran (devices[].factors), and who recorded it. When every device was priced at one site, pue and intensity above are that site's.",
          required: ["devices", "by"],
          properties: {
            devices: { type: "integer", minimum: 1 },
            by: { type: "array", items: { type: "string" } }
          }
        }
      }
    },
    devices: { type: "array", items: { $ref: "#/definitions/device" } },
    sourceReported: {
      type: "object",
      description: "The sources' own CO2e (CodeCarbon's emissions) in total, beside carbon-ci's operational CO2e for every device read by the same plugins.",
      required: ["co2eG", "operationalCo2eG", "devices", "plugins"],
      properties: {
        co2eG: { $ref: "#/definitions/nonNegative" },
        operationalCo2eG: { $ref: "#/definitions/nonNegative" },
        devices: { type: "integer", minimum: 0 },
        plugins: { type: "array", items: { type: "string" } }
      }
    },
    powerSeries: {
      type: "object",
      required: ["stepS", "start", "powerW"],
      properties: {
        stepS: { type: "number", exclusiveMinimum: 0 },
        start: { type: "string", format: "date-time" },
        powerW: { type: "array", items: { type: ["number", "null"] } }
      }
    },
    warnings: {
      type: "array",
      items: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string" },
          message: { type: "string" },
          file: { type: "string" },
          line: { type: "integer" },
          deviceId: { type: "string" },
          count: { type: "integer" }
        }
      }
    },
    smoke: { $ref: "#/definitions/smoke" },
    baseline: {
      type: "object",
      required: ["found", "source"],
      properties: {
        found: { type: "boolean" },
        source: { type: "string" },
        co2eG: { type: "number" },
        energyJ: { type: "number" },
        deltaCo2eG: { type: "number" },
        deltaPercent: { type: "number" },
        deltaEnergyJ: { type: "number" },
        deltaEnergyPercent: { type: "number" },
        runId: { type: "integer" },
        commit: { type: "string" },
        url: { type: "string" }
      }
    },
    budgets: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "limit", "actual", "unit", "passed", "message"],
        properties: {
          name: { enum: ["co2e", "energy", "increase", "smoke"] },
          limit: { type: "number" },
          actual: { type: "number" },
          unit: { type: "string" },
          passed: { type: "boolean" },
          message: { type: "string" }
        }
      }
    }
  },
  definitions: {
    nonNegative: { type: "number", minimum: 0 },
    fraction: { type: "number", minimum: 0, maximum: 1 },
    componentScope: {
      type: "object",
      required: ["counted", "devices", "methods"],
      properties: {
        counted: {
          enum: ["measured", "reported", "estimated", "in-node", "not-counted"],
          description: "measured: energy counter or power samples; reported: energy the source integrated; estimated: power \xD7 utilisation \xD7 time; in-node: inside a whole-node figure; not-counted: left out."
        },
        devices: { type: "integer", minimum: 0 },
        methods: { type: "array", items: { enum: ["counter", "power-integral", "reported", "estimate"] } }
      }
    },
    factorSource: {
      type: "object",
      required: ["source"],
      properties: {
        source: { type: "string", minLength: 1 },
        year: { type: "integer", minimum: 1990, maximum: 2100 },
        url: { type: "string" },
        datasetVersion: { type: "string" }
      }
    },
    device: {
      type: "object",
      required: ["id", "model", "energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "method", "coverage", "samples", "start", "end", "gaps", "plugins", "files"],
      properties: {
        id: { type: "string", minLength: 1 },
        model: { type: "string" },
        count: { type: "integer", minimum: 2 },
        vendor: { enum: ["nvidia", "amd", "intel", "google", "other"] },
        host: { type: "string" },
        component: { enum: ["gpu", "cpu", "ram", "node"] },
        energyJ: { $ref: "#/definitions/nonNegative" },
        facilityEnergyJ: { $ref: "#/definitions/nonNegative" },
        operationalCo2eG: { $ref: "#/definitions/nonNegative" },
        embodiedCo2eG: { $ref: "#/definitions/nonNegative" },
        co2eG: { $ref: "#/definitions/nonNegative" },
        method: { enum: ["counter", "power-integral", "reported", "estimate"] },
        coverage: { $ref: "#/definitions/fraction" },
        samples: { type: "integer", minimum: 0 },
        start: { type: "string", format: "date-time" },
        end: { type: "string", format: "date-time" },
        gaps: {
          type: "array",
          items: {
            type: "object",
            required: ["startMs", "endMs"],
            properties: { startMs: { type: "number" }, endMs: { type: "number" } }
          }
        },
        gapCount: { type: "integer", minimum: 0 },
        gapS: { $ref: "#/definitions/nonNegative" },
        maxGapS: { type: "number", exclusiveMinimum: 0 },
        plugins: { type: "array", items: { type: "string" } },
        files: { type: "array", items: { type: "string" } },
        meanUtilization: { $ref: "#/definitions/fraction" },
        peakPowerW: { $ref: "#/definitions/nonNegative" },
        factors: {
          type: "object",
          description: "The PUE and grid intensity that priced this device, when not the report's: those of the site its source recorded (CodeCarbon's country, region, cloud region and PUE).",
          required: ["pue", "intensity", "recordedBy"],
          properties: {
            pue: { $ref: "#/properties/factors/properties/pue" },
            intensity: { $ref: "#/properties/factors/properties/intensity" },
            recordedBy: { type: "string" }
          }
        },
        sourceReported: {
          type: "object",
          description: "The source's own figures for this device's records (CodeCarbon's emissions, g CO2e), for comparison only: carbon-ci's figures do not use them.",
          properties: {
            co2eG: { $ref: "#/definitions/nonNegative" },
            note: { type: "string" }
          }
        },
        job: { type: "string", description: "The matrix job whose report the device came from, in a merged report." }
      }
    },
    smoke: {
      type: "object",
      required: ["passed", "model", "executionProvider", "checks", "latencyMs", "energyPerInferenceJ", "co2ePer1kInferencesG"],
      properties: {
        passed: { type: "boolean" },
        model: { type: "string" },
        executionProvider: { enum: ["cuda", "cpu", "none"] },
        requestedDevice: { enum: ["auto", "cuda", "cpu"] },
        fallbackReason: { type: "string" },
        checks: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "passed", "message"],
            properties: { name: { type: "string" }, passed: { type: "boolean" }, message: { type: "string" } }
          }
        },
        loadMs: { type: "number", minimum: 0 },
        latencyMs: {
          type: "object",
          required: ["mean", "p50", "p95"],
          properties: { mean: { type: "number" }, p50: { type: "number" }, p95: { type: "number" } }
        },
        throughputPerS: { type: "number", minimum: 0 },
        iterations: { type: "integer", minimum: 0 },
        warmup: { type: "integer", minimum: 0 },
        batchSize: { type: "integer", minimum: 0 },
        inputs: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "dtype", "shape", "source"],
            properties: {
              name: { type: "string" },
              dtype: { type: "string" },
              shape: { type: "array", items: { type: "integer", minimum: 0 } },
              source: { enum: ["file", "synthesised"] }
            }
          }
        },
        nodesByProvider: { type: "object", additionalProperties: { type: "integer", minimum: 0 } },
        energyPerInferenceJ: { type: "number", minimum: 0 },
        energyMethod: { enum: ["measured", "estimate"] },
        meanPowerW: { type: "number", minimum: 0 },
        energyNote: { type: "string" },
        co2ePer1kInferencesG: { type: "number", minimum: 0 },
        factors: { $ref: "#/properties/factors" }
      }
    }
  }
};

// src/render/json.ts
var root = report_schema_default;
function resolve2(node) {
  if (!node?.$ref) return node;
  let target = root;
  for (const part of node.$ref.replace(/^#\//, "").split("/")) {
    target = target?.[part];
  }
  return resolve2(target);
}
function declared(node) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n) => {
    const r = resolve2(n);
    if (!r) return;
    for (const part of r.allOf ?? []) visit(part);
    for (const [key, child] of Object.entries(r.properties ?? {})) if (!out.has(key)) out.set(key, child);
    for (const part of r.oneOf ?? []) visit(part);
  };
  visit(node);
  return out;
}
function ordered(value, node) {
  if (Array.isArray(value)) {
    const items = resolve2(node)?.items;
    return value.map((v) => ordered(v, items));
  }
  if (value === null || typeof value !== "object") return value;
  const record = value;
  const known = declared(node);
  const out = {};
  for (const [key, child] of known) if (key in record) out[key] = ordered(record[key], child);
  for (const key of Object.keys(record).sort()) if (!known.has(key)) out[key] = ordered(record[key], void 0);
  return out;
}
function renderJson(report) {
  return JSON.stringify(ordered(report, root), null, 2) + "\n";
}

// src/telemetry/plugin-error.ts
var PluginError = class extends Error {
  constructor(plugin, file, cause) {
    super(`plugin ${plugin} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.plugin = plugin;
    this.file = file;
  }
  plugin;
  file;
  name = "PluginError";
};

// src/sdk/plugin-loading/guard.ts
var Timeout = class extends Error {
};
function guardPlugin(plugin, options = {}) {
  const timeoutMs = options.timeoutMs ?? 15 * 6e4;
  const stallMs = options.stallMs ?? 2 * 6e4;
  const validate = options.validate !== "none";
  async function* read7(source, context) {
    const file = source.path;
    const issues = [];
    const malformed = new MalformedRecords();
    const controller = new AbortController();
    const forward = () => controller.abort(context.signal.reason);
    context.signal.addEventListener("abort", forward, { once: true });
    const started = Date.now();
    let kept = 0;
    let lastLine;
    let iterator;
    try {
      const iterable = plugin.read(source, { ...context, signal: controller.signal });
      if (!iterable || typeof iterable[Symbol.asyncIterator] !== "function") {
        issues.push({ code: "plugin-not-iterable", plugin: plugin.name, file, message: `plugin ${plugin.name}: read() on ${file} returned ${typeof iterable}, not an async iterable; nothing was read from the file` });
        return;
      }
      iterator = iterable[Symbol.asyncIterator]();
      for (; ; ) {
        const remainingMs = timeoutMs - (Date.now() - started);
        const step = remainingMs <= stallMs ? await nextWithin(iterator, remainingMs, `did not finish within ${formatMs(timeoutMs)}`) : await nextWithin(iterator, stallMs, `yielded nothing for ${formatMs(stallMs)}`);
        if (step.done) break;
        const items = Array.isArray(step.value) ? step.value : [step.value];
        const good = validate ? malformed.sift(items) : items;
        if (good.length === 0) continue;
        kept += good.length;
        const last = good[good.length - 1];
        const line = isColumnsRecord(last) ? void 0 : last.origin?.line;
        if (line !== void 0) lastLine = line;
        yield good;
      }
    } catch (error) {
      if (isInputError(error) || error?.name === "AbortError" || context.signal.aborted) throw error;
      if (error instanceof Timeout) {
        controller.abort(error);
        void Promise.resolve(iterator?.return?.()).catch(() => void 0);
      }
      if (options.strict) throw new PluginError(plugin.name, file, error);
      issues.push(failureIssue(plugin.name, file, error, kept, lastLine));
    } finally {
      context.signal.removeEventListener("abort", forward);
      const malformedIssue = malformed.issue(plugin.name, file);
      if (malformedIssue) issues.unshift(malformedIssue);
      for (const issue of issues) {
        if (options.onIssue) options.onIssue(issue);
        else context.log.warn(issue.message);
      }
    }
  }
  return Object.freeze({ ...plugin, read: read7 });
}
var MalformedRecords = class {
  count = 0;
  first;
  /** The valid records of `items`; the rest are counted. */
  sift(items) {
    const good = [];
    for (const item of items) {
      if (isValidRecord(item)) good.push(item);
      else this.add(item);
    }
    return good;
  }
  add(item) {
    this.count++;
    if (this.first) return;
    const line = item?.origin?.line;
    this.first = { record: previewRecord(item), problems: validateRecord(item).join("; "), line: typeof line === "number" ? line : void 0 };
  }
  issue(plugin, file) {
    const first = this.first;
    if (!first) return void 0;
    const where = first.line !== void 0 ? ` (line ${first.line})` : "";
    return {
      code: "plugin-malformed-records",
      plugin,
      file,
      count: this.count,
      line: first.line,
      record: first.record,
      message: `plugin ${plugin} yielded ${this.count} malformed record(s) from ${file}, dropped; the first${where}: ${first.problems}: ${first.record}`
    };
  }
};
function failureIssue(plugin, file, error, kept, lastLine) {
  const where = `after ${kept} record(s)${lastLine !== void 0 ? ` (last from line ${lastLine})` : ""}`;
  const shared = { plugin, file, count: kept, line: lastLine };
  if (error instanceof Timeout) {
    return { code: "plugin-timeout", ...shared, message: `plugin ${plugin} ${error.message} on ${file} ${where}; the rest of the file is missing from the report` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "plugin-threw", ...shared, message: `plugin ${plugin} failed on ${file} ${where}: ${message}; the rest of the file is missing from the report` };
}
function formatMs(ms2) {
  return ms2 >= 1e3 ? `${Math.round(ms2 / 1e3)} s` : `${ms2} ms`;
}
async function nextWithin(iterator, ms2, what) {
  if (ms2 <= 0) throw new Timeout(what);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(what)), ms2);
  });
  try {
    return await Promise.race([iterator.next(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// src/sdk/plugin-loading/import-module.ts
import { extname as extname3, join as join9 } from "node:path";
import { pathToFileURL as pathToFileURL3 } from "node:url";

// src/sdk/plugin-loading/resolve.ts
import { stat as stat4 } from "node:fs/promises";
import { extname as extname2, isAbsolute, join as join8, resolve as resolve4 } from "node:path";
import { fileURLToPath as fileURLToPath4, pathToFileURL as pathToFileURL2 } from "node:url";

// ../main/node_modules/import-meta-resolve/lib/resolve.js
import assert2 from "node:assert";
import { statSync, realpathSync } from "node:fs";
import process2 from "node:process";
import { fileURLToPath as fileURLToPath3, pathToFileURL } from "node:url";
import path2 from "node:path";
import { builtinModules } from "node:module";

// ../main/node_modules/import-meta-resolve/lib/get-format.js
import { fileURLToPath as fileURLToPath2 } from "node:url";

// ../main/node_modules/import-meta-resolve/lib/package-json-reader.js
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// ../main/node_modules/import-meta-resolve/lib/errors.js
import v8 from "node:v8";
import assert from "node:assert";
import { format, inspect } from "node:util";
var own = {}.hasOwnProperty;
var classRegExp = /^([A-Z][a-z\d]*)+$/;
var kTypes = /* @__PURE__ */ new Set([
  "string",
  "function",
  "number",
  "object",
  // Accept 'Function' and 'Object' as alternative to the lower cased version.
  "Function",
  "Object",
  "boolean",
  "bigint",
  "symbol"
]);
var codes = {};
function formatList(array, type = "and") {
  return array.length < 3 ? array.join(` ${type} `) : `${array.slice(0, -1).join(", ")}, ${type} ${array[array.length - 1]}`;
}
var messages = /* @__PURE__ */ new Map();
var nodeInternalPrefix = "__node_internal_";
var userStackTraceLimit;
codes.ERR_INVALID_ARG_TYPE = createError(
  "ERR_INVALID_ARG_TYPE",
  /**
   * @param {string} name
   * @param {Array<string> | string} expected
   * @param {unknown} actual
   */
  (name, expected, actual) => {
    assert.ok(typeof name === "string", "'name' must be a string");
    if (!Array.isArray(expected)) {
      expected = [expected];
    }
    let message = "The ";
    if (name.endsWith(" argument")) {
      message += `${name} `;
    } else {
      const type = name.includes(".") ? "property" : "argument";
      message += `"${name}" ${type} `;
    }
    message += "must be ";
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      assert.ok(
        typeof value === "string",
        "All expected entries have to be of type string"
      );
      if (kTypes.has(value)) {
        types.push(value.toLowerCase());
      } else if (classRegExp.exec(value) === null) {
        assert.ok(
          value !== "object",
          'The value "object" should be written as "Object"'
        );
        other.push(value);
      } else {
        instances.push(value);
      }
    }
    if (instances.length > 0) {
      const pos = types.indexOf("object");
      if (pos !== -1) {
        types.slice(pos, 1);
        instances.push("Object");
      }
    }
    if (types.length > 0) {
      message += `${types.length > 1 ? "one of type" : "of type"} ${formatList(
        types,
        "or"
      )}`;
      if (instances.length > 0 || other.length > 0) message += " or ";
    }
    if (instances.length > 0) {
      message += `an instance of ${formatList(instances, "or")}`;
      if (other.length > 0) message += " or ";
    }
    if (other.length > 0) {
      if (other.length > 1) {
        message += `one of ${formatList(other, "or")}`;
      } else {
        if (other[0].toLowerCase() !== other[0]) message += "an ";
        message += `${other[0]}`;
      }
    }
    message += `. Received ${determineSpecificType(actual)}`;
    return message;
  },
  TypeError
);
codes.ERR_INVALID_MODULE_SPECIFIER = createError(
  "ERR_INVALID_MODULE_SPECIFIER",
  /**
   * @param {string} request
   * @param {string} reason
   * @param {string} [base]
   */
  (request, reason, base = void 0) => {
    return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ""}`;
  },
  TypeError
);
codes.ERR_INVALID_PACKAGE_CONFIG = createError(
  "ERR_INVALID_PACKAGE_CONFIG",
  /**
   * @param {string} path
   * @param {string} [base]
   * @param {string} [message]
   */
  (path3, base, message) => {
    return `Invalid package config ${path3}${base ? ` while importing ${base}` : ""}${message ? `. ${message}` : ""}`;
  },
  Error
);
codes.ERR_INVALID_PACKAGE_TARGET = createError(
  "ERR_INVALID_PACKAGE_TARGET",
  /**
   * @param {string} packagePath
   * @param {string} key
   * @param {unknown} target
   * @param {boolean} [isImport=false]
   * @param {string} [base]
   */
  (packagePath, key, target, isImport = false, base = void 0) => {
    const relatedError = typeof target === "string" && !isImport && target.length > 0 && !target.startsWith("./");
    if (key === ".") {
      assert.ok(isImport === false);
      return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
    }
    return `Invalid "${isImport ? "imports" : "exports"}" target ${JSON.stringify(
      target
    )} defined for '${key}' in the package config ${packagePath}package.json${base ? ` imported from ${base}` : ""}${relatedError ? '; targets must start with "./"' : ""}`;
  },
  Error
);
codes.ERR_MODULE_NOT_FOUND = createError(
  "ERR_MODULE_NOT_FOUND",
  /**
   * @param {string} path
   * @param {string} base
   * @param {boolean} [exactUrl]
   */
  (path3, base, exactUrl = false) => {
    return `Cannot find ${exactUrl ? "module" : "package"} '${path3}' imported from ${base}`;
  },
  Error
);
codes.ERR_NETWORK_IMPORT_DISALLOWED = createError(
  "ERR_NETWORK_IMPORT_DISALLOWED",
  "import of '%s' by %s is not supported: %s",
  Error
);
codes.ERR_PACKAGE_IMPORT_NOT_DEFINED = createError(
  "ERR_PACKAGE_IMPORT_NOT_DEFINED",
  /**
   * @param {string} specifier
   * @param {string} packagePath
   * @param {string} base
   */
  (specifier, packagePath, base) => {
    return `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ""} imported from ${base}`;
  },
  TypeError
);
codes.ERR_PACKAGE_PATH_NOT_EXPORTED = createError(
  "ERR_PACKAGE_PATH_NOT_EXPORTED",
  /**
   * @param {string} packagePath
   * @param {string} subpath
   * @param {string} [base]
   */
  (packagePath, subpath, base = void 0) => {
    if (subpath === ".")
      return `No "exports" main defined in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${packagePath}package.json${base ? ` imported from ${base}` : ""}`;
  },
  Error
);
codes.ERR_UNSUPPORTED_DIR_IMPORT = createError(
  "ERR_UNSUPPORTED_DIR_IMPORT",
  "Directory import '%s' is not supported resolving ES modules imported from %s",
  Error
);
codes.ERR_UNSUPPORTED_RESOLVE_REQUEST = createError(
  "ERR_UNSUPPORTED_RESOLVE_REQUEST",
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  TypeError
);
codes.ERR_UNKNOWN_FILE_EXTENSION = createError(
  "ERR_UNKNOWN_FILE_EXTENSION",
  /**
   * @param {string} extension
   * @param {string} path
   */
  (extension, path3) => {
    return `Unknown file extension "${extension}" for ${path3}`;
  },
  TypeError
);
codes.ERR_INVALID_ARG_VALUE = createError(
  "ERR_INVALID_ARG_VALUE",
  /**
   * @param {string} name
   * @param {unknown} value
   * @param {string} [reason='is invalid']
   */
  (name, value, reason = "is invalid") => {
    let inspected = inspect(value);
    if (inspected.length > 128) {
      inspected = `${inspected.slice(0, 128)}...`;
    }
    const type = name.includes(".") ? "property" : "argument";
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  },
  TypeError
  // Note: extra classes have been shaken out.
  // , RangeError
);
function createError(sym, value, constructor) {
  messages.set(sym, value);
  return makeNodeErrorWithCode(constructor, sym);
}
function makeNodeErrorWithCode(Base, key) {
  return NodeError;
  function NodeError(...parameters) {
    const limit = Error.stackTraceLimit;
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 0;
    const error = new Base();
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = limit;
    const message = getMessage(key, parameters, error);
    Object.defineProperties(error, {
      // Note: no need to implement `kIsNodeError` symbol, would be hard,
      // probably.
      message: {
        value: message,
        enumerable: false,
        writable: true,
        configurable: true
      },
      toString: {
        /** @this {Error} */
        value() {
          return `${this.name} [${key}]: ${this.message}`;
        },
        enumerable: false,
        writable: true,
        configurable: true
      }
    });
    captureLargerStackTrace(error);
    error.code = key;
    return error;
  }
}
function isErrorStackTraceLimitWritable() {
  try {
    if (v8.startupSnapshot.isBuildingSnapshot()) {
      return false;
    }
  } catch {
  }
  const desc = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  if (desc === void 0) {
    return Object.isExtensible(Error);
  }
  return own.call(desc, "writable") && desc.writable !== void 0 ? desc.writable : desc.set !== void 0;
}
function hideStackFrames(wrappedFunction) {
  const hidden = nodeInternalPrefix + wrappedFunction.name;
  Object.defineProperty(wrappedFunction, "name", { value: hidden });
  return wrappedFunction;
}
var captureLargerStackTrace = hideStackFrames(
  /**
   * @param {Error} error
   * @returns {Error}
   */
  // @ts-expect-error: fine
  function(error) {
    const stackTraceLimitIsWritable = isErrorStackTraceLimitWritable();
    if (stackTraceLimitIsWritable) {
      userStackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = Number.POSITIVE_INFINITY;
    }
    Error.captureStackTrace(error);
    if (stackTraceLimitIsWritable) Error.stackTraceLimit = userStackTraceLimit;
    return error;
  }
);
function getMessage(key, parameters, self) {
  const message = messages.get(key);
  assert.ok(message !== void 0, "expected `message` to be found");
  if (typeof message === "function") {
    assert.ok(
      message.length <= parameters.length,
      // Default options do not count.
      `Code: ${key}; The provided arguments length (${parameters.length}) does not match the required ones (${message.length}).`
    );
    return Reflect.apply(message, self, parameters);
  }
  const regex = /%[dfijoOs]/g;
  let expectedLength = 0;
  while (regex.exec(message) !== null) expectedLength++;
  assert.ok(
    expectedLength === parameters.length,
    `Code: ${key}; The provided arguments length (${parameters.length}) does not match the required ones (${expectedLength}).`
  );
  if (parameters.length === 0) return message;
  parameters.unshift(message);
  return Reflect.apply(format, null, parameters);
}
function determineSpecificType(value) {
  if (value === null || value === void 0) {
    return String(value);
  }
  if (typeof value === "function" && value.name) {
    return `function ${value.name}`;
  }
  if (typeof value === "object") {
    if (value.constructor && value.constructor.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) {
    inspected = `${inspected.slice(0, 25)}...`;
  }
  return `type ${typeof value} (${inspected})`;
}

// ../main/node_modules/import-meta-resolve/lib/package-json-reader.js
var hasOwnProperty = {}.hasOwnProperty;
var { ERR_INVALID_PACKAGE_CONFIG } = codes;
var cache = /* @__PURE__ */ new Map();
function read6(jsonPath, { base, specifier }) {
  const existing = cache.get(jsonPath);
  if (existing) {
    return existing;
  }
  let string;
  try {
    string = fs.readFileSync(path.toNamespacedPath(jsonPath), "utf8");
  } catch (error) {
    const exception = (
      /** @type {ErrnoException} */
      error
    );
    if (exception.code !== "ENOENT") {
      throw exception;
    }
  }
  const result = {
    exists: false,
    pjsonPath: jsonPath,
    main: void 0,
    name: void 0,
    type: "none",
    // Ignore unknown types for forwards compatibility
    exports: void 0,
    imports: void 0
  };
  if (string !== void 0) {
    let parsed;
    try {
      parsed = JSON.parse(string);
    } catch (error_) {
      const cause = (
        /** @type {ErrnoException} */
        error_
      );
      const error = new ERR_INVALID_PACKAGE_CONFIG(
        jsonPath,
        (base ? `"${specifier}" from ` : "") + fileURLToPath(base || specifier),
        cause.message
      );
      error.cause = cause;
      throw error;
    }
    result.exists = true;
    if (hasOwnProperty.call(parsed, "name") && typeof parsed.name === "string") {
      result.name = parsed.name;
    }
    if (hasOwnProperty.call(parsed, "main") && typeof parsed.main === "string") {
      result.main = parsed.main;
    }
    if (hasOwnProperty.call(parsed, "exports")) {
      result.exports = parsed.exports;
    }
    if (hasOwnProperty.call(parsed, "imports")) {
      result.imports = parsed.imports;
    }
    if (hasOwnProperty.call(parsed, "type") && (parsed.type === "commonjs" || parsed.type === "module")) {
      result.type = parsed.type;
    }
  }
  cache.set(jsonPath, result);
  return result;
}
function getPackageScopeConfig(resolved) {
  let packageJSONUrl = new URL("package.json", resolved);
  while (true) {
    const packageJSONPath2 = packageJSONUrl.pathname;
    if (packageJSONPath2.endsWith("node_modules/package.json")) {
      break;
    }
    const packageConfig = read6(fileURLToPath(packageJSONUrl), {
      specifier: resolved
    });
    if (packageConfig.exists) {
      return packageConfig;
    }
    const lastPackageJSONUrl = packageJSONUrl;
    packageJSONUrl = new URL("../package.json", packageJSONUrl);
    if (packageJSONUrl.pathname === lastPackageJSONUrl.pathname) {
      break;
    }
  }
  const packageJSONPath = fileURLToPath(packageJSONUrl);
  return {
    pjsonPath: packageJSONPath,
    exists: false,
    type: "none"
  };
}
function getPackageType(url) {
  return getPackageScopeConfig(url).type;
}

// ../main/node_modules/import-meta-resolve/lib/get-format.js
var { ERR_UNKNOWN_FILE_EXTENSION } = codes;
var hasOwnProperty2 = {}.hasOwnProperty;
var extensionFormatMap = {
  // @ts-expect-error: hush.
  __proto__: null,
  ".cjs": "commonjs",
  ".js": "module",
  ".json": "json",
  ".mjs": "module"
};
function mimeToFormat(mime) {
  if (mime && /\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?/i.test(mime))
    return "module";
  if (mime === "application/json") return "json";
  return null;
}
var protocolHandlers = {
  // @ts-expect-error: hush.
  __proto__: null,
  "data:": getDataProtocolModuleFormat,
  "file:": getFileProtocolModuleFormat,
  "http:": getHttpProtocolModuleFormat,
  "https:": getHttpProtocolModuleFormat,
  "node:"() {
    return "builtin";
  }
};
function getDataProtocolModuleFormat(parsed) {
  const { 1: mime } = /^([^/]+\/[^;,]+)[^,]*?(;base64)?,/.exec(
    parsed.pathname
  ) || [null, null, null];
  return mimeToFormat(mime);
}
function extname(url) {
  const pathname = url.pathname;
  let index2 = pathname.length;
  while (index2--) {
    const code = pathname.codePointAt(index2);
    if (code === 47) {
      return "";
    }
    if (code === 46) {
      return pathname.codePointAt(index2 - 1) === 47 ? "" : pathname.slice(index2);
    }
  }
  return "";
}
function getFileProtocolModuleFormat(url, _context, ignoreErrors) {
  const value = extname(url);
  if (value === ".js") {
    const packageType = getPackageType(url);
    if (packageType !== "none") {
      return packageType;
    }
    return "commonjs";
  }
  if (value === "") {
    const packageType = getPackageType(url);
    if (packageType === "none" || packageType === "commonjs") {
      return "commonjs";
    }
    return "module";
  }
  const format2 = extensionFormatMap[value];
  if (format2) return format2;
  if (ignoreErrors) {
    return void 0;
  }
  const filepath = fileURLToPath2(url);
  throw new ERR_UNKNOWN_FILE_EXTENSION(value, filepath);
}
function getHttpProtocolModuleFormat() {
}
function defaultGetFormatWithoutErrors(url, context) {
  const protocol = url.protocol;
  if (!hasOwnProperty2.call(protocolHandlers, protocol)) {
    return null;
  }
  return protocolHandlers[protocol](url, context, true) || null;
}

// ../main/node_modules/import-meta-resolve/lib/utils.js
var { ERR_INVALID_ARG_VALUE } = codes;
var DEFAULT_CONDITIONS = Object.freeze(["node", "import"]);
var DEFAULT_CONDITIONS_SET = new Set(DEFAULT_CONDITIONS);
function getDefaultConditions() {
  return DEFAULT_CONDITIONS;
}
function getDefaultConditionsSet() {
  return DEFAULT_CONDITIONS_SET;
}
function getConditionsSet(conditions) {
  if (conditions !== void 0 && conditions !== getDefaultConditions()) {
    if (!Array.isArray(conditions)) {
      throw new ERR_INVALID_ARG_VALUE(
        "conditions",
        conditions,
        "expected an array"
      );
    }
    return new Set(conditions);
  }
  return getDefaultConditionsSet();
}

// ../main/node_modules/import-meta-resolve/lib/resolve.js
var RegExpPrototypeSymbolReplace = RegExp.prototype[Symbol.replace];
var {
  ERR_NETWORK_IMPORT_DISALLOWED,
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_INVALID_PACKAGE_CONFIG: ERR_INVALID_PACKAGE_CONFIG2,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_MODULE_NOT_FOUND,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_RESOLVE_REQUEST
} = codes;
var own2 = {}.hasOwnProperty;
var invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
var deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
var invalidPackageNameRegEx = /^\.|%|\\/;
var patternRegEx = /\*/g;
var encodedSeparatorRegEx = /%2f|%5c/i;
var emittedPackageWarnings = /* @__PURE__ */ new Set();
var doubleSlashRegEx = /[/\\]{2}/;
function emitInvalidSegmentDeprecation(target, request, match, packageJsonUrl, internal, base, isTarget) {
  if (process2.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath3(packageJsonUrl);
  const double = doubleSlashRegEx.exec(isTarget ? target : request) !== null;
  process2.emitWarning(
    `Use of deprecated ${double ? "double slash" : "leading or trailing slash matching"} resolving "${target}" for module request "${request}" ${request === match ? "" : `matched to "${match}" `}in the "${internal ? "imports" : "exports"}" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath3(base)}` : ""}.`,
    "DeprecationWarning",
    "DEP0166"
  );
}
function emitLegacyIndexDeprecation(url, packageJsonUrl, base, main) {
  if (process2.noDeprecation) {
    return;
  }
  const format2 = defaultGetFormatWithoutErrors(url, { parentURL: base.href });
  if (format2 !== "module") return;
  const urlPath = fileURLToPath3(url.href);
  const packagePath = fileURLToPath3(new URL(".", packageJsonUrl));
  const basePath = fileURLToPath3(base);
  if (!main) {
    process2.emitWarning(
      `No "main" or "exports" field defined in the package.json for ${packagePath} resolving the main entry point "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
Default "index" lookups for the main are deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  } else if (path2.resolve(packagePath, main) !== urlPath) {
    process2.emitWarning(
      `Package ${packagePath} has a "main" field set to "${main}", excluding the full filename and extension to the resolved file at "${urlPath.slice(
        packagePath.length
      )}", imported from ${basePath}.
 Automatic extension resolution of the "main" field is deprecated for ES modules.`,
      "DeprecationWarning",
      "DEP0151"
    );
  }
}
function tryStatSync(path3) {
  try {
    return statSync(path3);
  } catch {
  }
}
function fileExists(url) {
  const stats = statSync(url, { throwIfNoEntry: false });
  const isFile = stats ? stats.isFile() : void 0;
  return isFile === null || isFile === void 0 ? false : isFile;
}
function legacyMainResolve(packageJsonUrl, packageConfig, base) {
  let guess;
  if (packageConfig.main !== void 0) {
    guess = new URL(packageConfig.main, packageJsonUrl);
    if (fileExists(guess)) return guess;
    const tries2 = [
      `./${packageConfig.main}.js`,
      `./${packageConfig.main}.json`,
      `./${packageConfig.main}.node`,
      `./${packageConfig.main}/index.js`,
      `./${packageConfig.main}/index.json`,
      `./${packageConfig.main}/index.node`
    ];
    let i2 = -1;
    while (++i2 < tries2.length) {
      guess = new URL(tries2[i2], packageJsonUrl);
      if (fileExists(guess)) break;
      guess = void 0;
    }
    if (guess) {
      emitLegacyIndexDeprecation(
        guess,
        packageJsonUrl,
        base,
        packageConfig.main
      );
      return guess;
    }
  }
  const tries = ["./index.js", "./index.json", "./index.node"];
  let i = -1;
  while (++i < tries.length) {
    guess = new URL(tries[i], packageJsonUrl);
    if (fileExists(guess)) break;
    guess = void 0;
  }
  if (guess) {
    emitLegacyIndexDeprecation(guess, packageJsonUrl, base, packageConfig.main);
    return guess;
  }
  throw new ERR_MODULE_NOT_FOUND(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    fileURLToPath3(base)
  );
}
function finalizeResolution(resolved, base, preserveSymlinks) {
  if (encodedSeparatorRegEx.exec(resolved.pathname) !== null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      resolved.pathname,
      'must not include encoded "/" or "\\" characters',
      fileURLToPath3(base)
    );
  }
  let filePath;
  try {
    filePath = fileURLToPath3(resolved);
  } catch (error) {
    const cause = (
      /** @type {ErrnoException} */
      error
    );
    Object.defineProperty(cause, "input", { value: String(resolved) });
    Object.defineProperty(cause, "module", { value: String(base) });
    throw cause;
  }
  const stats = tryStatSync(
    filePath.endsWith("/") ? filePath.slice(-1) : filePath
  );
  if (stats && stats.isDirectory()) {
    const error = new ERR_UNSUPPORTED_DIR_IMPORT(filePath, fileURLToPath3(base));
    error.url = String(resolved);
    throw error;
  }
  if (!stats || !stats.isFile()) {
    const error = new ERR_MODULE_NOT_FOUND(
      filePath || resolved.pathname,
      base && fileURLToPath3(base),
      true
    );
    error.url = String(resolved);
    throw error;
  }
  if (!preserveSymlinks) {
    const real = realpathSync(filePath);
    const { search, hash } = resolved;
    resolved = pathToFileURL(real + (filePath.endsWith(path2.sep) ? "/" : ""));
    resolved.search = search;
    resolved.hash = hash;
  }
  return resolved;
}
function importNotDefined(specifier, packageJsonUrl, base) {
  return new ERR_PACKAGE_IMPORT_NOT_DEFINED(
    specifier,
    packageJsonUrl && fileURLToPath3(new URL(".", packageJsonUrl)),
    fileURLToPath3(base)
  );
}
function exportsNotFound(subpath, packageJsonUrl, base) {
  return new ERR_PACKAGE_PATH_NOT_EXPORTED(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    subpath,
    base && fileURLToPath3(base)
  );
}
function throwInvalidSubpath(request, match, packageJsonUrl, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${internal ? "imports" : "exports"}" resolution of ${fileURLToPath3(packageJsonUrl)}`;
  throw new ERR_INVALID_MODULE_SPECIFIER(
    request,
    reason,
    base && fileURLToPath3(base)
  );
}
function invalidPackageTarget(subpath, target, packageJsonUrl, internal, base) {
  target = typeof target === "object" && target !== null ? JSON.stringify(target, null, "") : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(
    fileURLToPath3(new URL(".", packageJsonUrl)),
    subpath,
    target,
    internal,
    base && fileURLToPath3(base)
  );
}
function resolvePackageTargetString(target, subpath, match, packageJsonUrl, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== "" && !pattern && target[target.length - 1] !== "/")
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  if (!target.startsWith("./")) {
    if (internal && !target.startsWith("../") && !target.startsWith("/")) {
      let isURL2 = false;
      try {
        new URL(target);
        isURL2 = true;
      } catch {
      }
      if (!isURL2) {
        const exportTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target + subpath;
        return packageResolve(exportTarget, packageJsonUrl, conditions);
      }
    }
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  }
  if (invalidSegmentRegEx.exec(target.slice(2)) !== null) {
    if (deprecatedInvalidSegmentRegEx.exec(target.slice(2)) === null) {
      if (!isPathMap) {
        const request = pattern ? match.replace("*", () => subpath) : match + subpath;
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match,
          packageJsonUrl,
          internal,
          base,
          true
        );
      }
    } else {
      throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
    }
  }
  const resolved = new URL(target, packageJsonUrl);
  const resolvedPath = resolved.pathname;
  const packagePath = new URL(".", packageJsonUrl).pathname;
  if (!resolvedPath.startsWith(packagePath))
    throw invalidPackageTarget(match, target, packageJsonUrl, internal, base);
  if (subpath === "") return resolved;
  if (invalidSegmentRegEx.exec(subpath) !== null) {
    const request = pattern ? match.replace("*", () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.exec(subpath) === null) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? RegExpPrototypeSymbolReplace.call(
          patternRegEx,
          target,
          () => subpath
        ) : target;
        emitInvalidSegmentDeprecation(
          resolvedTarget,
          request,
          match,
          packageJsonUrl,
          internal,
          base,
          false
        );
      }
    } else {
      throwInvalidSubpath(request, match, packageJsonUrl, internal, base);
    }
  }
  if (pattern) {
    return new URL(
      RegExpPrototypeSymbolReplace.call(
        patternRegEx,
        resolved.href,
        () => subpath
      )
    );
  }
  return new URL(subpath, resolved);
}
function isArrayIndex(key) {
  const keyNumber = Number(key);
  if (`${keyNumber}` !== key) return false;
  return keyNumber >= 0 && keyNumber < 4294967295;
}
function resolvePackageTarget(packageJsonUrl, target, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === "string") {
    return resolvePackageTargetString(
      target,
      subpath,
      packageSubpath,
      packageJsonUrl,
      base,
      pattern,
      internal,
      isPathMap,
      conditions
    );
  }
  if (Array.isArray(target)) {
    const targetList = target;
    if (targetList.length === 0) return null;
    let lastException;
    let i = -1;
    while (++i < targetList.length) {
      const targetItem = targetList[i];
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(
          packageJsonUrl,
          targetItem,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
      } catch (error) {
        const exception = (
          /** @type {ErrnoException} */
          error
        );
        lastException = exception;
        if (exception.code === "ERR_INVALID_PACKAGE_TARGET") continue;
        throw error;
      }
      if (resolveResult === void 0) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === void 0 || lastException === null) {
      return null;
    }
    throw lastException;
  }
  if (typeof target === "object" && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    let i = -1;
    while (++i < keys.length) {
      const key = keys[i];
      if (isArrayIndex(key)) {
        throw new ERR_INVALID_PACKAGE_CONFIG2(
          fileURLToPath3(packageJsonUrl),
          base,
          '"exports" cannot contain numeric property keys.'
        );
      }
    }
    i = -1;
    while (++i < keys.length) {
      const key = keys[i];
      if (key === "default" || conditions && conditions.has(key)) {
        const conditionalTarget = (
          /** @type {unknown} */
          target[key]
        );
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          conditionalTarget,
          subpath,
          packageSubpath,
          base,
          pattern,
          internal,
          isPathMap,
          conditions
        );
        if (resolveResult === void 0) continue;
        return resolveResult;
      }
    }
    return null;
  }
  if (target === null) {
    return null;
  }
  throw invalidPackageTarget(
    packageSubpath,
    target,
    packageJsonUrl,
    internal,
    base
  );
}
function isConditionalExportsMainSugar(exports, packageJsonUrl, base) {
  if (typeof exports === "string" || Array.isArray(exports)) return true;
  if (typeof exports !== "object" || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  let i = 0;
  let keyIndex = -1;
  while (++keyIndex < keys.length) {
    const key = keys[keyIndex];
    const currentIsConditionalSugar = key === "" || key[0] !== ".";
    if (i++ === 0) {
      isConditionalSugar = currentIsConditionalSugar;
    } else if (isConditionalSugar !== currentIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG2(
        fileURLToPath3(packageJsonUrl),
        base,
        `"exports" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.`
      );
    }
  }
  return isConditionalSugar;
}
function emitTrailingSlashPatternDeprecation(match, pjsonUrl, base) {
  if (process2.noDeprecation) {
    return;
  }
  const pjsonPath = fileURLToPath3(pjsonUrl);
  if (emittedPackageWarnings.has(pjsonPath + "|" + match)) return;
  emittedPackageWarnings.add(pjsonPath + "|" + match);
  process2.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match}" in the "exports" field module resolution of the package at ${pjsonPath}${base ? ` imported from ${fileURLToPath3(base)}` : ""}. Mapping specifiers ending in "/" is no longer supported.`,
    "DeprecationWarning",
    "DEP0155"
  );
}
function packageExportsResolve(packageJsonUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJsonUrl, base)) {
    exports = { ".": exports };
  }
  if (own2.call(exports, packageSubpath) && !packageSubpath.includes("*") && !packageSubpath.endsWith("/")) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      "",
      packageSubpath,
      base,
      false,
      false,
      false,
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  let bestMatch = "";
  let bestMatchSubpath = "";
  const keys = Object.getOwnPropertyNames(exports);
  let i = -1;
  while (++i < keys.length) {
    const key = keys[i];
    const patternIndex = key.indexOf("*");
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      if (packageSubpath.endsWith("/")) {
        emitTrailingSlashPatternDeprecation(
          packageSubpath,
          packageJsonUrl,
          base
        );
      }
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length && packageSubpath.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf("*") === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(
          patternIndex,
          packageSubpath.length - patternTrailer.length
        );
      }
    }
  }
  if (bestMatch) {
    const target = (
      /** @type {unknown} */
      exports[bestMatch]
    );
    const resolveResult = resolvePackageTarget(
      packageJsonUrl,
      target,
      bestMatchSubpath,
      bestMatch,
      base,
      true,
      false,
      packageSubpath.endsWith("/"),
      conditions
    );
    if (resolveResult === null || resolveResult === void 0) {
      throw exportsNotFound(packageSubpath, packageJsonUrl, base);
    }
    return resolveResult;
  }
  throw exportsNotFound(packageSubpath, packageJsonUrl, base);
}
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf("*");
  const bPatternIndex = b.indexOf("*");
  const baseLengthA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLengthB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLengthA > baseLengthB) return -1;
  if (baseLengthB > baseLengthA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}
function packageImportsResolve(name, base, conditions) {
  if (name === "#" || name.startsWith("#/") || name.endsWith("/")) {
    const reason = "is not a valid internal imports specifier name";
    throw new ERR_INVALID_MODULE_SPECIFIER(name, reason, fileURLToPath3(base));
  }
  let packageJsonUrl;
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    packageJsonUrl = pathToFileURL(packageConfig.pjsonPath);
    const imports = packageConfig.imports;
    if (imports) {
      if (own2.call(imports, name) && !name.includes("*")) {
        const resolveResult = resolvePackageTarget(
          packageJsonUrl,
          imports[name],
          "",
          name,
          base,
          false,
          true,
          false,
          conditions
        );
        if (resolveResult !== null && resolveResult !== void 0) {
          return resolveResult;
        }
      } else {
        let bestMatch = "";
        let bestMatchSubpath = "";
        const keys = Object.getOwnPropertyNames(imports);
        let i = -1;
        while (++i < keys.length) {
          const key = keys[i];
          const patternIndex = key.indexOf("*");
          if (patternIndex !== -1 && name.startsWith(key.slice(0, -1))) {
            const patternTrailer = key.slice(patternIndex + 1);
            if (name.length >= key.length && name.endsWith(patternTrailer) && patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf("*") === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = name.slice(
                patternIndex,
                name.length - patternTrailer.length
              );
            }
          }
        }
        if (bestMatch) {
          const target = imports[bestMatch];
          const resolveResult = resolvePackageTarget(
            packageJsonUrl,
            target,
            bestMatchSubpath,
            bestMatch,
            base,
            true,
            true,
            false,
            conditions
          );
          if (resolveResult !== null && resolveResult !== void 0) {
            return resolveResult;
          }
        }
      }
    }
  }
  throw importNotDefined(name, packageJsonUrl, base);
}
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf("/");
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === "@") {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf("/", separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.exec(packageName) !== null) {
    validPackageName = false;
  }
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      specifier,
      "is not a valid package name",
      fileURLToPath3(base)
    );
  }
  const packageSubpath = "." + (separatorIndex === -1 ? "" : specifier.slice(separatorIndex));
  return { packageName, packageSubpath, isScoped };
}
function packageResolve(specifier, base, conditions) {
  if (builtinModules.includes(specifier)) {
    return new URL("node:" + specifier);
  }
  const { packageName, packageSubpath, isScoped } = parsePackageName(
    specifier,
    base
  );
  const packageConfig = getPackageScopeConfig(base);
  if (packageConfig.exists) {
    const packageJsonUrl2 = pathToFileURL(packageConfig.pjsonPath);
    if (packageConfig.name === packageName && packageConfig.exports !== void 0 && packageConfig.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl2,
        packageSubpath,
        packageConfig,
        base,
        conditions
      );
    }
  }
  let packageJsonUrl = new URL(
    "./node_modules/" + packageName + "/package.json",
    base
  );
  let packageJsonPath = fileURLToPath3(packageJsonUrl);
  let lastPath;
  do {
    const stat8 = tryStatSync(packageJsonPath.slice(0, -13));
    if (!stat8 || !stat8.isDirectory()) {
      lastPath = packageJsonPath;
      packageJsonUrl = new URL(
        (isScoped ? "../../../../node_modules/" : "../../../node_modules/") + packageName + "/package.json",
        packageJsonUrl
      );
      packageJsonPath = fileURLToPath3(packageJsonUrl);
      continue;
    }
    const packageConfig2 = read6(packageJsonPath, { base, specifier });
    if (packageConfig2.exports !== void 0 && packageConfig2.exports !== null) {
      return packageExportsResolve(
        packageJsonUrl,
        packageSubpath,
        packageConfig2,
        base,
        conditions
      );
    }
    if (packageSubpath === ".") {
      return legacyMainResolve(packageJsonUrl, packageConfig2, base);
    }
    return new URL(packageSubpath, packageJsonUrl);
  } while (packageJsonPath.length !== lastPath.length);
  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath3(base), false);
}
function isRelativeSpecifier(specifier) {
  if (specifier[0] === ".") {
    if (specifier.length === 1 || specifier[1] === "/") return true;
    if (specifier[1] === "." && (specifier.length === 2 || specifier[2] === "/")) {
      return true;
    }
  }
  return false;
}
function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === "") return false;
  if (specifier[0] === "/") return true;
  return isRelativeSpecifier(specifier);
}
function moduleResolve(specifier, base, conditions, preserveSymlinks) {
  if (conditions === void 0) {
    conditions = getConditionsSet();
  }
  const protocol = base.protocol;
  const isData = protocol === "data:";
  const isRemote = isData || protocol === "http:" || protocol === "https:";
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    try {
      resolved = new URL(specifier, base);
    } catch (error_) {
      const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
      error.cause = error_;
      throw error;
    }
  } else if (protocol === "file:" && specifier[0] === "#") {
    resolved = packageImportsResolve(specifier, base, conditions);
  } else {
    try {
      resolved = new URL(specifier);
    } catch (error_) {
      if (isRemote && !builtinModules.includes(specifier)) {
        const error = new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
        error.cause = error_;
        throw error;
      }
      resolved = packageResolve(specifier, base, conditions);
    }
  }
  assert2.ok(resolved !== void 0, "expected to be defined");
  if (resolved.protocol !== "file:") {
    return resolved;
  }
  return finalizeResolution(resolved, base, preserveSymlinks);
}
function checkIfDisallowedImport(specifier, parsed, parsedParentURL) {
  if (parsedParentURL) {
    const parentProtocol = parsedParentURL.protocol;
    if (parentProtocol === "http:" || parentProtocol === "https:") {
      if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
        const parsedProtocol = parsed?.protocol;
        if (parsedProtocol && parsedProtocol !== "https:" && parsedProtocol !== "http:") {
          throw new ERR_NETWORK_IMPORT_DISALLOWED(
            specifier,
            parsedParentURL,
            "remote imports cannot import from a local location."
          );
        }
        return { url: parsed?.href || "" };
      }
      if (builtinModules.includes(specifier)) {
        throw new ERR_NETWORK_IMPORT_DISALLOWED(
          specifier,
          parsedParentURL,
          "remote imports cannot import from a local location."
        );
      }
      throw new ERR_NETWORK_IMPORT_DISALLOWED(
        specifier,
        parsedParentURL,
        "only relative and absolute specifiers are supported."
      );
    }
  }
}
function isURL(self) {
  return Boolean(
    self && typeof self === "object" && "href" in self && typeof self.href === "string" && "protocol" in self && typeof self.protocol === "string" && self.href && self.protocol
  );
}
function throwIfInvalidParentURL(parentURL) {
  if (parentURL === void 0) {
    return;
  }
  if (typeof parentURL !== "string" && !isURL(parentURL)) {
    throw new codes.ERR_INVALID_ARG_TYPE(
      "parentURL",
      ["string", "URL"],
      parentURL
    );
  }
}
function defaultResolve(specifier, context = {}) {
  const { parentURL } = context;
  assert2.ok(parentURL !== void 0, "expected `parentURL` to be defined");
  throwIfInvalidParentURL(parentURL);
  let parsedParentURL;
  if (parentURL) {
    try {
      parsedParentURL = new URL(parentURL);
    } catch {
    }
  }
  let parsed;
  let protocol;
  try {
    parsed = shouldBeTreatedAsRelativeOrAbsolutePath(specifier) ? new URL(specifier, parsedParentURL) : new URL(specifier);
    protocol = parsed.protocol;
    if (protocol === "data:") {
      return { url: parsed.href, format: null };
    }
  } catch {
  }
  const maybeReturn = checkIfDisallowedImport(
    specifier,
    parsed,
    parsedParentURL
  );
  if (maybeReturn) return maybeReturn;
  if (protocol === void 0 && parsed) {
    protocol = parsed.protocol;
  }
  if (protocol === "node:") {
    return { url: specifier };
  }
  if (parsed && parsed.protocol === "node:") return { url: specifier };
  const conditions = getConditionsSet(context.conditions);
  const url = moduleResolve(specifier, new URL(parentURL), conditions, false);
  return {
    // Do NOT cast `url` to a string: that will work even when there are real
    // problems, silencing them
    url: url.href,
    format: defaultGetFormatWithoutErrors(url, { parentURL })
  };
}

// ../main/node_modules/import-meta-resolve/index.js
function resolve3(specifier, parent) {
  if (!parent) {
    throw new Error(
      "Please pass `parent`: `import-meta-resolve` cannot ponyfill that"
    );
  }
  try {
    return defaultResolve(specifier, { parentURL: parent }).url;
  } catch (error) {
    const exception = (
      /** @type {ErrnoException} */
      error
    );
    if ((exception.code === "ERR_UNSUPPORTED_DIR_IMPORT" || exception.code === "ERR_MODULE_NOT_FOUND") && typeof exception.url === "string") {
      return exception.url;
    }
    throw error;
  }
}

// src/sdk/plugin-loading/shape.ts
var SHAPE_HINT = "export default definePlugin({ name, kind: 'telemetry', description, detect, read }) from 'carbon-ci' (see docs/writing-a-plugin.md)";
function pluginShapeProblems(value) {
  if (typeof value !== "object" || value === null) return [`it exports ${value === void 0 ? 'no default (nor a "plugin" export)' : typeof value}, not a plugin object`];
  const plugin = value;
  const problems = [];
  if (typeof plugin.name !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(plugin.name)) problems.push("name must be lower-case letters, digits and dashes");
  if (plugin.kind !== "telemetry") problems.push(`kind must be "telemetry" (got ${JSON.stringify(plugin.kind)})`);
  if (typeof plugin.description !== "string" || plugin.description.trim() === "") problems.push("description must be a non-empty string");
  if (typeof plugin.detect !== "function") problems.push("detect must be a function (input) => confidence 0..1");
  if (typeof plugin.read !== "function") problems.push("read must be a function (source, context) => async iterable of records");
  if (plugin.options !== void 0 && (typeof plugin.options !== "object" || plugin.options === null)) problems.push("options must be a JSON Schema object");
  return problems;
}
function pluginFromModule(spec, module) {
  const value = pluginExport(module);
  const problems = pluginShapeProblems(value);
  if (problems.length > 0) throw new InputError(`plugin module "${spec}" is not a telemetry plugin: ${problems.join("; ")}`, { hint: SHAPE_HINT });
  const plugin = value;
  try {
    checkOptionsSchema(plugin);
  } catch (error) {
    throw new InputError(`plugin module "${spec}": ${error.message}`, { hint: "write the options schema in JSON Schema draft-07" });
  }
  return plugin;
}
function pluginExport(module) {
  const candidate = module.default ?? module.plugin;
  if (candidate && typeof candidate === "object" && "default" in candidate && !("read" in candidate)) return candidate.default;
  return candidate;
}

// src/sdk/plugin-loading/resolve.ts
var JS_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".mjs", ".cjs"]);
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".cts"]);
async function pluginModuleFile(spec, cwd) {
  return looksLikePath(spec) ? pluginFile(spec, cwd) : packageEntry(spec, cwd);
}
function looksLikePath(spec) {
  return /^(?:\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(spec) || /\.(?:[cm]?[jt]s)$/i.test(spec);
}
async function pluginFile(spec, cwd) {
  const file = isAbsolute(spec) ? spec : resolve4(cwd, spec);
  const extension = extname2(file).toLowerCase();
  if (!JS_EXTENSIONS.has(extension) && !TS_EXTENSIONS.has(extension)) {
    throw new InputError(`plugin module "${spec}" must be a .js, .mjs, .cjs or .ts file`, { hint: SHAPE_HINT });
  }
  const isFile = await stat4(file).then((stats) => stats.isFile(), () => false);
  if (isFile) return file;
  throw new InputError(`plugin module "${spec}" not found (looked for ${file})`, {
    hint: "paths are relative to the repository root (the working directory); check the spelling and that the file is committed"
  });
}
async function packageEntry(spec, cwd) {
  const parts = /^((?:@[^/]+\/)?[^/@][^/]*)(\/.*)?$/.exec(spec);
  if (!parts) throw new InputError(`plugin "${spec}" is neither a file path nor an npm package name`, { hint: "use ./path/to/plugin.mjs for a file in the repository" });
  const name = parts[1];
  let url;
  try {
    url = await resolveAsImport(spec, pathToFileURL2(join8(cwd, "noop.js")).href);
  } catch (error) {
    throw unresolvedPackage(spec, name, parts[2], cwd, error);
  }
  if (!url.startsWith("file:")) throw new InputError(`plugin "${spec}" resolves to ${url}, not to an installed package`, { hint: "name the npm package that holds the plugin" });
  return fileURLToPath4(url);
}
function unresolvedPackage(spec, name, subpath, cwd, error) {
  const { code, message } = error;
  const text = String(message ?? error).split("\n")[0];
  if (code === "ERR_MODULE_NOT_FOUND" && text.startsWith(`Cannot find package '${name}'`)) {
    return new InputError(`plugin package "${spec}" is not installed in ${cwd} or above`, {
      hint: `install it first (npm install --save-dev ${name}), or give a path such as ./plugins/my-plugin.mjs`
    });
  }
  if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
    return new InputError(`plugin package "${spec}" exports no "${subpath === void 0 ? "." : `.${subpath}`}" entry for import`, { hint: `check the "exports" of ${name}/package.json` });
  }
  return new InputError(`plugin package "${spec}" cannot be resolved: ${text}`, { hint: `check the "exports" (or "main") of ${name}/package.json and that the files it names are installed` });
}
async function resolveAsImport(spec, parent) {
  return resolve3(spec, parent);
}

// src/sdk/plugin-loading/sdk-fallback.ts
import { register } from "node:module";
var HOOKS = `
let names = [];
export async function initialize(data) { names = data.names; }
export async function resolve(specifier, context, next) {
  if (specifier !== 'carbon-ci') return next(specifier, context);
  try { return await next(specifier, context); } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return { url: 'carbon-ci-sdk:///index.js', shortCircuit: true };
  }
}
export async function load(url, context, next) {
  if (!url.startsWith('carbon-ci-sdk:')) return next(url, context);
  const source = 'const sdk = globalThis[Symbol.for("carbon-ci.sdk")];\\n' + names.map((n) => 'export const ' + n + ' = sdk.' + n + ';').join('\\n');
  return { format: 'module', source, shortCircuit: true };
}`;
var installed = false;
function installSdkFallback() {
  if (installed || typeof register !== "function") return;
  installed = true;
  globalThis[/* @__PURE__ */ Symbol.for("carbon-ci.sdk")] = sdk_exports;
  try {
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { names: Object.keys(sdk_exports) } });
  } catch {
  }
}

// src/sdk/plugin-loading/import-module.ts
async function importPluginModule(spec, file, cwd) {
  installSdkFallback();
  return TS_EXTENSIONS.has(extname3(file).toLowerCase()) ? importTypeScript(spec, file, cwd) : importModule(spec, file);
}
async function importModule(spec, file) {
  try {
    return await import(pathToFileURL3(file).href);
  } catch (error) {
    throw loadFailure(spec, error);
  }
}
async function importTypeScript(spec, file, cwd) {
  if (typeof process.features.typescript === "string") return importModule(spec, file);
  const tsx = await findTsx(cwd);
  if (!tsx) {
    throw new InputError(`plugin module "${spec}" is TypeScript, which Node ${process.versions.node} cannot run without a build step`, {
      hint: "compile it to .mjs (e.g. `npx esbuild my-plugin.ts --format=esm --outfile=my-plugin.mjs`), run on Node 22.18 or later (type stripping), or install tsx in the repository (npm install --save-dev tsx)"
    });
  }
  try {
    return await tsx.tsImport(pathToFileURL3(file).href, pathToFileURL3(join9(cwd, "package.json")).href);
  } catch (error) {
    throw loadFailure(spec, error);
  }
}
async function findTsx(cwd) {
  try {
    const api = await import(pathToFileURL3(await packageEntry("tsx/esm/api", cwd)).href);
    return typeof api.tsImport === "function" ? api : void 0;
  } catch {
    return void 0;
  }
}
function loadFailure(spec, error) {
  if (isInputError(error)) return error;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new InputError(`plugin module "${spec}" failed to load: ${message}`, { hint: loadFailureHint(message, error?.code) });
}
function loadFailureHint(message, code) {
  if (/Cannot find module 'carbon-ci'/.test(message)) {
    return 'the plugin was loaded as CommonJS (its package.json has no "type": "module"), where carbon-ci cannot be supplied: name the file .mjs (or .mts), or install carbon-ci in the repository';
  }
  if (/Cannot use import statement outside a module|Unexpected token 'export'/.test(message)) {
    return 'the file uses ES module syntax but is loaded as CommonJS: name it .mjs (or .mts), or add "type": "module" to the package.json beside it';
  }
  if (code === "ERR_MODULE_NOT_FOUND") return "a module it imports is missing: install the plugin's dependencies in the repository (npm ci)";
  if (code === "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX") {
    return "Node's type stripping runs erasable TypeScript only (no enum, namespace or parameter properties): rewrite those, or compile the plugin to .mjs";
  }
  return "fix the error in the plugin module; `node <file>` shows the same error with its stack";
}

// src/sdk/plugin-loading/load.ts
async function loadPlugin(spec, cwd) {
  const trimmed = spec.trim();
  if (trimmed === "") throw new InputError("an empty plugin module name", { hint: "name a file such as ./carbon/my-plugin.mjs or an npm package" });
  hideCredentials();
  const file = await pluginModuleFile(trimmed, cwd);
  return pluginFromModule(trimmed, await importPluginModule(trimmed, file, cwd));
}
async function withUserPlugins(builtins, specs, cwd, guard = {}) {
  const plugins = [...builtins];
  for (const spec of specs) {
    const plugin = await loadPlugin(spec, cwd);
    if (plugins.some((p) => p.name === plugin.name)) {
      throw new InputError(`plugin module "${spec}" is named "${plugin.name}", like a plugin already loaded`, { hint: "give the plugin another name" });
    }
    plugins.push(plugin);
  }
  return plugins.map((plugin) => guardPlugin(plugin, guard));
}

// src/pipeline/run-report.ts
import { stat as stat7 } from "node:fs/promises";

// src/energy/columns.ts
function addColumns(record, target) {
  if (!readableColumns(record)) {
    target.invalid();
    return;
  }
  if (record.type === "energy-counter-columns") addCounterColumns(record, target);
  else addPowerColumns(record, target);
}
function readableColumns(record) {
  if (!Array.isArray(record.devices)) return false;
  const rows = isColumn(record.timeMs) ? record.timeMs.length : -1;
  return Object.entries(columnsOf(record)).every(([name, column]) => name === "utilization" && column === void 0 || isColumn(column) && column.length === rows);
}
function tracksOf(find, tracks = []) {
  return (d) => {
    let track = tracks[d];
    if (track === void 0 && (track = find(d)) !== void 0) tracks[d] = track;
    return track;
  };
}
function addPowerColumns(record, target) {
  const { deviceIndex, timeMs, powerW, utilization } = record;
  const trackOf = tracksOf((d) => target.powerTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]);
    if (track === void 0) {
      target.invalid();
      continue;
    }
    const t = timeMs[i];
    const w = powerW[i];
    const u = utilization === void 0 ? Number.NaN : utilization[i];
    if (typeof t === "number" && typeof w === "number") track.addSample(t, w, typeof u === "number" ? u : u === null ? Number.NaN : -1, void 0);
    else track.add({ type: "power", timeMs: t, powerW: w, device: track.device });
  }
}
function addCounterColumns(record, target) {
  const { deviceIndex, timeMs, counterJ } = record;
  const trackOf = tracksOf((d) => target.counterTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]);
    if (track === void 0) {
      target.invalid();
      continue;
    }
    track.addReading(timeMs[i], counterJ[i], void 0);
  }
}

// src/energy/format.ts
function formatDuration(ms2) {
  const s = ms2 / 1e3;
  if (s < 120) return `${round2(s, s < 10 ? 1 : 0)} s`;
  if (s < 7200) return `${round2(s / 60, 1)} min`;
  if (s < 172800) return `${round2(s / 3600, 1)} h`;
  return `${round2(s / 86400, 1)} d`;
}
function formatEnergy(joules2) {
  const kWh = joules2 / 36e5;
  if (kWh >= 0.1) return `${round2(kWh, kWh < 10 ? 3 : 1)} kWh`;
  return `${round2(joules2, joules2 < 10 ? 2 : 0)} J`;
}
function formatPercent(share) {
  return `${round2(share * 100, 1)}%`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function listSome(items, max = 5) {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function round2(value, digits) {
  return String(Number(value.toFixed(digits)));
}

// src/energy/options.ts
var AUTO_GAP_FLOOR_MS = 3e4;
var AUTO_GAP_FACTOR = 5;
var AUTO_GAP_INTERVALS = 64;
var DEFAULT_MAX_POWER_W = 3e3;
var NODE_MAX_POWER_W = 2e4;
var BOARD_POWER_FACTOR = 2;
var MAX_LISTED_GAPS = 1e3;
var DEFAULT_ENERGY_OPTIONS = Object.freeze({
  maxGapS: "auto",
  maxPlausiblePowerW: "auto",
  powerSeries: true
});
function resolveEnergyOptions(options = {}) {
  const merged = { ...DEFAULT_ENERGY_OPTIONS, ...withoutUndefined(options) };
  const { maxGapS, maxPlausiblePowerW } = merged;
  if (maxGapS !== "auto" && !(typeof maxGapS === "number" && maxGapS > 0 && Number.isFinite(maxGapS))) {
    throw new InputError(`the maximum gap must be a positive number of seconds or "auto", not ${String(maxGapS)}`, {
      hint: "use e.g. --max-gap 60, or leave it out for the adaptive default"
    });
  }
  if (maxPlausiblePowerW !== "auto" && !(typeof maxPlausiblePowerW === "number" && maxPlausiblePowerW > 0 && Number.isFinite(maxPlausiblePowerW))) {
    throw new InputError(`the power ceiling must be a positive number of watts or "auto", not ${String(maxPlausiblePowerW)}`);
  }
  const lookup = merged.boardPowerW;
  return {
    maxGapMs: maxGapS === "auto" ? void 0 : maxGapS * 1e3,
    maxPlausiblePowerW,
    boardPowerW: (model) => {
      const w = lookup?.(model);
      return typeof w === "number" && w > 0 && Number.isFinite(w) ? w : void 0;
    },
    powerSeries: merged.powerSeries !== false
  };
}
function powerCeilingW(options, device) {
  if (options.maxPlausiblePowerW !== "auto") return options.maxPlausiblePowerW;
  const count = device.count !== void 0 && Number.isInteger(device.count) && device.count > 1 ? device.count : 1;
  if (device.component === "node") return count * NODE_MAX_POWER_W;
  const boardW = options.boardPowerW(device.model);
  return count * (boardW !== void 0 ? BOARD_POWER_FACTOR * boardW : DEFAULT_MAX_POWER_W);
}
function autoMaxGapMs(intervalsMs) {
  if (intervalsMs.length === 0) return AUTO_GAP_FLOOR_MS;
  const sorted = [...intervalsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median2 = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.max(AUTO_GAP_FLOOR_MS, Math.round(AUTO_GAP_FACTOR * median2 / 1e3) * 1e3);
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/energy/exact-sum.ts
var UNITS_PER_J = 1e6;
var SPLIT = 2 ** 40;
function exactSum() {
  return { high: 0, low: 0 };
}
function toUnits(joules2) {
  return Math.round(joules2 * UNITS_PER_J);
}
function addUnits(sum, units) {
  if (units >= SPLIT || units <= -SPLIT) {
    const high = Math.trunc(units / SPLIT);
    sum.high += high;
    units -= high * SPLIT;
  }
  let low = sum.low + units;
  if (low >= SPLIT || low <= -SPLIT) {
    const carry = Math.trunc(low / SPLIT);
    sum.high += carry;
    low -= carry * SPLIT;
  }
  sum.low = low;
}
function addExact(into, from) {
  into.high += from.high;
  addUnits(into, from.low);
}
function exactValue(sum, unitsPerValue = UNITS_PER_J) {
  return (sum.high * SPLIT + sum.low) / unitsPerValue;
}
function sumOfExact(sums, unitsPerValue = UNITS_PER_J) {
  const total = exactSum();
  for (const s of sums) addExact(total, s);
  return exactValue(total, unitsPerValue);
}

// src/energy/buckets.ts
var STEP_LADDER_S = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400];
var DAY_MS = 864e5;
var FINE_STEP_MS = 1e3;
var MAX_FINE_PIECES = 3600;
var SERIES_CAPACITY = 1024;
var INITIAL_CAPACITY = 16;
function stepMsAt(level) {
  if (level < STEP_LADDER_S.length) return STEP_LADDER_S[level] * 1e3;
  return DAY_MS * 2 ** (level - STEP_LADDER_S.length + 1);
}
function firstIndex(startMs, stepMs) {
  return Math.floor(startMs / stepMs);
}
function lastIndex(startMs, endMs, stepMs) {
  return endMs > startMs ? Math.ceil(endMs / stepMs) - 1 : Math.floor(startMs / stepMs);
}
function bucketsSpanned(startMs, endMs, stepMs) {
  return lastIndex(startMs, endMs, stepMs) - firstIndex(startMs, stepMs) + 1;
}
var BucketSeries = class {
  level = 0;
  stepMs = stepMsAt(0);
  firstIdx = 0;
  count = 0;
  /** Energy per bucket in whole microjoules (integers, so that merging buckets is exact). */
  energyUnits = new Float64Array(INITIAL_CAPACITY);
  touched = new Uint8Array(INITIAL_CAPACITY);
  /** The bucket the last add ended in: most adds fall inside it. */
  curStartMs = Infinity;
  curEndMs = -Infinity;
  curPos = 0;
  /** A linear power segment p0 -> p1 over [t0, t1] whose integral is `units` (whole microjoules). */
  addLinear(t0, p0, t1, p1, units) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos] += units;
      return;
    }
    this.addSplit(t0, p0, t1, p1, units);
  }
  /** `units` (whole microjoules) spread evenly over [t0, t1] (a point when t0 === t1). */
  addUniform(t0, t1, units) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyUnits[this.curPos] += units;
      return;
    }
    this.addSplit(t0, 1, t1, 1, units);
  }
  /** The bucket the last add ended in (its position, and [start, end] in ms): `addLinear` adds a segment inside it there directly. Empty (start > end) before any add. */
  get currentPos() {
    return this.curPos;
  }
  get currentStartMs() {
    return this.curStartMs;
  }
  get currentEndMs() {
    return this.curEndMs;
  }
  /** Whole microjoules added to bucket `pos` (within `count`), which becomes touched. */
  addAt(pos, units) {
    this.energyUnits[pos] += units;
    this.touched[pos] = 1;
  }
  /** Make bucket `pos` (within `count`) the current one. */
  moveCurrentTo(pos) {
    this.curPos = pos;
    this.curStartMs = (pos + this.firstIdx) * this.stepMs;
    this.curEndMs = (pos + this.firstIdx + 1) * this.stepMs;
  }
  /** Calls `visit` for every touched bucket, with its start and energy in whole microjoules. */
  forEach(visit) {
    for (let i = 0; i < this.count; i++) {
      if (this.touched[i] === 1) visit((this.firstIdx + i) * this.stepMs, this.stepMs, this.energyUnits[i]);
    }
  }
  /**
   * Split a segment across buckets. The pieces are cut on the finest step (1 s) whatever this
   * series' step, so that they do not depend on how far the series has coarsened: a series that
   * read part of a file, once merged, holds the same integers as one that read it whole.
   */
  addSplit(t0, p0, t1, p1, units) {
    this.ensureRange(t0, t1);
    const step = this.stepMs;
    const base = this.firstIdx;
    const fine = bucketsSpanned(t0, t1, FINE_STEP_MS) <= MAX_FINE_PIECES ? FINE_STEP_MS : step;
    const i0 = firstIndex(t0, fine);
    const i1 = lastIndex(t0, t1, fine);
    if (i0 !== i1) {
      const slope = (p1 - p0) / (t1 - t0);
      const twiceTotal = (p0 + p1) * (t1 - t0);
      let rest = units;
      for (let i = i0; i < i1; i++) {
        const a = Math.max(t0, i * fine);
        const b = (i + 1) * fine;
        const twicePiece = (2 * p0 + slope * (a - t0 + b - t0)) * (b - a);
        const share = twiceTotal > 0 ? Math.min(rest, Math.round(twicePiece / twiceTotal * units)) : 0;
        const pos = Math.floor(a / step) - base;
        this.energyUnits[pos] += share;
        this.touched[pos] = 1;
        rest -= share;
        if (slope === 0 && i + 1 < i1) {
          rest = this.addLevelPieces(i + 1, i1, fine, twiceTotal > 0 ? Math.round((2 * p0 + 0) * fine / twiceTotal * units) : 0, rest);
          break;
        }
      }
      units = rest;
    }
    const last = Math.floor(Math.max(t0, i1 * fine) / step) - base;
    this.addAt(last, units);
    this.moveCurrentTo(last);
  }
  /**
   * Pieces i0 to i1 - 1 (whole pieces of `fine` ms) of `share` units each while `rest` lasts; returns
   * what is left. The pieces that fall in one bucket are added at once where `rest` covers them all:
   * whole units, so the bucket holds the same integer as when they are added one by one.
   */
  addLevelPieces(i0, i1, fine, share, rest) {
    const step = this.stepMs;
    const base = this.firstIdx;
    for (let i = i0; i < i1; ) {
      const bucket = Math.floor(i * fine / step);
      const end = Math.min(i1, (bucket + 1) * step / fine);
      const pos = bucket - base;
      const all = (end - i) * share;
      if (rest >= all) {
        this.energyUnits[pos] += all;
        rest -= all;
      } else {
        for (let k = i; k < end; k++) {
          const given = Math.min(rest, share);
          this.energyUnits[pos] += given;
          rest -= given;
        }
      }
      this.touched[pos] = 1;
      i = end;
    }
    return rest;
  }
  ensureRange(t0, t1) {
    for (; ; ) {
      const step = this.stepMs;
      const lo = firstIndex(t0, step);
      const hi = lastIndex(t0, t1, step);
      const newLo = this.count === 0 ? lo : Math.min(this.firstIdx, lo);
      const newHi = this.count === 0 ? hi : Math.max(this.firstIdx + this.count - 1, hi);
      if (newHi - newLo + 1 <= SERIES_CAPACITY) {
        this.reserve(newHi - newLo + 1);
        if (this.count === 0) {
          this.firstIdx = newLo;
        } else if (newLo < this.firstIdx) {
          const shift = this.firstIdx - newLo;
          this.energyUnits.copyWithin(shift, 0, this.count);
          this.touched.copyWithin(shift, 0, this.count);
          this.energyUnits.fill(0, 0, shift);
          this.touched.fill(0, 0, shift);
          this.firstIdx = newLo;
          this.curStartMs = Infinity;
          this.curEndMs = -Infinity;
        }
        this.count = newHi - this.firstIdx + 1;
        return;
      }
      this.coarsen();
    }
  }
  /** Room for `size` buckets (at most SERIES_CAPACITY), the buckets kept. */
  reserve(size) {
    if (size <= this.energyUnits.length) return;
    const capacity = Math.min(SERIES_CAPACITY, Math.max(size, this.energyUnits.length * 2));
    const energyUnits = new Float64Array(capacity);
    const touched = new Uint8Array(capacity);
    energyUnits.set(this.energyUnits);
    touched.set(this.touched);
    this.energyUnits = energyUnits;
    this.touched = touched;
  }
  coarsen() {
    const ratio = stepMsAt(this.level + 1) / this.stepMs;
    const newFirst = Math.floor(this.firstIdx / ratio);
    let newCount = 0;
    for (let i = 0; i < this.count; i++) {
      const energy = this.energyUnits[i];
      const touched = this.touched[i];
      this.energyUnits[i] = 0;
      this.touched[i] = 0;
      const pos = Math.floor((this.firstIdx + i) / ratio) - newFirst;
      this.energyUnits[pos] += energy;
      this.touched[pos] |= touched;
      newCount = pos + 1;
    }
    this.level += 1;
    this.stepMs = stepMsAt(this.level);
    this.firstIdx = newFirst;
    this.count = newCount;
    this.curStartMs = Infinity;
    this.curEndMs = -Infinity;
  }
};

// src/energy/drops.ts
var Drops = class {
  tallies = /* @__PURE__ */ new Map();
  /** A record was dropped since the last accepted one. */
  pending = false;
  /** Length of the unbridged intervals that had dropped records inside them (ms). */
  lostMs = 0;
  note(code, origin) {
    const tally = this.tallies.get(code);
    if (tally) tally.count += 1;
    else this.tallies.set(code, { count: 1, origin });
    if (code !== "invalid-utilization") this.pending = true;
  }
};

// src/energy/point-track.ts
var PointTrack = class {
  constructor(stream, device, ceilingW, fixedMaxGapMs, withSeries) {
    this.stream = stream;
    this.device = device;
    this.ceilingW = ceilingW;
    this.maxGapMs = fixedMaxGapMs ?? NaN;
    this.calibrating = fixedMaxGapMs === void 0;
    this.series = withSeries ? new BucketSeries() : void 0;
  }
  stream;
  device;
  ceilingW;
  samples = 0;
  firstMs = NaN;
  firstValue = NaN;
  lastMs = -Infinity;
  lastValue = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  energy = exactSum();
  coveredMs = 0;
  gaps = [];
  gapCount = 0;
  gapMs = 0;
  drops = new Drops();
  /** Duplicate timestamps with a different value: maybe several devices mixed into one. */
  conflictingDuplicates = 0;
  /**
   * Real time that samples dropped for going back in time stood for (a clock set back, a DST hour
   * read in the wrong zone): from the first of them to the next accepted sample. Not on the timeline,
   * so not a gap, but uncovered time all the same.
   */
  setBackMs = 0;
  /** The first and last times of samples without a reading (PowerTrack.addNoReading); NaN when none came. */
  noReadingFirstMs = NaN;
  noReadingLastMs = NaN;
  /** The time of the first sample of the current run of backwards samples; NaN when none is open. */
  setBackFromMs = NaN;
  series;
  maxGapMs;
  calibrating;
  /** Set while a seam is integrated: its gap comes before all of this track's own. */
  seam = false;
  calTimes = [];
  calValues = [];
  calDropBefore = [];
  get energyJ() {
    return exactValue(this.energy);
  }
  get startMs() {
    return this.firstMs;
  }
  get endMs() {
    return this.samples > 0 ? this.lastMs : NaN;
  }
  /** Ends calibration (if still going); call before reading the totals. */
  settle() {
    if (this.calibrating) this.endCalibration();
  }
  /** Bridges (or not) the seam from an earlier, non-overlapping track of the same device, with the stricter of both limits. */
  joinAfter(previous) {
    this.settle();
    previous.settle();
    const ownGapMs = this.maxGapMs;
    const ownCeilingW = this.ceilingW;
    this.maxGapMs = Math.min(ownGapMs, previous.maxGapMs);
    this.ceilingW = Math.min(ownCeilingW, previous.ceilingW);
    const pending = this.drops.pending;
    this.drops.pending = false;
    this.seam = true;
    this.integrate(previous.lastMs, previous.lastValue, this.firstMs, this.firstValue);
    this.seam = false;
    this.drops.pending = pending;
    this.maxGapMs = ownGapMs;
    this.ceilingW = ownCeilingW;
  }
  /** Adds an interval's energy; returns it in whole microjoules, as counted. */
  addJoules(joules2) {
    const units = toUnits(joules2);
    addUnits(this.energy, units);
    return units;
  }
  /** An interval that is not bridged. */
  gap(t0, t1) {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.seam) {
      this.gaps.unshift({ startMs: t0, endMs: t1 });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    } else if (this.gaps.length < MAX_LISTED_GAPS) {
      this.gaps.push({ startMs: t0, endMs: t1 });
    }
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }
  dropTime(t, value, origin) {
    if (t === this.lastMs && value !== this.lastValue) this.conflictingDuplicates += 1;
    if (t < this.lastMs && this.setBackFromMs !== this.setBackFromMs) this.setBackFromMs = t;
    this.drops.note(t === this.lastMs ? "duplicate-sample" : t < this.lastMs ? "time-backwards" : "invalid-value", origin);
  }
  /** Called with each accepted sample that follows a run of backwards samples. */
  closeSetBack(t) {
    this.setBackMs += t - this.setBackFromMs;
    this.setBackFromMs = NaN;
  }
  /** Called for every accepted sample while calibrating (the first included). */
  buffer(t, value) {
    this.calTimes.push(t);
    this.calValues.push(value);
    this.calDropBefore.push(this.drops.pending);
    this.drops.pending = false;
    if (this.calTimes.length > AUTO_GAP_INTERVALS) this.endCalibration();
  }
  endCalibration() {
    const times = this.calTimes;
    const values = this.calValues;
    const intervals = [];
    for (let i = 1; i < times.length; i++) intervals.push(times[i] - times[i - 1]);
    this.maxGapMs = autoMaxGapMs(intervals);
    this.calibrating = false;
    const pending = this.drops.pending;
    for (let i = 1; i < times.length; i++) {
      this.drops.pending = this.calDropBefore[i];
      this.integrate(times[i - 1], values[i - 1], times[i], values[i]);
    }
    this.drops.pending = pending;
    this.calTimes = [];
    this.calValues = [];
    this.calDropBefore = [];
  }
};

// src/energy/power-track.ts
var UTILIZATION_UNITS = 1e12;
var INVALID_UTILIZATION = -1;
var PowerTrack = class extends PointTrack {
  method = "power-integral";
  peakW = -Infinity;
  /** Utilisation readings summed exactly, in millionths of a millionth. */
  utilization = exactSum();
  utilizationCount = 0;
  add(record) {
    const w = record.powerW;
    const t = record.timeMs;
    if (typeof w !== "number" || typeof t !== "number") {
      this.dropValue(t, w, record.origin);
      return;
    }
    const u = record.utilization;
    this.addSample(t, w, u === void 0 ? Number.NaN : u >= 0 && u <= 1 ? u : INVALID_UTILIZATION, record.origin);
  }
  /** A sample: `u` is the utilisation (0..1), NaN for none, anything else invalid. */
  addSample(t, w, u, origin) {
    const t0 = this.lastMs;
    const dt = t - t0;
    if (w >= 0 && w <= this.ceilingW && dt > 0 && dt <= this.maxGapMs && dt < Infinity && !this.calibrating && (u !== u || u >= 0 && u <= 1) && this.setBackFromMs !== this.setBackFromMs) {
      if (u === u) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      }
      if (w > this.peakW) this.peakW = w;
      const w0 = this.lastValue;
      this.lastMs = t;
      this.lastValue = w;
      this.samples += 1;
      this.trapezoid(t0, w0, t, w, dt);
      this.drops.pending = false;
      return;
    }
    this.addSampleTheLongWay(t, w, u, origin);
  }
  /** A sample at `t` without a reading: its time is not covered, and it extends what the device is known to have been seen over. */
  addNoReading(t, origin) {
    if (!Number.isFinite(t)) {
      this.drops.note("invalid-value", origin);
      return;
    }
    this.drops.note("no-reading", origin);
    if (!(t >= this.noReadingFirstMs)) this.noReadingFirstMs = t;
    if (!(t <= this.noReadingLastMs)) this.noReadingLastMs = t;
  }
  addSampleTheLongWay(t, w, u, origin) {
    if (!(w >= 0 && w <= this.ceilingW && t - t === 0)) {
      this.dropValue(t, w, origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, w, origin);
      return;
    }
    if (this.setBackFromMs === this.setBackFromMs) this.closeSetBack(t);
    if (u === u) {
      if (u >= 0 && u <= 1) {
        addUnits(this.utilization, Math.round(u * UTILIZATION_UNITS));
        this.utilizationCount += 1;
      } else {
        this.drops.note("invalid-utilization", origin);
      }
    }
    if (w > this.peakW) this.peakW = w;
    const w0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = w;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = w;
    }
    if (this.calibrating) {
      this.buffer(t, w);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, w0, t, w);
      this.drops.pending = false;
    }
  }
  integrate(t0, w0, t1, w1) {
    const dt = t1 - t0;
    if (dt <= this.maxGapMs) this.trapezoid(t0, w0, t1, w1, dt);
    else this.gap(t0, t1);
  }
  /** The trapezoid between two samples, `dt` apart, in whole microjoules: (w0 + w1) / 2 × dt / 1000 × 1e6. */
  trapezoid(t0, w0, t1, w1, dt) {
    const units = Math.round((w0 + w1) * dt * 500);
    addUnits(this.energy, units);
    this.coveredMs += dt;
    if (this.series !== void 0) this.series.addLinear(t0, w0, t1, w1, units);
  }
  dropValue(t, w, origin) {
    const invalid = typeof w !== "number" || typeof t !== "number" || !Number.isFinite(t) || !Number.isFinite(w);
    const code = invalid ? "invalid-value" : w < 0 ? "negative-power" : "implausible-power";
    this.drops.note(code, origin);
  }
};

// src/energy/stream.ts
function streamKey(stream) {
  return `${stream.plugin}\0${stream.file ?? ""}`;
}
function compareNatural(a, b) {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    if (bothDigits && x.length !== y.length) return x.replace(/^0+/, "").length - y.replace(/^0+/, "").length || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}
function compareStreams(a, b) {
  return compareNatural(a.file ?? "", b.file ?? "") || compareNatural(a.plugin, b.plugin);
}

// src/energy/combine.ts
var METHOD_PRECEDENCE = ["counter", "power-integral", "reported", "estimate"];
var PRECEDENCE_COVERAGE_SHARE = 0.95;
var EVIDENCE_NAME = {
  counter: "energy counter",
  "power-integral": "power samples",
  reported: "reported energy",
  estimate: "estimate"
};
function combineDevice(id, all) {
  for (const track of all) track.settle();
  const tracks = [...all].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.method, b.method));
  const warnings2 = [];
  const selections = /* @__PURE__ */ new Map();
  for (const method3 of METHOD_PRECEDENCE) {
    const selection = selectTracks(tracks.filter((t) => t.method === method3));
    if (selection.kept.length > 0) selections.set(method3, selection);
  }
  const present = METHOD_PRECEDENCE.filter((m) => selections.has(m));
  if (present.length === 0) return void 0;
  for (const { kept: sequence } of selections.values()) {
    for (let i = 1; i < sequence.length; i++) joinTracks(sequence[i - 1], sequence[i]);
  }
  const method2 = chooseMethod(present, selections);
  const { kept, ignored } = selections.get(method2);
  const energyJ = sumOfExact(kept.map((t) => t.energy));
  let coveredMs = 0;
  let samples = 0;
  let gapCount = 0;
  let gapMs = 0;
  let startMs = Infinity;
  let endMs = -Infinity;
  const gaps = [];
  let setBackMs = 0;
  for (const t of kept) {
    coveredMs += t.coveredMs;
    samples += t.samples;
    gapCount += t.gapCount;
    gapMs += t.gapMs;
    if (t instanceof PointTrack) setBackMs += t.setBackMs;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
    gaps.push(...t.gaps);
  }
  const keptStartMs = startMs;
  const keptEndMs = endMs;
  for (const t of tracks) {
    if (t.samples === 0) continue;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
  }
  for (const [from, to] of [[startMs, keptStartMs], [keptEndMs, endMs]]) {
    if (to > from) {
      gaps.push({ startMs: from, endMs: to });
      gapCount += 1;
      gapMs += to - from;
    }
  }
  gaps.sort((a, b) => a.startMs - b.startMs);
  const windowMs = endMs - startMs + setBackMs;
  const coverage = windowMs > 0 ? Math.min(1, coveredMs / windowMs) : 0;
  const maxGapMs = Math.min(...kept.map((t) => t.maxGapMs));
  const energy = {
    device: mergeDevice(kept, tracks, warnings2, id),
    startMs,
    endMs,
    energyJ,
    method: method2,
    samples,
    coverage,
    gaps: gaps.slice(0, MAX_LISTED_GAPS),
    plugins: unique(kept.map((t) => t.stream.plugin)),
    files: unique(kept.flatMap((t) => t.stream.file === void 0 ? [] : [t.stream.file])),
    maxGapS: maxGapMs / 1e3,
    gapCount,
    gapS: gapMs / 1e3
  };
  const power = selections.get("power-integral")?.kept;
  const utilization = meanUtilization(method2, kept, power);
  if (utilization !== void 0) energy.meanUtilization = utilization;
  if (power) {
    const peakW = Math.max(...power.map((t) => t.peakW));
    if (peakW >= 0) energy.peakPowerW = peakW;
  }
  const reported = method2 === "reported" ? sourceReportedOf(kept) : void 0;
  if (reported) energy.sourceReported = reported;
  const label = describeDevice(energy.device);
  if (ignored.length > 0) {
    warnings2.push({
      code: "duplicate-device",
      deviceId: id,
      count: ignored.length + kept.length,
      message: `${label} was seen in ${kept.length + ignored.length} files with overlapping time, counted once: used ${listSome(kept.map(streamName))}, ignored ${listSome(ignored.map(streamName))} (the stream with the best coverage wins; time that only the others saw is not counted and lowers coverage). If these are different GPUs, make their ids distinct (UUID, or host and index).`
    });
  }
  const others = present.filter((m) => m !== method2);
  if (others.length > 0) {
    const described = others.map((m) => {
      const alt = selections.get(m).kept;
      const altCoveredMs = alt.reduce((sum, t) => sum + t.coveredMs, 0);
      const altCoverage = windowMs > 0 ? Math.min(1, altCoveredMs / windowMs) : 0;
      return `${EVIDENCE_NAME[m]} (${formatEnergy(sumOfExact(alt.map((t) => t.energy)))}, coverage ${formatPercent(altCoverage)})`;
    });
    warnings2.push({
      code: "evidence-ignored",
      deviceId: id,
      message: `${label}: energy from the ${EVIDENCE_NAME[method2]} (${formatEnergy(energyJ)}, coverage ${formatPercent(coverage)}); also had ${described.join(" and ")}, not used: best evidence first (energy counter > power samples > reported energy > estimate), unless it covers under 95% of the time another measurement covers; an estimate only without a usable measurement.`
    });
  }
  if (samples === 1 && (method2 === "counter" || method2 === "power-integral")) {
    warnings2.push({
      code: "single-sample",
      deviceId: id,
      count: 1,
      message: `${label} has a single ${method2 === "counter" ? "counter reading" : "power sample"}: energy 0 and coverage 0 (an interval needs two).`
    });
  }
  if (gapCount > 0) {
    warnings2.push({
      code: "gaps",
      deviceId: id,
      count: gapCount,
      message: `${label}: ${plural(gapCount, "span")} not bridged (${formatDuration(gapMs)} in all; maximum gap ${formatDuration(maxGapMs)}): no energy is counted there and coverage is ${formatPercent(coverage)}.`
    });
  }
  const conflicting = tracks.reduce((n, t) => n + ("conflictingDuplicates" in t ? t.conflictingDuplicates : 0), 0);
  if (conflicting > 0) {
    warnings2.push({
      code: "conflicting-duplicates",
      deviceId: id,
      count: conflicting,
      message: `${label}: ${plural(conflicting, "sample")} repeat a timestamp with a different value; the first of each was kept. If several GPUs were logged without an index or uuid column, their rows are mixed into this one device and its energy is undercounted: log index or uuid too. Coverage is unaffected, which is why this needs checking.`
    });
  }
  warnings2.push(...methodWarnings(method2, kept, label, id));
  return { energy, used: kept, warnings: warnings2 };
}
function selectTracks(tracks) {
  const candidates2 = tracks.filter((t) => t.samples > 0).sort(byQuality);
  const kept = [];
  const ignored = [];
  for (const candidate of candidates2) {
    if (kept.some((k) => k.startMs < candidate.endMs && candidate.startMs < k.endMs)) ignored.push(candidate);
    else kept.push(candidate);
  }
  kept.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareStreams(a.stream, b.stream));
  return { kept, ignored };
}
function byQuality(a, b) {
  return b.coveredMs - a.coveredMs || b.samples - a.samples || compareStreams(a.stream, b.stream);
}
function chooseMethod(present, selections) {
  const coveredMs = (m) => selections.get(m).kept.reduce((s, t) => s + t.coveredMs, 0);
  const usable = present.filter((m) => selections.get(m).kept.some((t) => t.coveredMs > 0 || t.energyJ > 0));
  const measured = usable.filter((m) => m !== "estimate");
  if (measured.length === 0) return usable[0] ?? present[0];
  const bestMs = Math.max(...measured.map(coveredMs));
  return measured.find((m) => coveredMs(m) >= PRECEDENCE_COVERAGE_SHARE * bestMs);
}
function joinTracks(previous, next) {
  if (next.method === "reported" || next.method === "estimate") next.joinAfter(previous);
  else next.joinAfter(previous);
}
function meanUtilization(method2, kept, power) {
  if (method2 === "estimate") {
    const usage = kept;
    const weightMs = usage.reduce((s, t) => s + t.utilizationWeightMs, 0);
    if (weightMs > 0) return usage.reduce((s, t) => s + t.utilizationMs, 0) / weightMs;
  }
  if (!power) return void 0;
  const count = power.reduce((s, t) => s + t.utilizationCount, 0);
  return count > 0 ? sumOfExact(power.map((t) => t.utilization), UTILIZATION_UNITS) / count : void 0;
}
function methodWarnings(method2, kept, label, id) {
  const out = [];
  if (method2 === "counter") {
    const counters = kept;
    const resets = counters.reduce((s, t) => s + t.resets, 0);
    const unaccounted = counters.reduce((s, t) => s + t.unaccountedResets, 0);
    const jumps = counters.reduce((s, t) => s + t.implausibleJumps, 0);
    if (resets > 0) {
      out.push({
        code: "counter-reset",
        deviceId: id,
        count: resets,
        message: `${label}: the energy counter went down ${plural(resets, "time")} (a reset, e.g. a driver reload); after each, the new value counts as energy since zero` + (unaccounted > 0 ? `, except ${unaccounted} whose value was too large for the interval: those intervals are not counted and lower coverage.` : ": coverage unchanged.")
      });
    }
    if (jumps > 0) {
      out.push({
        code: "counter-jump",
        deviceId: id,
        count: jumps,
        message: `${label}: the energy counter rose faster than the power ceiling allows ${plural(jumps, "time")}: those intervals are not counted and lower coverage.`
      });
    }
  }
  if (method2 === "reported" || method2 === "estimate") {
    const intervals = kept;
    const overlaps = intervals.reduce((s, t) => s + t.overlaps, 0);
    if (overlaps > 0) {
      out.push({
        code: "energy-overlap",
        deviceId: id,
        count: overlaps,
        message: `${label}: ${plural(overlaps, "record")} of ${method2 === "reported" ? "reported energy" : "usage"} overlap an earlier one in the same file; all are summed, so if they repeat the same time the energy is counted twice. Coverage counts the time once.`
      });
    }
  }
  if (method2 === "estimate") {
    const usage = kept;
    const unknown = usage.reduce((s, t) => s + t.unknownPower, 0);
    const assumed = usage.reduce((s, t) => s + t.assumedUtilization, 0);
    if (unknown > 0) {
      out.push({
        code: "unknown-gpu",
        deviceId: id,
        count: unknown,
        message: `${label}: no power is known for model ${JSON.stringify(usage[0]?.device.model ?? "unknown")} and the input states none: ${plural(unknown, "interval")} get no energy and no coverage. Give the power (e.g. --power-w) or a model from the GPU table.`
      });
    }
    if (assumed > 0) {
      out.push({
        code: "utilization-assumed",
        deviceId: id,
        count: assumed,
        message: `${label}: no utilisation given for ${plural(assumed, "interval")}; estimated at 100% of the power (an upper bound); coverage unaffected.`
      });
    }
  }
  return out;
}
function sourceReportedOf(kept) {
  let co2eG = 0;
  let withCo2e = 0;
  const notes = /* @__PURE__ */ new Set();
  for (const track of kept) {
    co2eG += track.sourceReported.co2eG;
    withCo2e += track.sourceReported.withCo2e;
    for (const note of track.sourceReported.notes) notes.add(note);
  }
  if (withCo2e === 0 && notes.size === 0) return void 0;
  return withCo2e > 0 ? { co2eG, notes: [...notes] } : { notes: [...notes] };
}
function mergeDevice(kept, all, warnings2, id) {
  const merged = { ...kept[0].device };
  const models = /* @__PURE__ */ new Set();
  for (const track of [...kept, ...all]) {
    const d = track.device;
    if (d.model !== void 0) models.add(d.model);
    for (const key of ["model", "vendor", "host", "index", "uuid", "component", "site"]) {
      if (merged[key] === void 0 && d[key] !== void 0) merged[key] = d[key];
    }
  }
  if (models.size > 1) {
    warnings2.push({
      code: "device-conflict",
      deviceId: id,
      message: `device ${id} is named ${[...models].map((m) => JSON.stringify(m)).join(" and ")} by different inputs; using ${JSON.stringify(merged.model)}.`
    });
  }
  return merged;
}
function describeDevice(device) {
  return device.model ? `device ${device.id} (${device.model})` : `device ${device.id}`;
}
function streamName(track) {
  return track.stream.file ?? track.stream.plugin;
}
function unique(values) {
  return [...new Set(values)].sort(compareNatural);
}

// src/energy/no-reading.ts
function deviceWithoutReadings(id, tracks) {
  const seen = tracks.filter((t) => t instanceof PowerTrack && Number.isFinite(t.noReadingFirstMs));
  if (seen.length === 0) return void 0;
  const startMs = Math.min(...seen.map((t) => t.noReadingFirstMs));
  const endMs = Math.max(...seen.map((t) => t.noReadingLastMs));
  const count = seen.reduce((sum, t) => sum + (t.drops.tallies.get("no-reading")?.count ?? 0), 0);
  const first = seen[0];
  const energy = {
    device: first.device,
    startMs,
    endMs,
    energyJ: 0,
    method: "power-integral",
    samples: 0,
    coverage: 0,
    gaps: endMs > startMs ? [{ startMs, endMs }] : [],
    plugins: [...new Set(seen.map((t) => t.stream.plugin))],
    files: [...new Set(seen.flatMap((t) => t.stream.file === void 0 ? [] : [t.stream.file]))],
    maxGapS: AUTO_GAP_FLOOR_MS / 1e3,
    gapCount: endMs > startMs ? 1 : 0,
    gapS: (endMs - startMs) / 1e3
  };
  const warning = {
    code: "no-reading-device",
    deviceId: id,
    count,
    message: `${describeDevice(first.device)} gave no power reading (the source printed [N/A] or [Not Supported]) from its first sample to its last: it is listed with no energy and 0 % coverage, and the totals leave out whatever it used.`
  };
  return { energy, warning };
}

// src/energy/counter-track.ts
var CounterTrack = class extends PointTrack {
  method = "counter";
  resets = 0;
  /** Resets whose new value was too large for the interval: the interval is not counted. */
  unaccountedResets = 0;
  /** Increases faster than the power ceiling allows: the interval is not counted. */
  implausibleJumps = 0;
  add(record) {
    this.addReading(record.timeMs, record.counterJ, record.origin);
  }
  /** A reading: the counter `c` (J) at `t`, as they came (anything but finite numbers is dropped). */
  addReading(t, c, origin) {
    if (!(typeof c === "number" && c >= 0 && c - c === 0 && typeof t === "number" && t - t === 0)) {
      const invalid = typeof c !== "number" || typeof t !== "number" || c - c !== 0 || t - t !== 0;
      this.drops.note(invalid ? "invalid-value" : "negative-counter", origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, c, origin);
      return;
    }
    if (this.setBackFromMs === this.setBackFromMs) this.closeSetBack(t);
    const c0 = this.lastValue;
    this.lastMs = t;
    this.lastValue = c;
    this.samples += 1;
    if (t0 === -Infinity) {
      this.firstMs = t;
      this.firstValue = c;
    }
    if (this.calibrating) {
      this.buffer(t, c);
    } else {
      if (t0 !== -Infinity) this.integrate(t0, c0, t, c);
      this.drops.pending = false;
    }
  }
  integrate(t0, c0, t1, c1) {
    const dt = t1 - t0;
    if (dt > this.maxGapMs) {
      this.gap(t0, t1);
      return;
    }
    const capJ = this.ceilingW * dt / 1e3;
    let joules2;
    if (c1 >= c0) {
      joules2 = c1 - c0;
      if (joules2 > capJ) {
        this.implausibleJumps += 1;
        this.gap(t0, t1);
        return;
      }
    } else {
      this.resets += 1;
      joules2 = c1;
      if (joules2 > capJ) {
        this.unaccountedResets += 1;
        this.gap(t0, t1);
        return;
      }
    }
    const units = this.addJoules(joules2);
    this.coveredMs += dt;
    if (this.series !== void 0) this.series.addUniform(t0, t1, units);
  }
};

// src/energy/drop-warnings.ts
var WHAT = {
  "invalid-value": (n) => `${plural(n, "record")} with a missing or non-finite value (NaN, Infinity) dropped`,
  "negative-power": (n) => `${plural(n, "negative power reading")} dropped`,
  "implausible-power": (n) => `${plural(n, "reading")} above the plausible power ceiling dropped (a unit mix-up such as mW or kW in a W column, several devices summed as one, or a corrupt value)`,
  "time-backwards": (n) => `${plural(n, "record")} whose time went backwards dropped (the clock was set back, or times were read in the wrong zone)`,
  "duplicate-sample": (n) => `${plural(n, "record")} repeating the previous timestamp dropped (the first one was kept)`,
  "negative-counter": (n) => `${plural(n, "negative energy-counter reading")} dropped`,
  "negative-energy": (n) => `${plural(n, "record")} with negative energy dropped`,
  "invalid-interval": (n) => `${plural(n, "record")} ending before they start dropped`,
  "invalid-utilization": (n) => `${plural(n, "utilisation value")} outside 0..1 ignored`,
  "no-reading": (n) => `${plural(n, "sample")} without a reading ([N/A], [Not Supported]: the device gave none)`
};
function dropWarnings(tracks) {
  const groups = /* @__PURE__ */ new Map();
  for (const track of tracks) {
    for (const [code, tally] of track.drops.tallies) {
      if (code === "no-reading" && track.samples === 0) continue;
      const key = `${streamKey(track.stream)}\0${code}`;
      let group2 = groups.get(key);
      if (!group2) {
        group2 = { stream: track.stream, code, count: 0, origin: void 0, devices: /* @__PURE__ */ new Set(), lostMs: 0, setBackMs: 0, ceilings: /* @__PURE__ */ new Set(), kinds: /* @__PURE__ */ new Set() };
        groups.set(key, group2);
      }
      group2.count += tally.count;
      group2.devices.add(track.device.id);
      group2.lostMs += track.drops.lostMs;
      if (code === "time-backwards" && "setBackMs" in track) group2.setBackMs += track.setBackMs;
      group2.ceilings.add(track.ceilingW);
      group2.kinds.add(track.method);
      if (tally.origin && (group2.origin?.line === void 0 || (tally.origin.line ?? Infinity) < group2.origin.line)) group2.origin = tally.origin;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.code, b.code));
  return sorted.map((g) => {
    const devices2 = [...g.devices].sort(compareNatural);
    const file = g.stream.file ?? g.origin?.file;
    const where = file ? ` in ${file}${g.origin?.line !== void 0 ? ` (first at line ${g.origin.line})` : ""}` : "";
    const ceiling = g.code === "implausible-power" ? ` (${[...g.ceilings].sort((a, b) => a - b).map((w) => `${w} W`).join(", ")})` : "";
    const warning = {
      code: g.code,
      count: g.count,
      message: `${WHAT[g.code](g.count)}${ceiling}${where}, ${devices2.length === 1 ? "device" : "devices"} ${listSome(devices2)}; ${effect(g)}`
    };
    if (file !== void 0) warning.file = file;
    if (g.origin?.line !== void 0) warning.line = g.origin.line;
    if (devices2.length === 1) warning.deviceId = devices2[0];
    return warning;
  });
}
function effect(g) {
  if (g.code === "duplicate-sample") return "no effect on coverage (see any conflicting-duplicates warning for repeats with a different value).";
  const intervals = g.kinds.has("reported") || g.kinds.has("estimate");
  const points = g.kinds.has("power-integral") || g.kinds.has("counter");
  if (g.code === "invalid-utilization" && !intervals) return "energy and coverage unchanged.";
  const parts = [];
  if (intervals) parts.push("a dropped interval record leaves its time uncovered: no energy counted there, coverage lowered accordingly.");
  if (g.code === "time-backwards" && g.setBackMs > 0) {
    parts.push(`the time those samples stood for, about ${formatDuration(g.setBackMs)} in all, is not counted: coverage lowered accordingly.`);
  } else if (points) {
    parts.push(
      g.lostMs > 0 ? `the intervals around dropped samples that are not bridged total ${formatDuration(g.lostMs)}: no energy counted there, coverage lowered accordingly.` : "the samples around them bridge the time (within the maximum gap): coverage unchanged."
    );
  }
  return parts.join(" ");
}

// src/energy/interval-track.ts
var MAX_SOURCE_NOTES = 4;
var IntervalTrack = class {
  constructor(method2, stream, device, ceilingW, maxGapMs, withSeries) {
    this.method = method2;
    this.stream = stream;
    this.device = device;
    this.ceilingW = ceilingW;
    this.maxGapMs = maxGapMs;
    this.series = withSeries ? new BucketSeries() : void 0;
  }
  method;
  stream;
  device;
  ceilingW;
  maxGapMs;
  samples = 0;
  startMs = NaN;
  endMs = NaN;
  /** Energy in whole microjoules, summed exactly (see exact-sum.ts). */
  energy = exactSum();
  coveredMs = 0;
  gaps = [];
  gapCount = 0;
  gapMs = 0;
  drops = new Drops();
  series;
  /** Records that overlap an earlier record of this track (all are summed). */
  overlaps = 0;
  /** Usage records with neither a stated power nor a known board power: no energy, no coverage. */
  unknownPower = 0;
  /** Usage records without a utilisation, estimated at full board power. */
  assumedUtilization = 0;
  /** Duration-weighted stated utilisation of usage records. */
  utilizationMs = 0;
  utilizationWeightMs = 0;
  /** What the source's own records said of themselves (`sourceReported`), over the records accepted. */
  sourceReported = { co2eG: 0, withCo2e: 0, notes: /* @__PURE__ */ new Set() };
  lastStartMs = -Infinity;
  lastEndMs = -Infinity;
  coveredEndMs = -Infinity;
  get energyJ() {
    return exactValue(this.energy);
  }
  settle() {
  }
  addEnergy(record) {
    const { startMs, endMs, energyJ, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs) || !isFiniteNumber(energyJ)) {
      this.drops.note("invalid-value", origin);
    } else if (endMs < startMs) {
      this.drops.note("invalid-interval", origin);
    } else if (energyJ < 0) {
      this.drops.note("negative-energy", origin);
    } else if (endMs > startMs && energyJ * 1e3 / (endMs - startMs) > this.ceilingW) {
      this.drops.note("implausible-power", origin);
    } else if (this.accept(startMs, endMs, energyJ, true, origin) && record.sourceReported) {
      const { co2eG, note } = record.sourceReported;
      if (isFiniteNumber(co2eG) && co2eG >= 0) {
        this.sourceReported.co2eG += co2eG;
        this.sourceReported.withCo2e += 1;
      }
      if (typeof note === "string" && note !== "" && this.sourceReported.notes.size < MAX_SOURCE_NOTES) this.sourceReported.notes.add(note);
    }
  }
  /** `boardPowerW` is the table's figure for the device, used when the record states no power. */
  addUsage(record, boardPowerW) {
    const { startMs, endMs, powerW, utilization, origin } = record;
    if (!isFiniteNumber(startMs) || !isFiniteNumber(endMs)) {
      this.drops.note("invalid-value", origin);
    } else if (endMs < startMs) {
      this.drops.note("invalid-interval", origin);
    } else if (powerW !== void 0 && !isFiniteNumber(powerW)) {
      this.drops.note("invalid-value", origin);
    } else if (powerW !== void 0 && powerW < 0) {
      this.drops.note("negative-power", origin);
    } else if (powerW !== void 0 && powerW > this.ceilingW) {
      this.drops.note("implausible-power", origin);
    } else if (utilization !== void 0 && !(isFiniteNumber(utilization) && utilization >= 0 && utilization <= 1)) {
      this.drops.note("invalid-utilization", origin);
      this.drops.pending = true;
    } else {
      const w = powerW ?? boardPowerW;
      if (utilization === void 0) this.assumedUtilization += 1;
      if (w === void 0) this.unknownPower += 1;
      const durationMs = endMs - startMs;
      const energyJ = w === void 0 ? 0 : w * (utilization ?? 1) * durationMs / 1e3;
      if (this.accept(startMs, endMs, energyJ, w !== void 0, origin) && utilization !== void 0) {
        this.utilizationMs += utilization * durationMs;
        this.utilizationWeightMs += durationMs;
      }
    }
  }
  /** Bridges nothing: the time between an earlier, non-overlapping track and this one is uncovered. */
  joinAfter(previous) {
    const spanMs = this.startMs - previous.endMs;
    if (spanMs > Math.min(this.maxGapMs, previous.maxGapMs)) {
      this.gapCount += 1;
      this.gapMs += spanMs;
      this.gaps.unshift({ startMs: previous.endMs, endMs: this.startMs });
      if (this.gaps.length > MAX_LISTED_GAPS) this.gaps.pop();
    }
  }
  accept(startMs, endMs, energyJ, coverable, origin) {
    if (startMs < this.lastStartMs) {
      this.drops.note("time-backwards", origin);
      return false;
    }
    if (startMs === this.lastStartMs && endMs === this.lastEndMs) {
      this.drops.note("duplicate-sample", origin);
      return false;
    }
    if (this.samples === 0) {
      this.startMs = startMs;
      this.endMs = endMs;
    } else {
      if (startMs < this.endMs) this.overlaps += 1;
      if (startMs - this.endMs > this.maxGapMs) this.gap(this.endMs, startMs);
      if (endMs > this.endMs) this.endMs = endMs;
    }
    this.samples += 1;
    this.lastStartMs = startMs;
    this.lastEndMs = endMs;
    if (coverable) {
      const from = Math.max(startMs, this.coveredEndMs);
      if (endMs > from) {
        this.coveredMs += endMs - from;
        this.coveredEndMs = endMs;
      }
    }
    const units = toUnits(energyJ);
    addUnits(this.energy, units);
    if (this.series !== void 0 && (coverable || energyJ > 0)) this.series.addUniform(startMs, endMs, units);
    this.drops.pending = false;
    return true;
  }
  gap(t0, t1) {
    this.gapCount += 1;
    this.gapMs += t1 - t0;
    if (this.gaps.length < MAX_LISTED_GAPS) this.gaps.push({ startMs: t0, endMs: t1 });
    if (this.drops.pending) this.drops.lostMs += t1 - t0;
  }
};
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

// src/energy/series.ts
var MAX_SERIES_POINTS = 240;
function buildPowerSeries(tracks, startMs, endMs) {
  if (!(endMs >= startMs)) return void 0;
  let level = 0;
  while (bucketsSpanned(startMs, endMs, stepMsAt(level)) > MAX_SERIES_POINTS) level += 1;
  const stepMs = stepMsAt(level);
  const firstIdx = Math.floor(startMs / stepMs);
  const points = bucketsSpanned(startMs, endMs, stepMs);
  const energyUnits = new Float64Array(points);
  const touched = new Uint8Array(points);
  for (const track of tracks) {
    track.series?.forEach((bucketStartMs, _bucketStepMs, units) => {
      const i = Math.min(points - 1, Math.max(0, Math.floor(bucketStartMs / stepMs) - firstIdx));
      energyUnits[i] += units;
      touched[i] = 1;
    });
  }
  const stepS = stepMs / 1e3;
  const powerW = [];
  for (let i = 0; i < points; i++) powerW.push(touched[i] === 1 ? energyUnits[i] / UNITS_PER_J / stepS : null);
  return { stepS, start: new Date(firstIdx * stepMs).toISOString(), powerW };
}

// src/energy/accumulator.ts
var Slot = class {
  constructor(ref) {
    this.ref = ref;
  }
  ref;
  /** The slot of the record that followed this one last time: interleaved devices repeat in order. */
  next;
  power;
  counter;
  energy;
  usage;
};
var Stream = class {
  constructor(id) {
    this.id = id;
  }
  id;
  byRef = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  lastRef = NO_DEVICE;
  lastSlot;
  invalid = 0;
  invalidOrigin;
};
var NO_DEVICE = /* @__PURE__ */ Symbol("no device");
var MAX_REFS_PER_STREAM = 4096;
var EnergyAccumulator = class {
  options;
  streams = /* @__PURE__ */ new Map();
  lastFrom;
  lastStream;
  outcome;
  constructor(options) {
    this.options = resolveEnergyOptions(options);
  }
  add(record, from) {
    this.addBatch([record], from);
  }
  addBatch(records, from) {
    if (this.outcome) throw new Error("EnergyAccumulator: records added after finish()");
    const stream = this.streamFor(from);
    let ref = stream.lastRef;
    let slot = stream.lastSlot;
    for (let i = 0, n = records.length; i < n; i++) {
      const record = records[i];
      if (record?.type === "power-columns" || record?.type === "energy-counter-columns") {
        addColumns(record, this.columnsTarget(stream, record));
        continue;
      }
      const device = record?.device;
      if (device !== ref) {
        const predicted = slot?.next;
        let found;
        if (predicted !== void 0 && predicted.ref === device) {
          found = predicted;
        } else {
          found = this.slotFor(stream, device);
          if (slot !== void 0 && found !== void 0) slot.next = found;
        }
        if (found === void 0) {
          this.invalidRecord(stream, record);
          continue;
        }
        slot = found;
        ref = device;
      }
      const s = slot;
      switch (record.type) {
        case "power":
          (s.power ?? this.openPower(stream, s)).add(record);
          break;
        case "energy-counter":
          (s.counter ?? this.openCounter(stream, s)).add(record);
          break;
        case "energy":
          (s.energy ?? this.openInterval(stream, s, "reported")).addEnergy(record);
          break;
        case "usage":
          (s.usage ?? this.openInterval(stream, s, "estimate")).addUsage(record, this.options.boardPowerW(record.device.model));
          break;
        case "no-reading":
          (s.power ?? this.openPower(stream, s)).addNoReading(record.timeMs, record.origin);
          break;
        default:
          this.invalidRecord(stream, record);
      }
    }
    stream.lastRef = ref;
    stream.lastSlot = slot;
  }
  /** What the columns readers (columns.ts) need for a record of a stream. */
  columnsTarget(stream, record) {
    const slotOf = (d) => Number.isInteger(d) && d >= 0 && d < record.devices.length ? this.slotFor(stream, record.devices[d]) : void 0;
    return {
      powerTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.power ?? this.openPower(stream, slot));
      },
      counterTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.counter ?? this.openCounter(stream, slot));
      },
      invalid: () => this.invalidRecord(stream, record)
    };
  }
  finish() {
    if (this.outcome) return this.outcome;
    const byDevice = /* @__PURE__ */ new Map();
    const allTracks = [];
    for (const stream of this.streams.values()) {
      for (const track of this.tracksOf(stream)) {
        allTracks.push(track);
        const list = byDevice.get(track.device.id);
        if (list) list.push(track);
        else byDevice.set(track.device.id, [track]);
      }
    }
    const devices2 = [];
    const used = [];
    const deviceWarnings = [];
    for (const id of [...byDevice.keys()].sort(compareNatural)) {
      const tracks = byDevice.get(id);
      const outcome = combineDevice(id, tracks);
      const unread = outcome ? void 0 : deviceWithoutReadings(id, tracks);
      if (unread) {
        devices2.push(unread.energy);
        deviceWarnings.push(unread.warning);
        continue;
      }
      if (!outcome) {
        const dropped = tracks.reduce((s, t) => s + [...t.drops.tallies.values()].reduce((a, d) => a + d.count, 0), 0);
        deviceWarnings.push({
          code: "no-valid-data",
          deviceId: id,
          count: dropped,
          message: `${describeDevice(tracks[0].device)}: none of its ${plural(dropped, "record")} could be used (see the warnings on dropped records); it is left out of the totals.`
        });
        continue;
      }
      devices2.push(outcome.energy);
      used.push(...outcome.used);
      deviceWarnings.push(...outcome.warnings);
    }
    const warnings2 = [...this.streamWarnings(), ...dropWarnings(allTracks), ...deviceWarnings];
    const result = { devices: devices2, warnings: warnings2 };
    if (this.options.powerSeries && devices2.length > 0) {
      const startMs = Math.min(...devices2.map((d) => d.startMs));
      const endMs = Math.max(...devices2.map((d) => d.endMs));
      const series = buildPowerSeries(used, startMs, endMs);
      if (series) result.powerSeries = series;
    }
    this.outcome = result;
    return result;
  }
  streamFor(from) {
    const last = this.lastFrom;
    if (last !== void 0 && from.plugin === last.plugin && from.file === last.file) return this.lastStream;
    const id = { plugin: from.plugin };
    if (from.file !== void 0) id.file = from.file;
    const key = streamKey(id);
    let stream = this.streams.get(key);
    if (!stream) {
      stream = new Stream(id);
      this.streams.set(key, stream);
    }
    this.lastFrom = id;
    this.lastStream = stream;
    return stream;
  }
  slotFor(stream, device) {
    if (typeof device !== "object" || device === null) return void 0;
    const ref = device;
    const known = stream.byRef.get(ref);
    if (known) return known;
    if (typeof ref.id !== "string" || ref.id === "") return void 0;
    let slot = stream.byId.get(ref.id);
    if (!slot) {
      slot = new Slot(ref);
      stream.byId.set(ref.id, slot);
    }
    if (stream.byRef.size < MAX_REFS_PER_STREAM) stream.byRef.set(ref, slot);
    return slot;
  }
  invalidRecord(stream, record) {
    stream.invalid += 1;
    if (stream.invalidOrigin === void 0) {
      const origin = record?.origin;
      stream.invalidOrigin = typeof origin === "object" && origin !== null ? origin : {};
    }
  }
  openPower(stream, slot) {
    const o = this.options;
    return slot.power = new PowerTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries);
  }
  openCounter(stream, slot) {
    const o = this.options;
    return slot.counter = new CounterTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries);
  }
  openInterval(stream, slot, method2) {
    const o = this.options;
    const track = new IntervalTrack(method2, stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs ?? AUTO_GAP_FLOOR_MS, o.powerSeries);
    if (method2 === "reported") slot.energy = track;
    else slot.usage = track;
    return track;
  }
  tracksOf(stream) {
    const tracks = [];
    for (const slot of stream.byId.values()) {
      for (const track of [slot.counter, slot.power, slot.energy, slot.usage]) if (track) tracks.push(track);
    }
    return tracks;
  }
  streamWarnings() {
    const streams = [...this.streams.values()].filter((s) => s.invalid > 0).sort((a, b) => compareStreams(a.id, b.id));
    return streams.map((s) => {
      const file = s.id.file ?? s.invalidOrigin?.file;
      const warning = {
        code: "invalid-record",
        count: s.invalid,
        message: `${plural(s.invalid, "record")} from plugin ${s.id.plugin}${file ? ` reading ${file}` : ""} had no device id or an unknown type and ${s.invalid === 1 ? "was" : "were"} dropped: their time is not covered (a bug in the plugin).`
      };
      if (file !== void 0) warning.file = file;
      if (s.invalidOrigin?.line !== void 0) warning.line = s.invalidOrigin.line;
      return warning;
    });
  }
};

// src/telemetry/inputs.ts
import { stat as stat5 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative, resolve as resolve5 } from "node:path";
var GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
async function expandInputs(patterns, cwd = process.cwd()) {
  const include = patterns.filter((p) => !p.startsWith("!"));
  const ignore = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  if (include.length === 0) {
    throw new InputError("no telemetry files given", { hint: 'name log files or globs, e.g. `carbon-ci report "logs/*.csv"`' });
  }
  const found = /* @__PURE__ */ new Map();
  const add = (path3) => {
    const absolute = resolve5(cwd, path3);
    if (!found.has(absolute)) found.set(absolute, displayPath(absolute));
  };
  for (const pattern of include) {
    if (pattern.trim() === "") throw new InputError("an empty telemetry path was given", { hint: "remove the empty entry" });
    const literal = await statOrUndefined(resolve5(cwd, pattern));
    if (literal?.isDirectory()) {
      const dir = pattern.replace(/[\\/]+$/, "");
      throw new InputError(`${pattern} is a directory`, { hint: `name the files, e.g. "${dir}/*.csv" or "${dir}/**/*.csv"` });
    }
    if (literal?.isFile()) {
      add(pattern);
      continue;
    }
    const special = literal && notAFileError(literal, pattern);
    if (special) throw special;
    const fg = GLOB_CHARACTERS.test(pattern) ? (await import("./out-JXUVKZAJ.js")).default : void 0;
    if (!fg?.isDynamicPattern(pattern)) {
      throw new InputError(`${pattern}: no such file`, { hint: `check the path (relative to ${cwd})` });
    }
    const matches = await fg.glob(pattern, { cwd, onlyFiles: true, ignore, followSymbolicLinks: true, unique: true });
    if (matches.length === 0) {
      throw new InputError(`the pattern "${pattern}" matched no files`, {
        hint: `check the pattern (relative to ${cwd}); quote it so that the shell does not expand it`
      });
    }
    for (const match of matches) add(match);
  }
  return [...found.values()].sort();
}
function displayPath(absolute) {
  const rel = relative(process.cwd(), absolute);
  return rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? absolute : rel;
}
async function statOrUndefined(path3) {
  try {
    return await stat5(path3);
  } catch (error) {
    if (error.code === "ELOOP") {
      throw new InputError("the path is a loop of symbolic links", { file: path3, hint: "point the link at the log file itself (ls -l shows where each link goes)" });
    }
    return void 0;
  }
}

// src/telemetry/choose.ts
var TIE_MARGIN = 0.1;
function score(plugin, input) {
  try {
    const value = plugin.detect(input);
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  } catch {
    return 0;
  }
}
function choosePlugin(input, plugins, requested) {
  const names = plugins.map((p) => p.name).join(", ");
  if (requested !== void 0 && requested !== "auto") {
    const plugin = plugins.find((p) => p.name === requested);
    if (!plugin) {
      throw new InputError(`unknown plugin "${requested}"`, { hint: `use one of: auto, ${names}` });
    }
    return plugin;
  }
  const ranked = plugins.map((plugin, order) => ({ plugin, order, score: score(plugin, input) })).sort((a, b) => b.score - a.score || a.order - b.order);
  const [best, second] = ranked;
  if (!best || best.score <= 0) {
    throw new InputError(`could not tell the format of this file`, {
      file: input.path,
      hint: `no plugin recognised it (known: ${names || "none"}); name one with --plugin NAME, or check that this is a telemetry log`
    });
  }
  if (second && second.score > 0 && best.score - second.score < TIE_MARGIN) {
    throw new InputError(
      `the file looks like ${best.plugin.name} (${best.score.toFixed(2)}) and ${second.plugin.name} (${second.score.toFixed(2)}) alike`,
      { file: input.path, hint: `choose one with --plugin ${best.plugin.name} or --plugin ${second.plugin.name}` }
    );
  }
  return best.plugin;
}

// src/telemetry/read.ts
import { stat as stat6 } from "node:fs/promises";

// src/telemetry/read-plugin.ts
var SINGLES_BATCH = 4096;
var USER_FS_ERRORS = {
  ENOENT: ["cannot read the file (ENOENT)", "check that the path exists and is readable"],
  EACCES: ["cannot read the file: permission denied (EACCES)", "make it readable by the user that runs carbon-ci, e.g. `chmod a+r FILE`"],
  EPERM: ["cannot read the file: operation not permitted (EPERM)", "make it readable by the user that runs carbon-ci"],
  EISDIR: ["cannot read the file: it is a directory (EISDIR)", 'name the files in it, e.g. "DIR/*.csv"'],
  ENOTDIR: ["cannot read the file: a part of its path is not a directory (ENOTDIR)", "check the path"],
  ELOOP: [
    "cannot read the file: its path is a loop of symbolic links (ELOOP)",
    "a link points back at itself through other links: check them with `ls -l` and `readlink -f FILE`, and pass the log file itself"
  ]
};
var MAX_DATE_MS = 864e13;
async function* readWithValidOptions(plugin, source, options) {
  const file = source.path;
  const signal = options.signal ?? new AbortController().signal;
  options.log.debug(`${file}: reading with plugin ${plugin.name}`);
  const { timeZone, onTimeZoneRead, pluginOptions } = options;
  const context = {
    options: pluginOptions,
    log: options.log,
    signal,
    localTimeZone() {
      onTimeZoneRead?.();
      return timeZone;
    }
  };
  let iterator;
  try {
    iterator = plugin.read(source, context)[Symbol.asyncIterator]();
  } catch (error) {
    throw asReadError(error, plugin.name, file);
  }
  let singles = [];
  const undated = new UndatedRecords();
  try {
    for (; ; ) {
      let step;
      try {
        step = await iterator.next();
      } catch (error) {
        throw asReadError(error, plugin.name, file);
      }
      if (step.done) break;
      signal.throwIfAborted();
      const item = undated.keep(step.value);
      if (Array.isArray(item)) {
        if (singles.length > 0) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
        if (item.length > 0) yield { plugin: plugin.name, file, records: item };
      } else if (item !== void 0) {
        singles.push(item);
        if (singles.length >= SINGLES_BATCH) {
          yield { plugin: plugin.name, file, records: singles };
          singles = [];
        }
      }
    }
    if (singles.length > 0) yield { plugin: plugin.name, file, records: singles };
    undated.report(file, options.log);
  } finally {
    await iterator.return?.();
  }
}
function asReadError(error, plugin, file) {
  if (isInputError(error)) {
    return error.file === void 0 ? new InputError(error.message, { file, line: error.line }) : error;
  }
  const code = error?.code;
  const known = typeof code === "string" && Object.hasOwn(USER_FS_ERRORS, code) ? USER_FS_ERRORS[code] : void 0;
  if (known) return new InputError(known[0], { file, hint: known[1].replace("FILE", file) });
  if (error?.name === "AbortError") return error;
  return new PluginError(plugin ?? "carbon-ci", file, error);
}
function outside(timeMs) {
  return timeMs > MAX_DATE_MS || timeMs < -MAX_DATE_MS;
}
var UndatedRecords = class {
  dropped = 0;
  kept = 0;
  first = "";
  /** `item` without its readings beyond the dates; undefined for a single record that is. */
  keep(item) {
    if (!Array.isArray(item)) return this.dated(item);
    let out;
    for (let i = 0; i < item.length; i++) {
      const record = this.dated(item[i]);
      if (record !== item[i] && out === void 0) out = item.slice(0, i);
      if (out && record) out.push(record);
    }
    return out ?? item;
  }
  report(file, log) {
    if (this.dropped === 0) return;
    const what = `${this.dropped} reading(s) whose time is beyond the dates JavaScript can hold (year 275760), first ${this.first}: a corrupted timestamp, or one in another unit than the format's`;
    if (this.kept === 0) throw new InputError(`no usable readings: ${what}`, { file, hint: "repair the timestamps (epoch seconds or ms, or ISO 8601 dates) or regenerate the log" });
    log.warn(`${file}: dropped ${what}; the time they cover counts as a gap`);
  }
  dated(record) {
    if (typeof record !== "object" || record === null) return record;
    if (isColumnsRecord(record)) return this.datedColumns(record);
    const bad = "timeMs" in record ? record.timeMs : outside(record.startMs) ? record.startMs : record.endMs;
    if (!outside(bad)) {
      this.kept++;
      return record;
    }
    this.note(1, bad, record.origin?.line);
    return void 0;
  }
  datedColumns(record) {
    const timeMs = record.timeMs;
    if (typeof timeMs?.length !== "number") return record;
    let first = 0;
    while (first < timeMs.length && !outside(timeMs[first])) first++;
    if (first === timeMs.length) {
      this.kept += first;
      return record;
    }
    const keep = [];
    for (let i = 0; i < timeMs.length; i++) if (!outside(timeMs[i])) keep.push(i);
    this.kept += keep.length;
    this.note(timeMs.length - keep.length, timeMs[first], void 0);
    if (keep.length === 0) return void 0;
    const filtered = { ...record };
    for (const [name, column] of Object.entries(columnsOf(record))) if (column) filtered[name] = Float64Array.from(keep, (i) => column[i]);
    return filtered;
  }
  note(count, timeMs, line) {
    if (this.dropped === 0) this.first = `${Number(timeMs.toPrecision(4)).toExponential()} ms after 1970${line === void 0 ? "" : ` at line ${line}`}`;
    this.dropped += count;
  }
};

// src/telemetry/read.ts
async function* readTelemetry(files, options) {
  if (!isValidTimeZone(options.timeZone)) {
    throw new InputError(`unknown time zone "${options.timeZone}"`, {
      hint: "use an IANA zone name such as America/Los_Angeles, Europe/Berlin or UTC (--timezone)"
    });
  }
  const signal = options.signal ?? new AbortController().signal;
  for (const file of files) {
    signal.throwIfAborted();
    const plugin = await pluginForFile(file, options);
    yield* readWithPlugin(plugin, fileSource(file, options.onBytes), options);
  }
}
async function* readWithPlugin(plugin, source, options) {
  const pluginOptions = validatePluginOptions(plugin, options.pluginOptions?.[plugin.name] ?? {});
  yield* readWithValidOptions(plugin, source, { ...options, pluginOptions });
}
async function pluginForFile(file, options) {
  let size;
  let head;
  try {
    const info = await stat6(file);
    if (info.isDirectory()) throw new InputError("is a directory", { file, hint: `name the files in it, e.g. "${file}/*.csv"` });
    const special = notAFileError(info, file);
    if (special) throw special;
    size = info.size;
    head = size === 0 ? "" : await readHead(file, Math.min(size, HEAD_BYTES));
  } catch (error) {
    throw asReadError(error, void 0, file);
  }
  if (size === 0) {
    throw new InputError("the file is empty (0 bytes)", {
      file,
      hint: "the logger wrote nothing: check that it ran until the job ended and that this is the file it wrote (nvidia-smi ... -f FILE)"
    });
  }
  if (head.trim() === "" && size <= Buffer.byteLength(head)) {
    throw new InputError("the file is empty (only blank lines)", {
      file,
      hint: "the logger wrote no samples: check that it ran until the job ended"
    });
  }
  return choosePlugin({ path: file, head }, options.plugins, options.plugin);
}

// src/report/types.ts
var REPORT_SCHEMA_VERSION = "1.2.0";

// src/report/build.ts
function buildReport(parts) {
  const footprintById = new Map(parts.footprint.devices.map((d) => [d.deviceId, d]));
  const devices2 = parts.devices.map((energy) => {
    const footprint = footprintById.get(energy.device.id);
    if (!footprint) throw new Error(`bug: the footprint has no entry for device ${energy.device.id}`);
    return reportDevice(energy, footprint);
  });
  const report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "carbon-ci", version: TOOL_VERSION, datasetVersion: parts.datasetVersion },
    generatedAt: (parts.generatedAt ?? /* @__PURE__ */ new Date()).toISOString(),
    run: { ...parts.run },
    inputs: parts.inputs,
    window: windowOf(parts.devices),
    totals: parts.footprint.totals,
    coverage: overallCoverage(parts.devices),
    scope: scopeOf(parts.devices.map((d) => ({ component: d.device.component, method: d.method }))),
    factors: reportFactors(parts),
    devices: devices2,
    warnings: parts.warnings.map(reportWarning)
  };
  const sourceReported = sourceReportedSummary(devices2);
  if (sourceReported) report.sourceReported = sourceReported;
  if (parts.powerSeries && parts.powerSeries.powerW.length > 0) report.powerSeries = parts.powerSeries;
  if (parts.smoke) report.smoke = parts.smoke;
  if (parts.baseline) report.baseline = parts.baseline;
  if (parts.budgets) report.budgets = parts.budgets;
  return report;
}
function reportDevice(energy, footprint) {
  const { device } = energy;
  const out = {
    id: device.id,
    model: device.model ?? "unknown",
    ...device.count !== void 0 && device.count > 1 ? { count: device.count } : {},
    energyJ: energy.energyJ,
    facilityEnergyJ: footprint.facilityEnergyJ,
    operationalCo2eG: footprint.operationalCo2eG,
    embodiedCo2eG: footprint.embodiedCo2eG,
    co2eG: footprint.operationalCo2eG + footprint.embodiedCo2eG,
    method: energy.method,
    coverage: energy.coverage,
    samples: energy.samples,
    start: new Date(energy.startMs).toISOString(),
    end: new Date(energy.endMs).toISOString(),
    gaps: energy.gaps.map((g) => ({ startMs: g.startMs, endMs: g.endMs })),
    plugins: [...energy.plugins],
    files: [...energy.files]
  };
  if (device.vendor) out.vendor = device.vendor;
  if (device.host) out.host = device.host;
  if (device.component) out.component = device.component;
  if (energy.gapCount !== void 0) out.gapCount = energy.gapCount;
  if (energy.gapS !== void 0) out.gapS = energy.gapS;
  if (energy.maxGapS !== void 0) out.maxGapS = energy.maxGapS;
  if (energy.meanUtilization !== void 0) out.meanUtilization = energy.meanUtilization;
  if (energy.peakPowerW !== void 0) out.peakPowerW = energy.peakPowerW;
  if (footprint.factors) out.factors = footprint.factors;
  if (energy.sourceReported) out.sourceReported = sourceReportedOf2(energy.sourceReported);
  return out;
}
function sourceReportedOf2(reported) {
  const out = {};
  if (reported.co2eG !== void 0) out.co2eG = reported.co2eG;
  if (reported.notes.length > 0) out.note = reported.notes.join("; ");
  return out;
}
function reportFactors(parts) {
  const factors = parts.footprint.embodied ? { ...parts.factors, embodied: parts.footprint.embodied } : { ...parts.factors };
  const recorded = parts.footprint.devices.filter((device) => device.factors !== void 0);
  if (recorded.length > 0) factors.recorded = { devices: recorded.length, by: [...new Set(recorded.map((device) => device.factors.recordedBy))].sort() };
  return factors;
}
function sourceReportedSummary(devices2) {
  const reporting = devices2.filter((device) => device.sourceReported?.co2eG !== void 0);
  if (reporting.length === 0) return void 0;
  const plugins = new Set(reporting.flatMap((device) => device.plugins));
  const same2 = devices2.filter((device) => device.plugins.some((plugin) => plugins.has(plugin)));
  return {
    co2eG: reporting.reduce((sum, device) => sum + device.sourceReported.co2eG, 0),
    operationalCo2eG: same2.reduce((sum, device) => sum + device.operationalCo2eG, 0),
    devices: same2.length,
    plugins: [...plugins].sort()
  };
}
function reportWarning(warning) {
  const out = { code: warning.code, message: warning.message };
  if (warning.file !== void 0) out.file = warning.file;
  if (warning.line !== void 0) out.line = warning.line;
  if (warning.deviceId !== void 0) out.deviceId = warning.deviceId;
  if (warning.count !== void 0) out.count = warning.count;
  return out;
}
function windowOf(devices2) {
  if (devices2.length === 0) return null;
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const d of devices2) {
    startMs = Math.min(startMs, d.startMs);
    endMs = Math.max(endMs, d.endMs);
  }
  return { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() };
}
function overallCoverage(devices2) {
  if (devices2.length === 0) return 0;
  let weighted = 0;
  let total = 0;
  for (const d of devices2) {
    const durationMs = Math.max(0, d.endMs - d.startMs);
    weighted += d.coverage * durationMs;
    total += durationMs;
  }
  if (total === 0) return devices2.reduce((sum, d) => sum + d.coverage, 0) / devices2.length;
  return Math.min(1, Math.max(0, weighted / total));
}
var METHOD_ORDER = ["counter", "power-integral", "reported", "estimate"];
var COUNTED_BY_METHOD = {
  counter: "measured",
  "power-integral": "measured",
  reported: "reported",
  estimate: "estimated"
};
function scopeOf(devices2) {
  const methods = { gpu: /* @__PURE__ */ new Set(), cpu: /* @__PURE__ */ new Set(), ram: /* @__PURE__ */ new Set(), node: /* @__PURE__ */ new Set() };
  const counts = { gpu: 0, cpu: 0, ram: 0, node: 0 };
  for (const d of devices2) {
    const component = d.component ?? "gpu";
    methods[component].add(d.method);
    counts[component] += 1;
  }
  const nodeCounted = counts.node > 0;
  const one = (component) => {
    const list = METHOD_ORDER.filter((m) => methods[component].has(m));
    const best = list[0];
    const counted = best ? COUNTED_BY_METHOD[best] : nodeCounted && component !== "node" ? "in-node" : "not-counted";
    return { counted, devices: counts[component], methods: list };
  };
  return {
    gpu: one("gpu"),
    cpu: one("cpu"),
    ram: one("ram"),
    node: one("node"),
    gpuOnly: counts.gpu > 0 && counts.cpu === 0 && counts.ram === 0 && counts.node === 0
  };
}

// src/pipeline/assemble.ts
function factorsFor(options, warnings2) {
  const resolved = resolveFactors({
    location: options.location,
    pue: options.pue,
    facility: options.facility,
    intensityGPerKWh: options.intensityGPerKWh,
    intensityScope: options.intensityScope
  });
  warnings2.push(...resolved.warnings);
  return resolved.factors;
}
function assembleReport(assembly, options) {
  const pricer = new SitePricer(options, assembly.factors);
  const footprint = computeFootprint(assembly.devices, assembly.factors, { factorsOf: (device) => pricer.factorsOf(device.device) });
  const own3 = footprint.devices.map((device) => device.factors);
  const sites = new Set(own3.map((factors2) => factors2 ? JSON.stringify(factors2) : void 0));
  const allAtOneSite = own3.length > 0 && sites.size === 1 && own3[0] !== void 0;
  const factors = allAtOneSite ? { pue: own3[0].pue, intensity: own3[0].intensity } : assembly.factors;
  const warnings2 = own3.length > 0 && own3.every((f) => f !== void 0 && f.intensity !== assembly.factors.intensity) ? assembly.warnings.filter((warning) => warning.code !== "default-location") : assembly.warnings;
  const report = buildReport({
    inputs: { ...assembly.inputs, location: factors.intensity.location },
    run: options.run,
    devices: assembly.devices,
    footprint,
    factors,
    warnings: [...warnings2, ...pricer.finish()],
    datasetVersion: DATASET_VERSION,
    powerSeries: assembly.powerSeries,
    generatedAt: options.now?.()
  });
  validateReport(report);
  return report;
}

// src/sdk/plugin-loading/options.ts
function pluginOptionsFromPairs(pairs, plugins, chosen) {
  const out = {};
  const set = (plugin, key, value) => (out[plugin] ??= {})[key] = value;
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new InputError(`plugin option "${pair}" is not name=value`, { hint: "e.g. gpu=NVIDIA A100-SXM4-80GB, or hf-trainer.count=8 for one plugin (CLI: --plugin-option; Action: plugin-options, one per line)" });
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1);
    const dot = name.indexOf(".");
    const qualified = dot > 0 && plugins.some((p) => p.name === name.slice(0, dot));
    if (qualified) {
      set(name.slice(0, dot), name.slice(dot + 1), value);
      continue;
    }
    if (chosen !== void 0 && chosen !== "auto") {
      set(chosen, name, value);
      continue;
    }
    const takers = plugins.filter((p) => Object.hasOwn(p.options?.properties ?? {}, name));
    if (takers.length === 0) {
      throw new InputError(`no plugin takes the option "${name}"`, { hint: "`carbon-ci plugins NAME` lists a plugin\u2019s options; aim at one plugin with NAME.option=value" });
    }
    for (const plugin of takers) set(plugin.name, name, value);
  }
  return out;
}

// src/pipeline/plugins.ts
async function resolvePlugins(options) {
  let plugins = options.plugins ?? builtinPlugins;
  const modules = options.pluginModules ?? [];
  if (!options.plugins && modules.length > 0) {
    const guarded = await withUserPlugins(builtinPlugins, modules, options.cwd ?? process.cwd());
    plugins = guarded.map((plugin, i) => builtinPlugins[i] ?? plugin);
  }
  const pluginOptions = {};
  for (const [name, values] of Object.entries(options.pluginOptions ?? {})) pluginOptions[name] = { ...values };
  const fromPairs = pluginOptionsFromPairs(options.pluginOptionPairs ?? [], plugins, options.plugin);
  for (const [name, values] of Object.entries(fromPairs)) pluginOptions[name] = { ...pluginOptions[name], ...values };
  return { plugins, pluginOptions };
}

// src/pipeline/power-series.ts
function normalizePowerSeries(series) {
  if (!series || series.powerW.length === 0 || !(series.stepS > 0)) return void 0;
  return { ...series, powerW: series.powerW.map((w) => w === null || !Number.isFinite(w) ? null : w) };
}

// src/pipeline/validate-options.ts
function checkPositive(name, value, hint) {
  if (value !== void 0 && !(Number.isFinite(value) && value > 0)) {
    throw new InputError(`${name} must be a positive number, not ${value}`, { hint });
  }
}

// src/pipeline/warnings.ts
var silent = { debug() {
}, info() {
}, warn() {
} };
function collectingLogger(sink, code, forward = silent, files = []) {
  const seen = /* @__PURE__ */ new Map();
  return {
    debug: (message) => forward.debug(message),
    info: (message) => forward.info(message),
    warn: (message) => {
      forward.warn(message);
      const existing = seen.get(message);
      if (existing) {
        existing.count = (existing.count ?? 1) + 1;
        return;
      }
      const warning = { code, ...locate2(message, files) };
      seen.set(message, warning);
      sink.push(warning);
    }
  };
}
function locate2(message, files) {
  for (const file of files) {
    if (!message.startsWith(`${file}:`)) continue;
    const rest = message.slice(file.length + 1);
    const withLine = /^(\d+): ([\s\S]*)$/.exec(rest);
    if (withLine) return { message: withLine[2], file, line: Number(withLine[1]) };
    if (rest.startsWith(" ")) return { message: rest.trimStart(), file };
  }
  return { message };
}

// src/pipeline/run-report.ts
var DEFAULT_TIME_ZONE = "UTC";
async function runReport(options) {
  const warnings2 = [];
  const timeZone = resolveTimeZone(options.timeZone);
  if (options.maxGapS !== "auto") checkPositive("the maximum gap", options.maxGapS, 'give --max-gap in seconds, e.g. 30, or "auto"');
  const maxGapS = options.maxGapS ?? DEFAULT_ENERGY_OPTIONS.maxGapS;
  const factors = factorsFor(options, warnings2);
  const sources = options.sources ?? [];
  const files = options.inputs.length === 0 && sources.length > 0 ? [] : await expandInputs(options.inputs, options.cwd);
  if (files.length === 0 && sources.length === 0) {
    throw new InputError(`no telemetry files match ${options.inputs.map((i) => JSON.stringify(i)).join(", ")}`, {
      hint: "check the paths or globs (quote globs so that the shell does not expand them)"
    });
  }
  const { plugins, pluginOptions } = await resolvePlugins(options);
  const accumulator = new EnergyAccumulator({ maxGapS, boardPowerW: (model) => model ? lookupGpu(model)?.boardPowerW : void 0 });
  const log = collectingLogger(warnings2, "telemetry", options.log, files);
  const signal = options.signal ?? new AbortController().signal;
  const used = /* @__PURE__ */ new Set();
  let zoneLessTimes = false;
  const onTimeZoneRead = () => zoneLessTimes = true;
  const progress = options.progress;
  progress?.start((await Promise.all(files.map((file) => stat7(file).then((s) => s.size, () => 0)))).reduce((a, b) => a + b, 0));
  try {
    const reading = readTelemetry(files, {
      plugin: options.plugin && options.plugin !== "auto" ? options.plugin : void 0,
      plugins,
      timeZone,
      pluginOptions,
      log,
      signal,
      onTimeZoneRead,
      ...progress ? { onBytes: (bytes) => progress.advance(bytes) } : {}
    });
    for await (const batch of reading) {
      used.add(batch.plugin);
      accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
    }
  } finally {
    progress?.done();
  }
  for (const source of sources) {
    for await (const records of readSource(source, { timeZone, log, signal, onTimeZoneRead })) {
      used.add(source.name);
      accumulator.addBatch(records, { plugin: source.name, file: source.location });
    }
  }
  const energy = accumulator.finish();
  if (options.timeZone === void 0 && zoneLessTimes) warnings2.unshift(timeZoneDefaultWarning(energy.warnings.some((w) => w.code === "time-backwards")));
  if (energy.devices.length === 0) throw nothingUsable([...files, ...sources.map((s) => s.location)], energy.warnings);
  warnings2.push(...energy.warnings);
  return assembleReport(
    {
      devices: energy.devices,
      factors,
      warnings: warnings2,
      inputs: {
        mode: "telemetry",
        files,
        plugin: [...used].join(",") || (options.plugin ?? "auto"),
        timeZone,
        timeZoneSource: options.timeZone ? "user" : "default",
        maxGapS
      },
      powerSeries: normalizePowerSeries(energy.powerSeries)
    },
    options
  );
}
function nothingUsable(inputs, energyWarnings) {
  const drops = energyWarnings.filter((w) => w.code !== "no-valid-data");
  if (drops.length === 0) {
    return new InputError(`no power or energy readings found in ${inputs.join(", ")}`, {
      hint: "check that the files hold telemetry rows, not only a header, and that --plugin names their format"
    });
  }
  const shown = drops.slice(0, 3).map((w) => `  - ${w.message}`);
  if (drops.length > 3) shown.push(`  - and ${drops.length - 3} more`);
  return new InputError(`no power or energy readings found in ${inputs.join(", ")}: every reading was dropped
${shown.join("\n")}`, {
    hint: "readings above the plausible ceiling usually mean a unit mix-up (mW or kW in a W column) or several devices summed in one; fix the log, or name the device model so that its ceiling is known"
  });
}
function readSource(source, options) {
  const localTimeZone = () => {
    options.onTimeZoneRead();
    return options.timeZone;
  };
  return source.read({ log: options.log, signal: options.signal, localTimeZone });
}
function timeZoneDefaultWarning(timesWentBack) {
  const read7 = "No time zone given: timestamps that carry none (nvidia-smi prints local time) were read as UTC. ";
  if (!timesWentBack) {
    return {
      code: "time-zone-default",
      message: `${read7}Energy totals do not depend on it; the report window and time-matched grid intensity do. Name the zone with --timezone.`
    };
  }
  return {
    code: "time-zone-default",
    message: `${read7}Some of them went back in time, as local times do when clocks fall back an hour: read as UTC, that hour repeats, its samples are dropped and the totals are low (coverage shows how much). Name the zone the log was written in with --timezone (e.g. --timezone America/New_York) so that the repeated hour is read as the second pass.`
  };
}
function resolveTimeZone(timeZone) {
  if (timeZone === void 0) return DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new InputError(`unknown time zone "${timeZone}"`, {
      hint: "give an IANA zone name such as Europe/Paris, America/Los_Angeles or UTC"
    });
  }
  return timeZone;
}

// src/pipeline/run-estimate.ts
var MS_PER_HOUR = 36e5;
var MAX_ESTIMATE_POWER_W = NODE_MAX_POWER_W;
var ESTIMATE_LIMITS = { hours: 1e5, count: 1e6, gpuHours: 1e5 * 1e6 };
async function runEstimate(options) {
  const warnings2 = [];
  const config = resolveEstimate(options, warnings2);
  const factors = factorsFor(options, warnings2);
  const endMs = options.endMs ?? (options.now?.() ?? /* @__PURE__ */ new Date()).getTime();
  const startMs = endMs - config.hoursPerDevice * MS_PER_HOUR;
  const vendor = config.model ? lookupGpu(config.model)?.vendor : void 0;
  const { count } = config;
  const device = count === 1 ? { id: "estimate:0", model: config.model ?? config.gpu, index: 0, component: "gpu" } : { id: `estimate:0-${count - 1}`, model: config.model ?? config.gpu, component: "gpu", count };
  if (vendor) device.vendor = vendor;
  const record = { type: "usage", startMs, endMs, device, powerW: config.powerW * count, utilization: config.utilization };
  const accumulator = new EnergyAccumulator({ powerSeries: false, maxPlausiblePowerW: MAX_ESTIMATE_POWER_W * count });
  accumulator.addBatch([record], { plugin: "estimate" });
  const energy = accumulator.finish();
  warnings2.push(...energy.warnings);
  const devices2 = energy.devices;
  return assembleReport(
    {
      devices: devices2,
      factors,
      warnings: warnings2,
      inputs: { mode: "estimate", files: [], plugin: "estimate", timeZone: "UTC", timeZoneSource: "default", maxGapS: "auto", estimate: config }
    },
    options
  );
}
function resolveEstimate(options, warnings2) {
  const gpu = options.gpu?.trim() ?? "";
  if (gpu === "") throw new InputError("no accelerator named", { hint: 'name it with --gpu, e.g. --gpu "A100 SXM4 80GB"' });
  const count = options.count ?? 1;
  if (!(Number.isInteger(count) && count >= 1 && count <= ESTIMATE_LIMITS.count)) {
    throw new InputError(`the device count must be a whole number from 1 to ${ESTIMATE_LIMITS.count}, not ${count}`, { hint: "e.g. --count 8" });
  }
  if (options.hours !== void 0 && options.gpuHours !== void 0) {
    throw new InputError("both --hours and --gpu-hours given", {
      hint: "give --hours (per device) or --gpu-hours (all devices together), not both"
    });
  }
  if (options.hours === void 0 && options.gpuHours === void 0) {
    throw new InputError("no duration given", { hint: "give --hours H (each device ran H hours) or --gpu-hours GH (device-hours in total)" });
  }
  checkPositive("--hours", options.hours, "give the hours each device ran, e.g. --hours 100");
  checkPositive("--gpu-hours", options.gpuHours, "give the device-hours in total, e.g. --gpu-hours 800");
  checkAtMost("--hours", options.hours, ESTIMATE_LIMITS.hours, "hours each device ran");
  checkAtMost("--gpu-hours", options.gpuHours, ESTIMATE_LIMITS.gpuHours, "device-hours in total");
  const hoursPerDevice = options.hours ?? options.gpuHours / count;
  if (hoursPerDevice > ESTIMATE_LIMITS.hours) {
    throw new InputError(`--gpu-hours ${options.gpuHours} over ${count} device${count === 1 ? "" : "s"} is ${hoursPerDevice} h per device, more than the ${ESTIMATE_LIMITS.hours} h an estimate covers`, {
      hint: "give the number of devices with --count (--gpu-hours is the total over all of them)"
    });
  }
  if (!(hoursPerDevice > 0)) throw new InputError(`--gpu-hours ${options.gpuHours} over ${count} devices is too small to estimate`, { hint: "give the device-hours in total, e.g. --gpu-hours 800" });
  const utilization = options.utilization ?? 1;
  if (!(Number.isFinite(utilization) && utilization > 0 && utilization <= 1)) {
    const percent = utilization > 1 && utilization <= 100 ? ` (for ${utilization} % write ${utilization / 100})` : "";
    throw new InputError(`utilisation must be a fraction above 0 and at most 1, not ${utilization}`, { hint: `e.g. --utilization 0.8${percent}` });
  }
  if (options.utilization === void 0) {
    warnings2.push({
      code: "estimate-full-utilization",
      message: "No utilisation given: the estimate assumes the devices drew their full power the whole time, an upper bound. Give --utilization to refine it."
    });
  }
  const spec = lookupGpu(gpu);
  let powerW;
  let powerSource;
  if (options.powerW !== void 0) {
    if (!(Number.isFinite(options.powerW) && options.powerW > 0 && options.powerW <= MAX_ESTIMATE_POWER_W)) {
      throw new InputError(`power ${options.powerW} W per device is not plausible`, {
        hint: `give the power of one device in watts, above 0 and at most ${MAX_ESTIMATE_POWER_W} (e.g. --power-w 300)`
      });
    }
    powerW = options.powerW;
    powerSource = "user";
    if (spec && powerW > BOARD_POWER_FACTOR * spec.boardPowerW) {
      warnings2.push({
        code: "implausible-stated-power",
        message: `The stated power ${powerW} W per device is more than ${BOARD_POWER_FACTOR} \xD7 the ${spec.boardPowerW} W board power of the ${spec.model}: is it the power of a whole node, or of all the devices together? The estimate counts it as given, per device; give the power of one device, or --count 1 for a whole node.`
      });
    }
  } else if (spec) {
    powerW = spec.boardPowerW;
    powerSource = "gpu-table";
  } else {
    const close2 = suggestGpus(gpu);
    throw new InputError(`unknown or ambiguous GPU "${gpu}"${close2.length > 0 ? `; close matches: ${close2.join(", ")}` : ""}`, {
      hint: "name a GPU from the table (`carbon-ci estimate --help` lists them), or state its power with --power-w W"
    });
  }
  const config = { gpu, count, hoursPerDevice, utilization, powerW, powerSource };
  if (spec) config.model = spec.model;
  return config;
}
function checkAtMost(name, value, max, what) {
  if (value !== void 0 && value > max) throw new InputError(`${name} ${value} is more than an estimate covers: at most ${max} ${what}`, { hint: `check the units of ${name}` });
}

// src/pipeline/progress.ts
var PROGRESS_MIN_BYTES = 256 * 1024 * 1024;
function progressDisplay(display) {
  const now = display.now ?? (() => performance.now());
  const minBytes = display.minBytes ?? PROGRESS_MIN_BYTES;
  const intervalMs = display.intervalMs ?? (display.live ? 200 : 1e4);
  let total = 0;
  let read7 = 0;
  let startedMs = 0;
  let shownMs = 0;
  let active = false;
  let drawn = false;
  const line = () => {
    const seconds2 = Math.max((now() - startedMs) / 1e3, 1e-3);
    const percent = Math.min(100, 100 * read7 / total);
    return `reading ${formatBytes(Math.min(read7, total))} of ${formatBytes(total)} (${percent.toFixed(0)} %), ${formatBytes(read7 / seconds2)}/s`;
  };
  return {
    start(totalBytes) {
      total = totalBytes;
      read7 = 0;
      active = totalBytes >= minBytes;
      startedMs = now();
      shownMs = startedMs;
    },
    advance(bytes) {
      read7 += bytes;
      if (!active || now() - shownMs < intervalMs) return;
      shownMs = now();
      if (display.live) {
        display.write(`\r${line()}\x1B[K`);
        drawn = true;
      } else display.write(`${line()}
`);
    },
    done() {
      if (drawn) display.write("\r\x1B[K");
      active = false;
      drawn = false;
    }
  };
}
function formatBytes(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(0)} MB`;
  return `${(bytes / 1e3).toFixed(0)} kB`;
}

// src/render/format.ts
var J_PER_KWH4 = 36e5;
var G_PER_KG2 = 1e3;
function formatSignificant(value, digits = 3) {
  if (!Number.isFinite(value)) return String(Number(value));
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return withThousands(Math.round(value));
  const magnitude = Math.floor(Math.log10(abs));
  const decimals = Math.min(12, Math.max(0, digits - 1 - magnitude));
  const text = value.toFixed(decimals);
  if (Math.abs(Number(text)) >= 10 ** (magnitude + 1)) {
    return decimals > 0 ? value.toFixed(decimals - 1) : withThousands(Math.round(value));
  }
  return text;
}
function withThousands(integer) {
  const digits = String(Math.abs(integer));
  if (!/^\d+$/.test(digits)) return integer.toLocaleString("en-US");
  const groups = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${integer < 0 ? "-" : ""}${groups.join(",")}`;
}
function joulesToKWh(energyJ) {
  return energyJ / J_PER_KWH4;
}
function gramsToKg(co2eG) {
  return co2eG / G_PER_KG2;
}
function formatKWh2(energyJ) {
  return `${formatSignificant(joulesToKWh(energyJ))} kWh`;
}
function formatKg2(co2eG) {
  return `${formatSignificant(gramsToKg(co2eG))} kg`;
}
var J_PER_WH = 3600;
var ENERGY_UNITS = [
  { unit: "MWh", per: 1e3 * J_PER_KWH4 },
  { unit: "kWh", per: J_PER_KWH4 },
  { unit: "Wh", per: J_PER_WH },
  { unit: "mWh", per: J_PER_WH / 1e3 },
  { unit: "\xB5Wh", per: J_PER_WH / 1e6 }
];
var CO2E_UNITS = [
  { unit: "t", per: 1e6 },
  { unit: "kg", per: G_PER_KG2 },
  { unit: "g", per: 1 },
  { unit: "mg", per: 1e-3 },
  { unit: "\xB5g", per: 1e-6 }
];
function formatIn(value, unit) {
  return `${formatSignificant(value / unit.per)} ${unit.unit}`;
}
function unitFor(value, units, largest, zero) {
  const abs = Math.abs(value);
  if (!Number.isFinite(abs) || abs === 0) return zero;
  return units.slice(largest).find((u) => abs >= u.per) ?? units[units.length - 1];
}
function formatEnergy2(energyJ) {
  if (Math.abs(joulesToKWh(energyJ)) >= 1e4) return formatIn(energyJ, ENERGY_UNITS[0]);
  return formatIn(energyJ, unitFor(energyJ, ENERGY_UNITS, 1, ENERGY_UNITS[1]));
}
function formatCo2e(co2eG) {
  return formatIn(co2eG, unitFor(co2eG, CO2E_UNITS, 0, CO2E_UNITS[2]));
}
function headlineCo2eUnit(co2eG) {
  return Math.abs(co2eG) >= 1 || co2eG === 0 || !Number.isFinite(co2eG) ? CO2E_UNITS[1] : unitFor(co2eG, CO2E_UNITS, 2, CO2E_UNITS[1]);
}
function headlineEnergyUnit(energyJ) {
  return Math.abs(energyJ) >= J_PER_WH || energyJ === 0 || !Number.isFinite(energyJ) ? ENERGY_UNITS[1] : unitFor(energyJ, ENERGY_UNITS, 2, ENERGY_UNITS[1]);
}
function formatPowerW(powerW) {
  if (Math.abs(powerW) >= 1e3) return `${formatSignificant(powerW / 1e3)} kW`;
  return `${formatSignificant(powerW)} W`;
}
function formatIntensity(gPerKWh) {
  return `${formatSignificant(gPerKWh)} g CO2e/kWh`;
}
function formatPercent2(fraction) {
  const tenths = Math.floor(fraction * 1e3 + 1e-9);
  return `${(tenths / 10).toFixed(1)} %`;
}
function formatChangePercent(percent) {
  const sign = percent > 0 ? "+" : percent < 0 ? "-" : "\xB1";
  return `${sign}${Math.abs(percent).toFixed(1)} %`;
}
function formatDuration2(durationS) {
  if (durationS < 60) return Number.isInteger(durationS) ? `${durationS} s` : `${formatSignificant(durationS)} s`;
  const totalMinutes = Math.round(durationS / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
function formatInstant(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
function formatFactorSource(factor) {
  const parts = [factor.source];
  if (factor.year !== void 0 && !factor.source.includes(String(factor.year))) parts.push(String(factor.year));
  if (factor.datasetVersion) parts.push(`dataset ${factor.datasetVersion}`);
  return parts.join(", ");
}

// src/render/ansi.ts
var wrap = (open3, close2) => (text) => `\x1B[${open3}m${text}\x1B[${close2}m`;
var colored = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  warn: wrap(33, 39),
  good: wrap(32, 39),
  bad: wrap(31, 39)
};
var identity = (text) => text;
var plain = { bold: identity, dim: identity, warn: identity, good: identity, bad: identity };
function styleFor(color) {
  return color ? colored : plain;
}
var ANSI_PATTERN = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return text.replace(ANSI_PATTERN, "").length;
}

// src/render/pricing.ts
function pricingGroups(report) {
  const groups = /* @__PURE__ */ new Map();
  for (const device of report.devices) {
    const own3 = device.factors;
    const factors = own3 ?? report.factors;
    const key = JSON.stringify([factors.pue.value, factors.pue.source, factors.intensity.gPerKWh, factors.intensity.location, own3?.recordedBy]);
    const group2 = groups.get(key);
    if (group2) group2.devices += 1;
    else groups.set(key, { pue: factors.pue, intensity: factors.intensity, ...own3 ? { recordedBy: own3.recordedBy } : {}, devices: 1 });
  }
  if (groups.size === 0) return [{ pue: report.factors.pue, intensity: report.factors.intensity, devices: 0 }];
  return [...groups.values()].sort((a, b) => b.devices - a.devices);
}
function pueLabel(report) {
  const values = [...new Set(pricingGroups(report).map((group2) => group2.pue.value))].sort((a, b) => a - b);
  if (values.length === 1) return formatSignificant(values[0]);
  return `${formatSignificant(values[0])} to ${formatSignificant(values[values.length - 1])} (per device)`;
}
function whereLabel(intensity) {
  const { zone, location } = intensity;
  return zone && zone !== location && location !== `zone:${zone}` ? `${location} (grid ${zone})` : location;
}
function recordedLabel(group2) {
  return group2.recordedBy ? `, where ${group2.recordedBy} recorded the run` : "";
}
function sourceReportedLine(report) {
  const reported = report.sourceReported;
  if (!reported) return void 0;
  const who = reported.plugins.map(pluginName).join(", ");
  const change = reported.co2eG > 0 ? ` (${formatChangePercent((reported.operationalCo2eG - reported.co2eG) / reported.co2eG * 100)})` : "";
  return `${who}'s own figure: ${formatCo2e(reported.co2eG)} CO2e for the ${reported.devices} device${reported.devices === 1 ? "" : "s"} it read; carbon-ci's operational CO2e for them: ${formatCo2e(reported.operationalCo2eG)}${change}. They differ where the grid figure, its year or scope, or the PUE differ; carbon-ci's totals do not use the source's figure.`;
}
var PLUGIN_NAMES = { codecarbon: "CodeCarbon", slurm: "Slurm", carbontracker: "carbontracker" };
function pluginName(plugin) {
  return PLUGIN_NAMES[plugin] ?? plugin;
}

// src/render/table.ts
function textTable(header, rows, align, indent = "  ") {
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ""))));
  const pad = (cell, i) => {
    const fill = " ".repeat(widths[i] - visibleLength(cell));
    return align[i] === "right" ? fill + cell : cell + fill;
  };
  const line = (cells) => indent + cells.map(pad).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}
function markdownTable(header, rows, align) {
  const sep = align.map((a) => a === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header.map(escapeMarkdown)), line(sep), ...rows.map((r) => line(r.map(escapeMarkdown)))];
}

// src/render/smoke.ts
function formatJoules(energyJ) {
  const abs = Math.abs(energyJ);
  if (abs === 0) return "0 J";
  if (abs < 1e-3) return `${formatSignificant(energyJ * 1e6)} \xB5J`;
  if (abs < 1) return `${formatSignificant(energyJ * 1e3)} mJ`;
  if (abs < 1e3) return `${formatSignificant(energyJ)} J`;
  return `${formatSignificant(energyJ / 1e3)} kJ`;
}
function smokeCells(result) {
  const passed = result.checks.filter((c) => c.passed).length;
  const ran = result.iterations > 0;
  return {
    checks: `${passed} of ${result.checks.length} passed`,
    provider: result.executionProvider === "none" ? "none (not loaded)" : `${result.executionProvider}${result.fallbackReason ? ` (fell back from ${result.requestedDevice === "auto" ? "CUDA" : result.requestedDevice})` : ""}`,
    latency: ran ? `${formatSignificant(result.latencyMs.p50)} ms / ${formatSignificant(result.latencyMs.p95)} ms` : "\u2014",
    energy: ran ? `${formatJoules(result.energyPerInferenceJ)} (${result.energyMethod})` : "\u2014",
    co2e: ran ? formatCo2e(result.co2ePer1kInferencesG) : "\u2014"
  };
}
function smokeMarkdown(result) {
  const cells = smokeCells(result);
  const runs = result.iterations > 0 ? `, batch ${result.batchSize}, ${result.iterations} timed runs${result.warmup !== void 0 ? ` after ${result.warmup} warm-up` : ""}` : "";
  const failed = result.checks.filter((c) => !c.passed);
  const lines = [
    `#### Smoke test: ${result.passed ? "\u2705 passed" : "\u274C failed"}`,
    "",
    `${codeText(result.model)}, device ${escapeMarkdown(result.requestedDevice)}${runs}.`,
    "",
    ...markdownTable(
      ["checks", "provider", "latency p50 / p95", "energy per inference", "CO2e per 1,000 inferences"],
      [[`${result.passed ? "\u2705" : "\u274C"} ${cells.checks}`, cells.provider, cells.latency, cells.energy, cells.co2e]],
      ["left", "left", "right", "right", "right"]
    )
  ];
  if (failed.length > 0) lines.push("", ...failed.map(checkLine));
  const details = [
    ...result.checks.filter((c) => c.passed).map(checkLine),
    ...result.fallbackReason ? [`- Fell back to CPU: ${escapeMarkdown(result.fallbackReason)}`] : [],
    ...result.nodesByProvider && Object.keys(result.nodesByProvider).length > 0 ? [`- Nodes by execution provider: ${Object.entries(result.nodesByProvider).map(([p, n]) => `${escapeMarkdown(p)} ${n}`).join(", ")}`] : [],
    ...result.iterations > 0 ? [`- Load ${formatSignificant(result.loadMs)} ms, mean latency ${formatSignificant(result.latencyMs.mean)} ms, ${formatSignificant(result.throughputPerS)} inferences/s.`] : [],
    ...result.energyNote ? [`- Energy: ${escapeMarkdown(result.energyNote)}`] : []
  ];
  if (details.length > 0) lines.push("", "<details>", "<summary>Smoke test details</summary>", "", ...details, "", "</details>");
  return lines.join("\n");
}
function checkLine(check) {
  return `- ${check.passed ? "\u2705" : "\u274C"} ${escapeMarkdown(check.name)}: ${escapeMarkdown(check.message)}`;
}
function smokeTerminalLines(result, s) {
  const cells = smokeCells(result);
  const out = [
    `Smoke test: ${result.passed ? s.good("pass") : s.bad("FAIL")} - ${stripControls(result.model)} on ${stripControls(cells.provider)}, ${cells.checks}, p50 / p95 ${cells.latency}, ${cells.energy} and ${cells.co2e} CO2e per 1000 inferences`
  ];
  for (const check of result.checks.filter((c) => !c.passed)) out.push(`  ${s.bad("\u2717")} ${stripControls(check.name)}: ${stripControls(check.message.split("\n")[0])}`);
  return out;
}

// src/render/terminal.ts
function renderTerminal(report, options) {
  const s = styleFor(options.color);
  const out = [];
  out.push(s.bold(`carbon-ci ${report.inputs.mode === "estimate" ? "estimate" : "report"}`) + s.dim(` ${subtitle(report)}`));
  out.push("");
  out.push(...headline(report, s));
  if (report.devices.length > 0) out.push(describeScope(report.scope ?? scopeOf(report.devices)));
  out.push("");
  out.push(s.bold("Factors"));
  out.push(...factorLines(report));
  out.push("");
  out.push(s.bold(`Devices (${report.devices.length})`));
  out.push(...deviceTable(report));
  const verdicts2 = verdictLines(report, s);
  if (verdicts2.length > 0) out.push("", ...verdicts2);
  if (report.warnings.length > 0) {
    out.push("", s.bold(s.warn(`Warnings (${report.warnings.length})`)));
    out.push(...warningLines(report.warnings, options.maxWarnings ?? 20, s));
  }
  return out.join("\n") + "\n";
}
function subtitle(report) {
  const parts = [];
  if (report.window && report.inputs.mode !== "estimate") {
    parts.push(`${formatInstant(report.window.start)} to ${formatInstant(report.window.end)}`);
  }
  parts.push(formatDuration2(report.totals.durationS));
  if (report.inputs.mode === "telemetry") parts.push(`times read in ${stripControls(report.inputs.timeZone)}`);
  return parts.join(", ");
}
function headline(report, s) {
  const { totals } = report;
  const kg = headlineCo2eUnit(totals.co2eG);
  const kWh = headlineEnergyUnit(Math.max(Math.abs(totals.energyJ), Math.abs(totals.facilityEnergyJ)));
  const rows = [
    ["Energy", s.bold(formatIn(totals.energyJ, kWh)), "device energy"],
    ["Facility energy", s.bold(formatIn(totals.facilityEnergyJ, kWh)), `\xD7 PUE ${pueLabel(report)}`],
    ["CO2e", s.bold(formatIn(totals.co2eG, kg)), `operational ${formatIn(totals.operationalCo2eG, kg)} + embodied ${formatIn(totals.embodiedCo2eG, kg)}`],
    report.inputs.mode === "estimate" ? ["Coverage", "estimated", "from the configuration, not measured"] : ["Coverage", formatPercent2(report.coverage), "share of the devices\u2019 time backed by evidence"]
  ];
  return textTable(["", "", ""], rows, ["left", "right", "left"]).slice(1);
}
function factorLines(report) {
  const groups = pricingGroups(report);
  const rows = [];
  if (groups.length === 1) {
    const [group2] = groups;
    rows.push(
      ["PUE", formatSignificant(group2.pue.value), stripControls(formatFactorSource(group2.pue))],
      ["Grid intensity", `${formatIntensity(group2.intensity.gPerKWh)} for ${stripControls(whereLabel(group2.intensity))}`, stripControls(formatFactorSource(group2.intensity) + recordedLabel(group2))]
    );
  } else {
    for (const group2 of groups) {
      rows.push([
        stripControls(`${whereLabel(group2.intensity)}, ${group2.devices} device${group2.devices === 1 ? "" : "s"}`),
        `PUE ${formatSignificant(group2.pue.value)} \xD7 ${formatIntensity(group2.intensity.gPerKWh)}`,
        stripControls(`PUE: ${formatFactorSource(group2.pue)}; grid: ${formatFactorSource(group2.intensity)}${recordedLabel(group2)}`)
      ]);
    }
  }
  const { embodied } = report.factors;
  if (embodied) rows.push(["Embodied", "", stripControls(formatFactorSource(embodied))]);
  const lines = textTable(["", "", ""], rows, ["left", "left", "left"]).slice(1);
  const reported = sourceReportedLine(report);
  if (reported) lines.push(`  ${stripControls(reported)}`);
  return lines;
}
function deviceTable(report) {
  const rows = report.devices.map((d) => [
    stripControls(d.id),
    stripControls(d.count ? `${d.count} \xD7 ${d.model}` : d.model),
    formatEnergy2(d.energyJ),
    formatCo2e(d.co2eG),
    stripControls(d.method),
    formatPercent2(d.coverage),
    stripControls(d.plugins.join(", "))
  ]);
  return textTable(
    ["id", "model", "energy", "CO2e", "method", "coverage", "plugin"],
    rows,
    ["left", "left", "right", "right", "left", "right", "left"]
  );
}
function verdictLines(report, s) {
  const out = [];
  if (report.baseline) {
    const b = report.baseline;
    if (b.found && b.deltaCo2eG !== void 0) {
      const change = b.deltaPercent !== void 0 ? ` (${formatChangePercent(b.deltaPercent)})` : "";
      out.push(`Baseline: ${b.deltaCo2eG >= 0 ? "+" : "-"}${formatCo2e(Math.abs(b.deltaCo2eG))} CO2e${change} against ${stripControls(b.source)}`);
    } else {
      out.push(`Baseline: none (${stripControls(b.source)})`);
    }
  }
  for (const budget of report.budgets ?? []) {
    out.push(`Budget ${stripControls(budget.name)}: ${budget.passed ? s.good("pass") : s.bad("FAIL")} - ${stripControls(budget.message)}`);
  }
  if (report.smoke) out.push(...smokeTerminalLines(report.smoke, s));
  return out;
}
var COMPONENT_NAMES = { gpu: "GPUs", cpu: "CPU", ram: "memory", node: "whole nodes" };
var METHOD_NAMES = {
  counter: "energy counter",
  "power-integral": "power integral",
  reported: "reported by the source",
  estimate: "power \xD7 utilisation \xD7 time"
};
function describeScope(scope) {
  const order = ["gpu", "cpu", "ram", "node"];
  const counted = (c) => c.counted !== "not-counted" && c.counted !== "in-node";
  const parts = order.filter((name) => counted(scope[name])).map((name) => `${COMPONENT_NAMES[name]} ${scope[name].counted} (${scope[name].methods.map((m) => METHOD_NAMES[m]).join(", ")})`);
  const inNode = order.filter((name) => scope[name].counted === "in-node").map((name) => COMPONENT_NAMES[name]);
  if (inNode.length > 0) parts.push(`${inNode.join(", ")} inside the node figures`);
  const left = order.filter((name) => name !== "node" && scope[name].counted === "not-counted").map((name) => COMPONENT_NAMES[name]);
  if (left.length > 0) {
    const why = scope.gpuOnly ? ": a GPU-only total, without the host (CPU, memory, storage, network)" : "";
    parts.push(`${left.join(", ")} not counted${why}`);
  }
  return `Scope: ${parts.join("; ") || "nothing counted"}.`;
}
function warningLocation(w) {
  if (!w.file) return w.deviceId && !w.message.includes(w.deviceId) ? `device ${w.deviceId}` : "";
  if (w.message.includes(w.file)) return w.line !== void 0 && !w.message.includes(`line ${w.line}`) ? `${w.file}:${w.line}` : "";
  return w.line !== void 0 ? `${w.file}:${w.line}` : w.file;
}
function warningLines(warnings2, max, s) {
  const out = warnings2.slice(0, max).map((w) => {
    const where = stripControls(warningLocation(w));
    return `  ${s.warn("!")} ${stripControls(w.message)}${where ? s.dim(` (${where})`) : ""}`;
  });
  if (warnings2.length > max) out.push(s.dim(`  \u2026 and ${warnings2.length - max} more; the JSON report lists them all`));
  return out;
}

// src/render/chart.ts
var MAX_POINTS = 96;
function downsample(series, maxPoints = MAX_POINTS) {
  const n = series.powerW.length;
  if (n <= maxPoints) return series;
  const factor = Math.ceil(n / maxPoints);
  const powerW = [];
  for (let i = 0; i < n; i += factor) {
    let sum = 0;
    let count = 0;
    for (let j = i; j < Math.min(n, i + factor); j++) {
      const v = series.powerW[j];
      if (v !== null && v !== void 0) {
        sum += v;
        count++;
      }
    }
    powerW.push(count > 0 ? sum / count : null);
  }
  return { stepS: series.stepS * factor, start: series.start, powerW };
}
function mermaidPowerChart(series) {
  const points = downsample(series);
  const values = points.powerW;
  const known = values.filter((v) => v !== null);
  if (known.length < 2) return void 0;
  const maxW = Math.max(...known);
  const inKW = maxW >= 1e3;
  const scale = inKW ? 1 / 1e3 : 1;
  const totalS = series.stepS * series.powerW.length;
  const inHours = totalS > 3 * 3600;
  const timeUnit = inHours ? 3600 : 60;
  const xMax = totalS / timeUnit;
  const yMax = niceCeiling(maxW * scale * 1.05);
  const line = values.map((v) => v === null ? "0" : formatSignificant(v * scale, 4).replace(/,/g, ""));
  const mermaid = [
    "xychart-beta",
    `  title "Total power of all devices"`,
    `  x-axis "time since start (${inHours ? "h" : "min"})" 0 --> ${formatSignificant(xMax, 3).replace(/,/g, "")}`,
    `  y-axis "power (${inKW ? "kW" : "W"})" 0 --> ${yMax}`,
    `  line [${line.join(", ")}]`
  ].join("\n");
  return { mermaid, hasMissing: known.length < values.length, stepS: points.stepS, seriesStepS: series.stepS };
}
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return Number((step * power).toPrecision(3));
  }
  return 10 * power;
}

// src/render/identity.ts
var GITHUB = "https://github.com";
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/(?!\.\.?$)[A-Za-z0-9_.-]{1,100}$/;
var COMMIT = /^[0-9a-f]{40}$/i;
function validRepository(repository) {
  return typeof repository === "string" && REPOSITORY.test(repository);
}
function validRunNumber(n) {
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0;
}
function runLineMarkdown(run) {
  if (!run) return "";
  const repoOk = validRepository(run.repository);
  const parts = [];
  if (run.commit !== void 0 && run.commit !== "") {
    const commit = String(run.commit);
    parts.push(
      COMMIT.test(commit) && repoOk ? `commit [${commit.slice(0, 7)}](${GITHUB}/${run.repository}/commit/${commit.toLowerCase()})` : `commit ${escapeMarkdown(COMMIT.test(commit) ? commit.slice(0, 7) : commit)}`
    );
  }
  if (run.runId !== void 0) {
    const attempt = validRunNumber(run.runAttempt) && run.runAttempt > 1 ? run.runAttempt : void 0;
    const label = `${escapeMarkdown(String(run.runId))}${attempt ? ` (attempt ${attempt})` : ""}`;
    parts.push(
      validRunNumber(run.runId) && repoOk ? `run [${label}](${GITHUB}/${run.repository}/actions/runs/${run.runId}${attempt ? `/attempts/${attempt}` : ""})` : `run ${label}`
    );
  }
  if (parts.length === 0) return "";
  const where = run.repository !== void 0 && run.repository !== "" ? ` in ${escapeMarkdown(String(run.repository))}` : "";
  return `For ${parts.join(" \xB7 ")}${where}.`;
}
var UUID3 = /\b((?:GPU|MIG)-)?([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8}([0-9a-f]{4})\b/gi;
function shortDeviceId(id) {
  return String(id).replace(UUID3, (_m, prefix, head, tail) => `${prefix ?? ""}${head}\u2026${tail}`);
}
function deviceLabels(devices2) {
  const short = new Map(devices2.map((d) => [d.id, shortDeviceId(d.id)]));
  const distinct = new Set(short.values()).size === new Set(devices2.map((d) => d.id)).size;
  if (!distinct) return { label: (d) => d.id, full: [] };
  const full = devices2.filter((d) => short.get(d.id) !== d.id).map((d) => [short.get(d.id), d.id]);
  return { label: (d) => short.get(d.id) ?? d.id, full };
}

// src/render/subtotals.ts
var MAX_GROUPS = 20;
function subtotalsMarkdown(report) {
  const byJob = report.devices.some((d) => d.job !== void 0);
  const names = shortFileNames(report.devices.flatMap((d) => d.files));
  const groups = group(report.devices, byJob ? (d) => d.job ?? "(no job)" : (d) => fileKey(d, names));
  if (groups.length < 2) return "";
  const shown = groups.slice(0, MAX_GROUPS);
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length > 0) {
    shown.push(rest.reduce((sum, g) => ({ ...sum, devices: sum.devices + g.devices, energyJ: sum.energyJ + g.energyJ, co2eG: sum.co2eG + g.co2eG }), { name: `${rest.length} more`, devices: 0, energyJ: 0, co2eG: 0 }));
  }
  const total = report.totals.co2eG;
  const rows = shown.map((g) => [g.name, String(g.devices), formatEnergy2(g.energyJ), formatCo2e(g.co2eG), total > 0 ? formatPercent2(g.co2eG / total) : ""]);
  const what = byJob ? "job" : "file";
  return [`#### By ${what}`, "", ...markdownTable([what, "devices", "energy", "CO2e", "share"], rows, ["left", "right", "right", "right", "right"])].join("\n");
}
function fileKey(device, names) {
  if (device.files.length === 0) return device.plugins.join(", ") || "(no file)";
  return device.files.length === 1 ? names.get(device.files[0]) ?? device.files[0] : `${device.files.length} files`;
}
function shortFileNames(paths) {
  const unique2 = [...new Set(paths)];
  const split = unique2.map((path3) => path3.split(/[\\/]/));
  let common = 0;
  while (split.length > 0 && split.every((parts) => parts.length - 1 > common && parts[common] === split[0][common])) common += 1;
  return new Map(unique2.map((path3, i) => [path3, split[i].slice(common).join("/")]));
}
function group(devices2, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const device of devices2) {
    const name = keyOf(device);
    const g = groups.get(name) ?? { name, devices: 0, energyJ: 0, co2eG: 0 };
    g.devices += 1;
    g.energyJ += device.energyJ;
    g.co2eG += device.co2eG;
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.co2eG - a.co2eG || a.name.localeCompare(b.name));
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const sections = [
    headline2(report, options.title ?? "carbon-ci"),
    verdicts(report),
    powerChart(report),
    devices(report, options.foldDevicesAbove ?? 8, options.maxDeviceRows ?? 200),
    subtotalsMarkdown(report),
    report.smoke ? smokeMarkdown(report.smoke) : "",
    method(report, options.maxDeviceRows ?? 200, options.wording ?? same),
    warnings(report, options.maxWarnings ?? 25, options.wording ?? same)
  ];
  return sections.filter((s) => s.length > 0).join("\n\n") + "\n";
}
function headline2(report, title) {
  const { totals } = report;
  if (report.devices.length === 0 && report.inputs.files.length === 0 && report.inputs.mode === "telemetry") {
    return [
      `### ${escapeMarkdown(title)}: no telemetry given`,
      "",
      `<sub>No power logs were read, so there is no training energy or CO2e to report${report.smoke ? "; the smoke test below is priced with the factors for this location" : ""}.</sub>`
    ].join("\n");
  }
  const estimate2 = report.inputs.mode === "estimate";
  const what = estimate2 ? `estimated from a configuration, ${formatDuration2(totals.durationS)} per device` : `${report.devices.length} device${report.devices.length === 1 ? "" : "s"}`;
  const when = report.window && !estimate2 ? `, ${escapeMarkdown(formatInstant(report.window.start))} to ${escapeMarkdown(formatInstant(report.window.end))}` : "";
  const kg = headlineCo2eUnit(totals.co2eG);
  const kWh = headlineEnergyUnit(Math.max(Math.abs(totals.energyJ), Math.abs(totals.facilityEnergyJ)));
  const runLine = runLineMarkdown(report.run);
  return [
    `### ${escapeMarkdown(title)}: ${formatIn(totals.co2eG, kg)} CO2e${headlineVerdicts(report)}`,
    "",
    ...runLine ? [`<sub>${runLine}</sub>`, ""] : [],
    ...markdownTable(
      ["Device energy", "Facility energy", "CO2e", "Coverage", "Duration"],
      [[formatIn(totals.energyJ, kWh), formatIn(totals.facilityEnergyJ, kWh), formatIn(totals.co2eG, kg), estimate2 ? "estimated" : formatPercent2(report.coverage), formatDuration2(totals.durationS)]],
      ["right", "right", "right", "right", "right"]
    ),
    "",
    `<sub>${what}${when}. CO2e = operational ${formatIn(totals.operationalCo2eG, kg)} + embodied ${formatIn(totals.embodiedCo2eG, kg)}.</sub>`,
    ...report.devices.length > 0 ? ["", `<sub>${escapeMarkdown(describeScope(report.scope ?? scopeOf(report.devices)))}</sub>`] : []
  ].join("\n");
}
function headlineVerdicts(report) {
  const parts = [];
  const list = report.budgets ?? [];
  if (list.length > 0) {
    const failed = list.filter((b2) => !b2.passed);
    parts.push(failed.length === 0 ? `\u2705 budget${list.length === 1 ? "" : "s"} pass` : `\u274C budget failed: ${failed.map((b2) => escapeMarkdown(b2.name)).join(", ")}`);
  }
  const b = report.baseline;
  if (b?.found && b.deltaPercent !== void 0 && Number.isFinite(b.deltaPercent)) parts.push(`${formatChangePercent(b.deltaPercent)} against base`);
  else if (b?.found && b.deltaCo2eG !== void 0) parts.push(`${b.deltaCo2eG >= 0 ? "+" : "-"}${formatCo2e(Math.abs(b.deltaCo2eG))} against base`);
  return parts.map((p) => ` \xB7 ${p}`).join("");
}
function verdicts(report) {
  const parts = [];
  if (report.budgets && report.budgets.length > 0) parts.push(budgets(report.budgets, report));
  if (report.baseline) parts.push(baseline(report.baseline));
  return parts.join("\n\n");
}
function budgetValue(b, value, report) {
  if (b.name === "co2e" && b.unit === "gCO2e") return `${formatIn(value, headlineCo2eUnit(report.totals.co2eG))} CO2e`;
  if (b.name === "energy" && b.unit === "J") return formatIn(value, headlineEnergyUnit(Math.max(Math.abs(report.totals.energyJ), Math.abs(report.totals.facilityEnergyJ))));
  return `${formatSignificant(value)} ${b.unit}`;
}
function budgets(list, report) {
  const rows = list.map((b) => [b.passed ? "\u2705 pass" : "\u274C fail", b.name, budgetValue(b, b.actual, report), budgetValue(b, b.limit, report), b.message]);
  return ["#### Budgets", "", ...markdownTable(["", "budget", "actual", "limit", ""], rows, ["left", "left", "right", "right", "left"])].join("\n");
}
function baseline(b) {
  if (!b.found) return `#### Against the base branch

No baseline: ${escapeMarkdown(b.source)}.`;
  const lines = ["#### Against the base branch", ""];
  const cells = [];
  if (b.co2eG !== void 0) cells.push(`baseline ${formatCo2e(b.co2eG)} CO2e`);
  if (b.deltaCo2eG !== void 0) {
    const delta = `${b.deltaCo2eG >= 0 ? "+" : "-"}${formatCo2e(Math.abs(b.deltaCo2eG))}`;
    cells.push(`change **${delta}**${b.deltaPercent !== void 0 ? ` (${formatChangePercent(b.deltaPercent)})` : ""}`);
  }
  if (b.energyJ !== void 0) cells.push(`baseline energy ${formatEnergy2(b.energyJ)}`);
  lines.push(`${cells.join(" \xB7 ")}. Baseline: ${escapeMarkdown(b.source)}.`);
  return lines.join("\n");
}
function powerChart(report) {
  if (!report.powerSeries) return "";
  const chart = mermaidPowerChart(report.powerSeries);
  if (!chart) return "";
  const note = chart.hasMissing ? " Steps without data are drawn at 0." : "";
  return [
    "#### Power over time",
    "",
    "```mermaid",
    chart.mermaid,
    "```",
    `<sub>Sum over all devices, mean of each ${stepCaption(chart.stepS, chart.seriesStepS)}.${note}</sub>`
  ].join("\n");
}
function stepCaption(stepS, seriesStepS) {
  const factor = Math.round(stepS / seriesStepS);
  if (factor <= 1) return `${formatDuration2(stepS)} step`;
  return `${formatDuration2(stepS)} (${factor} of the report's ${formatDuration2(seriesStepS)} steps)`;
}
function deviceRows(list, label) {
  return list.map((d) => [
    label(d),
    d.count ? `${d.count} \xD7 ${d.model}` : d.model,
    formatEnergy2(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent2(d.coverage),
    d.peakPowerW !== void 0 ? formatPowerW(d.peakPowerW) : "",
    d.plugins.join(", ")
  ]);
}
function listedDevices(report, maxRows) {
  return report.devices.length <= maxRows ? report.devices : [...report.devices].sort((a, b) => b.energyJ - a.energyJ).slice(0, maxRows);
}
function devices(report, foldAbove, maxRows) {
  if (report.devices.length === 0) return "";
  const listed = listedDevices(report, maxRows);
  const { label } = deviceLabels(listed);
  let table = markdownTable(
    ["id", "model", "energy", "CO2e", "method", "coverage", "peak power", "plugin"],
    deviceRows(listed, label),
    ["left", "left", "right", "right", "left", "right", "right", "left"]
  ).join("\n");
  if (listed.length < report.devices.length) {
    table += `

${listed.length} devices with the most energy shown; ${report.devices.length - listed.length} more in the JSON report.`;
  }
  if (report.devices.length <= foldAbove) return `#### Devices

${table}`;
  return `<details>
<summary><b>Devices (${report.devices.length})</b></summary>

${table}

</details>`;
}
var same = (text) => text;
function method(report, maxRows, wording) {
  const { embodied } = report.factors;
  const methods = [...new Set(report.devices.map((d) => d.method))];
  const lines = [
    "<details>",
    "<summary><b>How these numbers were obtained</b></summary>",
    "",
    report.inputs.mode === "estimate" ? `- Device energy: ${methods.map(describeMethod).join("; ") || "no devices"}. Estimated, not measured: no coverage to report.` : `- Device energy: ${methods.map(describeMethod).join("; ") || "no devices"}. Coverage ${formatPercent2(report.coverage)}: time without readings adds no energy and lowers coverage, so a total under 100 % is short by about the uncovered share.`,
    ...pricingLines(report),
    embodied ? `- Embodied CO2e: the devices' manufacturing footprint, amortised over their life for the time used (${escapeMarkdown(formatFactorSource(embodied))})${embodiedRange(embodied.range)}.` : "- Embodied CO2e: not counted (0)."
  ];
  if (report.inputs.mode === "telemetry" && report.inputs.files.length > 0) {
    lines.push(`- Timestamps without a zone were read in ${escapeMarkdown(report.inputs.timeZone)}${report.inputs.timeZoneSource === "default" ? escapeMarkdown(wording(" (the default; name the zone with --timezone)")) : ""}; ${describeMaxGap(report)}.`);
  }
  if (report.inputs.estimate) {
    const e = report.inputs.estimate;
    lines.push(`- Estimate: ${e.count} \xD7 ${escapeMarkdown(e.model ?? e.gpu)} for ${formatSignificant(e.hoursPerDevice)} h each at ${formatPowerW(e.powerW)} (${e.powerSource === "user" ? "stated power" : "board power from the GPU table"}) \xD7 utilisation ${formatSignificant(e.utilization)}.`);
  }
  const { full } = deviceLabels(listedDevices(report, maxRows));
  if (full.length > 0) lines.push(`- Device ids in full: ${full.map(([short, id]) => `${escapeMarkdown(short)} = ${escapeMarkdown(id)}`).join("; ")}.`);
  lines.push(`- carbon-ci ${escapeMarkdown(report.tool.version)}, dataset ${escapeMarkdown(report.tool.datasetVersion)}, report schema ${escapeMarkdown(report.schemaVersion)}.`);
  lines.push("", "</details>");
  return lines.join("\n");
}
function pricingLines(report) {
  const groups = pricingGroups(report);
  const pair = (group2) => {
    const { pue, intensity } = group2;
    return [
      `facility energy = device energy \xD7 PUE **${formatSignificant(pue.value)}**${pue.facility ? ` for ${FACILITY_NAME[pue.facility] ?? "the facility"}` : ""} (${escapeMarkdown(formatFactorSource(pue))})`,
      `operational CO2e = facility energy \xD7 **${formatIntensity(intensity.gPerKWh)}**, location-based${intensity.scope ? `, ${SCOPE_NAME[intensity.scope] ?? "scope as stated"}` : ""}, for ${escapeMarkdown(whereLabel(intensity))}${escapeMarkdown(recordedLabel(group2))} (${escapeMarkdown(formatFactorSource(intensity))})`
    ];
  };
  const lines = groups.length === 1 ? pair(groups[0]).map((line) => `- ${line.charAt(0).toUpperCase()}${line.slice(1)}.`) : [
    "- Each device is priced where its run was:",
    ...groups.map((group2) => `  - ${group2.devices} device${group2.devices === 1 ? "" : "s"}: ${pair(group2).join("; ")}.`)
  ];
  const reported = sourceReportedLine(report);
  if (reported) lines.push(`- ${escapeMarkdown(reported)}`);
  return lines;
}
function describeMaxGap(report) {
  if (report.inputs.maxGapS !== "auto") return `samples more than ${formatSignificant(report.inputs.maxGapS)} s apart are not bridged`;
  const used = [...new Set(report.devices.map((d) => d.maxGapS).filter((s) => s !== void 0))].sort((a, b) => a - b);
  const values = used.length === 0 ? "" : ` (here ${used.map((s) => `${formatSignificant(s)} s`).join(", ")})`;
  return `samples further apart than the adaptive maximum gap${values} are not bridged`;
}
function describeMethod(method2) {
  switch (method2) {
    case "counter":
      return "energy counter deltas (reset-aware)";
    case "power-integral":
      return "power samples integrated over time (trapezoid)";
    case "reported":
      return "energy reported by the source";
    case "estimate":
      return "estimated from power \xD7 utilisation \xD7 time";
  }
}
function warnings(report, max, wording) {
  if (report.warnings.length === 0) return "";
  const items = report.warnings.slice(0, max).map((w) => {
    const where = warningLocation(w);
    return `- ${escapeMarkdown(wording(w.message))}${where ? ` <sub>(${escapeMarkdown(where)})</sub>` : ""}`;
  });
  if (report.warnings.length > max) items.push(`- \u2026 and ${report.warnings.length - max} more; the JSON report lists them all.`);
  return [`#### \u26A0\uFE0F Warnings (${report.warnings.length})`, "", ...items].join("\n");
}
var FACILITY_NAME = { cloud: "a cloud region", datacenter: "a data centre", hpc: "an HPC centre", desktop: "a laptop or workstation" };
var SCOPE_NAME = { "life-cycle": "life-cycle", direct: "direct (combustion only)", "user-stated": "scope as the user stated it" };
function embodiedRange(range) {
  if (!range) return "";
  return `; published figures put it between ${formatCo2e(range.lowCo2eG)} and ${formatCo2e(range.highCo2eG)} (${escapeMarkdown(range.source)})`;
}

export {
  loadConfig,
  httpStatusOf,
  describeApiError,
  BadReportArtifactError,
  ArtifactTooLargeError,
  ArtifactDownloadError,
  MalformedAnswerError,
  rateLimitErrorOf,
  hideCredentials,
  validateReport,
  ARTIFACT_PREFIX,
  REPORT_FILE,
  PUBLISH_FILE,
  artifactNameFor,
  reportIdFromArtifactName,
  packReport,
  unpackReport,
  parseReport,
  REPORT_ID_PATTERN,
  compareWithBaseline,
  noBaseline,
  loadBaselineFile,
  findBaseBranchBaseline,
  hasBudgets,
  evaluateBudgets,
  budgetLimitsFromUserUnits,
  joulesToKWh,
  gramsToKg,
  formatKWh2 as formatKWh,
  formatKg2 as formatKg,
  TOOL_VERSION,
  REPORT_SCHEMA_VERSION,
  escapeMarkdown,
  stripControls,
  renderTerminal,
  renderMarkdown,
  renderJson,
  writeFileAtomic,
  FACILITY_KINDS,
  listGpus,
  PUE_RANGE,
  INTENSITY_RANGE_G_PER_KWH,
  resolveFactors,
  factorsFor,
  assembleReport,
  HOST_USAGE_LOG_HEADER,
  RAPL_LOG_HEADER,
  builtinPlugins,
  builtinSources,
  loadPlugin,
  runReport,
  MAX_ESTIMATE_POWER_W,
  ESTIMATE_LIMITS,
  runEstimate,
  progressDisplay,
  runSmokeTest,
  smokeForAction,
  formatSmokeSummary
};
