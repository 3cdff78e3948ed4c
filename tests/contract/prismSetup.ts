/**
 * Starts Prism (a validating mock of OpenAI's OpenAPI specs) on loopback, one process per spec,
 * and hands their URLs to the contract tests. The specs are the project's copies in fixtures/openapi/
 * (made by `npm run spec:sync`: prose removed, the fixes Prism needs applied).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

export const SPECS = {
  "2023-12": "2023-12.yaml",
  latest: "latest.yaml",
  engines: "2023-06-engines.yaml",
} as const;
export type SpecName = keyof typeof SPECS;

declare module "vitest" {
  export interface ProvidedContext {
    prism: { urls: Partial<Record<SpecName, string>> };
  }
}

const OPENAPI_DIR = resolve(import.meta.dirname, "../../fixtures/openapi");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url); // any answer (a 404 on / included) means ready
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Prism did not start within 150 s:\n${log()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const bin = resolve(import.meta.dirname, "../../node_modules/.bin/prism");
  const children: ChildProcess[] = [];
  const urls: Partial<Record<SpecName, string>> = {};
  await Promise.all(
    (Object.keys(SPECS) as SpecName[]).map(async (name) => {
      const port = await freePort();
      let output = "";
      const child = spawn(bin, ["mock", resolve(OPENAPI_DIR, SPECS[name]), "-h", "127.0.0.1", "-p", String(port)], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
      children.push(child);
      urls[name] = `http://127.0.0.1:${port}`;
      await waitUntilReady(`${urls[name]}/`, child, () => output);
    }),
  );
  project.provide("prism", { urls });
  return async () => {
    for (const child of children) child.kill("SIGTERM");
  };
}
