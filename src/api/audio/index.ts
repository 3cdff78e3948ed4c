// Public functions of this resource, re-exported by src/index.ts.
export { audioSpeech } from "./audioSpeech";
export { audioTranscription } from "./audioTranscription";
export { audioTranslation } from "./audioTranslation";
export { audioVoicesCreate } from "./audioVoicesCreate";
export { audioVoiceConsents } from "./audioVoiceConsents";
export { audioVoiceConsentsCreate } from "./audioVoiceConsentsCreate";
export { audioVoiceConsentsModify } from "./audioVoiceConsentsModify";
export { audioVoiceConsentsDelete } from "./audioVoiceConsentsDelete";
