import type { ActionKind } from "./schema/action.js";
import type { DocumentKind } from "./schema/document.js";
import type { Locale } from "./schema/primitives.js";
import type { Qualifier } from "./schema/statistic.js";

/** The fixed words outputs print. `{n}` and `{date}` are filled in by `resolve` and the formatting helpers. */
export interface Messages {
  via: string;
  asOf: string;
  source: string;
  upcomingDates: string;
  furtherReading: string;
  inNumbers: string;
  recipients: string;
  letterText: string;
  /** The label before a postal address. */
  address: string;
  deadline: string;
  online: string;
  everyYear: string;
  /** Which anniversary a yearly date is: `{n}` is "107th" in English, "107" elsewhere. */
  anniversary: string;
  anonymous: string;
  attendance: string;
  /** Quotation marks around a quotation inside a sentence. */
  quotes: { open: string; close: string };
  addToCalendar: string;
  viewInBrowser: string;
  unsubscribe: string;
  readMore: string;
  news: string;
  publications: string;
  calendar: string;
  alsoIn: string;
  qualifier: Record<Qualifier, string>;
  kind: Record<DocumentKind, string>;
  action: Record<ActionKind, string>;
}

/** One message table per locale. Every locale has every message; a test checks it. */
export const MESSAGES: Record<Locale, Messages> = {
  en: {
    via: "via",
    asOf: "as of {date}",
    source: "Source",
    upcomingDates: "Upcoming dates",
    furtherReading: "Further reading",
    inNumbers: "In numbers",
    recipients: "To",
    letterText: "Letter text",
    address: "Postal address",
    deadline: "Deadline: {date}",
    online: "Online",
    everyYear: "every year",
    anniversary: "{n} anniversary",
    anonymous: "Anonymous",
    attendance: "Attendance: {n}",
    quotes: { open: "“", close: "”" },
    addToCalendar: "Add to calendar",
    viewInBrowser: "View in browser",
    unsubscribe: "Unsubscribe",
    readMore: "Read more",
    news: "News",
    publications: "Publications",
    calendar: "Dates",
    alsoIn: "Also in",
    qualifier: {
      exact: "{n}",
      over: "over {n}",
      "at-least": "at least {n}",
      "more-than": "more than {n}",
      about: "about {n}",
      "up-to": "up to {n}",
    },
    kind: {
      brief: "Monthly brief",
      "press-release": "Press release",
      statement: "Statement",
      appeal: "Appeal",
      "news-item": "News",
    },
    action: {
      sign: "Sign",
      write: "Write",
      donate: "Donate",
      attend: "Attend",
      share: "Share",
      "contact-representative": "Contact your representative",
      volunteer: "Volunteer",
      buy: "Buy",
      support: "Support",
      read: "Read",
      other: "Act",
    },
  },
  be: {
    via: "паводле",
    asOf: "па стане на {date}",
    source: "Крыніца",
    upcomingDates: "Бліжэйшыя даты",
    furtherReading: "Дадаткова",
    inNumbers: "У лічбах",
    recipients: "Каму",
    letterText: "Тэкст ліста",
    address: "Паштовы адрас",
    deadline: "Тэрмін: {date}",
    online: "Анлайн",
    everyYear: "штогод",
    anniversary: "{n}-я гадавіна",
    anonymous: "Ананімна",
    attendance: "Удзельнікаў: {n}",
    quotes: { open: "«", close: "»" },
    addToCalendar: "Дадаць у каляндар",
    viewInBrowser: "Адкрыць у браўзеры",
    unsubscribe: "Адпісацца",
    readMore: "Чытаць далей",
    news: "Навіны",
    publications: "Публікацыі",
    calendar: "Даты",
    alsoIn: "Іншыя мовы",
    qualifier: {
      exact: "{n}",
      over: "больш за {n}",
      "at-least": "не менш за {n}",
      "more-than": "больш чым {n}",
      about: "каля {n}",
      "up-to": "да {n}",
    },
    kind: {
      brief: "Штомесячны агляд",
      "press-release": "Прэс-рэліз",
      statement: "Заява",
      appeal: "Зварот",
      "news-item": "Навіна",
    },
    action: {
      sign: "Падпісаць",
      write: "Напісаць",
      donate: "Ахвяраваць",
      attend: "Прыйсці",
      share: "Падзяліцца",
      "contact-representative": "Напісаць прадстаўніку",
      volunteer: "Стаць валанцёрам",
      buy: "Купіць",
      support: "Падтрымаць",
      read: "Прачытаць",
      other: "Дзейнічаць",
    },
  },
  "be-tarask": {
    via: "паводле",
    asOf: "паводле стану на {date}",
    source: "Крыніца",
    upcomingDates: "Бліжэйшыя даты",
    furtherReading: "Дадаткова",
    inNumbers: "У лічбах",
    recipients: "Каму",
    letterText: "Тэкст ліста",
    address: "Паштовы адрас",
    deadline: "Тэрмін: {date}",
    online: "Анлайн",
    everyYear: "штогод",
    anniversary: "{n}-я гадавіна",
    anonymous: "Ананімна",
    attendance: "Удзельнікаў: {n}",
    quotes: { open: "«", close: "»" },
    addToCalendar: "Дадаць у каляндар",
    viewInBrowser: "Адкрыць у браўзэры",
    unsubscribe: "Адпісацца",
    readMore: "Чытаць далей",
    news: "Навіны",
    publications: "Публікацыі",
    calendar: "Даты",
    alsoIn: "Іншыя мовы",
    qualifier: {
      exact: "{n}",
      over: "больш за {n}",
      "at-least": "ня менш за {n}",
      "more-than": "больш як {n}",
      about: "каля {n}",
      "up-to": "да {n}",
    },
    kind: {
      brief: "Штомесячны агляд",
      "press-release": "Прэс-рэліз",
      statement: "Заява",
      appeal: "Зварот",
      "news-item": "Навіна",
    },
    action: {
      sign: "Падпісаць",
      write: "Напісаць",
      donate: "Ахвяраваць",
      attend: "Прыйсьці",
      share: "Падзяліцца",
      "contact-representative": "Напісаць прадстаўніку",
      volunteer: "Стаць валянтэрам",
      buy: "Купіць",
      support: "Падтрымаць",
      read: "Прачытаць",
      other: "Дзейнічаць",
    },
  },
  "be-Latn": {
    via: "pavodle",
    asOf: "pa stanie na {date}",
    source: "Krynica",
    upcomingDates: "Bližejšyja daty",
    furtherReading: "Dadatkova",
    inNumbers: "U ličbach",
    recipients: "Kamu",
    letterText: "Tekst lista",
    address: "Paštovy adras",
    deadline: "Termin: {date}",
    online: "Anłajn",
    everyYear: "štohod",
    anniversary: "{n}-ja hadavina",
    anonymous: "Ananimna",
    attendance: "Udzielnikaŭ: {n}",
    quotes: { open: "«", close: "»" },
    addToCalendar: "Dadać u kalandar",
    viewInBrowser: "Adkryć u braŭzery",
    unsubscribe: "Adpisacca",
    readMore: "Čytać dalej",
    news: "Naviny",
    publications: "Publikacyi",
    calendar: "Daty",
    alsoIn: "Inšyja movy",
    qualifier: {
      exact: "{n}",
      over: "bolš za {n}",
      "at-least": "nie mienš za {n}",
      "more-than": "bolš jak {n}",
      about: "kala {n}",
      "up-to": "da {n}",
    },
    kind: {
      brief: "Štomiesiačny ahlad",
      "press-release": "Pres-reliz",
      statement: "Zajava",
      appeal: "Zvarot",
      "news-item": "Navina",
    },
    action: {
      sign: "Padpisać",
      write: "Napisać",
      donate: "Achviaravać",
      attend: "Pryjści",
      share: "Padzialicca",
      "contact-representative": "Napisać pradstaŭniku",
      volunteer: "Stać valancioram",
      buy: "Kupić",
      support: "Padtrymać",
      read: "Pračytać",
      other: "Dziejničać",
    },
  },
  ru: {
    via: "по данным",
    asOf: "по состоянию на {date}",
    source: "Источник",
    upcomingDates: "Ближайшие даты",
    furtherReading: "Дополнительно",
    inNumbers: "В цифрах",
    recipients: "Кому",
    letterText: "Текст письма",
    address: "Почтовый адрес",
    deadline: "Срок: {date}",
    online: "Онлайн",
    everyYear: "ежегодно",
    anniversary: "{n}-я годовщина",
    anonymous: "Анонимно",
    attendance: "Участников: {n}",
    quotes: { open: "«", close: "»" },
    addToCalendar: "Добавить в календарь",
    viewInBrowser: "Открыть в браузере",
    unsubscribe: "Отписаться",
    readMore: "Читать далее",
    news: "Новости",
    publications: "Публикации",
    calendar: "Даты",
    alsoIn: "Другие языки",
    qualifier: {
      exact: "{n}",
      over: "более {n}",
      "at-least": "не менее {n}",
      "more-than": "более {n}",
      about: "около {n}",
      "up-to": "до {n}",
    },
    kind: {
      brief: "Ежемесячный обзор",
      "press-release": "Пресс-релиз",
      statement: "Заявление",
      appeal: "Обращение",
      "news-item": "Новость",
    },
    action: {
      sign: "Подписать",
      write: "Написать",
      donate: "Пожертвовать",
      attend: "Прийти",
      share: "Поделиться",
      "contact-representative": "Написать представителю",
      volunteer: "Стать волонтёром",
      buy: "Купить",
      support: "Поддержать",
      read: "Прочитать",
      other: "Действовать",
    },
  },
};

/** Each language's name in itself, for links between language versions. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  be: "Беларуская",
  "be-tarask": "Беларуская (тарашкевіца)",
  "be-Latn": "Biełaruskaja (łacinka)",
  ru: "Русский",
};

/** The message table for `locale`. */
export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}
