/** Types of custom voices and voice consents (`/audio/voices`, `/audio/voice_consents`), named from the generated spec types. */
import type { Schemas, Query } from "./schema";

/**
 * A custom voice made from an audio sample and a recorded consent.
 *
 * @example
 * const [status, voice] = await audioVoicesCreate("./sample.wav", { name: "Narrator", consent: "cons_abc123" });
 * if (status === "ok") console.log(voice.id);
 */
export type Voice = Schemas["VoiceResource"];
/** The text fields of `audioVoicesCreate` (the `audio_sample` file is its first argument). */
export type VoiceCreateParams = Omit<Schemas["CreateVoiceRequest"], "audio_sample">;
/** A recorded consent of a speaker, needed to create a voice from their audio. */
export type VoiceConsent = Schemas["VoiceConsentResource"];
/** A page of voice consents. */
export type VoiceConsentList = Schemas["VoiceConsentListResource"];
/** Query of `audioVoiceConsents(params)`: `after`, `limit`. */
export type VoiceConsentListParams = Query<"listVoiceConsents">;
/** The text fields of `audioVoiceConsentsCreate` (the `recording` file is its first argument). */
export type VoiceConsentCreateParams = Omit<Schemas["CreateVoiceConsentRequest"], "recording">;
/** What `audioVoiceConsentsModify` sends: `{ name }`. */
export type VoiceConsentModifyParams = Schemas["UpdateVoiceConsentRequest"];
/** The answer of `audioVoiceConsentsDelete`. */
export type VoiceConsentDeleted = Schemas["VoiceConsentDeletedResource"];
