// A policy page (shipping, returns, questions, privacy, terms) as the studio wrote it in server/content.
import { Link } from "@remix-run/react";
import type { ContentPage } from "../../../server/content/pages";
import { PageIntro } from "../page-intro";

export function ContentPageView({ page }: { page: ContentPage }) {
  return (
    <div className="mx-auto max-w-3xl px-4 pb-8 sm:px-6">
      <PageIntro title={page.title} lead={page.description} />
      <div className="space-y-10">
        {page.sections.map((section, index) => (
          <section key={section.heading} aria-labelledby={`${page.slug}-section-${index}`}>
            <h2 id={`${page.slug}-section-${index}`} className="font-serif text-2xl text-stone-900 dark:text-stone-100">
              {section.heading}
            </h2>
            {section.paragraphs.map((text) => (
              <p key={text} className="mt-3 leading-relaxed text-stone-700 dark:text-stone-300">
                {text}
              </p>
            ))}
          </section>
        ))}
      </div>
      <p className="mt-12 text-stone-700 dark:text-stone-300">
        Anything else?{" "}
        <Link to="/contact" className="rounded-md text-stone-900 underline underline-offset-4 dark:text-stone-100">
          Write to the studio
        </Link>
        .
      </p>
    </div>
  );
}
