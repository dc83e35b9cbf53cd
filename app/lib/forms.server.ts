// How every form action runs (decision 015): read the body, parse it with the domain's field schema,
// do the work; a refused input or a domain error becomes a typed FormFailure with its 4xx status.
import { json, type TypedResponse } from "@remix-run/node";
import type { z } from "zod";
import type { FormFailure } from "~/shared/form-result";
import { DomainError, httpStatusOf } from "../../server/errors";
import { failureFromError, parseForm, type FieldOf, type FormOptions } from "../../server/forms/parse-form";
import { readForm } from "../../server/forms/read-form";

export type FormAnswer<S extends z.ZodType> = TypedResponse<FormFailure<FieldOf<S>>>;

export async function handleForm<S extends z.ZodType, R>(
  request: Request,
  /** the field schema, or a choice of one by what was posted */
  schema: S | ((form: FormData) => S),
  run: (input: z.output<S>, form: FormData) => Promise<R>,
  options: FormOptions = {},
): Promise<R | FormAnswer<S>> {
  let form: FormData;
  try {
    form = await readForm(request);
  } catch (error) {
    const failure = failureFromError<FieldOf<S>>(error, {});
    if (!failure) throw error;
    return json(failure, { status: 400 });
  }
  const parsed = parseForm(schema instanceof Function ? schema(form) : schema, form, options);
  if (!parsed.ok) return json(parsed.failure, { status: 400 });
  try {
    return await run(parsed.data, form);
  } catch (error) {
    const failure = failureFromError<FieldOf<S>>(error, parsed.values);
    if (!failure || !(error instanceof DomainError)) throw error;
    return json(failure, { status: httpStatusOf(error) });
  }
}
