/** The schema's output type carries through responseFormat/textFormat/functionTool into parsed values and run arguments. */
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import {
  chatCompletionParse,
  functionTool,
  responseFormat,
  responsesParse,
  responsesRunTools,
  runTools,
  textFormat,
  type ChatResponseFormat,
  type FunctionTool,
  type ToolCallContext,
  type ToolRunResult,
  type ValidationIssue,
} from "../../src/index";

const messages = [{ role: "user" as const, content: "Hi" }];

interface Person {
  name: string;
  age?: number;
  role: "admin" | "user";
  tags: string[];
}
const zodPerson = z.object({ name: z.string(), age: z.number().optional(), role: z.enum(["admin", "user"]), tags: z.array(z.string()) });
const valibotPerson = toStandardJsonSchema(
  v.object({ name: v.string(), age: v.optional(v.number()), role: v.picklist(["admin", "user"]), tags: v.array(v.string()) }),
);
const arktypePerson = type({ name: "string", "age?": "number", role: "'admin' | 'user'", tags: "string[]" });

describe("chatCompletionParse: message.parsed is the schema's output", () => {
  it("zod", async () => {
    const [status, data] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(zodPerson, "person") });
    if (status === "ok") expectTypeOf(data.choices[0]!.message.parsed).toEqualTypeOf<Person | null>();
    else
      expectTypeOf(data.kind).toEqualTypeOf<
        "api" | "http" | "timeout" | "network" | "aborted" | "parse" | "file" | "config" | "argument" | "expired" | "batch" | "validation" | "webhook"
      >();
  });
  it("valibot", async () => {
    const [status, data] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(valibotPerson, "person") });
    if (status === "ok") expectTypeOf(data.choices[0]!.message.parsed).toEqualTypeOf<Person | null>();
  });
  it("arktype", async () => {
    const [status, data] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(arktypePerson, "person") });
    if (status === "ok") expectTypeOf(data.choices[0]!.message.parsed).toEqualTypeOf<Person | null>();
  });
  it("a plain JSON Schema is unknown, or the type given", async () => {
    const schema = { type: "object", properties: { n: { type: "number" } } };
    const [s1, d1] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(schema, "n") });
    if (s1 === "ok") expectTypeOf(d1.choices[0]!.message.parsed).toEqualTypeOf<unknown>();
    const [s2, d2] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat<{ n: number }>(schema, "n") });
    if (s2 === "ok") expectTypeOf(d2.choices[0]!.message.parsed).toEqualTypeOf<{ n: number } | null>();
  });
  it("no json_schema format gives parsed: null", async () => {
    const [status, data] = await chatCompletionParse({ model: "m", messages });
    if (status === "ok") expectTypeOf(data.choices[0]!.message.parsed).toEqualTypeOf<null>();
  });
  it("a validation error has issues and raw", async () => {
    const [status, e] = await chatCompletionParse({ model: "m", messages, response_format: responseFormat(zodPerson, "person") });
    if (status === "error" && e.kind === "validation") {
      expectTypeOf(e.issues).toEqualTypeOf<ValidationIssue[]>();
      expectTypeOf(e.raw).toEqualTypeOf<string>();
    }
  });
  it("the format object is a valid response_format of ChatCompletionParams", () => {
    expectTypeOf(responseFormat(zodPerson, "person")).toEqualTypeOf<ChatResponseFormat<Person>>();
  });
});

describe("responsesParse: output_parsed is the schema's output", () => {
  it("zod, valibot, arktype", async () => {
    const [s1, d1] = await responsesParse({ model: "m", input: "x", text: { format: textFormat(zodPerson, "p") } });
    if (s1 === "ok") expectTypeOf(d1.output_parsed).toEqualTypeOf<Person | null>();
    const [s2, d2] = await responsesParse({ model: "m", input: "x", text: { format: textFormat(valibotPerson, "p") } });
    if (s2 === "ok") expectTypeOf(d2.output_parsed).toEqualTypeOf<Person | null>();
    const [s3, d3] = await responsesParse({ model: "m", input: "x", text: { format: textFormat(arktypePerson, "p") } });
    if (s3 === "ok") expectTypeOf(d3.output_parsed).toEqualTypeOf<Person | null>();
  });
});

describe("runTools infers each run's arguments from its tool's schema", () => {
  it("zod, valibot and arktype tools in one map", () => {
    const result = runTools(
      { model: "m", messages },
      {
        zodTool: {
          tool: functionTool(z.object({ city: z.string() }), { name: "zodTool" }),
          run: (args, context) => {
            expectTypeOf(args).toEqualTypeOf<{ city: string }>();
            expectTypeOf(context).toEqualTypeOf<ToolCallContext>();
            return args.city;
          },
        },
        valibotTool: {
          tool: functionTool(toStandardJsonSchema(v.object({ n: v.number() })), { name: "valibotTool" }),
          run: (args) => {
            expectTypeOf(args).toEqualTypeOf<{ n: number }>();
            return args.n + 1;
          },
        },
        arktypeTool: {
          tool: functionTool(type({ flag: "boolean" }), { name: "arktypeTool" }),
          run: async (args) => {
            expectTypeOf(args).toEqualTypeOf<{ flag: boolean }>();
            return !args.flag;
          },
        },
      },
    );
    expectTypeOf(result).toEqualTypeOf<Promise<ToolRunResult>>();
  });
  it("a run whose argument type disagrees with the schema does not compile", () => {
    const tool: FunctionTool<{ city: string }> = functionTool(z.object({ city: z.string() }), { name: "t" });
    // @ts-expect-error run expects { city: string }, not { n: number }
    void runTools({ model: "m", messages }, { t: { tool, run: (args: { n: number }) => args.n } });
  });
  it("responsesRunTools takes the same map and infers the same way", () => {
    void responsesRunTools(
      { model: "m", input: "x" },
      {
        t: {
          tool: functionTool(type({ q: "string" }), { name: "t" }),
          run: (args) => {
            expectTypeOf(args).toEqualTypeOf<{ q: string }>();
            return args.q;
          },
        },
      },
    );
  });
  it("an error carries the transcript", async () => {
    const [status, e] = await runTools({ model: "m", messages }, {});
    if (status === "error") expectTypeOf(e.messages).toMatchTypeOf<unknown[]>();
  });
});
