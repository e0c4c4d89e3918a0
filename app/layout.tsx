import type { Metadata } from "next";
import { Link } from "@/components/link";
import { Suspense } from "react";
import { FlashNotice } from "@/components/flash-notice";
import { ViewerProvider } from "@/components/viewer";
import { UserMenu } from "@/components/user-menu";
import { HeaderSearch } from "@/components/header-search";
import { SITE_FEEDS } from "@/lib/feeds";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MLPaths", template: "%s · MLPaths" },
  description: "How people got machine-learning jobs without a master's or a PhD, and the conversations around it.",
  // The site's Atom feeds, announced on every page (thread and story pages add their own).
  alternates: { types: { "application/atom+xml": SITE_FEEDS } },
  // Link previews need absolute addresses: AUTH_URL is the site's public address when set.
  ...(process.env.AUTH_URL ? { metadataBase: new URL(process.env.AUTH_URL) } : {}),
  openGraph: { siteName: "MLPaths", type: "website" },
  twitter: { card: "summary" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <ViewerProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
          >
            Skip to content
          </a>
          <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <nav
              aria-label="Main"
              className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
            >
              <div className="flex items-center gap-3 sm:gap-5">
                <Link href="/" className="text-lg font-bold tracking-tight text-emerald-700 dark:text-emerald-400">
                  MLPaths
                </Link>
                <Link
                  href="/stories"
                  className="whitespace-nowrap text-sm font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                >
                  Stories
                </Link>
                {/* Not on phones, where the header has no room for it: the home page links the categories. */}
                <Link
                  href="/c"
                  className="hidden whitespace-nowrap text-sm font-medium sm:inline text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                >
                  Categories
                </Link>
                <Link
                  href="/threads/new"
                  className="whitespace-nowrap text-sm font-medium text-zinc-700 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                >
                  New thread
                </Link>
              </div>
              <HeaderSearch />
              <UserMenu />
            </nav>
          </header>
          <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
            <Suspense>
              <FlashNotice />
            </Suspense>
            {children}
          </main>
          <footer className="mx-auto max-w-5xl px-4 pb-10 text-xs text-zinc-500 dark:text-zinc-400">
            MLPaths: career paths into machine learning, shared by the people who walked them.{" "}
            <Link href="/moderation" className="underline underline-offset-4">
              Moderation log
            </Link>
          </footer>
        </ViewerProvider>
      </body>
    </html>
  );
}
