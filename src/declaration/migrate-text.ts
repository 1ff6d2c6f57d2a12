// `genai-clearance migrate`: rewrites a genai-usage/v1 file as v2 in place, comments and order kept
// (the yaml package's Document API carries every comment on its node). It refuses whenever the
// result would not mean exactly what the v1 file was read as (./migrate-v1.ts), or would drop a
// comment: nothing is lost silently.

import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Diagnostic, Position } from '../model/report.js';
import { canonicalJson } from '../validate/canonical-json.js';
import { contradictions } from './contradictions.js';
import { withDefaults } from './defaults.js';
import { loadDeclaration } from './load.js';
import { upgradeDeclaration, V1_PERFORMER } from './migrate-v1.js';
import type { Work } from './types.js';

export interface MigrationNote extends Position {
  message: string;
}

export type Migration = { text: string; notes: MigrationNote[] } | { errors: Diagnostic[] };

const TO_STRING = { flowCollectionPadding: false, lineWidth: 0 } as const;

export function migrateV1Text(path: string, text: string, work: Work = 'unknown'): Migration {
  const loaded = loadDeclaration(path, text);
  if (loaded.errors.length > 0 || !loaded.declaration) return { errors: loaded.errors };
  if (loaded.format !== 'genai-usage/v1') return { errors: [{ line: 1, column: 1, code: 'not-v1', message: `${path} is already ${loaded.format}: nothing to migrate` }] };
  // What v2 forbids and v1 allowed must be settled in the v1 file, by a person, before it migrates.
  const contradicting = contradictions(loaded.declaration.uses, loaded.source);
  if (contradicting.length > 0) return { errors: contradicting.map((e) => ({ ...e, message: `${e.message} (genai-usage/v2 rejects this; change the v1 file first)` })) };

  const doc = parseDocument(text);
  const before = commentsOf(doc).map(toV2Modeline);
  const notes: MigrationNote[] = [];
  const note = (segments: Array<string | number>, message: string) => notes.push({ ...loaded.source.locate(segments), message });

  setScalar(doc.get('format', true), 'genai-usage/v2');
  // The modeline sits on the document or on its first node, depending on blank lines.
  visit(doc, {
    Node(_, node) {
      if (node.commentBefore) node.commentBefore = toV2Modeline(node.commentBefore);
    },
  });
  if (doc.commentBefore) doc.commentBefore = toV2Modeline(doc.commentBefore);
  const production = doc.get('production', true) as YAMLMap;
  production.set('work', work);
  if (work === 'unknown') note(['production'], 'production.work: unknown (v1 did not say); set scripted, documentary, unscripted, news or marketing');

  const uses = doc.get('uses', true);
  const v1 = withDefaults(loaded.source.value as Parameters<typeof withDefaults>[0]);
  if (isSeq(uses)) {
    uses.items.forEach((item, i) => {
      const u = v1.uses[i];
      if (!isMap(item) || !u) return;
      const talent = item.get('talent', true);
      if (!isMap(talent)) return;
      const consent = talent.items.find((p) => isScalar(p.key) && p.key.value === 'consent');
      if (consent && isScalar(consent.key)) {
        const old = consent.value as Node | null;
        consent.key.value = 'performers';
        const performers = doc.createNode(u.talent.consent.length > 0 ? [{ who: V1_PERFORMER, status: 'unknown', union: 'unknown', consent: u.talent.consent.map((ref) => ({ ref })) }] : []) as Node;
        if (old && u.talent.consent.length === 0 && isSeq(performers)) performers.flow = true;
        if (old) Object.assign(performers, { comment: old.comment, commentBefore: old.commentBefore, spaceBefore: old.spaceBefore });
        consent.value = performers;
        if (u.talent.consent.length > 0) {
          note(
            ['uses', i, 'talent', 'consent'],
            `uses[${i}].talent.consent: ${u.talent.consent.join(', ')} kept as consent records with only their reference; add party, scope and signed_on (and who the performer is) for them to count as documented consent`,
          );
        }
      }
      if (u.talent.union_work === 'assists') {
        setScalar(talent.get('union_work', true), 'materially-affects');
        note(
          ['uses', i, 'talent', 'union_work'],
          `uses[${i}].talent.union_work: assists ("assists or materially affects" in v1) is now materially-affects; if it is a union member's own use of a tool on their own work, say member-own-work`,
        );
      }
      if (u.talent.replica === 'use' && u.talent.replica_use === 'none') {
        if (talent.has('replica_use')) setScalar(talent.get('replica_use', true), 'unknown');
        else talent.set('replica_use', 'unknown');
        note(['uses', i, 'talent', 'replica_use'], `uses[${i}].talent.replica_use: a replica is used without saying how; now unknown (as-performed, unsafe-action, unrecognisable or new-performance)`);
      }
    });
  }

  const out = doc.toString(TO_STRING);
  const again = loadDeclaration(path, out);
  const refuse = (message: string): Migration => ({ errors: [{ line: 1, column: 1, code: 'migration-refused', message: `${path}: ${message}; the file was left as it is` }] });
  if (!again.declaration || again.format !== 'genai-usage/v2')
    return refuse(`the rewritten file would not be valid genai-usage/v2 (${again.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')})`);
  const want = upgradeDeclaration(v1, work);
  if (canonicalJson(want) !== canonicalJson(again.declaration)) return refuse('the rewritten file would not mean what the v1 file is read as');
  const lost = missingComments(before, out);
  if (lost.length > 0) return refuse(`the rewrite would lose comments (${lost.map((c) => JSON.stringify(c)).join(', ')})`);
  return { text: out, notes };
}

/** The editor modeline (`# yaml-language-server: $schema=…`) points at the v2 schema afterwards. */
function toV2Modeline(comment: string): string {
  return comment.replace(/(yaml-language-server: \$schema=\S*?)genai-usage(?:\.v1)?\.schema\.json/g, '$1genai-usage.v2.schema.json');
}

function setScalar(node: unknown, value: string): void {
  if (isScalar(node)) (node as Scalar).value = value;
}

/** Comment lines of the original (`before`: a text, or its comment lines) that `after` no longer has, as a multiset. */
export function missingComments(before: string | readonly string[], after: string): string[] {
  const have = new Map<string, number>();
  for (const c of commentsOf(parseDocument(after))) have.set(c, (have.get(c) ?? 0) + 1);
  const lost: string[] = [];
  for (const c of typeof before === 'string' ? commentsOf(parseDocument(before)).map(toV2Modeline) : before) {
    const n = have.get(c) ?? 0;
    if (n === 0) lost.push(c);
    else have.set(c, n - 1);
  }
  return lost;
}

function commentsOf(doc: Document): string[] {
  const out: string[] = [];
  const add = (text: string | null | undefined) => {
    for (const line of (text ?? '').split('\n')) if (line.trim() !== '') out.push(line.trim());
  };
  add(doc.commentBefore);
  add(doc.comment);
  visit(doc, {
    Node(_, node) {
      add(node.commentBefore);
      add(node.comment);
    },
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key && typeof key === 'object') {
        add(key.commentBefore);
        add(key.comment);
      }
    },
  });
  return out;
}
