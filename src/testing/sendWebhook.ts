/** `sendWebhook`: signs an event and POSTs it to a receiver, as OpenAI would, and reports the receiver's answer. */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { argumentError, type OpenAIError } from "../errors";
import type { WebhookEventType } from "../helpers/webhooks/types";
import type { StreamItem } from "../result";
import { signWebhook, type WebhookSignatureHeaders } from "./signWebhook";
import { mockWebhookEvent } from "./webhookEvents";

/** Options of `sendWebhook` (and the JSON body of the mock server's `POST /__mock/webhooks`, with `url`). */
export interface SendWebhookOptions {
  /** The endpoint's `whsec_…` secret to sign with (another secret than the receiver's makes a forged request). */
  secret: string;
  /** The event type to build with `mockWebhookEvent` (`response.completed`, `batch.completed`…), when `event` is not given. */
  type?: WebhookEventType;
  /** Fields merged over the built event's `data` (e.g. `{ id: "batch_123" }`). */
  data?: Record<string, unknown>;
  /** A whole event to send instead (an object, sent as JSON, or the exact body as a string). */
  event?: object | string;
  /** The `webhook-id` header; default a random `wh_…`. */
  id?: string;
  /** The `webhook-timestamp` in seconds; default now (an old one tests the receiver's replay check). */
  timestamp?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** ms to wait for the receiver's whole answer; default 10 000. */
  timeout?: number;
}

/** What happened when the webhook was delivered: the receiver's answer and the request sent. */
export interface WebhookDelivery {
  /** The receiver's HTTP status (any status: a 400 to a forged event is a delivery too). */
  status: number;
  /** The receiver's answer as text (its first 64 KB). */
  answer: string;
  /** The event sent (the body parsed as JSON, or the body text when it is not JSON). */
  event: unknown;
  /** The request sent: its headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`, `content-type`…) and exact body. */
  request: { headers: WebhookSignatureHeaders & Record<string, string>; body: string };
}

const MAX_ANSWER = 64 * 1024;

/**
 * Sends a signed webhook to `url` the way OpenAI does (a JSON POST with `webhook-id`,
 * `webhook-timestamp` and `webhook-signature`), so a test can drive its receiver. The event is built
 * from `type` (see `mockWebhookEvent`) or given whole as `event`. Redirects are not followed. Never throws.
 *
 * @param url The receiver, `http://` or `https://`.
 * @param options `secret` plus `type` (and `data`) or `event`; `id`, `timestamp`, `headers`, `timeout`.
 * @returns `["ok", { status, answer, event, request }]` whatever status the receiver answered; `["error", e]` with
 *   `kind: "network"` when it cannot be reached, `timeout` when it does not answer, `webhook` for a bad secret,
 *   `argument` for a bad url, type or event.
 * @example
 * const [status, delivery] = await sendWebhook("http://127.0.0.1:8000/webhook", { type: "batch.completed", secret: "whsec_c2VjcmV0" });
 * if (status === "ok") console.log(delivery.status); // 200 from a receiver that verified it
 */
export async function sendWebhook(url: string, options: SendWebhookOptions): Promise<StreamItem<WebhookDelivery>> {
  try {
    const target = receiverUrl(url);
    if (!(target instanceof URL)) return ["error", target];
    if (typeof options !== "object" || options === null) return ["error", argumentError("options", "Pass the options: { secret, type } or { secret, event }")];
    const timeout = options.timeout ?? 10_000;
    if (!Number.isFinite(timeout) || timeout <= 0) return ["error", argumentError("options.timeout", "The timeout must be a positive number of ms")];
    const event = eventOf(options);
    if (event[0] === "error") return event;
    const [status, signed] = await signWebhook(event[1], options.secret, { id: options.id, timestamp: options.timestamp });
    if (status === "error") return [status, signed];
    const body = signed.body as string;
    const headers = { ...stringHeaders(options.headers), "content-type": "application/json", ...signed.headers };
    const answered = await post(target, headers, body, timeout);
    if (answered[0] === "error") return answered;
    return ["ok", { status: answered[1].status, answer: answered[1].text, event: parsed(body), request: { headers, body } }];
  } catch (cause) {
    // Only a hostile argument (a throwing getter or proxy) gets here.
    return ["error", argumentError("options", `The webhook could not be sent (${cause instanceof Error ? cause.message : "unknown failure"})`)];
  }
}

function receiverUrl(url: unknown): URL | OpenAIError {
  const bad = argumentError("url", "The receiver's url must be an http:// or https:// URL, e.g. http://127.0.0.1:8000/webhook");
  if (typeof url !== "string" || !URL.canParse(url)) return bad;
  const target = new URL(url);
  return target.protocol === "http:" || target.protocol === "https:" ? target : bad;
}

/** The event to send: `event` as given (a string is the exact body), or one built from `type` and `data`. */
function eventOf({ event, type, data }: SendWebhookOptions): StreamItem<object | string> {
  if (event !== undefined) {
    if (typeof event === "string" || (typeof event === "object" && event !== null && !ArrayBuffer.isView(event) && !(event instanceof ArrayBuffer)))
      return ["ok", event];
    return ["error", argumentError("event", "The event must be an object (sent as JSON) or the exact body as a string")];
  }
  if (type === undefined) return ["error", argumentError("type", 'Pass the event type to send (e.g. type: "response.completed"), or a whole event')];
  return mockWebhookEvent(type, data);
}

function stringHeaders(headers: unknown): Record<string, string> {
  if (typeof headers !== "object" || headers === null) return {};
  const entries = Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), value]));
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** One POST over node:http(s); the status and the answer's first 64 KB, or why there is none. */
function post(target: URL, headers: Record<string, string>, body: string, timeout: number): Promise<StreamItem<{ status: number; text: string }>> {
  const where = `${target.origin}${target.pathname}`;
  return new Promise((resolve) => {
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        if (size < MAX_ANSWER) chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => finish(["ok", { status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8").slice(0, MAX_ANSWER) }]));
      res.on("error", (error) => finish(unreachable(where, error)));
    });
    const timer = setTimeout(() => {
      finish(["error", { kind: "timeout", timeout, message: `The receiver at ${where} did not answer the webhook within ${timeout} ms (options.timeout)` }]);
      req.destroy();
    }, timeout);
    function finish(result: StreamItem<{ status: number; text: string }>): void {
      clearTimeout(timer);
      resolve(result); // later calls are no-ops
    }
    req.on("error", (error) => finish(unreachable(where, error)));
    req.end(body);
  });
}

function unreachable(where: string, error: Error & { code?: string }): readonly ["error", OpenAIError] {
  const cause = error.code && !error.message.includes(error.code) ? `${error.code} ${error.message}` : error.message;
  return ["error", { kind: "network", cause, message: `Could not deliver the webhook to ${where}: ${cause}; is the receiver listening there?` }];
}
