/**
 * Every TypeScript snippet of the README type-checks as a user would paste it: each block is its own
 * module, `openai-ex` resolves to src/, and the exports a block uses without importing are imported
 * for it (the README leaves imports out for brevity); variables it uses must be declared in the block.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const readme = readFileSync(resolve(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
  code: match[1] ?? "",
  line: readme.slice(0, match.index).split("\n").length + 1,
}));

/** The names exported by src/index.ts, values and types alike. */
function exportNames(): string[] {
  const program = ts.createProgram([resolve(root, "src/index.ts")], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(root, "src/index.ts"));
  const symbol = source && checker.getSymbolAtLocation(source);
  return symbol ? checker.getExportsOfModule(symbol).map((item) => item.name) : [];
}

/** The block with an import of every export it does not import or declare itself. */
function withImports(code: string, names: string[]): string {
  const own = new Set(
    [...code.matchAll(/(?:import\s+(?:type\s+)?\{([^}]*)\})|(?:(?:type|interface|const|let|function|class)\s+(\w+))/g)].flatMap((match) =>
      match[1]
        ? match[1].split(",").map(
            (name) =>
              name
                .replace(/^\s*type\s+/, "")
                .trim()
                .split(/\s+as\s+/)
                .pop() ?? "",
          )
        : [match[2] ?? ""],
    ),
  );
  const missing = names.filter((name) => !own.has(name) && new RegExp(`\\b${name}\\b`).test(code));
  return `${missing.length ? `import { ${missing.join(", ")} } from "openai-ex";\n` : ""}${code}\nexport {};\n`;
}

describe("README snippets type-check", () => {
  it("finds the snippets", () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it("every ts block compiles on its own (strict)", () => {
    const names = exportNames();
    const dir = mkdtempSync(join(tmpdir(), "openai-ex-readme-"));
    try {
      const files = blocks.map((block, index) => {
        const file = join(dir, `block${index}_line${block.line}.ts`);
        writeFileSync(file, withImports(block.code, names));
        return file;
      });
      const options: ts.CompilerOptions = {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        resolveJsonModule: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
        types: ["node"],
        typeRoots: [resolve(root, "node_modules/@types")],
        paths: {
          "openai-ex": [resolve(root, "src/index.ts")],
          "openai-ex/testing": [resolve(root, "src/testing/index.ts")],
          zod: [resolve(root, "node_modules/zod")],
        },
      };
      const program = ts.createProgram(files, options);
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
        .map((diagnostic) => `${diagnostic.file!.fileName.split("/").pop()}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
