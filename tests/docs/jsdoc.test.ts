/**
 * Every export of openai-ex carries JSDoc: functions a sentence, @param per parameter, @returns and an
 * @example (API functions also an @see of the OpenAI reference); types and constants a sentence.
 */
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function exportedDeclarations(entry: string): Array<{ name: string; declaration: ts.Declaration }> {
  const program = ts.createProgram([resolve(root, entry)], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(root, entry));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration) throw new Error(`no declaration for ${symbol.name}`);
    return { name: symbol.name, declaration };
  });
}

function problemsOf(declaration: ts.Declaration, isApiFunction: boolean): string[] {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const doc = docs[docs.length - 1];
  if (!doc) return ["no JSDoc"];
  const problems: string[] = [];
  const text = typeof doc.comment === "string" ? doc.comment : (doc.comment ?? []).map((part) => part.text).join("");
  if (text.trim().length < 10) problems.push("no summary sentence");
  if (ts.isFunctionDeclaration(declaration)) {
    const tags: readonly ts.JSDocTag[] = doc.tags ?? [];
    const names = new Set(tags.filter((tag): tag is ts.JSDocParameterTag => ts.isJSDocParameterTag(tag)).map((tag) => tag.name.getText()));
    for (const parameter of declaration.parameters) {
      const name = parameter.name.getText();
      if (!names.has(name)) problems.push(`no @param ${name}`);
    }
    const tagNames = tags.map((tag) => tag.tagName.text);
    if (!tagNames.includes("returns") && !tagNames.includes("return")) problems.push("no @returns");
    if (!tagNames.includes("example")) problems.push("no @example");
    if (isApiFunction && !tagNames.includes("see")) problems.push("no @see");
  }
  return problems;
}

describe("JSDoc on every export", () => {
  for (const entry of ["src/index.ts", "src/testing/index.ts"]) {
    // 90 s: a whole TypeScript program of src/ takes 10-25 s on a loaded 2-core machine, and more once
    // the public types import src/types/generated/ (800 KB); the default 20 s is not enough.
    it(`${entry}: every export is documented`, () => {
      const missing: string[] = [];
      for (const { name, declaration } of exportedDeclarations(entry)) {
        const file = declaration.getSourceFile().fileName;
        const problems = problemsOf(declaration, file.includes("/src/api/"));
        if (problems.length) missing.push(`${name} (${file.replace(root + "/", "")}): ${problems.join(", ")}`);
      }
      expect(missing).toEqual([]);
    }, 90_000);
  }
});
