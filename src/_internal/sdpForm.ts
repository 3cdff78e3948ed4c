/**
 * The body of a WebRTC call offer: the SDP as an `application/sdp` part and the optional session
 * config as an `application/json` part (the spec's encoding of `POST /realtime/calls`).
 */
import { argumentError, type OpenAIError } from "../errors";
import { isPlainObject } from "./args";

/** Builds the call-offer form, or an `argument` error when `sdp` is not a non-empty string. */
export async function sdpForm(sdp: unknown, session: unknown): Promise<FormData | OpenAIError> {
  if (typeof sdp !== "string" || sdp.length === 0) return argumentError("sdp", "sdp must be the non-empty SDP offer text");
  if (session !== undefined && !isPlainObject(session)) return argumentError("session", "session must be a plain object");
  const form = new FormData();
  form.append("sdp", new Blob([sdp], { type: "application/sdp" }), "offer.sdp");
  if (session !== undefined) form.append("session", new Blob([JSON.stringify(session)], { type: "application/json" }), "session.json");
  return form;
}
