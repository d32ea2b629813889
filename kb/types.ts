import type { Language } from "../worker/protocol";

export type KbDocumentInput = {
  id?: string;
  title: string;
  text?: string;
  markdown?: string;
  html?: string;
  lang?: Language;
  source?: string;
  updatedAt?: number;
};

export type KbHit = {
  chunkId: string;
  documentId: string;
  title: string;
  heading?: string;
  text: string;
  score: number;
  lang: Language;
  source?: string;
};

export type KbDocument = {
  id: string;
  title: string;
  lang: Language;
  source?: string;
  updatedAt: number;
  chunks: number;
};
