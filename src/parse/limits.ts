export interface SourceLimits {
  /** Bytes. Large enough for a 10,000-shot series, small enough that a hostile file cannot exhaust memory. */
  maxBytes: number;
  maxDepth: number;
  /** Values in the document once aliases are expanded; refuses "billion laughs" without expanding it. */
  maxNodes: number;
  /**
   * Lines plus YAML indicators (`,` `[` `{`, and `-` `:` `?` before a space or a line end), counted
   * before parsing: the parser holds roughly half a kilobyte per token, so a file within `maxBytes`
   * made only of `1,1,1,…` or `#` lines would otherwise exhaust the heap. A realistic declaration has
   * about 0.08 per byte (≈1.3 million at `maxBytes`).
   */
  maxTokens: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64, maxNodes: 5_000_000, maxTokens: 2_000_000 };
