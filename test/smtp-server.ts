// A real SMTP server on an ephemeral port that keeps what it receives, for tests of mail delivery.
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { atFileEnd } from "./cleanup";

export type ReceivedMail = { from: string; to: string[]; raw: string; user: string | undefined };

export type TestSmtpServer = {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** how many messages reached DATA, accepted or not */
  attempts: () => number;
  close: () => Promise<void>;
};

export type SmtpBehaviour = {
  /** credentials the server requires; without them any client may send */
  credentials?: { user: string; pass: string };
  /** answer a message with a temporary failure (451) when this returns true */
  failDelivery?: (delivery: { attempt: number; raw: string }) => boolean;
  /** listen on this port (a mail server coming back where it was); any free port when left out */
  port?: number;
};

class SmtpReply extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

export async function startSmtpServer(behaviour: SmtpBehaviour = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: !behaviour.credentials,
    logger: false,
    onAuth(auth, _session, callback) {
      const expected = behaviour.credentials;
      if (expected && auth.username === expected.user && auth.password === expected.pass) return callback(null, { user: auth.username });
      return callback(new SmtpReply("Invalid username or password", 535));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        attempts += 1;
        const raw = Buffer.concat(chunks).toString("utf8");
        if (behaviour.failDelivery?.({ attempt: attempts, raw })) return callback(new SmtpReply("Mailbox busy, try again later", 451));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          user: typeof session.user === "string" ? session.user : undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(behaviour.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  atFileEnd(close);
  return { url: `smtp://127.0.0.1:${port}`, port, received, attempts: () => attempts, close };
}

/** The decoded value of one header of a raw message (unfolded; plain ASCII as our tests send). */
export function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
