/**
 * The floor of the throughput bench: a minimal `node:http` server, in its own process like the mock's,
 * answering every request with the bytes it is given (status, headers and body the mock answered).
 * Reports its URL to the parent over IPC and stops when told to.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

process.once("message", (answer: Answer) => {
  const body = Buffer.from(answer.body);
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(answer.status, answer.headers);
    res.end(body);
  });
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  });
  process.on("message", (message) => {
    if (message === "stop") server.close(() => process.exit(0));
  });
  process.on("disconnect", () => server.close(() => process.exit(0)));
});
