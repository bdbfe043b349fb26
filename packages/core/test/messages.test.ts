import { describe, expect, it } from "vitest";
import { LOCALES, MESSAGES } from "../src/index.js";

function flatten(value: object, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) =>
      typeof v === "string" ? [[`${prefix}${key}`, v]] : Object.entries(flatten(v as object, `${prefix}${key}.`)),
    ),
  );
}

describe("the message table", () => {
  const english = flatten(MESSAGES.en);

  it.each(LOCALES)("%s has every message, none empty, with the same placeholders", (locale) => {
    const table = flatten(MESSAGES[locale]);
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(table)) {
      expect(text.trim(), `${locale}.${key}`).not.toBe("");
      expect(text.match(/\{\w+\}/g) ?? [], `${locale}.${key}`).toEqual(english[key]?.match(/\{\w+\}/g) ?? []);
    }
  });

  it("writes Łacinka in Latin letters and Cyrillic locales in Cyrillic", () => {
    for (const text of Object.values(flatten(MESSAGES["be-Latn"]))) expect(text).not.toMatch(/[\u0400-\u04ff]/);
    for (const locale of ["be", "be-tarask", "ru"] as const) {
      expect(MESSAGES[locale].upcomingDates).toMatch(/^[\u0400-\u04ff ]+$/);
    }
  });
});
