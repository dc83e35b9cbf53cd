// A real S3-compatible server (s3rver) on a free port, keeping its objects in a temporary folder,
// for tests that point the official AWS SDK at it.
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import S3rver from "s3rver";
import { inject } from "vitest";
import { atFileEnd } from "./cleanup";

export type TestS3Server = {
  endpoint: string;
  bucket: string;
  /** the objects on disk, as s3rver keeps them: `<bucket>/<key>._S3rver_object` */
  directory: string;
  /** what S3_* configuration points the store at this server */
  env: Record<string, string>;
};

export async function startS3Server(bucket = "printroom-media"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(inject("scratchDir"), "s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  atFileEnd(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    directory,
    // s3rver's own fixed development credentials: it checks the signature against them.
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "on" },
  };
}
