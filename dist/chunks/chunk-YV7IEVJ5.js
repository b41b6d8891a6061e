import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  runInWorkers
} from "./chunk-SAGLNDSZ.js";
import {
  isValidRecord,
  optionsValidator,
  previewRecord,
  validatePluginOptions,
  validateRecord
} from "./chunk-MXFFIEBD.js";
import {
  DATASET_VERSION,
  DCGM_BLANK_MIN,
  DEFAULT_ENERGY_OPTIONS,
  DeviceRegistry,
  EnergyAccumulator,
  PluginError,
  PointTrack,
  asReadError,
  bufferingLogger,
  builtinPlugins,
  closeMatches,
  cloudRegions,
  energyAccumulator,
  gpuData,
  gridCountries,
  gridUsStates,
  importTracks,
  lookupGpu,
  pueData,
  readUnit,
  readWithValidOptions,
  suggestGpus
} from "./chunk-2TDRBGLR.js";
import {
  dateTimeToUtc,
  epochToMs,
  isValidTimeZone,
  parseDateTime,
  sdk_exports,
  wallClockToUtc
} from "./chunk-3CNZ26RO.js";
import {
  fileSource,
  lineAlignedCuts,
  offsetAfterLines,
  readHead
} from "./chunk-7VIO25ET.js";
import {
  isColumnsRecord
} from "./chunk-P5VI63A5.js";
import {
  require_ucs2length
} from "./chunk-EYJOIFG6.js";
import {
  InputError,
  isInputError
} from "./chunk-CWZAFDBD.js";
import {
  __commonJS,
  __toESM
} from "./chunk-BVPVHZAW.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
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

// src/footprint/dataset-source.ts
function datasetSource(sources, key, year) {
  const source = sources[key];
  if (!source) throw new Error(`bug: the embedded data names an unknown source "${key}"`);
  const factor = { source: source.name, datasetVersion: DATASET_VERSION };
  if (year !== void 0) factor.year = year;
  if (source.url !== void 0) factor.url = source.url;
  return factor;
}

// src/footprint/locations.ts
var WORLD = "WORLD";
var PROVIDERS = ["aws", "gcp", "azure"];
var LOCATION_FORMS_HINT = "use a country code (FR), a US state (US-CA), a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope) or WORLD; or give the grid intensity directly with --intensity G_PER_KWH";
function resolveLocation(input) {
  const trimmed = input.trim();
  if (trimmed.length === 0) throw new InputError("The location is empty.", { hint: LOCATION_FORMS_HINT });
  const colon = trimmed.indexOf(":");
  if (colon >= 0) return resolveCloudRegion(trimmed.slice(0, colon), trimmed.slice(colon + 1), trimmed);
  const upper = trimmed.toUpperCase();
  if (upper === WORLD) {
    return { location: WORLD, kind: "world", intensity: gridFactor(WORLD, gridCountries.world, gridCountries.sources) };
  }
  const state = gridUsStates.states[upper];
  if (state) return { location: upper, kind: "us-state", intensity: gridFactor(upper, state, gridUsStates.sources) };
  const country = gridCountries.countries[upper];
  if (country) return { location: upper, kind: "country", intensity: gridFactor(upper, country, gridCountries.sources) };
  if (gridCountries.missing.includes(upper)) {
    throw new InputError(`The embedded dataset has no grid intensity for ${upper}: none of its sources covers it.`, {
      hint: "give the grid intensity with --intensity G_PER_KWH, or the code of the grid it imports from"
    });
  }
  throw unknownLocation(trimmed);
}
function resolveCloudRegion(providerPart, regionPart, input) {
  const provider = providerPart.trim().toLowerCase();
  let region = regionPart.trim().toLowerCase();
  if (provider === "azure") region = region.replace(/\s+/g, "");
  const key = `${provider}:${region}`;
  const row = cloudRegions.regions[key];
  if (!row || !isProvider(provider)) throw unknownLocation(input, key);
  const intensity = gridFactor(key, row, cloudRegions.sources);
  intensity.zone = row.grid;
  return { location: key, kind: "cloud-region", provider, intensity, providerPue: providerPue(provider) };
}
function isProvider(value) {
  return PROVIDERS.includes(value);
}
function gridFactor(location, row, sources) {
  return { gPerKWh: row.gPerKWh, location, ...datasetSource(sources, row.source, row.year) };
}
function providerPue(provider) {
  const row = pueData.providers[provider];
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}
function industryAveragePue() {
  const row = pueData.industryAverage;
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}
function worldIntensity() {
  return gridFactor(WORLD, gridCountries.world, gridCountries.sources);
}
var candidates;
function locationCandidates() {
  candidates ??= [
    ...Object.entries(gridCountries.countries).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.entries(gridUsStates.states).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(cloudRegions.regions).map((key) => ({ key })),
    { key: WORLD }
  ];
  return candidates;
}
function describe(key) {
  const name = gridCountries.countries[key]?.name ?? gridUsStates.states[key]?.name;
  return name ? `${key} (${name})` : key;
}
function unknownLocation(input, query = input) {
  const matches = closeMatches(query, locationCandidates());
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describe).join(", ")}?` : "";
  return new InputError(`Unknown location "${input}".${suggestion}`, { hint: LOCATION_FORMS_HINT });
}

// src/footprint/factors.ts
var PUE_RANGE = { min: 1, max: 3 };
var INTENSITY_RANGE_G_PER_KWH = { min: 0, max: 2e3 };
function resolveFactors(opts) {
  const warnings2 = [];
  const location = opts.location?.trim() ? resolveLocation(opts.location) : void 0;
  const pue = choosePue(opts.pue, location);
  const intensity = chooseIntensity(opts.intensityGPerKWh, location, warnings2);
  return { factors: { pue, intensity }, warnings: warnings2 };
}
function choosePue(userPue, location) {
  if (userPue !== void 0) {
    if (!Number.isFinite(userPue) || userPue < PUE_RANGE.min || userPue > PUE_RANGE.max) {
      throw new InputError(`PUE ${String(userPue)} is outside ${PUE_RANGE.min}..${PUE_RANGE.max}.`, {
        hint: "pass --pue with the facility overhead ratio, e.g. 1.1 for a hyperscale cloud or 1.56 for an average data centre"
      });
    }
    return { value: userPue, source: "user (--pue)" };
  }
  return location?.providerPue ?? industryAveragePue();
}
function chooseIntensity(userIntensity, location, warnings2) {
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
      source: "user (--intensity)",
      year: (/* @__PURE__ */ new Date()).getUTCFullYear()
    };
  }
  if (location) return location.intensity;
  const world = worldIntensity();
  warnings2.push({
    code: "default-location",
    message: `No location given: using the world average grid intensity, ${world.gPerKWh} gCO2e/kWh (${world.source}, ${world.year ?? "year unknown"}). Pass --location (e.g. FR, US-CA, aws:us-east-1) for the grid where the job ran.`
  });
  return world;
}

// src/footprint/compute.ts
var J_PER_KWH = 36e5;
function computeFootprint(devices2, factors, options = {}) {
  const lifetimeS = options.lifetimeS ?? gpuData.defaultLifetime.seconds;
  if (!Number.isFinite(lifetimeS) || lifetimeS <= 0) {
    throw new InputError(`The hardware lifetime must be a positive number of seconds, got ${String(lifetimeS)}.`);
  }
  const withEmbodied = options.embodied ?? true;
  const embodiedSources = /* @__PURE__ */ new Set();
  let embodiedDevices = 0;
  const footprints = devices2.map((device) => {
    const facilityEnergyJ = device.energyJ * factors.pue.value;
    const operationalCo2eG2 = facilityEnergyJ / J_PER_KWH * factors.intensity.gPerKWh;
    let embodiedCo2eG2 = 0;
    const spec = withEmbodied ? embodiedSpec(device) : void 0;
    if (spec) {
      const windowS = Math.max(0, device.endMs - device.startMs) / 1e3;
      const count = device.device.count ?? 1;
      embodiedCo2eG2 = count * spec.embodiedKgCo2e * 1e3 * (windowS / lifetimeS);
      embodiedSources.add(spec.embodiedSource);
      embodiedDevices += count;
    }
    return { deviceId: device.device.id, facilityEnergyJ, operationalCo2eG: operationalCo2eG2, embodiedCo2eG: embodiedCo2eG2 };
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
  if (embodiedSources.size > 0) {
    result.embodied = {
      source: `${[...embodiedSources].sort().join("; ")}; amortised over ${formatYears(lifetimeS)}`,
      datasetVersion: gpuData.datasetVersion,
      lifetimeS,
      devices: embodiedDevices
    };
  }
  return result;
}
function embodiedSpec(device) {
  const component = device.device.component;
  if (component !== void 0 && component !== "gpu") return void 0;
  const model = device.device.model;
  const spec = model ? lookupGpu(model) : void 0;
  if (spec?.embodiedKgCo2e === void 0 || spec.embodiedSource === void 0) return void 0;
  return { embodiedKgCo2e: spec.embodiedKgCo2e, embodiedSource: spec.embodiedSource };
}
function unionWindowS(devices2) {
  if (devices2.length === 0) return 0;
  const startMs = devices2.reduce((earliest, device) => Math.min(earliest, device.startMs), Infinity);
  const endMs = devices2.reduce((latest, device) => Math.max(latest, device.endMs), -Infinity);
  return Math.max(0, endMs - startMs) / 1e3;
}
function formatYears(seconds) {
  const years = seconds / (365.25 * 24 * 3600);
  return `${Number(years.toFixed(2))} years`;
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
  exports: {
    ".": {
      types: "./build/src/sdk/index.d.ts",
      import: "./dist/sdk.js"
    },
    "./testing": {
      types: "./build/src/sdk/testing.d.ts",
      import: "./dist/testing.js"
    }
  },
  scripts: {
    "build:data": "node scripts/build-data.mjs",
    "build:validators": "node scripts/build-validators.mjs",
    "build:kernel": "node scripts/build-kernel.mjs",
    "build:example": "node scripts/make-example.mjs",
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint .",
    test: "vitest run",
    demo: "node bin/carbon-ci.js report examples/nvidia-smi-8xA100.csv --location US-CA --timezone America/Los_Angeles",
    "carbon-ci": "node bin/carbon-ci.js",
    "check:cycles": 'dpdm --no-warning --no-tree --transform --exit-code circular:1 "src/**/*.ts" "plugins/**/*.ts"',
    "smoke:gpu": "node scripts/smoke-gpu.mjs",
    bench: "node bench/run.mjs",
    "fixtures:onnx": "node scripts/make-onnx-fixtures.mjs",
    "vendor:onnxruntime-lock": "node scripts/vendor-onnxruntime-lock.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    commander: "^14.0.3",
    "fast-glob": "^3.3.3",
    "onnxruntime-node": "^1.30.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    assemblyscript: "0.28.20",
    dpdm: "^4.3.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "onnx-proto": "^8.0.1",
    tsx: "^4.23.15",
    typescript: "~5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/report/version.ts
var TOOL_VERSION = package_default.version;

// src/smoke/run-smoke-test.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join as join4 } from "node:path";

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
  return energyPerInferenceJ * 1e3 * factors.pue.value / J_PER_KWH * factors.intensity.gPerKWh;
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
import { open, stat } from "node:fs/promises";

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
  const handle = await open(modelPath, "r");
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
    info = await stat(modelPath);
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
import { delimiter, join } from "node:path";
function commandOnPath(command, env = process.env) {
  const suffixes = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      try {
        accessSync(join(dir, command + suffix), constants.X_OK);
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
    const firstReading = new Promise((resolve4) => first = resolve4);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const sample2 = parseSampleLine(line);
      if (sample2) {
        samples.push(sample2);
        first();
      }
    });
    const exited = new Promise((resolve4) => {
      child.on("close", () => resolve4());
      child.on("error", () => resolve4());
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
  return new Promise((resolve4) => {
    const child = spawn(command, ["--query-gpu=name", "--format=csv,noheader", "-i", gpu], { stdio: ["ignore", "pipe", "ignore"] });
    let output = "";
    const timer = setTimeout(() => child.kill(), 1e4);
    child.stdout.on("data", (chunk) => output += chunk.toString());
    child.on("error", () => {
      clearTimeout(timer);
      resolve4(void 0);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const name = output.trim().split("\n")[0]?.trim();
      resolve4(code === 0 && name ? name : void 0);
    });
  });
}
function delay(ms2) {
  return new Promise((resolve4) => setTimeout(resolve4, ms2).unref());
}

// src/smoke/provider-profile.ts
import { readdir, readFile } from "node:fs/promises";
import { join as join2 } from "node:path";
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
  return JSON.parse(await readFile(join2(directory, files[0]), "utf8"));
}

// src/smoke/runtime-loader.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir as readdir2, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join as join3 } from "node:path";

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
    const loaded = tryRequire(join3(fromEnv, "package.json"));
    if (!loaded) {
      throw new InputError(`$${RUNTIME_DIR_ENV} is set but ${fromEnv}/node_modules/${PACKAGE} cannot be loaded`, {
        hint: `npm install --prefix "${fromEnv}" ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or unset it`
      });
    }
    return { ...loaded, source: "env", directory: fromEnv };
  }
  const resolveFrom = options.resolveFrom ?? import.meta.url;
  const local = tryRequire(resolveFrom);
  if (local) return { ...local, source: "node_modules", directory: dirname(local.packageDir) };
  const cacheDir = toolCacheDirectory(options);
  if (existsSync(`${cacheDir}.complete`)) {
    const cached = tryRequire(join3(cacheDir, "package.json"));
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
  const installed = tryRequire(join3(cacheDir, "package.json"));
  if (!installed) throw new Error(`${PACKAGE} was installed into ${cacheDir} but cannot be loaded`);
  return { ...installed, source: "tool-cache", directory: cacheDir };
}
function toolCacheDirectory(options) {
  const root2 = options.toolCacheDir ?? process.env.RUNNER_TOOL_CACHE ?? join3(homedir(), ".cache", "carbon-ci");
  const flavour = `${process.platform}-${process.arch}${options.withCuda ? "-cuda12" : ""}`;
  return join3(root2, TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavour);
}
function tryRequire(from) {
  const require2 = createRequire(from);
  let entry;
  try {
    entry = require2.resolve(PACKAGE);
  } catch {
    return void 0;
  }
  const packageDir = dirname(dirname(entry));
  const runtime = require2(PACKAGE);
  const version = require2(join3(packageDir, "package.json")).version;
  return { runtime, packageDir, version };
}
async function installIntoCache(cacheDir, options) {
  const staging = `${cacheDir}.tmp-${process.pid}-${Date.now()}`;
  const installMode = options.withCuda ? "cuda12" : "skip";
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: installMode, npm_config_onnxruntime_node_install: installMode };
  try {
    await writeLockedProject(staging);
    await runNpm(["ci", "--omit=dev", "--no-audit", "--no-fund", ...options.npmArgs ?? []], env, staging);
    await pruneOtherPlatforms(join3(staging, "node_modules", PACKAGE));
    await rm(cacheDir, { recursive: true, force: true });
    await rename(staging, cacheDir);
    await writeFile(`${cacheDir}.complete`, "");
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
async function writeLockedProject(dir) {
  const name = "carbon-ci-onnxruntime";
  const dependencies = { [PACKAGE]: ONNXRUNTIME_NODE_VERSION };
  await mkdir(dir, { recursive: true });
  await writeFile(join3(dir, "package.json"), JSON.stringify({ name, version: "0.0.0", private: true, dependencies }, null, 2));
  const packages = { "": { name, version: "0.0.0", dependencies }, ...onnxruntime_lock_default.packages };
  await writeFile(join3(dir, "package-lock.json"), JSON.stringify({ name, version: "0.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
}
async function pruneOtherPlatforms(packageDir) {
  const binRoot = join3(packageDir, "bin", "napi-v6");
  for (const platform of await readdir2(binRoot).catch(() => [])) {
    if (platform !== process.platform) {
      await rm(join3(binRoot, platform), { recursive: true, force: true });
      continue;
    }
    for (const arch of await readdir2(join3(binRoot, platform))) {
      if (arch !== process.arch) await rm(join3(binRoot, platform, arch), { recursive: true, force: true });
    }
  }
}
async function runNpm(args, env, cwd) {
  const nodeDir = dirname(process.execPath);
  const bundled = [join3(nodeDir, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"), join3(nodeDir, "node_modules", "npm", "bin", "npm-cli.js")].find(
    (path) => existsSync(path)
  );
  const [command, commandArgs] = bundled ? [process.execPath, [bundled, ...args]] : ["npm", args];
  await new Promise((resolve4, reject) => {
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
      (code) => code === 0 ? resolve4() : reject(new Error(`npm ${args[0]} failed with exit code ${code}: ${summaryLine(output)}
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
      return { ok: false, reason: `onnxruntime could not load the model: ${firstLine(error)}` };
    }
  }
  let cudaFailure;
  try {
    return { ok: true, ...await attempt(["cuda", "cpu"]), providers: ["cuda", "cpu"] };
  } catch (error) {
    cudaFailure = firstLine(error);
  }
  if (device === "cuda") {
    return { ok: false, reason: `device "cuda" was requested but the CUDA execution provider is unavailable: ${cudaFailure}; ${CUDA_HINT}` };
  }
  try {
    const opened = await attempt(["cpu"]);
    return { ok: true, ...opened, providers: ["cpu"], fallbackReason: `CUDA execution provider unavailable (${cudaFailure}); ran on CPU` };
  } catch (error) {
    return { ok: false, reason: `onnxruntime could not load the model: ${firstLine(error)}` };
  }
}
function firstLine(error) {
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
import { readFile as readFile2 } from "node:fs/promises";
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
  const json = await readJson(file);
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
  const json = await readJson(file);
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
async function readJson(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
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
  return flat.map((element, index) => parseElement(element, dtype, file, `${where}[${index}]`));
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
  const profileDir = await mkdtemp(join4(tmpdir(), "carbon-ci-smoke-"));
  let session;
  try {
    const opened = await openSession(ort, options.modelPath, prepared.device, join4(profileDir, "profile"));
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
    await rm2(profileDir, { recursive: true, force: true });
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

// src/config/load.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join5 } from "node:path";
var CONFIG_FILE_NAME = ".carbon-ci.yml";
async function loadConfig(dir, explicitPath) {
  const file = explicitPath ?? join5(dir, CONFIG_FILE_NAME);
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    if (!explicitPath && error.code === "ENOENT") return void 0;
    throw new InputError(`cannot read the config file: ${error.message}`, { file, hint: "check the path" });
  }
  const { parseConfig } = await import("./parse-EGHWVXY5.js");
  return parseConfig(text, file);
}

// src/sdk/load-plugin.ts
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
import { register } from "node:module";
import { dirname as dirname2, extname, isAbsolute, join as join6, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var SHAPE_HINT = "export default definePlugin({ name, kind: 'telemetry', description, detect, read }) from 'carbon-ci' (see docs/writing-a-plugin.md)";
var JS_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".mjs", ".cjs"]);
var TS_EXTENSIONS = /* @__PURE__ */ new Set([".ts", ".mts", ".cts"]);
async function loadPlugin(spec, cwd) {
  const trimmed = spec.trim();
  if (trimmed === "") throw new InputError("an empty plugin module name", { hint: "name a file such as ./carbon/my-plugin.mjs or an npm package" });
  const file = looksLikePath(trimmed) ? await pluginFile(trimmed, cwd) : await packageEntry(trimmed, cwd);
  installSdkFallback();
  const extension = extname(file).toLowerCase();
  const module = TS_EXTENSIONS.has(extension) ? await importTypeScript(trimmed, file, cwd) : await importModule(trimmed, file);
  return checkPlugin(trimmed, pickExport(module));
}
function looksLikePath(spec) {
  return /^(?:\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(spec) || /\.(?:[cm]?[jt]s)$/i.test(spec);
}
async function pluginFile(spec, cwd) {
  const file = isAbsolute(spec) ? spec : resolve(cwd, spec);
  const extension = extname(file).toLowerCase();
  if (!JS_EXTENSIONS.has(extension) && !TS_EXTENSIONS.has(extension)) {
    throw new InputError(`plugin module "${spec}" must be a .js, .mjs, .cjs or .ts file`, { hint: SHAPE_HINT });
  }
  try {
    if ((await stat2(file)).isFile()) return file;
  } catch {
  }
  throw new InputError(`plugin module "${spec}" not found (looked for ${file})`, {
    hint: "paths are relative to the repository root (the working directory); check the spelling and that the file is committed"
  });
}
async function packageEntry(spec, cwd) {
  const m = /^((?:@[^/]+\/)?[^/@][^/]*)(\/.*)?$/.exec(spec);
  if (!m) throw new InputError(`plugin "${spec}" is neither a file path nor an npm package name`, { hint: "use ./path/to/plugin.mjs for a file in the repository" });
  const name = m[1];
  const subpath = m[2] === void 0 ? "." : `.${m[2]}`;
  for (let dir = resolve(cwd); ; dir = dirname2(dir)) {
    const root2 = join6(dir, "node_modules", name);
    const manifest = await readJsonFile(join6(root2, "package.json"));
    if (manifest) {
      const target = exportTarget(manifest, subpath);
      if (!target) throw new InputError(`plugin package "${spec}" exports no "${subpath}" entry for import`, { hint: `check the "exports" of ${name}/package.json` });
      return join6(root2, target);
    }
    if (dirname2(dir) === dir) break;
  }
  throw new InputError(`plugin package "${spec}" is not installed in ${cwd} or above`, {
    hint: `install it first (npm install --save-dev ${name}), or give a path such as ./plugins/my-plugin.mjs`
  });
}
async function readJsonFile(path) {
  try {
    return JSON.parse(await readFile4(path, "utf8"));
  } catch {
    return void 0;
  }
}
var CONDITIONS = ["import", "node", "default", "module", "require"];
function conditionTarget(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = conditionTarget(item);
      if (target) return target;
    }
    return void 0;
  }
  if (typeof value === "object" && value !== null) {
    const record = value;
    for (const key of Object.keys(record)) {
      if (key === "types") continue;
      if (CONDITIONS.includes(key)) {
        const target = conditionTarget(record[key]);
        if (target) return target;
      }
    }
  }
  return void 0;
}
function exportTarget(manifest, subpath) {
  const exports = manifest.exports;
  if (exports === void 0 || exports === null) {
    if (subpath !== ".") return subpath.slice(2);
    return typeof manifest.main === "string" ? manifest.main : "index.js";
  }
  const keyed = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith("."));
  if (!keyed) return subpath === "." ? conditionTarget(exports) : void 0;
  return conditionTarget(exports[subpath]);
}
async function importModule(spec, file) {
  try {
    return await import(pathToFileURL(file).href);
  } catch (error) {
    throw loadFailure(spec, error);
  }
}
function loadFailure(spec, error) {
  if (isInputError(error)) return error;
  const code = error?.code;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const hint = /Cannot find module 'carbon-ci'/.test(message) ? 'the plugin was loaded as CommonJS (its package.json has no "type": "module"), where carbon-ci cannot be supplied: name the file .mjs (or .mts), or install carbon-ci in the repository' : /Cannot use import statement outside a module|Unexpected token 'export'/.test(message) ? 'the file uses ES module syntax but is loaded as CommonJS: name it .mjs (or .mts), or add "type": "module" to the package.json beside it' : code === "ERR_MODULE_NOT_FOUND" ? "a module it imports is missing: install the plugin's dependencies in the repository (npm ci)" : code === "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX" ? "Node's type stripping runs erasable TypeScript only (no enum, namespace or parameter properties): rewrite those, or compile the plugin to .mjs" : "fix the error in the plugin module; `node <file>` shows the same error with its stack";
  return new InputError(`plugin module "${spec}" failed to load: ${message}`, { hint });
}
async function importTypeScript(spec, file, cwd) {
  if (typeof process.features.typescript === "string") return importModule(spec, file);
  const api = await findTsx(cwd);
  if (!api) {
    throw new InputError(`plugin module "${spec}" is TypeScript, which Node ${process.versions.node} cannot run without a build step`, {
      hint: "compile it to .mjs (e.g. `npx esbuild my-plugin.ts --format=esm --outfile=my-plugin.mjs`), run on Node 22.18 or later (type stripping), or install tsx in the repository (npm install --save-dev tsx)"
    });
  }
  try {
    return await api.tsImport(pathToFileURL(file).href, pathToFileURL(join6(cwd, "package.json")).href);
  } catch (error) {
    throw loadFailure(spec, error);
  }
}
async function findTsx(cwd) {
  try {
    const entry = await packageEntry("tsx/esm/api", cwd);
    const api = await import(pathToFileURL(entry).href);
    return typeof api.tsImport === "function" ? api : void 0;
  } catch {
    return void 0;
  }
}
var fallbackInstalled = false;
function installSdkFallback() {
  if (fallbackInstalled || typeof register !== "function") return;
  fallbackInstalled = true;
  const key = /* @__PURE__ */ Symbol.for("carbon-ci.sdk");
  globalThis[key] = sdk_exports;
  const hooks = `
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
  try {
    register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { names: Object.keys(sdk_exports) } });
  } catch {
  }
}
function pickExport(module) {
  let candidate = module.default ?? module.plugin;
  if (candidate && typeof candidate === "object" && "default" in candidate && !("read" in candidate)) candidate = candidate.default;
  return candidate;
}
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
function checkPlugin(spec, value) {
  const problems = pluginShapeProblems(value);
  if (problems.length > 0) throw new InputError(`plugin module "${spec}" is not a telemetry plugin: ${problems.join("; ")}`, { hint: SHAPE_HINT });
  const plugin = value;
  try {
    optionsValidator(plugin);
  } catch (error) {
    throw new InputError(`plugin module "${spec}": ${error.message}`, { hint: "write the options schema in JSON Schema draft-07" });
  }
  return plugin;
}
var Timeout = class extends Error {
};
function guardPlugin(plugin, options = {}) {
  const timeoutMs = options.timeoutMs ?? 15 * 6e4;
  const stallMs = options.stallMs ?? 2 * 6e4;
  const validate = options.validate !== "none";
  async function* read(source, context) {
    const file = source.path;
    const issues = [];
    const controller = new AbortController();
    const forward = () => controller.abort(context.signal.reason);
    context.signal.addEventListener("abort", forward, { once: true });
    const started = Date.now();
    let kept = 0;
    let lastOrigin;
    const malformed = { count: 0, first: void 0 };
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
        const out = [];
        for (const item of items) {
          if (!validate || isValidRecord(item)) {
            out.push(item);
            continue;
          }
          const problems = validateRecord(item);
          malformed.count++;
          if (!malformed.first) {
            const line = item?.origin?.line;
            malformed.first = { record: previewRecord(item), problems: problems.join("; "), line: typeof line === "number" ? line : void 0 };
          }
        }
        if (out.length > 0) {
          kept += out.length;
          const last = out[out.length - 1];
          const line = isColumnsRecord(last) ? void 0 : last.origin?.line;
          if (line !== void 0) lastOrigin = line;
          yield out;
        }
      }
    } catch (error) {
      if (isInputError(error) || error?.name === "AbortError" || context.signal.aborted) throw error;
      const where = `after ${kept} record(s)${lastOrigin !== void 0 ? ` (last from line ${lastOrigin})` : ""}`;
      if (error instanceof Timeout) {
        controller.abort(error);
        void Promise.resolve(iterator?.return?.()).catch(() => void 0);
        if (options.strict) throw new PluginError(plugin.name, file, error);
        issues.push({ code: "plugin-timeout", plugin: plugin.name, file, count: kept, line: lastOrigin, message: `plugin ${plugin.name} ${error.message} on ${file} ${where}; the rest of the file is missing from the report` });
      } else {
        if (options.strict) throw new PluginError(plugin.name, file, error);
        const message = error instanceof Error ? error.message : String(error);
        issues.push({ code: "plugin-threw", plugin: plugin.name, file, count: kept, line: lastOrigin, message: `plugin ${plugin.name} failed on ${file} ${where}: ${message}; the rest of the file is missing from the report` });
      }
    } finally {
      context.signal.removeEventListener("abort", forward);
      if (malformed.count > 0) {
        const first = malformed.first;
        issues.unshift({
          code: "plugin-malformed-records",
          plugin: plugin.name,
          file,
          count: malformed.count,
          line: first.line,
          record: first.record,
          message: `plugin ${plugin.name} yielded ${malformed.count} malformed record(s) from ${file}, dropped; the first${first.line !== void 0 ? ` (line ${first.line})` : ""}: ${first.problems}: ${first.record}`
        });
      }
      for (const issue of issues) {
        if (options.onIssue) options.onIssue(issue);
        else context.log.warn(issue.message);
      }
    }
  }
  return Object.freeze({ ...plugin, read });
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
async function withUserPlugins(builtins, specs, cwd, guard = {}) {
  const plugins = [...builtins];
  for (const spec of specs) {
    const plugin = await loadPlugin(spec, cwd);
    const clash = plugins.find((p) => p.name === plugin.name);
    if (clash) throw new InputError(`plugin module "${spec}" is named "${plugin.name}", like a plugin already loaded`, { hint: "give the plugin another name" });
    plugins.push(plugin);
  }
  return plugins.map((plugin) => guardPlugin(plugin, guard));
}
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

// src/pipeline/run-report.ts
import { stat as stat6 } from "node:fs/promises";

// src/energy/parts.ts
function partsJoinUp(parts) {
  const previousByDevice = /* @__PURE__ */ new Map();
  for (const part of parts) {
    for (const { tracks, invalid } of importTracks(part)) {
      if (invalid && invalid.count > 0) return false;
      for (const track of tracks) {
        if (!(track instanceof PointTrack)) return false;
        track.settle();
        if (track.drops.tallies.size > 0 || track.conflictingDuplicates > 0 || track.samples === 0) return false;
        const key = `${track.device.id}\0${track.method}`;
        const previous = previousByDevice.get(key);
        if (previous) {
          if (!(previous.endMs < track.startMs)) return false;
          if (previous.maxGapMs !== track.maxGapMs || previous.ceilingW !== track.ceilingW) return false;
        }
        previousByDevice.set(key, track);
      }
    }
  }
  return true;
}

// src/telemetry/inputs.ts
import { stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative, resolve as resolve2 } from "node:path";
var GLOB_CHARACTERS = /[*?[\]{}()!+@]/;
async function expandInputs(patterns, cwd = process.cwd()) {
  const include = patterns.filter((p) => !p.startsWith("!"));
  const ignore = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  if (include.length === 0) {
    throw new InputError("no telemetry files given", { hint: 'name log files or globs, e.g. `carbon-ci report "logs/*.csv"`' });
  }
  const found = /* @__PURE__ */ new Map();
  const add = (path) => {
    const absolute = resolve2(cwd, path);
    if (!found.has(absolute)) found.set(absolute, displayPath(absolute));
  };
  for (const pattern of include) {
    if (pattern.trim() === "") throw new InputError("an empty telemetry path was given", { hint: "remove the empty entry" });
    const literal = await statOrUndefined(resolve2(cwd, pattern));
    if (literal?.isDirectory()) {
      const dir = pattern.replace(/[\\/]+$/, "");
      throw new InputError(`${pattern} is a directory`, { hint: `name the files, e.g. "${dir}/*.csv" or "${dir}/**/*.csv"` });
    }
    if (literal?.isFile()) {
      add(pattern);
      continue;
    }
    const fg = GLOB_CHARACTERS.test(pattern) ? (await import("./out-R65QW5HK.js")).default : void 0;
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
async function statOrUndefined(path) {
  try {
    return await stat3(path);
  } catch {
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
import { stat as stat4 } from "node:fs/promises";
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
    const info = await stat4(file);
    if (info.isDirectory()) throw new InputError("is a directory", { file, hint: `name the files in it, e.g. "${file}/*.csv"` });
    size = info.size;
    head = size === 0 ? "" : await readHead(file);
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
var REPORT_SCHEMA_VERSION = "1.0.0";

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
    factors: parts.footprint.embodied ? { ...parts.factors, embodied: parts.footprint.embodied } : { ...parts.factors },
    devices: devices2,
    warnings: parts.warnings.map(reportWarning)
  };
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
  return out;
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

// src/report/report-validator.generated.js
var ajvFormatsModule = __toESM(require_formats(), 1);
var ucs2lengthModule = __toESM(require_ucs2length(), 1);
var ajvFormats = { fullFormats: ajvFormatsModule.fullFormats ?? ajvFormatsModule.default.fullFormats };
var ucs2length = { default: typeof ucs2lengthModule.default === "function" ? ucs2lengthModule.default : ucs2lengthModule.default.default };
var report_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://carbon-ci.dev/schemas/report.schema.json", "title": "carbon-ci report", "description": "Energy and emissions of one CI run. All quantities are SI; every name carries its unit.", "type": "object", "required": ["schemaVersion", "tool", "generatedAt", "run", "inputs", "window", "totals", "coverage", "factors", "devices", "warnings"], "properties": { "schemaVersion": { "type": "string", "pattern": "^1\\.\\d+\\.\\d+$" }, "tool": { "type": "object", "required": ["name", "version", "datasetVersion"], "properties": { "name": { "const": "carbon-ci" }, "version": { "type": "string" }, "datasetVersion": { "type": "string" } } }, "generatedAt": { "type": "string", "format": "date-time" }, "run": { "type": "object", "properties": { "repository": { "type": "string" }, "commit": { "type": "string" }, "ref": { "type": "string" }, "workflow": { "type": "string" }, "job": { "type": "string" }, "runId": { "type": "integer" }, "runAttempt": { "type": "integer" }, "pullRequest": { "type": "integer" } } }, "inputs": { "type": "object", "required": ["mode", "files", "plugin", "location", "timeZone", "timeZoneSource", "maxGapS"], "properties": { "mode": { "enum": ["telemetry", "estimate"] }, "files": { "type": "array", "items": { "type": "string" } }, "plugin": { "type": "string" }, "location": { "type": "string" }, "timeZone": { "type": "string", "minLength": 1 }, "timeZoneSource": { "enum": ["user", "default"] }, "maxGapS": { "oneOf": [{ "type": "number", "exclusiveMinimum": 0 }, { "const": "auto" }] }, "estimate": { "type": "object", "required": ["gpu", "count", "hoursPerDevice", "utilization", "powerW", "powerSource"], "properties": { "gpu": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 1 }, "hoursPerDevice": { "type": "number", "exclusiveMinimum": 0 }, "utilization": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "powerW": { "type": "number", "exclusiveMinimum": 0 }, "powerSource": { "enum": ["user", "gpu-table"] } } } } }, "window": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["start", "end"], "properties": { "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" } } }] }, "totals": { "type": "object", "required": ["energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "durationS"], "properties": { "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "durationS": { "$ref": "#/definitions/nonNegative" } } }, "coverage": { "$ref": "#/definitions/fraction" }, "factors": { "type": "object", "required": ["pue", "intensity"], "properties": { "pue": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["value", "source"], "properties": { "value": { "type": "number", "minimum": 1, "maximum": 5 } } }, "intensity": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["gPerKWh", "location", "source", "year"], "properties": { "gPerKWh": { "type": "number", "minimum": 0, "maximum": 2e3 }, "location": { "type": "string" }, "zone": { "type": "string" } } }, "embodied": { "type": "object", "allOf": [{ "$ref": "#/definitions/factorSource" }], "required": ["source", "lifetimeS", "devices"], "properties": { "lifetimeS": { "type": "number", "exclusiveMinimum": 0 }, "devices": { "type": "integer", "minimum": 0 } } } } }, "devices": { "type": "array", "items": { "$ref": "#/definitions/device" } }, "powerSeries": { "type": "object", "required": ["stepS", "start", "powerW"], "properties": { "stepS": { "type": "number", "exclusiveMinimum": 0 }, "start": { "type": "string", "format": "date-time" }, "powerW": { "type": "array", "items": { "type": ["number", "null"] } } } }, "warnings": { "type": "array", "items": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "file": { "type": "string" }, "line": { "type": "integer" }, "deviceId": { "type": "string" }, "count": { "type": "integer" } } } }, "smoke": { "$ref": "#/definitions/smoke" }, "baseline": { "type": "object", "required": ["found", "source"], "properties": { "found": { "type": "boolean" }, "source": { "type": "string" }, "co2eG": { "type": "number" }, "energyJ": { "type": "number" }, "deltaCo2eG": { "type": "number" }, "deltaPercent": { "type": "number" }, "deltaEnergyJ": { "type": "number" }, "deltaEnergyPercent": { "type": "number" }, "runId": { "type": "integer" }, "commit": { "type": "string" }, "url": { "type": "string" } } }, "budgets": { "type": "array", "items": { "type": "object", "required": ["name", "limit", "actual", "unit", "passed", "message"], "properties": { "name": { "enum": ["co2e", "energy", "increase", "smoke"] }, "limit": { "type": "number" }, "actual": { "type": "number" }, "unit": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } } }, "definitions": { "nonNegative": { "type": "number", "minimum": 0 }, "fraction": { "type": "number", "minimum": 0, "maximum": 1 }, "factorSource": { "type": "object", "required": ["source"], "properties": { "source": { "type": "string", "minLength": 1 }, "year": { "type": "integer", "minimum": 1990, "maximum": 2100 }, "url": { "type": "string" }, "datasetVersion": { "type": "string" } } }, "device": { "type": "object", "required": ["id", "model", "energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "method", "coverage", "samples", "start", "end", "gaps", "plugins", "files"], "properties": { "id": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 2 }, "vendor": { "enum": ["nvidia", "amd", "intel", "google", "other"] }, "host": { "type": "string" }, "component": { "enum": ["gpu", "cpu", "ram", "node"] }, "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "method": { "enum": ["counter", "power-integral", "reported", "estimate"] }, "coverage": { "$ref": "#/definitions/fraction" }, "samples": { "type": "integer", "minimum": 0 }, "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["startMs", "endMs"], "properties": { "startMs": { "type": "number" }, "endMs": { "type": "number" } } } }, "gapCount": { "type": "integer", "minimum": 0 }, "gapS": { "$ref": "#/definitions/nonNegative" }, "maxGapS": { "type": "number", "exclusiveMinimum": 0 }, "plugins": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "meanUtilization": { "$ref": "#/definitions/fraction" }, "peakPowerW": { "$ref": "#/definitions/nonNegative" } } }, "smoke": { "type": "object", "required": ["passed", "model", "executionProvider", "checks", "latencyMs", "energyPerInferenceJ", "co2ePer1kInferencesG"], "properties": { "passed": { "type": "boolean" }, "model": { "type": "string" }, "executionProvider": { "enum": ["cuda", "cpu", "none"] }, "requestedDevice": { "enum": ["auto", "cuda", "cpu"] }, "fallbackReason": { "type": "string" }, "checks": { "type": "array", "items": { "type": "object", "required": ["name", "passed", "message"], "properties": { "name": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } }, "loadMs": { "type": "number", "minimum": 0 }, "latencyMs": { "type": "object", "required": ["mean", "p50", "p95"], "properties": { "mean": { "type": "number" }, "p50": { "type": "number" }, "p95": { "type": "number" } } }, "throughputPerS": { "type": "number", "minimum": 0 }, "iterations": { "type": "integer", "minimum": 0 }, "warmup": { "type": "integer", "minimum": 0 }, "batchSize": { "type": "integer", "minimum": 0 }, "inputs": { "type": "array", "items": { "type": "object", "required": ["name", "dtype", "shape", "source"], "properties": { "name": { "type": "string" }, "dtype": { "type": "string" }, "shape": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "source": { "enum": ["file", "synthesised"] } } } }, "nodesByProvider": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "energyPerInferenceJ": { "type": "number", "minimum": 0 }, "energyMethod": { "enum": ["measured", "estimate"] }, "meanPowerW": { "type": "number", "minimum": 0 }, "energyNote": { "type": "string" }, "co2ePer1kInferencesG": { "type": "number", "minimum": 0 }, "factors": { "$ref": "#/properties/factors" } } } } };
var pattern0 = new RegExp("^1\\.\\d+\\.\\d+$", "u");
var formats0 = ajvFormats.fullFormats["date-time"];
var func2 = ucs2length.default;
var schema22 = { "type": "object", "required": ["id", "model", "energyJ", "facilityEnergyJ", "operationalCo2eG", "embodiedCo2eG", "co2eG", "method", "coverage", "samples", "start", "end", "gaps", "plugins", "files"], "properties": { "id": { "type": "string", "minLength": 1 }, "model": { "type": "string" }, "count": { "type": "integer", "minimum": 2 }, "vendor": { "enum": ["nvidia", "amd", "intel", "google", "other"] }, "host": { "type": "string" }, "component": { "enum": ["gpu", "cpu", "ram", "node"] }, "energyJ": { "$ref": "#/definitions/nonNegative" }, "facilityEnergyJ": { "$ref": "#/definitions/nonNegative" }, "operationalCo2eG": { "$ref": "#/definitions/nonNegative" }, "embodiedCo2eG": { "$ref": "#/definitions/nonNegative" }, "co2eG": { "$ref": "#/definitions/nonNegative" }, "method": { "enum": ["counter", "power-integral", "reported", "estimate"] }, "coverage": { "$ref": "#/definitions/fraction" }, "samples": { "type": "integer", "minimum": 0 }, "start": { "type": "string", "format": "date-time" }, "end": { "type": "string", "format": "date-time" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["startMs", "endMs"], "properties": { "startMs": { "type": "number" }, "endMs": { "type": "number" } } } }, "gapCount": { "type": "integer", "minimum": 0 }, "gapS": { "$ref": "#/definitions/nonNegative" }, "maxGapS": { "type": "number", "exclusiveMinimum": 0 }, "plugins": { "type": "array", "items": { "type": "string" } }, "files": { "type": "array", "items": { "type": "string" } }, "meanUtilization": { "$ref": "#/definitions/fraction" }, "peakPowerW": { "$ref": "#/definitions/nonNegative" } } };
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
        const err20 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/enum", keyword: "enum", params: { allowedValues: schema22.properties.vendor.enum }, message: "must be equal to one of the allowed values" };
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
        const err22 = { instancePath: instancePath + "/component", schemaPath: "#/properties/component/enum", keyword: "enum", params: { allowedValues: schema22.properties.component.enum }, message: "must be equal to one of the allowed values" };
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
        const err33 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema22.properties.method.enum }, message: "must be equal to one of the allowed values" };
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
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema32 = { "type": "object", "required": ["passed", "model", "executionProvider", "checks", "latencyMs", "energyPerInferenceJ", "co2ePer1kInferencesG"], "properties": { "passed": { "type": "boolean" }, "model": { "type": "string" }, "executionProvider": { "enum": ["cuda", "cpu", "none"] }, "requestedDevice": { "enum": ["auto", "cuda", "cpu"] }, "fallbackReason": { "type": "string" }, "checks": { "type": "array", "items": { "type": "object", "required": ["name", "passed", "message"], "properties": { "name": { "type": "string" }, "passed": { "type": "boolean" }, "message": { "type": "string" } } } }, "loadMs": { "type": "number", "minimum": 0 }, "latencyMs": { "type": "object", "required": ["mean", "p50", "p95"], "properties": { "mean": { "type": "number" }, "p50": { "type": "number" }, "p95": { "type": "number" } } }, "throughputPerS": { "type": "number", "minimum": 0 }, "iterations": { "type": "integer", "minimum": 0 }, "warmup": { "type": "integer", "minimum": 0 }, "batchSize": { "type": "integer", "minimum": 0 }, "inputs": { "type": "array", "items": { "type": "object", "required": ["name", "dtype", "shape", "source"], "properties": { "name": { "type": "string" }, "dtype": { "type": "string" }, "shape": { "type": "array", "items": { "type": "integer", "minimum": 0 } }, "source": { "enum": ["file", "synthesised"] } } } }, "nodesByProvider": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } }, "energyPerInferenceJ": { "type": "number", "minimum": 0 }, "energyMethod": { "enum": ["measured", "estimate"] }, "meanPowerW": { "type": "number", "minimum": 0 }, "energyNote": { "type": "string" }, "co2ePer1kInferencesG": { "type": "number", "minimum": 0 }, "factors": { "$ref": "#/properties/factors" } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      } else {
        const err35 = { instancePath: instancePath + "/intensity", schemaPath: "#/properties/intensity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.embodied !== void 0) {
      let data14 = data.embodied;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.source === void 0) {
          const err36 = { instancePath: instancePath + "/embodied", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data14.source !== void 0) {
          let data15 = data14.source;
          if (typeof data15 === "string") {
            if (func2(data15) < 1) {
              const err37 = { instancePath: instancePath + "/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.year !== void 0) {
          let data16 = data14.year;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err39 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 2100 || isNaN(data16)) {
              const err40 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data16 < 1990 || isNaN(data16)) {
              const err41 = { instancePath: instancePath + "/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
        }
        if (data14.url !== void 0) {
          if (typeof data14.url !== "string") {
            const err42 = { instancePath: instancePath + "/embodied/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data14.datasetVersion !== void 0) {
          if (typeof data14.datasetVersion !== "string") {
            const err43 = { instancePath: instancePath + "/embodied/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/embodied", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.source === void 0) {
          const err45 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data14.lifetimeS === void 0) {
          const err46 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "lifetimeS" }, message: "must have required property 'lifetimeS'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data14.devices === void 0) {
          const err47 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data14.lifetimeS !== void 0) {
          let data19 = data14.lifetimeS;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 <= 0 || isNaN(data19)) {
              const err48 = { instancePath: instancePath + "/embodied/lifetimeS", schemaPath: "#/properties/embodied/properties/lifetimeS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/embodied/lifetimeS", schemaPath: "#/properties/embodied/properties/lifetimeS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data14.devices !== void 0) {
          let data20 = data14.devices;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err50 = { instancePath: instancePath + "/embodied/devices", schemaPath: "#/properties/embodied/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err51 = { instancePath: instancePath + "/embodied/devices", schemaPath: "#/properties/embodied/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/embodied", schemaPath: "#/properties/embodied/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        const err9 = { instancePath: instancePath + "/executionProvider", schemaPath: "#/properties/executionProvider/enum", keyword: "enum", params: { allowedValues: schema32.properties.executionProvider.enum }, message: "must be equal to one of the allowed values" };
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
        const err10 = { instancePath: instancePath + "/requestedDevice", schemaPath: "#/properties/requestedDevice/enum", keyword: "enum", params: { allowedValues: schema32.properties.requestedDevice.enum }, message: "must be equal to one of the allowed values" };
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
                const err46 = { instancePath: instancePath + "/inputs/" + i1 + "/source", schemaPath: "#/properties/inputs/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema32.properties.inputs.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
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
        const err54 = { instancePath: instancePath + "/energyMethod", schemaPath: "#/properties/energyMethod/enum", keyword: "enum", params: { allowedValues: schema32.properties.energyMethod.enum }, message: "must be equal to one of the allowed values" };
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
      if (!validate14(data.factors, { instancePath: instancePath + "/factors", parentData: data, parentDataProperty: "factors", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
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
  validate13.errors = vErrors;
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
    if (data.factors !== void 0) {
      let data43 = data.factors;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        if (data43.pue === void 0) {
          const err102 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "pue" }, message: "must have required property 'pue'" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data43.intensity === void 0) {
          const err103 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/required", keyword: "required", params: { missingProperty: "intensity" }, message: "must have required property 'intensity'" };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data43.pue !== void 0) {
          let data44 = data43.pue;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.source === void 0) {
              const err104 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            if (data44.source !== void 0) {
              let data45 = data44.source;
              if (typeof data45 === "string") {
                if (func2(data45) < 1) {
                  const err105 = { instancePath: instancePath + "/factors/pue/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              } else {
                const err106 = { instancePath: instancePath + "/factors/pue/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data44.year !== void 0) {
              let data46 = data44.year;
              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                const err107 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
              if (typeof data46 == "number" && isFinite(data46)) {
                if (data46 > 2100 || isNaN(data46)) {
                  const err108 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data46 < 1990 || isNaN(data46)) {
                  const err109 = { instancePath: instancePath + "/factors/pue/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            }
            if (data44.url !== void 0) {
              if (typeof data44.url !== "string") {
                const err110 = { instancePath: instancePath + "/factors/pue/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data44.datasetVersion !== void 0) {
              if (typeof data44.datasetVersion !== "string") {
                const err111 = { instancePath: instancePath + "/factors/pue/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.value === void 0) {
              const err113 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            if (data44.source === void 0) {
              const err114 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data44.value !== void 0) {
              let data49 = data44.value;
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 > 5 || isNaN(data49)) {
                  const err115 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
                if (data49 < 1 || isNaN(data49)) {
                  const err116 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/factors/pue/value", schemaPath: "#/properties/factors/properties/pue/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/factors/pue", schemaPath: "#/properties/factors/properties/pue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data43.intensity !== void 0) {
          let data50 = data43.intensity;
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.source === void 0) {
              const err119 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data50.source !== void 0) {
              let data51 = data50.source;
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err120 = { instancePath: instancePath + "/factors/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/factors/intensity/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data50.year !== void 0) {
              let data52 = data50.year;
              if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                const err122 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (typeof data52 == "number" && isFinite(data52)) {
                if (data52 > 2100 || isNaN(data52)) {
                  const err123 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (data52 < 1990 || isNaN(data52)) {
                  const err124 = { instancePath: instancePath + "/factors/intensity/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
            }
            if (data50.url !== void 0) {
              if (typeof data50.url !== "string") {
                const err125 = { instancePath: instancePath + "/factors/intensity/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data50.datasetVersion !== void 0) {
              if (typeof data50.datasetVersion !== "string") {
                const err126 = { instancePath: instancePath + "/factors/intensity/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.gPerKWh === void 0) {
              const err128 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "gPerKWh" }, message: "must have required property 'gPerKWh'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data50.location === void 0) {
              const err129 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data50.source === void 0) {
              const err130 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (data50.year === void 0) {
              const err131 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            if (data50.gPerKWh !== void 0) {
              let data55 = data50.gPerKWh;
              if (typeof data55 == "number" && isFinite(data55)) {
                if (data55 > 2e3 || isNaN(data55)) {
                  const err132 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                if (data55 < 0 || isNaN(data55)) {
                  const err133 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/factors/intensity/gPerKWh", schemaPath: "#/properties/factors/properties/intensity/properties/gPerKWh/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data50.location !== void 0) {
              if (typeof data50.location !== "string") {
                const err135 = { instancePath: instancePath + "/factors/intensity/location", schemaPath: "#/properties/factors/properties/intensity/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data50.zone !== void 0) {
              if (typeof data50.zone !== "string") {
                const err136 = { instancePath: instancePath + "/factors/intensity/zone", schemaPath: "#/properties/factors/properties/intensity/properties/zone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/factors/intensity", schemaPath: "#/properties/factors/properties/intensity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data43.embodied !== void 0) {
          let data58 = data43.embodied;
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            if (data58.source === void 0) {
              const err138 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/definitions/factorSource/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
            if (data58.source !== void 0) {
              let data59 = data58.source;
              if (typeof data59 === "string") {
                if (func2(data59) < 1) {
                  const err139 = { instancePath: instancePath + "/factors/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              } else {
                const err140 = { instancePath: instancePath + "/factors/embodied/source", schemaPath: "#/definitions/factorSource/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data58.year !== void 0) {
              let data60 = data58.year;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                const err141 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              if (typeof data60 == "number" && isFinite(data60)) {
                if (data60 > 2100 || isNaN(data60)) {
                  const err142 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2100 }, message: "must be <= 2100" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
                if (data60 < 1990 || isNaN(data60)) {
                  const err143 = { instancePath: instancePath + "/factors/embodied/year", schemaPath: "#/definitions/factorSource/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1990 }, message: "must be >= 1990" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              }
            }
            if (data58.url !== void 0) {
              if (typeof data58.url !== "string") {
                const err144 = { instancePath: instancePath + "/factors/embodied/url", schemaPath: "#/definitions/factorSource/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data58.datasetVersion !== void 0) {
              if (typeof data58.datasetVersion !== "string") {
                const err145 = { instancePath: instancePath + "/factors/embodied/datasetVersion", schemaPath: "#/definitions/factorSource/properties/datasetVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
          } else {
            const err146 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/definitions/factorSource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
            if (data58.source === void 0) {
              const err147 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            if (data58.lifetimeS === void 0) {
              const err148 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "lifetimeS" }, message: "must have required property 'lifetimeS'" };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
            if (data58.devices === void 0) {
              const err149 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (data58.lifetimeS !== void 0) {
              let data63 = data58.lifetimeS;
              if (typeof data63 == "number" && isFinite(data63)) {
                if (data63 <= 0 || isNaN(data63)) {
                  const err150 = { instancePath: instancePath + "/factors/embodied/lifetimeS", schemaPath: "#/properties/factors/properties/embodied/properties/lifetimeS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              } else {
                const err151 = { instancePath: instancePath + "/factors/embodied/lifetimeS", schemaPath: "#/properties/factors/properties/embodied/properties/lifetimeS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data58.devices !== void 0) {
              let data64 = data58.devices;
              if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
                const err152 = { instancePath: instancePath + "/factors/embodied/devices", schemaPath: "#/properties/factors/properties/embodied/properties/devices/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
              if (typeof data64 == "number" && isFinite(data64)) {
                if (data64 < 0 || isNaN(data64)) {
                  const err153 = { instancePath: instancePath + "/factors/embodied/devices", schemaPath: "#/properties/factors/properties/embodied/properties/devices/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/factors/embodied", schemaPath: "#/properties/factors/properties/embodied/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.devices !== void 0) {
      let data65 = data.devices;
      if (Array.isArray(data65)) {
        const len1 = data65.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate11(data65[i1], { instancePath: instancePath + "/devices/" + i1, parentData: data65, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err156 = { instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.powerSeries !== void 0) {
      let data67 = data.powerSeries;
      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
        if (data67.stepS === void 0) {
          const err157 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "stepS" }, message: "must have required property 'stepS'" };
          if (vErrors === null) {
            vErrors = [err157];
          } else {
            vErrors.push(err157);
          }
          errors++;
        }
        if (data67.start === void 0) {
          const err158 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
          if (vErrors === null) {
            vErrors = [err158];
          } else {
            vErrors.push(err158);
          }
          errors++;
        }
        if (data67.powerW === void 0) {
          const err159 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/required", keyword: "required", params: { missingProperty: "powerW" }, message: "must have required property 'powerW'" };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        if (data67.stepS !== void 0) {
          let data68 = data67.stepS;
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 <= 0 || isNaN(data68)) {
              const err160 = { instancePath: instancePath + "/powerSeries/stepS", schemaPath: "#/properties/powerSeries/properties/stepS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
          } else {
            const err161 = { instancePath: instancePath + "/powerSeries/stepS", schemaPath: "#/properties/powerSeries/properties/stepS/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
        }
        if (data67.start !== void 0) {
          let data69 = data67.start;
          if (typeof data69 === "string") {
            if (!formats0.validate(data69)) {
              const err162 = { instancePath: instancePath + "/powerSeries/start", schemaPath: "#/properties/powerSeries/properties/start/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
          } else {
            const err163 = { instancePath: instancePath + "/powerSeries/start", schemaPath: "#/properties/powerSeries/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data67.powerW !== void 0) {
          let data70 = data67.powerW;
          if (Array.isArray(data70)) {
            const len2 = data70.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data71 = data70[i2];
              if (!(typeof data71 == "number" && isFinite(data71)) && data71 !== null) {
                const err164 = { instancePath: instancePath + "/powerSeries/powerW/" + i2, schemaPath: "#/properties/powerSeries/properties/powerW/items/type", keyword: "type", params: { type: schema11.properties.powerSeries.properties.powerW.items.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
          } else {
            const err165 = { instancePath: instancePath + "/powerSeries/powerW", schemaPath: "#/properties/powerSeries/properties/powerW/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
      } else {
        const err166 = { instancePath: instancePath + "/powerSeries", schemaPath: "#/properties/powerSeries/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err166];
        } else {
          vErrors.push(err166);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data72 = data.warnings;
      if (Array.isArray(data72)) {
        const len3 = data72.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data73 = data72[i3];
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.code === void 0) {
              const err167 = { instancePath: instancePath + "/warnings/" + i3, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            if (data73.message === void 0) {
              const err168 = { instancePath: instancePath + "/warnings/" + i3, schemaPath: "#/properties/warnings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data73.code !== void 0) {
              if (typeof data73.code !== "string") {
                const err169 = { instancePath: instancePath + "/warnings/" + i3 + "/code", schemaPath: "#/properties/warnings/items/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data73.message !== void 0) {
              if (typeof data73.message !== "string") {
                const err170 = { instancePath: instancePath + "/warnings/" + i3 + "/message", schemaPath: "#/properties/warnings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data73.file !== void 0) {
              if (typeof data73.file !== "string") {
                const err171 = { instancePath: instancePath + "/warnings/" + i3 + "/file", schemaPath: "#/properties/warnings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data73.line !== void 0) {
              let data77 = data73.line;
              if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)) && isFinite(data77))) {
                const err172 = { instancePath: instancePath + "/warnings/" + i3 + "/line", schemaPath: "#/properties/warnings/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data73.deviceId !== void 0) {
              if (typeof data73.deviceId !== "string") {
                const err173 = { instancePath: instancePath + "/warnings/" + i3 + "/deviceId", schemaPath: "#/properties/warnings/items/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data73.count !== void 0) {
              let data79 = data73.count;
              if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
                const err174 = { instancePath: instancePath + "/warnings/" + i3 + "/count", schemaPath: "#/properties/warnings/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
          } else {
            const err175 = { instancePath: instancePath + "/warnings/" + i3, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
      } else {
        const err176 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
    }
    if (data.smoke !== void 0) {
      if (!validate13(data.smoke, { instancePath: instancePath + "/smoke", parentData: data, parentDataProperty: "smoke", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.baseline !== void 0) {
      let data81 = data.baseline;
      if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
        if (data81.found === void 0) {
          const err177 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "found" }, message: "must have required property 'found'" };
          if (vErrors === null) {
            vErrors = [err177];
          } else {
            vErrors.push(err177);
          }
          errors++;
        }
        if (data81.source === void 0) {
          const err178 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err178];
          } else {
            vErrors.push(err178);
          }
          errors++;
        }
        if (data81.found !== void 0) {
          if (typeof data81.found !== "boolean") {
            const err179 = { instancePath: instancePath + "/baseline/found", schemaPath: "#/properties/baseline/properties/found/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
        }
        if (data81.source !== void 0) {
          if (typeof data81.source !== "string") {
            const err180 = { instancePath: instancePath + "/baseline/source", schemaPath: "#/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
        if (data81.co2eG !== void 0) {
          let data84 = data81.co2eG;
          if (!(typeof data84 == "number" && isFinite(data84))) {
            const err181 = { instancePath: instancePath + "/baseline/co2eG", schemaPath: "#/properties/baseline/properties/co2eG/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
        if (data81.energyJ !== void 0) {
          let data85 = data81.energyJ;
          if (!(typeof data85 == "number" && isFinite(data85))) {
            const err182 = { instancePath: instancePath + "/baseline/energyJ", schemaPath: "#/properties/baseline/properties/energyJ/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
        if (data81.deltaCo2eG !== void 0) {
          let data86 = data81.deltaCo2eG;
          if (!(typeof data86 == "number" && isFinite(data86))) {
            const err183 = { instancePath: instancePath + "/baseline/deltaCo2eG", schemaPath: "#/properties/baseline/properties/deltaCo2eG/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err183];
            } else {
              vErrors.push(err183);
            }
            errors++;
          }
        }
        if (data81.deltaPercent !== void 0) {
          let data87 = data81.deltaPercent;
          if (!(typeof data87 == "number" && isFinite(data87))) {
            const err184 = { instancePath: instancePath + "/baseline/deltaPercent", schemaPath: "#/properties/baseline/properties/deltaPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data81.deltaEnergyJ !== void 0) {
          let data88 = data81.deltaEnergyJ;
          if (!(typeof data88 == "number" && isFinite(data88))) {
            const err185 = { instancePath: instancePath + "/baseline/deltaEnergyJ", schemaPath: "#/properties/baseline/properties/deltaEnergyJ/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
        if (data81.deltaEnergyPercent !== void 0) {
          let data89 = data81.deltaEnergyPercent;
          if (!(typeof data89 == "number" && isFinite(data89))) {
            const err186 = { instancePath: instancePath + "/baseline/deltaEnergyPercent", schemaPath: "#/properties/baseline/properties/deltaEnergyPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data81.runId !== void 0) {
          let data90 = data81.runId;
          if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90))) {
            const err187 = { instancePath: instancePath + "/baseline/runId", schemaPath: "#/properties/baseline/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
        if (data81.commit !== void 0) {
          if (typeof data81.commit !== "string") {
            const err188 = { instancePath: instancePath + "/baseline/commit", schemaPath: "#/properties/baseline/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data81.url !== void 0) {
          if (typeof data81.url !== "string") {
            const err189 = { instancePath: instancePath + "/baseline/url", schemaPath: "#/properties/baseline/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
      } else {
        const err190 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data93 = data.budgets;
      if (Array.isArray(data93)) {
        const len4 = data93.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data94 = data93[i4];
          if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
            if (data94.name === void 0) {
              const err191 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            if (data94.limit === void 0) {
              const err192 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'" };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            if (data94.actual === void 0) {
              const err193 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "actual" }, message: "must have required property 'actual'" };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            if (data94.unit === void 0) {
              const err194 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'" };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            if (data94.passed === void 0) {
              const err195 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'" };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
            if (data94.message === void 0) {
              const err196 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err196];
              } else {
                vErrors.push(err196);
              }
              errors++;
            }
            if (data94.name !== void 0) {
              let data95 = data94.name;
              if (!(data95 === "co2e" || data95 === "energy" || data95 === "increase" || data95 === "smoke")) {
                const err197 = { instancePath: instancePath + "/budgets/" + i4 + "/name", schemaPath: "#/properties/budgets/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema11.properties.budgets.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
            if (data94.limit !== void 0) {
              let data96 = data94.limit;
              if (!(typeof data96 == "number" && isFinite(data96))) {
                const err198 = { instancePath: instancePath + "/budgets/" + i4 + "/limit", schemaPath: "#/properties/budgets/items/properties/limit/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data94.actual !== void 0) {
              let data97 = data94.actual;
              if (!(typeof data97 == "number" && isFinite(data97))) {
                const err199 = { instancePath: instancePath + "/budgets/" + i4 + "/actual", schemaPath: "#/properties/budgets/items/properties/actual/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data94.unit !== void 0) {
              if (typeof data94.unit !== "string") {
                const err200 = { instancePath: instancePath + "/budgets/" + i4 + "/unit", schemaPath: "#/properties/budgets/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data94.passed !== void 0) {
              if (typeof data94.passed !== "boolean") {
                const err201 = { instancePath: instancePath + "/budgets/" + i4 + "/passed", schemaPath: "#/properties/budgets/items/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data94.message !== void 0) {
              if (typeof data94.message !== "string") {
                const err202 = { instancePath: instancePath + "/budgets/" + i4 + "/message", schemaPath: "#/properties/budgets/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/budgets/" + i4, schemaPath: "#/properties/budgets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
      } else {
        const err204 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
  } else {
    const err205 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err205];
    } else {
      vErrors.push(err205);
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

// src/pipeline/assemble.ts
function factorsFor(options, warnings2) {
  const resolved = resolveFactors({
    location: options.location,
    pue: options.pue,
    intensityGPerKWh: options.intensityGPerKWh
  });
  warnings2.push(...resolved.warnings);
  return resolved.factors;
}
function assembleReport(assembly, options) {
  const footprint = computeFootprint(assembly.devices, assembly.factors);
  const report = buildReport({
    inputs: { ...assembly.inputs, location: assembly.factors.intensity.location },
    run: options.run,
    devices: assembly.devices,
    footprint,
    factors: assembly.factors,
    warnings: assembly.warnings,
    datasetVersion: DATASET_VERSION,
    powerSeries: assembly.powerSeries,
    generatedAt: options.now?.()
  });
  validateReport(report);
  return report;
}

// plugins/prometheus/index.ts
var POWER = "DCGM_FI_DEV_POWER_USAGE";
var ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
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
function deviceFields(labels) {
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
  let base;
  try {
    base = new URL(options.url).toString();
  } catch {
    throw new InputError(`prometheus url ${JSON.stringify(options.url)} is not a URL`, { hint: "e.g. http://prometheus.monitoring:9090" });
  }
  const toUtc = wallClockToUtc(options.timeZone ?? "UTC");
  const startMs = instantOf(options.start, "start", toUtc);
  const endMs = instantOf(options.end, "end", toUtc);
  if (!(endMs > startMs)) throw new InputError("prometheus end must come after start", { hint: "give the window of the job" });
  const chunkMs = Math.max(1, Math.round((options.chunkS ?? 3600) * 1e3));
  const metrics = (options.metrics ?? ["power", "energy"]).map((m) => m === "power" ? POWER : ENERGY);
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
        const device = devices2.get(deviceFields(labels));
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
        records.push(metric === POWER ? { type: "power", timeMs, device, powerW: value } : { type: "energy-counter", timeMs, device, counterJ: value / 1e3 });
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

// src/pipeline/parallel/read-files.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { stat as stat5 } from "node:fs/promises";
var PARALLEL_MIN_BYTES = envBytes("CARBON_CI_PARALLEL_MIN_BYTES") ?? 48 * 1024 * 1024;
var PART_MIN_BYTES = envBytes("CARBON_CI_PART_MIN_BYTES") ?? 64 * 1024 * 1024;
function envBytes(name) {
  const value = Number(process.env[name]);
  return process.env[name] !== void 0 && Number.isInteger(value) && value >= 0 ? value : void 0;
}
var MAX_WORKERS = 4;
async function readFilesInto(accumulator, files, options) {
  const workers = Math.max(1, Math.floor(options.workers ?? Math.min(availableParallelism2(), MAX_WORKERS)));
  const used = /* @__PURE__ */ new Set();
  if (workers > 1 && files.length > 0) {
    const parallel = await readInParallel(accumulator, files, options, workers, used);
    if (parallel) return used;
  }
  for await (const batch of readTelemetry([...files], { ...options, batchesReadAtOnce: true })) {
    used.add(batch.plugin);
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
  return used;
}
async function readInParallel(accumulator, files, options, workers, used) {
  const planned = [];
  for (const file of files) {
    const plugin = await pluginForFile(file, options);
    planned.push({ file, plugin, bytes: (await stat5(file)).size, units: [] });
  }
  const onWorkers = planned.filter((p) => builtinPlugins.includes(p.plugin));
  if (onWorkers.reduce((sum, p) => sum + p.bytes, 0) < (options.parallelMinBytes ?? PARALLEL_MIN_BYTES)) return false;
  let nextId = 0;
  for (const p of onWorkers) {
    const cuts = await partCuts(p, workers, options.partMinBytes ?? PART_MIN_BYTES);
    if (cuts) {
      p.units = cuts.ranges.map(([start, end], part) => ({ id: nextId++, file: p.file, plugin: p.plugin.name, bytes: end - start, range: { part, preamble: cuts.preamble, start, end } }));
    } else {
      p.units = [{ id: nextId++, file: p.file, plugin: p.plugin.name, bytes: p.bytes }];
    }
  }
  if (nextId === 1 && onWorkers.length === planned.length) {
    used.add(planned[0].plugin.name);
    await readLive(accumulator, planned[0], options);
    return true;
  }
  const pluginOptions = {};
  for (const p of onWorkers) pluginOptions[p.plugin.name] ??= validatePluginOptions(p.plugin, options.pluginOptions[p.plugin.name] ?? {});
  const settings = { timeZone: options.timeZone, maxGapS: options.maxGapS, pluginOptions, launchedAtMs: performance.timeOrigin };
  const inThread = planned.filter((p) => p.units.length === 0);
  const units = planned.flatMap((p) => p.units);
  options.log.debug(`reading ${units.length} part${units.length === 1 ? "" : "s"} of ${planned.length - inThread.length} file(s) on ${Math.min(workers, units.length)} threads`);
  const [replies, hereResults] = await Promise.all([
    runInWorkers(units, settings, workers, (unit) => readUnitHere(unit, settings, options.onBytes), options.signal, options.onBytes),
    Promise.all(inThread.map((p) => readHere(p, options).catch(() => void 0)))
  ]);
  const here = new Map(inThread.map((p, i) => [p.file, hereResults[i]]));
  for (const p of planned) {
    used.add(p.plugin.name);
    if (p.units.length === 0) {
      const result = here.get(p.file);
      if (result) merge(accumulator, [result], options);
      else await readLive(accumulator, p, options);
      continue;
    }
    const done = p.units.map((u) => replies.get(u.id));
    const results = done.flatMap((r) => r.type === "done" ? [{ state: r.state, logs: r.logs, readTimeZone: r.readTimeZone }] : []);
    const complete = results.length === done.length;
    const joinable = p.units.length === 1 || results.every((r) => r.logs.every((l) => l.level === "debug")) && partsJoinUp(results.map((r) => r.state));
    if (complete && joinable) merge(accumulator, results, options);
    else {
      const why = done.map((r) => r.type === "failed" ? r.reason.split("\n")[0] : "read").join("; ");
      options.log.debug(`${p.file}: read again in one thread (${complete ? "its parts do not join up" : why})`);
      await readLive(accumulator, p, options);
    }
  }
  return true;
}
function merge(accumulator, results, options) {
  for (const { state, logs, readTimeZone } of results) {
    accumulator.importState(state);
    for (const line of logs) options.log[line.level](line.message);
    if (readTimeZone) options.onTimeZoneRead?.();
  }
}
async function readUnitHere(unit, settings, onBytes) {
  const logs = [];
  try {
    const { state, readTimeZone } = await readUnit(unit, settings, builtinPlugins, logs, onBytes);
    return { type: "done", id: unit.id, state, logs, readTimeZone };
  } catch (error) {
    return { type: "failed", id: unit.id, reason: error instanceof Error ? error.message : String(error) };
  }
}
async function readHere(p, options) {
  const logs = [];
  let readTimeZone = false;
  const accumulator = energyAccumulator(options.maxGapS);
  await readLive(accumulator, p, { ...options, log: bufferingLogger(logs), onTimeZoneRead: () => readTimeZone = true });
  return { state: accumulator.exportState(), logs, readTimeZone };
}
async function readLive(accumulator, p, options) {
  for await (const batch of readWithPlugin(p.plugin, fileSource(p.file, options.onBytes), { ...options, batchesReadAtOnce: true })) {
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
}
function partShares(threads, bytes, partMinBytes) {
  const tiers = bytes * 0.1 >= threads * partMinBytes / 4 ? [0.7, 0.2, 0.1] : [1];
  return tiers.flatMap((tier) => Array.from({ length: threads }, () => tier / threads));
}
async function partCuts(p, workers, partMinBytes) {
  if (!p.plugin.splitPreamble || p.bytes < 2 * partMinBytes) return void 0;
  const preamble = p.plugin.splitPreamble({ path: p.file, head: await readHead(p.file) });
  if (preamble === void 0) return void 0;
  const from = await offsetAfterLines(p.file, preamble.split("\n").length - 1);
  const threads = Math.min(workers, Math.floor((p.bytes - from) / partMinBytes));
  if (threads < 2) return void 0;
  const cuts = await lineAlignedCuts(p.file, p.bytes, partShares(threads, p.bytes - from, partMinBytes), from);
  const ranges = [];
  for (let i = 1; i < cuts.length; i++) ranges.push([cuts[i - 1], cuts[i]]);
  return ranges.length > 1 ? { preamble, ranges } : void 0;
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
      const warning = { code, ...locate(message, files) };
      seen.set(message, warning);
      sink.push(warning);
    }
  };
}
function locate(message, files) {
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
  const files = options.inputs.length === 0 && options.prometheus ? [] : await expandInputs(options.inputs, options.cwd);
  if (files.length === 0 && !options.prometheus) {
    throw new InputError(`no telemetry files match ${options.inputs.map((i) => JSON.stringify(i)).join(", ")}`, {
      hint: "check the paths or globs (quote globs so that the shell does not expand them)"
    });
  }
  const { plugins, pluginOptions } = await resolvePlugins(options);
  const accumulator = energyAccumulator(maxGapS);
  const log = collectingLogger(warnings2, "telemetry", options.log, files);
  const progress = options.progress;
  let zoneLessTimes = options.prometheus !== void 0;
  progress?.start((await Promise.all(files.map((file) => stat6(file).then((s) => s.size, () => 0)))).reduce((a, b) => a + b, 0));
  const pluginsUsed = await readFilesInto(accumulator, files, {
    plugin: options.plugin && options.plugin !== "auto" ? options.plugin : void 0,
    plugins,
    timeZone,
    maxGapS,
    pluginOptions,
    log,
    ...options.signal ? { signal: options.signal } : {},
    ...options.workers !== void 0 ? { workers: options.workers } : {},
    ...progress ? { onBytes: (bytes) => progress.advance(bytes) } : {},
    onTimeZoneRead: () => zoneLessTimes = true
  }).finally(() => progress?.done());
  if (options.timeZone === void 0 && zoneLessTimes) warnings2.unshift({ ...TIME_ZONE_DEFAULT_WARNING });
  if (options.prometheus) {
    const signal = options.signal ?? new AbortController().signal;
    for await (const batch of readPrometheusApi({ timeZone, ...options.prometheus }, { log, signal })) {
      pluginsUsed.add("prometheus");
      accumulator.addBatch(batch, { plugin: "prometheus", file: options.prometheus.url });
    }
  }
  const energy = accumulator.finish();
  if (energy.devices.length === 0) {
    throw new InputError(`no power or energy readings found in ${[...files, ...options.prometheus ? [options.prometheus.url] : []].join(", ")}`, {
      hint: "check that the files hold telemetry rows, not only a header, and that --plugin names their format"
    });
  }
  warnings2.push(...energy.warnings);
  return assembleReport(
    {
      devices: energy.devices,
      factors,
      warnings: warnings2,
      inputs: {
        mode: "telemetry",
        files,
        plugin: [...pluginsUsed].join(",") || (options.plugin ?? "auto"),
        timeZone,
        timeZoneSource: options.timeZone ? "user" : "default",
        maxGapS
      },
      powerSeries: normalizePowerSeries(energy.powerSeries)
    },
    options
  );
}
var TIME_ZONE_DEFAULT_WARNING = {
  code: "time-zone-default",
  message: "No time zone given: timestamps that carry none (nvidia-smi prints local time) were read as UTC. Energy totals do not depend on it; the report window and time-matched grid intensity do. Name the zone with --timezone."
};
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
var MAX_DEVICE_POWER_W = 2e4;
async function runEstimate(options) {
  const warnings2 = [];
  const config = resolveEstimate(options, warnings2);
  const factors = factorsFor(options, warnings2);
  const endMs = options.endMs ?? (options.now?.() ?? /* @__PURE__ */ new Date()).getTime();
  const startMs = endMs - config.hoursPerDevice * MS_PER_HOUR;
  const vendor = config.model ? lookupGpu(config.model)?.vendor : void 0;
  const records = [];
  for (let index = 0; index < config.count; index++) {
    const device = { id: `estimate:${index}`, model: config.model ?? config.gpu, index, component: "gpu" };
    if (vendor) device.vendor = vendor;
    records.push({ type: "usage", startMs, endMs, device, powerW: config.powerW, utilization: config.utilization });
  }
  const accumulator = new EnergyAccumulator({ powerSeries: false });
  accumulator.addBatch(records, { plugin: "estimate" });
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
  if (!(Number.isInteger(count) && count >= 1)) {
    throw new InputError(`the device count must be a whole number of at least 1, not ${count}`, { hint: "e.g. --count 8" });
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
  const hoursPerDevice = options.hours ?? options.gpuHours / count;
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
    if (!(Number.isFinite(options.powerW) && options.powerW > 0 && options.powerW <= MAX_DEVICE_POWER_W)) {
      throw new InputError(`power ${options.powerW} W per device is not plausible`, {
        hint: `give the power of one device in watts, above 0 and at most ${MAX_DEVICE_POWER_W} (e.g. --power-w 300)`
      });
    }
    powerW = options.powerW;
    powerSource = "user";
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

// src/pipeline/progress.ts
var PROGRESS_MIN_BYTES = 256 * 1024 * 1024;
function progressDisplay(display) {
  const now = display.now ?? (() => performance.now());
  const minBytes = display.minBytes ?? PROGRESS_MIN_BYTES;
  const intervalMs = display.intervalMs ?? (display.live ? 200 : 1e4);
  let total = 0;
  let read = 0;
  let startedMs = 0;
  let shownMs = 0;
  let active = false;
  let drawn = false;
  const line = () => {
    const seconds = Math.max((now() - startedMs) / 1e3, 1e-3);
    const percent = Math.min(100, 100 * read / total);
    return `reading ${formatBytes(Math.min(read, total))} of ${formatBytes(total)} (${percent.toFixed(0)} %), ${formatBytes(read / seconds)}/s`;
  };
  return {
    start(totalBytes) {
      total = totalBytes;
      read = 0;
      active = totalBytes >= minBytes;
      startedMs = now();
      shownMs = startedMs;
    },
    advance(bytes) {
      read += bytes;
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

// src/render/ansi.ts
var wrap = (open2, close2) => (text) => `\x1B[${open2}m${text}\x1B[${close2}m`;
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

// src/render/format.ts
var J_PER_KWH2 = 36e5;
var G_PER_KG = 1e3;
function formatSignificant(value, digits = 3) {
  if (!Number.isFinite(value)) return String(value);
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
  return energyJ / J_PER_KWH2;
}
function gramsToKg(co2eG) {
  return co2eG / G_PER_KG;
}
function formatKWh(energyJ) {
  return `${formatSignificant(joulesToKWh(energyJ))} kWh`;
}
function formatKg(co2eG) {
  return `${formatSignificant(gramsToKg(co2eG))} kg`;
}
function formatG(co2eG) {
  return `${formatSignificant(co2eG)} g`;
}
function formatEnergy(energyJ) {
  const kWh = joulesToKWh(energyJ);
  if (kWh !== 0 && Math.abs(kWh) < 1) return `${formatSignificant(kWh * 1e3)} Wh`;
  if (Math.abs(kWh) >= 1e4) return `${formatSignificant(kWh / 1e3)} MWh`;
  return `${formatSignificant(kWh)} kWh`;
}
function formatCo2e(co2eG) {
  if (Math.abs(co2eG) < 1e3) return formatG(co2eG);
  if (Math.abs(co2eG) < 1e6) return formatKg(co2eG);
  return `${formatSignificant(co2eG / 1e6)} t`;
}
function formatPowerW(powerW) {
  if (Math.abs(powerW) >= 1e3) return `${formatSignificant(powerW / 1e3)} kW`;
  return `${formatSignificant(powerW)} W`;
}
function formatIntensity(gPerKWh) {
  return `${formatSignificant(gPerKWh)} g CO2e/kWh`;
}
function formatPercent(fraction) {
  const tenths = Math.floor(fraction * 1e3 + 1e-9);
  return `${(tenths / 10).toFixed(1)} %`;
}
function formatChangePercent(percent) {
  const sign = percent > 0 ? "+" : percent < 0 ? "-" : "\xB1";
  return `${sign}${Math.abs(percent).toFixed(1)} %`;
}
function formatDuration(durationS) {
  if (durationS < 60) return `${formatSignificant(durationS)} s`;
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
function mdCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function mdText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|])/g, "\\$1").replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
function markdownTable(header, rows, align) {
  const sep = align.map((a) => a === "right" ? "---:" : "---");
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header.map(mdCell)), line(sep), ...rows.map((r) => line(r.map(mdCell)))];
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
function codeSpan(text) {
  return `\`${text.replace(/[`\r\n]/g, " ")}\``;
}
function smokeMarkdown(result) {
  const cells = smokeCells(result);
  const runs = result.iterations > 0 ? `, batch ${result.batchSize}, ${result.iterations} timed runs${result.warmup !== void 0 ? ` after ${result.warmup} warm-up` : ""}` : "";
  const failed = result.checks.filter((c) => !c.passed);
  const lines = [
    `#### Smoke test: ${result.passed ? "\u2705 passed" : "\u274C failed"}`,
    "",
    `${codeSpan(result.model)}, device ${result.requestedDevice}${runs}.`,
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
    ...result.fallbackReason ? [`- Fell back to CPU: ${mdText(result.fallbackReason)}`] : [],
    ...result.nodesByProvider && Object.keys(result.nodesByProvider).length > 0 ? [`- Nodes by execution provider: ${Object.entries(result.nodesByProvider).map(([p, n]) => `${mdText(p)} ${n}`).join(", ")}`] : [],
    ...result.iterations > 0 ? [`- Load ${formatSignificant(result.loadMs)} ms, mean latency ${formatSignificant(result.latencyMs.mean)} ms, ${formatSignificant(result.throughputPerS)} inferences/s.`] : [],
    ...result.energyNote ? [`- Energy: ${mdText(result.energyNote)}`] : []
  ];
  if (details.length > 0) lines.push("", "<details>", "<summary>Smoke test details</summary>", "", ...details, "", "</details>");
  return lines.join("\n");
}
function checkLine(check) {
  return `- ${check.passed ? "\u2705" : "\u274C"} ${mdText(check.name)}: ${mdText(check.message)}`;
}
function smokeTerminalLines(result, s) {
  const cells = smokeCells(result);
  const out = [
    `Smoke test: ${result.passed ? s.good("pass") : s.bad("FAIL")} - ${result.model} on ${cells.provider}, ${cells.checks}, p50 / p95 ${cells.latency}, ${cells.energy} and ${cells.co2e} CO2e per 1000 inferences`
  ];
  for (const check of result.checks.filter((c) => !c.passed)) out.push(`  ${s.bad("\u2717")} ${check.name}: ${check.message.split("\n")[0]}`);
  return out;
}

// src/render/terminal.ts
function renderTerminal(report, options) {
  const s = styleFor(options.color);
  const out = [];
  out.push(s.bold(`carbon-ci ${report.inputs.mode === "estimate" ? "estimate" : "report"}`) + s.dim(` ${subtitle(report)}`));
  out.push("");
  out.push(...headline(report, s));
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
  if (report.window) {
    parts.push(`${formatInstant(report.window.start)} to ${formatInstant(report.window.end)}`);
  }
  parts.push(formatDuration(report.totals.durationS));
  if (report.inputs.mode === "telemetry") parts.push(`times read in ${report.inputs.timeZone}`);
  return parts.join(", ");
}
function headline(report, s) {
  const { totals, factors } = report;
  const rows = [
    ["Energy", s.bold(formatKWh(totals.energyJ)), "device energy"],
    ["Facility energy", s.bold(formatKWh(totals.facilityEnergyJ)), `\xD7 PUE ${formatSignificant(factors.pue.value)}`],
    [
      "CO2e",
      s.bold(formatKg(totals.co2eG)),
      `operational ${formatKg(totals.operationalCo2eG)} + embodied ${formatKg(totals.embodiedCo2eG)}`
    ],
    ["Coverage", formatPercent(report.coverage), "share of the devices\u2019 time backed by evidence"]
  ];
  return textTable(["", "", ""], rows, ["left", "right", "left"]).slice(1);
}
function factorLines(report) {
  const { pue, intensity, embodied } = report.factors;
  const where = intensity.zone && intensity.zone !== intensity.location ? `${intensity.location} (grid ${intensity.zone})` : intensity.location;
  const rows = [
    ["PUE", formatSignificant(pue.value), formatFactorSource(pue)],
    ["Grid intensity", `${formatIntensity(intensity.gPerKWh)} for ${where}`, formatFactorSource(intensity)]
  ];
  if (embodied) rows.push(["Embodied", "", formatFactorSource(embodied)]);
  return textTable(["", "", ""], rows, ["left", "left", "left"]).slice(1);
}
function deviceTable(report) {
  const rows = report.devices.map((d) => [
    d.id,
    d.count ? `${d.count} \xD7 ${d.model}` : d.model,
    formatEnergy(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent(d.coverage),
    d.plugins.join(", ")
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
      out.push(`Baseline: ${b.deltaCo2eG >= 0 ? "+" : "-"}${formatCo2e(Math.abs(b.deltaCo2eG))} CO2e${change} against ${b.source}`);
    } else {
      out.push(`Baseline: none (${b.source})`);
    }
  }
  for (const budget of report.budgets ?? []) {
    out.push(`Budget ${budget.name}: ${budget.passed ? s.good("pass") : s.bad("FAIL")} - ${budget.message}`);
  }
  if (report.smoke) out.push(...smokeTerminalLines(report.smoke, s));
  return out;
}
function warningLocation(w) {
  if (!w.file) return w.deviceId && !w.message.includes(w.deviceId) ? `device ${w.deviceId}` : "";
  if (w.message.includes(w.file)) return w.line !== void 0 && !w.message.includes(`line ${w.line}`) ? `${w.file}:${w.line}` : "";
  return w.line !== void 0 ? `${w.file}:${w.line}` : w.file;
}
function warningLines(warnings2, max, s) {
  const out = warnings2.slice(0, max).map((w) => {
    const where = warningLocation(w);
    return `  ${s.warn("!")} ${w.message}${where ? s.dim(` (${where})`) : ""}`;
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
  return { mermaid, hasMissing: known.length < values.length, stepS: points.stepS };
}
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return Number((step * power).toPrecision(3));
  }
  return 10 * power;
}

// src/render/markdown.ts
function renderMarkdown(report, options = {}) {
  const sections = [
    headline2(report, options.title ?? "carbon-ci"),
    verdicts(report),
    powerChart(report),
    devices(report, options.foldDevicesAbove ?? 8, options.maxDeviceRows ?? 200),
    report.smoke ? smokeMarkdown(report.smoke) : "",
    method(report),
    warnings(report, options.maxWarnings ?? 25)
  ];
  return sections.filter((s) => s.length > 0).join("\n\n") + "\n";
}
function headline2(report, title) {
  const { totals } = report;
  if (report.devices.length === 0 && report.inputs.files.length === 0 && report.inputs.mode === "telemetry") {
    return [
      `### ${mdText(title)}: no telemetry given`,
      "",
      `<sub>No power logs were read, so there is no training energy or CO2e to report${report.smoke ? "; the smoke test below is priced with the factors for this location" : ""}.</sub>`
    ].join("\n");
  }
  const what = report.inputs.mode === "estimate" ? "estimated from a configuration" : `${report.devices.length} device${report.devices.length === 1 ? "" : "s"}`;
  const when = report.window ? `, ${formatInstant(report.window.start)} to ${formatInstant(report.window.end)}` : "";
  return [
    `### ${mdText(title)}: ${formatKg(totals.co2eG)} CO2e`,
    "",
    ...markdownTable(
      ["Device energy", "Facility energy", "CO2e", "Coverage", "Duration"],
      [[formatKWh(totals.energyJ), formatKWh(totals.facilityEnergyJ), formatKg(totals.co2eG), formatPercent(report.coverage), formatDuration(totals.durationS)]],
      ["right", "right", "right", "right", "right"]
    ),
    "",
    `<sub>${what}${when}. CO2e = operational ${formatKg(totals.operationalCo2eG)} + embodied ${formatKg(totals.embodiedCo2eG)}.</sub>`
  ].join("\n");
}
function verdicts(report) {
  const parts = [];
  if (report.budgets && report.budgets.length > 0) parts.push(budgets(report.budgets));
  if (report.baseline) parts.push(baseline(report.baseline));
  return parts.join("\n\n");
}
function budgets(list) {
  const rows = list.map((b) => [
    b.passed ? "\u2705 pass" : "\u274C fail",
    b.name,
    `${formatSignificant(b.actual)} ${b.unit}`,
    `${formatSignificant(b.limit)} ${b.unit}`,
    b.message
  ]);
  return ["#### Budgets", "", ...markdownTable(["", "budget", "actual", "limit", ""], rows, ["left", "left", "right", "right", "left"])].join("\n");
}
function baseline(b) {
  if (!b.found) return `#### Against the base branch

No baseline: ${mdText(b.source)}.`;
  const lines = ["#### Against the base branch", ""];
  const cells = [];
  if (b.co2eG !== void 0) cells.push(`baseline ${formatCo2e(b.co2eG)} CO2e`);
  if (b.deltaCo2eG !== void 0) {
    const delta = `${b.deltaCo2eG >= 0 ? "+" : "-"}${formatCo2e(Math.abs(b.deltaCo2eG))}`;
    cells.push(`change **${delta}**${b.deltaPercent !== void 0 ? ` (${formatChangePercent(b.deltaPercent)})` : ""}`);
  }
  if (b.energyJ !== void 0) cells.push(`baseline energy ${formatEnergy(b.energyJ)}`);
  lines.push(`${cells.join(" \xB7 ")}. Baseline: ${mdText(b.source)}.`);
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
    `<sub>Sum over all devices, mean of each ${formatDuration(chart.stepS)} step.${note}</sub>`
  ].join("\n");
}
function deviceRows(list) {
  return list.map((d) => [
    d.id,
    d.count ? `${d.count} \xD7 ${d.model}` : d.model,
    formatEnergy(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent(d.coverage),
    d.peakPowerW !== void 0 ? formatPowerW(d.peakPowerW) : "",
    d.plugins.join(", ")
  ]);
}
function devices(report, foldAbove, maxRows) {
  if (report.devices.length === 0) return "";
  const listed = report.devices.length <= maxRows ? report.devices : [...report.devices].sort((a, b) => b.energyJ - a.energyJ).slice(0, maxRows);
  let table = markdownTable(
    ["id", "model", "energy", "CO2e", "method", "coverage", "peak power", "plugin"],
    deviceRows(listed),
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
function method(report) {
  const { pue, intensity, embodied } = report.factors;
  const where = intensity.zone && intensity.zone !== intensity.location ? `${intensity.location} (grid ${intensity.zone})` : intensity.location;
  const methods = [...new Set(report.devices.map((d) => d.method))];
  const lines = [
    "<details>",
    "<summary><b>How these numbers were obtained</b></summary>",
    "",
    `- Device energy: ${methods.map(describeMethod).join("; ") || "no devices"}. Coverage ${formatPercent(report.coverage)}: missing data is never counted as zero, it lowers coverage.`,
    `- Facility energy = device energy \xD7 PUE **${formatSignificant(pue.value)}** (${mdText(formatFactorSource(pue))}).`,
    `- Operational CO2e = facility energy \xD7 **${formatIntensity(intensity.gPerKWh)}**, location-based, for ${mdText(where)} (${mdText(formatFactorSource(intensity))}).`,
    embodied ? `- Embodied CO2e: the devices' manufacturing footprint, amortised over their life for the time used (${mdText(formatFactorSource(embodied))}).` : "- Embodied CO2e: not counted (0)."
  ];
  if (report.inputs.mode === "telemetry" && report.inputs.files.length > 0) {
    lines.push(`- Timestamps without a zone were read in ${mdText(report.inputs.timeZone)}${report.inputs.timeZoneSource === "default" ? " (the default; name the zone with --timezone)" : ""}; ${describeMaxGap(report)}.`);
  }
  if (report.inputs.estimate) {
    const e = report.inputs.estimate;
    lines.push(`- Estimate: ${e.count} \xD7 ${mdText(e.model ?? e.gpu)} for ${formatSignificant(e.hoursPerDevice)} h each at ${formatPowerW(e.powerW)} (${e.powerSource === "user" ? "stated power" : "board power from the GPU table"}) \xD7 utilisation ${formatSignificant(e.utilization)}.`);
  }
  lines.push(`- carbon-ci ${report.tool.version}, dataset ${report.tool.datasetVersion}, report schema ${report.schemaVersion}.`);
  lines.push("", "</details>");
  return lines.join("\n");
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
function warnings(report, max) {
  if (report.warnings.length === 0) return "";
  const items = report.warnings.slice(0, max).map((w) => {
    const where = warningLocation(w);
    return `- ${mdText(w.message)}${where ? ` <sub>(${mdText(where)})</sub>` : ""}`;
  });
  if (report.warnings.length > max) items.push(`- \u2026 and ${report.warnings.length - max} more; the JSON report lists them all.`);
  return [`#### \u26A0\uFE0F Warnings (${report.warnings.length})`, "", ...items].join("\n");
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
            zone: { type: "string" }
          }
        },
        embodied: {
          type: "object",
          allOf: [{ $ref: "#/definitions/factorSource" }],
          required: ["source", "lifetimeS", "devices"],
          properties: {
            lifetimeS: { type: "number", exclusiveMinimum: 0 },
            devices: { type: "integer", minimum: 0 }
          }
        }
      }
    },
    devices: { type: "array", items: { $ref: "#/definitions/device" } },
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
        peakPowerW: { $ref: "#/definitions/nonNegative" }
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
function resolve3(node) {
  if (!node?.$ref) return node;
  let target = root;
  for (const part of node.$ref.replace(/^#\//, "").split("/")) {
    target = target?.[part];
  }
  return resolve3(target);
}
function declared(node) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n) => {
    const r = resolve3(n);
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
    const items = resolve3(node)?.items;
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

export {
  loadConfig,
  reportSchemaErrors,
  validateReport,
  joulesToKWh,
  gramsToKg,
  formatKWh,
  formatKg,
  renderTerminal,
  renderMarkdown,
  renderJson,
  PUE_RANGE,
  INTENSITY_RANGE_G_PER_KWH,
  resolveFactors,
  TOOL_VERSION,
  factorsFor,
  assembleReport,
  loadPlugin,
  runReport,
  runEstimate,
  progressDisplay,
  runSmokeTest,
  smokeForAction,
  formatSmokeSummary
};
