// The type-coverage test (tests/types/coverage.generated.test-d.ts) is computed from the vendored
// specs: this checks that the committed file is what the specs give today, so a spec refresh that
// adds a property makes the type test fail until the types (and the regenerated file) follow.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, OUTPUT, TABLE } from "../../scripts/type-coverage.mjs";

describe("type coverage from fixtures/openapi", () => {
  const { source, stats } = generate();

  it("the committed type test is fresh (run `node scripts/type-coverage.mjs` after a spec change)", () => {
    expect(readFileSync(fileURLToPath(new URL(`../../${OUTPUT}`, import.meta.url)), "utf8")).toBe(source);
  });

  it("checks every request and response property of every mapped call form", () => {
    console.log(
      `type coverage: ${stats.rows} call forms, ${stats.request} request + ${stats.response} response properties checked; ` +
        `${stats.positional} positional by design, ${stats.noParamsSlot + stats.queryOnBodyCall} query parameters without a params slot`,
    );
    expect(stats.rows).toBe(TABLE.length);
    // One check per property: the generated file holds exactly one line per counted property.
    expect(source.match(/^ {4}void /gm)?.length).toBe(stats.request);
    expect(source.match(/^ {4}has</gm)?.length).toBe(stats.response);
    expect(stats.positional).toBe(6);
    expect(stats.request).toBeGreaterThan(300);
    expect(stats.response).toBeGreaterThan(900);
  });
});
