// Runs before every unit test file: no OPENAI_* variable of the machine may leak into a test.
for (const name of Object.keys(process.env)) if (name.startsWith("OPENAI_")) delete process.env[name];
