import { Form } from "react-router";
import type { RoadmapEntry } from "../../../db/schema";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField, TextAreaField } from "../form-field";
import type { FahrplanRefusal } from "./action-data";
import { ConflictNotice } from "./conflict-notice";
import { typedOf } from "./entry-values";
import { SelectField } from "./select-field";

interface EntryFormProps {
  entry: RoadmapEntry;
  action: string;
  /** The refusal of this entry's last save, if any: its typed values are shown instead of the saved ones. */
  refusal: FahrplanRefusal | null;
}

/**
 * The form to edit an entry's fields. It sends the version it was based on; a save on an outdated version
 * is refused and shown as a conflict, with the moderator's typed values kept in the form. After such a
 * conflict the form carries the version now saved, so that saving again deliberately replaces it.
 */
export function EntryForm({ entry, action, refusal }: EntryFormProps) {
  const fahrplan = useMessages().fahrplan;
  const t = fahrplan.entry;
  const fields = fahrplan.fields;
  const values = refusal?.values ?? typedOf(entry);
  const version = refusal?.conflict?.current.version ?? entry.version;
  const errors = refusal?.fieldErrors ?? {};
  return (
    <Form method="post" action={action} preventScrollReset className="stacked-form entry-form">
      <input type="hidden" name="intent" value="update-entry" />
      <input type="hidden" name="entryId" value={entry.id} />
      <input type="hidden" name="version" value={String(version)} />
      {refusal?.conflict ? (
        <ConflictNotice current={refusal.conflict.current} />
      ) : (
        <FormError message={refusal?.error} />
      )}
      <FormField
        label={t.title}
        name="title"
        defaultValue={values.title}
        required
        maxLength={200}
        error={errors.title}
      />
      <TextAreaField
        label={t.problemStatement}
        name="problemStatement"
        defaultValue={values.problemStatement}
        rows={4}
        error={errors.problemStatement}
      />
      <TextAreaField
        label={t.steps}
        name="steps"
        defaultValue={values.steps}
        rows={4}
        hint={t.stepsHint}
        error={errors.steps}
      />
      <div className="entry-form-row">
        <SelectField
          label={t.responsibleParty}
          name="responsibleParty"
          options={fields.responsibleParties}
          defaultValue={values.responsibleParty}
          emptyLabel={t.choose}
          error={errors.responsibleParty}
        />
        <FormField
          label={t.responsibleOther}
          name="responsibleOther"
          defaultValue={values.responsibleOther}
          maxLength={200}
          hint={t.responsibleOtherHint}
          error={errors.responsibleOther}
        />
      </div>
      <div className="entry-form-row">
        <SelectField
          label={t.timeHorizon}
          name="timeHorizon"
          options={fields.timeHorizons}
          defaultValue={values.timeHorizon}
          emptyLabel={t.choose}
          error={errors.timeHorizon}
        />
        <FormField
          label={t.targetQuarter}
          name="targetQuarter"
          defaultValue={values.targetQuarter}
          placeholder="2019-Q3"
          maxLength={20}
          hint={t.targetQuarterHint}
          error={errors.targetQuarter}
        />
      </div>
      <div className="entry-form-row">
        <SelectField
          label={t.priority}
          name="priority"
          options={fields.priorities}
          defaultValue={values.priority}
          emptyLabel={t.choose}
          error={errors.priority}
        />
        <SelectField
          label={t.status}
          name="status"
          options={fields.statuses}
          defaultValue={values.status}
          error={errors.status}
        />
      </div>
      <button type="submit">{t.save}</button>
    </Form>
  );
}
