/**
 * The project's copy of one upstream OpenAPI document: prose and `x-*` extensions removed,
 * sentence-like example strings neutralised, and the fixes Prism needs applied. Deterministic.
 *
 * @param text The upstream YAML (or JSON) text.
 * @returns The YAML text written to `fixtures/openapi/<name>.yaml`.
 * @example
 * writeFileSync("fixtures/openapi/latest.yaml", toFixture(readFileSync("openapi.yaml", "utf8")));
 */
export function toFixture(text: string): string;
