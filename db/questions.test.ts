// Ask the author: a signed-in reader asks a story's author a question (a public reply marked as one),
// the author is told and answers in a reply linked to it, and its asker is told; the author opens and
// closes the story to questions; the per-asker caps; the rules of lib/permissions.ts, checked under lock.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { UNLIMITED } from "@/lib/limits/rate-limits";
import { getDb } from "./index";
import { setPostHidden } from "./mutations/moderation";
import { setQuestionsOpen } from "./mutations/questions";
import { createReply, deleteReply } from "./mutations/replies";
import { createStory, updateStory } from "./mutations/stories";
import { storyFormInput } from "@/lib/stories/story-validation";
import { listQuestions } from "./queries/questions";
import { findMember } from "./queries/profiles";
import { notifications, replies, stories, users } from "./schema";
import { useFreshDatabase } from "./test/database";
import { aMember, aThread, sampleStory } from "./test/factories";

let done: () => Promise<void>;
let author: string;
let reader: string;
let other: string;
let mod: string;

beforeAll(async () => {
  done = await useFreshDatabase();
  author = (await aMember({ login: "story-author" })).id;
  reader = (await aMember({ login: "curious-reader" })).id;
  other = (await aMember({ login: "other-reader" })).id;
  mod = (await aMember({ login: "q-mod", role: "moderator" })).id;
});
afterAll(() => done());

let stories_made = 0;
const aStory = async (by = author) =>
  (await createStory(by, sampleStory(`Teacher to data scientist ${++stories_made}`), { limits: UNLIMITED })).id;
const ask = (by: string, storyId: number, body: string, limits = UNLIMITED) =>
  createReply(by, storyId, { body, question: true }, { limits });
const answer = (by: string, storyId: number, questionId: number, body: string) =>
  createReply(by, storyId, { body, answers: questionId }, { limits: UNLIMITED });
const rowOf = async (id: number) =>
  (
    await getDb()
      .select({ isQuestion: replies.isQuestion, questionId: replies.questionId, replyToId: replies.replyToId })
      .from(replies)
      .where(eq(replies.id, id))
  )[0];
const told = (recipientId: string, replyId: number) =>
  getDb()
    .select({ kind: notifications.kind, actorId: notifications.actorId })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.replyId, replyId)));

describe("asking a story's author", () => {
  it("a reader's question is a public reply marked as one, and the author is told it is a question", async () => {
    const storyId = await aStory();
    const q = await ask(reader, storyId, "How long did the portfolio take?");
    expect(await rowOf(q.id)).toEqual({ isQuestion: true, questionId: null, replyToId: null });
    expect(q.changed).toEqual(expect.arrayContaining([tags.thread(storyId), tags.reply(q.id)]));
    expect(await told(author, q.id)).toEqual([{ kind: "question", actorId: reader }]);
  });

  it("the author answers in a reply linked to the question, and the asker is told it was answered", async () => {
    const storyId = await aStory();
    const q = await ask(reader, storyId, "Which course helped most?");
    const a = await answer(author, storyId, q.id, "The fast.ai course, by far.");
    expect(await rowOf(a.id)).toEqual({ isQuestion: false, questionId: q.id, replyToId: q.id });
    expect(await told(reader, a.id)).toEqual([{ kind: "question-answered", actorId: author }]);
  });

  it("a question mentioning the author still tells them it is a question", async () => {
    const storyId = await aStory();
    const q = await ask(reader, storyId, "@story-author did you use Kaggle?");
    expect(await told(author, q.id)).toEqual([{ kind: "question", actorId: reader }]);
  });

  it("the author cannot ask themselves, and a discussion takes no questions", async () => {
    const storyId = await aStory();
    await expect(ask(author, storyId, "Am I asking myself?")).rejects.toThrow(
      new ForbiddenError("You can't ask yourself a question: reply to your readers instead."),
    );
    const { id: discussionId } = await aThread(author, { title: "Not a story" });
    await expect(ask(reader, discussionId, "A question here?")).rejects.toThrow(
      new ForbiddenError("Only stories take questions to their author."),
    );
  });

  it("only the author answers, only questions, and a question of another story is unknown", async () => {
    const storyId = await aStory();
    const q = await ask(reader, storyId, "What did interviews ask?");
    await expect(answer(other, storyId, q.id, "I can answer that")).rejects.toThrow(
      new ForbiddenError("Only the story's author can answer its questions."),
    );
    const plain = await createReply(other, storyId, { body: "Great story!" }, { limits: UNLIMITED });
    await expect(answer(author, storyId, plain.id, "Thanks")).rejects.toThrow(
      new ForbiddenError("That reply is not a question to the author."),
    );
    const elsewhere = await aStory();
    await expect(answer(author, elsewhere, q.id, "Wrong place")).rejects.toBeInstanceOf(NotFoundError);
    await expect(answer(author, storyId, 987654321, "No such question")).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createReply(reader, storyId, { body: "Both?", question: true, answers: q.id }, { limits: UNLIMITED }),
    ).rejects.toThrow(new ForbiddenError("A question can't also be an answer."));
  });

  it("a hidden or deleted question cannot be answered", async () => {
    const storyId = await aStory();
    const hidden = await ask(reader, storyId, "A question the moderators hide");
    await setPostHidden(mod, { replyId: hidden.id }, true, { reason: "Off-topic", note: null });
    await expect(answer(author, storyId, hidden.id, "Answering anyway")).rejects.toThrow(
      new ForbiddenError("This question is hidden by the moderators."),
    );
    const gone = await ask(reader, storyId, "A question its asker deletes");
    await deleteReply(reader, gone.id);
    await expect(answer(author, storyId, gone.id, "Too late")).rejects.toThrow(
      new ForbiddenError("This question was deleted."),
    );
  });
});

describe("opening and closing a story to questions", () => {
  const openOf = async (id: number) =>
    (await getDb().select({ open: stories.questionsOpen }).from(stories).where(eq(stories.threadId, id)))[0].open;

  it("a new story is open; closed, it refuses questions but its author still answers the ones asked", async () => {
    const storyId = await aStory();
    expect(await openOf(storyId)).toBe(true);
    const q = await ask(reader, storyId, "Asked before it closed");
    expect(await setQuestionsOpen(author, storyId, false)).toEqual({ open: false, changed: [tags.thread(storyId)] });
    await expect(ask(other, storyId, "Asked after it closed")).rejects.toThrow(
      new ForbiddenError("The author has closed this story to questions."),
    );
    await answer(author, storyId, q.id, "Still answering this one.");
    // Closing again changes nothing and expires nothing; reopening lets readers ask again.
    expect((await setQuestionsOpen(author, storyId, false)).changed).toEqual([]);
    await setQuestionsOpen(author, storyId, true);
    await ask(other, storyId, "Asked after it reopened");
  });

  it("the story form's choice: a story written with it unticked is closed, and an edit changes it", async () => {
    expect(storyFormInput.shape.questions.parse("open")).toBe(true);
    expect(storyFormInput.shape.questions.parse("")).toBe(false);
    const { id } = await createStory(author, { ...sampleStory("Closed from the start"), questions: false });
    expect(await openOf(id)).toBe(false);
    await expect(ask(reader, id, "Can I ask?")).rejects.toThrow(/closed this story to questions/);
    const edit = { ...sampleStory("Closed from the start"), questions: true };
    expect((await updateStory(author, id, edit)).changed).toContain(tags.thread(id));
    expect(await openOf(id)).toBe(true);
    await updateStory(author, id, { ...edit, questions: false });
    expect(await openOf(id)).toBe(false);
  });

  it("only the author opens or closes; a suspended author may still close; unknown ids are 404s", async () => {
    const storyId = await aStory();
    await expect(setQuestionsOpen(reader, storyId, false)).rejects.toThrow(
      new ForbiddenError("Only the story's author can open or close it to questions."),
    );
    await expect(setQuestionsOpen(author, 987654321, false)).rejects.toBeInstanceOf(NotFoundError);
    const { id: discussionId } = await aThread(author, { title: "A discussion has no questions" });
    await expect(setQuestionsOpen(author, discussionId, false)).rejects.toBeInstanceOf(NotFoundError);

    const suspended = (await aMember({ login: "suspended-author" })).id;
    const theirs = await aStory(suspended);
    await getDb()
      .update(users)
      .set({ suspendedUntil: new Date(Date.now() + 3600_000) })
      .where(eq(users.id, suspended));
    expect((await setQuestionsOpen(suspended, theirs, false)).open).toBe(false);
    await expect(setQuestionsOpen(suspended, theirs, true)).rejects.toThrow(/suspended/);
  });
});

describe("the per-asker caps (questionsPerStoryPerDay, questionsPerDay)", () => {
  it("refuses a reader's questions past the cap for one story, and past the cap for all", async () => {
    const limits = { ...UNLIMITED, questionsPerStoryPerDay: 2, questionsPerDay: 3 };
    const asker = (await aMember({ login: "eager-asker" })).id;
    const first = await aStory();
    await ask(asker, first, "First question", limits);
    await ask(asker, first, "Second question", limits);
    await expect(ask(asker, first, "Third question", limits)).rejects.toThrow(
      /^You've reached the limit of 2 questions to this story's author a day\. Please try again in \d+ hours\.$/,
    );
    // An ordinary reply is not a question: the caps leave it alone.
    await createReply(asker, first, { body: "Thanks for the answers" }, { limits });
    const second = await aStory();
    await ask(asker, second, "Third question, another story", limits);
    const refused = ask(asker, second, "Fourth question", limits);
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow(/limit of 3 questions to authors a day/);
    // A deleted question still counts: deleting gives no turn back.
    const third = await aStory();
    const other_asker = (await aMember({ login: "deleting-asker" })).id;
    const q = await ask(other_asker, third, "Asked then deleted", limits);
    await deleteReply(other_asker, q.id);
    await ask(other_asker, third, "Asked again", limits);
    await expect(ask(other_asker, third, "And again", limits)).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("a story's questions and answers, for its page (listQuestions)", () => {
  it("lists live questions oldest first with the author's answers, and counts answered and waiting", async () => {
    const storyId = await aStory();
    const first = await ask(reader, storyId, "First: how did you pick projects?");
    const second = await ask(other, storyId, "Second: was a degree needed?");
    const third = await ask(reader, storyId, "Third: which books?");
    await createReply(other, storyId, { body: "Not a question, just thanks" }, { limits: UNLIMITED });
    const a1 = await answer(author, storyId, first.id, "Ones close to my old job.");
    expect(await listQuestions(storyId)).toMatchObject({
      answered: 1,
      waiting: 2,
      questions: [
        { id: first.id, author: { login: "curious-reader" }, answers: [{ id: a1.id }] },
        { id: second.id, author: { login: "other-reader" }, answers: [] },
        { id: third.id, answers: [] },
      ],
    });
    // A deleted answer leaves its question waiting again; a hidden question leaves the list and the counts.
    await deleteReply(author, a1.id);
    await setPostHidden(mod, { replyId: third.id }, true, { reason: "Spam", note: null });
    const after = await listQuestions(storyId);
    expect(after).toMatchObject({ answered: 0, waiting: 2 });
    expect(after.questions.map((q) => q.id)).toEqual([first.id, second.id]);
    expect(after.questions[0].answers).toEqual([]);
  });

  it("pages through the questions by keyset, oldest first, with the counts of all on every page", async () => {
    const storyId = await aStory();
    const asked = [];
    for (let i = 1; i <= 5; i++) asked.push((await ask(i % 2 ? reader : other, storyId, `Paged question ${i}`)).id);
    await answer(author, storyId, asked[3], "Answer to the fourth");
    const first = await listQuestions(storyId, null, 2);
    expect(first).toMatchObject({ answered: 1, waiting: 4, more: true });
    expect(first.questions.map((q) => q.id)).toEqual(asked.slice(0, 2));
    const second = await listQuestions(storyId, asked[1], 2);
    expect(second).toMatchObject({ answered: 1, waiting: 4, more: true });
    expect(second.questions.map((q) => q.id)).toEqual(asked.slice(2, 4));
    expect(second.questions[1].answers).toHaveLength(1);
    const last = await listQuestions(storyId, asked[3], 2);
    expect(last.questions.map((q) => q.id)).toEqual([asked[4]]);
    expect(last.more).toBe(false);
    // Exactly a page: nothing more follows.
    expect((await listQuestions(storyId, asked[2], 2)).more).toBe(false);
  });

  it("a hidden story, a discussion and an unknown id list nothing", async () => {
    const storyId = await aStory();
    await ask(reader, storyId, "Asked before the story was hidden");
    await setPostHidden(mod, { threadId: storyId }, true, { reason: "Spam", note: null });
    expect(await listQuestions(storyId)).toEqual({ answered: 0, waiting: 0, questions: [], more: false });
    const { id: discussionId } = await aThread(author, { title: "Just a discussion" });
    expect(await listQuestions(discussionId)).toEqual({ answered: 0, waiting: 0, questions: [], more: false });
    expect(await listQuestions(987654321)).toEqual({ answered: 0, waiting: 0, questions: [], more: false });
  });
});

describe("a profile's count of questions answered (findMember)", () => {
  it("counts the questions a member answered with an answer readers can see, each once", async () => {
    const answerer = (await aMember({ login: "answering-author" })).id;
    const storyId = await aStory(answerer);
    const q1 = await ask(reader, storyId, "Profile count: first question");
    const q2 = await ask(other, storyId, "Profile count: second question");
    expect((await findMember("answering-author")).member?.questionsAnswered).toBe(0);
    await answer(answerer, storyId, q1.id, "First answer");
    await answer(answerer, storyId, q1.id, "A second answer to the same question");
    const a2 = await answer(answerer, storyId, q2.id, "Answer to the second");
    expect((await findMember("answering-author")).member?.questionsAnswered).toBe(2);
    await deleteReply(answerer, a2.id);
    expect((await findMember("answering-author")).member?.questionsAnswered).toBe(1);
  });
});
