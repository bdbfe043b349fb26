// The `linebreak` package (UAX #14, the line breaker satori uses) ships no types.
declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
