import { stringify } from 'yaml';
import type { CompiledRule, Pack } from '../policy/library.js';
import { LEVEL_MEANING } from '../render/words.js';
import type { CliIO } from './context.js';
import { EXIT, loadLibrary, UsageError } from './context.js';
import { didYouMean } from './suggest.js';

export function explainCommand(ruleArg: string | undefined, opts: { policyDir?: string }, io: CliIO): number {
  if (!ruleArg) throw new UsageError('explain needs a rule id, e.g. `genai-clearance explain final-deliverable`');
  const library = loadLibrary(io, opts.policyDir);
  const [packName, ruleId] = ruleArg.includes('/') ? (ruleArg.split('/', 2) as [string, string]) : [undefined, ruleArg];
  const matches: Array<{ pack: Pack; rule: CompiledRule }> = [];
  for (const [name, versions] of library.packs) {
    const newest = versions[0];
    if (!newest || (packName && name !== packName)) continue;
    const rule = newest.rules.find((r) => r.id === ruleId);
    if (rule) matches.push({ pack: newest, rule });
  }
  if (matches.length === 0) {
    const all = [...library.packs.values()].flatMap((v) => v[0]?.rules.map((r) => r.id) ?? []);
    const qualified = [...library.packs.values()].flatMap((v) => v[0]?.rules.map((r) => `${v[0]?.name}/${r.id}`) ?? []);
    throw new UsageError(`no rule \`${ruleArg}\` in the loaded packs${didYouMean(ruleArg, packName ? qualified : all)} (rules: ${all.join(', ')})`);
  }
  io.stdout(matches.map(({ pack, rule }) => describeRule(pack, rule)).join('\n'));
  return EXIT.pass;
}

function describeRule(pack: Pack, rule: CompiledRule): string {
  const principle = pack.principles.get(rule.principle);
  return [
    `${rule.id} (${pack.name}@${pack.version})`,
    `  principle: ${rule.principle}${principle ? ` ${principle.number}. ${principle.title} — ${principle.summary}` : ''}`,
    `  level:     ${rule.level} (${LEVEL_MEANING[rule.level]})`,
    `  category:  ${rule.category}`,
    `  message:   ${rule.message}`,
    `  fires when (every field below holds; \`unknown\` on a true/false/unknown field also fires):`,
    ...stringify(rule.when)
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`),
    `  remedy:    ${rule.remedy}`,
    `  source:    ${rule.source}`,
    ...clauseLines(pack, rule),
    `  guidance:  ${rule.guidance.join(', ')}`,
    '',
  ].join('\n');
}

// The passage a rule rests on, where and when it was read, and the project's reading of it.
function clauseLines(pack: Pack, rule: CompiledRule): string[] {
  const c = rule.clause;
  if (!c) return [`  read at:   ${pack.doc.source.url} (read ${pack.doc.source.read_on}); this rule quotes no passage`];
  return [`  read at:   ${c.url ?? pack.doc.source.url} (read ${c.read_on ?? pack.doc.source.read_on})`, `  the text:  “${c.quote}”`, `  reading:   ${c.reading}`];
}
