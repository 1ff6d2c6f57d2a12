// Autocomplete on a fresh machine: yaml-language-server, driven over stdio as an editor drives it, on
// the files `genai-clearance init` writes, with no network and no schema store.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { LspClient } from './lsp-client.js';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin/yaml-language-server');
const SETTINGS = { validate: true, hover: true, completion: true, schemaStore: { enable: false } };

interface Diagnostics {
  uri: string;
  diagnostics: Array<{ message: string }>;
}

const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/genai-usage.v2.schema.json'), 'utf8')) as {
  definitions: { use: { properties: Record<string, { enum?: string[]; description?: string; properties?: Record<string, { enum?: string[] }> }> } };
};
const useProps = schema.definitions.use.properties;

let dir: string;
let client: LspClient;
let opened = 0;

function initInto(folder: string): string {
  let err = '';
  const code = runCli(['init', '--title', 'Harbour Lights'], {
    cwd: folder,
    env: {},
    stdout: () => {},
    stderr: (t) => (err += t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  expect(code, err).toBe(0);
  return join(folder, 'genai-usage.yml');
}

/** Opens `file` in the server and waits for its diagnostics (the schema is loaded by then). */
async function open(file: string, text = readFileSync(file, 'utf8')): Promise<{ uri: string; lines: string[]; diagnostics: Diagnostics }> {
  const uri = pathToFileURL(file).href;
  const published = client.waitFor('textDocument/publishDiagnostics', (p) => (p as Diagnostics).uri === uri, 30_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++opened, text } });
  const diagnostics = (await published) as Diagnostics | undefined;
  if (!diagnostics) throw new Error(`no diagnostics for ${uri}; server said: ${client.stderr}`);
  return { uri, lines: text.split('\n'), diagnostics };
}

/** Line and character just after `key: ` on the first line that has it. */
function afterKey(lines: string[], key: string): { line: number; character: number } {
  const line = lines.findIndex((l) => new RegExp(`^\\s*(- )?${key}:`).test(l));
  if (line < 0) throw new Error(`no ${key}: line`);
  return { line, character: (lines[line] as string).indexOf(`${key}:`) + key.length + 2 };
}

async function completionLabels(uri: string, position: { line: number; character: number }): Promise<string[]> {
  const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
  const result = r.result as { items?: Array<{ label: string }> } | Array<{ label: string }> | null;
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((i) => i.label);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'genai-editor-'));
  client = new LspClient(process.execPath, [SERVER, '--stdio'], SETTINGS);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } }, hover: { contentFormat: ['markdown', 'plaintext'] } }, workspace: { configuration: true } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: { yaml: SETTINGS } });
}, 60_000);

afterAll(async () => {
  await client?.close();
});

describe('yaml-language-server on the declaration init writes', () => {
  it('loads the schema the modeline names: no diagnostics, enum completion and hover text', async () => {
    const file = initInto(dir);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./genai-usage.schema.json');
    const { uri, lines, diagnostics } = await open(file);
    expect(diagnostics.diagnostics).toEqual([]);

    expect(await completionLabels(uri, afterKey(lines, 'stage'))).toEqual(expect.arrayContaining(useProps.stage?.enum ?? ['(no enum in the schema)']));
    expect(await completionLabels(uri, afterKey(lines, 'prominence'))).toEqual(expect.arrayContaining(useProps.output?.properties?.prominence?.enum ?? ['(no enum)']));

    const at = afterKey(lines, 'stage');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: at.character - 4 } });
    const text = (hover.result as { contents: { value: string } } | null)?.contents.value ?? '';
    expect(text).toContain(useProps.stage?.description ?? '(no description in the schema)');
    expect(text).toContain('post-production');
  }, 60_000);

  it('reports a typo in a value against the same schema', async () => {
    const file = initInto(mkdtempSync(join(dir, 'typo-')));
    const text = readFileSync(file, 'utf8').replace('stage: ideation', 'stage: ideashun');
    writeFileSync(file, text);
    const { diagnostics } = await open(file, text);
    expect(diagnostics.diagnostics.map((d) => d.message).join('\n')).toMatch(/ideation/);
  }, 60_000);

  it('control: a modeline naming a schema that is not there gives no completion and says so', async () => {
    const file = initInto(mkdtempSync(join(dir, 'missing-')));
    const text = readFileSync(file, 'utf8').replace('$schema=./genai-usage.schema.json', '$schema=./nowhere.schema.json');
    const { uri, lines, diagnostics } = await open(file, text);
    expect(diagnostics.diagnostics.map((d) => d.message).join('\n')).toMatch(/Unable to load schema/);
    expect(await completionLabels(uri, afterKey(lines, 'stage'))).not.toContain('post-production');
  }, 60_000);
});
