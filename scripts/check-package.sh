#!/usr/bin/env bash
# Packaging checks: publint, are-the-types-wrong on the packed tarball, and the tarball installed into
# a scratch project where both `import` and `require` of "openai-ex" and "openai-ex/testing" work.
# Expects `npm run build` to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== publint"
npx publint --strict

echo "== @arethetypeswrong/cli --pack"
npx attw --pack . --profile node16

echo "== packed tarball in a scratch project"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tarball=$(npm pack --silent --pack-destination "$scratch" | tail -n 1)
cd "$scratch"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" >/dev/null
node --input-type=module -e '
import { chatCompletion, models, isOk, VERSION } from "openai-ex";
import { startMockServer } from "openai-ex/testing";
const server = await startMockServer();
const result = await models({ apiUrl: server.url });
await server.close();
if (typeof chatCompletion !== "function" || !isOk(result)) { console.error("import failed", result); process.exit(1); }
console.log(`import: ok (openai-ex ${VERSION}, ${result[1].data.length} models from the mock server)`);
'
node -e '
const { chatCompletion, models, isOk, VERSION } = require("openai-ex");
const { startMockServer } = require("openai-ex/testing");
(async () => {
  const server = await startMockServer();
  const result = await models({ apiUrl: server.url });
  await server.close();
  if (typeof chatCompletion !== "function" || !isOk(result)) { console.error("require failed", result); process.exit(1); }
  console.log(`require: ok (openai-ex ${VERSION}, ${result[1].data.length} models from the mock server)`);
})();
'
