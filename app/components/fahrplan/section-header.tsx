import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField } from "../form-field";
import type { FahrplanRefusal } from "./action-data";

interface SectionHeaderProps {
  section: { id: string; title: string };
  headingId: string;
  isFirst: boolean;
  isLast: boolean;
  action: string;
  refusal: FahrplanRefusal | null;
}

/** A section's title, with the forms to rename it and to move it one place up or down. */
export function SectionHeader({ section, headingId, isFirst, isLast, action, refusal }: SectionHeaderProps) {
  const t = useMessages().fahrplan.section;
  return (
    <header className="section-header">
      <h2 id={headingId}>{section.title}</h2>
      <FormError message={refusal?.error} />
      <div className="section-tools">
        {/* Keyed by title: after a rename the field shows the new title. */}
        <Form key={section.title} method="post" action={action} preventScrollReset className="inline-form">
          <input type="hidden" name="intent" value="rename-section" />
          <input type="hidden" name="sectionId" value={section.id} />
          <FormField
            label={t.renameLabel(section.title)}
            name="title"
            defaultValue={section.title}
            required
            maxLength={200}
            error={refusal?.fieldErrors.title}
          />
          <button type="submit">{t.rename}</button>
        </Form>
        <Form method="post" action={action} preventScrollReset className="inline-form">
          <input type="hidden" name="intent" value="move-section" />
          <input type="hidden" name="sectionId" value={section.id} />
          <button type="submit" name="direction" value="up" disabled={isFirst} aria-describedby={headingId}>
            {t.up}
          </button>
          <button type="submit" name="direction" value="down" disabled={isLast} aria-describedby={headingId}>
            {t.down}
          </button>
        </Form>
      </div>
    </header>
  );
}
