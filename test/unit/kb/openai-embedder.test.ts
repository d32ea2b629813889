import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmbedderError } from "../../../kb/embedders";
import { OPENAI_BATCH, openAiEmbedder } from "../../../kb/embedders/openai";

type Call = { path: string; authorization?: string; body: { model: string; input: string[] } };

/**
 * A local stand-in for the OpenAI embeddings endpoint, speaking its wire format: POST /v1/embeddings
 * `{ model, input: string[] }` → `{ object: "list", data: [{ object, index, embedding }], model, usage }`.
 * Each text's vector carries the number in the text at [0] and its place in the request at [1], so tests can tell
 * whether vectors come back in order. `reply` overrides the answer (for error responses).
 */
let calls: Call[] = [];
let reply: ((body: Call["body"]) => { status: number; json: unknown }) | undefined;
let dimensions = 1536;
let server: Server;
let baseURL: string;

function embeddingsFor(input: string[]) {
  return input.map((text, index) => {
    const embedding = new Array<number>(dimensions).fill(0);
    embedding[0] = Number(text.match(/\d+/)?.[0] ?? -1);
    embedding[1] = index;
    return { object: "embedding", index, embedding };
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = JSON.parse(raw) as Call["body"];
      calls.push({ path: req.url ?? "", authorization: req.headers.authorization, body });
      const answer = reply?.(body) ?? {
        status: 200,
        json: {
          object: "list",
          data: embeddingsFor(body.input),
          model: body.model,
          usage: { prompt_tokens: body.input.length * 3, total_tokens: body.input.length * 3 },
        },
      };
      res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls = [];
  reply = undefined;
  dimensions = 1536;
});

describe("OpenAI embedder (text-embedding-3-small) against a local fake", () => {
  it("posts the texts to /v1/embeddings with the key and returns one 1536-dim vector per text", async () => {
    const embedder = openAiEmbedder("sk-test", baseURL);
    const vectors = await embedder.embed(["text 7", "text 8"]);
    expect(embedder).toMatchObject({ id: "openai:text-embedding-3-small", dimensions: 1536 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      path: "/v1/embeddings",
      authorization: "Bearer sk-test",
      body: { model: "text-embedding-3-small", input: ["text 7", "text 8"] },
    });
    expect(vectors.map((v) => [v.length, v[0]])).toEqual([
      [1536, 7],
      [1536, 8],
    ]);
  });

  it("splits many texts into batches and keeps every vector with its text", async () => {
    const texts = Array.from({ length: OPENAI_BATCH * 2 + 5 }, (_, i) => `text ${i}`);
    const vectors = await openAiEmbedder("sk-test", baseURL).embed(texts);
    expect(calls.map((c) => c.body.input.length)).toEqual([OPENAI_BATCH, OPENAI_BATCH, 5]);
    expect(vectors.map((v) => v[0])).toEqual(texts.map((_, i) => i));
  });

  it("asks nothing when there is nothing to embed", async () => {
    expect(await openAiEmbedder("sk-test", baseURL).embed([])).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it("turns an error response into an error that names the provider, the status and OpenAI's message", async () => {
    reply = () => ({
      status: 401,
      json: {
        error: {
          message: "Incorrect API key provided: sk-wrong.",
          type: "invalid_request_error",
          param: null,
          code: "invalid_api_key",
        },
      },
    });
    const failure = openAiEmbedder("sk-wrong", baseURL).embed(["text 1"]);
    await expect(failure).rejects.toBeInstanceOf(EmbedderError);
    await expect(failure).rejects.toThrow(/OpenAI embeddings .*failed: HTTP 401: Incorrect API key provided/);
    expect(calls).toHaveLength(1); // a rejected key is not retried
  });

  it("refuses vectors of another size than the index expects instead of storing them", async () => {
    dimensions = 512;
    await expect(openAiEmbedder("sk-test", baseURL).embed(["text 1"])).rejects.toThrow(
      /512-dimensional embeddings; expected 1536/,
    );
  });
});
