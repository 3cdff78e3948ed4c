// Types of scripts/type-coverage.mjs, for tests/types/coverage.test.ts.
export declare const OUTPUT: string;
export interface CoverageRow {
  fn: string;
  call: string;
  resp?: string;
  spec: string;
  op: string;
  media?: string;
}
export declare const TABLE: CoverageRow[];
export interface CoverageStats {
  rows: number;
  request: number;
  response: number;
  positional: number;
  noParamsSlot: number;
  queryOnBodyCall: number;
}
export declare function generate(): { source: string; stats: CoverageStats; functions: number };
