import type { LineCounter, YAMLError } from "yaml";

/** A YAML syntax mistake in plain words, at the character that caused it. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Turns the YAML parser's errors into one plain message per mistake, placed where the editor must
 * fix it: tabs used for indentation, a line indented differently from the fields around it, text
 * that must be in quotes (it starts with `*`, `&`, `!`… or contains `: `), an unclosed quotation
 * mark or bracket. Anything else keeps the parser's words.
 */
export function syntaxProblems(source: string, errors: readonly YAMLError[], lines: LineCounter): SyntaxProblem[] {
  const text = source.split("\n");
  const tabs = tabLines(text);
  if (tabs.length > 0) return tabs;
  const out: SyntaxProblem[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    const at = lines.linePos(error.pos[0]);
    const problem = explain(error, at.line, at.col, source, text, lines);
    if (seen.has(problem.line)) continue;
    seen.add(problem.line);
    out.push(problem);
  }
  // After a value YAML read as a list (a title starting with a language span), every later field is
  // "unexpected" too; they are fine once that value is quoted.
  const span = out.some((p) => p.message.includes("starts with a language span"));
  return span ? out.filter((p) => !/^YAML: Unexpected .* in YAML stream/.test(p.message)) : out;
}

function explain(
  error: YAMLError,
  line: number,
  col: number,
  source: string,
  text: readonly string[],
  lines: LineCounter,
): SyntaxProblem {
  const message = firstLine(error.message);
  if (error.code === "MISSING_CHAR" && /Missing closing/.test(message)) {
    const opening = openingQuote(source, error.pos[0], lines);
    return {
      ...opening,
      message: "YAML: the quotation mark opened here is never closed; close it at the end of the text",
    };
  }
  if (/Flow (sequence|mapping)|must .*end with a [\]}]/.test(message)) {
    const bracket = unclosedBracket(text);
    if (bracket)
      return {
        ...bracket,
        message: `YAML: the ${bracket.char === "[" ? "list" : "group"} opened with ${bracket.char} here is never closed with ${bracket.char === "[" ? "]" : "}"}; close it, or put the whole text in quotes`,
      };
  }
  const quoted = needsQuotes(text[line - 1] ?? "");
  if (
    quoted &&
    ["BLOCK_AS_IMPLICIT_KEY", "UNEXPECTED_TOKEN", "BAD_SCALAR_START", "MULTILINE_IMPLICIT_KEY", "ALIAS_PROPS"].includes(
      error.code,
    )
  ) {
    return { line, column: quoted.column, message: quoted.message };
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    const above = line > 1 ? needsQuotes(text[line - 2] ?? "") : undefined;
    if (above) return { line: line - 1, column: above.column, message: above.message };
  }
  if (error.code === "BAD_INDENT" && /same column/.test(message)) {
    const indent = indentation(text, line);
    if (indent) return indent;
  }
  return { line, column: col, message: `YAML: ${message.replace(/ at line \d+, column \d+:?$/, "")}` };
}

// Each line indented with a tab is a mistake of its own; the parser's other errors follow from them.
function tabLines(text: readonly string[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  text.forEach((content, i) => {
    const lead = /^[ \t]*/.exec(content)?.[0] ?? "";
    const tab = lead.indexOf("\t");
    if (tab >= 0 && content.trim() !== "")
      out.push({
        line: i + 1,
        column: tab + 1,
        message: `YAML can't indent with tabs: replace the tab at ${i + 1}:${tab + 1} with spaces`,
      });
  });
  return out;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(.*?)\s*$/;

/** The advice for a `key: value` line whose value YAML reads as something other than text. */
function needsQuotes(content: string): { column: number; message: string } | undefined {
  const match = KEY_VALUE.exec(content);
  if (!match) return undefined;
  const [, before = "", key = "", value = ""] = match;
  // `[Дзень Волі]{lang=be} in Chicago` reads as a list followed by more text: a span needs quotes.
  const span = /^\[[^\]]*\]\{lang=/.test(value);
  if (value === "" || (!span && /^["'[{|>]/.test(value))) return undefined;
  const starts = /^[*&!%@`]/.test(value);
  if (!span && !starts && !value.includes(": ")) return undefined;
  const why = span
    ? "starts with a language span `[…]{lang=…}`"
    : starts
      ? `starts with \`${value[0]}\``
      : "contains `: `";
  const fixed = `${key}: "${value.replace(/[\\"]/g, "\\$&")}"`;
  return {
    column: content.indexOf(value, before.length + key.length + 1) + 1,
    message: `text that ${why} must be in quotes: ${fixed}`,
  };
}

/** Where a line indented unlike its neighbours should start, from the field it was meant to follow. */
function indentation(text: readonly string[], line: number): SyntaxProblem | undefined {
  const content = text[line - 1] ?? "";
  const spaces = content.length - content.trimStart().length;
  const key = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):/.exec(content)?.[1];
  for (let i = line - 2; i >= 0; i--) {
    const above = text[i] ?? "";
    if (above.trim() === "" || above.trimStart().startsWith("#")) continue;
    const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):/.exec(above);
    if (!match) continue;
    const column = (match[1] ?? "").length;
    if (column <= spaces) break;
    const field = key ? `\`${key}:\`` : "this line";
    return {
      line,
      column: spaces + 1,
      message: `YAML: ${field} is indented by ${spaces} space${spaces === 1 ? "" : "s"}, but the fields it belongs with start at column ${column + 1}, like \`${match[2]}:\` on line ${i + 1}; indent it by ${column} spaces`,
    };
  }
  return undefined;
}

/** The first `[` or `{` outside quotes and comments that is never closed. */
function unclosedBracket(text: readonly string[]): { line: number; column: number; char: string } | undefined {
  const open: { line: number; column: number; char: string }[] = [];
  text.forEach((content, i) => {
    let quote: string | undefined;
    for (let j = 0; j < content.length; j++) {
      const ch = content[j] ?? "";
      if (quote) {
        if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === "#" && (j === 0 || /\s/.test(content[j - 1] ?? ""))) break;
      if ((ch === '"' || ch === "'") && (j === 0 || /[\s:,[{]/.test(content[j - 1] ?? ""))) quote = ch;
      else if (ch === "[" || ch === "{") open.push({ line: i + 1, column: j + 1, char: ch });
      else if (ch === "]" || ch === "}") open.pop();
    }
  });
  return open[0];
}

// yaml reports an unclosed quote where the file ends; the opening quote is what the editor must fix.
function openingQuote(source: string, end: number, lines: LineCounter): { line: number; column: number } {
  const before = source.slice(0, end);
  for (const quote of ['"', "'"]) {
    const start = before.lastIndexOf(quote);
    const count = before.split(quote).length - 1;
    if (start >= 0 && count % 2 === 1) {
      const { line, col } = lines.linePos(start);
      return { line, column: col };
    }
  }
  const { line, col } = lines.linePos(end);
  return { line, column: col };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
