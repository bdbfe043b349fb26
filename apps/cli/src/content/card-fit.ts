import { FieldError, formatPath, type Problem } from "@belarusbrief/core";
import { options as CardSettings, checkCards } from "@belarusbrief/social/fit";
import { outputOptions, type Settings } from "../settings.js";
import type { LoadedDocument } from "./load-content.js";
import { resolveLoaded } from "./resolve-loaded.js";

/**
 * Every card text of `documents` that would not fit on its share image, at the field's place in
 * its file — what `build` would stop on, found from the fonts' metrics without loading satori or
 * resvg. Nothing when the `cards` settings have problems of their own (reported with the settings).
 */
export async function cardFitProblems(documents: readonly LoadedDocument[], settings: Settings): Promise<Problem[]> {
  const parsed = outputOptions("cards", CardSettings, settings);
  if (!parsed.ok) return [];
  const context = { options: parsed.data as CardSettings, site: settings.site, readFile: settings.readFile };
  const problems: Problem[] = [];
  for (const loaded of documents) {
    try {
      for (const error of await checkCards(resolveLoaded(loaded, settings.site), context))
        problems.push(located(loaded, error));
    } catch (error) {
      // A footer or logo the cards cannot use fails every document alike: report it once, in the settings.
      problems.push(settingsProblem(error, settings));
      break;
    }
  }
  return problems;
}

function located(loaded: LoadedDocument, error: FieldError): Problem {
  // The same words `build` prints for it.
  const { message, path } = error;
  return { severity: "error", file: loaded.file, ...loaded.locate(path), path: formatPath(path), message };
}

function settingsProblem(error: unknown, settings: Settings): Problem {
  if (error instanceof FieldError || !(error instanceof Error)) throw error;
  const at = settings.locate?.(["cards"]) ?? { line: 1, column: 1 };
  return { severity: "error", file: settings.shown, ...at, path: "cards", message: error.message };
}
