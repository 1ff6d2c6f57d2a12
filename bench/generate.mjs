// Deterministic generator of realistic, valid genai-usage.yml declarations for the benchmark.
//
// The risk mix follows the use cases of the pack's guidance (policy/netflix-genai/, examples/m1-…m6-):
// mostly clear ideation (M1), vendor pipelines with several tools, and a tail of escalations — final
// background elements (M2), key visuals (M3), talent replicas (M4), unowned training data (M5),
// proprietary inputs (M6), marketing and localization, unknown vendor steps — each either carrying a
// written approval for exactly the rules it escalates or not. Uses are built as fresh plain objects
// (never shared, never structuredClone'd) and written with a small block-style emitter: no anchors,
// no aliases, no tags, the style production teams write by hand.

/** mulberry32: a tiny seeded PRNG, so every run of the bench checks the same bytes. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const pad = (n, w) => String(n).padStart(w, '0');
/** A date in 2026 before the bench's evaluation day (2026-11-23). */
const date2026 = (r, fromMonth = 1, toMonth = 10) => `2026-${pad(fromMonth + Math.floor(r() * (toMonth - fromMonth + 1)), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;

export const TODAY = '2026-11-23';

const SUBJECTS = [
  'harbour',
  'lighthouse',
  'night market',
  'trawler deck',
  'rooftop chase',
  'festival crowd',
  'newsroom',
  'forest road',
  'station platform',
  'storm front',
  'village square',
  'control room',
];
const PURPOSES = ['Moodboards of the', 'Reference images for the', 'Mood frames of the', 'Colour studies for the', 'Layout tests of the', 'Lighting references for the'];
const VENDORS = ['Northlight VFX', 'Ferro & Lamb AI Studio', 'Bluewater Post', 'Halcyon Sound', 'Meridian Dubbing'];
const IN_HOUSE = ['Studio Imaging Suite', 'Studio Assistant (enterprise)', 'Studio Video Gen', 'Segment Pro', 'Previs Studio'];
const CONSUMER = ['Palette Muse (team plan)', 'Sketchwave', 'Moodloom'];

const tool = (name, enterprise = true, trains = false, vendor) => (vendor ? { name, vendor, enterprise, trains_on_inputs: trains } : { name, enterprise, trains_on_inputs: trains });
const output = (kinds, final = false, prominence = 'none') => ({ kinds, final, prominence });

function approval(r, rules, serial) {
  const approved = date2026(r, 1, 10);
  const expires = `2027-${approved.slice(5)}`;
  return { ref: `GENAI-2026-${pad(serial, 5)}`, rules, approved_on: approved, expires_on: expires, policy: 'netflix-genai@1.0.0' };
}

// Each archetype: weight (per 100 uses) and a builder returning a use plus the rules it escalates.
const ARCHETYPES = [
  {
    name: 'ideation',
    weight: 55,
    build: (r, id) => ({
      use: {
        id,
        summary: `${pick(r, PURPOSES)} ${pick(r, SUBJECTS)} for the writers' room wall`,
        stage: 'ideation',
        disclosed: date2026(r),
        tools: [tool(pick(r, IN_HOUSE))],
        inputs: pick(r, [[], ['owned-cleared'], ['licensed-stock'], ['public-domain'], ['owned-cleared', 'licensed-stock']]),
        output: output([pick(r, ['image', 'text', 'video'])]),
      },
      escalates: [],
    }),
  },
  {
    name: 'consumer-tool',
    weight: 8,
    build: (r, id) => ({
      use: {
        id,
        summary: `Brainstormed ${pick(r, SUBJECTS)} names with a consumer tool whose terms exclude training`,
        stage: 'ideation',
        disclosed: date2026(r),
        tools: [tool(pick(r, CONSUMER), false, false)],
        inputs: [],
        output: output(['text']),
      },
      escalates: [],
    }),
  },
  {
    name: 'vendor-previs',
    weight: 10,
    build: (r, id) => {
      const vendor = pick(r, VENDORS);
      const steps = 2 + Math.floor(r() * 3);
      return {
        use: {
          id,
          summary: `Previs of the ${pick(r, SUBJECTS)} sequence from storyboard panels, generated and cut by the vendor`,
          stage: 'pre-production',
          disclosed: date2026(r),
          tools: Array.from({ length: steps }, (_, i) => tool(`${pick(r, IN_HOUSE)} step ${i + 1}`, true, false, vendor)),
          inputs: ['owned-cleared'],
          output: output(['video']),
        },
        escalates: [],
      };
    },
  },
  {
    name: 'background-element',
    weight: 7,
    build: (r, id) => ({
      use: {
        id,
        summary: `Background signage and posters in the ${pick(r, SUBJECTS)} scenes, composited into the plates`,
        stage: 'post-production',
        disclosed: date2026(r),
        tools: [tool(pick(r, IN_HOUSE), true, false, pick(r, VENDORS))],
        inputs: ['owned-cleared'],
        output: { ...output(['image', 'video'], true, 'background'), source_type: 'compositeWithTrainedAlgorithmicMedia' },
      },
      escalates: ['final-deliverable'],
    }),
  },
  {
    name: 'key-visual',
    weight: 4,
    build: (r, id) => ({
      use: {
        id,
        summary: `Final design of the ${pick(r, SUBJECTS)} creature, built by the art department over their own sculpts`,
        stage: 'pre-production',
        disclosed: date2026(r),
        tools: [tool('Studio Imaging Suite')],
        inputs: ['owned-cleared'],
        output: output(['image', '3d'], true, 'story-critical'),
        creative: { key_element: true, references: [] },
      },
      escalates: ['final-deliverable', 'prominent-element', 'key-creative-element'],
    }),
  },
  {
    name: 'proprietary-input',
    weight: 4,
    build: (r, id) => ({
      use: {
        id,
        summary: `Thumbnail layouts from the episode scripts for the ${pick(r, SUBJECTS)} scenes, redrawn by the storyboard team`,
        stage: 'pre-production',
        disclosed: date2026(r),
        tools: [tool('Studio Imaging Suite')],
        inputs: pick(r, [['script'], ['unreleased-footage'], ['script', 'production-images']]),
        output: output(['image']),
      },
      escalates: ['proprietary-input'],
    }),
  },
  {
    name: 'talent-replica',
    weight: 3,
    build: (r, id, serial) => ({
      use: {
        id,
        summary: `De-ageing of the lead in the ${pick(r, SUBJECTS)} flashback, from a consented capture session`,
        stage: 'post-production',
        disclosed: date2026(r),
        tools: [tool('Face Replica Pro', true, false, 'Northlight VFX'), tool('Segment Pro', true, false, 'Northlight VFX')],
        inputs: ['talent-likeness', 'unreleased-footage'],
        output: output(['video'], true, 'featured'),
        talent: { replica: 'create', replica_use: 'as-performed', alteration: 'none', consent: [`CONSENT-${pad(serial, 5)}`], model_reuse: false, union_work: 'none' },
      },
      escalates: ['talent-likeness-input', 'proprietary-input', 'final-deliverable', 'prominent-element', 'replica-creation'],
    }),
  },
  {
    name: 'marketing',
    weight: 3,
    build: (r, id) => ({
      use: {
        id,
        summary: `Key art variations for the ${pick(r, SUBJECTS)} campaign, finished by the marketing designers`,
        stage: 'marketing',
        disclosed: date2026(r),
        tools: [tool('Studio Imaging Suite')],
        inputs: ['owned-cleared'],
        output: output(['image'], true, 'featured'),
      },
      escalates: ['final-deliverable', 'prominent-element'],
    }),
  },
  {
    name: 'unknown-vendor-step',
    weight: 2,
    build: (r, id) => {
      const vendor = pick(r, VENDORS);
      return {
        use: {
          id,
          summary: `Upscaling of the ${pick(r, SUBJECTS)} tests; the vendor could not produce the upscaler's terms`,
          stage: 'pre-production',
          disclosed: date2026(r),
          tools: [tool('Segment Pro', true, false, vendor), tool('Clarion Upscale', 'unknown', 'unknown', vendor)],
          inputs: ['owned-cleared'],
          output: output(['video']),
        },
        escalates: ['tool-retains-inputs', 'non-enterprise-tool'],
      };
    },
  },
  {
    name: 'fine-tune',
    weight: 2,
    build: (r, id) => ({
      use: {
        id,
        summary: `Style model fine-tuned on licensed stock of ${pick(r, SUBJECTS)} scenes for previs`,
        stage: 'pre-production',
        disclosed: date2026(r),
        tools: [tool('Studio Video Gen')],
        inputs: ['licensed-stock'],
        training: 'fine-tune',
        output: output(['video']),
      },
      escalates: ['uncleared-training-data'],
    }),
  },
  {
    name: 'localization',
    weight: 2,
    build: (r, id) => ({
      use: {
        id,
        summary: `Lip-sync adjustment of the dubbed ${pick(r, SUBJECTS)} scenes, supervised by the dubbing director`,
        stage: 'localization',
        disclosed: date2026(r),
        tools: [tool('Dub Sync', true, false, 'Meridian Dubbing')],
        inputs: ['unreleased-footage'],
        output: output(['video', 'audio'], true, 'incidental'),
        talent: { replica: 'none', replica_use: 'none', alteration: 'customary', consent: [], model_reuse: false, union_work: 'assists' },
      },
      escalates: ['proprietary-input', 'final-deliverable', 'union-work-impact'],
    }),
  },
];
const TOTAL_WEIGHT = ARCHETYPES.reduce((n, a) => n + a.weight, 0);

function archetype(r) {
  let x = r() * TOTAL_WEIGHT;
  for (const a of ARCHETYPES) {
    x -= a.weight;
    if (x < 0) return a;
  }
  return ARCHETYPES[0];
}

/** One declaration with `uses` uses, as a plain object. Same seed, same declaration. */
export function makeDeclaration(seed, uses) {
  const r = rng(seed);
  const list = [];
  for (let i = 0; i < uses; i++) {
    const a = archetype(r);
    const serial = seed * 100_000 + i;
    const { use, escalates } = a.build(r, `${a.name}-${pad(i + 1, 5)}`, serial);
    // Escalations: about 60 % carry the written approval for exactly the rules they escalate.
    if (escalates.length > 0 && r() < 0.6) use.approvals = [approval(r, escalates, serial % 1_000_000)];
    list.push(use);
  }
  return {
    format: 'genai-usage/v1',
    policies: ['netflix-genai@1'],
    production: { title: `Bench Production ${seed}`, id: `PRD-${pad(seed, 4)}`, contact: 'partner-contact@example.com' },
    uses: list,
  };
}

// ---------------------------------------------------------------------------------- YAML emitter

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 ,.()/'_-]*$/;
const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9][0-9_.eExXoO+-]*|\.inf|\.nan)$/i;

function scalar(v) {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v === null) return 'null';
  // Calendar dates stay plain: YAML 1.2's core schema reads them as strings.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ')) return v;
  return JSON.stringify(v); // a JSON string is a valid YAML double-quoted scalar
}

const isScalarList = (v) => Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');

function emit(value, indent, out) {
  const sp = ' '.repeat(indent);
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const lines = [];
        emit(item, indent + 2, lines);
        lines[0] = `${sp}- ${lines[0].slice(indent + 2)}`;
        out.push(...lines);
      } else out.push(`${sp}- ${scalar(item)}`);
    }
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (isScalarList(v) && (v.length <= 4 || k !== 'uses')) out.push(`${sp}${k}: [${v.map(scalar).join(', ')}]`);
    else if (v !== null && typeof v === 'object') {
      out.push(`${sp}${k}:`);
      emit(v, Array.isArray(v) ? indent + 2 : indent + 2, out);
    } else out.push(`${sp}${k}: ${scalar(v)}`);
  }
}

/** Block-style YAML, flow lists for short scalar lists, no anchors or aliases. */
export function toYaml(declaration, comment) {
  const out = [];
  if (comment) out.push(`# ${comment}`);
  const { uses, ...head } = declaration;
  emit(head, 0, out);
  out.push('', 'uses:');
  uses.forEach((use, i) => {
    if (i % 10 === 0) out.push(`  # ---------------------------------------------------------- uses ${i + 1}–${Math.min(i + 10, uses.length)}`);
    emit([use], 2, out);
  });
  return `${out.join('\n')}\n`;
}

/**
 * The bench's shapes; `scale` shrinks them for the smoke test. 50,000 uses come as two files of
 * 25,000: one file that size (~23 MB) is over the reader's 16 MiB limit per file.
 */
export function shapes(scale = 1) {
  const n = (x) => Math.max(1, Math.round(x * scale));
  const count = (n, what) => `${String(n).replace(/\B(?=(\d{3})+$)/g, ',')} ${what}${n === 1 ? '' : 's'}`;
  const files = (f, u) => (f === 1 ? count(u, 'use') : `${count(f, 'file')} × ${count(u, 'use')}`);
  return [
    { name: 'typical', files: 1, uses: n(20) },
    { name: 'series', files: 1, uses: n(1000) },
    { name: 'studio', files: n(500), uses: n(20) },
    { name: 'stress', files: 1, uses: n(10_000) },
    { name: 'huge', files: 2, uses: n(25_000) },
  ].map((s) => ({ ...s, label: `${s.name === 'series' ? 'big series' : s.name} (${files(s.files, s.uses)})` }));
}
