import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { audioVoiceConsents, audioVoiceConsentsCreate, audioVoiceConsentsDelete, audioVoiceConsentsModify, audioVoicesCreate, paginate } from "../../src/index";
import consentFixture from "../../fixtures/voices_consent.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });
const WAV = resolve(import.meta.dirname, "../../fixtures/uploads/hello.wav");
const wavBytes = new Uint8Array(readFileSync(WAV));

describe("audio voices", () => {
  it("audioVoicesCreate(path, params) uploads audio_sample with name and consent as multipart fields", async () => {
    const [status, voice] = await audioVoicesCreate(WAV, { name: "Narrator", consent: "cons_abc123" }, mock.config());
    expect(status).toBe("ok");
    expect(voice).toMatchObject({ object: "audio.voice", id: expect.stringMatching(/^voice_/), name: "Narrator" });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/audio/voices" });
    expect(seen?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen?.multipart?.fields).toEqual({ name: "Narrator", consent: "cons_abc123" });
    expect(seen?.multipart?.files).toEqual([
      expect.objectContaining({ field: "audio_sample", filename: "hello.wav", contentType: "audio/wav", size: wavBytes.length, data: wavBytes }),
    ]);
  });

  it("audioVoicesCreate with bytes and a filename", async () => {
    await audioVoicesCreate({ data: wavBytes, filename: "sample.wav" }, { name: "Narrator", consent: "cons_abc123" }, mock.config());
    expect(mock.server.lastRequest()?.multipart?.files[0]).toMatchObject({ field: "audio_sample", filename: "sample.wav", data: wavBytes });
  });

  it("a missing file is a file error and nothing is sent", async () => {
    const [status, error] = await audioVoicesCreate("./no/such/sample.wav", { name: "Narrator", consent: "cons_abc123" }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "file", path: "./no/such/sample.wav" });
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("audio voice consents", () => {
  it("audioVoiceConsentsCreate(recording, params) uploads recording with name and language", async () => {
    const [status, consent] = await audioVoiceConsentsCreate(WAV, { name: "Dana Reyes", language: "en-US" }, mock.config());
    expect(status).toBe("ok");
    expect(consent).toMatchObject({ object: "audio.voice_consent", id: expect.stringMatching(/^cons_/), name: "Dana Reyes", language: "en-US" });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/audio/voice_consents" });
    expect(seen?.multipart?.fields).toEqual({ name: "Dana Reyes", language: "en-US" });
    expect(seen?.multipart?.files).toEqual([expect.objectContaining({ field: "recording", filename: "hello.wav", data: wavBytes })]);
  });

  it("audioVoiceConsents() lists; (params, config) sends the cursor query; (id) retrieves", async () => {
    const [status, page] = await audioVoiceConsents({}, mock.config());
    expect(status).toBe("ok");
    expect(page).toMatchObject({ object: "list", first_id: "cons_3d9e7a1c5b2f4068", last_id: "cons_1c7b5e9a3f0d8246", has_more: false });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/audio/voice_consents", query: {} });
    const second = { ...consentFixture, id: "cons_8a0f4d6e2c9b1735" };
    const result = await audioVoiceConsents({ after: "cons_3d9e7a1c5b2f4068", limit: 1 }, mock.config());
    expect(result).toEqual(["ok", { object: "list", data: [second], first_id: second.id, last_id: second.id, has_more: true }, meta]);
    expect(mock.server.lastRequest()?.query).toEqual({ after: "cons_3d9e7a1c5b2f4068", limit: "1" });
    expect(await audioVoiceConsents("cons_abc123", mock.config())).toEqual(["ok", { ...consentFixture, id: "cons_abc123" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/audio/voice_consents/cons_abc123", bodySize: 0 });
  });

  it("paginate(audioVoiceConsents) walks every page", async () => {
    const ids: string[] = [];
    for await (const [status, item] of paginate(audioVoiceConsents, { limit: 2 }, mock.config())) if (status === "ok") ids.push(item.id);
    expect(ids).toEqual(["cons_3d9e7a1c5b2f4068", "cons_8a0f4d6e2c9b1735", "cons_1c7b5e9a3f0d8246"]);
  });

  it("audioVoiceConsentsModify(consentId, params) posts JSON", async () => {
    expect(await audioVoiceConsentsModify("cons_abc123", { name: "Dana R." }, mock.config())).toEqual([
      "ok",
      { ...consentFixture, id: "cons_abc123", name: "Dana R." },
      meta,
    ]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/audio/voice_consents/cons_abc123", json: { name: "Dana R." } });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("audioVoiceConsentsDelete(consentId) sends a DELETE", async () => {
    expect(await audioVoiceConsentsDelete("cons_abc123", mock.config())).toEqual([
      "ok",
      { id: "cons_abc123", object: "audio.voice_consent", deleted: true },
      meta,
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/audio/voice_consents/cons_abc123", bodySize: 0 });
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await audioVoiceConsents("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "consent_id" });
    expect((await audioVoiceConsentsModify("cons_abc123", "Dana" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await audioVoiceConsentsCreate(WAV, "Dana" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
