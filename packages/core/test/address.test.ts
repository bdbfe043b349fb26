import { describe, expect, it } from "vitest";
import { Document, type DocumentInput, formatProblem, resolve } from "../src/index.js";
import { BRIEF_HEAD, errorsOf, load } from "./helpers.js";

const SITE = { baseUrl: "https://belarus.example.org/" };

const COLONY = {
  name: "Прыкладаў Пётр Пятровіч, 1980 г. н.",
  institution: "ПК-17",
  street: "вул. Прыкладная, 1",
  postcode: "213004",
  town: "г. Шклоў",
  region: "Магілёўская вобл.",
  country: "BY",
  locale: "be",
} as const;

function actionWith(addresses: DocumentInput[], locale = "en", kind = "write") {
  const doc = Document.parse({
    kind: "brief",
    id: "b",
    locale,
    title: "BelarusBrief",
    period: "2030-02",
    date: "2030-02-28",
    sections: [{ actions: [{ kind, title: "Write to political prisoners", addresses }] }],
  });
  const action = resolve(doc, SITE).all.actions[0];
  if (!action) throw new Error("the action was not resolved");
  return action;
}

describe("a postal address is resolved into envelope lines", () => {
  it("orders a Belarusian address as Belpochta reads it: postcode and town on one line", () => {
    const [address] = actionWith([COLONY as unknown as DocumentInput]).addresses;
    expect(address?.lines).toEqual([
      "Прыкладаў Пётр Пятровіч, 1980 г. н.",
      "ПК-17",
      "вул. Прыкладная, 1",
      "213004, г. Шклоў",
      "Магілёўская вобл.",
      "БЕЛАРУСЬ / BELARUS",
    ]);
    expect(address?.path).toEqual(["sections", 0, "actions", 0, "addresses", 0]);
  });

  it("orders a Russian address as Russian Post reads it: the postcode after the region, the country last", () => {
    const ru = { ...COLONY, name: "Примеров Пётр Петрович", locale: "ru", country: "RU", region: undefined };
    const [address] = actionWith([ru as unknown as DocumentInput]).addresses;
    expect(address?.lines).toEqual([
      "Примеров Пётр Петрович",
      "ПК-17",
      "вул. Прыкладная, 1",
      "г. Шклоў",
      "213004",
      "РОССИЯ / RUSSIA",
    ]);
  });

  it("marks the address's own language where it differs from the action's, and labels it in the action's", () => {
    const [inEnglish] = actionWith([COLONY as unknown as DocumentInput], "en").addresses;
    expect(inEnglish).toMatchObject({ locale: "be", lang: "be", label: "Postal address" });
    const [inBelarusian] = actionWith([COLONY as unknown as DocumentInput], "be").addresses;
    expect(inBelarusian?.lang).toBeUndefined();
    expect(inBelarusian?.label).toBe("Паштовы адрас");
  });

  it("writes the country in the address's script, Łacinka included", () => {
    const latn = { ...COLONY, locale: "be-Latn" };
    const [address] = actionWith([latn as unknown as DocumentInput]).addresses;
    expect(address?.lines.at(-1)).toBe("BIEŁARUŚ / BELARUS");
  });
});

describe("a malformed postal address is an error at its field", () => {
  const head = [...BRIEF_HEAD, "date: 2030-02-28", "sections:", "  - actions:"];
  const action = (kind: string, ...address: string[]) => [
    `      - kind: ${kind}`,
    "        title: Write to political prisoners",
    "        addresses:",
    ...address,
  ];
  const full = (overrides: Record<string, string> = {}) => {
    const fields: Record<string, string> = {
      name: "Примеров Пётр",
      institution: "ИК-17",
      street: "ул. Примерная, 1",
      postcode: '"213004"',
      town: "г. Шклов",
      country: "BY",
      locale: "ru",
      ...overrides,
    };
    return Object.entries(fields)
      .filter(([, value]) => value !== "")
      .map(([key, value], i) => `${i === 0 ? "          - " : "            "}${key}: ${value}`);
  };

  it("names a missing line", () => {
    const [problem] = errorsOf(load(...head, ...action("write", ...full({ street: "" }))));
    expect(problem).toMatchObject({ path: "sections[0].actions[0].addresses[0].street", line: 12, column: 13 });
    expect(formatProblem(problem!)).toMatch(
      /:12:13 {2}error {2}sections\[0\]\.actions\[0\]\.addresses\[0\]\.street {2}is required but missing$/,
    );
  });

  it("refuses a postcode of the wrong shape at the postcode, with an example", () => {
    const [problem] = errorsOf(load(...head, ...action("write", ...full({ postcode: '"2130"' }))));
    expect(problem).toMatchObject({ path: "sections[0].actions[0].addresses[0].postcode", line: 15, column: 23 });
    expect(problem?.message).toMatch(/"2130" is not a postcode of Belarus: write its 6 digits, e.g. "213004"/);
  });

  it("asks for quotes around a postcode written as a number", () => {
    const [problem] = errorsOf(load(...head, ...action("write", ...full({ postcode: "213004" }))));
    expect(problem?.path).toBe("sections[0].actions[0].addresses[0].postcode");
    expect(problem?.message).toMatch(/put it in quotes: "213004"/);
  });

  it("lists the countries whose envelopes it knows", () => {
    const [problem] = errorsOf(load(...head, ...action("write", ...full({ country: "LT" }))));
    expect(problem?.path).toBe("sections[0].actions[0].addresses[0].country");
    expect(problem?.message).toMatch(/must be one of: BY, RU/);
  });

  it("needs the address's language", () => {
    const [problem] = errorsOf(load(...head, ...action("write", ...full({ locale: "" }))));
    expect(formatProblem(problem!)).toMatch(
      /addresses\[0\]\.locale {2}is required but missing; write one of: en, be, be-tarask, be-Latn, ru$/,
    );
  });

  it("refuses an address on an action that sends no letter", () => {
    const [problem] = errorsOf(load(...head, ...action("donate", ...full())));
    expect(problem).toMatchObject({ path: "sections[0].actions[0].addresses", line: 12 });
    expect(problem?.message).toMatch(/change kind to write or contact-representative, or remove addresses/);
  });

  it("accepts a complete address on a write action", () => {
    expect(load(...head, ...action("write", ...full())).ok).toBe(true);
  });
});
