// Public functions of this resource, re-exported by src/index.ts.
export { imagesGenerations } from "./imagesGenerations";
export { imagesEdits } from "./imagesEdits";
export { imagesVariations } from "./imagesVariations";
