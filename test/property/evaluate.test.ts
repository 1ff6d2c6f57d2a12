// Property-based tests of the evaluator on declarations generated from the schema (arbitraries.ts):
// it never throws and always decides; it is deterministic to the byte; and a use's outcome never
// improves when one of its fields moves toward risk. Outcomes are ordered
// clear < approved < needs-approval < blocked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDeclaration } from '../../src/declaration/load.js';
import type { Report } from '../../src/model/report.js';
import { render } from '../../src/render/index.js';
import { evaluateYaml, onlyUse } from '../helpers.js';
import type { Declaration, TriState, Use } from './arbitraries.js';
import { anyUse, declaration, INPUTS, KINDS, PROMINENCE, REFERENCES, STAGES, tool } from './arbitraries.js';

const RANK: Record<string, number> = { clear: 0, approved: 1, 'needs-approval': 2, blocked: 3 };
const OUTCOMES = Object.keys(RANK);
const RUNS = { numRuns: 200 };

const toYaml = (d: Declaration) => stringify(d);
const single = (u: Use): Declaration => ({ format: 'genai-usage/v1', policies: ['netflix-genai@1'], production: { title: 'Property', id: 'PRD-1' }, uses: [u] });
function outcomeOf(u: Use): string {
  return onlyUse(evaluateYaml(toYaml(single(u)))).outcome;
}

/**
 * The outcome a use's risk alone earns. An approval clears exactly the rules it names, so a step toward
 * risk can swap which rule escalates (in netflix-genai 1.0.0, `replica: create` fires replica-creation
 * but not replica-new-performance, which `replica: use` fires): an approval naming the first then
 * clears the riskier use and not the milder one. Monotonicity is a property of the judgement, so it is
 * checked without approvals; what approvals clear is tested rule by rule elsewhere.
 */
function riskOf(u: Use): string {
  return outcomeOf({ ...clone(u), approvals: [] });
}

describe('generated declarations', () => {
  it('are valid, never throw, always reach a decision, and give every use an outcome', () => {
    fc.assert(
      fc.property(declaration, (d) => {
        const report = evaluateYaml(toYaml(d));
        expect(report.files[0]?.errors, JSON.stringify(report.files[0]?.errors)).toEqual([]);
        expect(report.files[0]?.status).toBe('valid');
        expect(['pass', 'fail']).toContain(report.decision);
        expect(report.files[0]?.uses.map((u) => u.id)).toEqual(d.uses.map((u) => u.id));
        for (const u of report.files[0]?.uses ?? []) expect(OUTCOMES).toContain(u.outcome);
        // pass exactly when every use is clear or approved (and nothing else failed).
        const allOk = (report.files[0]?.uses ?? []).every((u) => u.outcome === 'clear' || u.outcome === 'approved');
        expect(report.decision).toBe(allOk ? 'pass' : 'fail');
      }),
      RUNS,
    );
  });

  it('are evaluated deterministically: the same text gives byte-identical JSON (and markdown)', () => {
    fc.assert(
      fc.property(declaration, (d) => {
        const text = toYaml(d);
        const [a, b] = [evaluateYaml(text), evaluateYaml(text)] as [Report, Report];
        expect(render(b, 'json')).toBe(render(a, 'json'));
        expect(render(b, 'markdown')).toBe(render(a, 'markdown'));
      }),
      { numRuns: 100 },
    );
  });

  it('mutated anywhere (a random value at a random path), never throw: invalid, or a decision', () => {
    const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('unknown', '__proto__', '', '2026-02-30', 'GENAI-2026-0001', '*', null));
    fc.assert(
      fc.property(declaration, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), anyValue, (d, picks, value) => {
        const mutated = structuredClone(d) as unknown as Record<string, unknown>;
        // Walk down a random path, then overwrite (or delete) what is there.
        let node: Record<string, unknown> = mutated;
        for (const pick of picks) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[pick % keys.length] as string;
          const child = node[key];
          if (child && typeof child === 'object' && picks.indexOf(pick) < picks.length - 1) node = child as Record<string, unknown>;
          else {
            if (value === '*') delete node[key];
            else node[key] = value;
            break;
          }
        }
        const text = stringify(mutated);
        const report = evaluateYaml(text);
        expect(['pass', 'fail']).toContain(report.decision);
        const file = report.files[0];
        if (file?.status === 'invalid') {
          expect(report.decision).toBe('fail');
          expect(file.errors.length).toBeGreaterThan(0);
          for (const e of file.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        } else for (const u of file?.uses ?? []) expect(OUTCOMES).toContain(u.outcome);
      }),
      RUNS,
    );
  });

  it('random text never makes the loader throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const loaded = loadDeclaration('genai-usage.yml', s);
        expect(loaded.errors.length > 0 || loaded.declaration !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Monotonicity: one step toward risk never improves the outcome.

type Step = (u: Use, n: number) => Use | undefined;
const clone = (u: Use): Use => structuredClone(u);
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Tri-state: false → unknown → true (and false → true). */
function triUp(get: (u: Use) => TriState | undefined, set: (u: Use, v: TriState) => void): Step {
  return (u, n) => {
    const now = get(u) ?? false;
    const next: TriState[] = now === false ? ['unknown', true] : now === 'unknown' ? [true] : [];
    if (next.length === 0) return undefined;
    const out = clone(u);
    set(out, pick(next, n));
    return out;
  };
}

function orderUp(order: readonly string[], get: (u: Use) => string | undefined, set: (u: Use, v: string) => void): Step {
  return (u, n) => {
    const at = order.indexOf(get(u) ?? (order[0] as string));
    const higher = order.slice(at + 1);
    if (higher.length === 0) return undefined;
    const out = clone(u);
    set(out, pick(higher, n));
    return out;
  };
}

const STEPS: Record<string, Step> = {
  'output.final false→unknown→true': triUp(
    (u) => u.output.final,
    (u, v) => (u.output.final = v),
  ),
  'creative.key_element false→unknown→true': triUp(
    (u) => u.creative?.key_element,
    (u, v) => (u.creative = { ...u.creative, key_element: v }),
  ),
  'talent.model_reuse false→unknown→true': triUp(
    (u) => u.talent?.model_reuse,
    (u, v) => (u.talent = { ...u.talent, model_reuse: v }),
  ),
  'audience.could_mislead false→unknown→true': triUp(
    (u) => u.audience?.could_mislead,
    (u, v) => (u.audience = { ...u.audience, could_mislead: v }),
  ),
  'tools[i].trains_on_inputs false→unknown→true': (u, n) => {
    const i = n % u.tools.length;
    return triUp(
      (x) => x.tools[i]?.trains_on_inputs,
      (x, v) => ((x.tools[i] as { trains_on_inputs: TriState }).trains_on_inputs = v),
    )(u, Math.floor(n / 7));
  },
  // enterprise: true is the safe value. true → unknown and true → false are steps toward risk; the
  // step unknown → false is the one documented exception (see the next describe block).
  'tools[i].enterprise true→unknown or true→false': (u, n) => {
    const t = u.tools[n % u.tools.length];
    if (t?.enterprise !== true) return undefined;
    const out = clone(u);
    (out.tools[n % u.tools.length] as { enterprise: TriState }).enterprise = pick(['unknown', false] as TriState[], Math.floor(n / 7));
    return out;
  },
  'add an input': (u, n) => {
    const missing = INPUTS.filter((i) => !u.inputs.includes(i));
    if (missing.length === 0) return undefined;
    // Under training, an empty input list escalates as "material not known to be cleared" (A15);
    // naming cleared material is information, not risk. Any other addition must not help.
    const candidates = (u.training ?? 'none') !== 'none' && u.inputs.length === 0 ? missing.filter((i) => i !== 'owned-cleared' && i !== 'public-domain') : missing;
    const out = clone(u);
    out.inputs = [...u.inputs, pick(candidates, n)];
    return out;
  },
  'add a reference': (u, n) => {
    const refs = u.creative?.references ?? [];
    const missing = REFERENCES.filter((r) => !refs.includes(r));
    if (missing.length === 0) return undefined;
    const out = clone(u);
    out.creative = { ...u.creative, references: [...refs, pick(missing, n)] };
    return out;
  },
  'add an output kind': (u, n) => {
    const missing = KINDS.filter((k) => !u.output.kinds.includes(k));
    if (missing.length === 0) return undefined;
    const out = clone(u);
    out.output.kinds = [...u.output.kinds, pick(missing, n)];
    return out;
  },
  'output.final: true (from anything)': (u) => {
    if (u.output.final === true) return undefined;
    const out = clone(u);
    out.output.final = true;
    return out;
  },
  'prominence up': orderUp(
    PROMINENCE,
    (u) => u.output.prominence,
    (u, v) => (u.output.prominence = v),
  ),
  'stage → marketing or localization': (u, n) => {
    if (u.stage === 'marketing' || u.stage === 'localization') return undefined;
    const out = clone(u);
    out.stage = pick(
      STAGES.filter((s) => s === 'marketing' || s === 'localization'),
      n,
    );
    return out;
  },
  'training none → fine-tune → train': orderUp(
    ['none', 'fine-tune', 'train'],
    (u) => u.training,
    (u, v) => (u.training = v),
  ),
  'replica none → use → create': orderUp(
    ['none', 'use', 'create'],
    (u) => u.talent?.replica,
    (u, v) => (u.talent = { ...u.talent, replica: v }),
  ),
  'replica_use: a consent exception → none or new-performance': (u, n) => {
    const now = u.talent?.replica_use ?? 'none';
    if (!['as-performed', 'unsafe-action', 'unrecognisable'].includes(now)) return undefined;
    const out = clone(u);
    out.talent = { ...u.talent, replica_use: pick(['none', 'new-performance'], n) };
    return out;
  },
  'alteration none → customary → significant': orderUp(
    ['none', 'customary', 'significant'],
    (u) => u.talent?.alteration,
    (u, v) => (u.talent = { ...u.talent, alteration: v }),
  ),
  'union_work none → assists → replaces': orderUp(
    ['none', 'assists', 'replaces'],
    (u) => u.talent?.union_work,
    (u, v) => (u.talent = { ...u.talent, union_work: v }),
  ),
  'remove the documented consent': (u) => {
    if ((u.talent?.consent ?? []).length === 0) return undefined;
    const out = clone(u);
    out.talent = { ...u.talent, consent: [] };
    return out;
  },
  'not yet disclosed': (u) => {
    if (u.disclosed === false) return undefined;
    const out = clone(u);
    out.disclosed = false;
    return out;
  },
  'add a vendor to a tool': (u, n) => {
    const i = n % u.tools.length;
    if (u.tools[i]?.vendor !== undefined) return undefined;
    const out = clone(u);
    (out.tools[i] as { vendor?: string }).vendor = 'Outside studio';
    return out;
  },
  'remove an approval': (u, n) => {
    if (!u.approvals || u.approvals.length === 0) return undefined;
    const out = clone(u);
    out.approvals = u.approvals.filter((_, j) => j !== n % u.approvals!.length);
    return out;
  },
};

/** One more tool, any tool, can only add steps that must each comply. */
const addTool = (u: Use, t: (typeof u.tools)[number]): Use | undefined => (u.tools.length >= 50 ? undefined : { ...clone(u), tools: [...u.tools, t] });

describe('monotonicity: a step toward risk never improves a use', () => {
  for (const [name, step] of Object.entries(STEPS)) {
    it(name, () => {
      fc.assert(
        fc.property(anyUse, fc.nat(), (u, n) => {
          const after = step(u, n);
          fc.pre(after !== undefined);
          const [was, now] = [riskOf(u), riskOf(after as Use)];
          expect(RANK[now], `${was} → ${now}\nbefore: ${JSON.stringify(u)}\nafter: ${JSON.stringify(after)}`).toBeGreaterThanOrEqual(RANK[was] as number);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('add a tool', () => {
    fc.assert(
      fc.property(anyUse, tool, (u, t) => {
        const after = addTool(u, t);
        fc.pre(after !== undefined);
        expect(RANK[riskOf(after as Use)]).toBeGreaterThanOrEqual(RANK[riskOf(u)] as number);
      }),
      { numRuns: 100 },
    );
  });

  it('several steps in a row', () => {
    const names = Object.keys(STEPS);
    fc.assert(
      fc.property(anyUse, fc.array(fc.tuple(fc.nat({ max: names.length - 1 }), fc.nat()), { minLength: 2, maxLength: 6 }), (u, plan) => {
        let current = u;
        let rank = RANK[riskOf(u)] as number;
        for (const [s, n] of plan) {
          const next = (STEPS[names[s] as string] as Step)(current, n);
          if (!next) continue;
          const r = RANK[riskOf(next)] as number;
          expect(r, `${names[s]} lowered the outcome`).toBeGreaterThanOrEqual(rank);
          [current, rank] = [next, r];
        }
      }),
      { numRuns: 100 },
    );
  });
});

// fast-check finds exactly these two when the steps above are not narrowed. Both are the pack's
// documented safe readings, not engine bugs; they are pinned here so a policy change that alters
// them has to update docs/reliability.md as well.
describe('the two documented cases where more information lowers the outcome', () => {
  const base: Use = {
    id: 'a',
    summary: 'a',
    stage: 'ideation',
    disclosed: '2025-01-01',
    tools: [{ name: 'a', enterprise: true, trains_on_inputs: false }],
    inputs: [],
    output: { kinds: ['text'], final: false, prominence: 'none' },
  };

  it('enterprise: unknown escalates (A1: "unsure" escalates), enterprise: false only informs (A5: "where possible")', () => {
    expect(outcomeOf({ ...base, tools: [{ name: 'a', enterprise: 'unknown', trains_on_inputs: false }] })).toBe('needs-approval');
    expect(outcomeOf({ ...base, tools: [{ name: 'a', enterprise: false, trains_on_inputs: false }] })).toBe('clear');
  });

  it('training on an empty input list escalates (A15: material not known to be cleared); naming owned-cleared material clears it', () => {
    expect(outcomeOf({ ...base, training: 'fine-tune' })).toBe('needs-approval');
    expect(outcomeOf({ ...base, training: 'fine-tune', inputs: ['owned-cleared'] })).toBe('clear');
    // Naming anything not cleared keeps it escalated: information only helps when it is the safe kind.
    expect(outcomeOf({ ...base, training: 'fine-tune', inputs: ['licensed-stock'] })).toBe('needs-approval');
  });
});
