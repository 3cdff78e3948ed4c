/**
 * Uploads a JSONL file, lists files, downloads the content back to disk (streamed, constant
 * memory), then deletes the upload.
 *
 *   npx tsx examples/files.ts
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { files, filesDelete, filesDownload, filesUpload } from "../src/index";
import { chooseTarget } from "./lib/target";

const target = await chooseTarget();
const dir = await mkdtemp(join(tmpdir(), "openai-ex-files-"));
try {
  const source = join(dir, "training.jsonl");
  await writeFile(
    source,
    `${JSON.stringify({
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello!" },
      ],
    })}\n`,
  );

  const [uploaded, file] = await filesUpload(source, { purpose: "fine-tune" }, target.config);
  if (uploaded === "error") throw new Error(`upload failed: ${file.message}`);
  console.log(`uploaded ${file.filename} as ${file.id} (${file.bytes} bytes)`);

  const [listed, list] = await files(target.config);
  if (listed === "ok") console.log(`${list.data.length} file(s) in the account`);

  const [downloaded, saved] = await filesDownload(file.id, join(dir, "copy.jsonl"), target.config);
  if (downloaded === "error") throw new Error(`download failed: ${saved.message}`);
  console.log(`downloaded ${saved.bytes} bytes to ${saved.path}: ${(await readFile(saved.path, "utf8")).slice(0, 60).trim()}…`);

  const [deleted, result] = await filesDelete(file.id, target.config);
  console.log(deleted === "ok" ? `deleted ${result.id}: ${result.deleted}` : `delete failed: ${result.message}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
  await target.close();
}
