import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatkitSession } from "../../types/chatkit";
import { chatkitRequest } from "../../_internal/chatkit";

/**
 * Cancels a ChatKit session, so its client secret stops working (the request has no body).
 *
 * @param sessionId The session, e.g. `cksess_abc123`.
 * @param config Per-call config, merged over the defaults (sends `OpenAI-Beta: chatkit_beta=v1` unless `beta` is set).
 * @returns `["ok", ChatkitSession, meta]` with `status: "cancelled"`.
 * @example
 * const [status, session] = await chatkitSessionsCancel("cksess_abc123");
 * @see https://platform.openai.com/docs/api-reference/chatkit/sessions/cancel
 */
export function chatkitSessionsCancel(sessionId: string, config?: Config): Promise<Result<ChatkitSession>> {
  return chatkitRequest({
    method: "POST",
    path: "/chatkit/sessions/{session_id}/cancel",
    ids: { session_id: sessionId },
    send: "none",
    config,
  });
}
