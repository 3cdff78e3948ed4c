import { resolve } from "node:path";
import {
  audioSpeech,
  audioTranscription,
  audioTranslation,
  completions,
  edits,
  engines,
  files,
  filesDelete,
  filesUpload,
  finetunes,
  finetunesCancel,
  finetunesCreate,
  finetunesDeleteModel,
  finetunesListEvents,
  imageEdits,
  imageGenerations,
  imageVariations,
  imagesEdits,
  imagesGenerations,
  imagesVariations,
  resetConfig,
  setConfig,
  type Config,
} from "../../src/index";
import type { Result } from "../../src/result";
import { contractTable } from "./harness";

const uploads = resolve(import.meta.dirname, "../../fixtures/uploads");
const PNG = resolve(uploads, "otter.png");
const MASK = resolve(uploads, "mask.png");
const WAV = resolve(uploads, "hello.wav");
const MP3 = resolve(uploads, "speech.mp3");
const JSONL = resolve(uploads, "train.jsonl");
const both = ["2023-12", "latest"] as const;

/** Runs a call form that takes no config (or openai.ex's request options) with `config` set process-wide. */
async function withConfig<T>(config: Config, call: () => Promise<Result<T>>): Promise<Result<T>> {
  setConfig(config);
  try {
    return await call();
  } finally {
    resetConfig();
  }
}

contractTable("catalogue part 1", [
  // completions
  {
    name: "completions(params)",
    specs: [...both],
    call: (config) => completions({ model: "gpt-3.5-turbo-instruct", prompt: "once upon a time", max_tokens: 5, temperature: 1 }, config),
  },
  {
    name: "edits(params)",
    specs: ["2023-12"],
    call: (config) => edits({ model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes" }, config),
  },
  // images
  {
    name: "imagesGenerations(params, config)",
    specs: [...both],
    call: (config) => imagesGenerations({ prompt: "A developer writing a test", size: "256x256" }, config),
  },
  {
    name: "imagesGenerations(params, requestOptions)",
    specs: [...both],
    call: (config) => withConfig(config, () => imagesGenerations({ prompt: "A developer writing a test", n: 1 }, { recv_timeout: 20_000 })),
  },
  { name: "imageGenerations(params) (alias)", specs: [...both], call: (config) => imageGenerations({ prompt: "A developer writing a test" }, config) },
  { name: "imagesEdits(path, params, config)", specs: [...both], call: (config) => imagesEdits(PNG, { prompt: "Add a hat", size: "256x256", n: 1 }, config) },
  { name: "imagesEdits(path, params with mask)", specs: [...both], call: (config) => imagesEdits(PNG, { prompt: "Add a hat", mask: MASK }, config) },
  {
    name: "imagesEdits(bytes, params, requestOptions)",
    specs: [...both],
    call: (config) =>
      withConfig(config, () => imagesEdits({ data: new Uint8Array([137, 80, 78, 71]), filename: "a.png" }, { prompt: "x" }, { timeout: 20_000 })),
  },
  // No row for imagesEdits([...]): Prism reads the repeated `image[]` parts literally and reports the
  // required `image` as missing; the array form is covered on the mock server (tests/api/images.test.ts).
  // No row for the deprecated completions(engineId, …) either: no spec file has /engines/{id}/completions.
  { name: "imageEdits(path, params) (alias)", specs: [...both], call: (config) => imageEdits(PNG, { prompt: "Add a hat" }, config) },
  { name: "imagesVariations(path, params, config)", specs: [...both], call: (config) => imagesVariations(PNG, { n: 2, size: "256x256" }, config) },
  { name: "imagesVariations(path)", specs: [...both], call: (config) => withConfig(config, () => imagesVariations(PNG)) },
  {
    name: "imagesVariations(path, params, requestOptions)",
    specs: [...both],
    call: (config) => withConfig(config, () => imagesVariations(PNG, { n: "5" }, { recv_timeout: 20_000 })),
  },
  { name: "imageVariations(path, params) (alias)", specs: [...both], call: (config) => imageVariations(PNG, {}, config) },
  // audio
  {
    name: "audioSpeech(params)",
    specs: [...both],
    call: (config) => audioSpeech({ model: "tts-1", input: "Did you ever take that test yourself?", voice: "alloy" }, config),
  },
  { name: "audioTranscription(path, params)", specs: [...both], call: (config) => audioTranscription(MP3, { model: "whisper-1" }, config) },
  {
    name: "audioTranscription(path, params) text format",
    specs: [...both],
    call: (config) => audioTranscription(WAV, { model: "whisper-1", response_format: "text", language: "en" }, config),
  },
  { name: "audioTranslation(path, params)", specs: [...both], call: (config) => audioTranslation(WAV, { model: "whisper-1" }, config) },
  // files
  { name: "files()", specs: [...both], call: (config) => withConfig(config, () => files()) },
  { name: "files(config)", specs: [...both], call: (config) => files(config) },
  { name: "files(fileId)", specs: [...both], call: (config) => withConfig(config, () => files("file-123321")) },
  { name: "files(fileId, config)", specs: [...both], call: (config) => files("file-123321", config) },
  { name: "filesUpload(path, params)", specs: [...both], call: (config) => filesUpload(JSONL, { purpose: "fine-tune" }, config) },
  { name: "filesUpload(Blob, params)", specs: [...both], call: (config) => filesUpload(new Blob(['{"a":1}\n']), { purpose: "assistants" }, config) },
  { name: "filesDelete(fileId)", specs: [...both], call: (config) => filesDelete("file-123", config) },
  // fine-tunes (legacy)
  { name: "finetunes()", specs: ["2023-12"], call: (config) => withConfig(config, () => finetunes()) },
  { name: "finetunes(config)", specs: ["2023-12"], call: (config) => finetunes(config) },
  { name: "finetunes(id)", specs: ["2023-12"], call: (config) => withConfig(config, () => finetunes("ft-AF1WoRqd3aJAHsqc9NY7iL8F")) },
  { name: "finetunes(id, config)", specs: ["2023-12"], call: (config) => finetunes("ft-AF1WoRqd3aJAHsqc9NY7iL8F", config) },
  { name: "finetunesCreate(params)", specs: ["2023-12"], call: (config) => finetunesCreate({ training_file: "file-123213231", model: "curie" }, config) },
  { name: "finetunesCancel(id)", specs: ["2023-12"], call: (config) => finetunesCancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F", config) },
  { name: "finetunesListEvents(id)", specs: ["2023-12"], call: (config) => finetunesListEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F", config) },
  { name: "finetunesDeleteModel(modelId)", specs: [...both], call: (config) => finetunesDeleteModel("curie:ft-acme-2023-02-04", config) },
  // engines (only in the 2023-06 file)
  { name: "engines()", specs: ["engines"], call: (config) => withConfig(config, () => engines()) },
  { name: "engines(config)", specs: ["engines"], call: (config) => engines(config) },
  { name: "engines(engineId)", specs: ["engines"], call: (config) => withConfig(config, () => engines("davinci")) },
  { name: "engines(engineId, config)", specs: ["engines"], call: (config) => engines("davinci", config) },
  // Negative row for multipart bodies: a missing required field is the server's to reject.
  { name: "filesUpload without purpose (multipart body) → 422", specs: [...both], expect: 422, call: (config) => filesUpload(JSONL, {} as never, config) },
]);
