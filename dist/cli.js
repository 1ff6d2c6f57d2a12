import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod2) => function __require2() {
  try {
    return mod2 || (0, cb[__getOwnPropNames(cb)[0]])((mod2 = { exports: {} }).exports, mod2), mod2.exports;
  } catch (e) {
    throw mod2 = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod2, isNodeMode, target) => (target = mod2 != null ? __create(__getProtoOf(mod2)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod2 || !mod2.__esModule ? __defProp(target, "default", { value: mod2, enumerable: true }) : target,
  mod2
));

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// lazy-library:yaml
var require_yaml = __commonJS({
  "lazy-library:yaml"(exports, module) {
    var text = 'var __getOwnPropNames = Object.getOwnPropertyNames;\nvar __commonJS = (cb, mod) => function __require() {\n  try {\n    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;\n  } catch (e) {\n    throw mod = 0, e;\n  }\n};\n\n// node_modules/yaml/dist/nodes/identity.js\nvar require_identity = __commonJS({\n  "node_modules/yaml/dist/nodes/identity.js"(exports2) {\n    "use strict";\n    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");\n    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");\n    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");\n    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");\n    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");\n    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");\n    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");\n    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;\n    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;\n    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;\n    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;\n    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;\n    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;\n    function isCollection(node) {\n      if (node && typeof node === "object")\n        switch (node[NODE_TYPE]) {\n          case MAP:\n          case SEQ:\n            return true;\n        }\n      return false;\n    }\n    function isNode(node) {\n      if (node && typeof node === "object")\n        switch (node[NODE_TYPE]) {\n          case ALIAS:\n          case MAP:\n          case SCALAR:\n          case SEQ:\n            return true;\n        }\n      return false;\n    }\n    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;\n    exports2.ALIAS = ALIAS;\n    exports2.DOC = DOC;\n    exports2.MAP = MAP;\n    exports2.NODE_TYPE = NODE_TYPE;\n    exports2.PAIR = PAIR;\n    exports2.SCALAR = SCALAR;\n    exports2.SEQ = SEQ;\n    exports2.hasAnchor = hasAnchor;\n    exports2.isAlias = isAlias;\n    exports2.isCollection = isCollection;\n    exports2.isDocument = isDocument;\n    exports2.isMap = isMap;\n    exports2.isNode = isNode;\n    exports2.isPair = isPair;\n    exports2.isScalar = isScalar;\n    exports2.isSeq = isSeq;\n  }\n});\n\n// node_modules/yaml/dist/visit.js\nvar require_visit = __commonJS({\n  "node_modules/yaml/dist/visit.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var BREAK = /* @__PURE__ */ Symbol("break visit");\n    var SKIP = /* @__PURE__ */ Symbol("skip children");\n    var REMOVE = /* @__PURE__ */ Symbol("remove node");\n    function visit(node, visitor) {\n      const visitor_ = initVisitor(visitor);\n      if (identity.isDocument(node)) {\n        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));\n        if (cd === REMOVE)\n          node.contents = null;\n      } else\n        visit_(null, node, visitor_, Object.freeze([]));\n    }\n    visit.BREAK = BREAK;\n    visit.SKIP = SKIP;\n    visit.REMOVE = REMOVE;\n    function visit_(key, node, visitor, path) {\n      const ctrl = callVisitor(key, node, visitor, path);\n      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {\n        replaceNode(key, path, ctrl);\n        return visit_(key, ctrl, visitor, path);\n      }\n      if (typeof ctrl !== "symbol") {\n        if (identity.isCollection(node)) {\n          path = Object.freeze(path.concat(node));\n          for (let i = 0; i < node.items.length; ++i) {\n            const ci = visit_(i, node.items[i], visitor, path);\n            if (typeof ci === "number")\n              i = ci - 1;\n            else if (ci === BREAK)\n              return BREAK;\n            else if (ci === REMOVE) {\n              node.items.splice(i, 1);\n              i -= 1;\n            }\n          }\n        } else if (identity.isPair(node)) {\n          path = Object.freeze(path.concat(node));\n          const ck = visit_("key", node.key, visitor, path);\n          if (ck === BREAK)\n            return BREAK;\n          else if (ck === REMOVE)\n            node.key = null;\n          const cv = visit_("value", node.value, visitor, path);\n          if (cv === BREAK)\n            return BREAK;\n          else if (cv === REMOVE)\n            node.value = null;\n        }\n      }\n      return ctrl;\n    }\n    async function visitAsync(node, visitor) {\n      const visitor_ = initVisitor(visitor);\n      if (identity.isDocument(node)) {\n        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));\n        if (cd === REMOVE)\n          node.contents = null;\n      } else\n        await visitAsync_(null, node, visitor_, Object.freeze([]));\n    }\n    visitAsync.BREAK = BREAK;\n    visitAsync.SKIP = SKIP;\n    visitAsync.REMOVE = REMOVE;\n    async function visitAsync_(key, node, visitor, path) {\n      const ctrl = await callVisitor(key, node, visitor, path);\n      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {\n        replaceNode(key, path, ctrl);\n        return visitAsync_(key, ctrl, visitor, path);\n      }\n      if (typeof ctrl !== "symbol") {\n        if (identity.isCollection(node)) {\n          path = Object.freeze(path.concat(node));\n          for (let i = 0; i < node.items.length; ++i) {\n            const ci = await visitAsync_(i, node.items[i], visitor, path);\n            if (typeof ci === "number")\n              i = ci - 1;\n            else if (ci === BREAK)\n              return BREAK;\n            else if (ci === REMOVE) {\n              node.items.splice(i, 1);\n              i -= 1;\n            }\n          }\n        } else if (identity.isPair(node)) {\n          path = Object.freeze(path.concat(node));\n          const ck = await visitAsync_("key", node.key, visitor, path);\n          if (ck === BREAK)\n            return BREAK;\n          else if (ck === REMOVE)\n            node.key = null;\n          const cv = await visitAsync_("value", node.value, visitor, path);\n          if (cv === BREAK)\n            return BREAK;\n          else if (cv === REMOVE)\n            node.value = null;\n        }\n      }\n      return ctrl;\n    }\n    function initVisitor(visitor) {\n      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {\n        return Object.assign({\n          Alias: visitor.Node,\n          Map: visitor.Node,\n          Scalar: visitor.Node,\n          Seq: visitor.Node\n        }, visitor.Value && {\n          Map: visitor.Value,\n          Scalar: visitor.Value,\n          Seq: visitor.Value\n        }, visitor.Collection && {\n          Map: visitor.Collection,\n          Seq: visitor.Collection\n        }, visitor);\n      }\n      return visitor;\n    }\n    function callVisitor(key, node, visitor, path) {\n      if (typeof visitor === "function")\n        return visitor(key, node, path);\n      if (identity.isMap(node))\n        return visitor.Map?.(key, node, path);\n      if (identity.isSeq(node))\n        return visitor.Seq?.(key, node, path);\n      if (identity.isPair(node))\n        return visitor.Pair?.(key, node, path);\n      if (identity.isScalar(node))\n        return visitor.Scalar?.(key, node, path);\n      if (identity.isAlias(node))\n        return visitor.Alias?.(key, node, path);\n      return void 0;\n    }\n    function replaceNode(key, path, node) {\n      const parent = path[path.length - 1];\n      if (identity.isCollection(parent)) {\n        parent.items[key] = node;\n      } else if (identity.isPair(parent)) {\n        if (key === "key")\n          parent.key = node;\n        else\n          parent.value = node;\n      } else if (identity.isDocument(parent)) {\n        parent.contents = node;\n      } else {\n        const pt = identity.isAlias(parent) ? "alias" : "scalar";\n        throw new Error(`Cannot replace node with ${pt} parent`);\n      }\n    }\n    exports2.visit = visit;\n    exports2.visitAsync = visitAsync;\n  }\n});\n\n// node_modules/yaml/dist/doc/directives.js\nvar require_directives = __commonJS({\n  "node_modules/yaml/dist/doc/directives.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var visit = require_visit();\n    var escapeChars = {\n      "!": "%21",\n      ",": "%2C",\n      "[": "%5B",\n      "]": "%5D",\n      "{": "%7B",\n      "}": "%7D"\n    };\n    var escapeTagName = (tn) => tn.replace(/[!,[\\]{}]/g, (ch) => escapeChars[ch]);\n    var Directives = class _Directives {\n      constructor(yaml, tags) {\n        this.docStart = null;\n        this.docEnd = false;\n        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);\n        this.tags = Object.assign({}, _Directives.defaultTags, tags);\n      }\n      clone() {\n        const copy = new _Directives(this.yaml, this.tags);\n        copy.docStart = this.docStart;\n        return copy;\n      }\n      /**\n       * During parsing, get a Directives instance for the current document and\n       * update the stream state according to the current version\'s spec.\n       */\n      atDocument() {\n        const res = new _Directives(this.yaml, this.tags);\n        switch (this.yaml.version) {\n          case "1.1":\n            this.atNextDocument = true;\n            break;\n          case "1.2":\n            this.atNextDocument = false;\n            this.yaml = {\n              explicit: _Directives.defaultYaml.explicit,\n              version: "1.2"\n            };\n            this.tags = Object.assign({}, _Directives.defaultTags);\n            break;\n        }\n        return res;\n      }\n      /**\n       * @param onError - May be called even if the action was successful\n       * @returns `true` on success\n       */\n      add(line, onError) {\n        if (this.atNextDocument) {\n          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };\n          this.tags = Object.assign({}, _Directives.defaultTags);\n          this.atNextDocument = false;\n        }\n        const parts = line.trim().split(/[ \\t]+/);\n        const name = parts.shift();\n        switch (name) {\n          case "%TAG": {\n            if (parts.length !== 2) {\n              onError(0, "%TAG directive should contain exactly two parts");\n              if (parts.length < 2)\n                return false;\n            }\n            const [handle, prefix] = parts;\n            this.tags[handle] = prefix;\n            return true;\n          }\n          case "%YAML": {\n            this.yaml.explicit = true;\n            if (parts.length !== 1) {\n              onError(0, "%YAML directive should contain exactly one part");\n              return false;\n            }\n            const [version] = parts;\n            if (version === "1.1" || version === "1.2") {\n              this.yaml.version = version;\n              return true;\n            } else {\n              const isValid = /^\\d+\\.\\d+$/.test(version);\n              onError(6, `Unsupported YAML version ${version}`, isValid);\n              return false;\n            }\n          }\n          default:\n            onError(0, `Unknown directive ${name}`, true);\n            return false;\n        }\n      }\n      /**\n       * Resolves a tag, matching handles to those defined in %TAG directives.\n       *\n       * @returns Resolved tag, which may also be the non-specific tag `\'!\'` or a\n       *   `\'!local\'` tag, or `null` if unresolvable.\n       */\n      tagName(source, onError) {\n        if (source === "!")\n          return "!";\n        if (source[0] !== "!") {\n          onError(`Not a valid tag: ${source}`);\n          return null;\n        }\n        if (source[1] === "<") {\n          const verbatim = source.slice(2, -1);\n          if (verbatim === "!" || verbatim === "!!") {\n            onError(`Verbatim tags aren\'t resolved, so ${source} is invalid.`);\n            return null;\n          }\n          if (source[source.length - 1] !== ">")\n            onError("Verbatim tags must end with a >");\n          return verbatim;\n        }\n        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);\n        if (!suffix)\n          onError(`The ${source} tag has no suffix`);\n        const prefix = this.tags[handle];\n        if (prefix) {\n          try {\n            return prefix + decodeURIComponent(suffix);\n          } catch (error) {\n            onError(String(error));\n            return null;\n          }\n        }\n        if (handle === "!")\n          return source;\n        onError(`Could not resolve tag: ${source}`);\n        return null;\n      }\n      /**\n       * Given a fully resolved tag, returns its printable string form,\n       * taking into account current tag prefixes and defaults.\n       */\n      tagString(tag) {\n        for (const [handle, prefix] of Object.entries(this.tags)) {\n          if (tag.startsWith(prefix))\n            return handle + escapeTagName(tag.substring(prefix.length));\n        }\n        return tag[0] === "!" ? tag : `!<${tag}>`;\n      }\n      toString(doc) {\n        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];\n        const tagEntries = Object.entries(this.tags);\n        let tagNames;\n        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {\n          const tags = {};\n          visit.visit(doc.contents, (_key, node) => {\n            if (identity.isNode(node) && node.tag)\n              tags[node.tag] = true;\n          });\n          tagNames = Object.keys(tags);\n        } else\n          tagNames = [];\n        for (const [handle, prefix] of tagEntries) {\n          if (handle === "!!" && prefix === "tag:yaml.org,2002:")\n            continue;\n          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))\n            lines.push(`%TAG ${handle} ${prefix}`);\n        }\n        return lines.join("\\n");\n      }\n    };\n    Directives.defaultYaml = { explicit: false, version: "1.2" };\n    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };\n    exports2.Directives = Directives;\n  }\n});\n\n// node_modules/yaml/dist/doc/anchors.js\nvar require_anchors = __commonJS({\n  "node_modules/yaml/dist/doc/anchors.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var visit = require_visit();\n    function anchorIsValid(anchor) {\n      if (/[\\x00-\\x19\\s,[\\]{}]/.test(anchor)) {\n        const sa = JSON.stringify(anchor);\n        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;\n        throw new Error(msg);\n      }\n      return true;\n    }\n    function anchorNames(root) {\n      const anchors = /* @__PURE__ */ new Set();\n      visit.visit(root, {\n        Value(_key, node) {\n          if (node.anchor)\n            anchors.add(node.anchor);\n        }\n      });\n      return anchors;\n    }\n    function findNewAnchor(prefix, exclude) {\n      for (let i = 1; true; ++i) {\n        const name = `${prefix}${i}`;\n        if (!exclude.has(name))\n          return name;\n      }\n    }\n    function createNodeAnchors(doc, prefix) {\n      const aliasObjects = [];\n      const sourceObjects = /* @__PURE__ */ new Map();\n      let prevAnchors = null;\n      return {\n        onAnchor: (source) => {\n          aliasObjects.push(source);\n          prevAnchors ?? (prevAnchors = anchorNames(doc));\n          const anchor = findNewAnchor(prefix, prevAnchors);\n          prevAnchors.add(anchor);\n          return anchor;\n        },\n        /**\n         * With circular references, the source node is only resolved after all\n         * of its child nodes are. This is why anchors are set only after all of\n         * the nodes have been created.\n         */\n        setAnchors: () => {\n          for (const source of aliasObjects) {\n            const ref = sourceObjects.get(source);\n            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {\n              ref.node.anchor = ref.anchor;\n            } else {\n              const error = new Error("Failed to resolve repeated object (this should not happen)");\n              error.source = source;\n              throw error;\n            }\n          }\n        },\n        sourceObjects\n      };\n    }\n    exports2.anchorIsValid = anchorIsValid;\n    exports2.anchorNames = anchorNames;\n    exports2.createNodeAnchors = createNodeAnchors;\n    exports2.findNewAnchor = findNewAnchor;\n  }\n});\n\n// node_modules/yaml/dist/doc/applyReviver.js\nvar require_applyReviver = __commonJS({\n  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {\n    "use strict";\n    function applyReviver(reviver, obj, key, val) {\n      if (val && typeof val === "object") {\n        if (Array.isArray(val)) {\n          for (let i = 0, len = val.length; i < len; ++i) {\n            const v0 = val[i];\n            const v1 = applyReviver(reviver, val, String(i), v0);\n            if (v1 === void 0)\n              delete val[i];\n            else if (v1 !== v0)\n              val[i] = v1;\n          }\n        } else if (val instanceof Map) {\n          for (const k of Array.from(val.keys())) {\n            const v0 = val.get(k);\n            const v1 = applyReviver(reviver, val, k, v0);\n            if (v1 === void 0)\n              val.delete(k);\n            else if (v1 !== v0)\n              val.set(k, v1);\n          }\n        } else if (val instanceof Set) {\n          for (const v0 of Array.from(val)) {\n            const v1 = applyReviver(reviver, val, v0, v0);\n            if (v1 === void 0)\n              val.delete(v0);\n            else if (v1 !== v0) {\n              val.delete(v0);\n              val.add(v1);\n            }\n          }\n        } else {\n          for (const [k, v0] of Object.entries(val)) {\n            const v1 = applyReviver(reviver, val, k, v0);\n            if (v1 === void 0)\n              delete val[k];\n            else if (v1 !== v0)\n              val[k] = v1;\n          }\n        }\n      }\n      return reviver.call(obj, key, val);\n    }\n    exports2.applyReviver = applyReviver;\n  }\n});\n\n// node_modules/yaml/dist/nodes/toJS.js\nvar require_toJS = __commonJS({\n  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    function toJS(value, arg, ctx) {\n      if (Array.isArray(value))\n        return value.map((v, i) => toJS(v, String(i), ctx));\n      if (value && typeof value.toJSON === "function") {\n        if (!ctx || !identity.hasAnchor(value))\n          return value.toJSON(arg, ctx);\n        const data = { aliasCount: 0, count: 1, res: void 0 };\n        ctx.anchors.set(value, data);\n        ctx.onCreate = (res2) => {\n          data.res = res2;\n          delete ctx.onCreate;\n        };\n        const res = value.toJSON(arg, ctx);\n        if (ctx.onCreate)\n          ctx.onCreate(res);\n        return res;\n      }\n      if (typeof value === "bigint" && !ctx?.keep)\n        return Number(value);\n      return value;\n    }\n    exports2.toJS = toJS;\n  }\n});\n\n// node_modules/yaml/dist/nodes/Node.js\nvar require_Node = __commonJS({\n  "node_modules/yaml/dist/nodes/Node.js"(exports2) {\n    "use strict";\n    var applyReviver = require_applyReviver();\n    var identity = require_identity();\n    var toJS = require_toJS();\n    var NodeBase = class {\n      constructor(type) {\n        Object.defineProperty(this, identity.NODE_TYPE, { value: type });\n      }\n      /** Create a copy of this node.  */\n      clone() {\n        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));\n        if (this.range)\n          copy.range = this.range.slice();\n        return copy;\n      }\n      /** A plain JavaScript representation of this node. */\n      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {\n        if (!identity.isDocument(doc))\n          throw new TypeError("A document argument is required");\n        const ctx = {\n          anchors: /* @__PURE__ */ new Map(),\n          doc,\n          keep: true,\n          mapAsMap: mapAsMap === true,\n          mapKeyWarned: false,\n          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100\n        };\n        const res = toJS.toJS(this, "", ctx);\n        if (typeof onAnchor === "function")\n          for (const { count, res: res2 } of ctx.anchors.values())\n            onAnchor(res2, count);\n        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;\n      }\n    };\n    exports2.NodeBase = NodeBase;\n  }\n});\n\n// node_modules/yaml/dist/nodes/Alias.js\nvar require_Alias = __commonJS({\n  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {\n    "use strict";\n    var anchors = require_anchors();\n    var visit = require_visit();\n    var identity = require_identity();\n    var Node = require_Node();\n    var toJS = require_toJS();\n    var Alias = class extends Node.NodeBase {\n      constructor(source) {\n        super(identity.ALIAS);\n        this.source = source;\n        Object.defineProperty(this, "tag", {\n          set() {\n            throw new Error("Alias nodes cannot have tags");\n          }\n        });\n      }\n      /**\n       * Resolve the value of this alias within `doc`, finding the last\n       * instance of the `source` anchor before this node.\n       */\n      resolve(doc, ctx) {\n        if (ctx?.maxAliasCount === 0)\n          throw new ReferenceError("Alias resolution is disabled");\n        let nodes;\n        if (ctx?.aliasResolveCache) {\n          nodes = ctx.aliasResolveCache;\n        } else {\n          nodes = [];\n          visit.visit(doc, {\n            Node: (_key, node) => {\n              if (identity.isAlias(node) || identity.hasAnchor(node))\n                nodes.push(node);\n            }\n          });\n          if (ctx)\n            ctx.aliasResolveCache = nodes;\n        }\n        let found = void 0;\n        for (const node of nodes) {\n          if (node === this)\n            break;\n          if (node.anchor === this.source)\n            found = node;\n        }\n        if (found && ctx) {\n          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;\n          let data = anchors2.get(found);\n          if (!data) {\n            toJS.toJS(found, null, ctx);\n            data = anchors2.get(found);\n          }\n          if (data?.res === void 0) {\n            const msg = "This should not happen: Alias anchor was not resolved?";\n            throw new ReferenceError(msg);\n          }\n          if (maxAliasCount >= 0) {\n            data.count += 1;\n            if (data.aliasCount === 0)\n              data.aliasCount = getAliasCount(doc2, found, anchors2);\n            if (data.count * data.aliasCount > maxAliasCount) {\n              const msg = "Excessive alias count indicates a resource exhaustion attack";\n              throw new ReferenceError(msg);\n            }\n          }\n        }\n        return found;\n      }\n      toJSON(_arg, ctx) {\n        if (!ctx)\n          return { source: this.source };\n        const source = this.resolve(ctx.doc, ctx);\n        if (!source) {\n          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;\n          throw new ReferenceError(msg);\n        }\n        return ctx.anchors.get(source).res;\n      }\n      toString(ctx, _onComment, _onChompKeep) {\n        const src = `*${this.source}`;\n        if (ctx) {\n          anchors.anchorIsValid(this.source);\n          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {\n            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;\n            throw new Error(msg);\n          }\n          if (ctx.implicitKey)\n            return `${src} `;\n        }\n        return src;\n      }\n    };\n    function getAliasCount(doc, node, anchors2) {\n      if (identity.isAlias(node)) {\n        const source = node.resolve(doc);\n        const anchor = anchors2 && source && anchors2.get(source);\n        return anchor ? anchor.count * anchor.aliasCount : 0;\n      } else if (identity.isCollection(node)) {\n        let count = 0;\n        for (const item of node.items) {\n          const c = getAliasCount(doc, item, anchors2);\n          if (c > count)\n            count = c;\n        }\n        return count;\n      } else if (identity.isPair(node)) {\n        const kc = getAliasCount(doc, node.key, anchors2);\n        const vc = getAliasCount(doc, node.value, anchors2);\n        return Math.max(kc, vc);\n      }\n      return 1;\n    }\n    exports2.Alias = Alias;\n  }\n});\n\n// node_modules/yaml/dist/nodes/Scalar.js\nvar require_Scalar = __commonJS({\n  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Node = require_Node();\n    var toJS = require_toJS();\n    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";\n    var Scalar = class extends Node.NodeBase {\n      constructor(value) {\n        super(identity.SCALAR);\n        this.value = value;\n      }\n      toJSON(arg, ctx) {\n        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);\n      }\n      toString() {\n        return String(this.value);\n      }\n    };\n    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";\n    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";\n    Scalar.PLAIN = "PLAIN";\n    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";\n    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";\n    exports2.Scalar = Scalar;\n    exports2.isScalarValue = isScalarValue;\n  }\n});\n\n// node_modules/yaml/dist/doc/createNode.js\nvar require_createNode = __commonJS({\n  "node_modules/yaml/dist/doc/createNode.js"(exports2) {\n    "use strict";\n    var Alias = require_Alias();\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var defaultTagPrefix = "tag:yaml.org,2002:";\n    function findTagObject(value, tagName, tags) {\n      if (tagName) {\n        const match = tags.filter((t) => t.tag === tagName);\n        const tagObj = match.find((t) => !t.format) ?? match[0];\n        if (!tagObj)\n          throw new Error(`Tag ${tagName} not found`);\n        return tagObj;\n      }\n      return tags.find((t) => t.identify?.(value) && !t.format);\n    }\n    function createNode(value, tagName, ctx) {\n      if (identity.isDocument(value))\n        value = value.contents;\n      if (identity.isNode(value))\n        return value;\n      if (identity.isPair(value)) {\n        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);\n        map.items.push(value);\n        return map;\n      }\n      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {\n        value = value.valueOf();\n      }\n      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;\n      let ref = void 0;\n      if (aliasDuplicateObjects && value && typeof value === "object") {\n        ref = sourceObjects.get(value);\n        if (ref) {\n          ref.anchor ?? (ref.anchor = onAnchor(value));\n          return new Alias.Alias(ref.anchor);\n        } else {\n          ref = { anchor: null, node: null };\n          sourceObjects.set(value, ref);\n        }\n      }\n      if (tagName?.startsWith("!!"))\n        tagName = defaultTagPrefix + tagName.slice(2);\n      let tagObj = findTagObject(value, tagName, schema.tags);\n      if (!tagObj) {\n        if (value && typeof value.toJSON === "function") {\n          value = value.toJSON();\n        }\n        if (!value || typeof value !== "object") {\n          const node2 = new Scalar.Scalar(value);\n          if (ref)\n            ref.node = node2;\n          return node2;\n        }\n        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];\n      }\n      if (onTagObj) {\n        onTagObj(tagObj);\n        delete ctx.onTagObj;\n      }\n      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);\n      if (tagName)\n        node.tag = tagName;\n      else if (!tagObj.default)\n        node.tag = tagObj.tag;\n      if (ref)\n        ref.node = node;\n      return node;\n    }\n    exports2.createNode = createNode;\n  }\n});\n\n// node_modules/yaml/dist/nodes/Collection.js\nvar require_Collection = __commonJS({\n  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {\n    "use strict";\n    var createNode = require_createNode();\n    var identity = require_identity();\n    var Node = require_Node();\n    function collectionFromPath(schema, path, value) {\n      let v = value;\n      for (let i = path.length - 1; i >= 0; --i) {\n        const k = path[i];\n        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {\n          const a = [];\n          a[k] = v;\n          v = a;\n        } else {\n          v = /* @__PURE__ */ new Map([[k, v]]);\n        }\n      }\n      return createNode.createNode(v, void 0, {\n        aliasDuplicateObjects: false,\n        keepUndefined: false,\n        onAnchor: () => {\n          throw new Error("This should not happen, please report a bug.");\n        },\n        schema,\n        sourceObjects: /* @__PURE__ */ new Map()\n      });\n    }\n    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;\n    var Collection = class extends Node.NodeBase {\n      constructor(type, schema) {\n        super(type);\n        Object.defineProperty(this, "schema", {\n          value: schema,\n          configurable: true,\n          enumerable: false,\n          writable: true\n        });\n      }\n      /**\n       * Create a copy of this collection.\n       *\n       * @param schema - If defined, overwrites the original\'s schema\n       */\n      clone(schema) {\n        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));\n        if (schema)\n          copy.schema = schema;\n        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);\n        if (this.range)\n          copy.range = this.range.slice();\n        return copy;\n      }\n      /**\n       * Adds a value to the collection. For `!!map` and `!!omap` the value must\n       * be a Pair instance or a `{ key, value }` object, which may not have a key\n       * that already exists in the map.\n       */\n      addIn(path, value) {\n        if (isEmptyPath(path))\n          this.add(value);\n        else {\n          const [key, ...rest] = path;\n          const node = this.get(key, true);\n          if (identity.isCollection(node))\n            node.addIn(rest, value);\n          else if (node === void 0 && this.schema)\n            this.set(key, collectionFromPath(this.schema, rest, value));\n          else\n            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n        }\n      }\n      /**\n       * Removes a value from the collection.\n       * @returns `true` if the item was found and removed.\n       */\n      deleteIn(path) {\n        const [key, ...rest] = path;\n        if (rest.length === 0)\n          return this.delete(key);\n        const node = this.get(key, true);\n        if (identity.isCollection(node))\n          return node.deleteIn(rest);\n        else\n          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n      }\n      /**\n       * Returns item at `key`, or `undefined` if not found. By default unwraps\n       * scalar values from their surrounding node; to disable set `keepScalar` to\n       * `true` (collections are always returned intact).\n       */\n      getIn(path, keepScalar) {\n        const [key, ...rest] = path;\n        const node = this.get(key, true);\n        if (rest.length === 0)\n          return !keepScalar && identity.isScalar(node) ? node.value : node;\n        else\n          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;\n      }\n      hasAllNullValues(allowScalar) {\n        return this.items.every((node) => {\n          if (!identity.isPair(node))\n            return false;\n          const n = node.value;\n          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;\n        });\n      }\n      /**\n       * Checks if the collection includes a value with the key `key`.\n       */\n      hasIn(path) {\n        const [key, ...rest] = path;\n        if (rest.length === 0)\n          return this.has(key);\n        const node = this.get(key, true);\n        return identity.isCollection(node) ? node.hasIn(rest) : false;\n      }\n      /**\n       * Sets a value in this collection. For `!!set`, `value` needs to be a\n       * boolean to add/remove the item from the set.\n       */\n      setIn(path, value) {\n        const [key, ...rest] = path;\n        if (rest.length === 0) {\n          this.set(key, value);\n        } else {\n          const node = this.get(key, true);\n          if (identity.isCollection(node))\n            node.setIn(rest, value);\n          else if (node === void 0 && this.schema)\n            this.set(key, collectionFromPath(this.schema, rest, value));\n          else\n            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n        }\n      }\n    };\n    exports2.Collection = Collection;\n    exports2.collectionFromPath = collectionFromPath;\n    exports2.isEmptyPath = isEmptyPath;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyComment.js\nvar require_stringifyComment = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {\n    "use strict";\n    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");\n    function indentComment(comment, indent) {\n      if (/^\\n+$/.test(comment))\n        return comment.substring(1);\n      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;\n    }\n    var lineComment = (str, indent, comment) => str.endsWith("\\n") ? indentComment(comment, indent) : comment.includes("\\n") ? "\\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;\n    exports2.indentComment = indentComment;\n    exports2.lineComment = lineComment;\n    exports2.stringifyComment = stringifyComment;\n  }\n});\n\n// node_modules/yaml/dist/stringify/foldFlowLines.js\nvar require_foldFlowLines = __commonJS({\n  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {\n    "use strict";\n    var FOLD_FLOW = "flow";\n    var FOLD_BLOCK = "block";\n    var FOLD_QUOTED = "quoted";\n    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {\n      if (!lineWidth || lineWidth < 0)\n        return text;\n      if (lineWidth < minContentWidth)\n        minContentWidth = 0;\n      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);\n      if (text.length <= endStep)\n        return text;\n      const folds = [];\n      const escapedFolds = {};\n      let end = lineWidth - indent.length;\n      if (typeof indentAtStart === "number") {\n        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))\n          folds.push(0);\n        else\n          end = lineWidth - indentAtStart;\n      }\n      let split = void 0;\n      let prev = void 0;\n      let overflow = false;\n      let i = -1;\n      let escStart = -1;\n      let escEnd = -1;\n      if (mode === FOLD_BLOCK) {\n        i = consumeMoreIndentedLines(text, i, indent.length);\n        if (i !== -1)\n          end = i + endStep;\n      }\n      for (let ch; ch = text[i += 1]; ) {\n        if (mode === FOLD_QUOTED && ch === "\\\\") {\n          escStart = i;\n          switch (text[i + 1]) {\n            case "x":\n              i += 3;\n              break;\n            case "u":\n              i += 5;\n              break;\n            case "U":\n              i += 9;\n              break;\n            default:\n              i += 1;\n          }\n          escEnd = i;\n        }\n        if (ch === "\\n") {\n          if (mode === FOLD_BLOCK)\n            i = consumeMoreIndentedLines(text, i, indent.length);\n          end = i + indent.length + endStep;\n          split = void 0;\n        } else {\n          if (ch === " " && prev && prev !== " " && prev !== "\\n" && prev !== "	") {\n            const next = text[i + 1];\n            if (next && next !== " " && next !== "\\n" && next !== "	")\n              split = i;\n          }\n          if (i >= end) {\n            if (split) {\n              folds.push(split);\n              end = split + endStep;\n              split = void 0;\n            } else if (mode === FOLD_QUOTED) {\n              while (prev === " " || prev === "	") {\n                prev = ch;\n                ch = text[i += 1];\n                overflow = true;\n              }\n              const j = i > escEnd + 1 ? i - 2 : escStart - 1;\n              if (escapedFolds[j])\n                return text;\n              folds.push(j);\n              escapedFolds[j] = true;\n              end = j + endStep;\n              split = void 0;\n            } else {\n              overflow = true;\n            }\n          }\n        }\n        prev = ch;\n      }\n      if (overflow && onOverflow)\n        onOverflow();\n      if (folds.length === 0)\n        return text;\n      if (onFold)\n        onFold();\n      let res = text.slice(0, folds[0]);\n      for (let i2 = 0; i2 < folds.length; ++i2) {\n        const fold = folds[i2];\n        const end2 = folds[i2 + 1] || text.length;\n        if (fold === 0)\n          res = `\n${indent}${text.slice(0, end2)}`;\n        else {\n          if (mode === FOLD_QUOTED && escapedFolds[fold])\n            res += `${text[fold]}\\\\`;\n          res += `\n${indent}${text.slice(fold + 1, end2)}`;\n        }\n      }\n      return res;\n    }\n    function consumeMoreIndentedLines(text, i, indent) {\n      let end = i;\n      let start = i + 1;\n      let ch = text[start];\n      while (ch === " " || ch === "	") {\n        if (i < start + indent) {\n          ch = text[++i];\n        } else {\n          do {\n            ch = text[++i];\n          } while (ch && ch !== "\\n");\n          end = i;\n          start = i + 1;\n          ch = text[start];\n        }\n      }\n      return end;\n    }\n    exports2.FOLD_BLOCK = FOLD_BLOCK;\n    exports2.FOLD_FLOW = FOLD_FLOW;\n    exports2.FOLD_QUOTED = FOLD_QUOTED;\n    exports2.foldFlowLines = foldFlowLines;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyString.js\nvar require_stringifyString = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var foldFlowLines = require_foldFlowLines();\n    var getFoldOptions = (ctx, isBlock) => ({\n      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,\n      lineWidth: ctx.options.lineWidth,\n      minContentWidth: ctx.options.minContentWidth\n    });\n    var containsDocumentMarker = (str) => /^(%|---|\\.\\.\\.)/m.test(str);\n    function lineLengthOverLimit(str, lineWidth, indentLength) {\n      if (!lineWidth || lineWidth < 0)\n        return false;\n      const limit = lineWidth - indentLength;\n      const strLen = str.length;\n      if (strLen <= limit)\n        return false;\n      for (let i = 0, start = 0; i < strLen; ++i) {\n        if (str[i] === "\\n") {\n          if (i - start > limit)\n            return true;\n          start = i + 1;\n          if (strLen - start <= limit)\n            return false;\n        }\n      }\n      return true;\n    }\n    function doubleQuotedString(value, ctx) {\n      const json = JSON.stringify(value);\n      if (ctx.options.doubleQuotedAsJSON)\n        return json;\n      const { implicitKey } = ctx;\n      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;\n      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");\n      let str = "";\n      let start = 0;\n      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {\n        if (ch === " " && json[i + 1] === "\\\\" && json[i + 2] === "n") {\n          str += json.slice(start, i) + "\\\\ ";\n          i += 1;\n          start = i;\n          ch = "\\\\";\n        }\n        if (ch === "\\\\")\n          switch (json[i + 1]) {\n            case "u":\n              {\n                str += json.slice(start, i);\n                const code = json.substr(i + 2, 4);\n                switch (code) {\n                  case "0000":\n                    str += "\\\\0";\n                    break;\n                  case "0007":\n                    str += "\\\\a";\n                    break;\n                  case "000b":\n                    str += "\\\\v";\n                    break;\n                  case "001b":\n                    str += "\\\\e";\n                    break;\n                  case "0085":\n                    str += "\\\\N";\n                    break;\n                  case "00a0":\n                    str += "\\\\_";\n                    break;\n                  case "2028":\n                    str += "\\\\L";\n                    break;\n                  case "2029":\n                    str += "\\\\P";\n                    break;\n                  default:\n                    if (code.substr(0, 2) === "00")\n                      str += "\\\\x" + code.substr(2);\n                    else\n                      str += json.substr(i, 6);\n                }\n                i += 5;\n                start = i + 1;\n              }\n              break;\n            case "n":\n              if (implicitKey || json[i + 2] === \'"\' || json.length < minMultiLineLength) {\n                i += 1;\n              } else {\n                str += json.slice(start, i) + "\\n\\n";\n                while (json[i + 2] === "\\\\" && json[i + 3] === "n" && json[i + 4] !== \'"\') {\n                  str += "\\n";\n                  i += 2;\n                }\n                str += indent;\n                if (json[i + 2] === " ")\n                  str += "\\\\";\n                i += 1;\n                start = i + 1;\n              }\n              break;\n            default:\n              i += 1;\n          }\n      }\n      str = start ? str + json.slice(start) : json;\n      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));\n    }\n    function singleQuotedString(value, ctx) {\n      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\\n") || /[ \\t]\\n|\\n[ \\t]/.test(value))\n        return doubleQuotedString(value, ctx);\n      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");\n      const res = "\'" + value.replace(/\'/g, "\'\'").replace(/\\n+/g, `$&\n${indent}`) + "\'";\n      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));\n    }\n    function quotedString(value, ctx) {\n      const { singleQuote } = ctx.options;\n      let qs;\n      if (singleQuote === false)\n        qs = doubleQuotedString;\n      else {\n        const hasDouble = value.includes(\'"\');\n        const hasSingle = value.includes("\'");\n        if (hasDouble && !hasSingle)\n          qs = singleQuotedString;\n        else if (hasSingle && !hasDouble)\n          qs = doubleQuotedString;\n        else\n          qs = singleQuote ? singleQuotedString : doubleQuotedString;\n      }\n      return qs(value, ctx);\n    }\n    var blockEndNewlines;\n    try {\n      blockEndNewlines = new RegExp("(^|(?<!\\n))\\n+(?!\\n|$)", "g");\n    } catch {\n      blockEndNewlines = /\\n+(?!\\n|$)/g;\n    }\n    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {\n      const { blockQuote, commentString, lineWidth } = ctx.options;\n      if (!blockQuote || /\\n[\\t ]+$/.test(value)) {\n        return quotedString(value, ctx);\n      }\n      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");\n      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);\n      if (!value)\n        return literal ? "|\\n" : ">\\n";\n      let chomp;\n      let endStart;\n      for (endStart = value.length; endStart > 0; --endStart) {\n        const ch = value[endStart - 1];\n        if (ch !== "\\n" && ch !== "	" && ch !== " ")\n          break;\n      }\n      let end = value.substring(endStart);\n      const endNlPos = end.indexOf("\\n");\n      if (endNlPos === -1) {\n        chomp = "-";\n      } else if (value === end || endNlPos !== end.length - 1) {\n        chomp = "+";\n        if (onChompKeep)\n          onChompKeep();\n      } else {\n        chomp = "";\n      }\n      if (end) {\n        value = value.slice(0, -end.length);\n        if (end[end.length - 1] === "\\n")\n          end = end.slice(0, -1);\n        end = end.replace(blockEndNewlines, `$&${indent}`);\n      }\n      let startWithSpace = false;\n      let startEnd;\n      let startNlPos = -1;\n      for (startEnd = 0; startEnd < value.length; ++startEnd) {\n        const ch = value[startEnd];\n        if (ch === " ")\n          startWithSpace = true;\n        else if (ch === "\\n")\n          startNlPos = startEnd;\n        else\n          break;\n      }\n      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);\n      if (start) {\n        value = value.substring(start.length);\n        start = start.replace(/\\n+/g, `$&${indent}`);\n      }\n      const indentSize = indent ? "2" : "1";\n      let header = (startWithSpace ? indentSize : "") + chomp;\n      if (comment) {\n        header += " " + commentString(comment.replace(/ ?[\\r\\n]+/g, " "));\n        if (onComment)\n          onComment();\n      }\n      if (!literal) {\n        const foldedValue = value.replace(/\\n+/g, "\\n$&").replace(/(?:^|\\n)([\\t ].*)(?:([\\n\\t ]*)\\n(?![\\n\\t ]))?/g, "$1$2").replace(/\\n+/g, `$&${indent}`);\n        let literalFallback = false;\n        const foldOptions = getFoldOptions(ctx, true);\n        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {\n          foldOptions.onOverflow = () => {\n            literalFallback = true;\n          };\n        }\n        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);\n        if (!literalFallback)\n          return `>${header}\n${indent}${body}`;\n      }\n      value = value.replace(/\\n+/g, `$&${indent}`);\n      return `|${header}\n${indent}${start}${value}${end}`;\n    }\n    function plainString(item, ctx, onComment, onChompKeep) {\n      const { type, value } = item;\n      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;\n      if (implicitKey && value.includes("\\n") || inFlow && /[[\\]{},]/.test(value)) {\n        return quotedString(value, ctx);\n      }\n      if (/^[\\n\\t ,[\\]{}#&*!|>\'"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$/.test(value)) {\n        return implicitKey || inFlow || !value.includes("\\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);\n      }\n      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\\n")) {\n        return blockString(item, ctx, onComment, onChompKeep);\n      }\n      if (containsDocumentMarker(value)) {\n        if (indent === "") {\n          ctx.forceBlockIndent = true;\n          return blockString(item, ctx, onComment, onChompKeep);\n        } else if (implicitKey && indent === indentStep) {\n          return quotedString(value, ctx);\n        }\n      }\n      const str = value.replace(/\\n+/g, `$&\n${indent}`);\n      if (actualString) {\n        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);\n        const { compat, tags } = ctx.doc.schema;\n        if (tags.some(test) || compat?.some(test))\n          return quotedString(value, ctx);\n      }\n      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));\n    }\n    function stringifyString(item, ctx, onComment, onChompKeep) {\n      const { implicitKey, inFlow } = ctx;\n      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });\n      let { type } = item;\n      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {\n        if (/[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u{D800}-\\u{DFFF}]/u.test(ss.value))\n          type = Scalar.Scalar.QUOTE_DOUBLE;\n      }\n      const _stringify = (_type) => {\n        switch (_type) {\n          case Scalar.Scalar.BLOCK_FOLDED:\n          case Scalar.Scalar.BLOCK_LITERAL:\n            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);\n          case Scalar.Scalar.QUOTE_DOUBLE:\n            return doubleQuotedString(ss.value, ctx);\n          case Scalar.Scalar.QUOTE_SINGLE:\n            return singleQuotedString(ss.value, ctx);\n          case Scalar.Scalar.PLAIN:\n            return plainString(ss, ctx, onComment, onChompKeep);\n          default:\n            return null;\n        }\n      };\n      let res = _stringify(type);\n      if (res === null) {\n        const { defaultKeyType, defaultStringType } = ctx.options;\n        const t = implicitKey && defaultKeyType || defaultStringType;\n        res = _stringify(t);\n        if (res === null)\n          throw new Error(`Unsupported default string type ${t}`);\n      }\n      return res;\n    }\n    exports2.stringifyString = stringifyString;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringify.js\nvar require_stringify = __commonJS({\n  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {\n    "use strict";\n    var anchors = require_anchors();\n    var identity = require_identity();\n    var stringifyComment = require_stringifyComment();\n    var stringifyString = require_stringifyString();\n    function createStringifyContext(doc, options) {\n      const opt = Object.assign({\n        blockQuote: true,\n        commentString: stringifyComment.stringifyComment,\n        defaultKeyType: null,\n        defaultStringType: "PLAIN",\n        directives: null,\n        doubleQuotedAsJSON: false,\n        doubleQuotedMinMultiLineLength: 40,\n        falseStr: "false",\n        flowCollectionPadding: true,\n        indentSeq: true,\n        lineWidth: 80,\n        minContentWidth: 20,\n        nullStr: "null",\n        simpleKeys: false,\n        singleQuote: null,\n        trailingComma: false,\n        trueStr: "true",\n        verifyAliasOrder: true\n      }, doc.schema.toStringOptions, options);\n      let inFlow;\n      switch (opt.collectionStyle) {\n        case "block":\n          inFlow = false;\n          break;\n        case "flow":\n          inFlow = true;\n          break;\n        default:\n          inFlow = null;\n      }\n      return {\n        anchors: /* @__PURE__ */ new Set(),\n        doc,\n        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",\n        indent: "",\n        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",\n        inFlow,\n        options: opt\n      };\n    }\n    function getTagObject(tags, item) {\n      if (item.tag) {\n        const match = tags.filter((t) => t.tag === item.tag);\n        if (match.length > 0)\n          return match.find((t) => t.format === item.format) ?? match[0];\n      }\n      let tagObj = void 0;\n      let obj;\n      if (identity.isScalar(item)) {\n        obj = item.value;\n        let match = tags.filter((t) => t.identify?.(obj));\n        if (match.length > 1) {\n          const testMatch = match.filter((t) => t.test);\n          if (testMatch.length > 0)\n            match = testMatch;\n        }\n        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);\n      } else {\n        obj = item;\n        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);\n      }\n      if (!tagObj) {\n        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);\n        throw new Error(`Tag not resolved for ${name} value`);\n      }\n      return tagObj;\n    }\n    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {\n      if (!doc.directives)\n        return "";\n      const props = [];\n      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;\n      if (anchor && anchors.anchorIsValid(anchor)) {\n        anchors$1.add(anchor);\n        props.push(`&${anchor}`);\n      }\n      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);\n      if (tag)\n        props.push(doc.directives.tagString(tag));\n      return props.join(" ");\n    }\n    function stringify(item, ctx, onComment, onChompKeep) {\n      if (identity.isPair(item))\n        return item.toString(ctx, onComment, onChompKeep);\n      if (identity.isAlias(item)) {\n        if (ctx.doc.directives)\n          return item.toString(ctx);\n        if (ctx.resolvedAliases?.has(item)) {\n          throw new TypeError(`Cannot stringify circular structure without alias nodes`);\n        } else {\n          if (ctx.resolvedAliases)\n            ctx.resolvedAliases.add(item);\n          else\n            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);\n          item = item.resolve(ctx.doc);\n        }\n      }\n      let tagObj = void 0;\n      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });\n      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));\n      const props = stringifyProps(node, tagObj, ctx);\n      if (props.length > 0)\n        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;\n      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);\n      if (!props)\n        return str;\n      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;\n    }\n    exports2.createStringifyContext = createStringifyContext;\n    exports2.stringify = stringify;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyPair.js\nvar require_stringifyPair = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var stringify = require_stringify();\n    var stringifyComment = require_stringifyComment();\n    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {\n      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;\n      let keyComment = identity.isNode(key) && key.comment || null;\n      if (simpleKeys) {\n        if (keyComment) {\n          throw new Error("With simple keys, key nodes cannot have comments");\n        }\n        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {\n          const msg = "With simple keys, collection cannot be used as a key value";\n          throw new Error(msg);\n        }\n      }\n      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));\n      ctx = Object.assign({}, ctx, {\n        allNullValues: false,\n        implicitKey: !explicitKey && (simpleKeys || !allNullValues),\n        indent: indent + indentStep\n      });\n      let keyCommentDone = false;\n      let chompKeep = false;\n      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);\n      if (!explicitKey && !ctx.inFlow && str.length > 1024) {\n        if (simpleKeys)\n          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");\n        explicitKey = true;\n      }\n      if (ctx.inFlow) {\n        if (allNullValues || value == null) {\n          if (keyCommentDone && onComment)\n            onComment();\n          return str === "" ? "?" : explicitKey ? `? ${str}` : str;\n        }\n      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {\n        str = `? ${str}`;\n        if (keyComment && !keyCommentDone) {\n          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n        } else if (chompKeep && onChompKeep)\n          onChompKeep();\n        return str;\n      }\n      if (keyCommentDone)\n        keyComment = null;\n      if (explicitKey) {\n        if (keyComment)\n          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n        str = `? ${str}\n${indent}:`;\n      } else {\n        str = `${str}:`;\n        if (keyComment)\n          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n      }\n      let vsb, vcb, valueComment;\n      if (identity.isNode(value)) {\n        vsb = !!value.spaceBefore;\n        vcb = value.commentBefore;\n        valueComment = value.comment;\n      } else {\n        vsb = false;\n        vcb = null;\n        valueComment = null;\n        if (value && typeof value === "object")\n          value = doc.createNode(value);\n      }\n      ctx.implicitKey = false;\n      if (!explicitKey && !keyComment && identity.isScalar(value))\n        ctx.indentAtStart = str.length + 1;\n      chompKeep = false;\n      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {\n        ctx.indent = ctx.indent.substring(2);\n      }\n      let valueCommentDone = false;\n      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);\n      let ws = " ";\n      if (keyComment || vsb || vcb) {\n        ws = vsb ? "\\n" : "";\n        if (vcb) {\n          const cs = commentString(vcb);\n          ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;\n        }\n        if (valueStr === "" && !ctx.inFlow) {\n          if (ws === "\\n" && valueComment)\n            ws = "\\n\\n";\n        } else {\n          ws += `\n${ctx.indent}`;\n        }\n      } else if (!explicitKey && identity.isCollection(value)) {\n        const vs0 = valueStr[0];\n        const nl0 = valueStr.indexOf("\\n");\n        const hasNewline = nl0 !== -1;\n        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;\n        if (hasNewline || !flow) {\n          let hasPropsLine = false;\n          if (hasNewline && (vs0 === "&" || vs0 === "!")) {\n            let sp0 = valueStr.indexOf(" ");\n            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {\n              sp0 = valueStr.indexOf(" ", sp0 + 1);\n            }\n            if (sp0 === -1 || nl0 < sp0)\n              hasPropsLine = true;\n          }\n          if (!hasPropsLine)\n            ws = `\n${ctx.indent}`;\n        }\n      } else if (valueStr === "" || valueStr[0] === "\\n") {\n        ws = "";\n      }\n      str += ws + valueStr;\n      if (ctx.inFlow) {\n        if (valueCommentDone && onComment)\n          onComment();\n      } else if (valueComment && !valueCommentDone) {\n        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));\n      } else if (chompKeep && onChompKeep) {\n        onChompKeep();\n      }\n      return str;\n    }\n    exports2.stringifyPair = stringifyPair;\n  }\n});\n\n// node_modules/yaml/dist/log.js\nvar require_log = __commonJS({\n  "node_modules/yaml/dist/log.js"(exports2) {\n    "use strict";\n    var node_process = require("process");\n    function debug(logLevel, ...messages) {\n      if (logLevel === "debug")\n        console.log(...messages);\n    }\n    function warn(logLevel, warning) {\n      if (logLevel === "debug" || logLevel === "warn") {\n        if (typeof node_process.emitWarning === "function")\n          node_process.emitWarning(warning);\n        else\n          console.warn(warning);\n      }\n    }\n    exports2.debug = debug;\n    exports2.warn = warn;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/merge.js\nvar require_merge = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var MERGE_KEY = "<<";\n    var merge = {\n      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,\n      default: "key",\n      tag: "tag:yaml.org,2002:merge",\n      test: /^<<$/,\n      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {\n        addToJSMap: addMergeToJSMap\n      }),\n      stringify: () => MERGE_KEY\n    };\n    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);\n    function addMergeToJSMap(ctx, map, value) {\n      const source = resolveAliasValue(ctx, value);\n      if (identity.isSeq(source))\n        for (const it of source.items)\n          mergeValue(ctx, map, it);\n      else if (Array.isArray(source))\n        for (const it of source)\n          mergeValue(ctx, map, it);\n      else\n        mergeValue(ctx, map, source);\n    }\n    function mergeValue(ctx, map, value) {\n      const source = resolveAliasValue(ctx, value);\n      if (!identity.isMap(source))\n        throw new Error("Merge sources must be maps or map aliases");\n      const srcMap = source.toJSON(null, ctx, Map);\n      for (const [key, value2] of srcMap) {\n        if (map instanceof Map) {\n          if (!map.has(key))\n            map.set(key, value2);\n        } else if (map instanceof Set) {\n          map.add(key);\n        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {\n          Object.defineProperty(map, key, {\n            value: value2,\n            writable: true,\n            enumerable: true,\n            configurable: true\n          });\n        }\n      }\n      return map;\n    }\n    function resolveAliasValue(ctx, value) {\n      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;\n    }\n    exports2.addMergeToJSMap = addMergeToJSMap;\n    exports2.isMergeKey = isMergeKey;\n    exports2.merge = merge;\n  }\n});\n\n// node_modules/yaml/dist/nodes/addPairToJSMap.js\nvar require_addPairToJSMap = __commonJS({\n  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {\n    "use strict";\n    var log = require_log();\n    var merge = require_merge();\n    var stringify = require_stringify();\n    var identity = require_identity();\n    var toJS = require_toJS();\n    function addPairToJSMap(ctx, map, { key, value }) {\n      if (identity.isNode(key) && key.addToJSMap)\n        key.addToJSMap(ctx, map, value);\n      else if (merge.isMergeKey(ctx, key))\n        merge.addMergeToJSMap(ctx, map, value);\n      else {\n        const jsKey = toJS.toJS(key, "", ctx);\n        if (map instanceof Map) {\n          map.set(jsKey, toJS.toJS(value, jsKey, ctx));\n        } else if (map instanceof Set) {\n          map.add(jsKey);\n        } else {\n          const stringKey = stringifyKey(key, jsKey, ctx);\n          const jsValue = toJS.toJS(value, stringKey, ctx);\n          if (stringKey in map)\n            Object.defineProperty(map, stringKey, {\n              value: jsValue,\n              writable: true,\n              enumerable: true,\n              configurable: true\n            });\n          else\n            map[stringKey] = jsValue;\n        }\n      }\n      return map;\n    }\n    function stringifyKey(key, jsKey, ctx) {\n      if (jsKey === null)\n        return "";\n      if (typeof jsKey !== "object")\n        return String(jsKey);\n      if (identity.isNode(key) && ctx?.doc) {\n        const strCtx = stringify.createStringifyContext(ctx.doc, {});\n        strCtx.anchors = /* @__PURE__ */ new Set();\n        for (const node of ctx.anchors.keys())\n          strCtx.anchors.add(node.anchor);\n        strCtx.inFlow = true;\n        strCtx.inStringifyKey = true;\n        const strKey = key.toString(strCtx);\n        if (!ctx.mapKeyWarned) {\n          let jsonStr = JSON.stringify(strKey);\n          if (jsonStr.length > 40)\n            jsonStr = jsonStr.substring(0, 36) + \'..."\';\n          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);\n          ctx.mapKeyWarned = true;\n        }\n        return strKey;\n      }\n      return JSON.stringify(jsKey);\n    }\n    exports2.addPairToJSMap = addPairToJSMap;\n  }\n});\n\n// node_modules/yaml/dist/nodes/Pair.js\nvar require_Pair = __commonJS({\n  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {\n    "use strict";\n    var createNode = require_createNode();\n    var stringifyPair = require_stringifyPair();\n    var addPairToJSMap = require_addPairToJSMap();\n    var identity = require_identity();\n    function createPair(key, value, ctx) {\n      const k = createNode.createNode(key, void 0, ctx);\n      const v = createNode.createNode(value, void 0, ctx);\n      return new Pair(k, v);\n    }\n    var Pair = class _Pair {\n      constructor(key, value = null) {\n        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });\n        this.key = key;\n        this.value = value;\n      }\n      clone(schema) {\n        let { key, value } = this;\n        if (identity.isNode(key))\n          key = key.clone(schema);\n        if (identity.isNode(value))\n          value = value.clone(schema);\n        return new _Pair(key, value);\n      }\n      toJSON(_, ctx) {\n        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};\n        return addPairToJSMap.addPairToJSMap(ctx, pair, this);\n      }\n      toString(ctx, onComment, onChompKeep) {\n        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);\n      }\n    };\n    exports2.Pair = Pair;\n    exports2.createPair = createPair;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyCollection.js\nvar require_stringifyCollection = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var stringify = require_stringify();\n    var stringifyComment = require_stringifyComment();\n    function stringifyCollection(collection, ctx, options) {\n      const flow = ctx.inFlow ?? collection.flow;\n      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;\n      return stringify2(collection, ctx, options);\n    }\n    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {\n      const { indent, options: { commentString } } = ctx;\n      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });\n      let chompKeep = false;\n      const lines = [];\n      for (let i = 0; i < items.length; ++i) {\n        const item = items[i];\n        let comment2 = null;\n        if (identity.isNode(item)) {\n          if (!chompKeep && item.spaceBefore)\n            lines.push("");\n          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);\n          if (item.comment)\n            comment2 = item.comment;\n        } else if (identity.isPair(item)) {\n          const ik = identity.isNode(item.key) ? item.key : null;\n          if (ik) {\n            if (!chompKeep && ik.spaceBefore)\n              lines.push("");\n            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);\n          }\n        }\n        chompKeep = false;\n        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);\n        if (comment2)\n          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));\n        if (chompKeep && comment2)\n          chompKeep = false;\n        lines.push(blockItemPrefix + str2);\n      }\n      let str;\n      if (lines.length === 0) {\n        str = flowChars.start + flowChars.end;\n      } else {\n        str = lines[0];\n        for (let i = 1; i < lines.length; ++i) {\n          const line = lines[i];\n          str += line ? `\n${indent}${line}` : "\\n";\n        }\n      }\n      if (comment) {\n        str += "\\n" + stringifyComment.indentComment(commentString(comment), indent);\n        if (onComment)\n          onComment();\n      } else if (chompKeep && onChompKeep)\n        onChompKeep();\n      return str;\n    }\n    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {\n      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;\n      itemIndent += indentStep;\n      const itemCtx = Object.assign({}, ctx, {\n        indent: itemIndent,\n        inFlow: true,\n        type: null\n      });\n      let reqNewline = false;\n      let linesAtValue = 0;\n      const lines = [];\n      for (let i = 0; i < items.length; ++i) {\n        const item = items[i];\n        let comment = null;\n        if (identity.isNode(item)) {\n          if (item.spaceBefore)\n            lines.push("");\n          addCommentBefore(ctx, lines, item.commentBefore, false);\n          if (item.comment)\n            comment = item.comment;\n        } else if (identity.isPair(item)) {\n          const ik = identity.isNode(item.key) ? item.key : null;\n          if (ik) {\n            if (ik.spaceBefore)\n              lines.push("");\n            addCommentBefore(ctx, lines, ik.commentBefore, false);\n            if (ik.comment)\n              reqNewline = true;\n          }\n          const iv = identity.isNode(item.value) ? item.value : null;\n          if (iv) {\n            if (iv.comment)\n              comment = iv.comment;\n            if (iv.commentBefore)\n              reqNewline = true;\n          } else if (item.value == null && ik?.comment) {\n            comment = ik.comment;\n          }\n        }\n        if (comment)\n          reqNewline = true;\n        let str = stringify.stringify(item, itemCtx, () => comment = null);\n        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\\n"));\n        if (i < items.length - 1) {\n          str += ",";\n        } else if (ctx.options.trailingComma) {\n          if (ctx.options.lineWidth > 0) {\n            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);\n          }\n          if (reqNewline) {\n            str += ",";\n          }\n        }\n        if (comment)\n          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));\n        lines.push(str);\n        linesAtValue = lines.length;\n      }\n      const { start, end } = flowChars;\n      if (lines.length === 0) {\n        return start + end;\n      } else {\n        if (!reqNewline) {\n          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);\n          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;\n        }\n        if (reqNewline) {\n          let str = start;\n          for (const line of lines)\n            str += line ? `\n${indentStep}${indent}${line}` : "\\n";\n          return `${str}\n${indent}${end}`;\n        } else {\n          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;\n        }\n      }\n    }\n    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {\n      if (comment && chompKeep)\n        comment = comment.replace(/^\\n+/, "");\n      if (comment) {\n        const ic = stringifyComment.indentComment(commentString(comment), indent);\n        lines.push(ic.trimStart());\n      }\n    }\n    exports2.stringifyCollection = stringifyCollection;\n  }\n});\n\n// node_modules/yaml/dist/nodes/YAMLMap.js\nvar require_YAMLMap = __commonJS({\n  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {\n    "use strict";\n    var stringifyCollection = require_stringifyCollection();\n    var addPairToJSMap = require_addPairToJSMap();\n    var Collection = require_Collection();\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var Scalar = require_Scalar();\n    function findPair(items, key) {\n      const k = identity.isScalar(key) ? key.value : key;\n      for (const it of items) {\n        if (identity.isPair(it)) {\n          if (it.key === key || it.key === k)\n            return it;\n          if (identity.isScalar(it.key) && it.key.value === k)\n            return it;\n        }\n      }\n      return void 0;\n    }\n    var YAMLMap = class extends Collection.Collection {\n      static get tagName() {\n        return "tag:yaml.org,2002:map";\n      }\n      constructor(schema) {\n        super(identity.MAP, schema);\n        this.items = [];\n      }\n      /**\n       * A generic collection parsing method that can be extended\n       * to other node classes that inherit from YAMLMap\n       */\n      static from(schema, obj, ctx) {\n        const { keepUndefined, replacer } = ctx;\n        const map = new this(schema);\n        const add = (key, value) => {\n          if (typeof replacer === "function")\n            value = replacer.call(obj, key, value);\n          else if (Array.isArray(replacer) && !replacer.includes(key))\n            return;\n          if (value !== void 0 || keepUndefined)\n            map.items.push(Pair.createPair(key, value, ctx));\n        };\n        if (obj instanceof Map) {\n          for (const [key, value] of obj)\n            add(key, value);\n        } else if (obj && typeof obj === "object") {\n          for (const key of Object.keys(obj))\n            add(key, obj[key]);\n        }\n        if (typeof schema.sortMapEntries === "function") {\n          map.items.sort(schema.sortMapEntries);\n        }\n        return map;\n      }\n      /**\n       * Adds a value to the collection.\n       *\n       * @param overwrite - If not set `true`, using a key that is already in the\n       *   collection will throw. Otherwise, overwrites the previous value.\n       */\n      add(pair, overwrite) {\n        let _pair;\n        if (identity.isPair(pair))\n          _pair = pair;\n        else if (!pair || typeof pair !== "object" || !("key" in pair)) {\n          _pair = new Pair.Pair(pair, pair?.value);\n        } else\n          _pair = new Pair.Pair(pair.key, pair.value);\n        const prev = findPair(this.items, _pair.key);\n        const sortEntries = this.schema?.sortMapEntries;\n        if (prev) {\n          if (!overwrite)\n            throw new Error(`Key ${_pair.key} already set`);\n          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))\n            prev.value.value = _pair.value;\n          else\n            prev.value = _pair.value;\n        } else if (sortEntries) {\n          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);\n          if (i === -1)\n            this.items.push(_pair);\n          else\n            this.items.splice(i, 0, _pair);\n        } else {\n          this.items.push(_pair);\n        }\n      }\n      delete(key) {\n        const it = findPair(this.items, key);\n        if (!it)\n          return false;\n        const del = this.items.splice(this.items.indexOf(it), 1);\n        return del.length > 0;\n      }\n      get(key, keepScalar) {\n        const it = findPair(this.items, key);\n        const node = it?.value;\n        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;\n      }\n      has(key) {\n        return !!findPair(this.items, key);\n      }\n      set(key, value) {\n        this.add(new Pair.Pair(key, value), true);\n      }\n      /**\n       * @param ctx - Conversion context, originally set in Document#toJS()\n       * @param {Class} Type - If set, forces the returned collection type\n       * @returns Instance of Type, Map, or Object\n       */\n      toJSON(_, ctx, Type) {\n        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};\n        if (ctx?.onCreate)\n          ctx.onCreate(map);\n        for (const item of this.items)\n          addPairToJSMap.addPairToJSMap(ctx, map, item);\n        return map;\n      }\n      toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n          return JSON.stringify(this);\n        for (const item of this.items) {\n          if (!identity.isPair(item))\n            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);\n        }\n        if (!ctx.allNullValues && this.hasAllNullValues(false))\n          ctx = Object.assign({}, ctx, { allNullValues: true });\n        return stringifyCollection.stringifyCollection(this, ctx, {\n          blockItemPrefix: "",\n          flowChars: { start: "{", end: "}" },\n          itemIndent: ctx.indent || "",\n          onChompKeep,\n          onComment\n        });\n      }\n    };\n    exports2.YAMLMap = YAMLMap;\n    exports2.findPair = findPair;\n  }\n});\n\n// node_modules/yaml/dist/schema/common/map.js\nvar require_map = __commonJS({\n  "node_modules/yaml/dist/schema/common/map.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var YAMLMap = require_YAMLMap();\n    var map = {\n      collection: "map",\n      default: true,\n      nodeClass: YAMLMap.YAMLMap,\n      tag: "tag:yaml.org,2002:map",\n      resolve(map2, onError) {\n        if (!identity.isMap(map2))\n          onError("Expected a mapping for this tag");\n        return map2;\n      },\n      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)\n    };\n    exports2.map = map;\n  }\n});\n\n// node_modules/yaml/dist/nodes/YAMLSeq.js\nvar require_YAMLSeq = __commonJS({\n  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {\n    "use strict";\n    var createNode = require_createNode();\n    var stringifyCollection = require_stringifyCollection();\n    var Collection = require_Collection();\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var toJS = require_toJS();\n    var YAMLSeq = class extends Collection.Collection {\n      static get tagName() {\n        return "tag:yaml.org,2002:seq";\n      }\n      constructor(schema) {\n        super(identity.SEQ, schema);\n        this.items = [];\n      }\n      add(value) {\n        this.items.push(value);\n      }\n      /**\n       * Removes a value from the collection.\n       *\n       * `key` must contain a representation of an integer for this to succeed.\n       * It may be wrapped in a `Scalar`.\n       *\n       * @returns `true` if the item was found and removed.\n       */\n      delete(key) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== "number")\n          return false;\n        const del = this.items.splice(idx, 1);\n        return del.length > 0;\n      }\n      get(key, keepScalar) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== "number")\n          return void 0;\n        const it = this.items[idx];\n        return !keepScalar && identity.isScalar(it) ? it.value : it;\n      }\n      /**\n       * Checks if the collection includes a value with the key `key`.\n       *\n       * `key` must contain a representation of an integer for this to succeed.\n       * It may be wrapped in a `Scalar`.\n       */\n      has(key) {\n        const idx = asItemIndex(key);\n        return typeof idx === "number" && idx < this.items.length;\n      }\n      /**\n       * Sets a value in this collection. For `!!set`, `value` needs to be a\n       * boolean to add/remove the item from the set.\n       *\n       * If `key` does not contain a representation of an integer, this will throw.\n       * It may be wrapped in a `Scalar`.\n       */\n      set(key, value) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== "number")\n          throw new Error(`Expected a valid index, not ${key}.`);\n        const prev = this.items[idx];\n        if (identity.isScalar(prev) && Scalar.isScalarValue(value))\n          prev.value = value;\n        else\n          this.items[idx] = value;\n      }\n      toJSON(_, ctx) {\n        const seq = [];\n        if (ctx?.onCreate)\n          ctx.onCreate(seq);\n        let i = 0;\n        for (const item of this.items)\n          seq.push(toJS.toJS(item, String(i++), ctx));\n        return seq;\n      }\n      toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n          return JSON.stringify(this);\n        return stringifyCollection.stringifyCollection(this, ctx, {\n          blockItemPrefix: "- ",\n          flowChars: { start: "[", end: "]" },\n          itemIndent: (ctx.indent || "") + "  ",\n          onChompKeep,\n          onComment\n        });\n      }\n      static from(schema, obj, ctx) {\n        const { replacer } = ctx;\n        const seq = new this(schema);\n        if (obj && Symbol.iterator in Object(obj)) {\n          let i = 0;\n          for (let it of obj) {\n            if (typeof replacer === "function") {\n              const key = obj instanceof Set ? it : String(i++);\n              it = replacer.call(obj, key, it);\n            }\n            seq.items.push(createNode.createNode(it, void 0, ctx));\n          }\n        }\n        return seq;\n      }\n    };\n    function asItemIndex(key) {\n      let idx = identity.isScalar(key) ? key.value : key;\n      if (idx && typeof idx === "string")\n        idx = Number(idx);\n      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;\n    }\n    exports2.YAMLSeq = YAMLSeq;\n  }\n});\n\n// node_modules/yaml/dist/schema/common/seq.js\nvar require_seq = __commonJS({\n  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var YAMLSeq = require_YAMLSeq();\n    var seq = {\n      collection: "seq",\n      default: true,\n      nodeClass: YAMLSeq.YAMLSeq,\n      tag: "tag:yaml.org,2002:seq",\n      resolve(seq2, onError) {\n        if (!identity.isSeq(seq2))\n          onError("Expected a sequence for this tag");\n        return seq2;\n      },\n      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)\n    };\n    exports2.seq = seq;\n  }\n});\n\n// node_modules/yaml/dist/schema/common/string.js\nvar require_string = __commonJS({\n  "node_modules/yaml/dist/schema/common/string.js"(exports2) {\n    "use strict";\n    var stringifyString = require_stringifyString();\n    var string = {\n      identify: (value) => typeof value === "string",\n      default: true,\n      tag: "tag:yaml.org,2002:str",\n      resolve: (str) => str,\n      stringify(item, ctx, onComment, onChompKeep) {\n        ctx = Object.assign({ actualString: true }, ctx);\n        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);\n      }\n    };\n    exports2.string = string;\n  }\n});\n\n// node_modules/yaml/dist/schema/common/null.js\nvar require_null = __commonJS({\n  "node_modules/yaml/dist/schema/common/null.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var nullTag = {\n      identify: (value) => value == null,\n      createNode: () => new Scalar.Scalar(null),\n      default: true,\n      tag: "tag:yaml.org,2002:null",\n      test: /^(?:~|[Nn]ull|NULL)?$/,\n      resolve: () => new Scalar.Scalar(null),\n      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr\n    };\n    exports2.nullTag = nullTag;\n  }\n});\n\n// node_modules/yaml/dist/schema/core/bool.js\nvar require_bool = __commonJS({\n  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var boolTag = {\n      identify: (value) => typeof value === "boolean",\n      default: true,\n      tag: "tag:yaml.org,2002:bool",\n      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,\n      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),\n      stringify({ source, value }, ctx) {\n        if (source && boolTag.test.test(source)) {\n          const sv = source[0] === "t" || source[0] === "T";\n          if (value === sv)\n            return source;\n        }\n        return value ? ctx.options.trueStr : ctx.options.falseStr;\n      }\n    };\n    exports2.boolTag = boolTag;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyNumber.js\nvar require_stringifyNumber = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {\n    "use strict";\n    function stringifyNumber({ format, minFractionDigits, tag, value }) {\n      if (typeof value === "bigint")\n        return String(value);\n      const num = typeof value === "number" ? value : Number(value);\n      if (!isFinite(num))\n        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";\n      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);\n      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\\d/.test(n) && !n.includes("e")) {\n        let i = n.indexOf(".");\n        if (i < 0) {\n          i = n.length;\n          n += ".";\n        }\n        let d = minFractionDigits - (n.length - i - 1);\n        while (d-- > 0)\n          n += "0";\n      }\n      return n;\n    }\n    exports2.stringifyNumber = stringifyNumber;\n  }\n});\n\n// node_modules/yaml/dist/schema/core/float.js\nvar require_float = __commonJS({\n  "node_modules/yaml/dist/schema/core/float.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var stringifyNumber = require_stringifyNumber();\n    var floatNaN = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      test: /^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,\n      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,\n      stringify: stringifyNumber.stringifyNumber\n    };\n    var floatExp = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      format: "EXP",\n      test: /^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/,\n      resolve: (str) => parseFloat(str),\n      stringify(node) {\n        const num = Number(node.value);\n        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);\n      }\n    };\n    var float = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      test: /^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/,\n      resolve(str) {\n        const node = new Scalar.Scalar(parseFloat(str));\n        const dot = str.indexOf(".");\n        if (dot !== -1 && str[str.length - 1] === "0")\n          node.minFractionDigits = str.length - dot - 1;\n        return node;\n      },\n      stringify: stringifyNumber.stringifyNumber\n    };\n    exports2.float = float;\n    exports2.floatExp = floatExp;\n    exports2.floatNaN = floatNaN;\n  }\n});\n\n// node_modules/yaml/dist/schema/core/int.js\nvar require_int = __commonJS({\n  "node_modules/yaml/dist/schema/core/int.js"(exports2) {\n    "use strict";\n    var stringifyNumber = require_stringifyNumber();\n    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);\n    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);\n    function intStringify(node, radix, prefix) {\n      const { value } = node;\n      if (intIdentify(value) && value >= 0)\n        return prefix + value.toString(radix);\n      return stringifyNumber.stringifyNumber(node);\n    }\n    var intOct = {\n      identify: (value) => intIdentify(value) && value >= 0,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "OCT",\n      test: /^0o[0-7]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),\n      stringify: (node) => intStringify(node, 8, "0o")\n    };\n    var int = {\n      identify: intIdentify,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      test: /^[-+]?[0-9]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),\n      stringify: stringifyNumber.stringifyNumber\n    };\n    var intHex = {\n      identify: (value) => intIdentify(value) && value >= 0,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "HEX",\n      test: /^0x[0-9a-fA-F]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),\n      stringify: (node) => intStringify(node, 16, "0x")\n    };\n    exports2.int = int;\n    exports2.intHex = intHex;\n    exports2.intOct = intOct;\n  }\n});\n\n// node_modules/yaml/dist/schema/core/schema.js\nvar require_schema = __commonJS({\n  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {\n    "use strict";\n    var map = require_map();\n    var _null = require_null();\n    var seq = require_seq();\n    var string = require_string();\n    var bool = require_bool();\n    var float = require_float();\n    var int = require_int();\n    var schema = [\n      map.map,\n      seq.seq,\n      string.string,\n      _null.nullTag,\n      bool.boolTag,\n      int.intOct,\n      int.int,\n      int.intHex,\n      float.floatNaN,\n      float.floatExp,\n      float.float\n    ];\n    exports2.schema = schema;\n  }\n});\n\n// node_modules/yaml/dist/schema/json/schema.js\nvar require_schema2 = __commonJS({\n  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var map = require_map();\n    var seq = require_seq();\n    function intIdentify(value) {\n      return typeof value === "bigint" || Number.isInteger(value);\n    }\n    var stringifyJSON = ({ value }) => JSON.stringify(value);\n    var jsonScalars = [\n      {\n        identify: (value) => typeof value === "string",\n        default: true,\n        tag: "tag:yaml.org,2002:str",\n        resolve: (str) => str,\n        stringify: stringifyJSON\n      },\n      {\n        identify: (value) => value == null,\n        createNode: () => new Scalar.Scalar(null),\n        default: true,\n        tag: "tag:yaml.org,2002:null",\n        test: /^null$/,\n        resolve: () => null,\n        stringify: stringifyJSON\n      },\n      {\n        identify: (value) => typeof value === "boolean",\n        default: true,\n        tag: "tag:yaml.org,2002:bool",\n        test: /^true$|^false$/,\n        resolve: (str) => str === "true",\n        stringify: stringifyJSON\n      },\n      {\n        identify: intIdentify,\n        default: true,\n        tag: "tag:yaml.org,2002:int",\n        test: /^-?(?:0|[1-9][0-9]*)$/,\n        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),\n        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)\n      },\n      {\n        identify: (value) => typeof value === "number",\n        default: true,\n        tag: "tag:yaml.org,2002:float",\n        test: /^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,\n        resolve: (str) => parseFloat(str),\n        stringify: stringifyJSON\n      }\n    ];\n    var jsonError = {\n      default: true,\n      tag: "",\n      test: /^/,\n      resolve(str, onError) {\n        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);\n        return str;\n      }\n    };\n    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);\n    exports2.schema = schema;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/binary.js\nvar require_binary = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {\n    "use strict";\n    var node_buffer = require("buffer");\n    var Scalar = require_Scalar();\n    var stringifyString = require_stringifyString();\n    var binary = {\n      identify: (value) => value instanceof Uint8Array,\n      // Buffer inherits from Uint8Array\n      default: false,\n      tag: "tag:yaml.org,2002:binary",\n      /**\n       * Returns a Buffer in node and an Uint8Array in browsers\n       *\n       * To use the resulting buffer as an image, you\'ll want to do something like:\n       *\n       *   const blob = new Blob([buffer], { type: \'image/jpeg\' })\n       *   document.querySelector(\'#photo\').src = URL.createObjectURL(blob)\n       */\n      resolve(src, onError) {\n        if (typeof node_buffer.Buffer === "function") {\n          return node_buffer.Buffer.from(src, "base64");\n        } else if (typeof atob === "function") {\n          const str = atob(src.replace(/[\\n\\r]/g, ""));\n          const buffer = new Uint8Array(str.length);\n          for (let i = 0; i < str.length; ++i)\n            buffer[i] = str.charCodeAt(i);\n          return buffer;\n        } else {\n          onError("This environment does not support reading binary tags; either Buffer or atob is required");\n          return src;\n        }\n      },\n      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {\n        if (!value)\n          return "";\n        const buf = value;\n        let str;\n        if (typeof node_buffer.Buffer === "function") {\n          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");\n        } else if (typeof btoa === "function") {\n          let s = "";\n          for (let i = 0; i < buf.length; ++i)\n            s += String.fromCharCode(buf[i]);\n          str = btoa(s);\n        } else {\n          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");\n        }\n        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);\n        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {\n          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);\n          const n = Math.ceil(str.length / lineWidth);\n          const lines = new Array(n);\n          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {\n            lines[i] = str.substr(o, lineWidth);\n          }\n          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\\n" : " ");\n        }\n        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);\n      }\n    };\n    exports2.binary = binary;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/pairs.js\nvar require_pairs = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var Scalar = require_Scalar();\n    var YAMLSeq = require_YAMLSeq();\n    function resolvePairs(seq, onError) {\n      if (identity.isSeq(seq)) {\n        for (let i = 0; i < seq.items.length; ++i) {\n          let item = seq.items[i];\n          if (identity.isPair(item))\n            continue;\n          else if (identity.isMap(item)) {\n            if (item.items.length > 1)\n              onError("Each pair must have its own sequence indicator");\n            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));\n            if (item.commentBefore)\n              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;\n            if (item.comment) {\n              const cn = pair.value ?? pair.key;\n              cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;\n            }\n            item = pair;\n          }\n          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);\n        }\n      } else\n        onError("Expected a sequence for this tag");\n      return seq;\n    }\n    function createPairs(schema, iterable, ctx) {\n      const { replacer } = ctx;\n      const pairs2 = new YAMLSeq.YAMLSeq(schema);\n      pairs2.tag = "tag:yaml.org,2002:pairs";\n      let i = 0;\n      if (iterable && Symbol.iterator in Object(iterable))\n        for (let it of iterable) {\n          if (typeof replacer === "function")\n            it = replacer.call(iterable, String(i++), it);\n          let key, value;\n          if (Array.isArray(it)) {\n            if (it.length === 2) {\n              key = it[0];\n              value = it[1];\n            } else\n              throw new TypeError(`Expected [key, value] tuple: ${it}`);\n          } else if (it && it instanceof Object) {\n            const keys = Object.keys(it);\n            if (keys.length === 1) {\n              key = keys[0];\n              value = it[key];\n            } else {\n              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);\n            }\n          } else {\n            key = it;\n          }\n          pairs2.items.push(Pair.createPair(key, value, ctx));\n        }\n      return pairs2;\n    }\n    var pairs = {\n      collection: "seq",\n      default: false,\n      tag: "tag:yaml.org,2002:pairs",\n      resolve: resolvePairs,\n      createNode: createPairs\n    };\n    exports2.createPairs = createPairs;\n    exports2.pairs = pairs;\n    exports2.resolvePairs = resolvePairs;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/omap.js\nvar require_omap = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var toJS = require_toJS();\n    var YAMLMap = require_YAMLMap();\n    var YAMLSeq = require_YAMLSeq();\n    var pairs = require_pairs();\n    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {\n      constructor() {\n        super();\n        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);\n        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);\n        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);\n        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);\n        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);\n        this.tag = _YAMLOMap.tag;\n      }\n      /**\n       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,\n       * but TypeScript won\'t allow widening the signature of a child method.\n       */\n      toJSON(_, ctx) {\n        if (!ctx)\n          return super.toJSON(_);\n        const map = /* @__PURE__ */ new Map();\n        if (ctx?.onCreate)\n          ctx.onCreate(map);\n        for (const pair of this.items) {\n          let key, value;\n          if (identity.isPair(pair)) {\n            key = toJS.toJS(pair.key, "", ctx);\n            value = toJS.toJS(pair.value, key, ctx);\n          } else {\n            key = toJS.toJS(pair, "", ctx);\n          }\n          if (map.has(key))\n            throw new Error("Ordered maps must not include duplicate keys");\n          map.set(key, value);\n        }\n        return map;\n      }\n      static from(schema, iterable, ctx) {\n        const pairs$1 = pairs.createPairs(schema, iterable, ctx);\n        const omap2 = new this();\n        omap2.items = pairs$1.items;\n        return omap2;\n      }\n    };\n    YAMLOMap.tag = "tag:yaml.org,2002:omap";\n    var omap = {\n      collection: "seq",\n      identify: (value) => value instanceof Map,\n      nodeClass: YAMLOMap,\n      default: false,\n      tag: "tag:yaml.org,2002:omap",\n      resolve(seq, onError) {\n        const pairs$1 = pairs.resolvePairs(seq, onError);\n        const seenKeys = [];\n        for (const { key } of pairs$1.items) {\n          if (identity.isScalar(key)) {\n            if (seenKeys.includes(key.value)) {\n              onError(`Ordered maps must not include duplicate keys: ${key.value}`);\n            } else {\n              seenKeys.push(key.value);\n            }\n          }\n        }\n        return Object.assign(new YAMLOMap(), pairs$1);\n      },\n      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)\n    };\n    exports2.YAMLOMap = YAMLOMap;\n    exports2.omap = omap;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/bool.js\nvar require_bool2 = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    function boolStringify({ value, source }, ctx) {\n      const boolObj = value ? trueTag : falseTag;\n      if (source && boolObj.test.test(source))\n        return source;\n      return value ? ctx.options.trueStr : ctx.options.falseStr;\n    }\n    var trueTag = {\n      identify: (value) => value === true,\n      default: true,\n      tag: "tag:yaml.org,2002:bool",\n      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,\n      resolve: () => new Scalar.Scalar(true),\n      stringify: boolStringify\n    };\n    var falseTag = {\n      identify: (value) => value === false,\n      default: true,\n      tag: "tag:yaml.org,2002:bool",\n      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,\n      resolve: () => new Scalar.Scalar(false),\n      stringify: boolStringify\n    };\n    exports2.falseTag = falseTag;\n    exports2.trueTag = trueTag;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/float.js\nvar require_float2 = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var stringifyNumber = require_stringifyNumber();\n    var floatNaN = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      test: /^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,\n      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,\n      stringify: stringifyNumber.stringifyNumber\n    };\n    var floatExp = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      format: "EXP",\n      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$/,\n      resolve: (str) => parseFloat(str.replace(/_/g, "")),\n      stringify(node) {\n        const num = Number(node.value);\n        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);\n      }\n    };\n    var float = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      test: /^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$/,\n      resolve(str) {\n        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));\n        const dot = str.indexOf(".");\n        if (dot !== -1) {\n          const f = str.substring(dot + 1).replace(/_/g, "");\n          if (f[f.length - 1] === "0")\n            node.minFractionDigits = f.length;\n        }\n        return node;\n      },\n      stringify: stringifyNumber.stringifyNumber\n    };\n    exports2.float = float;\n    exports2.floatExp = floatExp;\n    exports2.floatNaN = floatNaN;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/int.js\nvar require_int2 = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {\n    "use strict";\n    var stringifyNumber = require_stringifyNumber();\n    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);\n    function intResolve(str, offset, radix, { intAsBigInt }) {\n      const sign = str[0];\n      if (sign === "-" || sign === "+")\n        offset += 1;\n      str = str.substring(offset).replace(/_/g, "");\n      if (intAsBigInt) {\n        switch (radix) {\n          case 2:\n            str = `0b${str}`;\n            break;\n          case 8:\n            str = `0o${str}`;\n            break;\n          case 16:\n            str = `0x${str}`;\n            break;\n        }\n        const n2 = BigInt(str);\n        return sign === "-" ? BigInt(-1) * n2 : n2;\n      }\n      const n = parseInt(str, radix);\n      return sign === "-" ? -1 * n : n;\n    }\n    function intStringify(node, radix, prefix) {\n      const { value } = node;\n      if (intIdentify(value)) {\n        const str = value.toString(radix);\n        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;\n      }\n      return stringifyNumber.stringifyNumber(node);\n    }\n    var intBin = {\n      identify: intIdentify,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "BIN",\n      test: /^[-+]?0b[0-1_]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),\n      stringify: (node) => intStringify(node, 2, "0b")\n    };\n    var intOct = {\n      identify: intIdentify,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "OCT",\n      test: /^[-+]?0[0-7_]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),\n      stringify: (node) => intStringify(node, 8, "0")\n    };\n    var int = {\n      identify: intIdentify,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      test: /^[-+]?[0-9][0-9_]*$/,\n      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),\n      stringify: stringifyNumber.stringifyNumber\n    };\n    var intHex = {\n      identify: intIdentify,\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "HEX",\n      test: /^[-+]?0x[0-9a-fA-F_]+$/,\n      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),\n      stringify: (node) => intStringify(node, 16, "0x")\n    };\n    exports2.int = int;\n    exports2.intBin = intBin;\n    exports2.intHex = intHex;\n    exports2.intOct = intOct;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/set.js\nvar require_set = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var YAMLMap = require_YAMLMap();\n    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {\n      constructor(schema) {\n        super(schema);\n        this.tag = _YAMLSet.tag;\n      }\n      add(key) {\n        let pair;\n        if (identity.isPair(key))\n          pair = key;\n        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)\n          pair = new Pair.Pair(key.key, null);\n        else\n          pair = new Pair.Pair(key, null);\n        const prev = YAMLMap.findPair(this.items, pair.key);\n        if (!prev)\n          this.items.push(pair);\n      }\n      /**\n       * If `keepPair` is `true`, returns the Pair matching `key`.\n       * Otherwise, returns the value of that Pair\'s key.\n       */\n      get(key, keepPair) {\n        const pair = YAMLMap.findPair(this.items, key);\n        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;\n      }\n      set(key, value) {\n        if (typeof value !== "boolean")\n          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);\n        const prev = YAMLMap.findPair(this.items, key);\n        if (prev && !value) {\n          this.items.splice(this.items.indexOf(prev), 1);\n        } else if (!prev && value) {\n          this.items.push(new Pair.Pair(key));\n        }\n      }\n      toJSON(_, ctx) {\n        return super.toJSON(_, ctx, Set);\n      }\n      toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n          return JSON.stringify(this);\n        if (this.hasAllNullValues(true))\n          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);\n        else\n          throw new Error("Set items must all have null values");\n      }\n      static from(schema, iterable, ctx) {\n        const { replacer } = ctx;\n        const set2 = new this(schema);\n        if (iterable && Symbol.iterator in Object(iterable))\n          for (let value of iterable) {\n            if (typeof replacer === "function")\n              value = replacer.call(iterable, value, value);\n            set2.items.push(Pair.createPair(value, null, ctx));\n          }\n        return set2;\n      }\n    };\n    YAMLSet.tag = "tag:yaml.org,2002:set";\n    var set = {\n      collection: "map",\n      identify: (value) => value instanceof Set,\n      nodeClass: YAMLSet,\n      default: false,\n      tag: "tag:yaml.org,2002:set",\n      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),\n      resolve(map, onError) {\n        if (identity.isMap(map)) {\n          if (map.hasAllNullValues(true))\n            return Object.assign(new YAMLSet(), map);\n          else\n            onError("Set items must all have null values");\n        } else\n          onError("Expected a mapping for this tag");\n        return map;\n      }\n    };\n    exports2.YAMLSet = YAMLSet;\n    exports2.set = set;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js\nvar require_timestamp = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {\n    "use strict";\n    var stringifyNumber = require_stringifyNumber();\n    function parseSexagesimal(str, asBigInt) {\n      const sign = str[0];\n      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;\n      const num = (n) => asBigInt ? BigInt(n) : Number(n);\n      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));\n      return sign === "-" ? num(-1) * res : res;\n    }\n    function stringifySexagesimal(node) {\n      let { value } = node;\n      let num = (n) => n;\n      if (typeof value === "bigint")\n        num = (n) => BigInt(n);\n      else if (isNaN(value) || !isFinite(value))\n        return stringifyNumber.stringifyNumber(node);\n      let sign = "";\n      if (value < 0) {\n        sign = "-";\n        value *= num(-1);\n      }\n      const _60 = num(60);\n      const parts = [value % _60];\n      if (value < 60) {\n        parts.unshift(0);\n      } else {\n        value = (value - parts[0]) / _60;\n        parts.unshift(value % _60);\n        if (value >= 60) {\n          value = (value - parts[0]) / _60;\n          parts.unshift(value);\n        }\n      }\n      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\\d*$/, "");\n    }\n    var intTime = {\n      identify: (value) => typeof value === "bigint" || Number.isInteger(value),\n      default: true,\n      tag: "tag:yaml.org,2002:int",\n      format: "TIME",\n      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,\n      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),\n      stringify: stringifySexagesimal\n    };\n    var floatTime = {\n      identify: (value) => typeof value === "number",\n      default: true,\n      tag: "tag:yaml.org,2002:float",\n      format: "TIME",\n      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$/,\n      resolve: (str) => parseSexagesimal(str, false),\n      stringify: stringifySexagesimal\n    };\n    var timestamp = {\n      identify: (value) => value instanceof Date,\n      default: true,\n      tag: "tag:yaml.org,2002:timestamp",\n      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part\n      // may be omitted altogether, resulting in a date format. In such a case, the time part is\n      // assumed to be 00:00:00Z (start of day, UTC).\n      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\\\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\\\.[0-9]+)?)(?:[ \\\\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),\n      resolve(str) {\n        const match = str.match(timestamp.test);\n        if (!match)\n          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");\n        const [, year, month, day, hour, minute, second] = match.map(Number);\n        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;\n        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);\n        const tz = match[8];\n        if (tz && tz !== "Z") {\n          let d = parseSexagesimal(tz, false);\n          if (Math.abs(d) < 30)\n            d *= 60;\n          date -= 6e4 * d;\n        }\n        return new Date(date);\n      },\n      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\\.000Z$/, "") ?? ""\n    };\n    exports2.floatTime = floatTime;\n    exports2.intTime = intTime;\n    exports2.timestamp = timestamp;\n  }\n});\n\n// node_modules/yaml/dist/schema/yaml-1.1/schema.js\nvar require_schema3 = __commonJS({\n  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {\n    "use strict";\n    var map = require_map();\n    var _null = require_null();\n    var seq = require_seq();\n    var string = require_string();\n    var binary = require_binary();\n    var bool = require_bool2();\n    var float = require_float2();\n    var int = require_int2();\n    var merge = require_merge();\n    var omap = require_omap();\n    var pairs = require_pairs();\n    var set = require_set();\n    var timestamp = require_timestamp();\n    var schema = [\n      map.map,\n      seq.seq,\n      string.string,\n      _null.nullTag,\n      bool.trueTag,\n      bool.falseTag,\n      int.intBin,\n      int.intOct,\n      int.int,\n      int.intHex,\n      float.floatNaN,\n      float.floatExp,\n      float.float,\n      binary.binary,\n      merge.merge,\n      omap.omap,\n      pairs.pairs,\n      set.set,\n      timestamp.intTime,\n      timestamp.floatTime,\n      timestamp.timestamp\n    ];\n    exports2.schema = schema;\n  }\n});\n\n// node_modules/yaml/dist/schema/tags.js\nvar require_tags = __commonJS({\n  "node_modules/yaml/dist/schema/tags.js"(exports2) {\n    "use strict";\n    var map = require_map();\n    var _null = require_null();\n    var seq = require_seq();\n    var string = require_string();\n    var bool = require_bool();\n    var float = require_float();\n    var int = require_int();\n    var schema = require_schema();\n    var schema$1 = require_schema2();\n    var binary = require_binary();\n    var merge = require_merge();\n    var omap = require_omap();\n    var pairs = require_pairs();\n    var schema$2 = require_schema3();\n    var set = require_set();\n    var timestamp = require_timestamp();\n    var schemas = /* @__PURE__ */ new Map([\n      ["core", schema.schema],\n      ["failsafe", [map.map, seq.seq, string.string]],\n      ["json", schema$1.schema],\n      ["yaml11", schema$2.schema],\n      ["yaml-1.1", schema$2.schema]\n    ]);\n    var tagsByName = {\n      binary: binary.binary,\n      bool: bool.boolTag,\n      float: float.float,\n      floatExp: float.floatExp,\n      floatNaN: float.floatNaN,\n      floatTime: timestamp.floatTime,\n      int: int.int,\n      intHex: int.intHex,\n      intOct: int.intOct,\n      intTime: timestamp.intTime,\n      map: map.map,\n      merge: merge.merge,\n      null: _null.nullTag,\n      omap: omap.omap,\n      pairs: pairs.pairs,\n      seq: seq.seq,\n      set: set.set,\n      timestamp: timestamp.timestamp\n    };\n    var coreKnownTags = {\n      "tag:yaml.org,2002:binary": binary.binary,\n      "tag:yaml.org,2002:merge": merge.merge,\n      "tag:yaml.org,2002:omap": omap.omap,\n      "tag:yaml.org,2002:pairs": pairs.pairs,\n      "tag:yaml.org,2002:set": set.set,\n      "tag:yaml.org,2002:timestamp": timestamp.timestamp\n    };\n    function getTags(customTags, schemaName, addMergeTag) {\n      const schemaTags = schemas.get(schemaName);\n      if (schemaTags && !customTags) {\n        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();\n      }\n      let tags = schemaTags;\n      if (!tags) {\n        if (Array.isArray(customTags))\n          tags = [];\n        else {\n          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");\n          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);\n        }\n      }\n      if (Array.isArray(customTags)) {\n        for (const tag of customTags)\n          tags = tags.concat(tag);\n      } else if (typeof customTags === "function") {\n        tags = customTags(tags.slice());\n      }\n      if (addMergeTag)\n        tags = tags.concat(merge.merge);\n      return tags.reduce((tags2, tag) => {\n        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;\n        if (!tagObj) {\n          const tagName = JSON.stringify(tag);\n          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");\n          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);\n        }\n        if (!tags2.includes(tagObj))\n          tags2.push(tagObj);\n        return tags2;\n      }, []);\n    }\n    exports2.coreKnownTags = coreKnownTags;\n    exports2.getTags = getTags;\n  }\n});\n\n// node_modules/yaml/dist/schema/Schema.js\nvar require_Schema = __commonJS({\n  "node_modules/yaml/dist/schema/Schema.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var map = require_map();\n    var seq = require_seq();\n    var string = require_string();\n    var tags = require_tags();\n    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;\n    var Schema = class _Schema {\n      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {\n        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;\n        this.name = typeof schema === "string" && schema || "core";\n        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};\n        this.tags = tags.getTags(customTags, this.name, merge);\n        this.toStringOptions = toStringDefaults ?? null;\n        Object.defineProperty(this, identity.MAP, { value: map.map });\n        Object.defineProperty(this, identity.SCALAR, { value: string.string });\n        Object.defineProperty(this, identity.SEQ, { value: seq.seq });\n        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;\n      }\n      clone() {\n        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));\n        copy.tags = this.tags.slice();\n        return copy;\n      }\n    };\n    exports2.Schema = Schema;\n  }\n});\n\n// node_modules/yaml/dist/stringify/stringifyDocument.js\nvar require_stringifyDocument = __commonJS({\n  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var stringify = require_stringify();\n    var stringifyComment = require_stringifyComment();\n    function stringifyDocument(doc, options) {\n      const lines = [];\n      let hasDirectives = options.directives === true;\n      if (options.directives !== false && doc.directives) {\n        const dir = doc.directives.toString(doc);\n        if (dir) {\n          lines.push(dir);\n          hasDirectives = true;\n        } else if (doc.directives.docStart)\n          hasDirectives = true;\n      }\n      if (hasDirectives)\n        lines.push("---");\n      const ctx = stringify.createStringifyContext(doc, options);\n      const { commentString } = ctx.options;\n      if (doc.commentBefore) {\n        if (lines.length !== 1)\n          lines.unshift("");\n        const cs = commentString(doc.commentBefore);\n        lines.unshift(stringifyComment.indentComment(cs, ""));\n      }\n      let chompKeep = false;\n      let contentComment = null;\n      if (doc.contents) {\n        if (identity.isNode(doc.contents)) {\n          if (doc.contents.spaceBefore && hasDirectives)\n            lines.push("");\n          if (doc.contents.commentBefore) {\n            const cs = commentString(doc.contents.commentBefore);\n            lines.push(stringifyComment.indentComment(cs, ""));\n          }\n          ctx.forceBlockIndent = !!doc.comment;\n          contentComment = doc.contents.comment;\n        }\n        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;\n        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);\n        if (contentComment)\n          body += stringifyComment.lineComment(body, "", commentString(contentComment));\n        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {\n          lines[lines.length - 1] = `--- ${body}`;\n        } else\n          lines.push(body);\n      } else {\n        lines.push(stringify.stringify(doc.contents, ctx));\n      }\n      if (doc.directives?.docEnd) {\n        if (doc.comment) {\n          const cs = commentString(doc.comment);\n          if (cs.includes("\\n")) {\n            lines.push("...");\n            lines.push(stringifyComment.indentComment(cs, ""));\n          } else {\n            lines.push(`... ${cs}`);\n          }\n        } else {\n          lines.push("...");\n        }\n      } else {\n        let dc = doc.comment;\n        if (dc && chompKeep)\n          dc = dc.replace(/^\\n+/, "");\n        if (dc) {\n          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")\n            lines.push("");\n          lines.push(stringifyComment.indentComment(commentString(dc), ""));\n        }\n      }\n      return lines.join("\\n") + "\\n";\n    }\n    exports2.stringifyDocument = stringifyDocument;\n  }\n});\n\n// node_modules/yaml/dist/doc/Document.js\nvar require_Document = __commonJS({\n  "node_modules/yaml/dist/doc/Document.js"(exports2) {\n    "use strict";\n    var Alias = require_Alias();\n    var Collection = require_Collection();\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var toJS = require_toJS();\n    var Schema = require_Schema();\n    var stringifyDocument = require_stringifyDocument();\n    var anchors = require_anchors();\n    var applyReviver = require_applyReviver();\n    var createNode = require_createNode();\n    var directives = require_directives();\n    var Document = class _Document {\n      constructor(value, replacer, options) {\n        this.commentBefore = null;\n        this.comment = null;\n        this.errors = [];\n        this.warnings = [];\n        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });\n        let _replacer = null;\n        if (typeof replacer === "function" || Array.isArray(replacer)) {\n          _replacer = replacer;\n        } else if (options === void 0 && replacer) {\n          options = replacer;\n          replacer = void 0;\n        }\n        const opt = Object.assign({\n          intAsBigInt: false,\n          keepSourceTokens: false,\n          logLevel: "warn",\n          prettyErrors: true,\n          strict: true,\n          stringKeys: false,\n          uniqueKeys: true,\n          version: "1.2"\n        }, options);\n        this.options = opt;\n        let { version } = opt;\n        if (options?._directives) {\n          this.directives = options._directives.atDocument();\n          if (this.directives.yaml.explicit)\n            version = this.directives.yaml.version;\n        } else\n          this.directives = new directives.Directives({ version });\n        this.setSchema(version, options);\n        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);\n      }\n      /**\n       * Create a deep copy of this Document and its contents.\n       *\n       * Custom Node values that inherit from `Object` still refer to their original instances.\n       */\n      clone() {\n        const copy = Object.create(_Document.prototype, {\n          [identity.NODE_TYPE]: { value: identity.DOC }\n        });\n        copy.commentBefore = this.commentBefore;\n        copy.comment = this.comment;\n        copy.errors = this.errors.slice();\n        copy.warnings = this.warnings.slice();\n        copy.options = Object.assign({}, this.options);\n        if (this.directives)\n          copy.directives = this.directives.clone();\n        copy.schema = this.schema.clone();\n        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;\n        if (this.range)\n          copy.range = this.range.slice();\n        return copy;\n      }\n      /** Adds a value to the document. */\n      add(value) {\n        if (assertCollection(this.contents))\n          this.contents.add(value);\n      }\n      /** Adds a value to the document. */\n      addIn(path, value) {\n        if (assertCollection(this.contents))\n          this.contents.addIn(path, value);\n      }\n      /**\n       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.\n       *\n       * If `node` already has an anchor, `name` is ignored.\n       * Otherwise, the `node.anchor` value will be set to `name`,\n       * or if an anchor with that name is already present in the document,\n       * `name` will be used as a prefix for a new unique anchor.\n       * If `name` is undefined, the generated anchor will use \'a\' as a prefix.\n       */\n      createAlias(node, name) {\n        if (!node.anchor) {\n          const prev = anchors.anchorNames(this);\n          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing\n          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;\n        }\n        return new Alias.Alias(node.anchor);\n      }\n      createNode(value, replacer, options) {\n        let _replacer = void 0;\n        if (typeof replacer === "function") {\n          value = replacer.call({ "": value }, "", value);\n          _replacer = replacer;\n        } else if (Array.isArray(replacer)) {\n          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;\n          const asStr = replacer.filter(keyToStr).map(String);\n          if (asStr.length > 0)\n            replacer = replacer.concat(asStr);\n          _replacer = replacer;\n        } else if (options === void 0 && replacer) {\n          options = replacer;\n          replacer = void 0;\n        }\n        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};\n        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(\n          this,\n          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing\n          anchorPrefix || "a"\n        );\n        const ctx = {\n          aliasDuplicateObjects: aliasDuplicateObjects ?? true,\n          keepUndefined: keepUndefined ?? false,\n          onAnchor,\n          onTagObj,\n          replacer: _replacer,\n          schema: this.schema,\n          sourceObjects\n        };\n        const node = createNode.createNode(value, tag, ctx);\n        if (flow && identity.isCollection(node))\n          node.flow = true;\n        setAnchors();\n        return node;\n      }\n      /**\n       * Convert a key and a value into a `Pair` using the current schema,\n       * recursively wrapping all values as `Scalar` or `Collection` nodes.\n       */\n      createPair(key, value, options = {}) {\n        const k = this.createNode(key, null, options);\n        const v = this.createNode(value, null, options);\n        return new Pair.Pair(k, v);\n      }\n      /**\n       * Removes a value from the document.\n       * @returns `true` if the item was found and removed.\n       */\n      delete(key) {\n        return assertCollection(this.contents) ? this.contents.delete(key) : false;\n      }\n      /**\n       * Removes a value from the document.\n       * @returns `true` if the item was found and removed.\n       */\n      deleteIn(path) {\n        if (Collection.isEmptyPath(path)) {\n          if (this.contents == null)\n            return false;\n          this.contents = null;\n          return true;\n        }\n        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;\n      }\n      /**\n       * Returns item at `key`, or `undefined` if not found. By default unwraps\n       * scalar values from their surrounding node; to disable set `keepScalar` to\n       * `true` (collections are always returned intact).\n       */\n      get(key, keepScalar) {\n        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;\n      }\n      /**\n       * Returns item at `path`, or `undefined` if not found. By default unwraps\n       * scalar values from their surrounding node; to disable set `keepScalar` to\n       * `true` (collections are always returned intact).\n       */\n      getIn(path, keepScalar) {\n        if (Collection.isEmptyPath(path))\n          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;\n        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;\n      }\n      /**\n       * Checks if the document includes a value with the key `key`.\n       */\n      has(key) {\n        return identity.isCollection(this.contents) ? this.contents.has(key) : false;\n      }\n      /**\n       * Checks if the document includes a value at `path`.\n       */\n      hasIn(path) {\n        if (Collection.isEmptyPath(path))\n          return this.contents !== void 0;\n        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;\n      }\n      /**\n       * Sets a value in this document. For `!!set`, `value` needs to be a\n       * boolean to add/remove the item from the set.\n       */\n      set(key, value) {\n        if (this.contents == null) {\n          this.contents = Collection.collectionFromPath(this.schema, [key], value);\n        } else if (assertCollection(this.contents)) {\n          this.contents.set(key, value);\n        }\n      }\n      /**\n       * Sets a value in this document. For `!!set`, `value` needs to be a\n       * boolean to add/remove the item from the set.\n       */\n      setIn(path, value) {\n        if (Collection.isEmptyPath(path)) {\n          this.contents = value;\n        } else if (this.contents == null) {\n          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);\n        } else if (assertCollection(this.contents)) {\n          this.contents.setIn(path, value);\n        }\n      }\n      /**\n       * Change the YAML version and schema used by the document.\n       * A `null` version disables support for directives, explicit tags, anchors, and aliases.\n       * It also requires the `schema` option to be given as a `Schema` instance value.\n       *\n       * Overrides all previously set schema options.\n       */\n      setSchema(version, options = {}) {\n        if (typeof version === "number")\n          version = String(version);\n        let opt;\n        switch (version) {\n          case "1.1":\n            if (this.directives)\n              this.directives.yaml.version = "1.1";\n            else\n              this.directives = new directives.Directives({ version: "1.1" });\n            opt = { resolveKnownTags: false, schema: "yaml-1.1" };\n            break;\n          case "1.2":\n          case "next":\n            if (this.directives)\n              this.directives.yaml.version = version;\n            else\n              this.directives = new directives.Directives({ version });\n            opt = { resolveKnownTags: true, schema: "core" };\n            break;\n          case null:\n            if (this.directives)\n              delete this.directives;\n            opt = null;\n            break;\n          default: {\n            const sv = JSON.stringify(version);\n            throw new Error(`Expected \'1.1\', \'1.2\' or null as first argument, but found: ${sv}`);\n          }\n        }\n        if (options.schema instanceof Object)\n          this.schema = options.schema;\n        else if (opt)\n          this.schema = new Schema.Schema(Object.assign(opt, options));\n        else\n          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);\n      }\n      // json & jsonArg are only used from toJSON()\n      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {\n        const ctx = {\n          anchors: /* @__PURE__ */ new Map(),\n          doc: this,\n          keep: !json,\n          mapAsMap: mapAsMap === true,\n          mapKeyWarned: false,\n          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100\n        };\n        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);\n        if (typeof onAnchor === "function")\n          for (const { count, res: res2 } of ctx.anchors.values())\n            onAnchor(res2, count);\n        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;\n      }\n      /**\n       * A JSON representation of the document `contents`.\n       *\n       * @param jsonArg Used by `JSON.stringify` to indicate the array index or\n       *   property name.\n       */\n      toJSON(jsonArg, onAnchor) {\n        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });\n      }\n      /** A YAML representation of the document. */\n      toString(options = {}) {\n        if (this.errors.length > 0)\n          throw new Error("Document with errors cannot be stringified");\n        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {\n          const s = JSON.stringify(options.indent);\n          throw new Error(`"indent" option must be a positive integer, not ${s}`);\n        }\n        return stringifyDocument.stringifyDocument(this, options);\n      }\n    };\n    function assertCollection(contents) {\n      if (identity.isCollection(contents))\n        return true;\n      throw new Error("Expected a YAML collection as document contents");\n    }\n    exports2.Document = Document;\n  }\n});\n\n// node_modules/yaml/dist/errors.js\nvar require_errors = __commonJS({\n  "node_modules/yaml/dist/errors.js"(exports2) {\n    "use strict";\n    var YAMLError = class extends Error {\n      constructor(name, pos, code, message) {\n        super();\n        this.name = name;\n        this.code = code;\n        this.message = message;\n        this.pos = pos;\n      }\n    };\n    var YAMLParseError = class extends YAMLError {\n      constructor(pos, code, message) {\n        super("YAMLParseError", pos, code, message);\n      }\n    };\n    var YAMLWarning = class extends YAMLError {\n      constructor(pos, code, message) {\n        super("YAMLWarning", pos, code, message);\n      }\n    };\n    var prettifyError = (src, lc) => (error) => {\n      if (error.pos[0] === -1)\n        return;\n      error.linePos = error.pos.map((pos) => lc.linePos(pos));\n      const { line, col } = error.linePos[0];\n      error.message += ` at line ${line}, column ${col}`;\n      let ci = col - 1;\n      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\\n\\r]+$/, "");\n      if (ci >= 60 && lineStr.length > 80) {\n        const trimStart = Math.min(ci - 39, lineStr.length - 79);\n        lineStr = "\\u2026" + lineStr.substring(trimStart);\n        ci -= trimStart - 1;\n      }\n      if (lineStr.length > 80)\n        lineStr = lineStr.substring(0, 79) + "\\u2026";\n      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {\n        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);\n        if (prev.length > 80)\n          prev = prev.substring(0, 79) + "\\u2026\\n";\n        lineStr = prev + lineStr;\n      }\n      if (/[^ ]/.test(lineStr)) {\n        let count = 1;\n        const end = error.linePos[1];\n        if (end?.line === line && end.col > col) {\n          count = Math.max(1, Math.min(end.col - col, 80 - ci));\n        }\n        const pointer = " ".repeat(ci) + "^".repeat(count);\n        error.message += `:\n\n${lineStr}\n${pointer}\n`;\n      }\n    };\n    exports2.YAMLError = YAMLError;\n    exports2.YAMLParseError = YAMLParseError;\n    exports2.YAMLWarning = YAMLWarning;\n    exports2.prettifyError = prettifyError;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-props.js\nvar require_resolve_props = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {\n    "use strict";\n    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {\n      let spaceBefore = false;\n      let atNewline = startOnNewline;\n      let hasSpace = startOnNewline;\n      let comment = "";\n      let commentSep = "";\n      let hasNewline = false;\n      let reqSpace = false;\n      let tab = null;\n      let anchor = null;\n      let tag = null;\n      let newlineAfterProp = null;\n      let comma = null;\n      let found = null;\n      let start = null;\n      for (const token of tokens) {\n        if (reqSpace) {\n          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")\n            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");\n          reqSpace = false;\n        }\n        if (tab) {\n          if (atNewline && token.type !== "comment" && token.type !== "newline") {\n            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");\n          }\n          tab = null;\n        }\n        switch (token.type) {\n          case "space":\n            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {\n              tab = token;\n            }\n            hasSpace = true;\n            break;\n          case "comment": {\n            if (!hasSpace)\n              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");\n            const cb = token.source.substring(1) || " ";\n            if (!comment)\n              comment = cb;\n            else\n              comment += commentSep + cb;\n            commentSep = "";\n            atNewline = false;\n            break;\n          }\n          case "newline":\n            if (atNewline) {\n              if (comment)\n                comment += token.source;\n              else if (!found || indicator !== "seq-item-ind")\n                spaceBefore = true;\n            } else\n              commentSep += token.source;\n            atNewline = true;\n            hasNewline = true;\n            if (anchor || tag)\n              newlineAfterProp = token;\n            hasSpace = true;\n            break;\n          case "anchor":\n            if (anchor)\n              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");\n            if (token.source.endsWith(":"))\n              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);\n            anchor = token;\n            start ?? (start = token.offset);\n            atNewline = false;\n            hasSpace = false;\n            reqSpace = true;\n            break;\n          case "tag": {\n            if (tag)\n              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");\n            tag = token;\n            start ?? (start = token.offset);\n            atNewline = false;\n            hasSpace = false;\n            reqSpace = true;\n            break;\n          }\n          case indicator:\n            if (anchor || tag)\n              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);\n            if (found)\n              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);\n            found = token;\n            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";\n            hasSpace = false;\n            break;\n          case "comma":\n            if (flow) {\n              if (comma)\n                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);\n              comma = token;\n              atNewline = false;\n              hasSpace = false;\n              break;\n            }\n          // else fallthrough\n          default:\n            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);\n            atNewline = false;\n            hasSpace = false;\n        }\n      }\n      const last = tokens[tokens.length - 1];\n      const end = last ? last.offset + last.source.length : offset;\n      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {\n        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");\n      }\n      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))\n        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");\n      return {\n        comma,\n        found,\n        spaceBefore,\n        comment,\n        hasNewline,\n        anchor,\n        tag,\n        newlineAfterProp,\n        end,\n        start: start ?? end\n      };\n    }\n    exports2.resolveProps = resolveProps;\n  }\n});\n\n// node_modules/yaml/dist/compose/util-contains-newline.js\nvar require_util_contains_newline = __commonJS({\n  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {\n    "use strict";\n    function containsNewline(key) {\n      if (!key)\n        return null;\n      switch (key.type) {\n        case "alias":\n        case "scalar":\n        case "double-quoted-scalar":\n        case "single-quoted-scalar":\n          if (key.source.includes("\\n"))\n            return true;\n          if (key.end) {\n            for (const st of key.end)\n              if (st.type === "newline")\n                return true;\n          }\n          return false;\n        case "flow-collection":\n          for (const it of key.items) {\n            for (const st of it.start)\n              if (st.type === "newline")\n                return true;\n            if (it.sep) {\n              for (const st of it.sep)\n                if (st.type === "newline")\n                  return true;\n            }\n            if (containsNewline(it.key) || containsNewline(it.value))\n              return true;\n          }\n          return false;\n        default:\n          return true;\n      }\n    }\n    exports2.containsNewline = containsNewline;\n  }\n});\n\n// node_modules/yaml/dist/compose/util-flow-indent-check.js\nvar require_util_flow_indent_check = __commonJS({\n  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {\n    "use strict";\n    var utilContainsNewline = require_util_contains_newline();\n    function flowIndentCheck(indent, fc, onError) {\n      if (fc?.type === "flow-collection") {\n        const end = fc.end[0];\n        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {\n          const msg = "Flow end indicator should be more indented than parent";\n          onError(end, "BAD_INDENT", msg, true);\n        }\n      }\n    }\n    exports2.flowIndentCheck = flowIndentCheck;\n  }\n});\n\n// node_modules/yaml/dist/compose/util-map-includes.js\nvar require_util_map_includes = __commonJS({\n  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    function mapIncludes(ctx, items, search) {\n      const { uniqueKeys } = ctx.options;\n      if (uniqueKeys === false)\n        return false;\n      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;\n      return items.some((pair) => isEqual(pair.key, search));\n    }\n    exports2.mapIncludes = mapIncludes;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-block-map.js\nvar require_resolve_block_map = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {\n    "use strict";\n    var Pair = require_Pair();\n    var YAMLMap = require_YAMLMap();\n    var resolveProps = require_resolve_props();\n    var utilContainsNewline = require_util_contains_newline();\n    var utilFlowIndentCheck = require_util_flow_indent_check();\n    var utilMapIncludes = require_util_map_includes();\n    var startColMsg = "All mapping items must start at the same column";\n    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {\n      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;\n      const map = new NodeClass(ctx.schema);\n      if (ctx.atRoot)\n        ctx.atRoot = false;\n      let offset = bm.offset;\n      let commentEnd = null;\n      for (const collItem of bm.items) {\n        const { start, key, sep, value } = collItem;\n        const keyProps = resolveProps.resolveProps(start, {\n          indicator: "explicit-key-ind",\n          next: key ?? sep?.[0],\n          offset,\n          onError,\n          parentIndent: bm.indent,\n          startOnNewline: true\n        });\n        const implicitKey = !keyProps.found;\n        if (implicitKey) {\n          if (key) {\n            if (key.type === "block-seq")\n              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");\n            else if ("indent" in key && key.indent !== bm.indent)\n              onError(offset, "BAD_INDENT", startColMsg);\n          }\n          if (!keyProps.anchor && !keyProps.tag && !sep) {\n            commentEnd = keyProps.end;\n            if (keyProps.comment) {\n              if (map.comment)\n                map.comment += "\\n" + keyProps.comment;\n              else\n                map.comment = keyProps.comment;\n            }\n            continue;\n          }\n          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {\n            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");\n          }\n        } else if (keyProps.found?.indent !== bm.indent) {\n          onError(offset, "BAD_INDENT", startColMsg);\n        }\n        ctx.atKey = true;\n        const keyStart = keyProps.end;\n        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);\n        if (ctx.schema.compat)\n          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);\n        ctx.atKey = false;\n        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))\n          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");\n        const valueProps = resolveProps.resolveProps(sep ?? [], {\n          indicator: "map-value-ind",\n          next: value,\n          offset: keyNode.range[2],\n          onError,\n          parentIndent: bm.indent,\n          startOnNewline: !key || key.type === "block-scalar"\n        });\n        offset = valueProps.end;\n        if (valueProps.found) {\n          if (implicitKey) {\n            if (value?.type === "block-map" && !valueProps.hasNewline)\n              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");\n            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)\n              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");\n          }\n          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);\n          if (ctx.schema.compat)\n            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);\n          offset = valueNode.range[2];\n          const pair = new Pair.Pair(keyNode, valueNode);\n          if (ctx.options.keepSourceTokens)\n            pair.srcToken = collItem;\n          map.items.push(pair);\n        } else {\n          if (implicitKey)\n            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");\n          if (valueProps.comment) {\n            if (keyNode.comment)\n              keyNode.comment += "\\n" + valueProps.comment;\n            else\n              keyNode.comment = valueProps.comment;\n          }\n          const pair = new Pair.Pair(keyNode);\n          if (ctx.options.keepSourceTokens)\n            pair.srcToken = collItem;\n          map.items.push(pair);\n        }\n      }\n      if (commentEnd && commentEnd < offset)\n        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");\n      map.range = [bm.offset, offset, commentEnd ?? offset];\n      return map;\n    }\n    exports2.resolveBlockMap = resolveBlockMap;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-block-seq.js\nvar require_resolve_block_seq = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {\n    "use strict";\n    var YAMLSeq = require_YAMLSeq();\n    var resolveProps = require_resolve_props();\n    var utilFlowIndentCheck = require_util_flow_indent_check();\n    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {\n      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;\n      const seq = new NodeClass(ctx.schema);\n      if (ctx.atRoot)\n        ctx.atRoot = false;\n      if (ctx.atKey)\n        ctx.atKey = false;\n      let offset = bs.offset;\n      let commentEnd = null;\n      for (const { start, value } of bs.items) {\n        const props = resolveProps.resolveProps(start, {\n          indicator: "seq-item-ind",\n          next: value,\n          offset,\n          onError,\n          parentIndent: bs.indent,\n          startOnNewline: true\n        });\n        if (!props.found) {\n          if (props.anchor || props.tag || value) {\n            if (value?.type === "block-seq")\n              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");\n            else\n              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");\n          } else {\n            commentEnd = props.end;\n            if (props.comment)\n              seq.comment = props.comment;\n            continue;\n          }\n        }\n        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);\n        if (ctx.schema.compat)\n          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);\n        offset = node.range[2];\n        seq.items.push(node);\n      }\n      seq.range = [bs.offset, offset, commentEnd ?? offset];\n      return seq;\n    }\n    exports2.resolveBlockSeq = resolveBlockSeq;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-end.js\nvar require_resolve_end = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {\n    "use strict";\n    function resolveEnd(end, offset, reqSpace, onError) {\n      let comment = "";\n      if (end) {\n        let hasSpace = false;\n        let sep = "";\n        for (const token of end) {\n          const { source, type } = token;\n          switch (type) {\n            case "space":\n              hasSpace = true;\n              break;\n            case "comment": {\n              if (reqSpace && !hasSpace)\n                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");\n              const cb = source.substring(1) || " ";\n              if (!comment)\n                comment = cb;\n              else\n                comment += sep + cb;\n              sep = "";\n              break;\n            }\n            case "newline":\n              if (comment)\n                sep += source;\n              hasSpace = true;\n              break;\n            default:\n              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);\n          }\n          offset += source.length;\n        }\n      }\n      return { comment, offset };\n    }\n    exports2.resolveEnd = resolveEnd;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-flow-collection.js\nvar require_resolve_flow_collection = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var YAMLMap = require_YAMLMap();\n    var YAMLSeq = require_YAMLSeq();\n    var resolveEnd = require_resolve_end();\n    var resolveProps = require_resolve_props();\n    var utilContainsNewline = require_util_contains_newline();\n    var utilMapIncludes = require_util_map_includes();\n    var blockMsg = "Block collections are not allowed within flow collections";\n    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");\n    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {\n      const isMap = fc.start.source === "{";\n      const fcName = isMap ? "flow map" : "flow sequence";\n      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);\n      const coll = new NodeClass(ctx.schema);\n      coll.flow = true;\n      const atRoot = ctx.atRoot;\n      if (atRoot)\n        ctx.atRoot = false;\n      if (ctx.atKey)\n        ctx.atKey = false;\n      let offset = fc.offset + fc.start.source.length;\n      for (let i = 0; i < fc.items.length; ++i) {\n        const collItem = fc.items[i];\n        const { start, key, sep, value } = collItem;\n        const props = resolveProps.resolveProps(start, {\n          flow: fcName,\n          indicator: "explicit-key-ind",\n          next: key ?? sep?.[0],\n          offset,\n          onError,\n          parentIndent: fc.indent,\n          startOnNewline: false\n        });\n        if (!props.found) {\n          if (!props.anchor && !props.tag && !sep && !value) {\n            if (i === 0 && props.comma)\n              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);\n            else if (i < fc.items.length - 1)\n              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);\n            if (props.comment) {\n              if (coll.comment)\n                coll.comment += "\\n" + props.comment;\n              else\n                coll.comment = props.comment;\n            }\n            offset = props.end;\n            continue;\n          }\n          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))\n            onError(\n              key,\n              // checked by containsNewline()\n              "MULTILINE_IMPLICIT_KEY",\n              "Implicit keys of flow sequence pairs need to be on a single line"\n            );\n        }\n        if (i === 0) {\n          if (props.comma)\n            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);\n        } else {\n          if (!props.comma)\n            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);\n          if (props.comment) {\n            let prevItemComment = "";\n            loop: for (const st of start) {\n              switch (st.type) {\n                case "comma":\n                case "space":\n                  break;\n                case "comment":\n                  prevItemComment = st.source.substring(1);\n                  break loop;\n                default:\n                  break loop;\n              }\n            }\n            if (prevItemComment) {\n              let prev = coll.items[coll.items.length - 1];\n              if (identity.isPair(prev))\n                prev = prev.value ?? prev.key;\n              if (prev.comment)\n                prev.comment += "\\n" + prevItemComment;\n              else\n                prev.comment = prevItemComment;\n              props.comment = props.comment.substring(prevItemComment.length + 1);\n            }\n          }\n        }\n        if (!isMap && !sep && !props.found) {\n          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);\n          coll.items.push(valueNode);\n          offset = valueNode.range[2];\n          if (isBlock(value))\n            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);\n        } else {\n          ctx.atKey = true;\n          const keyStart = props.end;\n          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);\n          if (isBlock(key))\n            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);\n          ctx.atKey = false;\n          const valueProps = resolveProps.resolveProps(sep ?? [], {\n            flow: fcName,\n            indicator: "map-value-ind",\n            next: value,\n            offset: keyNode.range[2],\n            onError,\n            parentIndent: fc.indent,\n            startOnNewline: false\n          });\n          if (valueProps.found) {\n            if (!isMap && !props.found && ctx.options.strict) {\n              if (sep)\n                for (const st of sep) {\n                  if (st === valueProps.found)\n                    break;\n                  if (st.type === "newline") {\n                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");\n                    break;\n                  }\n                }\n              if (props.start < valueProps.found.offset - 1024)\n                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");\n            }\n          } else if (value) {\n            if ("source" in value && value.source?.[0] === ":")\n              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);\n            else\n              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);\n          }\n          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;\n          if (valueNode) {\n            if (isBlock(value))\n              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);\n          } else if (valueProps.comment) {\n            if (keyNode.comment)\n              keyNode.comment += "\\n" + valueProps.comment;\n            else\n              keyNode.comment = valueProps.comment;\n          }\n          const pair = new Pair.Pair(keyNode, valueNode);\n          if (ctx.options.keepSourceTokens)\n            pair.srcToken = collItem;\n          if (isMap) {\n            const map = coll;\n            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))\n              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");\n            map.items.push(pair);\n          } else {\n            const map = new YAMLMap.YAMLMap(ctx.schema);\n            map.flow = true;\n            map.items.push(pair);\n            const endRange = (valueNode ?? keyNode).range;\n            map.range = [keyNode.range[0], endRange[1], endRange[2]];\n            coll.items.push(map);\n          }\n          offset = valueNode ? valueNode.range[2] : valueProps.end;\n        }\n      }\n      const expectedEnd = isMap ? "}" : "]";\n      const [ce, ...ee] = fc.end;\n      let cePos = offset;\n      if (ce?.source === expectedEnd)\n        cePos = ce.offset + ce.source.length;\n      else {\n        const name = fcName[0].toUpperCase() + fcName.substring(1);\n        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;\n        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);\n        if (ce && ce.source.length !== 1)\n          ee.unshift(ce);\n      }\n      if (ee.length > 0) {\n        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);\n        if (end.comment) {\n          if (coll.comment)\n            coll.comment += "\\n" + end.comment;\n          else\n            coll.comment = end.comment;\n        }\n        coll.range = [fc.offset, cePos, end.offset];\n      } else {\n        coll.range = [fc.offset, cePos, cePos];\n      }\n      return coll;\n    }\n    exports2.resolveFlowCollection = resolveFlowCollection;\n  }\n});\n\n// node_modules/yaml/dist/compose/compose-collection.js\nvar require_compose_collection = __commonJS({\n  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var YAMLMap = require_YAMLMap();\n    var YAMLSeq = require_YAMLSeq();\n    var resolveBlockMap = require_resolve_block_map();\n    var resolveBlockSeq = require_resolve_block_seq();\n    var resolveFlowCollection = require_resolve_flow_collection();\n    function resolveCollection(CN, ctx, token, onError, tagName, tag) {\n      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);\n      const Coll = coll.constructor;\n      if (tagName === "!" || tagName === Coll.tagName) {\n        coll.tag = Coll.tagName;\n        return coll;\n      }\n      if (tagName)\n        coll.tag = tagName;\n      return coll;\n    }\n    function composeCollection(CN, ctx, token, props, onError) {\n      const tagToken = props.tag;\n      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));\n      if (token.type === "block-seq") {\n        const { anchor, newlineAfterProp: nl } = props;\n        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;\n        if (lastProp && (!nl || nl.offset < lastProp.offset)) {\n          const message = "Missing newline after block sequence props";\n          onError(lastProp, "MISSING_CHAR", message);\n        }\n      }\n      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";\n      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {\n        return resolveCollection(CN, ctx, token, onError, tagName);\n      }\n      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);\n      if (!tag) {\n        const kt = ctx.schema.knownTags[tagName];\n        if (kt?.collection === expType) {\n          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));\n          tag = kt;\n        } else {\n          if (kt) {\n            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);\n          } else {\n            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);\n          }\n          return resolveCollection(CN, ctx, token, onError, tagName);\n        }\n      }\n      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);\n      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;\n      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);\n      node.range = coll.range;\n      node.tag = tagName;\n      if (tag?.format)\n        node.format = tag.format;\n      return node;\n    }\n    exports2.composeCollection = composeCollection;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-block-scalar.js\nvar require_resolve_block_scalar = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    function resolveBlockScalar(ctx, scalar, onError) {\n      const start = scalar.offset;\n      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);\n      if (!header)\n        return { value: "", type: null, comment: "", range: [start, start, start] };\n      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;\n      const lines = scalar.source ? splitLines(scalar.source) : [];\n      let chompStart = lines.length;\n      for (let i = lines.length - 1; i >= 0; --i) {\n        const content = lines[i][1];\n        if (content === "" || content === "\\r")\n          chompStart = i;\n        else\n          break;\n      }\n      if (chompStart === 0) {\n        const value2 = header.chomp === "+" && lines.length > 0 ? "\\n".repeat(Math.max(1, lines.length - 1)) : "";\n        let end2 = start + header.length;\n        if (scalar.source)\n          end2 += scalar.source.length;\n        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };\n      }\n      let trimIndent = scalar.indent + header.indent;\n      let offset = scalar.offset + header.length;\n      let contentStart = 0;\n      for (let i = 0; i < chompStart; ++i) {\n        const [indent, content] = lines[i];\n        if (content === "" || content === "\\r") {\n          if (header.indent === 0 && indent.length > trimIndent)\n            trimIndent = indent.length;\n        } else {\n          if (indent.length < trimIndent) {\n            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";\n            onError(offset + indent.length, "MISSING_CHAR", message);\n          }\n          if (header.indent === 0)\n            trimIndent = indent.length;\n          contentStart = i;\n          if (trimIndent === 0 && !ctx.atRoot) {\n            const message = "Block scalar values in collections must be indented";\n            onError(offset, "BAD_INDENT", message);\n          }\n          break;\n        }\n        offset += indent.length + content.length + 1;\n      }\n      for (let i = lines.length - 1; i >= chompStart; --i) {\n        if (lines[i][0].length > trimIndent)\n          chompStart = i + 1;\n      }\n      let value = "";\n      let sep = "";\n      let prevMoreIndented = false;\n      for (let i = 0; i < contentStart; ++i)\n        value += lines[i][0].slice(trimIndent) + "\\n";\n      for (let i = contentStart; i < chompStart; ++i) {\n        let [indent, content] = lines[i];\n        offset += indent.length + content.length + 1;\n        const crlf = content[content.length - 1] === "\\r";\n        if (crlf)\n          content = content.slice(0, -1);\n        if (content && indent.length < trimIndent) {\n          const src = header.indent ? "explicit indentation indicator" : "first line";\n          const message = `Block scalar lines must not be less indented than their ${src}`;\n          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);\n          indent = "";\n        }\n        if (type === Scalar.Scalar.BLOCK_LITERAL) {\n          value += sep + indent.slice(trimIndent) + content;\n          sep = "\\n";\n        } else if (indent.length > trimIndent || content[0] === "	") {\n          if (sep === " ")\n            sep = "\\n";\n          else if (!prevMoreIndented && sep === "\\n")\n            sep = "\\n\\n";\n          value += sep + indent.slice(trimIndent) + content;\n          sep = "\\n";\n          prevMoreIndented = true;\n        } else if (content === "") {\n          if (sep === "\\n")\n            value += "\\n";\n          else\n            sep = "\\n";\n        } else {\n          value += sep + content;\n          sep = " ";\n          prevMoreIndented = false;\n        }\n      }\n      switch (header.chomp) {\n        case "-":\n          break;\n        case "+":\n          for (let i = chompStart; i < lines.length; ++i)\n            value += "\\n" + lines[i][0].slice(trimIndent);\n          if (value[value.length - 1] !== "\\n")\n            value += "\\n";\n          break;\n        default:\n          value += "\\n";\n      }\n      const end = start + header.length + scalar.source.length;\n      return { value, type, comment: header.comment, range: [start, end, end] };\n    }\n    function parseBlockScalarHeader({ offset, props }, strict, onError) {\n      if (props[0].type !== "block-scalar-header") {\n        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");\n        return null;\n      }\n      const { source } = props[0];\n      const mode = source[0];\n      let indent = 0;\n      let chomp = "";\n      let error = -1;\n      for (let i = 1; i < source.length; ++i) {\n        const ch = source[i];\n        if (!chomp && (ch === "-" || ch === "+"))\n          chomp = ch;\n        else {\n          const n = Number(ch);\n          if (!indent && n)\n            indent = n;\n          else if (error === -1)\n            error = offset + i;\n        }\n      }\n      if (error !== -1)\n        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);\n      let hasSpace = false;\n      let comment = "";\n      let length = source.length;\n      for (let i = 1; i < props.length; ++i) {\n        const token = props[i];\n        switch (token.type) {\n          case "space":\n            hasSpace = true;\n          // fallthrough\n          case "newline":\n            length += token.source.length;\n            break;\n          case "comment":\n            if (strict && !hasSpace) {\n              const message = "Comments must be separated from other tokens by white space characters";\n              onError(token, "MISSING_CHAR", message);\n            }\n            length += token.source.length;\n            comment = token.source.substring(1);\n            break;\n          case "error":\n            onError(token, "UNEXPECTED_TOKEN", token.message);\n            length += token.source.length;\n            break;\n          /* istanbul ignore next should not happen */\n          default: {\n            const message = `Unexpected token in block scalar header: ${token.type}`;\n            onError(token, "UNEXPECTED_TOKEN", message);\n            const ts = token.source;\n            if (ts && typeof ts === "string")\n              length += ts.length;\n          }\n        }\n      }\n      return { mode, indent, chomp, comment, length };\n    }\n    function splitLines(source) {\n      const split = source.split(/\\n( *)/);\n      const first = split[0];\n      const m = first.match(/^( *)/);\n      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];\n      const lines = [line0];\n      for (let i = 1; i < split.length; i += 2)\n        lines.push([split[i], split[i + 1]]);\n      return lines;\n    }\n    exports2.resolveBlockScalar = resolveBlockScalar;\n  }\n});\n\n// node_modules/yaml/dist/compose/resolve-flow-scalar.js\nvar require_resolve_flow_scalar = __commonJS({\n  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {\n    "use strict";\n    var Scalar = require_Scalar();\n    var resolveEnd = require_resolve_end();\n    function resolveFlowScalar(scalar, strict, onError) {\n      const { offset, type, source, end } = scalar;\n      let _type;\n      let value;\n      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);\n      switch (type) {\n        case "scalar":\n          _type = Scalar.Scalar.PLAIN;\n          value = plainValue(source, _onError);\n          break;\n        case "single-quoted-scalar":\n          _type = Scalar.Scalar.QUOTE_SINGLE;\n          value = singleQuotedValue(source, _onError);\n          break;\n        case "double-quoted-scalar":\n          _type = Scalar.Scalar.QUOTE_DOUBLE;\n          value = doubleQuotedValue(source, _onError);\n          break;\n        /* istanbul ignore next should not happen */\n        default:\n          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);\n          return {\n            value: "",\n            type: null,\n            comment: "",\n            range: [offset, offset + source.length, offset + source.length]\n          };\n      }\n      const valueEnd = offset + source.length;\n      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);\n      return {\n        value,\n        type: _type,\n        comment: re.comment,\n        range: [offset, valueEnd, re.offset]\n      };\n    }\n    function plainValue(source, onError) {\n      let badChar = "";\n      switch (source[0]) {\n        /* istanbul ignore next should not happen */\n        case "	":\n          badChar = "a tab character";\n          break;\n        case ",":\n          badChar = "flow indicator character ,";\n          break;\n        case "%":\n          badChar = "directive indicator character %";\n          break;\n        case "|":\n        case ">": {\n          badChar = `block scalar indicator ${source[0]}`;\n          break;\n        }\n        case "@":\n        case "`": {\n          badChar = `reserved character ${source[0]}`;\n          break;\n        }\n      }\n      if (badChar)\n        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);\n      return unfoldLines(source);\n    }\n    function singleQuotedValue(source, onError) {\n      if (source[source.length - 1] !== "\'" || source.length === 1)\n        onError(source.length, "MISSING_CHAR", "Missing closing \'quote");\n      return unfoldLines(source.slice(1, -1)).replace(/\'\'/g, "\'");\n    }\n    function unfoldLines(source) {\n      const line = /(.*?)\\r?\\n/sy;\n      let match = line.exec(source);\n      if (!match)\n        return source;\n      let trimEnd, trimBoth;\n      try {\n        trimEnd = new RegExp("(?<![ 	])[ 	]+$");\n        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");\n      } catch {\n        trimEnd = /[ \\t]+$/;\n        trimBoth = /^[ \\t]+|[ \\t]+$/g;\n      }\n      let res = match[1].replace(trimEnd, "");\n      let sep = " ";\n      let pos = line.lastIndex;\n      while (match = line.exec(source)) {\n        const lm = match[1].replace(trimBoth, "");\n        if (lm === "") {\n          if (sep === "\\n")\n            res += sep;\n          else\n            sep = "\\n";\n        } else {\n          res += sep + lm;\n          sep = " ";\n        }\n        pos = line.lastIndex;\n      }\n      const last = /[ \\t]*(.*)/sy;\n      last.lastIndex = pos;\n      match = last.exec(source);\n      return res + sep + (match?.[1] ?? "");\n    }\n    function doubleQuotedValue(source, onError) {\n      let res = "";\n      for (let i = 1; i < source.length - 1; ++i) {\n        const ch = source[i];\n        if (ch === "\\r" && source[i + 1] === "\\n")\n          continue;\n        if (ch === "\\n") {\n          const { fold, offset } = foldNewline(source, i);\n          res += fold;\n          i = offset;\n        } else if (ch === "\\\\") {\n          let next = source[++i];\n          const cc = escapeCodes[next];\n          if (cc)\n            res += cc;\n          else if (next === "\\n") {\n            next = source[i + 1];\n            while (next === " " || next === "	")\n              next = source[++i + 1];\n          } else if (next === "\\r" && source[i + 1] === "\\n") {\n            next = source[++i + 1];\n            while (next === " " || next === "	")\n              next = source[++i + 1];\n          } else if (next === "x" || next === "u" || next === "U") {\n            const length = next === "x" ? 2 : next === "u" ? 4 : 8;\n            res += parseCharCode(source, i + 1, length, onError);\n            i += length;\n          } else {\n            const raw = source.substr(i - 1, 2);\n            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);\n            res += raw;\n          }\n        } else if (ch === " " || ch === "	") {\n          const wsStart = i;\n          let next = source[i + 1];\n          while (next === " " || next === "	")\n            next = source[++i + 1];\n          if (next !== "\\n" && !(next === "\\r" && source[i + 2] === "\\n"))\n            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;\n        } else {\n          res += ch;\n        }\n      }\n      if (source[source.length - 1] !== \'"\' || source.length === 1)\n        onError(source.length, "MISSING_CHAR", \'Missing closing "quote\');\n      return res;\n    }\n    function foldNewline(source, offset) {\n      let fold = "";\n      let ch = source[offset + 1];\n      while (ch === " " || ch === "	" || ch === "\\n" || ch === "\\r") {\n        if (ch === "\\r" && source[offset + 2] !== "\\n")\n          break;\n        if (ch === "\\n")\n          fold += "\\n";\n        offset += 1;\n        ch = source[offset + 1];\n      }\n      if (!fold)\n        fold = " ";\n      return { fold, offset };\n    }\n    var escapeCodes = {\n      "0": "\\0",\n      // null character\n      a: "\\x07",\n      // bell character\n      b: "\\b",\n      // backspace\n      e: "\\x1B",\n      // escape character\n      f: "\\f",\n      // form feed\n      n: "\\n",\n      // line feed\n      r: "\\r",\n      // carriage return\n      t: "	",\n      // horizontal tab\n      v: "\\v",\n      // vertical tab\n      N: "\\x85",\n      // Unicode next line\n      _: "\\xA0",\n      // Unicode non-breaking space\n      L: "\\u2028",\n      // Unicode line separator\n      P: "\\u2029",\n      // Unicode paragraph separator\n      " ": " ",\n      \'"\': \'"\',\n      "/": "/",\n      "\\\\": "\\\\",\n      "	": "	"\n    };\n    function parseCharCode(source, offset, length, onError) {\n      const cc = source.substr(offset, length);\n      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);\n      const code = ok ? parseInt(cc, 16) : NaN;\n      try {\n        return String.fromCodePoint(code);\n      } catch {\n        const raw = source.substr(offset - 2, length + 2);\n        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);\n        return raw;\n      }\n    }\n    exports2.resolveFlowScalar = resolveFlowScalar;\n  }\n});\n\n// node_modules/yaml/dist/compose/compose-scalar.js\nvar require_compose_scalar = __commonJS({\n  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {\n    "use strict";\n    var identity = require_identity();\n    var Scalar = require_Scalar();\n    var resolveBlockScalar = require_resolve_block_scalar();\n    var resolveFlowScalar = require_resolve_flow_scalar();\n    function composeScalar(ctx, token, tagToken, onError) {\n      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);\n      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;\n      let tag;\n      if (ctx.options.stringKeys && ctx.atKey) {\n        tag = ctx.schema[identity.SCALAR];\n      } else if (tagName)\n        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);\n      else if (token.type === "scalar")\n        tag = findScalarTagByTest(ctx, value, token, onError);\n      else\n        tag = ctx.schema[identity.SCALAR];\n      let scalar;\n      try {\n        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);\n        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);\n      } catch (error) {\n        const msg = error instanceof Error ? error.message : String(error);\n        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);\n        scalar = new Scalar.Scalar(value);\n      }\n      scalar.range = range;\n      scalar.source = value;\n      if (type)\n        scalar.type = type;\n      if (tagName)\n        scalar.tag = tagName;\n      if (tag.format)\n        scalar.format = tag.format;\n      if (comment)\n        scalar.comment = comment;\n      return scalar;\n    }\n    function findScalarTagByName(schema, value, tagName, tagToken, onError) {\n      if (tagName === "!")\n        return schema[identity.SCALAR];\n      const matchWithTest = [];\n      for (const tag of schema.tags) {\n        if (!tag.collection && tag.tag === tagName) {\n          if (tag.default && tag.test)\n            matchWithTest.push(tag);\n          else\n            return tag;\n        }\n      }\n      for (const tag of matchWithTest)\n        if (tag.test?.test(value))\n          return tag;\n      const kt = schema.knownTags[tagName];\n      if (kt && !kt.collection) {\n        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));\n        return kt;\n      }\n      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");\n      return schema[identity.SCALAR];\n    }\n    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {\n      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];\n      if (schema.compat) {\n        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];\n        if (tag.tag !== compat.tag) {\n          const ts = directives.tagString(tag.tag);\n          const cs = directives.tagString(compat.tag);\n          const msg = `Value may be parsed as either ${ts} or ${cs}`;\n          onError(token, "TAG_RESOLVE_FAILED", msg, true);\n        }\n      }\n      return tag;\n    }\n    exports2.composeScalar = composeScalar;\n  }\n});\n\n// node_modules/yaml/dist/compose/util-empty-scalar-position.js\nvar require_util_empty_scalar_position = __commonJS({\n  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {\n    "use strict";\n    function emptyScalarPosition(offset, before, pos) {\n      if (before) {\n        pos ?? (pos = before.length);\n        for (let i = pos - 1; i >= 0; --i) {\n          let st = before[i];\n          switch (st.type) {\n            case "space":\n            case "comment":\n            case "newline":\n              offset -= st.source.length;\n              continue;\n          }\n          st = before[++i];\n          while (st?.type === "space") {\n            offset += st.source.length;\n            st = before[++i];\n          }\n          break;\n        }\n      }\n      return offset;\n    }\n    exports2.emptyScalarPosition = emptyScalarPosition;\n  }\n});\n\n// node_modules/yaml/dist/compose/compose-node.js\nvar require_compose_node = __commonJS({\n  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {\n    "use strict";\n    var Alias = require_Alias();\n    var identity = require_identity();\n    var composeCollection = require_compose_collection();\n    var composeScalar = require_compose_scalar();\n    var resolveEnd = require_resolve_end();\n    var utilEmptyScalarPosition = require_util_empty_scalar_position();\n    var CN = { composeNode, composeEmptyNode };\n    function composeNode(ctx, token, props, onError) {\n      const atKey = ctx.atKey;\n      const { spaceBefore, comment, anchor, tag } = props;\n      let node;\n      let isSrcToken = true;\n      switch (token.type) {\n        case "alias":\n          node = composeAlias(ctx, token, onError);\n          if (anchor || tag)\n            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");\n          break;\n        case "scalar":\n        case "single-quoted-scalar":\n        case "double-quoted-scalar":\n        case "block-scalar":\n          node = composeScalar.composeScalar(ctx, token, tag, onError);\n          if (anchor)\n            node.anchor = anchor.source.substring(1);\n          break;\n        case "block-map":\n        case "block-seq":\n        case "flow-collection":\n          try {\n            node = composeCollection.composeCollection(CN, ctx, token, props, onError);\n            if (anchor)\n              node.anchor = anchor.source.substring(1);\n          } catch (error) {\n            const message = error instanceof Error ? error.message : String(error);\n            onError(token, "RESOURCE_EXHAUSTION", message);\n          }\n          break;\n        default: {\n          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;\n          onError(token, "UNEXPECTED_TOKEN", message);\n          isSrcToken = false;\n        }\n      }\n      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));\n      if (anchor && node.anchor === "")\n        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");\n      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {\n        const msg = "With stringKeys, all keys must be strings";\n        onError(tag ?? token, "NON_STRING_KEY", msg);\n      }\n      if (spaceBefore)\n        node.spaceBefore = true;\n      if (comment) {\n        if (token.type === "scalar" && token.source === "")\n          node.comment = comment;\n        else\n          node.commentBefore = comment;\n      }\n      if (ctx.options.keepSourceTokens && isSrcToken)\n        node.srcToken = token;\n      return node;\n    }\n    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {\n      const token = {\n        type: "scalar",\n        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),\n        indent: -1,\n        source: ""\n      };\n      const node = composeScalar.composeScalar(ctx, token, tag, onError);\n      if (anchor) {\n        node.anchor = anchor.source.substring(1);\n        if (node.anchor === "")\n          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");\n      }\n      if (spaceBefore)\n        node.spaceBefore = true;\n      if (comment) {\n        node.comment = comment;\n        node.range[2] = end;\n      }\n      return node;\n    }\n    function composeAlias({ options }, { offset, source, end }, onError) {\n      const alias = new Alias.Alias(source.substring(1));\n      if (alias.source === "")\n        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");\n      if (alias.source.endsWith(":"))\n        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);\n      const valueEnd = offset + source.length;\n      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);\n      alias.range = [offset, valueEnd, re.offset];\n      if (re.comment)\n        alias.comment = re.comment;\n      return alias;\n    }\n    exports2.composeEmptyNode = composeEmptyNode;\n    exports2.composeNode = composeNode;\n  }\n});\n\n// node_modules/yaml/dist/compose/compose-doc.js\nvar require_compose_doc = __commonJS({\n  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {\n    "use strict";\n    var Document = require_Document();\n    var composeNode = require_compose_node();\n    var resolveEnd = require_resolve_end();\n    var resolveProps = require_resolve_props();\n    function composeDoc(options, directives, { offset, start, value, end }, onError) {\n      const opts = Object.assign({ _directives: directives }, options);\n      const doc = new Document.Document(void 0, opts);\n      const ctx = {\n        atKey: false,\n        atRoot: true,\n        directives: doc.directives,\n        options: doc.options,\n        schema: doc.schema\n      };\n      const props = resolveProps.resolveProps(start, {\n        indicator: "doc-start",\n        next: value ?? end?.[0],\n        offset,\n        onError,\n        parentIndent: 0,\n        startOnNewline: true\n      });\n      if (props.found) {\n        doc.directives.docStart = true;\n        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)\n          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");\n      }\n      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);\n      const contentEnd = doc.contents.range[2];\n      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);\n      if (re.comment)\n        doc.comment = re.comment;\n      doc.range = [offset, contentEnd, re.offset];\n      return doc;\n    }\n    exports2.composeDoc = composeDoc;\n  }\n});\n\n// node_modules/yaml/dist/compose/composer.js\nvar require_composer = __commonJS({\n  "node_modules/yaml/dist/compose/composer.js"(exports2) {\n    "use strict";\n    var node_process = require("process");\n    var directives = require_directives();\n    var Document = require_Document();\n    var errors = require_errors();\n    var identity = require_identity();\n    var composeDoc = require_compose_doc();\n    var resolveEnd = require_resolve_end();\n    function getErrorPos(src) {\n      if (typeof src === "number")\n        return [src, src + 1];\n      if (Array.isArray(src))\n        return src.length === 2 ? src : [src[0], src[1]];\n      const { offset, source } = src;\n      return [offset, offset + (typeof source === "string" ? source.length : 1)];\n    }\n    function parsePrelude(prelude) {\n      let comment = "";\n      let atComment = false;\n      let afterEmptyLine = false;\n      for (let i = 0; i < prelude.length; ++i) {\n        const source = prelude[i];\n        switch (source[0]) {\n          case "#":\n            comment += (comment === "" ? "" : afterEmptyLine ? "\\n\\n" : "\\n") + (source.substring(1) || " ");\n            atComment = true;\n            afterEmptyLine = false;\n            break;\n          case "%":\n            if (prelude[i + 1]?.[0] !== "#")\n              i += 1;\n            atComment = false;\n            break;\n          default:\n            if (!atComment)\n              afterEmptyLine = true;\n            atComment = false;\n        }\n      }\n      return { comment, afterEmptyLine };\n    }\n    var Composer = class {\n      constructor(options = {}) {\n        this.doc = null;\n        this.atDirectives = false;\n        this.prelude = [];\n        this.errors = [];\n        this.warnings = [];\n        this.onError = (source, code, message, warning) => {\n          const pos = getErrorPos(source);\n          if (warning)\n            this.warnings.push(new errors.YAMLWarning(pos, code, message));\n          else\n            this.errors.push(new errors.YAMLParseError(pos, code, message));\n        };\n        this.directives = new directives.Directives({ version: options.version || "1.2" });\n        this.options = options;\n      }\n      decorate(doc, afterDoc) {\n        const { comment, afterEmptyLine } = parsePrelude(this.prelude);\n        if (comment) {\n          const dc = doc.contents;\n          if (afterDoc) {\n            doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;\n          } else if (afterEmptyLine || doc.directives.docStart || !dc) {\n            doc.commentBefore = comment;\n          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {\n            let it = dc.items[0];\n            if (identity.isPair(it))\n              it = it.key;\n            const cb = it.commentBefore;\n            it.commentBefore = cb ? `${comment}\n${cb}` : comment;\n          } else {\n            const cb = dc.commentBefore;\n            dc.commentBefore = cb ? `${comment}\n${cb}` : comment;\n          }\n        }\n        if (afterDoc) {\n          for (let i = 0; i < this.errors.length; ++i)\n            doc.errors.push(this.errors[i]);\n          for (let i = 0; i < this.warnings.length; ++i)\n            doc.warnings.push(this.warnings[i]);\n        } else {\n          doc.errors = this.errors;\n          doc.warnings = this.warnings;\n        }\n        this.prelude = [];\n        this.errors = [];\n        this.warnings = [];\n      }\n      /**\n       * Current stream status information.\n       *\n       * Mostly useful at the end of input for an empty stream.\n       */\n      streamInfo() {\n        return {\n          comment: parsePrelude(this.prelude).comment,\n          directives: this.directives,\n          errors: this.errors,\n          warnings: this.warnings\n        };\n      }\n      /**\n       * Compose tokens into documents.\n       *\n       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.\n       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.\n       */\n      *compose(tokens, forceDoc = false, endOffset = -1) {\n        for (const token of tokens)\n          yield* this.next(token);\n        yield* this.end(forceDoc, endOffset);\n      }\n      /** Advance the composer by one CST token. */\n      *next(token) {\n        if (node_process.env.LOG_STREAM)\n          console.dir(token, { depth: null });\n        switch (token.type) {\n          case "directive":\n            this.directives.add(token.source, (offset, message, warning) => {\n              const pos = getErrorPos(token);\n              pos[0] += offset;\n              this.onError(pos, "BAD_DIRECTIVE", message, warning);\n            });\n            this.prelude.push(token.source);\n            this.atDirectives = true;\n            break;\n          case "document": {\n            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);\n            if (this.atDirectives && !doc.directives.docStart)\n              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");\n            this.decorate(doc, false);\n            if (this.doc)\n              yield this.doc;\n            this.doc = doc;\n            this.atDirectives = false;\n            break;\n          }\n          case "byte-order-mark":\n          case "space":\n            break;\n          case "comment":\n          case "newline":\n            this.prelude.push(token.source);\n            break;\n          case "error": {\n            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;\n            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);\n            if (this.atDirectives || !this.doc)\n              this.errors.push(error);\n            else\n              this.doc.errors.push(error);\n            break;\n          }\n          case "doc-end": {\n            if (!this.doc) {\n              const msg = "Unexpected doc-end without preceding document";\n              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));\n              break;\n            }\n            this.doc.directives.docEnd = true;\n            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);\n            this.decorate(this.doc, true);\n            if (end.comment) {\n              const dc = this.doc.comment;\n              this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;\n            }\n            this.doc.range[2] = end.offset;\n            break;\n          }\n          default:\n            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));\n        }\n      }\n      /**\n       * Call at end of input to yield any remaining document.\n       *\n       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.\n       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.\n       */\n      *end(forceDoc = false, endOffset = -1) {\n        if (this.doc) {\n          this.decorate(this.doc, true);\n          yield this.doc;\n          this.doc = null;\n        } else if (forceDoc) {\n          const opts = Object.assign({ _directives: this.directives }, this.options);\n          const doc = new Document.Document(void 0, opts);\n          if (this.atDirectives)\n            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");\n          doc.range = [0, endOffset, endOffset];\n          this.decorate(doc, false);\n          yield doc;\n        }\n      }\n    };\n    exports2.Composer = Composer;\n  }\n});\n\n// node_modules/yaml/dist/parse/cst-scalar.js\nvar require_cst_scalar = __commonJS({\n  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {\n    "use strict";\n    var resolveBlockScalar = require_resolve_block_scalar();\n    var resolveFlowScalar = require_resolve_flow_scalar();\n    var errors = require_errors();\n    var stringifyString = require_stringifyString();\n    function resolveAsScalar(token, strict = true, onError) {\n      if (token) {\n        const _onError = (pos, code, message) => {\n          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;\n          if (onError)\n            onError(offset, code, message);\n          else\n            throw new errors.YAMLParseError([offset, offset + 1], code, message);\n        };\n        switch (token.type) {\n          case "scalar":\n          case "single-quoted-scalar":\n          case "double-quoted-scalar":\n            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);\n          case "block-scalar":\n            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);\n        }\n      }\n      return null;\n    }\n    function createScalarToken(value, context) {\n      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;\n      const source = stringifyString.stringifyString({ type, value }, {\n        implicitKey,\n        indent: indent > 0 ? " ".repeat(indent) : "",\n        inFlow,\n        options: { blockQuote: true, lineWidth: -1 }\n      });\n      const end = context.end ?? [\n        { type: "newline", offset: -1, indent, source: "\\n" }\n      ];\n      switch (source[0]) {\n        case "|":\n        case ">": {\n          const he = source.indexOf("\\n");\n          const head = source.substring(0, he);\n          const body = source.substring(he + 1) + "\\n";\n          const props = [\n            { type: "block-scalar-header", offset, indent, source: head }\n          ];\n          if (!addEndtoBlockProps(props, end))\n            props.push({ type: "newline", offset: -1, indent, source: "\\n" });\n          return { type: "block-scalar", offset, indent, props, source: body };\n        }\n        case \'"\':\n          return { type: "double-quoted-scalar", offset, indent, source, end };\n        case "\'":\n          return { type: "single-quoted-scalar", offset, indent, source, end };\n        default:\n          return { type: "scalar", offset, indent, source, end };\n      }\n    }\n    function setScalarValue(token, value, context = {}) {\n      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;\n      let indent = "indent" in token ? token.indent : null;\n      if (afterKey && typeof indent === "number")\n        indent += 2;\n      if (!type)\n        switch (token.type) {\n          case "single-quoted-scalar":\n            type = "QUOTE_SINGLE";\n            break;\n          case "double-quoted-scalar":\n            type = "QUOTE_DOUBLE";\n            break;\n          case "block-scalar": {\n            const header = token.props[0];\n            if (header.type !== "block-scalar-header")\n              throw new Error("Invalid block scalar header");\n            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";\n            break;\n          }\n          default:\n            type = "PLAIN";\n        }\n      const source = stringifyString.stringifyString({ type, value }, {\n        implicitKey: implicitKey || indent === null,\n        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",\n        inFlow,\n        options: { blockQuote: true, lineWidth: -1 }\n      });\n      switch (source[0]) {\n        case "|":\n        case ">":\n          setBlockScalarValue(token, source);\n          break;\n        case \'"\':\n          setFlowScalarValue(token, source, "double-quoted-scalar");\n          break;\n        case "\'":\n          setFlowScalarValue(token, source, "single-quoted-scalar");\n          break;\n        default:\n          setFlowScalarValue(token, source, "scalar");\n      }\n    }\n    function setBlockScalarValue(token, source) {\n      const he = source.indexOf("\\n");\n      const head = source.substring(0, he);\n      const body = source.substring(he + 1) + "\\n";\n      if (token.type === "block-scalar") {\n        const header = token.props[0];\n        if (header.type !== "block-scalar-header")\n          throw new Error("Invalid block scalar header");\n        header.source = head;\n        token.source = body;\n      } else {\n        const { offset } = token;\n        const indent = "indent" in token ? token.indent : -1;\n        const props = [\n          { type: "block-scalar-header", offset, indent, source: head }\n        ];\n        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))\n          props.push({ type: "newline", offset: -1, indent, source: "\\n" });\n        for (const key of Object.keys(token))\n          if (key !== "type" && key !== "offset")\n            delete token[key];\n        Object.assign(token, { type: "block-scalar", indent, props, source: body });\n      }\n    }\n    function addEndtoBlockProps(props, end) {\n      if (end)\n        for (const st of end)\n          switch (st.type) {\n            case "space":\n            case "comment":\n              props.push(st);\n              break;\n            case "newline":\n              props.push(st);\n              return true;\n          }\n      return false;\n    }\n    function setFlowScalarValue(token, source, type) {\n      switch (token.type) {\n        case "scalar":\n        case "double-quoted-scalar":\n        case "single-quoted-scalar":\n          token.type = type;\n          token.source = source;\n          break;\n        case "block-scalar": {\n          const end = token.props.slice(1);\n          let oa = source.length;\n          if (token.props[0].type === "block-scalar-header")\n            oa -= token.props[0].source.length;\n          for (const tok of end)\n            tok.offset += oa;\n          delete token.props;\n          Object.assign(token, { type, source, end });\n          break;\n        }\n        case "block-map":\n        case "block-seq": {\n          const offset = token.offset + source.length;\n          const nl = { type: "newline", offset, indent: token.indent, source: "\\n" };\n          delete token.items;\n          Object.assign(token, { type, source, end: [nl] });\n          break;\n        }\n        default: {\n          const indent = "indent" in token ? token.indent : -1;\n          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];\n          for (const key of Object.keys(token))\n            if (key !== "type" && key !== "offset")\n              delete token[key];\n          Object.assign(token, { type, indent, source, end });\n        }\n      }\n    }\n    exports2.createScalarToken = createScalarToken;\n    exports2.resolveAsScalar = resolveAsScalar;\n    exports2.setScalarValue = setScalarValue;\n  }\n});\n\n// node_modules/yaml/dist/parse/cst-stringify.js\nvar require_cst_stringify = __commonJS({\n  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {\n    "use strict";\n    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);\n    function stringifyToken(token) {\n      switch (token.type) {\n        case "block-scalar": {\n          let res = "";\n          for (const tok of token.props)\n            res += stringifyToken(tok);\n          return res + token.source;\n        }\n        case "block-map":\n        case "block-seq": {\n          let res = "";\n          for (const item of token.items)\n            res += stringifyItem(item);\n          return res;\n        }\n        case "flow-collection": {\n          let res = token.start.source;\n          for (const item of token.items)\n            res += stringifyItem(item);\n          for (const st of token.end)\n            res += st.source;\n          return res;\n        }\n        case "document": {\n          let res = stringifyItem(token);\n          if (token.end)\n            for (const st of token.end)\n              res += st.source;\n          return res;\n        }\n        default: {\n          let res = token.source;\n          if ("end" in token && token.end)\n            for (const st of token.end)\n              res += st.source;\n          return res;\n        }\n      }\n    }\n    function stringifyItem({ start, key, sep, value }) {\n      let res = "";\n      for (const st of start)\n        res += st.source;\n      if (key)\n        res += stringifyToken(key);\n      if (sep)\n        for (const st of sep)\n          res += st.source;\n      if (value)\n        res += stringifyToken(value);\n      return res;\n    }\n    exports2.stringify = stringify;\n  }\n});\n\n// node_modules/yaml/dist/parse/cst-visit.js\nvar require_cst_visit = __commonJS({\n  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {\n    "use strict";\n    var BREAK = /* @__PURE__ */ Symbol("break visit");\n    var SKIP = /* @__PURE__ */ Symbol("skip children");\n    var REMOVE = /* @__PURE__ */ Symbol("remove item");\n    function visit(cst, visitor) {\n      if ("type" in cst && cst.type === "document")\n        cst = { start: cst.start, value: cst.value };\n      _visit(Object.freeze([]), cst, visitor);\n    }\n    visit.BREAK = BREAK;\n    visit.SKIP = SKIP;\n    visit.REMOVE = REMOVE;\n    visit.itemAtPath = (cst, path) => {\n      let item = cst;\n      for (const [field, index] of path) {\n        const tok = item?.[field];\n        if (tok && "items" in tok) {\n          item = tok.items[index];\n        } else\n          return void 0;\n      }\n      return item;\n    };\n    visit.parentCollection = (cst, path) => {\n      const parent = visit.itemAtPath(cst, path.slice(0, -1));\n      const field = path[path.length - 1][0];\n      const coll = parent?.[field];\n      if (coll && "items" in coll)\n        return coll;\n      throw new Error("Parent collection not found");\n    };\n    function _visit(path, item, visitor) {\n      let ctrl = visitor(item, path);\n      if (typeof ctrl === "symbol")\n        return ctrl;\n      for (const field of ["key", "value"]) {\n        const token = item[field];\n        if (token && "items" in token) {\n          for (let i = 0; i < token.items.length; ++i) {\n            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);\n            if (typeof ci === "number")\n              i = ci - 1;\n            else if (ci === BREAK)\n              return BREAK;\n            else if (ci === REMOVE) {\n              token.items.splice(i, 1);\n              i -= 1;\n            }\n          }\n          if (typeof ctrl === "function" && field === "key")\n            ctrl = ctrl(item, path);\n        }\n      }\n      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;\n    }\n    exports2.visit = visit;\n  }\n});\n\n// node_modules/yaml/dist/parse/cst.js\nvar require_cst = __commonJS({\n  "node_modules/yaml/dist/parse/cst.js"(exports2) {\n    "use strict";\n    var cstScalar = require_cst_scalar();\n    var cstStringify = require_cst_stringify();\n    var cstVisit = require_cst_visit();\n    var BOM = "\\uFEFF";\n    var DOCUMENT = "";\n    var FLOW_END = "";\n    var SCALAR = "";\n    var isCollection = (token) => !!token && "items" in token;\n    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");\n    function prettyToken(token) {\n      switch (token) {\n        case BOM:\n          return "<BOM>";\n        case DOCUMENT:\n          return "<DOC>";\n        case FLOW_END:\n          return "<FLOW_END>";\n        case SCALAR:\n          return "<SCALAR>";\n        default:\n          return JSON.stringify(token);\n      }\n    }\n    function tokenType(source) {\n      switch (source) {\n        case BOM:\n          return "byte-order-mark";\n        case DOCUMENT:\n          return "doc-mode";\n        case FLOW_END:\n          return "flow-error-end";\n        case SCALAR:\n          return "scalar";\n        case "---":\n          return "doc-start";\n        case "...":\n          return "doc-end";\n        case "":\n        case "\\n":\n        case "\\r\\n":\n          return "newline";\n        case "-":\n          return "seq-item-ind";\n        case "?":\n          return "explicit-key-ind";\n        case ":":\n          return "map-value-ind";\n        case "{":\n          return "flow-map-start";\n        case "}":\n          return "flow-map-end";\n        case "[":\n          return "flow-seq-start";\n        case "]":\n          return "flow-seq-end";\n        case ",":\n          return "comma";\n      }\n      switch (source[0]) {\n        case " ":\n        case "	":\n          return "space";\n        case "#":\n          return "comment";\n        case "%":\n          return "directive-line";\n        case "*":\n          return "alias";\n        case "&":\n          return "anchor";\n        case "!":\n          return "tag";\n        case "\'":\n          return "single-quoted-scalar";\n        case \'"\':\n          return "double-quoted-scalar";\n        case "|":\n        case ">":\n          return "block-scalar-header";\n      }\n      return null;\n    }\n    exports2.createScalarToken = cstScalar.createScalarToken;\n    exports2.resolveAsScalar = cstScalar.resolveAsScalar;\n    exports2.setScalarValue = cstScalar.setScalarValue;\n    exports2.stringify = cstStringify.stringify;\n    exports2.visit = cstVisit.visit;\n    exports2.BOM = BOM;\n    exports2.DOCUMENT = DOCUMENT;\n    exports2.FLOW_END = FLOW_END;\n    exports2.SCALAR = SCALAR;\n    exports2.isCollection = isCollection;\n    exports2.isScalar = isScalar;\n    exports2.prettyToken = prettyToken;\n    exports2.tokenType = tokenType;\n  }\n});\n\n// node_modules/yaml/dist/parse/lexer.js\nvar require_lexer = __commonJS({\n  "node_modules/yaml/dist/parse/lexer.js"(exports2) {\n    "use strict";\n    var cst = require_cst();\n    function isEmpty(ch) {\n      switch (ch) {\n        case void 0:\n        case " ":\n        case "\\n":\n        case "\\r":\n        case "	":\n          return true;\n        default:\n          return false;\n      }\n    }\n    var hexDigits = new Set("0123456789ABCDEFabcdef");\n    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*\'()");\n    var flowIndicatorChars = new Set(",[]{}");\n    var invalidAnchorChars = new Set(" ,[]{}\\n\\r	");\n    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);\n    var Lexer = class {\n      constructor() {\n        this.atEnd = false;\n        this.blockScalarIndent = -1;\n        this.blockScalarKeep = false;\n        this.buffer = "";\n        this.flowKey = false;\n        this.flowLevel = 0;\n        this.indentNext = 0;\n        this.indentValue = 0;\n        this.lineEndPos = null;\n        this.next = null;\n        this.pos = 0;\n      }\n      /**\n       * Generate YAML tokens from the `source` string. If `incomplete`,\n       * a part of the last line may be left as a buffer for the next call.\n       *\n       * @returns A generator of lexical tokens\n       */\n      *lex(source, incomplete = false) {\n        if (source) {\n          if (typeof source !== "string")\n            throw TypeError("source is not a string");\n          this.buffer = this.buffer ? this.buffer + source : source;\n          this.lineEndPos = null;\n        }\n        this.atEnd = !incomplete;\n        let next = this.next ?? "stream";\n        while (next && (incomplete || this.hasChars(1)))\n          next = yield* this.parseNext(next);\n      }\n      atLineEnd() {\n        let i = this.pos;\n        let ch = this.buffer[i];\n        while (ch === " " || ch === "	")\n          ch = this.buffer[++i];\n        if (!ch || ch === "#" || ch === "\\n")\n          return true;\n        if (ch === "\\r")\n          return this.buffer[i + 1] === "\\n";\n        return false;\n      }\n      charAt(n) {\n        return this.buffer[this.pos + n];\n      }\n      continueScalar(offset) {\n        let ch = this.buffer[offset];\n        if (this.indentNext > 0) {\n          let indent = 0;\n          while (ch === " ")\n            ch = this.buffer[++indent + offset];\n          if (ch === "\\r") {\n            const next = this.buffer[indent + offset + 1];\n            if (next === "\\n" || !next && !this.atEnd)\n              return offset + indent + 1;\n          }\n          return ch === "\\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;\n        }\n        if (ch === "-" || ch === ".") {\n          const dt = this.buffer.substr(offset, 3);\n          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))\n            return -1;\n        }\n        return offset;\n      }\n      getLine() {\n        let end = this.lineEndPos;\n        if (typeof end !== "number" || end !== -1 && end < this.pos) {\n          end = this.buffer.indexOf("\\n", this.pos);\n          this.lineEndPos = end;\n        }\n        if (end === -1)\n          return this.atEnd ? this.buffer.substring(this.pos) : null;\n        if (this.buffer[end - 1] === "\\r")\n          end -= 1;\n        return this.buffer.substring(this.pos, end);\n      }\n      hasChars(n) {\n        return this.pos + n <= this.buffer.length;\n      }\n      setNext(state) {\n        this.buffer = this.buffer.substring(this.pos);\n        this.pos = 0;\n        this.lineEndPos = null;\n        this.next = state;\n        return null;\n      }\n      peek(n) {\n        return this.buffer.substr(this.pos, n);\n      }\n      *parseNext(next) {\n        switch (next) {\n          case "stream":\n            return yield* this.parseStream();\n          case "line-start":\n            return yield* this.parseLineStart();\n          case "block-start":\n            return yield* this.parseBlockStart();\n          case "doc":\n            return yield* this.parseDocument();\n          case "flow":\n            return yield* this.parseFlowCollection();\n          case "quoted-scalar":\n            return yield* this.parseQuotedScalar();\n          case "block-scalar":\n            return yield* this.parseBlockScalar();\n          case "plain-scalar":\n            return yield* this.parsePlainScalar();\n        }\n      }\n      *parseStream() {\n        let line = this.getLine();\n        if (line === null)\n          return this.setNext("stream");\n        if (line[0] === cst.BOM) {\n          yield* this.pushCount(1);\n          line = line.substring(1);\n        }\n        if (line[0] === "%") {\n          let dirEnd = line.length;\n          let cs = line.indexOf("#");\n          while (cs !== -1) {\n            const ch = line[cs - 1];\n            if (ch === " " || ch === "	") {\n              dirEnd = cs - 1;\n              break;\n            } else {\n              cs = line.indexOf("#", cs + 1);\n            }\n          }\n          while (true) {\n            const ch = line[dirEnd - 1];\n            if (ch === " " || ch === "	")\n              dirEnd -= 1;\n            else\n              break;\n          }\n          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));\n          yield* this.pushCount(line.length - n);\n          this.pushNewline();\n          return "stream";\n        }\n        if (this.atLineEnd()) {\n          const sp = yield* this.pushSpaces(true);\n          yield* this.pushCount(line.length - sp);\n          yield* this.pushNewline();\n          return "stream";\n        }\n        yield cst.DOCUMENT;\n        return yield* this.parseLineStart();\n      }\n      *parseLineStart() {\n        const ch = this.charAt(0);\n        if (!ch && !this.atEnd)\n          return this.setNext("line-start");\n        if (ch === "-" || ch === ".") {\n          if (!this.atEnd && !this.hasChars(4))\n            return this.setNext("line-start");\n          const s = this.peek(3);\n          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {\n            yield* this.pushCount(3);\n            this.indentValue = 0;\n            this.indentNext = 0;\n            return s === "---" ? "doc" : "stream";\n          }\n        }\n        this.indentValue = yield* this.pushSpaces(false);\n        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))\n          this.indentNext = this.indentValue;\n        return yield* this.parseBlockStart();\n      }\n      *parseBlockStart() {\n        const [ch0, ch1] = this.peek(2);\n        if (!ch1 && !this.atEnd)\n          return this.setNext("block-start");\n        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {\n          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));\n          this.indentNext = this.indentValue + 1;\n          this.indentValue += n;\n          return "block-start";\n        }\n        return "doc";\n      }\n      *parseDocument() {\n        yield* this.pushSpaces(true);\n        const line = this.getLine();\n        if (line === null)\n          return this.setNext("doc");\n        let n = yield* this.pushIndicators();\n        switch (line[n]) {\n          case "#":\n            yield* this.pushCount(line.length - n);\n          // fallthrough\n          case void 0:\n            yield* this.pushNewline();\n            return yield* this.parseLineStart();\n          case "{":\n          case "[":\n            yield* this.pushCount(1);\n            this.flowKey = false;\n            this.flowLevel = 1;\n            return "flow";\n          case "}":\n          case "]":\n            yield* this.pushCount(1);\n            return "doc";\n          case "*":\n            yield* this.pushUntil(isNotAnchorChar);\n            return "doc";\n          case \'"\':\n          case "\'":\n            return yield* this.parseQuotedScalar();\n          case "|":\n          case ">":\n            n += yield* this.parseBlockScalarHeader();\n            n += yield* this.pushSpaces(true);\n            yield* this.pushCount(line.length - n);\n            yield* this.pushNewline();\n            return yield* this.parseBlockScalar();\n          default:\n            return yield* this.parsePlainScalar();\n        }\n      }\n      *parseFlowCollection() {\n        let nl, sp;\n        let indent = -1;\n        do {\n          nl = yield* this.pushNewline();\n          if (nl > 0) {\n            sp = yield* this.pushSpaces(false);\n            this.indentValue = indent = sp;\n          } else {\n            sp = 0;\n          }\n          sp += yield* this.pushSpaces(true);\n        } while (nl + sp > 0);\n        const line = this.getLine();\n        if (line === null)\n          return this.setNext("flow");\n        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {\n          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");\n          if (!atFlowEndMarker) {\n            this.flowLevel = 0;\n            yield cst.FLOW_END;\n            return yield* this.parseLineStart();\n          }\n        }\n        let n = 0;\n        while (line[n] === ",") {\n          n += yield* this.pushCount(1);\n          n += yield* this.pushSpaces(true);\n          this.flowKey = false;\n        }\n        n += yield* this.pushIndicators();\n        switch (line[n]) {\n          case void 0:\n            return "flow";\n          case "#":\n            yield* this.pushCount(line.length - n);\n            return "flow";\n          case "{":\n          case "[":\n            yield* this.pushCount(1);\n            this.flowKey = false;\n            this.flowLevel += 1;\n            return "flow";\n          case "}":\n          case "]":\n            yield* this.pushCount(1);\n            this.flowKey = true;\n            this.flowLevel -= 1;\n            return this.flowLevel ? "flow" : "doc";\n          case "*":\n            yield* this.pushUntil(isNotAnchorChar);\n            return "flow";\n          case \'"\':\n          case "\'":\n            this.flowKey = true;\n            return yield* this.parseQuotedScalar();\n          case ":": {\n            const next = this.charAt(1);\n            if (this.flowKey || isEmpty(next) || next === ",") {\n              this.flowKey = false;\n              yield* this.pushCount(1);\n              yield* this.pushSpaces(true);\n              return "flow";\n            }\n          }\n          // fallthrough\n          default:\n            this.flowKey = false;\n            return yield* this.parsePlainScalar();\n        }\n      }\n      *parseQuotedScalar() {\n        const quote = this.charAt(0);\n        let end = this.buffer.indexOf(quote, this.pos + 1);\n        if (quote === "\'") {\n          while (end !== -1 && this.buffer[end + 1] === "\'")\n            end = this.buffer.indexOf("\'", end + 2);\n        } else {\n          while (end !== -1) {\n            let n = 0;\n            while (this.buffer[end - 1 - n] === "\\\\")\n              n += 1;\n            if (n % 2 === 0)\n              break;\n            end = this.buffer.indexOf(\'"\', end + 1);\n          }\n        }\n        const qb = this.buffer.substring(0, end);\n        let nl = qb.indexOf("\\n", this.pos);\n        if (nl !== -1) {\n          while (nl !== -1) {\n            const cs = this.continueScalar(nl + 1);\n            if (cs === -1)\n              break;\n            nl = qb.indexOf("\\n", cs);\n          }\n          if (nl !== -1) {\n            end = nl - (qb[nl - 1] === "\\r" ? 2 : 1);\n          }\n        }\n        if (end === -1) {\n          if (!this.atEnd)\n            return this.setNext("quoted-scalar");\n          end = this.buffer.length;\n        }\n        yield* this.pushToIndex(end + 1, false);\n        return this.flowLevel ? "flow" : "doc";\n      }\n      *parseBlockScalarHeader() {\n        this.blockScalarIndent = -1;\n        this.blockScalarKeep = false;\n        let i = this.pos;\n        while (true) {\n          const ch = this.buffer[++i];\n          if (ch === "+")\n            this.blockScalarKeep = true;\n          else if (ch > "0" && ch <= "9")\n            this.blockScalarIndent = Number(ch) - 1;\n          else if (ch !== "-")\n            break;\n        }\n        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");\n      }\n      *parseBlockScalar() {\n        let nl = this.pos - 1;\n        let indent = 0;\n        let ch;\n        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {\n          switch (ch) {\n            case " ":\n              indent += 1;\n              break;\n            case "\\n":\n              nl = i2;\n              indent = 0;\n              break;\n            case "\\r": {\n              const next = this.buffer[i2 + 1];\n              if (!next && !this.atEnd)\n                return this.setNext("block-scalar");\n              if (next === "\\n")\n                break;\n            }\n            // fallthrough\n            default:\n              break loop;\n          }\n        }\n        if (!ch && !this.atEnd)\n          return this.setNext("block-scalar");\n        if (indent >= this.indentNext) {\n          if (this.blockScalarIndent === -1)\n            this.indentNext = indent;\n          else {\n            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);\n          }\n          do {\n            const cs = this.continueScalar(nl + 1);\n            if (cs === -1)\n              break;\n            nl = this.buffer.indexOf("\\n", cs);\n          } while (nl !== -1);\n          if (nl === -1) {\n            if (!this.atEnd)\n              return this.setNext("block-scalar");\n            nl = this.buffer.length;\n          }\n        }\n        let i = nl + 1;\n        ch = this.buffer[i];\n        while (ch === " ")\n          ch = this.buffer[++i];\n        if (ch === "	") {\n          while (ch === "	" || ch === " " || ch === "\\r" || ch === "\\n")\n            ch = this.buffer[++i];\n          nl = i - 1;\n        } else if (!this.blockScalarKeep) {\n          do {\n            let i2 = nl - 1;\n            let ch2 = this.buffer[i2];\n            if (ch2 === "\\r")\n              ch2 = this.buffer[--i2];\n            const lastChar = i2;\n            while (ch2 === " ")\n              ch2 = this.buffer[--i2];\n            if (ch2 === "\\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)\n              nl = i2;\n            else\n              break;\n          } while (true);\n        }\n        yield cst.SCALAR;\n        yield* this.pushToIndex(nl + 1, true);\n        return yield* this.parseLineStart();\n      }\n      *parsePlainScalar() {\n        const inFlow = this.flowLevel > 0;\n        let end = this.pos - 1;\n        let i = this.pos - 1;\n        let ch;\n        while (ch = this.buffer[++i]) {\n          if (ch === ":") {\n            const next = this.buffer[i + 1];\n            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))\n              break;\n            end = i;\n          } else if (isEmpty(ch)) {\n            let next = this.buffer[i + 1];\n            if (ch === "\\r") {\n              if (next === "\\n") {\n                i += 1;\n                ch = "\\n";\n                next = this.buffer[i + 1];\n              } else\n                end = i;\n            }\n            if (next === "#" || inFlow && flowIndicatorChars.has(next))\n              break;\n            if (ch === "\\n") {\n              const cs = this.continueScalar(i + 1);\n              if (cs === -1)\n                break;\n              i = Math.max(i, cs - 2);\n            }\n          } else {\n            if (inFlow && flowIndicatorChars.has(ch))\n              break;\n            end = i;\n          }\n        }\n        if (!ch && !this.atEnd)\n          return this.setNext("plain-scalar");\n        yield cst.SCALAR;\n        yield* this.pushToIndex(end + 1, true);\n        return inFlow ? "flow" : "doc";\n      }\n      *pushCount(n) {\n        if (n > 0) {\n          yield this.buffer.substr(this.pos, n);\n          this.pos += n;\n          return n;\n        }\n        return 0;\n      }\n      *pushToIndex(i, allowEmpty) {\n        const s = this.buffer.slice(this.pos, i);\n        if (s) {\n          yield s;\n          this.pos += s.length;\n          return s.length;\n        } else if (allowEmpty)\n          yield "";\n        return 0;\n      }\n      *pushIndicators() {\n        let n = 0;\n        loop: while (true) {\n          switch (this.charAt(0)) {\n            case "!":\n              n += yield* this.pushTag();\n              n += yield* this.pushSpaces(true);\n              continue loop;\n            case "&":\n              n += yield* this.pushUntil(isNotAnchorChar);\n              n += yield* this.pushSpaces(true);\n              continue loop;\n            case "-":\n            // this is an error\n            case "?":\n            // this is an error outside flow collections\n            case ":": {\n              const inFlow = this.flowLevel > 0;\n              const ch1 = this.charAt(1);\n              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {\n                if (!inFlow)\n                  this.indentNext = this.indentValue + 1;\n                else if (this.flowKey)\n                  this.flowKey = false;\n                n += yield* this.pushCount(1);\n                n += yield* this.pushSpaces(true);\n                continue loop;\n              }\n            }\n          }\n          break loop;\n        }\n        return n;\n      }\n      *pushTag() {\n        if (this.charAt(1) === "<") {\n          let i = this.pos + 2;\n          let ch = this.buffer[i];\n          while (!isEmpty(ch) && ch !== ">")\n            ch = this.buffer[++i];\n          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);\n        } else {\n          let i = this.pos + 1;\n          let ch = this.buffer[i];\n          while (ch) {\n            if (tagChars.has(ch))\n              ch = this.buffer[++i];\n            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {\n              ch = this.buffer[i += 3];\n            } else\n              break;\n          }\n          return yield* this.pushToIndex(i, false);\n        }\n      }\n      *pushNewline() {\n        const ch = this.buffer[this.pos];\n        if (ch === "\\n")\n          return yield* this.pushCount(1);\n        else if (ch === "\\r" && this.charAt(1) === "\\n")\n          return yield* this.pushCount(2);\n        else\n          return 0;\n      }\n      *pushSpaces(allowTabs) {\n        let i = this.pos - 1;\n        let ch;\n        do {\n          ch = this.buffer[++i];\n        } while (ch === " " || allowTabs && ch === "	");\n        const n = i - this.pos;\n        if (n > 0) {\n          yield this.buffer.substr(this.pos, n);\n          this.pos = i;\n        }\n        return n;\n      }\n      *pushUntil(test) {\n        let i = this.pos;\n        let ch = this.buffer[i];\n        while (!test(ch))\n          ch = this.buffer[++i];\n        return yield* this.pushToIndex(i, false);\n      }\n    };\n    exports2.Lexer = Lexer;\n  }\n});\n\n// node_modules/yaml/dist/parse/line-counter.js\nvar require_line_counter = __commonJS({\n  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {\n    "use strict";\n    var LineCounter = class {\n      constructor() {\n        this.lineStarts = [];\n        this.addNewLine = (offset) => this.lineStarts.push(offset);\n        this.linePos = (offset) => {\n          let low = 0;\n          let high = this.lineStarts.length;\n          while (low < high) {\n            const mid = low + high >> 1;\n            if (this.lineStarts[mid] < offset)\n              low = mid + 1;\n            else\n              high = mid;\n          }\n          if (this.lineStarts[low] === offset)\n            return { line: low + 1, col: 1 };\n          if (low === 0)\n            return { line: 0, col: offset };\n          const start = this.lineStarts[low - 1];\n          return { line: low, col: offset - start + 1 };\n        };\n      }\n    };\n    exports2.LineCounter = LineCounter;\n  }\n});\n\n// node_modules/yaml/dist/parse/parser.js\nvar require_parser = __commonJS({\n  "node_modules/yaml/dist/parse/parser.js"(exports2) {\n    "use strict";\n    var node_process = require("process");\n    var cst = require_cst();\n    var lexer = require_lexer();\n    function includesToken(list, type) {\n      for (let i = 0; i < list.length; ++i)\n        if (list[i].type === type)\n          return true;\n      return false;\n    }\n    function findNonEmptyIndex(list) {\n      for (let i = 0; i < list.length; ++i) {\n        switch (list[i].type) {\n          case "space":\n          case "comment":\n          case "newline":\n            break;\n          default:\n            return i;\n        }\n      }\n      return -1;\n    }\n    function isFlowToken(token) {\n      switch (token?.type) {\n        case "alias":\n        case "scalar":\n        case "single-quoted-scalar":\n        case "double-quoted-scalar":\n        case "flow-collection":\n          return true;\n        default:\n          return false;\n      }\n    }\n    function getPrevProps(parent) {\n      switch (parent.type) {\n        case "document":\n          return parent.start;\n        case "block-map": {\n          const it = parent.items[parent.items.length - 1];\n          return it.sep ?? it.start;\n        }\n        case "block-seq":\n          return parent.items[parent.items.length - 1].start;\n        /* istanbul ignore next should not happen */\n        default:\n          return [];\n      }\n    }\n    function getFirstKeyStartProps(prev) {\n      if (prev.length === 0)\n        return [];\n      let i = prev.length;\n      loop: while (--i >= 0) {\n        switch (prev[i].type) {\n          case "doc-start":\n          case "explicit-key-ind":\n          case "map-value-ind":\n          case "seq-item-ind":\n          case "newline":\n            break loop;\n        }\n      }\n      while (prev[++i]?.type === "space") {\n      }\n      return prev.splice(i, prev.length);\n    }\n    function arrayPushArray(target, source) {\n      if (source.length < 1e5)\n        Array.prototype.push.apply(target, source);\n      else\n        for (let i = 0; i < source.length; ++i)\n          target.push(source[i]);\n    }\n    function fixFlowSeqItems(fc) {\n      if (fc.start.type === "flow-seq-start") {\n        for (const it of fc.items) {\n          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {\n            if (it.key)\n              it.value = it.key;\n            delete it.key;\n            if (isFlowToken(it.value)) {\n              if (it.value.end)\n                arrayPushArray(it.value.end, it.sep);\n              else\n                it.value.end = it.sep;\n            } else\n              arrayPushArray(it.start, it.sep);\n            delete it.sep;\n          }\n        }\n      }\n    }\n    var Parser = class {\n      /**\n       * @param onNewLine - If defined, called separately with the start position of\n       *   each new line (in `parse()`, including the start of input).\n       */\n      constructor(onNewLine) {\n        this.atNewLine = true;\n        this.atScalar = false;\n        this.indent = 0;\n        this.offset = 0;\n        this.onKeyLine = false;\n        this.stack = [];\n        this.source = "";\n        this.type = "";\n        this.lexer = new lexer.Lexer();\n        this.onNewLine = onNewLine;\n      }\n      /**\n       * Parse `source` as a YAML stream.\n       * If `incomplete`, a part of the last line may be left as a buffer for the next call.\n       *\n       * Errors are not thrown, but yielded as `{ type: \'error\', message }` tokens.\n       *\n       * @returns A generator of tokens representing each directive, document, and other structure.\n       */\n      *parse(source, incomplete = false) {\n        if (this.onNewLine && this.offset === 0)\n          this.onNewLine(0);\n        for (const lexeme of this.lexer.lex(source, incomplete))\n          yield* this.next(lexeme);\n        if (!incomplete)\n          yield* this.end();\n      }\n      /**\n       * Advance the parser by the `source` of one lexical token.\n       */\n      *next(source) {\n        this.source = source;\n        if (node_process.env.LOG_TOKENS)\n          console.log("|", cst.prettyToken(source));\n        if (this.atScalar) {\n          this.atScalar = false;\n          yield* this.step();\n          this.offset += source.length;\n          return;\n        }\n        const type = cst.tokenType(source);\n        if (!type) {\n          const message = `Not a YAML token: ${source}`;\n          yield* this.pop({ type: "error", offset: this.offset, message, source });\n          this.offset += source.length;\n        } else if (type === "scalar") {\n          this.atNewLine = false;\n          this.atScalar = true;\n          this.type = "scalar";\n        } else {\n          this.type = type;\n          yield* this.step();\n          switch (type) {\n            case "newline":\n              this.atNewLine = true;\n              this.indent = 0;\n              if (this.onNewLine)\n                this.onNewLine(this.offset + source.length);\n              break;\n            case "space":\n              if (this.atNewLine && source[0] === " ")\n                this.indent += source.length;\n              break;\n            case "explicit-key-ind":\n            case "map-value-ind":\n            case "seq-item-ind":\n              if (this.atNewLine)\n                this.indent += source.length;\n              break;\n            case "doc-mode":\n            case "flow-error-end":\n              return;\n            default:\n              this.atNewLine = false;\n          }\n          this.offset += source.length;\n        }\n      }\n      /** Call at end of input to push out any remaining constructions */\n      *end() {\n        while (this.stack.length > 0)\n          yield* this.pop();\n      }\n      get sourceToken() {\n        const st = {\n          type: this.type,\n          offset: this.offset,\n          indent: this.indent,\n          source: this.source\n        };\n        return st;\n      }\n      *step() {\n        const top = this.peek(1);\n        if (this.type === "doc-end" && top?.type !== "doc-end") {\n          while (this.stack.length > 0)\n            yield* this.pop();\n          this.stack.push({\n            type: "doc-end",\n            offset: this.offset,\n            source: this.source\n          });\n          return;\n        }\n        if (!top)\n          return yield* this.stream();\n        switch (top.type) {\n          case "document":\n            return yield* this.document(top);\n          case "alias":\n          case "scalar":\n          case "single-quoted-scalar":\n          case "double-quoted-scalar":\n            return yield* this.scalar(top);\n          case "block-scalar":\n            return yield* this.blockScalar(top);\n          case "block-map":\n            return yield* this.blockMap(top);\n          case "block-seq":\n            return yield* this.blockSequence(top);\n          case "flow-collection":\n            return yield* this.flowCollection(top);\n          case "doc-end":\n            return yield* this.documentEnd(top);\n        }\n        yield* this.pop();\n      }\n      peek(n) {\n        return this.stack[this.stack.length - n];\n      }\n      *pop(error) {\n        const token = error ?? this.stack.pop();\n        if (!token) {\n          const message = "Tried to pop an empty stack";\n          yield { type: "error", offset: this.offset, source: "", message };\n        } else if (this.stack.length === 0) {\n          yield token;\n        } else {\n          const top = this.peek(1);\n          if (token.type === "block-scalar") {\n            token.indent = "indent" in top ? top.indent : 0;\n          } else if (token.type === "flow-collection" && top.type === "document") {\n            token.indent = 0;\n          }\n          if (token.type === "flow-collection")\n            fixFlowSeqItems(token);\n          switch (top.type) {\n            case "document":\n              top.value = token;\n              break;\n            case "block-scalar":\n              top.props.push(token);\n              break;\n            case "block-map": {\n              const it = top.items[top.items.length - 1];\n              if (it.value) {\n                top.items.push({ start: [], key: token, sep: [] });\n                this.onKeyLine = true;\n                return;\n              } else if (it.sep) {\n                it.value = token;\n              } else {\n                Object.assign(it, { key: token, sep: [] });\n                this.onKeyLine = !it.explicitKey;\n                return;\n              }\n              break;\n            }\n            case "block-seq": {\n              const it = top.items[top.items.length - 1];\n              if (it.value)\n                top.items.push({ start: [], value: token });\n              else\n                it.value = token;\n              break;\n            }\n            case "flow-collection": {\n              const it = top.items[top.items.length - 1];\n              if (!it || it.value)\n                top.items.push({ start: [], key: token, sep: [] });\n              else if (it.sep)\n                it.value = token;\n              else\n                Object.assign(it, { key: token, sep: [] });\n              return;\n            }\n            /* istanbul ignore next should not happen */\n            default:\n              yield* this.pop();\n              yield* this.pop(token);\n          }\n          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {\n            const last = token.items[token.items.length - 1];\n            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {\n              if (top.type === "document")\n                top.end = last.start;\n              else\n                top.items.push({ start: last.start });\n              token.items.splice(-1, 1);\n            }\n          }\n        }\n      }\n      *stream() {\n        switch (this.type) {\n          case "directive-line":\n            yield { type: "directive", offset: this.offset, source: this.source };\n            return;\n          case "byte-order-mark":\n          case "space":\n          case "comment":\n          case "newline":\n            yield this.sourceToken;\n            return;\n          case "doc-mode":\n          case "doc-start": {\n            const doc = {\n              type: "document",\n              offset: this.offset,\n              start: []\n            };\n            if (this.type === "doc-start")\n              doc.start.push(this.sourceToken);\n            this.stack.push(doc);\n            return;\n          }\n        }\n        yield {\n          type: "error",\n          offset: this.offset,\n          message: `Unexpected ${this.type} token in YAML stream`,\n          source: this.source\n        };\n      }\n      *document(doc) {\n        if (doc.value)\n          return yield* this.lineEnd(doc);\n        switch (this.type) {\n          case "doc-start": {\n            if (findNonEmptyIndex(doc.start) !== -1) {\n              yield* this.pop();\n              yield* this.step();\n            } else\n              doc.start.push(this.sourceToken);\n            return;\n          }\n          case "anchor":\n          case "tag":\n          case "space":\n          case "comment":\n          case "newline":\n            doc.start.push(this.sourceToken);\n            return;\n        }\n        const bv = this.startBlockValue(doc);\n        if (bv)\n          this.stack.push(bv);\n        else {\n          yield {\n            type: "error",\n            offset: this.offset,\n            message: `Unexpected ${this.type} token in YAML document`,\n            source: this.source\n          };\n        }\n      }\n      *scalar(scalar) {\n        if (this.type === "map-value-ind") {\n          const prev = getPrevProps(this.peek(2));\n          const start = getFirstKeyStartProps(prev);\n          let sep;\n          if (scalar.end) {\n            sep = scalar.end;\n            sep.push(this.sourceToken);\n            delete scalar.end;\n          } else\n            sep = [this.sourceToken];\n          const map = {\n            type: "block-map",\n            offset: scalar.offset,\n            indent: scalar.indent,\n            items: [{ start, key: scalar, sep }]\n          };\n          this.onKeyLine = true;\n          this.stack[this.stack.length - 1] = map;\n        } else\n          yield* this.lineEnd(scalar);\n      }\n      *blockScalar(scalar) {\n        switch (this.type) {\n          case "space":\n          case "comment":\n          case "newline":\n            scalar.props.push(this.sourceToken);\n            return;\n          case "scalar":\n            scalar.source = this.source;\n            this.atNewLine = true;\n            this.indent = 0;\n            if (this.onNewLine) {\n              let nl = this.source.indexOf("\\n") + 1;\n              while (nl !== 0) {\n                this.onNewLine(this.offset + nl);\n                nl = this.source.indexOf("\\n", nl) + 1;\n              }\n            }\n            yield* this.pop();\n            break;\n          /* istanbul ignore next should not happen */\n          default:\n            yield* this.pop();\n            yield* this.step();\n        }\n      }\n      *blockMap(map) {\n        const it = map.items[map.items.length - 1];\n        switch (this.type) {\n          case "newline":\n            this.onKeyLine = false;\n            if (it.value) {\n              const end = "end" in it.value ? it.value.end : void 0;\n              const last = Array.isArray(end) ? end[end.length - 1] : void 0;\n              if (last?.type === "comment")\n                end?.push(this.sourceToken);\n              else\n                map.items.push({ start: [this.sourceToken] });\n            } else if (it.sep) {\n              it.sep.push(this.sourceToken);\n            } else {\n              it.start.push(this.sourceToken);\n            }\n            return;\n          case "space":\n          case "comment":\n            if (it.value) {\n              map.items.push({ start: [this.sourceToken] });\n            } else if (it.sep) {\n              it.sep.push(this.sourceToken);\n            } else {\n              if (this.atIndentedComment(it.start, map.indent)) {\n                const prev = map.items[map.items.length - 2];\n                const end = prev?.value?.end;\n                if (Array.isArray(end)) {\n                  arrayPushArray(end, it.start);\n                  end.push(this.sourceToken);\n                  map.items.pop();\n                  return;\n                }\n              }\n              it.start.push(this.sourceToken);\n            }\n            return;\n        }\n        if (this.indent >= map.indent) {\n          const atMapIndent = !this.onKeyLine && this.indent === map.indent;\n          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";\n          let start = [];\n          if (atNextItem && it.sep && !it.value) {\n            const nl = [];\n            for (let i = 0; i < it.sep.length; ++i) {\n              const st = it.sep[i];\n              switch (st.type) {\n                case "newline":\n                  nl.push(i);\n                  break;\n                case "space":\n                  break;\n                case "comment":\n                  if (st.indent > map.indent)\n                    nl.length = 0;\n                  break;\n                default:\n                  nl.length = 0;\n              }\n            }\n            if (nl.length >= 2)\n              start = it.sep.splice(nl[1]);\n          }\n          switch (this.type) {\n            case "anchor":\n            case "tag":\n              if (atNextItem || it.value) {\n                start.push(this.sourceToken);\n                map.items.push({ start });\n                this.onKeyLine = true;\n              } else if (it.sep) {\n                it.sep.push(this.sourceToken);\n              } else {\n                it.start.push(this.sourceToken);\n              }\n              return;\n            case "explicit-key-ind":\n              if (!it.sep && !it.explicitKey) {\n                it.start.push(this.sourceToken);\n                it.explicitKey = true;\n              } else if (atNextItem || it.value) {\n                start.push(this.sourceToken);\n                map.items.push({ start, explicitKey: true });\n              } else {\n                this.stack.push({\n                  type: "block-map",\n                  offset: this.offset,\n                  indent: this.indent,\n                  items: [{ start: [this.sourceToken], explicitKey: true }]\n                });\n              }\n              this.onKeyLine = true;\n              return;\n            case "map-value-ind":\n              if (it.explicitKey) {\n                if (!it.sep) {\n                  if (includesToken(it.start, "newline")) {\n                    Object.assign(it, { key: null, sep: [this.sourceToken] });\n                  } else {\n                    const start2 = getFirstKeyStartProps(it.start);\n                    this.stack.push({\n                      type: "block-map",\n                      offset: this.offset,\n                      indent: this.indent,\n                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]\n                    });\n                  }\n                } else if (it.value) {\n                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });\n                } else if (includesToken(it.sep, "map-value-ind")) {\n                  this.stack.push({\n                    type: "block-map",\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start, key: null, sep: [this.sourceToken] }]\n                  });\n                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {\n                  const start2 = getFirstKeyStartProps(it.start);\n                  const key = it.key;\n                  const sep = it.sep;\n                  sep.push(this.sourceToken);\n                  delete it.key;\n                  delete it.sep;\n                  this.stack.push({\n                    type: "block-map",\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start: start2, key, sep }]\n                  });\n                } else if (start.length > 0) {\n                  it.sep = it.sep.concat(start, this.sourceToken);\n                } else {\n                  it.sep.push(this.sourceToken);\n                }\n              } else {\n                if (!it.sep) {\n                  Object.assign(it, { key: null, sep: [this.sourceToken] });\n                } else if (it.value || atNextItem) {\n                  map.items.push({ start, key: null, sep: [this.sourceToken] });\n                } else if (includesToken(it.sep, "map-value-ind")) {\n                  this.stack.push({\n                    type: "block-map",\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start: [], key: null, sep: [this.sourceToken] }]\n                  });\n                } else {\n                  it.sep.push(this.sourceToken);\n                }\n              }\n              this.onKeyLine = true;\n              return;\n            case "alias":\n            case "scalar":\n            case "single-quoted-scalar":\n            case "double-quoted-scalar": {\n              const fs = this.flowScalar(this.type);\n              if (atNextItem || it.value) {\n                map.items.push({ start, key: fs, sep: [] });\n                this.onKeyLine = true;\n              } else if (it.sep) {\n                this.stack.push(fs);\n              } else {\n                Object.assign(it, { key: fs, sep: [] });\n                this.onKeyLine = true;\n              }\n              return;\n            }\n            default: {\n              const bv = this.startBlockValue(map);\n              if (bv) {\n                if (bv.type === "block-seq") {\n                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {\n                    yield* this.pop({\n                      type: "error",\n                      offset: this.offset,\n                      message: "Unexpected block-seq-ind on same line with key",\n                      source: this.source\n                    });\n                    return;\n                  }\n                } else if (atMapIndent) {\n                  map.items.push({ start });\n                }\n                this.stack.push(bv);\n                return;\n              }\n            }\n          }\n        }\n        yield* this.pop();\n        yield* this.step();\n      }\n      *blockSequence(seq) {\n        const it = seq.items[seq.items.length - 1];\n        switch (this.type) {\n          case "newline":\n            if (it.value) {\n              const end = "end" in it.value ? it.value.end : void 0;\n              const last = Array.isArray(end) ? end[end.length - 1] : void 0;\n              if (last?.type === "comment")\n                end?.push(this.sourceToken);\n              else\n                seq.items.push({ start: [this.sourceToken] });\n            } else\n              it.start.push(this.sourceToken);\n            return;\n          case "space":\n          case "comment":\n            if (it.value)\n              seq.items.push({ start: [this.sourceToken] });\n            else {\n              if (this.atIndentedComment(it.start, seq.indent)) {\n                const prev = seq.items[seq.items.length - 2];\n                const end = prev?.value?.end;\n                if (Array.isArray(end)) {\n                  arrayPushArray(end, it.start);\n                  end.push(this.sourceToken);\n                  seq.items.pop();\n                  return;\n                }\n              }\n              it.start.push(this.sourceToken);\n            }\n            return;\n          case "anchor":\n          case "tag":\n            if (it.value || this.indent <= seq.indent)\n              break;\n            it.start.push(this.sourceToken);\n            return;\n          case "seq-item-ind":\n            if (this.indent !== seq.indent)\n              break;\n            if (it.value || includesToken(it.start, "seq-item-ind"))\n              seq.items.push({ start: [this.sourceToken] });\n            else\n              it.start.push(this.sourceToken);\n            return;\n        }\n        if (this.indent > seq.indent) {\n          const bv = this.startBlockValue(seq);\n          if (bv) {\n            this.stack.push(bv);\n            return;\n          }\n        }\n        yield* this.pop();\n        yield* this.step();\n      }\n      *flowCollection(fc) {\n        const it = fc.items[fc.items.length - 1];\n        if (this.type === "flow-error-end") {\n          let top;\n          do {\n            yield* this.pop();\n            top = this.peek(1);\n          } while (top?.type === "flow-collection");\n        } else if (fc.end.length === 0) {\n          switch (this.type) {\n            case "comma":\n            case "explicit-key-ind":\n              if (!it || it.sep)\n                fc.items.push({ start: [this.sourceToken] });\n              else\n                it.start.push(this.sourceToken);\n              return;\n            case "map-value-ind":\n              if (!it || it.value)\n                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });\n              else if (it.sep)\n                it.sep.push(this.sourceToken);\n              else\n                Object.assign(it, { key: null, sep: [this.sourceToken] });\n              return;\n            case "space":\n            case "comment":\n            case "newline":\n            case "anchor":\n            case "tag":\n              if (!it || it.value)\n                fc.items.push({ start: [this.sourceToken] });\n              else if (it.sep)\n                it.sep.push(this.sourceToken);\n              else\n                it.start.push(this.sourceToken);\n              return;\n            case "alias":\n            case "scalar":\n            case "single-quoted-scalar":\n            case "double-quoted-scalar": {\n              const fs = this.flowScalar(this.type);\n              if (!it || it.value)\n                fc.items.push({ start: [], key: fs, sep: [] });\n              else if (it.sep)\n                this.stack.push(fs);\n              else\n                Object.assign(it, { key: fs, sep: [] });\n              return;\n            }\n            case "flow-map-end":\n            case "flow-seq-end":\n              fc.end.push(this.sourceToken);\n              return;\n          }\n          const bv = this.startBlockValue(fc);\n          if (bv)\n            this.stack.push(bv);\n          else {\n            yield* this.pop();\n            yield* this.step();\n          }\n        } else {\n          const parent = this.peek(2);\n          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {\n            yield* this.pop();\n            yield* this.step();\n          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {\n            const prev = getPrevProps(parent);\n            const start = getFirstKeyStartProps(prev);\n            fixFlowSeqItems(fc);\n            const sep = fc.end.splice(1, fc.end.length);\n            sep.push(this.sourceToken);\n            const map = {\n              type: "block-map",\n              offset: fc.offset,\n              indent: fc.indent,\n              items: [{ start, key: fc, sep }]\n            };\n            this.onKeyLine = true;\n            this.stack[this.stack.length - 1] = map;\n          } else {\n            yield* this.lineEnd(fc);\n          }\n        }\n      }\n      flowScalar(type) {\n        if (this.onNewLine) {\n          let nl = this.source.indexOf("\\n") + 1;\n          while (nl !== 0) {\n            this.onNewLine(this.offset + nl);\n            nl = this.source.indexOf("\\n", nl) + 1;\n          }\n        }\n        return {\n          type,\n          offset: this.offset,\n          indent: this.indent,\n          source: this.source\n        };\n      }\n      startBlockValue(parent) {\n        switch (this.type) {\n          case "alias":\n          case "scalar":\n          case "single-quoted-scalar":\n          case "double-quoted-scalar":\n            return this.flowScalar(this.type);\n          case "block-scalar-header":\n            return {\n              type: "block-scalar",\n              offset: this.offset,\n              indent: this.indent,\n              props: [this.sourceToken],\n              source: ""\n            };\n          case "flow-map-start":\n          case "flow-seq-start":\n            return {\n              type: "flow-collection",\n              offset: this.offset,\n              indent: this.indent,\n              start: this.sourceToken,\n              items: [],\n              end: []\n            };\n          case "seq-item-ind":\n            return {\n              type: "block-seq",\n              offset: this.offset,\n              indent: this.indent,\n              items: [{ start: [this.sourceToken] }]\n            };\n          case "explicit-key-ind": {\n            this.onKeyLine = true;\n            const prev = getPrevProps(parent);\n            const start = getFirstKeyStartProps(prev);\n            start.push(this.sourceToken);\n            return {\n              type: "block-map",\n              offset: this.offset,\n              indent: this.indent,\n              items: [{ start, explicitKey: true }]\n            };\n          }\n          case "map-value-ind": {\n            this.onKeyLine = true;\n            const prev = getPrevProps(parent);\n            const start = getFirstKeyStartProps(prev);\n            return {\n              type: "block-map",\n              offset: this.offset,\n              indent: this.indent,\n              items: [{ start, key: null, sep: [this.sourceToken] }]\n            };\n          }\n        }\n        return null;\n      }\n      atIndentedComment(start, indent) {\n        if (this.type !== "comment")\n          return false;\n        if (this.indent <= indent)\n          return false;\n        return start.every((st) => st.type === "newline" || st.type === "space");\n      }\n      *documentEnd(docEnd) {\n        if (this.type !== "doc-mode") {\n          if (docEnd.end)\n            docEnd.end.push(this.sourceToken);\n          else\n            docEnd.end = [this.sourceToken];\n          if (this.type === "newline")\n            yield* this.pop();\n        }\n      }\n      *lineEnd(token) {\n        switch (this.type) {\n          case "comma":\n          case "doc-start":\n          case "doc-end":\n          case "flow-seq-end":\n          case "flow-map-end":\n          case "map-value-ind":\n            yield* this.pop();\n            yield* this.step();\n            break;\n          case "newline":\n            this.onKeyLine = false;\n          // fallthrough\n          case "space":\n          case "comment":\n          default:\n            if (token.end)\n              token.end.push(this.sourceToken);\n            else\n              token.end = [this.sourceToken];\n            if (this.type === "newline")\n              yield* this.pop();\n        }\n      }\n    };\n    exports2.Parser = Parser;\n  }\n});\n\n// node_modules/yaml/dist/public-api.js\nvar require_public_api = __commonJS({\n  "node_modules/yaml/dist/public-api.js"(exports2) {\n    "use strict";\n    var composer = require_composer();\n    var Document = require_Document();\n    var errors = require_errors();\n    var log = require_log();\n    var identity = require_identity();\n    var lineCounter = require_line_counter();\n    var parser = require_parser();\n    function parseOptions(options) {\n      const prettyErrors = options.prettyErrors !== false;\n      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;\n      return { lineCounter: lineCounter$1, prettyErrors };\n    }\n    function parseAllDocuments(source, options = {}) {\n      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);\n      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);\n      const composer$1 = new composer.Composer(options);\n      const docs = Array.from(composer$1.compose(parser$1.parse(source)));\n      if (prettyErrors && lineCounter2)\n        for (const doc of docs) {\n          doc.errors.forEach(errors.prettifyError(source, lineCounter2));\n          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));\n        }\n      if (docs.length > 0)\n        return docs;\n      return Object.assign([], { empty: true }, composer$1.streamInfo());\n    }\n    function parseDocument(source, options = {}) {\n      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);\n      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);\n      const composer$1 = new composer.Composer(options);\n      let doc = null;\n      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {\n        if (!doc)\n          doc = _doc;\n        else if (doc.options.logLevel !== "silent") {\n          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));\n          break;\n        }\n      }\n      if (prettyErrors && lineCounter2) {\n        doc.errors.forEach(errors.prettifyError(source, lineCounter2));\n        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));\n      }\n      return doc;\n    }\n    function parse(src, reviver, options) {\n      let _reviver = void 0;\n      if (typeof reviver === "function") {\n        _reviver = reviver;\n      } else if (options === void 0 && reviver && typeof reviver === "object") {\n        options = reviver;\n      }\n      const doc = parseDocument(src, options);\n      if (!doc)\n        return null;\n      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));\n      if (doc.errors.length > 0) {\n        if (doc.options.logLevel !== "silent")\n          throw doc.errors[0];\n        else\n          doc.errors = [];\n      }\n      return doc.toJS(Object.assign({ reviver: _reviver }, options));\n    }\n    function stringify(value, replacer, options) {\n      let _replacer = null;\n      if (typeof replacer === "function" || Array.isArray(replacer)) {\n        _replacer = replacer;\n      } else if (options === void 0 && replacer) {\n        options = replacer;\n      }\n      if (typeof options === "string")\n        options = options.length;\n      if (typeof options === "number") {\n        const indent = Math.round(options);\n        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };\n      }\n      if (value === void 0) {\n        const { keepUndefined } = options ?? replacer ?? {};\n        if (!keepUndefined)\n          return void 0;\n      }\n      if (identity.isDocument(value) && !_replacer)\n        return value.toString(options);\n      return new Document.Document(value, _replacer, options).toString(options);\n    }\n    exports2.parse = parse;\n    exports2.parseAllDocuments = parseAllDocuments;\n    exports2.parseDocument = parseDocument;\n    exports2.stringify = stringify;\n  }\n});\n\n// node_modules/yaml/dist/index.js\nvar require_dist = __commonJS({\n  "node_modules/yaml/dist/index.js"(exports2) {\n    "use strict";\n    var composer = require_composer();\n    var Document = require_Document();\n    var Schema = require_Schema();\n    var errors = require_errors();\n    var Alias = require_Alias();\n    var identity = require_identity();\n    var Pair = require_Pair();\n    var Scalar = require_Scalar();\n    var YAMLMap = require_YAMLMap();\n    var YAMLSeq = require_YAMLSeq();\n    var cst = require_cst();\n    var lexer = require_lexer();\n    var lineCounter = require_line_counter();\n    var parser = require_parser();\n    var publicApi = require_public_api();\n    var visit = require_visit();\n    exports2.Composer = composer.Composer;\n    exports2.Document = Document.Document;\n    exports2.Schema = Schema.Schema;\n    exports2.YAMLError = errors.YAMLError;\n    exports2.YAMLParseError = errors.YAMLParseError;\n    exports2.YAMLWarning = errors.YAMLWarning;\n    exports2.Alias = Alias.Alias;\n    exports2.isAlias = identity.isAlias;\n    exports2.isCollection = identity.isCollection;\n    exports2.isDocument = identity.isDocument;\n    exports2.isMap = identity.isMap;\n    exports2.isNode = identity.isNode;\n    exports2.isPair = identity.isPair;\n    exports2.isScalar = identity.isScalar;\n    exports2.isSeq = identity.isSeq;\n    exports2.Pair = Pair.Pair;\n    exports2.Scalar = Scalar.Scalar;\n    exports2.YAMLMap = YAMLMap.YAMLMap;\n    exports2.YAMLSeq = YAMLSeq.YAMLSeq;\n    exports2.CST = cst;\n    exports2.Lexer = lexer.Lexer;\n    exports2.LineCounter = lineCounter.LineCounter;\n    exports2.Parser = parser.Parser;\n    exports2.parse = publicApi.parse;\n    exports2.parseAllDocuments = publicApi.parseAllDocuments;\n    exports2.parseDocument = publicApi.parseDocument;\n    exports2.stringify = publicApi.stringify;\n    exports2.visit = visit.visit;\n    exports2.visitAsync = visit.visitAsync;\n  }\n});\n\n// <stdin>\nmodule.exports = require_dist();\n';
    var m = { exports: {} };
    new Function("module", "exports", "require", text)(m, m.exports, __require);
    module.exports = m.exports;
  }
});

// lazy-library:ajv
var require_ajv = __commonJS({
  "lazy-library:ajv"(exports, module) {
    var text = 'var __getOwnPropNames = Object.getOwnPropertyNames;\nvar __commonJS = (cb, mod) => function __require() {\n  try {\n    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;\n  } catch (e) {\n    throw mod = 0, e;\n  }\n};\n\n// node_modules/ajv/dist/compile/codegen/code.js\nvar require_code = __commonJS({\n  "node_modules/ajv/dist/compile/codegen/code.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;\n    var _CodeOrName = class {\n    };\n    exports2._CodeOrName = _CodeOrName;\n    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;\n    var Name = class extends _CodeOrName {\n      constructor(s) {\n        super();\n        if (!exports2.IDENTIFIER.test(s))\n          throw new Error("CodeGen: name must be a valid identifier");\n        this.str = s;\n      }\n      toString() {\n        return this.str;\n      }\n      emptyStr() {\n        return false;\n      }\n      get names() {\n        return { [this.str]: 1 };\n      }\n    };\n    exports2.Name = Name;\n    var _Code = class extends _CodeOrName {\n      constructor(code) {\n        super();\n        this._items = typeof code === "string" ? [code] : code;\n      }\n      toString() {\n        return this.str;\n      }\n      emptyStr() {\n        if (this._items.length > 1)\n          return false;\n        const item = this._items[0];\n        return item === "" || item === \'""\';\n      }\n      get str() {\n        var _a;\n        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");\n      }\n      get names() {\n        var _a;\n        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {\n          if (c instanceof Name)\n            names[c.str] = (names[c.str] || 0) + 1;\n          return names;\n        }, {});\n      }\n    };\n    exports2._Code = _Code;\n    exports2.nil = new _Code("");\n    function _(strs, ...args) {\n      const code = [strs[0]];\n      let i = 0;\n      while (i < args.length) {\n        addCodeArg(code, args[i]);\n        code.push(strs[++i]);\n      }\n      return new _Code(code);\n    }\n    exports2._ = _;\n    var plus = new _Code("+");\n    function str(strs, ...args) {\n      const expr = [safeStringify(strs[0])];\n      let i = 0;\n      while (i < args.length) {\n        expr.push(plus);\n        addCodeArg(expr, args[i]);\n        expr.push(plus, safeStringify(strs[++i]));\n      }\n      optimize(expr);\n      return new _Code(expr);\n    }\n    exports2.str = str;\n    function addCodeArg(code, arg) {\n      if (arg instanceof _Code)\n        code.push(...arg._items);\n      else if (arg instanceof Name)\n        code.push(arg);\n      else\n        code.push(interpolate(arg));\n    }\n    exports2.addCodeArg = addCodeArg;\n    function optimize(expr) {\n      let i = 1;\n      while (i < expr.length - 1) {\n        if (expr[i] === plus) {\n          const res = mergeExprItems(expr[i - 1], expr[i + 1]);\n          if (res !== void 0) {\n            expr.splice(i - 1, 3, res);\n            continue;\n          }\n          expr[i++] = "+";\n        }\n        i++;\n      }\n    }\n    function mergeExprItems(a, b) {\n      if (b === \'""\')\n        return a;\n      if (a === \'""\')\n        return b;\n      if (typeof a == "string") {\n        if (b instanceof Name || a[a.length - 1] !== \'"\')\n          return;\n        if (typeof b != "string")\n          return `${a.slice(0, -1)}${b}"`;\n        if (b[0] === \'"\')\n          return a.slice(0, -1) + b.slice(1);\n        return;\n      }\n      if (typeof b == "string" && b[0] === \'"\' && !(a instanceof Name))\n        return `"${a}${b.slice(1)}`;\n      return;\n    }\n    function strConcat(c1, c2) {\n      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;\n    }\n    exports2.strConcat = strConcat;\n    function interpolate(x) {\n      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);\n    }\n    function stringify(x) {\n      return new _Code(safeStringify(x));\n    }\n    exports2.stringify = stringify;\n    function safeStringify(x) {\n      return JSON.stringify(x).replace(/\\u2028/g, "\\\\u2028").replace(/\\u2029/g, "\\\\u2029");\n    }\n    exports2.safeStringify = safeStringify;\n    function getProperty(key) {\n      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;\n    }\n    exports2.getProperty = getProperty;\n    function getEsmExportName(key) {\n      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {\n        return new _Code(`${key}`);\n      }\n      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);\n    }\n    exports2.getEsmExportName = getEsmExportName;\n    function regexpCode(rx) {\n      return new _Code(rx.toString());\n    }\n    exports2.regexpCode = regexpCode;\n  }\n});\n\n// node_modules/ajv/dist/compile/codegen/scope.js\nvar require_scope = __commonJS({\n  "node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;\n    var code_1 = require_code();\n    var ValueError = class extends Error {\n      constructor(name) {\n        super(`CodeGen: "code" for ${name} not defined`);\n        this.value = name.value;\n      }\n    };\n    var UsedValueState;\n    (function(UsedValueState2) {\n      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";\n      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";\n    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));\n    exports2.varKinds = {\n      const: new code_1.Name("const"),\n      let: new code_1.Name("let"),\n      var: new code_1.Name("var")\n    };\n    var Scope = class {\n      constructor({ prefixes, parent } = {}) {\n        this._names = {};\n        this._prefixes = prefixes;\n        this._parent = parent;\n      }\n      toName(nameOrPrefix) {\n        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);\n      }\n      name(prefix) {\n        return new code_1.Name(this._newName(prefix));\n      }\n      _newName(prefix) {\n        const ng = this._names[prefix] || this._nameGroup(prefix);\n        return `${prefix}${ng.index++}`;\n      }\n      _nameGroup(prefix) {\n        var _a, _b;\n        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {\n          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);\n        }\n        return this._names[prefix] = { prefix, index: 0 };\n      }\n    };\n    exports2.Scope = Scope;\n    var ValueScopeName = class extends code_1.Name {\n      constructor(prefix, nameStr) {\n        super(nameStr);\n        this.prefix = prefix;\n      }\n      setValue(value, { property, itemIndex }) {\n        this.value = value;\n        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;\n      }\n    };\n    exports2.ValueScopeName = ValueScopeName;\n    var line = (0, code_1._)`\\n`;\n    var ValueScope = class extends Scope {\n      constructor(opts) {\n        super(opts);\n        this._values = {};\n        this._scope = opts.scope;\n        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };\n      }\n      get() {\n        return this._scope;\n      }\n      name(prefix) {\n        return new ValueScopeName(prefix, this._newName(prefix));\n      }\n      value(nameOrPrefix, value) {\n        var _a;\n        if (value.ref === void 0)\n          throw new Error("CodeGen: ref must be passed in value");\n        const name = this.toName(nameOrPrefix);\n        const { prefix } = name;\n        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;\n        let vs = this._values[prefix];\n        if (vs) {\n          const _name = vs.get(valueKey);\n          if (_name)\n            return _name;\n        } else {\n          vs = this._values[prefix] = /* @__PURE__ */ new Map();\n        }\n        vs.set(valueKey, name);\n        const s = this._scope[prefix] || (this._scope[prefix] = []);\n        const itemIndex = s.length;\n        s[itemIndex] = value.ref;\n        name.setValue(value, { property: prefix, itemIndex });\n        return name;\n      }\n      getValue(prefix, keyOrRef) {\n        const vs = this._values[prefix];\n        if (!vs)\n          return;\n        return vs.get(keyOrRef);\n      }\n      scopeRefs(scopeName, values = this._values) {\n        return this._reduceValues(values, (name) => {\n          if (name.scopePath === void 0)\n            throw new Error(`CodeGen: name "${name}" has no value`);\n          return (0, code_1._)`${scopeName}${name.scopePath}`;\n        });\n      }\n      scopeCode(values = this._values, usedValues, getCode) {\n        return this._reduceValues(values, (name) => {\n          if (name.value === void 0)\n            throw new Error(`CodeGen: name "${name}" has no value`);\n          return name.value.code;\n        }, usedValues, getCode);\n      }\n      _reduceValues(values, valueCode, usedValues = {}, getCode) {\n        let code = code_1.nil;\n        for (const prefix in values) {\n          const vs = values[prefix];\n          if (!vs)\n            continue;\n          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();\n          vs.forEach((name) => {\n            if (nameSet.has(name))\n              return;\n            nameSet.set(name, UsedValueState.Started);\n            let c = valueCode(name);\n            if (c) {\n              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;\n              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;\n            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {\n              code = (0, code_1._)`${code}${c}${this.opts._n}`;\n            } else {\n              throw new ValueError(name);\n            }\n            nameSet.set(name, UsedValueState.Completed);\n          });\n        }\n        return code;\n      }\n    };\n    exports2.ValueScope = ValueScope;\n  }\n});\n\n// node_modules/ajv/dist/compile/codegen/index.js\nvar require_codegen = __commonJS({\n  "node_modules/ajv/dist/compile/codegen/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;\n    var code_1 = require_code();\n    var scope_1 = require_scope();\n    var code_2 = require_code();\n    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {\n      return code_2._;\n    } });\n    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {\n      return code_2.str;\n    } });\n    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {\n      return code_2.strConcat;\n    } });\n    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {\n      return code_2.nil;\n    } });\n    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {\n      return code_2.getProperty;\n    } });\n    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {\n      return code_2.stringify;\n    } });\n    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {\n      return code_2.regexpCode;\n    } });\n    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {\n      return code_2.Name;\n    } });\n    var scope_2 = require_scope();\n    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {\n      return scope_2.Scope;\n    } });\n    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {\n      return scope_2.ValueScope;\n    } });\n    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {\n      return scope_2.ValueScopeName;\n    } });\n    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {\n      return scope_2.varKinds;\n    } });\n    exports2.operators = {\n      GT: new code_1._Code(">"),\n      GTE: new code_1._Code(">="),\n      LT: new code_1._Code("<"),\n      LTE: new code_1._Code("<="),\n      EQ: new code_1._Code("==="),\n      NEQ: new code_1._Code("!=="),\n      NOT: new code_1._Code("!"),\n      OR: new code_1._Code("||"),\n      AND: new code_1._Code("&&"),\n      ADD: new code_1._Code("+")\n    };\n    var Node = class {\n      optimizeNodes() {\n        return this;\n      }\n      optimizeNames(_names, _constants) {\n        return this;\n      }\n    };\n    var Def = class extends Node {\n      constructor(varKind, name, rhs) {\n        super();\n        this.varKind = varKind;\n        this.name = name;\n        this.rhs = rhs;\n      }\n      render({ es5, _n }) {\n        const varKind = es5 ? scope_1.varKinds.var : this.varKind;\n        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;\n        return `${varKind} ${this.name}${rhs};` + _n;\n      }\n      optimizeNames(names, constants) {\n        if (!names[this.name.str])\n          return;\n        if (this.rhs)\n          this.rhs = optimizeExpr(this.rhs, names, constants);\n        return this;\n      }\n      get names() {\n        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};\n      }\n    };\n    var Assign = class extends Node {\n      constructor(lhs, rhs, sideEffects) {\n        super();\n        this.lhs = lhs;\n        this.rhs = rhs;\n        this.sideEffects = sideEffects;\n      }\n      render({ _n }) {\n        return `${this.lhs} = ${this.rhs};` + _n;\n      }\n      optimizeNames(names, constants) {\n        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)\n          return;\n        this.rhs = optimizeExpr(this.rhs, names, constants);\n        return this;\n      }\n      get names() {\n        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };\n        return addExprNames(names, this.rhs);\n      }\n    };\n    var AssignOp = class extends Assign {\n      constructor(lhs, op, rhs, sideEffects) {\n        super(lhs, rhs, sideEffects);\n        this.op = op;\n      }\n      render({ _n }) {\n        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;\n      }\n    };\n    var Label = class extends Node {\n      constructor(label) {\n        super();\n        this.label = label;\n        this.names = {};\n      }\n      render({ _n }) {\n        return `${this.label}:` + _n;\n      }\n    };\n    var Break = class extends Node {\n      constructor(label) {\n        super();\n        this.label = label;\n        this.names = {};\n      }\n      render({ _n }) {\n        const label = this.label ? ` ${this.label}` : "";\n        return `break${label};` + _n;\n      }\n    };\n    var Throw = class extends Node {\n      constructor(error) {\n        super();\n        this.error = error;\n      }\n      render({ _n }) {\n        return `throw ${this.error};` + _n;\n      }\n      get names() {\n        return this.error.names;\n      }\n    };\n    var AnyCode = class extends Node {\n      constructor(code) {\n        super();\n        this.code = code;\n      }\n      render({ _n }) {\n        return `${this.code};` + _n;\n      }\n      optimizeNodes() {\n        return `${this.code}` ? this : void 0;\n      }\n      optimizeNames(names, constants) {\n        this.code = optimizeExpr(this.code, names, constants);\n        return this;\n      }\n      get names() {\n        return this.code instanceof code_1._CodeOrName ? this.code.names : {};\n      }\n    };\n    var ParentNode = class extends Node {\n      constructor(nodes = []) {\n        super();\n        this.nodes = nodes;\n      }\n      render(opts) {\n        return this.nodes.reduce((code, n) => code + n.render(opts), "");\n      }\n      optimizeNodes() {\n        const { nodes } = this;\n        let i = nodes.length;\n        while (i--) {\n          const n = nodes[i].optimizeNodes();\n          if (Array.isArray(n))\n            nodes.splice(i, 1, ...n);\n          else if (n)\n            nodes[i] = n;\n          else\n            nodes.splice(i, 1);\n        }\n        return nodes.length > 0 ? this : void 0;\n      }\n      optimizeNames(names, constants) {\n        const { nodes } = this;\n        let i = nodes.length;\n        while (i--) {\n          const n = nodes[i];\n          if (n.optimizeNames(names, constants))\n            continue;\n          subtractNames(names, n.names);\n          nodes.splice(i, 1);\n        }\n        return nodes.length > 0 ? this : void 0;\n      }\n      get names() {\n        return this.nodes.reduce((names, n) => addNames(names, n.names), {});\n      }\n    };\n    var BlockNode = class extends ParentNode {\n      render(opts) {\n        return "{" + opts._n + super.render(opts) + "}" + opts._n;\n      }\n    };\n    var Root = class extends ParentNode {\n    };\n    var Else = class extends BlockNode {\n    };\n    Else.kind = "else";\n    var If = class _If extends BlockNode {\n      constructor(condition, nodes) {\n        super(nodes);\n        this.condition = condition;\n      }\n      render(opts) {\n        let code = `if(${this.condition})` + super.render(opts);\n        if (this.else)\n          code += "else " + this.else.render(opts);\n        return code;\n      }\n      optimizeNodes() {\n        super.optimizeNodes();\n        const cond = this.condition;\n        if (cond === true)\n          return this.nodes;\n        let e = this.else;\n        if (e) {\n          const ns = e.optimizeNodes();\n          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;\n        }\n        if (e) {\n          if (cond === false)\n            return e instanceof _If ? e : e.nodes;\n          if (this.nodes.length)\n            return this;\n          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);\n        }\n        if (cond === false || !this.nodes.length)\n          return void 0;\n        return this;\n      }\n      optimizeNames(names, constants) {\n        var _a;\n        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);\n        if (!(super.optimizeNames(names, constants) || this.else))\n          return;\n        this.condition = optimizeExpr(this.condition, names, constants);\n        return this;\n      }\n      get names() {\n        const names = super.names;\n        addExprNames(names, this.condition);\n        if (this.else)\n          addNames(names, this.else.names);\n        return names;\n      }\n    };\n    If.kind = "if";\n    var For = class extends BlockNode {\n    };\n    For.kind = "for";\n    var ForLoop = class extends For {\n      constructor(iteration) {\n        super();\n        this.iteration = iteration;\n      }\n      render(opts) {\n        return `for(${this.iteration})` + super.render(opts);\n      }\n      optimizeNames(names, constants) {\n        if (!super.optimizeNames(names, constants))\n          return;\n        this.iteration = optimizeExpr(this.iteration, names, constants);\n        return this;\n      }\n      get names() {\n        return addNames(super.names, this.iteration.names);\n      }\n    };\n    var ForRange = class extends For {\n      constructor(varKind, name, from, to) {\n        super();\n        this.varKind = varKind;\n        this.name = name;\n        this.from = from;\n        this.to = to;\n      }\n      render(opts) {\n        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;\n        const { name, from, to } = this;\n        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);\n      }\n      get names() {\n        const names = addExprNames(super.names, this.from);\n        return addExprNames(names, this.to);\n      }\n    };\n    var ForIter = class extends For {\n      constructor(loop, varKind, name, iterable) {\n        super();\n        this.loop = loop;\n        this.varKind = varKind;\n        this.name = name;\n        this.iterable = iterable;\n      }\n      render(opts) {\n        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);\n      }\n      optimizeNames(names, constants) {\n        if (!super.optimizeNames(names, constants))\n          return;\n        this.iterable = optimizeExpr(this.iterable, names, constants);\n        return this;\n      }\n      get names() {\n        return addNames(super.names, this.iterable.names);\n      }\n    };\n    var Func = class extends BlockNode {\n      constructor(name, args, async) {\n        super();\n        this.name = name;\n        this.args = args;\n        this.async = async;\n      }\n      render(opts) {\n        const _async = this.async ? "async " : "";\n        return `${_async}function ${this.name}(${this.args})` + super.render(opts);\n      }\n    };\n    Func.kind = "func";\n    var Return = class extends ParentNode {\n      render(opts) {\n        return "return " + super.render(opts);\n      }\n    };\n    Return.kind = "return";\n    var Try = class extends BlockNode {\n      render(opts) {\n        let code = "try" + super.render(opts);\n        if (this.catch)\n          code += this.catch.render(opts);\n        if (this.finally)\n          code += this.finally.render(opts);\n        return code;\n      }\n      optimizeNodes() {\n        var _a, _b;\n        super.optimizeNodes();\n        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();\n        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();\n        return this;\n      }\n      optimizeNames(names, constants) {\n        var _a, _b;\n        super.optimizeNames(names, constants);\n        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);\n        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);\n        return this;\n      }\n      get names() {\n        const names = super.names;\n        if (this.catch)\n          addNames(names, this.catch.names);\n        if (this.finally)\n          addNames(names, this.finally.names);\n        return names;\n      }\n    };\n    var Catch = class extends BlockNode {\n      constructor(error) {\n        super();\n        this.error = error;\n      }\n      render(opts) {\n        return `catch(${this.error})` + super.render(opts);\n      }\n    };\n    Catch.kind = "catch";\n    var Finally = class extends BlockNode {\n      render(opts) {\n        return "finally" + super.render(opts);\n      }\n    };\n    Finally.kind = "finally";\n    var CodeGen = class {\n      constructor(extScope, opts = {}) {\n        this._values = {};\n        this._blockStarts = [];\n        this._constants = {};\n        this.opts = { ...opts, _n: opts.lines ? "\\n" : "" };\n        this._extScope = extScope;\n        this._scope = new scope_1.Scope({ parent: extScope });\n        this._nodes = [new Root()];\n      }\n      toString() {\n        return this._root.render(this.opts);\n      }\n      // returns unique name in the internal scope\n      name(prefix) {\n        return this._scope.name(prefix);\n      }\n      // reserves unique name in the external scope\n      scopeName(prefix) {\n        return this._extScope.name(prefix);\n      }\n      // reserves unique name in the external scope and assigns value to it\n      scopeValue(prefixOrName, value) {\n        const name = this._extScope.value(prefixOrName, value);\n        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());\n        vs.add(name);\n        return name;\n      }\n      getScopeValue(prefix, keyOrRef) {\n        return this._extScope.getValue(prefix, keyOrRef);\n      }\n      // return code that assigns values in the external scope to the names that are used internally\n      // (same names that were returned by gen.scopeName or gen.scopeValue)\n      scopeRefs(scopeName) {\n        return this._extScope.scopeRefs(scopeName, this._values);\n      }\n      scopeCode() {\n        return this._extScope.scopeCode(this._values);\n      }\n      _def(varKind, nameOrPrefix, rhs, constant) {\n        const name = this._scope.toName(nameOrPrefix);\n        if (rhs !== void 0 && constant)\n          this._constants[name.str] = rhs;\n        this._leafNode(new Def(varKind, name, rhs));\n        return name;\n      }\n      // `const` declaration (`var` in es5 mode)\n      const(nameOrPrefix, rhs, _constant) {\n        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);\n      }\n      // `let` declaration with optional assignment (`var` in es5 mode)\n      let(nameOrPrefix, rhs, _constant) {\n        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);\n      }\n      // `var` declaration with optional assignment\n      var(nameOrPrefix, rhs, _constant) {\n        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);\n      }\n      // assignment code\n      assign(lhs, rhs, sideEffects) {\n        return this._leafNode(new Assign(lhs, rhs, sideEffects));\n      }\n      // `+=` code\n      add(lhs, rhs) {\n        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));\n      }\n      // appends passed SafeExpr to code or executes Block\n      code(c) {\n        if (typeof c == "function")\n          c();\n        else if (c !== code_1.nil)\n          this._leafNode(new AnyCode(c));\n        return this;\n      }\n      // returns code for object literal for the passed argument list of key-value pairs\n      object(...keyValues) {\n        const code = ["{"];\n        for (const [key, value] of keyValues) {\n          if (code.length > 1)\n            code.push(",");\n          code.push(key);\n          if (key !== value || this.opts.es5) {\n            code.push(":");\n            (0, code_1.addCodeArg)(code, value);\n          }\n        }\n        code.push("}");\n        return new code_1._Code(code);\n      }\n      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)\n      if(condition, thenBody, elseBody) {\n        this._blockNode(new If(condition));\n        if (thenBody && elseBody) {\n          this.code(thenBody).else().code(elseBody).endIf();\n        } else if (thenBody) {\n          this.code(thenBody).endIf();\n        } else if (elseBody) {\n          throw new Error(\'CodeGen: "else" body without "then" body\');\n        }\n        return this;\n      }\n      // `else if` clause - invalid without `if` or after `else` clauses\n      elseIf(condition) {\n        return this._elseNode(new If(condition));\n      }\n      // `else` clause - only valid after `if` or `else if` clauses\n      else() {\n        return this._elseNode(new Else());\n      }\n      // end `if` statement (needed if gen.if was used only with condition)\n      endIf() {\n        return this._endBlockNode(If, Else);\n      }\n      _for(node, forBody) {\n        this._blockNode(node);\n        if (forBody)\n          this.code(forBody).endFor();\n        return this;\n      }\n      // a generic `for` clause (or statement if `forBody` is passed)\n      for(iteration, forBody) {\n        return this._for(new ForLoop(iteration), forBody);\n      }\n      // `for` statement for a range of values\n      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {\n        const name = this._scope.toName(nameOrPrefix);\n        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));\n      }\n      // `for-of` statement (in es5 mode replace with a normal for loop)\n      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {\n        const name = this._scope.toName(nameOrPrefix);\n        if (this.opts.es5) {\n          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);\n          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {\n            this.var(name, (0, code_1._)`${arr}[${i}]`);\n            forBody(name);\n          });\n        }\n        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));\n      }\n      // `for-in` statement.\n      // With option `ownProperties` replaced with a `for-of` loop for object keys\n      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {\n        if (this.opts.ownProperties) {\n          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);\n        }\n        const name = this._scope.toName(nameOrPrefix);\n        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));\n      }\n      // end `for` loop\n      endFor() {\n        return this._endBlockNode(For);\n      }\n      // `label` statement\n      label(label) {\n        return this._leafNode(new Label(label));\n      }\n      // `break` statement\n      break(label) {\n        return this._leafNode(new Break(label));\n      }\n      // `return` statement\n      return(value) {\n        const node = new Return();\n        this._blockNode(node);\n        this.code(value);\n        if (node.nodes.length !== 1)\n          throw new Error(\'CodeGen: "return" should have one node\');\n        return this._endBlockNode(Return);\n      }\n      // `try` statement\n      try(tryBody, catchCode, finallyCode) {\n        if (!catchCode && !finallyCode)\n          throw new Error(\'CodeGen: "try" without "catch" and "finally"\');\n        const node = new Try();\n        this._blockNode(node);\n        this.code(tryBody);\n        if (catchCode) {\n          const error = this.name("e");\n          this._currNode = node.catch = new Catch(error);\n          catchCode(error);\n        }\n        if (finallyCode) {\n          this._currNode = node.finally = new Finally();\n          this.code(finallyCode);\n        }\n        return this._endBlockNode(Catch, Finally);\n      }\n      // `throw` statement\n      throw(error) {\n        return this._leafNode(new Throw(error));\n      }\n      // start self-balancing block\n      block(body, nodeCount) {\n        this._blockStarts.push(this._nodes.length);\n        if (body)\n          this.code(body).endBlock(nodeCount);\n        return this;\n      }\n      // end the current self-balancing block\n      endBlock(nodeCount) {\n        const len = this._blockStarts.pop();\n        if (len === void 0)\n          throw new Error("CodeGen: not in self-balancing block");\n        const toClose = this._nodes.length - len;\n        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {\n          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);\n        }\n        this._nodes.length = len;\n        return this;\n      }\n      // `function` heading (or definition if funcBody is passed)\n      func(name, args = code_1.nil, async, funcBody) {\n        this._blockNode(new Func(name, args, async));\n        if (funcBody)\n          this.code(funcBody).endFunc();\n        return this;\n      }\n      // end function definition\n      endFunc() {\n        return this._endBlockNode(Func);\n      }\n      optimize(n = 1) {\n        while (n-- > 0) {\n          this._root.optimizeNodes();\n          this._root.optimizeNames(this._root.names, this._constants);\n        }\n      }\n      _leafNode(node) {\n        this._currNode.nodes.push(node);\n        return this;\n      }\n      _blockNode(node) {\n        this._currNode.nodes.push(node);\n        this._nodes.push(node);\n      }\n      _endBlockNode(N1, N2) {\n        const n = this._currNode;\n        if (n instanceof N1 || N2 && n instanceof N2) {\n          this._nodes.pop();\n          return this;\n        }\n        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);\n      }\n      _elseNode(node) {\n        const n = this._currNode;\n        if (!(n instanceof If)) {\n          throw new Error(\'CodeGen: "else" without "if"\');\n        }\n        this._currNode = n.else = node;\n        return this;\n      }\n      get _root() {\n        return this._nodes[0];\n      }\n      get _currNode() {\n        const ns = this._nodes;\n        return ns[ns.length - 1];\n      }\n      set _currNode(node) {\n        const ns = this._nodes;\n        ns[ns.length - 1] = node;\n      }\n    };\n    exports2.CodeGen = CodeGen;\n    function addNames(names, from) {\n      for (const n in from)\n        names[n] = (names[n] || 0) + (from[n] || 0);\n      return names;\n    }\n    function addExprNames(names, from) {\n      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;\n    }\n    function optimizeExpr(expr, names, constants) {\n      if (expr instanceof code_1.Name)\n        return replaceName(expr);\n      if (!canOptimize(expr))\n        return expr;\n      return new code_1._Code(expr._items.reduce((items, c) => {\n        if (c instanceof code_1.Name)\n          c = replaceName(c);\n        if (c instanceof code_1._Code)\n          items.push(...c._items);\n        else\n          items.push(c);\n        return items;\n      }, []));\n      function replaceName(n) {\n        const c = constants[n.str];\n        if (c === void 0 || names[n.str] !== 1)\n          return n;\n        delete names[n.str];\n        return c;\n      }\n      function canOptimize(e) {\n        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);\n      }\n    }\n    function subtractNames(names, from) {\n      for (const n in from)\n        names[n] = (names[n] || 0) - (from[n] || 0);\n    }\n    function not(x) {\n      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;\n    }\n    exports2.not = not;\n    var andCode = mappend(exports2.operators.AND);\n    function and(...args) {\n      return args.reduce(andCode);\n    }\n    exports2.and = and;\n    var orCode = mappend(exports2.operators.OR);\n    function or(...args) {\n      return args.reduce(orCode);\n    }\n    exports2.or = or;\n    function mappend(op) {\n      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;\n    }\n    function par(x) {\n      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;\n    }\n  }\n});\n\n// node_modules/ajv/dist/compile/util.js\nvar require_util = __commonJS({\n  "node_modules/ajv/dist/compile/util.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;\n    var codegen_1 = require_codegen();\n    var code_1 = require_code();\n    function toHash(arr) {\n      const hash = {};\n      for (const item of arr)\n        hash[item] = true;\n      return hash;\n    }\n    exports2.toHash = toHash;\n    function alwaysValidSchema(it, schema) {\n      if (typeof schema == "boolean")\n        return schema;\n      if (Object.keys(schema).length === 0)\n        return true;\n      checkUnknownRules(it, schema);\n      return !schemaHasRules(schema, it.self.RULES.all);\n    }\n    exports2.alwaysValidSchema = alwaysValidSchema;\n    function checkUnknownRules(it, schema = it.schema) {\n      const { opts, self } = it;\n      if (!opts.strictSchema)\n        return;\n      if (typeof schema === "boolean")\n        return;\n      const rules = self.RULES.keywords;\n      for (const key in schema) {\n        if (!rules[key])\n          checkStrictMode(it, `unknown keyword: "${key}"`);\n      }\n    }\n    exports2.checkUnknownRules = checkUnknownRules;\n    function schemaHasRules(schema, rules) {\n      if (typeof schema == "boolean")\n        return !schema;\n      for (const key in schema)\n        if (rules[key])\n          return true;\n      return false;\n    }\n    exports2.schemaHasRules = schemaHasRules;\n    function schemaHasRulesButRef(schema, RULES) {\n      if (typeof schema == "boolean")\n        return !schema;\n      for (const key in schema)\n        if (key !== "$ref" && RULES.all[key])\n          return true;\n      return false;\n    }\n    exports2.schemaHasRulesButRef = schemaHasRulesButRef;\n    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {\n      if (!$data) {\n        if (typeof schema == "number" || typeof schema == "boolean")\n          return schema;\n        if (typeof schema == "string")\n          return (0, codegen_1._)`${schema}`;\n      }\n      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;\n    }\n    exports2.schemaRefOrVal = schemaRefOrVal;\n    function unescapeFragment(str) {\n      return unescapeJsonPointer(decodeURIComponent(str));\n    }\n    exports2.unescapeFragment = unescapeFragment;\n    function escapeFragment(str) {\n      return encodeURIComponent(escapeJsonPointer(str));\n    }\n    exports2.escapeFragment = escapeFragment;\n    function escapeJsonPointer(str) {\n      if (typeof str == "number")\n        return `${str}`;\n      return str.replace(/~/g, "~0").replace(/\\//g, "~1");\n    }\n    exports2.escapeJsonPointer = escapeJsonPointer;\n    function unescapeJsonPointer(str) {\n      return str.replace(/~1/g, "/").replace(/~0/g, "~");\n    }\n    exports2.unescapeJsonPointer = unescapeJsonPointer;\n    function eachItem(xs, f) {\n      if (Array.isArray(xs)) {\n        for (const x of xs)\n          f(x);\n      } else {\n        f(xs);\n      }\n    }\n    exports2.eachItem = eachItem;\n    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {\n      return (gen, from, to, toName) => {\n        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);\n        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;\n      };\n    }\n    exports2.mergeEvaluated = {\n      props: makeMergeEvaluated({\n        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {\n          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));\n        }),\n        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {\n          if (from === true) {\n            gen.assign(to, true);\n          } else {\n            gen.assign(to, (0, codegen_1._)`${to} || {}`);\n            setEvaluated(gen, to, from);\n          }\n        }),\n        mergeValues: (from, to) => from === true ? true : { ...from, ...to },\n        resultToName: evaluatedPropsToName\n      }),\n      items: makeMergeEvaluated({\n        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),\n        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),\n        mergeValues: (from, to) => from === true ? true : Math.max(from, to),\n        resultToName: (gen, items) => gen.var("items", items)\n      })\n    };\n    function evaluatedPropsToName(gen, ps) {\n      if (ps === true)\n        return gen.var("props", true);\n      const props = gen.var("props", (0, codegen_1._)`{}`);\n      if (ps !== void 0)\n        setEvaluated(gen, props, ps);\n      return props;\n    }\n    exports2.evaluatedPropsToName = evaluatedPropsToName;\n    function setEvaluated(gen, props, ps) {\n      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));\n    }\n    exports2.setEvaluated = setEvaluated;\n    var snippets = {};\n    function useFunc(gen, f) {\n      return gen.scopeValue("func", {\n        ref: f,\n        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))\n      });\n    }\n    exports2.useFunc = useFunc;\n    var Type;\n    (function(Type2) {\n      Type2[Type2["Num"] = 0] = "Num";\n      Type2[Type2["Str"] = 1] = "Str";\n    })(Type || (exports2.Type = Type = {}));\n    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {\n      if (dataProp instanceof codegen_1.Name) {\n        const isNumber = dataPropType === Type.Num;\n        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"[\'" + ${dataProp} + "\']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\\\//g, "~1")`;\n      }\n      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);\n    }\n    exports2.getErrorPath = getErrorPath;\n    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {\n      if (!mode)\n        return;\n      msg = `strict mode: ${msg}`;\n      if (mode === true)\n        throw new Error(msg);\n      it.self.logger.warn(msg);\n    }\n    exports2.checkStrictMode = checkStrictMode;\n  }\n});\n\n// node_modules/ajv/dist/compile/names.js\nvar require_names = __commonJS({\n  "node_modules/ajv/dist/compile/names.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var names = {\n      // validation function arguments\n      data: new codegen_1.Name("data"),\n      // data passed to validation function\n      // args passed from referencing schema\n      valCxt: new codegen_1.Name("valCxt"),\n      // validation/data context - should not be used directly, it is destructured to the names below\n      instancePath: new codegen_1.Name("instancePath"),\n      parentData: new codegen_1.Name("parentData"),\n      parentDataProperty: new codegen_1.Name("parentDataProperty"),\n      rootData: new codegen_1.Name("rootData"),\n      // root data - same as the data passed to the first/top validation function\n      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),\n      // used to support recursiveRef and dynamicRef\n      // function scoped variables\n      vErrors: new codegen_1.Name("vErrors"),\n      // null or array of validation errors\n      errors: new codegen_1.Name("errors"),\n      // counter of validation errors\n      this: new codegen_1.Name("this"),\n      // "globals"\n      self: new codegen_1.Name("self"),\n      scope: new codegen_1.Name("scope"),\n      // JTD serialize/parse name for JSON string and position\n      json: new codegen_1.Name("json"),\n      jsonPos: new codegen_1.Name("jsonPos"),\n      jsonLen: new codegen_1.Name("jsonLen"),\n      jsonPart: new codegen_1.Name("jsonPart")\n    };\n    exports2.default = names;\n  }\n});\n\n// node_modules/ajv/dist/compile/errors.js\nvar require_errors = __commonJS({\n  "node_modules/ajv/dist/compile/errors.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var names_1 = require_names();\n    exports2.keywordError = {\n      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`\n    };\n    exports2.keyword$DataError = {\n      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`\n    };\n    function reportError(cxt, error = exports2.keywordError, errorPaths, overrideAllErrors) {\n      const { it } = cxt;\n      const { gen, compositeRule, allErrors } = it;\n      const errObj = errorObjectCode(cxt, error, errorPaths);\n      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {\n        addError(gen, errObj);\n      } else {\n        returnErrors(it, (0, codegen_1._)`[${errObj}]`);\n      }\n    }\n    exports2.reportError = reportError;\n    function reportExtraError(cxt, error = exports2.keywordError, errorPaths) {\n      const { it } = cxt;\n      const { gen, compositeRule, allErrors } = it;\n      const errObj = errorObjectCode(cxt, error, errorPaths);\n      addError(gen, errObj);\n      if (!(compositeRule || allErrors)) {\n        returnErrors(it, names_1.default.vErrors);\n      }\n    }\n    exports2.reportExtraError = reportExtraError;\n    function resetErrorsCount(gen, errsCount) {\n      gen.assign(names_1.default.errors, errsCount);\n      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));\n    }\n    exports2.resetErrorsCount = resetErrorsCount;\n    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {\n      if (errsCount === void 0)\n        throw new Error("ajv implementation error");\n      const err = gen.name("err");\n      gen.forRange("i", errsCount, names_1.default.errors, (i) => {\n        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);\n        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));\n        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);\n        if (it.opts.verbose) {\n          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);\n          gen.assign((0, codegen_1._)`${err}.data`, data);\n        }\n      });\n    }\n    exports2.extendErrors = extendErrors;\n    function addError(gen, errObj) {\n      const err = gen.const("err", errObj);\n      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);\n      gen.code((0, codegen_1._)`${names_1.default.errors}++`);\n    }\n    function returnErrors(it, errs) {\n      const { gen, validateName, schemaEnv } = it;\n      if (schemaEnv.$async) {\n        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);\n      } else {\n        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);\n        gen.return(false);\n      }\n    }\n    var E = {\n      keyword: new codegen_1.Name("keyword"),\n      schemaPath: new codegen_1.Name("schemaPath"),\n      // also used in JTD errors\n      params: new codegen_1.Name("params"),\n      propertyName: new codegen_1.Name("propertyName"),\n      message: new codegen_1.Name("message"),\n      schema: new codegen_1.Name("schema"),\n      parentSchema: new codegen_1.Name("parentSchema")\n    };\n    function errorObjectCode(cxt, error, errorPaths) {\n      const { createErrors } = cxt.it;\n      if (createErrors === false)\n        return (0, codegen_1._)`{}`;\n      return errorObject(cxt, error, errorPaths);\n    }\n    function errorObject(cxt, error, errorPaths = {}) {\n      const { gen, it } = cxt;\n      const keyValues = [\n        errorInstancePath(it, errorPaths),\n        errorSchemaPath(cxt, errorPaths)\n      ];\n      extraErrorProps(cxt, error, keyValues);\n      return gen.object(...keyValues);\n    }\n    function errorInstancePath({ errorPath }, { instancePath }) {\n      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;\n      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];\n    }\n    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {\n      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;\n      if (schemaPath) {\n        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;\n      }\n      return [E.schemaPath, schPath];\n    }\n    function extraErrorProps(cxt, { params, message }, keyValues) {\n      const { keyword, data, schemaValue, it } = cxt;\n      const { opts, propertyName, topSchemaRef, schemaPath } = it;\n      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);\n      if (opts.messages) {\n        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);\n      }\n      if (opts.verbose) {\n        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);\n      }\n      if (propertyName)\n        keyValues.push([E.propertyName, propertyName]);\n    }\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/boolSchema.js\nvar require_boolSchema = __commonJS({\n  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;\n    var errors_1 = require_errors();\n    var codegen_1 = require_codegen();\n    var names_1 = require_names();\n    var boolError = {\n      message: "boolean schema is false"\n    };\n    function topBoolOrEmptySchema(it) {\n      const { gen, schema, validateName } = it;\n      if (schema === false) {\n        falseSchemaError(it, false);\n      } else if (typeof schema == "object" && schema.$async === true) {\n        gen.return(names_1.default.data);\n      } else {\n        gen.assign((0, codegen_1._)`${validateName}.errors`, null);\n        gen.return(true);\n      }\n    }\n    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;\n    function boolOrEmptySchema(it, valid) {\n      const { gen, schema } = it;\n      if (schema === false) {\n        gen.var(valid, false);\n        falseSchemaError(it);\n      } else {\n        gen.var(valid, true);\n      }\n    }\n    exports2.boolOrEmptySchema = boolOrEmptySchema;\n    function falseSchemaError(it, overrideAllErrors) {\n      const { gen, data } = it;\n      const cxt = {\n        gen,\n        keyword: "false schema",\n        data,\n        schema: false,\n        schemaCode: false,\n        schemaValue: false,\n        params: {},\n        it\n      };\n      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);\n    }\n  }\n});\n\n// node_modules/ajv/dist/compile/rules.js\nvar require_rules = __commonJS({\n  "node_modules/ajv/dist/compile/rules.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.getRules = exports2.isJSONType = void 0;\n    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];\n    var jsonTypes = new Set(_jsonTypes);\n    function isJSONType(x) {\n      return typeof x == "string" && jsonTypes.has(x);\n    }\n    exports2.isJSONType = isJSONType;\n    function getRules() {\n      const groups = {\n        number: { type: "number", rules: [] },\n        string: { type: "string", rules: [] },\n        array: { type: "array", rules: [] },\n        object: { type: "object", rules: [] }\n      };\n      return {\n        types: { ...groups, integer: true, boolean: true, null: true },\n        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],\n        post: { rules: [] },\n        all: {},\n        keywords: {}\n      };\n    }\n    exports2.getRules = getRules;\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/applicability.js\nvar require_applicability = __commonJS({\n  "node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;\n    function schemaHasRulesForType({ schema, self }, type) {\n      const group = self.RULES.types[type];\n      return group && group !== true && shouldUseGroup(schema, group);\n    }\n    exports2.schemaHasRulesForType = schemaHasRulesForType;\n    function shouldUseGroup(schema, group) {\n      return group.rules.some((rule) => shouldUseRule(schema, rule));\n    }\n    exports2.shouldUseGroup = shouldUseGroup;\n    function shouldUseRule(schema, rule) {\n      var _a;\n      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));\n    }\n    exports2.shouldUseRule = shouldUseRule;\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/dataType.js\nvar require_dataType = __commonJS({\n  "node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;\n    var rules_1 = require_rules();\n    var applicability_1 = require_applicability();\n    var errors_1 = require_errors();\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var DataType;\n    (function(DataType2) {\n      DataType2[DataType2["Correct"] = 0] = "Correct";\n      DataType2[DataType2["Wrong"] = 1] = "Wrong";\n    })(DataType || (exports2.DataType = DataType = {}));\n    function getSchemaTypes(schema) {\n      const types = getJSONTypes(schema.type);\n      const hasNull = types.includes("null");\n      if (hasNull) {\n        if (schema.nullable === false)\n          throw new Error("type: null contradicts nullable: false");\n      } else {\n        if (!types.length && schema.nullable !== void 0) {\n          throw new Error(\'"nullable" cannot be used without "type"\');\n        }\n        if (schema.nullable === true)\n          types.push("null");\n      }\n      return types;\n    }\n    exports2.getSchemaTypes = getSchemaTypes;\n    function getJSONTypes(ts) {\n      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];\n      if (types.every(rules_1.isJSONType))\n        return types;\n      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));\n    }\n    exports2.getJSONTypes = getJSONTypes;\n    function coerceAndCheckDataType(it, types) {\n      const { gen, data, opts } = it;\n      const coerceTo = coerceToTypes(types, opts.coerceTypes);\n      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));\n      if (checkTypes) {\n        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);\n        gen.if(wrongType, () => {\n          if (coerceTo.length)\n            coerceData(it, types, coerceTo);\n          else\n            reportTypeError(it);\n        });\n      }\n      return checkTypes;\n    }\n    exports2.coerceAndCheckDataType = coerceAndCheckDataType;\n    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);\n    function coerceToTypes(types, coerceTypes) {\n      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];\n    }\n    function coerceData(it, types, coerceTo) {\n      const { gen, data, opts } = it;\n      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);\n      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);\n      if (opts.coerceTypes === "array") {\n        gen.if((0, codegen_1._)`${dataType} == \'object\' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));\n      }\n      gen.if((0, codegen_1._)`${coerced} !== undefined`);\n      for (const t of coerceTo) {\n        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {\n          coerceSpecificType(t);\n        }\n      }\n      gen.else();\n      reportTypeError(it);\n      gen.endIf();\n      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {\n        gen.assign(data, coerced);\n        assignParentData(it, coerced);\n      });\n      function coerceSpecificType(t) {\n        switch (t) {\n          case "string":\n            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);\n            return;\n          case "number":\n            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null\n              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);\n            return;\n          case "integer":\n            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null\n              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);\n            return;\n          case "boolean":\n            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);\n            return;\n          case "null":\n            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);\n            gen.assign(coerced, null);\n            return;\n          case "array":\n            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"\n              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);\n        }\n      }\n    }\n    function assignParentData({ gen, parentData, parentDataProperty }, expr) {\n      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));\n    }\n    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {\n      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;\n      let cond;\n      switch (dataType) {\n        case "null":\n          return (0, codegen_1._)`${data} ${EQ} null`;\n        case "array":\n          cond = (0, codegen_1._)`Array.isArray(${data})`;\n          break;\n        case "object":\n          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;\n          break;\n        case "integer":\n          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);\n          break;\n        case "number":\n          cond = numCond();\n          break;\n        default:\n          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;\n      }\n      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);\n      function numCond(_cond = codegen_1.nil) {\n        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);\n      }\n    }\n    exports2.checkDataType = checkDataType;\n    function checkDataTypes(dataTypes, data, strictNums, correct) {\n      if (dataTypes.length === 1) {\n        return checkDataType(dataTypes[0], data, strictNums, correct);\n      }\n      let cond;\n      const types = (0, util_1.toHash)(dataTypes);\n      if (types.array && types.object) {\n        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;\n        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;\n        delete types.null;\n        delete types.array;\n        delete types.object;\n      } else {\n        cond = codegen_1.nil;\n      }\n      if (types.number)\n        delete types.integer;\n      for (const t in types)\n        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));\n      return cond;\n    }\n    exports2.checkDataTypes = checkDataTypes;\n    var typeError = {\n      message: ({ schema }) => `must be ${schema}`,\n      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`\n    };\n    function reportTypeError(it) {\n      const cxt = getTypeErrorContext(it);\n      (0, errors_1.reportError)(cxt, typeError);\n    }\n    exports2.reportTypeError = reportTypeError;\n    function getTypeErrorContext(it) {\n      const { gen, data, schema } = it;\n      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");\n      return {\n        gen,\n        keyword: "type",\n        data,\n        schema: schema.type,\n        schemaCode,\n        schemaValue: schemaCode,\n        parentSchema: schema,\n        params: {},\n        it\n      };\n    }\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/defaults.js\nvar require_defaults = __commonJS({\n  "node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.assignDefaults = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    function assignDefaults(it, ty) {\n      const { properties, items } = it.schema;\n      if (ty === "object" && properties) {\n        for (const key in properties) {\n          assignDefault(it, key, properties[key].default);\n        }\n      } else if (ty === "array" && Array.isArray(items)) {\n        items.forEach((sch, i) => assignDefault(it, i, sch.default));\n      }\n    }\n    exports2.assignDefaults = assignDefaults;\n    function assignDefault(it, prop, defaultValue) {\n      const { gen, compositeRule, data, opts } = it;\n      if (defaultValue === void 0)\n        return;\n      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;\n      if (compositeRule) {\n        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);\n        return;\n      }\n      let condition = (0, codegen_1._)`${childData} === undefined`;\n      if (opts.useDefaults === "empty") {\n        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;\n      }\n      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);\n    }\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/code.js\nvar require_code2 = __commonJS({\n  "node_modules/ajv/dist/vocabularies/code.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var names_1 = require_names();\n    var util_2 = require_util();\n    function checkReportMissingProp(cxt, prop) {\n      const { gen, data, it } = cxt;\n      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {\n        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);\n        cxt.error();\n      });\n    }\n    exports2.checkReportMissingProp = checkReportMissingProp;\n    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {\n      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));\n    }\n    exports2.checkMissingProp = checkMissingProp;\n    function reportMissingProp(cxt, missing) {\n      cxt.setParams({ missingProperty: missing }, true);\n      cxt.error();\n    }\n    exports2.reportMissingProp = reportMissingProp;\n    function hasPropFunc(gen) {\n      return gen.scopeValue("func", {\n        // eslint-disable-next-line @typescript-eslint/unbound-method\n        ref: Object.prototype.hasOwnProperty,\n        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`\n      });\n    }\n    exports2.hasPropFunc = hasPropFunc;\n    function isOwnProperty(gen, data, property) {\n      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;\n    }\n    exports2.isOwnProperty = isOwnProperty;\n    function propertyInData(gen, data, property, ownProperties) {\n      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;\n      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;\n    }\n    exports2.propertyInData = propertyInData;\n    function noPropertyInData(gen, data, property, ownProperties) {\n      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;\n      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;\n    }\n    exports2.noPropertyInData = noPropertyInData;\n    function allSchemaProperties(schemaMap) {\n      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];\n    }\n    exports2.allSchemaProperties = allSchemaProperties;\n    function schemaProperties(it, schemaMap) {\n      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));\n    }\n    exports2.schemaProperties = schemaProperties;\n    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {\n      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;\n      const valCxt = [\n        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],\n        [names_1.default.parentData, it.parentData],\n        [names_1.default.parentDataProperty, it.parentDataProperty],\n        [names_1.default.rootData, names_1.default.rootData]\n      ];\n      if (it.opts.dynamicRef)\n        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);\n      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;\n      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;\n    }\n    exports2.callValidateCode = callValidateCode;\n    var newRegExp = (0, codegen_1._)`new RegExp`;\n    function usePattern({ gen, it: { opts } }, pattern) {\n      const u = opts.unicodeRegExp ? "u" : "";\n      const { regExp } = opts.code;\n      const rx = regExp(pattern, u);\n      return gen.scopeValue("pattern", {\n        key: rx.toString(),\n        ref: rx,\n        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`\n      });\n    }\n    exports2.usePattern = usePattern;\n    function validateArray(cxt) {\n      const { gen, data, keyword, it } = cxt;\n      const valid = gen.name("valid");\n      if (it.allErrors) {\n        const validArr = gen.let("valid", true);\n        validateItems(() => gen.assign(validArr, false));\n        return validArr;\n      }\n      gen.var(valid, true);\n      validateItems(() => gen.break());\n      return valid;\n      function validateItems(notValid) {\n        const len = gen.const("len", (0, codegen_1._)`${data}.length`);\n        gen.forRange("i", 0, len, (i) => {\n          cxt.subschema({\n            keyword,\n            dataProp: i,\n            dataPropType: util_1.Type.Num\n          }, valid);\n          gen.if((0, codegen_1.not)(valid), notValid);\n        });\n      }\n    }\n    exports2.validateArray = validateArray;\n    function validateUnion(cxt) {\n      const { gen, schema, keyword, it } = cxt;\n      if (!Array.isArray(schema))\n        throw new Error("ajv implementation error");\n      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));\n      if (alwaysValid && !it.opts.unevaluated)\n        return;\n      const valid = gen.let("valid", false);\n      const schValid = gen.name("_valid");\n      gen.block(() => schema.forEach((_sch, i) => {\n        const schCxt = cxt.subschema({\n          keyword,\n          schemaProp: i,\n          compositeRule: true\n        }, schValid);\n        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);\n        const merged = cxt.mergeValidEvaluated(schCxt, schValid);\n        if (!merged)\n          gen.if((0, codegen_1.not)(valid));\n      }));\n      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));\n    }\n    exports2.validateUnion = validateUnion;\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/keyword.js\nvar require_keyword = __commonJS({\n  "node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;\n    var codegen_1 = require_codegen();\n    var names_1 = require_names();\n    var code_1 = require_code2();\n    var errors_1 = require_errors();\n    function macroKeywordCode(cxt, def) {\n      const { gen, keyword, schema, parentSchema, it } = cxt;\n      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);\n      const schemaRef = useKeyword(gen, keyword, macroSchema);\n      if (it.opts.validateSchema !== false)\n        it.self.validateSchema(macroSchema, true);\n      const valid = gen.name("valid");\n      cxt.subschema({\n        schema: macroSchema,\n        schemaPath: codegen_1.nil,\n        errSchemaPath: `${it.errSchemaPath}/${keyword}`,\n        topSchemaRef: schemaRef,\n        compositeRule: true\n      }, valid);\n      cxt.pass(valid, () => cxt.error(true));\n    }\n    exports2.macroKeywordCode = macroKeywordCode;\n    function funcKeywordCode(cxt, def) {\n      var _a;\n      const { gen, keyword, schema, parentSchema, $data, it } = cxt;\n      checkAsyncKeyword(it, def);\n      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;\n      const validateRef = useKeyword(gen, keyword, validate);\n      const valid = gen.let("valid");\n      cxt.block$data(valid, validateKeyword);\n      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);\n      function validateKeyword() {\n        if (def.errors === false) {\n          assignValid();\n          if (def.modifying)\n            modifyData(cxt);\n          reportErrs(() => cxt.error());\n        } else {\n          const ruleErrs = def.async ? validateAsync() : validateSync();\n          if (def.modifying)\n            modifyData(cxt);\n          reportErrs(() => addErrs(cxt, ruleErrs));\n        }\n      }\n      function validateAsync() {\n        const ruleErrs = gen.let("ruleErrs", null);\n        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));\n        return ruleErrs;\n      }\n      function validateSync() {\n        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;\n        gen.assign(validateErrs, null);\n        assignValid(codegen_1.nil);\n        return validateErrs;\n      }\n      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {\n        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;\n        const passSchema = !("compile" in def && !$data || def.schema === false);\n        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);\n      }\n      function reportErrs(errors) {\n        var _a2;\n        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);\n      }\n    }\n    exports2.funcKeywordCode = funcKeywordCode;\n    function modifyData(cxt) {\n      const { gen, data, it } = cxt;\n      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));\n    }\n    function addErrs(cxt, errs) {\n      const { gen } = cxt;\n      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {\n        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);\n        (0, errors_1.extendErrors)(cxt);\n      }, () => cxt.error());\n    }\n    function checkAsyncKeyword({ schemaEnv }, def) {\n      if (def.async && !schemaEnv.$async)\n        throw new Error("async keyword in sync schema");\n    }\n    function useKeyword(gen, keyword, result) {\n      if (result === void 0)\n        throw new Error(`keyword "${keyword}" failed to compile`);\n      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });\n    }\n    function validSchemaType(schema, schemaType, allowUndefined = false) {\n      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");\n    }\n    exports2.validSchemaType = validSchemaType;\n    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {\n      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {\n        throw new Error("ajv implementation error");\n      }\n      const deps = def.dependencies;\n      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {\n        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);\n      }\n      if (def.validateSchema) {\n        const valid = def.validateSchema(schema[keyword]);\n        if (!valid) {\n          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);\n          if (opts.validateSchema === "log")\n            self.logger.error(msg);\n          else\n            throw new Error(msg);\n        }\n      }\n    }\n    exports2.validateKeywordUsage = validateKeywordUsage;\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/subschema.js\nvar require_subschema = __commonJS({\n  "node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {\n      if (keyword !== void 0 && schema !== void 0) {\n        throw new Error(\'both "keyword" and "schema" passed, only one allowed\');\n      }\n      if (keyword !== void 0) {\n        const sch = it.schema[keyword];\n        return schemaProp === void 0 ? {\n          schema: sch,\n          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,\n          errSchemaPath: `${it.errSchemaPath}/${keyword}`\n        } : {\n          schema: sch[schemaProp],\n          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,\n          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`\n        };\n      }\n      if (schema !== void 0) {\n        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {\n          throw new Error(\'"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"\');\n        }\n        return {\n          schema,\n          schemaPath,\n          topSchemaRef,\n          errSchemaPath\n        };\n      }\n      throw new Error(\'either "keyword" or "schema" must be passed\');\n    }\n    exports2.getSubschema = getSubschema;\n    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {\n      if (data !== void 0 && dataProp !== void 0) {\n        throw new Error(\'both "data" and "dataProp" passed, only one allowed\');\n      }\n      const { gen } = it;\n      if (dataProp !== void 0) {\n        const { errorPath, dataPathArr, opts } = it;\n        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);\n        dataContextProps(nextData);\n        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;\n        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;\n        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];\n      }\n      if (data !== void 0) {\n        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);\n        dataContextProps(nextData);\n        if (propertyName !== void 0)\n          subschema.propertyName = propertyName;\n      }\n      if (dataTypes)\n        subschema.dataTypes = dataTypes;\n      function dataContextProps(_nextData) {\n        subschema.data = _nextData;\n        subschema.dataLevel = it.dataLevel + 1;\n        subschema.dataTypes = [];\n        it.definedProperties = /* @__PURE__ */ new Set();\n        subschema.parentData = it.data;\n        subschema.dataNames = [...it.dataNames, _nextData];\n      }\n    }\n    exports2.extendSubschemaData = extendSubschemaData;\n    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {\n      if (compositeRule !== void 0)\n        subschema.compositeRule = compositeRule;\n      if (createErrors !== void 0)\n        subschema.createErrors = createErrors;\n      if (allErrors !== void 0)\n        subschema.allErrors = allErrors;\n      subschema.jtdDiscriminator = jtdDiscriminator;\n      subschema.jtdMetadata = jtdMetadata;\n    }\n    exports2.extendSubschemaMode = extendSubschemaMode;\n  }\n});\n\n// node_modules/fast-deep-equal/index.js\nvar require_fast_deep_equal = __commonJS({\n  "node_modules/fast-deep-equal/index.js"(exports2, module2) {\n    "use strict";\n    module2.exports = function equal(a, b) {\n      if (a === b) return true;\n      if (a && b && typeof a == "object" && typeof b == "object") {\n        if (a.constructor !== b.constructor) return false;\n        var length, i, keys;\n        if (Array.isArray(a)) {\n          length = a.length;\n          if (length != b.length) return false;\n          for (i = length; i-- !== 0; )\n            if (!equal(a[i], b[i])) return false;\n          return true;\n        }\n        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;\n        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();\n        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();\n        keys = Object.keys(a);\n        length = keys.length;\n        if (length !== Object.keys(b).length) return false;\n        for (i = length; i-- !== 0; )\n          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;\n        for (i = length; i-- !== 0; ) {\n          var key = keys[i];\n          if (!equal(a[key], b[key])) return false;\n        }\n        return true;\n      }\n      return a !== a && b !== b;\n    };\n  }\n});\n\n// node_modules/json-schema-traverse/index.js\nvar require_json_schema_traverse = __commonJS({\n  "node_modules/json-schema-traverse/index.js"(exports2, module2) {\n    "use strict";\n    var traverse = module2.exports = function(schema, opts, cb) {\n      if (typeof opts == "function") {\n        cb = opts;\n        opts = {};\n      }\n      cb = opts.cb || cb;\n      var pre = typeof cb == "function" ? cb : cb.pre || function() {\n      };\n      var post = cb.post || function() {\n      };\n      _traverse(opts, pre, post, schema, "", schema);\n    };\n    traverse.keywords = {\n      additionalItems: true,\n      items: true,\n      contains: true,\n      additionalProperties: true,\n      propertyNames: true,\n      not: true,\n      if: true,\n      then: true,\n      else: true\n    };\n    traverse.arrayKeywords = {\n      items: true,\n      allOf: true,\n      anyOf: true,\n      oneOf: true\n    };\n    traverse.propsKeywords = {\n      $defs: true,\n      definitions: true,\n      properties: true,\n      patternProperties: true,\n      dependencies: true\n    };\n    traverse.skipKeywords = {\n      default: true,\n      enum: true,\n      const: true,\n      required: true,\n      maximum: true,\n      minimum: true,\n      exclusiveMaximum: true,\n      exclusiveMinimum: true,\n      multipleOf: true,\n      maxLength: true,\n      minLength: true,\n      pattern: true,\n      format: true,\n      maxItems: true,\n      minItems: true,\n      uniqueItems: true,\n      maxProperties: true,\n      minProperties: true\n    };\n    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {\n      if (schema && typeof schema == "object" && !Array.isArray(schema)) {\n        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);\n        for (var key in schema) {\n          var sch = schema[key];\n          if (Array.isArray(sch)) {\n            if (key in traverse.arrayKeywords) {\n              for (var i = 0; i < sch.length; i++)\n                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);\n            }\n          } else if (key in traverse.propsKeywords) {\n            if (sch && typeof sch == "object") {\n              for (var prop in sch)\n                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);\n            }\n          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {\n            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);\n          }\n        }\n        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);\n      }\n    }\n    function escapeJsonPtr(str) {\n      return str.replace(/~/g, "~0").replace(/\\//g, "~1");\n    }\n  }\n});\n\n// node_modules/ajv/dist/compile/resolve.js\nvar require_resolve = __commonJS({\n  "node_modules/ajv/dist/compile/resolve.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;\n    var util_1 = require_util();\n    var equal = require_fast_deep_equal();\n    var traverse = require_json_schema_traverse();\n    var SIMPLE_INLINED = /* @__PURE__ */ new Set([\n      "type",\n      "format",\n      "pattern",\n      "maxLength",\n      "minLength",\n      "maxProperties",\n      "minProperties",\n      "maxItems",\n      "minItems",\n      "maximum",\n      "minimum",\n      "uniqueItems",\n      "multipleOf",\n      "required",\n      "enum",\n      "const"\n    ]);\n    function inlineRef(schema, limit = true) {\n      if (typeof schema == "boolean")\n        return true;\n      if (limit === true)\n        return !hasRef(schema);\n      if (!limit)\n        return false;\n      return countKeys(schema) <= limit;\n    }\n    exports2.inlineRef = inlineRef;\n    var REF_KEYWORDS = /* @__PURE__ */ new Set([\n      "$ref",\n      "$recursiveRef",\n      "$recursiveAnchor",\n      "$dynamicRef",\n      "$dynamicAnchor"\n    ]);\n    function hasRef(schema) {\n      for (const key in schema) {\n        if (REF_KEYWORDS.has(key))\n          return true;\n        const sch = schema[key];\n        if (Array.isArray(sch) && sch.some(hasRef))\n          return true;\n        if (typeof sch == "object" && hasRef(sch))\n          return true;\n      }\n      return false;\n    }\n    function countKeys(schema) {\n      let count = 0;\n      for (const key in schema) {\n        if (key === "$ref")\n          return Infinity;\n        count++;\n        if (SIMPLE_INLINED.has(key))\n          continue;\n        if (typeof schema[key] == "object") {\n          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));\n        }\n        if (count === Infinity)\n          return Infinity;\n      }\n      return count;\n    }\n    function getFullPath(resolver, id = "", normalize) {\n      if (normalize !== false)\n        id = normalizeId(id);\n      const p = resolver.parse(id);\n      return _getFullPath(resolver, p);\n    }\n    exports2.getFullPath = getFullPath;\n    function _getFullPath(resolver, p) {\n      const serialized = resolver.serialize(p);\n      return serialized.split("#")[0] + "#";\n    }\n    exports2._getFullPath = _getFullPath;\n    var TRAILING_SLASH_HASH = /#\\/?$/;\n    function normalizeId(id) {\n      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";\n    }\n    exports2.normalizeId = normalizeId;\n    function resolveUrl(resolver, baseId, id) {\n      id = normalizeId(id);\n      return resolver.resolve(baseId, id);\n    }\n    exports2.resolveUrl = resolveUrl;\n    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;\n    function getSchemaRefs(schema, baseId) {\n      if (typeof schema == "boolean")\n        return {};\n      const { schemaId, uriResolver } = this.opts;\n      const schId = normalizeId(schema[schemaId] || baseId);\n      const baseIds = { "": schId };\n      const pathPrefix = getFullPath(uriResolver, schId, false);\n      const localRefs = {};\n      const schemaRefs = /* @__PURE__ */ new Set();\n      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {\n        if (parentJsonPtr === void 0)\n          return;\n        const fullPath = pathPrefix + jsonPtr;\n        let innerBaseId = baseIds[parentJsonPtr];\n        if (typeof sch[schemaId] == "string")\n          innerBaseId = addRef.call(this, sch[schemaId]);\n        addAnchor.call(this, sch.$anchor);\n        addAnchor.call(this, sch.$dynamicAnchor);\n        baseIds[jsonPtr] = innerBaseId;\n        function addRef(ref) {\n          const _resolve = this.opts.uriResolver.resolve;\n          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);\n          if (schemaRefs.has(ref))\n            throw ambiguos(ref);\n          schemaRefs.add(ref);\n          let schOrRef = this.refs[ref];\n          if (typeof schOrRef == "string")\n            schOrRef = this.refs[schOrRef];\n          if (typeof schOrRef == "object") {\n            checkAmbiguosRef(sch, schOrRef.schema, ref);\n          } else if (ref !== normalizeId(fullPath)) {\n            if (ref[0] === "#") {\n              checkAmbiguosRef(sch, localRefs[ref], ref);\n              localRefs[ref] = sch;\n            } else {\n              this.refs[ref] = fullPath;\n            }\n          }\n          return ref;\n        }\n        function addAnchor(anchor) {\n          if (typeof anchor == "string") {\n            if (!ANCHOR.test(anchor))\n              throw new Error(`invalid anchor "${anchor}"`);\n            addRef.call(this, `#${anchor}`);\n          }\n        }\n      });\n      return localRefs;\n      function checkAmbiguosRef(sch1, sch2, ref) {\n        if (sch2 !== void 0 && !equal(sch1, sch2))\n          throw ambiguos(ref);\n      }\n      function ambiguos(ref) {\n        return new Error(`reference "${ref}" resolves to more than one schema`);\n      }\n    }\n    exports2.getSchemaRefs = getSchemaRefs;\n  }\n});\n\n// node_modules/ajv/dist/compile/validate/index.js\nvar require_validate = __commonJS({\n  "node_modules/ajv/dist/compile/validate/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;\n    var boolSchema_1 = require_boolSchema();\n    var dataType_1 = require_dataType();\n    var applicability_1 = require_applicability();\n    var dataType_2 = require_dataType();\n    var defaults_1 = require_defaults();\n    var keyword_1 = require_keyword();\n    var subschema_1 = require_subschema();\n    var codegen_1 = require_codegen();\n    var names_1 = require_names();\n    var resolve_1 = require_resolve();\n    var util_1 = require_util();\n    var errors_1 = require_errors();\n    function validateFunctionCode(it) {\n      if (isSchemaObj(it)) {\n        checkKeywords(it);\n        if (schemaCxtHasRules(it)) {\n          topSchemaObjCode(it);\n          return;\n        }\n      }\n      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));\n    }\n    exports2.validateFunctionCode = validateFunctionCode;\n    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {\n      if (opts.code.es5) {\n        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {\n          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);\n          destructureValCxtES5(gen, opts);\n          gen.code(body);\n        });\n      } else {\n        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));\n      }\n    }\n    function destructureValCxt(opts) {\n      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;\n    }\n    function destructureValCxtES5(gen, opts) {\n      gen.if(names_1.default.valCxt, () => {\n        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);\n        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);\n        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);\n        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);\n        if (opts.dynamicRef)\n          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);\n      }, () => {\n        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);\n        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);\n        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);\n        gen.var(names_1.default.rootData, names_1.default.data);\n        if (opts.dynamicRef)\n          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);\n      });\n    }\n    function topSchemaObjCode(it) {\n      const { schema, opts, gen } = it;\n      validateFunction(it, () => {\n        if (opts.$comment && schema.$comment)\n          commentKeyword(it);\n        checkNoDefault(it);\n        gen.let(names_1.default.vErrors, null);\n        gen.let(names_1.default.errors, 0);\n        if (opts.unevaluated)\n          resetEvaluated(it);\n        typeAndKeywords(it);\n        returnResults(it);\n      });\n      return;\n    }\n    function resetEvaluated(it) {\n      const { gen, validateName } = it;\n      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);\n      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));\n      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));\n    }\n    function funcSourceUrl(schema, opts) {\n      const schId = typeof schema == "object" && schema[opts.schemaId];\n      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;\n    }\n    function subschemaCode(it, valid) {\n      if (isSchemaObj(it)) {\n        checkKeywords(it);\n        if (schemaCxtHasRules(it)) {\n          subSchemaObjCode(it, valid);\n          return;\n        }\n      }\n      (0, boolSchema_1.boolOrEmptySchema)(it, valid);\n    }\n    function schemaCxtHasRules({ schema, self }) {\n      if (typeof schema == "boolean")\n        return !schema;\n      for (const key in schema)\n        if (self.RULES.all[key])\n          return true;\n      return false;\n    }\n    function isSchemaObj(it) {\n      return typeof it.schema != "boolean";\n    }\n    function subSchemaObjCode(it, valid) {\n      const { schema, gen, opts } = it;\n      if (opts.$comment && schema.$comment)\n        commentKeyword(it);\n      updateContext(it);\n      checkAsyncSchema(it);\n      const errsCount = gen.const("_errs", names_1.default.errors);\n      typeAndKeywords(it, errsCount);\n      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);\n    }\n    function checkKeywords(it) {\n      (0, util_1.checkUnknownRules)(it);\n      checkRefsAndKeywords(it);\n    }\n    function typeAndKeywords(it, errsCount) {\n      if (it.opts.jtd)\n        return schemaKeywords(it, [], false, errsCount);\n      const types = (0, dataType_1.getSchemaTypes)(it.schema);\n      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);\n      schemaKeywords(it, types, !checkedTypes, errsCount);\n    }\n    function checkRefsAndKeywords(it) {\n      const { schema, errSchemaPath, opts, self } = it;\n      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {\n        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);\n      }\n    }\n    function checkNoDefault(it) {\n      const { schema, opts } = it;\n      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {\n        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");\n      }\n    }\n    function updateContext(it) {\n      const schId = it.schema[it.opts.schemaId];\n      if (schId)\n        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);\n    }\n    function checkAsyncSchema(it) {\n      if (it.schema.$async && !it.schemaEnv.$async)\n        throw new Error("async schema in sync schema");\n    }\n    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {\n      const msg = schema.$comment;\n      if (opts.$comment === true) {\n        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);\n      } else if (typeof opts.$comment == "function") {\n        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;\n        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });\n        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);\n      }\n    }\n    function returnResults(it) {\n      const { gen, schemaEnv, validateName, ValidationError, opts } = it;\n      if (schemaEnv.$async) {\n        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));\n      } else {\n        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);\n        if (opts.unevaluated)\n          assignEvaluated(it);\n        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);\n      }\n    }\n    function assignEvaluated({ gen, evaluated, props, items }) {\n      if (props instanceof codegen_1.Name)\n        gen.assign((0, codegen_1._)`${evaluated}.props`, props);\n      if (items instanceof codegen_1.Name)\n        gen.assign((0, codegen_1._)`${evaluated}.items`, items);\n    }\n    function schemaKeywords(it, types, typeErrors, errsCount) {\n      const { gen, schema, data, allErrors, opts, self } = it;\n      const { RULES } = self;\n      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {\n        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));\n        return;\n      }\n      if (!opts.jtd)\n        checkStrictTypes(it, types);\n      gen.block(() => {\n        for (const group of RULES.rules)\n          groupKeywords(group);\n        groupKeywords(RULES.post);\n      });\n      function groupKeywords(group) {\n        if (!(0, applicability_1.shouldUseGroup)(schema, group))\n          return;\n        if (group.type) {\n          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));\n          iterateKeywords(it, group);\n          if (types.length === 1 && types[0] === group.type && typeErrors) {\n            gen.else();\n            (0, dataType_2.reportTypeError)(it);\n          }\n          gen.endIf();\n        } else {\n          iterateKeywords(it, group);\n        }\n        if (!allErrors)\n          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);\n      }\n    }\n    function iterateKeywords(it, group) {\n      const { gen, schema, opts: { useDefaults } } = it;\n      if (useDefaults)\n        (0, defaults_1.assignDefaults)(it, group.type);\n      gen.block(() => {\n        for (const rule of group.rules) {\n          if ((0, applicability_1.shouldUseRule)(schema, rule)) {\n            keywordCode(it, rule.keyword, rule.definition, group.type);\n          }\n        }\n      });\n    }\n    function checkStrictTypes(it, types) {\n      if (it.schemaEnv.meta || !it.opts.strictTypes)\n        return;\n      checkContextTypes(it, types);\n      if (!it.opts.allowUnionTypes)\n        checkMultipleTypes(it, types);\n      checkKeywordTypes(it, it.dataTypes);\n    }\n    function checkContextTypes(it, types) {\n      if (!types.length)\n        return;\n      if (!it.dataTypes.length) {\n        it.dataTypes = types;\n        return;\n      }\n      types.forEach((t) => {\n        if (!includesType(it.dataTypes, t)) {\n          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);\n        }\n      });\n      narrowSchemaTypes(it, types);\n    }\n    function checkMultipleTypes(it, ts) {\n      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {\n        strictTypesError(it, "use allowUnionTypes to allow union type keyword");\n      }\n    }\n    function checkKeywordTypes(it, ts) {\n      const rules = it.self.RULES.all;\n      for (const keyword in rules) {\n        const rule = rules[keyword];\n        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {\n          const { type } = rule.definition;\n          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {\n            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);\n          }\n        }\n      }\n    }\n    function hasApplicableType(schTs, kwdT) {\n      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");\n    }\n    function includesType(ts, t) {\n      return ts.includes(t) || t === "integer" && ts.includes("number");\n    }\n    function narrowSchemaTypes(it, withTypes) {\n      const ts = [];\n      for (const t of it.dataTypes) {\n        if (includesType(withTypes, t))\n          ts.push(t);\n        else if (withTypes.includes("integer") && t === "number")\n          ts.push("integer");\n      }\n      it.dataTypes = ts;\n    }\n    function strictTypesError(it, msg) {\n      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;\n      msg += ` at "${schemaPath}" (strictTypes)`;\n      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);\n    }\n    var KeywordCxt = class {\n      constructor(it, def, keyword) {\n        (0, keyword_1.validateKeywordUsage)(it, def, keyword);\n        this.gen = it.gen;\n        this.allErrors = it.allErrors;\n        this.keyword = keyword;\n        this.data = it.data;\n        this.schema = it.schema[keyword];\n        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;\n        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);\n        this.schemaType = def.schemaType;\n        this.parentSchema = it.schema;\n        this.params = {};\n        this.it = it;\n        this.def = def;\n        if (this.$data) {\n          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));\n        } else {\n          this.schemaCode = this.schemaValue;\n          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {\n            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);\n          }\n        }\n        if ("code" in def ? def.trackErrors : def.errors !== false) {\n          this.errsCount = it.gen.const("_errs", names_1.default.errors);\n        }\n      }\n      result(condition, successAction, failAction) {\n        this.failResult((0, codegen_1.not)(condition), successAction, failAction);\n      }\n      failResult(condition, successAction, failAction) {\n        this.gen.if(condition);\n        if (failAction)\n          failAction();\n        else\n          this.error();\n        if (successAction) {\n          this.gen.else();\n          successAction();\n          if (this.allErrors)\n            this.gen.endIf();\n        } else {\n          if (this.allErrors)\n            this.gen.endIf();\n          else\n            this.gen.else();\n        }\n      }\n      pass(condition, failAction) {\n        this.failResult((0, codegen_1.not)(condition), void 0, failAction);\n      }\n      fail(condition) {\n        if (condition === void 0) {\n          this.error();\n          if (!this.allErrors)\n            this.gen.if(false);\n          return;\n        }\n        this.gen.if(condition);\n        this.error();\n        if (this.allErrors)\n          this.gen.endIf();\n        else\n          this.gen.else();\n      }\n      fail$data(condition) {\n        if (!this.$data)\n          return this.fail(condition);\n        const { schemaCode } = this;\n        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);\n      }\n      error(append, errorParams, errorPaths) {\n        if (errorParams) {\n          this.setParams(errorParams);\n          this._error(append, errorPaths);\n          this.setParams({});\n          return;\n        }\n        this._error(append, errorPaths);\n      }\n      _error(append, errorPaths) {\n        ;\n        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);\n      }\n      $dataError() {\n        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);\n      }\n      reset() {\n        if (this.errsCount === void 0)\n          throw new Error(\'add "trackErrors" to keyword definition\');\n        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);\n      }\n      ok(cond) {\n        if (!this.allErrors)\n          this.gen.if(cond);\n      }\n      setParams(obj, assign) {\n        if (assign)\n          Object.assign(this.params, obj);\n        else\n          this.params = obj;\n      }\n      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {\n        this.gen.block(() => {\n          this.check$data(valid, $dataValid);\n          codeBlock();\n        });\n      }\n      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {\n        if (!this.$data)\n          return;\n        const { gen, schemaCode, schemaType, def } = this;\n        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));\n        if (valid !== codegen_1.nil)\n          gen.assign(valid, true);\n        if (schemaType.length || def.validateSchema) {\n          gen.elseIf(this.invalid$data());\n          this.$dataError();\n          if (valid !== codegen_1.nil)\n            gen.assign(valid, false);\n        }\n        gen.else();\n      }\n      invalid$data() {\n        const { gen, schemaCode, schemaType, def, it } = this;\n        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());\n        function wrong$DataType() {\n          if (schemaType.length) {\n            if (!(schemaCode instanceof codegen_1.Name))\n              throw new Error("ajv implementation error");\n            const st = Array.isArray(schemaType) ? schemaType : [schemaType];\n            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;\n          }\n          return codegen_1.nil;\n        }\n        function invalid$DataSchema() {\n          if (def.validateSchema) {\n            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });\n            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;\n          }\n          return codegen_1.nil;\n        }\n      }\n      subschema(appl, valid) {\n        const subschema = (0, subschema_1.getSubschema)(this.it, appl);\n        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);\n        (0, subschema_1.extendSubschemaMode)(subschema, appl);\n        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };\n        subschemaCode(nextContext, valid);\n        return nextContext;\n      }\n      mergeEvaluated(schemaCxt, toName) {\n        const { it, gen } = this;\n        if (!it.opts.unevaluated)\n          return;\n        if (it.props !== true && schemaCxt.props !== void 0) {\n          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);\n        }\n        if (it.items !== true && schemaCxt.items !== void 0) {\n          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);\n        }\n      }\n      mergeValidEvaluated(schemaCxt, valid) {\n        const { it, gen } = this;\n        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {\n          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));\n          return true;\n        }\n      }\n    };\n    exports2.KeywordCxt = KeywordCxt;\n    function keywordCode(it, keyword, def, ruleType) {\n      const cxt = new KeywordCxt(it, def, keyword);\n      if ("code" in def) {\n        def.code(cxt, ruleType);\n      } else if (cxt.$data && def.validate) {\n        (0, keyword_1.funcKeywordCode)(cxt, def);\n      } else if ("macro" in def) {\n        (0, keyword_1.macroKeywordCode)(cxt, def);\n      } else if (def.compile || def.validate) {\n        (0, keyword_1.funcKeywordCode)(cxt, def);\n      }\n    }\n    var JSON_POINTER = /^\\/(?:[^~]|~0|~1)*$/;\n    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\\/(?:[^~]|~0|~1)*)?$/;\n    function getData($data, { dataLevel, dataNames, dataPathArr }) {\n      let jsonPointer;\n      let data;\n      if ($data === "")\n        return names_1.default.rootData;\n      if ($data[0] === "/") {\n        if (!JSON_POINTER.test($data))\n          throw new Error(`Invalid JSON-pointer: ${$data}`);\n        jsonPointer = $data;\n        data = names_1.default.rootData;\n      } else {\n        const matches = RELATIVE_JSON_POINTER.exec($data);\n        if (!matches)\n          throw new Error(`Invalid JSON-pointer: ${$data}`);\n        const up = +matches[1];\n        jsonPointer = matches[2];\n        if (jsonPointer === "#") {\n          if (up >= dataLevel)\n            throw new Error(errorMsg("property/index", up));\n          return dataPathArr[dataLevel - up];\n        }\n        if (up > dataLevel)\n          throw new Error(errorMsg("data", up));\n        data = dataNames[dataLevel - up];\n        if (!jsonPointer)\n          return data;\n      }\n      let expr = data;\n      const segments = jsonPointer.split("/");\n      for (const segment of segments) {\n        if (segment) {\n          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;\n          expr = (0, codegen_1._)`${expr} && ${data}`;\n        }\n      }\n      return expr;\n      function errorMsg(pointerType, up) {\n        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;\n      }\n    }\n    exports2.getData = getData;\n  }\n});\n\n// node_modules/ajv/dist/runtime/validation_error.js\nvar require_validation_error = __commonJS({\n  "node_modules/ajv/dist/runtime/validation_error.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var ValidationError = class extends Error {\n      constructor(errors) {\n        super("validation failed");\n        this.errors = errors;\n        this.ajv = this.validation = true;\n      }\n    };\n    exports2.default = ValidationError;\n  }\n});\n\n// node_modules/ajv/dist/compile/ref_error.js\nvar require_ref_error = __commonJS({\n  "node_modules/ajv/dist/compile/ref_error.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var resolve_1 = require_resolve();\n    var MissingRefError = class extends Error {\n      constructor(resolver, baseId, ref, msg) {\n        super(msg || `can\'t resolve reference ${ref} from id ${baseId}`);\n        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);\n        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));\n      }\n    };\n    exports2.default = MissingRefError;\n  }\n});\n\n// node_modules/ajv/dist/compile/index.js\nvar require_compile = __commonJS({\n  "node_modules/ajv/dist/compile/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;\n    var codegen_1 = require_codegen();\n    var validation_error_1 = require_validation_error();\n    var names_1 = require_names();\n    var resolve_1 = require_resolve();\n    var util_1 = require_util();\n    var validate_1 = require_validate();\n    var SchemaEnv = class {\n      constructor(env) {\n        var _a;\n        this.refs = {};\n        this.dynamicAnchors = {};\n        let schema;\n        if (typeof env.schema == "object")\n          schema = env.schema;\n        this.schema = env.schema;\n        this.schemaId = env.schemaId;\n        this.root = env.root || this;\n        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);\n        this.schemaPath = env.schemaPath;\n        this.localRefs = env.localRefs;\n        this.meta = env.meta;\n        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;\n        this.refs = {};\n      }\n    };\n    exports2.SchemaEnv = SchemaEnv;\n    function compileSchema(sch) {\n      const _sch = getCompilingSchema.call(this, sch);\n      if (_sch)\n        return _sch;\n      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);\n      const { es5, lines } = this.opts.code;\n      const { ownProperties } = this.opts;\n      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });\n      let _ValidationError;\n      if (sch.$async) {\n        _ValidationError = gen.scopeValue("Error", {\n          ref: validation_error_1.default,\n          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`\n        });\n      }\n      const validateName = gen.scopeName("validate");\n      sch.validateName = validateName;\n      const schemaCxt = {\n        gen,\n        allErrors: this.opts.allErrors,\n        data: names_1.default.data,\n        parentData: names_1.default.parentData,\n        parentDataProperty: names_1.default.parentDataProperty,\n        dataNames: [names_1.default.data],\n        dataPathArr: [codegen_1.nil],\n        // TODO can its length be used as dataLevel if nil is removed?\n        dataLevel: 0,\n        dataTypes: [],\n        definedProperties: /* @__PURE__ */ new Set(),\n        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),\n        validateName,\n        ValidationError: _ValidationError,\n        schema: sch.schema,\n        schemaEnv: sch,\n        rootId,\n        baseId: sch.baseId || rootId,\n        schemaPath: codegen_1.nil,\n        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),\n        errorPath: (0, codegen_1._)`""`,\n        opts: this.opts,\n        self: this\n      };\n      let sourceCode;\n      try {\n        this._compilations.add(sch);\n        (0, validate_1.validateFunctionCode)(schemaCxt);\n        gen.optimize(this.opts.code.optimize);\n        const validateCode = gen.toString();\n        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;\n        if (this.opts.code.process)\n          sourceCode = this.opts.code.process(sourceCode, sch);\n        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);\n        const validate = makeValidate(this, this.scope.get());\n        this.scope.value(validateName, { ref: validate });\n        validate.errors = null;\n        validate.schema = sch.schema;\n        validate.schemaEnv = sch;\n        if (sch.$async)\n          validate.$async = true;\n        if (this.opts.code.source === true) {\n          validate.source = { validateName, validateCode, scopeValues: gen._values };\n        }\n        if (this.opts.unevaluated) {\n          const { props, items } = schemaCxt;\n          validate.evaluated = {\n            props: props instanceof codegen_1.Name ? void 0 : props,\n            items: items instanceof codegen_1.Name ? void 0 : items,\n            dynamicProps: props instanceof codegen_1.Name,\n            dynamicItems: items instanceof codegen_1.Name\n          };\n          if (validate.source)\n            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);\n        }\n        sch.validate = validate;\n        return sch;\n      } catch (e) {\n        delete sch.validate;\n        delete sch.validateName;\n        if (sourceCode)\n          this.logger.error("Error compiling schema, function code:", sourceCode);\n        throw e;\n      } finally {\n        this._compilations.delete(sch);\n      }\n    }\n    exports2.compileSchema = compileSchema;\n    function resolveRef(root, baseId, ref) {\n      var _a;\n      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);\n      const schOrFunc = root.refs[ref];\n      if (schOrFunc)\n        return schOrFunc;\n      let _sch = resolve.call(this, root, ref);\n      if (_sch === void 0) {\n        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];\n        const { schemaId } = this.opts;\n        if (schema)\n          _sch = new SchemaEnv({ schema, schemaId, root, baseId });\n      }\n      if (_sch === void 0)\n        return;\n      return root.refs[ref] = inlineOrCompile.call(this, _sch);\n    }\n    exports2.resolveRef = resolveRef;\n    function inlineOrCompile(sch) {\n      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))\n        return sch.schema;\n      return sch.validate ? sch : compileSchema.call(this, sch);\n    }\n    function getCompilingSchema(schEnv) {\n      for (const sch of this._compilations) {\n        if (sameSchemaEnv(sch, schEnv))\n          return sch;\n      }\n    }\n    exports2.getCompilingSchema = getCompilingSchema;\n    function sameSchemaEnv(s1, s2) {\n      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;\n    }\n    function resolve(root, ref) {\n      let sch;\n      while (typeof (sch = this.refs[ref]) == "string")\n        ref = sch;\n      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);\n    }\n    function resolveSchema(root, ref) {\n      const p = this.opts.uriResolver.parse(ref);\n      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);\n      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);\n      if (Object.keys(root.schema).length > 0 && refPath === baseId) {\n        return getJsonPointer.call(this, p, root);\n      }\n      const id = (0, resolve_1.normalizeId)(refPath);\n      const schOrRef = this.refs[id] || this.schemas[id];\n      if (typeof schOrRef == "string") {\n        const sch = resolveSchema.call(this, root, schOrRef);\n        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")\n          return;\n        return getJsonPointer.call(this, p, sch);\n      }\n      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")\n        return;\n      if (!schOrRef.validate)\n        compileSchema.call(this, schOrRef);\n      if (id === (0, resolve_1.normalizeId)(ref)) {\n        const { schema } = schOrRef;\n        const { schemaId } = this.opts;\n        const schId = schema[schemaId];\n        if (schId)\n          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);\n        return new SchemaEnv({ schema, schemaId, root, baseId });\n      }\n      return getJsonPointer.call(this, p, schOrRef);\n    }\n    exports2.resolveSchema = resolveSchema;\n    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([\n      "properties",\n      "patternProperties",\n      "enum",\n      "dependencies",\n      "definitions"\n    ]);\n    function getJsonPointer(parsedRef, { baseId, schema, root }) {\n      var _a;\n      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")\n        return;\n      for (const part of parsedRef.fragment.slice(1).split("/")) {\n        if (typeof schema === "boolean")\n          return;\n        const partSchema = schema[(0, util_1.unescapeFragment)(part)];\n        if (partSchema === void 0)\n          return;\n        schema = partSchema;\n        const schId = typeof schema === "object" && schema[this.opts.schemaId];\n        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {\n          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);\n        }\n      }\n      let env;\n      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {\n        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);\n        env = resolveSchema.call(this, root, $ref);\n      }\n      const { schemaId } = this.opts;\n      env = env || new SchemaEnv({ schema, schemaId, root, baseId });\n      if (env.schema !== env.root.schema)\n        return env;\n      return void 0;\n    }\n  }\n});\n\n// node_modules/ajv/dist/refs/data.json\nvar require_data = __commonJS({\n  "node_modules/ajv/dist/refs/data.json"(exports2, module2) {\n    module2.exports = {\n      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",\n      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",\n      type: "object",\n      required: ["$data"],\n      properties: {\n        $data: {\n          type: "string",\n          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]\n        }\n      },\n      additionalProperties: false\n    };\n  }\n});\n\n// node_modules/fast-uri/lib/utils.js\nvar require_utils = __commonJS({\n  "node_modules/fast-uri/lib/utils.js"(exports2, module2) {\n    "use strict";\n    var isUUID = RegExp.prototype.test.bind(/^[\\da-f]{8}-[\\da-f]{4}-[\\da-f]{4}-[\\da-f]{4}-[\\da-f]{12}$/iu);\n    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\\d|1\\d{2}|[1-9]\\d|\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d{2}|[1-9]\\d|\\d)$/u);\n    var isPort = RegExp.prototype.test.bind(/^\\d*$/u);\n    var isHexPair = RegExp.prototype.test.bind(/^[\\da-f]{2}$/iu);\n    var isUnreserved = RegExp.prototype.test.bind(/^[\\da-z\\-._~]$/iu);\n    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\\-._~!$&\'()*+,;=:@/]$/u);\n    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\\-._~!$&\'()*+,;=:@/?]$/u);\n    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\\-._~!$&\'()*+,;=:]$/u);\n    var BYTE_HEX = new Array(256);\n    {\n      const HEX_DIGITS = "0123456789ABCDEF";\n      for (let i = 0; i < 256; i++) {\n        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];\n      }\n    }\n    function percentEncodeNonAscii(cp) {\n      if (cp < 2048) {\n        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];\n      }\n      if (cp < 65536) {\n        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];\n      }\n      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];\n    }\n    function stringArrayToHexStripped(input) {\n      let acc = "";\n      let code = 0;\n      let i = 0;\n      for (i = 0; i < input.length; i++) {\n        code = input[i].charCodeAt(0);\n        if (code === 48) {\n          continue;\n        }\n        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {\n          return "";\n        }\n        acc += input[i];\n        break;\n      }\n      for (i += 1; i < input.length; i++) {\n        code = input[i].charCodeAt(0);\n        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {\n          return "";\n        }\n        acc += input[i];\n      }\n      return acc;\n    }\n    var isHextet = RegExp.prototype.test.bind(/^[\\dA-Fa-f]{1,4}$/);\n    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\\dA-Fa-f]+\\.[A-Za-z\\d\\-._~!$&\'()*+,;=:]+$/);\n    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\\d\\-._~]$/);\n    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&\'()*+,\\-.;=_`a-z{}~]/u);\n    function isZoneIdentifier(zone) {\n      if (zone.length === 0) return false;\n      for (let i = 0; i < zone.length; i++) {\n        if (isZoneCharacter(zone[i])) continue;\n        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {\n          i += 2;\n          continue;\n        }\n        return false;\n      }\n      return true;\n    }\n    function compressIPv6ZeroRun(hextets) {\n      let bestStart = -1;\n      let bestLength = 0;\n      let runStart = -1;\n      let runLength = 0;\n      for (let i = 0; i < hextets.length; i++) {\n        if (hextets[i] === "0") {\n          if (runStart === -1) runStart = i;\n          runLength++;\n          if (runLength > bestLength) {\n            bestLength = runLength;\n            bestStart = runStart;\n          }\n        } else {\n          runStart = -1;\n          runLength = 0;\n        }\n      }\n      if (bestLength < 2) return hextets.join(":");\n      const head = hextets.slice(0, bestStart).join(":");\n      const tail = hextets.slice(bestStart + bestLength).join(":");\n      return head + "::" + tail;\n    }\n    function normalizeIPv6Address(input) {\n      const compression = input.indexOf("::");\n      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;\n      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");\n      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");\n      if (compression !== -1) {\n        if (left.length === 1 && left[0] === "") left.length = 0;\n        if (right.length === 1 && right[0] === "") right.length = 0;\n      }\n      const parts = left.concat(right);\n      let hextetCount = 0;\n      for (let i = 0; i < parts.length; i++) {\n        const part = parts[i];\n        if (part === "") return void 0;\n        if (part.indexOf(".") !== -1) {\n          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;\n          hextetCount += 2;\n          continue;\n        }\n        if (!isHextet(part)) return void 0;\n        parts[i] = parseInt(part, 16).toString(16);\n        hextetCount++;\n      }\n      if (compression === -1) {\n        if (hextetCount !== 8) return void 0;\n        return compressIPv6ZeroRun(parts);\n      }\n      if (hextetCount >= 8) return void 0;\n      const expanded = parts.slice(0, left.length);\n      for (let i = hextetCount; i < 8; i++) expanded.push("0");\n      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);\n      return compressIPv6ZeroRun(expanded);\n    }\n    function normalizeIPv6(host) {\n      const bracketed = host[0] === "[" && host[host.length - 1] === "]";\n      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";\n      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };\n      let input = bracketed ? host.slice(1, -1) : host;\n      if (bracketed && isIPvFuture(input)) {\n        input = input.toLowerCase();\n        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };\n      }\n      if (findToken(input, ":") < 2) {\n        return { host, isIPV6: false, error: bracketed };\n      }\n      let zoneIdentifier = "";\n      const zoneSeparator = input.indexOf("%");\n      if (zoneSeparator !== -1) {\n        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;\n        zoneIdentifier = input.slice(zoneSeparator + separatorLength);\n        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };\n        input = input.slice(0, zoneSeparator);\n      }\n      const address = normalizeIPv6Address(input);\n      if (address === void 0) return { host, isIPV6: false, error: true };\n      return {\n        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),\n        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),\n        isIPV6: true\n      };\n    }\n    function findToken(str, token) {\n      let ind = 0;\n      for (let i = 0; i < str.length; i++) {\n        if (str[i] === token) ind++;\n      }\n      return ind;\n    }\n    function removeDotSegments(path) {\n      let input = path;\n      const output = [];\n      let nextSlash = -1;\n      let len = 0;\n      while (len = input.length) {\n        if (len === 1) {\n          if (input === ".") {\n            break;\n          } else if (input === "/") {\n            output.push("/");\n            break;\n          } else {\n            output.push(input);\n            break;\n          }\n        } else if (len === 2) {\n          if (input[0] === ".") {\n            if (input[1] === ".") {\n              break;\n            } else if (input[1] === "/") {\n              input = input.slice(2);\n              continue;\n            }\n          } else if (input[0] === "/") {\n            if (input[1] === "." || input[1] === "/") {\n              output.push("/");\n              break;\n            }\n          }\n        } else if (len === 3) {\n          if (input === "/..") {\n            if (output.length !== 0) {\n              output.pop();\n            }\n            output.push("/");\n            break;\n          }\n        }\n        if (input[0] === ".") {\n          if (input[1] === ".") {\n            if (input[2] === "/") {\n              input = input.slice(3);\n              continue;\n            }\n          } else if (input[1] === "/") {\n            input = input.slice(2);\n            continue;\n          }\n        } else if (input[0] === "/") {\n          if (input[1] === ".") {\n            if (input[2] === "/") {\n              input = input.slice(2);\n              continue;\n            } else if (input[2] === ".") {\n              if (input[3] === "/") {\n                input = input.slice(3);\n                if (output.length !== 0) {\n                  output.pop();\n                }\n                continue;\n              }\n            }\n          }\n        }\n        if ((nextSlash = input.indexOf("/", 1)) === -1) {\n          output.push(input);\n          break;\n        } else {\n          output.push(input.slice(0, nextSlash));\n          input = input.slice(nextSlash);\n        }\n      }\n      return output.join("");\n    }\n    function removeDotSegmentsRelative(path) {\n      if (path === "" || path[0] === "/") {\n        return removeDotSegments(path);\n      }\n      const segments = path.split("/");\n      const last = segments.length - 1;\n      const output = [];\n      let trailingDirectory = false;\n      for (let i = 0; i <= last; i++) {\n        const segment = segments[i];\n        if (segment === "." || segment === "..") {\n          if (segment === "..") {\n            if (output.length !== 0 && output[output.length - 1] !== "..") {\n              output.pop();\n            } else {\n              output.push("..");\n            }\n          }\n          trailingDirectory = i === last;\n        } else {\n          output.push(segment);\n        }\n      }\n      if (trailingDirectory && output[output.length - 1] !== "..") {\n        output.push("");\n      }\n      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {\n        output.unshift(".");\n      }\n      return output.join("/");\n    }\n    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };\n    var HOST_DELIM_RE = /[@/?#:]/g;\n    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;\n    function reescapeHostDelimiters(host, isIP) {\n      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;\n      re.lastIndex = 0;\n      return host.replace(re, (ch) => HOST_DELIMS[ch]);\n    }\n    function normalizePercentEncoding(input, decodeUnreserved = false) {\n      if (input.indexOf("%") === -1) {\n        return input;\n      }\n      let output = "";\n      for (let i = 0; i < input.length; i++) {\n        if (input[i] === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            const normalizedHex = hex.toUpperCase();\n            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));\n            if (decodeUnreserved && isUnreserved(decoded)) {\n              output += decoded;\n            } else {\n              output += "%" + normalizedHex;\n            }\n            i += 2;\n            continue;\n          }\n        }\n        output += input[i];\n      }\n      return output;\n    }\n    function normalizePathEncoding(input) {\n      let output = "";\n      for (let i = 0; i < input.length; i++) {\n        const ch = input[i];\n        if (ch === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            const normalizedHex = hex.toUpperCase();\n            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));\n            if (decoded !== "." && isUnreserved(decoded)) {\n              output += decoded;\n            } else {\n              output += "%" + normalizedHex;\n            }\n            i += 2;\n            continue;\n          }\n        }\n        if (isPathCharacter(ch)) {\n          output += ch;\n        } else {\n          const code = input.charCodeAt(i);\n          if (code < 128) {\n            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];\n          } else if (code < 55296 || code > 57343) {\n            output += percentEncodeNonAscii(code);\n          } else if (code <= 56319 && i + 1 < input.length) {\n            const low = input.charCodeAt(i + 1);\n            if (low >= 56320 && low <= 57343) {\n              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));\n              i++;\n            } else {\n              output += percentEncodeNonAscii(65533);\n            }\n          } else {\n            output += percentEncodeNonAscii(65533);\n          }\n        }\n      }\n      return output;\n    }\n    function serializePathEncoding(input, pathNoScheme = false) {\n      let output = "";\n      let firstSegment = pathNoScheme && input[0] !== "/";\n      for (let i = 0; i < input.length; i++) {\n        const ch = input[i];\n        if (ch === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            output += "%" + hex.toUpperCase();\n            i += 2;\n            continue;\n          }\n        }\n        if (ch === "/") {\n          firstSegment = false;\n        }\n        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {\n          output += ch;\n        } else {\n          const code = input.charCodeAt(i);\n          if (code < 128) {\n            output += BYTE_HEX[code];\n          } else if (code < 55296 || code > 57343) {\n            output += percentEncodeNonAscii(code);\n          } else if (code <= 56319 && i + 1 < input.length) {\n            const low = input.charCodeAt(i + 1);\n            if (low >= 56320 && low <= 57343) {\n              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));\n              i++;\n            } else {\n              output += percentEncodeNonAscii(65533);\n            }\n          } else {\n            output += percentEncodeNonAscii(65533);\n          }\n        }\n      }\n      return output;\n    }\n    function encodeComponent(input, isAllowed) {\n      let output = "";\n      for (let i = 0; i < input.length; i++) {\n        const ch = input[i];\n        if (ch === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            output += "%" + hex.toUpperCase();\n            i += 2;\n            continue;\n          }\n        }\n        if (isAllowed(ch)) {\n          output += ch;\n        } else {\n          const code = input.charCodeAt(i);\n          if (code < 128) {\n            output += BYTE_HEX[code];\n          } else if (code < 55296 || code > 57343) {\n            output += percentEncodeNonAscii(code);\n          } else if (code <= 56319 && i + 1 < input.length) {\n            const low = input.charCodeAt(i + 1);\n            if (low >= 56320 && low <= 57343) {\n              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));\n              i++;\n            } else {\n              output += percentEncodeNonAscii(65533);\n            }\n          } else {\n            output += percentEncodeNonAscii(65533);\n          }\n        }\n      }\n      return output;\n    }\n    function encodeUserinfo(input) {\n      return encodeComponent(input, isUserinfoCharacter);\n    }\n    function encodeQuery(input) {\n      return encodeComponent(input, isQueryFragmentCharacter);\n    }\n    function encodeFragment(input) {\n      return encodeComponent(input, isQueryFragmentCharacter);\n    }\n    function isEscapeSafe(cp) {\n      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;\n    }\n    function normalizeQueryFragmentEncoding(input) {\n      let output = "";\n      for (let i = 0; i < input.length; i++) {\n        const ch = input[i];\n        if (ch === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            const normalizedHex = hex.toUpperCase();\n            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));\n            if (isUnreserved(decoded)) {\n              output += decoded;\n            } else {\n              output += "%" + normalizedHex;\n            }\n            i += 2;\n            continue;\n          }\n        }\n        if (isQueryFragmentCharacter(ch)) {\n          output += ch;\n        } else {\n          const code = input.charCodeAt(i);\n          if (code < 128) {\n            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];\n          } else if (code < 55296 || code > 57343) {\n            output += percentEncodeNonAscii(code);\n          } else if (code <= 56319 && i + 1 < input.length) {\n            const low = input.charCodeAt(i + 1);\n            if (low >= 56320 && low <= 57343) {\n              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));\n              i++;\n            } else {\n              output += percentEncodeNonAscii(65533);\n            }\n          } else {\n            output += percentEncodeNonAscii(65533);\n          }\n        }\n      }\n      return output;\n    }\n    function escapePreservingEscapes(input) {\n      let output = "";\n      for (let i = 0; i < input.length; i++) {\n        if (input[i] === "%" && i + 2 < input.length) {\n          const hex = input.slice(i + 1, i + 3);\n          if (isHexPair(hex)) {\n            output += "%" + hex.toUpperCase();\n            i += 2;\n            continue;\n          }\n        }\n        output += escape(input[i]);\n      }\n      return output;\n    }\n    function recomposeAuthority(component) {\n      const uriTokens = [];\n      if (component.userinfo !== void 0) {\n        uriTokens.push(encodeUserinfo(component.userinfo));\n        uriTokens.push("@");\n      }\n      if (component.host !== void 0) {\n        let host = component.host;\n        if (!isIPv4(host)) {\n          let ipV6res = normalizeIPv6(host);\n          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {\n            host = normalizePercentEncoding(host, true);\n            ipV6res = normalizeIPv6(host);\n          }\n          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {\n            host = `[${ipV6res.escapedHost}]`;\n          } else {\n            host = reescapeHostDelimiters(host, false);\n          }\n        }\n        uriTokens.push(host);\n      }\n      if (typeof component.port === "number" || typeof component.port === "string") {\n        const port = String(component.port);\n        if (!isPort(port)) {\n          throw new TypeError("URI port is malformed.");\n        }\n        uriTokens.push(":");\n        uriTokens.push(port);\n      }\n      return uriTokens.length ? uriTokens.join("") : void 0;\n    }\n    module2.exports = {\n      nonSimpleDomain,\n      recomposeAuthority,\n      reescapeHostDelimiters,\n      normalizePercentEncoding,\n      normalizePathEncoding,\n      serializePathEncoding,\n      normalizeQueryFragmentEncoding,\n      encodeUserinfo,\n      encodeQuery,\n      encodeFragment,\n      escapePreservingEscapes,\n      removeDotSegments,\n      removeDotSegmentsRelative,\n      isIPv4,\n      isUUID,\n      normalizeIPv6,\n      stringArrayToHexStripped\n    };\n  }\n});\n\n// node_modules/fast-uri/lib/schemes.js\nvar require_schemes = __commonJS({\n  "node_modules/fast-uri/lib/schemes.js"(exports2, module2) {\n    "use strict";\n    var { isUUID } = require_utils();\n    var URN_REG = /^([\\da-z][\\d\\-a-z]{0,31}):((?:[\\w!$\'()*+,\\-./:;=@]|%[\\da-f]{2})+)$/iu;\n    var supportedSchemeNames = (\n      /** @type {const} */\n      [\n        "http",\n        "https",\n        "ws",\n        "wss",\n        "urn",\n        "urn:uuid"\n      ]\n    );\n    function isValidSchemeName(name) {\n      return supportedSchemeNames.indexOf(\n        /** @type {*} */\n        name\n      ) !== -1;\n    }\n    function wsIsSecure(wsComponent) {\n      if (wsComponent.secure === true) {\n        return true;\n      } else if (wsComponent.secure === false) {\n        return false;\n      } else if (wsComponent.scheme) {\n        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");\n      } else {\n        return false;\n      }\n    }\n    function httpParse(component) {\n      if (!component.host) {\n        component.error = component.error || "HTTP URIs must have a host.";\n      }\n      return component;\n    }\n    function httpSerialize(component) {\n      const secure = String(component.scheme).toLowerCase() === "https";\n      if (component.port === (secure ? 443 : 80) || component.port === "") {\n        component.port = void 0;\n      }\n      if (!component.path) {\n        component.path = "/";\n      }\n      return component;\n    }\n    function wsParse(wsComponent) {\n      wsComponent.secure = wsIsSecure(wsComponent);\n      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");\n      wsComponent.path = void 0;\n      wsComponent.query = void 0;\n      return wsComponent;\n    }\n    function wsSerialize(wsComponent) {\n      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {\n        wsComponent.port = void 0;\n      }\n      if (typeof wsComponent.secure === "boolean") {\n        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";\n        wsComponent.secure = void 0;\n      }\n      if (wsComponent.resourceName) {\n        const queryIndex = wsComponent.resourceName.indexOf("?");\n        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);\n        wsComponent.path = path && path !== "/" ? path : void 0;\n        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);\n        wsComponent.resourceName = void 0;\n      }\n      wsComponent.fragment = void 0;\n      return wsComponent;\n    }\n    function urnParse(urnComponent, options) {\n      if (!urnComponent.path) {\n        urnComponent.error = "URN can not be parsed";\n        return urnComponent;\n      }\n      const matches = urnComponent.path.match(URN_REG);\n      if (matches && matches[0] === urnComponent.path) {\n        const scheme = options.scheme || urnComponent.scheme || "urn";\n        urnComponent.nid = matches[1].toLowerCase();\n        urnComponent.nss = matches[2];\n        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;\n        const schemeHandler = getSchemeHandler(urnScheme);\n        urnComponent.path = void 0;\n        if (schemeHandler) {\n          urnComponent = schemeHandler.parse(urnComponent, options);\n        }\n      } else {\n        urnComponent.error = urnComponent.error || "URN can not be parsed.";\n      }\n      return urnComponent;\n    }\n    function urnSerialize(urnComponent, options) {\n      if (urnComponent.nid === void 0) {\n        throw new Error("URN without nid cannot be serialized");\n      }\n      const scheme = options.scheme || urnComponent.scheme || "urn";\n      const nid = urnComponent.nid.toLowerCase();\n      const urnScheme = `${scheme}:${options.nid || nid}`;\n      const schemeHandler = getSchemeHandler(urnScheme);\n      if (schemeHandler) {\n        urnComponent = schemeHandler.serialize(urnComponent, options);\n      }\n      const uriComponent = urnComponent;\n      const nss = urnComponent.nss;\n      uriComponent.path = `${nid || options.nid}:${nss}`;\n      options.skipEscape = true;\n      return uriComponent;\n    }\n    function urnuuidParse(urnComponent, options) {\n      const uuidComponent = urnComponent;\n      uuidComponent.uuid = uuidComponent.nss;\n      uuidComponent.nss = void 0;\n      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {\n        uuidComponent.error = uuidComponent.error || "UUID is not valid.";\n      }\n      return uuidComponent;\n    }\n    function urnuuidSerialize(uuidComponent) {\n      const urnComponent = uuidComponent;\n      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();\n      return urnComponent;\n    }\n    var http = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "http",\n        domainHost: true,\n        parse: httpParse,\n        serialize: httpSerialize\n      }\n    );\n    var https = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "https",\n        domainHost: http.domainHost,\n        parse: httpParse,\n        serialize: httpSerialize\n      }\n    );\n    var ws = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "ws",\n        domainHost: true,\n        parse: wsParse,\n        serialize: wsSerialize\n      }\n    );\n    var wss = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "wss",\n        domainHost: ws.domainHost,\n        parse: ws.parse,\n        serialize: ws.serialize\n      }\n    );\n    var urn = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "urn",\n        parse: urnParse,\n        serialize: urnSerialize,\n        skipNormalize: true\n      }\n    );\n    var urnuuid = (\n      /** @type {SchemeHandler} */\n      {\n        scheme: "urn:uuid",\n        parse: urnuuidParse,\n        serialize: urnuuidSerialize,\n        skipNormalize: true\n      }\n    );\n    var SCHEMES = (\n      /** @type {Record<SchemeName, SchemeHandler>} */\n      {\n        http,\n        https,\n        ws,\n        wss,\n        urn,\n        "urn:uuid": urnuuid\n      }\n    );\n    Object.setPrototypeOf(SCHEMES, null);\n    function getSchemeHandler(scheme) {\n      return scheme && (SCHEMES[\n        /** @type {SchemeName} */\n        scheme\n      ] || SCHEMES[\n        /** @type {SchemeName} */\n        scheme.toLowerCase()\n      ]) || void 0;\n    }\n    module2.exports = {\n      wsIsSecure,\n      SCHEMES,\n      isValidSchemeName,\n      getSchemeHandler\n    };\n  }\n});\n\n// node_modules/fast-uri/index.js\nvar require_fast_uri = __commonJS({\n  "node_modules/fast-uri/index.js"(exports2, module2) {\n    "use strict";\n    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();\n    var { SCHEMES, getSchemeHandler } = require_schemes();\n    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;\n    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";\n    var MALFORMED_HOST_ERROR = "URI host is malformed.";\n    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\\0-\\x20"#/:<>?@[\\\\\\]^`{|}\\x7F]/u;\n    function validateScheme(scheme) {\n      const stringScheme = String(scheme);\n      if (!VALID_SCHEME.test(stringScheme)) {\n        throw new TypeError(MALFORMED_SCHEME_ERROR);\n      }\n      return stringScheme;\n    }\n    function normalize(uri, options) {\n      if (typeof uri === "string") {\n        uri = /** @type {T} */\n        normalizeString(uri, options);\n      } else if (typeof uri === "object") {\n        uri = /** @type {T} */\n        parse(serialize(uri, options), options);\n      }\n      return uri;\n    }\n    function resolve(baseURI, relativeURI, options) {\n      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };\n      const {\n        parsed: baseParsed,\n        malformedAuthorityOrPort: baseMalformed,\n        malformedPercentEncoding: baseMalformedPercentEncoding,\n        malformedSchemeSpecific: baseMalformedSchemeSpecific,\n        malformedHost: baseMalformedHost,\n        malformedScheme: baseMalformedScheme\n      } = parseWithStatus(baseURI, schemelessOptions);\n      const {\n        parsed: relativeParsed,\n        malformedAuthorityOrPort: relativeMalformed,\n        malformedPercentEncoding: relativeMalformedPercentEncoding,\n        malformedSchemeSpecific: relativeMalformedSchemeSpecific,\n        malformedHost: relativeMalformedHost,\n        malformedScheme: relativeMalformedScheme\n      } = parseWithStatus(relativeURI, schemelessOptions);\n      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {\n        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");\n      }\n      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);\n      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);\n      const resolvedHost = resolved.host;\n      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);\n      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {\n        throw new Error(MALFORMED_HOST_ERROR);\n      }\n      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);\n      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\\\P{ASCII}", "u").test(resolvedHost);\n      if (resolved.error && !encodedASCIIHost) {\n        throw new Error(resolved.error);\n      }\n      schemelessOptions.skipEscape = true;\n      return serialize(resolved, schemelessOptions);\n    }\n    function resolveComponent(base, relative, options, skipNormalization) {\n      const target = {};\n      if (!skipNormalization) {\n        base = parse(serialize(base, options), options);\n        relative = parse(serialize(relative, options), options);\n      }\n      options = options || {};\n      if (!options.tolerant && relative.scheme) {\n        target.scheme = relative.scheme;\n        target.userinfo = relative.userinfo;\n        target.host = relative.host;\n        target.port = relative.port;\n        target.path = removeDotSegments(relative.path || "");\n        target.query = relative.query;\n      } else {\n        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {\n          target.userinfo = relative.userinfo;\n          target.host = relative.host;\n          target.port = relative.port;\n          target.path = removeDotSegments(relative.path || "");\n          target.query = relative.query;\n        } else {\n          if (!relative.path) {\n            target.path = base.path;\n            if (relative.query !== void 0) {\n              target.query = relative.query;\n            } else {\n              target.query = base.query;\n            }\n          } else {\n            if (relative.path[0] === "/") {\n              target.path = removeDotSegments(relative.path);\n            } else {\n              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;\n              if (baseHasAuthority && !base.path) {\n                target.path = "/" + relative.path;\n              } else if (!base.path) {\n                target.path = relative.path;\n              } else {\n                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;\n              }\n              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);\n            }\n            target.query = relative.query;\n          }\n          target.userinfo = base.userinfo;\n          target.host = base.host;\n          target.port = base.port;\n        }\n        target.scheme = base.scheme;\n      }\n      target.fragment = relative.fragment;\n      return target;\n    }\n    function equal(uriA, uriB, options) {\n      const normalizedA = normalizeComparableURI(uriA, options);\n      const normalizedB = normalizeComparableURI(uriB, options);\n      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;\n    }\n    function serialize(cmpts, opts) {\n      const component = {\n        host: cmpts.host,\n        scheme: cmpts.scheme,\n        userinfo: cmpts.userinfo,\n        port: cmpts.port,\n        path: cmpts.path,\n        query: cmpts.query,\n        nid: cmpts.nid,\n        nss: cmpts.nss,\n        uuid: cmpts.uuid,\n        fragment: cmpts.fragment,\n        reference: cmpts.reference,\n        resourceName: cmpts.resourceName,\n        secure: cmpts.secure,\n        error: ""\n      };\n      const options = Object.assign({}, opts);\n      const uriTokens = [];\n      if (component.scheme) {\n        component.scheme = validateScheme(component.scheme);\n      }\n      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);\n      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);\n      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;\n      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;\n      const pathNoScheme = !options.skipEscape && schemelessReference;\n      if (component.path !== void 0) {\n        if (!options.skipEscape) {\n          component.path = serializePathEncoding(component.path, pathNoScheme);\n        } else {\n          component.path = normalizePercentEncoding(component.path);\n        }\n      }\n      if (options.reference !== "suffix" && component.scheme) {\n        component.scheme = validateScheme(component.scheme);\n        uriTokens.push(component.scheme, ":");\n      }\n      const authority = recomposeAuthority(component);\n      if (authority !== void 0) {\n        if (options.reference !== "suffix") {\n          uriTokens.push("//");\n        }\n        uriTokens.push(authority);\n        if (component.path && component.path[0] !== "/") {\n          uriTokens.push("/");\n        }\n      }\n      if (component.path !== void 0) {\n        let s = component.path;\n        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {\n          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);\n        }\n        if (schemelessReference) {\n          s = serializePathEncoding(s, true);\n        }\n        if (authority === void 0 && s[0] === "/" && s[1] === "/") {\n          s = "/%2F" + s.slice(2);\n        }\n        uriTokens.push(s);\n      }\n      if (component.query !== void 0) {\n        uriTokens.push("?", encodeQuery(component.query));\n      }\n      if (component.fragment !== void 0) {\n        uriTokens.push("#", encodeFragment(component.fragment));\n      }\n      return uriTokens.join("");\n    }\n    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\\/\\/((?:([^#/?@]*)@)?(\\[[^#/?\\]]+\\]|[^#/:?]*)(?::(\\d*))?))?([^#?]*)(?:\\?([^#]*))?(?:#((?:.|[\\n\\r])*))?/u;\n    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\\/\\/([^/?#]*)/;\n    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\\\\t\\n\\r]*)/;\n    function getParseError(parsed, matches) {\n      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {\n        return \'URI path must start with "/" when authority is present.\';\n      }\n      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {\n        return "URI port is malformed.";\n      }\n      return void 0;\n    }\n    function hasMalformedPercentEncoding(component) {\n      if (component === void 0) return false;\n      let percent = component.indexOf("%");\n      while (percent !== -1) {\n        if (percent + 2 >= component.length || !/^[\\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {\n          return true;\n        }\n        percent = component.indexOf("%", percent + 3);\n      }\n      return false;\n    }\n    function isIPLiteral(host) {\n      return host[0] === "[" && host[host.length - 1] === "]";\n    }\n    function hasMalformedComponentPercentEncoding(matches) {\n      const host = matches[4];\n      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);\n    }\n    function canonicalizeHost(parsed, options, schemeHandler, isIP) {\n      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {\n        parsed.error = parsed.error || MALFORMED_HOST_ERROR;\n        return true;\n      }\n      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {\n        let url;\n        try {\n          url = new URL("http://" + parsed.host);\n        } catch (e) {\n          parsed.error = parsed.error || "Host\'s domain name can not be converted to ASCII: " + e;\n          return true;\n        }\n        if (!isHostOnlyURL(url)) {\n          parsed.error = parsed.error || MALFORMED_HOST_ERROR;\n          return true;\n        }\n        parsed.host = url.hostname;\n      }\n      return false;\n    }\n    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {\n      return Boolean(\n        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)\n      );\n    }\n    function isHostOnlyURL(url) {\n      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";\n    }\n    function parseWithStatus(uri, opts) {\n      const options = Object.assign({}, opts);\n      const parsed = {\n        scheme: void 0,\n        userinfo: void 0,\n        host: "",\n        port: void 0,\n        path: "",\n        query: void 0,\n        fragment: void 0\n      };\n      let malformedAuthorityOrPort = false;\n      let malformedPercentEncoding = false;\n      let malformedSchemeSpecific = false;\n      let malformedHost = false;\n      let malformedIPLiteral = false;\n      let malformedScheme = false;\n      let isIP = false;\n      if (options.reference === "suffix") {\n        if (options.scheme) {\n          uri = options.scheme + ":" + uri;\n        } else {\n          uri = "//" + uri;\n        }\n      }\n      const authorityMatch = uri.match(AUTHORITY_PREFIX);\n      if (authorityMatch !== null && authorityMatch[1].indexOf("\\\\") !== -1) {\n        parsed.error = "URI authority must not contain a literal backslash.";\n        malformedAuthorityOrPort = true;\n      }\n      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);\n      if (introducerMatch !== null) {\n        const region = introducerMatch[1];\n        const normalizedRegion = region.replace(/[\\t\\n\\r]/g, "");\n        if (normalizedRegion.length >= 2) {\n          if (normalizedRegion.slice(0, 2) !== "//") {\n            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";\n            malformedAuthorityOrPort = true;\n          } else if (region.length !== normalizedRegion.length) {\n            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";\n            malformedAuthorityOrPort = true;\n          }\n        }\n      }\n      const matches = uri.match(URI_PARSE);\n      if (matches) {\n        parsed.scheme = matches[1];\n        parsed.userinfo = matches[3];\n        parsed.host = matches[4];\n        parsed.port = parseInt(matches[5], 10);\n        parsed.path = matches[6] || "";\n        parsed.query = matches[7];\n        parsed.fragment = matches[8];\n        if (parsed.scheme !== void 0) {\n          if (VALID_SCHEME.test(parsed.scheme)) {\n            parsed.scheme = parsed.scheme.toLowerCase();\n          } else {\n            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;\n            malformedScheme = true;\n          }\n        }\n        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);\n        if (malformedPercentEncoding) {\n          parsed.error = parsed.error || "URI contains malformed percent-encoding.";\n        }\n        if (isNaN(parsed.port)) {\n          parsed.port = matches[5];\n        }\n        const parseError = getParseError(parsed, matches);\n        if (parseError !== void 0) {\n          parsed.error = parsed.error || parseError;\n          malformedAuthorityOrPort = true;\n        }\n        if (parsed.host) {\n          const ipv4result = isIPv4(parsed.host);\n          if (ipv4result === false) {\n            const bracketedIPLiteral = isIPLiteral(parsed.host);\n            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;\n            const ipv6result = normalizeIPv6(parsed.host);\n            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;\n            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);\n            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();\n            if (malformedIPLiteral) {\n              parsed.error = parsed.error || MALFORMED_HOST_ERROR;\n              malformedAuthorityOrPort = true;\n            }\n          } else {\n            isIP = true;\n          }\n        }\n        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {\n          parsed.reference = "same-document";\n        } else if (parsed.scheme === void 0) {\n          parsed.reference = "relative";\n        } else if (parsed.fragment === void 0) {\n          parsed.reference = "absolute";\n        } else {\n          parsed.reference = "uri";\n        }\n        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {\n          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";\n        }\n        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);\n        if (!malformedIPLiteral) {\n          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);\n        }\n        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {\n          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);\n          if (!isIP) {\n            host = normalizePercentEncoding(host.toLowerCase());\n          }\n          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;\n        }\n        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {\n          if (parsed.path) {\n            parsed.path = normalizePathEncoding(parsed.path);\n          }\n          if (parsed.query) {\n            parsed.query = normalizeQueryFragmentEncoding(parsed.query);\n          }\n          if (parsed.fragment) {\n            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);\n          }\n        }\n        if (schemeHandler && schemeHandler.parse) {\n          schemeHandler.parse(parsed, options);\n          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {\n            malformedSchemeSpecific = true;\n          }\n        }\n      } else {\n        parsed.error = parsed.error || "URI can not be parsed.";\n      }\n      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };\n    }\n    function parse(uri, opts) {\n      return parseWithStatus(uri, opts).parsed;\n    }\n    function normalizeString(uri, opts) {\n      return normalizeStringWithStatus(uri, opts).normalized;\n    }\n    function normalizeStringWithStatus(uri, opts) {\n      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);\n      return {\n        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),\n        malformedAuthorityOrPort,\n        malformedPercentEncoding,\n        malformedSchemeSpecific,\n        malformedHost,\n        malformedScheme\n      };\n    }\n    function normalizeComparableURI(uri, opts) {\n      if (typeof uri !== "string" && typeof uri !== "object") {\n        return void 0;\n      }\n      let value;\n      try {\n        value = typeof uri === "string" ? uri : serialize(uri, opts);\n      } catch {\n        return void 0;\n      }\n      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);\n      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;\n    }\n    var fastUri = {\n      SCHEMES,\n      normalize,\n      resolve,\n      resolveComponent,\n      equal,\n      serialize,\n      parse\n    };\n    module2.exports = fastUri;\n    module2.exports.default = fastUri;\n    module2.exports.fastUri = fastUri;\n  }\n});\n\n// node_modules/ajv/dist/runtime/uri.js\nvar require_uri = __commonJS({\n  "node_modules/ajv/dist/runtime/uri.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var uri = require_fast_uri();\n    uri.code = \'require("ajv/dist/runtime/uri").default\';\n    exports2.default = uri;\n  }\n});\n\n// node_modules/ajv/dist/core.js\nvar require_core = __commonJS({\n  "node_modules/ajv/dist/core.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;\n    var validate_1 = require_validate();\n    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {\n      return validate_1.KeywordCxt;\n    } });\n    var codegen_1 = require_codegen();\n    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {\n      return codegen_1._;\n    } });\n    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {\n      return codegen_1.str;\n    } });\n    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {\n      return codegen_1.stringify;\n    } });\n    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {\n      return codegen_1.nil;\n    } });\n    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {\n      return codegen_1.Name;\n    } });\n    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {\n      return codegen_1.CodeGen;\n    } });\n    var validation_error_1 = require_validation_error();\n    var ref_error_1 = require_ref_error();\n    var rules_1 = require_rules();\n    var compile_1 = require_compile();\n    var codegen_2 = require_codegen();\n    var resolve_1 = require_resolve();\n    var dataType_1 = require_dataType();\n    var util_1 = require_util();\n    var $dataRefSchema = require_data();\n    var uri_1 = require_uri();\n    var defaultRegExp = (str, flags) => new RegExp(str, flags);\n    defaultRegExp.code = "new RegExp";\n    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];\n    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([\n      "validate",\n      "serialize",\n      "parse",\n      "wrapper",\n      "root",\n      "schema",\n      "keyword",\n      "pattern",\n      "formats",\n      "validate$data",\n      "func",\n      "obj",\n      "Error"\n    ]);\n    var removedOptions = {\n      errorDataPath: "",\n      format: "`validateFormats: false` can be used instead.",\n      nullable: \'"nullable" keyword is supported by default.\',\n      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",\n      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",\n      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",\n      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",\n      sourceCode: "Use option `code: {source: true}`",\n      strictDefaults: "It is default now, see option `strict`.",\n      strictKeywords: "It is default now, see option `strict`.",\n      uniqueItems: \'"uniqueItems" keyword is always validated.\',\n      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",\n      cache: "Map is used as cache, schema object as key.",\n      serialize: "Map is used as cache, schema object as key.",\n      ajvErrors: "It is default now."\n    };\n    var deprecatedOptions = {\n      ignoreKeywordsWithRef: "",\n      jsPropertySyntax: "",\n      unicode: \'"minLength"/"maxLength" account for unicode characters by default.\'\n    };\n    var MAX_EXPRESSION = 200;\n    function requiredOptions(o) {\n      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;\n      const s = o.strict;\n      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;\n      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;\n      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;\n      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;\n      return {\n        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,\n        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,\n        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",\n        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",\n        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,\n        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },\n        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,\n        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,\n        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,\n        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,\n        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,\n        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",\n        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,\n        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,\n        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,\n        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,\n        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,\n        uriResolver\n      };\n    }\n    var Ajv = class {\n      constructor(opts = {}) {\n        this.schemas = {};\n        this.refs = {};\n        this.formats = /* @__PURE__ */ Object.create(null);\n        this._compilations = /* @__PURE__ */ new Set();\n        this._loading = {};\n        this._cache = /* @__PURE__ */ new Map();\n        opts = this.opts = { ...opts, ...requiredOptions(opts) };\n        const { es5, lines } = this.opts.code;\n        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });\n        this.logger = getLogger(opts.logger);\n        const formatOpt = opts.validateFormats;\n        opts.validateFormats = false;\n        this.RULES = (0, rules_1.getRules)();\n        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");\n        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");\n        this._metaOpts = getMetaSchemaOptions.call(this);\n        if (opts.formats)\n          addInitialFormats.call(this);\n        this._addVocabularies();\n        this._addDefaultMetaSchema();\n        if (opts.keywords)\n          addInitialKeywords.call(this, opts.keywords);\n        if (typeof opts.meta == "object")\n          this.addMetaSchema(opts.meta);\n        addInitialSchemas.call(this);\n        opts.validateFormats = formatOpt;\n      }\n      _addVocabularies() {\n        this.addKeyword("$async");\n      }\n      _addDefaultMetaSchema() {\n        const { $data, meta, schemaId } = this.opts;\n        let _dataRefSchema = $dataRefSchema;\n        if (schemaId === "id") {\n          _dataRefSchema = { ...$dataRefSchema };\n          _dataRefSchema.id = _dataRefSchema.$id;\n          delete _dataRefSchema.$id;\n        }\n        if (meta && $data)\n          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);\n      }\n      defaultMeta() {\n        const { meta, schemaId } = this.opts;\n        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;\n      }\n      validate(schemaKeyRef, data) {\n        let v;\n        if (typeof schemaKeyRef == "string") {\n          v = this.getSchema(schemaKeyRef);\n          if (!v)\n            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);\n        } else {\n          v = this.compile(schemaKeyRef);\n        }\n        const valid = v(data);\n        if (!("$async" in v))\n          this.errors = v.errors;\n        return valid;\n      }\n      compile(schema, _meta) {\n        const sch = this._addSchema(schema, _meta);\n        return sch.validate || this._compileSchemaEnv(sch);\n      }\n      compileAsync(schema, meta) {\n        if (typeof this.opts.loadSchema != "function") {\n          throw new Error("options.loadSchema should be a function");\n        }\n        const { loadSchema } = this.opts;\n        return runCompileAsync.call(this, schema, meta);\n        async function runCompileAsync(_schema, _meta) {\n          await loadMetaSchema.call(this, _schema.$schema);\n          const sch = this._addSchema(_schema, _meta);\n          return sch.validate || _compileAsync.call(this, sch);\n        }\n        async function loadMetaSchema($ref) {\n          if ($ref && !this.getSchema($ref)) {\n            await runCompileAsync.call(this, { $ref }, true);\n          }\n        }\n        async function _compileAsync(sch) {\n          try {\n            return this._compileSchemaEnv(sch);\n          } catch (e) {\n            if (!(e instanceof ref_error_1.default))\n              throw e;\n            checkLoaded.call(this, e);\n            await loadMissingSchema.call(this, e.missingSchema);\n            return _compileAsync.call(this, sch);\n          }\n        }\n        function checkLoaded({ missingSchema: ref, missingRef }) {\n          if (this.refs[ref]) {\n            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);\n          }\n        }\n        async function loadMissingSchema(ref) {\n          const _schema = await _loadSchema.call(this, ref);\n          if (!this.refs[ref])\n            await loadMetaSchema.call(this, _schema.$schema);\n          if (!this.refs[ref])\n            this.addSchema(_schema, ref, meta);\n        }\n        async function _loadSchema(ref) {\n          const p = this._loading[ref];\n          if (p)\n            return p;\n          try {\n            return await (this._loading[ref] = loadSchema(ref));\n          } finally {\n            delete this._loading[ref];\n          }\n        }\n      }\n      // Adds schema to the instance\n      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {\n        if (Array.isArray(schema)) {\n          for (const sch of schema)\n            this.addSchema(sch, void 0, _meta, _validateSchema);\n          return this;\n        }\n        let id;\n        if (typeof schema === "object") {\n          const { schemaId } = this.opts;\n          id = schema[schemaId];\n          if (id !== void 0 && typeof id != "string") {\n            throw new Error(`schema ${schemaId} must be string`);\n          }\n        }\n        key = (0, resolve_1.normalizeId)(key || id);\n        this._checkUnique(key);\n        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);\n        return this;\n      }\n      // Add schema that will be used to validate other schemas\n      // options in META_IGNORE_OPTIONS are alway set to false\n      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {\n        this.addSchema(schema, key, true, _validateSchema);\n        return this;\n      }\n      //  Validate schema against its meta-schema\n      validateSchema(schema, throwOrLogError) {\n        if (typeof schema == "boolean")\n          return true;\n        let $schema;\n        $schema = schema.$schema;\n        if ($schema !== void 0 && typeof $schema != "string") {\n          throw new Error("$schema must be a string");\n        }\n        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();\n        if (!$schema) {\n          this.logger.warn("meta-schema not available");\n          this.errors = null;\n          return true;\n        }\n        const valid = this.validate($schema, schema);\n        if (!valid && throwOrLogError) {\n          const message = "schema is invalid: " + this.errorsText();\n          if (this.opts.validateSchema === "log")\n            this.logger.error(message);\n          else\n            throw new Error(message);\n        }\n        return valid;\n      }\n      // Get compiled schema by `key` or `ref`.\n      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)\n      getSchema(keyRef) {\n        let sch;\n        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")\n          keyRef = sch;\n        if (sch === void 0) {\n          const { schemaId } = this.opts;\n          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });\n          sch = compile_1.resolveSchema.call(this, root, keyRef);\n          if (!sch)\n            return;\n          this.refs[keyRef] = sch;\n        }\n        return sch.validate || this._compileSchemaEnv(sch);\n      }\n      // Remove cached schema(s).\n      // If no parameter is passed all schemas but meta-schemas are removed.\n      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.\n      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.\n      removeSchema(schemaKeyRef) {\n        if (schemaKeyRef instanceof RegExp) {\n          this._removeAllSchemas(this.schemas, schemaKeyRef);\n          this._removeAllSchemas(this.refs, schemaKeyRef);\n          return this;\n        }\n        switch (typeof schemaKeyRef) {\n          case "undefined":\n            this._removeAllSchemas(this.schemas);\n            this._removeAllSchemas(this.refs);\n            this._cache.clear();\n            return this;\n          case "string": {\n            const sch = getSchEnv.call(this, schemaKeyRef);\n            if (typeof sch == "object")\n              this._cache.delete(sch.schema);\n            delete this.schemas[schemaKeyRef];\n            delete this.refs[schemaKeyRef];\n            return this;\n          }\n          case "object": {\n            const cacheKey = schemaKeyRef;\n            this._cache.delete(cacheKey);\n            let id = schemaKeyRef[this.opts.schemaId];\n            if (id) {\n              id = (0, resolve_1.normalizeId)(id);\n              delete this.schemas[id];\n              delete this.refs[id];\n            }\n            return this;\n          }\n          default:\n            throw new Error("ajv.removeSchema: invalid parameter");\n        }\n      }\n      // add "vocabulary" - a collection of keywords\n      addVocabulary(definitions) {\n        for (const def of definitions)\n          this.addKeyword(def);\n        return this;\n      }\n      addKeyword(kwdOrDef, def) {\n        let keyword;\n        if (typeof kwdOrDef == "string") {\n          keyword = kwdOrDef;\n          if (typeof def == "object") {\n            this.logger.warn("these parameters are deprecated, see docs for addKeyword");\n            def.keyword = keyword;\n          }\n        } else if (typeof kwdOrDef == "object" && def === void 0) {\n          def = kwdOrDef;\n          keyword = def.keyword;\n          if (Array.isArray(keyword) && !keyword.length) {\n            throw new Error("addKeywords: keyword must be string or non-empty array");\n          }\n        } else {\n          throw new Error("invalid addKeywords parameters");\n        }\n        checkKeyword.call(this, keyword, def);\n        if (!def) {\n          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));\n          return this;\n        }\n        keywordMetaschema.call(this, def);\n        const definition = {\n          ...def,\n          type: (0, dataType_1.getJSONTypes)(def.type),\n          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)\n        };\n        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));\n        return this;\n      }\n      getKeyword(keyword) {\n        const rule = this.RULES.all[keyword];\n        return typeof rule == "object" ? rule.definition : !!rule;\n      }\n      // Remove keyword\n      removeKeyword(keyword) {\n        const { RULES } = this;\n        delete RULES.keywords[keyword];\n        delete RULES.all[keyword];\n        for (const group of RULES.rules) {\n          const i = group.rules.findIndex((rule) => rule.keyword === keyword);\n          if (i >= 0)\n            group.rules.splice(i, 1);\n        }\n        return this;\n      }\n      // Add format\n      addFormat(name, format) {\n        if (typeof format == "string")\n          format = new RegExp(format);\n        this.formats[name] = format;\n        return this;\n      }\n      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {\n        if (!errors || errors.length === 0)\n          return "No errors";\n        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);\n      }\n      $dataMetaSchema(metaSchema, keywordsJsonPointers) {\n        const rules = this.RULES.all;\n        metaSchema = JSON.parse(JSON.stringify(metaSchema));\n        for (const jsonPointer of keywordsJsonPointers) {\n          const segments = jsonPointer.split("/").slice(1);\n          let keywords = metaSchema;\n          for (const seg of segments)\n            keywords = keywords[seg];\n          for (const key in rules) {\n            const rule = rules[key];\n            if (typeof rule != "object")\n              continue;\n            const { $data } = rule.definition;\n            const schema = keywords[key];\n            if ($data && schema)\n              keywords[key] = schemaOrData(schema);\n          }\n        }\n        return metaSchema;\n      }\n      _removeAllSchemas(schemas, regex) {\n        for (const keyRef in schemas) {\n          const sch = schemas[keyRef];\n          if (!regex || regex.test(keyRef)) {\n            if (typeof sch == "string") {\n              delete schemas[keyRef];\n            } else if (sch && !sch.meta) {\n              this._cache.delete(sch.schema);\n              delete schemas[keyRef];\n            }\n          }\n        }\n      }\n      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {\n        let id;\n        const { schemaId } = this.opts;\n        if (typeof schema == "object") {\n          id = schema[schemaId];\n        } else {\n          if (this.opts.jtd)\n            throw new Error("schema must be object");\n          else if (typeof schema != "boolean")\n            throw new Error("schema must be object or boolean");\n        }\n        let sch = this._cache.get(schema);\n        if (sch !== void 0)\n          return sch;\n        baseId = (0, resolve_1.normalizeId)(id || baseId);\n        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);\n        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });\n        this._cache.set(sch.schema, sch);\n        if (addSchema && !baseId.startsWith("#")) {\n          if (baseId)\n            this._checkUnique(baseId);\n          this.refs[baseId] = sch;\n        }\n        if (validateSchema)\n          this.validateSchema(schema, true);\n        return sch;\n      }\n      _checkUnique(id) {\n        if (this.schemas[id] || this.refs[id]) {\n          throw new Error(`schema with key or id "${id}" already exists`);\n        }\n      }\n      _compileSchemaEnv(sch) {\n        if (sch.meta)\n          this._compileMetaSchema(sch);\n        else\n          compile_1.compileSchema.call(this, sch);\n        if (!sch.validate)\n          throw new Error("ajv implementation error");\n        return sch.validate;\n      }\n      _compileMetaSchema(sch) {\n        const currentOpts = this.opts;\n        this.opts = this._metaOpts;\n        try {\n          compile_1.compileSchema.call(this, sch);\n        } finally {\n          this.opts = currentOpts;\n        }\n      }\n    };\n    Ajv.ValidationError = validation_error_1.default;\n    Ajv.MissingRefError = ref_error_1.default;\n    exports2.default = Ajv;\n    function checkOptions(checkOpts, options, msg, log = "error") {\n      for (const key in checkOpts) {\n        const opt = key;\n        if (opt in options)\n          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);\n      }\n    }\n    function getSchEnv(keyRef) {\n      keyRef = (0, resolve_1.normalizeId)(keyRef);\n      return this.schemas[keyRef] || this.refs[keyRef];\n    }\n    function addInitialSchemas() {\n      const optsSchemas = this.opts.schemas;\n      if (!optsSchemas)\n        return;\n      if (Array.isArray(optsSchemas))\n        this.addSchema(optsSchemas);\n      else\n        for (const key in optsSchemas)\n          this.addSchema(optsSchemas[key], key);\n    }\n    function addInitialFormats() {\n      for (const name in this.opts.formats) {\n        const format = this.opts.formats[name];\n        if (format)\n          this.addFormat(name, format);\n      }\n    }\n    function addInitialKeywords(defs) {\n      if (Array.isArray(defs)) {\n        this.addVocabulary(defs);\n        return;\n      }\n      this.logger.warn("keywords option as map is deprecated, pass array");\n      for (const keyword in defs) {\n        const def = defs[keyword];\n        if (!def.keyword)\n          def.keyword = keyword;\n        this.addKeyword(def);\n      }\n    }\n    function getMetaSchemaOptions() {\n      const metaOpts = { ...this.opts };\n      for (const opt of META_IGNORE_OPTIONS)\n        delete metaOpts[opt];\n      return metaOpts;\n    }\n    var noLogs = { log() {\n    }, warn() {\n    }, error() {\n    } };\n    function getLogger(logger) {\n      if (logger === false)\n        return noLogs;\n      if (logger === void 0)\n        return console;\n      if (logger.log && logger.warn && logger.error)\n        return logger;\n      throw new Error("logger must implement log, warn and error methods");\n    }\n    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;\n    function checkKeyword(keyword, def) {\n      const { RULES } = this;\n      (0, util_1.eachItem)(keyword, (kwd) => {\n        if (RULES.keywords[kwd])\n          throw new Error(`Keyword ${kwd} is already defined`);\n        if (!KEYWORD_NAME.test(kwd))\n          throw new Error(`Keyword ${kwd} has invalid name`);\n      });\n      if (!def)\n        return;\n      if (def.$data && !("code" in def || "validate" in def)) {\n        throw new Error(\'$data keyword must have "code" or "validate" function\');\n      }\n    }\n    function addRule(keyword, definition, dataType) {\n      var _a;\n      const post = definition === null || definition === void 0 ? void 0 : definition.post;\n      if (dataType && post)\n        throw new Error(\'keyword with "post" flag cannot have "type"\');\n      const { RULES } = this;\n      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);\n      if (!ruleGroup) {\n        ruleGroup = { type: dataType, rules: [] };\n        RULES.rules.push(ruleGroup);\n      }\n      RULES.keywords[keyword] = true;\n      if (!definition)\n        return;\n      const rule = {\n        keyword,\n        definition: {\n          ...definition,\n          type: (0, dataType_1.getJSONTypes)(definition.type),\n          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)\n        }\n      };\n      if (definition.before)\n        addBeforeRule.call(this, ruleGroup, rule, definition.before);\n      else\n        ruleGroup.rules.push(rule);\n      RULES.all[keyword] = rule;\n      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));\n    }\n    function addBeforeRule(ruleGroup, rule, before) {\n      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);\n      if (i >= 0) {\n        ruleGroup.rules.splice(i, 0, rule);\n      } else {\n        ruleGroup.rules.push(rule);\n        this.logger.warn(`rule ${before} is not defined`);\n      }\n    }\n    function keywordMetaschema(def) {\n      let { metaSchema } = def;\n      if (metaSchema === void 0)\n        return;\n      if (def.$data && this.opts.$data)\n        metaSchema = schemaOrData(metaSchema);\n      def.validateSchema = this.compile(metaSchema, true);\n    }\n    var $dataRef = {\n      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"\n    };\n    function schemaOrData(schema) {\n      return { anyOf: [schema, $dataRef] };\n    }\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/core/id.js\nvar require_id = __commonJS({\n  "node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var def = {\n      keyword: "id",\n      code() {\n        throw new Error(\'NOT SUPPORTED: keyword "id", use "$id" for schema ID\');\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/core/ref.js\nvar require_ref = __commonJS({\n  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.callRef = exports2.getValidate = void 0;\n    var ref_error_1 = require_ref_error();\n    var code_1 = require_code2();\n    var codegen_1 = require_codegen();\n    var names_1 = require_names();\n    var compile_1 = require_compile();\n    var util_1 = require_util();\n    var def = {\n      keyword: "$ref",\n      schemaType: "string",\n      code(cxt) {\n        const { gen, schema: $ref, it } = cxt;\n        const { baseId, schemaEnv: env, validateName, opts, self } = it;\n        const { root } = env;\n        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)\n          return callRootRef();\n        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);\n        if (schOrEnv === void 0)\n          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);\n        if (schOrEnv instanceof compile_1.SchemaEnv)\n          return callValidate(schOrEnv);\n        return inlineRefSchema(schOrEnv);\n        function callRootRef() {\n          if (env === root)\n            return callRef(cxt, validateName, env, env.$async);\n          const rootName = gen.scopeValue("root", { ref: root });\n          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);\n        }\n        function callValidate(sch) {\n          const v = getValidate(cxt, sch);\n          callRef(cxt, v, sch, sch.$async);\n        }\n        function inlineRefSchema(sch) {\n          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });\n          const valid = gen.name("valid");\n          const schCxt = cxt.subschema({\n            schema: sch,\n            dataTypes: [],\n            schemaPath: codegen_1.nil,\n            topSchemaRef: schName,\n            errSchemaPath: $ref\n          }, valid);\n          cxt.mergeEvaluated(schCxt);\n          cxt.ok(valid);\n        }\n      }\n    };\n    function getValidate(cxt, sch) {\n      const { gen } = cxt;\n      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;\n    }\n    exports2.getValidate = getValidate;\n    function callRef(cxt, v, sch, $async) {\n      const { gen, it } = cxt;\n      const { allErrors, schemaEnv: env, opts } = it;\n      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;\n      if ($async)\n        callAsyncRef();\n      else\n        callSyncRef();\n      function callAsyncRef() {\n        if (!env.$async)\n          throw new Error("async schema referenced by sync schema");\n        const valid = gen.let("valid");\n        gen.try(() => {\n          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);\n          addEvaluatedFrom(v);\n          if (!allErrors)\n            gen.assign(valid, true);\n        }, (e) => {\n          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));\n          addErrorsFrom(e);\n          if (!allErrors)\n            gen.assign(valid, false);\n        });\n        cxt.ok(valid);\n      }\n      function callSyncRef() {\n        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));\n      }\n      function addErrorsFrom(source) {\n        const errs = (0, codegen_1._)`${source}.errors`;\n        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);\n        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);\n      }\n      function addEvaluatedFrom(source) {\n        var _a;\n        if (!it.opts.unevaluated)\n          return;\n        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;\n        if (it.props !== true) {\n          if (schEvaluated && !schEvaluated.dynamicProps) {\n            if (schEvaluated.props !== void 0) {\n              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);\n            }\n          } else {\n            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);\n            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);\n          }\n        }\n        if (it.items !== true) {\n          if (schEvaluated && !schEvaluated.dynamicItems) {\n            if (schEvaluated.items !== void 0) {\n              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);\n            }\n          } else {\n            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);\n            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);\n          }\n        }\n      }\n    }\n    exports2.callRef = callRef;\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/core/index.js\nvar require_core2 = __commonJS({\n  "node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var id_1 = require_id();\n    var ref_1 = require_ref();\n    var core = [\n      "$schema",\n      "$id",\n      "$defs",\n      "$vocabulary",\n      { keyword: "$comment" },\n      "definitions",\n      id_1.default,\n      ref_1.default\n    ];\n    exports2.default = core;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/limitNumber.js\nvar require_limitNumber = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var ops = codegen_1.operators;\n    var KWDs = {\n      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },\n      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },\n      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },\n      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }\n    };\n    var error = {\n      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,\n      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`\n    };\n    var def = {\n      keyword: Object.keys(KWDs),\n      type: "number",\n      schemaType: "number",\n      $data: true,\n      error,\n      code(cxt) {\n        const { keyword, data, schemaCode } = cxt;\n        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/multipleOf.js\nvar require_multipleOf = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var error = {\n      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,\n      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`\n    };\n    var def = {\n      keyword: "multipleOf",\n      type: "number",\n      schemaType: "number",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, data, schemaCode, it } = cxt;\n        const prec = it.opts.multipleOfPrecision;\n        const res = gen.let("res");\n        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;\n        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/runtime/ucs2length.js\nvar require_ucs2length = __commonJS({\n  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    function ucs2length(str) {\n      const len = str.length;\n      let length = 0;\n      let pos = 0;\n      let value;\n      while (pos < len) {\n        length++;\n        value = str.charCodeAt(pos++);\n        if (value >= 55296 && value <= 56319 && pos < len) {\n          value = str.charCodeAt(pos);\n          if ((value & 64512) === 56320)\n            pos++;\n        }\n      }\n      return length;\n    }\n    exports2.default = ucs2length;\n    ucs2length.code = \'require("ajv/dist/runtime/ucs2length").default\';\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/limitLength.js\nvar require_limitLength = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var ucs2length_1 = require_ucs2length();\n    var error = {\n      message({ keyword, schemaCode }) {\n        const comp = keyword === "maxLength" ? "more" : "fewer";\n        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;\n      },\n      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`\n    };\n    var def = {\n      keyword: ["maxLength", "minLength"],\n      type: "string",\n      schemaType: "number",\n      $data: true,\n      error,\n      code(cxt) {\n        const { keyword, data, schemaCode, it } = cxt;\n        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;\n        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;\n        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/pattern.js\nvar require_pattern = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var code_1 = require_code2();\n    var util_1 = require_util();\n    var codegen_1 = require_codegen();\n    var error = {\n      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,\n      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`\n    };\n    var def = {\n      keyword: "pattern",\n      type: "string",\n      schemaType: "string",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, data, $data, schema, schemaCode, it } = cxt;\n        const u = it.opts.unicodeRegExp ? "u" : "";\n        if ($data) {\n          const { regExp } = it.opts.code;\n          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);\n          const valid = gen.let("valid");\n          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));\n          cxt.fail$data((0, codegen_1._)`!${valid}`);\n        } else {\n          const regExp = (0, code_1.usePattern)(cxt, schema);\n          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/limitProperties.js\nvar require_limitProperties = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var error = {\n      message({ keyword, schemaCode }) {\n        const comp = keyword === "maxProperties" ? "more" : "fewer";\n        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;\n      },\n      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`\n    };\n    var def = {\n      keyword: ["maxProperties", "minProperties"],\n      type: "object",\n      schemaType: "number",\n      $data: true,\n      error,\n      code(cxt) {\n        const { keyword, data, schemaCode } = cxt;\n        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;\n        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/required.js\nvar require_required = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var code_1 = require_code2();\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property \'${missingProperty}\'`,\n      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`\n    };\n    var def = {\n      keyword: "required",\n      type: "object",\n      schemaType: "array",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, schema, schemaCode, data, $data, it } = cxt;\n        const { opts } = it;\n        if (!$data && schema.length === 0)\n          return;\n        const useLoop = schema.length >= opts.loopRequired;\n        if (it.allErrors)\n          allErrorsMode();\n        else\n          exitOnErrorMode();\n        if (opts.strictRequired) {\n          const props = cxt.parentSchema.properties;\n          const { definedProperties } = cxt.it;\n          for (const requiredKey of schema) {\n            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {\n              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;\n              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;\n              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);\n            }\n          }\n        }\n        function allErrorsMode() {\n          if (useLoop || $data) {\n            cxt.block$data(codegen_1.nil, loopAllRequired);\n          } else {\n            for (const prop of schema) {\n              (0, code_1.checkReportMissingProp)(cxt, prop);\n            }\n          }\n        }\n        function exitOnErrorMode() {\n          const missing = gen.let("missing");\n          if (useLoop || $data) {\n            const valid = gen.let("valid", true);\n            cxt.block$data(valid, () => loopUntilMissing(missing, valid));\n            cxt.ok(valid);\n          } else {\n            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));\n            (0, code_1.reportMissingProp)(cxt, missing);\n            gen.else();\n          }\n        }\n        function loopAllRequired() {\n          gen.forOf("prop", schemaCode, (prop) => {\n            cxt.setParams({ missingProperty: prop });\n            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());\n          });\n        }\n        function loopUntilMissing(missing, valid) {\n          cxt.setParams({ missingProperty: missing });\n          gen.forOf(missing, schemaCode, () => {\n            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));\n            gen.if((0, codegen_1.not)(valid), () => {\n              cxt.error();\n              gen.break();\n            });\n          }, codegen_1.nil);\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/limitItems.js\nvar require_limitItems = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var error = {\n      message({ keyword, schemaCode }) {\n        const comp = keyword === "maxItems" ? "more" : "fewer";\n        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;\n      },\n      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`\n    };\n    var def = {\n      keyword: ["maxItems", "minItems"],\n      type: "array",\n      schemaType: "number",\n      $data: true,\n      error,\n      code(cxt) {\n        const { keyword, data, schemaCode } = cxt;\n        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;\n        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/runtime/equal.js\nvar require_equal = __commonJS({\n  "node_modules/ajv/dist/runtime/equal.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var equal = require_fast_deep_equal();\n    equal.code = \'require("ajv/dist/runtime/equal").default\';\n    exports2.default = equal;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js\nvar require_uniqueItems = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var dataType_1 = require_dataType();\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var equal_1 = require_equal();\n    var error = {\n      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,\n      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`\n    };\n    var def = {\n      keyword: "uniqueItems",\n      type: "array",\n      schemaType: "boolean",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;\n        if (!$data && !schema)\n          return;\n        const valid = gen.let("valid");\n        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];\n        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);\n        cxt.ok(valid);\n        function validateUniqueItems() {\n          const i = gen.let("i", (0, codegen_1._)`${data}.length`);\n          const j = gen.let("j");\n          cxt.setParams({ i, j });\n          gen.assign(valid, true);\n          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));\n        }\n        function canOptimize() {\n          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");\n        }\n        function loopN(i, j) {\n          const item = gen.name("item");\n          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);\n          const indices = gen.const("indices", (0, codegen_1._)`{}`);\n          gen.for((0, codegen_1._)`;${i}--;`, () => {\n            gen.let(item, (0, codegen_1._)`${data}[${i}]`);\n            gen.if(wrongType, (0, codegen_1._)`continue`);\n            if (itemTypes.length > 1)\n              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);\n            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {\n              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);\n              cxt.error();\n              gen.assign(valid, false).break();\n            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);\n          });\n        }\n        function loopN2(i, j) {\n          const eql = (0, util_1.useFunc)(gen, equal_1.default);\n          const outer = gen.name("outer");\n          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {\n            cxt.error();\n            gen.assign(valid, false).break(outer);\n          })));\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/const.js\nvar require_const = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var equal_1 = require_equal();\n    var error = {\n      message: "must be equal to constant",\n      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`\n    };\n    var def = {\n      keyword: "const",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, data, $data, schemaCode, schema } = cxt;\n        if ($data || schema && typeof schema == "object") {\n          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);\n        } else {\n          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/enum.js\nvar require_enum = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var equal_1 = require_equal();\n    var error = {\n      message: "must be equal to one of the allowed values",\n      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`\n    };\n    var def = {\n      keyword: "enum",\n      schemaType: "array",\n      $data: true,\n      error,\n      code(cxt) {\n        const { gen, data, $data, schema, schemaCode, it } = cxt;\n        if (!$data && schema.length === 0)\n          throw new Error("enum must have non-empty array");\n        const useLoop = schema.length >= it.opts.loopEnum;\n        let eql;\n        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);\n        let valid;\n        if (useLoop || $data) {\n          valid = gen.let("valid");\n          cxt.block$data(valid, loopEnum);\n        } else {\n          if (!Array.isArray(schema))\n            throw new Error("ajv implementation error");\n          const vSchema = gen.const("vSchema", schemaCode);\n          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));\n        }\n        cxt.pass(valid);\n        function loopEnum() {\n          gen.assign(valid, false);\n          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));\n        }\n        function equalCode(vSchema, i) {\n          const sch = schema[i];\n          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/validation/index.js\nvar require_validation = __commonJS({\n  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var limitNumber_1 = require_limitNumber();\n    var multipleOf_1 = require_multipleOf();\n    var limitLength_1 = require_limitLength();\n    var pattern_1 = require_pattern();\n    var limitProperties_1 = require_limitProperties();\n    var required_1 = require_required();\n    var limitItems_1 = require_limitItems();\n    var uniqueItems_1 = require_uniqueItems();\n    var const_1 = require_const();\n    var enum_1 = require_enum();\n    var validation = [\n      // number\n      limitNumber_1.default,\n      multipleOf_1.default,\n      // string\n      limitLength_1.default,\n      pattern_1.default,\n      // object\n      limitProperties_1.default,\n      required_1.default,\n      // array\n      limitItems_1.default,\n      uniqueItems_1.default,\n      // any\n      { keyword: "type", schemaType: ["string", "array"] },\n      { keyword: "nullable", schemaType: "boolean" },\n      const_1.default,\n      enum_1.default\n    ];\n    exports2.default = validation;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js\nvar require_additionalItems = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.validateAdditionalItems = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,\n      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`\n    };\n    var def = {\n      keyword: "additionalItems",\n      type: "array",\n      schemaType: ["boolean", "object"],\n      before: "uniqueItems",\n      error,\n      code(cxt) {\n        const { parentSchema, it } = cxt;\n        const { items } = parentSchema;\n        if (!Array.isArray(items)) {\n          (0, util_1.checkStrictMode)(it, \'"additionalItems" is ignored when "items" is not an array of schemas\');\n          return;\n        }\n        validateAdditionalItems(cxt, items);\n      }\n    };\n    function validateAdditionalItems(cxt, items) {\n      const { gen, schema, data, keyword, it } = cxt;\n      it.items = true;\n      const len = gen.const("len", (0, codegen_1._)`${data}.length`);\n      if (schema === false) {\n        cxt.setParams({ len: items.length });\n        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);\n      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {\n        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);\n        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));\n        cxt.ok(valid);\n      }\n      function validateItems(valid) {\n        gen.forRange("i", items.length, len, (i) => {\n          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);\n          if (!it.allErrors)\n            gen.if((0, codegen_1.not)(valid), () => gen.break());\n        });\n      }\n    }\n    exports2.validateAdditionalItems = validateAdditionalItems;\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/items.js\nvar require_items = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.validateTuple = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var code_1 = require_code2();\n    var def = {\n      keyword: "items",\n      type: "array",\n      schemaType: ["object", "array", "boolean"],\n      before: "uniqueItems",\n      code(cxt) {\n        const { schema, it } = cxt;\n        if (Array.isArray(schema))\n          return validateTuple(cxt, "additionalItems", schema);\n        it.items = true;\n        if ((0, util_1.alwaysValidSchema)(it, schema))\n          return;\n        cxt.ok((0, code_1.validateArray)(cxt));\n      }\n    };\n    function validateTuple(cxt, extraItems, schArr = cxt.schema) {\n      const { gen, parentSchema, data, keyword, it } = cxt;\n      checkStrictTuple(parentSchema);\n      if (it.opts.unevaluated && schArr.length && it.items !== true) {\n        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);\n      }\n      const valid = gen.name("valid");\n      const len = gen.const("len", (0, codegen_1._)`${data}.length`);\n      schArr.forEach((sch, i) => {\n        if ((0, util_1.alwaysValidSchema)(it, sch))\n          return;\n        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({\n          keyword,\n          schemaProp: i,\n          dataProp: i\n        }, valid));\n        cxt.ok(valid);\n      });\n      function checkStrictTuple(sch) {\n        const { opts, errSchemaPath } = it;\n        const l = schArr.length;\n        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);\n        if (opts.strictTuples && !fullTuple) {\n          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;\n          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);\n        }\n      }\n    }\n    exports2.validateTuple = validateTuple;\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js\nvar require_prefixItems = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var items_1 = require_items();\n    var def = {\n      keyword: "prefixItems",\n      type: "array",\n      schemaType: ["array"],\n      before: "uniqueItems",\n      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/items2020.js\nvar require_items2020 = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var code_1 = require_code2();\n    var additionalItems_1 = require_additionalItems();\n    var error = {\n      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,\n      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`\n    };\n    var def = {\n      keyword: "items",\n      type: "array",\n      schemaType: ["object", "boolean"],\n      before: "uniqueItems",\n      error,\n      code(cxt) {\n        const { schema, parentSchema, it } = cxt;\n        const { prefixItems } = parentSchema;\n        it.items = true;\n        if ((0, util_1.alwaysValidSchema)(it, schema))\n          return;\n        if (prefixItems)\n          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);\n        else\n          cxt.ok((0, code_1.validateArray)(cxt));\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/contains.js\nvar require_contains = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,\n      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`\n    };\n    var def = {\n      keyword: "contains",\n      type: "array",\n      schemaType: ["object", "boolean"],\n      before: "uniqueItems",\n      trackErrors: true,\n      error,\n      code(cxt) {\n        const { gen, schema, parentSchema, data, it } = cxt;\n        let min;\n        let max;\n        const { minContains, maxContains } = parentSchema;\n        if (it.opts.next) {\n          min = minContains === void 0 ? 1 : minContains;\n          max = maxContains;\n        } else {\n          min = 1;\n        }\n        const len = gen.const("len", (0, codegen_1._)`${data}.length`);\n        cxt.setParams({ min, max });\n        if (max === void 0 && min === 0) {\n          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);\n          return;\n        }\n        if (max !== void 0 && min > max) {\n          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);\n          cxt.fail();\n          return;\n        }\n        if ((0, util_1.alwaysValidSchema)(it, schema)) {\n          let cond = (0, codegen_1._)`${len} >= ${min}`;\n          if (max !== void 0)\n            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;\n          cxt.pass(cond);\n          return;\n        }\n        it.items = true;\n        const valid = gen.name("valid");\n        if (max === void 0 && min === 1) {\n          validateItems(valid, () => gen.if(valid, () => gen.break()));\n        } else if (min === 0) {\n          gen.let(valid, true);\n          if (max !== void 0)\n            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);\n        } else {\n          gen.let(valid, false);\n          validateItemsWithCount();\n        }\n        cxt.result(valid, () => cxt.reset());\n        function validateItemsWithCount() {\n          const schValid = gen.name("_valid");\n          const count = gen.let("count", 0);\n          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));\n        }\n        function validateItems(_valid, block) {\n          gen.forRange("i", 0, len, (i) => {\n            cxt.subschema({\n              keyword: "contains",\n              dataProp: i,\n              dataPropType: util_1.Type.Num,\n              compositeRule: true\n            }, _valid);\n            block();\n          });\n        }\n        function checkLimits(count) {\n          gen.code((0, codegen_1._)`${count}++`);\n          if (max === void 0) {\n            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());\n          } else {\n            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());\n            if (min === 1)\n              gen.assign(valid, true);\n            else\n              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));\n          }\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/dependencies.js\nvar require_dependencies = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var code_1 = require_code2();\n    exports2.error = {\n      message: ({ params: { property, depsCount, deps } }) => {\n        const property_ies = depsCount === 1 ? "property" : "properties";\n        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;\n      },\n      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},\n    missingProperty: ${missingProperty},\n    depsCount: ${depsCount},\n    deps: ${deps}}`\n      // TODO change to reference\n    };\n    var def = {\n      keyword: "dependencies",\n      type: "object",\n      schemaType: "object",\n      error: exports2.error,\n      code(cxt) {\n        const [propDeps, schDeps] = splitDependencies(cxt);\n        validatePropertyDeps(cxt, propDeps);\n        validateSchemaDeps(cxt, schDeps);\n      }\n    };\n    function splitDependencies({ schema }) {\n      const propertyDeps = {};\n      const schemaDeps = {};\n      for (const key in schema) {\n        if (key === "__proto__")\n          continue;\n        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;\n        deps[key] = schema[key];\n      }\n      return [propertyDeps, schemaDeps];\n    }\n    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {\n      const { gen, data, it } = cxt;\n      if (Object.keys(propertyDeps).length === 0)\n        return;\n      const missing = gen.let("missing");\n      for (const prop in propertyDeps) {\n        const deps = propertyDeps[prop];\n        if (deps.length === 0)\n          continue;\n        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);\n        cxt.setParams({\n          property: prop,\n          depsCount: deps.length,\n          deps: deps.join(", ")\n        });\n        if (it.allErrors) {\n          gen.if(hasProperty, () => {\n            for (const depProp of deps) {\n              (0, code_1.checkReportMissingProp)(cxt, depProp);\n            }\n          });\n        } else {\n          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);\n          (0, code_1.reportMissingProp)(cxt, missing);\n          gen.else();\n        }\n      }\n    }\n    exports2.validatePropertyDeps = validatePropertyDeps;\n    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {\n      const { gen, data, keyword, it } = cxt;\n      const valid = gen.name("valid");\n      for (const prop in schemaDeps) {\n        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))\n          continue;\n        gen.if(\n          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),\n          () => {\n            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);\n            cxt.mergeValidEvaluated(schCxt, valid);\n          },\n          () => gen.var(valid, true)\n          // TODO var\n        );\n        cxt.ok(valid);\n      }\n    }\n    exports2.validateSchemaDeps = validateSchemaDeps;\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js\nvar require_propertyNames = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: "property name must be valid",\n      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`\n    };\n    var def = {\n      keyword: "propertyNames",\n      type: "object",\n      schemaType: ["object", "boolean"],\n      error,\n      code(cxt) {\n        const { gen, schema, data, it } = cxt;\n        if ((0, util_1.alwaysValidSchema)(it, schema))\n          return;\n        const valid = gen.name("valid");\n        gen.forIn("key", data, (key) => {\n          cxt.setParams({ propertyName: key });\n          cxt.subschema({\n            keyword: "propertyNames",\n            data: key,\n            dataTypes: ["string"],\n            propertyName: key,\n            compositeRule: true\n          }, valid);\n          gen.if((0, codegen_1.not)(valid), () => {\n            cxt.error(true);\n            if (!it.allErrors)\n              gen.break();\n          });\n        });\n        cxt.ok(valid);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js\nvar require_additionalProperties = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var code_1 = require_code2();\n    var codegen_1 = require_codegen();\n    var names_1 = require_names();\n    var util_1 = require_util();\n    var error = {\n      message: "must NOT have additional properties",\n      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`\n    };\n    var def = {\n      keyword: "additionalProperties",\n      type: ["object"],\n      schemaType: ["boolean", "object"],\n      allowUndefined: true,\n      trackErrors: true,\n      error,\n      code(cxt) {\n        const { gen, schema, parentSchema, data, errsCount, it } = cxt;\n        if (!errsCount)\n          throw new Error("ajv implementation error");\n        const { allErrors, opts } = it;\n        it.props = true;\n        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))\n          return;\n        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);\n        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);\n        checkAdditionalProperties();\n        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);\n        function checkAdditionalProperties() {\n          gen.forIn("key", data, (key) => {\n            if (!props.length && !patProps.length)\n              additionalPropertyCode(key);\n            else\n              gen.if(isAdditional(key), () => additionalPropertyCode(key));\n          });\n        }\n        function isAdditional(key) {\n          let definedProp;\n          if (props.length > 8) {\n            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");\n            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);\n          } else if (props.length) {\n            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));\n          } else {\n            definedProp = codegen_1.nil;\n          }\n          if (patProps.length) {\n            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));\n          }\n          return (0, codegen_1.not)(definedProp);\n        }\n        function deleteAdditional(key) {\n          gen.code((0, codegen_1._)`delete ${data}[${key}]`);\n        }\n        function additionalPropertyCode(key) {\n          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {\n            deleteAdditional(key);\n            return;\n          }\n          if (schema === false) {\n            cxt.setParams({ additionalProperty: key });\n            cxt.error();\n            if (!allErrors)\n              gen.break();\n            return;\n          }\n          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {\n            const valid = gen.name("valid");\n            if (opts.removeAdditional === "failing") {\n              applyAdditionalSchema(key, valid, false);\n              gen.if((0, codegen_1.not)(valid), () => {\n                cxt.reset();\n                deleteAdditional(key);\n              });\n            } else {\n              applyAdditionalSchema(key, valid);\n              if (!allErrors)\n                gen.if((0, codegen_1.not)(valid), () => gen.break());\n            }\n          }\n        }\n        function applyAdditionalSchema(key, valid, errors) {\n          const subschema = {\n            keyword: "additionalProperties",\n            dataProp: key,\n            dataPropType: util_1.Type.Str\n          };\n          if (errors === false) {\n            Object.assign(subschema, {\n              compositeRule: true,\n              createErrors: false,\n              allErrors: false\n            });\n          }\n          cxt.subschema(subschema, valid);\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/properties.js\nvar require_properties = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var validate_1 = require_validate();\n    var code_1 = require_code2();\n    var util_1 = require_util();\n    var additionalProperties_1 = require_additionalProperties();\n    var def = {\n      keyword: "properties",\n      type: "object",\n      schemaType: "object",\n      code(cxt) {\n        const { gen, schema, parentSchema, data, it } = cxt;\n        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {\n          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));\n        }\n        const allProps = (0, code_1.allSchemaProperties)(schema);\n        for (const prop of allProps) {\n          it.definedProperties.add(prop);\n        }\n        if (it.opts.unevaluated && allProps.length && it.props !== true) {\n          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);\n        }\n        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));\n        if (properties.length === 0)\n          return;\n        const valid = gen.name("valid");\n        for (const prop of properties) {\n          if (hasDefault(prop)) {\n            applyPropertySchema(prop);\n          } else {\n            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));\n            applyPropertySchema(prop);\n            if (!it.allErrors)\n              gen.else().var(valid, true);\n            gen.endIf();\n          }\n          cxt.it.definedProperties.add(prop);\n          cxt.ok(valid);\n        }\n        function hasDefault(prop) {\n          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;\n        }\n        function applyPropertySchema(prop) {\n          cxt.subschema({\n            keyword: "properties",\n            schemaProp: prop,\n            dataProp: prop\n          }, valid);\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js\nvar require_patternProperties = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var code_1 = require_code2();\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var util_2 = require_util();\n    var def = {\n      keyword: "patternProperties",\n      type: "object",\n      schemaType: "object",\n      code(cxt) {\n        const { gen, schema, data, parentSchema, it } = cxt;\n        const { opts } = it;\n        const patterns = (0, code_1.allSchemaProperties)(schema);\n        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));\n        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {\n          return;\n        }\n        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;\n        const valid = gen.name("valid");\n        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {\n          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);\n        }\n        const { props } = it;\n        validatePatternProperties();\n        function validatePatternProperties() {\n          for (const pat of patterns) {\n            if (checkProperties)\n              checkMatchingProperties(pat);\n            if (it.allErrors) {\n              validateProperties(pat);\n            } else {\n              gen.var(valid, true);\n              validateProperties(pat);\n              gen.if(valid);\n            }\n          }\n        }\n        function checkMatchingProperties(pat) {\n          for (const prop in checkProperties) {\n            if (new RegExp(pat).test(prop)) {\n              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);\n            }\n          }\n        }\n        function validateProperties(pat) {\n          gen.forIn("key", data, (key) => {\n            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {\n              const alwaysValid = alwaysValidPatterns.includes(pat);\n              if (!alwaysValid) {\n                cxt.subschema({\n                  keyword: "patternProperties",\n                  schemaProp: pat,\n                  dataProp: key,\n                  dataPropType: util_2.Type.Str\n                }, valid);\n              }\n              if (it.opts.unevaluated && props !== true) {\n                gen.assign((0, codegen_1._)`${props}[${key}]`, true);\n              } else if (!alwaysValid && !it.allErrors) {\n                gen.if((0, codegen_1.not)(valid), () => gen.break());\n              }\n            });\n          });\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/not.js\nvar require_not = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var util_1 = require_util();\n    var def = {\n      keyword: "not",\n      schemaType: ["object", "boolean"],\n      trackErrors: true,\n      code(cxt) {\n        const { gen, schema, it } = cxt;\n        if ((0, util_1.alwaysValidSchema)(it, schema)) {\n          cxt.fail();\n          return;\n        }\n        const valid = gen.name("valid");\n        cxt.subschema({\n          keyword: "not",\n          compositeRule: true,\n          createErrors: false,\n          allErrors: false\n        }, valid);\n        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());\n      },\n      error: { message: "must NOT be valid" }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/anyOf.js\nvar require_anyOf = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var code_1 = require_code2();\n    var def = {\n      keyword: "anyOf",\n      schemaType: "array",\n      trackErrors: true,\n      code: code_1.validateUnion,\n      error: { message: "must match a schema in anyOf" }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/oneOf.js\nvar require_oneOf = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: "must match exactly one schema in oneOf",\n      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`\n    };\n    var def = {\n      keyword: "oneOf",\n      schemaType: "array",\n      trackErrors: true,\n      error,\n      code(cxt) {\n        const { gen, schema, parentSchema, it } = cxt;\n        if (!Array.isArray(schema))\n          throw new Error("ajv implementation error");\n        if (it.opts.discriminator && parentSchema.discriminator)\n          return;\n        const schArr = schema;\n        const valid = gen.let("valid", false);\n        const passing = gen.let("passing", null);\n        const schValid = gen.name("_valid");\n        cxt.setParams({ passing });\n        gen.block(validateOneOf);\n        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));\n        function validateOneOf() {\n          schArr.forEach((sch, i) => {\n            let schCxt;\n            if ((0, util_1.alwaysValidSchema)(it, sch)) {\n              gen.var(schValid, true);\n            } else {\n              schCxt = cxt.subschema({\n                keyword: "oneOf",\n                schemaProp: i,\n                compositeRule: true\n              }, schValid);\n            }\n            if (i > 0) {\n              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();\n            }\n            gen.if(schValid, () => {\n              gen.assign(valid, true);\n              gen.assign(passing, i);\n              if (schCxt)\n                cxt.mergeEvaluated(schCxt, codegen_1.Name);\n            });\n          });\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/allOf.js\nvar require_allOf = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var util_1 = require_util();\n    var def = {\n      keyword: "allOf",\n      schemaType: "array",\n      code(cxt) {\n        const { gen, schema, it } = cxt;\n        if (!Array.isArray(schema))\n          throw new Error("ajv implementation error");\n        const valid = gen.name("valid");\n        schema.forEach((sch, i) => {\n          if ((0, util_1.alwaysValidSchema)(it, sch))\n            return;\n          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);\n          cxt.ok(valid);\n          cxt.mergeEvaluated(schCxt);\n        });\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/if.js\nvar require_if = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var util_1 = require_util();\n    var error = {\n      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,\n      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`\n    };\n    var def = {\n      keyword: "if",\n      schemaType: ["object", "boolean"],\n      trackErrors: true,\n      error,\n      code(cxt) {\n        const { gen, parentSchema, it } = cxt;\n        if (parentSchema.then === void 0 && parentSchema.else === void 0) {\n          (0, util_1.checkStrictMode)(it, \'"if" without "then" and "else" is ignored\');\n        }\n        const hasThen = hasSchema(it, "then");\n        const hasElse = hasSchema(it, "else");\n        if (!hasThen && !hasElse)\n          return;\n        const valid = gen.let("valid", true);\n        const schValid = gen.name("_valid");\n        validateIf();\n        cxt.reset();\n        if (hasThen && hasElse) {\n          const ifClause = gen.let("ifClause");\n          cxt.setParams({ ifClause });\n          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));\n        } else if (hasThen) {\n          gen.if(schValid, validateClause("then"));\n        } else {\n          gen.if((0, codegen_1.not)(schValid), validateClause("else"));\n        }\n        cxt.pass(valid, () => cxt.error(true));\n        function validateIf() {\n          const schCxt = cxt.subschema({\n            keyword: "if",\n            compositeRule: true,\n            createErrors: false,\n            allErrors: false\n          }, schValid);\n          cxt.mergeEvaluated(schCxt);\n        }\n        function validateClause(keyword, ifClause) {\n          return () => {\n            const schCxt = cxt.subschema({ keyword }, schValid);\n            gen.assign(valid, schValid);\n            cxt.mergeValidEvaluated(schCxt, valid);\n            if (ifClause)\n              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);\n            else\n              cxt.setParams({ ifClause: keyword });\n          };\n        }\n      }\n    };\n    function hasSchema(it, keyword) {\n      const schema = it.schema[keyword];\n      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);\n    }\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/thenElse.js\nvar require_thenElse = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var util_1 = require_util();\n    var def = {\n      keyword: ["then", "else"],\n      schemaType: ["object", "boolean"],\n      code({ keyword, parentSchema, it }) {\n        if (parentSchema.if === void 0)\n          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/applicator/index.js\nvar require_applicator = __commonJS({\n  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var additionalItems_1 = require_additionalItems();\n    var prefixItems_1 = require_prefixItems();\n    var items_1 = require_items();\n    var items2020_1 = require_items2020();\n    var contains_1 = require_contains();\n    var dependencies_1 = require_dependencies();\n    var propertyNames_1 = require_propertyNames();\n    var additionalProperties_1 = require_additionalProperties();\n    var properties_1 = require_properties();\n    var patternProperties_1 = require_patternProperties();\n    var not_1 = require_not();\n    var anyOf_1 = require_anyOf();\n    var oneOf_1 = require_oneOf();\n    var allOf_1 = require_allOf();\n    var if_1 = require_if();\n    var thenElse_1 = require_thenElse();\n    function getApplicator(draft2020 = false) {\n      const applicator = [\n        // any\n        not_1.default,\n        anyOf_1.default,\n        oneOf_1.default,\n        allOf_1.default,\n        if_1.default,\n        thenElse_1.default,\n        // object\n        propertyNames_1.default,\n        additionalProperties_1.default,\n        dependencies_1.default,\n        properties_1.default,\n        patternProperties_1.default\n      ];\n      if (draft2020)\n        applicator.push(prefixItems_1.default, items2020_1.default);\n      else\n        applicator.push(additionalItems_1.default, items_1.default);\n      applicator.push(contains_1.default);\n      return applicator;\n    }\n    exports2.default = getApplicator;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/format/format.js\nvar require_format = __commonJS({\n  "node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var error = {\n      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,\n      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`\n    };\n    var def = {\n      keyword: "format",\n      type: ["number", "string"],\n      schemaType: "string",\n      $data: true,\n      error,\n      code(cxt, ruleType) {\n        const { gen, data, $data, schema, schemaCode, it } = cxt;\n        const { opts, errSchemaPath, schemaEnv, self } = it;\n        if (!opts.validateFormats)\n          return;\n        if ($data)\n          validate$DataFormat();\n        else\n          validateFormat();\n        function validate$DataFormat() {\n          const fmts = gen.scopeValue("formats", {\n            ref: self.formats,\n            code: opts.code.formats\n          });\n          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);\n          const fType = gen.let("fType");\n          const format = gen.let("format");\n          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));\n          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));\n          function unknownFmt() {\n            if (opts.strictSchema === false)\n              return codegen_1.nil;\n            return (0, codegen_1._)`${schemaCode} && !${format}`;\n          }\n          function invalidFmt() {\n            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;\n            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;\n            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;\n          }\n        }\n        function validateFormat() {\n          const formatDef = self.formats[schema];\n          if (!formatDef) {\n            unknownFormat();\n            return;\n          }\n          if (formatDef === true)\n            return;\n          const [fmtType, format, fmtRef] = getFormat(formatDef);\n          if (fmtType === ruleType)\n            cxt.pass(validCondition());\n          function unknownFormat() {\n            if (opts.strictSchema === false) {\n              self.logger.warn(unknownMsg());\n              return;\n            }\n            throw new Error(unknownMsg());\n            function unknownMsg() {\n              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;\n            }\n          }\n          function getFormat(fmtDef) {\n            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;\n            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });\n            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {\n              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];\n            }\n            return ["string", fmtDef, fmt];\n          }\n          function validCondition() {\n            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {\n              if (!schemaEnv.$async)\n                throw new Error("async format in sync schema");\n              return (0, codegen_1._)`await ${fmtRef}(${data})`;\n            }\n            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;\n          }\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/format/index.js\nvar require_format2 = __commonJS({\n  "node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var format_1 = require_format();\n    var format = [format_1.default];\n    exports2.default = format;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/metadata.js\nvar require_metadata = __commonJS({\n  "node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;\n    exports2.metadataVocabulary = [\n      "title",\n      "description",\n      "default",\n      "deprecated",\n      "readOnly",\n      "writeOnly",\n      "examples"\n    ];\n    exports2.contentVocabulary = [\n      "contentMediaType",\n      "contentEncoding",\n      "contentSchema"\n    ];\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/draft7.js\nvar require_draft7 = __commonJS({\n  "node_modules/ajv/dist/vocabularies/draft7.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var core_1 = require_core2();\n    var validation_1 = require_validation();\n    var applicator_1 = require_applicator();\n    var format_1 = require_format2();\n    var metadata_1 = require_metadata();\n    var draft7Vocabularies = [\n      core_1.default,\n      validation_1.default,\n      (0, applicator_1.default)(),\n      format_1.default,\n      metadata_1.metadataVocabulary,\n      metadata_1.contentVocabulary\n    ];\n    exports2.default = draft7Vocabularies;\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/discriminator/types.js\nvar require_types = __commonJS({\n  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.DiscrError = void 0;\n    var DiscrError;\n    (function(DiscrError2) {\n      DiscrError2["Tag"] = "tag";\n      DiscrError2["Mapping"] = "mapping";\n    })(DiscrError || (exports2.DiscrError = DiscrError = {}));\n  }\n});\n\n// node_modules/ajv/dist/vocabularies/discriminator/index.js\nvar require_discriminator = __commonJS({\n  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    var codegen_1 = require_codegen();\n    var types_1 = require_types();\n    var compile_1 = require_compile();\n    var ref_error_1 = require_ref_error();\n    var util_1 = require_util();\n    var error = {\n      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,\n      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`\n    };\n    var def = {\n      keyword: "discriminator",\n      type: "object",\n      schemaType: "object",\n      error,\n      code(cxt) {\n        const { gen, data, schema, parentSchema, it } = cxt;\n        const { oneOf } = parentSchema;\n        if (!it.opts.discriminator) {\n          throw new Error("discriminator: requires discriminator option");\n        }\n        const tagName = schema.propertyName;\n        if (typeof tagName != "string")\n          throw new Error("discriminator: requires propertyName");\n        if (schema.mapping)\n          throw new Error("discriminator: mapping is not supported");\n        if (!oneOf)\n          throw new Error("discriminator: requires oneOf keyword");\n        const valid = gen.let("valid", false);\n        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);\n        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));\n        cxt.ok(valid);\n        function validateMapping() {\n          const mapping = getMapping();\n          gen.if(false);\n          for (const tagValue in mapping) {\n            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);\n            gen.assign(valid, applyTagSchema(mapping[tagValue]));\n          }\n          gen.else();\n          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });\n          gen.endIf();\n        }\n        function applyTagSchema(schemaProp) {\n          const _valid = gen.name("valid");\n          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);\n          cxt.mergeEvaluated(schCxt, codegen_1.Name);\n          return _valid;\n        }\n        function getMapping() {\n          var _a;\n          const oneOfMapping = {};\n          const topRequired = hasRequired(parentSchema);\n          let tagRequired = true;\n          for (let i = 0; i < oneOf.length; i++) {\n            let sch = oneOf[i];\n            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {\n              const ref = sch.$ref;\n              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);\n              if (sch instanceof compile_1.SchemaEnv)\n                sch = sch.schema;\n              if (sch === void 0)\n                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);\n            }\n            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];\n            if (typeof propSch != "object") {\n              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);\n            }\n            tagRequired = tagRequired && (topRequired || hasRequired(sch));\n            addMappings(propSch, i);\n          }\n          if (!tagRequired)\n            throw new Error(`discriminator: "${tagName}" must be required`);\n          return oneOfMapping;\n          function hasRequired({ required }) {\n            return Array.isArray(required) && required.includes(tagName);\n          }\n          function addMappings(sch, i) {\n            if (sch.const) {\n              addMapping(sch.const, i);\n            } else if (sch.enum) {\n              for (const tagValue of sch.enum) {\n                addMapping(tagValue, i);\n              }\n            } else {\n              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);\n            }\n          }\n          function addMapping(tagValue, i) {\n            if (typeof tagValue != "string" || tagValue in oneOfMapping) {\n              throw new Error(`discriminator: "${tagName}" values must be unique strings`);\n            }\n            oneOfMapping[tagValue] = i;\n          }\n        }\n      }\n    };\n    exports2.default = def;\n  }\n});\n\n// node_modules/ajv/dist/refs/json-schema-draft-07.json\nvar require_json_schema_draft_07 = __commonJS({\n  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports2, module2) {\n    module2.exports = {\n      $schema: "http://json-schema.org/draft-07/schema#",\n      $id: "http://json-schema.org/draft-07/schema#",\n      title: "Core schema meta-schema",\n      definitions: {\n        schemaArray: {\n          type: "array",\n          minItems: 1,\n          items: { $ref: "#" }\n        },\n        nonNegativeInteger: {\n          type: "integer",\n          minimum: 0\n        },\n        nonNegativeIntegerDefault0: {\n          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]\n        },\n        simpleTypes: {\n          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]\n        },\n        stringArray: {\n          type: "array",\n          items: { type: "string" },\n          uniqueItems: true,\n          default: []\n        }\n      },\n      type: ["object", "boolean"],\n      properties: {\n        $id: {\n          type: "string",\n          format: "uri-reference"\n        },\n        $schema: {\n          type: "string",\n          format: "uri"\n        },\n        $ref: {\n          type: "string",\n          format: "uri-reference"\n        },\n        $comment: {\n          type: "string"\n        },\n        title: {\n          type: "string"\n        },\n        description: {\n          type: "string"\n        },\n        default: true,\n        readOnly: {\n          type: "boolean",\n          default: false\n        },\n        examples: {\n          type: "array",\n          items: true\n        },\n        multipleOf: {\n          type: "number",\n          exclusiveMinimum: 0\n        },\n        maximum: {\n          type: "number"\n        },\n        exclusiveMaximum: {\n          type: "number"\n        },\n        minimum: {\n          type: "number"\n        },\n        exclusiveMinimum: {\n          type: "number"\n        },\n        maxLength: { $ref: "#/definitions/nonNegativeInteger" },\n        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },\n        pattern: {\n          type: "string",\n          format: "regex"\n        },\n        additionalItems: { $ref: "#" },\n        items: {\n          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],\n          default: true\n        },\n        maxItems: { $ref: "#/definitions/nonNegativeInteger" },\n        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },\n        uniqueItems: {\n          type: "boolean",\n          default: false\n        },\n        contains: { $ref: "#" },\n        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },\n        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },\n        required: { $ref: "#/definitions/stringArray" },\n        additionalProperties: { $ref: "#" },\n        definitions: {\n          type: "object",\n          additionalProperties: { $ref: "#" },\n          default: {}\n        },\n        properties: {\n          type: "object",\n          additionalProperties: { $ref: "#" },\n          default: {}\n        },\n        patternProperties: {\n          type: "object",\n          additionalProperties: { $ref: "#" },\n          propertyNames: { format: "regex" },\n          default: {}\n        },\n        dependencies: {\n          type: "object",\n          additionalProperties: {\n            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]\n          }\n        },\n        propertyNames: { $ref: "#" },\n        const: true,\n        enum: {\n          type: "array",\n          items: true,\n          minItems: 1,\n          uniqueItems: true\n        },\n        type: {\n          anyOf: [\n            { $ref: "#/definitions/simpleTypes" },\n            {\n              type: "array",\n              items: { $ref: "#/definitions/simpleTypes" },\n              minItems: 1,\n              uniqueItems: true\n            }\n          ]\n        },\n        format: { type: "string" },\n        contentMediaType: { type: "string" },\n        contentEncoding: { type: "string" },\n        if: { $ref: "#" },\n        then: { $ref: "#" },\n        else: { $ref: "#" },\n        allOf: { $ref: "#/definitions/schemaArray" },\n        anyOf: { $ref: "#/definitions/schemaArray" },\n        oneOf: { $ref: "#/definitions/schemaArray" },\n        not: { $ref: "#" }\n      },\n      default: true\n    };\n  }\n});\n\n// node_modules/ajv/dist/ajv.js\nvar require_ajv = __commonJS({\n  "node_modules/ajv/dist/ajv.js"(exports2, module2) {\n    "use strict";\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv = void 0;\n    var core_1 = require_core();\n    var draft7_1 = require_draft7();\n    var discriminator_1 = require_discriminator();\n    var draft7MetaSchema = require_json_schema_draft_07();\n    var META_SUPPORT_DATA = ["/properties"];\n    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";\n    var Ajv = class extends core_1.default {\n      _addVocabularies() {\n        super._addVocabularies();\n        draft7_1.default.forEach((v) => this.addVocabulary(v));\n        if (this.opts.discriminator)\n          this.addKeyword(discriminator_1.default);\n      }\n      _addDefaultMetaSchema() {\n        super._addDefaultMetaSchema();\n        if (!this.opts.meta)\n          return;\n        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;\n        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);\n        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;\n      }\n      defaultMeta() {\n        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);\n      }\n    };\n    exports2.Ajv = Ajv;\n    module2.exports = exports2 = Ajv;\n    module2.exports.Ajv = Ajv;\n    Object.defineProperty(exports2, "__esModule", { value: true });\n    exports2.default = Ajv;\n    var validate_1 = require_validate();\n    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {\n      return validate_1.KeywordCxt;\n    } });\n    var codegen_1 = require_codegen();\n    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {\n      return codegen_1._;\n    } });\n    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {\n      return codegen_1.str;\n    } });\n    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {\n      return codegen_1.stringify;\n    } });\n    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {\n      return codegen_1.nil;\n    } });\n    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {\n      return codegen_1.Name;\n    } });\n    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {\n      return codegen_1.CodeGen;\n    } });\n    var validation_error_1 = require_validation_error();\n    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {\n      return validation_error_1.default;\n    } });\n    var ref_error_1 = require_ref_error();\n    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {\n      return ref_error_1.default;\n    } });\n  }\n});\n\n// <stdin>\nmodule.exports = require_ajv();\n';
    var m = { exports: {} };
    new Function("module", "exports", "require", text)(m, m.exports, __require);
    module.exports = m.exports;
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "genai-clearance",
  version: "0.1.0",
  private: true,
  description: "Declare and clear generative-AI use in film and series production: a policy-as-code CLI and GitHub Action.",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20.19"
  },
  bin: {
    "genai-clearance": "bin/genai-clearance.js"
  },
  scripts: {
    start: "node scripts/start.mjs",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    "check-dist": "npm run build && git diff --exit-code dist/",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "markdown-table": "^3.1.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@octokit/openapi": "^23.0.2",
    "@stoplight/spectral-cli": "^6.16.3",
    "@types/node": "^20.19.43",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-gfm": "^3.1.0",
    "micromark-extension-gfm": "^3.0.0",
    saxes: "^6.0.0",
    typescript: "^7.0.2",
    vitest: "^4.1.12"
  }
};

// src/generated/validators.js
var runtime0ns = __toESM(require_ucs2length(), 1);
var runtime1ns = __toESM(require_equal(), 1);
var runtime0 = typeof runtime0ns.default === "function" ? runtime0ns : runtime0ns.default;
var runtime1 = typeof runtime1ns.default === "function" ? runtime1ns : runtime1ns.default;
var validateDeclaration = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://genai-clearance.dev/schema/genai-usage.v1.schema.json", "title": "genai-usage.yml v1", "description": "Declares every use of generative AI in one production, for genai-clearance to check against versioned policy packs.", "type": "object", "additionalProperties": false, "required": ["format", "policies", "production", "uses"], "properties": { "format": { "const": "genai-usage/v1", "description": "Format and version of this file. Always `genai-usage/v1`." }, "policies": { "type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": true, "description": "Policy packs this production is judged by: `pack@major` (newest matching version) or `pack@major.minor.patch` (exact).", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$", "description": "e.g. `netflix-genai@1`" } }, "production": { "type": "object", "additionalProperties": false, "required": ["title"], "description": "The production this file is about.", "properties": { "title": { "type": "string", "minLength": 1, "maxLength": 300, "description": "Working or release title." }, "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "description": "The platform's production id. Needed to match approvals in a ledger." }, "contact": { "type": "string", "minLength": 3, "maxLength": 300, "description": "Who at the platform was told about these uses (every use must be disclosed to the contact)." } } }, "uses": { "type": "array", "maxItems": 5e4, "description": "Each use of generative AI, one entry per use.", "items": { "$ref": "#/definitions/use" } } }, "definitions": { "triState": { "enum": [true, false, "unknown"], "description": "`true`, `false` or `unknown`. `unknown` is treated as a risk: every rule that reads the field fires and escalates.", "enumDescriptions": ["Yes", "No", "Not known yet: escalates"] }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A calendar date, YYYY-MM-DD." }, "slug": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "description": "Lower-case letters, digits and hyphens." }, "tool": { "type": "object", "additionalProperties": false, "required": ["name", "enterprise", "trains_on_inputs"], "description": "One tool or step of the workflow, in-house or vendor. Every step must comply.", "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Tool, model or service name." }, "vendor": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Outsourced vendor or AI studio running this step, if any." }, "enterprise": { "$ref": "#/definitions/triState", "description": "Covered by the platform's enterprise agreement (inputs protected, not trained on or resold)." }, "trains_on_inputs": { "$ref": "#/definitions/triState", "description": "The tool stores, reuses or trains on production inputs or outputs." } } }, "approval": { "type": "object", "additionalProperties": false, "required": ["ref", "rules", "approved_on"], "description": "A written approval for escalated rules of this use.", "properties": { "ref": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The approval reference; its format is set by the policy pack (e.g. `GENAI-2025-0042`)." }, "rules": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/slug" }, "description": "Rule ids this approval clears. Explicit: no wildcard." }, "approved_on": { "$ref": "#/definitions/date", "description": "Date the approval was granted." }, "expires_on": { "$ref": "#/definitions/date", "description": "Date the approval lapses (required when the pack says so)." }, "policy": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$", "description": "The pack version it was granted under, e.g. `netflix-genai@1.0.0`. Lets the tool tell when a later rule change makes it stale." } } }, "use": { "type": "object", "additionalProperties": false, "required": ["id", "summary", "stage", "disclosed", "tools", "inputs", "output"], "properties": { "id": { "$ref": "#/definitions/slug", "description": "Unique id of this use in the file (a slug)." }, "summary": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "What the AI is used for, in a sentence." }, "stage": { "type": "string", "enum": ["ideation", "pre-production", "production", "post-production", "marketing", "localization"], "description": "Production stage of the use.", "enumDescriptions": ["Ideas, moodboards, reference images", "Pre-production: previs, storyboards, design", "Principal photography", "Post-production: VFX, edit, sound", "Trailers, key art, publicity", "Dubbing, subtitles, localized versions"], "markdownEnumDescriptions": ["Ideas, moodboards, reference images", "Pre-production: previs, storyboards, design", "Principal photography", "Post-production: VFX, edit, sound", "Trailers, key art, publicity", "Dubbing, subtitles, localized versions"] }, "disclosed": { "anyOf": [{ "$ref": "#/definitions/date" }, { "const": false }], "description": "Date the platform contact was told about this use, or `false` if not yet." }, "tools": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/definitions/tool" }, "description": "Every tool or step of the workflow." }, "inputs": { "type": "array", "maxItems": 20, "uniqueItems": true, "description": "What goes into the tools (prompts and reference material).", "items": { "type": "string", "enum": ["owned-cleared", "public-domain", "licensed-stock", "unreleased-assets", "unreleased-footage", "script", "production-images", "talent-likeness", "contracts", "personal-data", "third-party-ip", "unknown"], "description": "Kind of input material.", "enumDescriptions": ["Material the production owns and has cleared for this use", "Public-domain material", "Stock licensed for this use", "Unreleased assets of the production", "Unreleased footage", "Scripts", "Production images", "Talent likeness: faces, voices, bodies of identifiable people", "Contracts", "Personal data (e.g. cast or crew details)", "Third-party intellectual property", "Not known: escalates"], "markdownEnumDescriptions": ["Material the production owns and has cleared for this use", "Public-domain material", "Stock licensed for this use", "Unreleased assets of the production", "Unreleased footage", "Scripts", "Production images", "Talent likeness: faces, voices, bodies of identifiable people", "Contracts", "Personal data (e.g. cast or crew details)", "Third-party intellectual property", "Not known: escalates"] } }, "training": { "type": "string", "enum": ["none", "fine-tune", "train"], "description": "Whether a model is built from the inputs.", "enumDescriptions": ["No model is trained", "A model is fine-tuned on the inputs", "A model is trained on the inputs"], "markdownEnumDescriptions": ["No model is trained", "A model is fine-tuned on the inputs", "A model is trained on the inputs"] }, "output": { "type": "object", "additionalProperties": false, "required": ["kinds", "final", "prominence"], "description": "What comes out.", "properties": { "kinds": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["image", "video", "audio", "voice", "text", "music", "3d"], "description": "Kind of output.", "enumDescriptions": ["Still image", "Moving image", "Sound", "Voice", "Text", "Music", "3D asset"], "markdownEnumDescriptions": ["Still image", "Moving image", "Sound", "Voice", "Text", "Music", "3D asset"] } }, "final": { "$ref": "#/definitions/triState", "description": "Appears in final deliverables, in the foreground or background, seen or heard." }, "prominence": { "type": "string", "enum": ["none", "incidental", "background", "featured", "story-critical"], "description": "How visible the output is on screen.", "enumDescriptions": ["Not on screen", "Incidental: brief, not referred to", "Background element", "Featured: read aloud, in focus", "Critical to the story"], "markdownEnumDescriptions": ["Not on screen", "Incidental: brief, not referred to", "Background element", "Featured: read aloud, in focus", "Critical to the story"] }, "source_type": { "type": "string", "maxLength": 100, "pattern": "^[A-Za-z]+$", "description": "IPTC digital source type term (e.g. `trainedAlgorithmicMedia`, `compositeWithTrainedAlgorithmicMedia`)." } } }, "creative": { "type": "object", "additionalProperties": false, "description": "Creative elements.", "properties": { "key_element": { "$ref": "#/definitions/triState", "description": "Generates a main character, key visual or setting central to the story." }, "references": { "type": "array", "uniqueItems": true, "maxItems": 10, "description": "What prompts or input images reference.", "items": { "type": "string", "enum": ["copyrighted-work", "public-figure", "deceased-person", "artist-style", "performer-feature"], "description": "Kind of reference.", "enumDescriptions": ["A copyrighted work", "A public figure", "A deceased person", "An artist's style", "A performer's distinctive feature"], "markdownEnumDescriptions": ["A copyrighted work", "A public figure", "A deceased person", "An artist's style", "A performer's distinctive feature"] } } } }, "talent": { "type": "object", "additionalProperties": false, "description": "Talent and performance.", "properties": { "replica": { "type": "string", "enum": ["none", "create", "use"], "description": "Digital replica of an identifiable performer.", "enumDescriptions": ["No replica", "Creates a digital replica", "Uses an existing digital replica"], "markdownEnumDescriptions": ["No replica", "Creates a digital replica", "Uses an existing digital replica"] }, "replica_use": { "type": "string", "enum": ["none", "as-performed", "unsafe-action", "unrecognisable", "new-performance"], "description": "How a replica is used.", "enumDescriptions": ["Not used", "Substantially as scripted, performed or recorded (e.g. reshoots)", "An action a human cannot safely perform", "The performer is unrecognisable (e.g. masked)", "A new performance the performer did not give"], "markdownEnumDescriptions": ["Not used", "Substantially as scripted, performed or recorded (e.g. reshoots)", "An action a human cannot safely perform", "The performer is unrecognisable (e.g. masked)", "A new performance the performer did not give"] }, "alteration": { "type": "string", "enum": ["none", "customary", "significant"], "description": "Digital alteration of a performance.", "enumDescriptions": ["None", "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing", "Significant: changes tone, delivery or intent"], "markdownEnumDescriptions": ["None", "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing", "Significant: changes tone, delivery or intent"] }, "consent": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "References of documented consent from the performers concerned." }, "model_reuse": { "$ref": "#/definitions/triState", "description": "A talent model is used beyond this production or the agreed scope." }, "union_work": { "type": "string", "enum": ["none", "assists", "replaces"], "description": "Effect on work usually done by union-represented people.", "enumDescriptions": ["None", "Assists or materially affects it", "Replaces it"], "markdownEnumDescriptions": ["None", "Assists or materially affects it", "Replaces it"] } } }, "audience": { "type": "object", "additionalProperties": false, "description": "Audience trust.", "properties": { "could_mislead": { "$ref": "#/definitions/triState", "description": "Could be taken for real events, people or statements." } } }, "approvals": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/approval" }, "description": "Written approvals for escalated rules." } } } } };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
var func2 = runtime0.default;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "summary", "stage", "disclosed", "tools", "inputs", "output"], "properties": { "id": { "$ref": "#/definitions/slug", "description": "Unique id of this use in the file (a slug)." }, "summary": { "type": "string", "minLength": 1, "maxLength": 2e3, "description": "What the AI is used for, in a sentence." }, "stage": { "type": "string", "enum": ["ideation", "pre-production", "production", "post-production", "marketing", "localization"], "description": "Production stage of the use.", "enumDescriptions": ["Ideas, moodboards, reference images", "Pre-production: previs, storyboards, design", "Principal photography", "Post-production: VFX, edit, sound", "Trailers, key art, publicity", "Dubbing, subtitles, localized versions"], "markdownEnumDescriptions": ["Ideas, moodboards, reference images", "Pre-production: previs, storyboards, design", "Principal photography", "Post-production: VFX, edit, sound", "Trailers, key art, publicity", "Dubbing, subtitles, localized versions"] }, "disclosed": { "anyOf": [{ "$ref": "#/definitions/date" }, { "const": false }], "description": "Date the platform contact was told about this use, or `false` if not yet." }, "tools": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "$ref": "#/definitions/tool" }, "description": "Every tool or step of the workflow." }, "inputs": { "type": "array", "maxItems": 20, "uniqueItems": true, "description": "What goes into the tools (prompts and reference material).", "items": { "type": "string", "enum": ["owned-cleared", "public-domain", "licensed-stock", "unreleased-assets", "unreleased-footage", "script", "production-images", "talent-likeness", "contracts", "personal-data", "third-party-ip", "unknown"], "description": "Kind of input material.", "enumDescriptions": ["Material the production owns and has cleared for this use", "Public-domain material", "Stock licensed for this use", "Unreleased assets of the production", "Unreleased footage", "Scripts", "Production images", "Talent likeness: faces, voices, bodies of identifiable people", "Contracts", "Personal data (e.g. cast or crew details)", "Third-party intellectual property", "Not known: escalates"], "markdownEnumDescriptions": ["Material the production owns and has cleared for this use", "Public-domain material", "Stock licensed for this use", "Unreleased assets of the production", "Unreleased footage", "Scripts", "Production images", "Talent likeness: faces, voices, bodies of identifiable people", "Contracts", "Personal data (e.g. cast or crew details)", "Third-party intellectual property", "Not known: escalates"] } }, "training": { "type": "string", "enum": ["none", "fine-tune", "train"], "description": "Whether a model is built from the inputs.", "enumDescriptions": ["No model is trained", "A model is fine-tuned on the inputs", "A model is trained on the inputs"], "markdownEnumDescriptions": ["No model is trained", "A model is fine-tuned on the inputs", "A model is trained on the inputs"] }, "output": { "type": "object", "additionalProperties": false, "required": ["kinds", "final", "prominence"], "description": "What comes out.", "properties": { "kinds": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["image", "video", "audio", "voice", "text", "music", "3d"], "description": "Kind of output.", "enumDescriptions": ["Still image", "Moving image", "Sound", "Voice", "Text", "Music", "3D asset"], "markdownEnumDescriptions": ["Still image", "Moving image", "Sound", "Voice", "Text", "Music", "3D asset"] } }, "final": { "$ref": "#/definitions/triState", "description": "Appears in final deliverables, in the foreground or background, seen or heard." }, "prominence": { "type": "string", "enum": ["none", "incidental", "background", "featured", "story-critical"], "description": "How visible the output is on screen.", "enumDescriptions": ["Not on screen", "Incidental: brief, not referred to", "Background element", "Featured: read aloud, in focus", "Critical to the story"], "markdownEnumDescriptions": ["Not on screen", "Incidental: brief, not referred to", "Background element", "Featured: read aloud, in focus", "Critical to the story"] }, "source_type": { "type": "string", "maxLength": 100, "pattern": "^[A-Za-z]+$", "description": "IPTC digital source type term (e.g. `trainedAlgorithmicMedia`, `compositeWithTrainedAlgorithmicMedia`)." } } }, "creative": { "type": "object", "additionalProperties": false, "description": "Creative elements.", "properties": { "key_element": { "$ref": "#/definitions/triState", "description": "Generates a main character, key visual or setting central to the story." }, "references": { "type": "array", "uniqueItems": true, "maxItems": 10, "description": "What prompts or input images reference.", "items": { "type": "string", "enum": ["copyrighted-work", "public-figure", "deceased-person", "artist-style", "performer-feature"], "description": "Kind of reference.", "enumDescriptions": ["A copyrighted work", "A public figure", "A deceased person", "An artist's style", "A performer's distinctive feature"], "markdownEnumDescriptions": ["A copyrighted work", "A public figure", "A deceased person", "An artist's style", "A performer's distinctive feature"] } } } }, "talent": { "type": "object", "additionalProperties": false, "description": "Talent and performance.", "properties": { "replica": { "type": "string", "enum": ["none", "create", "use"], "description": "Digital replica of an identifiable performer.", "enumDescriptions": ["No replica", "Creates a digital replica", "Uses an existing digital replica"], "markdownEnumDescriptions": ["No replica", "Creates a digital replica", "Uses an existing digital replica"] }, "replica_use": { "type": "string", "enum": ["none", "as-performed", "unsafe-action", "unrecognisable", "new-performance"], "description": "How a replica is used.", "enumDescriptions": ["Not used", "Substantially as scripted, performed or recorded (e.g. reshoots)", "An action a human cannot safely perform", "The performer is unrecognisable (e.g. masked)", "A new performance the performer did not give"], "markdownEnumDescriptions": ["Not used", "Substantially as scripted, performed or recorded (e.g. reshoots)", "An action a human cannot safely perform", "The performer is unrecognisable (e.g. masked)", "A new performance the performer did not give"] }, "alteration": { "type": "string", "enum": ["none", "customary", "significant"], "description": "Digital alteration of a performance.", "enumDescriptions": ["None", "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing", "Significant: changes tone, delivery or intent"], "markdownEnumDescriptions": ["None", "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing", "Significant: changes tone, delivery or intent"] }, "consent": { "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "description": "References of documented consent from the performers concerned." }, "model_reuse": { "$ref": "#/definitions/triState", "description": "A talent model is used beyond this production or the agreed scope." }, "union_work": { "type": "string", "enum": ["none", "assists", "replaces"], "description": "Effect on work usually done by union-represented people.", "enumDescriptions": ["None", "Assists or materially affects it", "Replaces it"], "markdownEnumDescriptions": ["None", "Assists or materially affects it", "Replaces it"] } } }, "audience": { "type": "object", "additionalProperties": false, "description": "Audience trust.", "properties": { "could_mislead": { "$ref": "#/definitions/triState", "description": "Could be taken for real events, people or statements." } } }, "approvals": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/approval" }, "description": "Written approvals for escalated rules." } } };
var schema13 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "description": "Lower-case letters, digits and hyphens." };
var schema14 = { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "A calendar date, YYYY-MM-DD." };
var schema16 = { "enum": [true, false, "unknown"], "description": "`true`, `false` or `unknown`. `unknown` is treated as a risk: every rule that reads the field fires and escalates.", "enumDescriptions": ["Yes", "No", "Not known yet: escalates"] };
var func6 = Object.prototype.hasOwnProperty;
var pattern2 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");
var pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var pattern4 = new RegExp("^[A-Za-z]+$", "u");
var schema15 = { "type": "object", "additionalProperties": false, "required": ["name", "enterprise", "trains_on_inputs"], "description": "One tool or step of the workflow, in-house or vendor. Every step must comply.", "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Tool, model or service name." }, "vendor": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Outsourced vendor or AI studio running this step, if any." }, "enterprise": { "$ref": "#/definitions/triState", "description": "Covered by the platform's enterprise agreement (inputs protected, not trained on or resold)." }, "trains_on_inputs": { "$ref": "#/definitions/triState", "description": "The tool stores, reuses or trains on production inputs or outputs." } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.enterprise === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "enterprise" }, message: "must have required property 'enterprise'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trains_on_inputs === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trains_on_inputs" }, message: "must have required property 'trains_on_inputs'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "vendor" || key0 === "enterprise" || key0 === "trains_on_inputs")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema15.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      let data1 = data.vendor;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err7 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema15.properties.vendor, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.vendor, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.vendor.type, parentSchema: schema15.properties.vendor, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.enterprise !== void 0) {
      let data2 = data.enterprise;
      if (!(data2 === true || data2 === false || data2 === "unknown")) {
        const err10 = { instancePath: instancePath + "/enterprise", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.trains_on_inputs !== void 0) {
      let data3 = data.trains_on_inputs;
      if (!(data3 === true || data3 === false || data3 === "unknown")) {
        const err11 = { instancePath: instancePath + "/trains_on_inputs", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema22 = { "type": "object", "additionalProperties": false, "required": ["ref", "rules", "approved_on"], "description": "A written approval for escalated rules of this use.", "properties": { "ref": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The approval reference; its format is set by the policy pack (e.g. `GENAI-2025-0042`)." }, "rules": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/slug" }, "description": "Rule ids this approval clears. Explicit: no wildcard." }, "approved_on": { "$ref": "#/definitions/date", "description": "Date the approval was granted." }, "expires_on": { "$ref": "#/definitions/date", "description": "Date the approval lapses (required when the pack says so)." }, "policy": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$", "description": "The pack version it was granted under, e.g. `netflix-genai@1.0.0`. Lets the tool tell when a later rule change makes it stale." } } };
var func0 = runtime1.default;
var pattern8 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approved_on === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approved_on" }, message: "must have required property 'approved_on'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ref" || key0 === "rules" || key0 === "approved_on" || key0 === "expires_on" || key0 === "policy")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (func2(data0) > 100) {
          const err4 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema22.properties.ref, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.ref, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.ref.type, parentSchema: schema22.properties.ref, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema22.properties.rules, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern2.test(data2)) {
              const err8 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema13, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data1[i1], data1[j0])) {
                  const err10 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema22.properties.rules, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err11 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.rules.type, parentSchema: schema22.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.approved_on !== void 0) {
      let data3 = data.approved_on;
      if (typeof data3 === "string") {
        if (!pattern3.test(data3)) {
          const err12 = { instancePath: instancePath + "/approved_on", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/approved_on", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.expires_on !== void 0) {
      let data4 = data.expires_on;
      if (typeof data4 === "string") {
        if (!pattern3.test(data4)) {
          const err14 = { instancePath: instancePath + "/expires_on", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema14, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/expires_on", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data5 = data.policy;
      if (typeof data5 === "string") {
        if (!pattern8.test(data5)) {
          const err16 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$"', schema: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$", parentSchema: schema22.properties.policy, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.policy.type, parentSchema: schema22.properties.policy, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.stage === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stage" }, message: "must have required property 'stage'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.disclosed === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "disclosed" }, message: "must have required property 'disclosed'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.tools === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema12.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data1 = data.summary;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e3) {
          const err10 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema12.properties.summary, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err11 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.summary, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.summary.type, parentSchema: schema12.properties.summary, data: data1 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.stage !== void 0) {
      let data2 = data.stage;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.stage.type, parentSchema: schema12.properties.stage, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data2 === "ideation" || data2 === "pre-production" || data2 === "production" || data2 === "post-production" || data2 === "marketing" || data2 === "localization")) {
        const err14 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema12.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.stage.enum, parentSchema: schema12.properties.stage, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.disclosed !== void 0) {
      let data3 = data.disclosed;
      const _errs10 = errors;
      let valid2 = false;
      const _errs11 = errors;
      if (typeof data3 === "string") {
        if (!pattern3.test(data3)) {
          const err15 = { instancePath: instancePath + "/disclosed", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/disclosed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs14 = errors;
        if (false !== data3) {
          const err17 = { instancePath: instancePath + "/disclosed", schemaPath: "#/properties/disclosed/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema12.properties.disclosed.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid0 = _errs14 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err18 = { instancePath: instancePath + "/disclosed", schemaPath: "#/properties/disclosed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.disclosed.anyOf, parentSchema: schema12.properties.disclosed, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tools !== void 0) {
      let data4 = data.tools;
      if (Array.isArray(data4)) {
        if (data4.length > 50) {
          const err19 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema12.properties.tools, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4.length < 1) {
          const err20 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.tools, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate12(data4[i0], { instancePath: instancePath + "/tools/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.tools.type, parentSchema: schema12.properties.tools, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data6 = data.inputs;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err22 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema12.properties.inputs, data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err23 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.inputs.items.type, parentSchema: schema12.properties.inputs.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (!(data7 === "owned-cleared" || data7 === "public-domain" || data7 === "licensed-stock" || data7 === "unreleased-assets" || data7 === "unreleased-footage" || data7 === "script" || data7 === "production-images" || data7 === "talent-likeness" || data7 === "contracts" || data7 === "personal-data" || data7 === "third-party-ip" || data7 === "unknown")) {
            const err24 = { instancePath: instancePath + "/inputs/" + i1, schemaPath: "#/properties/inputs/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.inputs.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.inputs.items.enum, parentSchema: schema12.properties.inputs.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i2 = data6.length;
        let j0;
        if (i2 > 1) {
          const indices0 = {};
          for (; i2--; ) {
            let item0 = data6[i2];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema12.properties.inputs, data: data6 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i2;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.inputs.type, parentSchema: schema12.properties.inputs, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.training !== void 0) {
      let data8 = data.training;
      if (typeof data8 !== "string") {
        const err27 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.training.type, parentSchema: schema12.properties.training, data: data8 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (!(data8 === "none" || data8 === "fine-tune" || data8 === "train")) {
        const err28 = { instancePath: instancePath + "/training", schemaPath: "#/properties/training/enum", keyword: "enum", params: { allowedValues: schema12.properties.training.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.training.enum, parentSchema: schema12.properties.training, data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data9 = data.output;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.kinds === void 0) {
          const err29 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'", schema: schema12.properties.output.required, parentSchema: schema12.properties.output, data: data9 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data9.final === void 0) {
          const err30 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/required", keyword: "required", params: { missingProperty: "final" }, message: "must have required property 'final'", schema: schema12.properties.output.required, parentSchema: schema12.properties.output, data: data9 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data9.prominence === void 0) {
          const err31 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/required", keyword: "required", params: { missingProperty: "prominence" }, message: "must have required property 'prominence'", schema: schema12.properties.output.required, parentSchema: schema12.properties.output, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key1 in data9) {
          if (!(key1 === "kinds" || key1 === "final" || key1 === "prominence" || key1 === "source_type")) {
            const err32 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.output, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.kinds !== void 0) {
          let data10 = data9.kinds;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err33 = { instancePath: instancePath + "/output/kinds", schemaPath: "#/properties/output/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.output.properties.kinds, data: data10 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data11 = data10[i3];
              if (typeof data11 !== "string") {
                const err34 = { instancePath: instancePath + "/output/kinds/" + i3, schemaPath: "#/properties/output/properties/kinds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.output.properties.kinds.items.type, parentSchema: schema12.properties.output.properties.kinds.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (!(data11 === "image" || data11 === "video" || data11 === "audio" || data11 === "voice" || data11 === "text" || data11 === "music" || data11 === "3d")) {
                const err35 = { instancePath: instancePath + "/output/kinds/" + i3, schemaPath: "#/properties/output/properties/kinds/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.output.properties.kinds.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.output.properties.kinds.items.enum, parentSchema: schema12.properties.output.properties.kinds.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            let i4 = data10.length;
            let j1;
            if (i4 > 1) {
              const indices1 = {};
              for (; i4--; ) {
                let item1 = data10[i4];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err36 = { instancePath: instancePath + "/output/kinds", schemaPath: "#/properties/output/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema12.properties.output.properties.kinds, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i4;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/output/kinds", schemaPath: "#/properties/output/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.output.properties.kinds.type, parentSchema: schema12.properties.output.properties.kinds, data: data10 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data9.final !== void 0) {
          let data12 = data9.final;
          if (!(data12 === true || data12 === false || data12 === "unknown")) {
            const err38 = { instancePath: instancePath + "/output/final", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data9.prominence !== void 0) {
          let data13 = data9.prominence;
          if (typeof data13 !== "string") {
            const err39 = { instancePath: instancePath + "/output/prominence", schemaPath: "#/properties/output/properties/prominence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.output.properties.prominence.type, parentSchema: schema12.properties.output.properties.prominence, data: data13 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data13 === "none" || data13 === "incidental" || data13 === "background" || data13 === "featured" || data13 === "story-critical")) {
            const err40 = { instancePath: instancePath + "/output/prominence", schemaPath: "#/properties/output/properties/prominence/enum", keyword: "enum", params: { allowedValues: schema12.properties.output.properties.prominence.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.output.properties.prominence.enum, parentSchema: schema12.properties.output.properties.prominence, data: data13 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data9.source_type !== void 0) {
          let data14 = data9.source_type;
          if (typeof data14 === "string") {
            if (func2(data14) > 100) {
              const err41 = { instancePath: instancePath + "/output/source_type", schemaPath: "#/properties/output/properties/source_type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema12.properties.output.properties.source_type, data: data14 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (!pattern4.test(data14)) {
              const err42 = { instancePath: instancePath + "/output/source_type", schemaPath: "#/properties/output/properties/source_type/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z]+$" }, message: 'must match pattern "^[A-Za-z]+$"', schema: "^[A-Za-z]+$", parentSchema: schema12.properties.output.properties.source_type, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/output/source_type", schemaPath: "#/properties/output/properties/source_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.output.properties.source_type.type, parentSchema: schema12.properties.output.properties.source_type, data: data14 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.output.type, parentSchema: schema12.properties.output, data: data9 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.creative !== void 0) {
      let data15 = data.creative;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "key_element" || key2 === "references")) {
            const err45 = { instancePath: instancePath + "/creative", schemaPath: "#/properties/creative/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.creative, data: data15 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data15.key_element !== void 0) {
          let data16 = data15.key_element;
          if (!(data16 === true || data16 === false || data16 === "unknown")) {
            const err46 = { instancePath: instancePath + "/creative/key_element", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data16 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data15.references !== void 0) {
          let data17 = data15.references;
          if (Array.isArray(data17)) {
            if (data17.length > 10) {
              const err47 = { instancePath: instancePath + "/creative/references", schemaPath: "#/properties/creative/properties/references/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema12.properties.creative.properties.references, data: data17 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            const len3 = data17.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data18 = data17[i5];
              if (typeof data18 !== "string") {
                const err48 = { instancePath: instancePath + "/creative/references/" + i5, schemaPath: "#/properties/creative/properties/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.creative.properties.references.items.type, parentSchema: schema12.properties.creative.properties.references.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (!(data18 === "copyrighted-work" || data18 === "public-figure" || data18 === "deceased-person" || data18 === "artist-style" || data18 === "performer-feature")) {
                const err49 = { instancePath: instancePath + "/creative/references/" + i5, schemaPath: "#/properties/creative/properties/references/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.creative.properties.references.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.creative.properties.references.items.enum, parentSchema: schema12.properties.creative.properties.references.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            let i6 = data17.length;
            let j2;
            if (i6 > 1) {
              const indices2 = {};
              for (; i6--; ) {
                let item2 = data17[i6];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err50 = { instancePath: instancePath + "/creative/references", schemaPath: "#/properties/creative/properties/references/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema12.properties.creative.properties.references, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i6;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/creative/references", schemaPath: "#/properties/creative/properties/references/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.creative.properties.references.type, parentSchema: schema12.properties.creative.properties.references, data: data17 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/creative", schemaPath: "#/properties/creative/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.creative.type, parentSchema: schema12.properties.creative, data: data15 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.talent !== void 0) {
      let data19 = data.talent;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key3 in data19) {
          if (!(key3 === "replica" || key3 === "replica_use" || key3 === "alteration" || key3 === "consent" || key3 === "model_reuse" || key3 === "union_work")) {
            const err53 = { instancePath: instancePath + "/talent", schemaPath: "#/properties/talent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.talent, data: data19 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data19.replica !== void 0) {
          let data20 = data19.replica;
          if (typeof data20 !== "string") {
            const err54 = { instancePath: instancePath + "/talent/replica", schemaPath: "#/properties/talent/properties/replica/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.talent.properties.replica.type, parentSchema: schema12.properties.talent.properties.replica, data: data20 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (!(data20 === "none" || data20 === "create" || data20 === "use")) {
            const err55 = { instancePath: instancePath + "/talent/replica", schemaPath: "#/properties/talent/properties/replica/enum", keyword: "enum", params: { allowedValues: schema12.properties.talent.properties.replica.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.talent.properties.replica.enum, parentSchema: schema12.properties.talent.properties.replica, data: data20 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data19.replica_use !== void 0) {
          let data21 = data19.replica_use;
          if (typeof data21 !== "string") {
            const err56 = { instancePath: instancePath + "/talent/replica_use", schemaPath: "#/properties/talent/properties/replica_use/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.talent.properties.replica_use.type, parentSchema: schema12.properties.talent.properties.replica_use, data: data21 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (!(data21 === "none" || data21 === "as-performed" || data21 === "unsafe-action" || data21 === "unrecognisable" || data21 === "new-performance")) {
            const err57 = { instancePath: instancePath + "/talent/replica_use", schemaPath: "#/properties/talent/properties/replica_use/enum", keyword: "enum", params: { allowedValues: schema12.properties.talent.properties.replica_use.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.talent.properties.replica_use.enum, parentSchema: schema12.properties.talent.properties.replica_use, data: data21 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data19.alteration !== void 0) {
          let data22 = data19.alteration;
          if (typeof data22 !== "string") {
            const err58 = { instancePath: instancePath + "/talent/alteration", schemaPath: "#/properties/talent/properties/alteration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.talent.properties.alteration.type, parentSchema: schema12.properties.talent.properties.alteration, data: data22 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (!(data22 === "none" || data22 === "customary" || data22 === "significant")) {
            const err59 = { instancePath: instancePath + "/talent/alteration", schemaPath: "#/properties/talent/properties/alteration/enum", keyword: "enum", params: { allowedValues: schema12.properties.talent.properties.alteration.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.talent.properties.alteration.enum, parentSchema: schema12.properties.talent.properties.alteration, data: data22 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data19.consent !== void 0) {
          let data23 = data19.consent;
          if (Array.isArray(data23)) {
            if (data23.length > 50) {
              const err60 = { instancePath: instancePath + "/talent/consent", schemaPath: "#/properties/talent/properties/consent/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema12.properties.talent.properties.consent, data: data23 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            const len4 = data23.length;
            for (let i7 = 0; i7 < len4; i7++) {
              let data24 = data23[i7];
              if (typeof data24 === "string") {
                if (func2(data24) > 200) {
                  const err61 = { instancePath: instancePath + "/talent/consent/" + i7, schemaPath: "#/properties/talent/properties/consent/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema12.properties.talent.properties.consent.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (func2(data24) < 1) {
                  const err62 = { instancePath: instancePath + "/talent/consent/" + i7, schemaPath: "#/properties/talent/properties/consent/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.talent.properties.consent.items, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/talent/consent/" + i7, schemaPath: "#/properties/talent/properties/consent/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.talent.properties.consent.items.type, parentSchema: schema12.properties.talent.properties.consent.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            let i8 = data23.length;
            let j3;
            if (i8 > 1) {
              const indices3 = {};
              for (; i8--; ) {
                let item3 = data23[i8];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err64 = { instancePath: instancePath + "/talent/consent", schemaPath: "#/properties/talent/properties/consent/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema12.properties.talent.properties.consent, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i8;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/talent/consent", schemaPath: "#/properties/talent/properties/consent/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.talent.properties.consent.type, parentSchema: schema12.properties.talent.properties.consent, data: data23 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data19.model_reuse !== void 0) {
          let data25 = data19.model_reuse;
          if (!(data25 === true || data25 === false || data25 === "unknown")) {
            const err66 = { instancePath: instancePath + "/talent/model_reuse", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data25 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data19.union_work !== void 0) {
          let data26 = data19.union_work;
          if (typeof data26 !== "string") {
            const err67 = { instancePath: instancePath + "/talent/union_work", schemaPath: "#/properties/talent/properties/union_work/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.talent.properties.union_work.type, parentSchema: schema12.properties.talent.properties.union_work, data: data26 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (!(data26 === "none" || data26 === "assists" || data26 === "replaces")) {
            const err68 = { instancePath: instancePath + "/talent/union_work", schemaPath: "#/properties/talent/properties/union_work/enum", keyword: "enum", params: { allowedValues: schema12.properties.talent.properties.union_work.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.talent.properties.union_work.enum, parentSchema: schema12.properties.talent.properties.union_work, data: data26 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/talent", schemaPath: "#/properties/talent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.talent.type, parentSchema: schema12.properties.talent, data: data19 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.audience !== void 0) {
      let data27 = data.audience;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key4 in data27) {
          if (!(key4 === "could_mislead")) {
            const err70 = { instancePath: instancePath + "/audience", schemaPath: "#/properties/audience/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.audience, data: data27 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data27.could_mislead !== void 0) {
          let data28 = data27.could_mislead;
          if (!(data28 === true || data28 === false || data28 === "unknown")) {
            const err71 = { instancePath: instancePath + "/audience/could_mislead", schemaPath: "#/definitions/triState/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data28 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/audience", schemaPath: "#/properties/audience/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.audience.type, parentSchema: schema12.properties.audience, data: data27 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data29 = data.approvals;
      if (Array.isArray(data29)) {
        if (data29.length > 50) {
          const err73 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema12.properties.approvals, data: data29 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        const len5 = data29.length;
        for (let i9 = 0; i9 < len5; i9++) {
          if (!validate14(data29[i9], { instancePath: instancePath + "/approvals/" + i9, parentData: data29, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.approvals.type, parentSchema: schema12.properties.approvals, data: data29 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
  } else {
    const err75 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.policies === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policies" }, message: "must have required property 'policies'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.production === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "production" }, message: "must have required property 'production'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.uses === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uses" }, message: "must have required property 'uses'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "policies" || key0 === "production" || key0 === "uses")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data0 = data.format;
      if ("genai-usage/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "genai-usage/v1" }, message: "must be equal to constant", schema: "genai-usage/v1", parentSchema: schema11.properties.format, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data1 = data.policies;
      if (Array.isArray(data1)) {
        if (data1.length > 16) {
          const err6 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema11.properties.policies, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.policies, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err8 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$"', schema: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$", parentSchema: schema11.properties.policies.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.policies.items.type, parentSchema: schema11.properties.policies.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err10 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.policies, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.policies.type, parentSchema: schema11.properties.policies, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.production !== void 0) {
      let data3 = data.production;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.title === void 0) {
          const err12 = { instancePath: instancePath + "/production", schemaPath: "#/properties/production/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema11.properties.production.required, parentSchema: schema11.properties.production, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "title" || key1 === "id" || key1 === "contact")) {
            const err13 = { instancePath: instancePath + "/production", schemaPath: "#/properties/production/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.production, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.title !== void 0) {
          let data4 = data3.title;
          if (typeof data4 === "string") {
            if (func2(data4) > 300) {
              const err14 = { instancePath: instancePath + "/production/title", schemaPath: "#/properties/production/properties/title/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema11.properties.production.properties.title, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err15 = { instancePath: instancePath + "/production/title", schemaPath: "#/properties/production/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.production.properties.title, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/production/title", schemaPath: "#/properties/production/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.production.properties.title.type, parentSchema: schema11.properties.production.properties.title, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.id !== void 0) {
          let data5 = data3.id;
          if (typeof data5 === "string") {
            if (!pattern1.test(data5)) {
              const err17 = { instancePath: instancePath + "/production/id", schemaPath: "#/properties/production/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema11.properties.production.properties.id, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/production/id", schemaPath: "#/properties/production/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.production.properties.id.type, parentSchema: schema11.properties.production.properties.id, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.contact !== void 0) {
          let data6 = data3.contact;
          if (typeof data6 === "string") {
            if (func2(data6) > 300) {
              const err19 = { instancePath: instancePath + "/production/contact", schemaPath: "#/properties/production/properties/contact/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema11.properties.production.properties.contact, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (func2(data6) < 3) {
              const err20 = { instancePath: instancePath + "/production/contact", schemaPath: "#/properties/production/properties/contact/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.production.properties.contact, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/production/contact", schemaPath: "#/properties/production/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.production.properties.contact.type, parentSchema: schema11.properties.production.properties.contact, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/production", schemaPath: "#/properties/production/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.production.type, parentSchema: schema11.properties.production, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.uses !== void 0) {
      let data7 = data.uses;
      if (Array.isArray(data7)) {
        if (data7.length > 5e4) {
          const err23 = { instancePath: instancePath + "/uses", schemaPath: "#/properties/uses/maxItems", keyword: "maxItems", params: { limit: 5e4 }, message: "must NOT have more than 50000 items", schema: 5e4, parentSchema: schema11.properties.uses, data: data7 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          if (!validate11(data7[i2], { instancePath: instancePath + "/uses/" + i2, parentData: data7, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/uses", schemaPath: "#/properties/uses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.uses.type, parentSchema: schema11.properties.uses, data: data7 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePack = validate17;
var schema26 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://genai-clearance.dev/schema/policy-pack.v1.schema.json", "title": "genai-clearance policy pack", "description": "A versioned policy pack: data, not code. Lives at policy/<pack>/<semver>.yml.", "type": "object", "additionalProperties": false, "required": ["pack", "version", "title", "source", "effective", "declaration_format", "unknown_level", "approval", "principles", "rules"], "properties": { "pack": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$", "description": "Pack name; must equal its folder name." }, "version": { "type": "string", "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "description": "Semantic version; must equal the file name." }, "title": { "type": "string", "minLength": 1 }, "source": { "type": "object", "additionalProperties": false, "required": ["url", "read_on"], "properties": { "url": { "type": "string", "pattern": "^https://" }, "read_on": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } }, "effective": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "Date from which this version applies." }, "deprecated": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "From this date, declarations pinned to this version get a warning." }, "sunset": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "From this date, declarations pinned to this version fail." }, "declaration_format": { "const": "genai-usage/v1" }, "unknown_level": { "$ref": "#/definitions/level", "description": "Level of a finding that fired only because a field was `unknown`." }, "approval": { "type": "object", "additionalProperties": false, "required": ["ref_pattern", "ref_example", "require_expiry"], "properties": { "ref_pattern": { "type": "string", "minLength": 2, "pattern": "^\\^.*\\$$", "description": "Anchored regular expression an approval reference must match." }, "ref_example": { "type": "string", "minLength": 1 }, "require_expiry": { "type": "boolean" }, "max_age_days": { "type": "integer", "minimum": 1, "maximum": 3650 } } }, "principles": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "number", "title", "summary", "source"], "properties": { "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9-]{0,15}$" }, "number": { "type": "integer", "minimum": 1 }, "title": { "type": "string", "minLength": 1 }, "summary": { "type": "string", "minLength": 1 }, "source": { "type": "string", "minLength": 1 } } } }, "rules": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["id", "principle", "level", "category", "guidance", "when", "message", "remedy", "source"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" }, "principle": { "type": "string" }, "level": { "$ref": "#/definitions/level" }, "category": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" }, "guidance": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Z0-9-]+$" } }, "when": { "$ref": "#/definitions/condition" }, "message": { "type": "string", "minLength": 1 }, "remedy": { "type": "string", "minLength": 1 }, "source": { "type": "string", "minLength": 1 } } } } }, "definitions": { "level": { "enum": ["inform", "escalate", "block"] }, "condition": { "type": "object", "minProperties": 1, "description": "Field path in the use (e.g. `output.final`, `tools[*].enterprise`) \u2192 JSON Schema fragment its value must satisfy. All entries must hold; `any`/`all` combine conditions.", "properties": { "any": { "type": "array", "minItems": 2, "items": { "$ref": "#/definitions/condition" } }, "all": { "type": "array", "minItems": 2, "items": { "$ref": "#/definitions/condition" } } }, "propertyNames": { "pattern": "^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$" }, "additionalProperties": { "type": "object" } } } };
var schema27 = { "enum": ["inform", "escalate", "block"] };
var pattern10 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "u");
var pattern11 = new RegExp("^https://", "u");
var pattern16 = new RegExp("^\\^.*\\$$", "u");
var pattern17 = new RegExp("^[A-Z][A-Z0-9-]{0,15}$", "u");
var pattern20 = new RegExp("^[A-Z0-9-]+$", "u");
var schema29 = { "type": "object", "minProperties": 1, "description": "Field path in the use (e.g. `output.final`, `tools[*].enterprise`) \u2192 JSON Schema fragment its value must satisfy. All entries must hold; `any`/`all` combine conditions.", "properties": { "any": { "type": "array", "minItems": 2, "items": { "$ref": "#/definitions/condition" } }, "all": { "type": "array", "minItems": 2, "items": { "$ref": "#/definitions/condition" } } }, "propertyNames": { "pattern": "^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$" }, "additionalProperties": { "type": "object" } };
var pattern21 = new RegExp("^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$", "u");
var wrapper0 = { validate: validate18 };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern21.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$" }, message: 'must match pattern "^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$"', schema: "^(any|all|[a-z_]+(\\[\\*\\])?(\\.[a-z_]+(\\[\\*\\])?)*)$", parentSchema: schema29.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema29.propertyNames, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "any" || key1 === "all")) {
        let data0 = data[key1];
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.additionalProperties.type, parentSchema: schema29.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.any !== void 0) {
      let data1 = data.any;
      if (Array.isArray(data1)) {
        if (data1.length < 2) {
          const err4 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema29.properties.any, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!wrapper0.validate(data1[i0], { instancePath: instancePath + "/any/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/any", schemaPath: "#/properties/any/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.any.type, parentSchema: schema29.properties.any, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data3 = data.all;
      if (Array.isArray(data3)) {
        if (data3.length < 2) {
          const err6 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema29.properties.all, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!wrapper0.validate(data3[i1], { instancePath: instancePath + "/all/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.all.type, parentSchema: schema29.properties.all, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pack === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pack" }, message: "must have required property 'pack'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.effective === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effective" }, message: "must have required property 'effective'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.declaration_format === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "declaration_format" }, message: "must have required property 'declaration_format'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.unknown_level === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "unknown_level" }, message: "must have required property 'unknown_level'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.approval === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property 'approval'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.principles === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "principles" }, message: "must have required property 'principles'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.rules === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema26.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.pack !== void 0) {
      let data0 = data.pack;
      if (typeof data0 === "string") {
        if (!pattern2.test(data0)) {
          const err11 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema26.properties.pack, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.pack.type, parentSchema: schema26.properties.pack, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 === "string") {
        if (!pattern10.test(data1)) {
          const err13 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$" }, message: 'must match pattern "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"', schema: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", parentSchema: schema26.properties.version, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.version.type, parentSchema: schema26.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.title, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.title.type, parentSchema: schema26.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data3 = data.source;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.url === void 0) {
          const err17 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema26.properties.source.required, parentSchema: schema26.properties.source, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3.read_on === void 0) {
          const err18 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "read_on" }, message: "must have required property 'read_on'", schema: schema26.properties.source.required, parentSchema: schema26.properties.source, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "url" || key1 === "read_on")) {
            const err19 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.source, data: data3 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.url !== void 0) {
          let data4 = data3.url;
          if (typeof data4 === "string") {
            if (!pattern11.test(data4)) {
              const err20 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"', schema: "^https://", parentSchema: schema26.properties.source.properties.url, data: data4 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.source.properties.url.type, parentSchema: schema26.properties.source.properties.url, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.read_on !== void 0) {
          let data5 = data3.read_on;
          if (typeof data5 === "string") {
            if (!pattern3.test(data5)) {
              const err22 = { instancePath: instancePath + "/source/read_on", schemaPath: "#/properties/source/properties/read_on/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema26.properties.source.properties.read_on, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/source/read_on", schemaPath: "#/properties/source/properties/read_on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.source.properties.read_on.type, parentSchema: schema26.properties.source.properties.read_on, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.source.type, parentSchema: schema26.properties.source, data: data3 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.effective !== void 0) {
      let data6 = data.effective;
      if (typeof data6 === "string") {
        if (!pattern3.test(data6)) {
          const err25 = { instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema26.properties.effective, data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/effective", schemaPath: "#/properties/effective/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.effective.type, parentSchema: schema26.properties.effective, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.deprecated !== void 0) {
      let data7 = data.deprecated;
      if (typeof data7 === "string") {
        if (!pattern3.test(data7)) {
          const err27 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema26.properties.deprecated, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.deprecated.type, parentSchema: schema26.properties.deprecated, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.sunset !== void 0) {
      let data8 = data.sunset;
      if (typeof data8 === "string") {
        if (!pattern3.test(data8)) {
          const err29 = { instancePath: instancePath + "/sunset", schemaPath: "#/properties/sunset/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema26.properties.sunset, data: data8 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = { instancePath: instancePath + "/sunset", schemaPath: "#/properties/sunset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.sunset.type, parentSchema: schema26.properties.sunset, data: data8 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.declaration_format !== void 0) {
      let data9 = data.declaration_format;
      if ("genai-usage/v1" !== data9) {
        const err31 = { instancePath: instancePath + "/declaration_format", schemaPath: "#/properties/declaration_format/const", keyword: "const", params: { allowedValue: "genai-usage/v1" }, message: "must be equal to constant", schema: "genai-usage/v1", parentSchema: schema26.properties.declaration_format, data: data9 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.unknown_level !== void 0) {
      let data10 = data.unknown_level;
      if (!(data10 === "inform" || data10 === "escalate" || data10 === "block")) {
        const err32 = { instancePath: instancePath + "/unknown_level", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema27.enum }, message: "must be equal to one of the allowed values", schema: schema27.enum, parentSchema: schema27, data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data11 = data.approval;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.ref_pattern === void 0) {
          const err33 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "ref_pattern" }, message: "must have required property 'ref_pattern'", schema: schema26.properties.approval.required, parentSchema: schema26.properties.approval, data: data11 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data11.ref_example === void 0) {
          const err34 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "ref_example" }, message: "must have required property 'ref_example'", schema: schema26.properties.approval.required, parentSchema: schema26.properties.approval, data: data11 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data11.require_expiry === void 0) {
          const err35 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "require_expiry" }, message: "must have required property 'require_expiry'", schema: schema26.properties.approval.required, parentSchema: schema26.properties.approval, data: data11 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "ref_pattern" || key2 === "ref_example" || key2 === "require_expiry" || key2 === "max_age_days")) {
            const err36 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.approval, data: data11 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.ref_pattern !== void 0) {
          let data12 = data11.ref_pattern;
          if (typeof data12 === "string") {
            if (func2(data12) < 2) {
              const err37 = { instancePath: instancePath + "/approval/ref_pattern", schemaPath: "#/properties/approval/properties/ref_pattern/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema26.properties.approval.properties.ref_pattern, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!pattern16.test(data12)) {
              const err38 = { instancePath: instancePath + "/approval/ref_pattern", schemaPath: "#/properties/approval/properties/ref_pattern/pattern", keyword: "pattern", params: { pattern: "^\\^.*\\$$" }, message: 'must match pattern "^\\^.*\\$$"', schema: "^\\^.*\\$$", parentSchema: schema26.properties.approval.properties.ref_pattern, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/approval/ref_pattern", schemaPath: "#/properties/approval/properties/ref_pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approval.properties.ref_pattern.type, parentSchema: schema26.properties.approval.properties.ref_pattern, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.ref_example !== void 0) {
          let data13 = data11.ref_example;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err40 = { instancePath: instancePath + "/approval/ref_example", schemaPath: "#/properties/approval/properties/ref_example/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.approval.properties.ref_example, data: data13 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/approval/ref_example", schemaPath: "#/properties/approval/properties/ref_example/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.approval.properties.ref_example.type, parentSchema: schema26.properties.approval.properties.ref_example, data: data13 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data11.require_expiry !== void 0) {
          let data14 = data11.require_expiry;
          if (typeof data14 !== "boolean") {
            const err42 = { instancePath: instancePath + "/approval/require_expiry", schemaPath: "#/properties/approval/properties/require_expiry/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.approval.properties.require_expiry.type, parentSchema: schema26.properties.approval.properties.require_expiry, data: data14 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data11.max_age_days !== void 0) {
          let data15 = data11.max_age_days;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err43 = { instancePath: instancePath + "/approval/max_age_days", schemaPath: "#/properties/approval/properties/max_age_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.approval.properties.max_age_days.type, parentSchema: schema26.properties.approval.properties.max_age_days, data: data15 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 3650 || isNaN(data15)) {
              const err44 = { instancePath: instancePath + "/approval/max_age_days", schemaPath: "#/properties/approval/properties/max_age_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema26.properties.approval.properties.max_age_days, data: data15 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err45 = { instancePath: instancePath + "/approval/max_age_days", schemaPath: "#/properties/approval/properties/max_age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.approval.properties.max_age_days, data: data15 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.approval.type, parentSchema: schema26.properties.approval, data: data11 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.principles !== void 0) {
      let data16 = data.principles;
      if (Array.isArray(data16)) {
        if (data16.length < 1) {
          const err47 = { instancePath: instancePath + "/principles", schemaPath: "#/properties/principles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.principles, data: data16 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.id === void 0) {
              const err48 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema26.properties.principles.items.required, parentSchema: schema26.properties.principles.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data17.number === void 0) {
              const err49 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema26.properties.principles.items.required, parentSchema: schema26.properties.principles.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data17.title === void 0) {
              const err50 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema26.properties.principles.items.required, parentSchema: schema26.properties.principles.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data17.summary === void 0) {
              const err51 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema26.properties.principles.items.required, parentSchema: schema26.properties.principles.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data17.source === void 0) {
              const err52 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema26.properties.principles.items.required, parentSchema: schema26.properties.principles.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "id" || key3 === "number" || key3 === "title" || key3 === "summary" || key3 === "source")) {
                const err53 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.principles.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.id !== void 0) {
              let data18 = data17.id;
              if (typeof data18 === "string") {
                if (!pattern17.test(data18)) {
                  const err54 = { instancePath: instancePath + "/principles/" + i0 + "/id", schemaPath: "#/properties/principles/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9-]{0,15}$" }, message: 'must match pattern "^[A-Z][A-Z0-9-]{0,15}$"', schema: "^[A-Z][A-Z0-9-]{0,15}$", parentSchema: schema26.properties.principles.items.properties.id, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/principles/" + i0 + "/id", schemaPath: "#/properties/principles/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.principles.items.properties.id.type, parentSchema: schema26.properties.principles.items.properties.id, data: data18 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data17.number !== void 0) {
              let data19 = data17.number;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err56 = { instancePath: instancePath + "/principles/" + i0 + "/number", schemaPath: "#/properties/principles/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.principles.items.properties.number.type, parentSchema: schema26.properties.principles.items.properties.number, data: data19 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 1 || isNaN(data19)) {
                  const err57 = { instancePath: instancePath + "/principles/" + i0 + "/number", schemaPath: "#/properties/principles/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.principles.items.properties.number, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            }
            if (data17.title !== void 0) {
              let data20 = data17.title;
              if (typeof data20 === "string") {
                if (func2(data20) < 1) {
                  const err58 = { instancePath: instancePath + "/principles/" + i0 + "/title", schemaPath: "#/properties/principles/items/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.principles.items.properties.title, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/principles/" + i0 + "/title", schemaPath: "#/properties/principles/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.principles.items.properties.title.type, parentSchema: schema26.properties.principles.items.properties.title, data: data20 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data17.summary !== void 0) {
              let data21 = data17.summary;
              if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                  const err60 = { instancePath: instancePath + "/principles/" + i0 + "/summary", schemaPath: "#/properties/principles/items/properties/summary/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.principles.items.properties.summary, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/principles/" + i0 + "/summary", schemaPath: "#/properties/principles/items/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.principles.items.properties.summary.type, parentSchema: schema26.properties.principles.items.properties.summary, data: data21 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data17.source !== void 0) {
              let data22 = data17.source;
              if (typeof data22 === "string") {
                if (func2(data22) < 1) {
                  const err62 = { instancePath: instancePath + "/principles/" + i0 + "/source", schemaPath: "#/properties/principles/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.principles.items.properties.source, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/principles/" + i0 + "/source", schemaPath: "#/properties/principles/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.principles.items.properties.source.type, parentSchema: schema26.properties.principles.items.properties.source, data: data22 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/principles/" + i0, schemaPath: "#/properties/principles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.principles.items.type, parentSchema: schema26.properties.principles.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/principles", schemaPath: "#/properties/principles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.principles.type, parentSchema: schema26.properties.principles, data: data16 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data23 = data.rules;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          const err66 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.rules, data: data23 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data24 = data23[i1];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.id === void 0) {
              const err67 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data24.principle === void 0) {
              const err68 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "principle" }, message: "must have required property 'principle'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data24.level === void 0) {
              const err69 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "level" }, message: "must have required property 'level'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data24.category === void 0) {
              const err70 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data24.guidance === void 0) {
              const err71 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "guidance" }, message: "must have required property 'guidance'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data24.when === void 0) {
              const err72 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data24.message === void 0) {
              const err73 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data24.remedy === void 0) {
              const err74 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "remedy" }, message: "must have required property 'remedy'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data24.source === void 0) {
              const err75 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema26.properties.rules.items.required, parentSchema: schema26.properties.rules.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            for (const key4 in data24) {
              if (!func6.call(schema26.properties.rules.items.properties, key4)) {
                const err76 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.rules.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data24.id !== void 0) {
              let data25 = data24.id;
              if (typeof data25 === "string") {
                if (!pattern2.test(data25)) {
                  const err77 = { instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema26.properties.rules.items.properties.id, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/rules/" + i1 + "/id", schemaPath: "#/properties/rules/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.id.type, parentSchema: schema26.properties.rules.items.properties.id, data: data25 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data24.principle !== void 0) {
              let data26 = data24.principle;
              if (typeof data26 !== "string") {
                const err79 = { instancePath: instancePath + "/rules/" + i1 + "/principle", schemaPath: "#/properties/rules/items/properties/principle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.principle.type, parentSchema: schema26.properties.rules.items.properties.principle, data: data26 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data24.level !== void 0) {
              let data27 = data24.level;
              if (!(data27 === "inform" || data27 === "escalate" || data27 === "block")) {
                const err80 = { instancePath: instancePath + "/rules/" + i1 + "/level", schemaPath: "#/definitions/level/enum", keyword: "enum", params: { allowedValues: schema27.enum }, message: "must be equal to one of the allowed values", schema: schema27.enum, parentSchema: schema27, data: data27 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data24.category !== void 0) {
              let data28 = data24.category;
              if (typeof data28 === "string") {
                if (!pattern2.test(data28)) {
                  const err81 = { instancePath: instancePath + "/rules/" + i1 + "/category", schemaPath: "#/properties/rules/items/properties/category/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,63}$"', schema: "^[a-z0-9][a-z0-9-]{0,63}$", parentSchema: schema26.properties.rules.items.properties.category, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/rules/" + i1 + "/category", schemaPath: "#/properties/rules/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.category.type, parentSchema: schema26.properties.rules.items.properties.category, data: data28 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data24.guidance !== void 0) {
              let data29 = data24.guidance;
              if (Array.isArray(data29)) {
                if (data29.length < 1) {
                  const err83 = { instancePath: instancePath + "/rules/" + i1 + "/guidance", schemaPath: "#/properties/rules/items/properties/guidance/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.rules.items.properties.guidance, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                const len2 = data29.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data30 = data29[i2];
                  if (typeof data30 === "string") {
                    if (!pattern20.test(data30)) {
                      const err84 = { instancePath: instancePath + "/rules/" + i1 + "/guidance/" + i2, schemaPath: "#/properties/rules/items/properties/guidance/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z0-9-]+$" }, message: 'must match pattern "^[A-Z0-9-]+$"', schema: "^[A-Z0-9-]+$", parentSchema: schema26.properties.rules.items.properties.guidance.items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/rules/" + i1 + "/guidance/" + i2, schemaPath: "#/properties/rules/items/properties/guidance/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.guidance.items.type, parentSchema: schema26.properties.rules.items.properties.guidance.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/rules/" + i1 + "/guidance", schemaPath: "#/properties/rules/items/properties/guidance/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.rules.items.properties.guidance.type, parentSchema: schema26.properties.rules.items.properties.guidance, data: data29 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data24.when !== void 0) {
              if (!validate18(data24.when, { instancePath: instancePath + "/rules/" + i1 + "/when", parentData: data24, parentDataProperty: "when", rootData })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
              }
            }
            if (data24.message !== void 0) {
              let data32 = data24.message;
              if (typeof data32 === "string") {
                if (func2(data32) < 1) {
                  const err87 = { instancePath: instancePath + "/rules/" + i1 + "/message", schemaPath: "#/properties/rules/items/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.rules.items.properties.message, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/rules/" + i1 + "/message", schemaPath: "#/properties/rules/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.message.type, parentSchema: schema26.properties.rules.items.properties.message, data: data32 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data24.remedy !== void 0) {
              let data33 = data24.remedy;
              if (typeof data33 === "string") {
                if (func2(data33) < 1) {
                  const err89 = { instancePath: instancePath + "/rules/" + i1 + "/remedy", schemaPath: "#/properties/rules/items/properties/remedy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.rules.items.properties.remedy, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/rules/" + i1 + "/remedy", schemaPath: "#/properties/rules/items/properties/remedy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.remedy.type, parentSchema: schema26.properties.rules.items.properties.remedy, data: data33 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data24.source !== void 0) {
              let data34 = data24.source;
              if (typeof data34 === "string") {
                if (func2(data34) < 1) {
                  const err91 = { instancePath: instancePath + "/rules/" + i1 + "/source", schemaPath: "#/properties/rules/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.rules.items.properties.source, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/rules/" + i1 + "/source", schemaPath: "#/properties/rules/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.rules.items.properties.source.type, parentSchema: schema26.properties.rules.items.properties.source, data: data34 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.rules.items.type, parentSchema: schema26.properties.rules.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.rules.type, parentSchema: schema26.properties.rules, data: data23 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}

// src/parse/yaml-source.ts
import { isUtf8 } from "node:buffer";

// src/parse/fast-yaml.ts
var keyIndexes = /* @__PURE__ */ new WeakMap();
function keyAt(map, count, key) {
  if (count <= 16) return Object.keys(map).indexOf(key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map(Object.keys(map).map((k, i) => [k, i]));
    keyIndexes.set(map, index);
  }
  return index.get(key) ?? -1;
}
var BAIL = /* @__PURE__ */ Symbol("bail");
var bail = () => {
  throw BAIL;
};
var UNUSUAL_CHAR = /[\t\u0080-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
var LONE_CR = /\r(?!\n)/;
var SURROGATE = /[\uD800-\uDFFF]/;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function unusual(text) {
  if (UNUSUAL_CHAR.test(text)) return true;
  if (text.includes("\r") && LONE_CR.test(text)) return true;
  return SURROGATE.test(text) && LONE_SURROGATE.test(text);
}
var RESERVED_KEYS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
var NULL = /^(?:~|[Nn]ull|NULL)$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  const mayBeSpecial = c === 126 || c === 46 || c === 43 || c === 45 || c >= 48 && c <= 57 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  if (!mayBeSpecial) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 116 || c === 84;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
var SP = 32;
var CR = 13;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DQ = 34;
var SQ = 39;
var COMMA = 44;
var LBRACKET = 91;
var RBRACKET = 93;
var LBRACE = 123;
var RBRACE = 125;
var BACKSLASH = 92;
function isKeyStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isKeyChar(c) {
  return isKeyStart(c) || c >= 48 && c <= 57 || c === DASH;
}
function isBlockKeyChar(c) {
  return isKeyChar(c) || c === 46 || c === LBRACKET || c === 42 || c === RBRACKET || c === 47;
}
function badPlainStart(c) {
  return c === 38 || // & anchor
  c === 42 || // * alias
  c === 33 || // ! tag
  c === 124 || // | block scalar
  c === 62 || // > block scalar
  c === 37 || // % directive
  c === 64 || // @ reserved
  c === 96 || // ` reserved
  c === HASH || c === COMMA || c === RBRACKET || c === RBRACE || c === 63 || // ? (complex key, or a plain scalar only when followed by a non-space; refuse both)
  c === COLON;
}
var SHORT_ESCAPES = { '"': '"', "\\": "\\", "/": "/", n: "\n", t: "	", r: "\r", "0": "\0", b: "\b", f: "\f" };
var Reader = class {
  constructor(t2, limits) {
    this.t = t2;
    this.limits = limits;
  }
  t;
  limits;
  nodes = 0;
  // The current content line: start offset, indentation, end offset (before CR/LF).
  ls = 0;
  ind = 0;
  le = 0;
  eof = false;
  next = 0;
  // offset where the line after the current one starts
  // Second results of the inline readers (kept in fields: no result object per scalar).
  end = 0;
  entry = 0;
  // Recently read short strings, by a small hash: keys and enum-like values repeat from use to use,
  // and reusing one string saves an allocation and, for keys, V8's lookup of a new property name.
  recent = new Array(512);
  read() {
    this.advance(0);
    if (this.eof || this.ind !== 0) bail();
    const c = this.t.charCodeAt(this.ls);
    if (c === DASH || c === 46 || c === 37) bail();
    const value = this.blockMap(this.ls, 0);
    const root2 = this.entry;
    return {
      value,
      locateOffset(path, wantKey) {
        let node = value;
        let rec = root2;
        let last = root2[0];
        for (let i = 0; i < path.length; i++) {
          const seg = path[i];
          if (!rec) return last;
          let entry;
          if (!Array.isArray(node) && typeof seg === "string") {
            const at2 = keyAt(node, (rec.length - 1) / 2, seg);
            if (at2 < 0) return last;
            if (i === path.length - 1 && wantKey) return rec[1 + 2 * at2];
            entry = rec[2 + 2 * at2];
          } else if (Array.isArray(node) && typeof seg === "number") {
            if (!(Number.isInteger(seg) && seg >= 0 && seg < node.length)) return last;
            entry = rec[1 + seg];
          } else return last;
          node = node[seg];
          if (typeof entry === "number") {
            last = entry;
            rec = void 0;
          } else {
            rec = entry;
            last = rec[0];
          }
        }
        return last;
      }
    };
  }
  /** Moves to the next content line at or after `from` (skipping blank and comment lines). */
  advance(from) {
    const t2 = this.t;
    let p = from;
    while (p < t2.length) {
      let nl = t2.indexOf("\n", p);
      if (nl < 0) nl = t2.length;
      let q = p;
      while (q < nl && t2.charCodeAt(q) === SP) q++;
      const end = nl > q && t2.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      if (q < end && t2.charCodeAt(q) !== HASH) {
        this.ls = q;
        this.ind = q - p;
        this.le = end;
        this.next = nl + 1;
        return;
      }
      p = nl + 1;
    }
    this.eof = true;
    this.ind = -1;
  }
  count(depth) {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) bail();
  }
  /** After a value ends at `p` on the current line: only spaces and a comment may follow. */
  endOfLine(p) {
    const t2 = this.t;
    let q = p;
    while (q < this.le && t2.charCodeAt(q) === SP) q++;
    if (q < this.le && !(t2.charCodeAt(q) === HASH && q > p)) bail();
    this.advance(this.next);
  }
  /** A key at `p` (plain or single-line quoted), ending just before its `:`; sets `this.end`. */
  key(p, block) {
    const t2 = this.t;
    const c = t2.charCodeAt(p);
    let key;
    if (isKeyStart(c)) {
      let q = p + 1;
      if (block) while (q < this.le && isBlockKeyChar(t2.charCodeAt(q))) q++;
      else while (q < this.le && isKeyChar(t2.charCodeAt(q))) q++;
      key = this.slice(p, q);
      if (q - p > 500 || (q - p === 4 || q - p === 5) && RESERVED_KEYS.has(key)) bail();
      this.end = q;
    } else if (c === DQ || c === SQ) {
      key = this.quoted(p);
      if (this.end - p > 500 || /^[0-9]/.test(key)) bail();
    } else return bail();
    return key;
  }
  /** A block mapping whose first key starts at offset `start` on the current line; sets `this.entry`. */
  blockMap(start, depth) {
    this.count(depth);
    const t2 = this.t;
    const column = start - (this.ls - this.ind);
    const out = {};
    const rec = [start];
    let p = start;
    for (; ; ) {
      const keyStart = p;
      const key = this.key(p, true);
      p = this.end;
      if (t2.charCodeAt(p) !== COLON) bail();
      p++;
      if (Object.prototype.hasOwnProperty.call(out, key)) bail();
      let value;
      let q = p;
      while (q < this.le && t2.charCodeAt(q) === SP) q++;
      if (q > p && q < this.le && t2.charCodeAt(q) !== HASH) {
        value = this.inline(q, depth + 1, false);
        this.endOfLine(this.end);
      } else {
        if (q === p && q < this.le) bail();
        this.advance(this.next);
        if (this.eof) bail();
        const isSeq3 = this.atSeqItem();
        if (this.ind > column) value = isSeq3 ? this.blockSeq(depth + 1) : this.blockMap(this.ls, depth + 1);
        else if (this.ind === column && isSeq3) value = this.blockSeq(depth + 1);
        else return bail();
      }
      if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      rec.push(keyStart, this.entry);
      if (this.eof || this.ind < column) break;
      if (this.ind > column) bail();
      p = this.ls;
    }
    this.entry = rec;
    return out;
  }
  atSeqItem() {
    if (this.t.charCodeAt(this.ls) !== DASH) return false;
    const n = this.ls + 1;
    return n === this.le || this.t.charCodeAt(n) === SP;
  }
  /** A block sequence whose first `-` starts the current line; sets `this.entry`. */
  blockSeq(depth) {
    this.count(depth);
    const t2 = this.t;
    const column = this.ind;
    const start = this.ls;
    const items = [];
    const rec = [start];
    for (; ; ) {
      if (!this.atSeqItem()) break;
      let p = this.ls + 1;
      while (p < this.le && t2.charCodeAt(p) === SP) p++;
      if (p >= this.le || t2.charCodeAt(p) === HASH) {
        this.advance(this.next);
        if (this.eof || this.ind <= column) bail();
        items.push(this.atSeqItem() ? this.blockSeq(depth + 1) : this.blockMap(this.ls, depth + 1));
      } else if (this.startsPair(p)) {
        items.push(this.blockMap(p, depth + 1));
      } else {
        const c = t2.charCodeAt(p);
        if (c === DASH && (p + 1 === this.le || t2.charCodeAt(p + 1) === SP)) bail();
        items.push(this.inline(p, depth + 1, false));
        this.endOfLine(this.end);
      }
      rec.push(this.entry);
      if (this.eof || this.ind < column) break;
      if (this.ind > column) bail();
    }
    this.entry = rec;
    return items;
  }
  /** Does a `key:` (followed by a space or the line end) start at `p`? */
  startsPair(p) {
    const t2 = this.t;
    const c = t2.charCodeAt(p);
    let q;
    if (isKeyStart(c)) {
      q = p + 1;
      while (q < this.le && isBlockKeyChar(t2.charCodeAt(q))) q++;
    } else if (c === DQ || c === SQ) {
      const close = t2.indexOf(c === DQ ? '"' : "'", p + 1);
      if (close < 0 || close >= this.le) return false;
      q = close + 1;
    } else return false;
    if (t2.charCodeAt(q) !== COLON) return false;
    return q + 1 === this.le || t2.charCodeAt(q + 1) === SP;
  }
  /**
   * A scalar or flow collection starting at `p` on the current line (`flow`: inside `[...]`/`{...}`).
   * Sets `this.end` (just after it) and `this.entry` (its offset, or its record).
   */
  inline(p, depth, flow) {
    const t2 = this.t;
    const c = t2.charCodeAt(p);
    if (c === DQ || c === SQ) {
      this.count(depth);
      this.entry = p;
      return this.quoted(p);
    }
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(p, depth);
    if (badPlainStart(c)) bail();
    if (c === DASH) {
      const n = t2.charCodeAt(p + 1);
      if (p + 1 >= this.le || n === SP || flow && (n === COMMA || n === LBRACKET || n === RBRACKET || n === LBRACE || n === RBRACE)) bail();
    }
    this.count(depth);
    let q = p;
    let end = p;
    const le = this.le;
    while (q < le) {
      const ch = t2.charCodeAt(q);
      if (ch === SP) {
        if (t2.charCodeAt(q + 1) === HASH) break;
      } else {
        if (ch === COLON) {
          if (flow || q + 1 >= le || t2.charCodeAt(q + 1) === SP) bail();
        } else if (flow && (ch === COMMA || ch === RBRACKET || ch === RBRACE || ch === LBRACKET || ch === LBRACE || ch === HASH)) {
          if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break;
          bail();
        }
        end = q + 1;
      }
      q++;
    }
    this.end = end;
    this.entry = p;
    return resolvePlain(end - p <= 40 ? this.slice(p, end) : t2.slice(p, end));
  }
  /** `t.slice(from, to)`, reusing an identical string read before. */
  slice(from, to) {
    const t2 = this.t;
    const n = to - from;
    const slot = t2.charCodeAt(from) * 31 + t2.charCodeAt(to - 1) * 7 + t2.charCodeAt(from + (n >> 1)) * 3 + n & 511;
    const seen = this.recent[slot];
    if (seen !== void 0 && seen.length === n) {
      let i = 0;
      while (i < n && seen.charCodeAt(i) === t2.charCodeAt(from + i)) i++;
      if (i === n) return seen;
    }
    const fresh = t2.slice(from, to);
    this.recent[slot] = fresh;
    return fresh;
  }
  /** A single-line quoted scalar at `p`; sets `this.end`. */
  quoted(p) {
    const t2 = this.t;
    const quote2 = t2.charCodeAt(p);
    let out = "";
    let from = p + 1;
    let q = from;
    if (quote2 === SQ) {
      for (; ; ) {
        q = t2.indexOf("'", q);
        if (q < 0 || q >= this.le) bail();
        if (t2.charCodeAt(q + 1) === SQ) {
          out += t2.slice(from, q + 1);
          q += 2;
          from = q;
          continue;
        }
        this.end = q + 1;
        return out + t2.slice(from, q);
      }
    }
    for (; q < this.le; q++) {
      const ch = t2.charCodeAt(q);
      if (ch === DQ) {
        this.end = q + 1;
        return out + t2.slice(from, q);
      }
      if (ch === BACKSLASH) {
        out += t2.slice(from, q);
        const e = t2[q + 1] ?? "";
        const short = SHORT_ESCAPES[e];
        if (short !== void 0) {
          out += short;
          q += 1;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(t2.slice(q + 2, q + 6))) {
          const code2 = parseInt(t2.slice(q + 2, q + 6), 16);
          if (code2 >= 55296 && code2 <= 57343) bail();
          out += String.fromCharCode(code2);
          q += 5;
        } else bail();
        from = q + 1;
      }
    }
    return bail();
  }
  /** `[...]` or `{...}` closed on the same line; sets `this.end` and `this.entry`. */
  flowCollection(p, depth) {
    this.count(depth);
    const t2 = this.t;
    const isMap3 = t2.charCodeAt(p) === LBRACE;
    const close = isMap3 ? RBRACE : RBRACKET;
    const items = [];
    const out = {};
    const rec = [p];
    let q = p + 1;
    while (q < this.le && t2.charCodeAt(q) === SP) q++;
    if (t2.charCodeAt(q) === close) q++;
    else {
      for (; ; ) {
        if (q >= this.le) bail();
        if (isMap3) {
          const keyStart = q;
          const key = this.key(q, false);
          q = this.end;
          if (t2.charCodeAt(q) !== COLON || t2.charCodeAt(q + 1) !== SP) bail();
          q += 2;
          while (q < this.le && t2.charCodeAt(q) === SP) q++;
          if (Object.prototype.hasOwnProperty.call(out, key)) bail();
          const c2 = t2.charCodeAt(q);
          if (q >= this.le || c2 === COMMA || c2 === RBRACE) bail();
          const value = this.inline(q, depth + 1, true);
          if (key === "__proto__") Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          else out[key] = value;
          rec.push(keyStart);
        } else {
          const c2 = t2.charCodeAt(q);
          if (c2 === COMMA || c2 === RBRACKET) bail();
          items.push(this.inline(q, depth + 1, true));
        }
        rec.push(this.entry);
        q = this.end;
        while (q < this.le && t2.charCodeAt(q) === SP) q++;
        const c = t2.charCodeAt(q);
        if (c === COMMA) {
          q++;
          while (q < this.le && t2.charCodeAt(q) === SP) q++;
          if (t2.charCodeAt(q) === close) bail();
          continue;
        }
        if (c === close) {
          q++;
          break;
        }
        bail();
      }
    }
    if (q < this.le && t2.charCodeAt(q) !== SP && t2.charCodeAt(q) !== COMMA && t2.charCodeAt(q) !== RBRACKET && t2.charCodeAt(q) !== RBRACE) bail();
    this.end = q;
    this.entry = rec;
    return isMap3 ? out : items;
  }
};
function readFastYaml(text, limits, checkCharacters = true) {
  if (checkCharacters && unusual(text)) return void 0;
  try {
    return new Reader(text, limits).read();
  } catch (err) {
    if (err === BAIL || err instanceof RangeError) return void 0;
    throw err;
  }
}

// src/parse/yaml-lib.ts
import { createRequire } from "node:module";
var lib;
function yamlLib() {
  lib ??= typeof __require === "function" ? require_yaml() : createRequire(import.meta.url)("yaml");
  return lib;
}

// src/parse/yaml-source.ts
var isAlias = (n) => yamlLib().isAlias(n);
var isMap = (n) => yamlLib().isMap(n);
var isPair = (n) => yamlLib().isPair(n);
var isScalar = (n) => yamlLib().isScalar(n);
var isSeq = (n) => yamlLib().isSeq(n);
var DEFAULT_LIMITS = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxNodes: 5e6, maxTokens: 2e6 };
var CORE_TAGS = /* @__PURE__ */ new Set([
  "tag:yaml.org,2002:str",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:null",
  "tag:yaml.org,2002:map",
  "tag:yaml.org,2002:seq"
]);
var SourceError = class extends Error {
  constructor(code2, message, offset) {
    super(message);
    this.code = code2;
    this.offset = offset;
  }
  code;
  offset;
};
var START = { line: 1, column: 1 };
function decodeUtf8(bytes) {
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    return {
      error: {
        code: "invalid-utf8",
        message: `file is not valid UTF-8 (first bad byte at offset ${offset})`,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1
      }
    };
  }
}
function firstInvalidUtf8(bytes) {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    let ok = false;
    for (let cut = mid; cut >= Math.max(lo, mid - 3) && !ok; cut--) {
      try {
        decoder.decode(bytes.subarray(0, cut));
        ok = cut === mid;
      } catch {
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function parseYamlSource(input, limits = DEFAULT_LIMITS, reader = "auto") {
  const text = input.charCodeAt(0) === 65279 ? input.slice(1) : input;
  const failed = (errors2) => ({ value: void 0, errors: errors2, locate: () => START });
  if (Buffer.byteLength(text, "utf8") > limits.maxBytes) {
    return failed([{ ...START, code: "too-large", message: `file is larger than ${limits.maxBytes} bytes` }]);
  }
  const scan = scanText(text);
  if (scan.forbidden >= 0) {
    const before = text.slice(0, scan.forbidden).split("\n");
    return failed([
      {
        code: "control-character",
        message: `control character U+${text.charCodeAt(scan.forbidden).toString(16).toUpperCase().padStart(4, "0")} is not allowed`,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1
      }
    ]);
  }
  if (scan.tokens > limits.maxTokens) {
    return failed([{ ...START, code: "too-large", message: `file has more than ${limits.maxTokens} lines and YAML indicators (\`,\` \`[\` \`{\` \`- \` \`: \`); split it into several declarations` }]);
  }
  if (scan.flowDepth > limits.maxDepth) {
    return failed([{ ...START, code: "too-deep", message: `nesting is deeper than ${limits.maxDepth} levels` }]);
  }
  const fast = reader === "auto" && !scan.unusual ? readFastYaml(text, limits, false) : void 0;
  if (fast) {
    let lines;
    let source = text;
    return {
      value: fast.value,
      errors: [],
      locate(path, options) {
        if (!lines) {
          lines = lineStarts(source);
          source = void 0;
        }
        return lineColumn(lines, fast.locateOffset(path, options?.key ?? false));
      }
    };
  }
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const positionOf = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, version: "1.2" });
  } catch (err) {
    return failed([{ ...START, code: "unparseable", message: `YAML could not be parsed: ${err.message}` }]);
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length === 0) return failed([{ ...START, code: "empty", message: "file is empty: expected a mapping with `format: genai-usage/v1`" }]);
  const errors = [];
  for (const doc2 of docs) {
    for (const e of doc2.errors) {
      const at2 = positionOf(e.pos[0]);
      errors.push({ ...at2, code: yamlErrorCode(e.code), message: cleanYamlMessage(e.code, e.message, text, e.pos[0]) });
    }
  }
  if (docs.length > 1) {
    const second = docs[1];
    const at2 = second?.range ? positionOf(second.range[0]) : START;
    errors.push({ ...at2, code: "multiple-documents", message: `file holds ${docs.length} YAML documents; put everything in one` });
  }
  if (errors.length > 0) return failed(errors);
  const doc = docs[0];
  if (doc.contents === null) {
    return failed([{ ...START, code: "empty", message: "file has no content: expected a mapping with `format: genai-usage/v1`" }]);
  }
  let value;
  try {
    const converter = new Converter(text, limits);
    value = converter.convert(doc.contents, 0).value;
    if (converter.duplicates.length > 0) {
      return failed(converter.duplicates.map((offset) => ({ ...positionOf(offset), code: "duplicate-key", message: cleanYamlMessage("DUPLICATE_KEY", "", text, offset) })));
    }
  } catch (err) {
    if (err instanceof SourceError) return failed([{ ...positionOf(err.offset), code: err.code, message: err.message }]);
    if (err instanceof RangeError) return failed([{ ...START, code: "too-deep", message: "nesting is too deep to read" }]);
    throw err;
  }
  let anchors;
  const resolveAlias = (alias) => {
    anchors ??= anchorMap(doc);
    return anchors.get(alias.source);
  };
  return {
    value,
    errors: [],
    locate(path, options) {
      return positionOf(locateOffset(doc, path, options?.key ?? false, resolveAlias));
    }
  };
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineColumn(starts, offset) {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  if (starts[low] === offset) return { line: low + 1, column: 1 };
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - starts[low - 1] + 1 };
}
function scanText(text) {
  let forbidden = -1;
  let tokens = 0;
  let depth = 0;
  let maxDepth2 = 0;
  let unusual2 = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 64) {
      if (c < 123) {
        if (c === 91) {
          tokens++;
          if (++depth > maxDepth2) maxDepth2 = depth;
        } else if (c === 93 && depth > 0) depth--;
        continue;
      }
      if (c === 123) {
        tokens++;
        if (++depth > maxDepth2) maxDepth2 = depth;
      } else if (c === 125) {
        if (depth > 0) depth--;
      } else if (c === 127) {
        if (forbidden < 0) forbidden = i;
      } else if (c >= 128 && !unusual2) {
        if (c <= 159 || c === 8232 || c === 8233 || c === 65279 || c === 65534 || c === 65535) unusual2 = true;
        else if (c >= 55296 && c <= 56319) {
          const d = text.charCodeAt(i + 1);
          if (d >= 56320 && d <= 57343) i++;
          else unusual2 = true;
        } else if (c >= 56320 && c <= 57343) unusual2 = true;
      }
      continue;
    }
    if (c === 10) {
      tokens++;
      if (depth > 1024) depth = 1024;
    } else if (c === 44) tokens++;
    else if (c === 45 || c === 58 || c === 63) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0) || next === 32 || next === 10 || next === 13 || next === 9) tokens++;
    } else if (c < 32) {
      if (c === 9) unusual2 = true;
      else if (c === 13) {
        if (text.charCodeAt(i + 1) !== 10) unusual2 = true;
      } else if (forbidden < 0) forbidden = i;
    }
  }
  return { forbidden, tokens, flowDepth: maxDepth2, unusual: unusual2 };
}
function yamlErrorCode(code2) {
  if (code2 === "DUPLICATE_KEY") return "duplicate-key";
  if (code2 === "RESOURCE_EXHAUSTION") return "too-deep";
  return "yaml-syntax";
}
function cleanYamlMessage(code2, message, source, offset) {
  if (code2 === "DUPLICATE_KEY") {
    const key = /^["']?([^"':\n]{1,80})/.exec(source.slice(offset))?.[1]?.trim();
    return `duplicate key${key ? ` \`${key}\`` : ""}: each key may appear once in a mapping`;
  }
  if (code2 === "RESOURCE_EXHAUSTION") return "nesting is too deep to read";
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "");
}
var Converter = class {
  constructor(text, limits) {
    this.text = text;
    this.limits = limits;
  }
  text;
  limits;
  anchors = /* @__PURE__ */ new Map();
  total = 0;
  /** Offsets of keys that repeat an earlier key of the same mapping. */
  duplicates = [];
  convert(node, depth) {
    if (depth > this.limits.maxDepth) {
      throw new SourceError("too-deep", `nesting is deeper than ${this.limits.maxDepth} levels`, offsetOf(node));
    }
    if (node === null || node === void 0) {
      this.count(1, node);
      return { value: null, size: 1, depth: 1 };
    }
    if (isAlias(node)) {
      const target = this.anchors.get(node.source);
      if (!target) throw new SourceError("yaml-syntax", `alias *${node.source} has no anchor before it`, offsetOf(node));
      if (depth + target.depth > this.limits.maxDepth) {
        throw new SourceError("too-deep", `alias *${node.source} nests deeper than ${this.limits.maxDepth} levels`, offsetOf(node));
      }
      this.count(target.size, node);
      return target;
    }
    this.checkTag(node);
    let result;
    if (isScalar(node)) result = { value: node.value, size: 1, depth: 1 };
    else if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item, depth + 1));
      result = { value: items.map((i) => i.value), size: 1 + sum(items), depth: 1 + maxDepth(items) };
    } else if (isMap(node)) {
      const out = {};
      const parts = [];
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== "string" && typeof key.value !== "number" && typeof key.value !== "boolean") {
          throw new SourceError("complex-key", "mapping keys must be plain strings", offsetOf(key ?? node));
        }
        this.checkTag(key);
        const name = String(key.value);
        if (seen.has(name)) {
          this.duplicates.push(offsetOf(key));
          continue;
        }
        seen.add(name);
        const child = this.convert(pair.value, depth + 1);
        parts.push(child);
        Object.defineProperty(out, name, { value: child.value, enumerable: true, writable: true, configurable: true });
      }
      result = { value: out, size: 1 + sum(parts), depth: 1 + maxDepth(parts) };
    } else throw new SourceError("unsupported-node", "unsupported YAML node", offsetOf(node));
    const anchor = node.anchor;
    if (anchor) this.anchors.set(anchor, result);
    this.count(1, node);
    return result;
  }
  /** Adds what a node contributes to the expanded document; aliases contribute their whole target. */
  count(size, node) {
    this.total += size;
    if (this.total > this.limits.maxNodes) {
      throw new SourceError("too-many-nodes", `document expands to more than ${this.limits.maxNodes} values (an alias bomb?)`, offsetOf(node));
    }
  }
  checkTag(node) {
    const tag = node.tag;
    if (tag !== void 0 && !CORE_TAGS.has(tag)) {
      const shown = tag.replace("tag:yaml.org,2002:", "!!");
      throw new SourceError("custom-tag", `tag ${shown} is not allowed: declarations are plain data`, this.tagOffset(offsetOf(node)));
    }
  }
  /**
   * Where the tag before the node at `at` starts: one of the few tokens before it (an anchor or a
   * comment may come between), possibly on an earlier line, as for `output: !!python/object` followed
   * by the mapping on the next lines.
   */
  tagOffset(at2) {
    const t2 = this.text;
    const sep2 = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === "[" || c === "{" || c === ",";
    let p = at2 - 1;
    for (let tokens = 0; tokens < 4 && p >= 0; tokens++) {
      while (p >= 0 && sep2(t2[p])) p--;
      while (p >= 0 && !sep2(t2[p])) p--;
      if (t2[p + 1] === "!") return p + 1;
    }
    return at2;
  }
};
var sum = (parts) => parts.reduce((n, p) => n + p.size, 0);
var maxDepth = (parts) => parts.reduce((n, p) => Math.max(n, p.depth), 0);
function offsetOf(node) {
  const range = node?.range;
  return range ? range[0] : 0;
}
function anchorMap(doc) {
  const anchors = /* @__PURE__ */ new Map();
  yamlLib().visit(doc, {
    Node(_key, node) {
      const anchor = node.anchor;
      if (anchor && !isAlias(node)) anchors.set(anchor, node);
    }
  });
  return anchors;
}
var pairIndexes = /* @__PURE__ */ new WeakMap();
function pairIndex(map) {
  let index = pairIndexes.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items) {
      if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    }
    pairIndexes.set(map, index);
  }
  return index;
}
function locateOffset(doc, path, wantKey, resolveAlias) {
  let node = doc.contents;
  let last = offsetOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = resolveAlias(node);
    if (isMap(node) && typeof seg === "string") {
      const pair = pairIndex(node).get(seg);
      if (!pair) return last;
      const isLast = i === path.length - 1;
      if (isLast && wantKey) return offsetOf(pair.key);
      node = pair.value ?? pair.key;
      last = offsetOf(pair.value ?? pair.key);
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === void 0) return last;
      node = item;
      last = offsetOf(item);
    } else {
      return last;
    }
  }
  return last;
}

// src/schema/genai-usage.schema.json
var genai_usage_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://genai-clearance.dev/schema/genai-usage.v1.schema.json",
  title: "genai-usage.yml v1",
  description: "Declares every use of generative AI in one production, for genai-clearance to check against versioned policy packs.",
  type: "object",
  additionalProperties: false,
  required: [
    "format",
    "policies",
    "production",
    "uses"
  ],
  properties: {
    format: {
      const: "genai-usage/v1",
      description: "Format and version of this file. Always `genai-usage/v1`."
    },
    policies: {
      type: "array",
      minItems: 1,
      maxItems: 16,
      uniqueItems: true,
      description: "Policy packs this production is judged by: `pack@major` (newest matching version) or `pack@major.minor.patch` (exact).",
      items: {
        type: "string",
        pattern: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+(\\.[0-9]+\\.[0-9]+)?$",
        description: "e.g. `netflix-genai@1`"
      }
    },
    production: {
      type: "object",
      additionalProperties: false,
      required: [
        "title"
      ],
      description: "The production this file is about.",
      properties: {
        title: {
          type: "string",
          minLength: 1,
          maxLength: 300,
          description: "Working or release title."
        },
        id: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
          description: "The platform's production id. Needed to match approvals in a ledger."
        },
        contact: {
          type: "string",
          minLength: 3,
          maxLength: 300,
          description: "Who at the platform was told about these uses (every use must be disclosed to the contact)."
        }
      }
    },
    uses: {
      type: "array",
      maxItems: 5e4,
      description: "Each use of generative AI, one entry per use.",
      items: {
        $ref: "#/definitions/use"
      }
    }
  },
  definitions: {
    triState: {
      enum: [
        true,
        false,
        "unknown"
      ],
      description: "`true`, `false` or `unknown`. `unknown` is treated as a risk: every rule that reads the field fires and escalates.",
      enumDescriptions: [
        "Yes",
        "No",
        "Not known yet: escalates"
      ]
    },
    date: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      description: "A calendar date, YYYY-MM-DD."
    },
    slug: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9-]{0,63}$",
      description: "Lower-case letters, digits and hyphens."
    },
    tool: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "enterprise",
        "trains_on_inputs"
      ],
      description: "One tool or step of the workflow, in-house or vendor. Every step must comply.",
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "Tool, model or service name."
        },
        vendor: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "Outsourced vendor or AI studio running this step, if any."
        },
        enterprise: {
          $ref: "#/definitions/triState",
          description: "Covered by the platform's enterprise agreement (inputs protected, not trained on or resold)."
        },
        trains_on_inputs: {
          $ref: "#/definitions/triState",
          description: "The tool stores, reuses or trains on production inputs or outputs."
        }
      }
    },
    approval: {
      type: "object",
      additionalProperties: false,
      required: [
        "ref",
        "rules",
        "approved_on"
      ],
      description: "A written approval for escalated rules of this use.",
      properties: {
        ref: {
          type: "string",
          minLength: 1,
          maxLength: 100,
          description: "The approval reference; its format is set by the policy pack (e.g. `GENAI-2025-0042`)."
        },
        rules: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            $ref: "#/definitions/slug"
          },
          description: "Rule ids this approval clears. Explicit: no wildcard."
        },
        approved_on: {
          $ref: "#/definitions/date",
          description: "Date the approval was granted."
        },
        expires_on: {
          $ref: "#/definitions/date",
          description: "Date the approval lapses (required when the pack says so)."
        },
        policy: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]{0,63}@[0-9]+\\.[0-9]+\\.[0-9]+$",
          description: "The pack version it was granted under, e.g. `netflix-genai@1.0.0`. Lets the tool tell when a later rule change makes it stale."
        }
      }
    },
    use: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "summary",
        "stage",
        "disclosed",
        "tools",
        "inputs",
        "output"
      ],
      properties: {
        id: {
          $ref: "#/definitions/slug",
          description: "Unique id of this use in the file (a slug)."
        },
        summary: {
          type: "string",
          minLength: 1,
          maxLength: 2e3,
          description: "What the AI is used for, in a sentence."
        },
        stage: {
          type: "string",
          enum: [
            "ideation",
            "pre-production",
            "production",
            "post-production",
            "marketing",
            "localization"
          ],
          description: "Production stage of the use.",
          enumDescriptions: [
            "Ideas, moodboards, reference images",
            "Pre-production: previs, storyboards, design",
            "Principal photography",
            "Post-production: VFX, edit, sound",
            "Trailers, key art, publicity",
            "Dubbing, subtitles, localized versions"
          ],
          markdownEnumDescriptions: [
            "Ideas, moodboards, reference images",
            "Pre-production: previs, storyboards, design",
            "Principal photography",
            "Post-production: VFX, edit, sound",
            "Trailers, key art, publicity",
            "Dubbing, subtitles, localized versions"
          ]
        },
        disclosed: {
          anyOf: [
            {
              $ref: "#/definitions/date"
            },
            {
              const: false
            }
          ],
          description: "Date the platform contact was told about this use, or `false` if not yet."
        },
        tools: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          items: {
            $ref: "#/definitions/tool"
          },
          description: "Every tool or step of the workflow."
        },
        inputs: {
          type: "array",
          maxItems: 20,
          uniqueItems: true,
          description: "What goes into the tools (prompts and reference material).",
          items: {
            type: "string",
            enum: [
              "owned-cleared",
              "public-domain",
              "licensed-stock",
              "unreleased-assets",
              "unreleased-footage",
              "script",
              "production-images",
              "talent-likeness",
              "contracts",
              "personal-data",
              "third-party-ip",
              "unknown"
            ],
            description: "Kind of input material.",
            enumDescriptions: [
              "Material the production owns and has cleared for this use",
              "Public-domain material",
              "Stock licensed for this use",
              "Unreleased assets of the production",
              "Unreleased footage",
              "Scripts",
              "Production images",
              "Talent likeness: faces, voices, bodies of identifiable people",
              "Contracts",
              "Personal data (e.g. cast or crew details)",
              "Third-party intellectual property",
              "Not known: escalates"
            ],
            markdownEnumDescriptions: [
              "Material the production owns and has cleared for this use",
              "Public-domain material",
              "Stock licensed for this use",
              "Unreleased assets of the production",
              "Unreleased footage",
              "Scripts",
              "Production images",
              "Talent likeness: faces, voices, bodies of identifiable people",
              "Contracts",
              "Personal data (e.g. cast or crew details)",
              "Third-party intellectual property",
              "Not known: escalates"
            ]
          }
        },
        training: {
          type: "string",
          enum: [
            "none",
            "fine-tune",
            "train"
          ],
          description: "Whether a model is built from the inputs.",
          enumDescriptions: [
            "No model is trained",
            "A model is fine-tuned on the inputs",
            "A model is trained on the inputs"
          ],
          markdownEnumDescriptions: [
            "No model is trained",
            "A model is fine-tuned on the inputs",
            "A model is trained on the inputs"
          ]
        },
        output: {
          type: "object",
          additionalProperties: false,
          required: [
            "kinds",
            "final",
            "prominence"
          ],
          description: "What comes out.",
          properties: {
            kinds: {
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: {
                type: "string",
                enum: [
                  "image",
                  "video",
                  "audio",
                  "voice",
                  "text",
                  "music",
                  "3d"
                ],
                description: "Kind of output.",
                enumDescriptions: [
                  "Still image",
                  "Moving image",
                  "Sound",
                  "Voice",
                  "Text",
                  "Music",
                  "3D asset"
                ],
                markdownEnumDescriptions: [
                  "Still image",
                  "Moving image",
                  "Sound",
                  "Voice",
                  "Text",
                  "Music",
                  "3D asset"
                ]
              }
            },
            final: {
              $ref: "#/definitions/triState",
              description: "Appears in final deliverables, in the foreground or background, seen or heard."
            },
            prominence: {
              type: "string",
              enum: [
                "none",
                "incidental",
                "background",
                "featured",
                "story-critical"
              ],
              description: "How visible the output is on screen.",
              enumDescriptions: [
                "Not on screen",
                "Incidental: brief, not referred to",
                "Background element",
                "Featured: read aloud, in focus",
                "Critical to the story"
              ],
              markdownEnumDescriptions: [
                "Not on screen",
                "Incidental: brief, not referred to",
                "Background element",
                "Featured: read aloud, in focus",
                "Critical to the story"
              ]
            },
            source_type: {
              type: "string",
              maxLength: 100,
              pattern: "^[A-Za-z]+$",
              description: "IPTC digital source type term (e.g. `trainedAlgorithmicMedia`, `compositeWithTrainedAlgorithmicMedia`)."
            }
          }
        },
        creative: {
          type: "object",
          additionalProperties: false,
          description: "Creative elements.",
          properties: {
            key_element: {
              $ref: "#/definitions/triState",
              description: "Generates a main character, key visual or setting central to the story."
            },
            references: {
              type: "array",
              uniqueItems: true,
              maxItems: 10,
              description: "What prompts or input images reference.",
              items: {
                type: "string",
                enum: [
                  "copyrighted-work",
                  "public-figure",
                  "deceased-person",
                  "artist-style",
                  "performer-feature"
                ],
                description: "Kind of reference.",
                enumDescriptions: [
                  "A copyrighted work",
                  "A public figure",
                  "A deceased person",
                  "An artist's style",
                  "A performer's distinctive feature"
                ],
                markdownEnumDescriptions: [
                  "A copyrighted work",
                  "A public figure",
                  "A deceased person",
                  "An artist's style",
                  "A performer's distinctive feature"
                ]
              }
            }
          }
        },
        talent: {
          type: "object",
          additionalProperties: false,
          description: "Talent and performance.",
          properties: {
            replica: {
              type: "string",
              enum: [
                "none",
                "create",
                "use"
              ],
              description: "Digital replica of an identifiable performer.",
              enumDescriptions: [
                "No replica",
                "Creates a digital replica",
                "Uses an existing digital replica"
              ],
              markdownEnumDescriptions: [
                "No replica",
                "Creates a digital replica",
                "Uses an existing digital replica"
              ]
            },
            replica_use: {
              type: "string",
              enum: [
                "none",
                "as-performed",
                "unsafe-action",
                "unrecognisable",
                "new-performance"
              ],
              description: "How a replica is used.",
              enumDescriptions: [
                "Not used",
                "Substantially as scripted, performed or recorded (e.g. reshoots)",
                "An action a human cannot safely perform",
                "The performer is unrecognisable (e.g. masked)",
                "A new performance the performer did not give"
              ],
              markdownEnumDescriptions: [
                "Not used",
                "Substantially as scripted, performed or recorded (e.g. reshoots)",
                "An action a human cannot safely perform",
                "The performer is unrecognisable (e.g. masked)",
                "A new performance the performer did not give"
              ]
            },
            alteration: {
              type: "string",
              enum: [
                "none",
                "customary",
                "significant"
              ],
              description: "Digital alteration of a performance.",
              enumDescriptions: [
                "None",
                "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing",
                "Significant: changes tone, delivery or intent"
              ],
              markdownEnumDescriptions: [
                "None",
                "Customary: cosmetics, wardrobe, noise, timing, continuity, pitch, clarity, permitted dubbing",
                "Significant: changes tone, delivery or intent"
              ]
            },
            consent: {
              type: "array",
              maxItems: 50,
              uniqueItems: true,
              items: {
                type: "string",
                minLength: 1,
                maxLength: 200
              },
              description: "References of documented consent from the performers concerned."
            },
            model_reuse: {
              $ref: "#/definitions/triState",
              description: "A talent model is used beyond this production or the agreed scope."
            },
            union_work: {
              type: "string",
              enum: [
                "none",
                "assists",
                "replaces"
              ],
              description: "Effect on work usually done by union-represented people.",
              enumDescriptions: [
                "None",
                "Assists or materially affects it",
                "Replaces it"
              ],
              markdownEnumDescriptions: [
                "None",
                "Assists or materially affects it",
                "Replaces it"
              ]
            }
          }
        },
        audience: {
          type: "object",
          additionalProperties: false,
          description: "Audience trust.",
          properties: {
            could_mislead: {
              $ref: "#/definitions/triState",
              description: "Could be taken for real events, people or statements."
            }
          }
        },
        approvals: {
          type: "array",
          maxItems: 50,
          items: {
            $ref: "#/definitions/approval"
          },
          description: "Written approvals for escalated rules."
        }
      }
    }
  }
};

// src/validate/suggest.ts
function suggest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const sep2 = cost === 1 && "-_".includes(a[i - 1]) && "-_".includes(b[j - 1]) ? 0 : cost;
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + sep2);
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/util/order.ts
function compareText(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const surrogate = (c) => c >= 55296 && c <= 57343;
      if (surrogate(x) !== surrogate(y)) return surrogate(x) ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
function formatCount(n) {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

// src/validate/schema-errors.ts
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((raw) => {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    return /^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg;
  });
}
function displayPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out === "" ? "(top level)" : out;
}
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return void 0;
    cur = cur[seg];
  }
  return cur;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return String(value);
}
function schemaDiagnostics(errors, data, source) {
  const anyOfAt = /* @__PURE__ */ new Map();
  for (const e of errors) {
    if (e.keyword === "anyOf") anyOfAt.set(e.instancePath, [...anyOfAt.get(e.instancePath) ?? [], e.schemaPath.replace(/\/anyOf$/, "")]);
  }
  const kept = errors.filter((e) => e.keyword === "anyOf" || !(anyOfAt.get(e.instancePath) ?? []).some((schema) => e.schemaPath.startsWith(`${schema}/anyOf/`)));
  const useful = kept.filter((e) => e.keyword !== "if");
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of useful) {
    const d = toDiagnostic(e, data, source);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column || compareText(a.message, b.message));
}
function toDiagnostic(e, data, source) {
  const path = pointerToPath(e.instancePath);
  const where = displayPath(path);
  const value = valueAt(data, path);
  const parent = e.parentSchema ?? {};
  const at2 = (p, key = false) => source.locate(p, { key });
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const hint = suggest(key, Object.keys(parent.properties ?? {}));
      return {
        ...at2([...path, key], true),
        path: displayPath([...path, key]),
        code: "unknown-key",
        message: `unknown key \`${key}\` in ${where}${hint ? `; did you mean \`${hint}\`?` : ""}`
      };
    }
    case "required": {
      const missing = e.params.missingProperty;
      return { ...at2(path), path: displayPath([...path, missing]), code: "missing-field", message: `${where}: missing required field \`${missing}\`` };
    }
    case "enum": {
      const allowed = (e.params.allowedValues ?? []).map((v) => String(v));
      const hint = typeof value === "string" ? suggest(value, allowed) : void 0;
      return {
        ...at2(path),
        path: where,
        code: "invalid-value",
        message: `${where}: must be one of ${allowed.join(", ")}; got ${describeValue(value)}${hint ? `; did you mean \`${hint}\`?` : ""}`
      };
    }
    case "const":
      return {
        ...at2(path),
        path: where,
        code: "invalid-value",
        message: `${where}: must be ${JSON.stringify(e.params.allowedValue)}; got ${describeValue(value)}`
      };
    case "type":
      return {
        ...at2(path),
        path: where,
        code: "wrong-type",
        message: `${where}: must be ${article(String(e.params.type))}; got ${describeValue(value)}`
      };
    case "pattern":
    case "anyOf":
      return {
        ...at2(path),
        path: where,
        code: "invalid-value",
        message: `${where}: got ${describeValue(value)}, expected ${lowerFirst(parent.description ?? "a value of another form")}`
      };
    case "uniqueItems":
      return { ...at2(path), path: where, code: "duplicate-item", message: `${where}: lists the same item twice` };
    default:
      return { ...at2(path), path: where, code: "invalid-value", message: `${where}: ${e.message ?? "is not valid"}` };
  }
}
function article(type) {
  const names = { object: "a mapping", array: "a list", string: "a string", boolean: "true or false", number: "a number", integer: "a whole number", null: "empty" };
  return type.split(",").map((t2) => names[t2] ?? t2).join(" or ");
}
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, "");
}

// src/util/dates.ts
var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(s) {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function today(clock = () => /* @__PURE__ */ new Date()) {
  return clock().toISOString().slice(0, 10);
}

// src/declaration/defaults.ts
var SECTION_DEFAULTS = {
  training: "none",
  creative: { key_element: false, references: [] },
  talent: { replica: "none", replica_use: "none", alteration: "none", consent: [], model_reuse: false, union_work: "none" },
  audience: { could_mislead: false },
  approvals: []
};
function withDefaults(raw) {
  return { ...raw, uses: raw.uses.map(useWithDefaults) };
}
function useWithDefaults(use) {
  return {
    ...use,
    training: use.training ?? SECTION_DEFAULTS.training,
    creative: { ...SECTION_DEFAULTS.creative, references: [], ...use.creative },
    talent: { ...SECTION_DEFAULTS.talent, consent: [], ...use.talent },
    audience: { ...SECTION_DEFAULTS.audience, ...use.audience },
    approvals: use.approvals ?? []
  };
}

// src/declaration/load.ts
var validate = () => validateDeclaration;
function loadDeclaration(path, content) {
  let text;
  if (typeof content === "string") text = content;
  else {
    const decoded = decodeUtf8(content);
    if ("error" in decoded) return { path, source: parseYamlSource(""), errors: [decoded.error] };
    text = decoded.text;
  }
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { path, source, errors: source.errors };
  const data = source.value;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      path,
      source,
      errors: [{ line: 1, column: 1, code: "not-a-mapping", message: "the file must be a mapping with `format: genai-usage/v1`, `policies`, `production` and `uses`" }]
    };
  }
  const check = validate();
  if (!check(data)) return { path, source, errors: schemaDiagnostics(check.errors ?? [], data, source) };
  const declaration = withDefaults(data);
  const errors = semanticErrors(declaration, source);
  return errors.length > 0 ? { path, source, errors } : { path, source, declaration, errors };
}
function semanticErrors(d, source) {
  const errors = [];
  const at2 = (path, code2, message) => errors.push({ ...source.locate(path), path: displayPath(path), code: code2, message });
  const firstIndex = /* @__PURE__ */ new Map();
  d.uses.forEach((use, i) => {
    const prior = firstIndex.get(use.id);
    if (prior !== void 0) {
      const p = source.locate(["uses", prior, "id"]);
      at2(["uses", i, "id"], "duplicate-id", `uses[${i}].id: \`${use.id}\` is already used at line ${p.line}; use ids must be unique`);
    } else firstIndex.set(use.id, i);
    if (use.disclosed !== false && !isCalendarDate(use.disclosed)) at2(["uses", i, "disclosed"], "invalid-date", `uses[${i}].disclosed: ${use.disclosed} is not a calendar date`);
    use.approvals.forEach((a, j) => {
      const base = ["uses", i, "approvals", j];
      for (const field of ["approved_on", "expires_on"]) {
        const v = a[field];
        if (v !== void 0 && !isCalendarDate(v)) at2([...base, field], "invalid-date", `${displayPath([...base, field])}: ${v} is not a calendar date`);
      }
      if (a.expires_on && isCalendarDate(a.expires_on) && isCalendarDate(a.approved_on) && a.expires_on < a.approved_on) {
        at2([...base, "expires_on"], "invalid-date", `${displayPath([...base, "expires_on"])}: expires (${a.expires_on}) before it was approved (${a.approved_on})`);
      }
    });
  });
  return errors;
}

// lazy-builtin:node:crypto
var mod;
var load = () => mod ??= __require("node:crypto");
var createHash = (...args) => load().createHash(...args);

// src/generated/packs.js
var PRELOADED_PACKS = [
  {
    tail: "eu-ai-act-art50/1.0.0.yml",
    text: `# yaml-language-server: $schema=../../src/schema/policy-pack.schema.json
# EU AI Act (Regulation (EU) 2024/1689), Article 50 transparency duties, as far as the genai-usage/v1
# declaration can express them. Encoded from the structured summary in
# shared/domain/netflix-genai-guidance.md \xA75.5 (with \xA75.4 for the IPTC vocabulary); re-check the
# Official Journal text before relying on a rule. What v1 cannot express, and the v2 fields that
# would, is listed in policy/eu-ai-act-art50/README.md.
#
# Pin this pack for productions distributed in the EU: v1 has no distribution field, so pinning is
# how a production says the Act applies. It composes with netflix-genai (policies: [netflix-genai@1,
# eu-ai-act-art50@1]): rule ids are distinct, and approvals use their own reference format.
pack: eu-ai-act-art50
version: 1.0.0
title: EU AI Act \u2014 Article 50 transparency duties
source:
  url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
  read_on: 2026-11-23
# Art. 113: Article 50 applies from 2 August 2026.
effective: 2026-08-02
declaration_format: genai-usage/v1
# Whether content "would falsely appear to be authentic" or reaches the public is exactly what an
# \`unknown\` leaves open: escalate, so the person answering for compliance decides.
unknown_level: escalate
approval:
  # Sign-offs on AI Act disclosure come from the distributor's or producer's compliance function, not
  # from the platform contact: a reference format of their own, so a platform ticket cannot clear them.
  ref_pattern: '^EUAI-[0-9]{4}-[0-9]{4,6}$'
  ref_example: EUAI-2026-0007
  require_expiry: false
  max_age_days: 365

principles:
  - id: A50-2
    number: 1
    title: Synthetic output marked as such
    summary: Generated or manipulated audio, image, video and text is marked in a machine-readable format and detectable as artificially generated; whoever builds the model carries that provider duty.
    source: Art. 50(2); Art. 3(3) (provider); guidance \xA75.5, \xA75.4 (IPTC digital source type)
  - id: A50-4
    number: 2
    title: Deep fakes disclosed
    summary: Image, audio or video that resembles real people, objects, places or events and could pass as authentic is disclosed as generated or manipulated \u2014 in an evidently creative work, in a form that does not spoil it.
    source: Art. 50(4) first subparagraph; Art. 3(60); Art. 50(5); Recital 134; guidance \xA75.5

rules:
  # ---------------------------------------------------------------- A50-2: machine-readable marking
  - id: provider-marking
    principle: A50-2
    level: escalate
    category: marking
    guidance: [EUAIA-ART50-2-MARKING, EUAIA-ART3-3-PROVIDER]
    # Building a model (fine-tune or train) and putting it into service under your own name can make a
    # production the provider (Art. 3(3), Art. 25), and Art. 50(2) puts the marking duty on providers.
    # Published output only: "published" is final, or a marketing or localization deliverable.
    when:
      training: { enum: [fine-tune, train] }
      any:
        - output.final: { const: true }
        - stage: { enum: [marketing, localization] }
    message: 'The production builds a model ({training}) whose output is published (final: {output.final}, stage: {stage}): it may be the provider of that AI system, and providers must mark outputs as artificially generated in a machine-readable, detectable way.'
    remedy: Make the model's outputs carry a machine-readable marking (e.g. a C2PA manifest with IPTC digital source type trainedAlgorithmicMedia, or a robust watermark), record output.source_type, and attach the written approval (rule provider-marking) from whoever answers for AI Act compliance.
    source: Art. 50(2); Art. 3(3) and Art. 25 (who is a provider); guidance \xA75.5

  - id: source-type-not-synthetic
    principle: A50-2
    level: escalate
    category: marking
    guidance: [EUAIA-ART50-2-MARKING, IPTC-DIGITAL-SOURCE-TYPE]
    # IPTC terms that say "generated or manipulated by an algorithm". algorithmicallyEnhanced (minor
    # correction) is the Act's exemption for assistive standard editing. Any other term (digitalCapture,
    # humanEdits, composite, \u2026) would deliver generated output labelled as something else.
    when:
      output.source_type: { not: { enum: [trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia, compositeSynthetic, algorithmicMedia, algorithmicallyEnhanced] } }
      any:
        - output.final: { const: true }
        - stage: { enum: [marketing, localization] }
    message: 'Published generated output is declared with the IPTC digital source type {output.source_type}, which does not say it was artificially generated or manipulated.'
    remedy: Declare and deliver the source type that is true of the output (trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia or compositeSynthetic). Only assistive standard editing is exempt (declare algorithmicallyEnhanced); if compliance confirms another exemption applies, attach the written approval (rule source-type-not-synthetic).
    source: Art. 50(2) (detectable as artificially generated or manipulated; exemption for assistive standard editing); guidance \xA75.4 (IPTC Digital Source Type), \xA75.5

  - id: synthetic-output-unmarked
    principle: A50-2
    level: inform
    category: marking
    guidance: [EUAIA-ART50-2-MARKING, IPTC-DIGITAL-SOURCE-TYPE]
    # The marking duty sits with the provider of the tool; a production that uses a vendor's tool only
    # has to keep that marking intact. Recording the source type is how the declaration shows it: noted,
    # never blocking (an \`unknown\` final status still escalates, as everywhere).
    when:
      output: { not: { properties: { source_type: { type: string } }, required: [source_type] } }
      any:
        - output.final: { const: true }
        - stage: { enum: [marketing, localization] }
    message: 'Published generated output records no IPTC digital source type (final: {output.final}, stage: {stage}).'
    remedy: Record output.source_type (e.g. trainedAlgorithmicMedia or compositeWithTrainedAlgorithmicMedia) and keep the generating tool's machine-readable marking in the delivered files; stripping it in conform or mastering defeats Art. 50(2).
    source: Art. 50(2) (marking by providers); guidance \xA75.4 (IPTC recommends trainedAlgorithmicMedia for trained-AI output), \xA75.5

  # ---------------------------------------------------------------- A50-4: deep-fake disclosure
  - id: deep-fake-disclosure
    principle: A50-4
    level: escalate
    category: disclosure
    guidance: [EUAIA-ART50-4-DEEP-FAKE, EUAIA-ART3-60-DEFINITION, EUAIA-ART50-5-TIMING]
    # Art. 3(60) covers image, audio and video; 3D assets reach the audience as image or video, music
    # as audio. \`could_mislead\` is the v1 field for "could be taken for real events, people or
    # statements", i.e. "would falsely appear to be authentic or truthful". When it could, the work is
    # not *evidently* fictional at that point, so the lighter disclosure for creative works is not assumed.
    when:
      output.kinds: { contains: { enum: [image, video, audio, voice, music, 3d] } }
      audience.could_mislead: { const: true }
      any:
        - output.final: { const: true }
        - stage: { enum: [marketing, localization] }
    message: 'Published generated {output.kinds} could be taken for real (could_mislead: {audience.could_mislead}): a deep fake, which must be disclosed as artificially generated or manipulated.'
    remedy: Disclose it clearly and at the latest at first exposure (e.g. a label on screen where it appears, not only in the end credits), make the disclosure accessible, and record how in the written approval (rule deep-fake-disclosure) \u2014 or change the content so it cannot be taken for real.
    source: Art. 50(4) first subparagraph; Art. 3(60) (deep fake); Art. 50(5) (clear, distinguishable, at first exposure); guidance \xA75.5

  - id: real-likeness-disclosure
    principle: A50-4
    level: escalate
    category: disclosure
    guidance: [EUAIA-ART50-4-DEEP-FAKE, EUAIA-ART3-60-DEFINITION, EUAIA-REC134-CREATIVE-WORKS]
    # Resembling an existing person is part of the deep-fake definition even inside fiction: a re-aged
    # lead or a cloned voice in a dub appears authentic. For evidently creative works the duty shrinks
    # to disclosing that such content exists, in a way that does not spoil the work \u2014 but it remains.
    # An unrecognisable replica does not resemble anyone; customary alterations are standard editing.
    when:
      output.kinds: { contains: { enum: [image, video, audio, voice, music, 3d] } }
      audience.could_mislead: { const: false }
      all:
        - any:
            - output.final: { const: true }
            - stage: { enum: [marketing, localization] }
        - any:
            - all:
                - talent.replica: { enum: [create, use] }
                - talent.replica_use: { not: { const: unrecognisable } }
            - talent.alteration: { const: significant }
            - creative.references: { contains: { enum: [public-figure, deceased-person, performer-feature] } }
            - inputs: { contains: { const: talent-likeness } }
    message: 'Published generated {output.kinds} depicts or imitates a real person: a deep fake even in an evidently fictional work, where the disclosure may be limited to a form that does not spoil it.'
    remedy: Disclose that the work contains generated or manipulated likenesses in a form that does not hamper it (e.g. a credits notice or programme information at first exposure), and record it in the written approval (rule real-likeness-disclosure).
    source: Art. 50(4) first subparagraph, including its limit for evidently artistic, creative, satirical or fictional works; Recital 134; Art. 3(60); guidance \xA75.5
`,
    doc: `{"pack":"eu-ai-act-art50","version":"1.0.0","title":"EU AI Act \u2014 Article 50 transparency duties","source":{"url":"https://eur-lex.europa.eu/eli/reg/2024/1689/oj","read_on":"2026-11-23"},"effective":"2026-08-02","declaration_format":"genai-usage/v1","unknown_level":"escalate","approval":{"ref_pattern":"^EUAI-[0-9]{4}-[0-9]{4,6}$","ref_example":"EUAI-2026-0007","require_expiry":false,"max_age_days":365},"principles":[{"id":"A50-2","number":1,"title":"Synthetic output marked as such","summary":"Generated or manipulated audio, image, video and text is marked in a machine-readable format and detectable as artificially generated; whoever builds the model carries that provider duty.","source":"Art. 50(2); Art. 3(3) (provider); guidance \xA75.5, \xA75.4 (IPTC digital source type)"},{"id":"A50-4","number":2,"title":"Deep fakes disclosed","summary":"Image, audio or video that resembles real people, objects, places or events and could pass as authentic is disclosed as generated or manipulated \u2014 in an evidently creative work, in a form that does not spoil it.","source":"Art. 50(4) first subparagraph; Art. 3(60); Art. 50(5); Recital 134; guidance \xA75.5"}],"rules":[{"id":"provider-marking","principle":"A50-2","level":"escalate","category":"marking","guidance":["EUAIA-ART50-2-MARKING","EUAIA-ART3-3-PROVIDER"],"when":{"training":{"enum":["fine-tune","train"]},"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},"message":"The production builds a model ({training}) whose output is published (final: {output.final}, stage: {stage}): it may be the provider of that AI system, and providers must mark outputs as artificially generated in a machine-readable, detectable way.","remedy":"Make the model's outputs carry a machine-readable marking (e.g. a C2PA manifest with IPTC digital source type trainedAlgorithmicMedia, or a robust watermark), record output.source_type, and attach the written approval (rule provider-marking) from whoever answers for AI Act compliance.","source":"Art. 50(2); Art. 3(3) and Art. 25 (who is a provider); guidance \xA75.5"},{"id":"source-type-not-synthetic","principle":"A50-2","level":"escalate","category":"marking","guidance":["EUAIA-ART50-2-MARKING","IPTC-DIGITAL-SOURCE-TYPE"],"when":{"output.source_type":{"not":{"enum":["trainedAlgorithmicMedia","compositeWithTrainedAlgorithmicMedia","compositeSynthetic","algorithmicMedia","algorithmicallyEnhanced"]}},"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},"message":"Published generated output is declared with the IPTC digital source type {output.source_type}, which does not say it was artificially generated or manipulated.","remedy":"Declare and deliver the source type that is true of the output (trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia or compositeSynthetic). Only assistive standard editing is exempt (declare algorithmicallyEnhanced); if compliance confirms another exemption applies, attach the written approval (rule source-type-not-synthetic).","source":"Art. 50(2) (detectable as artificially generated or manipulated; exemption for assistive standard editing); guidance \xA75.4 (IPTC Digital Source Type), \xA75.5"},{"id":"synthetic-output-unmarked","principle":"A50-2","level":"inform","category":"marking","guidance":["EUAIA-ART50-2-MARKING","IPTC-DIGITAL-SOURCE-TYPE"],"when":{"output":{"not":{"properties":{"source_type":{"type":"string"}},"required":["source_type"]}},"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},"message":"Published generated output records no IPTC digital source type (final: {output.final}, stage: {stage}).","remedy":"Record output.source_type (e.g. trainedAlgorithmicMedia or compositeWithTrainedAlgorithmicMedia) and keep the generating tool's machine-readable marking in the delivered files; stripping it in conform or mastering defeats Art. 50(2).","source":"Art. 50(2) (marking by providers); guidance \xA75.4 (IPTC recommends trainedAlgorithmicMedia for trained-AI output), \xA75.5"},{"id":"deep-fake-disclosure","principle":"A50-4","level":"escalate","category":"disclosure","guidance":["EUAIA-ART50-4-DEEP-FAKE","EUAIA-ART3-60-DEFINITION","EUAIA-ART50-5-TIMING"],"when":{"output.kinds":{"contains":{"enum":["image","video","audio","voice","music","3d"]}},"audience.could_mislead":{"const":true},"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},"message":"Published generated {output.kinds} could be taken for real (could_mislead: {audience.could_mislead}): a deep fake, which must be disclosed as artificially generated or manipulated.","remedy":"Disclose it clearly and at the latest at first exposure (e.g. a label on screen where it appears, not only in the end credits), make the disclosure accessible, and record how in the written approval (rule deep-fake-disclosure) \u2014 or change the content so it cannot be taken for real.","source":"Art. 50(4) first subparagraph; Art. 3(60) (deep fake); Art. 50(5) (clear, distinguishable, at first exposure); guidance \xA75.5"},{"id":"real-likeness-disclosure","principle":"A50-4","level":"escalate","category":"disclosure","guidance":["EUAIA-ART50-4-DEEP-FAKE","EUAIA-ART3-60-DEFINITION","EUAIA-REC134-CREATIVE-WORKS"],"when":{"output.kinds":{"contains":{"enum":["image","video","audio","voice","music","3d"]}},"audience.could_mislead":{"const":false},"all":[{"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},{"any":[{"all":[{"talent.replica":{"enum":["create","use"]}},{"talent.replica_use":{"not":{"const":"unrecognisable"}}}]},{"talent.alteration":{"const":"significant"}},{"creative.references":{"contains":{"enum":["public-figure","deceased-person","performer-feature"]}}},{"inputs":{"contains":{"const":"talent-likeness"}}}]}]},"message":"Published generated {output.kinds} depicts or imitates a real person: a deep fake even in an evidently fictional work, where the disclosure may be limited to a form that does not spoil it.","remedy":"Disclose that the work contains generated or manipulated likenesses in a form that does not hamper it (e.g. a credits notice or programme information at first exposure), and record it in the written approval (rule real-likeness-disclosure).","source":"Art. 50(4) first subparagraph, including its limit for evidently artistic, creative, satirical or fictional works; Recital 134; Art. 3(60); guidance \xA75.5"}]}`,
    fingerprints: ["f1d32a733220dd65", "24b6b828d46f9595", "dc306a9773788336", "e491e27988399b6a", "8ed7749c43d35d6a"]
  },
  {
    tail: "netflix-genai/1.0.0.yml",
    text: `# yaml-language-server: $schema=../../src/schema/policy-pack.schema.json
# Netflix "Using Generative AI in Content Production", encoded rule by rule.
# Every rule names the guidance items it encodes (ids from shared/domain/netflix-genai-guidance.md) and
# the section it comes from. Where the guidance is vague the safe reading wins; each such choice is
# recorded in policy/netflix-genai/README.md.
pack: netflix-genai
version: 1.0.0
title: Netflix \u2014 Using Generative AI in Content Production
source:
  url: https://partnerhelp.netflixstudios.com/hc/en-us/articles/43393929218323-Using-Generative-AI-in-Content-Production
  read_on: 2025-11-11
effective: 2026-01-01
declaration_format: genai-usage/v1
# \xA72: "Any one is 'no' or 'unsure': escalate to the Netflix contact before proceeding."
unknown_level: escalate
approval:
  # A9 leaves approval mechanics open; we accept ticket-style references only, never free text,
  # and ask for renewal after a year so a grant cannot outlive the tools it was given for.
  ref_pattern: '^GENAI-[0-9]{4}-[0-9]{4,6}$'
  ref_example: GENAI-2025-0042
  require_expiry: false
  max_age_days: 365

principles:
  - id: P1
    number: 1
    title: No infringing output
    summary: Outputs do not copy or substantially recreate unowned or copyrighted material, and do not infringe.
    source: \xA72 Guiding principles, NFX-P1-NO-INFRINGING-OUTPUT
  - id: P2
    number: 2
    title: Tools do not keep or train on inputs
    summary: The tool does not store, reuse or train on production inputs or outputs.
    source: \xA72 Guiding principles, NFX-P2-NO-TOOL-RETENTION-OR-TRAINING
  - id: P3
    number: 3
    title: Inputs protected
    summary: Where possible, tools run in an enterprise-secured environment; proprietary, personal and sensitive inputs are escalated.
    source: \xA72 Guiding principles, NFX-P3-ENTERPRISE-SECURED; \xA73.1 Data use; \xA73.5 Confidentiality
  - id: P4
    number: 4
    title: Temporary, not final
    summary: Generated material is temporary and not part of the final deliverables; anything final or central to the story is escalated.
    source: \xA72 Guiding principles, NFX-P4-TEMPORARY-NOT-FINAL; \xA73.2 Creative output; \xA73.6 Final output vs temporary media
  - id: P5
    number: 5
    title: Talent and union work respected
    summary: GenAI does not replace or generate new talent performances or union-covered work without consent.
    source: \xA72 Guiding principles, NFX-P5-NO-TALENT-OR-UNION-REPLACEMENT; \xA73.3 Talent and performance; \xA73.6 Talent enhancement
  - id: ER
    number: 6
    title: Audiences not misled
    summary: Audiences can trust what they see and hear; nothing could be mistaken for real events, people or statements.
    source: \xA73.4 Ethics and representation, NFX-ER-1-MISLEADING-CONTENT
  - id: B1
    number: 7
    title: Disclosed to the Netflix contact
    summary: Every intended use is disclosed to the Netflix contact, whatever its risk.
    source: \xA72 Baseline duties, NFX-B1-DISCLOSE-TO-NETFLIX; \xA73.8 Disclosure expectations

rules:
  # ---------------------------------------------------------------- P1: no infringing output
  - id: protected-reference
    principle: P1
    level: escalate
    category: creative-output
    guidance: [NFX-CO-2-COPYRIGHTED-OR-ESTATE-REFERENCE, NFX-P1-NO-INFRINGING-OUTPUT]
    when:
      creative.references: { type: array, minItems: 1 }
    message: 'Prompts or inputs reference {creative.references}: allowed only with appropriate permissions.'
    remedy: Obtain the permissions for the referenced work, likeness or style and attach the written approval (rule protected-reference), or remove the reference.
    source: \xA73.2 Creative output, NFX-CO-2 (e.g. an image "inspired by" Afghan Girl; Meryl Streep's nose)

  - id: third-party-ip-input
    principle: P1
    level: escalate
    category: data-use
    guidance: [NFX-B2-WRITTEN-APPROVAL-GATE, NFX-P1-NO-INFRINGING-OUTPUT]
    when:
      inputs: { contains: { const: third-party-ip } }
    message: 'Third-party intellectual property goes into the tool (inputs: {inputs}).'
    remedy: Clear the rights for this use and attach the written approval (rule third-party-ip-input), or replace the material with owned, licensed or public-domain material.
    source: \xA72 Baseline duties, NFX-B2 (written approval when output includes third-party IP)

  - id: uncleared-training-data
    principle: P1
    level: escalate
    category: data-use
    guidance: [NFX-DU-2-UNCLEARED-TRAINING-DATA, NFX-P1-NO-INFRINGING-OUTPUT]
    # A15: training on anything but owned-and-cleared or public-domain material escalates,
    # including licensed stock (licences rarely grant training) and an empty input list.
    when:
      training: { enum: [fine-tune, train] }
      inputs: { not: { minItems: 1, items: { enum: [owned-cleared, public-domain] } } }
    message: 'A model is built ({training}) from material that is not all owned-and-cleared or public domain (inputs: {inputs}).'
    remedy: Obtain legal clearance from the rights holders for training and attach the written approval (rule uncleared-training-data), or train only on owned-and-cleared or public-domain material.
    source: \xA73.1 Data use, NFX-DU-2; \xA74 matrix M5 (unowned training data)

  # ---------------------------------------------------------------- P2: tools do not keep or train on inputs
  - id: tool-retains-inputs
    principle: P2
    level: escalate
    category: confidentiality
    guidance: [NFX-P2-NO-TOOL-RETENTION-OR-TRAINING, NFX-CF-3-NON-ENTERPRISE-DUE-DILIGENCE, NFX-VW-1-EACH-STEP-COMPLIES]
    when:
      tools[*].trains_on_inputs: { const: true }
    message: 'A tool in the workflow stores, reuses or trains on production inputs or outputs (trains_on_inputs: {tools[*].trains_on_inputs}).'
    remedy: Switch to a tier or tool whose terms exclude retention and training (check its terms and conditions), or escalate to the Netflix contact and attach the written approval (rule tool-retains-inputs).
    source: \xA72 principle 2; \xA73.5 NFX-CF-3; \xA73.7 NFX-VW-1 (every step of a vendor pipeline)

  # ---------------------------------------------------------------- P3: inputs protected
  - id: non-enterprise-tool
    principle: P3
    level: inform
    category: confidentiality
    guidance: [NFX-P3-ENTERPRISE-SECURED, NFX-CF-1-PREFER-ENTERPRISE-TOOLS]
    when:
      tools[*].enterprise: { const: false }
    message: 'A tool is not covered by a Netflix enterprise agreement (enterprise: {tools[*].enterprise}).'
    remedy: Prefer a tool covered by a Netflix enterprise agreement (ask your Netflix contact which are available); you are responsible for reviewing this tool's terms and licence tier.
    source: \xA72 principle 3 ("where possible"); \xA73.5 NFX-CF-1, NFX-CF-3

  - id: proprietary-input
    principle: P3
    level: escalate
    category: data-use
    guidance: [NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT, NFX-CF-2-SENSITIVE-ALWAYS-ESCALATE]
    # A6: the matrix (M6) escalates only outside enterprise tools, CF-2 and DU-1 in all cases. Safe reading: always.
    when:
      inputs: { contains: { enum: [unreleased-assets, unreleased-footage, script, production-images, contracts] } }
    message: 'Netflix-owned or sensitive material goes into the tool (inputs: {inputs}), which needs explicit approval even in enterprise tools.'
    remedy: Get explicit written approval from your Netflix contact and attach it (rule proprietary-input), or keep this material out of the tool.
    source: \xA73.1 Data use, NFX-DU-1; \xA73.5 NFX-CF-2; \xA74 matrix M6; ambiguity A6

  - id: personal-data-input
    principle: P3
    level: escalate
    category: data-use
    guidance: [NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT, NFX-B2-WRITTEN-APPROVAL-GATE]
    when:
      inputs: { contains: { const: personal-data } }
    message: 'Personal data (e.g. cast or crew details) goes into the tool (inputs: {inputs}).'
    remedy: Get explicit written approval and attach it (rule personal-data-input), or remove the personal data from the inputs.
    source: \xA73.1 Data use, NFX-DU-1; \xA72 Baseline duties, NFX-B2 (personal data)

  - id: unidentified-input
    principle: P3
    level: escalate
    category: data-use
    guidance: [NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT]
    # \xA72: "unsure" escalates; an input nobody can name may be any of the sensitive kinds.
    when:
      inputs: { contains: { const: unknown } }
    message: 'Some input material is not identified (inputs: {inputs}).'
    remedy: Find out what goes into the tool and declare it precisely; until then the use needs written approval (rule unidentified-input).
    source: \xA72 decision rule ("unsure" escalates); \xA73.1 Data use, NFX-DU-1; ambiguity A1

  - id: vendor-pipeline
    principle: P3
    level: inform
    category: vendor
    guidance: [NFX-VW-2-PARTNER-ASSESSES-VENDOR, NFX-VW-3-SAME-PRINCIPLES]
    when:
      tools[*].vendor: { type: string }
    message: 'An outside vendor runs part of the workflow ({tools[*].vendor}); every step of its pipeline must meet the same standards.'
    remedy: Assess how the vendor handles data, creative control and final outputs against these principles; if unsure, ask your Netflix contact.
    source: \xA73.7 Vendors and custom workflows, NFX-VW-1..3

  # ---------------------------------------------------------------- P4: temporary, not final
  - id: final-deliverable
    principle: P4
    level: escalate
    category: final-output
    guidance: [NFX-B2-WRITTEN-APPROVAL-GATE, NFX-FT-1-FLAG-EARLY, NFX-FT-2-ONSCREEN-ELEMENTS, NFX-FT-4-HUMAN-INPUT-FOR-FINAL]
    # A2/A3: "final deliverables" is undefined and incidental elements have no threshold. Safe
    # reading: every final element escalates, whatever its prominence, and marketing and
    # localization output counts as final.
    when:
      any:
        - output.final: { const: true }
        - stage: { enum: [marketing, localization] }
    message: 'Generated output reaches deliverables (final: {output.final}, stage: {stage}).'
    remedy: Flag it to your Netflix contact early, make sure the final version has meaningful human input and rights clearance, and attach the written approval (rule final-deliverable) \u2014 or keep the output temporary.
    source: \xA72 Baseline duties, NFX-B2 (final deliverables); \xA73.6 NFX-FT-1, NFX-FT-2, NFX-FT-4; ambiguities A2, A3

  - id: prominent-element
    principle: P4
    level: escalate
    category: final-output
    guidance: [NFX-FT-3-INCIDENTAL-VS-PROMINENT]
    when:
      output.final: { const: true }
      output.prominence: { enum: [featured, story-critical] }
    message: 'A final generated element is prominent on screen (prominence: {output.prominence}).'
    remedy: Prominent elements (read aloud, contributing to the story) need legal review via your Netflix contact; attach the written approval (rule prominent-element).
    source: \xA73.6 NFX-FT-3; \xA74 matrix M2 (escalate if the element matters to the story)

  - id: key-creative-element
    principle: P4
    level: escalate
    category: creative-output
    guidance: [NFX-CO-1-KEY-CREATIVE-ELEMENT]
    when:
      creative.key_element: { const: true }
    message: 'GenAI generates a main character, key visual or setting central to the story (key_element: {creative.key_element}).'
    remedy: Attach the written approval (rule key-creative-element); such output is held to the same creative and legal standards as a traditionally made asset.
    source: \xA73.2 Creative output, NFX-CO-1 (Squid Game second doll); \xA74 matrix M3

  # ---------------------------------------------------------------- P5: talent and union work
  - id: talent-likeness-input
    principle: P5
    level: escalate
    category: talent
    guidance: [NFX-B2-WRITTEN-APPROVAL-GATE, NFX-CF-2-SENSITIVE-ALWAYS-ESCALATE]
    when:
      inputs: { contains: { const: talent-likeness } }
    message: 'Talent likeness goes into the tool (inputs: {inputs}).'
    remedy: Get written approval (rule talent-likeness-input) and documented consent from the performers concerned.
    source: \xA72 Baseline duties, NFX-B2 (talent likeness); \xA73.5 NFX-CF-2

  - id: replica-creation
    principle: P5
    level: escalate
    category: talent
    guidance: [NFX-TP-1-DIGITAL-REPLICA, NFX-TE-1-DIGITAL-REPLICA-CONSENT]
    when:
      talent.replica: { const: create }
    message: 'Creates a digital replica of an identifiable performer (replica: {talent.replica}).'
    remedy: Record the performer's explicit consent in talent.consent, follow guild requirements, and attach the written approval (rule replica-creation).
    source: \xA73.3 NFX-TP-1; \xA73.6 NFX-TE-1; \xA74 matrix M4 (re-ageing, synthetic voices)

  - id: replica-new-performance
    principle: P5
    level: escalate
    category: talent
    guidance: [NFX-TE-1-DIGITAL-REPLICA-CONSENT, NFX-TP-1-DIGITAL-REPLICA]
    # TE-1 exceptions: as performed (reshoots), unsafe action, unrecognisable need no further consent.
    when:
      talent.replica: { const: use }
      talent.replica_use: { enum: [none, new-performance] }
    message: 'Uses a digital replica outside the consent exceptions (replica_use: {talent.replica_use}).'
    remedy: A replica may be used without further consent only as performed, for an unsafe action, or unrecognisably; otherwise record the performer's consent and attach the written approval (rule replica-new-performance).
    source: \xA73.6 NFX-TE-1 (exceptions 1\u20133); \xA73.3 NFX-TP-1

  - id: replica-without-consent
    principle: P5
    level: block
    category: talent
    guidance: [NFX-TP-1-DIGITAL-REPLICA, NFX-TE-1-DIGITAL-REPLICA-CONSENT, NFX-TE-2-DIGITAL-ALTERATION-CONSENT]
    # No platform approval can stand in for the performer's own consent: fix the declaration, not the gate.
    when:
      talent.consent: { maxItems: 0 }
      any:
        - talent.replica: { const: create }
        - all:
            - talent.replica: { const: use }
            - talent.replica_use: { enum: [none, new-performance] }
        - talent.alteration: { const: significant }
    message: 'Needs the performer''s documented consent, and none is recorded (replica: {talent.replica}, alteration: {talent.alteration}).'
    remedy: Obtain explicit, documented consent from the performer (and guild compliance where it applies) and list its reference in talent.consent.
    source: \xA73.3 NFX-TP-1 ("explicit, documented consent"); \xA73.6 NFX-TE-1, NFX-TE-2

  - id: significant-alteration
    principle: P5
    level: escalate
    category: talent
    guidance: [NFX-TP-2-SIGNIFICANT-ALTERATION, NFX-TE-2-DIGITAL-ALTERATION-CONSENT]
    # TE-2 customary alterations (cosmetics, wardrobe, noise, timing, continuity, pitch, clarity,
    # dubbing under existing agreements) are declared as \`customary\` and do not fire.
    when:
      talent.alteration: { const: significant }
    message: 'Alters a performance''s emotional tone, delivery or intent (alteration: {talent.alteration}).'
    remedy: Record the performer's consent and attach the written approval (rule significant-alteration); if the change is customary (cosmetics, timing, continuity, pitch, clarity, permitted dubbing), declare it as customary.
    source: \xA73.3 NFX-TP-2 (visual ADR example); \xA73.6 NFX-TE-2

  - id: talent-model-reuse
    principle: P5
    level: escalate
    category: talent
    guidance: [NFX-TE-3-MODEL-SCOPE]
    when:
      talent.model_reuse: { const: true }
    message: 'A talent model is used beyond this production or its agreed scope (model_reuse: {talent.model_reuse}).'
    remedy: Use the model only on this production within the agreed scope, or obtain the express consent of all parties and attach the written approval (rule talent-model-reuse).
    source: \xA73.6 NFX-TE-3

  - id: union-work-impact
    principle: P5
    level: escalate
    category: union
    guidance: [NFX-ER-2-UNION-ROLE-IMPACT, NFX-P5-NO-TALENT-OR-UNION-REPLACEMENT]
    # "replaces, or materially affects": assisting union work can be material, so both escalate.
    when:
      talent.union_work: { enum: [assists, replaces] }
    message: 'Affects work usually done by union-represented people (union_work: {talent.union_work}).'
    remedy: Secure the proper approvals or agreements with the guilds concerned and attach the written approval (rule union-work-impact).
    source: \xA73.4 NFX-ER-2; \xA72 principle 5; ambiguity A10

  - id: talent-enhancement-qa
    principle: P5
    level: inform
    category: talent
    guidance: [NFX-TE-4-QA]
    when:
      any:
        - talent.replica: { enum: [create, use] }
        - talent.alteration: { enum: [customary, significant] }
    message: 'Talent enhancement (replica: {talent.replica}, alteration: {talent.alteration}): plan early quality tests.'
    remedy: Run early tests so the output does not harm the original performance; plan dedicated capture sessions with the talent where practical; avoid anything that could damage the actor's reputation or dignity.
    source: \xA73.6 NFX-TE-4

  # ---------------------------------------------------------------- ER: audiences not misled
  - id: misleading-content
    principle: ER
    level: block
    category: ethics
    guidance: [NFX-ER-1-MISLEADING-CONTENT]
    # ER-1 says "avoid" and gives no approval route, so no approval clears it. When the team does
    # not know (\`unknown\`), the finding escalates instead, so legal can review and decide.
    when:
      audience.could_mislead: { const: true }
    message: 'Could be mistaken for real events, people or statements (could_mislead: {audience.could_mislead}).'
    remedy: Change the content so it cannot be taken for real (e.g. a fictional journalist, clear framing) and declare could_mislead false; the guidance offers no approval route when it could mislead. If you do not know yet (unknown), legal review via your Netflix contact can decide and approve it (rule misleading-content).
    source: \xA73.4 NFX-ER-1 (fake news segment, even in the background)

  # ---------------------------------------------------------------- B1: baseline duty
  - id: disclose-to-contact
    principle: B1
    level: inform
    category: disclosure
    guidance: [NFX-B1-DISCLOSE-TO-NETFLIX]
    when:
      disclosed: { const: false }
    message: 'Not yet disclosed to the Netflix contact (disclosed: {disclosed}).'
    remedy: Tell your Netflix contact about this use and record the date in disclosed.
    source: \xA72 Baseline duties, NFX-B1; \xA73.8
`,
    doc: `{"pack":"netflix-genai","version":"1.0.0","title":"Netflix \u2014 Using Generative AI in Content Production","source":{"url":"https://partnerhelp.netflixstudios.com/hc/en-us/articles/43393929218323-Using-Generative-AI-in-Content-Production","read_on":"2025-11-11"},"effective":"2026-01-01","declaration_format":"genai-usage/v1","unknown_level":"escalate","approval":{"ref_pattern":"^GENAI-[0-9]{4}-[0-9]{4,6}$","ref_example":"GENAI-2025-0042","require_expiry":false,"max_age_days":365},"principles":[{"id":"P1","number":1,"title":"No infringing output","summary":"Outputs do not copy or substantially recreate unowned or copyrighted material, and do not infringe.","source":"\xA72 Guiding principles, NFX-P1-NO-INFRINGING-OUTPUT"},{"id":"P2","number":2,"title":"Tools do not keep or train on inputs","summary":"The tool does not store, reuse or train on production inputs or outputs.","source":"\xA72 Guiding principles, NFX-P2-NO-TOOL-RETENTION-OR-TRAINING"},{"id":"P3","number":3,"title":"Inputs protected","summary":"Where possible, tools run in an enterprise-secured environment; proprietary, personal and sensitive inputs are escalated.","source":"\xA72 Guiding principles, NFX-P3-ENTERPRISE-SECURED; \xA73.1 Data use; \xA73.5 Confidentiality"},{"id":"P4","number":4,"title":"Temporary, not final","summary":"Generated material is temporary and not part of the final deliverables; anything final or central to the story is escalated.","source":"\xA72 Guiding principles, NFX-P4-TEMPORARY-NOT-FINAL; \xA73.2 Creative output; \xA73.6 Final output vs temporary media"},{"id":"P5","number":5,"title":"Talent and union work respected","summary":"GenAI does not replace or generate new talent performances or union-covered work without consent.","source":"\xA72 Guiding principles, NFX-P5-NO-TALENT-OR-UNION-REPLACEMENT; \xA73.3 Talent and performance; \xA73.6 Talent enhancement"},{"id":"ER","number":6,"title":"Audiences not misled","summary":"Audiences can trust what they see and hear; nothing could be mistaken for real events, people or statements.","source":"\xA73.4 Ethics and representation, NFX-ER-1-MISLEADING-CONTENT"},{"id":"B1","number":7,"title":"Disclosed to the Netflix contact","summary":"Every intended use is disclosed to the Netflix contact, whatever its risk.","source":"\xA72 Baseline duties, NFX-B1-DISCLOSE-TO-NETFLIX; \xA73.8 Disclosure expectations"}],"rules":[{"id":"protected-reference","principle":"P1","level":"escalate","category":"creative-output","guidance":["NFX-CO-2-COPYRIGHTED-OR-ESTATE-REFERENCE","NFX-P1-NO-INFRINGING-OUTPUT"],"when":{"creative.references":{"type":"array","minItems":1}},"message":"Prompts or inputs reference {creative.references}: allowed only with appropriate permissions.","remedy":"Obtain the permissions for the referenced work, likeness or style and attach the written approval (rule protected-reference), or remove the reference.","source":"\xA73.2 Creative output, NFX-CO-2 (e.g. an image \\"inspired by\\" Afghan Girl; Meryl Streep's nose)"},{"id":"third-party-ip-input","principle":"P1","level":"escalate","category":"data-use","guidance":["NFX-B2-WRITTEN-APPROVAL-GATE","NFX-P1-NO-INFRINGING-OUTPUT"],"when":{"inputs":{"contains":{"const":"third-party-ip"}}},"message":"Third-party intellectual property goes into the tool (inputs: {inputs}).","remedy":"Clear the rights for this use and attach the written approval (rule third-party-ip-input), or replace the material with owned, licensed or public-domain material.","source":"\xA72 Baseline duties, NFX-B2 (written approval when output includes third-party IP)"},{"id":"uncleared-training-data","principle":"P1","level":"escalate","category":"data-use","guidance":["NFX-DU-2-UNCLEARED-TRAINING-DATA","NFX-P1-NO-INFRINGING-OUTPUT"],"when":{"training":{"enum":["fine-tune","train"]},"inputs":{"not":{"minItems":1,"items":{"enum":["owned-cleared","public-domain"]}}}},"message":"A model is built ({training}) from material that is not all owned-and-cleared or public domain (inputs: {inputs}).","remedy":"Obtain legal clearance from the rights holders for training and attach the written approval (rule uncleared-training-data), or train only on owned-and-cleared or public-domain material.","source":"\xA73.1 Data use, NFX-DU-2; \xA74 matrix M5 (unowned training data)"},{"id":"tool-retains-inputs","principle":"P2","level":"escalate","category":"confidentiality","guidance":["NFX-P2-NO-TOOL-RETENTION-OR-TRAINING","NFX-CF-3-NON-ENTERPRISE-DUE-DILIGENCE","NFX-VW-1-EACH-STEP-COMPLIES"],"when":{"tools[*].trains_on_inputs":{"const":true}},"message":"A tool in the workflow stores, reuses or trains on production inputs or outputs (trains_on_inputs: {tools[*].trains_on_inputs}).","remedy":"Switch to a tier or tool whose terms exclude retention and training (check its terms and conditions), or escalate to the Netflix contact and attach the written approval (rule tool-retains-inputs).","source":"\xA72 principle 2; \xA73.5 NFX-CF-3; \xA73.7 NFX-VW-1 (every step of a vendor pipeline)"},{"id":"non-enterprise-tool","principle":"P3","level":"inform","category":"confidentiality","guidance":["NFX-P3-ENTERPRISE-SECURED","NFX-CF-1-PREFER-ENTERPRISE-TOOLS"],"when":{"tools[*].enterprise":{"const":false}},"message":"A tool is not covered by a Netflix enterprise agreement (enterprise: {tools[*].enterprise}).","remedy":"Prefer a tool covered by a Netflix enterprise agreement (ask your Netflix contact which are available); you are responsible for reviewing this tool's terms and licence tier.","source":"\xA72 principle 3 (\\"where possible\\"); \xA73.5 NFX-CF-1, NFX-CF-3"},{"id":"proprietary-input","principle":"P3","level":"escalate","category":"data-use","guidance":["NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT","NFX-CF-2-SENSITIVE-ALWAYS-ESCALATE"],"when":{"inputs":{"contains":{"enum":["unreleased-assets","unreleased-footage","script","production-images","contracts"]}}},"message":"Netflix-owned or sensitive material goes into the tool (inputs: {inputs}), which needs explicit approval even in enterprise tools.","remedy":"Get explicit written approval from your Netflix contact and attach it (rule proprietary-input), or keep this material out of the tool.","source":"\xA73.1 Data use, NFX-DU-1; \xA73.5 NFX-CF-2; \xA74 matrix M6; ambiguity A6"},{"id":"personal-data-input","principle":"P3","level":"escalate","category":"data-use","guidance":["NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT","NFX-B2-WRITTEN-APPROVAL-GATE"],"when":{"inputs":{"contains":{"const":"personal-data"}}},"message":"Personal data (e.g. cast or crew details) goes into the tool (inputs: {inputs}).","remedy":"Get explicit written approval and attach it (rule personal-data-input), or remove the personal data from the inputs.","source":"\xA73.1 Data use, NFX-DU-1; \xA72 Baseline duties, NFX-B2 (personal data)"},{"id":"unidentified-input","principle":"P3","level":"escalate","category":"data-use","guidance":["NFX-DU-1-PROPRIETARY-OR-PERSONAL-INPUT"],"when":{"inputs":{"contains":{"const":"unknown"}}},"message":"Some input material is not identified (inputs: {inputs}).","remedy":"Find out what goes into the tool and declare it precisely; until then the use needs written approval (rule unidentified-input).","source":"\xA72 decision rule (\\"unsure\\" escalates); \xA73.1 Data use, NFX-DU-1; ambiguity A1"},{"id":"vendor-pipeline","principle":"P3","level":"inform","category":"vendor","guidance":["NFX-VW-2-PARTNER-ASSESSES-VENDOR","NFX-VW-3-SAME-PRINCIPLES"],"when":{"tools[*].vendor":{"type":"string"}},"message":"An outside vendor runs part of the workflow ({tools[*].vendor}); every step of its pipeline must meet the same standards.","remedy":"Assess how the vendor handles data, creative control and final outputs against these principles; if unsure, ask your Netflix contact.","source":"\xA73.7 Vendors and custom workflows, NFX-VW-1..3"},{"id":"final-deliverable","principle":"P4","level":"escalate","category":"final-output","guidance":["NFX-B2-WRITTEN-APPROVAL-GATE","NFX-FT-1-FLAG-EARLY","NFX-FT-2-ONSCREEN-ELEMENTS","NFX-FT-4-HUMAN-INPUT-FOR-FINAL"],"when":{"any":[{"output.final":{"const":true}},{"stage":{"enum":["marketing","localization"]}}]},"message":"Generated output reaches deliverables (final: {output.final}, stage: {stage}).","remedy":"Flag it to your Netflix contact early, make sure the final version has meaningful human input and rights clearance, and attach the written approval (rule final-deliverable) \u2014 or keep the output temporary.","source":"\xA72 Baseline duties, NFX-B2 (final deliverables); \xA73.6 NFX-FT-1, NFX-FT-2, NFX-FT-4; ambiguities A2, A3"},{"id":"prominent-element","principle":"P4","level":"escalate","category":"final-output","guidance":["NFX-FT-3-INCIDENTAL-VS-PROMINENT"],"when":{"output.final":{"const":true},"output.prominence":{"enum":["featured","story-critical"]}},"message":"A final generated element is prominent on screen (prominence: {output.prominence}).","remedy":"Prominent elements (read aloud, contributing to the story) need legal review via your Netflix contact; attach the written approval (rule prominent-element).","source":"\xA73.6 NFX-FT-3; \xA74 matrix M2 (escalate if the element matters to the story)"},{"id":"key-creative-element","principle":"P4","level":"escalate","category":"creative-output","guidance":["NFX-CO-1-KEY-CREATIVE-ELEMENT"],"when":{"creative.key_element":{"const":true}},"message":"GenAI generates a main character, key visual or setting central to the story (key_element: {creative.key_element}).","remedy":"Attach the written approval (rule key-creative-element); such output is held to the same creative and legal standards as a traditionally made asset.","source":"\xA73.2 Creative output, NFX-CO-1 (Squid Game second doll); \xA74 matrix M3"},{"id":"talent-likeness-input","principle":"P5","level":"escalate","category":"talent","guidance":["NFX-B2-WRITTEN-APPROVAL-GATE","NFX-CF-2-SENSITIVE-ALWAYS-ESCALATE"],"when":{"inputs":{"contains":{"const":"talent-likeness"}}},"message":"Talent likeness goes into the tool (inputs: {inputs}).","remedy":"Get written approval (rule talent-likeness-input) and documented consent from the performers concerned.","source":"\xA72 Baseline duties, NFX-B2 (talent likeness); \xA73.5 NFX-CF-2"},{"id":"replica-creation","principle":"P5","level":"escalate","category":"talent","guidance":["NFX-TP-1-DIGITAL-REPLICA","NFX-TE-1-DIGITAL-REPLICA-CONSENT"],"when":{"talent.replica":{"const":"create"}},"message":"Creates a digital replica of an identifiable performer (replica: {talent.replica}).","remedy":"Record the performer's explicit consent in talent.consent, follow guild requirements, and attach the written approval (rule replica-creation).","source":"\xA73.3 NFX-TP-1; \xA73.6 NFX-TE-1; \xA74 matrix M4 (re-ageing, synthetic voices)"},{"id":"replica-new-performance","principle":"P5","level":"escalate","category":"talent","guidance":["NFX-TE-1-DIGITAL-REPLICA-CONSENT","NFX-TP-1-DIGITAL-REPLICA"],"when":{"talent.replica":{"const":"use"},"talent.replica_use":{"enum":["none","new-performance"]}},"message":"Uses a digital replica outside the consent exceptions (replica_use: {talent.replica_use}).","remedy":"A replica may be used without further consent only as performed, for an unsafe action, or unrecognisably; otherwise record the performer's consent and attach the written approval (rule replica-new-performance).","source":"\xA73.6 NFX-TE-1 (exceptions 1\u20133); \xA73.3 NFX-TP-1"},{"id":"replica-without-consent","principle":"P5","level":"block","category":"talent","guidance":["NFX-TP-1-DIGITAL-REPLICA","NFX-TE-1-DIGITAL-REPLICA-CONSENT","NFX-TE-2-DIGITAL-ALTERATION-CONSENT"],"when":{"talent.consent":{"maxItems":0},"any":[{"talent.replica":{"const":"create"}},{"all":[{"talent.replica":{"const":"use"}},{"talent.replica_use":{"enum":["none","new-performance"]}}]},{"talent.alteration":{"const":"significant"}}]},"message":"Needs the performer's documented consent, and none is recorded (replica: {talent.replica}, alteration: {talent.alteration}).","remedy":"Obtain explicit, documented consent from the performer (and guild compliance where it applies) and list its reference in talent.consent.","source":"\xA73.3 NFX-TP-1 (\\"explicit, documented consent\\"); \xA73.6 NFX-TE-1, NFX-TE-2"},{"id":"significant-alteration","principle":"P5","level":"escalate","category":"talent","guidance":["NFX-TP-2-SIGNIFICANT-ALTERATION","NFX-TE-2-DIGITAL-ALTERATION-CONSENT"],"when":{"talent.alteration":{"const":"significant"}},"message":"Alters a performance's emotional tone, delivery or intent (alteration: {talent.alteration}).","remedy":"Record the performer's consent and attach the written approval (rule significant-alteration); if the change is customary (cosmetics, timing, continuity, pitch, clarity, permitted dubbing), declare it as customary.","source":"\xA73.3 NFX-TP-2 (visual ADR example); \xA73.6 NFX-TE-2"},{"id":"talent-model-reuse","principle":"P5","level":"escalate","category":"talent","guidance":["NFX-TE-3-MODEL-SCOPE"],"when":{"talent.model_reuse":{"const":true}},"message":"A talent model is used beyond this production or its agreed scope (model_reuse: {talent.model_reuse}).","remedy":"Use the model only on this production within the agreed scope, or obtain the express consent of all parties and attach the written approval (rule talent-model-reuse).","source":"\xA73.6 NFX-TE-3"},{"id":"union-work-impact","principle":"P5","level":"escalate","category":"union","guidance":["NFX-ER-2-UNION-ROLE-IMPACT","NFX-P5-NO-TALENT-OR-UNION-REPLACEMENT"],"when":{"talent.union_work":{"enum":["assists","replaces"]}},"message":"Affects work usually done by union-represented people (union_work: {talent.union_work}).","remedy":"Secure the proper approvals or agreements with the guilds concerned and attach the written approval (rule union-work-impact).","source":"\xA73.4 NFX-ER-2; \xA72 principle 5; ambiguity A10"},{"id":"talent-enhancement-qa","principle":"P5","level":"inform","category":"talent","guidance":["NFX-TE-4-QA"],"when":{"any":[{"talent.replica":{"enum":["create","use"]}},{"talent.alteration":{"enum":["customary","significant"]}}]},"message":"Talent enhancement (replica: {talent.replica}, alteration: {talent.alteration}): plan early quality tests.","remedy":"Run early tests so the output does not harm the original performance; plan dedicated capture sessions with the talent where practical; avoid anything that could damage the actor's reputation or dignity.","source":"\xA73.6 NFX-TE-4"},{"id":"misleading-content","principle":"ER","level":"block","category":"ethics","guidance":["NFX-ER-1-MISLEADING-CONTENT"],"when":{"audience.could_mislead":{"const":true}},"message":"Could be mistaken for real events, people or statements (could_mislead: {audience.could_mislead}).","remedy":"Change the content so it cannot be taken for real (e.g. a fictional journalist, clear framing) and declare could_mislead false; the guidance offers no approval route when it could mislead. If you do not know yet (unknown), legal review via your Netflix contact can decide and approve it (rule misleading-content).","source":"\xA73.4 NFX-ER-1 (fake news segment, even in the background)"},{"id":"disclose-to-contact","principle":"B1","level":"inform","category":"disclosure","guidance":["NFX-B1-DISCLOSE-TO-NETFLIX"],"when":{"disclosed":{"const":false}},"message":"Not yet disclosed to the Netflix contact (disclosed: {disclosed}).","remedy":"Tell your Netflix contact about this use and record the date in disclosed.","source":"\xA72 Baseline duties, NFX-B1; \xA73.8"}]}`,
    fingerprints: ["2ab448c7fc15c7ed", "cfb00e4fef0d0bc2", "c4ddb17029602f73", "e99b5f075eb1f1d2", "dc5ad813d9805bf0", "dcd375c447d59a08", "19534b4d331c5d3e", "25ad7e224b81735b", "d862d70d9fe41247", "b78f4a002a32604a", "11650ad7db4a3837", "1ff5f23806764542", "3a810e53d3abaccc", "e7ff7c4e3c6baba7", "68f022b150590b1b", "99246cf4390e5308", "a4a4629faabe2ddd", "97907785e9ab0f0f", "a4169b347b7b8c28", "d929e0aa89abd2d5", "acb7bb3e93aac51b", "b8c2d2cb902d16c9"]
  }
];

// src/validate/ajv.ts
import { createRequire as createRequire2 } from "node:module";

// src/validate/ajv-options.json
var ajv_options_default = {
  $comment: "The one set of ajv options this project compiles schemas with: at run time (src/validate/ajv.ts) and at build time (scripts/gen-validators.mjs, standalone code in src/generated/).",
  options: { allErrors: true, strict: true, allowUnionTypes: true, strictTypes: false },
  annotations: ["enumDescriptions", "markdownEnumDescriptions", "markdownDescription", "defaultSnippets"]
};

// src/validate/ajv.ts
var lib2;
function ajvLib() {
  lib2 ??= typeof __require === "function" ? require_ajv() : createRequire2(import.meta.url)("ajv");
  return lib2;
}
function createAjv(options = {}) {
  const ajv = new (ajvLib()).Ajv({ ...ajv_options_default.options, ...options });
  ajv.addVocabulary(ajv_options_default.annotations);
  return ajv;
}

// src/validate/canonical-json.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/validate/subset.ts
var ANNOTATIONS = /* @__PURE__ */ new Set(["title", "description", "$comment", "default", "examples", "deprecated", "readOnly", "writeOnly", "enumDescriptions", "markdownEnumDescriptions", "markdownDescription", "defaultSnippets"]);
var TYPES = /* @__PURE__ */ new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
function isJson(v) {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJson);
  if (isObject(v)) return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(isJson);
  return false;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      const bb = b;
      if (a.length !== bb.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!deepEqual(a[i], bb[i])) return false;
      return true;
    }
    if (a instanceof RegExp || b instanceof RegExp || a instanceof Date || b instanceof Date) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const k of keys) if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return a !== a && b !== b;
}
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if ((d & 64512) === 56320) i++;
    }
  }
  return n;
}
function typeCheck(type) {
  switch (type) {
    case "null":
      return (v) => v === null;
    case "array":
      return Array.isArray;
    case "object":
      return (v) => !!v && typeof v === "object" && !Array.isArray(v);
    case "integer":
      return (v) => typeof v === "number" && !(v % 1) && !Number.isNaN(v) && Number.isFinite(v);
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    default:
      return (v) => typeof v === type;
  }
}
var Unsupported = class extends Error {
};
var unsupported = () => {
  throw new Unsupported();
};
function compile(schema) {
  if (schema === true) return () => true;
  if (schema === false) return () => false;
  if (!isObject(schema)) return unsupported();
  const checks = [];
  const props = schema.properties;
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case "type": {
        const types = typeof arg === "string" ? [arg] : Array.isArray(arg) ? arg : unsupported();
        if (types.length === 0 || new Set(types).size !== types.length || !types.every((t2) => typeof t2 === "string" && TYPES.has(t2))) unsupported();
        const each = types.map(typeCheck);
        checks.push(each.length === 1 ? each[0] : (v) => each.some((c) => c(v)));
        break;
      }
      case "const":
        if (!isJson(arg)) unsupported();
        checks.push(arg !== null && typeof arg === "object" ? (v) => deepEqual(v, arg) : (v) => v === arg);
        break;
      case "enum": {
        if (!Array.isArray(arg) || arg.length === 0 || !arg.every(isJson)) unsupported();
        const values = arg;
        if (values.some((x, i) => values.findIndex((y) => deepEqual(x, y)) !== i)) unsupported();
        if (values.every((x) => x === null || typeof x !== "object")) checks.push((v) => values.includes(v));
        else checks.push((v) => values.some((x) => deepEqual(v, x)));
        break;
      }
      case "not": {
        const sub = compile(arg);
        checks.push((v) => !sub(v));
        break;
      }
      case "anyOf":
      case "allOf":
      case "oneOf": {
        if (!Array.isArray(arg) || arg.length === 0) unsupported();
        const subs = arg.map(compile);
        if (keyword === "anyOf") checks.push((v) => subs.some((s) => s(v)));
        else if (keyword === "allOf") checks.push((v) => subs.every((s) => s(v)));
        else checks.push((v) => subs.filter((s) => s(v)).length === 1);
        break;
      }
      case "contains": {
        const sub = compile(arg);
        checks.push((v) => !Array.isArray(v) || v.some((x) => sub(x)));
        break;
      }
      case "items": {
        if (Array.isArray(arg)) unsupported();
        const sub = compile(arg);
        checks.push((v) => !Array.isArray(v) || v.every((x) => sub(x)));
        break;
      }
      case "minItems":
      case "maxItems": {
        if (!isCount(arg)) unsupported();
        const n = arg;
        checks.push(keyword === "minItems" ? (v) => !Array.isArray(v) || v.length >= n : (v) => !Array.isArray(v) || v.length <= n);
        break;
      }
      case "uniqueItems":
        if (typeof arg !== "boolean") unsupported();
        if (arg) checks.push((v) => !Array.isArray(v) || v.every((x, i) => v.findIndex((y) => deepEqual(x, y)) === i));
        break;
      case "minLength":
      case "maxLength": {
        if (!isCount(arg)) unsupported();
        const n = arg;
        checks.push(keyword === "minLength" ? (v) => typeof v !== "string" || codePoints(v) >= n : (v) => typeof v !== "string" || codePoints(v) <= n);
        break;
      }
      case "pattern": {
        if (typeof arg !== "string") unsupported();
        let re;
        try {
          re = new RegExp(arg, "u");
        } catch {
          return unsupported();
        }
        checks.push((v) => typeof v !== "string" || re.test(v));
        break;
      }
      case "properties": {
        if (!isObject(arg)) unsupported();
        const subs = Object.entries(arg).map(([k, s]) => [k, compile(s)]);
        checks.push((v) => !isObject(v) || subs.every(([k, s]) => v[k] === void 0 || s(v[k])));
        break;
      }
      case "required": {
        if (!Array.isArray(arg) || !arg.every((k) => typeof k === "string") || new Set(arg).size !== arg.length) unsupported();
        if (!isObject(props) || !arg.every((k) => Object.prototype.hasOwnProperty.call(props, k))) unsupported();
        const keys = arg;
        checks.push((v) => !isObject(v) || keys.every((k) => v[k] !== void 0));
        break;
      }
      case "additionalProperties": {
        if (props !== void 0 && !isObject(props)) unsupported();
        if (schema.patternProperties !== void 0) unsupported();
        const known = new Set(Object.keys(props ?? {}));
        const sub = compile(arg);
        checks.push((v) => {
          if (!isObject(v)) return true;
          for (const k in v) if (!known.has(k) && !sub(v[k])) return false;
          return true;
        });
        break;
      }
      default:
        return unsupported();
    }
  }
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0];
  return (v) => checks.every((c) => c(v));
}
function compileSubset(schema) {
  try {
    return compile(schema);
  } catch (err) {
    if (err instanceof Unsupported) return void 0;
    throw err;
  }
}

// src/policy/paths.ts
var TRI_STATE_REF = "#/definitions/triState";
var root = genai_usage_schema_default;
function parseFieldPath(text) {
  if (!/^[a-z_]+(\[\*\])?(\.[a-z_]+(\[\*\])?)*$/.test(text)) return void 0;
  return {
    text,
    steps: text.split(".").map((part) => part.endsWith("[*]") ? { key: part.slice(0, -3), each: true } : { key: part, each: false })
  };
}
function deref(schema) {
  let s = schema;
  let triState = false;
  for (let hops = 0; s.$ref && hops < 8; hops++) {
    if (s.$ref === TRI_STATE_REF) triState = true;
    const name = s.$ref.replace("#/definitions/", "");
    const target = root.definitions[name];
    if (!target) break;
    s = target;
  }
  return { schema: s, triState };
}
function resolveField(text) {
  const path = parseFieldPath(text);
  if (!path) return { error: `\`${text}\` is not a field path (expected e.g. \`output.final\` or \`tools[*].enterprise\`)` };
  let current = deref(root.definitions.use);
  for (const [i, step] of path.steps.entries()) {
    const props = current.schema.properties ?? {};
    const next = props[step.key];
    if (!next) {
      const where = path.steps.slice(0, i).map((s) => s.key).join(".") || "a use";
      return { error: `\`${text}\`: ${where} has no field \`${step.key}\` in genai-usage/v1 (fields: ${Object.keys(props).join(", ")})` };
    }
    current = deref(next);
    if (step.each) {
      if (current.schema.type !== "array" || !current.schema.items) return { error: `\`${text}\`: \`${step.key}\` is not a list, so \`[*]\` does not apply` };
      current = deref(current.schema.items);
    }
  }
  return { path, schema: current.schema, triState: current.triState };
}
function valuesAt(use, path) {
  let frontier = [{ segments: [], value: use }];
  for (const step of path.steps) {
    const next = [];
    for (const { segments, value } of frontier) {
      if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, step.key)) continue;
      const child = value[step.key];
      if (child === void 0) continue;
      if (step.each) {
        if (Array.isArray(child)) child.forEach((item, i) => next.push({ segments: [...segments, step.key, i], value: item }));
      } else next.push({ segments: [...segments, step.key], value: child });
    }
    frontier = next;
  }
  return frontier;
}

// src/policy/condition.ts
var ajvCompiled = /* @__PURE__ */ new WeakMap();
function compileFragment(ajv, schema) {
  const quick = compileSubset(schema);
  if (quick) return quick;
  const instance = typeof ajv === "function" ? ajv() : ajv;
  let cache = ajvCompiled.get(instance);
  if (!cache) ajvCompiled.set(instance, cache = /* @__PURE__ */ new Map());
  const key = canonicalJson(schema);
  let check = cache.get(key);
  if (!check) {
    const validate2 = instance.compile(schema);
    check = (v) => validate2(v) === true;
    cache.set(key, check);
  }
  return check;
}
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function hitTest(steps, i, leaf) {
  if (i === steps.length) return leaf;
  const { key, each } = steps[i];
  const next = hitTest(steps, i + 1, leaf);
  if (!each) {
    return (v) => {
      if (v === null || typeof v !== "object" || !hasOwn(v, key)) return false;
      const child = v[key];
      return child !== void 0 && next(child);
    };
  }
  return (v) => {
    if (v === null || typeof v !== "object" || !hasOwn(v, key)) return false;
    const child = v[key];
    if (!Array.isArray(child)) return false;
    for (let j = 0; j < child.length; j++) if (j in child && next(child[j])) return true;
    return false;
  };
}
var ConditionError = class extends Error {
  constructor(message, at2) {
    super(message);
    this.at = at2;
  }
  at;
};
function holdsBy(entries, groups, certain) {
  const tests = entries.map((e) => certain ? e.certainHits : e.hits);
  return (use) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](use)) return false;
    for (let g = 0; g < groups.length; g++) {
      const { kind, parts } = groups[g];
      const all = kind === "all";
      let held = all;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if ((certain ? part.holdsWithoutUnknowns(use) : part.holds(use)) !== all) {
          held = !all;
          break;
        }
      }
      if (!held) return false;
    }
    return true;
  };
}
function compileCondition(ajv, condition, at2 = []) {
  return compile2(ajv, condition, at2);
}
function compile2(ajv, condition, at2) {
  const entries = [];
  const groups = [];
  for (const [key, fragment] of Object.entries(condition)) {
    if (key === "any" || key === "all") {
      const parts = fragment.map((c, i) => compile2(ajv, c, [...at2, key, i]));
      groups.push({ kind: key, parts });
      continue;
    }
    const field = resolveField(key);
    if ("error" in field) throw new ConditionError(field.error, [...at2, key]);
    checkValuesPossible(ajv, key, fragment, field.schema, [...at2, key]);
    let check;
    try {
      check = compileFragment(ajv, fragment);
    } catch (err) {
      throw new ConditionError(`\`${key}\`: invalid JSON Schema fragment: ${err.message}`, [...at2, key]);
    }
    const leaf = field.triState ? (v) => v === "unknown" || check(v) : check;
    entries.push({ path: field.path, triState: field.triState, check, hits: hitTest(field.path.steps, 0, leaf), certainHits: hitTest(field.path.steps, 0, check) });
  }
  const fields = [.../* @__PURE__ */ new Set([...entries.map((e) => e.path.text), ...groups.flatMap((g) => g.parts.flatMap((p) => p.fields))])];
  const holds = holdsBy(entries, groups, false);
  const holdsWithoutUnknowns = holdsBy(entries, groups, true);
  const fire = (use) => {
    const fired = [];
    for (const entry of entries) {
      const hits = [];
      for (const found of valuesAt(use, entry.path)) {
        if (entry.triState && found.value === "unknown") hits.push({ segments: found.segments, field: entry.path.text, value: found.value, reason: "unknown" });
        else if (entry.check(found.value)) hits.push({ segments: found.segments, field: entry.path.text, value: found.value, reason: "match" });
      }
      if (hits.length === 0) return void 0;
      fired.push(...hits);
    }
    for (const group of groups) {
      const results = group.parts.map((p) => p.test(use));
      if (group.kind === "all") {
        if (results.some((r) => r === void 0)) return void 0;
        for (const r of results) fired.push(...r ?? []);
      } else {
        const held = results.filter((r) => r !== void 0);
        if (held.length === 0) return void 0;
        for (const r of held) fired.push(...r);
      }
    }
    return fired;
  };
  return { fields, holds, holdsWithoutUnknowns, test: (use) => holds(use) ? fire(use) : void 0 };
}
function checkValuesPossible(ajv, key, fragment, field, at2) {
  const fieldCheck = tryCompile(ajv, field);
  const itemCheck = field.type === "array" && field.items ? tryCompile(ajv, field.items) : void 0;
  if (!fieldCheck) return;
  const isOk = (v) => fieldCheck(v) || (itemCheck?.(v) ?? false);
  for (const value of literalValues(fragment)) {
    if (!isOk(value)) {
      const allowed = field.enum ?? field.items?.enum ?? [];
      throw new ConditionError(
        `\`${key}\`: ${JSON.stringify(value)} is not a value this field can take${allowed.length ? ` (${allowed.map((a) => JSON.stringify(a)).join(", ")})` : ""}`,
        at2
      );
    }
  }
}
function literalValues(fragment) {
  if (fragment === null || typeof fragment !== "object") return [];
  const out = [];
  for (const [k, v] of Object.entries(fragment)) {
    if (k === "const") out.push(v);
    else if (k === "enum" && Array.isArray(v)) out.push(...v);
    else if (typeof v === "object") out.push(...literalValues(v));
  }
  return out;
}
var fieldChecks = /* @__PURE__ */ new WeakMap();
function tryCompile(ajv, schema) {
  const known = fieldChecks.get(schema);
  if (known !== void 0) return known ?? void 0;
  const check = JSON.stringify(schema).includes('"$ref"') ? void 0 : compileFragment(ajv, schema);
  fieldChecks.set(schema, check ?? null);
  return check;
}

// src/policy/semver.ts
function parseVersion(v) {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : void 0;
}
function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) return compareText(a, b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

// src/policy/library.ts
var packValidator = validatePack;
var conditionAjv;
var lazyConditionAjv = () => conditionAjv ??= createAjv({ allErrors: false });
function loadPackLibrary(files) {
  const packs = /* @__PURE__ */ new Map();
  const errors = [];
  for (const file of files) {
    const result = loadPack(file);
    if ("errors" in result) {
      errors.push(...result.errors);
      continue;
    }
    const list = packs.get(result.name) ?? [];
    if (list.some((p) => p.version === result.version)) {
      errors.push({ file: file.path, line: 1, column: 1, code: "duplicate-pack", message: `${result.name}@${result.version} is defined twice` });
      continue;
    }
    list.push(result);
    packs.set(result.name, list);
  }
  for (const list of packs.values()) list.sort((a, b) => compareVersions(b.version, a.version));
  return { packs, errors };
}
var pathTail = (path) => path.replace(/\\/g, "/").split("/").slice(-2).join("/");
function loadPack(file) {
  const tail2 = pathTail(file.path);
  const preloaded = PRELOADED_PACKS.find((p) => p.tail === tail2 && p.text === file.text);
  if (preloaded) {
    const fingerprints = preloaded.fingerprints;
    const pack = checkPack(file, JSON.parse(preloaded.doc), () => ({ line: 1, column: 1 }), (rule, i) => fingerprints[i] ?? fingerprint(rule));
    if (!("errors" in pack)) return pack;
  }
  return loadPackSource(file);
}
function loadPackSource(file) {
  const fail = (diags) => ({ errors: diags.map((d) => ({ ...d, file: file.path })) });
  const source = parseYamlSource(file.text);
  if (source.errors.length > 0) return fail(source.errors);
  if (!packValidator(source.value)) return fail(schemaDiagnostics(packValidator.errors ?? [], source.value, source));
  return checkPack(file, source.value, (path) => source.locate(path));
}
function checkPack(file, doc, locate, fingerprintOf = fingerprint) {
  const fail = (diags) => ({ errors: diags.map((d) => ({ ...d, file: file.path })) });
  const at2 = (path, code2, message) => ({ ...locate(path), path: displayPath(path), code: code2, message });
  const problems = [];
  const segments = file.path.replace(/\\/g, "/").split("/");
  const [folder, fileName] = [segments.at(-2), segments.at(-1)];
  if (folder !== doc.pack) problems.push(at2(["pack"], "pack-name-mismatch", `pack \`${doc.pack}\` must live in a folder named \`${doc.pack}\` (found \`${folder}\`)`));
  if (fileName !== `${doc.version}.yml`) problems.push(at2(["version"], "pack-version-mismatch", `version ${doc.version} must live in a file named \`${doc.version}.yml\` (found \`${fileName}\`)`));
  for (const field of ["effective", "deprecated", "sunset"]) {
    const v = doc[field];
    if (v !== void 0 && !isCalendarDate(v)) problems.push(at2([field], "invalid-date", `${field}: ${v} is not a calendar date`));
  }
  let refPattern = /$^/;
  try {
    refPattern = new RegExp(doc.approval.ref_pattern, "u");
    if (!refPattern.test(doc.approval.ref_example)) problems.push(at2(["approval", "ref_example"], "bad-example", `ref_example \`${doc.approval.ref_example}\` does not match ref_pattern`));
  } catch (err) {
    problems.push(at2(["approval", "ref_pattern"], "bad-pattern", `ref_pattern is not a valid regular expression: ${err.message}`));
  }
  const principles = /* @__PURE__ */ new Map();
  doc.principles.forEach((p, i) => {
    if (principles.has(p.id)) problems.push(at2(["principles", i, "id"], "duplicate-id", `principle ${p.id} is defined twice`));
    principles.set(p.id, p);
  });
  const ajv = lazyConditionAjv;
  const ruleIds = /* @__PURE__ */ new Set();
  const rules = [];
  doc.rules.forEach((rule, i) => {
    if (ruleIds.has(rule.id)) problems.push(at2(["rules", i, "id"], "duplicate-id", `rule ${rule.id} is defined twice`));
    ruleIds.add(rule.id);
    if (!principles.has(rule.principle)) {
      problems.push(at2(["rules", i, "principle"], "unknown-principle", `rule ${rule.id}: principle \`${rule.principle}\` is not defined in this pack (${[...principles.keys()].join(", ")})`));
    }
    let condition;
    try {
      condition = compileCondition(ajv, rule.when);
    } catch (err) {
      if (!(err instanceof ConditionError)) throw err;
      problems.push(at2(["rules", i, "when", ...err.at], "bad-condition", `rule ${rule.id}: ${err.message}`));
      return;
    }
    for (const placeholder of placeholders(rule.message)) {
      if (!condition.fields.includes(placeholder)) {
        problems.push(at2(["rules", i, "message"], "bad-placeholder", `rule ${rule.id}: message quotes {${placeholder}}, which its condition does not read (${condition.fields.join(", ")})`));
      }
    }
    rules.push({ ...rule, condition, fingerprint: fingerprintOf(rule, i) });
  });
  if (problems.length > 0) return fail(problems);
  return { name: doc.pack, version: doc.version, path: file.path, doc, rules, principles, refPattern };
}
function placeholders(message) {
  return [...message.matchAll(/\{([a-z_.[\]*]+)\}/g)].map((m) => m[1]);
}
function fingerprint(rule) {
  return createHash("sha256").update(canonicalJson({ level: rule.level, when: rule.when })).digest("hex").slice(0, 16);
}
function resolvePack(library, ref, today2) {
  const at2 = ref.lastIndexOf("@");
  const name = ref.slice(0, at2);
  const wanted = ref.slice(at2 + 1);
  const versions = library.packs.get(name);
  if (!versions || versions.length === 0) {
    const known = [...library.packs.keys()];
    return { error: `unknown policy pack \`${name}\`${known.length ? ` (available: ${known.join(", ")})` : " (no packs were loaded)"}` };
  }
  const inEffect = (p) => today2 === void 0 || p.doc.effective <= today2;
  const match = /^\d+$/.test(wanted) ? versions.find((p) => parseVersion(p.version)?.major === Number(wanted) && inEffect(p)) : versions.find((p) => p.version === wanted);
  if (!match) {
    const later = versions.filter((p) => parseVersion(p.version)?.major === Number(wanted) && !inEffect(p)).map((p) => `${p.version} from ${p.doc.effective}`);
    return {
      error: `no version of \`${name}\` matches @${wanted}${later.length ? ` in effect on ${today2} (not yet in effect: ${later.join(", ")})` : ""} (available: ${versions.map((p) => p.version).join(", ")})`
    };
  }
  return { pack: match };
}

// src/evaluate/approvals.ts
var EXPIRY_WARNING_DAYS = 30;
var ruleKey = (pack, rule) => `${pack}/${rule}`;
function judgeApproval(approval, position, ctx) {
  const problems = [];
  const error = (code2, message) => problems.push({ ...position, code: code2, message, severity: "error" });
  const warn = (code2, message) => problems.push({ ...position, code: code2, message, severity: "warning" });
  const clears = /* @__PURE__ */ new Set();
  const grants = ctx.ledger ? ledgerGrants(approval, ctx, error) : void 0;
  const dated = grants?.[0] ?? approval;
  const datesOk = checkDates(dated, ctx.today, error, warn) && grants?.length !== 0;
  const packOk = /* @__PURE__ */ new Map();
  for (const ruleId of approval.rules) {
    const pack = ctx.packs.find((p) => p.rules.some((r) => r.id === ruleId));
    if (!pack) {
      error("unknown-rule", `${approval.ref}: lists rule \`${ruleId}\`, which no pinned pack defines`);
      continue;
    }
    if (!packOk.has(pack)) packOk.set(pack, checkPackRules(approval.ref, dated, pack, ctx.today, error));
    let ok = datesOk && packOk.get(pack) === true;
    if (grants && grants.length > 0 && !grants.some((g) => g.rules.includes(ruleId))) {
      error("ledger-mismatch", `${approval.ref}: the approvals ledger does not grant rule \`${ruleId}\` under this reference`);
      ok = false;
    }
    if (approval.policy && !grantedUnderCurrentRule(approval, pack, ruleId, ctx.library, error)) ok = false;
    if (ok) clears.add(ruleKey(pack.name, ruleId));
  }
  return { approval, position, clears, problems };
}
function ledgerGrants(approval, ctx, error) {
  if (!ctx.productionId) {
    error("no-production-id", `${approval.ref}: production.id is needed to match approvals against the ledger`);
    return [];
  }
  const entries = ctx.ledger?.byRef.get(approval.ref) ?? [];
  if (entries.length === 0) {
    error("not-in-ledger", `${approval.ref}: not found in the approvals ledger`);
    return [];
  }
  const mine = entries.filter((e) => e.production === ctx.productionId && e.use === ctx.useId);
  if (mine.length === 0) {
    error("ledger-mismatch", `${approval.ref}: the ledger grants it to another production or use, not ${ctx.productionId}/${ctx.useId}`);
    return [];
  }
  const live = mine.filter((e) => !(e.revoked_on && e.revoked_on <= ctx.today));
  if (live.length === 0) {
    error("revoked", `${approval.ref}: revoked on ${mine[0]?.revoked_on}`);
    return [];
  }
  return live;
}
function checkDates(dated, today2, error, warn) {
  let ok = true;
  if (dated.approved_on > today2) {
    error("future-date", `approved_on ${dated.approved_on} is in the future`);
    ok = false;
  }
  if (dated.expires_on) {
    if (dated.expires_on < today2) {
      error("expired", `expired on ${dated.expires_on}`);
      ok = false;
    } else if (daysBetween(today2, dated.expires_on) <= EXPIRY_WARNING_DAYS) {
      warn("expiring", `expires on ${dated.expires_on}, within ${EXPIRY_WARNING_DAYS} days`);
    }
  }
  return ok;
}
function checkPackRules(ref, dated, pack, today2, error) {
  const rules = pack.doc.approval;
  let ok = true;
  if (!pack.refPattern.test(ref)) {
    error("bad-ref", `${ref}: not a valid ${pack.name} approval reference (expected the form ${rules.ref_example})`);
    ok = false;
  }
  if (rules.require_expiry && !dated.expires_on) {
    error("no-expiry", `${pack.name} requires expires_on on every approval`);
    ok = false;
  }
  if (rules.max_age_days !== void 0 && daysBetween(dated.approved_on, today2) > rules.max_age_days) {
    error("too-old", `approved on ${dated.approved_on}, more than ${rules.max_age_days} days ago; ${pack.name} approvals must be renewed`);
    ok = false;
  }
  return ok;
}
function grantedUnderCurrentRule(approval, current, ruleId, library, error) {
  const policy = approval.policy;
  if (!policy.startsWith(`${current.name}@`)) return true;
  const granted = resolvePack(library, policy);
  if (!("pack" in granted)) {
    error("unknown-policy-version", `${approval.ref}: granted under ${policy}, which is not a known version of ${current.name}; it cannot be checked, so it clears nothing`);
    return false;
  }
  if (granted.pack.version === current.version) return true;
  const before = granted.pack.rules.find((r) => r.id === ruleId);
  const now = current.rules.find((r) => r.id === ruleId);
  if (before && now && before.fingerprint === now.fingerprint) return true;
  error("stale", `${approval.ref}: granted under ${policy}; rule \`${ruleId}\` has changed since (${current.name}@${current.version}), so it must be approved again`);
  return false;
}

// src/evaluate/use.ts
var LEVEL_RANK = { inform: 0, escalate: 1, block: 2 };
function maxLevel(a, b) {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
function evaluateUse(use, ctx) {
  const base = ["uses", ctx.index];
  const locate = (segments) => ctx.source.locate([...base, ...segments]);
  const judged = use.approvals.map((a, j) => judgeApproval(a, locate(["approvals", j]), { ...ctx, useId: use.id }));
  const findings = [];
  const clearedBy = /* @__PURE__ */ new Map();
  for (const pack of ctx.packs) {
    for (const rule of pack.rules) {
      const fired = rule.condition.test(use);
      if (!fired) continue;
      const effectiveLevel = levelFor(rule, fired, pack, use);
      const finding = {
        rule: rule.id,
        pack: pack.name,
        principle: rule.principle,
        category: rule.category,
        level: rule.level,
        effectiveLevel,
        status: effectiveLevel === "inform" ? "noted" : effectiveLevel === "block" ? "blocked" : "needs-approval",
        message: interpolate(rule.message, use, fired),
        remedy: rule.remedy,
        source: rule.source,
        paths: fired.map((f) => ({ path: displayPath([...base, ...f.segments]), value: f.value, reason: f.reason, ...locate(f.segments) }))
      };
      if (finding.status === "needs-approval") {
        const index = judged.findIndex((j) => j.clears.has(ruleKey(pack.name, rule.id)));
        if (index >= 0) {
          finding.status = "approved";
          finding.approval = judged[index]?.approval.ref;
          clearedBy.set(index, [...clearedBy.get(index) ?? [], rule.id]);
        }
      }
      findings.push(finding);
    }
  }
  const approvals = judged.map((j, i) => {
    const cleared = clearedBy.get(i) ?? [];
    const problems = [...j.problems];
    const escalated = new Set(findings.filter((f) => f.effectiveLevel === "escalate").map((f) => f.rule));
    const blocked = new Set(findings.filter((f) => f.effectiveLevel === "block").map((f) => f.rule));
    const onBlocks = j.approval.rules.filter((r) => blocked.has(r));
    const unused = j.approval.rules.filter((r) => !escalated.has(r) && !blocked.has(r));
    if (onBlocks.length > 0) {
      problems.push({ ...j.position, severity: "warning", code: "approval-on-block", message: `${j.approval.ref}: lists ${onBlocks.map((r) => `\`${r}\``).join(", ")}, which blocks this use; no approval can clear a block, only changing the use can` });
    }
    if (unused.length > 0 && problems.every((p) => p.severity === "warning")) {
      problems.push({ ...j.position, severity: "warning", code: "approval-unused", message: `${j.approval.ref}: covers ${unused.map((r) => `\`${r}\``).join(", ")}, which did not escalate for this use` });
    }
    return {
      ref: j.approval.ref,
      rules: j.approval.rules,
      status: problems.some((p) => p.severity !== "warning") ? "invalid" : "valid",
      cleared,
      problems,
      line: j.position.line,
      column: j.position.column
    };
  });
  return { id: use.id, summary: use.summary, stage: use.stage, outcome: outcomeOf(findings), findings, approvals, ...locate([]) };
}
function levelFor(rule, fired, pack, use) {
  if (!fired.some((f) => f.reason === "unknown")) return rule.level;
  return rule.condition.holdsWithoutUnknowns(use) ? maxLevel(rule.level, pack.doc.unknown_level) : pack.doc.unknown_level;
}
function outcomeOf(findings) {
  if (findings.some((f) => f.status === "blocked")) return "blocked";
  if (findings.some((f) => f.status === "needs-approval")) return "needs-approval";
  if (findings.some((f) => f.status === "approved")) return "approved";
  return "clear";
}
function interpolate(template, use, fired) {
  return template.replace(/\{([a-z_.[\]*]+)\}/g, (_, field) => {
    const values = fired.filter((f) => f.field === field).map((f) => f.value);
    return values.length > 0 ? values.map(formatValue).join(", ") : formatValue(readPlain(use, field));
  });
}
function readPlain(use, field) {
  let cur = use;
  for (const key of field.replace(/\[\*\]/g, "").split(".")) cur = cur && typeof cur === "object" ? cur[key] : void 0;
  return cur;
}
function formatValue(v) {
  if (Array.isArray(v)) return v.length === 0 ? "(none)" : v.map(formatValue).join(", ");
  if (v === void 0) return "(not set)";
  return String(v);
}

// src/evaluate/report.ts
var TOOL = { name: "genai-clearance", version: package_default.version };
function evaluate(input) {
  const errors = [...input.library.errors, ...input.errors ?? []];
  if (input.files.length === 0) {
    errors.push({ line: 1, column: 1, code: "no-declarations", message: "no genai-usage.yml found: nothing to check (fails closed)" });
  }
  const used = /* @__PURE__ */ new Map();
  const files = [...input.files].sort((a, b) => compareText(a.path, b.path)).map((f) => evaluateFile(f, input, used));
  const packs = [...used.values()].map((u) => u.ref).sort((a, b) => compareText(`${a.pack}@${a.version}`, `${b.pack}@${b.version}`));
  const principles = principleRows([...used.values()].map((u) => u.pack), files);
  const counts = countOf(files);
  const fail = errors.length > 0 || counts.invalid > 0 || counts.needsApproval > 0 || counts.blocked > 0;
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    decision: fail ? "fail" : "pass",
    evaluatedOn: input.today,
    approvalMode: input.ledger ? "ledger" : "format-only",
    packs,
    principles,
    counts,
    files,
    errors
  };
}
function evaluateFile(file, input, used) {
  const loaded = loadDeclaration(file.path, file.text);
  const report = { path: file.path, status: "invalid", policies: [], errors: loaded.errors, warnings: [], uses: [] };
  const d = loaded.declaration;
  if (!d) return report;
  report.production = { title: d.production.title, ...d.production.id ? { id: d.production.id } : {} };
  const packs = [];
  d.policies.forEach((requested, i) => {
    const at2 = loaded.source.locate(["policies", i]);
    const resolved = resolvePack(input.library, requested, input.today);
    if ("error" in resolved) {
      report.errors.push({ ...at2, path: `policies[${i}]`, code: "unknown-pack", message: resolved.error });
      return;
    }
    const { pack } = resolved;
    const ref = { pack: pack.name, version: pack.version, title: pack.doc.title, requested };
    const { sunset, deprecated } = pack.doc;
    if (sunset && sunset <= input.today) {
      report.errors.push({ ...at2, code: "pack-sunset", message: `${pack.name}@${pack.version} reached its sunset on ${sunset}; pin a newer version: ${upgradeHint(input.library, pack)}` });
    } else if (deprecated && deprecated <= input.today) {
      ref.deprecated = deprecated;
      report.warnings.push({ ...at2, severity: "warning", code: "pack-deprecated", message: `${pack.name}@${pack.version} is deprecated since ${deprecated}${sunset ? ` and stops being accepted on ${sunset}` : ""}; ${upgradeHint(input.library, pack)}` });
    }
    report.policies.push(ref);
    packs.push(pack);
    used.set(`${pack.name}@${pack.version}`, { ref: { ...ref, requested: `${pack.name}@${pack.version}` }, pack });
  });
  if (report.errors.length > 0) return report;
  report.status = "valid";
  report.uses = d.uses.map(
    (use, index) => evaluateUse(use, {
      source: loaded.source,
      index,
      today: input.today,
      packs,
      library: input.library,
      ...input.ledger ? { ledger: input.ledger } : {},
      ...d.production.id ? { productionId: d.production.id } : {}
    })
  );
  if (file.baseText !== void 0) markChanges(report, d, file.baseText);
  return report;
}
function upgradeHint(library, pack) {
  const newest = library.packs.get(pack.name)?.[0];
  if (!newest || newest.version === pack.version) return "ask the policy owners for a successor";
  return `set \`policies: [${pack.name}@${newest.version.split(".")[0]}]\` (newest: ${newest.version}) and run \`genai-clearance diff ${pack.name}@${pack.version} ${pack.name}@${newest.version}\` to see what changes`;
}
function markChanges(report, current, baseText) {
  const base = loadDeclaration(report.path, baseText).declaration;
  const before = new Map((base?.uses ?? []).map((u) => [u.id, canonicalJson(u)]));
  for (const use of report.uses) {
    const now = current.uses.find((u) => u.id === use.id);
    const was = before.get(use.id);
    const change = was === void 0 ? "added" : was === canonicalJson(now) ? "unchanged" : "changed";
    use.change = change;
  }
  const ids = new Set(current.uses.map((u) => u.id));
  report.removedUses = [...before.keys()].filter((id) => !ids.has(id));
}
var STATUS_RANK = { clear: 0, noted: 1, approved: 2, "needs-approval": 3, blocked: 4 };
function principleRows(packs, files) {
  const rows = /* @__PURE__ */ new Map();
  const sorted = [...packs].sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version));
  for (const pack of sorted) {
    for (const p of [...pack.doc.principles].sort((a, b) => a.number - b.number)) {
      rows.set(`${pack.name}/${p.id}`, { pack: pack.name, id: p.id, number: p.number, title: p.title, status: "clear", needsApproval: [], blocked: [], approvedBy: [], noted: [] });
    }
  }
  for (const file of files) {
    for (const use of file.uses) {
      for (const f of use.findings) {
        const row = rows.get(`${f.pack}/${f.principle}`);
        if (!row) continue;
        const ref = { file: file.path, use: use.id };
        const add = (list) => {
          if (!list.some((r) => r.file === ref.file && r.use === ref.use)) list.push(ref);
        };
        if (f.status === "blocked") add(row.blocked);
        else if (f.status === "needs-approval") add(row.needsApproval);
        else if (f.status === "noted") add(row.noted);
        else if (f.approval && !row.approvedBy.includes(f.approval)) row.approvedBy.push(f.approval);
        if (STATUS_RANK[f.status] > STATUS_RANK[row.status]) row.status = f.status;
      }
    }
  }
  return [...rows.values()];
}
function countOf(files) {
  const uses = files.flatMap((f) => f.uses);
  return {
    files: files.length,
    invalid: files.filter((f) => f.status === "invalid").length,
    uses: uses.length,
    clear: uses.filter((u) => u.outcome === "clear").length,
    approved: uses.filter((u) => u.outcome === "approved").length,
    needsApproval: uses.filter((u) => u.outcome === "needs-approval").length,
    blocked: uses.filter((u) => u.outcome === "blocked").length
  };
}

// src/cli/check.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/io/files.ts
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
var DECLARATION_NAMES = ["genai-usage.yml", "genai-usage.yaml"];
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function toPosix(p) {
  return p.split(sep).join("/");
}
function findDeclarations(paths, cwd) {
  const found = /* @__PURE__ */ new Set();
  const missing = [];
  for (const p of paths.length > 0 ? paths : ["."]) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) {
      missing.push(p);
      continue;
    }
    if (statSync(abs).isDirectory()) walk(abs, found);
    else found.add(abs);
  }
  return { files: [...found].map((f) => toPosix(relative(cwd, f)) || f).sort(), missing };
}
function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile() && DECLARATION_NAMES.includes(entry.name)) out.add(join(dir, entry.name));
  }
}
function readPackDir(dir, shownFrom = dirname(dir)) {
  const files = [];
  for (const pack of readdirSync(dir, { withFileTypes: true })) {
    if (!pack.isDirectory()) continue;
    for (const f of readdirSync(join(dir, pack.name))) {
      if (!/^\d+\.\d+\.\d+\.yml$/.test(f)) continue;
      const abs = join(dir, pack.name, f);
      files.push({ path: toPosix(relative(shownFrom, abs)), text: readFileSync(abs, "utf8") });
    }
  }
  return files.sort((a, b) => compareText(a.path, b.path));
}
function bundledPolicyDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "policy")) && existsSync(join(dir, "package.json"))) return join(dir, "policy");
    dir = dirname(dir);
  }
  throw new Error("bundled policy packs not found next to genai-clearance");
}
function writeFileAtomic(path, data) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
function readUtf8(path) {
  return readFileSync(path, "utf8");
}

// src/render/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/render/escape.ts
var DEFAULT_CELL_MAX = 200;
var ZWSP = "\u200B";
var ELLIPSIS = "\u2026";
var LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
var CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var LONE_SURROGATE2 = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function sanitize(text) {
  return text.replace(LONE_SURROGATE2, "\uFFFD").replace(LINE_BREAKS, " ").replace(CONTROLS, "").replace(BIDI, "").trim();
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join("") + ELLIPSIS;
}
function plainText(text, max = Number.POSITIVE_INFINITY) {
  return truncate(sanitize(text), max);
}
function defuse(text) {
  return text.replace(/@/g, "@" + ZWSP).replace(/([\w.-])#(?=\d)/g, "$1" + ZWSP + "#").replace(/:\/\//g, ":" + ZWSP + "//").replace(/(www)\./gi, "$1" + ZWSP + ".");
}
var INLINE_MARKUP = /[\\`*_~[\]<>|&$!@]/g;
var LEADING_BLOCK = /^(?:[#>+=-]|\d+[.)])/;
function escapeMarkdown(text, max = DEFAULT_CELL_MAX) {
  const escaped = defuse(plainText(text, max)).replace(INLINE_MARKUP, "\\$&");
  const lead = LEADING_BLOCK.exec(escaped)?.[0];
  return lead === void 0 ? escaped : `${lead.slice(0, -1)}\\${escaped.slice(lead.length - 1)}`;
}
var SAFE_CODE = /^[A-Za-z0-9._\-/@:+[\]*"'=,#%(){}…]+$/;
function markdownCode(text, max = DEFAULT_CELL_MAX) {
  const clean = plainText(text, max);
  return SAFE_CODE.test(clean) ? "`" + clean + "`" : escapeMarkdown(clean, max);
}
var XML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "	": "&#9;"
};
var XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
function escapeXml(text, context = "attribute") {
  const keep = context === "text" ? /[&<>\r]/g : /[&<>"'\n\r\t]/g;
  return text.replace(LONE_SURROGATE2, "\uFFFD").replace(XML_FORBIDDEN, "").replace(BIDI, "").replace(keep, (c) => XML_ENTITIES[c] ?? c);
}

// src/render/words.ts
var OUTCOME_LABEL = {
  clear: { emoji: "\u2705", word: "clear" },
  approved: { emoji: "\u2611\uFE0F", word: "approved" },
  "needs-approval": { emoji: "\u26A0\uFE0F", word: "needs approval" },
  blocked: { emoji: "\u26D4", word: "blocked" }
};
var PRINCIPLE_STATUS_LABEL = {
  clear: { emoji: "\u2705", word: "clear" },
  noted: { emoji: "\u2139\uFE0F", word: "noted" },
  approved: { emoji: "\u2611\uFE0F", word: "approved" },
  "needs-approval": { emoji: "\u26A0\uFE0F", word: "needs approval" },
  blocked: { emoji: "\u26D4", word: "blocked" }
};
var FINDING_STATUS_LABEL = {
  noted: { emoji: "\u2139\uFE0F", word: "noted" },
  approved: { emoji: "\u2611\uFE0F", word: "approved" },
  "needs-approval": { emoji: "\u26A0\uFE0F", word: "needs approval" },
  blocked: { emoji: "\u26D4", word: "blocked" }
};
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function plural(n, one, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
function failureParts(report) {
  const { counts } = report;
  const parts = [];
  if (counts.needsApproval > 0) {
    parts.push(`${plural(counts.needsApproval, "use")} ${counts.needsApproval === 1 ? "needs" : "need"} written approval`);
  }
  if (counts.blocked > 0) parts.push(`${formatCount(counts.blocked)} blocked`);
  if (counts.invalid > 0) parts.push(`${plural(counts.invalid, "file")} invalid`);
  if (report.errors.length > 0) parts.push(plural(report.errors.length, "policy error"));
  if (parts.length === 0 && report.decision === "fail") parts.push("the check failed closed");
  return parts;
}
function passParts(report) {
  const { counts } = report;
  if (counts.uses === 0) return [`no generative-AI uses declared in ${plural(counts.files, "file")}`];
  const parts = [plural(counts.uses, "use")];
  if (counts.clear > 0) parts.push(`${formatCount(counts.clear)} clear`);
  if (counts.approved > 0) parts.push(`${formatCount(counts.approved)} approved`);
  return parts;
}
function packLabel(pack) {
  return `${pack.pack}@${pack.version}`;
}
function principleName(row) {
  return `${row.id} ${row.title}`;
}
function principleLookup(report) {
  const rows = /* @__PURE__ */ new Map();
  for (const row of report.principles) rows.set(`${row.pack}\0${row.id}`, row);
  return (pack, principle) => rows.get(`${pack}\0${principle}`);
}
function findingPrinciple(lookup, finding) {
  const row = lookup(finding.pack, finding.principle);
  return row ? principleName(row) : finding.principle;
}
function isOpen(finding) {
  return finding.status === "needs-approval" || finding.status === "blocked";
}
function usesWithOutcome(report, outcome) {
  return report.files.flatMap((file) => file.uses.filter((use) => use.outcome === outcome).map((use) => ({ file, use })));
}
function principlesByPack(report) {
  const groups = /* @__PURE__ */ new Map();
  for (const pack of report.packs) groups.set(pack.pack, []);
  for (const row of report.principles) {
    const rows = groups.get(row.pack) ?? [];
    rows.push(row);
    groups.set(row.pack, rows);
  }
  return [...groups].map(([pack, rows]) => {
    const ref = report.packs.find((p) => p.pack === pack);
    return ref ? { pack, ref, rows } : { pack, rows };
  });
}
function clearance(finding, code2 = (id) => id) {
  return finding.status === "blocked" ? "no approval can clear this; only a change to the use (or to the policy) can" : `attach a written approval that lists ${code2(finding.rule)}`;
}
function showValue(value) {
  if (value === void 0) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function at(file, line, column) {
  return `${file}:${line}:${column}`;
}
function diagnosticPlace(d, listedUnder) {
  const file = d.file ?? listedUnder;
  return file === void 0 ? void 0 : at(file, d.line, d.column);
}

// src/render/junit.ts
var NAME_MAX = 300;
var USE_MAX = 120;
var TEXT_MAX = 2e3;
function renderJunit(report) {
  const suites = report.files.map((file) => fileSuite(report, file));
  if (report.errors.length > 0) {
    suites.push({
      name: "policy",
      properties: [],
      cases: [
        {
          name: "policy packs and approval ledger load",
          classname: "genai-clearance",
          error: {
            type: "policy-error",
            message: `${report.errors.length} policy error(s); the check failed closed`,
            body: diagnosticsBody(report.errors)
          }
        }
      ]
    });
  }
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: report.tool.name, ...tally(all) })}>`,
    ...suites.flatMap(suiteXml),
    "</testsuites>"
  ];
  return `${lines.join("\n")}
`;
}
function fileSuite(report, file) {
  const classname = plainText(file.path, NAME_MAX);
  const cases = [
    file.status === "invalid" ? {
      name: "declaration is valid",
      classname,
      error: {
        type: "declaration-invalid",
        message: `${file.errors.length} error(s) in ${file.path}`,
        body: diagnosticsBody(file.errors, file.path)
      }
    } : {
      name: "declaration is valid",
      classname,
      // Warnings do not fail the case but should be seen next to it.
      ...file.warnings.length > 0 ? { out: diagnosticsBody(file.warnings, file.path) } : {}
    }
  ];
  const packs = new Set(file.policies.map((p) => p.pack));
  const rows = report.principles.filter((row) => packs.has(row.pack));
  const names = new UniqueNames();
  names.claim(cases[0]?.name ?? "");
  for (const use of file.uses) {
    for (const key of principlesOf(rows, use)) {
      const findings = use.findings.filter((f) => f.pack === key.pack && f.principle === key.id);
      const title = key.row ? principleName(key.row) : key.id;
      const name = names.claim(`${plainText(use.id, USE_MAX)} \u203A ${plainText(`${packs.size > 1 ? `${key.pack} ` : ""}${title}`, NAME_MAX)}`);
      cases.push(principleCase(file, use, findings, name, classname));
    }
  }
  return {
    name: classname,
    properties: [
      ["policies", file.policies.map(packLabel).join(", ")],
      ["evaluatedOn", report.evaluatedOn],
      ["approvalMode", report.approvalMode]
    ],
    cases
  };
}
function principlesOf(rows, use) {
  const keys = rows.map((row) => ({ pack: row.pack, id: row.id, row }));
  for (const f of use.findings) {
    if (!keys.some((k) => k.pack === f.pack && k.id === f.principle)) keys.push({ pack: f.pack, id: f.principle });
  }
  return keys;
}
function principleCase(file, use, findings, name, classname) {
  const open = findings.filter(isOpen);
  const settled = findings.filter((f) => !isOpen(f));
  const out = settled.map(
    (f) => f.status === "approved" ? `approved: ${f.rule} cleared by ${f.approval ?? "an approval"}` : `noted: ${f.rule}: ${f.message}`
  );
  const base = { name, classname, ...out.length > 0 ? { out: out.map((l) => plainText(l, TEXT_MAX)).join("\n") } : {} };
  if (open.length === 0) return base;
  const blocked = open.some((f) => f.status === "blocked");
  return {
    ...base,
    failure: {
      type: blocked ? "blocked" : "needs-approval",
      message: plainText(`${blocked ? "blocked" : "needs approval"}: ${open.map((f) => f.message).join(" ")}`, TEXT_MAX),
      body: open.map((f) => findingBody(file, use, f)).join("\n\n")
    }
  };
}
function findingBody(file, use, f) {
  const where = f.paths[0] ?? use;
  return [
    `${at(file.path, where.line, where.column)}: ${f.rule} [${f.effectiveLevel}] ${f.message}`,
    `remedy: ${f.remedy}`,
    `to clear: ${clearance(f)}`,
    `source: ${f.source}`
  ].map((line) => plainText(line, TEXT_MAX)).join("\n");
}
function diagnosticsBody(diagnostics, listedUnder) {
  return diagnostics.map((d) => {
    const place = diagnosticPlace(d, listedUnder);
    return plainText(`${place !== void 0 ? `${place}: ` : ""}${d.message} (${d.code})`, TEXT_MAX);
  }).join("\n");
}
var UniqueNames = class {
  used = /* @__PURE__ */ new Set();
  claim(name) {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${name} (${n})`;
    this.used.add(candidate);
    return candidate;
  }
};
function tally(cases) {
  return {
    tests: String(cases.length),
    failures: String(cases.filter((c) => c.failure).length),
    errors: String(cases.filter((c) => c.error).length),
    skipped: "0",
    time: "0"
  };
}
function attrs(values) {
  return Object.entries(values).map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ");
}
function suiteXml(suite) {
  const lines = [`  <testsuite ${attrs({ name: plainText(suite.name, NAME_MAX), ...tally(suite.cases) })}>`];
  if (suite.properties.length > 0) {
    lines.push("    <properties>");
    for (const [name, value] of suite.properties) lines.push(`      <property ${attrs({ name, value: plainText(value, NAME_MAX) })}/>`);
    lines.push("    </properties>");
  }
  for (const c of suite.cases) {
    const open = `    <testcase ${attrs({ name: c.name, classname: c.classname, time: "0" })}`;
    const children = [
      ...c.failure ? [`      <failure ${attrs({ type: c.failure.type, message: c.failure.message })}>${escapeXml(c.failure.body, "text")}</failure>`] : [],
      ...c.error ? [`      <error ${attrs({ type: c.error.type, message: plainText(c.error.message, TEXT_MAX) })}>${escapeXml(c.error.body, "text")}</error>`] : [],
      ...c.out !== void 0 ? [`      <system-out>${escapeXml(c.out, "text")}</system-out>`] : []
    ];
    lines.push(...children.length === 0 ? [`${open}/>`] : [`${open}>`, ...children, "    </testcase>"]);
  }
  lines.push("  </testsuite>");
  return lines;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/render/markdown.ts
var DEFAULT_TITLE = "GenAI clearance";
var TABLE_HEADER = ["Principle", "Status", "Needs approval", "Cleared by"];
var NONE = "\u2014";
var FULL = { details: true, verbose: true, cellItems: 10, itemMax: 80, textMax: 500, listMax: 50 };
var COMPACT = { details: false, verbose: false, cellItems: 5, itemMax: 60, textMax: 160, listMax: 5 };
var TIGHT = { ...COMPACT, cellItems: 2, itemMax: 40, textMax: 100, listMax: 3 };
var COUNTS_ONLY = { ...TIGHT, cellItems: 0 };
function renderMarkdown(report, options = {}) {
  const layout = options.form === "compact" ? COMPACT : FULL;
  return compose(sections(report, options, layout), {});
}
function compose(s, opts) {
  const blocks = [...s.head];
  if (opts.note !== void 0) blocks.push(opts.note);
  blocks.push(...s.tables);
  const total = s.action.reduce((n, g) => n + g.items.length, 0);
  if (total > 0) {
    blocks.push("### Needs action");
    let budget = opts.shown ?? total;
    for (const group of s.action) {
      if (budget <= 0) break;
      const items = group.items.slice(0, budget);
      budget -= items.length;
      if (items.length > 0) blocks.push(`#### ${group.heading}`, items.join("\n"));
    }
    const shown = Math.min(opts.shown ?? total, total);
    if (shown < total) blocks.push(`_\u2026and ${plural(total - shown, "more item")} not shown._`);
  }
  if (s.details !== void 0) blocks.push(s.details);
  blocks.push(...s.tail);
  return blocks.join("\n\n") + "\n";
}
function sections(report, options, layout) {
  const ctx = { report, layout, lookup: principleLookup(report), multiFile: report.files.length > 1 };
  const details = layout.details ? detailsBlock(ctx) : void 0;
  return {
    head: [
      `## ${escapeMarkdown(options.title ?? DEFAULT_TITLE)}`,
      verdict(report),
      ...(options.notes ?? []).map((note) => note.split("\n").map((line) => `> ${line}`).join("\n"))
    ],
    tables: tables(ctx),
    action: actionGroups(ctx),
    ...details !== void 0 ? { details } : {},
    tail: tail(report, options)
  };
}
function verdict(report) {
  return report.decision === "pass" ? `\u2705 **Clear to merge** \u2014 ${passParts(report).join(", ")}` : `\u274C **Merge blocked** \u2014 ${failureParts(report).join(", ")}`;
}
function tables(ctx) {
  const groups = principlesByPack(ctx.report).filter((g) => g.rows.length > 0);
  if (groups.length === 0) return ["_No policy principles were evaluated._"];
  const several = groups.length > 1;
  return groups.flatMap((group) => {
    const table = markdownTable([TABLE_HEADER, ...group.rows.map((row) => principleRow(ctx, row))], {
      // Aligned delimiters pad every cell to the widest one: pure length, no readability in a comment.
      alignDelimiters: false
    });
    if (!several) return [table];
    const name = group.ref ? `${escapeMarkdown(group.ref.title)} (${markdownCode(packLabel(group.ref))})` : markdownCode(group.pack);
    return [`### ${name}`, table];
  });
}
function principleRow(ctx, row) {
  const status = PRINCIPLE_STATUS_LABEL[row.status];
  const uses = [...row.blocked.map((ref) => `${useRef(ctx, ref)} (blocked)`), ...row.needsApproval.map((ref) => useRef(ctx, ref))];
  const refs = [...new Set(row.approvedBy)].map((ref) => escapeMarkdown(ref, ctx.layout.itemMax));
  return [
    escapeMarkdown(principleName(row), ctx.layout.textMax),
    `${status.emoji} ${capitalise(status.word)}`,
    cellList(ctx, uses, "use"),
    cellList(ctx, refs, "approval")
  ];
}
function cellList(ctx, items, noun) {
  if (items.length === 0) return NONE;
  const max = ctx.layout.cellItems;
  if (max === 0) return plural(items.length, noun);
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown}, +${formatCount(items.length - max)} more` : shown;
}
function useRef(ctx, ref) {
  const use = escapeMarkdown(ref.use, ctx.layout.itemMax);
  return ctx.multiFile ? `${escapeMarkdown(ref.file, ctx.layout.itemMax)} \u203A ${use}` : use;
}
function useWhere(ctx, file, use) {
  return ctx.multiFile ? escapeMarkdown(`${file.path}:${use.line}`, ctx.layout.textMax) : `line ${use.line}`;
}
function actionGroups(ctx) {
  const { report, layout } = ctx;
  const groups = [];
  if (report.errors.length > 0) {
    groups.push({ heading: "Policy errors", items: report.errors.map((d) => `- \u274C ${diagnostic(ctx, d)}`) });
  }
  const invalid = report.files.filter((f) => f.status === "invalid");
  if (invalid.length > 0) {
    groups.push({
      heading: "Invalid files",
      items: invalid.map((file) => {
        const errors = file.errors.slice(0, layout.listMax).map((d) => `  - ${diagnostic(ctx, d, file.path)}`);
        if (file.errors.length > layout.listMax) errors.push(`  - _\u2026and ${plural(file.errors.length - layout.listMax, "more error")}_`);
        return [`- \u274C **${escapeMarkdown(file.path, layout.textMax)}** is invalid (${plural(file.errors.length, "error")})`, ...errors].join("\n");
      })
    });
  }
  const blocked = usesWithOutcome(report, "blocked");
  const pending = usesWithOutcome(report, "needs-approval");
  if (blocked.length > 0) groups.push({ heading: "Blocked", items: blocked.map((u) => useItem(ctx, u.file, u.use)) });
  if (pending.length > 0) groups.push({ heading: "Needs written approval", items: pending.map((u) => useItem(ctx, u.file, u.use)) });
  return groups;
}
function diagnostic(ctx, d, listedUnder) {
  const place = diagnosticPlace(d, listedUnder);
  const message = `${escapeMarkdown(d.message, ctx.layout.textMax)} (${markdownCode(d.code)})`;
  return place === void 0 ? message : `${escapeMarkdown(place, ctx.layout.textMax)} ${message}`;
}
function useHeadline(ctx, file, use) {
  const change = use.change === "added" ? " (new)" : use.change === "changed" ? " (changed)" : "";
  const summary = escapeMarkdown(use.summary, ctx.layout.verbose ? ctx.layout.textMax : ctx.layout.itemMax);
  return `- ${OUTCOME_LABEL[use.outcome].emoji} **${escapeMarkdown(use.id, ctx.layout.itemMax)}**${change} \u2014 ${summary} \xB7 ${useWhere(ctx, file, use)}`;
}
function useItem(ctx, file, use) {
  const lines = [useHeadline(ctx, file, use)];
  for (const finding of use.findings.filter(isOpen)) {
    lines.push(...ctx.layout.verbose ? verboseFinding(ctx, use, finding) : [`  - ${compactFinding(ctx, use, finding)}`]);
  }
  if (ctx.layout.verbose) {
    for (const approval of use.approvals.filter((a) => a.status === "invalid")) lines.push(`  - ${rejectedApproval(ctx, approval)}`);
  }
  return lines.join("\n");
}
function principleShort(ctx, finding) {
  const row = ctx.lookup(finding.pack, finding.principle);
  return row ? row.id : finding.principle;
}
function verboseFinding(ctx, use, finding) {
  const { layout } = ctx;
  const principle = escapeMarkdown(findingPrinciple(ctx.lookup, finding), layout.textMax);
  const head = `  - ${FINDING_STATUS_LABEL[finding.status].emoji} ${markdownCode(finding.rule)} \xB7 ${principle} \xB7 ${FINDING_STATUS_LABEL[finding.status].word}: ${escapeMarkdown(finding.message, layout.textMax)}`;
  const lines = [head, `    - Remedy: ${escapeMarkdown(finding.remedy, layout.textMax)}`, `    - To clear: ${clearance(finding, markdownCode)}`];
  const fired = finding.paths.slice(0, layout.listMax).map((p) => {
    const unknown = p.reason === "unknown" ? ", value unknown: uncertainty escalates" : "";
    return `${markdownCode(p.path, layout.itemMax)} = ${markdownCode(showValue(p.value), layout.itemMax)} (line ${p.line}, column ${p.column}${unknown})`;
  });
  if (fired.length === 0) fired.push(`the use as a whole (line ${use.line})`);
  if (finding.paths.length > layout.listMax) fired.push(`+${finding.paths.length - layout.listMax} more`);
  lines.push(`    - Fired by: ${fired.join("; ")}`);
  lines.push(`    - Source: ${escapeMarkdown(finding.source, layout.textMax)}`);
  return lines;
}
function compactFinding(ctx, use, finding) {
  const lines = finding.paths.length > 0 ? finding.paths.slice(0, ctx.layout.listMax).map((p) => p.line) : [use.line];
  const where = `${lines.length === 1 ? "line" : "lines"} ${[...new Set(lines)].join(", ")}`;
  const clear = finding.status === "blocked" ? "cannot be approved" : `needs approval for ${markdownCode(finding.rule)}`;
  return `${markdownCode(finding.rule)} (${principleShort(ctx, finding)}): ${escapeMarkdown(finding.message, ctx.layout.textMax)} \u2014 ${clear} \xB7 ${where}`;
}
function rejectedApproval(ctx, approval) {
  const why = approval.problems.map((p) => escapeMarkdown(p.message, ctx.layout.textMax)).join("; ") || "not accepted";
  return `Approval ${escapeMarkdown(approval.ref, ctx.layout.itemMax)} (line ${approval.line}) was rejected: ${why}`;
}
function detailsBlock(ctx) {
  const { report } = ctx;
  const located = report.files.flatMap((file) => file.uses.map((use) => ({ file, use })));
  const approved = usesWithOutcome(report, "approved");
  const clear = usesWithOutcome(report, "clear");
  const alsoOnOpen = located.filter((u) => (u.use.outcome === "blocked" || u.use.outcome === "needs-approval") && u.use.findings.some((f) => !isOpen(f)));
  const warnings = report.files.flatMap((file) => [
    ...file.warnings.map((d) => `- \u26A0\uFE0F ${diagnostic(ctx, d, file.path)}`),
    ...file.uses.flatMap(
      (use) => use.approvals.filter((a) => a.status === "valid" || use.outcome === "clear" || use.outcome === "approved").flatMap((a) => a.problems.map((d) => `- \u26A0\uFE0F Approval ${escapeMarkdown(a.ref, ctx.layout.itemMax)}: ${diagnostic(ctx, d, file.path)}`))
    )
  ]);
  const removed = report.files.flatMap(
    (file) => (file.removedUses ?? []).map((id) => `- ${ctx.multiFile ? `${escapeMarkdown(file.path, ctx.layout.itemMax)} \u203A ` : ""}${escapeMarkdown(id, ctx.layout.itemMax)}`)
  );
  const withSettled = (u) => [useHeadline(ctx, u.file, u.use), ...u.use.findings.filter((f) => !isOpen(f)).map((f) => `  - ${settledFinding(ctx, f)}`)].join("\n");
  const parts = [
    ["Approved", approved.map(withSettled)],
    ["Clear", clear.map(withSettled)],
    ["Also on uses that need action", alsoOnOpen.map(withSettled)],
    ["Warnings", warnings],
    ["Removed uses", removed]
  ];
  const present = parts.filter(([, items]) => items.length > 0);
  if (present.length === 0) return void 0;
  const noted = located.reduce((n, u) => n + u.use.findings.filter((f) => f.status === "noted").length, 0);
  const summary = [
    approved.length > 0 ? plural(approved.length, "approved use") : "",
    clear.length > 0 ? plural(clear.length, "clear use") : "",
    noted > 0 ? plural(noted, "note") : "",
    warnings.length > 0 ? plural(warnings.length, "warning") : "",
    removed.length > 0 ? plural(removed.length, "removed use") : ""
  ].filter((s) => s !== "");
  const body = present.map(([heading, items]) => `#### ${heading}

${items.join("\n")}`).join("\n\n");
  return `<details>
<summary>Cleared and informational: ${summary.join(", ") || "details"}</summary>

${body}

</details>`;
}
function settledFinding(ctx, finding) {
  const label = FINDING_STATUS_LABEL[finding.status];
  const principle = principleShort(ctx, finding);
  const what = finding.status === "approved" ? `cleared by ${finding.approval !== void 0 ? escapeMarkdown(finding.approval, ctx.layout.itemMax) : "an approval"}` : escapeMarkdown(finding.message, ctx.layout.textMax);
  return `${label.emoji} ${markdownCode(finding.rule)} (${principle}): ${what}`;
}
function tail(report, options) {
  const blocks = [];
  if (report.approvalMode === "format-only") {
    blocks.push(
      "> \u26A0\uFE0F **Approval references were only format-checked.** No approval ledger was configured, so a reference that looks right is accepted without proof that anyone granted it."
    );
  }
  const facts = [
    report.packs.length > 0 ? `Policy ${report.packs.map((p) => markdownCode(packLabel(p))).join(", ")}` : "No policy pack",
    `evaluated on ${escapeMarkdown(report.evaluatedOn)}`
  ];
  const { commit, runUrl } = options.footer ?? {};
  if (commit !== void 0) facts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit : escapeMarkdown(commit)}`);
  if (runUrl !== void 0) facts.push(/^https?:\/\/[^\s<>()\\]+$/.test(runUrl) ? `[workflow run](${runUrl})` : escapeMarkdown(runUrl));
  facts.push(escapeMarkdown(`${report.tool.name} ${report.tool.version}`));
  blocks.push("---", facts.join(" \xB7 "));
  return blocks;
}

// src/render/sarif.ts
var SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "genaiClearance/v1";
var TEXT_MAX2 = 1e3;
var SYNTHETIC = {
  invalid: {
    id: "genai-clearance/declaration-invalid",
    level: "error",
    text: "The declaration cannot be parsed or does not match the genai-usage/v1 schema.",
    help: "Fix the reported error; an invalid declaration fails the check until it validates."
  },
  policy: {
    id: "genai-clearance/policy-error",
    level: "error",
    text: "A policy pack or the approval ledger could not be used, so the check failed closed.",
    help: "Fix the policy pack or ledger on the trusted ref; the declaration cannot fix this."
  },
  warning: {
    id: "genai-clearance/declaration-warning",
    level: "warning",
    text: "The declaration or one of its approvals needs attention soon (for example an approval that expires within 30 days or covers nothing).",
    help: "Renew, correct or remove the approval, or address the warning before it becomes a failure."
  }
};
var LEVEL = { block: "error", escalate: "error", inform: "note" };
var STATUS_LEVEL = { blocked: "error", "needs-approval": "error", approved: "note", noted: "note" };
function renderSarif(report, options = {}) {
  const lookup = principleLookup(report);
  const rules = new RuleTable(report, lookup);
  const results = [];
  for (const file of report.files) {
    for (const d of file.errors) results.push(diagnosticResult(rules, SYNTHETIC.invalid, d, d.file ?? file.path));
    for (const d of file.warnings) results.push(diagnosticResult(rules, SYNTHETIC.warning, d, d.file ?? file.path));
    for (const use of file.uses) {
      for (const finding of use.findings) results.push(findingResult(rules, lookup, file, use, finding));
      for (const approval of use.approvals) {
        for (const d of approval.problems) {
          results.push(
            diagnosticResult(rules, SYNTHETIC.warning, { ...d, message: `Approval ${approval.ref} on use ${use.id}: ${d.message}` }, d.file ?? file.path, [
              file.path,
              use.id,
              approval.ref,
              d.code
            ])
          );
        }
      }
    }
  }
  for (const d of report.errors) results.push(diagnosticResult(rules, SYNTHETIC.policy, d, d.file));
  const semver = /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(report.tool.version);
  const log = {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...semver ? { semanticVersion: report.tool.version } : {},
            ...options.informationUri !== void 0 ? { informationUri: options.informationUri } : {},
            rules: rules.list
          }
        },
        // Columns come from the YAML parser's offsets into a JS string.
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          decision: report.decision,
          evaluatedOn: report.evaluatedOn,
          approvalMode: report.approvalMode,
          packs: report.packs.map(packLabel)
        }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
var RuleTable = class {
  constructor(report, lookup) {
    this.report = report;
    this.lookup = lookup;
    for (const finding of allFindings(report)) {
      const packs = this.packsPerRule.get(finding.rule) ?? /* @__PURE__ */ new Set();
      packs.add(finding.pack);
      this.packsPerRule.set(finding.rule, packs);
    }
  }
  report;
  lookup;
  list = [];
  index = /* @__PURE__ */ new Map();
  packsPerRule = /* @__PURE__ */ new Map();
  ruleId(finding) {
    return (this.packsPerRule.get(finding.rule)?.size ?? 0) > 1 ? `${finding.pack}/${finding.rule}` : finding.rule;
  }
  forFinding(finding) {
    const id = this.ruleId(finding);
    return this.add(id, () => {
      const pack = this.report.packs.find((p) => p.pack === finding.pack);
      const principle = findingPrinciple(this.lookup, finding);
      return {
        id,
        shortDescription: { text: plainText(`${principle}: ${finding.rule}`, TEXT_MAX2) },
        fullDescription: {
          text: plainText(
            `Rule ${finding.rule} of ${pack ? packLabel(pack) : finding.pack} (${finding.category}, level ${finding.level}) under principle ${principle}. Source: ${finding.source}`,
            TEXT_MAX2
          )
        },
        help: {
          text: plainText(`${finding.remedy} Source: ${finding.source}`, TEXT_MAX2),
          markdown: `**Remedy:** ${escapeMarkdown(finding.remedy, TEXT_MAX2)}

**Source:** ${escapeMarkdown(finding.source, TEXT_MAX2)}`
        },
        defaultConfiguration: { level: LEVEL[finding.level] },
        properties: {
          pack: finding.pack,
          ...pack ? { packVersion: pack.version } : {},
          principle: finding.principle,
          principleTitle: principle,
          category: finding.category,
          level: finding.level,
          tags: ["genai", finding.pack, finding.principle, finding.category]
        }
      };
    });
  }
  forSynthetic(rule) {
    return this.add(rule.id, () => ({
      id: rule.id,
      shortDescription: { text: rule.text },
      fullDescription: { text: rule.text },
      help: { text: rule.help, markdown: rule.help },
      defaultConfiguration: { level: rule.level },
      properties: { level: rule.level, tags: ["genai", "genai-clearance"] }
    }));
  }
  add(id, make) {
    const existing = this.index.get(id);
    if (existing !== void 0) return existing;
    this.list.push(make());
    this.index.set(id, this.list.length - 1);
    return this.list.length - 1;
  }
};
function allFindings(report) {
  return report.files.flatMap((file) => file.uses.flatMap((use) => use.findings));
}
function artifactUri(path) {
  const normal = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
  const encode = (p) => p.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  const drive = /^([A-Za-z]):\//.exec(normal);
  if (drive) return `file:///${drive[1]}:/${encode(normal.slice(3))}`;
  if (normal.startsWith("/")) return `file://${encode(normal)}`;
  return encode(normal);
}
function location(path, pos, message) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(path) },
      region: { startLine: Math.max(1, Math.trunc(pos.line)), startColumn: Math.max(1, Math.trunc(pos.column)) }
    },
    ...message !== void 0 ? { message: { text: plainText(message, TEXT_MAX2) } } : {}
  };
}
function fingerprint2(parts) {
  return { [FINGERPRINT_KEY]: createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32) };
}
var STATUS_SENTENCE = {
  blocked: () => "Blocked: no approval can clear this.",
  "needs-approval": (f) => `Needs a written approval that lists ${f.rule}.`,
  approved: (f) => `Approved by ${f.approval ?? "an approval"}.`,
  noted: () => "Noted; the platform contact must be informed."
};
function findingResult(rules, lookup, file, use, finding) {
  const primary = finding.paths[0] ?? use;
  const related = finding.paths.map(
    (p, i) => ({ ...location(file.path, p, `${p.path} = ${showValue(p.value)}${p.reason === "unknown" ? " (unknown: uncertainty escalates)" : ""}`), id: i })
  );
  return {
    ruleId: rules.ruleId(finding),
    ruleIndex: rules.forFinding(finding),
    level: STATUS_LEVEL[finding.status],
    message: { text: plainText(`Use ${use.id} (${findingPrinciple(lookup, finding)}): ${finding.message} ${STATUS_SENTENCE[finding.status](finding)}`, TEXT_MAX2) },
    locations: [location(file.path, primary)],
    ...related.length > 0 ? { relatedLocations: related } : {},
    partialFingerprints: fingerprint2([file.path, use.id, finding.pack, finding.rule]),
    ...finding.status === "approved" ? { suppressions: [{ kind: "external", status: "accepted", justification: plainText(`approved by ${finding.approval ?? "an approval"}`, TEXT_MAX2) }] } : {},
    properties: {
      use: use.id,
      status: finding.status,
      pack: finding.pack,
      principle: finding.principle,
      level: finding.level,
      effectiveLevel: finding.effectiveLevel,
      ...finding.approval !== void 0 ? { approval: finding.approval } : {}
    }
  };
}
function diagnosticResult(rules, rule, d, file, identity = [file ?? "", d.code, d.path ?? d.message]) {
  return {
    ruleId: rule.id,
    ruleIndex: rules.forSynthetic(rule),
    level: rule.level,
    message: { text: plainText(`${d.message} (${d.code})`, TEXT_MAX2) },
    // A policy error without a file has nowhere to point; SARIF allows a result without locations.
    ...file !== void 0 ? { locations: [location(file, d)] } : {},
    partialFingerprints: fingerprint2(identity)
  };
}

// src/render/text.ts
var SGR = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39]
};
function painter(color) {
  return color ? (style, text) => `\x1B[${SGR[style][0]}m${text}\x1B[${SGR[style][1]}m` : (_style, text) => text;
}
var OUTCOME_STYLE = {
  clear: "green",
  approved: "green",
  "needs-approval": "yellow",
  blocked: "red"
};
var FINDING_STYLE = {
  noted: "cyan",
  approved: "green",
  "needs-approval": "yellow",
  blocked: "red"
};
var TEXT_MAX3 = 500;
var t = (text) => plainText(text, TEXT_MAX3);
function renderText(report, options) {
  const paint = painter(options.color);
  const lookup = principleLookup(report);
  const lines = [];
  for (const d of report.errors) lines.push(diagnosticLine(paint, d, void 0, "error"));
  if (report.errors.length > 0) lines.push("");
  for (const file of report.files) {
    lines.push(...fileLines(paint, lookup, file), "");
  }
  if (report.principles.length > 0) {
    lines.push(paint("bold", "Principles"));
    for (const group of principlesByPack(report)) {
      if (group.rows.length === 0) continue;
      lines.push(`  ${group.ref ? packLabel(group.ref) : group.pack}`);
      const width = Math.max(...group.rows.map((row) => t(principleName(row)).length));
      for (const row of group.rows) {
        const status = PRINCIPLE_STATUS_LABEL[row.status].word;
        const style = row.status === "blocked" ? "red" : row.status === "needs-approval" ? "yellow" : "green";
        lines.push(`    ${t(principleName(row)).padEnd(width)}  ${paint(style, status)}`);
      }
    }
    lines.push("");
  }
  if (report.approvalMode === "format-only") {
    lines.push(paint("yellow", "note: approval references were only format-checked (no approval ledger configured)."));
  }
  lines.push(
    paint("dim", `${t(report.tool.name)} ${t(report.tool.version)} \xB7 ${report.packs.map(packLabel).join(", ") || "no policy pack"} \xB7 evaluated on ${t(report.evaluatedOn)}`)
  );
  lines.push(
    report.decision === "pass" ? `${paint("green", paint("bold", "PASS"))} ${passParts(report).join(", ")}` : `${paint("red", paint("bold", "FAIL"))} ${failureParts(report).join(", ")}`
  );
  return lines.join("\n") + "\n";
}
function diagnosticLine(paint, d, listedUnder, severity) {
  const place = diagnosticPlace(d, listedUnder) ?? "genai-clearance";
  return `${t(place)}: ${paint(severity === "error" ? "red" : "yellow", severity)}: ${t(d.message)} ${paint("dim", `(${t(d.code)})`)}`;
}
function fileLines(paint, lookup, file) {
  const title = file.production ? ` \u2014 ${t(file.production.title)}` : "";
  const status = file.status === "invalid" ? ` ${paint("red", "(invalid)")}` : "";
  const lines = [`${paint("bold", t(file.path))}${status}${title}`];
  for (const d of file.errors) lines.push(diagnosticLine(paint, d, file.path, "error"));
  for (const use of file.uses) lines.push(...useLines(paint, lookup, file, use));
  for (const d of file.warnings) lines.push(diagnosticLine(paint, d, file.path, "warning"));
  for (const use of file.uses) {
    for (const approval of use.approvals) {
      for (const d of approval.problems) {
        lines.push(diagnosticLine(paint, { ...d, message: `approval ${approval.ref}: ${d.message}` }, file.path, "warning"));
      }
    }
  }
  for (const id of file.removedUses ?? []) lines.push(`  ${paint("dim", `removed: ${t(id)}`)}`);
  return lines;
}
function useLines(paint, lookup, file, use) {
  const label = OUTCOME_LABEL[use.outcome].word;
  const change = use.change !== void 0 && use.change !== "unchanged" ? paint("dim", ` (${use.change})`) : "";
  const lines = [`  ${paint(OUTCOME_STYLE[use.outcome], label.padEnd(14))} ${paint("bold", t(use.id))}${change} ${paint("dim", `\u2014 ${t(use.summary)}`)}`];
  const ordered = [...use.findings.filter(isOpen), ...use.findings.filter((f) => !isOpen(f))];
  for (const finding of ordered) {
    const where = finding.paths[0] ?? use;
    const status = FINDING_STATUS_LABEL[finding.status].word;
    lines.push(
      `    ${t(at(file.path, where.line, where.column))}: ${paint(FINDING_STYLE[finding.status], status)} ${t(finding.rule)} [${t(findingPrinciple(lookup, finding))}] ${t(finding.message)}`
    );
    for (const p of finding.paths) {
      const unknown = p.reason === "unknown" ? " (unknown: uncertainty escalates)" : "";
      lines.push(paint("dim", `        ${t(p.path)} = ${t(showValue(p.value))} at ${p.line}:${p.column}${unknown}`));
    }
    if (finding.status === "approved") {
      lines.push(paint("dim", `        cleared by ${t(finding.approval ?? "an approval")}`));
    } else if (isOpen(finding)) {
      lines.push(paint("dim", `        remedy: ${t(finding.remedy)}`));
      lines.push(paint("dim", `        to clear: ${clearance(finding)}`));
    }
  }
  return lines;
}

// src/render/index.ts
var FORMATS = ["text", "json", "markdown", "sarif", "junit"];
function render(report, format, options = {}) {
  switch (format) {
    case "text":
      return renderText(report, { color: options.color ?? false });
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, options.markdown);
    case "sarif":
      return renderSarif(report, options.sarif);
    case "junit":
      return renderJunit(report);
  }
}

// src/cli/context.ts
import { isAbsolute, resolve as resolve2 } from "node:path";

// src/schema/approvals-ledger.schema.json
var approvals_ledger_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://genai-clearance.dev/schema/approvals-ledger.v1.schema.json",
  title: "genai-clearance approvals ledger",
  description: "Written approvals granted by the platform, kept where the production team cannot edit them in the same pull request (the base branch or another repository).",
  type: "object",
  additionalProperties: false,
  required: [
    "format",
    "approvals"
  ],
  properties: {
    format: {
      const: "genai-approvals/v1"
    },
    approvals: {
      type: "array",
      maxItems: 1e5,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "ref",
          "production",
          "use",
          "rules",
          "approved_on",
          "approver"
        ],
        properties: {
          ref: {
            type: "string",
            minLength: 1,
            maxLength: 100,
            description: "The approval reference quoted in the declaration."
          },
          production: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            description: "production.id of the declaration it applies to."
          },
          use: {
            type: "string",
            pattern: "^[a-z0-9][a-z0-9-]{0,63}$",
            description: "The use id it applies to."
          },
          rules: {
            type: "array",
            minItems: 1,
            uniqueItems: true,
            items: {
              type: "string",
              pattern: "^[a-z0-9][a-z0-9-]{0,63}$"
            },
            description: "Rule ids it clears."
          },
          approved_on: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            description: "Date granted."
          },
          expires_on: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            description: "Date it lapses."
          },
          approver: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "Who granted it."
          },
          revoked_on: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            description: "Date it was withdrawn; from then on it clears nothing."
          },
          note: {
            type: "string",
            maxLength: 2e3
          }
        }
      }
    }
  }
};

// src/ledger/load.ts
var validator;
function loadLedger(path, text) {
  const source = parseYamlSource(text);
  const fail = (d) => ({ errors: d.map((x) => ({ ...x, file: path })) });
  if (source.errors.length > 0) return fail(source.errors);
  validator ??= createAjv({ verbose: true }).compile(approvals_ledger_schema_default);
  if (!validator(source.value)) return fail(schemaDiagnostics(validator.errors ?? [], source.value, source));
  const entries = source.value.approvals;
  const errors = [];
  const byRef = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    for (const f of ["approved_on", "expires_on", "revoked_on"]) {
      const v = e[f];
      if (v !== void 0 && !isCalendarDate(v)) errors.push({ ...source.locate(["approvals", i, f]), code: "invalid-date", message: `approvals[${i}].${f}: ${v} is not a calendar date` });
    }
    byRef.set(e.ref, [...byRef.get(e.ref) ?? [], e]);
  });
  return errors.length > 0 ? fail(errors) : { ledger: { path, byRef } };
}

// src/cli/context.ts
var UsageError = class extends Error {
};
var EXIT = { pass: 0, fail: 1, invalid: 2 };
function loadLibrary(io, policyDir) {
  const dir = policyDir ? resolve2(io.cwd, policyDir) : bundledPolicyDir();
  let files;
  try {
    files = readPackDir(dir, policyDir ? io.cwd : resolve2(dir, ".."));
  } catch (err) {
    return { packs: /* @__PURE__ */ new Map(), errors: [{ line: 1, column: 1, file: toPosix(dir), code: "policy-unreadable", message: `cannot read policy folder: ${err.message}` }] };
  }
  return loadPackLibrary(files);
}
function loadLedgerFile(io, path) {
  if (!path) return { errors: [] };
  const abs = isAbsolute(path) ? path : resolve2(io.cwd, path);
  let text;
  try {
    text = readUtf8(abs);
  } catch (err) {
    return { errors: [{ line: 1, column: 1, file: path, code: "ledger-unreadable", message: `cannot read the approvals ledger: ${err.message}` }] };
  }
  const result = loadLedger(toPosix(path), text);
  return "ledger" in result ? { ledger: result.ledger, errors: [] } : { errors: result.errors };
}
function resolveToday(io, option) {
  if (option === void 0) return today(io.now);
  if (!isCalendarDate(option)) throw new UsageError(`--today takes a date as YYYY-MM-DD, got "${option}"`);
  return option;
}

// src/cli/check.ts
function exitCodeFor(report) {
  if (report.errors.length > 0 || report.counts.invalid > 0) return EXIT.invalid;
  return report.decision === "pass" ? EXIT.pass : EXIT.fail;
}
function checkCommand(opts, io) {
  const started = io.now().getTime();
  const format = opts.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${opts.format}"`);
  const day = resolveToday(io, opts.today);
  const { files, missing } = findDeclarations(opts.paths, io.cwd);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(", ")}`);
  if (opts.base !== void 0 && files.length !== 1) throw new UsageError(`--base compares one declaration with its earlier version; ${files.length} were found`);
  const progress = createProgress(io, files.length, started);
  const inputs = files.map((path) => progress.track({ path, text: readFileSync2(resolve3(io.cwd, path)) }));
  if (opts.base !== void 0 && inputs[0]) inputs[0].baseText = readFileSync2(resolve3(io.cwd, opts.base), "utf8");
  const library = loadLibrary(io, opts.policyDir);
  const ledger = loadLedgerFile(io, opts.ledger);
  let report;
  try {
    report = evaluate({ files: inputs, library, ...ledger.ledger ? { ledger: ledger.ledger } : {}, errors: ledger.errors, today: day });
  } finally {
    progress.clear();
  }
  const color = format === "text" && io.stdoutIsTTY && !io.env.NO_COLOR;
  const out = render(report, format, { color });
  if (opts.output) writeFileAtomic(resolve3(io.cwd, opts.output), out);
  else io.stdout(out);
  return exitCodeFor(report);
}
var PROGRESS_AFTER_MS = 1e3;
var PROGRESS_EVERY_MS = 100;
function createProgress(io, total, started = io.now().getTime()) {
  const show2 = io.stderrIsTTY && !io.env.CI && io.env.TERM !== "dumb" && total > 0;
  if (!show2) return { track: (input) => input, clear: () => {
  } };
  let done = 0;
  let drawnAt = -Infinity;
  let width = 0;
  const draw = () => {
    const now = io.now().getTime();
    if (now - started < PROGRESS_AFTER_MS || now - drawnAt < PROGRESS_EVERY_MS) return;
    drawnAt = now;
    const line = `checking ${done}/${total} file${total === 1 ? "" : "s"}`;
    io.stderr(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  return {
    track(input) {
      let text = input.text;
      let taken = false;
      return Object.defineProperty({ ...input }, "text", {
        enumerable: true,
        configurable: true,
        get() {
          if (!taken) {
            taken = true;
            draw();
            done++;
          }
          return text;
        },
        set(v) {
          text = v;
        }
      });
    },
    clear() {
      if (width > 0) io.stderr(`\r${" ".repeat(width)}\r`);
      width = 0;
    }
  };
}

// src/cli/diff.ts
import { existsSync as existsSync3, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";

// src/io/examples.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve4 } from "node:path";

// src/schema/expected-outcomes.schema.json
var expected_outcomes_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://genai-clearance.dev/schema/expected-outcomes.v1.schema.json",
  title: "Expected outcomes of an example declaration (expected.yml)",
  type: "object",
  additionalProperties: false,
  required: ["evaluated_on", "decision", "uses"],
  properties: {
    evaluated_on: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "The date the expectations hold at: approvals expire." },
    ledger: { type: "string", minLength: 1, description: "Approvals ledger to evaluate against, relative to this file." },
    decision: { enum: ["pass", "fail"] },
    uses: {
      type: "object",
      description: "Every use of the declaration, by id.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["outcome", "rules"],
        properties: {
          outcome: { enum: ["clear", "approved", "needs-approval", "blocked"] },
          rules: { type: "array", uniqueItems: true, items: { type: "string" }, description: "Every rule id that fires for the use, at any level." }
        }
      }
    }
  }
};

// src/testing/expectations.ts
var validator2;
function parseExpectation(path, text) {
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { errors: source.errors.map((e) => ({ ...e, file: path })) };
  validator2 ??= createAjv({ verbose: true }).compile(expected_outcomes_schema_default);
  if (!validator2(source.value)) return { errors: schemaDiagnostics(validator2.errors ?? [], source.value, source).map((e) => ({ ...e, file: path })) };
  return { expectation: source.value };
}
function compareWithExpectation(report, expected) {
  const out = [];
  const file = report.files[0];
  if (!file) return ["no declaration was evaluated"];
  if (file.status === "invalid") return [`the declaration is invalid: ${file.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("; ")}`];
  if (report.decision !== expected.decision) out.push(`decision: expected ${expected.decision}, got ${report.decision}`);
  const seen = /* @__PURE__ */ new Set();
  for (const use of file.uses) {
    seen.add(use.id);
    const want = expected.uses[use.id];
    if (!want) {
      out.push(`${use.id}: not in the expectations (got ${use.outcome})`);
      continue;
    }
    if (use.outcome !== want.outcome) out.push(`${use.id}: expected ${want.outcome}, got ${use.outcome}`);
    const got = [...new Set(use.findings.map((f) => f.rule))].sort();
    const wanted = [...want.rules].sort();
    const missing = wanted.filter((r) => !got.includes(r));
    const extra = got.filter((r) => !wanted.includes(r));
    if (missing.length > 0) out.push(`${use.id}: expected rule(s) ${missing.join(", ")} to fire; they did not`);
    if (extra.length > 0) out.push(`${use.id}: rule(s) ${extra.join(", ")} fired, not expected`);
  }
  for (const id of Object.keys(expected.uses)) if (!seen.has(id)) out.push(`${id}: expected, but the declaration has no such use`);
  return out;
}

// src/io/examples.ts
function findExamples(root2) {
  const out = [];
  const walk2 = (dir) => {
    for (const e of readdirSync2(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
      if (e.isDirectory() && e.name !== "node_modules" && e.name !== ".git") walk2(join2(dir, e.name));
    }
    if (existsSync2(join2(dir, "genai-usage.yml")) && existsSync2(join2(dir, "expected.yml"))) out.push(join2(dir, "genai-usage.yml"));
  };
  walk2(root2);
  return out.sort();
}
function runExample(declarationPath, library, shownFrom, declarationText) {
  const path = toPosix(relative2(shownFrom, declarationPath));
  const expectedPath = join2(dirname2(declarationPath), "expected.yml");
  const parsed = parseExpectation(toPosix(relative2(shownFrom, expectedPath)), readFileSync3(expectedPath, "utf8"));
  if ("errors" in parsed) return { path, mismatches: parsed.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
  const { expectation } = parsed;
  let ledger;
  if (expectation.ledger) {
    const ledgerPath = resolve4(dirname2(declarationPath), expectation.ledger);
    const loaded = loadLedger(toPosix(relative2(shownFrom, ledgerPath)), readFileSync3(ledgerPath, "utf8"));
    if ("errors" in loaded) return { path, mismatches: loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
    ledger = loaded.ledger;
  }
  const report = evaluate({ files: [{ path, text: declarationText ?? readFileSync3(declarationPath) }], library, ...ledger ? { ledger } : {}, today: expectation.evaluated_on });
  return { path, report, mismatches: compareWithExpectation(report, expectation) };
}

// src/policy/diff.ts
var BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };
var LEVEL_RANK2 = { inform: 0, escalate: 1, block: 2 };
function maxBump(...bumps) {
  return bumps.reduce((a, b) => BUMP_RANK[b] > BUMP_RANK[a] ? b : a, "none");
}
function diffPacks(a, b) {
  const changes = [];
  const staleRules = [];
  const ruleIds = [.../* @__PURE__ */ new Set([...a.rules.map((r) => r.id), ...b.rules.map((r) => r.id)])].sort();
  for (const id of ruleIds) {
    const before = a.rules.find((r) => r.id === id);
    const after = b.rules.find((r) => r.id === id);
    if (!before && after) changes.push(ruleAdded(after, b));
    else if (before && !after) changes.push({ subject: "rule", id, change: "removed", bump: "minor", why: "a removed rule can only stop findings", details: [`was ${before.level}`] });
    else if (before && after) {
      const c = ruleChanged(before, after, a, b);
      if (c) changes.push(c.change);
      if (c?.stale) staleRules.push(id);
    }
  }
  changes.push(...principleChanges(a, b), ...packChanges(a, b));
  const required = maxBump(...changes.map((c) => c.bump));
  const declared = declaredBump(a.version, b.version);
  return { pack: b.name, from: a.version, to: b.version, changes, staleRules, required, declared, enough: isEnough(declared, required), suggested: nextVersion(a.version, required) };
}
function declaredBump(from, to) {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return "none";
  if (compareVersions(to, from) < 0) return "downgrade";
  if (y.major > x.major) return "major";
  if (y.minor > x.minor) return "minor";
  if (y.patch > x.patch) return "patch";
  return "none";
}
function isEnough(declared, required) {
  if (declared === "downgrade") return required === "none";
  return BUMP_RANK[declared] >= BUMP_RANK[required];
}
function nextVersion(from, bump) {
  const v = parseVersion(from);
  if (!v) return from;
  if (bump === "major") return `${v.major + 1}.0.0`;
  if (bump === "minor") return `${v.major}.${v.minor + 1}.0`;
  if (bump === "patch") return `${v.major}.${v.minor}.${v.patch + 1}`;
  return from;
}
function triStateFields(rule) {
  return rule.condition.fields.filter((f) => {
    const r = resolveField(f);
    return !("error" in r) && r.triState;
  });
}
function canEscalate(rule, pack) {
  return rule.level === "escalate" || pack.doc.unknown_level === "escalate" && triStateFields(rule).length > 0;
}
function ruleAdded(rule, pack) {
  const base = { subject: "rule", id: rule.id, change: "added", details: [`${rule.level}, principle ${rule.principle}, reads ${rule.condition.fields.join(", ")}`] };
  if (rule.level !== "inform") return { ...base, bump: "major", why: `a new ${rule.level} rule can turn clear uses into ${rule.level === "block" ? "blocked" : "needs-approval"}` };
  const tri = triStateFields(rule);
  if (tri.length > 0 && pack.doc.unknown_level !== "inform") {
    return { ...base, bump: "major", why: `inform, but it reads ${tri.join(", ")}: \`unknown\` there ${pack.doc.unknown_level === "block" ? "blocks" : "escalates"} uses that were clear` };
  }
  return { ...base, bump: "minor", why: "a new inform rule only adds notes; it never blocks" };
}
function ruleChanged(a, b, packA, packB) {
  const parts = [];
  if (a.level !== b.level) {
    const raised = LEVEL_RANK2[b.level] > LEVEL_RANK2[a.level];
    parts.push({
      bump: raised ? "major" : "minor",
      why: raised ? `level raised: its findings become ${b.level === "block" ? "blocked" : "needs-approval"}` : "level lowered: its findings can only become less severe",
      detail: `level: ${a.level} \u2192 ${b.level}`
    });
  }
  if (canonicalJson(a.when) !== canonicalJson(b.when)) parts.push(conditionChange(a, b, packA, packB));
  for (const field of ["message", "remedy", "source", "category", "principle"]) {
    if (a[field] !== b[field]) parts.push({ bump: "patch", why: "wording and grouping do not change which uses fire or how", detail: `${field}: ${quote(a[field])} \u2192 ${quote(b[field])}` });
  }
  if (canonicalJson(a.guidance) !== canonicalJson(b.guidance)) parts.push({ bump: "patch", why: "wording and grouping do not change which uses fire or how", detail: `guidance: ${a.guidance.join(", ")} \u2192 ${b.guidance.join(", ")}` });
  if (parts.length === 0) return void 0;
  const stale = a.fingerprint !== b.fingerprint && canEscalate(a, packA) && canEscalate(b, packB);
  if (stale) {
    parts.push({ bump: "major", why: `approvals of this rule granted under ${packA.name}@${packA.version} (\`policy: ${packA.name}@${packA.version}\`) become stale and must be granted again`, detail: "" });
  }
  const bump = maxBump(...parts.map((p) => p.bump));
  const why = parts.filter((p) => p.bump === bump).map((p) => p.why);
  return { change: { subject: "rule", id: b.id, change: "changed", bump, why: [...new Set(why)].join("; "), details: parts.map((p) => p.detail).filter(Boolean) }, stale };
}
function quote(s) {
  return s.length > 60 ? `"${s.slice(0, 57)}\u2026"` : `"${s}"`;
}
function conditionChange(a, b, packA, packB) {
  const fieldsA = new Set(a.condition.fields);
  const fieldsB = new Set(b.condition.fields);
  const added = [...fieldsB].filter((f) => !fieldsA.has(f));
  const removed = [...fieldsA].filter((f) => !fieldsB.has(f));
  const reads = [added.length ? `now also reads ${added.join(", ")}` : "", removed.length ? `no longer reads ${removed.join(", ")}` : ""].filter(Boolean).join("; ");
  const before = canonicalJson(a.when);
  const after = canonicalJson(b.when);
  const shown = before.length + after.length <= 240 ? `: \`${before}\` \u2192 \`${after}\`` : "";
  const detail = `condition changed${reads ? ` (${reads})` : ""}${shown}`;
  const narrower = implies(clauses(b.when), clauses(a.when));
  if (narrower.ok) {
    const equivalent = implies(clauses(a.when), clauses(b.when)).ok && !narrower.extra;
    const levelsFixed = [a.level, b.level, packA.doc.unknown_level].every((l) => l === packB.doc.unknown_level);
    if (!narrower.extra || levelsFixed || triStateFields(b).length === 0) {
      return equivalent ? { bump: "patch", why: "the condition is rewritten but provably fires on exactly the same uses", detail: detail.replace("condition changed", "condition changed, provably equivalent") } : { bump: "minor", why: "the condition provably narrowed: it fires on fewer uses, never on new ones", detail: detail.replace("condition changed", "condition changed, provably narrower") };
    }
    return {
      bump: "major",
      why: `the condition narrowed, but its new conjuncts can change the level applied to \`unknown\` values (level ${b.level}, unknown_level ${packB.doc.unknown_level})`,
      detail: detail.replace("condition changed", "condition changed, narrower but level-sensitive")
    };
  }
  return { bump: "major", why: "the condition changed and cannot be proved narrower: it may fire on uses it did not fire on before", detail };
}
function clauses(condition) {
  const out = [];
  for (const [key, value] of Object.entries(condition)) {
    if (key === "all") for (const part of value) out.push(...clauses(part));
    else if (key === "any") {
      const alts = value.map(clauses);
      if (alts.length === 1) out.push(...alts[0] ?? []);
      else out.push({ kind: "any", alts });
    } else out.push({ kind: "entry", path: key, fragment: value });
  }
  return out;
}
function implies(b, a) {
  const p = cover(b, a);
  return { ok: p.ok, extra: p.extra || p.used.size < b.length };
}
function cover(b, a) {
  const used = /* @__PURE__ */ new Set();
  let extra = false;
  for (const ca of a) {
    const proofs = b.map((cb) => clauseImplies(cb, ca));
    const single = proofs.findIndex((p) => p.ok);
    if (single >= 0) {
      used.add(single);
      extra ||= proofs[single]?.extra ?? false;
      continue;
    }
    if (ca.kind !== "any") return { ok: false, extra, used };
    const alt = ca.alts.map((x) => cover(b, x)).find((p) => p.ok);
    if (!alt) return { ok: false, extra, used };
    alt.used.forEach((i) => used.add(i));
    extra ||= alt.extra;
  }
  return { ok: true, extra, used };
}
function clauseImplies(cb, ca) {
  if (cb.kind === "entry" && ca.kind === "entry") return { ok: cb.path === ca.path && fragmentImplies(cb.fragment, ca.fragment), extra: false };
  if (cb.kind === "any" && ca.kind === "any") {
    let extra = false;
    for (const altB of cb.alts) {
      const p = ca.alts.map((altA) => implies(altB, altA)).find((x) => x.ok);
      if (!p) return { ok: false, extra };
      extra ||= p.extra;
    }
    return { ok: true, extra };
  }
  if (ca.kind === "any") {
    const p = ca.alts.map((altA) => implies([cb], altA)).find((x) => x.ok);
    return p ?? { ok: false, extra: false };
  }
  return { ok: false, extra: false };
}
var INDEPENDENT = /* @__PURE__ */ new Set(["enum", "const", "type", "contains", "items", "not", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum", "required"]);
function fragmentImplies(b, a) {
  if (canonicalJson(b) === canonicalJson(a)) return true;
  if (!isObject2(a) || !isObject2(b)) return false;
  if (![...Object.keys(a), ...Object.keys(b)].every((k) => INDEPENDENT.has(k))) return false;
  const valuesA = allowedValues(a);
  if (valuesA) {
    const valuesB = allowedValues(b);
    if (!valuesB || !valuesB.every((v) => valuesA.includes(v))) return false;
  }
  if ("type" in a) {
    const types = (t2) => (Array.isArray(t2) ? t2 : [t2]).map(String);
    if (!("type" in b) || !types(b.type).every((t2) => types(a.type).includes(t2))) return false;
  }
  for (const k of ["contains", "items"]) {
    if (k in a && !(k in b && fragmentImplies(b[k], a[k]))) return false;
  }
  if ("not" in a && !("not" in b && fragmentImplies(a.not, b.not))) return false;
  for (const k of ["minItems", "minLength", "minimum"]) if (k in a && !(typeof b[k] === "number" && b[k] >= a[k])) return false;
  for (const k of ["maxItems", "maxLength", "maximum"]) if (k in a && !(typeof b[k] === "number" && b[k] <= a[k])) return false;
  if ("required" in a) {
    const req = (x) => Array.isArray(x) ? x.map(String) : [];
    if (!req(a.required).every((r) => req(b.required).includes(r))) return false;
  }
  return true;
}
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function allowedValues(f) {
  let values;
  if ("enum" in f && Array.isArray(f.enum)) values = f.enum.map(canonicalJson);
  if ("const" in f) {
    const c = canonicalJson(f.const);
    values = values ? values.filter((v) => v === c) : [c];
  }
  return values;
}
function principleChanges(a, b) {
  const out = [];
  const ids = [.../* @__PURE__ */ new Set([...a.doc.principles.map((p) => p.id), ...b.doc.principles.map((p) => p.id)])].sort();
  for (const id of ids) {
    const before = a.principles.get(id);
    const after = b.principles.get(id);
    if (!before && after) out.push({ subject: "principle", id, change: "added", bump: "minor", why: "a new principle adds a row to the table; its rules are judged on their own", details: [`${after.number}. ${after.title}`] });
    else if (before && !after) {
      out.push({ subject: "principle", id, change: "removed", bump: "major", why: "reviewers, dashboards and approvals key on principles: removing one is breaking", details: [`was ${before.number}. ${before.title}`] });
    } else if (before && after) {
      const details = ["number", "title", "summary", "source"].filter((k) => before[k] !== after[k]).map((k) => `${k}: ${quote(String(before[k]))} \u2192 ${quote(String(after[k]))}`);
      if (details.length > 0) out.push({ subject: "principle", id, change: "changed", bump: "patch", why: "principle wording does not change any outcome", details });
    }
  }
  return out;
}
function packChanges(a, b) {
  const out = [];
  const x = a.doc;
  const y = b.doc;
  const setting = (id, bump, why, from, to) => out.push({ subject: "pack", id, change: from === void 0 ? "added" : to === void 0 ? "removed" : "changed", bump, why, details: [`${id}: ${show(from)} \u2192 ${show(to)}`] });
  if (x.unknown_level !== y.unknown_level) {
    const raised = LEVEL_RANK2[y.unknown_level] > LEVEL_RANK2[x.unknown_level];
    setting("unknown_level", raised ? "major" : "minor", raised ? "findings fired by `unknown` values become more severe" : "findings fired by `unknown` values become less severe", x.unknown_level, y.unknown_level);
  }
  const ap = x.approval;
  const bp = y.approval;
  if (ap.ref_pattern !== bp.ref_pattern) setting("approval.ref_pattern", "major", "references valid under the old pattern may be rejected, reopening approved uses", ap.ref_pattern, bp.ref_pattern);
  if (ap.ref_example !== bp.ref_example) setting("approval.ref_example", "patch", "the example reference is documentation", ap.ref_example, bp.ref_example);
  if (ap.require_expiry !== bp.require_expiry) {
    setting("approval.require_expiry", bp.require_expiry ? "major" : "minor", bp.require_expiry ? "approvals without expires_on stop counting" : "approvals without expires_on start counting", ap.require_expiry, bp.require_expiry);
  }
  if (ap.max_age_days !== bp.max_age_days) {
    const tighter = bp.max_age_days !== void 0 && (ap.max_age_days === void 0 || bp.max_age_days < ap.max_age_days);
    setting("approval.max_age_days", tighter ? "major" : "minor", tighter ? "approvals older than the new cap stop counting" : "approvals are accepted for longer", ap.max_age_days, bp.max_age_days);
  }
  if (x.sunset !== y.sunset) {
    const earlier = y.sunset !== void 0 && (x.sunset === void 0 || y.sunset < x.sunset);
    setting("sunset", earlier ? "major" : "minor", earlier ? "declarations pinned to this version fail from an earlier date" : "declarations pinned to this version are accepted for longer", x.sunset, y.sunset);
  }
  if (x.deprecated !== y.deprecated) setting("deprecated", "patch", "deprecation only warns", x.deprecated, y.deprecated);
  if (x.effective !== y.effective) setting("effective", "patch", "the effective date is documentation: the evaluator does not read it", x.effective, y.effective);
  if (x.title !== y.title) setting("title", "patch", "wording", x.title, y.title);
  if (x.source.url !== y.source.url) setting("source.url", "patch", "the citation does not change any outcome", x.source.url, y.source.url);
  if (x.source.read_on !== y.source.read_on) setting("source.read_on", "patch", "the citation does not change any outcome", x.source.read_on, y.source.read_on);
  return out;
}
function show(v) {
  return v === void 0 ? "(none)" : String(v);
}
var OUTCOME_RANK = { clear: 0, approved: 0, "needs-approval": 1, blocked: 2, invalid: 3 };
function worsened(c) {
  return OUTCOME_RANK[c.to] > OUTCOME_RANK[c.from];
}
function withEvidence(diff, evidence) {
  const proved = evidence.some(worsened) ? "major" : evidence.length > 0 ? "minor" : "none";
  const required = maxBump(diff.required, proved);
  return { ...diff, required, enough: isEnough(diff.declared, required), suggested: nextVersion(diff.from, required) };
}

// lazy-yaml-imports:yaml
var parseDocument = (...args) => yamlLib().parseDocument(...args);
var stringify = (...args) => yamlLib().stringify(...args);
var isMap2 = (...args) => yamlLib().isMap(...args);
var isScalar2 = (...args) => yamlLib().isScalar(...args);
var isSeq2 = (...args) => yamlLib().isSeq(...args);

// src/testing/pin.ts
function pinPack(text, pack, version) {
  const doc = parseDocument(text, { version: "1.2" });
  if (doc.errors.length > 0 || !isMap2(doc.contents)) return { text, pinned: false };
  const policies = doc.contents.get("policies", true);
  if (!isSeq2(policies)) return { text, pinned: false };
  let pinned = false;
  for (const item of policies.items) {
    if (isScalar2(item) && typeof item.value === "string" && item.value.startsWith(`${pack}@`)) {
      item.value = `${pack}@${version}`;
      pinned = true;
    }
  }
  return pinned ? { text: doc.toString(), pinned } : { text, pinned };
}

// src/cli/diff.ts
function diffCommand(opts, io) {
  if (!opts.from || !opts.to) throw new UsageError("diff compares two versions: `genai-clearance diff PACK@A PACK@B` (e.g. netflix-genai@1.0.0 netflix-genai@1.1.0)");
  const library = loadLibrary(io, opts.policyDir);
  if (library.errors.length > 0) {
    io.stderr(`genai-clearance: the policy packs do not load:
${library.errors.map((e) => `  ${e.file ?? ""}:${e.line}:${e.column}: ${e.message}
`).join("")}`);
    return EXIT.invalid;
  }
  const a = resolveArg(library, opts.from);
  const b = resolveArg(library, opts.to);
  if (a.name !== b.name) throw new UsageError(`diff compares two versions of one pack; got ${a.name} and ${b.name}`);
  const dirs = opts.examples ?? (existsSync3(resolve5(io.cwd, "examples")) ? ["examples"] : []);
  for (const d of dirs) {
    const abs = resolve5(io.cwd, d);
    if (!existsSync3(abs) || !statSync2(abs).isDirectory()) throw new UsageError(`no examples folder: ${d}`);
  }
  const examples = dirs.flatMap((d) => findExamples(resolve5(io.cwd, d)));
  const evidence = compareExamples(examples, library, a, b, io.cwd);
  const diff = withEvidence(diffPacks(a, b), evidence.changes);
  io.stdout(opts.changelog ? renderChangelog(diff, b, evidence.changes) : renderText2(diff, evidence));
  if (!diff.enough) io.stderr(`genai-clearance: ${b.name} ${diff.from} \u2192 ${diff.to} is a ${diff.declared} change, but it needs ${diff.required}: release it as ${diff.suggested} or later
`);
  return diff.enough ? EXIT.pass : EXIT.fail;
}
function resolveArg(library, ref) {
  if (!/^[a-z0-9][a-z0-9-]*@\d+(\.\d+\.\d+)?$/.test(ref)) throw new UsageError(`\`${ref}\` is not PACK@VERSION (e.g. netflix-genai@1.0.0)`);
  const r = resolvePack(library, ref);
  if ("error" in r) throw new UsageError(r.error);
  return r.pack;
}
function compareExamples(paths, library, a, b, cwd) {
  const changes = [];
  let examples = 0;
  for (const path of paths) {
    const text = readFileSync4(path, "utf8");
    const underA = pinPack(text, a.name, a.version);
    if (!underA.pinned) continue;
    examples++;
    const before = runExample(path, library, cwd, underA.text);
    const after = runExample(path, library, cwd, pinPack(text, b.name, b.version).text);
    changes.push(...useChanges(before.path, before.report?.files[0], after.report?.files[0], a.name));
  }
  return { examples, changes };
}
function useChanges(example, before, after, pack) {
  const view = (f) => new Map((f?.uses ?? []).map((u) => [u.id, { outcome: f?.status === "valid" ? u.outcome : "invalid", rules: u.findings.filter((x2) => x2.pack === pack).map((x2) => x2.rule) }]));
  const x = view(before);
  const y = view(after);
  const ids = [.../* @__PURE__ */ new Set([...x.keys(), ...y.keys()])];
  const out = [];
  for (const id of ids) {
    const from = x.get(id) ?? { outcome: "invalid", rules: [] };
    const to = y.get(id) ?? { outcome: "invalid", rules: [] };
    const rulesAdded = to.rules.filter((r) => !from.rules.includes(r));
    const rulesRemoved = from.rules.filter((r) => !to.rules.includes(r));
    if (from.outcome !== to.outcome || rulesAdded.length > 0 || rulesRemoved.length > 0) out.push({ example, use: id, from: from.outcome, to: to.outcome, rulesAdded, rulesRemoved });
  }
  return out;
}
var SIGN = { added: "+", removed: "-", changed: "~" };
var LABEL = { rule: "Rules", principle: "Principles", pack: "Pack settings" };
function renderText2(diff, evidence) {
  const out = [`${diff.pack} ${diff.from} \u2192 ${diff.to}`, ""];
  if (diff.changes.length === 0) out.push("No changes.", "");
  for (const subject of ["rule", "principle", "pack"]) {
    const list = diff.changes.filter((c) => c.subject === subject);
    if (list.length === 0) continue;
    out.push(LABEL[subject]);
    for (const c of list) {
      out.push(`  ${SIGN[c.change]} ${c.id}  ${c.bump.toUpperCase()}: ${c.why}`);
      for (const d of c.details) out.push(`      ${d}`);
    }
    out.push("");
  }
  if (evidence.examples === 0) out.push(`Example uses: no example declaration pins ${diff.pack}; pass --examples DIR to see which uses change.`, "");
  else {
    const outcome = evidence.changes.filter((c) => c.from !== c.to);
    out.push(`Example uses whose outcome changes (${outcome.length}, in ${evidence.examples} ${evidence.examples === 1 ? "example" : "examples"} pinning ${diff.pack})`);
    if (outcome.length === 0) out.push("  none");
    for (const c of outcome) out.push(`  ${worsened(c) ? "!" : " "} ${c.example} ${c.use}: ${c.from} \u2192 ${c.to}${ruleDelta(c)}`);
    const quiet = evidence.changes.filter((c) => c.from === c.to);
    if (quiet.length > 0) out.push(`  (${quiet.length} more ${quiet.length === 1 ? "use keeps its" : "uses keep their"} outcome with different findings: ${quiet.map((c) => `${c.use}${ruleDelta(c)}`).join("; ")})`);
    out.push("");
  }
  if (diff.staleRules.length > 0) out.push(`Approvals granted under ${diff.pack}@${diff.from} for ${diff.staleRules.join(", ")} become stale: they must be granted again.`, "");
  out.push(verdict2(diff), "");
  return out.join("\n");
}
function ruleDelta(c) {
  const parts = [...c.rulesAdded.map((r) => `+${r}`), ...c.rulesRemoved.map((r) => `-${r}`)];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}
function verdict2(d) {
  const declared = d.declared === "downgrade" ? `${d.to} is older than ${d.from}` : `declared ${d.declared.toUpperCase()} (${d.from} \u2192 ${d.to})`;
  if (d.required === "none") return `Semver: no change requires a new version; ${declared}.`;
  return `Semver: requires ${d.required.toUpperCase()}; ${declared}: ${d.enough ? "enough" : `NOT enough \u2014 release as ${d.suggested} or later`}.`;
}
function renderChangelog(diff, to, outcomes) {
  const version = diff.enough ? diff.to : diff.suggested;
  const out = [`## ${version} \u2014 effective ${to.doc.effective}`, ""];
  if (!diff.enough) out.push(`> Drafted from ${diff.from} \u2192 ${diff.to}; the changes need a ${diff.required} release, so this section is headed ${version}.`, "");
  const groups = [
    ["major", "Breaking \u2014 uses that passed can need approval or be blocked"],
    ["minor", "Loosened or added without new blocking"],
    ["patch", "Wording and metadata"]
  ];
  for (const [bump, title] of groups) {
    const list = diff.changes.filter((c) => c.bump === bump);
    if (list.length === 0) continue;
    out.push(`### ${title}`, "");
    for (const c of list) out.push(`- ${c.change === "added" ? "Added" : c.change === "removed" ? "Removed" : "Changed"} ${c.subject} \`${c.id}\`: ${c.details.join("; ")}. ${capitalise2(c.why)}.`);
    out.push("");
  }
  if (diff.changes.length === 0) out.push("No changes.", "");
  if (diff.staleRules.length > 0) out.push("### Upgrade notes", "", `- Approvals granted under ${diff.pack}@${diff.from} (\`policy: ${diff.pack}@${diff.from}\`) for ${diff.staleRules.map((r) => `\`${r}\``).join(", ")} become stale and must be granted again.`, "");
  const moved = outcomes.filter((c) => c.from !== c.to);
  if (moved.length > 0) {
    out.push("### Example uses whose outcome changes", "");
    for (const c of moved) out.push(`- \`${c.example}\` \`${c.use}\`: ${c.from} \u2192 ${c.to}${ruleDelta(c)}`);
    out.push("");
  }
  return out.join("\n");
}
function capitalise2(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// src/cli/explain.ts
function explainCommand(ruleArg, opts, io) {
  if (!ruleArg) throw new UsageError("explain needs a rule id, e.g. `genai-clearance explain final-deliverable`");
  const library = loadLibrary(io, opts.policyDir);
  const [packName, ruleId] = ruleArg.includes("/") ? ruleArg.split("/", 2) : [void 0, ruleArg];
  const matches = [];
  for (const [name, versions] of library.packs) {
    const newest = versions[0];
    if (!newest || packName && name !== packName) continue;
    const rule = newest.rules.find((r) => r.id === ruleId);
    if (rule) matches.push({ pack: newest, rule });
  }
  if (matches.length === 0) {
    const all = [...library.packs.values()].flatMap((v) => v[0]?.rules.map((r) => r.id) ?? []);
    throw new UsageError(`no rule \`${ruleArg}\` in the loaded packs (rules: ${all.join(", ")})`);
  }
  io.stdout(matches.map(({ pack, rule }) => describeRule(pack, rule)).join("\n"));
  return EXIT.pass;
}
function describeRule(pack, rule) {
  const principle = pack.principles.get(rule.principle);
  return [
    `${rule.id} (${pack.name}@${pack.version})`,
    `  principle: ${rule.principle}${principle ? ` ${principle.number}. ${principle.title} \u2014 ${principle.summary}` : ""}`,
    `  level:     ${rule.level}${rule.level === "escalate" ? " (blocks until an approval listing this rule id is attached)" : rule.level === "block" ? " (no approval clears it)" : " (noted, never blocks)"}`,
    `  category:  ${rule.category}`,
    `  message:   ${rule.message}`,
    `  fires when (every field below holds; \`unknown\` on a true/false/unknown field also fires):`,
    ...stringify(rule.when).trimEnd().split("\n").map((l) => `    ${l}`),
    `  remedy:    ${rule.remedy}`,
    `  source:    ${rule.source}`,
    `  guidance:  ${rule.guidance.join(", ")}`,
    ""
  ].join("\n");
}

// src/cli/init.ts
import { existsSync as existsSync4 } from "node:fs";
import { basename, resolve as resolve6 } from "node:path";

// src/cli/starter.ts
function starterDeclaration(title, disclosedOn) {
  return `# yaml-language-server: $schema=https://genai-clearance.dev/schema/genai-usage.v1.schema.json
# Declares every use of generative AI in this production. Check it with: npx genai-clearance check
format: genai-usage/v1
# Policy packs this production is judged by: pack@major picks the newest matching version.
policies: [netflix-genai@1]
production:
  title: ${JSON.stringify(title)}
  # id: PRD-0000            # the platform's production id; needed to match approvals in a ledger
  # contact: name@example.com   # who at the platform was told about these uses
uses:
  - id: moodboards          # unique slug
    summary: Moodboards and reference images for the look of the main locations
    stage: ideation         # ideation | pre-production | production | post-production | marketing | localization
    disclosed: ${disclosedOn}    # date your platform contact was told, or false
    tools:                  # every tool or step of the workflow
      - name: Image generator
        enterprise: true    # covered by the platform's enterprise agreement: true | false | unknown
        trains_on_inputs: false   # stores, reuses or trains on your inputs: true | false | unknown
    inputs: [owned-cleared] # owned-cleared | public-domain | licensed-stock | unreleased-assets | unreleased-footage |
                            # script | production-images | talent-likeness | contracts | personal-data | third-party-ip | unknown
    training: none          # none | fine-tune | train
    output:
      kinds: [image]        # image | video | audio | voice | text | music | 3d
      final: false          # appears in final deliverables (foreground or background): true | false | unknown
      prominence: none      # none | incidental | background | featured | story-critical
    # Optional sections, shown with their "nothing to declare" defaults:
    # creative: { key_element: false, references: [] }   # copyrighted-work | public-figure | deceased-person | artist-style | performer-feature
    # talent: { replica: none, replica_use: none, alteration: none, consent: [], model_reuse: false, union_work: none }
    # audience: { could_mislead: false }
    # approvals:            # written approvals for escalated rules
    #   - ref: GENAI-2026-0001
    #     rules: [final-deliverable]
    #     approved_on: 2026-01-15
    #     expires_on: 2027-01-15
    #     policy: netflix-genai@1.0.0   # the pack version it was granted under
`;
}

// src/cli/init.ts
function initCommand(opts, io) {
  const target = resolve6(io.cwd, opts.output ?? "genai-usage.yml");
  if (existsSync4(target) && !opts.force) throw new UsageError(`${opts.output ?? "genai-usage.yml"} already exists; pass --force to overwrite it`);
  writeFileAtomic(target, starterDeclaration(opts.title ?? basename(io.cwd), today(io.now)));
  io.stderr(`wrote ${opts.output ?? "genai-usage.yml"}: declare each use of generative AI, then run \`genai-clearance check\`
`);
  return EXIT.pass;
}

// src/cli/test.ts
import { existsSync as existsSync5, statSync as statSync3 } from "node:fs";
import { resolve as resolve7 } from "node:path";

// src/testing/coverage.ts
function ruleCoverage(library, reports) {
  const byVersion = /* @__PURE__ */ new Map();
  const entry = (name, version) => {
    const key = `${name}@${version}`;
    const existing = byVersion.get(key);
    if (existing) return existing;
    const pack = library.packs.get(name)?.find((p) => p.version === version);
    if (!pack) return void 0;
    const created = { pack: name, version, examples: [], uses: 0, rules: pack.rules.map((r) => ({ rule: r.id, fired: 0, passed: 0 })), covered: 0, total: 2 * pack.rules.length };
    byVersion.set(key, created);
    return created;
  };
  for (const { path, report } of reports) {
    for (const file of report?.files ?? []) {
      if (file.status !== "valid") continue;
      for (const ref of file.policies) {
        const cov = entry(ref.pack, ref.version);
        if (!cov) continue;
        if (!cov.examples.includes(path)) cov.examples.push(path);
        for (const use of file.uses) {
          cov.uses++;
          const fired = new Set(use.findings.filter((f) => f.pack === ref.pack).map((f) => f.rule));
          for (const r of cov.rules) {
            if (fired.has(r.rule)) r.fired++;
            else r.passed++;
          }
        }
      }
    }
  }
  const superseded = [];
  for (const [name, versions] of library.packs) {
    const pinned = versions.some((p) => byVersion.has(`${name}@${p.version}`));
    for (const [i, p] of versions.entries()) {
      if (byVersion.has(`${name}@${p.version}`)) continue;
      if (!pinned && i === 0) entry(name, p.version);
      else superseded.push({ pack: name, version: p.version });
    }
  }
  const packs = [...byVersion.values()].sort((a, b) => compareText(a.pack, b.pack) || compareText(a.version, b.version));
  for (const p of packs) p.covered = p.rules.reduce((n, r) => n + (r.fired > 0 ? 1 : 0) + (r.passed > 0 ? 1 : 0), 0);
  return { packs, superseded };
}
function meetsThreshold(p, minPercent) {
  return p.total === 0 || p.covered * 100 >= minPercent * p.total;
}
function percent(p) {
  if (p.total === 0) return "100%";
  const v = Math.floor(p.covered * 1e3 / p.total) / 10;
  return `${v}%`;
}

// src/testing/lint.ts
var PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX)\b/;
function lintLibrary(library) {
  const out = [];
  for (const versions of library.packs.values()) {
    for (const pack of versions) {
      const problem = (subject, code2, message) => out.push({ pack: pack.name, version: pack.version, subject, code: code2, message });
      for (const p of pack.doc.principles) {
        if (!p.source.trim()) problem(p.id, "no-source", `principle ${p.id} cites no source`);
      }
      for (const rule of pack.rules) {
        if (!rule.source.trim()) problem(rule.id, "no-source", `rule ${rule.id} cites no source (the section of the guidance it encodes)`);
        if (!rule.remedy.trim()) problem(rule.id, "no-remedy", `rule ${rule.id} gives no remedy`);
        for (const field of ["source", "remedy", "message"]) {
          const m = PLACEHOLDER.exec(rule[field]);
          if (m) problem(rule.id, "placeholder-text", `rule ${rule.id}: ${field} still says ${m[1]}`);
        }
      }
    }
  }
  return out;
}

// src/cli/test.ts
function parseMinCoverage(raw) {
  if (raw === void 0) return 100;
  const m = /^(\d+(?:\.\d+)?)%?$/.exec(raw.trim());
  const n = m ? Number(m[1]) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new UsageError(`--min-coverage takes a percentage from 0 to 100, got "${raw}"`);
  return n;
}
function testCommand(opts, io) {
  const minCoverage = parseMinCoverage(opts.minCoverage);
  const examplesDir = resolve7(io.cwd, opts.examples ?? "examples");
  if (!existsSync5(examplesDir) || !statSync3(examplesDir).isDirectory()) throw new UsageError(`no examples folder: ${opts.examples ?? "examples"}`);
  const library = loadLibrary(io, opts.policyDir);
  if (library.errors.length > 0) {
    io.stderr(`genai-clearance: the policy packs do not load, so nothing was tested:
${library.errors.map((e) => `  ${e.file ?? ""}:${e.line}:${e.column}: ${e.message}
`).join("")}`);
    return EXIT.invalid;
  }
  const paths = findExamples(examplesDir);
  if (paths.length === 0) throw new UsageError(`no examples below ${opts.examples ?? "examples"} (a folder with genai-usage.yml and expected.yml)`);
  const results = paths.map((p) => runExample(p, library, io.cwd));
  const coverage = ruleCoverage(library, results);
  const lint = lintLibrary(library);
  const failed = results.filter((r) => r.mismatches.length > 0);
  const short = coverage.packs.filter((p) => !meetsThreshold(p, minCoverage));
  const out = [];
  out.push(`Examples (${results.length})`);
  for (const r of results) out.push(...exampleLines(r));
  out.push("", `Rule coverage (at least ${minCoverage}% per pack version; each rule must fire on one example use and not fire on another)`);
  const width = Math.max(...coverage.packs.map((p) => `${p.pack}@${p.version}`.length));
  for (const p of coverage.packs) out.push(...coverageLines(p, width, minCoverage));
  if (coverage.superseded.length > 0) out.push(`  not pinned by any example (a newer version is): ${coverage.superseded.map((s) => `${s.pack}@${s.version}`).join(", ")}`);
  const ruleCount = [...library.packs.values()].flat().reduce((n, p) => n + p.rules.length, 0);
  out.push("", "Lint");
  if (lint.length === 0) out.push(`  ok    ${ruleCount} rules: each cites its source and gives a remedy`);
  for (const l of lint) out.push(`  FAIL  ${l.pack}@${l.version} ${l.message}`);
  const reasons = [
    failed.length > 0 ? `${failed.length} of ${results.length} examples do not match their expected.yml` : "",
    ...short.map((p) => `${p.pack}@${p.version} coverage ${percent(p)} is below ${minCoverage}% (${untested(p).join("; ")})`),
    lint.length > 0 ? `${lint.length} lint problem(s)` : ""
  ].filter(Boolean);
  out.push("", reasons.length === 0 ? "PASS" : `FAIL: ${reasons.join("; ")}`, "");
  io.stdout(out.join("\n"));
  return reasons.length === 0 ? EXIT.pass : EXIT.fail;
}
function exampleLines(r) {
  const uses = r.report?.files[0]?.uses.length ?? 0;
  if (r.mismatches.length === 0) return [`  ok    ${r.path} (${uses} ${uses === 1 ? "use" : "uses"})`];
  return [`  FAIL  ${r.path}`, ...r.mismatches.map((m) => `          ${m}`)];
}
function untested(p) {
  const never = (key) => p.rules.filter((r) => r[key] === 0).map((r) => r.rule);
  return [never("fired").length ? `never fired: ${never("fired").join(", ")}` : "", never("passed").length ? `never passed: ${never("passed").join(", ")}` : ""].filter(Boolean);
}
function coverageLines(p, width, minCoverage) {
  const mark = meetsThreshold(p, minCoverage) ? "ok  " : "FAIL";
  const head = `  ${mark}  ${`${p.pack}@${p.version}`.padEnd(width)}  ${p.covered}/${p.total} (${percent(p)})  ${p.rules.length} rules, ${p.uses} uses in ${p.examples.length} ${p.examples.length === 1 ? "example" : "examples"}`;
  return [head, ...untested(p).map((line) => `          ${line}`)];
}

// src/cli/main.ts
var POLICY_DIR = { type: "string" };
var COMMANDS = {
  check: {
    summary: "check declarations against their policy packs",
    usage: "genai-clearance check [PATH...] [options]",
    options: { format: { type: "string", short: "f" }, "policy-dir": POLICY_DIR, ledger: { type: "string" }, base: { type: "string" }, output: { type: "string", short: "o" }, today: { type: "string" } },
    help: `Evaluates every genai-usage.yml below PATH (default: the current folder; node_modules and .git are skipped).

Options:
  -f, --format FORMAT   text (default), json, markdown, sarif or junit
      --policy-dir DIR  policy packs to use (default: the packs bundled with this tool)
      --ledger FILE     approvals ledger; approvals must match it (without one, references are only format-checked)
      --base FILE       an earlier version of the declaration: marks uses added, changed or removed
  -o, --output FILE     write the report to FILE instead of standard output
      --today DATE      judge approval dates as of DATE (YYYY-MM-DD) instead of today

Exit codes: 0 pass, 1 uses need approval or are blocked, 2 invalid input or usage.`,
    run: (v, p, io) => checkCommand(
      {
        paths: p,
        ...v.format !== void 0 ? { format: String(v.format) } : {},
        ...v["policy-dir"] !== void 0 ? { policyDir: String(v["policy-dir"]) } : {},
        ...v.ledger !== void 0 ? { ledger: String(v.ledger) } : {},
        ...v.base !== void 0 ? { base: String(v.base) } : {},
        ...v.output !== void 0 ? { output: String(v.output) } : {},
        ...v.today !== void 0 ? { today: String(v.today) } : {}
      },
      io
    )
  },
  test: {
    summary: "run the example declarations against the packs; report rule coverage and lint",
    usage: "genai-clearance test [--examples DIR] [--policy-dir DIR] [--min-coverage N]",
    options: { examples: { type: "string" }, "policy-dir": POLICY_DIR, "min-coverage": { type: "string" } },
    help: `Evaluates every example (a folder with genai-usage.yml and expected.yml) at its expected.yml's
evaluated_on date and compares each use's outcome and fired rules with expected.yml. Then reports rule
coverage for every pack version an example pins \u2014 a rule is covered when some example use fires it
and another use does not \u2014 and lints the packs (every rule cites a source and gives a remedy).

Options:
      --examples DIR      where the examples are (default: examples)
      --policy-dir DIR    policy packs to test (default: the packs bundled with this tool)
      --min-coverage N    fail when a pack version covers less than N% (default: 100)

Exit codes: 0 all pass, 1 an expectation mismatch, coverage below the threshold or a lint problem,
2 a pack does not load or a usage error.`,
    run: (v, _p, io) => testCommand(
      {
        ...v.examples !== void 0 ? { examples: String(v.examples) } : {},
        ...v["policy-dir"] !== void 0 ? { policyDir: String(v["policy-dir"]) } : {},
        ...v["min-coverage"] !== void 0 ? { minCoverage: String(v["min-coverage"]) } : {}
      },
      io
    )
  },
  diff: {
    summary: "compare two versions of a pack: changes, example outcomes, required semver bump",
    usage: "genai-clearance diff PACK@A PACK@B [--examples DIR ...] [--policy-dir DIR] [--changelog]",
    options: { examples: { type: "string", multiple: true }, "policy-dir": POLICY_DIR, changelog: { type: "boolean" } },
    help: `Lists the rules added, removed and changed between A and B, the example uses whose outcome changes,
and the semver bump the change requires: MAJOR when it can turn a clear or approved use into
needs-approval or blocked (including approvals that become stale), MINOR for loosening, PATCH for
wording. Conditions count as narrowed only when that can be proved; any other condition change is MAJOR.

Options:
      --examples DIR      example declarations to evaluate under A and B (repeatable; default: examples, if present)
      --policy-dir DIR    policy packs (default: the packs bundled with this tool)
      --changelog         print a CHANGELOG section (markdown) instead of the report

Exit codes: 0 B's version bump is enough, 1 it is not, 2 a pack does not load or a usage error.`,
    run: (v, p, io) => {
      if (p.length > 2) throw new UsageError(`diff takes two versions, got ${p.length} arguments: ${p.join(" ")}`);
      return diffCommand(
        {
          ...p[0] !== void 0 ? { from: p[0] } : {},
          ...p[1] !== void 0 ? { to: p[1] } : {},
          ...Array.isArray(v.examples) ? { examples: v.examples } : {},
          ...v["policy-dir"] !== void 0 ? { policyDir: String(v["policy-dir"]) } : {},
          changelog: v.changelog === true
        },
        io
      );
    }
  },
  init: {
    summary: "write a commented starter genai-usage.yml",
    usage: "genai-clearance init [--output FILE] [--title TITLE] [--force]",
    options: { output: { type: "string", short: "o" }, title: { type: "string" }, force: { type: "boolean" } },
    help: "Writes a starter declaration (one low-risk ideation use) that passes `check` as written.",
    run: (v, _p, io) => initCommand(
      { ...v.output !== void 0 ? { output: String(v.output) } : {}, ...v.title !== void 0 ? { title: String(v.title) } : {}, force: v.force === true },
      io
    )
  },
  explain: {
    summary: "show a rule's principle, condition, remedy and source",
    usage: "genai-clearance explain RULE [--policy-dir DIR]",
    options: { "policy-dir": POLICY_DIR },
    help: "RULE is a rule id (final-deliverable) or pack/rule (netflix-genai/final-deliverable).",
    run: (v, p, io) => explainCommand(p[0], v["policy-dir"] !== void 0 ? { policyDir: String(v["policy-dir"]) } : {}, io)
  }
};
function mainHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `${TOOL.name} ${TOOL.version} \u2014 declare and clear generative-AI use in production

Usage: genai-clearance <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`genai-clearance <command> --help\` for a command's options.
`;
}
function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(mainHelp());
    return name === void 0 ? EXIT.invalid : EXIT.pass;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${TOOL.version}
`);
    return EXIT.pass;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")}`);
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout(`Usage: ${command.usage}

${command.help}
`);
      return EXIT.pass;
    }
    return command.run(values, positionals, io);
  } catch (err) {
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`genai-clearance: ${err.message}
${command ? `Usage: ${command.usage}
` : ""}`);
      return EXIT.invalid;
    }
    io.stderr(`genai-clearance: internal error: ${err.stack ?? String(err)}
`);
    return EXIT.invalid;
  }
}

// src/cli/bin.ts
var code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t2) => process.stdout.write(t2),
  stderr: (t2) => process.stderr.write(t2),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => /* @__PURE__ */ new Date()
});
process.exitCode = code;
