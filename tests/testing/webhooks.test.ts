/**
 * Testing a webhook receiver: signWebhook, mockWebhookEvent, sendWebhook and the mock server's
 * `POST /__mock/webhooks`. The receiver in these tests is a second mock server whose route runs
 * verifyWebhook on the raw bytes it received, so "accepted" means the real check passed.
 */
import { createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HUNG, notAStreamItem, within } from "../reliability/_shared";
import { verifyWebhook } from "../../src/index";
import { mockWebhookEvent, sendWebhook, signWebhook, startMockServer, type MockServer } from "../../src/testing/index";
import batch from "../../fixtures/batch_batch.json";
import response from "../../fixtures/response_response.json";

const key = randomBytes(32);
const SECRET = `whsec_${key.toString("base64")}`;
const OTHER = `whsec_${randomBytes(32).toString("base64")}`;
const decoder = new TextDecoder();

// Computed with node:crypto, independently of the Web Crypto code under test.
const nodeSignature = (id: string, timestamp: string, body: string | Uint8Array) =>
  `v1,${createHmac("sha256", key)
    .update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), Buffer.from(body)]))
    .digest("base64")}`;

let receiver: MockServer; // the user's webhook endpoint, at /hook
let api: MockServer; // the mock OpenAI server whose /__mock/webhooks route sends
let hookUrl: string;
beforeAll(async () => {
  receiver = await startMockServer({
    prefix: "",
    routes: {
      "POST /hook": async (request) => {
        const [status, event] = await verifyWebhook(request.rawBody, request.headers, SECRET);
        return status === "ok" ? { body: `got ${event.type}` } : { status: 400, body: `refused: ${event.kind === "webhook" ? event.reason : event.kind}` };
      },
    },
  });
  api = await startMockServer();
  hookUrl = `${receiver.origin}/hook`;
});
afterAll(async () => {
  await receiver.close();
  await api.close();
});
beforeEach(() => {
  receiver.reset();
  api.reset();
});

/** A port nothing listens on: one a server had, then gave back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("signWebhook", () => {
  it("signs like OpenAI: the node:crypto HMAC of id.timestamp.body, and verifyWebhook accepts it", async () => {
    const body = JSON.stringify({
      id: "evt_1",
      object: "event",
      created_at: 1_760_000_000,
      type: "batch.completed",
      data: { id: "batch_1" },
      note: "Grüße 🦦",
    });
    const signed = await signWebhook(body, SECRET, { id: "wh_fixed", timestamp: 1_760_000_000 });
    expect(signed).toEqual([
      "ok",
      { body, headers: { "webhook-id": "wh_fixed", "webhook-timestamp": "1760000000", "webhook-signature": nodeSignature("wh_fixed", "1760000000", body) } },
    ]);
    expect(await verifyWebhook(body, (signed[1] as { headers: Record<string, string> }).headers, SECRET, { now: 1_760_000_000_000 })).toEqual([
      "ok",
      JSON.parse(body),
    ]);
  });

  it("sends an object as its JSON and signs bytes as they are; defaults to a wh_ id and now", async () => {
    const event = { type: "response.completed", data: { id: "resp_1" } };
    const [status, signed] = await signWebhook(event, SECRET);
    expect(status).toBe("ok");
    if (status !== "ok") return;
    expect(signed.body).toBe(JSON.stringify(event));
    expect(signed.headers["webhook-id"]).toMatch(/^wh_[0-9a-f]{32}$/);
    expect(signed.headers["webhook-signature"]).toBe(nodeSignature(signed.headers["webhook-id"], signed.headers["webhook-timestamp"], signed.body));
    expect(await verifyWebhook(signed.body, signed.headers as never, SECRET)).toEqual(["ok", event]);

    const bytes = new TextEncoder().encode('{"type":"batch.failed","data":{"id":"batch_2"}}');
    const [, fromBytes] = await signWebhook(bytes.buffer, SECRET, { id: "wh_b", timestamp: 5 });
    expect(fromBytes).toMatchObject({ body: bytes, headers: { "webhook-signature": nodeSignature("wh_b", "5", bytes) } });
  });

  it("makes requests verifyWebhook refuses when a byte changes, the secret differs or the timestamp is old", async () => {
    const [, signed] = await signWebhook({ type: "batch.completed", data: { id: "batch_1" } }, SECRET, { timestamp: 1_760_000_000 });
    const headers = (signed as { headers: Record<string, string> }).headers;
    const body = (signed as { body: string }).body;
    const now = { now: 1_760_000_000_000 };
    const changed = await verifyWebhook(body.replace("batch_1", "batch_2"), headers, SECRET, now);
    expect(changed[1]).toMatchObject({ kind: "webhook", reason: "signature" });
    expect((await verifyWebhook(body, headers, OTHER, now))[1]).toMatchObject({ kind: "webhook", reason: "signature" });
    expect(await verifyWebhook(body, headers, SECRET, { now: 1_760_000_301_000 })).toEqual([
      "error",
      {
        kind: "webhook",
        reason: "timestamp",
        message: "The webhook-timestamp is 301 s old, beyond the 300 s tolerance (a replayed request, or a wrong clock)",
      },
    ]);
  });

  it("refuses a bad secret clearly, and a payload or option it cannot use", async () => {
    expect(await signWebhook("{}", key.toString("base64"))).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: "The webhook secret must start with whsec_ (copy it whole from the webhook's settings)" },
    ]);
    expect(await signWebhook("{}", "whsec_")).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: "The webhook secret is not whsec_ followed by base64" },
    ]);
    expect(await signWebhook("{}", "whsec_###")).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: "The webhook secret is not whsec_ followed by base64" },
    ]);
    expect(await signWebhook("{}", "")).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: "No webhook secret: pass the endpoint's whsec_… secret" },
    ]);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const noJson = { kind: "webhook", reason: "body", message: "The webhook payload must be a string, bytes, or an object that JSON.stringify accepts" };
    for (const payload of [cycle, { n: 1n }, 42, null, undefined]) expect(await signWebhook(payload as never, SECRET)).toEqual(["error", noJson]);
    expect(await signWebhook("{}", SECRET, { id: "wh 1" })).toEqual([
      "error",
      { kind: "argument", argument: "options.id", message: "The webhook id must be a non-empty string of printable ASCII without spaces" },
    ]);
    for (const timestamp of [-1, 1.5, Number.NaN, "5" as never])
      expect((await signWebhook("{}", SECRET, { timestamp }))[1]).toMatchObject({ kind: "argument", argument: "options.timestamp" });
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
      },
    );
    expect((await signWebhook("{}", SECRET, hostile))[1]).toMatchObject({ kind: "webhook", message: "The webhook could not be signed (boom)" });
  });
});

describe("mockWebhookEvent", () => {
  it("builds the event OpenAI sends, with ids the mock server's fixtures use", () => {
    const [status, event] = mockWebhookEvent("response.completed");
    expect(status).toBe("ok");
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_[0-9a-f]{32}$/),
      object: "event",
      created_at: expect.any(Number),
      type: "response.completed",
      data: { id: response.id },
    });
    expect(mockWebhookEvent("batch.completed", { id: "batch_other" })[1]).toMatchObject({ type: "batch.completed", data: { id: "batch_other" } });
    expect(mockWebhookEvent("batch.expired")[1]).toMatchObject({ data: { id: batch.id } });
    expect(mockWebhookEvent("fine_tuning.job.succeeded")[1]).toMatchObject({ data: { id: "ftjob-abc123" } });
    expect(mockWebhookEvent("realtime.call.incoming")[1]).toMatchObject({
      data: { call_id: "rtc_mock_0c4f2e8a", sip_headers: expect.arrayContaining([{ name: "To", value: "<sip:+15555550123@sip.api.openai.com>" }]) },
    });
  });

  it("refuses a type the spec does not name, listing those it does", () => {
    const [status, error] = mockWebhookEvent("batch.done" as never);
    expect(status).toBe("error");
    expect(error).toMatchObject({
      kind: "argument",
      argument: "type",
      message: expect.stringMatching(/^Unknown webhook event type "batch.done": use one of batch.cancelled, batch.completed, /),
    });
    expect(mockWebhookEvent("batch.completed", [] as never)[1]).toMatchObject({ kind: "argument", argument: "data" });
  });
});

describe("sendWebhook", () => {
  it("POSTs a signed event the receiver's verifyWebhook accepts, and reports its answer", async () => {
    const [status, delivery] = await sendWebhook(hookUrl, { type: "batch.completed", secret: SECRET, id: "wh_send_1", headers: { "X-Trace": "t1" } });
    const seen = receiver.lastRequest()!;
    const body = decoder.decode(seen.rawBody);
    const event = JSON.parse(body) as { type: string; data: unknown };
    expect(event).toMatchObject({ type: "batch.completed", data: { id: batch.id } });
    expect(seen).toMatchObject({ method: "POST", path: "/hook" });
    expect(seen.headers).toMatchObject({
      "content-type": "application/json",
      "x-trace": "t1",
      "webhook-id": "wh_send_1",
      "webhook-signature": nodeSignature("wh_send_1", seen.headers["webhook-timestamp"]!, body),
    });
    expect([status, delivery]).toEqual([
      "ok",
      {
        status: 200,
        answer: "got batch.completed",
        event,
        request: {
          body,
          headers: {
            "x-trace": "t1",
            "content-type": "application/json",
            "webhook-id": "wh_send_1",
            "webhook-timestamp": seen.headers["webhook-timestamp"],
            "webhook-signature": seen.headers["webhook-signature"],
          },
        },
      },
    ]);
  });

  it("reports the receiver's 400 to a forged event (another secret) or a stale one as a delivery", async () => {
    expect(await sendWebhook(hookUrl, { type: "response.completed", secret: OTHER })).toMatchObject(["ok", { status: 400, answer: "refused: signature" }]);
    const stale = Math.floor(Date.now() / 1000) - 3600;
    expect(await sendWebhook(hookUrl, { type: "response.completed", secret: SECRET, timestamp: stale })).toMatchObject([
      "ok",
      { status: 400, answer: "refused: timestamp" },
    ]);
    const raw = '{"type":"response.failed","data":{"id":"resp_x"}}';
    expect(await sendWebhook(hookUrl, { event: raw, secret: SECRET })).toMatchObject([
      "ok",
      { status: 200, answer: "got response.failed", event: JSON.parse(raw) },
    ]);
    expect(decoder.decode(receiver.lastRequest()!.rawBody)).toBe(raw);
  });

  it("reports an unreachable receiver as a network error naming the url", async () => {
    const port = await closedPort();
    const [status, error] = await sendWebhook(`http://127.0.0.1:${port}/hook?x=1`, { type: "batch.completed", secret: SECRET });
    expect(status).toBe("error");
    expect(error).toEqual({
      kind: "network",
      cause: `connect ECONNREFUSED 127.0.0.1:${port}`,
      message: `Could not deliver the webhook to http://127.0.0.1:${port}/hook: connect ECONNREFUSED 127.0.0.1:${port}; is the receiver listening there?`,
    });
  });

  it("gives up on a receiver that does not answer within options.timeout", async () => {
    receiver.on("POST /silent", { hang: true });
    expect(await sendWebhook(`${receiver.origin}/silent`, { type: "batch.completed", secret: SECRET, timeout: 50 })).toEqual([
      "error",
      { kind: "timeout", timeout: 50, message: `The receiver at ${receiver.origin}/silent did not answer the webhook within 50 ms (options.timeout)` },
    ]);
  });

  it("refuses a bad url, secret, type or event before sending anything", async () => {
    const url = { kind: "argument", argument: "url", message: "The receiver's url must be an http:// or https:// URL, e.g. http://127.0.0.1:8000/webhook" };
    for (const bad of ["ftp://127.0.0.1/hook", "127.0.0.1:8000", 42])
      expect(await sendWebhook(bad as never, { type: "batch.completed", secret: SECRET })).toEqual(["error", url]);
    expect((await sendWebhook(hookUrl, { type: "batch.completed", secret: "not-a-secret" }))[1]).toMatchObject({ kind: "webhook", reason: "secret" });
    expect((await sendWebhook(hookUrl, { secret: SECRET }))[1]).toMatchObject({ kind: "argument", argument: "type" });
    expect((await sendWebhook(hookUrl, { type: "nope" as never, secret: SECRET }))[1]).toMatchObject({ kind: "argument", argument: "type" });
    expect((await sendWebhook(hookUrl, { event: new Uint8Array(2), secret: SECRET }))[1]).toMatchObject({ kind: "argument", argument: "event" });
    expect((await sendWebhook(hookUrl, null as never))[1]).toMatchObject({ kind: "argument", argument: "options" });
    expect(receiver.requests).toEqual([]);
  });
});

describe("POST /__mock/webhooks", () => {
  const post = (body: unknown, server = api) =>
    fetch(`${server.origin}/__mock/webhooks`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("sends a signed event and answers the delivery; the control request is not recorded", async () => {
    const reply = await post({ url: hookUrl, secret: SECRET, type: "response.completed", data: { id: "resp_route" } });
    expect(reply.status).toBe(200);
    const delivery = (await reply.json()) as { status: number; answer: string; event: unknown; request: { body: string } };
    expect(delivery).toMatchObject({ status: 200, answer: "got response.completed", event: { type: "response.completed", data: { id: "resp_route" } } });
    expect(decoder.decode(receiver.lastRequest()!.rawBody)).toBe(delivery.request.body);
    expect(api.requests).toEqual([]);
  });

  it("reports a forged event's 400 from the receiver", async () => {
    const reply = await post({ url: hookUrl, secret: OTHER, type: "batch.completed" });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({ status: 400, answer: "refused: signature" });
  });

  it("answers 502 for an unreachable receiver, 400 for a bad secret, type or body, whatever the prefix", async () => {
    const port = await closedPort();
    const unreachable = await post({ url: `http://127.0.0.1:${port}/hook`, secret: SECRET, type: "batch.completed" });
    expect(unreachable.status).toBe(502);
    expect(await unreachable.json()).toEqual({
      error: {
        message: `Could not deliver the webhook to http://127.0.0.1:${port}/hook: connect ECONNREFUSED 127.0.0.1:${port}; is the receiver listening there?`,
        type: "webhook_delivery_error",
        param: null,
        code: "network",
      },
    });
    const badSecret = await post({ url: hookUrl, secret: "secret", type: "batch.completed" }, receiver);
    expect(badSecret.status).toBe(400);
    expect(await badSecret.json()).toEqual({
      error: {
        message: "The webhook secret must start with whsec_ (copy it whole from the webhook's settings)",
        type: "invalid_request_error",
        param: "secret",
        code: null,
      },
    });
    expect(await (await post({ url: hookUrl, secret: SECRET, type: "batch.done" })).json()).toMatchObject({ error: { param: "type" } });
    const notJson = await fetch(`${api.origin}/__mock/webhooks`, { method: "POST", body: "url=x" });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { message: expect.stringContaining("/__mock/webhooks takes a JSON object") } });
    expect(receiver.requests).toEqual([]);
  });
});

describe("never throws, never hangs", () => {
  const hostile = new Proxy(
    {},
    Object.fromEntries(
      ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"].map((trap) => [
        trap,
        () => {
          throw new Error(`trap ${trap}`);
        },
      ]),
    ),
  );
  const HOSTILE = Symbol("hostile");
  const real = (value: unknown) => (value === HOSTILE ? hostile : value);
  const garbage = fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
    fc.constant(HOSTILE), // fast-check itself would trip on the proxy: it is swapped in at call time
    fc.constant("x".repeat(2_000_000)),
    fc.constantFrom(SECRET, "whsec_", "batch.completed", { secret: SECRET, type: "nope" }),
  );

  it("settles every call to a tuple, whatever it is given", async () => {
    await fc.assert(
      fc.asyncProperty(garbage, garbage, garbage, async (...generated) => {
        const [a, b, c] = generated.map(real);
        const calls: Array<() => Promise<unknown>> = [
          () => signWebhook(a as never, b as never, c as never),
          () => Promise.resolve(mockWebhookEvent(a as never, b as never)),
          () => sendWebhook(hookUrl, { secret: SECRET, timeout: 2_000, ...(typeof generated[0] === "object" ? (generated[0] as object) : {}) } as never),
          () => sendWebhook(a as never, b as never),
        ];
        for (const call of calls) {
          const settled = await within(call(), 5_000);
          expect(settled === HUNG ? "hung" : notAStreamItem(settled)).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
