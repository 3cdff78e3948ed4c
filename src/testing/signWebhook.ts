/** `signWebhook`: the headers OpenAI would send with a payload, signed with the same code `verifyWebhook` checks. */
import { argumentError, webhookError } from "../errors";
import { payloadBytes, secretKey, signatureOf, signedContent } from "../helpers/webhooks/signature";
import type { WebhookPayload } from "../helpers/webhooks/types";
import type { StreamItem } from "../result";
import { randomId } from "./webhookEvents";

/** Options of `signWebhook`. */
export interface SignWebhookOptions {
  /** The `webhook-id` header; default `wh_` and 32 random hex digits. */
  id?: string;
  /** The `webhook-timestamp`, in seconds since the epoch; default now (pass an old one to test a receiver's replay check). */
  timestamp?: number;
}

/** The headers OpenAI sends with a webhook. */
export interface WebhookSignatureHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  /** `v1,<base64 HMAC-SHA256>`. */
  "webhook-signature": string;
}

/** A signed webhook: the exact body and the headers to send with it. */
export interface SignedWebhook {
  /** The body that was signed: the string or bytes given, or an event object as JSON. */
  body: string | Uint8Array;
  headers: WebhookSignatureHeaders;
}

const PRINTABLE = /^[\x21-\x7e]+$/;

/**
 * Signs a webhook payload the way OpenAI does (HMAC-SHA256 over `id.timestamp.body`, keyed with the
 * base64 after `whsec_`), so a test can call its receiver, or `verifyWebhook`, with a request that
 * passes. Uses Web Crypto, the same code as `verifyWebhook`. Never throws.
 *
 * @param payload The body: a string or bytes (signed exactly), or an event object (sent as its JSON).
 * @param secret The endpoint's `whsec_…` secret.
 * @param options `id` and `timestamp` (seconds) of the headers; default a random id and now.
 * @returns `["ok", { body, headers }]`; `["error", { kind: "webhook", reason: "secret" }]` for a secret that is not
 *   `whsec_` + base64, `reason: "body"` for a payload that has no JSON; `kind: "argument"` for a bad `id` or `timestamp`.
 * @example
 * const [status, signed] = await signWebhook({ type: "batch.completed", data: { id: "batch_123" } }, "whsec_c2VjcmV0");
 * if (status === "ok") await fetch("http://127.0.0.1:8000/webhook", { method: "POST", body: signed.body, headers: signed.headers });
 */
export async function signWebhook(payload: WebhookPayload | object, secret: string, options: SignWebhookOptions = {}): Promise<StreamItem<SignedWebhook>> {
  try {
    if (typeof secret !== "string" || !secret) return ["error", webhookError("secret", "No webhook secret: pass the endpoint's whsec_… secret")];
    const key = secretKey(secret);
    if (!(key instanceof Uint8Array)) return ["error", key];
    const { id = randomId("wh_"), timestamp = Math.floor(Date.now() / 1000) } = options ?? {};
    if (typeof id !== "string" || !PRINTABLE.test(id))
      return ["error", argumentError("options.id", "The webhook id must be a non-empty string of printable ASCII without spaces")];
    if (!Number.isSafeInteger(timestamp) || timestamp < 0)
      return ["error", argumentError("options.timestamp", "The webhook timestamp must be a whole number of seconds since the epoch")];
    const body = asBody(payload);
    if (body === undefined) return ["error", webhookError("body", "The webhook payload must be a string, bytes, or an object that JSON.stringify accepts")];
    const bytes = payloadBytes(body)!;
    const signature = await signatureOf(key, signedContent(id, String(timestamp), bytes));
    return ["ok", { body, headers: { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature } }];
  } catch (cause) {
    // Only a hostile argument (a throwing getter or proxy) gets here.
    return ["error", webhookError("body", `The webhook could not be signed (${cause instanceof Error ? cause.message : "unknown failure"})`)];
  }
}

/** The body to sign: strings and bytes as they are, an object as JSON; `undefined` when there is none. */
function asBody(payload: unknown): string | Uint8Array | undefined {
  if (typeof payload === "string" || payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  if (typeof payload !== "object" || payload === null) return undefined;
  try {
    return JSON.stringify(payload) as string | undefined; // undefined for e.g. an object whose toJSON returns undefined
  } catch {
    return undefined; // a cycle, a BigInt
  }
}
