// Public functions of this resource, re-exported by src/index.ts.
export { audioSpeech } from "./audioSpeech";
export { audioTranscription } from "./audioTranscription";
export { audioTranslation } from "./audioTranslation";
