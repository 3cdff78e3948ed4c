#!/usr/bin/env python3
"""Regenerates the function table and the openai.ex migration table of README.md from
docs/catalogue.md (every function), src/ (which functions exist) and docs/api/*.md (where each is documented).
Dev-time only: run it after adding functions, then commit README.md."""
import os, re, subprocess

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
catalogue = open(os.path.join(root, "docs", "catalogue.md")).read()

def slug(heading):
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")

# where each function is documented: the first heading of docs/api/*.md naming it
anchors = {}
docs_dir = os.path.join(root, "docs", "api")
for name in sorted(os.listdir(docs_dir)) if os.path.isdir(docs_dir) else []:
    seen = {}
    for line in open(os.path.join(docs_dir, name)):
        m = re.match(r"^(#{2,4})\s+(.*)$", line)
        if not m: continue
        s = slug(m.group(2))
        n = seen.get(s, 0); seen[s] = n + 1
        if n: s = f"{s}-{n}"
        for fn in re.findall(r"`?([a-z][A-Za-z]+)\b", m.group(2)):
            anchors.setdefault(fn, f"docs/api/{name}#{s}")

src = subprocess.run(["grep", "-rhoE", r"export (async )?function [a-zA-Z]+|export const [a-zA-Z]+", os.path.join(root, "src")], capture_output=True, text=True).stdout
exported = set(w.split()[-1] for w in src.splitlines())

rows = []  # (part, name, forms, http, notes)
part = None
for line in catalogue.splitlines():
    if line.startswith("## "): part = line[3:5].strip(". ")
    if not line.startswith("| `"): continue
    cells = [c.strip() for c in line.strip("|").split("|")]
    names = re.findall(r"`([a-zA-Z]+)`", cells[0])
    for n in names:
        rows.append((part, n, cells[1], cells[2] if len(cells) > 2 else "", cells[-1]))

def link(n):
    return f"[`{n}`]({anchors[n]})" if n in anchors else f"`{n}`"

out = ["## Functions", "", "Every function of the catalogue; ✅ means implemented, documented, tested against the mock server and sent through Prism against OpenAI's spec (where the spec has the endpoint). Reference pages: [core](docs/api/core.md) (models, chat, embeddings, moderations, stream helpers), [part 1](docs/api/part1.md) (completions, edits, images, audio, files, fine-tunes, engines), [assistants](docs/api/assistants.md), [beyond openai.ex](docs/api/beyond.md) (file content, fine-tuning jobs, batches, responses, paginate), [today's API](docs/api/today.md) (conversations, vector stores, uploads), [stored chat, containers, ChatKit, request](docs/api/whole1.md), [evals](docs/api/evals.md), [fine-tuning tools](docs/api/fineTuningTools.md), [custom voices](docs/api/audioVoices.md), [realtime and skills](docs/api/realtime-skills.md), [helpers](docs/api/helpers.md), [batch runs](docs/api/batch-run.md), [compatible servers](docs/api/compatible.md). Every function takes an optional config last.", "",
       "| Function | Call forms | HTTP | Status |", "|---|---|---|---|"]
for part_, n, forms, http, notes in rows:
    dep = " (deprecated)" if "dep" in notes.split() or "`@deprecated`" in notes else ""
    status = "✅" if n in exported else "—"
    out.append(f"| {link(n)}{dep} | {forms} | {http} | {status} |")
functions = "\n".join(out)

def elixir(n):
    return re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), n)

# Realistic params per function: (Elixir keyword list, TS object)
P = {
  "completions": ('model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test", max_tokens: 7', '{ model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test", max_tokens: 7 }'),
  "chatCompletion": ('model: "gpt-3.5-turbo", messages: [%{role: "user", content: "Hello"}]', '{ model: "gpt-3.5-turbo", messages: [{ role: "user", content: "Hello" }] }'),
  "edits": ('model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes"', '{ model: "text-davinci-edit-001", input: "What day of the wek is it?", instruction: "Fix the spelling mistakes" }'),
  "imagesGenerations": ('prompt: "A cute baby sea otter", size: "256x256"', '{ prompt: "A cute baby sea otter", size: "256x256" }'),
  "imagesEdits": ('prompt: "A sunlit indoor lounge area with a pool"', '{ prompt: "A sunlit indoor lounge area with a pool" }'),
  "imagesVariations": ('n: 2', '{ n: 2 }'),
  "embeddings": ('model: "text-embedding-ada-002", input: "The food was delicious"', '{ model: "text-embedding-ada-002", input: "The food was delicious" }'),
  "audioSpeech": ('model: "tts-1", input: "Hello", voice: "alloy"', '{ model: "tts-1", input: "Hello", voice: "alloy" }'),
  "audioTranscription": ('model: "whisper-1"', '{ model: "whisper-1" }'),
  "audioTranslation": ('model: "whisper-1"', '{ model: "whisper-1" }'),
  "filesUpload": ('purpose: "fine-tune"', '{ purpose: "fine-tune" }'),
  "finetunesCreate": ('training_file: "file-123", model: "davinci"', '{ training_file: "file-123", model: "davinci" }'),
  "moderations": ('input: "I want to kill everyone!"', '{ input: "I want to kill everyone!" }'),
  "assistants": ('limit: 2', '{ limit: 2 }'),
  "assistantsCreate": ('model: "gpt-4o", name: "Math Tutor", tools: [%{type: "code_interpreter"}]', '{ model: "gpt-4o", name: "Math Tutor", tools: [{ type: "code_interpreter" }] }'),
  "assistantsModify": ('name: "Math Tutor v2"', '{ name: "Math Tutor v2" }'),
  "assistantFiles": ('limit: 10', '{ limit: 10 }'),
  "assistantFileCreate": ('file_id: "file-abc"', '{ file_id: "file-abc" }'),
  "threads": ('limit: 2', '{ limit: 2 }'),
  "threadsCreate": ('messages: [%{role: "user", content: "Hi"}]', '{ messages: [{ role: "user", content: "Hi" }] }'),
  "threadsCreateAndRun": ('assistant_id: "asst_abc", thread: %{messages: [%{role: "user", content: "Hi"}]}', '{ assistant_id: "asst_abc", thread: { messages: [{ role: "user", content: "Hi" }] } }'),
  "threadsModify": ('metadata: %{key: "value"}', '{ metadata: { key: "value" } }'),
  "threadMessages": ('limit: 10', '{ limit: 10 }'),
  "threadMessageCreate": ('role: "user", content: "Hello"', '{ role: "user", content: "Hello" }'),
  "threadMessageModify": ('metadata: %{key: "value"}', '{ metadata: { key: "value" } }'),
  "threadMessageFiles": ('limit: 10', '{ limit: 10 }'),
  "threadRuns": ('limit: 10', '{ limit: 10 }'),
  "threadRunCreate": ('assistant_id: "asst_abc"', '{ assistant_id: "asst_abc" }'),
  "threadRunModify": ('metadata: %{key: "value"}', '{ metadata: { key: "value" } }'),
  "threadRunSubmitToolOutputs": ('tool_outputs: [%{tool_call_id: "call_abc", output: "28C"}]', '{ tool_outputs: [{ tool_call_id: "call_abc", output: "28C" }] }'),
  "threadRunSteps": ('limit: 10', '{ limit: 10 }'),
}
IDS = {"modelId": "gpt-3.5-turbo", "engineId": "davinci", "fileId": "file-abc", "id": "ft-abc", "assistantId": "asst_abc",
       "threadId": "thread_abc", "messageId": "msg_abc", "runId": "run_abc", "stepId": "step_abc"}

def ex_args(n, forms):
    result = []
    for f in re.findall(r"`\(([^`]*)\)`", forms):
        args = [a.strip().rstrip("?") for a in f.split(",") if a.strip()]
        if args and args[-1] == "cfg" and len(args) > 1: args = args[:-1]  # cfg is always accepted last
        ex, ts = [], []
        for a in args:
            if a == "cfg": ex.append("%OpenAI.Config{api_key: key}"); ts.append("{ apiKey: key }")
            elif a == "params":
                e, t = P.get(n, ("", "{}"))
                ex.append(e if len(args) == 1 else f"[{e}]"); ts.append(t)
            elif a in ("file", "image"): path = "./otter.png" if "image" in n.lower() else ("./speech.mp3" if "audio" in n else "./data.jsonl"); ex.append(f'"{path}"'); ts.append(f'"{path}"')
            else: v = IDS.get(a, a); ex.append(f'"{v}"'); ts.append(f'"{v}"')
        pair = (", ".join(ex), ", ".join(ts))
        if pair not in result: result.append(pair)
    return result

mig = ["## Migrating from openai.ex", "",
       "Names are the camelCase of the Elixir names; arguments keep their order; the keyword list of params becomes an object with the same (snake_case) keys; `%OpenAI.Config{}` becomes a plain object with camelCase keys as the last argument; `{:ok, data}` / `{:error, reason}` become `[\"ok\", data, meta]` / `[\"error\", error]`. Streams are `for await` loops instead of messages sent to `self()`.",
       "", "| openai.ex | openai-ex |", "|---|---|",
       "| `config :openai, api_key: …, organization_key: …, http_options: [recv_timeout: 30_000]` | `OPENAI_API_KEY`, `openai.config.json` or `setConfig({ apiKey, organizationKey, httpOptions: { timeout: 30_000 } })` |",
       "| `{:ok, res} = OpenAI.models()` | `const [status, res] = await models()` |",
       "| `OpenAI.chat_completion([model: \"gpt-4o\", messages: msgs], %OpenAI.Config{api_key: key})` | `chatCompletion({ model: \"gpt-4o\", messages: msgs }, { apiKey: key })` (every function takes the config last) |",
       "| `OpenAI.images_edits(\"./otter.png\", [prompt: \"…\"], [recv_timeout: 60_000])` | `imagesEdits(\"./otter.png\", { prompt: \"…\" }, { recv_timeout: 60_000 })` (request options, mapped onto `httpOptions`) |"]
for part_, n, forms, http, notes in rows:
    if part_ != "A": continue
    for ex, ts in ex_args(n, forms):
        mig.append(f"| `OpenAI.{elixir(n)}({ex})` | `{n}({ts})` |")
migration = "\n".join(mig)

readme_path = os.path.join(root, "README.md")
readme = open(readme_path).read()
readme = re.sub(r"<!-- FUNCTIONS:START -->.*<!-- FUNCTIONS:END -->", lambda _: f"<!-- FUNCTIONS:START -->\n{functions}\n<!-- FUNCTIONS:END -->", readme, flags=re.S)
readme = re.sub(r"<!-- MIGRATION:START -->.*<!-- MIGRATION:END -->", lambda _: f"<!-- MIGRATION:START -->\n{migration}\n<!-- MIGRATION:END -->", readme, flags=re.S)
open(readme_path, "w").write(readme)
print(f"{len(rows)} catalogue rows, {sum(1 for r in rows if r[1] in exported)} exported, {sum(1 for r in rows if r[1] in anchors)} documented")
