// The body of a form post. The edge answers a body that is not a form at all with 415; a form body
// that does not parse (a broken multipart) is the shopper's request at fault, not the server.
import { badInput } from "../errors";

export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw badInput("The form could not be read. Please reload the page and try again.");
  }
}
