// `genai-clearance approve`: the ledger entry a reviewer would otherwise write by hand (written by the
// one ledger-entry writer, as the Action's snippet and `approvals-path` are), for reviewers
// who keep the ledger in another repository. It reads the declaration, binds the entry to its path,
// use and the fingerprint of the use's content, adds it to the ledger keeping the file's comments, and
// refuses to write a ledger that would not load.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { decodeDocument } from '../documents/read.js';
import { evaluate } from '../evaluate/report.js';
import { readRegularFile, toPosix, writeFileAtomic } from '../io/files.js';
import { ledgerEntry } from '../ledger/entry.js';
import { loadLedger } from '../ledger/load.js';
import { isCalendarDate, today as todayOf } from '../util/dates.js';
import type { CliIO } from './context.js';
import { EXIT, loadConfigFile, loadLibrary, resolveToday, UsageError } from './context.js';

export const approveSpec = {
  summary: 'add an approval for one use to a ledger file, bound to what the use declares now',
  usage: 'genai-clearance approve FILE USE --rules RULE,... --ref REF --approver NAME [--ledger FILE] [options]',
  options: {
    rules: { type: 'string' },
    ref: { type: 'string' },
    approver: { type: 'string' },
    ledger: { type: 'string' },
    expires: { type: 'string' },
    production: { type: 'string' },
    'policy-dir': { type: 'string' },
    config: { type: 'string' },
    today: { type: 'string' },
  },
  help: `Adds one entry to the approvals ledger (default approvals/ledger.yml, created if missing) for use USE
of the declaration FILE: its production, path, use id, the rules, the reference and dates, and the
fingerprint of the use's content, so the approval stops counting if the use changes. Existing entries
and comments are kept; the result is checked against the ledger schema before it is written.

Options:
      --rules RULE,...     the rules approved (rule or pack/rule), as the check's comment lists them
      --ref REF            the approval reference (the ticket in your approvals system)
      --approver NAME      who approves, e.g. "Dana Okafor (Legal)"
      --ledger FILE        the ledger file (default approvals/ledger.yml)
      --expires DATE       when it lapses (YYYY-MM-DD)
      --production ID      the production (default: the trusted configuration's, else the declaration's)
      --today DATE         the approval date (default today)`,
} as const;

export interface ApproveOptions {
  rules?: string;
  ref?: string;
  approver?: string;
  ledger?: string;
  expires?: string;
  production?: string;
  policyDir?: string;
  config?: string;
  today?: string;
}

export function approveCommand(positionals: readonly string[], opts: ApproveOptions, io: CliIO): number {
  const [file, useId] = positionals;
  if (!file || !useId) throw new UsageError('approve needs the declaration FILE and the USE id');
  for (const required of ['rules', 'ref', 'approver'] as const) if (!opts[required]) throw new UsageError(`approve needs --${required}`);
  if (opts.expires !== undefined && !isCalendarDate(opts.expires)) throw new UsageError(`--expires takes a date as YYYY-MM-DD, got "${opts.expires}"`);
  const day = opts.today !== undefined ? resolveToday(io, opts.today) : todayOf(io.now);
  const path = toPosix(file);
  const library = loadLibrary(io, opts.policyDir);
  const config = loadConfigFile(io, opts.config, library);
  const report = evaluate({ files: [{ path, text: readRegularFile(resolve(io.cwd, file), path) }], library, ...(config ? { config } : {}), today: day });
  const declared = report.files[0];
  if (declared?.status !== 'valid') {
    io.stderr(`${path} is not a valid declaration; run \`genai-clearance check ${path}\`\n`);
    return EXIT.invalid;
  }
  const use = declared.uses.find((u) => u.id === useId);
  if (!use?.fingerprint) throw new UsageError(`${path} declares no use \`${useId}\` (uses: ${declared.uses.map((u) => u.id).join(', ')})`);
  const rules = (opts.rules as string).split(',').filter(Boolean);
  const escalated = new Set(use.findings.filter((f) => f.effectiveLevel === 'escalate').flatMap((f) => [f.rule, `${f.pack}/${f.rule}`]));
  const notEscalated = rules.filter((r) => !escalated.has(r));
  if (notEscalated.length > 0)
    throw new UsageError(
      `\`${useId}\` does not need approval for ${notEscalated.map((r) => `\`${r}\``).join(', ')} (it needs: ${[...new Set(use.findings.filter((f) => f.effectiveLevel === 'escalate').map((f) => `${f.pack}/${f.rule}`))].join(', ') || 'nothing'})`,
    );
  const production = opts.production ?? config?.production ?? declared.production?.id;
  if (!production) throw new UsageError('the production is unknown: pass --production, or set production.id in the declaration');

  const ledgerPath = opts.ledger ?? 'approvals/ledger.yml';
  const target = resolve(io.cwd, ledgerPath);
  // Decoded by the one reader's rule: a byte that is not UTF-8 is refused at its place, never rewritten.
  const existing = existsSync(target) ? decodeDocument(readRegularFile(target, ledgerPath)) : { text: 'format: genai-approvals/v1\napprovals: []\n' };
  if ('error' in existing) {
    io.stderr(`${ledgerPath}:${existing.error.line}:${existing.error.column}: ${existing.error.message}\n${ledgerPath} was not changed\n`);
    return EXIT.invalid;
  }
  const doc = parseDocument(existing.text);
  const approvals = doc.get('approvals', true);
  if (!isSeq(approvals) || !isMap(doc.contents)) {
    io.stderr(`${ledgerPath} is not an approvals ledger (\`format: genai-approvals/v1\` with \`approvals:\`)\n`);
    return EXIT.invalid;
  }
  approvals.flow = false;
  approvals.add(
    doc.createNode(
      ledgerEntry({
        ref: opts.ref as string,
        production,
        path,
        use: useId,
        rules,
        approvedOn: day,
        ...(opts.expires ? { expiresOn: opts.expires } : {}),
        approver: opts.approver as string,
        fingerprint: use.fingerprint,
      }),
    ),
  );
  const text = doc.toString();
  const check = loadLedger(ledgerPath, text);
  if ('errors' in check) {
    for (const e of check.errors) io.stderr(`${e.file ?? ledgerPath}:${e.line}:${e.column}: ${e.message}\n`);
    io.stderr(`${ledgerPath} was not changed\n`);
    return EXIT.invalid;
  }
  writeFileAtomic(target, text, ledgerPath);
  io.stderr(`added ${opts.ref} for ${path} › ${useId} (${rules.join(', ')}) to ${ledgerPath}; merge it where the check reads the ledger, then re-run the check\n`);
  return EXIT.pass;
}
