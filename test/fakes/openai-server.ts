import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for an OpenAI-compatible Chat Completions endpoint (POST /v1/chat/completions, SSE streaming),
 * scripted by the `model` name so each test picks its own behaviour:
 * - `track…`: first call answers with a `lookupOrder` tool call for the order number in the user message; once the
 *   tool result is in the request, it streams a reply built from that result.
 * - `flaky-<n>-…`: the first n calls fail with 500, later ones stream "All good.".
 * - `cut-…`: streams the start of an answer, then drops the connection.
 * - `denied-…`: 401, as with a wrong API key.
 * - `route-<answer>-…`: a non-streamed completion (the router's question) answers `<answer>`; streamed turns answer
 *   "All good.".
 * `GET /__calls?model=…` returns the request bodies received for that model.
 */
type ChatRequest = {
  model: string;
  stream?: boolean;
  messages: { role: string; content?: string | null; tool_calls?: unknown[] }[];
};

const calls = new Map<string, ChatRequest[]>();

const chunk = (model: string, delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: 1_764_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;

function streamText(res: ServerResponse, model: string, text: string) {
  res.write(chunk(model, { role: "assistant", content: "" }));
  for (const word of text.match(/\S+\s*/g) ?? []) res.write(chunk(model, { content: word }));
  res.write(chunk(model, {}, "stop"));
  res.end("data: [DONE]\n\n");
}

function track(res: ServerResponse, body: ChatRequest) {
  const toolResult = body.messages.find((m) => m.role === "tool");
  if (!toolResult) {
    const user = [...body.messages].reverse().find((m) => m.role === "user");
    const orderName = String(user?.content ?? "").match(/#?\d{4}/)?.[0];
    const args = JSON.stringify(
      orderName ? { orderName: orderName.startsWith("#") ? orderName : `#${orderName}` } : {},
    );
    res.write(chunk(body.model, { role: "assistant", content: null }));
    res.write(
      chunk(body.model, {
        tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "lookupOrder", arguments: args } }],
      }),
    );
    res.write(chunk(body.model, {}, "tool_calls"));
    res.end("data: [DONE]\n\n");
    return;
  }
  const result = JSON.parse(String(toolResult.content));
  const order = result.order ?? result;
  streamText(res, body.model, `Order ${order.name} is ${order.statusLabel ?? order.status}.`);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://fake");
  if (req.method === "GET" && url.pathname === "/__calls") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(calls.get(url.searchParams.get("model") ?? "") ?? []));
    return;
  }
  let raw = "";
  for await (const part of req) raw += part;
  const body = JSON.parse(raw) as ChatRequest;
  const seen = [...(calls.get(body.model) ?? []), body];
  calls.set(body.model, seen);
  const sse = () => res.writeHead(200, { "content-type": "text/event-stream" });
  const failures = Number(body.model.match(/^flaky-(\d+)/)?.[1] ?? 0);
  const routeAnswer = body.model.match(/^route-([a-z_]+)/)?.[1];
  if (routeAnswer && !body.stream) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-route",
        object: "chat.completion",
        created: 1_764_000_000,
        model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content: routeAnswer }, finish_reason: "stop" }],
        usage: { prompt_tokens: 120, completion_tokens: 2, total_tokens: 122 },
      }),
    );
  } else if (body.model.startsWith("denied")) {
    res.writeHead(401, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error" } }));
  } else if (seen.length <= failures) {
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: "The server had an error", type: "server_error" } }));
  } else if (body.model.startsWith("cut")) {
    sse();
    res.write(chunk(body.model, { role: "assistant", content: "Your refund will be " }));
    setTimeout(() => res.socket?.destroy(), 20);
  } else if (body.model.startsWith("track")) {
    sse();
    track(res, body);
  } else {
    sse();
    streamText(res, body.model, "All good.");
  }
}

export async function startFakeOpenAi(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(400).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, server };
}
