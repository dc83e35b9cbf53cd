// Every mail the shop sends is written once as a list of blocks and rendered twice: an HTML part
// (inline styles, tables, which mail clients keep) and a plain-text part with the same content.
// Each value is escaped where it enters the HTML, so a name or a title can never add markup.
import { escapeHtml } from "../../../app/shared/escape-html";
import { STUDIO } from "../../content/studio";

export type MailItem = { title: string; description: string; quantity: number; amount: string; imageUrl: string | null };

export type MailBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** a paragraph that is a link, e.g. "Follow your order"; the text part prints the address after it */
  | { kind: "button"; text: string; href: string }
  | { kind: "items"; items: MailItem[] }
  | { kind: "amounts"; lines: { label: string; text: string; strong?: boolean }[] }
  | { kind: "address"; title: string; lines: string[] }
  /** something to copy exactly, such as a gift card code */
  | { kind: "code"; text: string }
  | { kind: "quote"; text: string }
  | { kind: "note"; text: string };

export type RenderedMail = { subject: string; html: string; text: string };

const muted = "color:#57534e";

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case "heading":
      return `<h1 style="font-size:22px;font-weight:normal;margin:0 0 16px">${escapeHtml(block.text)}</h1>`;
    case "paragraph":
      return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(block.text)}</p>`;
    case "note":
      return `<p style="margin:0 0 16px;line-height:1.5;${muted}">${escapeHtml(block.text)}</p>`;
    case "button":
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.href)}" style="display:inline-block;background:#1c1917;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-family:Arial,sans-serif">${escapeHtml(block.text)}</a></p>`;
    case "items":
      return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 8px">${block.items
        .map(
          (item) => `<tr>
<td style="padding:8px 12px 8px 0;border-bottom:1px solid #e7e5e4;width:64px;vertical-align:top">${
            item.imageUrl ? `<img src="${escapeHtml(item.imageUrl)}" alt="" width="64" height="64" style="display:block;width:64px;height:64px;object-fit:cover;border-radius:4px">` : ""
          }</td>
<td style="padding:8px 0;border-bottom:1px solid #e7e5e4;vertical-align:top">${item.quantity} × ${escapeHtml(item.title)}${
            item.description ? `<br><span style="${muted};font-size:14px">${escapeHtml(item.description)}</span>` : ""
          }</td>
<td style="padding:8px 0;border-bottom:1px solid #e7e5e4;text-align:right;vertical-align:top;white-space:nowrap">${escapeHtml(item.amount)}</td>
</tr>`,
        )
        .join("\n")}</table>`;
    case "amounts":
      return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 16px">${block.lines
        .map((line) => {
          const weight = line.strong ? "font-weight:bold;" : "";
          return `<tr><td style="padding:4px 0;text-align:right;${weight}">${escapeHtml(line.label)}</td><td style="padding:4px 0 4px 16px;text-align:right;white-space:nowrap;width:1%;${weight}">${escapeHtml(line.text)}</td></tr>`;
        })
        .join("\n")}</table>`;
    case "address":
      return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(block.title)}<br>${block.lines.map(escapeHtml).join("<br>")}</p>`;
    case "code":
      return `<p style="margin:0 0 16px;font-size:20px;letter-spacing:2px;font-family:monospace"><strong>${escapeHtml(block.text)}</strong></p>`;
    case "quote":
      return `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #d6d3d1;white-space:pre-line">${escapeHtml(block.text)}</blockquote>`;
  }
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case "heading":
    case "paragraph":
    case "note":
    case "code":
      return block.text;
    case "quote":
      return block.text
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "button":
      return `${block.text}: ${block.href}`;
    case "items":
      return block.items.map((i) => `${i.quantity} × ${i.title}${i.description ? ` (${i.description})` : ""}: ${i.amount}`).join("\n");
    case "amounts":
      return block.lines.map((line) => `${line.label}: ${line.text}`).join("\n");
    case "address":
      return [block.title, ...block.lines].join("\n");
  }
}

/** `publicUrl` is where the shop's name at the foot links to; a mail made where it is not known names the shop unlinked. */
export function renderMail(mail: { subject: string; blocks: MailBlock[]; publicUrl?: string }): RenderedMail {
  const footerText = [STUDIO.name, ...STUDIO.address.slice(1)].join(" · ");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(mail.subject)}</title></head>
<body style="margin:0;background:#fafaf9">
<div style="font-family:Georgia,serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px;background:#ffffff">
${mail.blocks.map(blockHtml).join("\n")}
<p style="margin:32px 0 0;padding-top:16px;border-top:1px solid #e7e5e4;font-size:13px;${muted}">${
    mail.publicUrl ? `<a href="${escapeHtml(mail.publicUrl)}" style="${muted}">${escapeHtml(STUDIO.name)}</a>` : escapeHtml(STUDIO.name)
  } · ${STUDIO.address.slice(1).map(escapeHtml).join(" · ")}</p>
</div>
</body></html>`;
  const text = [...mail.blocks.map(blockText), "--", footerText, ...(mail.publicUrl ? [mail.publicUrl] : [])].join("\n\n");
  return { subject: mail.subject, html, text };
}
