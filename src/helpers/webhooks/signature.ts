/**
 * The webhook signature scheme, shared by `verifyWebhook` and the mock server's `signWebhook`: an
 * HMAC-SHA256 over `webhook-id.webhook-timestamp.body`, keyed with the base64 after `whsec_`, sent
 * as `v1,<base64>`. Web Crypto only (no node:crypto), so it runs in Node, edge runtimes and browsers.
 */
import { webhookError, type WebhookError } from "../../errors";

const encoder = new TextEncoder();

/**
 * @internal The HMAC key of a `whsec_` secret, or the error saying what is wrong with it.
 *
 * @param secret The endpoint's secret (checked to be a non-empty string by the caller).
 * @returns The key bytes, or a `webhook` error with `reason: "secret"`.
 * @example
 * const key = secretKey("whsec_c2VjcmV0"); // Uint8Array of "secret"
 */
export function secretKey(secret: string): Uint8Array<ArrayBuffer> | WebhookError {
  if (!secret.startsWith("whsec_")) return webhookError("secret", "The webhook secret must start with whsec_ (copy it whole from the webhook's settings)");
  const bytes = base64Bytes(secret.slice("whsec_".length));
  return bytes && bytes.length > 0 ? bytes : webhookError("secret", "The webhook secret is not whsec_ followed by base64");
}

/**
 * @internal Base64 text to bytes, or `undefined` when it is not base64.
 *
 * @param text Standard base64 (as in secrets and `v1,` signatures).
 * @returns The bytes, or `undefined`.
 * @example
 * base64Bytes("aGk="); // Uint8Array [104, 105]
 */
export function base64Bytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * @internal The payload as bytes: a string as UTF-8, bytes as they are; `undefined` for anything else.
 *
 * @param payload A string, `Uint8Array` or `ArrayBuffer`.
 * @returns The bytes that are signed, or `undefined`.
 * @example
 * payloadBytes("{}"); // Uint8Array [123, 125]
 */
export function payloadBytes(payload: unknown): Uint8Array | undefined {
  if (typeof payload === "string") return encoder.encode(payload);
  if (payload instanceof Uint8Array) return payload;
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload);
  return undefined;
}

/**
 * @internal What the signature covers: `id.timestamp.` followed by the body bytes.
 *
 * @param id The `webhook-id` header.
 * @param timestamp The `webhook-timestamp` header (seconds).
 * @param body The body bytes.
 * @returns The signed content.
 * @example
 * signedContent("wh_1", "1760000000", new Uint8Array([123, 125]));
 */
export function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(`${id}.${timestamp}.`);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

/**
 * @internal The Web Crypto HMAC-SHA256 key for signing or verifying.
 *
 * @param key The secret's key bytes (from `secretKey`).
 * @param usage `sign` or `verify`.
 * @returns The imported key.
 * @example
 * const hmac = await hmacKey(key, "verify");
 */
export function hmacKey(key: Uint8Array<ArrayBuffer>, usage: "sign" | "verify"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

/**
 * @internal The `v1,<base64>` signature of `content` (what one entry of `webhook-signature` holds).
 *
 * @param key The secret's key bytes (from `secretKey`).
 * @param content The signed content (from `signedContent`).
 * @returns The signature entry.
 * @example
 * const entry = await signatureOf(key, signedContent(id, timestamp, body)); // "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="
 */
export async function signatureOf(key: Uint8Array<ArrayBuffer>, content: Uint8Array<ArrayBuffer>): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(key, "sign"), content));
  return `v1,${btoa(String.fromCharCode(...mac))}`;
}
