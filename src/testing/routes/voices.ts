/** Custom voices and voice consents: stateless answers from the fixtures, fields of the multipart or JSON body echoed. */
import voiceFixture from "../../../fixtures/voices_voice.json";
import consentFixture from "../../../fixtures/voices_consent.json";
import type { MockHandler } from "../types";
import { mockId, pageOf } from "./fineTuning";
import { withFields } from "./util";

const now = (): number => Math.floor(Date.now() / 1000);
const consents = ["cons_3d9e7a1c5b2f4068", "cons_8a0f4d6e2c9b1735", "cons_1c7b5e9a3f0d8246"].map((id) => ({ ...consentFixture, id }));

export const voicesRoutes: Record<string, MockHandler> = {
  "POST /audio/voices": (request) => {
    const fields = request.multipart?.fields ?? {};
    return withFields(voiceFixture, { id: mockId("voice_"), name: fields.name ?? "", created_at: now() });
  },
  "GET /audio/voice_consents": (request) => pageOf(consents, request),
  "POST /audio/voice_consents": (request) => {
    const fields = request.multipart?.fields ?? {};
    return withFields(consentFixture, { id: mockId("cons_"), name: fields.name ?? "", language: fields.language ?? "", created_at: now() });
  },
  "GET /audio/voice_consents/:consent": (request) => withFields(consentFixture, { id: request.params.consent }),
  "POST /audio/voice_consents/:consent": (request) =>
    withFields(consentFixture, { id: request.params.consent, name: (request.json as { name?: unknown } | undefined)?.name }),
  "DELETE /audio/voice_consents/:consent": (request) => ({ body: { id: request.params.consent, object: "audio.voice_consent", deleted: true } }),
};
