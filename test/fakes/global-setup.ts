import type { TestProject } from "vitest/node";
import { startFakeOpenAi } from "./openai-server";
import { startFakeReturnsProviders } from "./returns-providers-server";

declare module "vitest" {
  export interface ProvidedContext {
    fakeOpenAiUrl: string;
    fakeReturnsUrl: string;
  }
}

/** Remote services the worker tests talk to over real HTTP, started once per run on free local ports. */
export default async function setup(project: TestProject) {
  const openai = await startFakeOpenAi();
  const returns = await startFakeReturnsProviders();
  project.provide("fakeOpenAiUrl", openai.url);
  project.provide("fakeReturnsUrl", returns.url);
  return async () => {
    await new Promise<void>((resolve) => openai.server.close(() => resolve()));
    await new Promise<void>((resolve) => returns.server.close(() => resolve()));
  };
}
