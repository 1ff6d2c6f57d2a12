// The SchemaStore catalog entry (docs/schemastore-catalog.json) must name the files the CLI and the
// Action look for, and a schema file that this repository holds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECLARATION_GLOB, globMatcher } from '../../src/util/glob.js';
import { ROOT } from '../helpers.js';

const entry = JSON.parse(readFileSync(join(ROOT, 'docs/schemastore-catalog.json'), 'utf8')) as { name: string; description: string; fileMatch: string[]; url: string };

describe('the SchemaStore catalog entry', () => {
  it('has the fields the catalog requires', () => {
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    expect(entry.url).toMatch(/^https:\/\//);
  });

  it('matches exactly the declaration names the CLI and the Action find', () => {
    const declaration = globMatcher(DEFAULT_DECLARATION_GLOB);
    for (const name of entry.fileMatch) expect(declaration(name), name).toBe(true);
    expect(entry.fileMatch.sort()).toEqual(['genai-usage.yaml', 'genai-usage.yml']);
  });

  it('points at the declaration schema in this repository, at the moving major tag', () => {
    const path = /\/v\d+\/(.+)$/.exec(entry.url)?.[1];
    expect(path).toBe('src/schema/genai-usage.v2.schema.json');
    expect(existsSync(join(ROOT, path as string))).toBe(true);
  });
});
