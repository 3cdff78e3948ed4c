import { createHmac, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig, setConfig, verifyWebhook } from "../../src/index";

// Signatures are computed here with node:crypto, independently of the Web Crypto code under test.
const key = randomBytes(32);
const secret = `whsec_${key.toString("base64")}`;
const NOW = 1_760_000_000_000;
const ts = String(NOW / 1000);
const body = JSON.stringify({
  id: "evt_685343a1381c819085d44c354e1b330e",
  object: "event",
  created_at: 1760000000,
  type: "response.completed",
  data: { id: "resp_otter_1" },
  note: "Grüße, 水獺 🦦",
});
const sign = (payload: string | Buffer, id = "wh_123", timestamp = ts, withKey = key) =>
  `v1,${createHmac("sha256", withKey)
    .update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), Buffer.from(payload)]))
    .digest("base64")}`;
const headers = (over: Record<string, string> = {}) => ({ "webhook-id": "wh_123", "webhook-timestamp": ts, "webhook-signature": sign(body), ...over });
const options = { now: NOW };

afterEach(() => {
  resetConfig();
  delete process.env.OPENAI_WEBHOOK_SECRET;
});

describe("verifyWebhook", () => {
  it("accepts a valid event with non-ASCII text, as a string, Uint8Array or ArrayBuffer", async () => {
    const bytes = new TextEncoder().encode(body);
    for (const payload of [body, bytes, bytes.buffer.slice(0)]) {
      expect(await verifyWebhook(payload, headers(), secret, options)).toEqual(["ok", JSON.parse(body)]);
    }
  });

  it("reads a Headers object and plain objects in any letter case, and node:http arrays", async () => {
    expect((await verifyWebhook(body, new Headers(headers()), secret, options))[0]).toBe("ok");
    const upper = { "Webhook-Id": "wh_123", "WEBHOOK-TIMESTAMP": ts, "Webhook-Signature": [sign(body)] };
    expect((await verifyWebhook(body, upper, secret, options))[0]).toBe("ok");
  });

  it("refuses a body with one byte changed", async () => {
    const changed = body.replace("resp_otter_1", "resp_otter_2");
    expect(await verifyWebhook(changed, headers(), secret, options)).toEqual([
      "error",
      { kind: "webhook", reason: "signature", message: expect.stringContaining("No webhook-signature matches the body") },
    ]);
  });

  it("refuses a wrong secret", async () => {
    const other = `whsec_${randomBytes(32).toString("base64")}`;
    expect(await verifyWebhook(body, headers(), other, options)).toEqual([
      "error",
      { kind: "webhook", reason: "signature", message: expect.stringContaining("No webhook-signature") },
    ]);
  });

  it("refuses a timestamp 301 s old or 301 s ahead, accepts 300 s either way", async () => {
    for (const shift of [-301, 301]) {
      const at = String(NOW / 1000 + shift);
      const result = await verifyWebhook(body, headers({ "webhook-timestamp": at, "webhook-signature": sign(body, "wh_123", at) }), secret, options);
      expect(result).toEqual([
        "error",
        { kind: "webhook", reason: "timestamp", message: shift < 0 ? expect.stringContaining("301 s old") : expect.stringContaining("301 s in the future") },
      ]);
    }
    for (const shift of [-300, 300]) {
      const at = String(NOW / 1000 + shift);
      expect((await verifyWebhook(body, headers({ "webhook-timestamp": at, "webhook-signature": sign(body, "wh_123", at) }), secret, options))[0]).toBe("ok");
    }
    const at = String(NOW / 1000 - 301);
    expect(
      (
        await verifyWebhook(body, headers({ "webhook-timestamp": at, "webhook-signature": sign(body, "wh_123", at) }), secret, { ...options, tolerance: 600 })
      )[0],
    ).toBe("ok");
  });

  it("refuses a missing header, naming it", async () => {
    for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
      const partial: Record<string, string> = headers();
      delete partial[name];
      expect(await verifyWebhook(body, partial, secret, options)).toEqual([
        "error",
        { kind: "webhook", reason: "header", message: `The webhook request has no ${name} header` },
      ]);
    }
  });

  it("refuses a secret without whsec_, an empty one, and none at all", async () => {
    expect(await verifyWebhook(body, headers(), key.toString("base64"), options)).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: expect.stringContaining("must start with whsec_") },
    ]);
    expect(await verifyWebhook(body, headers(), "whsec_", options)).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: expect.stringContaining("not whsec_ followed by base64") },
    ]);
    expect(await verifyWebhook(body, headers(), undefined, options)).toEqual([
      "error",
      { kind: "webhook", reason: "secret", message: expect.stringContaining("OPENAI_WEBHOOK_SECRET") },
    ]);
  });

  it("accepts a valid signature among invalid ones and other versions", async () => {
    const bad = sign(body, "wh_other");
    const signatures = `v1,AAAA ${bad} v2,${sign(body).slice(3)} v1,!!notbase64 ${sign(body)}`;
    expect((await verifyWebhook(body, headers({ "webhook-signature": signatures }), secret, options))[0]).toBe("ok");
    expect((await verifyWebhook(body, headers({ "webhook-signature": `v1,AAAA ${bad}` }), secret, options))[1]).toMatchObject({
      kind: "webhook",
      reason: "signature",
    });
  });

  it("refuses a signed body that is not a JSON object", async () => {
    const text = "not json";
    expect(await verifyWebhook(text, headers({ "webhook-signature": sign(text) }), secret, options)).toEqual([
      "error",
      { kind: "webhook", reason: "body", message: expect.stringContaining("not a JSON event object") },
    ]);
  });

  it("takes the secret from the config or OPENAI_WEBHOOK_SECRET, and never prints it", async () => {
    process.env.OPENAI_WEBHOOK_SECRET = secret;
    expect((await verifyWebhook(body, headers(), undefined, options))[0]).toBe("ok");
    delete process.env.OPENAI_WEBHOOK_SECRET;
    const [, config] = setConfig({ webhookSecret: secret });
    expect(JSON.stringify(config)).not.toContain(secret.slice(6));
    expect((await verifyWebhook(body, headers(), undefined, options))[0]).toBe("ok");
  });

  it("never throws on hostile arguments", async () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    expect((await verifyWebhook(body, hostile, secret, options))[1]).toMatchObject({ kind: "webhook" });
    expect((await verifyWebhook(42 as never, headers(), secret, options))[1]).toMatchObject({ kind: "webhook", reason: "body" });
  });
});
