import { chatCompletion, embeddings, models, modelsDelete, moderations } from "../../src/index";
import { contractTable } from "./harness";

const messages = [
  { role: "system" as const, content: "You are a helpful assistant." },
  { role: "user" as const, content: "Who won the world series in 2020?" },
];

contractTable("foundation", [
  { name: "models()", specs: ["2023-12", "latest"], call: (config) => models(config) },
  { name: "models(modelId)", specs: ["2023-12", "latest"], call: (config) => models("gpt-3.5-turbo", config) },
  { name: "modelsDelete(modelId)", specs: ["2023-12", "latest"], call: (config) => modelsDelete("ft:gpt-4o-mini:acme:suffix:abc123", config) },
  { name: "chatCompletion(params)", specs: ["2023-12", "latest"], call: (config) => chatCompletion({ model: "gpt-4o-mini", messages }, config) },
  {
    name: "chatCompletion(params) with tools",
    specs: ["latest"],
    call: (config) =>
      chatCompletion(
        {
          model: "gpt-4o-mini",
          messages,
          temperature: 0.2,
          tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }],
          tool_choice: "auto",
        },
        config,
      ),
  },
  {
    name: "embeddings(params)",
    specs: ["2023-12", "latest"],
    call: (config) => embeddings({ model: "text-embedding-ada-002", input: "The food was delicious" }, config),
  },
  { name: "moderations(params)", specs: ["2023-12", "latest"], call: (config) => moderations({ input: "I want to kill them." }, config) },
  // Negative rows, one per body kind: a missing required field is the server's to reject.
  {
    name: "chatCompletion without model (JSON body) → 422",
    specs: ["2023-12", "latest"],
    expect: 422,
    call: (config) => chatCompletion({ messages } as never, config),
  },
]);
