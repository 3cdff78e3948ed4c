/** `mockWebhookEvent`: a webhook event of each type the spec names, with ids the mock server's routes know. */
import batch from "../../fixtures/batch_batch.json";
import evalRun from "../../fixtures/evals_run.json";
import fineTuningJob from "../../fixtures/ftjob_job.json";
import response from "../../fixtures/response_response.json";
import realtimeSession from "../../fixtures/realtime_session.json";
import { argumentError } from "../errors";
import type { WebhookEvent, WebhookEventType } from "../helpers/webhooks/types";
import type { StreamItem } from "../result";
import { MOCK_CALL_ID } from "./routes/realtime";

// SIP headers of an incoming call, as a SIP trunk forwards them (example numbers of the 555 range).
const sipHeaders = [
  { name: "From", value: '"Caller" <sip:+15555550100@sip.example.com>;tag=7f3a' },
  { name: "To", value: "<sip:+15555550123@sip.api.openai.com>" },
  { name: "Call-ID", value: "a84b4c76e66710@pc33.example.com" },
];

// The `data` of each event type; a Record over the union, so a type the spec adds fails to compile here.
const DATA: Record<WebhookEventType, Record<string, unknown>> = {
  "batch.cancelled": { id: batch.id },
  "batch.completed": { id: batch.id },
  "batch.expired": { id: batch.id },
  "batch.failed": { id: batch.id },
  "eval.run.canceled": { id: evalRun.id },
  "eval.run.failed": { id: evalRun.id },
  "eval.run.succeeded": { id: evalRun.id },
  "fine_tuning.job.cancelled": { id: fineTuningJob.id },
  "fine_tuning.job.failed": { id: fineTuningJob.id },
  "fine_tuning.job.succeeded": { id: fineTuningJob.id },
  "live.call.incoming": { session_id: realtimeSession.id, sip_headers: sipHeaders },
  "realtime.call.incoming": { call_id: MOCK_CALL_ID, sip_headers: sipHeaders },
  "response.cancelled": { id: response.id },
  "response.completed": { id: response.id },
  "response.failed": { id: response.id },
  "response.incomplete": { id: response.id },
};

/** Every webhook event type the mock server can build, in the spec's order. */
export const WEBHOOK_EVENT_TYPES = Object.keys(DATA) as WebhookEventType[];

/**
 * A random id with a prefix: `evt_` / `wh_` and 32 hex digits, the shape OpenAI's ids have.
 *
 * @param prefix `evt_`, `wh_`…
 * @returns The id.
 * @example
 * randomId("evt_"); // "evt_3f9c…"
 */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return prefix + Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Builds a webhook event as OpenAI sends it: `{ id: "evt_…", object: "event", created_at, type, data }`.
 * `data` holds the ids the mock server's fixtures use (`batch_abc123`, `resp_…`, `ftjob-abc123`, the
 * eval run, the realtime call with SIP headers), so a receiver under test can fetch the object from the
 * mock; fields of `data` given here replace those.
 *
 * @param type The event type, e.g. `response.completed` or `batch.completed`.
 * @param data Fields merged over the default `data` (e.g. `{ id: "batch_other" }`).
 * @returns `["ok", event]`, or `["error", { kind: "argument" }]` for a type the spec does not name or `data` that is not an object.
 * @example
 * const [status, event] = mockWebhookEvent("batch.completed", { id: "batch_123" });
 * if (status === "ok") console.log(JSON.stringify(event)); // {"id":"evt_…","object":"event","created_at":…,"type":"batch.completed","data":{"id":"batch_123"}}
 */
export function mockWebhookEvent<T extends WebhookEventType>(type: T, data?: Record<string, unknown>): StreamItem<Extract<WebhookEvent, { type: T }>> {
  try {
    if (typeof type !== "string" || !Object.hasOwn(DATA, type)) {
      const shown = typeof type === "string" ? JSON.stringify(type.slice(0, 80)) : typeof type;
      return ["error", argumentError("type", `Unknown webhook event type ${shown}: use one of ${WEBHOOK_EVENT_TYPES.join(", ")}`)];
    }
    if (data !== undefined && (typeof data !== "object" || data === null || Array.isArray(data)))
      return ["error", argumentError("data", 'The webhook event\'s data must be an object, e.g. { id: "batch_123" }')];
    const event = { id: randomId("evt_"), object: "event", created_at: Math.floor(Date.now() / 1000), type, data: { ...DATA[type], ...data } };
    return ["ok", event as unknown as Extract<WebhookEvent, { type: T }>];
  } catch (cause) {
    // Only a hostile argument (a throwing getter or proxy) gets here.
    return ["error", argumentError("data", `The webhook event could not be built (${cause instanceof Error ? cause.message : "unknown failure"})`)];
  }
}
