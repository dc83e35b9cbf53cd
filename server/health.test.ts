import postgres from "postgres";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { startAppServer } from "../test/app-server";
import { createTestDatabase, testDatabase } from "../test/database";

const database = await testDatabase();

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as unknown, cacheControl: response.headers.get("cache-control") };
}

describe("GET /healthz", () => {
  it("is 200 with the database up when Postgres answers", async () => {
    const server = await startAppServer(database.db);
    const result = await health(server.url);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: "ok", database: "up" });
  });

  it("says images are drawing while a photo with an original has no derivatives yet, and ready once it has", async () => {
    const fresh = await createTestDatabase();
    onTestFinished(() => fresh.close());
    const server = await startAppServer(fresh.db);
    expect((await health(server.url)).body).toEqual({ status: "ok", database: "up", images: "ready" });

    const [photo] = await fresh.sql<{ id: number }[]>`insert into photos (slug, title, orientation, aspect_ratio) values ('health-photo', 'Health', 'landscape', 1.5) returning id`;
    await fresh.sql`insert into photo_images (photo_id, kind, format, width, height, storage_key, bytes) values (${photo!.id}, 'original', 'jpeg', 3000, 2000, 'photos/health/original.jpg', 1000)`;
    expect((await health(server.url)).body).toEqual({ status: "ok", database: "up", images: "drawing" });

    await fresh.sql`insert into photo_images (photo_id, kind, format, width, height, storage_key, bytes) values (${photo!.id}, 'derivative', 'jpeg', 400, 267, 'photos/health/400w.jpg', 100)`;
    expect((await health(server.url)).body).toEqual({ status: "ok", database: "up", images: "ready" });
  });

  it("is 503 with the database down when its database is dropped under a running app", async () => {
    const doomed = await createTestDatabase();
    onTestFinished(() => doomed.close());
    const server = await startAppServer(doomed.db);
    expect((await health(server.url)).status).toBe(200);

    const admin = postgres(inject("adminUrl"), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`drop database "${doomed.name}" with (force)`);
    } finally {
      await admin.end();
    }

    const result = await health(server.url);
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ status: "unavailable", database: "down" });
  });

  it("is 503 when the app's connection pool has been closed", async () => {
    const closing = await createTestDatabase();
    const server = await startAppServer(closing.db);
    await closing.close();
    const result = await health(server.url);
    expect(result.status).toBe(503);
    expect(result.body).toEqual({ status: "unavailable", database: "down" });
  });

  it("turns a database out of reach inside a tRPC call into a 503 with Retry-After that shows no SQL", async () => {
    const closing = await createTestDatabase();
    const server = await startAppServer(closing.db);
    await closing.close();
    const response = await fetch(`${server.url}/api/trpc/catalog.listCollections`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(text).toContain("briefly unavailable");
    expect(text).not.toMatch(/Failed query|select |from "|CONNECTION_ENDED/i);
  });
});
