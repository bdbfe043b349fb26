import type { Site } from "@belarusbrief/core";

/**
 * The folder of the pages inside the output folder (`site/`), from where `pagesUrl` is under
 * `baseUrl`. Throws when the pages would not be part of the site the build writes.
 */
export function pagesFolder(site: Pick<Site, "baseUrl" | "pagesUrl">): string {
  const { baseUrl, pagesUrl } = site;
  const folder = pagesUrl.startsWith(baseUrl) ? decodeURI(pagesUrl.slice(baseUrl.length)) : undefined;
  if (folder === undefined || !/^([^/?#]+\/)*$/.test(folder))
    throw new Error(
      `[@belarusbrief/web] pagesUrl ${pagesUrl} is not a folder under baseUrl ${baseUrl}; set pagesUrl to a folder of the site such as ${baseUrl}site/, or leave it out`,
    );
  return folder;
}
