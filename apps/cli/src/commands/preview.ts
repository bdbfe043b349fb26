import { existsSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import type { Artifact } from "@belarusbrief/core";
import { Marked } from "marked";
import { BUNDLED_CONTENT, findContentFiles } from "../content/find-files.js";
import { CliError, EXIT } from "../exit-codes.js";
import { previewPage } from "../preview/page.js";
import { emailForScheme } from "../preview/scheme-html.js";
import { type DocumentExtras, extrasOf, newestDocument, type PreviewState, refresh, siteOf } from "../preview/state.js";
import { watchFolders } from "../preview/watch-folders.js";

/** Options of `belarusbrief preview`. */
export interface PreviewOptions {
  port: number;
}

const HOST = "127.0.0.1";

/**
 * Serves a live preview of every output on 127.0.0.1 and rebuilds when a content file changes.
 * Resolves when the server stops (Ctrl+C).
 */
export async function preview(inputs: string[], options: PreviewOptions): Promise<number> {
  findContentFiles(inputs);
  let state = await refresh(inputs, undefined);
  const listeners = new Set<ServerResponse>();
  const extrasCache = new Map<string, DocumentExtras>();
  // The site of one generation, made when one of its pages is first asked for.
  let site: { generation: number; files: Promise<Map<string, Artifact>> } | undefined;
  const siteFor = (current: PreviewState) => {
    if (site?.generation !== current.generation) site = { generation: current.generation, files: siteOf(current) };
    return site.files;
  };
  const markdown = new Marked({ renderer: { html: ({ text }) => escapeHtml(text) } });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    try {
      if (url.pathname === "/events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
        res.write(": connected\n\n");
        if (Number(url.searchParams.get("since")) < state.generation) res.write("data: reload\n\n");
        listeners.add(res);
        req.on("close", () => listeners.delete(res));
        return;
      }
      if (url.pathname.startsWith("/out/")) {
        const path = decodeURIComponent(url.pathname.slice(5));
        const artifact =
          state.artifacts.get(path) ??
          [...extrasCache.values()].flatMap((e) => [...e.cards, ...e.posts]).find((a) => a.path === path) ??
          (await siteFor(state)).get(path);
        if (!artifact) return send(res, 404, "text/plain; charset=utf-8", "not found");
        const scheme = url.searchParams.get("scheme");
        if (artifact.kind === "email-html" && (scheme === "light" || scheme === "dark"))
          return send(res, 200, artifact.mediaType, emailForScheme(String(artifact.content), scheme));
        return send(res, 200, artifact.mediaType, artifact.content);
      }
      if (url.pathname !== "/") return send(res, 404, "text/plain; charset=utf-8", "not found");
      const id = url.searchParams.get("doc") ?? newestDocument(state.documents)?.document.id;
      const md = [...state.artifacts.values()].find((a) => a.kind === "markdown" && a.document === id);
      const key = `${state.generation}:${id}`;
      if (id && !extrasCache.has(key)) extrasCache.set(key, await extrasOf(state, id));
      const extras = extrasCache.get(key) ?? { cards: [], posts: [] };
      const html = previewPage(state, id, extras, md ? await markdown.parse(String(md.content)) : "");
      send(res, 200, "text/html; charset=utf-8", html);
    } catch (error) {
      send(res, 500, "text/plain; charset=utf-8", `preview error: ${(error as Error).message}`);
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? new CliError(`port ${options.port} is in use; choose another with --port`, EXIT.usage)
          : error,
      ),
    );
    server.listen(options.port, HOST, ok);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  process.stderr.write(`Preview at http://${HOST}:${port}/ — updates when you save; Ctrl+C to stop.\n`);

  let timer: NodeJS.Timeout | undefined;
  const roots = (inputs.length ? inputs : [existsSync(BUNDLED_CONTENT) ? BUNDLED_CONTENT : "content"]).map((p) =>
    resolve(p),
  );
  const watcher = watchFolders(roots, () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      state = await refresh(inputs, state);
      extrasCache.clear();
      for (const listener of listeners) listener.write("data: reload\n\n");
    }, 150);
  });

  await new Promise<void>((done) => {
    const stop = () => {
      watcher.close();
      for (const l of listeners) l.end();
      server.close(() => done());
      server.closeAllConnections();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return EXIT.ok;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    // The preview never loads anything from elsewhere.
    "content-security-policy":
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-src 'self'",
  });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type { PreviewState };
