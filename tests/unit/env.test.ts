import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv } from "../../server/env";

describe("configuration from the environment", () => {
  it("has defaults for everything", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", DATABASE_PATH: "./data/fahrplan.db" });
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ PORT: "" }).PORT).toBe(3000);
  });

  it.each([
    ["PORT", "dreitausend"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["LOG_LEVEL", "loud"],
    ["NODE_ENV", "staging"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(name));
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(parseEnv({}))).toBe(true);
  });
});
