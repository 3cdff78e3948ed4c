/**
 * The contract table: each row is one call form of one public function, sent through Prism, which
 * validates the request (path, method, query, JSON or multipart body, auth) against the spec.
 */
import { describe, expect, inject, it } from "vitest";
import type { Config } from "../../src/config";
import type { Result } from "../../src/result";
import type { SpecName } from "./prismSetup";

export interface ContractRow {
  /** e.g. `models(modelId)`. */
  name: string;
  /** The specs the endpoint is in. */
  specs: SpecName[];
  /** Makes the call with the config pointing at Prism. */
  call: (config: Config) => Promise<Result<unknown>>;
  /**
   * `ok` (default), or a negative row: a missing required field must come back as a 422 error tuple
   * (400 where the operation declares a 400 response: Prism answers a validation failure with it then).
   */
  expect?: "ok" | 422 | 400;
}

/** A config aimed at the Prism instance serving `spec`. */
export function prismConfig(spec: SpecName): Config {
  const { urls } = inject("prism");
  return { apiUrl: urls[spec] ?? "http://127.0.0.1:9", apiKey: "sk-contract-test", httpOptions: { retry: 0, timeout: 20_000 } };
}

/** Declares the tests of a contract table. */
export function contractTable(title: string, rows: ContractRow[]): void {
  describe(`contract: ${title}`, () => {
    for (const row of rows) {
      for (const spec of row.specs) {
        it(`${row.name} against ${spec}`, async () => {
          const result = await row.call(prismConfig(spec));
          if ((row.expect ?? "ok") === "ok") {
            // The error tuple, when there is one, says which validation failed.
            expect(result[0] === "error" ? result[1] : "ok").toBe("ok");
          } else {
            expect(result[0]).toBe("error");
            expect(result[1]).toMatchObject({ kind: "http", status: row.expect });
            const failure = result[1] as { body?: unknown; headers?: Record<string, string> };
            // A 422 says "validation" in its body; a declared 400 answers its example body, and the
            // violations travel in Prism's `sl-violations` header.
            if (row.expect === 422) expect(JSON.stringify(failure.body)).toContain("validation");
            else expect(failure.headers?.["sl-violations"]).toContain('"severity":"Error"');
          }
        });
      }
    }
  });
}
