import { AppBskyFeedPost, jsonToLex, RichText } from "@atproto/api";
import type { Artifact, DocumentInput, ResolvedDocument } from "@belarusbrief/core";
import { fixture } from "@belarusbrief/testkit";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER_BLOB_CID, renderPosts } from "../src/index.js";
import { allDocuments, belarusianNews, imitatedCards, resolved } from "./helpers.js";

interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: { $type: string; uri?: string; tag?: string }[];
}
interface Record {
  text: string;
  langs: string[];
  facets?: Facet[];
  embed?: { images: { alt: string; image: { ref: { $link: string }; mimeType: string }; aspectRatio?: object }[] };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function records(doc: ResolvedDocument): { post: Artifact; record: Record }[] {
  return renderPosts(doc, { platforms: ["bluesky"] }, imitatedCards(doc)).map((post) => ({
    post,
    record: JSON.parse(String(post.content)) as Record,
  }));
}

/** The text a facet selects, cut out of the UTF-8 bytes of the post as the AT Protocol addresses it. */
/** The record that ends the document's own post (a thread's last part carries the link and hashtags). */
function last(doc: ResolvedDocument): Record {
  const own = records(doc).filter(({ post }) => /\/bluesky(-\d+)?\.json$/.test(post.path));
  return (own.at(-1) as { record: Record }).record;
}

function selected(record: Record, facet: Facet): string {
  return decoder.decode(encoder.encode(record.text).slice(facet.index.byteStart, facet.index.byteEnd));
}

describe("Bluesky records", () => {
  const docs = [...allDocuments(), belarusianNews(30)];

  it("pass the AT Protocol's lexicon validation from @atproto/api, for every fixture and seed", () => {
    for (const doc of docs) {
      for (const { post } of records(doc)) {
        const result = AppBskyFeedPost.validateRecord(jsonToLex(JSON.parse(String(post.content))));
        expect(result.success ? "valid" : String(result.error), post.path).toBe("valid");
      }
    }
  });

  it("link facets select exactly the address written, and point to the document's page, at the end of a thread", () => {
    for (const doc of docs) {
      for (const { post, record } of records(doc)) {
        const links = (record.facets ?? []).filter((f) => f.features[0]?.$type === "app.bsky.richtext.facet#link");
        expect(links, post.path).toHaveLength(post.meta?.part === post.meta?.of ? 1 : 0);
        if (post.meta?.part !== post.meta?.of) continue;
        const [link] = links;
        expect(link?.features[0]?.uri, post.path).toBe(doc.url);
        expect(selected(record, link!), post.path).toBe(doc.url.replace("https://", ""));
      }
    }
  });

  it("hashtag facets select exactly '#' and their tag", () => {
    const doc = belarusianNews(4);
    const record = last(doc);
    const tags = (record.facets ?? []).filter((f) => f.features[0]?.$type === "app.bsky.richtext.facet#tag");
    expect(tags.map((f) => f.features[0]?.tag)).toEqual(["палітвязні", "Беларусь", "PoliticalPrisoners"]);
    for (const facet of tags) expect(selected(record, facet)).toBe(`#${facet.features[0]?.tag}`);
  });

  it("count facet offsets in UTF-8 bytes, which Cyrillic and emoji make differ from string indices", () => {
    const doc = belarusianNews(4);
    const record = last(doc);
    const link = record.facets?.find((f) => f.features[0]?.uri) as Facet;
    const index = record.text.indexOf(doc.url.replace("https://", ""));
    expect(link.index.byteStart).toBeGreaterThan(index);
    expect(link.index.byteStart).toBe(encoder.encode(record.text.slice(0, index)).length);
  });

  it("are the facets Bluesky's own rich-text detection finds in the text", () => {
    const doc = belarusianNews(4);
    for (const { post, record } of records(doc)) {
      const detected = new RichText({ text: record.text });
      detected.detectFacetsWithoutResolution();
      const theirs = (detected.facets ?? []).map((f) =>
        JSON.stringify([f.index, (f.features as { uri?: string; tag?: string }[]).map((x) => x.uri ?? x.tag)]),
      );
      for (const facet of record.facets ?? [])
        expect(theirs, post.path).toContain(JSON.stringify([facet.index, facet.features.map((x) => x.uri ?? x.tag)]));
      expect(detected.graphemeLength, post.path).toBeLessThanOrEqual(300);
    }
  });

  it("embed the card with its alt text and aspect ratio, the blob a documented placeholder", () => {
    const doc = belarusianNews(4);
    const [{ post, record }] = records(doc) as [{ post: Artifact; record: Record }];
    expect(record.embed?.images).toEqual([
      {
        alt: "Alt text of headline (og).",
        image: { $type: "blob", ref: { $link: PLACEHOLDER_BLOB_CID }, mimeType: "image/png", size: 0 },
        aspectRatio: { width: 1200, height: 630 },
      },
    ]);
    expect(post.meta?.images).toEqual([{ path: `cards/${doc.id}/headline-og.png`, alt: "Alt text of headline (og)." }]);
  });

  it("set the post's language, the block's own for a card in another language", () => {
    for (const { post, record } of records(allDocuments().find((d) => d.id === "2030-03-be") as ResolvedDocument)) {
      expect(record.langs, post.path).toEqual([post.locale]);
    }
    const langs = records(allDocuments().find((d) => d.id === "2030-03-be") as ResolvedDocument).map(
      (r) => r.record.langs[0],
    );
    expect(new Set(langs)).toEqual(new Set(["be", "ru", "be-Latn"]));
  });

  it("write a tab typed in a title, a Markdown paragraph or a code block as a space, in the text and the alt text", () => {
    const doc = resolved({
      ...fixture("minimal"),
      title: "Title\twith a tab",
      intro: "Para\twith a tab\n\n```\nx\ty\n```",
    } as DocumentInput);
    const cards = imitatedCards(doc).map((c) => ({ ...c, alt: `Alt\t${c.alt}` }));
    const all = renderPosts(doc, { platforms: ["bluesky"] }, cards).map((post) => JSON.parse(String(post.content)));
    const texts = all.map((r: Record) => r.text).join("\n");
    expect(texts).toContain("Title with a tab");
    expect(texts).toContain("Para with a tab");
    expect(texts).toContain("x y");
    expect(all.flatMap((r: Record) => r.embed?.images.map((i) => i.alt) ?? [])).toContain(
      "Alt Alt text of headline (og).",
    );
    expect(JSON.stringify(all)).not.toContain("\\t");
    for (const record of all) expect(AppBskyFeedPost.validateRecord(jsonToLex(record)).success).toBe(true);
  });
});
