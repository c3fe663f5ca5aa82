import type { ComponentProps } from "react";

/**
 * The submit button of an action that is hard to take back (renewing the join code, withdrawing rights):
 * it looks like one, and asks before it submits (issue #14.7). The browser's own dialog: keyboard and
 * screen readers know it, and it needs no code of ours to trap the focus.
 */
export function ConfirmButton({ question, ...button }: ComponentProps<"button"> & { question: string }) {
  return (
    <button
      type="submit"
      className="danger-button"
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
      {...button}
    />
  );
}
