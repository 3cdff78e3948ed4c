import { parse } from "yaml";
import { readFileSync } from "node:fs";
const spec = parse(readFileSync("fixtures/openapi/latest.yaml", "utf8"));
const want = process.argv.slice(2);
for (const w of want) {
  const [m, p] = w.split(" ");
  const op = spec.paths[p][m.toLowerCase()];
  console.log("=== " + w);
  console.log(
    JSON.stringify({
      params: op.parameters,
      body: op.requestBody,
      resp: Object.fromEntries(
        Object.entries(op.responses).map(([k, v]) => [k, v.content ? Object.fromEntries(Object.entries(v.content).map(([c, x]) => [c, x.schema])) : v]),
      ),
    }),
  );
}
