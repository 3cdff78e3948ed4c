/** The mock server's `POST /__mock/webhooks`: `sendWebhook` over HTTP, for tests that are not written in JavaScript (or curl). */
import type { IncomingMessage } from "node:http";
import { errorReply } from "./routes/util";
import { sendWebhook, type SendWebhookOptions } from "./sendWebhook";
import type { MockReply } from "./types";

/** The path of the route, outside the API prefix whatever it is. */
export const WEBHOOK_ROUTE = "/__mock/webhooks";

const MAX_BODY = 1024 * 1024;

/**
 * Whether a request is for the webhook route (a POST to `/__mock/webhooks`, any query).
 *
 * @param req The incoming request.
 * @returns `true` for the route.
 * @example
 * if (isWebhookRoute(req)) return send(req, res, await webhookRoute(req));
 */
export function isWebhookRoute(req: IncomingMessage): boolean {
  return req.method === "POST" && (req.url ?? "").split("?")[0] === WEBHOOK_ROUTE;
}

/**
 * Reads `{ url, secret, type | event, data?, id?, timestamp?, headers?, timeout? }`, sends the webhook
 * and answers 200 with the delivery (`status`, `answer`, `event`, `request`) whatever the receiver
 * answered; 400 for a body that cannot be used (no url, bad secret, unknown type), 502 when the
 * receiver cannot be reached, 504 when it does not answer in time. Errors are shaped like the API's.
 *
 * @param req The request to the route.
 * @returns The reply.
 * @example
 * const reply = await webhookRoute(req); // { body: { status: 200, answer: "ok", event, request } }
 */
export async function webhookRoute(req: IncomingMessage): Promise<MockReply> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  if (size > MAX_BODY) return errorReply(413, `${WEBHOOK_ROUTE} takes a JSON body of at most 1 MiB`);
  let input: unknown;
  try {
    input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    input = undefined;
  }
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return errorReply(
      400,
      `${WEBHOOK_ROUTE} takes a JSON object: { "url": "http://127.0.0.1:8000/webhook", "secret": "whsec_…", "type": "response.completed" }`,
    );
  const { url, ...options } = input as { url?: unknown } & SendWebhookOptions;
  const [status, delivery] = await sendWebhook(url as string, options);
  if (status === "ok") return { body: delivery };
  const code = delivery.kind === "webhook" ? delivery.reason : delivery.kind === "argument" ? delivery.argument : delivery.kind;
  if (delivery.kind === "network") return errorReply(502, delivery.message, "webhook_delivery_error", code);
  if (delivery.kind === "timeout") return errorReply(504, delivery.message, "webhook_delivery_error", code);
  return errorReply(400, delivery.message, "invalid_request_error", null, code);
}
