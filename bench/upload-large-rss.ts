/**
 * Peak RSS while `filesUploadLarge` sends a 2 GiB file through the Uploads API. A local node:http
 * server implements the four /uploads routes and discards part bodies (counting the part bytes), so
 * only the client's memory is in play. Memory must stay flat whatever the size: at most two 64 MiB
 * parts are in flight, each streamed from disk as a Blob slice.
 *
 *   npx tsx bench/upload-large-rss.ts [sizeGiB] [--redirect-error] [--json]
 *
 * `--redirect-error` sends through a custom fetch with `redirect: "error"`. The transport already
 * sends multipart bodies that way (with "manual" or "follow", undici keeps each part body in memory
 * for a replay: 2 GiB then peaked at ~290 MB instead of ~170 MB); the flag checks it stays so.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filesUploadLarge } from "../src/index";

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** Writes `bytes` of non-zero data in 8 MiB blocks (a sparse file would flatter the read path). */
async function makeFile(path: string, bytes: number): Promise<void> {
  const block = Buffer.alloc(8 * MIB);
  for (let index = 0; index < block.length; index++) block[index] = (index * 31 + 7) & 0xff;
  const handle = await open(path, "w");
  try {
    for (let written = 0; written < bytes; written += block.length) await handle.write(block, 0, Math.min(block.length, bytes - written));
  } finally {
    await handle.close();
  }
}

/** The four /uploads routes; parts are counted and dropped. Part ids carry their size. */
function uploadsServer(counter: { partBytes: number; parts: number }) {
  let created = { filename: "", purpose: "", bytes: 0 };
  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const readJson = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
  };
  const upload = (status: string, extra: object = {}) => ({
    id: "upload_bench",
    object: "upload",
    created_at: 0,
    expires_at: 3600,
    status,
    ...created,
    ...extra,
  });

  return createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://bench").pathname;
    if (path === "/v1/uploads") {
      created = (await readJson(req)) as typeof created;
      return json(res, upload("pending"));
    }
    if (path.endsWith("/parts")) {
      // multipart: headers of the one file part, its bytes, then "\r\n--boundary--\r\n".
      const boundary = /boundary=([^;]+)/.exec(req.headers["content-type"] ?? "")?.[1] ?? "";
      let total = 0;
      let head = Buffer.alloc(0);
      for await (const chunk of req as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (head.length < 4096) head = Buffer.concat([head, chunk.subarray(0, 4096)]);
      }
      const headerEnd = head.indexOf("\r\n\r\n") + 4;
      const size = total - headerEnd - Buffer.byteLength(`\r\n--${boundary}--\r\n`);
      counter.partBytes += size;
      counter.parts += 1;
      return json(res, { id: `part_${counter.parts}_${size}`, object: "upload.part", created_at: 0, upload_id: "upload_bench" });
    }
    if (path.endsWith("/complete")) {
      const { part_ids: ids } = (await readJson(req)) as { part_ids: string[] };
      const bytes = ids.reduce((sum, id) => sum + Number(id.split("_")[2]), 0);
      return json(
        res,
        upload("completed", {
          file: { id: "file-bench", object: "file", bytes, created_at: 0, filename: created.filename, purpose: created.purpose, status: "processed" },
        }),
      );
    }
    if (path.endsWith("/cancel")) return json(res, upload("cancelled"));
    res.writeHead(404).end();
  });
}

async function main(): Promise<void> {
  const sizeGiB = Number(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? 2);
  const size = Math.round((Number.isFinite(sizeGiB) && sizeGiB > 0 ? sizeGiB : 2) * GIB);
  const dir = await mkdtemp(join(tmpdir(), "openai-ex-upload-large-"));
  const path = join(dir, "big.jsonl");
  const counter = { partBytes: 0, parts: 0 };
  const server = uploadsServer(counter);
  try {
    await makeFile(path, size);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const redirectError = process.argv.includes("--redirect-error");
    const fetchNoReplay: typeof fetch = (input, init) => fetch(input, { ...init, redirect: "error" });
    const started = performance.now();
    const result = await filesUploadLarge(
      path,
      { purpose: "batch" },
      {
        apiUrl: `http://127.0.0.1:${port}/v1`,
        apiKey: "sk-bench",
        httpOptions: redirectError ? { fetch: fetchNoReplay } : {},
      },
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    const ok = result[0] === "ok" && result[1].bytes === size && counter.partBytes === size;
    const report = {
      fileBytes: size,
      parts: counter.parts,
      partBytesReceived: counter.partBytes,
      fileBytesReported: result[0] === "ok" ? result[1].bytes : null,
      error: result[0] === "error" ? result[1].message : null,
      redirectError,
      seconds: Number(seconds.toFixed(2)),
      mibPerSecond: Number((size / MIB / seconds).toFixed(1)),
      baselineRssMB: Number((baseline / 1e6).toFixed(1)),
      peakRssMB: Number((peak / 1e6).toFixed(1)),
      maxRssMB: Number(((process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(1)),
      bytesVerified: ok,
    };
    if (process.argv.includes("--json")) console.log(JSON.stringify(report));
    else {
      console.log(`filesUploadLarge of ${(size / GIB).toFixed(2)} GiB in ${report.parts} parts: ${report.seconds} s (${report.mibPerSecond} MiB/s)`);
      console.log(`RSS: baseline ${report.baselineRssMB} MB, peak sampled every 50 ms ${report.peakRssMB} MB, maxRSS ${report.maxRssMB} MB`);
      console.log(`bytes: file ${size}, parts received ${counter.partBytes}, File.bytes ${report.fileBytesReported}: ${ok ? "verified" : "MISMATCH"}`);
      if (report.error) console.log(`error: ${report.error}`);
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
