import { describe, expect, it } from "vitest";
import { excerptOf } from "../../shared/excerpt";

describe("a contribution's excerpt", () => {
  it("is the whole text on one line when it fits", () => {
    expect(excerptOf("Akten  liegen\nauf Papier.", 60)).toBe("Akten liegen auf Papier.");
  });

  it("is cut at a word boundary, never inside a word, and says that it is cut", () => {
    const text = "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind für Bürger nicht verknüpft.";
    expect(excerptOf(text, 40)).toBe("Das Nutzerkonto des Bundes und das…");
    expect(excerptOf(text, 60)).toBe("Das Nutzerkonto des Bundes und das Servicekonto Thüringen…");
  });

  it("drops a trailing comma or dash before the ellipsis, and cuts a single overlong word all the same", () => {
    expect(excerptOf("Erstens, zweitens, drittens und so weiter", 20)).toBe("Erstens, zweitens…");
    expect(excerptOf("Donaudampfschifffahrtsgesellschaftskapitän", 10)).toBe("Donaudamp…");
  });
});
