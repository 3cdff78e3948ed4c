/**
 * Load: many concurrent calls, memory over many sequential calls (in a child process with
 * --expose-gc), and no listener left on a long-lived AbortSignal.
 */
import { execFile } from "node:child_process";
import { getEventListeners, setMaxListeners } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chatCompletion, models, type Config } from "../../src/index";
import { useMockServer } from "../_helpers/mock";
import { notAResult } from "./_shared";

const mock = useMockServer();
const frame = (content: string) =>
  `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const streamParams = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }], stream: true as const };

describe("load", () => {
  it("1 000 concurrent calls all resolve to the right tuple (no retries to hide failures)", async () => {
    const config = mock.config({ httpOptions: { retry: 0, timeout: 60_000 } });
    const ids = Array.from({ length: 1_000 }, (_, i) => `ft:load-${i}`);
    const results = await Promise.all(ids.map((id) => models(id, config)));
    for (const [index, result] of results.entries()) {
      expect(notAResult(result)).toBeUndefined();
      expect(result[0]).toBe("ok");
      expect((result[1] as { id: string }).id).toBe(ids[index]);
    }
    expect(mock.server.requests).toHaveLength(1_000);
    expect(new Set(mock.server.requests.map((request) => request.params.model)).size).toBe(1_000);
  }, 60_000);

  it("10 000 sequential calls grow RSS by less than 10 MB after GC", async () => {
    const script = fileURLToPath(new URL("./fixtures/rss.ts", import.meta.url));
    const stdout = await new Promise<string>((resolve, reject) => {
      // The young generation starts at its full 16 MB: V8 grows it on its own when the machine is busy, and
      // those pages stay resident after GC, which read as a 16 MB "growth" that no call retained.
      const flags = ["--expose-gc", "--min-semi-space-size=16"];
      execFile(process.execPath, [...flags, "--import", "tsx", script, "10000"], { timeout: 120_000 }, (error, out, err) => {
        if (error) reject(new Error(`${error.message}\n${err}`));
        else resolve(out);
      });
    });
    const probe = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { calls: number; failures: number; rssGrowthMb: number; heapGrowthMb: number };
    console.info(`[reliability] memory probe: ${JSON.stringify(probe)}`);
    expect(probe.calls).toBe(10_000);
    expect(probe.failures).toBe(0);
    expect(probe.rssGrowthMb).toBeLessThan(10);
  }, 120_000);

  it("one AbortSignal shared by 10 000 calls keeps no listener once they finish", async () => {
    const controller = new AbortController();
    const { signal } = controller;
    setMaxListeners(1_000, signal); // 100 calls in flight at once each hold one listener until they end
    const config: Config = mock.config({ httpOptions: { signal, retry: 1, retryDelay: 1, timeout: 5_000, streamIdleTimeout: 2_000 } });
    // Every outcome: ok, api error, retried 503, a stream read to the end, a stream left early.
    mock.server.on("GET /models/ft:busy", { status: 503, body: "busy" });
    mock.server.on("POST /chat/completions", { sse: [frame("a"), frame("b"), "data: [DONE]\n\n"] });

    // While calls are in flight the listeners are there (so a count of 0 below means something).
    mock.server.on("GET /models/ft:slow", { delay: 200, body: { id: "ft:slow", object: "model" } }, 10);
    const slow = Array.from({ length: 10 }, () => models("ft:slow", config));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inFlight = getEventListeners(signal, "abort").length;
    await Promise.all(slow);
    expect(inFlight).toBeGreaterThanOrEqual(10);

    const call = async (i: number): Promise<void> => {
      switch (i % 5) {
        case 0:
          expect((await models(config))[0]).toBe("ok");
          return;
        case 1:
          expect((await models("no-such-model", config))[1]).toMatchObject({ kind: "api", status: 404 });
          return;
        case 2:
          expect((await models("ft:busy", config))[1]).toMatchObject({ kind: "http", status: 503 });
          return;
        case 3: {
          const [status, stream] = await chatCompletion(streamParams, config);
          expect(status).toBe("ok");
          if (status === "ok") for await (const item of stream) expect(item[0]).toBe("ok");
          return;
        }
        default: {
          const [status, stream] = await chatCompletion(streamParams, config);
          expect(status).toBe("ok");
          if (status === "ok") for await (const _item of stream) break; // leave early
        }
      }
    };
    const BATCH = 100;
    for (let start = 0; start < 10_000; start += BATCH) {
      await Promise.all(Array.from({ length: BATCH }, (_, k) => call(start + k)));
      if (start % 1_000 === 0) mock.server.reset(); // keep the recorder small (it also clears the overrides)
      mock.server.on("GET /models/ft:busy", { status: 503, body: "busy" });
      mock.server.on("POST /chat/completions", { sse: [frame("a"), frame("b"), "data: [DONE]\n\n"] });
    }
    const left = getEventListeners(signal, "abort").length;
    console.info(`[reliability] abort listeners: ${inFlight} with 10 calls in flight, ${left} after 10 000 calls`);
    expect(left).toBe(0);
  }, 120_000);
});
