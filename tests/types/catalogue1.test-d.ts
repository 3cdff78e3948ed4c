// Overloads and deprecated call forms of catalogue part 1 type-check and return the right types.
import { describe, expectTypeOf, it } from "vitest";
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
  type AudioResult,
  type Completion,
  type DeletedObject,
  type Edit,
  type Engine,
  type EventStream,
  type FileDeleted,
  type FineTune,
  type FineTuneEvent,
  type ImagesResponse,
  type ListPage,
  type OpenAIFile,
  type Result,
  type Transcription,
  type TranscriptionVerbose,
} from "../../src/index";

const config = { apiKey: "sk-test" };

describe("completions", () => {
  it("the modern form returns a Completion, or an EventStream with stream: true", () => {
    expectTypeOf(completions({ model: "gpt-3.5-turbo-instruct", prompt: "x" })).toEqualTypeOf<Promise<Result<Completion>>>();
    expectTypeOf(completions({ model: "m", prompt: "x", stream: false }, config)).toEqualTypeOf<Promise<Result<Completion>>>();
    expectTypeOf(completions({ model: "m", prompt: "x", stream: true }, config)).toEqualTypeOf<Promise<Result<EventStream<Completion>>>>();
    const flag = Math.random() > 0.5;
    expectTypeOf(completions({ model: "m", prompt: "x", stream: flag })).toEqualTypeOf<Promise<Result<Completion> | Result<EventStream<Completion>>>>();
  });

  it("the deprecated engine form still type-checks", () => {
    expectTypeOf(completions("davinci", { prompt: "once upon a time", max_tokens: 5 })).toEqualTypeOf<Promise<Result<Completion>>>();
    expectTypeOf(completions("davinci", { prompt: "x" }, config)).toEqualTypeOf<Promise<Result<Completion>>>();
    expectTypeOf(completions("davinci", { prompt: "x", stream: true })).toEqualTypeOf<Promise<Result<EventStream<Completion>>>>();
    // @ts-expect-error the modern form needs a model
    void completions({ prompt: "x" });
  });

  it("data narrows after the status check", async () => {
    const [status, data] = await completions({ model: "m", prompt: "x" });
    if (status === "error") expectTypeOf(data.kind).toBeString();
    else expectTypeOf(data).toEqualTypeOf<Completion>();
  });
});

describe("deprecated endpoints", () => {
  it("edits, engines and finetunes* keep their forms", () => {
    expectTypeOf(edits({ model: "text-davinci-edit-001", instruction: "fix" })).toEqualTypeOf<Promise<Result<Edit>>>();
    expectTypeOf(engines()).toEqualTypeOf<Promise<Result<ListPage<Engine>>>>();
    expectTypeOf(engines(config)).toEqualTypeOf<Promise<Result<ListPage<Engine>>>>();
    expectTypeOf(engines("davinci")).toEqualTypeOf<Promise<Result<Engine>>>();
    expectTypeOf(engines("davinci", config)).toEqualTypeOf<Promise<Result<Engine>>>();
    expectTypeOf(finetunes()).toEqualTypeOf<Promise<Result<ListPage<FineTune>>>>();
    expectTypeOf(finetunes(config)).toEqualTypeOf<Promise<Result<ListPage<FineTune>>>>();
    expectTypeOf(finetunes("ft-1")).toEqualTypeOf<Promise<Result<FineTune>>>();
    expectTypeOf(finetunes("ft-1", config)).toEqualTypeOf<Promise<Result<FineTune>>>();
    expectTypeOf(finetunesCreate({ training_file: "file-1", model: "curie" })).toEqualTypeOf<Promise<Result<FineTune>>>();
    expectTypeOf(finetunesCancel("ft-1", config)).toEqualTypeOf<Promise<Result<FineTune>>>();
    expectTypeOf(finetunesListEvents("ft-1")).toEqualTypeOf<Promise<Result<ListPage<FineTuneEvent>>>>();
    expectTypeOf(finetunesDeleteModel("curie:ft-1")).toEqualTypeOf<Promise<Result<DeletedObject>>>();
  });
});

describe("images", () => {
  it("every images function takes a config or the legacy request options", () => {
    expectTypeOf(imagesGenerations({ prompt: "x" }, config)).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(imagesGenerations({ prompt: "x" }, { recv_timeout: 600_000 })).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(imagesEdits("./a.png", { prompt: "x", mask: "./m.png" }, config)).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(imagesEdits(["./a.png", new Blob([])], { prompt: "x" }, { timeout: 1000 })).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(imagesVariations("./a.png")).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    expectTypeOf(imagesVariations(new URL("file:///a.png"), { n: "5" }, { recv_timeout: 1 })).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
    // @ts-expect-error imagesEdits needs params with a prompt
    void imagesEdits("./a.png");
  });

  it("the deprecated aliases have the same signatures", () => {
    expectTypeOf(imageGenerations).toEqualTypeOf(imagesGenerations);
    expectTypeOf(imageEdits).toEqualTypeOf(imagesEdits);
    expectTypeOf(imageVariations).toEqualTypeOf(imagesVariations);
    expectTypeOf(imageGenerations({ prompt: "x" }, { recv_timeout: 1 })).toEqualTypeOf<Promise<Result<ImagesResponse>>>();
  });
});

describe("audio and files", () => {
  it("audio results follow response_format", () => {
    expectTypeOf(audioSpeech({ model: "tts-1", input: "x", voice: "alloy" })).toEqualTypeOf<Promise<Result<Uint8Array>>>();
    expectTypeOf(audioTranscription("./a.mp3", { model: "whisper-1" })).toEqualTypeOf<Promise<Result<Transcription>>>();
    expectTypeOf(audioTranscription("./a.mp3", { model: "whisper-1", response_format: "srt" })).toEqualTypeOf<Promise<Result<string>>>();
    expectTypeOf(audioTranscription("./a.mp3", { model: "whisper-1", response_format: "verbose_json" })).toEqualTypeOf<Promise<Result<TranscriptionVerbose>>>();
    expectTypeOf(audioTranslation(new Uint8Array(), { model: "whisper-1", response_format: "text" }, config)).toEqualTypeOf<Promise<Result<string>>>();
    const format = "json" as "json" | "text";
    expectTypeOf(audioTranslation("./a.mp3", { model: "whisper-1", response_format: format })).toEqualTypeOf<Promise<Result<AudioResult>>>();
  });

  it("files has four forms; uploads take every FileInput", () => {
    expectTypeOf(files()).toEqualTypeOf<Promise<Result<ListPage<OpenAIFile>>>>();
    expectTypeOf(files(config)).toEqualTypeOf<Promise<Result<ListPage<OpenAIFile>>>>();
    expectTypeOf(files("file-1")).toEqualTypeOf<Promise<Result<OpenAIFile>>>();
    expectTypeOf(files("file-1", config)).toEqualTypeOf<Promise<Result<OpenAIFile>>>();
    expectTypeOf(filesUpload({ data: new Uint8Array(), filename: "a.jsonl" }, { purpose: "fine-tune" })).toEqualTypeOf<Promise<Result<OpenAIFile>>>();
    expectTypeOf(filesDelete("file-1")).toEqualTypeOf<Promise<Result<FileDeleted>>>();
    // @ts-expect-error a number is not a FileInput
    void filesUpload(42, { purpose: "fine-tune" });
  });
});
