/**
 * Transcribes an audio file: once as JSON (an object with `text`), once as SRT subtitles (a string).
 *
 *   npx tsx examples/transcription.ts [speech.mp3]
 */
import { audioTranscription } from "../src/index";
import { chooseTarget } from "./lib/target";

const file = process.argv[2] ?? new URL("../fixtures/uploads/speech.mp3", import.meta.url);
const target = await chooseTarget();
const [status, transcript] = await audioTranscription(file, { model: "whisper-1" }, target.config);
if (status === "error") {
  console.error(`transcription failed (${transcript.kind}): ${transcript.message}`);
  process.exitCode = 1;
} else {
  console.log(`text: ${transcript.text}`);
}
const [srtStatus, subtitles] = await audioTranscription(file, { model: "whisper-1", response_format: "srt" }, target.config);
if (srtStatus === "ok") console.log(`srt:\n${subtitles}`);
else process.exitCode = 1;
await target.close();
