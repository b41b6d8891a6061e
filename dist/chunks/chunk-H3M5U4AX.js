import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  DroppedRows,
  civilToMs,
  dateTimeToUtc,
  definePlugin,
  epochToMs,
  findColumn,
  isValidTimeZone,
  monotonicWallClockToUtc,
  parseDateTime,
  parseNumber,
  parsePrometheusLine,
  readLineChunks,
  readLines,
  sdk_exports,
  sniffUnsupportedEncoding,
  splitCsvLine,
  unsupportedEncodingError,
  wallClockToUtc
} from "./chunk-R3XT77ID.js";
import {
  isValidRecord,
  previewRecord,
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error,
  validatePluginOptions,
  validateRecord
} from "./chunk-Z6JEEBKS.js";
import {
  InputError,
  __commonJS,
  __require,
  __toESM,
  isInputError
} from "./chunk-6IHMTK6C.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index2] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index2 = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index2 < str.length) {
        if (str[index2] === "*") {
          return true;
        }
        if (str[index2 + 1] === "?" && /[\].+)]/.test(str[index2])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index2] === "[" && str[index2 + 1] !== "]") {
          if (closeSquareIndex < index2) {
            closeSquareIndex = str.indexOf("]", index2);
          }
          if (closeSquareIndex > index2) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index2);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index2] === "{" && str[index2 + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index2);
          if (closeCurlyIndex > index2) {
            backSlashIndex = str.indexOf("\\", index2);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index2] === "(" && str[index2 + 1] === "?" && /[:!=]/.test(str[index2 + 2]) && str[index2 + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index2);
          if (closeParenIndex > index2) {
            backSlashIndex = str.indexOf("\\", index2);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index2] === "(" && str[index2 + 1] !== "|") {
          if (pipeIndex < index2) {
            pipeIndex = str.indexOf("|", index2);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index2] === "\\") {
          var open3 = str[index2 + 1];
          index2 += 2;
          var close2 = chars[open3];
          if (close2) {
            var n = str.indexOf(close2, index2);
            if (n !== -1) {
              index2 = n + 1;
            }
          }
          if (str[index2] === "!") {
            return true;
          }
        } else {
          index2++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index2 = 0;
      while (index2 < str.length) {
        if (/[*?{}()[\]]/.test(str[index2])) {
          return true;
        }
        if (str[index2] === "\\") {
          var open3 = str[index2 + 1];
          index2 += 2;
          var close2 = chars[open3];
          if (close2) {
            var n = str.indexOf(close2, index2);
            if (n !== -1) {
              index2 = n + 1;
            }
          }
          if (str[index2] === "!") {
            return true;
          }
        } else {
          index2++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap2 = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap2;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber2) => {
      return (value) => toNumber2 === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index2 = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index2] === "0") ;
      return index2 > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber2) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber2 === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap2 = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap2 ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber2 = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber2);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index2 = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index2), maxLen, toNumber2));
        }
        a = descending ? a - step : a + step;
        index2++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index2 = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index2));
        a = descending ? a - step : a + step;
        index2++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile2 = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify2();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index2 = 0;
      let depth = 0;
      let value;
      const advance = () => input[index2++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index2 < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index2 < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open3 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index2 < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open3) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open3 = block.nodes.shift();
            block.nodes = [open3, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index3 = parent.nodes.indexOf(block);
          parent.nodes.splice(index3, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var compile = require_compile2();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index2 = -1;
      let start = 0;
      let lastIndex2 = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex2 = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex2 -= start;
      }
      if (base && isGlob === true && lastIndex2 > 0) {
        base = str.slice(0, lastIndex2);
        glob = str.slice(lastIndex2);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants2.globChars(win32);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first2, rest, index2) => {
          if (first2 === "\\") {
            backslashes = true;
            return m;
          }
          if (first2 === "?") {
            if (esc) {
              return esc + first2 + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first2 === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first2 === "*") {
            if (esc) {
              return esc + first2 + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants2;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index2 = v.indexOf("{");
      return index2 > -1 && v.indexOf("}", index2) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename2 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename2);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative2 = [];
      for (const pattern of patterns) {
        if (isAbsolute3(pattern)) {
          absolute.push(pattern);
        } else {
          relative2.push(pattern);
        }
      }
      return [absolute, relative2];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute3(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute3;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream2 = __require("stream");
    var PassThrough = Stream2.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string2 = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string2();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read5(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path, (statError, stat6) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat6.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat6);
        });
      });
    }
    exports.read = read5;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read5(path, settings) {
      const lstat = settings.fs.lstatSync(path);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat6 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat6.isSymbolicLink = () => true;
        }
        return stat6;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read5;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat6(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat6;
    function statSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read5(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir3(directory, settings, callback);
    }
    exports.read = read5;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir3(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir3;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read5(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir3(directory, settings);
    }
    exports.read = read5;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir3(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir3;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve4, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve4(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve4, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve4(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve4) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve4();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve4();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root2, options) {
        return this._walkStream(root2, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index2, _enc, done) => {
          return this._getEntry(filepaths[index2], patterns[index2], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index2 === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve4, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve4(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root2, options) {
        return new Promise((resolve4, reject) => {
          this._walkAsync(root2, options, (error, entries) => {
            if (error === null) {
              resolve4(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve4, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve4(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index2) => {
            const segment = pattern.segments[index2];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root2, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root2, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root2, options) {
        return this._walkSync(root2, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root2 = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root2, task, options);
        return entries.map(options.transform);
      }
      api(root2, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root2, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate2 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate2));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root: root2, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root: root2, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate2, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate2);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate2);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
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

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://carbon-ci.dev/schemas/config.schema.json",
  title: "carbon-ci configuration (.carbon-ci.yml)",
  description: "Settings shared by the CLI and the Action. Flags and Action inputs override these values.",
  type: "object",
  additionalProperties: false,
  properties: {
    telemetry: {
      description: "Files or globs to read.",
      oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }]
    },
    plugin: { type: "string", description: `A plugin name, or "auto" to detect each file's format.` },
    plugins: {
      type: "array",
      description: "Extra plugin modules: repository paths (.js/.mjs) or installed npm package names.",
      items: { type: "string" }
    },
    pluginOptions: {
      type: "object",
      description: "Options per plugin name, validated against that plugin's own schema.",
      additionalProperties: { type: "object" }
    },
    location: { type: "string", description: "Country (FR), US state (US-CA) or cloud region (aws:us-east-1)." },
    pue: { type: "number", minimum: 1, maximum: 3 },
    intensity: { type: "number", minimum: 0, maximum: 2e3, description: "Grid intensity in g CO2e per kWh." },
    timezone: { type: "string", description: "IANA zone of timestamps that carry none." },
    maxGapS: {
      description: 'Longest interval between samples that is bridged, in seconds, or "auto".',
      oneOf: [{ type: "number", exclusiveMinimum: 0 }, { const: "auto" }]
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: {
        co2eKg: { type: "number", minimum: 0 },
        energyKWh: { type: "number", minimum: 0 },
        maxIncreasePercent: { type: "number", minimum: 0 },
        failOnBudget: { type: "boolean" }
      }
    },
    smoke: {
      type: "object",
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        inputs: { type: "string" },
        expected: { type: "string" },
        device: { enum: ["auto", "cuda", "cpu"] },
        iterations: { type: "integer", minimum: 1 },
        batchSize: { type: "integer", minimum: 1 }
      }
    }
  }
};

// src/config/load.ts
var CONFIG_FILE_NAME = ".carbon-ci.yml";
var validate = new import_ajv.Ajv({ allErrors: true, strict: false }).compile(config_schema_default);
function parseConfig(text2, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line2 = lineCounter.linePos(yamlError.pos[0]).line;
    throw new InputError(`is not valid YAML: ${yamlError.message.split("\n")[0]}`, { file, line: line2, hint: "fix the YAML syntax" });
  }
  const value = doc.toJS() ?? {};
  if (validate(value)) return value;
  const error = validate.errors?.[0];
  const path = (error?.instancePath ?? "").split("/").filter(Boolean);
  const extra = error?.keyword === "additionalProperties" ? error.params.additionalProperty : void 0;
  const line = lineCounter.linePos(offsetOf(doc, path, extra)).line;
  const key = path.join(".") || "(top level)";
  const detail = error?.keyword === "additionalProperties" ? `unknown setting "${extra}"` : `${key} ${error?.message ?? "is invalid"}`;
  throw new InputError(detail, { file, line, hint: "see schemas/config.schema.json for the accepted settings" });
}
function offsetOf(doc, path, extraKey) {
  const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (extraKey !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === extraKey);
    if (pair && (0, import_yaml.isNode)(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return (0, import_yaml.isNode)(node) && node.range ? node.range[0] : 0;
}
async function loadConfig(dir, explicitPath) {
  const file = explicitPath ?? join(dir, CONFIG_FILE_NAME);
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (error) {
    if (!explicitPath && error.code === "ENOENT") return void 0;
    throw new InputError(`cannot read the config file: ${error.message}`, { file, hint: "check the path" });
  }
  return parseConfig(text2, file);
}

// src/data/cloud-regions.json
var cloud_regions_default = {
  attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College) | Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)",
  datasetVersion: "2026.11.0",
  description: "AWS, Google Cloud and Azure regions mapped to the grid they draw from (a US state or a country) and that grid's annual figure from grid-us-states.json / grid-countries.json (location-based, no renewable-energy claims).",
  generatedBy: "scripts/build-data.mjs",
  inputs: {},
  licence: "region locations: facts from the providers' public region lists; figures: egrid2016: US Government work, public domain; copy from CodeCarbon, MIT; ember: CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README",
  regions: {
    "aws:af-south-1": { gPerKWh: 713.9, grid: "ZA", place: "Cape Town", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-east-1": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "aws", source: "ember", year: 2023 },
    "aws:ap-northeast-1": { gPerKWh: 483.73, grid: "JP", place: "Tokyo", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-northeast-2": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-northeast-3": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-south-1": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-south-2": { gPerKWh: 708.96, grid: "IN", place: "Hyderabad", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-1": { gPerKWh: 498.74, grid: "SG", place: "Singapore", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-2": { gPerKWh: 553.76, grid: "AU", place: "Sydney", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-3": { gPerKWh: 682.43, grid: "ID", place: "Jakarta", provider: "aws", source: "ember", year: 2023 },
    "aws:ap-southeast-4": { gPerKWh: 553.76, grid: "AU", place: "Melbourne", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-5": { gPerKWh: 604.43, grid: "MY", place: "Malaysia", provider: "aws", source: "ember", year: 2024 },
    "aws:ap-southeast-7": { gPerKWh: 555.43, grid: "TH", place: "Thailand", provider: "aws", source: "ember", year: 2024 },
    "aws:ca-central-1": { gPerKWh: 184.99, grid: "CA", place: "Montr\xE9al", provider: "aws", source: "ember", year: 2024 },
    "aws:ca-west-1": { gPerKWh: 184.99, grid: "CA", place: "Calgary", provider: "aws", source: "ember", year: 2024 },
    "aws:cn-north-1": { gPerKWh: 557.5, grid: "CN", place: "Beijing", provider: "aws", source: "ember", year: 2024 },
    "aws:cn-northwest-1": { gPerKWh: 557.5, grid: "CN", place: "Ningxia", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-central-1": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-central-2": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-north-1": { gPerKWh: 35.89, grid: "SE", place: "Stockholm", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-south-1": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-south-2": { gPerKWh: 146.15, grid: "ES", place: "Arag\xF3n", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-1": { gPerKWh: 279.79, grid: "IE", place: "Ireland", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-2": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "aws", source: "ember", year: 2024 },
    "aws:eu-west-3": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "aws", source: "ember", year: 2024 },
    "aws:il-central-1": { gPerKWh: 567.26, grid: "IL", place: "Tel Aviv", provider: "aws", source: "ember", year: 2023 },
    "aws:me-central-1": { gPerKWh: 467.51, grid: "AE", place: "UAE", provider: "aws", source: "ember", year: 2024 },
    "aws:me-south-1": { gPerKWh: 902.41, grid: "BH", place: "Bahrain", provider: "aws", source: "ember", year: 2023 },
    "aws:mx-central-1": { gPerKWh: 483.14, grid: "MX", place: "Mexico (Quer\xE9taro)", provider: "aws", source: "ember", year: 2024 },
    "aws:sa-east-1": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo", provider: "aws", source: "ember", year: 2024 },
    "aws:us-east-1": { gPerKWh: 369.1344, grid: "US-VA", place: "Northern Virginia", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-east-2": { gPerKWh: 664.9483, grid: "US-OH", place: "Ohio", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-gov-east-1": { gPerKWh: 664.9483, grid: "US-OH", place: "GovCloud (US-East), Ohio", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-gov-west-1": { gPerKWh: 383.55, grid: "US", place: "GovCloud (US-West), US Northwest; state not published, so the US figure", provider: "aws", source: "ember", year: 2024 },
    "aws:us-west-1": { gPerKWh: 205.2691, grid: "US-CA", place: "Northern California", provider: "aws", source: "egrid2016", year: 2016 },
    "aws:us-west-2": { gPerKWh: 138.7498, grid: "US-OR", place: "Oregon", provider: "aws", source: "egrid2016", year: 2016 },
    "azure:australiacentral": { gPerKWh: 553.76, grid: "AU", place: "Canberra", provider: "azure", source: "ember", year: 2024 },
    "azure:australiacentral2": { gPerKWh: 553.76, grid: "AU", place: "Canberra", provider: "azure", source: "ember", year: 2024 },
    "azure:australiaeast": { gPerKWh: 553.76, grid: "AU", place: "New South Wales", provider: "azure", source: "ember", year: 2024 },
    "azure:australiasoutheast": { gPerKWh: 553.76, grid: "AU", place: "Victoria", provider: "azure", source: "ember", year: 2024 },
    "azure:brazilsouth": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo State", provider: "azure", source: "ember", year: 2024 },
    "azure:brazilsoutheast": { gPerKWh: 106.06, grid: "BR", place: "Rio de Janeiro", provider: "azure", source: "ember", year: 2024 },
    "azure:canadacentral": { gPerKWh: 184.99, grid: "CA", place: "Toronto", provider: "azure", source: "ember", year: 2024 },
    "azure:canadaeast": { gPerKWh: 184.99, grid: "CA", place: "Quebec City", provider: "azure", source: "ember", year: 2024 },
    "azure:centralindia": { gPerKWh: 708.96, grid: "IN", place: "Pune", provider: "azure", source: "ember", year: 2024 },
    "azure:centralus": { gPerKWh: 452.6208, grid: "US-IA", place: "Iowa", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:eastasia": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "azure", source: "ember", year: 2023 },
    "azure:eastus": { gPerKWh: 369.1344, grid: "US-VA", place: "Virginia", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:eastus2": { gPerKWh: 369.1344, grid: "US-VA", place: "Virginia", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:francecentral": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "azure", source: "ember", year: 2024 },
    "azure:francesouth": { gPerKWh: 44.18, grid: "FR", place: "Marseille", provider: "azure", source: "ember", year: 2024 },
    "azure:germanynorth": { gPerKWh: 342.06, grid: "DE", place: "Berlin", provider: "azure", source: "ember", year: 2024 },
    "azure:germanywestcentral": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "azure", source: "ember", year: 2024 },
    "azure:israelcentral": { gPerKWh: 567.26, grid: "IL", place: "Israel", provider: "azure", source: "ember", year: 2023 },
    "azure:italynorth": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "azure", source: "ember", year: 2024 },
    "azure:japaneast": { gPerKWh: 483.73, grid: "JP", place: "Tokyo, Saitama", provider: "azure", source: "ember", year: 2024 },
    "azure:japanwest": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "azure", source: "ember", year: 2024 },
    "azure:koreacentral": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "azure", source: "ember", year: 2024 },
    "azure:koreasouth": { gPerKWh: 415.65, grid: "KR", place: "Busan", provider: "azure", source: "ember", year: 2024 },
    "azure:mexicocentral": { gPerKWh: 483.14, grid: "MX", place: "Quer\xE9taro", provider: "azure", source: "ember", year: 2024 },
    "azure:newzealandnorth": { gPerKWh: 120.11, grid: "NZ", place: "Auckland", provider: "azure", source: "ember", year: 2024 },
    "azure:northcentralus": { gPerKWh: 368.0077, grid: "US-IL", place: "Illinois", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:northeurope": { gPerKWh: 279.79, grid: "IE", place: "Ireland", provider: "azure", source: "ember", year: 2024 },
    "azure:norwayeast": { gPerKWh: 30.75, grid: "NO", place: "Oslo", provider: "azure", source: "ember", year: 2024 },
    "azure:norwaywest": { gPerKWh: 30.75, grid: "NO", place: "Stavanger", provider: "azure", source: "ember", year: 2024 },
    "azure:polandcentral": { gPerKWh: 614.98, grid: "PL", place: "Warsaw", provider: "azure", source: "ember", year: 2024 },
    "azure:qatarcentral": { gPerKWh: 602.83, grid: "QA", place: "Doha", provider: "azure", source: "ember", year: 2024 },
    "azure:southafricanorth": { gPerKWh: 713.9, grid: "ZA", place: "Johannesburg", provider: "azure", source: "ember", year: 2024 },
    "azure:southafricawest": { gPerKWh: 713.9, grid: "ZA", place: "Cape Town", provider: "azure", source: "ember", year: 2024 },
    "azure:southcentralus": { gPerKWh: 476.0574, grid: "US-TX", place: "Texas", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:southeastasia": { gPerKWh: 498.74, grid: "SG", place: "Singapore", provider: "azure", source: "ember", year: 2024 },
    "azure:southindia": { gPerKWh: 708.96, grid: "IN", place: "Chennai", provider: "azure", source: "ember", year: 2024 },
    "azure:spaincentral": { gPerKWh: 146.15, grid: "ES", place: "Madrid", provider: "azure", source: "ember", year: 2024 },
    "azure:swedencentral": { gPerKWh: 35.89, grid: "SE", place: "G\xE4vle and Sandviken", provider: "azure", source: "ember", year: 2024 },
    "azure:switzerlandnorth": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "azure", source: "ember", year: 2024 },
    "azure:switzerlandwest": { gPerKWh: 36.72, grid: "CH", place: "Geneva", provider: "azure", source: "ember", year: 2024 },
    "azure:uaecentral": { gPerKWh: 467.51, grid: "AE", place: "Abu Dhabi", provider: "azure", source: "ember", year: 2024 },
    "azure:uaenorth": { gPerKWh: 467.51, grid: "AE", place: "Dubai", provider: "azure", source: "ember", year: 2024 },
    "azure:uksouth": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "azure", source: "ember", year: 2024 },
    "azure:ukwest": { gPerKWh: 215.79, grid: "GB", place: "Cardiff", provider: "azure", source: "ember", year: 2024 },
    "azure:westcentralus": { gPerKWh: 919.0961, grid: "US-WY", place: "Wyoming", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westeurope": { gPerKWh: 252.7, grid: "NL", place: "Netherlands", provider: "azure", source: "ember", year: 2024 },
    "azure:westindia": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "azure", source: "ember", year: 2024 },
    "azure:westus": { gPerKWh: 205.2691, grid: "US-CA", place: "California", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westus2": { gPerKWh: 84.751, grid: "US-WA", place: "Washington", provider: "azure", source: "egrid2016", year: 2016 },
    "azure:westus3": { gPerKWh: 422.8501, grid: "US-AZ", place: "Arizona", provider: "azure", source: "egrid2016", year: 2016 },
    "gcp:africa-south1": { gPerKWh: 713.9, grid: "ZA", place: "Johannesburg", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-east1": { gPerKWh: 635.15, grid: "TW", place: "Changhua County", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-east2": { gPerKWh: 681.99, grid: "HK", place: "Hong Kong", provider: "gcp", source: "ember", year: 2023 },
    "gcp:asia-northeast1": { gPerKWh: 483.73, grid: "JP", place: "Tokyo", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-northeast2": { gPerKWh: 483.73, grid: "JP", place: "Osaka", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-northeast3": { gPerKWh: 415.65, grid: "KR", place: "Seoul", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-south1": { gPerKWh: 708.96, grid: "IN", place: "Mumbai", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-south2": { gPerKWh: 708.96, grid: "IN", place: "Delhi", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-southeast1": { gPerKWh: 498.74, grid: "SG", place: "Jurong West", provider: "gcp", source: "ember", year: 2024 },
    "gcp:asia-southeast2": { gPerKWh: 682.43, grid: "ID", place: "Jakarta", provider: "gcp", source: "ember", year: 2023 },
    "gcp:asia-southeast3": { gPerKWh: 555.43, grid: "TH", place: "Bangkok", provider: "gcp", source: "ember", year: 2024 },
    "gcp:australia-southeast1": { gPerKWh: 553.76, grid: "AU", place: "Sydney", provider: "gcp", source: "ember", year: 2024 },
    "gcp:australia-southeast2": { gPerKWh: 553.76, grid: "AU", place: "Melbourne", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-central2": { gPerKWh: 614.98, grid: "PL", place: "Warsaw", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-north1": { gPerKWh: 72.25, grid: "FI", place: "Hamina", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-north2": { gPerKWh: 35.89, grid: "SE", place: "Stockholm", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-southwest1": { gPerKWh: 146.15, grid: "ES", place: "Madrid", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west1": { gPerKWh: 117.58, grid: "BE", place: "St. Ghislain", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west10": { gPerKWh: 342.06, grid: "DE", place: "Berlin", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west12": { gPerKWh: 287.75, grid: "IT", place: "Turin", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west2": { gPerKWh: 215.79, grid: "GB", place: "London", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west3": { gPerKWh: 342.06, grid: "DE", place: "Frankfurt", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west4": { gPerKWh: 252.7, grid: "NL", place: "Eemshaven", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west6": { gPerKWh: 36.72, grid: "CH", place: "Zurich", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west8": { gPerKWh: 287.75, grid: "IT", place: "Milan", provider: "gcp", source: "ember", year: 2024 },
    "gcp:europe-west9": { gPerKWh: 44.18, grid: "FR", place: "Paris", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-central1": { gPerKWh: 602.83, grid: "QA", place: "Doha", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-central2": { gPerKWh: 691.95, grid: "SA", place: "Dammam", provider: "gcp", source: "ember", year: 2024 },
    "gcp:me-west1": { gPerKWh: 567.26, grid: "IL", place: "Tel Aviv", provider: "gcp", source: "ember", year: 2023 },
    "gcp:northamerica-northeast1": { gPerKWh: 184.99, grid: "CA", place: "Montr\xE9al", provider: "gcp", source: "ember", year: 2024 },
    "gcp:northamerica-northeast2": { gPerKWh: 184.99, grid: "CA", place: "Toronto", provider: "gcp", source: "ember", year: 2024 },
    "gcp:northamerica-south1": { gPerKWh: 483.14, grid: "MX", place: "Quer\xE9taro", provider: "gcp", source: "ember", year: 2024 },
    "gcp:southamerica-east1": { gPerKWh: 106.06, grid: "BR", place: "S\xE3o Paulo", provider: "gcp", source: "ember", year: 2024 },
    "gcp:southamerica-west1": { gPerKWh: 265.52, grid: "CL", place: "Santiago", provider: "gcp", source: "ember", year: 2024 },
    "gcp:us-central1": { gPerKWh: 452.6208, grid: "US-IA", place: "Council Bluffs, Iowa", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-central2": { gPerKWh: 473.4216, grid: "US-OK", place: "Oklahoma", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east1": { gPerKWh: 285.5037, grid: "US-SC", place: "Moncks Corner, South Carolina", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east4": { gPerKWh: 369.1344, grid: "US-VA", place: "Ashburn, Northern Virginia", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-east5": { gPerKWh: 664.9483, grid: "US-OH", place: "Columbus, Ohio", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-south1": { gPerKWh: 476.0574, grid: "US-TX", place: "Dallas, Texas", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west1": { gPerKWh: 138.7498, grid: "US-OR", place: "The Dalles, Oregon", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west2": { gPerKWh: 205.2691, grid: "US-CA", place: "Los Angeles, California", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west3": { gPerKWh: 738.1635, grid: "US-UT", place: "Salt Lake City, Utah", provider: "gcp", source: "egrid2016", year: 2016 },
    "gcp:us-west4": { gPerKWh: 349.2262, grid: "US-NV", place: "Las Vegas, Nevada", provider: "gcp", source: "egrid2016", year: 2016 }
  },
  sources: {
    egrid2016: { attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "US Government work, public domain; copy from CodeCarbon, MIT", name: "US EPA eGRID2016 state CO2 output emission rate (via CodeCarbon)", url: "https://www.epa.gov/egrid" },
    ember: { attribution: "Ember, Yearly Electricity Data, latest year per country (2022-2024), life-cycle gCO2e/kWh; compiled by The Green Web Foundation in co2.js (data/output/average-intensities.json @ 27cbe832)", licence: "CC BY 4.0 (Ember); the co2.js copy is labelled CC BY-SA 4.0 by its README", name: "Ember yearly electricity data (via co2.js)", url: "https://ember-energy.org/data/yearly-electricity-data/" }
  },
  unit: "gCO2e/kWh (US states: gCO2/kWh)"
};

// src/data/gpus.json
var gpus_default = {
  attribution: "Board power and memory: the vendor datasheets and papers named in each row, several via mlco2/impact data/gpus.csv (MIT, Copyright (c) 2013-2019 Blackrock Digital LLC) and Green Algorithms data/latest/TDP_gpu.csv (CC BY 4.0, Lannelongue et al.). Embodied footprint: Cloud Carbon Footprint / Teads (Apache-2.0); Luccioni et al. 2022.",
  datasetVersion: "2026.11.0",
  defaultLifetime: {
    seconds: 126230400,
    source: "Cloud Carbon Footprint / Teads: 4-year linear amortisation of server hardware (SCI M = TE x TR/EL)",
    years: 4
  },
  description: "Accelerators: names as nvidia-smi / DCGM / rocm-smi print them, board power (W), nominal memory, form factor, launch year, and a manufacturing (embodied) footprint per device amortised over `defaultLifetime`.",
  generatedBy: "scripts/build-data.mjs",
  gpus: [
    { boardPowerW: 500, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "OAM", memoryGiB: 128, model: "AMD Instinct MI250X", names: ["AMD Instinct MI250X", "MI250X OAM"], source: "AMD MI250X specification: 500 W board power, 560 W peak (secondary sources disagree, 500 vs 560 W). One MI250X is two GCDs; rocm-smi lists each GCD and reports the package power on the first", vendor: "amd", year: 2021 },
    { boardPowerW: 750, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "OAM", memoryGiB: 192, model: "AMD Instinct MI300X", names: ["AMD Instinct MI300X", "AMD Instinct MI300X OAM", "MI300X OAM"], source: "AMD MI300X specification footnotes: up to 750 W (several secondary sources agree)", vendor: "amd", year: 2023 },
    { boardPowerW: 150, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 24, model: "NVIDIA A10", names: ["NVIDIA A10", "A10 24GB"], source: "NVIDIA A10 datasheet (150 W; recalled, not re-read)", vendor: "nvidia", year: 2021 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "PCIe", memoryGiB: 40, model: "NVIDIA A100 PCIe 40GB", names: ["NVIDIA A100-PCIE-40GB", "A100 PCIe 40GB"], source: "NVIDIA A100 datasheet (PCIe 40GB 250 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA A100 PCIe 80GB", names: ["NVIDIA A100 80GB PCIe", "A100 PCIe 80GB"], source: "NVIDIA A100 80GB PCIe product brief PB-10577 (300 W), as cited in Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "SXM4", memoryGiB: 40, model: "NVIDIA A100 SXM4 40GB", names: ["NVIDIA A100-SXM4-40GB", "A100 SXM4 40GB"], source: "Touvron et al. 2023 (LLaMA): NVLink A100 TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Luccioni et al. 2022 (BLOOM), 150 kgCO2e per A100; the same figure as the Cloud Carbon Footprint / Teads per-GPU manufacturing constant", formFactor: "SXM4", memoryGiB: 80, model: "NVIDIA A100 SXM4 80GB", names: ["NVIDIA A100-SXM4-80GB", "A100 SXM4 80GB"], source: "Luccioni et al. 2022 (BLOOM): A100 SXM4 80GB TDP 400 W; NVIDIA A100 datasheet", vendor: "nvidia", year: 2020 },
    { boardPowerW: 150, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (AWS)", memoryGiB: 24, model: "NVIDIA A10G", names: ["NVIDIA A10G", "A10G 24GB"], source: "TechPowerUp A10G (150 W), via mlco2/impact gpus.csv; CCF/Teads max 153 W", vendor: "nvidia", year: 2021 },
    { boardPowerW: 1e3, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM (HGX B200)", memoryGiB: 180, model: "NVIDIA B200 180GB", names: ["NVIDIA B200", "B200 SXM"], source: "HGX B200 configurable up to 1 kW per GPU (secondary, citing NVIDIA); DGX B200 1,440 GB GPU memory over 8 GPUs", vendor: "nvidia", year: 2024 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 3090", names: ["NVIDIA GeForce RTX 3090", "GeForce RTX 3090"], source: "TechPowerUp GeForce RTX 3090 (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 450, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (desktop)", memoryGiB: 24, model: "NVIDIA GeForce RTX 4090", names: ["NVIDIA GeForce RTX 4090", "GeForce RTX 4090"], source: "NVIDIA Ada GPU architecture whitepaper (450 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2022 },
    { boardPowerW: 400, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (NVL)", memoryGiB: 94, model: "NVIDIA H100 NVL 94GB", names: ["NVIDIA H100 NVL", "H100 NVL 94GB"], source: "NVIDIA H100 datasheet via mlco2/impact gpus.csv: H100 NVL 400 W (configurable 350-400 W)", vendor: "nvidia", year: 2023 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 80, model: "NVIDIA H100 PCIe 80GB", names: ["NVIDIA H100 PCIe", "H100 PCIe 80GB"], source: "Green-Algorithms-data v3.1 via TechPowerUp: H100 PCIe 350 W (configurable 300-350 W)", vendor: "nvidia", year: 2022 },
    { boardPowerW: 700, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM5", memoryGiB: 80, model: "NVIDIA H100 SXM5 80GB", names: ["NVIDIA H100 80GB HBM3", "H100 SXM5 80GB", "H100 SXM"], source: "NVIDIA H100 datasheet (SXM 700 W); Llama 3 model cards and paper: H100-80GB TDP 700 W", vendor: "nvidia", year: 2022 },
    { boardPowerW: 600, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (NVL)", memoryGiB: 141, model: "NVIDIA H200 NVL 141GB", names: ["NVIDIA H200 NVL", "H200 NVL 141GB"], source: "NVIDIA H200 product page (NVL up to 600 W), confirmed by secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 700, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM5", memoryGiB: 141, model: "NVIDIA H200 SXM 141GB", names: ["NVIDIA H200", "H200 SXM 141GB", "H200 SXM"], source: "NVIDIA H200 product page (up to 700 W), confirmed by several secondary sources", vendor: "nvidia", year: 2024 },
    { boardPowerW: 72, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (low profile)", memoryGiB: 24, model: "NVIDIA L4", names: ["NVIDIA L4", "L4 24GB"], source: "NVIDIA L4 product brief PB-11316-001 (72 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 350, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 48, model: "NVIDIA L40S", names: ["NVIDIA L40S", "L40S 48GB"], source: "NVIDIA L40S datasheet (350 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2023 },
    { boardPowerW: 230, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (workstation)", memoryGiB: 24, model: "NVIDIA RTX A5000", names: ["NVIDIA RTX A5000"], source: "NVIDIA RTX A5000 datasheet (230 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2021 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (workstation)", memoryGiB: 48, model: "NVIDIA RTX A6000", names: ["NVIDIA RTX A6000"], source: "TechPowerUp RTX A6000 (300 W), via mlco2/impact gpus.csv", vendor: "nvidia", year: 2020 },
    { boardPowerW: 70, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe (low profile)", memoryGiB: 16, model: "NVIDIA Tesla T4", names: ["Tesla T4", "NVIDIA T4"], source: "NVIDIA T4 datasheet (70 W), via mlco2/impact gpus.csv and Green Algorithms TDP_gpu.csv", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 16, model: "NVIDIA Tesla V100 PCIe 16GB", names: ["Tesla V100-PCIE-16GB", "V100 PCIe 16GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green Algorithms TDP_gpu.csv (V100S PCIe 250 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100 PCIe 32GB", names: ["Tesla V100-PCIE-32GB", "V100 PCIe 32GB"], source: "NVIDIA V100 datasheet (PCIe 250 W); Green-Algorithms-data v3.1 (V100 PCIe 32 GB 250 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM2", memoryGiB: 16, model: "NVIDIA Tesla V100 SXM2 16GB", names: ["Tesla V100-SXM2-16GB", "V100 SXM2 16GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2017 },
    { boardPowerW: 300, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "SXM2", memoryGiB: 32, model: "NVIDIA Tesla V100 SXM2 32GB", names: ["Tesla V100-SXM2-32GB", "V100 SXM2 32GB"], source: "Patterson et al. 2021, Table 4 (V100 TDP 300 W); NVIDIA V100 datasheet (SXM2 300 W)", vendor: "nvidia", year: 2018 },
    { boardPowerW: 250, embodiedKgCo2e: 150, embodiedSource: "Cloud Carbon Footprint / Teads generic per-GPU manufacturing figure, 150 kgCO2e (cloud-carbon-coefficients, coefficients.ipynb); not specific to this model", formFactor: "PCIe", memoryGiB: 32, model: "NVIDIA Tesla V100S PCIe 32GB", names: ["Tesla V100S-PCIE-32GB", "V100S PCIe 32GB"], source: "Green Algorithms TDP_gpu.csv (NVIDIA Tesla V100S 250 W)", vendor: "nvidia", year: 2019 }
  ],
  inputs: {},
  licence: "facts with per-row sources (vendor datasheets, papers, mlco2/impact gpus.csv MIT, Green Algorithms CC BY 4.0, Cloud Carbon Footprint Apache-2.0)"
};

// src/data/grid-countries.json
var grid_countries_default = {
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
  datasetVersion: "2026.11.0",
  description: "Annual average carbon intensity of electricity generation per country (ISO 3166-1 alpha-2), life-cycle gCO2e/kWh, latest year available per country; `missing` lists the ISO codes no source covers.",
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

// src/data/grid-us-states.json
var grid_us_states_default = {
  attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)",
  conversion: {
    factor: 0.45359237,
    fromUnit: "lb/MWh"
  },
  datasetVersion: "2026.11.0",
  description: "Annual CO2 output emission rate of electricity generated in each US state and DC (eGRID2016, direct combustion CO2 only, no upstream), converted from lb/MWh with 1 lb = 0.45359237 kg.",
  generatedBy: "scripts/build-data.mjs",
  inputs: {
    "codecarbon/private_infra__2016__usa_emissions.json": "9f1cee0510efb16d4f223309f720f1ac20e33eadf933fc8b2abc686a774903e4"
  },
  licence: "egrid2016: US Government work, public domain; copy from CodeCarbon, MIT",
  sources: {
    egrid2016: { attribution: "US EPA, Emissions & Generation Resource Integrated Database (eGRID2016), state annual CO2 total output emission rate (lb/MWh), as copied in mlco2/codecarbon codecarbon/data/private_infra/2016/usa_emissions.json @ b05965e4 (MIT, Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College)", licence: "US Government work, public domain; copy from CodeCarbon, MIT", name: "US EPA eGRID2016 state CO2 output emission rate (via CodeCarbon)", url: "https://www.epa.gov/egrid" }
  },
  states: {
    "US-AK": { gPerKWh: 419.9639, lbPerMWh: 925.862, name: "Alaska", source: "egrid2016", year: 2016 },
    "US-AL": { gPerKWh: 414.0922, lbPerMWh: 912.917, name: "Alabama", source: "egrid2016", year: 2016 },
    "US-AR": { gPerKWh: 506.0503, lbPerMWh: 1115.65, name: "Arkansas", source: "egrid2016", year: 2016 },
    "US-AZ": { gPerKWh: 422.8501, lbPerMWh: 932.225, name: "Arizona", source: "egrid2016", year: 2016 },
    "US-CA": { gPerKWh: 205.2691, lbPerMWh: 452.541, name: "California", source: "egrid2016", year: 2016 },
    "US-CO": { gPerKWh: 666.0428, lbPerMWh: 1468.373, name: "Colorado", source: "egrid2016", year: 2016 },
    "US-CT": { gPerKWh: 226.1008, lbPerMWh: 498.467, name: "Connecticut", source: "egrid2016", year: 2016 },
    "US-DC": { gPerKWh: 218.5345, lbPerMWh: 481.786, name: "District of Columbia", source: "egrid2016", year: 2016 },
    "US-DE": { gPerKWh: 402.5247, lbPerMWh: 887.415, name: "Delaware", source: "egrid2016", year: 2016 },
    "US-FL": { gPerKWh: 464.5716, lbPerMWh: 1024.205, name: "Florida", source: "egrid2016", year: 2016 },
    "US-GA": { gPerKWh: 454.388, lbPerMWh: 1001.754, name: "Georgia", source: "egrid2016", year: 2016 },
    "US-HI": { gPerKWh: 690.4139, lbPerMWh: 1522.102, name: "Hawaii", source: "egrid2016", year: 2016 },
    "US-IA": { gPerKWh: 452.6208, lbPerMWh: 997.858, name: "Iowa", source: "egrid2016", year: 2016 },
    "US-ID": { gPerKWh: 85.5906, lbPerMWh: 188.695, name: "Idaho", source: "egrid2016", year: 2016 },
    "US-IL": { gPerKWh: 368.0077, lbPerMWh: 811.318, name: "Illinois", source: "egrid2016", year: 2016 },
    "US-IN": { gPerKWh: 822.2282, lbPerMWh: 1812.703, name: "Indiana", source: "egrid2016", year: 2016 },
    "US-KS": { gPerKWh: 542.2937, lbPerMWh: 1195.553, name: "Kansas", source: "egrid2016", year: 2016 },
    "US-KY": { gPerKWh: 886.456, lbPerMWh: 1954.301, name: "Kentucky", source: "egrid2016", year: 2016 },
    "US-LA": { gPerKWh: 398.6397, lbPerMWh: 878.85, name: "Louisiana", source: "egrid2016", year: 2016 },
    "US-MA": { gPerKWh: 372.5477, lbPerMWh: 821.327, name: "Massachusetts", source: "egrid2016", year: 2016 },
    "US-MD": { gPerKWh: 459.3448, lbPerMWh: 1012.682, name: "Maryland", source: "egrid2016", year: 2016 },
    "US-ME": { gPerKWh: 152.8443, lbPerMWh: 336.964, name: "Maine", source: "egrid2016", year: 2016 },
    "US-MI": { gPerKWh: 498.8854, lbPerMWh: 1099.854, name: "Michigan", source: "egrid2016", year: 2016 },
    "US-MN": { gPerKWh: 459.3394, lbPerMWh: 1012.67, name: "Minnesota", source: "egrid2016", year: 2016 },
    "US-MO": { gPerKWh: 765.5469, lbPerMWh: 1687.742, name: "Missouri", source: "egrid2016", year: 2016 },
    "US-MS": { gPerKWh: 426.7016, lbPerMWh: 940.716, name: "Mississippi", source: "egrid2016", year: 2016 },
    "US-MT": { gPerKWh: 567.454, lbPerMWh: 1251.022, name: "Montana", source: "egrid2016", year: 2016 },
    "US-NC": { gPerKWh: 393.4646, lbPerMWh: 867.441, name: "North Carolina", source: "egrid2016", year: 2016 },
    "US-ND": { gPerKWh: 754.6661, lbPerMWh: 1663.754, name: "North Dakota", source: "egrid2016", year: 2016 },
    "US-NE": { gPerKWh: 581.1212, lbPerMWh: 1281.153, name: "Nebraska", source: "egrid2016", year: 2016 },
    "US-NH": { gPerKWh: 140.8695, lbPerMWh: 310.564, name: "New Hampshire", source: "egrid2016", year: 2016 },
    "US-NJ": { gPerKWh: 253.0238, lbPerMWh: 557.822, name: "New Jersey", source: "egrid2016", year: 2016 },
    "US-NM": { gPerKWh: 713.4037, lbPerMWh: 1572.786, name: "New Mexico", source: "egrid2016", year: 2016 },
    "US-NV": { gPerKWh: 349.2262, lbPerMWh: 769.912, name: "Nevada", source: "egrid2016", year: 2016 },
    "US-NY": { gPerKWh: 210.4759, lbPerMWh: 464.02, name: "New York", source: "egrid2016", year: 2016 },
    "US-OH": { gPerKWh: 664.9483, lbPerMWh: 1465.96, name: "Ohio", source: "egrid2016", year: 2016 },
    "US-OK": { gPerKWh: 473.4216, lbPerMWh: 1043.716, name: "Oklahoma", source: "egrid2016", year: 2016 },
    "US-OR": { gPerKWh: 138.7498, lbPerMWh: 305.891, name: "Oregon", source: "egrid2016", year: 2016 },
    "US-PA": { gPerKWh: 388.0229, lbPerMWh: 855.444, name: "Pennsylvania", source: "egrid2016", year: 2016 },
    "US-RI": { gPerKWh: 394.9982, lbPerMWh: 870.822, name: "Rhode Island", source: "egrid2016", year: 2016 },
    "US-SC": { gPerKWh: 285.5037, lbPerMWh: 629.428, name: "South Carolina", source: "egrid2016", year: 2016 },
    "US-SD": { gPerKWh: 232.8362, lbPerMWh: 513.316, name: "South Dakota", source: "egrid2016", year: 2016 },
    "US-TN": { gPerKWh: 450.0866, lbPerMWh: 992.271, name: "Tennessee", source: "egrid2016", year: 2016 },
    "US-TX": { gPerKWh: 476.0574, lbPerMWh: 1049.527, name: "Texas", source: "egrid2016", year: 2016 },
    "US-UT": { gPerKWh: 738.1635, lbPerMWh: 1627.372, name: "Utah", source: "egrid2016", year: 2016 },
    "US-VA": { gPerKWh: 369.1344, lbPerMWh: 813.802, name: "Virginia", source: "egrid2016", year: 2016 },
    "US-VT": { gPerKWh: 25.8049, lbPerMWh: 56.89, name: "Vermont", source: "egrid2016", year: 2016 },
    "US-WA": { gPerKWh: 84.751, lbPerMWh: 186.844, name: "Washington", source: "egrid2016", year: 2016 },
    "US-WI": { gPerKWh: 629.9854, lbPerMWh: 1388.88, name: "Wisconsin", source: "egrid2016", year: 2016 },
    "US-WV": { gPerKWh: 896.1883, lbPerMWh: 1975.757, name: "West Virginia", source: "egrid2016", year: 2016 },
    "US-WY": { gPerKWh: 919.0961, lbPerMWh: 2026.26, name: "Wyoming", source: "egrid2016", year: 2016 }
  },
  unit: "gCO2/kWh"
};

// src/data/pue.json
var pue_default = {
  attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024 | Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024 | Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated | Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)",
  datasetVersion: "2026.11.0",
  description: "Power usage effectiveness: the published fleet figure of each cloud provider, and the industry average used when nothing better is known. `year` is the year the figure is for, as the source states it.",
  generatedBy: "scripts/build-data.mjs",
  industryAverage: {
    source: "uptime-2024",
    value: 1.56,
    year: 2024
  },
  inputs: {
    "green_algorithms/defaults_PUE.csv": "4741d1670a4355dd03f26d8a3cbf7ea29b28d95583bfc8c08f597919dfac82af"
  },
  licence: "aws-sustainability: facts quoted from a public statement; google-fleet-pue: facts quoted from a public statement; microsoft-ccf: facts quoted from a public statement (CCF: Apache-2.0); uptime-2024: facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)",
  providers: {
    aws: { source: "aws-sustainability", value: 1.15, year: 2024 },
    azure: { source: "microsoft-ccf", value: 1.185 },
    gcp: { source: "google-fleet-pue", value: 1.1, year: 2024 }
  },
  sources: {
    "aws-sustainability": { attribution: "Amazon Web Services, sustainability pages (2024 and 2025 versions): global PUE 1.15 for 2023 and for 2024", licence: "facts quoted from a public statement", name: "AWS sustainability report: global data-centre PUE", url: "https://sustainability.aboutamazon.com/" },
    "google-fleet-pue": { attribution: "Google fleet-wide trailing twelve-month PUE of about 1.10, reported by DatacenterDynamics in December 2024", licence: "facts quoted from a public statement", name: "Google data-centre fleet PUE, as reported by DatacenterDynamics (Dec 2024)", url: "https://www.google.com/about/datacenters/efficiency/" },
    "microsoft-ccf": { attribution: "Microsoft, trailing twelve-month fleet PUE 1.185, as quoted in the Cloud Carbon Footprint methodology (cloud-carbon-footprint @ b7a049c7, 2024-03-25); no year stated", licence: "facts quoted from a public statement (CCF: Apache-2.0)", name: "Microsoft Azure fleet PUE, Microsoft statement quoted in the Cloud Carbon Footprint methodology", url: "https://www.cloudcarbonfootprint.org/docs/methodology" },
    "uptime-2024": { attribution: "Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56; via Green Algorithms data/latest/defaults_PUE.csv @ 30df2fee (CC BY 4.0, Lannelongue et al.)", licence: "facts quoted from a public report (value as listed in Green Algorithms defaults_PUE.csv, CC BY 4.0)", name: "Uptime Institute Global Data Center Survey 2024 (industry average PUE)", url: "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf" }
  }
};

// src/data/index.ts
var gridCountries = grid_countries_default;
var gridUsStates = grid_us_states_default;
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
      embodiedCo2eG2 = spec.embodiedKgCo2e * 1e3 * (windowS / lifetimeS);
      embodiedSources.add(spec.embodiedSource);
      embodiedDevices += 1;
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
function formatYears(seconds2) {
  const years = seconds2 / (365.25 * 24 * 3600);
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
    "build:example": "node scripts/make-example.mjs",
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit -p tsconfig.json",
    lint: "eslint .",
    test: "vitest run",
    demo: "node bin/carbon-ci.js report examples/nvidia-smi-8xA100.csv --location US-CA --timezone America/Los_Angeles",
    "carbon-ci": "node bin/carbon-ci.js",
    "check:cycles": 'dpdm --no-warning --no-tree --transform --exit-code circular:1 "src/**/*.ts" "plugins/**/*.ts"',
    "smoke:gpu": "node scripts/smoke-gpu.mjs",
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

// plugins/carbontracker/index.ts
var LOG_LINE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:,(\d{3}))? - (?:\S+ - (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) - )?(?:CarbonTracker: )?(.*)$/;
var EPOCH = /^Epoch (\d+):\s*$/;
var DURATION = /^Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/;
var POWER = /^Average power usage \(W\) for (\w+): (.*)$/;
var COMPONENTS = /^The following components were found: (.*)$/;
function detect({ path, head }) {
  const byName = /carbontracker\.log$/.test(path);
  if (/ - (?:\S+ - INFO - )?carbontracker version /.test(head) || /Average power usage \(W\) for \w+: /.test(head)) return 0.95;
  if (/ - (?:\S+ - INFO - )?(?:CarbonTracker: )?The following components were found: /.test(head)) return 0.9;
  if (/carbontracker_output\.log$/.test(path) || /CarbonTracker: [\s\S]*(?:Actual|Predicted) consumption for/.test(head)) return 0.7;
  return byName ? 0.6 : 0;
}
function parsePower(text2) {
  const trimmed = text2.trim();
  if (trimmed === "None") return { values: null, scalar: true };
  const list = /^\[([^\]]*)\]$/.exec(trimmed);
  const tokens = list ? list[1].trim().split(/\s+/).filter(Boolean) : [trimmed];
  const values = [];
  for (const token of tokens) {
    if (/^nan$/i.test(token)) values.push(null);
    else if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(token)) values.push(Number(token));
    else return void 0;
  }
  return values.length === 0 ? void 0 : { values, scalar: !list };
}
function parseComponents(text2) {
  const components = /* @__PURE__ */ new Map();
  const pattern = /(\w+) with device\(s\) (.*?)\.(?=\s+\w+ with device\(s\)|\s*$)/g;
  for (const m of text2.matchAll(pattern)) components.set(m[1].toLowerCase(), m[2].split(",").map((name) => name.trim()));
  return components;
}
function vendorOf(name) {
  return name !== void 0 && /NVIDIA|Tesla|GeForce|Quadro|RTX/i.test(name) ? "nvidia" : void 0;
}
var carbontracker_default = definePlugin({
  name: "carbontracker",
  kind: "telemetry",
  description: "carbontracker's standard log (<prefix>_carbontracker.log): per epoch, its duration and each component's mean power (W) per device, read as energy per epoch and device",
  options: { type: "object", additionalProperties: false, properties: {} },
  detect,
  async *read(source, context) {
    const file = source.path;
    const toUtc = monotonicWallClockToUtc(context.timeZone);
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
    const powerLine = (component, text2, line) => {
      const parsed = parsePower(text2);
      if (!parsed) return note("badPower", line);
      if (epoch) epoch.power.set(component, parsed);
    };
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      const out = [];
      batch.lines.forEach((text2, i) => {
        const line = batch.firstLine + i;
        const m = LOG_LINE.exec(text2);
        if (!m) {
          if (openPower) {
            openPower.text += ` ${text2.trim()}`;
            if (openPower.text.includes("]")) {
              powerLine(openPower.component, openPower.text, line);
              openPower = void 0;
            }
          } else if (/^\s*(?:Actual|Predicted) consumption for/.test(text2)) isSummaryLog = true;
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

// plugins/codecarbon/index.ts
var J_PER_KWH2 = 36e5;
function headerNames(line) {
  return splitCsvLine(line).map((name) => name.trim().toLowerCase());
}
function isEmissionsHeader(names) {
  return ["timestamp", "project_name", "duration", "emissions"].every((name) => names.includes(name));
}
function detect2({ head }) {
  const firstLine3 = head.split("\n", 1)[0] ?? "";
  let names;
  try {
    names = headerNames(firstLine3);
  } catch {
    return 0;
  }
  if (!isEmissionsHeader(names)) return 0;
  return names.includes("energy_consumed") ? 0.95 : 0.85;
}
function columnsOf(header, file, line) {
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
    gpuCount: index2("gpu_count")
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
function vendorOf2(model) {
  if (!model) return void 0;
  if (/nvidia|geforce|tesla|quadro/i.test(model)) return "nvidia";
  if (/\bamd\b|radeon|instinct|epyc|ryzen/i.test(model)) return "amd";
  if (/intel|xeon/i.test(model)) return "intel";
  return "other";
}
async function* read(source, context) {
  const file = source.path;
  const toUtc = wallClockToUtc(context.timeZone);
  const dropped = new DroppedRows(file);
  const runs = /* @__PURE__ */ new Map();
  const devices2 = /* @__PURE__ */ new Map();
  let columns;
  let rows = 0;
  const pues = /* @__PURE__ */ new Set();
  const unmeasured = /* @__PURE__ */ new Set();
  const deviceFor = (run, component, model) => {
    const id = `codecarbon:${run}:${component}`;
    let device = devices2.get(id);
    if (!device) {
      device = { id, component };
      if (model) device.model = model;
      const vendor = component === "gpu" || component === "cpu" ? vendorOf2(model) : void 0;
      if (vendor) device.vendor = vendor;
      devices2.set(id, device);
    }
    return device;
  };
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text2 = batch.lines[k];
      const line = batch.firstLine + k;
      if (text2.trim() === "") continue;
      const fields2 = splitCsvLine(text2, { file, line });
      if (!columns || isEmissionsHeader(fields2.map((f) => f.trim().toLowerCase()))) {
        if (!isEmissionsHeader(fields2.map((f) => f.trim().toLowerCase()))) {
          throw new InputError("the first line is not a CodeCarbon emissions.csv header", {
            file,
            line,
            hint: "the file must start with the header CodeCarbon writes (timestamp,project_name,\u2026,duration,emissions,\u2026)"
          });
        }
        columns = columnsOf(fields2, file, line);
        continue;
      }
      if (fields2.length !== columns.count) {
        const cut = batch.unterminatedLast && k === batch.lines.length - 1;
        dropped.add(
          cut ? "the last line is cut short" : `the row has a different number of fields than the header (CodeCarbon's append mode leaves out columns that are empty in a row)`,
          line
        );
        continue;
      }
      rows++;
      const number = (column, what) => {
        if (column < 0) return void 0;
        const value = parseNumber(fields2[column]);
        if (value === null) return void 0;
        if (Number.isNaN(value) || value < 0) {
          throw new InputError(`${what} "${fields2[column]}" is not a non-negative number`, { file, line, hint: "the row is corrupted; repair or delete it" });
        }
        return value;
      };
      const parsed = parseDateTime(fields2[columns.timestamp]);
      if (!parsed) {
        throw new InputError(`timestamp "${fields2[columns.timestamp]}" is not a date and time`, {
          file,
          line,
          hint: "CodeCarbon writes YYYY-MM-DDTHH:MM:SS; repair or delete the row"
        });
      }
      const endMs = dateTimeToUtc(parsed, toUtc);
      const durationS = number(columns.duration, "duration");
      if (durationS === void 0) {
        dropped.add("no duration", line);
        continue;
      }
      const pue = number(columns.pue, "pue") ?? 1;
      if (pue < 1) throw new InputError(`pue "${fields2[columns.pue]}" is below 1`, { file, line, hint: "the row is corrupted; repair or delete it" });
      const runKey = columns.run >= 0 && fields2[columns.run].trim() || `${fields2[columns.project]?.trim() || "run"}@line${line}`;
      let run = runs.get(runKey);
      if (run && durationS < run.durationS) {
        context.log.info(`${file}:${line}: run ${runKey} starts again (its duration went down); read as a new run with the same id`);
        run = void 0;
      }
      if (!run) {
        run = { startMs: endMs - durationS * 1e3, durationS: 0, energyKWh: {}, emissionsKg: 0 };
        runs.set(runKey, run);
      }
      const windowStart = run.startMs + run.durationS * 1e3;
      const windowEnd = run.startMs + durationS * 1e3;
      const emissionsKg = number(columns.emissions, "emissions");
      let sourceCo2eG;
      if (emissionsKg !== void 0) {
        sourceCo2eG = (emissionsKg - run.emissionsKg) * 1e3;
        run.emissionsKg = emissionsKg;
      }
      run.durationS = durationS;
      if (pue !== 1) pues.add(pue);
      const gpuCount = number(columns.gpuCount, "gpu_count");
      for (const component of ["gpu", "cpu", "ram", "node"]) {
        const column = columns.energy[component];
        if (column === void 0) continue;
        const totalKWh = number(column, `${component}_energy`);
        if (totalKWh === void 0) {
          dropped.add(`no ${component} energy`, line);
          continue;
        }
        const previousKWh = run.energyKWh[component] ?? 0;
        if (totalKWh < previousKWh) {
          throw new InputError(`${component} energy of run ${runKey} went down from ${previousKWh} to ${totalKWh} kWh`, {
            file,
            line,
            hint: "CodeCarbon's totals only grow within a run; the file mixes runs under one run_id or was edited: split or repair it"
          });
        }
        run.energyKWh[component] = totalKWh;
        const energyJ = (totalKWh - previousKWh) * J_PER_KWH2 / pue;
        if (energyJ === 0 && (component === "gpu" ? gpuCount === 0 : number(columns.power[component] ?? -1, `${component}_power`) === 0)) {
          unmeasured.add(component);
          continue;
        }
        const modelColumn = columns.model[component];
        const model = modelColumn !== void 0 && modelColumn >= 0 ? fields2[modelColumn].trim() : void 0;
        const record = {
          type: "energy",
          startMs: windowStart,
          endMs: windowEnd,
          device: deviceFor(runKey, component, model),
          energyJ,
          origin: { file, line }
        };
        if (sourceCo2eG !== void 0 && sourceCo2eG >= 0) {
          record.sourceReported = {
            co2eG: sourceCo2eG,
            note: `CodeCarbon's own estimate for run ${runKey}, all components${pue !== 1 ? `, with its PUE ${pue}` : ""}`
          };
          sourceCo2eG = void 0;
        }
        records.push(record);
      }
    }
    if (records.length > 0) yield records;
  }
  if (!columns) throw new InputError("the file is empty", { file, hint: "point carbon-ci at the emissions.csv that CodeCarbon wrote" });
  if (pues.size > 0) {
    context.log.info(`${file}: CodeCarbon multiplied its energies by its PUE (${[...pues].join(", ")}); divided it out to get device energy, to which carbon-ci applies its own PUE`);
  }
  if (unmeasured.size > 0) {
    context.log.info(`${file}: rows where CodeCarbon measured no ${[...unmeasured].join(", ")} (no GPU, or 0 W and 0 kWh) give no record for it rather than a measured 0 J`);
  }
  if (rows === 0 && dropped.total === 0) context.log.warn(`${file}: the CodeCarbon file has a header but no rows; no energy was read from it`);
  dropped.report(context.log, "the energy of those rows is missing from the report");
}
var codecarbon_default = definePlugin({
  name: "codecarbon",
  kind: "telemetry",
  description: "Energy per run and component (gpu_energy, cpu_energy, ram_energy in kWh; energy_consumed in old files) from CodeCarbon's emissions.csv, any version; CodeCarbon's own emissions kept for comparison.",
  detect: detect2,
  read
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

// plugins/dcgm/dmon.ts
var DMON_TIME_HINT = "`dcgmi dmon` prints no time; put one in front of every line as it is written, e.g. `dcgmi dmon -e 155,156 -d 1000 | while IFS= read -r l; do printf '%s %s\\n' \"$(date +%s.%3N)\" \"$l\"; done > dcgmi.log` or `dcgmi dmon -e 155,156 | ts '%Y-%m-%dT%H:%M:%.S%z' > dcgmi.log` (moreutils)";
var PREFIX = /^\s*(\d{9,}(?:\.\d+)?|\d{4}-\d{2}-\d{2}(?:T|\s+)\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+(.*)$/;
function hasDmonHeader(head) {
  return /^\s*(?:\S+\s+){0,2}#Entity\b/m.test(head);
}
async function* readDcgmiDmon(source, context, defaultHost) {
  const file = source.path;
  const toUtc = wallClockToUtc(context.timeZone);
  const devices2 = new DeviceRegistry(defaultHost);
  const dropped = new DroppedRows(file);
  let names;
  let power = -1;
  let energy = -1;
  let headerLine = 0;
  let rows = 0;
  const timeOf = (prefix, line) => {
    if (/^\d+(?:\.\d+)?$/.test(prefix)) return Math.round(epochToMs(Number(prefix)));
    const parsed = parseDateTime(prefix);
    if (!parsed) throw new InputError(`"${prefix}" is not a date and time`, { file, line, hint: DMON_TIME_HINT });
    return dateTimeToUtc(parsed, toUtc);
  };
  for await (const batch of readLines(source.open(), { file: source.path })) {
    context.signal.throwIfAborted();
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const raw = batch.lines[k];
      const line = batch.firstLine + k;
      if (raw.trim() === "") continue;
      const match = PREFIX.exec(raw);
      const body = (match ? match[2] : raw).trim();
      if (body.startsWith("#Entity")) {
        names = body.split(/\s+/).slice(1);
        power = names.indexOf("POWER");
        energy = names.indexOf("TOTEC");
        headerLine = line;
        if (power < 0 && energy < 0) {
          throw new InputError(`the dcgmi dmon header has neither POWER (field 155) nor TOTEC (field 156) (columns: ${names.join(" ")})`, {
            file,
            line,
            hint: "monitor the power fields: `dcgmi dmon -e 155,156`"
          });
        }
        continue;
      }
      const tokens = body.split(/\s+/);
      if (/^id$/i.test(tokens[0])) continue;
      if (!names) {
        throw new InputError("a data row comes before the `#Entity` header", {
          file,
          line,
          hint: "keep the header lines that `dcgmi dmon` prints; they name the columns"
        });
      }
      if (!match) throw new InputError("the dcgmi dmon row carries no time", { file, line, hint: DMON_TIME_HINT });
      if (tokens.length !== names.length + 2) {
        if (batch.unterminatedLast && k === batch.lines.length - 1) {
          dropped.add("the last line is cut short (the logger was stopped mid-write)", line);
          continue;
        }
        throw new InputError(`the row has ${tokens.length - 2} values but the header at line ${headerLine} names ${names.length}`, {
          file,
          line,
          hint: "the row is truncated or two logs were interleaved; repair or delete the row"
        });
      }
      rows++;
      if (tokens[0] !== "GPU") {
        dropped.add(`${tokens[0]} entities (MIG instances report the fields of their whole GPU, which its GPU row already has)`, line);
        continue;
      }
      const index2 = Number(tokens[1]);
      if (!Number.isInteger(index2) || index2 < 0) {
        throw new InputError(`GPU id "${tokens[1]}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const timeMs = timeOf(match[1], line);
      const device = devices2.get({ index: index2 });
      for (const [column, type] of [
        [power, "power"],
        [energy, "energy-counter"]
      ]) {
        if (column < 0) continue;
        const text2 = tokens[column + 2];
        const value = parseNumber(text2);
        if (value === null) {
          dropped.add(`${names[column]} is ${text2}`, line);
          continue;
        }
        if (Number.isNaN(value)) {
          throw new InputError(`${names[column]} "${text2}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
        }
        if (value >= DCGM_BLANK_MIN) {
          dropped.add(`${names[column]} holds a DCGM blank value`, line);
          continue;
        }
        records.push(type === "power" ? { type, timeMs, device, powerW: value } : { type, timeMs, device, counterJ: value / 1e3 });
      }
    }
    if (records.length > 0) yield records;
  }
  if (rows === 0) {
    throw new InputError("no dcgmi dmon rows found", { file, hint: "run `dcgmi dmon -e 155,156 -d 1000` and keep its output whole" });
  }
  dropped.report(context.log, "those readings are missing, which lowers the coverage of the GPUs concerned");
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
var POWER2 = "DCGM_FI_DEV_POWER_USAGE";
var ENERGY = "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION";
var MAX_HELD_SAMPLES = 4e6;
var MAX_CACHED_SERIES = 1e5;
var BATCH = 4096;
var ADD_TIMESTAMPS_HINT = "each sample needs a timestamp: append one when saving each scrape, e.g. `curl -s localhost:9400/metrics | awk -v t=\"$(date +%s%3N)\" '/^[^#]/ {print $0, t; next} {print}' >> dcgm.prom`, or export the series from Prometheus with `promtool tsdb dump` (both keep the exposition format)";
function first(labels, ...names) {
  for (const name of names) {
    const value = labels[name];
    if (value !== void 0 && value !== "") return value;
  }
  return void 0;
}
function deviceFields(labels) {
  const gpu = first(labels, "gpu");
  const index2 = gpu !== void 0 && /^\d+$/.test(gpu) ? Number(gpu) : void 0;
  return {
    uuid: first(labels, "UUID", "uuid", "gpu_uuid"),
    index: index2,
    host: first(labels, "Hostname", "hostname"),
    model: first(labels, "modelName", "model_name")
  };
}
async function* samplesOf(source, context, devices2, dropped) {
  const file = source.path;
  const seriesCache = /* @__PURE__ */ new Map();
  let seen = 0;
  const seriesOf = (sample2, line) => {
    if (sample2.name !== POWER2 && sample2.name !== ENERGY) return null;
    const device = devices2.get(deviceFields(sample2.labels));
    if (!device) {
      throw new InputError(`the ${sample2.name} sample names no GPU (no UUID or gpu label)`, {
        file,
        line,
        hint: "keep the labels the DCGM exporter writes (gpu, UUID, Hostname/hostname); relabelling must not drop them"
      });
    }
    return { metric: sample2.name, device, key: `${sample2.name}\0${device.id}` };
  };
  for await (const batch of readLines(source.open(), { file })) {
    context.signal.throwIfAborted();
    const samples = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text2 = batch.lines[k];
      if (!text2.includes(POWER2) && !text2.includes(ENERGY)) continue;
      const line = batch.firstLine + k;
      let series;
      let value = Number.NaN;
      let timeMs;
      const close2 = text2.lastIndexOf("}");
      const labelSet = close2 > 0 && !text2.includes(" # ") ? text2.slice(0, close2 + 1) : void 0;
      if (labelSet !== void 0) series = seriesCache.get(labelSet);
      if (series !== void 0) {
        const tail = text2.slice(close2 + 1).trim().split(/\s+/);
        const parsedValue = tail.length >= 1 && tail.length <= 2 ? parseNumber(tail[0]) : Number.NaN;
        const parsedTime = tail.length === 2 ? parseNumber(tail[1]) : void 0;
        if (parsedValue !== null && !Number.isNaN(parsedValue) && parsedTime !== null && !Number.isNaN(parsedTime ?? 0)) {
          value = parsedValue;
          timeMs = parsedTime === void 0 ? void 0 : Math.round(epochToMs(parsedTime));
        } else {
          series = void 0;
        }
      }
      if (series === void 0) {
        let sample2;
        try {
          sample2 = parsePrometheusLine(text2, { file, line });
        } catch (error) {
          if (batch.unterminatedLast && k === batch.lines.length - 1) {
            dropped?.add("the last line is cut short (the file was being written)", line);
            continue;
          }
          throw error;
        }
        if (!sample2) continue;
        series = seriesOf(sample2, line);
        if (labelSet !== void 0) {
          if (seriesCache.size >= MAX_CACHED_SERIES) seriesCache.clear();
          seriesCache.set(labelSet, series);
        }
        value = sample2.value;
        timeMs = sample2.timeMs;
      }
      if (series === null) continue;
      seen++;
      if (timeMs === void 0) {
        throw new InputError(`the ${series.metric} sample has no timestamp`, { file, line, hint: ADD_TIMESTAMPS_HINT });
      }
      if (!Number.isFinite(value)) {
        dropped?.add(`${series.metric} is ${value} (no reading, or a Prometheus staleness marker)`, line);
        continue;
      }
      if (value >= DCGM_BLANK_MIN) {
        dropped?.add(`${series.metric} holds a DCGM blank value (field not available on this GPU)`, line);
        continue;
      }
      samples.push({ metric: series.metric, device: series.device, key: series.key, timeMs, value });
    }
    yield samples;
  }
  if (seen === 0) {
    throw new InputError(`no ${POWER2} or ${ENERGY} samples found`, {
      file,
      hint: "the exporter must collect these fields (they are in its default counters file); check that the scrape was saved whole"
    });
  }
}
function toRecord(metric, device, timeMs, value) {
  return metric === POWER2 ? { type: "power", timeMs, device, powerW: value } : { type: "energy-counter", timeMs, device, counterJ: value / 1e3 };
}
async function unorderedSeries(source, context, host) {
  const last = /* @__PURE__ */ new Map();
  const unordered = /* @__PURE__ */ new Set();
  for await (const samples of samplesOf(source, context, new DeviceRegistry(host), void 0)) {
    for (const { key, timeMs } of samples) {
      const previous = last.get(key);
      if (previous !== void 0 && timeMs < previous) unordered.add(key);
      else last.set(key, timeMs);
    }
  }
  return unordered;
}
async function* readPrometheus(source, context, host) {
  const file = source.path;
  const unordered = await unorderedSeries(source, context, host);
  const held = /* @__PURE__ */ new Map();
  const last = /* @__PURE__ */ new Map();
  const dropped = new DroppedRows(file);
  let heldCount = 0;
  let overflow = false;
  let repeats = 0;
  for await (const samples of samplesOf(source, context, new DeviceRegistry(host), dropped)) {
    const records = [];
    for (const { metric, device, key, timeMs, value } of samples) {
      if (unordered.has(key) && heldCount < MAX_HELD_SAMPLES) {
        let entry = held.get(key);
        if (!entry) held.set(key, entry = { metric, device, buffer: new SampleBuffer() });
        entry.buffer.push(timeMs, value);
        heldCount++;
        continue;
      }
      if (unordered.has(key)) overflow = true;
      if (last.get(key) === timeMs) {
        repeats++;
        continue;
      }
      last.set(key, timeMs);
      records.push(toRecord(metric, device, timeMs, value));
    }
    if (records.length > 0) yield records;
  }
  for (const { metric, device, buffer } of held.values()) {
    let records = [];
    let previous = Number.NaN;
    for (const [timeMs, value] of buffer.sorted()) {
      if (timeMs === previous) {
        repeats++;
        continue;
      }
      previous = timeMs;
      records.push(toRecord(metric, device, timeMs, value));
      if (records.length === BATCH) {
        yield records;
        records = [];
      }
    }
    if (records.length > 0) yield records;
  }
  if (held.size > 0) {
    const gpus = new Set([...held.values()].map((h) => h.device.id));
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
  let head = "";
  for await (const chunk of source.open()) {
    head += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    if (head.length >= 64 * 1024) break;
  }
  return hasDmonHeader(head) && !DCGM_SAMPLE.test(head) ? "dmon" : "prometheus";
}
async function* read2(source, context) {
  const host = hostOption(context.options);
  if (await formatOf(source) === "dmon") yield* readDcgmiDmon(source, context, host);
  else yield* readPrometheus(source, context, host);
}
var dcgm_default = definePlugin({
  name: "dcgm",
  kind: "telemetry",
  description: "GPU power (DCGM_FI_DEV_POWER_USAGE, W) and the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ) from timestamped DCGM exporter scrapes, Prometheus dumps or `dcgmi dmon` logs.",
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
  read: read2
});

// plugins/hf-trainer/index.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { basename, dirname, join as join2 } from "node:path";
var MAX_BYTES = 256 * 1024 * 1024;
var SETUP_HINT = 'trainer_state.json does not record the hardware: state it, e.g. `--plugin-option gpu="NVIDIA A100-SXM4-80GB" --plugin-option count=8`, or in .carbon-ci.yml `pluginOptions: { hf-trainer: { gpu: "NVIDIA A100-SXM4-80GB", count: 8 } }`';
function detect4({ path, head }) {
  const name = basename(path);
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
async function readJson(text2, file) {
  let value;
  try {
    value = JSON.parse((await text2).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (isInputError(error)) throw error;
    throw new InputError(`not valid JSON: ${error.message}`, { file, hint: "pass the trainer_state.json that transformers wrote, unedited" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InputError("expected a JSON object", { file });
  return value;
}
async function exists(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
var seconds = (value) => typeof value === "number" && Number.isFinite(value) && value > 0 ? value : void 0;
async function anchorMs(context, path, what) {
  const { endTime } = context.options;
  if (endTime !== void 0) {
    const trimmed = endTime.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) {
      throw new InputError(`option endTime "${endTime}" is not a date-time`, { hint: "give an ISO 8601 time such as 2025-03-25T06:15:48Z, or Unix seconds" });
    }
    return dateTimeToUtc(parsed, wallClockToUtc(context.timeZone));
  }
  const mtimeMs = Math.round((await stat(path)).mtimeMs);
  context.log.warn(
    `${path}: the Trainer records durations but no clock time, so ${what} is taken to end at the file's modification time ${new Date(mtimeMs).toISOString()}; if the file was copied or checked out since, set --plugin-option endTime=<ISO time> for hourly grid intensity`
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
  const resultsPath = join2(dirname(file), "all_results.json");
  if (await exists(resultsPath)) {
    const later = laterPhases(await readJson(readFile2(resultsPath, "utf8"), resultsPath));
    phases.push(...later);
    if (later.length > 0) context.log.info(`${file}: adding ${later.map((p) => `${p.name} ${p.durationS} s`).join(", ")} from all_results.json beside it`);
  }
  yield usageRecords(phases, trainingEndMs - Math.round(trainingS * 1e3), devices2, context.options, file);
}
async function* readAllResults(source, context) {
  const file = source.path;
  if (await exists(join2(dirname(file), "trainer_state.json"))) {
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
    return basename(source.path) === "all_results.json" ? readAllResults(source, context) : readTrainerState(source, context);
  }
});

// plugins/mlflow/index.ts
var STORE_PATH = /[\\/]metrics[\\/]system[\\/](?:([^\\/]+)[\\/])?gpu_(\d+)_power_usage_watts$/;
var POWER_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_power_usage_watts$/;
var UTIL_KEY = /^system\/(?:([^/]+)\/)?gpu_(\d+)_utilization_percentage$/;
var STORE_LINE = /^(\d+) (\S+)(?: (-?\d+))?$/;
var MAX_JSON_BYTES = 512 * 1024 * 1024;
function detect5({ path, head }) {
  const first2 = head.split("\n", 1)[0].trim();
  if (STORE_PATH.test(path)) return STORE_LINE.test(first2) ? 0.95 : 0.8;
  const start = head.trimStart();
  if ((start.startsWith("{") || start.startsWith("[")) && /"system\/(?:[^/"]+\/)?gpu_\d+_power_usage_watts"/.test(head) && head.includes('"timestamp"')) {
    return 0.9;
  }
  return 0;
}
function parseStoreValue(text2) {
  const value = Number(text2);
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text2) ? value : Number.NaN;
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
    batch.lines.forEach((text2, i) => {
      const line = batch.firstLine + i;
      if (text2.trim() === "") return;
      if (batch.unterminatedLast && i === batch.lines.length - 1) {
        truncated = line;
        return;
      }
      const m = STORE_LINE.exec(text2.trim());
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
function parseJsonExport(text2, file) {
  try {
    const entries2 = entriesOf(JSON.parse(text2));
    if (entries2) return entries2;
  } catch {
  }
  const entries = [];
  const lines = text2.split("\n");
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
  options: {
    type: "object",
    additionalProperties: false,
    properties: {
      host: { type: "string", minLength: 1, description: "Host the run ran on, when MLFLOW_SYSTEM_METRICS_NODE_ID was not set (then the node id is the host)." },
      model: { type: "string", minLength: 1, description: "GPU model name; MLflow system metrics do not record it." }
    }
  },
  detect: detect5,
  read(source, context) {
    const match = STORE_PATH.exec(source.path);
    return match ? readStoreFile(source, context, match) : readJsonExport(source, context);
  }
});

// plugins/nvidia-smi-dmon/index.ts
var NEED_TIME_HINT = "record the time with the samples: run `nvidia-smi dmon -o DT` (date and time columns); for a log written with `-o T` only, give the date of its first row as the plugin option `date` (YYYY-MM-DD)";
function fields(text2) {
  return text2.includes(",") ? text2.split(",").map((f) => f.trim()) : text2.trim().split(/\s+/);
}
function isUnitsLine(names) {
  return names.some((n) => n.toLowerCase() === "idx");
}
function isHeaderLine(names) {
  return names.some((n) => n.toLowerCase() === "gpu");
}
function detectDmon({ head }) {
  const lines = head.split("\n", 6).map((l) => l.trim()).filter((l) => l !== "");
  const first2 = lines[0];
  if (!first2?.startsWith("#")) return 0;
  const names = fields(first2.slice(1)).map((n) => n.toLowerCase());
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
function badTime(text2, file, line) {
  return new InputError(`"${text2}" is not a dmon date and time (YYYYMMDD HH:MM:SS)`, {
    file,
    line,
    hint: "the row is corrupted; repair or delete it"
  });
}
async function* readDmon(source, context) {
  const options = readOptions(context.options);
  const file = source.path;
  const clock = new RowClock(context.timeZone, options.date);
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
      const text2 = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text2 === "") continue;
      if (text2.startsWith("#")) {
        const names = fields(text2.slice(1));
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
      const row = fields(text2);
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
var UNIT_SUFFIX = /^(.*?)\s*\[([^\]]*)\]$/;
function parseHeaderFields(line) {
  const fields2 = [];
  for (const raw of line.split(",")) {
    let text2 = raw.trim();
    let unit;
    const withUnit = UNIT_SUFFIX.exec(text2);
    if (withUnit) {
      text2 = withUnit[1];
      unit = withUnit[2];
    }
    const name = text2.toLowerCase();
    if (!FIELD_NAME.test(name)) return void 0;
    const canonical = ALIASES[name] ?? name;
    fields2.push({ name: canonical, unit, known: KNOWN_ROOTS.has(canonical.split(".")[0]) });
  }
  return fields2.length > 0 && fields2.some((f) => f.known) ? fields2 : void 0;
}
function choosePowerField(names) {
  return POWER_FIELDS.find((field) => names.includes(field));
}
var POWER_SCALE = { w: 1, mw: 1e-3, kw: 1e3 };
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
  const powerScale = unit === void 0 ? 1 : POWER_SCALE[unit.toLowerCase()];
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
  return {
    count: names.length,
    names,
    timestamp,
    power,
    powerField,
    powerScale,
    index: names.indexOf("index"),
    uuid: names.indexOf("uuid"),
    name: names.indexOf("name"),
    busId: names.indexOf("pci.bus_id"),
    utilization: names.indexOf("utilization.gpu")
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
function looksLikeTimestamp(text2) {
  return TIMESTAMP.test(text2);
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
  const first2 = lines[0];
  if (first2 === void 0) return 0;
  const lead = first2.trimStart()[0];
  if (lead === "{" || lead === "[" || lead === "#" || lead === "<") return 0;
  const header = parseHeaderFields(first2);
  if (header) {
    if (!first2.includes(", ") && header.length > 1) return 0;
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

// plugins/nvidia-smi/scan.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
var SPACE = 32;
var TAB = 9;
function skipSpaces(bytes, start, end) {
  let i = start;
  while (i < end && (bytes[i] === SPACE || bytes[i] === TAB)) i++;
  return i;
}
function trimEnd(bytes, start, end) {
  let e = end;
  while (e > start && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
  return e;
}
function text(bytes, start, end) {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString("utf8");
}
function isLetterOrPercent(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}
function parseNumber2(bytes, start, end) {
  let i = start;
  while (i < end && bytes[i] === SPACE) i++;
  let negative = false;
  let c = bytes[i];
  if (c === 45 || c === 43) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  while (i < end) {
    c = bytes[i] - 48;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (i < end && bytes[i] === 46) {
    i++;
    while (i < end) {
      c = bytes[i] - 48;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      digits++;
      fraction++;
      i++;
    }
  }
  if (digits === 0) return Number.NaN;
  while (i < end && bytes[i] === SPACE) i++;
  while (i < end && isLetterOrPercent(bytes[i])) {
    c = bytes[i];
    if ((c === 101 || c === 69) && i + 1 < end && isExponentStart(bytes[i + 1])) return slowNumber(bytes, start, end);
    i++;
  }
  if (skipSpaces(bytes, i, end) !== end) return Number.NaN;
  if (digits > 15) return slowNumber(bytes, start, end);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction];
  return negative ? -value : value;
}
function isExponentStart(c) {
  return c >= 48 && c <= 57 || c === 43 || c === 45;
}
function slowNumber(bytes, start, end) {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*[A-Za-z%]*$/.exec(text(bytes, start, end).trim());
  return match ? Number(match[1]) : Number.NaN;
}
function parseIndex(bytes, start, end) {
  const s = skipSpaces(bytes, start, end);
  const e = trimEnd(bytes, s, end);
  if (s === e || e - s > 6) return -1;
  let value = 0;
  for (let i = s; i < e; i++) {
    const d = bytes[i] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
var PLACEHOLDERS = /* @__PURE__ */ new Set(["N/A", "ERR!", "Unknown Error", "Not Supported"]);
function isMissingMarker(bytes, start, end) {
  const s = skipSpaces(bytes, start, end);
  const e = trimEnd(bytes, s, end);
  if (s === e || bytes[s] === 91) return true;
  return e - s <= 13 && PLACEHOLDERS.has(text(bytes, s, e));
}
var DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function twoDigits(bytes, i) {
  const a = bytes[i] - 48;
  const b = bytes[i + 1] - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}
function parseTimestampFields(bytes, start, end, out) {
  const s = skipSpaces(bytes, start, end);
  const e = trimEnd(bytes, s, end);
  if (e - s < 19) return false;
  const y1 = twoDigits(bytes, s);
  const y2 = twoDigits(bytes, s + 2);
  const month = twoDigits(bytes, s + 5);
  const day = twoDigits(bytes, s + 8);
  const hour = twoDigits(bytes, s + 11);
  const minute = twoDigits(bytes, s + 14);
  const second = twoDigits(bytes, s + 17);
  if ((y1 | y2 | month | day | hour | minute | second) < 0) return false;
  const sep1 = bytes[s + 4];
  const sep2 = bytes[s + 7];
  const sep3 = bytes[s + 10];
  if (sep1 !== 47 && sep1 !== 45 || sep2 !== sep1 || sep3 !== SPACE && sep3 !== 84) return false;
  if (bytes[s + 13] !== 58 || bytes[s + 16] !== 58) return false;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month] || hour > 23 || minute > 59 || second > 60) return false;
  const year = y1 * 100 + y2;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  let ms2 = 0;
  let i = s + 19;
  if (i < e) {
    if (bytes[i] !== 46) return false;
    i++;
    const fractionStart = i;
    let scale = 100;
    for (; i < e; i++) {
      const d = bytes[i] - 48;
      if (d < 0 || d > 9) return false;
      if (scale >= 1) ms2 += d * scale;
      scale /= 10;
    }
    if (i === fractionStart || i - fractionStart > 9) return false;
  }
  out[0] = year * 1e4 + month * 100 + day;
  out[1] = ((hour * 60 + minute) * 60 + second) * 1e3 + ms2;
  return true;
}

// plugins/nvidia-smi/reader.ts
var HEAD_ROWS = 4096;
var WARN_EACH = 3;
var SUSPICIOUS_W = 2e3;
var NvidiaSmiReader = class {
  constructor(file, timeZone, log, options = {}) {
    this.file = file;
    this.log = log;
    this.options = options;
    this.toUtc = monotonicWallClockToUtc(timeZone);
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
  stamp = new Float64Array(2);
  dateKey = -1;
  dayMs = 0;
  toUtc;
  byKey = /* @__PURE__ */ new Map();
  byIndex = [];
  devices = [];
  cursor = -1;
  arrangement;
  held = [];
  sample = [];
  lastRowTimeMs = Number.NaN;
  closeRows = 0;
  firstCloseLine = 0;
  droppedSamples = 0;
  droppedSampleRows = 0;
  firstDroppedSampleLine = 0;
  dataLines = 0;
  records = 0;
  malformed = 0;
  firstMalformed = "";
  missingPower = 0;
  firstMissingPower = "";
  truncatedLine = 0;
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
        const line = text(bytes, pos, end2).replace(/\r$/, "");
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
      if (end > pos && (bytes[pos] > 32 || skipSpaces(bytes, pos, end) < end)) {
        this.row(bytes, pos, end, found, i >= size && chunk.unterminatedLast, out);
      }
      pos = i + 1;
    }
    if (this.dataLines >= 1e3 && this.malformed * 2 > this.dataLines) throw this.notNvidiaSmi();
    return out;
  }
  finish() {
    const out = [];
    if (this.layout === void 0) {
      throw new InputError("no nvidia-smi header or rows found", { file: this.file, hint: "check that this is the log nvidia-smi wrote (-f FILE)" });
    }
    if (this.arrangement === void 0 && this.held.length > 0) this.decideArrangement(out);
    if (this.arrangement?.kind === "interleaved") this.closeSample(out, true);
    this.checkSingleGpu();
    if (this.truncatedLine > 0) {
      this.log.warn(`${this.file}:${this.truncatedLine}: the last line is cut short (the logger was stopped mid-write); dropped`);
    }
    if (this.malformed > WARN_EACH) {
      this.log.warn(`${this.file}: ${this.malformed} malformed lines dropped in all (first: ${this.firstMalformed})`);
    }
    if (this.droppedSamples > 0) {
      this.log.warn(
        `${this.file}: ${this.droppedSamples} samples had a number of rows other than ${this.gpuCount()} and were dropped (${this.droppedSampleRows} rows, first at line ${this.firstDroppedSampleLine}); those seconds are gaps for every GPU`
      );
    }
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
    if (previous && hasDeviceColumn(previous) !== hasDeviceColumn(layout)) {
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
  badLine(lineNo, reason) {
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
      const line = text(bytes, start, end);
      if (this.reheader(line, lineNo)) return;
      this.badLine(lineNo, `expected ${count} fields, found ${found + 1}`);
      return;
    }
    bounds[count - 1] = end;
    this.lineStart = start;
    const t = layout.timestamp;
    if (!parseTimestampFields(bytes, t === 0 ? start : bounds[t - 1] + 1, bounds[t], this.stamp)) {
      if (this.reheader(text(bytes, start, end), lineNo)) return;
      this.badLine(lineNo, `"${this.field(bytes, t)}" is not a timestamp (YYYY/MM/DD HH:MM:SS.mmm)`);
      return;
    }
    const dateKey = this.stamp[0];
    if (dateKey !== this.dateKey) {
      this.dateKey = dateKey;
      this.dayMs = civilToMs(Math.floor(dateKey / 1e4), Math.floor(dateKey / 100) % 100, dateKey % 100);
    }
    const timeMs = this.toUtc(this.dayMs + this.stamp[1]);
    const p = layout.power;
    const powerStart = p === 0 ? start : bounds[p - 1] + 1;
    const powerEnd = bounds[p];
    let powerW = parseNumber2(bytes, powerStart, powerEnd);
    if (Number.isNaN(powerW)) {
      if (!isMissingMarker(bytes, powerStart, powerEnd)) {
        this.badLine(lineNo, `power "${this.field(bytes, p)}" is not a number`);
        return;
      }
    } else {
      if (layout.powerScale !== 1) powerW *= layout.powerScale;
      if (this.withUnits === void 0) this.noteUnits(bytes, powerStart, powerEnd);
    }
    if (last && this.withUnits && this.lastFieldHasUnit) {
      const lastStart = count === 1 ? start : bounds[count - 2] + 1;
      if (!endsWithUnit(bytes, lastStart, end) && !isMissingMarker(bytes, lastStart, end)) {
        this.dataLines--;
        this.truncatedLine = lineNo;
        return;
      }
    }
    let utilization = Number.NaN;
    const u = layout.utilization;
    if (u >= 0) {
      const percent = parseNumber2(bytes, u === 0 ? start : bounds[u - 1] + 1, bounds[u]);
      if (percent >= 0 && percent <= 100) utilization = percent / 100;
    }
    if (layout.uuid >= 0 || layout.index >= 0 || layout.busId >= 0) {
      const device = this.deviceFor(bytes, lineNo);
      if (device === void 0) return;
      this.emit(device, timeMs, powerW, utilization, lineNo, out);
      return;
    }
    const needModel = layout.name >= 0 && (this.arrangement === void 0 || this.devices.length < this.gpuCount());
    const model = needModel ? this.modelName(bytes, layout.name) : void 0;
    this.unidentified({ timeMs, powerW, utilization, model, line: lineNo }, out);
  }
  fieldStart(column) {
    return column === 0 ? this.lineStart : this.bounds[column - 1] + 1;
  }
  field(bytes, column) {
    return text(bytes, this.fieldStart(column), this.bounds[column]).trim();
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
      return;
    }
    const record = Number.isNaN(utilization) ? { type: "power", timeMs, device: device.ref, powerW } : { type: "power", timeMs, device: device.ref, powerW, utilization };
    if (powerW < 0 || powerW > SUSPICIOUS_W || timeMs <= device.lastTimeMs) record.origin = { file: this.file, line: lineNo };
    if (timeMs > device.lastTimeMs) device.lastTimeMs = timeMs;
    this.records++;
    out.push(record);
  }
  deviceFor(bytes, lineNo) {
    const layout = this.layout;
    const bounds = this.bounds;
    if (layout.uuid >= 0) {
      const u = layout.uuid;
      const s = skipSpaces(bytes, this.fieldStart(u), bounds[u]);
      const e = trimEnd(bytes, s, bounds[u]);
      if (s < e && bytes[s] !== 91) {
        const devices2 = this.devices;
        if (devices2.length > 0) {
          const guess = devices2[this.cursor + 1 < devices2.length ? this.cursor + 1 : 0];
          if (sameBytes(guess.keyBytes, bytes, s, e)) {
            this.cursor = guess.slot;
            return guess;
          }
        }
        const key = text(bytes, s, e);
        const device = this.byKey.get(key) ?? this.addDevice(key, { id: key, uuid: key }, bytes);
        this.cursor = device.slot;
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
      let device = this.byIndex[index2];
      if (device === void 0) {
        device = this.addDevice(`gpu${index2}`, { id: `gpu${index2}`, index: index2 }, bytes);
        this.byIndex[index2] = device;
      }
      return device;
    }
    if (layout.busId >= 0) {
      const busId = this.field(bytes, layout.busId);
      if (busId !== "" && !busId.startsWith("[")) return this.byKey.get(busId) ?? this.addDevice(busId, { id: `pci:${busId}` }, bytes);
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
    const device = { ref, key, keyBytes: Buffer.from(key, "utf8"), slot: this.devices.length, lastTimeMs: -Infinity };
    this.devices.push(device);
    this.byKey.set(key, device);
    return device;
  }
  // Logs without a device column -------------------------------------------------------------
  unidentified(row, out) {
    if (this.options.oneGpu && this.arrangement === void 0) this.arrangement = { kind: "single", closeMs: 0 };
    if (this.arrangement === void 0) {
      this.held.push(row);
      if (this.held.length >= HEAD_ROWS) this.decideArrangement(out);
      return;
    }
    this.place(row, out);
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
        hint: "add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true"
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
      this.emit(this.slotDevice(0, row.model, "gpu"), row.timeMs, row.powerW, row.utilization, row.line, out);
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
      for (let k = 0; k < sample2.length; k++) {
        const row = sample2[k];
        this.emit(this.slotDevice(k, row.model, `slot${k}`), row.timeMs, row.powerW, row.utilization, row.line, out);
      }
    } else if (sample2.length > 0) {
      this.droppedSamples++;
      this.droppedSampleRows += sample2.length;
      if (this.droppedSamples === 1) this.firstDroppedSampleLine = sample2[0].line;
    }
    this.sample = [];
  }
  gpuCount() {
    return this.arrangement?.kind === "interleaved" ? this.arrangement.gpus : 1;
  }
  slotDevice(slot, model, id) {
    return this.devices[slot] ?? this.addDevice(id, { id }, void 0, model);
  }
  /** A log judged to be one GPU's must stay that way: rows crowding together later mean interleaving. */
  checkSingleGpu() {
    if (this.arrangement?.kind !== "single" || this.options.oneGpu) return;
    if (this.closeRows > 20 && this.closeRows * 10 > this.records) {
      throw new InputError(
        `the log has no index or uuid column and from line ${this.firstCloseLine} on, ${this.closeRows} rows follow the previous one within ${Math.round(this.arrangement.closeMs)} ms, as when several GPUs' rows are interleaved; carbon-ci will not merge several GPUs into one`,
        {
          file: this.file,
          line: this.firstCloseLine,
          hint: "add index,uuid to --query-gpu so that each row names its GPU; if the log really is of one GPU, set the nvidia-smi plugin option oneGpu=true"
        }
      );
    }
  }
};
function hasDeviceColumn(layout) {
  return layout.uuid >= 0 || layout.index >= 0 || layout.busId >= 0;
}
function sameBytes(key, bytes, start, end) {
  const length = key.length;
  if (end - start !== length) return false;
  for (let k = length - 1; k >= 0; k--) if (key[k] !== bytes[start + k]) return false;
  return true;
}
function endsWithUnit(bytes, start, end) {
  const e = trimEnd(bytes, start, end);
  if (e <= start) return false;
  const c = bytes[e - 1];
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 37;
}

// plugins/nvidia-smi/index.ts
var nvidia_smi_default = definePlugin({
  name: "nvidia-smi",
  kind: "telemetry",
  description: "nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,... --format=csv[,nounits] logs: board power per GPU, timestamps in local time (--timezone)",
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
    const reader = new NvidiaSmiReader(source.path, context.timeZone, context.log, options);
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
function detect6({ head }) {
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
async function* read3(source, context) {
  const file = source.path;
  const host = hostOption2(context.options);
  const toUtc = wallClockToUtc(context.timeZone);
  const dropped = new DroppedRows(file);
  const devices2 = /* @__PURE__ */ new Map();
  let layout;
  let markerMs;
  let sawPower = false;
  let secondaryDie = 0;
  const timeOf = (text2, line) => {
    const trimmed = text2.trim();
    if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(epochToMs(Number(trimmed)));
    const parsed = parseDateTime(trimmed);
    if (!parsed) throw new InputError(`"${trimmed}" is not a time`, { file, line, hint: "write epoch seconds or an ISO 8601 date and time" });
    return dateTimeToUtc(parsed, toUtc);
  };
  const deviceFor = (text2, line) => {
    const match = /^(?:card)?(\d+)$/i.exec(text2.trim());
    if (!match) throw new InputError(`"${text2}" is not a GPU (card<N> or an index)`, { file, line, hint: "the row is corrupted; repair or delete it" });
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
    const records = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const text2 = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text2 === "" || WATCH_BANNER.test(text2)) continue;
      if (TIME_ONLY.test(text2)) {
        markerMs = timeOf(text2, line);
        continue;
      }
      const fields2 = splitCsvLine(text2, { file, line });
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
      const powerW = parseNumber(powerText, { units: { W: 1 } });
      if (powerW === null) {
        if (/secondary die/i.test(powerText)) secondaryDie++;
        else dropped.add(`no power value ("${powerText}")`, line);
        continue;
      }
      if (Number.isNaN(powerW)) {
        throw new InputError(`power "${powerText}" is not a number`, { file, line, hint: "the row is corrupted; repair or delete it" });
      }
      const record = { type: "power", timeMs, device, powerW };
      if (layout.use >= 0) {
        const use = parseNumber(fields2[layout.use], { units: { "%": 1 } });
        if (use !== null && Number.isFinite(use) && use >= 0 && use <= 100) record.utilization = use / 100;
      }
      records.push(record);
    }
    if (records.length > 0) yield records;
  }
  if (!sawPower) {
    throw new InputError("no power column found (Average/Current Socket Graphics Package Power (W), socket_power or power_usage)", {
      file,
      hint: "log power: `rocm-smi --showpower --csv` or `amd-smi metric --power --csv -w 1`"
    });
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
  options: {
    type: "object",
    properties: {
      host: { type: "string", minLength: 1, description: "host name to qualify device ids (host:gpuN) when logs of several machines are combined" }
    }
  },
  detect: detect6,
  read: read3
});

// plugins/slurm/index.ts
var REQUIRED = ["JobID", "Start", "End", "ConsumedEnergyRaw"];
var SENTINEL_J = 2 ** 63;
function detect7({ head }) {
  const first2 = head.split("\n", 1)[0].trim();
  if (!first2.includes("|")) return 0;
  const names = first2.split("|").map((name) => name.trim());
  if (names.includes("JobID") && names.includes("ConsumedEnergyRaw")) return 0.95;
  if (names.includes("JobID") && names.includes("Start") && names.includes("End")) return 0.6;
  return 0;
}
function columnsOf2(header, file) {
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
    allocTres: index2("AllocTRES"),
    jobName: index2("JobName"),
    cluster: index2("Cluster"),
    state: index2("State"),
    width: header.length
  };
}
function parseSlurmTime(text2) {
  const normalised = text2.trim().replace(/^(\d{4}-\d{2}-\d{2})-(\d{2}:)/, "$1T$2");
  return parseDateTime(normalised)?.wallMs;
}
function gpusOf(tres) {
  if (!tres) return void 0;
  let plain3;
  let typed = 0;
  const types = [];
  for (const entry of tres.split(",")) {
    const m = /^gres\/gpu(?::([^=]+))?=(\d+)$/.exec(entry.trim());
    if (!m) continue;
    if (m[1] === void 0) plain3 = Number(m[2]);
    else {
      typed += Number(m[2]);
      types.push(m[1]);
    }
  }
  if (plain3 === void 0 && typed === 0) return void 0;
  return { count: plain3 ?? typed, types };
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
  detect: detect7,
  async *read(source, context) {
    const file = source.path;
    const level = context.options.level ?? "job";
    const toUtc = wallClockToUtc(context.timeZone);
    let columns;
    const jobs = /* @__PURE__ */ new Map();
    let badRows = 0;
    let firstBad = 0;
    for await (const batch of readLines(source.open(), { file })) {
      context.signal.throwIfAborted();
      batch.lines.forEach((text2, i) => {
        const line = batch.firstLine + i;
        if (text2.trim() === "") return;
        let fields2 = text2.split("|");
        if (fields2.length > 1 && fields2[fields2.length - 1] === "" && (!columns || fields2.length === columns.width + 1)) fields2 = fields2.slice(0, -1);
        if (!columns) {
          if (!fields2.includes("JobID")) {
            throw new InputError("the first line is not a sacct header (JobID|\u2026)", {
              file,
              line,
              hint: "run sacct without -n/--noheader and with -P, e.g. `sacct -P -j <jobid> --format=JobID,JobName,Start,End,NodeList,AllocTRES,ConsumedEnergyRaw`"
            });
          }
          columns = columnsOf2(fields2.map((name) => name.trim()), file);
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
        const nodeList = cols.nodeList === void 0 ? void 0 : f[cols.nodeList].trim() || void 0;
        const cluster = cols.cluster === void 0 ? void 0 : f[cols.cluster].trim() || void 0;
        const key = `${cluster ?? ""}/${nodeList ?? `job ${row.jobId}`}`;
        let device = devices2.get(key);
        if (!device) {
          device = { id: `slurm:${cluster ? `${cluster}/` : ""}${nodeList ?? `job-${row.jobId}`}`, component: "node" };
          if (nodeList) device.host = nodeList;
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
function firstLine(head) {
  for (const line of head.split("\n")) if (line.trim() !== "") return line.trim();
  return "";
}
function detect8({ path, head }) {
  const first2 = firstLine(head);
  const hasTimestamp = first2.includes("_timestamp");
  const hasPower = POWER_KEY_IN_TEXT.test(first2) || first2.startsWith("{") && /"(?:system[./])?gpu\.(?:process\.)?\d+\.powerWatts"\s*:/.test(first2);
  if (hasTimestamp && hasPower) return 0.95;
  if (first2.startsWith("{") && first2.includes('"_wandb"') && first2.includes('"system.')) return 0.6;
  if (/wandb-events\.jsonl$/.test(path)) return 0.5;
  return 0;
}
function preferPlain(map, index2, column, process2) {
  const seen = map.get(index2);
  if (!seen || seen.process && !process2) map.set(index2, { column, process: process2 });
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
  detect: detect8,
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
    let format;
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
      batch.lines.forEach((text2, i) => {
        const line = batch.firstLine + i;
        if (text2.trim() === "") return;
        if (format === void 0) {
          format = text2.trimStart().startsWith("{") ? "json" : "csv";
          if (format === "csv") {
            columns = headerColumns(splitCsvLine(text2, { file, line }), file);
            return;
          }
        }
        if (format === "json") {
          let row;
          try {
            row = JSON.parse(text2);
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
        const fields2 = splitCsvLine(text2, { file, line });
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
    if (format === void 0) throw new InputError("the file has no rows", { file, hint: "export the run history again; the file is empty" });
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
function detect9({ head }) {
  const first2 = (head.split("\n", 1)[0] ?? "").trim();
  if (!first2.startsWith(HEADER_START)) return 0;
  const rest = first2.split(",").slice(3);
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
      const text2 = batch.lines[k].trim();
      const line = batch.firstLine + k;
      if (text2 === "") continue;
      if (!layout) {
        layout = layoutOf3(text2, file, host);
        continue;
      }
      const fields2 = text2.split(",");
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
async function* read4(source, context) {
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
      row.values.forEach((text2, column) => {
        const energyJ = parseNumber(text2);
        if (energyJ === null) {
          dropped.add(`no energy value ("${text2.trim()}") for ${layout.devices[column].id}`, row.line);
          return;
        }
        if (Number.isNaN(energyJ) || energyJ < 0) {
          throw new InputError(`energy "${text2}" is not a non-negative number of joules`, {
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
  detect: detect9,
  read: read4
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
  carbontracker_default
];

// src/smoke/run-smoke-test.ts
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join as join6 } from "node:path";

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
import { open, stat as stat2 } from "node:fs/promises";

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
    info = await stat2(modelPath);
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
import { delimiter, join as join3 } from "node:path";
function commandOnPath(command, env = process.env) {
  const suffixes = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      try {
        accessSync(join3(dir, command + suffix), constants.X_OK);
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
    let first2 = () => {
    };
    const firstReading = new Promise((resolve4) => first2 = resolve4);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const sample2 = parseSampleLine(line);
      if (sample2) {
        samples.push(sample2);
        first2();
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
  const first2 = process.env.CUDA_VISIBLE_DEVICES?.split(",")[0]?.trim();
  return first2 ? first2 : "0";
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
import { readdir, readFile as readFile3 } from "node:fs/promises";
import { join as join4 } from "node:path";
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
  return JSON.parse(await readFile3(join4(directory, files[0]), "utf8"));
}

// src/smoke/runtime-loader.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir as readdir2, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname2, join as join5 } from "node:path";

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
    const loaded = tryRequire(join5(fromEnv, "package.json"));
    if (!loaded) {
      throw new InputError(`$${RUNTIME_DIR_ENV} is set but ${fromEnv}/node_modules/${PACKAGE} cannot be loaded`, {
        hint: `npm install --prefix "${fromEnv}" ${PACKAGE}@${ONNXRUNTIME_NODE_VERSION}, or unset it`
      });
    }
    return { ...loaded, source: "env", directory: fromEnv };
  }
  const resolveFrom = options.resolveFrom ?? import.meta.url;
  const local = tryRequire(resolveFrom);
  if (local) return { ...local, source: "node_modules", directory: dirname2(local.packageDir) };
  const cacheDir = toolCacheDirectory(options);
  if (existsSync(`${cacheDir}.complete`)) {
    const cached = tryRequire(join5(cacheDir, "package.json"));
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
  const installed = tryRequire(join5(cacheDir, "package.json"));
  if (!installed) throw new Error(`${PACKAGE} was installed into ${cacheDir} but cannot be loaded`);
  return { ...installed, source: "tool-cache", directory: cacheDir };
}
function toolCacheDirectory(options) {
  const root2 = options.toolCacheDir ?? process.env.RUNNER_TOOL_CACHE ?? join5(homedir(), ".cache", "carbon-ci");
  const flavour = `${process.platform}-${process.arch}${options.withCuda ? "-cuda12" : ""}`;
  return join5(root2, TOOL_NAME, ONNXRUNTIME_NODE_VERSION, flavour);
}
function tryRequire(from) {
  const require2 = createRequire(from);
  let entry;
  try {
    entry = require2.resolve(PACKAGE);
  } catch {
    return void 0;
  }
  const packageDir = dirname2(dirname2(entry));
  const runtime = require2(PACKAGE);
  const version = require2(join5(packageDir, "package.json")).version;
  return { runtime, packageDir, version };
}
async function installIntoCache(cacheDir, options) {
  const staging = `${cacheDir}.tmp-${process.pid}-${Date.now()}`;
  const installMode = options.withCuda ? "cuda12" : "skip";
  const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: installMode, npm_config_onnxruntime_node_install: installMode };
  try {
    await writeLockedProject(staging);
    await runNpm(["ci", "--omit=dev", "--no-audit", "--no-fund", ...options.npmArgs ?? []], env, staging);
    await pruneOtherPlatforms(join5(staging, "node_modules", PACKAGE));
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
  await writeFile(join5(dir, "package.json"), JSON.stringify({ name, version: "0.0.0", private: true, dependencies }, null, 2));
  const packages = { "": { name, version: "0.0.0", dependencies }, ...onnxruntime_lock_default.packages };
  await writeFile(join5(dir, "package-lock.json"), JSON.stringify({ name, version: "0.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
}
async function pruneOtherPlatforms(packageDir) {
  const binRoot = join5(packageDir, "bin", "napi-v6");
  for (const platform of await readdir2(binRoot).catch(() => [])) {
    if (platform !== process.platform) {
      await rm(join5(binRoot, platform), { recursive: true, force: true });
      continue;
    }
    for (const arch of await readdir2(join5(binRoot, platform))) {
      if (arch !== process.arch) await rm(join5(binRoot, platform, arch), { recursive: true, force: true });
    }
  }
}
async function runNpm(args, env, cwd) {
  const nodeDir = dirname2(process.execPath);
  const bundled = [join5(nodeDir, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"), join5(nodeDir, "node_modules", "npm", "bin", "npm-cli.js")].find(
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
      return { ok: false, reason: `onnxruntime could not load the model: ${firstLine2(error)}` };
    }
  }
  let cudaFailure;
  try {
    return { ok: true, ...await attempt(["cuda", "cpu"]), providers: ["cuda", "cpu"] };
  } catch (error) {
    cudaFailure = firstLine2(error);
  }
  if (device === "cuda") {
    return { ok: false, reason: `device "cuda" was requested but the CUDA execution provider is unavailable: ${cudaFailure}; ${CUDA_HINT}` };
  }
  try {
    const opened = await attempt(["cpu"]);
    return { ok: true, ...opened, providers: ["cpu"], fallbackReason: `CUDA execution provider unavailable (${cudaFailure}); ran on CPU` };
  } catch (error) {
    return { ok: false, reason: `onnxruntime could not load the model: ${firstLine2(error)}` };
  }
}
function firstLine2(error) {
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
import { readFile as readFile4 } from "node:fs/promises";
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
  let text2;
  try {
    text2 = await readFile4(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(code === "ENOENT" ? "file not found" : `cannot read the file (${code})`, { file });
  }
  try {
    return JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error.message;
    const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? text2.slice(0, Number(position[1])).split("\n").length : void 0;
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
  const profileDir = await mkdtemp(join6(tmpdir(), "carbon-ci-smoke-"));
  let session;
  try {
    const opened = await openSession(ort, options.modelPath, prepared.device, join6(profileDir, "profile"));
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
function resolve(node) {
  if (!node?.$ref) return node;
  let target = root;
  for (const part of node.$ref.replace(/^#\//, "").split("/")) {
    target = target?.[part];
  }
  return resolve(target);
}
function declared(node) {
  const out = /* @__PURE__ */ new Map();
  const visit = (n) => {
    const r = resolve(n);
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
    const items = resolve(node)?.items;
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

// src/sdk/load-plugin.ts
import { readFile as readFile5, stat as stat3 } from "node:fs/promises";
import { register } from "node:module";
import { dirname as dirname3, extname, isAbsolute, join as join7, resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";

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

// src/sdk/load-plugin.ts
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
  const file = isAbsolute(spec) ? spec : resolve2(cwd, spec);
  const extension = extname(file).toLowerCase();
  if (!JS_EXTENSIONS.has(extension) && !TS_EXTENSIONS.has(extension)) {
    throw new InputError(`plugin module "${spec}" must be a .js, .mjs, .cjs or .ts file`, { hint: SHAPE_HINT });
  }
  try {
    if ((await stat3(file)).isFile()) return file;
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
  for (let dir = resolve2(cwd); ; dir = dirname3(dir)) {
    const root2 = join7(dir, "node_modules", name);
    const manifest = await readJsonFile(join7(root2, "package.json"));
    if (manifest) {
      const target = exportTarget(manifest, subpath);
      if (!target) throw new InputError(`plugin package "${spec}" exports no "${subpath}" entry for import`, { hint: `check the "exports" of ${name}/package.json` });
      return join7(root2, target);
    }
    if (dirname3(dir) === dir) break;
  }
  throw new InputError(`plugin package "${spec}" is not installed in ${cwd} or above`, {
    hint: `install it first (npm install --save-dev ${name}), or give a path such as ./plugins/my-plugin.mjs`
  });
}
async function readJsonFile(path) {
  try {
    return JSON.parse(await readFile5(path, "utf8"));
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
    return await api.tsImport(pathToFileURL(file).href, pathToFileURL(join7(cwd, "package.json")).href);
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
    validatePluginOptions(plugin, {});
  } catch (error) {
    if (!isInputError(error)) throw new InputError(`plugin module "${spec}": ${error.message}`, { hint: "write the options schema in JSON Schema draft-07" });
  }
  return plugin;
}
var Timeout = class extends Error {
};
function guardPlugin(plugin, options = {}) {
  const timeoutMs = options.timeoutMs ?? 15 * 6e4;
  const stallMs = options.stallMs ?? 2 * 6e4;
  const validate2 = options.validate !== "none";
  async function* read5(source, context) {
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
          if (!validate2 || isValidRecord(item)) {
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
          const line = out[out.length - 1].origin?.line;
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
        const first2 = malformed.first;
        issues.unshift({
          code: "plugin-malformed-records",
          plugin: plugin.name,
          file,
          count: malformed.count,
          line: first2.line,
          record: first2.record,
          message: `plugin ${plugin.name} yielded ${malformed.count} malformed record(s) from ${file}, dropped; the first${first2.line !== void 0 ? ` (line ${first2.line})` : ""}: ${first2.problems}: ${first2.record}`
        });
      }
      for (const issue of issues) {
        if (options.onIssue) options.onIssue(issue);
        else context.log.warn(issue.message);
      }
    }
  }
  return Object.freeze({ ...plugin, read: read5 });
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

// src/energy/format.ts
function formatDuration(ms2) {
  const s = ms2 / 1e3;
  if (s < 120) return `${round(s, s < 10 ? 1 : 0)} s`;
  if (s < 7200) return `${round(s / 60, 1)} min`;
  if (s < 172800) return `${round(s / 3600, 1)} h`;
  return `${round(s / 86400, 1)} d`;
}
function formatEnergy(joules2) {
  const kWh = joules2 / 36e5;
  if (kWh >= 0.1) return `${round(kWh, kWh < 10 ? 3 : 1)} kWh`;
  return `${round(joules2, joules2 < 10 ? 2 : 0)} J`;
}
function formatPercent(share) {
  return `${round(share * 100, 1)}%`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function listSome(items, max = 5) {
  return items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}
function round(value, digits) {
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
  if (device.component === "node") return NODE_MAX_POWER_W;
  const boardW = options.boardPowerW(device.model);
  return boardW !== void 0 ? BOARD_POWER_FACTOR * boardW : DEFAULT_MAX_POWER_W;
}
function autoMaxGapMs(intervalsMs) {
  if (intervalsMs.length === 0) return AUTO_GAP_FLOOR_MS;
  const sorted = [...intervalsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median2 = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.max(AUTO_GAP_FLOOR_MS, AUTO_GAP_FACTOR * median2);
}
function withoutUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

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
  const method2 = chooseMethod(present, selections);
  const { kept, ignored } = selections.get(method2);
  for (let i = 1; i < kept.length; i++) joinTracks(kept[i - 1], kept[i]);
  const energyJ = compensatedSum(kept.map((t) => t.energyJ));
  let coveredMs = 0;
  let samples = 0;
  let gapCount = 0;
  let gapMs = 0;
  let startMs = Infinity;
  let endMs = -Infinity;
  const gaps = [];
  for (const t of kept) {
    coveredMs += t.coveredMs;
    samples += t.samples;
    gapCount += t.gapCount;
    gapMs += t.gapMs;
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
  const windowMs = endMs - startMs;
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
      return `${EVIDENCE_NAME[m]} (${formatEnergy(compensatedSum(alt.map((t) => t.energyJ)))}, coverage ${formatPercent(altCoverage)})`;
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
  return count > 0 ? power.reduce((s, t) => s + t.utilizationSum, 0) / count : void 0;
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
function mergeDevice(kept, all, warnings2, id) {
  const merged = { ...kept[0].device };
  const models = /* @__PURE__ */ new Set();
  for (const track of [...kept, ...all]) {
    const d = track.device;
    if (d.model !== void 0) models.add(d.model);
    for (const key of ["model", "vendor", "host", "index", "uuid", "component"]) {
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
function compensatedSum(values) {
  let sum = 0;
  let comp = 0;
  for (const x of values) {
    const next = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - next + x : x - next + sum;
    sum = next;
  }
  return sum + comp;
}

// src/energy/buckets.ts
var STEP_LADDER_S = [1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400];
var DAY_MS = 864e5;
var SERIES_CAPACITY = 1024;
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
  energyJ = new Float64Array(SERIES_CAPACITY);
  touched = new Uint8Array(SERIES_CAPACITY);
  /** The bucket the last add ended in: most adds fall inside it. */
  curStartMs = Infinity;
  curEndMs = -Infinity;
  curPos = 0;
  /** A linear power segment p0 -> p1 over [t0, t1] whose integral is `joules`. */
  addLinear(t0, p0, t1, p1, joules2) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyJ[this.curPos] += joules2;
      return;
    }
    this.addSplit(t0, p0, t1, p1, joules2);
  }
  /** `joules` spread evenly over [t0, t1] (a point when t0 === t1). */
  addUniform(t0, t1, joules2) {
    if (t0 >= this.curStartMs && t1 <= this.curEndMs) {
      this.energyJ[this.curPos] += joules2;
      return;
    }
    this.addSplit(t0, 1, t1, 1, joules2);
  }
  /** Calls `visit` for every touched bucket, with its start and energy. */
  forEach(visit) {
    for (let i = 0; i < this.count; i++) {
      if (this.touched[i] === 1) visit((this.firstIdx + i) * this.stepMs, this.stepMs, this.energyJ[i]);
    }
  }
  addSplit(t0, p0, t1, p1, joules2) {
    this.ensureRange(t0, t1);
    const step = this.stepMs;
    const i0 = firstIndex(t0, step);
    const i1 = lastIndex(t0, t1, step);
    const base = this.firstIdx;
    if (i0 === i1) {
      this.energyJ[i0 - base] += joules2;
      this.touched[i0 - base] = 1;
    } else {
      const slope = (p1 - p0) / (t1 - t0);
      const twiceTotal = (p0 + p1) * (t1 - t0);
      let rest = joules2;
      for (let i = i0; i < i1; i++) {
        const a = Math.max(t0, i * step);
        const b = (i + 1) * step;
        const twicePiece = (2 * p0 + slope * (a - t0 + b - t0)) * (b - a);
        const share = twiceTotal > 0 ? twicePiece / twiceTotal * joules2 : 0;
        this.energyJ[i - base] += share;
        this.touched[i - base] = 1;
        rest -= share;
      }
      this.energyJ[i1 - base] += rest;
      this.touched[i1 - base] = 1;
    }
    this.curPos = i1 - base;
    this.curStartMs = i1 * step;
    this.curEndMs = (i1 + 1) * step;
  }
  ensureRange(t0, t1) {
    for (; ; ) {
      const step = this.stepMs;
      const lo = firstIndex(t0, step);
      const hi = lastIndex(t0, t1, step);
      const newLo = this.count === 0 ? lo : Math.min(this.firstIdx, lo);
      const newHi = this.count === 0 ? hi : Math.max(this.firstIdx + this.count - 1, hi);
      if (newHi - newLo + 1 <= SERIES_CAPACITY) {
        if (this.count === 0) {
          this.firstIdx = newLo;
        } else if (newLo < this.firstIdx) {
          const shift = this.firstIdx - newLo;
          this.energyJ.copyWithin(shift, 0, this.count);
          this.touched.copyWithin(shift, 0, this.count);
          this.energyJ.fill(0, 0, shift);
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
  coarsen() {
    const ratio = stepMsAt(this.level + 1) / this.stepMs;
    const newFirst = Math.floor(this.firstIdx / ratio);
    let newCount = 0;
    for (let i = 0; i < this.count; i++) {
      const energy = this.energyJ[i];
      const touched = this.touched[i];
      this.energyJ[i] = 0;
      this.touched[i] = 0;
      const pos = Math.floor((this.firstIdx + i) / ratio) - newFirst;
      this.energyJ[pos] += energy;
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
  /** Energy as a compensated (Neumaier) sum: sumJ + compJ. */
  sumJ = 0;
  compJ = 0;
  coveredMs = 0;
  gaps = [];
  gapCount = 0;
  gapMs = 0;
  drops = new Drops();
  /** Duplicate timestamps with a different value: maybe several devices mixed into one. */
  conflictingDuplicates = 0;
  series;
  maxGapMs;
  calibrating;
  /** Set while a seam is integrated: its gap comes before all of this track's own. */
  seam = false;
  calTimes = [];
  calValues = [];
  calDropBefore = [];
  get energyJ() {
    return this.sumJ + this.compJ;
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
  addJoules(joules2) {
    const sum = this.sumJ;
    const next = sum + joules2;
    this.compJ += Math.abs(sum) >= Math.abs(joules2) ? sum - next + joules2 : joules2 - next + sum;
    this.sumJ = next;
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
    this.drops.note(t === this.lastMs ? "duplicate-sample" : t < this.lastMs ? "time-backwards" : "invalid-value", origin);
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

// src/energy/counter-track.ts
var CounterTrack = class extends PointTrack {
  method = "counter";
  resets = 0;
  /** Resets whose new value was too large for the interval: the interval is not counted. */
  unaccountedResets = 0;
  /** Increases faster than the power ceiling allows: the interval is not counted. */
  implausibleJumps = 0;
  add(record) {
    const c = record.counterJ;
    const t = record.timeMs;
    if (!(typeof c === "number" && c >= 0 && c - c === 0 && typeof t === "number" && t - t === 0)) {
      const invalid = typeof c !== "number" || typeof t !== "number" || c - c !== 0 || t - t !== 0;
      this.drops.note(invalid ? "invalid-value" : "negative-counter", record.origin);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, c, record.origin);
      return;
    }
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
    this.addJoules(joules2);
    this.coveredMs += dt;
    if (this.series !== void 0) this.series.addUniform(t0, t1, joules2);
  }
};

// src/energy/drop-warnings.ts
var WHAT = {
  "invalid-value": (n) => `${plural(n, "record")} with a missing or non-finite value (NaN, Infinity) dropped`,
  "negative-power": (n) => `${plural(n, "negative power reading")} dropped`,
  "implausible-power": (n) => `${plural(n, "reading")} above the plausible power ceiling dropped as corrupt`,
  "time-backwards": (n) => `${plural(n, "record")} whose time went backwards dropped (if the clock was set back, the energy of those samples is missing from the total)`,
  "duplicate-sample": (n) => `${plural(n, "record")} repeating the previous timestamp dropped (the first one was kept)`,
  "negative-counter": (n) => `${plural(n, "negative energy-counter reading")} dropped`,
  "negative-energy": (n) => `${plural(n, "record")} with negative energy dropped`,
  "invalid-interval": (n) => `${plural(n, "record")} ending before they start dropped`,
  "invalid-utilization": (n) => `${plural(n, "utilisation value")} outside 0..1 ignored`
};
function dropWarnings(tracks) {
  const groups = /* @__PURE__ */ new Map();
  for (const track of tracks) {
    for (const [code, tally] of track.drops.tallies) {
      const key = `${streamKey(track.stream)}\0${code}`;
      let group = groups.get(key);
      if (!group) {
        group = { stream: track.stream, code, count: 0, origin: void 0, devices: /* @__PURE__ */ new Set(), lostMs: 0, ceilings: /* @__PURE__ */ new Set(), kinds: /* @__PURE__ */ new Set() };
        groups.set(key, group);
      }
      group.count += tally.count;
      group.devices.add(track.device.id);
      group.lostMs += track.drops.lostMs;
      group.ceilings.add(track.ceilingW);
      group.kinds.add(track.method);
      if (tally.origin && (group.origin?.line === void 0 || (tally.origin.line ?? Infinity) < group.origin.line)) group.origin = tally.origin;
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
  if (points) {
    parts.push(
      g.lostMs > 0 ? `the intervals around dropped samples that are not bridged total ${formatDuration(g.lostMs)}: no energy counted there, coverage lowered accordingly.` : "the samples around them bridge the time (within the maximum gap): coverage unchanged."
    );
  }
  return parts.join(" ");
}

// src/energy/interval-track.ts
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
  sumJ = 0;
  compJ = 0;
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
  lastStartMs = -Infinity;
  lastEndMs = -Infinity;
  coveredEndMs = -Infinity;
  get energyJ() {
    return this.sumJ + this.compJ;
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
    } else {
      this.accept(startMs, endMs, energyJ, true, origin);
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
    const sum = this.sumJ;
    const next = sum + energyJ;
    this.compJ += sum >= energyJ ? sum - next + energyJ : energyJ - next + sum;
    this.sumJ = next;
    if (this.series !== void 0 && (coverable || energyJ > 0)) this.series.addUniform(startMs, endMs, energyJ);
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

// src/energy/power-track.ts
var PowerTrack = class extends PointTrack {
  method = "power-integral";
  peakW = -Infinity;
  utilizationSum = 0;
  utilizationCount = 0;
  /** The hot path: a few comparisons, one trapezoid, one compensated add, one bucket add. */
  add(record) {
    const w = record.powerW;
    const t = record.timeMs;
    if (!(typeof w === "number" && w >= 0 && w <= this.ceilingW && typeof t === "number" && t - t === 0)) {
      this.dropValue(record);
      return;
    }
    const t0 = this.lastMs;
    if (!(t > t0)) {
      this.dropTime(t, w, record.origin);
      return;
    }
    const u = record.utilization;
    if (u !== void 0) {
      if (u >= 0 && u <= 1) {
        this.utilizationSum += u;
        this.utilizationCount += 1;
      } else {
        this.drops.note("invalid-utilization", record.origin);
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
    if (dt <= this.maxGapMs) {
      const joules2 = (w0 + w1) * dt * 5e-4;
      const sum = this.sumJ;
      const next = sum + joules2;
      this.compJ += sum >= joules2 ? sum - next + joules2 : joules2 - next + sum;
      this.sumJ = next;
      this.coveredMs += dt;
      if (this.series !== void 0) this.series.addLinear(t0, w0, t1, w1, joules2);
    } else {
      this.gap(t0, t1);
    }
  }
  dropValue(record) {
    const w = record.powerW;
    const t = record.timeMs;
    const invalid = typeof w !== "number" || typeof t !== "number" || t - t !== 0 || w - w !== 0;
    const code = invalid ? "invalid-value" : w < 0 ? "negative-power" : "implausible-power";
    this.drops.note(code, record.origin);
  }
};

// src/energy/series.ts
var MAX_SERIES_POINTS = 240;
function buildPowerSeries(tracks, startMs, endMs) {
  if (!(endMs >= startMs)) return void 0;
  let level = 0;
  while (bucketsSpanned(startMs, endMs, stepMsAt(level)) > MAX_SERIES_POINTS) level += 1;
  const stepMs = stepMsAt(level);
  const firstIdx = Math.floor(startMs / stepMs);
  const points = bucketsSpanned(startMs, endMs, stepMs);
  const energyJ = new Float64Array(points);
  const touched = new Uint8Array(points);
  for (const track of tracks) {
    track.series?.forEach((bucketStartMs, _bucketStepMs, joules2) => {
      const i = Math.min(points - 1, Math.max(0, Math.floor(bucketStartMs / stepMs) - firstIdx));
      energyJ[i] += joules2;
      touched[i] = 1;
    });
  }
  const stepS = stepMs / 1e3;
  const powerW = [];
  for (let i = 0; i < points; i++) powerW.push(touched[i] === 1 ? energyJ[i] / stepS : null);
  return { stepS, start: new Date(firstIdx * stepMs).toISOString(), powerW };
}

// src/energy/state.ts
var STATE_VERSION = 1;
var PROTOTYPES = {
  power: PowerTrack.prototype,
  counter: CounterTrack.prototype,
  interval: IntervalTrack.prototype
};
function exportTracks(streams) {
  return {
    version: STATE_VERSION,
    streams: streams.map(({ stream, tracks }) => ({
      stream: { ...stream },
      tracks: tracks.map((track) => ({ kind: kindOf(track), data: plain(track) }))
    }))
  };
}
function importTracks(state) {
  if (state.version !== STATE_VERSION) throw new Error(`EnergyAccumulator: state version ${state.version} is not ${STATE_VERSION}`);
  return state.streams.map(({ stream, tracks }) => ({
    stream,
    tracks: tracks.map(({ kind, data }) => revive(kind, data))
  }));
}
function kindOf(track) {
  if (track instanceof PowerTrack) return "power";
  if (track instanceof CounterTrack) return "counter";
  return "interval";
}
function plain(track) {
  const data = { ...track };
  data.drops = { tallies: new Map(track.drops.tallies), pending: track.drops.pending, lostMs: track.drops.lostMs };
  data.gaps = track.gaps.map((g) => ({ ...g }));
  if (track.series) {
    const s = track.series;
    data.series = { level: s.level, stepMs: s.stepMs, firstIdx: s.firstIdx, count: s.count, energyJ: s.energyJ.slice(), touched: s.touched.slice() };
  }
  return structuredClone(data);
}
function revive(kind, data) {
  const track = Object.assign(Object.create(PROTOTYPES[kind]), data);
  const drops = Object.assign(new Drops(), data.drops);
  const series = data.series ? Object.assign(new BucketSeries(), data.series) : void 0;
  Object.assign(track, { drops, series });
  return track;
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
  /** Tracks brought in by importState. */
  imported = [];
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
        default:
          this.invalidRecord(stream, record);
      }
    }
    stream.lastRef = ref;
    stream.lastSlot = slot;
  }
  /**
   * The state of every stream so far, for a worker that read some files to hand to the main thread
   * (structured-clone safe). Call it when the worker is done; each stream must be read by one accumulator.
   */
  exportState() {
    return exportTracks([...this.streams.values()].map((s) => ({ stream: s.id, tracks: this.tracksOf(s) })));
  }
  /** Adds the streams of another accumulator (see exportState); the result is as if this one had read them. */
  importState(state) {
    if (this.outcome) throw new Error("EnergyAccumulator: state imported after finish()");
    for (const { stream: id, tracks } of importTracks(state)) {
      const key = streamKey(id);
      if (this.streams.has(key)) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ""} was read twice`);
      const stream = new Stream(id);
      stream.imported.push(...tracks);
      this.streams.set(key, stream);
    }
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
    const id = from.file === void 0 ? { plugin: from.plugin } : { plugin: from.plugin, file: from.file };
    const key = streamKey(id);
    let stream = this.streams.get(key);
    if (stream && stream.imported.length > 0) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ""} was imported; it cannot take more records`);
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
    const tracks = [...stream.imported];
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

// src/telemetry/source.ts
import { createReadStream } from "node:fs";
import { open as open2 } from "node:fs/promises";
var CHUNK_BYTES2 = 1 << 20;
var HEAD_BYTES = 64 * 1024;
function fileSource(path) {
  return {
    kind: "file",
    path,
    open: () => createReadStream(path, { highWaterMark: CHUNK_BYTES2 })
  };
}
async function readHead(path, maxBytes = HEAD_BYTES) {
  const handle = await open2(path, "r");
  try {
    const buffer = Buffer.alloc(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const bytes = buffer.subarray(0, filled);
    const encoding = sniffUnsupportedEncoding(bytes);
    if (encoding) throw unsupportedEncodingError(encoding, path);
    return new TextDecoder("utf-8").decode(bytes, { stream: true });
  } finally {
    await handle.close();
  }
}

// src/telemetry/inputs.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { stat as stat4 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative, resolve as resolve3 } from "node:path";
async function expandInputs(patterns, cwd = process.cwd()) {
  const include = patterns.filter((p) => !p.startsWith("!"));
  const ignore = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  if (include.length === 0) {
    throw new InputError("no telemetry files given", { hint: 'name log files or globs, e.g. `carbon-ci report "logs/*.csv"`' });
  }
  const found = /* @__PURE__ */ new Map();
  const add = (path) => {
    const absolute = resolve3(cwd, path);
    if (!found.has(absolute)) found.set(absolute, displayPath(absolute));
  };
  for (const pattern of include) {
    if (pattern.trim() === "") throw new InputError("an empty telemetry path was given", { hint: "remove the empty entry" });
    const literal = await statOrUndefined(resolve3(cwd, pattern));
    if (literal?.isDirectory()) {
      const dir = pattern.replace(/[\\/]+$/, "");
      throw new InputError(`${pattern} is a directory`, { hint: `name the files, e.g. "${dir}/*.csv" or "${dir}/**/*.csv"` });
    }
    if (literal?.isFile()) {
      add(pattern);
      continue;
    }
    if (!import_fast_glob.default.isDynamicPattern(pattern)) {
      throw new InputError(`${pattern}: no such file`, { hint: `check the path (relative to ${cwd})` });
    }
    const matches = await import_fast_glob.default.glob(pattern, { cwd, onlyFiles: true, ignore, followSymbolicLinks: true, unique: true });
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
    return await stat4(path);
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
import { stat as stat5 } from "node:fs/promises";
var SINGLES_BATCH = 4096;
var USER_FS_ERRORS = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ELOOP"]);
async function* readTelemetry(files, options) {
  if (!isValidTimeZone(options.timeZone)) {
    throw new InputError(`unknown time zone "${options.timeZone}"`, {
      hint: "use an IANA zone name such as America/Los_Angeles, Europe/Berlin or UTC (--timezone)"
    });
  }
  const signal = options.signal ?? new AbortController().signal;
  for (const file of files) {
    signal.throwIfAborted();
    const plugin = await pluginFor(file, options);
    options.log.debug(`${file}: reading with plugin ${plugin.name}`);
    const pluginOptions = validatePluginOptions(plugin, options.pluginOptions?.[plugin.name] ?? {});
    const context = { options: pluginOptions, log: options.log, timeZone: options.timeZone, signal };
    let iterator;
    try {
      iterator = plugin.read(fileSource(file), context)[Symbol.asyncIterator]();
    } catch (error) {
      throw asReadError(error, plugin.name, file);
    }
    let singles = [];
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
        const item = step.value;
        if (Array.isArray(item)) {
          if (singles.length > 0) {
            yield { plugin: plugin.name, file, records: singles };
            singles = [];
          }
          if (item.length > 0) yield { plugin: plugin.name, file, records: item };
        } else {
          singles.push(item);
          if (singles.length >= SINGLES_BATCH) {
            yield { plugin: plugin.name, file, records: singles };
            singles = [];
          }
        }
      }
      if (singles.length > 0) yield { plugin: plugin.name, file, records: singles };
    } finally {
      await iterator.return?.();
    }
  }
}
async function pluginFor(file, options) {
  let size;
  let head;
  try {
    const info = await stat5(file);
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
function asReadError(error, plugin, file) {
  if (isInputError(error)) {
    return error.file === void 0 ? new InputError(error.message, { file, line: error.line }) : error;
  }
  const code = error?.code;
  if (typeof code === "string" && USER_FS_ERRORS.has(code)) {
    return new InputError(`cannot read the file (${code})`, { file, hint: "check that the path exists and is readable" });
  }
  if (error?.name === "AbortError") return error;
  return new PluginError(plugin ?? "carbon-ci", file, error);
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

// src/report/validate.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var compiled;
function validator() {
  if (!compiled) {
    const draft2020 = String(report_schema_default.$schema).includes("2020-12");
    const ajv = draft2020 ? new import__.Ajv2020({ allErrors: true, strict: true }) : new import_ajv2.Ajv({ allErrors: true, strict: true });
    (0, import_ajv_formats.default)(ajv);
    compiled = ajv.compile(report_schema_default);
  }
  return compiled;
}
function reportSchemaErrors(value) {
  const validate2 = validator();
  return validate2(value) ? [] : [...validate2.errors ?? []];
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
  const text2 = await response.text();
  let body;
  try {
    body = JSON.parse(text2);
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
        for (const [timeS, text2] of values) {
          const value = Number(text2);
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
  const timeZone = resolveTimeZone(options.timeZone, warnings2);
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
  const accumulator = new EnergyAccumulator({ maxGapS, boardPowerW: (model) => model ? lookupGpu(model)?.boardPowerW : void 0 });
  const pluginsUsed = /* @__PURE__ */ new Set();
  const log = collectingLogger(warnings2, "telemetry", options.log, files);
  for await (const batch of readTelemetry(files, {
    plugin: options.plugin && options.plugin !== "auto" ? options.plugin : void 0,
    plugins,
    timeZone,
    pluginOptions,
    log,
    signal: options.signal
  })) {
    pluginsUsed.add(batch.plugin);
    accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
  }
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
function resolveTimeZone(timeZone, warnings2) {
  if (timeZone === void 0) {
    warnings2.push({
      code: "time-zone-default",
      message: "No time zone given: timestamps that carry none (nvidia-smi prints local time) were read as UTC. Energy totals do not depend on it; the report window and time-matched grid intensity do. Name the zone with --timezone."
    });
    return DEFAULT_TIME_ZONE;
  }
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
  for (let index2 = 0; index2 < config.count; index2++) {
    const device = { id: `estimate:${index2}`, model: config.model ?? config.gpu, index: index2, component: "gpu" };
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

// src/render/format.ts
var J_PER_KWH3 = 36e5;
var G_PER_KG = 1e3;
function formatSignificant(value, digits = 3) {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString("en-US");
  const magnitude = Math.floor(Math.log10(abs));
  const decimals = Math.min(12, Math.max(0, digits - 1 - magnitude));
  const text2 = value.toFixed(decimals);
  if (Math.abs(Number(text2)) >= 10 ** (magnitude + 1)) {
    return decimals > 0 ? value.toFixed(decimals - 1) : Math.round(value).toLocaleString("en-US");
  }
  return text2;
}
function joulesToKWh(energyJ) {
  return energyJ / J_PER_KWH3;
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
function formatEnergy2(energyJ) {
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
function formatPercent2(fraction) {
  const tenths = Math.floor(fraction * 1e3 + 1e-9);
  return `${(tenths / 10).toFixed(1)} %`;
}
function formatChangePercent(percent) {
  const sign = percent > 0 ? "+" : percent < 0 ? "-" : "\xB1";
  return `${sign}${Math.abs(percent).toFixed(1)} %`;
}
function formatDuration2(durationS) {
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

// src/render/ansi.ts
var wrap = (open3, close2) => (text2) => `\x1B[${open3}m${text2}\x1B[${close2}m`;
var colored = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  warn: wrap(33, 39),
  good: wrap(32, 39),
  bad: wrap(31, 39)
};
var identity = (text2) => text2;
var plain2 = { bold: identity, dim: identity, warn: identity, good: identity, bad: identity };
function styleFor(color) {
  return color ? colored : plain2;
}
var ANSI_PATTERN = /\u001b\[[0-9;]*m/g;
function visibleLength(text2) {
  return text2.replace(ANSI_PATTERN, "").length;
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
function mdCell(text2) {
  return text2.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function mdText(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|])/g, "\\$1").replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
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
function codeSpan(text2) {
  return `\`${text2.replace(/[`\r\n]/g, " ")}\``;
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
  parts.push(formatDuration2(report.totals.durationS));
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
    ["Coverage", formatPercent2(report.coverage), "share of the devices\u2019 time backed by evidence"]
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
    d.model,
    formatEnergy2(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent2(d.coverage),
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
      [[formatKWh(totals.energyJ), formatKWh(totals.facilityEnergyJ), formatKg(totals.co2eG), formatPercent2(report.coverage), formatDuration2(totals.durationS)]],
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
  if (b.energyJ !== void 0) cells.push(`baseline energy ${formatEnergy2(b.energyJ)}`);
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
    `<sub>Sum over all devices, mean of each ${formatDuration2(chart.stepS)} step.${note}</sub>`
  ].join("\n");
}
function deviceRows(list) {
  return list.map((d) => [
    d.id,
    d.model,
    formatEnergy2(d.energyJ),
    formatCo2e(d.co2eG),
    d.method,
    formatPercent2(d.coverage),
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
    `- Device energy: ${methods.map(describeMethod).join("; ") || "no devices"}. Coverage ${formatPercent2(report.coverage)}: missing data is never counted as zero, it lowers coverage.`,
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

export {
  loadConfig,
  require_out4 as require_out,
  reportSchemaErrors,
  validateReport,
  joulesToKWh,
  gramsToKg,
  formatKWh,
  formatKg,
  renderTerminal,
  renderMarkdown,
  renderJson,
  listGpus,
  PUE_RANGE,
  INTENSITY_RANGE_G_PER_KWH,
  resolveFactors,
  TOOL_VERSION,
  factorsFor,
  assembleReport,
  builtinPlugins,
  loadPlugin,
  runReport,
  runEstimate,
  runSmokeTest,
  smokeForAction,
  formatSmokeSummary
};
/*! For license information please see chunk-H3M5U4AX.js.LEGAL.txt */
