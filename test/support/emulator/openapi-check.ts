// Checks requests and responses against GitHub's published OpenAPI description of api.github.com.
//
// We read the *non*-dereferenced description (13 MB) and let ajv resolve `$ref`s: it loads in ~0.1 s
// versus ~0.7 s and ~190 MB of heap for the 73 MB dereferenced file, and each referenced component
// (simple-user, repository, ...) is compiled once and shared instead of once per place it is inlined.
// Everything is lazy: the file is parsed on first use and only operations actually exercised get
// compiled validators, which are cached for the life of the module.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';

type JsonObject = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
  'x-multi-segment'?: boolean;
}

interface MediaTypeObject {
  schema?: unknown;
}

interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}

interface OperationObject {
  operationId: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, MediaTypeObject> } | { $ref: string };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

type PathItem = Partial<Record<HttpMethod, OperationObject>> & { parameters?: OperationObject['parameters'] };

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, unknown>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    requestBodies?: Record<string, OperationObject['requestBody']>;
    [other: string]: unknown;
  };
  [other: string]: unknown;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

export const OPENAPI_DESCRIPTION = '@octokit/openapi/generated/api.github.com.json';

/** Where a mismatch was found; `message` is human readable and names the operation. */
export interface Violation {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  /** The path template as written in the description, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  /** Decoded path parameters. */
  pathParams: Record<string, string>;
}

export interface OpenApiTimings {
  /** Reading and parsing the description. */
  loadMs: number;
  /** Sum of time spent compiling validators so far. */
  compileMs: number;
  validatorsCompiled: number;
}

const timings: OpenApiTimings = { loadMs: 0, compileMs: 0, validatorsCompiled: 0 };

export function openApiTimings(): OpenApiTimings {
  return { ...timings };
}

let documentCache: OpenApiDocument | undefined;

function openApi(): OpenApiDocument {
  if (documentCache) return documentCache;
  const started = performance.now();
  const file = createRequire(import.meta.url).resolve(OPENAPI_DESCRIPTION);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  // Examples and webhooks are half the heap and never used for validation.
  delete doc.components.examples;
  delete doc['x-webhooks'];
  documentCache = doc;
  timings.loadMs = performance.now() - started;
  return doc;
}

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0/3.1 schema -> JSON Schema that ajv (draft-07) understands.

const SCHEMA_ID_PREFIX = 'https://openapi.invalid/components/schemas/';
const COMPONENT_REF_PREFIX = '#/components/schemas/';

function componentId(name: string): string {
  return SCHEMA_ID_PREFIX + encodeURIComponent(name);
}

// Keywords whose values are data (or lists of names), not sub-schemas, so must not be rewritten.
const VERBATIM_KEYWORDS = new Set(['enum', 'const', 'required', 'default', 'examples', 'title', 'description', 'format', 'pattern', 'type']);
// Keywords that mean nothing to a validator, or that ajv would misread.
const DROPPED_KEYWORDS = new Set(['example', 'discriminator', 'nullable', 'xml', 'externalDocs', 'deprecated']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key.startsWith('x-') || DROPPED_KEYWORDS.has(key)) continue;
    if (key === 'examples' && !Array.isArray(value)) continue; // OpenAPI example map, not JSON Schema's list
    if (VERBATIM_KEYWORDS.has(key)) {
      out[key] = value;
    } else if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith(COMPONENT_REF_PREFIX) ? componentId(value.slice(COMPONENT_REF_PREFIX.length)) : value;
    } else if (key === 'oneOf') {
      // GitHub's oneOf branches overlap (no additionalProperties:false, several nullable branches:
      // `null` matches all of them), so exclusivity rejects real GitHub payloads. Check "at least one".
      out.anyOf = toJsonSchema(value);
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  // OpenAPI 3.0 expresses exclusive bounds as booleans beside minimum/maximum; draft-07 wants numbers.
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else {
        delete out[flag];
      }
    }
  }
  if (source.nullable === true) return allowNull(out);
  return out;
}

function allowNull(schema: JsonObject): JsonObject {
  const type = schema.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    const widened: JsonObject = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) widened.enum = [...schema.enum, null];
    return widened;
  }
  // `nullable` beside allOf/anyOf and no `type`: ajv refuses nullable without type, so spell it out.
  return { anyOf: [schema, { type: 'null' }] };
}

// ---------------------------------------------------------------------------------------------
// ajv instances. Component schemas are registered on demand, together with everything they reference.

const FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  // Declared so ajv stays quiet; not worth checking.
  'uri-template': true,
  int32: true,
  int64: true,
  double: true,
  binary: true,
  'repo.nwo': true,
} as const;

class SchemaRegistry {
  readonly ajv: Ajv;
  private readonly registered = new Set<string>();

  constructor(coerceTypes: boolean) {
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false,
      coerceTypes: coerceTypes ? 'array' : false,
      formats: FORMATS,
      // simple-user, repository, ... recur dozens of times; one shared function each halves compile time.
      inlineRefs: false,
    });
  }

  /** Registers the components `schema` references (transitively) and returns its JSON Schema form. */
  prepare(schema: unknown): unknown {
    this.registerReferences(schema);
    return toJsonSchema(schema);
  }

  compile(schema: unknown): ValidateFunction {
    const started = performance.now();
    const validate = this.ajv.compile(this.prepare(schema) as JsonObject);
    timings.compileMs += performance.now() - started;
    timings.validatorsCompiled += 1;
    return validate;
  }

  private registerReferences(schema: unknown): void {
    const pending: string[] = [];
    collectComponentRefs(schema, pending);
    const components = openApi().components.schemas;
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (this.registered.has(name)) continue;
      const component = components[name];
      if (component === undefined) throw new Error(`OpenAPI description has no component schema "${name}"`);
      this.registered.add(name);
      this.ajv.addSchema(toJsonSchema(component) as JsonObject, componentId(name));
      collectComponentRefs(component, pending);
    }
  }
}

function collectComponentRefs(schema: unknown, into: string[]): void {
  if (Array.isArray(schema)) {
    for (const item of schema) collectComponentRefs(item, into);
  } else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF_PREFIX)) {
        into.push(value.slice(COMPONENT_REF_PREFIX.length));
      } else if (key !== 'enum' && key !== 'default' && key !== 'example' && key !== 'examples') {
        collectComponentRefs(value, into);
      }
    }
  }
}

let bodyRegistry: SchemaRegistry | undefined;
let paramRegistry: SchemaRegistry | undefined;
// Parameters arrive as strings; coercion is how "abc" for an integer `issue_number` gets caught.
const bodies = (): SchemaRegistry => (bodyRegistry ??= new SchemaRegistry(false));
const params = (): SchemaRegistry => (paramRegistry ??= new SchemaRegistry(true));

const validatorCache = new Map<string, ValidateFunction>();

function cachedValidator(key: string, registry: () => SchemaRegistry, schema: () => unknown): ValidateFunction {
  let validate = validatorCache.get(key);
  if (!validate) {
    validate = registry().compile(schema());
    validatorCache.set(key, validate);
  }
  return validate;
}

// ---------------------------------------------------------------------------------------------
// Routing: method + concrete path -> operation.

interface Route {
  template: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  multiSegmentParams: number;
  item: PathItem;
}

let routes: Route[] | undefined;

function allRoutes(): Route[] {
  if (routes) return routes;
  const doc = openApi();
  routes = Object.entries(doc.paths).map(([template, item]) => {
    const multi = new Set<string>();
    for (const method of HTTP_METHODS) {
      for (const p of resolveParameters(item, item[method])) if (p['x-multi-segment']) multi.add(p.name);
    }
    const paramNames: string[] = [];
    let literalSegments = 0;
    let multiSegmentParams = 0;
    const source = template
      .split('/')
      .map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment);
        if (!param) {
          if (segment !== '') literalSegments += 1;
          return escapeRegExp(segment);
        }
        const name = param[1] as string;
        paramNames.push(name);
        if (multi.has(name)) {
          multiSegmentParams += 1;
          return '(.*)';
        }
        return '([^/]+)';
      })
      .join('/');
    return { template, pattern: new RegExp(`^${source}$`), paramNames, literalSegments, multiSegmentParams, item };
  });
  return routes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the operation for a request. `rawPathname` is the still-encoded path (so `%2F` inside a
 * parameter stays part of that parameter). Literal segments win over parameters, as in GitHub's router.
 */
export function findOperation(method: string, rawPathname: string): MatchedOperation | undefined {
  const verb = method.toLowerCase() as HttpMethod;
  let best: { route: Route; values: string[] } | undefined;
  for (const route of allRoutes()) {
    if (!route.item[verb]) continue;
    const match = route.pattern.exec(rawPathname);
    if (!match) continue;
    if (!best || route.literalSegments > best.route.literalSegments || (route.literalSegments === best.route.literalSegments && route.multiSegmentParams < best.route.multiSegmentParams)) {
      best = { route, values: match.slice(1) };
    }
  }
  if (!best) return undefined;
  const operation = best.route.item[verb] as OperationObject;
  const pathParams: Record<string, string> = {};
  best.route.paramNames.forEach((name, index) => {
    pathParams[name] = safeDecode(best.values[index] ?? '');
  });
  return { operationId: operation.operationId, method: verb.toUpperCase(), template: best.route.template, pathParams };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function operationObject(op: MatchedOperation): OperationObject {
  const item = openApi().paths[op.template];
  const operation = item?.[op.method.toLowerCase() as HttpMethod];
  if (!operation) throw new Error(`No operation ${op.method} ${op.template}`);
  return operation;
}

function resolveRef<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const path = value.$ref.replace(/^#\//, '').split('/');
    let target: unknown = openApi();
    for (const part of path) target = (target as JsonObject | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new Error(`Unresolvable $ref ${value.$ref}`);
    return resolveRef(target as T | { $ref: string });
  }
  return value as T;
}

function resolveParameters(item: PathItem, operation: OperationObject | undefined): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const p of [...(item.parameters ?? []), ...(operation?.parameters ?? [])]) {
    const resolved = resolveRef<ParameterObject>(p);
    byKey.set(`${resolved.in}:${resolved.name}`, resolved);
  }
  return [...byKey.values()];
}

function label(op: MatchedOperation): string {
  return `${op.method} ${op.template} (${op.operationId})`;
}

// ---------------------------------------------------------------------------------------------
// Request checks.

export interface RequestToCheck {
  query: URLSearchParams;
  /** Parsed JSON body; `undefined` when the request had none. */
  body: unknown;
}

export function checkRequest(op: MatchedOperation, request: RequestToCheck): Violation[] {
  const operation = operationObject(op);
  const parameters = resolveParameters(openApi().paths[op.template] as PathItem, operation);
  const violations: Violation[] = [];

  const pathSpecs = parameters.filter((p) => p.in === 'path');
  const pathErrors = validateParameters(op, 'path', pathSpecs, { ...op.pathParams });
  violations.push(...pathErrors.map((message) => ({ where: 'path' as const, message })));

  const querySpecs = parameters.filter((p) => p.in === 'query');
  const known = new Set(querySpecs.map((p) => p.name));
  const queryValues: JsonObject = {};
  for (const name of new Set(request.query.keys())) {
    if (!known.has(name)) {
      violations.push({ where: 'query', message: `${label(op)}: unknown query parameter "${name}"` });
      continue;
    }
    const all = request.query.getAll(name);
    const spec = querySpecs.find((p) => p.name === name);
    const isArray = (spec?.schema as JsonObject | undefined)?.type === 'array';
    queryValues[name] = isArray ? all : all[all.length - 1];
  }
  const queryErrors = validateParameters(op, 'query', querySpecs, queryValues);
  violations.push(...queryErrors.map((message) => ({ where: 'query' as const, message })));

  violations.push(...checkRequestBody(op, operation, request.body).map((message) => ({ where: 'body' as const, message })));
  return violations;
}

function validateParameters(op: MatchedOperation, location: 'path' | 'query', specs: ParameterObject[], values: JsonObject): string[] {
  if (specs.length === 0) return [];
  const validate = cachedValidator(`${label(op)} ${location}`, params, () => ({
    type: 'object',
    properties: Object.fromEntries(specs.map((p) => [p.name, p.schema ?? {}])),
    required: specs.filter((p) => p.required).map((p) => p.name),
  }));
  return validate(values) ? [] : formatErrors(validate.errors).map((e) => `${label(op)} ${location} parameter ${e}`);
}

function checkRequestBody(op: MatchedOperation, operation: OperationObject, body: unknown): string[] {
  const spec = operation.requestBody ? resolveRef(operation.requestBody) : undefined;
  if (!spec) return body === undefined ? [] : [`${label(op)} takes no request body, but one was sent`];
  if (body === undefined) return spec.required ? [`${label(op)} requires a request body, none was sent`] : [];
  const media = spec.content?.['application/json'];
  if (!media?.schema) return [`${label(op)} request body is not described as application/json`];
  const validate = cachedValidator(`${label(op)} request`, bodies, () => media.schema);
  return validate(body) ? [] : formatErrors(validate.errors).map((e) => `${label(op)} request body ${e}`);
}

// ---------------------------------------------------------------------------------------------
// Response checks.

export interface ResponseToCheck {
  status: number;
  /** The representation sent, e.g. `application/json` or `application/vnd.github.object`. */
  mediaType: string;
  /** Parsed JSON body; `undefined` for an empty body. */
  body: unknown;
}

const BASIC_ERROR = { $ref: `${COMPONENT_REF_PREFIX}basic-error` };

export function checkResponse(op: MatchedOperation, response: ResponseToCheck): Violation[] {
  const violations = responseErrors(op, response);
  return violations.map((message) => ({ where: 'response' as const, message: `${label(op)} response ${response.status}: ${message}` }));
}

function responseErrors(op: MatchedOperation, response: ResponseToCheck): string[] {
  const operation = operationObject(op);
  const declared = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`] ?? operation.responses.default;

  let schema: unknown;
  let cacheKey: string;
  if (declared) {
    const spec = resolveRef<ResponseObject>(declared);
    const content = spec.content;
    if (!content || Object.keys(content).length === 0) {
      return response.body === undefined ? [] : ['the description declares no body for this status, but one was sent'];
    }
    const media = content[response.mediaType];
    if (!media) return [`media type ${response.mediaType} is not described (described: ${Object.keys(content).join(', ')})`];
    if (response.body === undefined) return ['the description declares a body for this status, but none was sent'];
    if (!media.schema) return [];
    schema = media.schema;
    cacheKey = `${label(op)} ${response.status} ${response.mediaType}`;
  } else if (response.status >= 400) {
    // GitHub documents error statuses sparsely (401, rate limits, 5xx can come from any endpoint),
    // but every error body it sends is a basic-error.
    if (response.body === undefined) return [];
    schema = BASIC_ERROR;
    cacheKey = 'basic-error';
  } else {
    return [`status ${response.status} is not described for this operation`];
  }
  const validate = cachedValidator(cacheKey, bodies, () => schema);
  return validate(response.body) ? [] : formatErrors(validate.errors).map((e) => `body ${e}`);
}

/** Validates a value against a named component schema (e.g. `issue-comment`); for testing factories. */
export function checkComponent(name: string, value: unknown): string[] {
  const validate = cachedValidator(`component ${name}`, bodies, () => ({ $ref: COMPONENT_REF_PREFIX + name }));
  return validate(value) ? [] : formatErrors(validate.errors);
}

/** Compiles the validators for these operations now, so the first real request is not slow. */
export function warmUp(operations: ReadonlyArray<{ method: string; template: string; statuses: number[]; mediaType?: string }>): void {
  for (const { method, template, statuses, mediaType = 'application/json' } of operations) {
    const op: MatchedOperation = { operationId: '', method: method.toUpperCase(), template, pathParams: {} };
    const operation = operationObject(op);
    op.operationId = operation.operationId;
    checkRequest(op, { query: new URLSearchParams(), body: operation.requestBody ? {} : undefined });
    for (const status of statuses) checkResponse(op, { status, mediaType, body: {} });
  }
}

// ---------------------------------------------------------------------------------------------

const MAX_REPORTED_ERRORS = 8;

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  if (!errors || errors.length === 0) return ['is invalid'];
  const lines = new Set<string>();
  // The specific errors say more than "must match a schema in anyOf"; list those first.
  const ordered = [...errors].sort((a, b) => Number(a.keyword === 'anyOf') - Number(b.keyword === 'anyOf'));
  for (const error of ordered) {
    const where = error.instancePath === '' ? '(root)' : error.instancePath;
    const detail = errorDetail(error);
    lines.add(`${where} ${error.message ?? error.keyword}${detail}`);
    if (lines.size >= MAX_REPORTED_ERRORS) break;
  }
  return [...lines];
}

function errorDetail(error: ErrorObject): string {
  const p = error.params as JsonObject;
  if (error.keyword === 'additionalProperties') return ` ("${String(p.additionalProperty)}")`;
  if (error.keyword === 'enum') return ` (${JSON.stringify(p.allowedValues)})`;
  return '';
}
