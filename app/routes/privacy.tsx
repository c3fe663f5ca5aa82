import { LegalText } from "../components/legal-text";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/privacy";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).legal.footer.privacy} – Fahrplan` }];
}

export default function Privacy() {
  const t = useMessages().legal.privacy;
  return <LegalText title={t.title} intro={t.intro} sections={t.sections} />;
}
