import { resolve } from "node:path";
import { audioVoiceConsents, audioVoiceConsentsCreate, audioVoiceConsentsDelete, audioVoiceConsentsModify, audioVoicesCreate } from "../../src/index";
import { contractTable } from "./harness";

const latest = ["latest" as const];
const WAV = resolve(import.meta.dirname, "../../fixtures/uploads/hello.wav");

contractTable("issue 15, part 2: audio voices and voice consents", [
  { name: "audioVoicesCreate(path, params)", specs: latest, call: (config) => audioVoicesCreate(WAV, { name: "Narrator", consent: "cons_abc123" }, config) },
  { name: "audioVoiceConsents()", specs: latest, call: (config) => audioVoiceConsents({}, config) },
  { name: "audioVoiceConsents(params)", specs: latest, call: (config) => audioVoiceConsents({ after: "cons_abc", limit: 5 }, config) },
  { name: "audioVoiceConsents(consentId)", specs: latest, call: (config) => audioVoiceConsents("cons_abc123", config) },
  {
    name: "audioVoiceConsentsCreate(path, params)",
    specs: latest,
    call: (config) => audioVoiceConsentsCreate(WAV, { name: "Dana Reyes", language: "en-US" }, config),
  },
  {
    name: "audioVoiceConsentsModify(consentId, params)",
    specs: latest,
    call: (config) => audioVoiceConsentsModify("cons_abc123", { name: "Dana R." }, config),
  },
  { name: "audioVoiceConsentsDelete(consentId)", specs: latest, call: (config) => audioVoiceConsentsDelete("cons_abc123", config) },
  {
    name: "audioVoicesCreate without consent (multipart body) → 422",
    specs: latest,
    expect: 422,
    call: (config) => audioVoicesCreate(WAV, { name: "Narrator" } as never, config),
  },
  {
    name: "audioVoiceConsentsCreate without language (multipart body) → 422",
    specs: latest,
    expect: 422,
    call: (config) => audioVoiceConsentsCreate(WAV, { name: "Dana Reyes" } as never, config),
  },
  {
    name: "audioVoiceConsentsModify without name → 422",
    specs: latest,
    expect: 422,
    call: (config) => audioVoiceConsentsModify("cons_abc123", {} as never, config),
  },
]);
