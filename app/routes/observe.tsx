import { Form } from "react-router";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/observe";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).observe.title} – Fahrplan` }];
}

/** Opening the link only shows a button: a GET never creates a session. */
export { loadObserve as loader, performObserveAction as action } from "./observe.server";

export default function Observe() {
  const t = useMessages();
  return (
    <main id="inhalt" className="page">
      <h1>{t.observe.title}</h1>
      <p>{t.observe.intro}</p>
      <Form method="post">
        <button type="submit">{t.observe.submit}</button>
      </Form>
    </main>
  );
}
