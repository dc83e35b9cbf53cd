// /assistant: the shop's assistant as a plain page, for browsers without JavaScript (the header's
// "Ask" link lands here; with JavaScript it opens the chat panel instead). A message is posted, the
// turn runs to its end on the server, and the page shows the session's latest conversation.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ChatMessages } from "~/components/chat/chat-messages";
import { ErrorView } from "~/components/error-view";
import { Button } from "~/components/ui/button";
import { FormErrors } from "~/components/ui/form-errors";
import { TextField } from "~/components/ui/text-field";
import { answerOnPage, assistantFormSchemaFor, latestConversation, startOverOnPage } from "~/lib/chat.server";
import { handleForm } from "~/lib/forms.server";
import { buildSeo, mergeMeta, seoMeta } from "~/lib/seo";
import { formFailureOf } from "~/shared/form-result";

export async function loader({ context }: LoaderFunctionArgs) {
  const conversation = await latestConversation(context);
  return json({
    conversation,
    assistant: context.llm.kind,
    seo: buildSeo(context.env.PUBLIC_URL, { title: "Ask the assistant", path: "/assistant", noindex: true }),
  });
}

// Post, run the whole turn, then redirect (303) to the page: a reload never asks the model twice.
export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, assistantFormSchemaFor, async (input) => {
    if ("message" in input) await answerOnPage(context, input, request.signal);
    else await startOverOnPage(context);
    return redirect("/assistant", 303);
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? mergeMeta(matches, seoMeta(data.seo)) : [{ title: "Ask the assistant" }]);

export default function AssistantPage() {
  const { conversation, assistant } = useLoaderData<typeof loader>();
  const failure = formFailureOf(useActionData<typeof action>());
  const sending = useNavigation().state === "submitting";
  const messages = conversation.messages.map((m) => ({ ...m, activity: null, error: null }));
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="font-serif text-3xl">Ask the assistant</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {assistant === "offline"
          ? "This is the shop's offline assistant: it follows fixed rules, not an AI model, and knows the common requests — finding prints, their sizes and prices, your cart and your orders."
          : "Answers come from an AI model and can be wrong; prices, your cart and your orders are the shop's own."}
      </p>
      {messages.length > 0 ? (
        <div className="mt-8">
          <ChatMessages messages={messages} follow={false} />
        </div>
      ) : null}
      <Form method="post" noValidate className="mt-8 grid gap-4">
        <FormErrors failure={failure} />
        {conversation.conversationId ? <input type="hidden" name="conversation" value={conversation.conversationId} /> : null}
        <TextField
          multiline
          label="Your message"
          name="message"
          rows={3}
          required
          maxLength={2000}
          placeholder="Show me sunset prints under $200"
          defaultValue={failure?.values.message}
          error={failure?.fieldErrors.message}
        />
        <Button busy={sending} busyLabel="Waiting for the answer…" className="justify-self-start">
          Send
        </Button>
      </Form>
      {messages.length > 0 ? (
        <Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="new" />
          <Button variant="secondary">New conversation</Button>
        </Form>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorView />;
}
