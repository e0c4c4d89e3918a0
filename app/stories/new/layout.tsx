import { ReadingColumn } from "@/components/reading-column";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ReadingColumn>{children}</ReadingColumn>;
}
