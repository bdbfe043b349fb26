import { defineConfig } from "tsup";

// `fit` lays cards out from font metrics without satori or resvg, for `validate`.
export default defineConfig({
  entry: { index: "src/index.ts", fit: "src/check.ts" },
  format: "esm",
  dts: true,
  clean: true,
  target: "node20",
});
