// Owner passwords as argon2id hashes (docs/decisions/024-back-office-access.md for the parameters).
import { hash, verify } from "@node-rs/argon2";

/** OWASP's first argon2id choice: 19 MiB, two passes, one lane (13–22 ms a verification here). */
// `algorithm: 2` is Algorithm.Argon2id: the package declares it an ambient const enum, which
// isolated modules cannot read.
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

// Verified against when no account has the e-mail, so an unknown address costs what a wrong password
// costs and the answer's timing says nothing about which it was. Made once, with the same parameters.
let dummyHash: Promise<string> | undefined;

/** Whether `password` matches `stored`; with no stored hash, the same work is done and the answer is no. */
export async function passwordMatches(stored: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("no account has this password");
  const against = stored ?? (await dummyHash);
  const matches = await verify(against, password).catch(() => false);
  return stored !== undefined && matches;
}
