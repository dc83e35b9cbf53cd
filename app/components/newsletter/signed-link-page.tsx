// The page a newsletter mail's signed link opens (/newsletter/confirm, /newsletter/unsubscribe):
// opening it changes nothing and shows one button; the POST of that button (the link's two values
// as hidden fields) does the work, so a mail scanner that follows links changes no one's list.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";

/** The signed link's two values, from its query or from the button's fields. */
export const signedLinkOf = (params: URLSearchParams | FormData) => ({ s: params.get("s"), sig: params.get("sig") });

export type SignedLinkPageProps = {
  /** what the press did, or that it was done before: a success notice */
  done: ReactNode | null;
  /** the link is not ours: an error notice with a way on */
  invalid: ReactNode | null;
  /** the link still has work to do: the form with its button */
  form: { link: { s: string; sig: string }; intro: string; button: string } | null;
};

export function SignedLinkPage({ done, invalid, form }: SignedLinkPageProps) {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <h1 className="font-serif text-3xl">Letters from the studio</h1>
      {done ? (
        <Notice tone="success" className="mt-4">
          {done}
        </Notice>
      ) : invalid ? (
        <Notice tone="error" className="mt-4">
          {invalid}
        </Notice>
      ) : form ? (
        <Form method="post" className="mt-6">
          <p className="mb-4">{form.intro}</p>
          <input type="hidden" name="s" value={form.link.s} />
          <input type="hidden" name="sig" value={form.link.sig} />
          <Button>{form.button}</Button>
        </Form>
      ) : null}
      <Link to="/" className="mt-8 inline-block py-2 underline underline-offset-2">
        Continue browsing
      </Link>
    </div>
  );
}
