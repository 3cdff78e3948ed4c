/**
 * Reads OpenAI's OpenAPI specs for the operations that take query parameters beside a request body.
 * Parsing a whole 3 MB spec takes seconds, so only the operations whose text names both a query
 * parameter and a request body are parsed (the spec is written with fixed indents: paths at 2
 * spaces, methods at 4).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";

const ROOT = resolve(import.meta.dirname, "../..");

/** The project's spec copies (`npm run gen` keeps them). */
const SPEC_FILES = {
  latest: ["fixtures/openapi/latest.yaml"],
  "2023-12": ["fixtures/openapi/2023-12.yaml"],
} as const;

export type SpecFile = keyof typeof SPEC_FILES;

/** The path of a spec file, or undefined when neither location has it. */
export function specPath(name: SpecFile): string | undefined {
  return SPEC_FILES[name].map((file) => resolve(ROOT, file)).find((file) => existsSync(file));
}

export interface QueryBesideBody {
  /** e.g. `POST /threads/{thread_id}/runs`. */
  operation: string;
  operationId: string;
  /** The query parameters as the spec names them, with whether each is an array. */
  query: Array<{ name: string; array: boolean }>;
}

interface OperationYaml {
  operationId?: string;
  requestBody?: unknown;
  parameters?: Array<{ in?: string; name?: string; $ref?: string; schema?: { type?: string } }>;
}

/**
 * Lists the operations of a spec's text that have at least one query parameter and a request body,
 * and counts the operations scanned (a check that the scan understood the file).
 *
 * @example
 * operationsWithQueryBesideBody(readFileSync(specPath("latest")!, "utf8")).found[0]?.operationId; // "createConversationItems"
 */
export function operationsWithQueryBesideBody(text: string): { found: QueryBesideBody[]; scanned: number } {
  const found: QueryBesideBody[] = [];
  let scanned = 0;
  const lines = text.split("\n");
  const start = lines.indexOf("paths:");
  let path = "";
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]!); i++) {
    const pathLine = /^ {2}(["']?)(\/.*)\1:\s*$/.exec(lines[i]!);
    if (pathLine) path = pathLine[2]!;
    const method = /^ {4}(get|post|put|patch|delete):\s*$/.exec(lines[i]!)?.[1];
    if (!method) continue;
    scanned++;
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === "" || /^ {5}/.test(lines[end]!))) end++;
    const block = lines.slice(i + 1, end);
    const blockText = block.join("\n");
    if ((/^ {6}requestBody:/m.test(blockText) && /\bin: query\b/.test(blockText)) || /\$ref: "?#\/components\/parameters/.test(blockText)) {
      const op = parse(block.map((line) => line.slice(6)).join("\n")) as OperationYaml;
      const query = (op.parameters ?? []).flatMap((p) => {
        if (p.$ref) throw new Error(`${method} ${path}: a $ref parameter (${p.$ref}) is not read by this helper`);
        return p.in === "query" ? [{ name: p.name ?? "", array: p.schema?.type === "array" }] : [];
      });
      if (op.requestBody && query.length) found.push({ operation: `${method.toUpperCase()} ${path}`, operationId: op.operationId ?? "", query });
    }
    i = end - 1;
  }
  return { found, scanned };
}

/** The operations of a named spec, or undefined when the spec file is absent. */
export function specOperationsWithQueryBesideBody(name: SpecFile): ReturnType<typeof operationsWithQueryBesideBody> | undefined {
  const file = specPath(name);
  return file ? operationsWithQueryBesideBody(readFileSync(file, "utf8")) : undefined;
}
