/**
 * npm run demo: lists models, asks one chat question, prints an embedding's length and one error
 * tuple. With OPENAI_API_KEY set it calls the real API; without, it starts the mock server.
 */
import { chatCompletion, embeddings, models, type Config } from "../src/index";
import { startMockServer, type MockServer } from "../src/testing/index";

let server: MockServer | undefined;
let config: Config = {};
if (process.env.OPENAI_API_KEY) {
  console.log("OPENAI_API_KEY is set: calling the real OpenAI API.");
} else {
  server = await startMockServer();
  config = { apiUrl: server.url };
  console.log(`No OPENAI_API_KEY: using the mock server at ${server.url} (set the key to call the real API).`);
}

const [listStatus, list] = await models(config);
if (listStatus === "ok")
  console.log(
    `models: ${list.data.length} available, e.g. ${list.data
      .slice(0, 3)
      .map((m) => m.id)
      .join(", ")}`,
  );
else console.error("models failed:", list.message);

const [chatStatus, completion] = await chatCompletion(
  { model: "gpt-4o-mini", messages: [{ role: "user", content: "Where was the 2020 World Series played?" }] },
  config,
);
if (chatStatus === "ok") console.log(`chat: ${completion.choices[0]?.message.content}`);
else console.error("chat failed:", completion.message);

const [embedStatus, embedding] = await embeddings({ model: "text-embedding-3-small", input: "The food was delicious" }, config);
if (embedStatus === "ok") console.log(`embedding: ${embedding.data[0]?.embedding.length} dimensions`);
else console.error("embeddings failed:", embedding.message);

// An error is a value, not an exception: here, a model that does not exist.
const bad = await chatCompletion({ model: "gpt-nonexistent", messages: [{ role: "user", content: "Hi" }] }, config);
console.log(
  "error tuple:",
  JSON.stringify(
    bad[0] === "error" ? ["error", { kind: bad[1].kind, status: "status" in bad[1] ? bad[1].status : undefined, message: bad[1].message }] : bad[0],
  ),
);

await server?.close();
const failed = listStatus !== "ok" || chatStatus !== "ok" || embedStatus !== "ok" || bad[0] !== "error";
process.exitCode = failed ? 1 : 0;
