/** The same Person schema in zod 4, valibot 1 (through toStandardJsonSchema) and arktype 2. */
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { z } from "zod";

export const zodPerson = z.object({
  name: z.string(),
  nickname: z.string().optional(),
  middle: z.string().nullable(),
  role: z.enum(["admin", "user"]),
  tags: z.array(z.string()),
  address: z.object({ city: z.string(), zip: z.string().optional() }),
  pet: z.union([z.object({ kind: z.literal("cat"), lives: z.number() }), z.object({ kind: z.literal("dog"), good: z.boolean() })]),
});

export const valibotPerson = toStandardJsonSchema(
  v.object({
    name: v.string(),
    nickname: v.optional(v.string()),
    middle: v.nullable(v.string()),
    role: v.picklist(["admin", "user"]),
    tags: v.array(v.string()),
    address: v.object({ city: v.string(), zip: v.optional(v.string()) }),
    pet: v.union([v.object({ kind: v.literal("cat"), lives: v.number() }), v.object({ kind: v.literal("dog"), good: v.boolean() })]),
  }),
);

export const arktypePerson = type({
  name: "string",
  "nickname?": "string",
  middle: "string | null",
  role: "'admin' | 'user'",
  tags: "string[]",
  address: { city: "string", "zip?": "string" },
  pet: type({ kind: "'cat'", lives: "number" }).or({ kind: "'dog'", good: "boolean" }),
});

/** The TypeScript type all three describe. */
export interface Person {
  name: string;
  nickname?: string;
  middle: string | null;
  role: "admin" | "user";
  tags: string[];
  address: { city: string; zip?: string };
  pet: { kind: "cat"; lives: number } | { kind: "dog"; good: boolean };
}

export const libraries = [
  ["zod", zodPerson],
  ["valibot", valibotPerson],
  ["arktype", arktypePerson],
] as const;
