import type { Config } from "../../config";
import type { Result } from "../../result";
import { request } from "../../_internal/request";

/**
 * Ends a Realtime call, SIP or WebRTC (the request has no body).
 *
 * @param callId The call, e.g. `rtc_abc123`.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", null, meta]`: the API answers with an empty body.
 * @example
 * const [status] = await realtimeCallHangup("rtc_abc123");
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/hangup-call
 */
export function realtimeCallHangup(callId: string, config?: Config): Promise<Result<null>> {
  return request({ method: "POST", path: "/realtime/calls/{call_id}/hangup", ids: { call_id: callId }, send: "none", config, emptyResult: null });
}
