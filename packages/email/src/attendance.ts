import type { Locale } from "@belarusbrief/core";

/** "Attendance: {n}" per locale. Core's message table has no such word yet, so it lives here. */
export function attendanceLabel(locale: Locale): string {
  return LABELS[locale];
}

const LABELS: Record<Locale, string> = {
  en: "Attendance: {n}",
  be: "Удзельнікаў: {n}",
  "be-tarask": "Удзельнікаў: {n}",
  "be-Latn": "Udzielnikaŭ: {n}",
  ru: "Участников: {n}",
};
