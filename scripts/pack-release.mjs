// The release workflow's packing step, runnable on any clone: `node scripts/pack-release.mjs OUTDIR`.
// Packs the package with `npm pack` into OUTDIR, writes beside the tarball its SHA-256 (in the format
// `sha256sum --check` reads) and the release notes (the section of CHANGELOG.md for package.json's
// version), and prints what it made as `key=value` lines, which the workflow appends to $GITHUB_OUTPUT.
// It stops, packing nothing, when the tag being released is not package.json's version or the
// changelog has no section for it: the release page and the registry must say what the tag holds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(ROOT, '.tmp', 'release'));
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  process.stderr.write(`pack-release: ${message}\n`);
  process.exit(1);
}

const tag = process.env.GITHUB_REF_TYPE === 'tag' ? process.env.GITHUB_REF_NAME : undefined;
if (tag !== undefined && tag !== `v${version}`) fail(`the tag ${tag} is not package.json's version (v${version}): set the version, commit, and tag that commit`);

const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const heading = new RegExp(`^## ${version.replaceAll('.', '\\.')}(?: |$).*$`, 'm');
const start = changelog.search(heading);
if (start < 0) fail(`CHANGELOG.md has no "## ${version}" section: say what this release holds before tagging it`);
const rest = changelog.slice(start);
const next = rest.slice(1).search(/^## /m);
const notes = `${(next < 0 ? rest : rest.slice(0, next + 1)).replace(heading, '').trim()}\n`;

mkdirSync(outDir, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', outDir], { cwd: ROOT, encoding: 'utf8' }))[0];
const tarball = join(outDir, packed.filename);
const sha256 = createHash('sha256').update(readFileSync(tarball)).digest('hex');
if (packed.name !== name || packed.version !== version) fail(`npm packed ${packed.name}@${packed.version}, expected ${name}@${version}`);
writeFileSync(`${tarball}.sha256`, `${sha256}  ${basename(tarball)}\n`);
writeFileSync(join(outDir, 'release-notes.md'), notes);

process.stdout.write(`version=${version}\ntarball=${tarball}\nsha256=${sha256}\nsha256_file=${tarball}.sha256\nnotes=${join(outDir, 'release-notes.md')}\n`);
