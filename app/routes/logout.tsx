import { redirect } from "react-router";

/** GET changes nothing: logging out is a POST (the button in the header). */
export function loader() {
  return redirect("/");
}

export { performLogoutAction as action } from "./logout.server";
