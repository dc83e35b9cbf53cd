// Text into HTML or XML (mail bodies, the sitemap): the five characters that could end a text or an attribute.
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c]!);
