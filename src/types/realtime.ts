/** Types of the Realtime REST calls (`/realtime/...`), defined from the generated spec types. */
import type { components } from "./generated/latest";

type Schemas = components["schemas"];

/** What `realtimeClientSecretsCreate` sends: a session config (realtime or transcription) and its expiry. */
export type RealtimeClientSecretCreateParams = Schemas["RealtimeCreateClientSecretRequest"];
/** A client secret (`value`, `expires_at`) and the session it is for. */
export type RealtimeClientSecret = Schemas["RealtimeCreateClientSecretResponse"];
/** What `realtimeSessionsCreate` sends. */
export type RealtimeSessionCreateParams = Schemas["RealtimeSessionCreateRequest"];
/** A realtime session with its ephemeral `client_secret`. */
export type RealtimeSession = Schemas["RealtimeSessionCreateResponse"];
/** What `realtimeTranscriptionSessionsCreate` sends. */
export type RealtimeTranscriptionSessionCreateParams = Schemas["RealtimeTranscriptionSessionCreateRequest"];
/** A transcription session with its ephemeral `client_secret`. */
export type RealtimeTranscriptionSession = Schemas["RealtimeTranscriptionSessionCreateResponse"];
/** What `realtimeTranslationClientSecretsCreate` sends. */
export type RealtimeTranslationClientSecretCreateParams = Schemas["RealtimeTranslationClientSecretCreateRequest"];
/** A client secret for a translation session. */
export type RealtimeTranslationClientSecret = Schemas["RealtimeTranslationClientSecretCreateResponse"];
/** The session config of a call: sent with `realtimeCallsCreate` and `realtimeCallAccept`. */
export type RealtimeCallSessionParams = Schemas["RealtimeSessionCreateRequestGA"];
/** What `realtimeCallRefer` sends: where to transfer the call (`tel:` or `sip:` URI). */
export type RealtimeCallReferParams = Schemas["RealtimeCallReferRequest"];
/** What `realtimeCallReject` may send: the SIP status code to answer with. */
export type RealtimeCallRejectParams = Schemas["RealtimeCallRejectRequest"];
