import type { ComponentChildren } from "preact";

/**
 * A safe markdown subset for model and knowledge-base text: paragraphs, lists, **bold**, *italic*, [links](https://…)
 * and line breaks. Output is built as VNodes — never innerHTML — so markup in the text stays text. Links must be
 * http(s); images are shown as their alt text, so a reply can never load a tracking pixel or exfiltrate data.
 */
const INLINE = /!\[([^\]]*)\]\(([^)\s]*)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;

export function safeUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const [whole, alt, , label, href, bold, italic] = match;
    if (alt !== undefined) out.push(alt);
    else if (label !== undefined) {
      const url = safeUrl(href ?? "");
      out.push(
        url ? (
          <a href={url} target="_blank" rel="noopener noreferrer nofollow">
            {label}
          </a>
        ) : (
          label
        ),
      );
    } else if (bold !== undefined) out.push(<strong>{bold}</strong>);
    else if (italic !== undefined) out.push(<em>{italic}</em>);
    else out.push(whole);
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function lines(text: string): ComponentChildren[] {
  return text.split("\n").flatMap((line, i) => (i === 0 ? inline(line) : [<br />, ...inline(line)]));
}

export function Markdown({ text }: { text: string }) {
  const blocks = text.trim().split(/\n{2,}/);
  return (
    <>
      {blocks.map((block) => {
        const items = block.split("\n");
        if (items.every((line) => /^\s*([-*]|\d+\.)\s+/.test(line))) {
          const ordered = /^\s*\d+\./.test(items[0] ?? "");
          const children = items.map((line) => <li>{inline(line.replace(/^\s*([-*]|\d+\.)\s+/, ""))}</li>);
          return ordered ? <ol>{children}</ol> : <ul>{children}</ul>;
        }
        return <p>{lines(block)}</p>;
      })}
    </>
  );
}
