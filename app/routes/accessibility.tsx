import { LegalText } from "../components/legal-text";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/accessibility";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).legal.footer.accessibility} – Fahrplan` }];
}

export default function Accessibility() {
  const t = useMessages().legal.accessibility;
  return <LegalText title={t.title} intro={t.intro} sections={t.sections} footnote={t.prepared} />;
}
