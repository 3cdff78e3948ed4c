import type { Config } from "../../config";
import type { Result } from "../../result";
import type { RealtimeCallSessionParams } from "../../types/realtime";
import { request } from "../../_internal/request";
import { sdpForm } from "../../_internal/sdpForm";

/**
 * Starts a WebRTC Realtime call: sends your SDP offer (multipart, with the session config when given) and returns the SDP answer.
 *
 * @param sdp The SDP offer text of your peer connection.
 * @param session Optional session config (`type: "realtime"`, `model`, `instructions`, `audio`, …); pass `undefined` to give a config only.
 * @param config Per-call config, merged over the defaults.
 * @returns `["ok", sdpAnswer, meta]`: the answer as text; `meta.headers.location` ends with the call id.
 * @example
 * const [status, answer, meta] = await realtimeCallsCreate(offer.sdp!, { type: "realtime", model: "gpt-realtime" });
 * if (status === "ok") await peer.setRemoteDescription({ type: "answer", sdp: answer });
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/create-call
 */
export function realtimeCallsCreate(sdp: string, session?: RealtimeCallSessionParams | Config, config?: Config): Promise<Result<string>> {
  return request({
    method: "POST",
    path: "/realtime/calls",
    params: session,
    paramsOptional: true,
    send: "none",
    form: (sessionParams) => sdpForm(sdp, sessionParams),
    config,
    decode: "text",
  });
}
