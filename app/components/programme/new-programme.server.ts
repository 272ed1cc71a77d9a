import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { koers } from "../../lib/context.server";
import { formErrorsOf } from "../../lib/trpc-errors.server";
import { text, valuesOf, type FormResult } from "../../lib/form-data";

/**
 * The action behind NewProgrammeForm: creates the programme (programme.create checks
 * programme.manage) and opens it. On a refusal it answers with the errors and what was typed,
 * for `<NewProgrammeForm errors={data.errors} values={data.values} />`.
 */
export async function newProgrammeAction({ request, params, context }: ActionFunctionArgs) {
  const { trpc } = koers(context);
  const form = await request.formData();
  const slug = params.slug ?? "";
  try {
    const created = await trpc.programme.create({
      municipalitySlug: slug,
      title: text(form, "title"),
      termStart: text(form, "termStart"),
      termEnd: text(form, "termEnd"),
    });
    return redirect(`/g/${slug}/programma/${created.id}`);
  } catch (error) {
    return json<FormResult>({ intent: "createProgramme", ok: null, errors: formErrorsOf(error, request), values: valuesOf(form) }, { status: 400 });
  }
}
