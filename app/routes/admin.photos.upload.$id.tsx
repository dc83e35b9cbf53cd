// Takes a photo's image as a multipart form (its own body limit in server/http/body-limit.ts) and
// goes back to the photo's page; a refused file gets a 400 saying why.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { adminResponseHeaders, requireAdmin } from "~/lib/admin.server";
import { escapeHtml } from "~/shared/escape-html";
import { DomainError, readForm, uploadPhotoOriginal } from "~/lib/admin-catalogue.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  return redirect(`/admin/photos/${encodeURIComponent(args.params.id ?? "")}`, { status: 303, headers: adminResponseHeaders });
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  const { db, storage, log } = args.context;
  const page = `/admin/photos/${encodeURIComponent(args.params.id ?? "")}`;
  try {
    const form = await readForm(args.request);
    const file = form.get("image");
    if (!(file instanceof Blob) || file.size === 0) throw new DomainError("BadInput", "Choose an image file to upload.", "image");
    await uploadPhotoOriginal({ db, storage, log }, admin, args.params.id, Buffer.from(await file.arrayBuffer()));
    return redirect(`${page}?done=uploaded`, { status: 303, headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.kind === "NotFound") throw new Response(error.message, { status: 404, headers: adminResponseHeaders });
    // A 400 the browser shows as it is: the file was refused, and the way back to the photo.
    const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Image refused</title><main><h1>The image was not stored</h1><p>${escapeHtml(error.message)}</p><p><a href="${escapeHtml(page)}">Back to the photo</a></p></main></html>`;
    return new Response(body, { status: 400, headers: { ...adminResponseHeaders, "Content-Type": "text/html; charset=utf-8" } });
  }
}
