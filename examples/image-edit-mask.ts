/**
 * Edits an image with a mask: the transparent area of the mask is what the model repaints.
 * Both files are streamed from disk as multipart parts (`image` and `mask`).
 *
 *   npx tsx examples/image-edit-mask.ts [image.png] [mask.png]
 */
import { imagesEdits } from "../src/index";
import { chooseTarget } from "./lib/target";

const image = process.argv[2] ?? new URL("../fixtures/uploads/otter.png", import.meta.url);
const mask = process.argv[3] ?? new URL("../fixtures/uploads/mask.png", import.meta.url);
const target = await chooseTarget();
const [status, result] = await imagesEdits(
  image,
  { prompt: "A sunlit indoor lounge area with a pool containing a flamingo", mask, n: 1, size: "256x256" },
  target.config,
);
if (status === "error") {
  console.error(`image edit failed (${result.kind}): ${result.message}`);
  process.exitCode = 1;
} else {
  for (const picture of result.data ?? []) console.log(picture.url ?? `${picture.b64_json?.slice(0, 40)}… (base64)`);
}
await target.close();
