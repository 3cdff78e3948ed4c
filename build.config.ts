import { defineBuildConfig } from "unbuild";

export default defineBuildConfig({
  entries: [
    { input: "src/index", name: "index" },
    { input: "src/testing/index", name: "testing" },
  ],
  declaration: true, // .d.mts for import, .d.cts for require (and .d.ts)
  clean: true,
  failOnWarn: true,
  rollup: {
    emitCJS: true,
    inlineDependencies: false,
  },
});
