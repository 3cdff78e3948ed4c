import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeCallReferParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Transfers a SIP call to another number or SIP address (a SIP REFER).
 *
 * @param callId The call, e.g. `rtc_abc123`.
 * @param params `{ target_uri }`, a `tel:` or `sip:` URI.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", null, meta]`: the API answers with an empty body.
 * @example
 * const [status] = await realtimeCallRefer("rtc_abc123", { target_uri: "tel:+15550100" });
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/refer-call
 */
export function realtimeCallRefer(callId: string, params: RealtimeCallReferParams, config?: Config): Promise<Result<null>> {
  return request({ method: "POST", path: "/realtime/calls/{call_id}/refer", ids: { call_id: callId }, params, config, emptyResult: null });
}
