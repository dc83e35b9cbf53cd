import { describe, expect, it } from "vitest";
import { startAnthropicApiServer, textReply } from "../../../test/anthropic-api";
import { testEnv } from "../../../test/app-server";
import { atFileEnd } from "../../../test/cleanup";
import { capturingLogger } from "../../../test/log-capture";
import { createLanguageModel } from "./index";

for (const name of Object.keys(process.env)) if (name.startsWith("ANTHROPIC_")) delete process.env[name];

const api = await startAnthropicApiServer();
atFileEnd(api.close);

describe("createLanguageModel", () => {
  it("talks to Claude at ANTHROPIC_BASE_URL with ANTHROPIC_MODEL when a key is set", async () => {
    const { log, lines } = capturingLogger();
    const model = createLanguageModel(testEnv({ ANTHROPIC_API_KEY: "sk-ant-from-env", ANTHROPIC_BASE_URL: api.url, ANTHROPIC_MODEL: "claude-sonnet-5-5" }), log);
    expect(model).toMatchObject({ kind: "anthropic", model: "claude-sonnet-5-5" });
    api.reply(textReply("Hello from the double."));
    let text = "";
    for await (const event of model.stream({ system: "s", messages: [{ role: "user", content: [{ type: "text", text: "hi" }] }], tools: [], maxOutputTokens: 64 }, new AbortController().signal)) {
      if (event.type === "text") text += event.delta;
    }
    expect(text).toBe("Hello from the double.");
    expect(api.requests.at(-1)).toMatchObject({ headers: { authorization: "Bearer sk-ant-from-env" }, body: { model: "claude-sonnet-5-5" } });
    expect(lines.map((l) => l.msg)).toContain("assistant: Claude");
  });

  it("uses the offline assistant without a key, and says so once at boot in production", () => {
    const quiet = capturingLogger();
    expect(createLanguageModel(testEnv(), quiet.log).kind).toBe("offline");
    expect(quiet.lines.filter((l) => l.level >= 40)).toEqual([]);

    const production = capturingLogger();
    const model = createLanguageModel({ ...testEnv(), isProduction: true }, production.log);
    expect(model.kind).toBe("offline");
    expect(production.lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual(["assistant: the offline assistant answers (no ANTHROPIC_API_KEY); the chat panel says so to shoppers"]);
  });
});
