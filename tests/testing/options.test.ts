import { execFile } from "node:child_process";
import { networkInterfaces } from "node:os";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../../src/testing/index";
import modelsList from "../../fixtures/models_list.json";
import { send } from "./_http";

describe("startMockServer options", () => {
  it.each([
    ["v1", "/v1"],
    ["/v1/", "/v1"],
    ["openai/v1//", "/openai/v1"],
  ])("prefix %j is normalised to %j in url and routing", async (prefix, normal) => {
    const server = await startMockServer({ prefix });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}${normal}`);
      const reply = await fetch(`${server.url}/models`);
      expect(await reply.json()).toEqual(modelsList);
      expect(server.lastRequest()).toMatchObject({ path: "/models", url: `${normal}/models` });
    } finally {
      await server.close();
    }
  });

  it('prefix "" (or "/") serves the routes at the root', async () => {
    for (const prefix of ["", "/"]) {
      const server = await startMockServer({ prefix });
      try {
        expect(server.url).toBe(server.origin);
        expect((await send(server, "GET", "/models")).json).toEqual(modelsList);
        expect(server.lastRequest()?.path).toBe("/models");
      } finally {
        await server.close();
      }
    }
  });

  // Where the machine has an IPv6 loopback the server must answer on it; where it has none (some
  // containers), starting on "::1" must fail at once with the system's error rather than hang.
  const ipv6Loopback = Object.values(networkInterfaces()).some((addresses) => addresses?.some((entry) => entry.address === "::1"));
  const ipv6Test = ipv6Loopback
    ? 'host "::1" gives a bracketed url that answers'
    : 'host "::1" without an IPv6 loopback: startMockServer rejects with the system error';
  it(ipv6Test, async () => {
    if (!ipv6Loopback) {
      await expect(startMockServer({ host: "::1" })).rejects.toMatchObject({ code: expect.stringMatching(/^(EADDRNOTAVAIL|EAFNOSUPPORT)$/) });
      return;
    }
    const server = await startMockServer({ host: "::1" });
    try {
      expect(server.origin).toBe(`http://[::1]:${server.port}`);
      expect(server.url).toBe(`http://[::1]:${server.port}/v1`);
      expect(await (await fetch(`${server.url}/models`)).json()).toEqual(modelsList);
    } finally {
      await server.close();
    }
  });

  it("close() clears pending delay and chunkDelay timers, so the process can exit", async () => {
    const script = resolve(import.meta.dirname, "fixtures/closeTimers.ts");
    const output = await new Promise<string>((done, fail) => {
      execFile(process.execPath, ["--import", "tsx", script], { timeout: 15_000 }, (error, stdout, stderr) => {
        if (error) fail(new Error(`the process did not exit on its own after close(): ${error.message}\n${stderr}`));
        else done(stdout);
      });
    });
    expect(JSON.parse(output)).toEqual({ delayed: "cut", trickle: "cut", requests: ["/delayed", "/trickle"] });
  }, 20_000);

  it("maxRecordedBody: a larger body is counted, not kept; multipart text fields stay and files keep size and sha256", async () => {
    const server = await startMockServer({ maxRecordedBody: 8 });
    try {
      await fetch(`${server.url}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "m" }) });
      expect(server.lastRequest()).toMatchObject({ bodySize: 13, rawBody: new Uint8Array(0) });
      expect(server.lastRequest()?.json).toBeUndefined();
      const form = new FormData();
      form.append("purpose", "batch");
      form.append("file", new Blob(["0123456789"], { type: "text/plain" }), "f.txt");
      await fetch(`${server.url}/files`, { method: "POST", body: form });
      const seen = server.lastRequest();
      expect(seen?.rawBody).toEqual(new Uint8Array(0));
      expect(seen?.multipart?.fields).toEqual({ purpose: "batch" });
      expect(seen?.multipart?.files).toEqual([
        { field: "file", filename: "f.txt", contentType: "text/plain", size: 10, sha256: "84d89877f0d4041efb6bf91a16f0248f2fd573e6af05c19f96bedb9f882f7882" },
      ]);
    } finally {
      await server.close();
    }
  });
});
