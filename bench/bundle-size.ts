/**
 * Bundle size of `import { chatCompletion } from "openai-ex"` (esbuild, minified, gzip -9), for the
 * browser and for Node. Warns when the browser bundle misses the 8 KB gzip goal; exits non-zero when
 * it passes the 13 KB ceiling or contains a `node:` import or mime's extension table.
 *
 *   npx tsx bench/bundle-size.ts [--json]
 */
import { build } from "esbuild";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 8 * 1024;
const CEILING = 13 * 1024;
const root = resolve(import.meta.dirname, "..");

export interface BundleReport {
  platform: "browser" | "node";
  bytes: number;
  gzip: number;
  nodeImports: string[];
  hasMimeTable: boolean;
}

/**
 * The `node:` modules a bundle really imports: `import … from "node:x"`, `import "node:x"`,
 * `export … from "node:x"`, `import("node:x")` and `require("node:x")`. A plain string such as the
 * `"node:fs"` handed to `process.getBuiltinModule` is not an import.
 */
export function nodeImports(code: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*(?:\(\s*)?|\brequire\s*\(\s*)(["'`])(node:[\w/.-]+)\1/g;
  return [...new Set([...code.matchAll(pattern)].map((match) => match[2] as string))];
}

/** Bundles `source` (an entry importing from the package) and measures it. */
export async function measureBundle(source: string, platform: "browser" | "node"): Promise<BundleReport> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    write: false,
    logLevel: "silent",
    alias: { "openai-ex": resolve(root, "src/index.ts") },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const text = new TextDecoder().decode(code);
  return {
    platform,
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    nodeImports: nodeImports(text),
    hasMimeTable: text.includes("application/vnd.openxmlformats"),
  };
}

const entry = `import { chatCompletion } from "openai-ex"; globalThis.run = chatCompletion;`;
/** The structured-output helpers: reported beside the chatCompletion bundle, which must not contain them. */
export const structuredEntry = `import { chatCompletionParse, responseFormat } from "openai-ex"; globalThis.run = [chatCompletionParse, responseFormat];`;
/** A string only the structured-output helpers contain. */
const STRUCTURED_MARKER = "~structured";

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await measureBundle(entry, "browser");
  const node = await measureBundle(entry, "node");
  const structured = await measureBundle(structuredEntry, "browser");
  const chatOnly = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    alias: { "openai-ex": resolve(root, "src/index.ts") },
  });
  const leaked = new TextDecoder().decode(chatOnly.outputFiles[0]?.contents).includes(STRUCTURED_MARKER);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ browser, node, structured }));
  else {
    for (const report of [browser, node]) {
      console.log(
        `${report.platform.padEnd(8)} ${report.bytes} B minified, ${report.gzip} B gzip -9, node: imports ${report.nodeImports.length ? report.nodeImports.join(" ") : "none"}, mime table ${report.hasMimeTable ? "PRESENT" : "absent"}`,
      );
    }
    console.log(
      `browser  import { chatCompletionParse, responseFormat }: ${structured.bytes} B minified, ${structured.gzip} B gzip -9 (+${structured.gzip - browser.gzip} B over chatCompletion alone)`,
    );
  }
  // The goal is 8 KB; it is not met yet (ofetch + eventsource-parser alone take 5.3 KB, see
  // bench/RESULTS.md). Until it is, CI fails only past a 13 KB ceiling, so growth is still caught.
  if (browser.gzip > BUDGET) console.warn(`goal missed: browser bundle ${browser.gzip} B gzip is over the ${BUDGET} B goal`);
  const problems = [
    browser.gzip > CEILING ? `browser bundle ${browser.gzip} B gzip is over the ${CEILING} B ceiling` : "",
    browser.nodeImports.length ? `browser bundle imports ${browser.nodeImports.join(", ")}` : "",
    browser.hasMimeTable ? "browser bundle contains mime's table" : "",
    leaked ? "the chatCompletion bundle contains the structured-output helpers" : "",
  ].filter(Boolean);
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
}
