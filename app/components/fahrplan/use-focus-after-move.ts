import { type RefObject, useEffect, useRef } from "react";
import { useNavigation } from "react-router";

/**
 * "Nach oben"/"Nach unten" reload the editor with the entry at its new place; React moves the entry's
 * card, and a moved element loses the focus, which falls to <body>: a keyboard user would start again at
 * the top of the page. This puts the focus back on the button that was pressed, or on the other one when
 * the entry now stands at that end and the pressed one is disabled.
 */
export function useFocusAfterMove(
  entryId: string,
  buttons: { up: RefObject<HTMLButtonElement | null>; down: RefObject<HTMLButtonElement | null> },
): void {
  const navigation = useNavigation();
  const pressed = useRef<"up" | "down" | null>(null);
  const form = navigation.formData;
  const movingThis = form?.get("intent") === "move-entry-step" && form.get("entryId") === entryId;
  const direction = movingThis ? form?.get("direction") : null;
  useEffect(() => {
    if (direction === "up" || direction === "down") {
      pressed.current = direction;
      return;
    }
    if (navigation.state !== "idle" || pressed.current === null) return;
    const [wanted, other] = pressed.current === "up" ? [buttons.up, buttons.down] : [buttons.down, buttons.up];
    pressed.current = null;
    (wanted.current && !wanted.current.disabled ? wanted.current : other.current)?.focus();
  }, [direction, navigation.state, buttons.up, buttons.down]);
}
