import { serializeOuter } from "parse5";
import { describe, expect, it } from "vitest";
import { renderPosts } from "../src/index.js";
import { elements, imitatedCards, postText, resolved } from "./helpers.js";

const serialize = (element: unknown) => serializeOuter(element as never);

// A post has no way to mark a language inside its text: the words stay, the markup goes.
describe("words in another language ([Гомель]{lang=be}) in posts", () => {
  const doc = resolved({
    kind: "news-item",
    id: "2030-03-25-rally",
    locale: "en",
    title: "Rally on Freedom Day",
    date: "2030-03-25",
    body: "Hundreds marched in [Гомель]{lang=be} and [**Homiel**]{lang=be-Latn} today.",
    source: { name: "Viasna", url: "https://spring96.org/en" },
  });
  const posts = renderPosts(doc, { platforms: ["telegram", "bluesky"] }, imitatedCards(doc));

  it.each(["telegram", "bluesky"])("%s shows the words alone", (platform) => {
    const own = posts.filter((post) => post.path.includes(platform));
    expect(own.length).toBeGreaterThan(0);
    const text = own.map(postText).join("\n");
    expect(text).toContain("Hundreds marched in Гомель and Homiel today.");
    expect(text).not.toMatch(/lang=|\]\{/);
  });

  it("keeps emphasis inside the span in Telegram's HTML, with no element Telegram lacks", () => {
    const html = posts.filter((post) => post.path.endsWith(".html")).map((post) => String(post.content));
    const found = html.flatMap(elements);
    const bold = found.filter((e) => e.tagName === "b").map((e) => postText({ path: ".html", content: serialize(e) }));
    expect(bold).toContain("Homiel");
    expect(found.map((e) => e.tagName)).not.toContain("span");
  });
});
