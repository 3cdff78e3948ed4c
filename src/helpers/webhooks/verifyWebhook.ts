import { webhookError, type WebhookError, type WebhookProblem } from "../../errors";
import { getConfig } from "../../config";
import type { StreamItem } from "../../result";
import { base64Bytes, hmacKey, payloadBytes, secretKey, signedContent } from "./signature";
import type { VerifyWebhookOptions, WebhookEvent, WebhookHeaders, WebhookPayload } from "./types";

/**
 * Checks that a webhook request really comes from OpenAI and parses its event. The signature is an
 * HMAC-SHA256 over `webhook-id.webhook-timestamp.body`, keyed with the base64 part of the `whsec_`
 * secret; `webhook-signature` may hold several space-separated `v1,<base64>` signatures and one match
 * is enough. Uses Web Crypto only, so it runs in Node, edge runtimes and browsers. Makes no request.
 *
 * @param payload The raw body exactly as received (a string, `Uint8Array` or `ArrayBuffer`), not re-serialised JSON.
 * @param headers The request headers, a `Headers` or a plain object in any letter case.
 * @param secret The endpoint's `whsec_…` secret; default the config's `webhookSecret` (env `OPENAI_WEBHOOK_SECRET`).
 * @param options `tolerance` in seconds (default 300) either side of now.
 * @returns `["ok", event]`, or `["error", { kind: "webhook", reason, message }]` saying which check failed
 *   (`header`, `timestamp`, `signature`, `secret`, `body`).
 * @example
 * const [status, event] = await verifyWebhook(rawBody, req.headers, process.env.OPENAI_WEBHOOK_SECRET);
 * if (status === "error") res.writeHead(400).end(event.message);
 * else if (event.type === "batch.completed") console.log("batch done:", event.data.id);
 */
export async function verifyWebhook(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret?: string,
  options: VerifyWebhookOptions = {},
): Promise<StreamItem<WebhookEvent>> {
  try {
    return await verify(payload, headers, secret, options);
  } catch (cause) {
    // Only a hostile argument (a throwing getter) gets here; Web Crypto rejections are handled below.
    return fail("header", `The webhook could not be read (${cause instanceof Error ? cause.message : "unknown failure"})`);
  }
}

async function verify(
  payload: WebhookPayload,
  headers: WebhookHeaders,
  secret: string | undefined,
  options: VerifyWebhookOptions,
): Promise<StreamItem<WebhookEvent>> {
  const key = secretBytes(secret ?? configuredSecret());
  if (!(key instanceof Uint8Array)) return ["error", key];
  const body = payloadBytes(payload);
  if (!body) return fail("body", `The webhook payload must be the raw body as a string, Uint8Array or ArrayBuffer, got ${typeof payload}`);
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  const missing = [
    ["webhook-id", id],
    ["webhook-timestamp", timestamp],
    ["webhook-signature", signatures],
  ].find(([, value]) => !value);
  if (missing) return fail("header", `The webhook request has no ${missing[0]} header`);
  const stale = timestampProblem(timestamp!, options);
  if (stale) return fail("timestamp", stale);
  const signed = signedContent(id!, timestamp!, body);
  const hmac = await hmacKey(key, "verify");
  for (const candidate of signatures!.split(" ")) {
    const [version, value] = candidate.split(",", 2);
    const bytes = version === "v1" && value ? base64Bytes(value) : undefined;
    // subtle.verify compares in constant time.
    if (bytes && (await crypto.subtle.verify("HMAC", hmac, bytes, signed))) return parseEvent(body);
  }
  return fail(
    "signature",
    "No webhook-signature matches the body: the body was changed (verify the raw bytes, not re-serialised JSON) or the secret is not this endpoint's",
  );
}

function fail(reason: WebhookProblem, message: string): readonly ["error", WebhookError] {
  return ["error", webhookError(reason, message)];
}

function configuredSecret(): string | undefined {
  const [status, config] = getConfig();
  return status === "ok" ? config.webhookSecret : undefined;
}

/** The HMAC key of the given or configured secret, or the error that says what is wrong with it. */
function secretBytes(secret: unknown): Uint8Array<ArrayBuffer> | WebhookError {
  if (typeof secret !== "string" || !secret)
    return webhookError("secret", "No webhook secret: pass it as the third argument, or set webhookSecret in the config or OPENAI_WEBHOOK_SECRET");
  return secretKey(secret);
}

/** A header's value from a `Headers` or a plain object of any letter case (node:http arrays joined). */
function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers)?.get === "function") return (headers as Headers).get(name)?.trim() || undefined;
  if (typeof headers !== "object" || headers === null) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
  const text = Array.isArray(value) ? value.join(" ") : value;
  return typeof text === "string" && text.trim() ? text.trim() : undefined;
}

function timestampProblem(timestamp: string, { tolerance = 300, now = Date.now() }: VerifyWebhookOptions): string | undefined {
  if (!/^\d+$/.test(timestamp)) return "The webhook-timestamp header is not a number of seconds";
  const age = Math.floor(now / 1000) - Number(timestamp);
  if (age > tolerance) return `The webhook-timestamp is ${age} s old, beyond the ${tolerance} s tolerance (a replayed request, or a wrong clock)`;
  if (-age > tolerance) return `The webhook-timestamp is ${-age} s in the future, beyond the ${tolerance} s tolerance (check this machine's clock)`;
  return undefined;
}

function parseEvent(body: Uint8Array): StreamItem<WebhookEvent> {
  const text = new TextDecoder().decode(body);
  try {
    const event = JSON.parse(text) as unknown;
    if (typeof event === "object" && event !== null && !Array.isArray(event)) return ["ok", event as WebhookEvent];
  } catch {
    // falls through to the error below
  }
  return fail("body", `The webhook body is signed but is not a JSON event object: ${text.slice(0, 80)}`);
}
