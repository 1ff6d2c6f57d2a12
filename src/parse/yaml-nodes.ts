import type { Alias, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from './yaml-lib.js';

// The `yaml` package is loaded only for files the fast reader leaves to it (see fast-yaml.ts).
export const isAlias = (n: unknown): n is Alias => yamlLib().isAlias(n);
export const isMap = (n: unknown): n is YAMLMap => yamlLib().isMap(n);
export const isPair = (n: unknown): n is Pair => yamlLib().isPair(n);
export const isScalar = (n: unknown): n is Scalar => yamlLib().isScalar(n);
export const isSeq = (n: unknown): n is YAMLSeq => yamlLib().isSeq(n);

export function offsetOf(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : 0;
}
