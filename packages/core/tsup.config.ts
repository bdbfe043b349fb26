import { defineConfig } from "tsup";

export default defineConfig({
  // `fingerprint` reads files (Node only); the main entry stays free of Node's modules.
  entry: ["src/index.ts", "src/fingerprint.ts"],
  format: "esm",
  dts: true,
  clean: true,
  target: "node20",
});
