import { createHash } from 'node:crypto';
import type { Ajv } from 'ajv';
import type { DocumentKind } from '../documents/read.js';
import { calendarDateErrors, decodeDocument, readDocument } from '../documents/read.js';
import { PRELOADED_PACKS } from '../generated/packs.js';
import { validatePack } from '../generated/validators.js';
import type { Diagnostic, Position } from '../model/report.js';
import type { PathSegment } from '../parse/yaml-source.js';
import { normaliseSourceType, SOURCE_TYPE_TERMS } from '../provenance/source-types.js';
import { createAjv } from '../validate/ajv.js';
import { canonicalJson } from '../validate/canonical-json.js';
import { displayPath } from '../validate/schema-errors.js';
import type { CompiledCondition } from './condition.js';
import { ConditionError, compileCondition } from './condition.js';
import type { DeclarationFormat } from './paths.js';
import { compareVersions, parseVersion } from './semver.js';
import type { PackDocument, Principle, ProvenanceSection, Rule } from './types.js';

export interface CompiledRule extends Rule {
  condition: CompiledCondition;
  /** Hash of what decides the rule's effect (level + condition): a change makes approvals granted under it stale. */
  fingerprint: string;
}

export interface Pack {
  name: string;
  version: string;
  path: string;
  doc: PackDocument;
  rules: CompiledRule[];
  principles: Map<string, Principle>;
  refPattern: RegExp;
}

/**
 * `path` is e.g. `policy/netflix-genai/1.0.0.yml`: the folder names the pack, the file name its
 * version. Files read from disk or GitHub arrive as bytes, decoded by the one document reader; text is
 * for packs the tool holds already decoded.
 */
export type PackFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

export interface PackLibrary {
  packs: Map<string, Pack[]>;
  errors: Diagnostic[];
}

// The pack meta-schema (src/schema/policy-pack.schema.json) is checked by standalone code generated at
// build time; conditions are compiled by the subset interpreter, and by ajv only for fragments outside
// it (created on first need).
const packValidator = validatePack;
let conditionAjv: Ajv | undefined;
const lazyConditionAjv = (): Ajv => (conditionAjv ??= createAjv({ allErrors: false }));

export { canonicalJson };

export function loadPackLibrary(files: readonly PackFile[]): PackLibrary {
  const packs = new Map<string, Pack[]>();
  const errors: Diagnostic[] = [];
  for (const file of files) {
    const result = loadPack(file);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    const list = packs.get(result.name) ?? [];
    if (list.some((p) => p.version === result.version)) {
      errors.push({ file: file.path, line: 1, column: 1, code: 'duplicate-pack', message: `${result.name}@${result.version} is defined twice` });
      continue;
    }
    list.push(result);
    packs.set(result.name, list);
  }
  for (const list of packs.values()) list.sort((a, b) => compareVersions(b.version, a.version));
  return { packs, errors };
}

/** `<pack>/<version>.yml`: the part of a pack's path that loading depends on. */
const pathTail = (path: string) => path.replace(/\\/g, '/').split('/').slice(-2).join('/');

export function loadPack(packFile: PackFile): Pack | { errors: Diagnostic[] } {
  const file = packText(packFile);
  if ('errors' in file) return file;
  // The packs bundled with this tool were read, validated and checked at build time
  // (scripts/gen-validators.mjs): a file with exactly that text, in the same place, skips straight to
  // compiling its conditions. Anything else — an edited pack, another folder — is read in full.
  const tail = pathTail(file.path);
  const preloaded = PRELOADED_PACKS.find((p) => p.tail === tail && p.text === file.text);
  if (preloaded) {
    const fingerprints = preloaded.fingerprints;
    const pack = checkPack(
      file,
      JSON.parse(preloaded.doc) as PackDocument,
      () => ({ line: 1, column: 1 }),
      (rule, i) => fingerprints[i] ?? fingerprint(rule),
    );
    if (!('errors' in pack)) return pack;
  }
  return loadPackSource(file);
}

const PACK: DocumentKind = { name: 'policy pack', shape: '`pack`, `version`, `principles` and `rules`', validate: packValidator };

function packText(file: PackFile): { path: string; text: string } | { errors: Diagnostic[] } {
  if ('text' in file) return file;
  const decoded = decodeDocument(file.bytes);
  return 'error' in decoded ? { errors: [{ ...decoded.error, file: file.path }] } : { path: file.path, text: decoded.text };
}

/** loadPack without the build-time shortcut: read (parse, validate against the meta-schema), check. */
export function loadPackSource(packFile: PackFile): Pack | { errors: Diagnostic[] } {
  const file = packText(packFile);
  if ('errors' in file) return file;
  const read = readDocument<PackDocument>(PACK, file.path, file.text);
  if ('errors' in read) return { errors: read.errors };
  return checkPack(file, read.value, (path) => read.source.locate(path));
}

/** What the meta-schema cannot say (names, dates, patterns, ids, conditions), and the compiled pack. */
function checkPack(file: PackFile, doc: PackDocument, locate: (path: PathSegment[]) => Position, fingerprintOf: (rule: Rule, index: number) => string = fingerprint): Pack | { errors: Diagnostic[] } {
  const fail = (diags: Diagnostic[]) => ({ errors: diags.map((d) => ({ ...d, file: file.path })) });
  const at = (path: PathSegment[], code: string, message: string): Diagnostic => ({ ...locate(path), path: displayPath(path), code, message });

  const problems: Diagnostic[] = [];
  const segments = file.path.replace(/\\/g, '/').split('/');
  const [folder, fileName] = [segments.at(-2), segments.at(-1)];
  if (folder !== doc.pack) problems.push(at(['pack'], 'pack-name-mismatch', `pack \`${doc.pack}\` must live in a folder named \`${doc.pack}\` (found \`${folder}\`)`));
  if (fileName !== `${doc.version}.yml`) problems.push(at(['version'], 'pack-version-mismatch', `version ${doc.version} must live in a file named \`${doc.version}.yml\` (found \`${fileName}\`)`));
  problems.push(
    ...calendarDateErrors(
      { locate },
      (['effective', 'deprecated', 'sunset'] as const).map((f) => ({ path: [f], value: doc[f] })),
    ),
  );
  let refPattern = /$^/;
  try {
    refPattern = new RegExp(doc.approval.ref_pattern, 'u');
    if (!refPattern.test(doc.approval.ref_example)) problems.push(at(['approval', 'ref_example'], 'bad-example', `ref_example \`${doc.approval.ref_example}\` does not match ref_pattern`));
  } catch (err) {
    problems.push(at(['approval', 'ref_pattern'], 'bad-pattern', `ref_pattern is not a valid regular expression: ${(err as Error).message}`));
  }

  const principles = new Map<string, Principle>();
  doc.principles.forEach((p, i) => {
    if (principles.has(p.id)) problems.push(at(['principles', i, 'id'], 'duplicate-id', `principle ${p.id} is defined twice`));
    principles.set(p.id, p);
  });

  const ajv = lazyConditionAjv;
  const ruleIds = new Set<string>();
  const rules: CompiledRule[] = [];
  doc.rules.forEach((rule, i) => {
    if (ruleIds.has(rule.id)) problems.push(at(['rules', i, 'id'], 'duplicate-id', `rule ${rule.id} is defined twice`));
    ruleIds.add(rule.id);
    if (!principles.has(rule.principle)) {
      problems.push(at(['rules', i, 'principle'], 'unknown-principle', `rule ${rule.id}: principle \`${rule.principle}\` is not defined in this pack (${[...principles.keys()].join(', ')})`));
    }
    let condition: CompiledCondition;
    try {
      condition = compileCondition(ajv, rule.when, [], doc.declaration_format as DeclarationFormat);
    } catch (err) {
      if (!(err instanceof ConditionError)) throw err;
      problems.push(at(['rules', i, 'when', ...err.at], 'bad-condition', `rule ${rule.id}: ${err.message}`));
      return;
    }
    for (const placeholder of placeholders(rule.message)) {
      // `derived.disclosure.*` says what to show, not why the rule fired: any rule may quote it.
      if (!condition.fields.includes(placeholder) && !placeholder.startsWith('derived.disclosure.')) {
        problems.push(at(['rules', i, 'message'], 'bad-placeholder', `rule ${rule.id}: message quotes {${placeholder}}, which its condition does not read (${condition.fields.join(', ')})`));
      }
    }
    rules.push({ ...rule, condition, fingerprint: fingerprintOf(rule, i) });
  });
  if (doc.provenance) problems.push(...provenanceProblems(doc.provenance, principles, ruleIds, at));
  if (problems.length > 0) return fail(problems);

  return { name: doc.pack, version: doc.version, path: file.path, doc, rules, principles, refPattern };
}

const UNDECLARED_PLACEHOLDERS = ['path', 'source_type', 'signal'];

/** What the meta-schema cannot say about a provenance section: real IPTC terms, known principles, unique ids. */
function provenanceProblems(
  section: ProvenanceSection,
  principles: ReadonlyMap<string, Principle>,
  ruleIds: ReadonlySet<string>,
  at: (path: PathSegment[], code: string, message: string) => Diagnostic,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const cls of ['ai', 'review'] as const) {
    (section.source_types[cls] ?? []).forEach((term, i) => {
      const where: PathSegment[] = ['provenance', 'source_types', cls, i];
      if (normaliseSourceType(term).term !== term) problems.push(at(where, 'unknown-source-type', `\`${term}\` is not an IPTC digital source type term (${SOURCE_TYPE_TERMS.join(', ')})`));
      const other = seen.get(term);
      if (other && other !== cls) problems.push(at(where, 'duplicate-source-type', `\`${term}\` is listed under both ${other} and ${cls}`));
      seen.set(term, cls);
    });
  }
  const ids = new Set<string>();
  (section.undeclared ?? []).forEach((check, i) => {
    const where = (field: string): PathSegment[] => ['provenance', 'undeclared', i, field];
    if (ruleIds.has(check.id) || ids.has(check.id)) problems.push(at(where('id'), 'duplicate-id', `\`${check.id}\` is already the id of a rule or check in this pack`));
    ids.add(check.id);
    if (!principles.has(check.principle)) problems.push(at(where('principle'), 'unknown-principle', `check ${check.id}: principle \`${check.principle}\` is not defined in this pack`));
    for (const name of placeholders(check.message)) {
      if (!UNDECLARED_PLACEHOLDERS.includes(name))
        problems.push(at(where('message'), 'bad-placeholder', `check ${check.id}: message quotes {${name}}; it may quote ${UNDECLARED_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`));
    }
  });
  return problems;
}

export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{([a-z_.[\]*]+)\}/g)].map((m) => m[1] as string);
}

function fingerprint(rule: Rule): string {
  return createHash('sha256')
    .update(canonicalJson({ level: rule.level, when: rule.when }))
    .digest('hex')
    .slice(0, 16);
}

/** `legalFrom`: the pending version encodes a legal duty that applies from that date, whatever this tool checks. */
export type Resolution = { pack: Pack } | { error: string; notYetInEffect?: true; legalFrom?: string };

/**
 * `pack@1` → the newest 1.x.y in effect on `today` (a version published ahead of its effective date
 * does not apply yet); `pack@1.2.3` → exactly that version. Without `today`, the newest 1.x.y.
 */
export function resolvePack(library: PackLibrary, ref: string, today?: string): Resolution {
  const at = ref.lastIndexOf('@');
  const name = ref.slice(0, at);
  const wanted = ref.slice(at + 1);
  const versions = library.packs.get(name);
  if (!versions || versions.length === 0) {
    const known = [...library.packs.keys()];
    return { error: `unknown policy pack \`${name}\`${known.length ? ` (available: ${known.join(', ')})` : ' (no packs were loaded)'}` };
  }
  const inEffect = (p: Pack) => today === undefined || p.doc.effective <= today;
  const match = /^\d+$/.test(wanted) ? versions.find((p) => parseVersion(p.version)?.major === Number(wanted) && inEffect(p)) : versions.find((p) => p.version === wanted);
  const legalFrom = (pending: Pack[]) =>
    pending
      .filter((p) => p.doc.effective_basis === 'law')
      .map((p) => p.doc.effective)
      .sort()[0];
  if (match && !inEffect(match)) {
    const law = legalFrom([match]);
    return { error: `${name}@${match.version} is not in effect until ${match.doc.effective}`, notYetInEffect: true, ...(law ? { legalFrom: law } : {}) };
  }
  if (!match) {
    const pending = versions.filter((p) => parseVersion(p.version)?.major === Number(wanted) && !inEffect(p));
    const later = pending.map((p) => `${p.version} from ${p.doc.effective}`);
    const law = legalFrom(pending);
    return {
      error: `no version of \`${name}\` matches @${wanted}${later.length ? ` in effect on ${today} (not yet in effect: ${later.join(', ')})` : ''} (available: ${versions.map((p) => p.version).join(', ')})`,
      ...(later.length > 0 ? { notYetInEffect: true as const } : {}),
      ...(law ? { legalFrom: law } : {}),
    };
  }
  return { pack: match };
}
