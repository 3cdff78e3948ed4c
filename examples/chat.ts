/**
 * One chat question, the answer and the token usage.
 *
 *   npx tsx examples/chat.ts
 */
import { chatCompletion } from "../src/index";
import { chooseTarget } from "./lib/target";

const target = await chooseTarget();
const [status, completion, meta] = await chatCompletion(
  {
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: "Who won the world series in 2020?" },
      { role: "assistant", content: "The Los Angeles Dodgers won the World Series in 2020." },
      { role: "user", content: "Where was it played?" },
    ],
  },
  target.config,
);
if (status === "error") {
  console.error(`chat failed (${completion.kind}): ${completion.message}`);
  process.exitCode = 1;
} else {
  console.log(completion.choices[0]?.message.content);
  console.log(`tokens: ${completion.usage?.total_tokens}, request id: ${meta.requestId}`);
}
await target.close();
