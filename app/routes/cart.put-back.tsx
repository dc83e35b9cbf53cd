// POST /cart/put-back: the "Put it back" form the cart page shows after a Remove or Empty the cart
// posted without JavaScript. Back to the cart page (303) either way; a refusal says so there.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { putBackFormSchema, putBackLines } from "~/lib/cart.server";
import { handleForm } from "~/lib/forms.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const answer = await handleForm(request, putBackFormSchema, async (input) => {
    await putBackLines(context.db, context.session, input);
    return redirect("/cart", 303);
  });
  if (answer.status < 400) return answer;
  return redirect("/cart?putBackRefused=1", 303);
}

export async function loader() {
  return redirect("/cart", 303);
}
