// `npm run build`: the production Remix build, then its browser files precompressed (server/build-freshness.ts).
import { buildRemix } from "../server/build-freshness";

buildRemix(process.cwd());
