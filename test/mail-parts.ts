// The text and HTML parts of a raw multipart/alternative message as our mailer writes it, decoded
// (quoted-printable or base64), for tests that read what a mail says rather than how it is encoded.
export type MailParts = { text: string | undefined; html: string | undefined };

function decode(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => `%${hex}`);
    // Re-encode the literal characters so decodeURIComponent sees only escapes and plain ASCII.
    return decodeURIComponent(bytes.replace(/%(?![0-9A-Fa-f]{2})/g, "%25").replace(/[^\x20-\x7e\r\n]/g, (c) => encodeURIComponent(c)));
  }
  return body;
}

export function mailParts(raw: string): MailParts {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) throw new Error("not a multipart message");
  const parts = raw.split(`--${boundary}`).slice(1, -1);
  const found: MailParts = { text: undefined, html: undefined };
  for (const part of parts) {
    const [head = "", ...rest] = part.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    const type = /content-type:\s*text\/(plain|html)/i.exec(head)?.[1]?.toLowerCase();
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    const body = decode(rest.join("\n\n").replace(/\r?\n$/, ""), encoding);
    if (type === "plain") found.text = body;
    if (type === "html") found.html = body;
  }
  return found;
}
