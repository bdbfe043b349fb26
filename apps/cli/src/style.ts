/** Terminal colours, off when `NO_COLOR` is set or the stream is not a terminal. */
export function styler(stream: NodeJS.WriteStream) {
  const on = !process.env.NO_COLOR && stream.isTTY === true && process.env.TERM !== "dumb";
  const wrap = (open: number, close: number) => (text: string) =>
    on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
