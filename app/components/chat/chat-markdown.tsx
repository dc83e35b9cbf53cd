// Renders an answer's safe Markdown (markdown-parse.ts) as React elements: text is always text.
import { Fragment, useMemo, type ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "./markdown-parse";

const linkClass = "underline underline-offset-2 hover:text-stone-600 dark:hover:text-stone-300";

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case "text":
        return <Fragment key={i}>{node.text}</Fragment>;
      case "strong":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "code":
        return (
          <code key={i} className="rounded bg-stone-200 px-1 text-[0.9em] dark:bg-stone-700">
            {node.text}
          </code>
        );
      case "link":
        return node.external ? (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className={linkClass}>
            {renderInline(node.children)}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          <a key={i} href={node.href} className={linkClass}>
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

function renderBlock(block: Block, i: number): ReactNode {
  switch (block.kind) {
    case "paragraph":
      return (
        <p key={i}>
          {block.lines.map((line, n) => (
            <Fragment key={n}>
              {n > 0 ? <br /> : null}
              {renderInline(line)}
            </Fragment>
          ))}
        </p>
      );
    case "heading":
      return (
        <p key={i} className="font-semibold">
          {renderInline(block.children)}
        </p>
      );
    case "list": {
      const items = block.items.map((item, n) => <li key={n}>{renderInline(item)}</li>);
      return block.ordered ? (
        <ol key={i} start={block.start} className="list-decimal space-y-1 pl-5">
          {items}
        </ol>
      ) : (
        <ul key={i} className="list-disc space-y-1 pl-5">
          {items}
        </ul>
      );
    }
    case "code":
      return (
        <pre key={i} className="overflow-x-auto rounded bg-stone-200 p-2 text-sm dark:bg-stone-700">
          <code>{block.text}</code>
        </pre>
      );
    case "rule":
      return <hr key={i} className="border-stone-300 dark:border-stone-600" />;
  }
}

export function ChatMarkdown({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className="space-y-2 break-words">{blocks.map(renderBlock)}</div>;
}
