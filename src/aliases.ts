/** Deprecated aliases kept for openai.ex compatibility (imageGenerations, imageEdits, imageVariations). */
export {};
