/** A problem found in a document, located in its source file. */
export interface Problem {
  severity: "error" | "warning";
  /** File name as given to the loader. */
  file: string;
  /** 1-based line and column of the offending value (or of its parent when the value is missing). */
  line: number;
  column: number;
  /** Field path in the document, e.g. `sections[2].items[0].body`; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Short rule name for warnings, e.g. `placeholder-link`. */
  rule?: string;
}

/** `file:line:column  path  message`, the form editors and terminals turn into links. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const label = problem.severity === "warning" ? "warning" : "error";
  return [where, label, problem.path || "(document)", problem.message].join("  ");
}

/** Renders a field path as `sections[2].items[0].body`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Orders problems by file, line and column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path),
  );
}
