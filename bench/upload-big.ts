/**
 * A 1 GiB upload loses nothing: `filesUpload` streams a file from disk to the mock server, which
 * hashes the part as it arrives; the size and SHA-256 it received must equal the file's. Too slow
 * for `npm test` (writing, hashing and sending 1 GiB takes tens of seconds here), so it is a script.
 *
 *   npm run bench:upload-big [-- --size-mib 1024]
 *
 * Prints the time and the RSS after the upload; exits 1 when the bytes differ or the call fails.
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesUpload } from "../src/index";
import { startMockServer } from "../src/testing/index";

const MIB = 1024 * 1024;
const index = process.argv.indexOf("--size-mib");
const sizeMib = index === -1 ? 1024 : Number(process.argv[index + 1]);
if (!(sizeMib > 0)) throw new Error("--size-mib takes a positive number");

/** Writes `size` bytes of varied binary content (a random block, each copy stamped with its index). */
async function writeBinary(path: string, size: number): Promise<void> {
  const block = randomBytes(MIB);
  const out = createWriteStream(path);
  for (let offset = 0, n = 0; offset < size; offset += MIB, n++) {
    const piece = Buffer.from(block.subarray(0, Math.min(MIB, size - offset)));
    piece.writeUInt32BE(n, 0);
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const dir = await mkdtemp(join(tmpdir(), "openai-ex-upload-big-"));
const server = await startMockServer({ maxRecordedBody: MIB }); // counts and hashes, keeps nothing
try {
  const path = join(dir, "big.bin");
  await writeBinary(path, sizeMib * MIB);
  const started = performance.now();
  const [status, data] = await filesUpload(path, { purpose: "batch" }, { apiUrl: server.url, apiKey: "sk-bench", httpOptions: { timeout: 600_000, retry: 0 } });
  const ms = Math.round(performance.now() - started);
  const received = server.lastRequest()?.multipart?.files[0];
  const expected = await sha256OfFile(path);
  const same = status === "ok" && received?.size === sizeMib * MIB && received.sha256 === expected;
  console.log(
    `${sizeMib} MiB upload: ${status === "ok" ? "ok" : `error (${(data as { message: string }).message})`} in ${ms} ms; received ${received?.size ?? 0} bytes, SHA-256 ${same ? "equal" : "DIFFERENT"}; RSS now ${Math.round(process.memoryUsage().rss / MIB)} MiB`,
  );
  if (!same) process.exitCode = 1;
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
