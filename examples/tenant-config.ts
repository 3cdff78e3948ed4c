/**
 * One process, several tenants: each call carries its own key, organisation and limits, merged over
 * the process-wide settings (setConfig) without any client object.
 *
 *   npx tsx examples/tenant-config.ts
 */
import { chatCompletion, setConfig, type Config } from "../src/index";
import { chooseTarget } from "./lib/target";

const target = await chooseTarget();
// Process-wide defaults: every call below inherits these unless it overrides them.
setConfig({ ...target.config, httpOptions: { timeout: 30_000, retry: 3 } });

const tenants: Record<string, Config> = {
  acme: { apiKey: process.env.ACME_OPENAI_KEY ?? "sk-acme-demo", organizationKey: "org-acme" },
  globex: { apiKey: process.env.GLOBEX_OPENAI_KEY ?? "sk-globex-demo", projectKey: "proj_globex", httpOptions: { timeout: 10_000 } },
};

for (const [name, config] of Object.entries(tenants)) {
  // With a real key in OPENAI_API_KEY the demo keys would be refused: use them only against the mock.
  const tenantConfig = target.mock ? config : {};
  const [status, completion] = await chatCompletion({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Say hello to ${name}` }] }, tenantConfig);
  console.log(`${name}: ${status === "ok" ? completion.choices[0]?.message.content : `${completion.kind}: ${completion.message}`}`);
  if (status === "error") process.exitCode = 1;
}
await target.close();
