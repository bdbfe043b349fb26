import type { Artifact } from "@belarusbrief/core";
import { describe, expect, it } from "vitest";
import { checkPrivacy } from "../src/privacy/check-privacy.js";

const OPTIONS = { baseUrl: "https://brief.example.org/" };
const markdown = (content: string): Artifact => ({
  kind: "markdown",
  role: "document-markdown",
  path: "markdown/x.md",
  mediaType: "text/markdown",
  content,
});
const found = (content: string) => checkPrivacy([markdown(content)], OPTIONS).map((v) => `${v.where} ${v.host}`);

describe("the privacy check of a Markdown file", () => {
  const title = 'title: How <img src="https://tracker.example/t.gif"> tracks readers\n';

  it("reads YAML front matter as data, not as Markdown: HTML mentioned in a title fetches nothing", () => {
    expect(found(`---\n${title}date: 2021-03-01\n---\n\n# How it tracks\n\nText.\n`)).toEqual([]);
    // CRLF line ends and a closing `...` fence.
    expect(found(`---\r\n${title.replace("\n", "\r\n")}...\r\n\r\nText.\r\n`)).toEqual([]);
  });

  it("still checks the body after the front matter", () => {
    expect(found(`---\n${title}---\n\n<img src="https://tracker.example/b.gif">\n`)).toEqual([
      "<img src> tracker.example",
    ]);
    expect(found(`---\ntitle: x\n---\n\n![x](https://tracker.example/c.gif)\n`)).toEqual([
      "Markdown image tracker.example",
    ]);
  });

  it("reads a fence that holds no YAML fields as Markdown", () => {
    expect(found('---\n<img src="https://tracker.example/t.gif">\n---\n')).toEqual(["<img src> tracker.example"]);
    expect(found('Text\n---\ntitle: <img src="https://tracker.example/t.gif">\n---\n')).toEqual([
      "<img src> tracker.example",
    ]);
  });
});

describe("the privacy check of an .eml file", () => {
  const eml = (html: string): Artifact => ({
    kind: "eml",
    role: "email-message",
    path: "email/x.eml",
    mediaType: "message/rfc822",
    content: [
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b"',
      "",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      html,
      "--b--",
      "",
    ].join("\r\n"),
  });

  it("decodes quoted-printable HTML, soft line breaks and UTF-8 escapes included, before looking for loads", () => {
    // «Беларусь» in UTF-8 escapes, then an image address split by a soft line break.
    const html =
      '<p>=D0=91=D0=B5=D0=BB=D0=B0=D1=80=D1=83=D1=81=D1=8C</p><img alt=3D"" src=3D"https://track=\r\ner.example/p.gif">';
    const violations = checkPrivacy([eml(html)], OPTIONS);
    expect(violations.map((v) => [v.where, v.host, v.url])).toEqual([
      ["<img src>", "tracker.example", "https://tracker.example/p.gif"],
    ]);
    expect(checkPrivacy([eml('<img alt=3D"" src=3D"https://brief.example.org/=\r\na.png">')], OPTIONS)).toEqual([]);
  });
});
