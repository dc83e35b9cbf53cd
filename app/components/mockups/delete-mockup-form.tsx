// The owner's "Delete", which works without JavaScript: the first press only asks, the second
// ("Yes, delete it", carrying `confirmed`) deletes.
import { Form, Link } from "@remix-run/react";
import { Button, buttonClass } from "~/components/ui/button";

export function DeleteMockupForm({ mockupId, asking }: { mockupId: string; asking: boolean }) {
  if (!asking) {
    return (
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <Button variant="quiet">Delete</Button>
      </Form>
    );
  }
  return (
    <Form method="post" role="alertdialog" aria-labelledby="delete-question" className="rounded-md border border-red-300 p-4 dark:border-red-700">
      <p id="delete-question" className="text-stone-900 dark:text-stone-100">
        Delete this mockup? Its link will stop working for everyone you shared it with.
      </p>
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="confirmed" value="on" />
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="primary">Yes, delete it</Button>
        <Link to={`/mockups/${mockupId}`} className={buttonClass("secondary")}>
          Keep it
        </Link>
      </div>
    </Form>
  );
}
