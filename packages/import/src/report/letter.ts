import type { Context } from "../context.js";
import type { Path } from "../draft.js";
import { detectLocale } from "../text/locale.js";
import { signCalls } from "./appeal.js";
import { type Entry, type Pending, pending } from "./pending.js";

/** Each call to sign becomes an action carrying the letter; without a call the letter stays as text. */
export function attachLetter(letter: Pending, entries: readonly Entry[], sections: Pending[], context: Context): void {
  const calls = entries.flatMap((e) =>
    e.kind === "text" ? signCalls(e.text).map((call) => ({ call, line: e.line })) : [],
  );
  const text = letter.entries[0]?.kind === "text" ? letter.entries[0].text : "";
  if (calls.length === 0) {
    sections.push({ ...letter, name: "letter" });
    context.notes.guess([], letter.line, "a letter was found but no call to sign it; it is kept as text");
    return;
  }
  const shared = [{ locale: letter.locale ?? detectLocale(text) ?? "en", text }];
  const actions = calls.map(({ call, line }) => ({
    value: {
      kind: "sign" as const,
      title: call.title,
      url: "#",
      ...(call.recipient ? { recipients: [call.recipient] } : {}),
      letter: shared,
    },
    line,
    note: (path: Path) => {
      context.notes.guess([...path, "url"], line, "the text names no address; add the petition's link");
      if (call.recipient)
        context.notes.guess([...path, "recipients"], line, "in the words of the text; write who it goes to");
    },
  }));
  // The actions carry the letter's text; the section keeps only the numbers read from it.
  sections.push(
    pending(letter.line, {
      actions,
      name: "actions",
      numbers: { text, line: letter.line },
      ...(letter.locale ? { locale: letter.locale } : {}),
    }),
  );
}
