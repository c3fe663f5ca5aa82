import { type DragEvent, useState } from "react";
import { useSubmit } from "react-router";

/**
 * Drag and drop of entries with the mouse, within and between sections. A drop submits the same
 * `move-entry` form as everything else, so the server decides as always; keyboard users have the move
 * buttons instead. Dropping on an entry puts the dragged one before or after it (upper or lower half);
 * dropping on a section's end zone puts it last.
 */
export interface EntryDrag {
  dragged: string | null;
  over: string | null;
  /** Handlers for the card of an entry (drag starts on its draggable handle and bubbles up). */
  cardProps(entryId: string, sectionId: string, sectionEntryIds: string[]): DragHandlers;
  /** Handlers for the zone after a section's last entry. */
  endZoneProps(sectionId: string, sectionEntryIds: string[]): DragHandlers;
}

interface DragHandlers {
  onDragStart?: (event: DragEvent<HTMLElement>) => void;
  onDragEnd?: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

export function useEntryDrag(action: string): EntryDrag {
  const submit = useSubmit();
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  function finish() {
    setDragged(null);
    setOver(null);
  }

  function move(entryId: string, sectionId: string, position: number) {
    submit(
      { intent: "move-entry", entryId, sectionId, position: String(position) },
      { method: "post", action, preventScrollReset: true },
    );
  }

  /** Handlers of a drop target; `positionOf` gives the 1-based place among the section's other entries. */
  function target(
    key: string,
    sectionId: string,
    positionOf: (moving: string, event: DragEvent<HTMLElement>) => number,
  ) {
    return {
      onDragOver(event: DragEvent<HTMLElement>) {
        // Only entries of this page are accepted, not text or files dragged in from elsewhere.
        if (!dragged) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(key);
      },
      onDragLeave() {
        setOver((current) => (current === key ? null : current));
      },
      onDrop(event: DragEvent<HTMLElement>) {
        if (!dragged) return;
        event.preventDefault();
        event.stopPropagation();
        const moving = dragged;
        finish();
        if (moving !== key) move(moving, sectionId, positionOf(moving, event));
      },
    };
  }

  return {
    dragged,
    over,
    cardProps(entryId, sectionId, sectionEntryIds) {
      return {
        onDragStart(event) {
          event.dataTransfer.setData("text/plain", entryId);
          event.dataTransfer.effectAllowed = "move";
          setDragged(entryId);
        },
        onDragEnd: finish,
        ...target(entryId, sectionId, (moving, event) => {
          const others = sectionEntryIds.filter((id) => id !== moving);
          const box = event.currentTarget.getBoundingClientRect();
          const after = event.clientY > box.top + box.height / 2;
          return others.indexOf(entryId) + 1 + (after ? 1 : 0);
        }),
      };
    },
    endZoneProps(sectionId, sectionEntryIds) {
      return target(`end:${sectionId}`, sectionId, (moving) => {
        return sectionEntryIds.filter((id) => id !== moving).length + 1;
      });
    },
  };
}
