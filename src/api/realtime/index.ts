// Public functions of this resource, re-exported by src/index.ts.
export { realtimeClientSecretsCreate } from "./realtimeClientSecretsCreate";
export { realtimeSessionsCreate } from "./realtimeSessionsCreate";
export { realtimeTranscriptionSessionsCreate } from "./realtimeTranscriptionSessionsCreate";
export { realtimeTranslationClientSecretsCreate } from "./realtimeTranslationClientSecretsCreate";
export { realtimeCallsCreate } from "./realtimeCallsCreate";
export { realtimeCallAccept } from "./realtimeCallAccept";
export { realtimeCallHangup } from "./realtimeCallHangup";
export { realtimeCallRefer } from "./realtimeCallRefer";
export { realtimeCallReject } from "./realtimeCallReject";
