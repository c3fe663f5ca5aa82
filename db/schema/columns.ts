import { integer } from "drizzle-orm/sqlite-core";

/** Creation time in milliseconds since the epoch, set by the database layer when a row is inserted. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
