export { embeddings } from "./embeddings";
