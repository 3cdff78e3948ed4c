import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeCallSessionParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Accepts an incoming SIP call (announced by a `realtime.call.incoming` webhook) with the session config to run it.
 *
 * @param callId The call, e.g. `rtc_abc123`.
 * @param params The session config: `type: "realtime"`, `model`, `instructions`, `audio`, tools, ….
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", null, meta]`: the API answers with an empty body.
 * @example
 * const [status] = await realtimeCallAccept("rtc_abc123", { type: "realtime", model: "gpt-realtime", instructions: "Greet the caller." });
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/accept-call
 */
export function realtimeCallAccept(callId: string, params: RealtimeCallSessionParams, config?: Config): Promise<Result<null>> {
  return request({ method: "POST", path: "/realtime/calls/{call_id}/accept", ids: { call_id: callId }, params, config, emptyResult: null });
}
