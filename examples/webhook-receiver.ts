/**
 * A webhook receiver on node:http. It reads the raw body, checks it with `verifyWebhook` (a request
 * not signed with the endpoint's secret, or too old, gets a 400), answers 200, and handles two event
 * types: a finished background response is fetched and its text printed, a finished batch names its
 * results file. OpenAI retries a delivery that got no 2xx, so a `webhook-id` seen before is answered
 * 200 and not handled twice.
 *
 *   OPENAI_WEBHOOK_SECRET=whsec_… PORT=8000 npx tsx examples/webhook-receiver.ts
 *
 * It listens on 127.0.0.1 (set HOST to change) at /webhook until stopped, and fetches from the API
 * with OPENAI_API_KEY (from the mock server without). Without OPENAI_WEBHOOK_SECRET it shows itself
 * instead: it makes up a secret, uses `sendWebhook` of `openai-ex/testing` to send itself three
 * signed events, a forged one and a repeat, and stops. To drive a running receiver from a test of
 * your own, POST to the mock server's `/__mock/webhooks` (see docs/api/streams.md).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { batches, responses, verifyWebhook, type Config, type WebhookEvent } from "../src/index";
import { sendWebhook } from "../src/testing/index";
import { chooseTarget } from "./lib/target";

const demo = !process.env.OPENAI_WEBHOOK_SECRET;
const secret = process.env.OPENAI_WEBHOOK_SECRET ?? `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64")}`;
const target = await chooseTarget();
const handled = new Set<string>(); // webhook-ids already handled (a real receiver keeps them in its database, for a few days)

/** What to do with each event: fetch the object it names (events carry ids only). */
async function handle(event: WebhookEvent, config: Config): Promise<string> {
  if (event.type === "response.completed") {
    const [status, response] = await responses(event.data.id, config);
    if (status === "error") return `response ${event.data.id} completed, but fetching it failed: ${response.message}`;
    const text = response.output
      .flatMap((item) => (item.type === "message" ? item.content : []))
      .flatMap((part) => (part.type === "output_text" ? [part.text] : []));
    return `response ${response.id} completed: ${text.join("")}`;
  }
  if (event.type === "batch.completed") {
    const [status, batch] = await batches(event.data.id, config);
    if (status === "error") return `batch ${event.data.id} completed, but fetching it failed: ${batch.message}`;
    const counts = batch.request_counts;
    return `batch ${batch.id} completed: ${counts?.completed}/${counts?.total} requests ok, results in ${batch.output_file_id}`;
  }
  return `ignored ${event.type}`;
}

/** The raw body, as verifyWebhook needs it (never JSON.parse and re-serialise before checking); `undefined` past 1 MiB. */
async function rawBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1024 * 1024) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "POST" || req.url !== "/webhook") return void res.writeHead(404).end();
  const body = await rawBody(req);
  if (!body) return void res.writeHead(413).end();
  const [status, event] = await verifyWebhook(body, req.headers, secret);
  if (status === "error") {
    console.log(`refused (${event.kind === "webhook" ? event.reason : event.kind}): ${event.message}`);
    return void res.writeHead(400).end(event.message);
  }
  const id = String(req.headers["webhook-id"]);
  if (handled.has(id)) {
    console.log(`already handled ${id}`);
    return void res.writeHead(200).end();
  }
  // Handled before answering, which is fine for a quick fetch; put long work on a queue and answer at once.
  console.log(await handle(event, target.config));
  handled.add(id);
  res.writeHead(200).end();
}

const server = createServer((req, res) => {
  receive(req, res).catch((error: unknown) => {
    console.error(`receiver failure: ${String(error)}`);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
const host = process.env.HOST ?? "127.0.0.1";
await new Promise<void>((resolve) => server.listen(demo ? 0 : Number(process.env.PORT ?? 8000), host, resolve));
const url = `http://${host}:${(server.address() as AddressInfo).port}/webhook`;

async function stop(): Promise<void> {
  await new Promise((resolve) => server.close(resolve));
  await target.close();
}

if (demo) {
  const send = async (label: string, options: Parameters<typeof sendWebhook>[1]) => {
    const [status, delivery] = await sendWebhook(url, options);
    console.log(status === "ok" ? `  ${label} → ${delivery.status}` : `  ${label} not delivered: ${delivery.message}`);
    return delivery;
  };
  const first = await send("response.completed", { type: "response.completed", secret });
  await send("batch.completed", { type: "batch.completed", secret });
  await send("fine_tuning.job.succeeded", { type: "fine_tuning.job.succeeded", secret });
  const forged = `whsec_${Buffer.from("not the endpoint's secret").toString("base64")}`;
  await send("a forged event", { type: "batch.completed", secret: forged });
  if ("request" in first) await send("the first one again", { type: "response.completed", secret, id: first.request.headers["webhook-id"] });
  await stop();
} else {
  console.log(`listening on ${url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop());
}
