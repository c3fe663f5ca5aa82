import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { SelectField } from "./select-field";
import type { ContributionRef } from "./types";

/** The contributions that can be the original: any other live one of the event, grouped by track. */
function originalsByTrack(refs: ContributionRef[], contributionId: string): [string, ContributionRef[]][] {
  const groups = new Map<string, ContributionRef[]>();
  for (const ref of refs) {
    if (ref.id === contributionId || ref.deleted) continue;
    groups.set(ref.trackTitle, [...(groups.get(ref.trackTitle) ?? []), ref]);
  }
  return [...groups];
}

/** Marks an open contribution as a duplicate of another contribution of the event. */
export function DuplicateForm(props: { action: string; contributionId: string; refs: ContributionRef[] }) {
  const { action, contributionId, refs } = props;
  const board = useMessages().board;
  const t = board.decide;
  return (
    <Form method="post" action={action} className="board-decide-form">
      <input type="hidden" name="contributionId" value={contributionId} />
      <SelectField label={t.duplicateOf} name="duplicateOfId" required defaultValue="">
        <option value="">{t.chooseOriginal}</option>
        {originalsByTrack(refs, contributionId).map(([trackTitle, originals]) => (
          <optgroup key={trackTitle} label={trackTitle}>
            {originals.map((ref) => (
              <option key={ref.id} value={ref.id}>
                {`${board.kinds[ref.kind]}: ${ref.excerpt}`}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <button type="submit" name="intent" value="duplicate">
        {t.markDuplicate}
      </button>
    </Form>
  );
}
