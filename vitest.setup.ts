import fc from "fast-check";

// Property tests explore a fixed sequence of inputs, so a run is reproducible and CI cannot fail on
// a lucky draw; FC_SEED=random explores new inputs (and prints the seed of any failure).
if (process.env.FC_SEED !== "random") fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
