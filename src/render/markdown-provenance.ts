// The comment's provenance parts: the files only declaring clears (in "Needs action"), and the
// Provenance section (what each file that says anything says, on what evidence, and who declares it).
// File paths, stated values, signers and generators come from the pull request: all escaped.
import { markdownTable } from 'markdown-table';
import type { AssetFinding, AssetReport } from '../model/provenance.js';
import { escapeMarkdown, markdownCode } from './escape.js';
import type { Context, Group } from './markdown-layout.js';
import { assetSays, CREDENTIALS_WORD, isSilent, plural, provenanceSummary } from './words.js';

export function undeclaredGroup(ctx: Context): Group | undefined {
  const failing = (ctx.report.provenance?.assets ?? []).filter((a) => a.findings.some((f) => f.status === 'undeclared'));
  if (failing.length === 0) return undefined;
  return {
    heading: 'Media files no use declares',
    items: failing.map((a) => {
      const lines = [`- ❌ ${markdownCode(a.path, ctx.layout.textMax)} — ${escapeMarkdown(assetSays(a), ctx.layout.textMax)}`];
      for (const f of a.findings.filter((x) => x.status === 'undeclared')) lines.push(`  - ${findingLine(ctx, f)}`);
      return lines.join('\n');
    }),
  };
}

function findingLine(ctx: Context, f: AssetFinding): string {
  const remedy = ctx.layout.verbose ? ` Remedy: ${escapeMarkdown(f.remedy, ctx.layout.textMax)} Source: ${escapeMarkdown(f.source, ctx.layout.textMax)}` : '';
  return `${markdownCode(f.rule)} (${escapeMarkdown(f.principle, ctx.layout.itemMax)}): ${escapeMarkdown(f.message, ctx.layout.textMax)}${remedy}`;
}

export function provenanceBlock(ctx: Context): string | undefined {
  const p = ctx.report.provenance;
  // Nothing was read: a section that counts zero files says nothing a reviewer can act on.
  if (!p || p.counts.files === 0) return undefined;
  const { layout } = ctx;
  const blocks = ['### Provenance', escapeMarkdown(`${provenanceSummary(p)}.`)];
  if (p.packsWithoutChecks.length > 0)
    blocks.push(
      `> ℹ️ ${p.packsWithoutChecks.map((x) => markdownCode(x)).join(', ')} ${p.packsWithoutChecks.length === 1 ? 'has' : 'have'} no provenance checks: ${p.packsWithoutChecks.length === 1 ? 'it judges' : 'they judge'} no file.`,
    );
  const shown = p.assets.filter((a) => !isSilent(a));
  const rowMax = layout.listMax * 4;
  if (shown.length > 0) {
    const rows = shown
      .slice(0, rowMax)
      .map((a) => [
        markdownCode(a.path, layout.itemMax),
        escapeMarkdown(assetSays(a), layout.textMax),
        escapeMarkdown(credentialsCell(a), layout.textMax),
        a.declaredBy.length > 0
          ? a.declaredBy.map((r) => `${ctx.multiFile ? `${escapeMarkdown(r.file, layout.itemMax)} › ` : ''}${markdownCode(r.use, layout.itemMax)}`).join(', ')
          : a.findings.some((f) => f.status === 'undeclared')
            ? '❌ no use'
            : '—',
      ]);
    blocks.push(markdownTable([['File', 'Says', 'Content Credentials', 'Declared by'], ...rows], { alignDelimiters: false }));
    if (shown.length > rowMax) blocks.push(`_…and ${plural(shown.length - rowMax, 'more file')} not shown._`);
  }
  const silent = p.assets.length - shown.length;
  if (silent > 0) blocks.push(`_${plural(silent, 'other file')} ${silent === 1 ? 'states' : 'state'} no source type and no use declares ${silent === 1 ? 'it' : 'them'}: unknown, not clean._`);
  if (layout.verbose) {
    const notes = shown.flatMap((a) => [
      ...a.notes.map((n) => `- ${markdownCode(a.path, layout.itemMax)}: ${escapeMarkdown(n, layout.textMax)}`),
      ...a.findings.filter((f) => f.status === 'noted').map((f) => `- ${markdownCode(a.path, layout.itemMax)}: ℹ️ ${findingLine(ctx, f)}`),
    ]);
    if (notes.length > 0) blocks.push(['#### Notes', '', ...notes.slice(0, rowMax), ...(notes.length > rowMax ? [`- _…and ${plural(notes.length - rowMax, 'more note')}_`] : [])].join('\n'));
  }
  return blocks.join('\n\n');
}

function credentialsCell(a: AssetReport): string {
  const c = a.credentials;
  const parts = [CREDENTIALS_WORD[c.status]];
  if (c.codes.length > 0) parts.push(c.codes.join(', '));
  if (c.signer) parts.push(`signer ${c.signer}`);
  if (c.generator) parts.push(`by ${c.generator}`);
  if (c.remoteUrl) parts.push(`at ${c.remoteUrl}`);
  return parts.join('; ');
}
