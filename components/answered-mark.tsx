// "✓ Answered" beside a discussion's title in every list (home, categories, tags, profiles, search):
// a reply is marked as the answer that helped (db/mutations/answers.ts). Its thread's tag expires the
// lists that show it, as every item's does.
export function AnsweredMark({ answered, reply = false }: { answered: boolean; reply?: boolean }) {
  if (!answered) return null;
  return (
    <span
      className="answered-pill"
      title={reply ? "Marked as the answer that helped" : "A reply is marked as the answer that helped"}
    >
      <span aria-hidden="true">✓ </span>
      {reply ? "The answer" : "Answered"}
    </span>
  );
}
