import type { Config } from "../../config";
import type { Result } from "../../result";
import type { ChatkitSession, ChatkitSessionCreateParams } from "../../types/chatkit";
import { chatkitRequest } from "../../_internal/chatkit";

/**
 * Creates a ChatKit session for one end user; hand its `client_secret` to the ChatKit widget.
 *
 * @param params `workflow: { id, version?, state_variables? }` and `user` (plus `expires_after?`, `rate_limits?`, `chatkit_configuration?`).
 * @param config Per-call config, merged over the defaults (sends `OpenAI-Beta: chatkit_beta=v1` unless `beta` is set).
 * @returns `["ok", { id, object: "chatkit.session", client_secret, expires_at, status, ... }, meta]`.
 * @example
 * const [status, session] = await chatkitSessionsCreate({ workflow: { id: "wf_abc123" }, user: "user_42" });
 * if (status === "ok") console.log(session.client_secret);
 * @see https://platform.openai.com/docs/api-reference/chatkit/sessions/create
 */
export function chatkitSessionsCreate(params: ChatkitSessionCreateParams, config?: Config): Promise<Result<ChatkitSession>> {
  return chatkitRequest({ method: "POST", path: "/chatkit/sessions", params, config });
}
