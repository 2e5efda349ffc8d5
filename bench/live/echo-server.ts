/**
 * The floor of live delivery: a bare Node SSE echo server. `GET /stream` holds a connection open;
 * `POST /publish` sends its body as one message to every connection (the same bytes, encoded once) and answers
 * 204. No database, no authentication, no filtering: what pushing bytes to N sockets costs on this machine.
 * Started with probe.ts preloaded, as Mirsad is, for its event-loop delay and memory.
 */
import http from 'node:http';

const streams = new Set<http.ServerResponse>();
let seq = 0;

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stream') {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    response.write(`retry: 2000\nevent: hello\ndata: {}\n\n`);
    streams.add(response);
    response.on('close', () => streams.delete(response));
    return;
  }
  if (request.method === 'POST' && request.url === '/publish') {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const frame = Buffer.from(`id: ${++seq}\ndata: ${Buffer.concat(chunks).toString()}\n\n`);
      for (const stream of streams) stream.write(frame);
      response.writeHead(204).end();
    });
    return;
  }
  response.writeHead(404).end();
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ kind: 'listening' }));
process.on('SIGTERM', () => process.exit(0));
