// Health: background jobs that failed, are stuck or keep retrying, each with its last error and, for
// a failed or retrying one, a retry (a POST that works without JavaScript); then the payment
// anomalies, newest first, 25 a page, each with what it means and the order it concerns.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { AnomalyRow } from "../../server/admin/health/payment-anomalies";
import type { JobState, TroubledJob } from "../../server/admin/health/troubled-jobs";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Notice } from "~/components/ui/notice";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, DomainError, listPaymentAnomalies, listTroubledJobs, requireAdmin, retryJob, retryJobInput } from "~/lib/admin-health.server";
import { handleForm } from "~/lib/forms.server";
import { formFailureOf } from "~/shared/form-result";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const before = new URL(args.request.url).searchParams.get("before") ?? undefined;
  const jobs = await listTroubledJobs(args.context.db);
  try {
    const anomalies = await listPaymentAnomalies(args.context.db, { before });
    return json({ ...jobs, anomalies, isFirstPage: before === undefined, problem: null }, { headers: adminResponseHeaders });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return json({ ...jobs, anomalies: { rows: [] as AnomalyRow[], nextBefore: null }, isFirstPage: true, problem: error.message }, { status: 400, headers: adminResponseHeaders });
  }
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireAdmin(args);
  return handleForm(args.request, retryJobInput, async (input) => {
    const retried = await retryJob(args.context.db, admin, input);
    return json({ ok: true as const, retried: retried.task }, { headers: adminResponseHeaders });
  });
}

export const meta: MetaFunction = () => adminMeta("Health");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const linkClass = "inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";
const STATE_LABELS: Record<JobState, string> = { failed: "Failed", stuck: "Stuck", retrying: "Retrying" };
const STATE_CLASSES: Record<JobState, string> = {
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  stuck: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  retrying: "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100",
};

function JobCard({ job, busy }: { job: TroubledJob; busy: boolean }) {
  return (
    <article aria-labelledby={`job-${job.id}`} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <header className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_CLASSES[job.state]}`}>{STATE_LABELS[job.state]}</span>
        <h3 id={`job-${job.id}`} className="font-mono text-sm">
          {job.task} <span className="text-stone-600 dark:text-stone-400">#{job.id}</span>
        </h3>
      </header>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-stone-600 dark:text-stone-400">Attempts</dt>
        <dd>
          {job.attempts} of {job.maxAttempts}
        </dd>
        {job.state === "stuck" && job.lockedAt ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Held since</dt>
            <dd>
              <time dateTime={job.lockedAt}>{when.format(new Date(job.lockedAt))}</time>
            </dd>
          </>
        ) : (
          <>
            <dt className="text-stone-600 dark:text-stone-400">{job.state === "failed" ? "Gave up" : "Next attempt"}</dt>
            <dd>
              <time dateTime={job.runAt}>{when.format(new Date(job.runAt))}</time>
            </dd>
          </>
        )}
        {job.key ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Key</dt>
            <dd className="break-all font-mono text-xs">{job.key}</dd>
          </>
        ) : null}
      </dl>
      {job.lastError ? <pre className="mt-3 max-h-40 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-100 p-2 font-mono text-xs dark:bg-stone-900">{job.lastError}</pre> : null}
      {job.state === "stuck" ? (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">A worker took this job over 15 minutes ago and has not finished it. A worker that dies is replaced and its jobs freed at once; if the whole machine was lost, the job runs again when its lock is four hours old (decision 017 says how to free it sooner).</p>
      ) : (
        <Form method="post" className="mt-3">
          <input type="hidden" name="id" value={job.id} />
          <Button variant="secondary" busy={busy} busyLabel="Retrying…">
            Retry now<span className="sr-only"> {job.task} #{job.id}</span>
          </Button>
        </Form>
      )}
    </article>
  );
}

function AnomalyCard({ anomaly }: { anomaly: AnomalyRow }) {
  return (
    <article aria-labelledby={`anomaly-${anomaly.id}`} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`anomaly-${anomaly.id}`} className="font-mono text-sm">
          {anomaly.kind}
        </h3>
        <time dateTime={anomaly.at} className="text-sm text-stone-600 dark:text-stone-400">
          {when.format(new Date(anomaly.at))}
        </time>
      </header>
      <p className="mt-2">{anomaly.label}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {anomaly.orderNumber ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Order</dt>
            <dd>
              <Link to={`/admin/orders/${anomaly.orderNumber}`} className="underline underline-offset-2">
                {anomaly.orderNumber}
              </Link>
            </dd>
          </>
        ) : null}
        <dt className="text-stone-600 dark:text-stone-400">Event</dt>
        <dd className="break-all font-mono text-xs">
          {anomaly.eventType} {anomaly.eventId}
        </dd>
        {anomaly.providerSessionId ? (
          <>
            <dt className="text-stone-600 dark:text-stone-400">Checkout session</dt>
            <dd className="break-all font-mono text-xs">{anomaly.providerSessionId}</dd>
          </>
        ) : null}
        {anomaly.details.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-stone-600 dark:text-stone-400">{key}</dt>
            <dd className="break-all font-mono text-xs">{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

export default function AdminHealth() {
  const { jobs, counts, anomalies, isFirstPage, problem } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const failure = formFailureOf(answer);
  const pending = useNavigation().formData?.get("id");
  return (
    <div>
      <h1 className="font-serif text-3xl">Health</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Times are UTC.</p>
      {answer && "retried" in answer ? (
        <Notice tone="success" className="mt-6">
          The {answer.retried} job runs again now.
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error" className="mt-6">
          {failure.formError ?? Object.values(failure.fieldErrors).join(" ")}
        </Notice>
      ) : null}
      <section aria-labelledby="jobs-heading" className="mt-8">
        <h2 id="jobs-heading" className="text-xl font-medium">
          Background jobs
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          {counts.failed} failed, {counts.stuck} stuck, {counts.retrying} retrying.
        </p>
        {jobs.length === 0 ? (
          <EmptyState title="Every background job is running as it should." />
        ) : (
          <ul className="mt-4 grid gap-4 lg:grid-cols-2">
            {jobs.map((job) => (
              <li key={job.id}>
                <JobCard job={job} busy={pending === job.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="anomalies-heading" className="mt-10">
        <h2 id="anomalies-heading" className="text-xl font-medium">
          Payment anomalies
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">Payment events that did not match what was sold. Nothing was fulfilled for them; each needs a look.</p>
        {problem ? (
          <Notice tone="error" className="mt-4">
            {problem}
          </Notice>
        ) : null}
        {anomalies.rows.length === 0 ? (
          <EmptyState title={isFirstPage ? "No payment anomaly has been recorded." : "No older anomalies."} />
        ) : (
          <ul className="mt-4 flex flex-col gap-4">
            {anomalies.rows.map((anomaly) => (
              <li key={anomaly.id}>
                <AnomalyCard anomaly={anomaly} />
              </li>
            ))}
          </ul>
        )}
        {!isFirstPage || anomalies.nextBefore !== null ? (
          <nav aria-label="Pages of anomalies" className="mt-6 flex justify-between gap-4">
            {!isFirstPage ? (
              <Link to="/admin/health" className={linkClass}>
                Newest anomalies
              </Link>
            ) : (
              <span />
            )}
            {anomalies.nextBefore !== null ? (
              <Link to={`/admin/health?before=${anomalies.nextBefore}`} rel="next" className={linkClass}>
                Older anomalies
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
