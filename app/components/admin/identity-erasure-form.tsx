import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";

/**
 * The admin's form to erase or pseudonymise the participants' identities after the event. A radio group
 * and a confirmation box, because the step cannot be undone; the server checks both again.
 */
export function IdentityErasureForm({ error, done }: { error: string | null; done: string | null }) {
  const t = useMessages().erasure;
  return (
    <section aria-labelledby="erasure-heading" className="admin-section">
      <h2 id="erasure-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="erase-identities" />
        <fieldset>
          <legend>{t.modeLegend}</legend>
          <label className="choice">
            <input type="radio" name="mode" value="pseudonymise" defaultChecked /> {t.pseudonymise}
          </label>
          <label className="choice">
            <input type="radio" name="mode" value="erase" /> {t.erase}
          </label>
        </fieldset>
        <label className="choice">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "erasure-error" : undefined}
          />{" "}
          {t.confirm}
        </label>
        {error && (
          <p id="erasure-error" className="error">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="button-danger">
            {t.submit}
          </button>
        </div>
      </Form>
    </section>
  );
}
