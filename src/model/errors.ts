/** An expected failure with a one-line message meant for the user (bad input, missing file …). */
export class BanmianError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "BanmianError";
  }
}
