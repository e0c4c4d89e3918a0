/** Sanitized HTML, rendered from Markdown and cleaned once at write time (lib/markdown/markdown.ts). */
export function PostBody({ html }: { html: string }) {
  return (
    <div
      className="post-body prose prose-zinc max-w-none dark:prose-invert prose-a:text-emerald-700 dark:prose-a:text-emerald-400 prose-code:before:content-none prose-code:after:content-none"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
