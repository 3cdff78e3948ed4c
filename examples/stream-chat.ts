/**
 * A streamed chat answer written to stdout as it arrives; a broken stream ends with one error item.
 *
 *   npx tsx examples/stream-chat.ts
 */
import { chatCompletion } from "../src/index";
import { chooseTarget } from "./lib/target";

const target = await chooseTarget();
const [status, stream] = await chatCompletion(
  {
    model: "gpt-4o-mini",
    stream: true,
    stream_options: { include_usage: true },
    messages: [{ role: "user", content: "Where was the 2020 World Series played?" }],
  },
  target.config,
);
if (status === "error") {
  console.error(`could not start the stream (${stream.kind}): ${stream.message}`);
  process.exitCode = 1;
} else {
  for await (const [kind, chunk] of stream) {
    if (kind === "error") {
      console.error(`\nthe stream broke (${chunk.kind}): ${chunk.message}`);
      process.exitCode = 1;
    } else {
      process.stdout.write(chunk.choices[0]?.delta.content ?? "");
      if (chunk.usage) process.stdout.write(`\n(${chunk.usage.total_tokens} tokens)`);
    }
  }
  process.stdout.write("\n");
}
await target.close();
