/**
 * Errors are values: each failure comes back as ["error", e] with a `kind` to branch on.
 * This example provokes an `api` error (a model that does not exist), an `argument` error (params in
 * the wrong place), a `file` error (a missing upload) and a `timeout`.
 *
 *   npx tsx examples/error-handling.ts
 */
import { audioTranscription, chatCompletion, embeddings, models, unwrapOr, type OpenAIError } from "../src/index";
import { chooseTarget } from "./lib/target";

function explain(error: OpenAIError): string {
  switch (error.kind) {
    case "api":
      return `OpenAI said ${error.status} (${error.error.code ?? error.error.type}): ${error.error.message}`;
    case "timeout":
      return `no answer within ${error.timeout} ms`;
    case "file":
      return `cannot read ${error.path}`;
    case "argument":
      return `bad argument ${error.argument}: ${error.message}`;
    default:
      return `${error.kind}: ${error.message}`;
  }
}

const target = await chooseTarget();
const messages = [{ role: "user" as const, content: "Hi" }];
const seen: string[] = [];

const [s1, e1] = await chatCompletion({ model: "gpt-nonexistent", messages }, target.config);
if (s1 === "error") {
  seen.push(e1.kind);
  console.log(explain(e1));
}

// A config key inside params is refused before anything is sent (a key must never reach a body or URL).
const [s2, e2] = await embeddings({ model: "text-embedding-3-small", input: "hi", apiKey: "sk-misplaced" } as never, target.config);
if (s2 === "error") {
  seen.push(e2.kind);
  console.log(explain(e2));
}

const [s3, e3] = await audioTranscription("./no-such-file.mp3", { model: "whisper-1" }, target.config);
if (s3 === "error") {
  seen.push(e3.kind);
  console.log(explain(e3));
}

const [s4, e4] = await chatCompletion({ model: "gpt-4o-mini", messages }, { ...target.config, httpOptions: { timeout: 1, retry: 0 } });
if (s4 === "error") {
  seen.push(e4.kind);
  console.log(explain(e4));
}

// unwrapOr: a fallback instead of branching.
const list = unwrapOr(await models(target.config), { object: "list" as const, data: [] });
console.log(`models available: ${list.data.length}`);
console.log(`error kinds seen: ${seen.join(", ")}`);
if (!["api", "argument", "file"].every((kind) => seen.includes(kind))) process.exitCode = 1;
await target.close();
