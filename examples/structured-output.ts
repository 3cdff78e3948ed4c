/**
 * Structured output: a zod schema becomes a strict `response_format`, and the answer comes back
 * parsed and typed (`message.parsed`), or as a `validation` error naming what did not match.
 *
 *   npx tsx examples/structured-output.ts
 */
import { z } from "zod";
import { chatCompletionParse, responseFormat } from "../src/index";
import { chooseTarget } from "./lib/target";

const CalendarEvent = z.object({
  title: z.string(),
  day: z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
  participants: z.array(z.string()),
  location: z.string().optional(),
});

const target = await chooseTarget();
const [status, completion] = await chatCompletionParse(
  {
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Extract the event from the user's message." },
      { role: "user", content: "Alice and Bob are going to a science fair on Friday." },
    ],
    response_format: responseFormat(CalendarEvent, "calendar_event"),
  },
  target.config,
);
if (status === "error") {
  console.error(`structured output failed (${completion.kind}): ${completion.message}`);
  if (completion.kind === "validation") console.error("issues:", completion.issues, "raw:", completion.raw);
  process.exitCode = 1;
} else {
  const message = completion.choices[0]?.message;
  if (message?.refusal) console.log(`the model refused: ${message.refusal}`);
  else {
    const event = message?.parsed; // typed: { title: string; day: "monday" | …; participants: string[]; location?: string } | null
    console.log(`event: ${event?.title} on ${event?.day} with ${event?.participants.join(", ")}${event?.location ? ` at ${event.location}` : ""}`);
    console.log(JSON.stringify(event));
  }
}
await target.close();
