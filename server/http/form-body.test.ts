import { count } from "drizzle-orm";
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { contactMessages } from "../../db/schema/contact";
import { startAppServer } from "../../test/app-server";
import { testDatabase } from "../../test/database";
import { remixTestBuild } from "../../test/remix-test-build";

const database = await testDatabase();
const server = await startAppServer(database.db, { remixBuild: remixTestBuild(database.db) });
const storedMessages = async () => (await database.db.select({ n: count() }).from(contactMessages))[0]!.n;

/** node:http, not fetch: fetch always adds a content type to a string body and cannot send none with one. */
function post(path: string, method: string, body: string | undefined, contentType: string | undefined): Promise<{ status: number; body: string; acceptPost?: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
    const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, acceptPost: res.headers["accept-post"] as string | undefined }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("a page's action given a body that is not a form", () => {
  it.each([
    ["no body", undefined, undefined],
    ["no content type", "name=Ada&message=hi", undefined],
    ["text/plain", "name=Ada&message=hi", "text/plain"],
    ["JSON", JSON.stringify({ name: "Ada", message: "hi" }), "application/json"],
    ["bytes", "\u0000\u0001", "application/octet-stream"],
  ])("%s is a 415 that names what the page takes, and nothing is stored", async (_label, body, contentType) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const answer = await post("/contact", method, body, contentType);
      expect(answer.status, method).toBe(415);
      expect(answer.body).toMatch(/This page takes a form \(application\/x-www-form-urlencoded or multipart\/form-data\).*so nothing was changed/);
      expect(answer.acceptPost).toBe("application/x-www-form-urlencoded, multipart/form-data");
    }
    expect(await storedMessages()).toBe(0);
  });

  it("forms, urlencoded or multipart, reach the action", async () => {
    expect((await post("/contact", "POST", "name=Ada&message=hi", "application/x-www-form-urlencoded; charset=UTF-8")).status).toBe(200);
    const multipart = new FormData();
    multipart.set("name", "Grace");
    multipart.set("message", "hello");
    expect((await fetch(`${server.url}/contact`, { method: "POST", body: multipart })).status).toBe(200);
    expect(await storedMessages()).toBe(2);
  });

  it("the Stripe webhook, a resource route that takes JSON, still gets its bytes", async () => {
    const answer = await post("/webhooks/stripe", "POST", JSON.stringify({ id: "evt_1" }), "application/json");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ bytes: 14 });
  });
});
