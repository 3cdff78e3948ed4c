/** Issue 15, part 2: the spec's custom-voice and voice-consent operations and their functions. */
export const operations: Record<string, string> = {
  "POST /audio/voices": "audioVoicesCreate",
  "GET /audio/voice_consents": "audioVoiceConsents",
  "POST /audio/voice_consents": "audioVoiceConsentsCreate",
  "GET /audio/voice_consents/{consent_id}": "audioVoiceConsents",
  "POST /audio/voice_consents/{consent_id}": "audioVoiceConsentsModify",
  "DELETE /audio/voice_consents/{consent_id}": "audioVoiceConsentsDelete",
};
