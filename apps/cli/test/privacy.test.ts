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
