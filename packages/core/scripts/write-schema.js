// Writes schema/document.json from the built package, so editors can validate YAML while typing.
import { mkdirSync, writeFileSync } from "node:fs";
import { documentJsonSchema } from "../dist/index.js";

const url = new URL("../schema/document.json", import.meta.url);
mkdirSync(new URL(".", url), { recursive: true });
writeFileSync(url, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
