import { simpleParser, type ParsedMail } from "mailparser";
import getPort from "get-port";
import { SMTPServer } from "smtp-server";

/** A real SMTP server in the test's process: what it receives is what a patient would get. */
export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  /** Starts it again on the same port (after stop), as a mail server back from an outage. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function testSmtp(): Promise<TestSmtp> {
  const port = await getPort({ host: "127.0.0.1" });
  const received: ParsedMail[] = [];
  let server: SMTPServer | undefined;
  const start = () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => received.push(mail))
          .then(() => callback(), callback);
      },
    });
    return new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
  };
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await start();
  return { url: `smtp://127.0.0.1:${port}`, received, start, stop };
}

/** The first message received for `address`. */
export const mailTo = (received: ParsedMail[], address: string) =>
  received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === address);

/** Polls until `find` returns something, or fails after `timeoutMs`. */
export async function waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
