/**
 * openai-ex on an edge runtime: the browser bundle of chatCompletion runs inside @edge-runtime/vm
 * (Web APIs only: no process, no require, no Buffer) against the loopback mock server, for the JSON
 * path and the stream path.
 */
import { EdgeVM } from "@edge-runtime/vm";
import { build } from "esbuild";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
let bundle = "";

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `import { chatCompletion, collectChatCompletion } from "./src/index"; globalThis.openaiEx = { chatCompletion, collectChatCompletion };`,
      resolveDir: resolve(import.meta.dirname, "../.."),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
});

function edgeRuntime(): EdgeVM {
  const vm = new EdgeVM();
  vm.evaluate(bundle);
  return vm;
}

describe("edge runtime", () => {
  it("has no Node globals", () => {
    const vm = edgeRuntime();
    expect(vm.evaluate("typeof process === 'undefined' || typeof process.getBuiltinModule !== 'function'")).toBe(true);
    expect(vm.evaluate("typeof require")).toBe("undefined");
  });

  it("runs a JSON chat completion", async () => {
    const vm = edgeRuntime();
    const config = JSON.stringify({ apiUrl: mock.server.url, apiKey: "sk-edge" });
    const result = await vm.evaluate(`openaiEx.chatCompletion({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }, ${config})
      .then((r) => JSON.stringify([r[0], r[1].choices?.[0]?.message?.content ?? r[1].message]))`);
    expect(JSON.parse(result)).toEqual(["ok", "The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic."]);
    expect(mock.server.lastRequest()?.headers.authorization).toBe("Bearer sk-edge");
  });

  it("runs a streamed chat completion", async () => {
    const vm = edgeRuntime();
    const config = JSON.stringify({ apiUrl: mock.server.url, apiKey: "sk-edge" });
    const result = await vm.evaluate(`(async () => {
      const [status, stream] = await openaiEx.chatCompletion({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "Hi" }] }, ${config});
      if (status !== "ok") return JSON.stringify(["error", stream.message]);
      const [s, completion] = await openaiEx.collectChatCompletion(stream);
      return JSON.stringify([s, s === "ok" ? completion.choices[0].message.content : completion.message]);
    })()`);
    expect(JSON.parse(result)).toEqual(["ok", "The 2020 World Series was played at Globe Life Field in Arlington, Texas due to the COVID-19 pandemic."]);
  });
});
