/**
 * Partial images while gpt-image-1 draws: `imagesGenerations({ stream: true, partial_images: 2 })`
 * yields each preview as soon as it is made, then the finished image; each one is written to a
 * temporary folder as it arrives. When the previews do not matter, `collectImages(stream)` returns
 * the final `ImagesResponse` alone.
 *
 *   npx tsx examples/partial-images.ts
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { imagesGenerations } from "../src/index";
import { chooseTarget } from "./lib/target";

const target = await chooseTarget();
const dir = await mkdtemp(join(tmpdir(), "openai-ex-partial-images-"));
const [status, stream] = await imagesGenerations(
  { model: "gpt-image-1", prompt: "A sea otter reading a newspaper, watercolour", size: "1024x1024", quality: "low", stream: true, partial_images: 2 },
  target.config,
);
if (status === "error") {
  console.error(`could not start the stream (${stream.kind}): ${stream.message}`);
  process.exitCode = 1;
} else {
  for await (const [kind, item] of stream) {
    if (kind === "error") {
      console.error(`the stream broke (${item.kind}): ${item.message}`);
      process.exitCode = 1;
      continue;
    }
    const bytes = Buffer.from(item.data.b64_json, "base64");
    if (item.event === "image_generation.partial_image") {
      const path = join(dir, `otter-partial-${item.data.partial_image_index}.${item.data.output_format}`);
      await writeFile(path, bytes);
      console.log(`partial ${item.data.partial_image_index}: ${bytes.length} bytes → ${path}`);
    } else {
      const path = join(dir, `otter.${item.data.output_format}`);
      await writeFile(path, bytes);
      console.log(`final image: ${bytes.length} bytes → ${path} (${item.data.usage.total_tokens} tokens)`);
    }
  }
}
// The mock's images are 1-pixel placeholders: not worth keeping. Real ones stay for you to look at.
if (target.mock) await rm(dir, { recursive: true, force: true });
await target.close();
