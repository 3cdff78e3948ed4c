/** Types of the Realtime REST calls (`/realtime/...`), defined from the generated spec types. */
import type { Schemas } from "./schema";

/**
 * Hand-written: the generated types make every field that has a spec default required
 * (openapi-typescript's `defaultNonNullable`), so a session config would demand `tool_choice`,
 * `tracing`, `audio.input.noise_reduction`, .... A request may omit them: this makes every field
 * optional, deeply, except a union's `type` discriminator.
 */
export type RealtimeLoose<T> = T extends readonly (infer I)[]
  ? RealtimeLoose<I>[]
  : T extends object
    ? { [K in keyof T]?: RealtimeLoose<T[K]> } & ("type" extends keyof T ? Pick<T, "type" & keyof T> : unknown)
    : T;

/** What `realtimeClientSecretsCreate` sends: a session config (realtime or transcription) and its expiry. */
export type RealtimeClientSecretCreateParams = RealtimeLoose<Schemas["RealtimeCreateClientSecretRequest"]>;
/** A client secret (`value`, `expires_at`) and the session it is for. */
export type RealtimeClientSecret = Schemas["RealtimeCreateClientSecretResponse"];
/** What `realtimeSessionsCreate` sends. */
// Hand-written `model`: the API takes it, the spec's schema does not list it.
export type RealtimeSessionCreateParams = RealtimeLoose<Schemas["RealtimeSessionCreateRequest"]> & { model?: string };
/** A realtime session with its ephemeral `client_secret`. */
export type RealtimeSession = Schemas["RealtimeSessionCreateResponse"];
/** What `realtimeTranscriptionSessionsCreate` sends. */
export type RealtimeTranscriptionSessionCreateParams = RealtimeLoose<Schemas["RealtimeTranscriptionSessionCreateRequest"]>;
/** A transcription session with its ephemeral `client_secret`. */
export type RealtimeTranscriptionSession = Schemas["RealtimeTranscriptionSessionCreateResponse"];
/** What `realtimeTranslationClientSecretsCreate` sends. */
export type RealtimeTranslationClientSecretCreateParams = RealtimeLoose<Schemas["RealtimeTranslationClientSecretCreateRequest"]> & {
  session: { model: string };
};
/** A client secret for a translation session. */
export type RealtimeTranslationClientSecret = Schemas["RealtimeTranslationClientSecretCreateResponse"];
/** The session config of a call: sent with `realtimeCallsCreate` and `realtimeCallAccept`. */
export type RealtimeCallSessionParams = RealtimeLoose<Schemas["RealtimeSessionCreateRequestGA"]>;
/** What `realtimeCallRefer` sends: where to transfer the call (`tel:` or `sip:` URI). */
export type RealtimeCallReferParams = Schemas["RealtimeCallReferRequest"];
/** What `realtimeCallReject` may send: the SIP status code to answer with. */
export type RealtimeCallRejectParams = Schemas["RealtimeCallRejectRequest"];
