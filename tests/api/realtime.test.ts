import { describe, expect, it } from "vitest";
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
} from "../../src/index";
import { MOCK_CALL_ID, MOCK_SDP_ANSWER } from "../../src/testing/routes/realtime";
import clientSecret from "../../fixtures/realtime_client_secret.json";
import session from "../../fixtures/realtime_session.json";
import transcriptionSession from "../../fixtures/realtime_transcription_session.json";
import translationSecret from "../../fixtures/realtime_translation_client_secret.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });
const offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";
const callSession = { type: "realtime" as const, model: "gpt-realtime", instructions: "Answer briefly." };

/** The request the server saw: method, path, query, the headers that matter, and the JSON body. */
function seen() {
  const request = mock.server.lastRequest();
  return {
    method: request?.method,
    path: request?.path,
    query: request?.query,
    json: request?.json,
    authorization: request?.headers.authorization,
    contentType: request?.headers["content-type"],
    bodySize: request?.bodySize,
  };
}

describe("realtime: sessions and client secrets (JSON)", () => {
  const cases = [
    [
      "realtimeClientSecretsCreate",
      () => realtimeClientSecretsCreate({ session: callSession, expires_after: { anchor: "created_at", seconds: 600 } }, mock.config()),
      "/realtime/client_secrets",
      { session: callSession, expires_after: { anchor: "created_at", seconds: 600 } },
      clientSecret,
    ],
    [
      "realtimeSessionsCreate",
      () => realtimeSessionsCreate({ model: "gpt-4o-realtime-preview", voice: "alloy" }, mock.config()),
      "/realtime/sessions",
      { model: "gpt-4o-realtime-preview", voice: "alloy" },
      session,
    ],
    [
      "realtimeTranscriptionSessionsCreate",
      () => realtimeTranscriptionSessionsCreate({ input_audio_transcription: { model: "gpt-4o-transcribe" } }, mock.config()),
      "/realtime/transcription_sessions",
      { input_audio_transcription: { model: "gpt-4o-transcribe" } },
      transcriptionSession,
    ],
    [
      "realtimeTranslationClientSecretsCreate",
      () => realtimeTranslationClientSecretsCreate({ session: { model: "gpt-realtime-translate" } }, mock.config()),
      "/realtime/translations/client_secrets",
      { session: { model: "gpt-realtime-translate" } },
      translationSecret,
    ],
  ] as const;
  for (const [name, call, path, json, answer] of cases) {
    it(`${name}(params) posts the params as JSON`, async () => {
      expect(await call()).toEqual(["ok", answer, meta]);
      expect(seen()).toEqual({
        method: "POST",
        path,
        query: {},
        json,
        authorization: `Bearer ${TEST_KEY}`,
        contentType: "application/json",
        bodySize: expect.any(Number),
      });
    });
  }

  it("realtimeSessionsCreate without params is an argument error, nothing sent", async () => {
    expect(await realtimeSessionsCreate(undefined as never, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("realtime: calls", () => {
  it("realtimeCallsCreate(sdp) sends the offer as an application/sdp part and returns the SDP answer as text", async () => {
    const result = await realtimeCallsCreate(offer, undefined, mock.config());
    expect(result).toEqual([
      "ok",
      MOCK_SDP_ANSWER,
      expect.objectContaining({ status: 201, headers: expect.objectContaining({ location: `/v1/realtime/calls/${MOCK_CALL_ID}` }) }),
    ]);
    const request = mock.server.lastRequest();
    expect(request).toMatchObject({ method: "POST", path: "/realtime/calls", query: {} });
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.headers.accept).toBe("*/*");
    const sdp = new TextEncoder().encode(offer);
    expect(request?.multipart).toEqual({
      fields: {},
      files: [{ field: "sdp", filename: "offer.sdp", contentType: "application/sdp", size: sdp.length, sha256: expect.any(String), data: sdp }],
    });
  });

  it("realtimeCallsCreate(sdp, session) adds the session as an application/json part", async () => {
    await realtimeCallsCreate(offer, callSession, mock.config());
    const files = mock.server.lastRequest()?.multipart?.files ?? [];
    expect(files.map((file) => [file.field, file.contentType])).toEqual([
      ["sdp", "application/sdp"],
      ["session", "application/json"],
    ]);
    expect(JSON.parse(new TextDecoder().decode(files[1]?.data))).toEqual(callSession);
  });

  it("realtimeCallsCreate with an empty offer is an argument error, nothing sent", async () => {
    expect(await realtimeCallsCreate("", undefined, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument", argument: "sdp" })]);
    expect(await realtimeCallsCreate(offer, "session" as never, mock.config())).toEqual([
      "error",
      expect.objectContaining({ kind: "argument", argument: "session" }),
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("realtimeCallAccept(callId, session) posts the session config; the empty answer is null", async () => {
    expect(await realtimeCallAccept("rtc_abc", callSession, mock.config())).toEqual(["ok", null, meta]);
    expect(seen()).toMatchObject({ method: "POST", path: "/realtime/calls/rtc_abc/accept", json: callSession, contentType: "application/json" });
  });

  it("realtimeCallHangup(callId) posts without a body", async () => {
    expect(await realtimeCallHangup("rtc_abc", mock.config())).toEqual(["ok", null, meta]);
    expect(seen()).toMatchObject({ method: "POST", path: "/realtime/calls/rtc_abc/hangup", json: undefined, contentType: undefined, bodySize: 0 });
  });

  it("realtimeCallRefer(callId, params) posts the target", async () => {
    expect(await realtimeCallRefer("rtc_abc", { target_uri: "tel:+15550100" }, mock.config())).toEqual(["ok", null, meta]);
    expect(seen()).toMatchObject({
      method: "POST",
      path: "/realtime/calls/rtc_abc/refer",
      json: { target_uri: "tel:+15550100" },
      contentType: "application/json",
    });
  });

  it("realtimeCallReject(callId[, params]) posts the status code, or {}", async () => {
    expect(await realtimeCallReject("rtc_abc", { status_code: 486 }, mock.config())).toEqual(["ok", null, meta]);
    expect(seen()).toMatchObject({ method: "POST", path: "/realtime/calls/rtc_abc/reject", json: { status_code: 486 } });
    expect(await realtimeCallReject("rtc_a/b", undefined, mock.config())).toEqual(["ok", null, meta]);
    expect(seen()).toMatchObject({ method: "POST", path: "/realtime/calls/rtc_a%2Fb/reject", json: {} });
  });

  it("a call id that is not a string is an argument error, nothing sent", async () => {
    expect(await realtimeCallHangup(undefined as never, mock.config())).toEqual(["error", expect.objectContaining({ kind: "argument" })]);
    expect(mock.server.requests).toHaveLength(0);
  });
});
