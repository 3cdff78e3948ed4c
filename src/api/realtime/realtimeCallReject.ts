import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeCallRejectParams } from "../../types/realtime";
import { request } from "../../_internal/request";

/**
 * Declines an incoming SIP call, optionally with the SIP status code to answer (pass `{}` when giving a config).
 *
 * @param callId The call, e.g. `rtc_abc123`.
 * @param params Optional `{ status_code }`, e.g. `486` (busy).
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", null, meta]`: the API answers with an empty body.
 * @example
 * const [status] = await realtimeCallReject("rtc_abc123", { status_code: 486 });
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/reject-call
 */
export function realtimeCallReject(callId: string, params?: RealtimeCallRejectParams | Config, config?: Config): Promise<Result<null>> {
  return request({
    method: "POST",
    path: "/realtime/calls/{call_id}/reject",
    ids: { call_id: callId },
    params,
    paramsOptional: true,
    config,
    emptyResult: null,
  });
}
