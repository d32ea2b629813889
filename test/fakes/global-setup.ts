import type { TestProject } from "vitest/node";
import { startFakeOpenAi } from "./openai-server";

declare module "vitest" {
  export interface ProvidedContext {
    fakeOpenAiUrl: string;
  }
}

/** Remote services the worker tests talk to over real HTTP, started once per run on free local ports. */
export default async function setup(project: TestProject) {
  const openai = await startFakeOpenAi();
  project.provide("fakeOpenAiUrl", openai.url);
  return () => new Promise<void>((resolve) => openai.server.close(() => resolve()));
}
