import { messages } from "../messages.js";
import { type AddressPart, POSTAL_FORMATS, type PostalAddress } from "../schema/address.js";
import type { Locale } from "../schema/primitives.js";
import { langOf } from "./context.js";
import type { FieldPath, ResolvedAddress } from "./types.js";

/**
 * An address as it goes on the envelope: its lines in the order its country's post reads them,
 * written in the address's own language, marked (`lang`) when that differs from the action's.
 */
export function resolveAddress(address: PostalAddress, path: FieldPath, around: Locale): ResolvedAddress {
  const format = POSTAL_FORMATS[address.country];
  const parts: Partial<Record<AddressPart, string>> = {
    ...address,
    country: countryLine(address.country, address.locale),
  };
  const lines = format.lines
    .map((line) => line.flatMap((part) => parts[part] ?? []).join(format.join))
    .filter((line) => line !== "");
  return {
    path,
    locale: address.locale,
    ...langOf(address.locale, around),
    label: messages(around).address,
    country: address.country,
    lines,
  };
}

/**
 * The country's name in capitals, as posts ask for it: in the address's language, followed by the
 * English name for the post of the country the letter leaves from ("БЕЛАРУСЬ / BELARUS").
 */
function countryLine(country: PostalAddress["country"], locale: Locale): string {
  const names = POSTAL_FORMATS[country].names;
  const own = names[locale].toLocaleUpperCase(locale);
  const english = names.en.toLocaleUpperCase("en");
  return own === english ? own : `${own} / ${english}`;
}
