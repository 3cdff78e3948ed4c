/**
 * Every operation of the latest spec (outside the admin API under /organization and /projects) has a
 * function: computed from fixtures/openapi/latest.yaml, checked against the maps of
 * tests/coverage/operations/*.ts (read at run time: each area adds its own file) and the exports of src/index.ts.
 * Deprecated operations (the /videos family, assistants) may go without one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
  key: string;
  deprecated: boolean;
}

/** Every operation of the spec outside the admin API, as "METHOD /path". */
function specOperations(): Operation[] {
  const spec = parse(readFileSync(resolve(root, "fixtures/openapi/latest.yaml"), "utf8")) as {
    paths: Record<string, Record<string, { deprecated?: boolean }>>;
  };
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    if (path.startsWith("/organization") || path.startsWith("/projects")) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) found.push({ key: `${method.toUpperCase()} ${path}`, deprecated: operation.deprecated === true });
    }
  }
  return found;
}

/** The merged maps of tests/coverage/operations/*.ts, each entry with the file that gave it. */
async function mappedOperations(): Promise<Map<string, { fn: string; file: string }>> {
  const dir = resolve(import.meta.dirname, "operations");
  const merged = new Map<string, { fn: string; file: string }>();
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    const module = (await import(pathToFileURL(resolve(dir, file)).href)) as { operations?: Record<string, string> };
    if (!module.operations) throw new Error(`${file} exports no \`operations\` map`);
    for (const [key, fn] of Object.entries(module.operations)) {
      const before = merged.get(key);
      if (before && before.fn !== fn) throw new Error(`${key} is mapped to ${before.fn} (${before.file}) and to ${fn} (${file})`);
      merged.set(key, { fn, file });
    }
  }
  return merged;
}

describe("coverage of the latest spec", async () => {
  const operations = specOperations();
  const maps = await mappedOperations();
  const lib = (await import("../../src/index")) as Record<string, unknown>;
  const live = operations.filter((operation) => !operation.deprecated);

  it(`every non-deprecated operation (${live.length} of ${operations.length}) has an exported function`, () => {
    const missing = live.filter((operation) => !maps.has(operation.key)).map((operation) => operation.key);
    if (missing.length) console.error(`Operations with no function (${missing.length}):\n  ${missing.join("\n  ")}`);
    expect(missing).toEqual([]);
  });

  it("every map entry names an operation of the spec and a function src/index.ts exports", () => {
    const known = new Set(operations.map((operation) => operation.key));
    const problems: string[] = [];
    for (const [key, { fn, file }] of maps) {
      if (!known.has(key)) problems.push(`${file}: "${key}" is no operation of fixtures/openapi/latest.yaml`);
      if (typeof lib[fn] !== "function") problems.push(`${file}: "${key}" → ${fn}, which src/index.ts does not export`);
    }
    expect(problems).toEqual([]);
  });

  it("counts", () => {
    const covered = live.filter((operation) => maps.has(operation.key)).length;
    console.info(
      `latest spec outside /organization and /projects: ${operations.length} operations, ${operations.length - live.length} deprecated, ${covered} of ${live.length} others mapped to a function`,
    );
    expect(operations.length).toBeGreaterThan(100);
  });
});
