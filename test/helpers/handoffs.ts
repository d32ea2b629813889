import { env } from "cloudflare:test";

/** The handoff packets stored for one conversation, with their JSON parsed. */
export async function handoffPackets(conversationId: string) {
  const { results } = await env.DB.prepare("SELECT * FROM handoffs WHERE conversation_id = ?")
    .bind(conversationId)
    .all();
  return results.map((row: any) => ({ ...row, packet: JSON.parse(row.packet) }));
}
