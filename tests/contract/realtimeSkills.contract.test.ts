import {
  realtimeCallAccept,
  realtimeCallHangup,
  realtimeCallRefer,
  realtimeCallReject,
  realtimeCallsCreate,
  realtimeClientSecretsCreate,
  realtimeSessionsCreate,
  realtimeTranscriptionSessionsCreate,
  realtimeTranslationClientSecretsCreate,
  skillContent,
  skills,
  skillsCreate,
  skillsDelete,
  skillsModify,
  skillVersion,
  skillVersionContent,
  skillVersionCreate,
  skillVersionDelete,
  skillVersions,
} from "../../src/index";
import { contractTable } from "./harness";

const latest = ["latest" as const];
const offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
const callSession = { type: "realtime" as const, model: "gpt-realtime", instructions: "Answer briefly." };
const zip = { data: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a]), filename: "csv-cleaner.zip" };
const skillMd = { data: new TextEncoder().encode("---\nname: csv-cleaner\n---\n"), filename: "csv-cleaner/SKILL.md" };

contractTable("issue 15, part 3: realtime REST", [
  {
    name: "realtimeClientSecretsCreate(params)",
    specs: latest,
    call: (config) => realtimeClientSecretsCreate({ session: callSession, expires_after: { anchor: "created_at", seconds: 600 } }, config),
  },
  // The spec's beta session request requires `client_secret` (a quirk of the spec), so the row sends one.
  {
    name: "realtimeSessionsCreate(params)",
    specs: latest,
    call: (config) =>
      realtimeSessionsCreate({ client_secret: { value: "ek_abc", expires_at: 1764807000 }, voice: "alloy", instructions: "Answer briefly." }, config),
  },
  {
    name: "realtimeTranscriptionSessionsCreate(params)",
    specs: latest,
    call: (config) => realtimeTranscriptionSessionsCreate({ input_audio_format: "pcm16", input_audio_transcription: { model: "gpt-4o-transcribe" } }, config),
  },
  {
    name: "realtimeTranslationClientSecretsCreate(params)",
    specs: latest,
    call: (config) => realtimeTranslationClientSecretsCreate({ session: { model: "gpt-realtime-translate" } }, config),
  },
  { name: "realtimeCallsCreate(sdp)", specs: latest, call: (config) => realtimeCallsCreate(offer, undefined, config) },
  // No row for realtimeCallsCreate(sdp, session): Prism reads a multipart part as a string and does
  // not apply the spec's `application/json` encoding, so it refuses any session part ("must be
  // object"). The unit test asserts the part's type and JSON.
  { name: "realtimeCallAccept(callId, session)", specs: latest, call: (config) => realtimeCallAccept("rtc_abc123", callSession, config) },
  { name: "realtimeCallHangup(callId)", specs: latest, call: (config) => realtimeCallHangup("rtc_abc123", config) },
  { name: "realtimeCallRefer(callId, params)", specs: latest, call: (config) => realtimeCallRefer("rtc_abc123", { target_uri: "tel:+15550100" }, config) },
  { name: "realtimeCallReject(callId)", specs: latest, call: (config) => realtimeCallReject("rtc_abc123", undefined, config) },
  { name: "realtimeCallReject(callId, params)", specs: latest, call: (config) => realtimeCallReject("rtc_abc123", { status_code: 486 }, config) },
  // Negative rows, one per new JSON body.
  {
    name: "realtimeTranslationClientSecretsCreate without session → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeTranslationClientSecretsCreate({} as never, config),
  },
  {
    name: "realtimeSessionsCreate without client_secret → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeSessionsCreate({ voice: "alloy" }, config),
  },
  {
    name: "realtimeClientSecretsCreate with a session of no type → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeClientSecretsCreate({ session: { model: "gpt-realtime" } as never }, config),
  },
  {
    name: "realtimeTranscriptionSessionsCreate with an unknown format → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeTranscriptionSessionsCreate({ input_audio_format: "mp3" as never }, config),
  },
  {
    name: "realtimeCallAccept without type → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeCallAccept("rtc_abc123", { model: "gpt-realtime" } as never, config),
  },
  { name: "realtimeCallRefer without target_uri → 422", specs: latest, expect: 422, call: (config) => realtimeCallRefer("rtc_abc123", {} as never, config) },
  {
    name: "realtimeCallReject with an unknown field → 422",
    specs: latest,
    expect: 422,
    call: (config) => realtimeCallReject("rtc_abc123", { reason: "busy" } as never, config),
  },
]);

contractTable("issue 15, part 3: skills", [
  { name: "skills()", specs: latest, call: (config) => skills({}, config) },
  { name: "skills(params)", specs: latest, call: (config) => skills({ limit: 10, order: "desc", after: "skill_abc" }, config) },
  { name: "skills(skillId)", specs: latest, call: (config) => skills("skill_abc123", config) },
  { name: "skillsCreate(file)", specs: latest, call: (config) => skillsCreate(zip, config) },
  // No row for the array form (`files[]` parts, as OpenAI's skills guide asks): the spec names the
  // field `files`, so Prism refuses it. The unit tests assert the parts.
  { name: "skillsModify(skillId, params)", specs: latest, call: (config) => skillsModify("skill_abc123", { default_version: "2" }, config) },
  { name: "skillsDelete(skillId)", specs: latest, call: (config) => skillsDelete("skill_abc123", config) },
  { name: "skillContent(skillId)", specs: latest, call: (config) => skillContent("skill_abc123", config) },
  { name: "skillVersions(skillId)", specs: latest, call: (config) => skillVersions("skill_abc123", {}, config) },
  {
    name: "skillVersions(skillId, params)",
    specs: latest,
    call: (config) => skillVersions("skill_abc123", { limit: 5, order: "asc", after: "skillver_1" }, config),
  },
  { name: "skillVersion(skillId, version)", specs: latest, call: (config) => skillVersion("skill_abc123", "2", config) },
  { name: "skillVersionCreate(skillId, file)", specs: latest, call: (config) => skillVersionCreate("skill_abc123", zip, undefined, config) },
  {
    name: "skillVersionCreate(skillId, file, params)",
    specs: latest,
    call: (config) => skillVersionCreate("skill_abc123", skillMd, { default: true }, config),
  },
  { name: "skillVersionDelete(skillId, version)", specs: latest, call: (config) => skillVersionDelete("skill_abc123", "1", config) },
  { name: "skillVersionContent(skillId, version)", specs: latest, call: (config) => skillVersionContent("skill_abc123", "2", config) },
  // Negative rows: the multipart bodies without their files, and the JSON body without its field.
  { name: "skillsCreate without files (multipart) → 422", specs: latest, expect: 422, call: (config) => skillsCreate([], config) },
  {
    name: "skillVersionCreate without files (multipart) → 422",
    specs: latest,
    expect: 422,
    call: (config) => skillVersionCreate("skill_abc123", [], { default: true }, config),
  },
  { name: "skillsModify without default_version → 422", specs: latest, expect: 422, call: (config) => skillsModify("skill_abc123", {} as never, config) },
]);
