/** The events OpenAI sends to a webhook endpoint, typed from the spec's `Webhook*` schemas. */
import type { Schemas } from "../../types/schema";

/**
 * One webhook event, a union on `type` (`batch.completed`, `response.completed`,
 * `fine_tuning.job.succeeded`, `eval.run.failed`, `realtime.call.incoming`, …).
 *
 * @example
 * const [status, event] = await verifyWebhook(body, request.headers);
 * if (status === "ok" && event.type === "response.completed") console.log(event.data.id);
 */
// Named one by one: `npm run gen` keeps the schemas src/types names (scripts/gen.mjs, usedOnly).
export type WebhookEvent =
  | Schemas["WebhookBatchCancelled"]
  | Schemas["WebhookBatchCompleted"]
  | Schemas["WebhookBatchExpired"]
  | Schemas["WebhookBatchFailed"]
  | Schemas["WebhookEvalRunCanceled"]
  | Schemas["WebhookEvalRunFailed"]
  | Schemas["WebhookEvalRunSucceeded"]
  | Schemas["WebhookFineTuningJobCancelled"]
  | Schemas["WebhookFineTuningJobFailed"]
  | Schemas["WebhookFineTuningJobSucceeded"]
  | Schemas["WebhookLiveCallIncoming"]
  | Schemas["WebhookRealtimeCallIncoming"]
  | Schemas["WebhookResponseCancelled"]
  | Schemas["WebhookResponseCompleted"]
  | Schemas["WebhookResponseFailed"]
  | Schemas["WebhookResponseIncomplete"];

/** The `type` of a webhook event. */
export type WebhookEventType = WebhookEvent["type"];

/** The request body as received, before any parsing: verification needs the exact bytes. */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/** Request headers: a `Headers` (fetch, edge runtimes) or a plain object (node:http) with any letter case. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Options of `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /** How far, in seconds, the `webhook-timestamp` may be from now, either way; default 300. */
  tolerance?: number;
  /** The current time in ms since the epoch (tests); default `Date.now()`. */
  now?: number;
}
