// Success stories: a story's page and its follow-ups' edit pages, the list and its facets, the home
// page's recent stories, paths like mine, and the insights and path map drawn from all of them.
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import { getInsights } from "@/db/queries/insights";
import { getPathMap } from "@/db/queries/path-map";
import { getStory, listStories, pathsLikeMine, recentStories, storyFacets } from "@/db/queries/stories";
import { getFollowUpForEdit } from "@/db/queries/follow-ups";
import { listQuestions } from "@/db/queries/questions";
import { memberTags, shownTags, tags } from "@/lib/cache-tags";
import type { NumberCursor } from "@/lib/urls/cursor";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import type { EducationSlug, FieldSlug } from "@/lib/stories/story-facts";
import type { StoryFilters, StorySort } from "@/lib/stories/story-filters";
import { cachedFor } from "@/server/page-cache";

export async function cachedStory(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const story = await getStory(id);
  cachedFor(tags.thread(id), ...(story ? [tags.member(story.author.id)] : []));
  return story;
}

/**
 * A page of a story's questions to its author and the answers, from the start or after a question:
 * they are replies of its thread, so its tag covers every write to them; the askers' member tags
 * follow their logins and pictures.
 */
export async function cachedQuestions(id: number, after: number | null) {
  "use cache";
  checkReadArgs(READ_ARGS.questions, [id, after]);
  const questions = await listQuestions(id, after);
  cachedFor(tags.thread(id), ...memberTags(questions.questions.map((q) => q.author)));
  return questions;
}

/** A follow-up as written, for its edit page; tagged with its id either way, so a 404 cached before it existed is replaced. */
export async function cachedFollowUpForEdit(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const followUp = await getFollowUpForEdit(id);
  cachedFor(tags.followUp(id), ...(followUp ? [tags.thread(followUp.storyId)] : []));
  return followUp;
}

export async function cachedStoryList(filters: StoryFilters, sort: StorySort, cursor: NumberCursor | null) {
  "use cache";
  checkReadArgs(READ_ARGS.storyList, [filters, sort, cursor]);
  const page = await listStories(filters, sort, cursor);
  cachedFor(tags.stories, ...shownTags(page.stories));
  return page;
}

export async function cachedStoryFacets(filters: StoryFilters) {
  "use cache";
  checkReadArgs(READ_ARGS.storyFilters, [filters]);
  cachedFor(tags.stories);
  return storyFacets(filters);
}

export async function cachedRecentStories() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  const stories = await recentStories(5);
  cachedFor(tags.stories, ...shownTags(stories));
  return stories;
}

export async function cachedPathsLikeMine(start: { education?: EducationSlug; field?: FieldSlug }) {
  "use cache";
  checkReadArgs(READ_ARGS.pathsLikeMine, [start]);
  const matches = await pathsLikeMine(start);
  cachedFor(tags.stories, ...shownTags(matches));
  return matches;
}

export async function cachedInsights() {
  "use cache";
  checkReadArgs(READ_ARGS.none, []);
  cachedFor(tags.insights);
  return getInsights();
}

/**
 * The path map's figures for a filtered view. Under the insights tag, like every aggregate: it changes
 * when a story's facts or milestones do, or when one appears or leaves (every such write names it),
 * and not on a helpful mark or a reply, which name only the story lists.
 */
export async function cachedPathMap(filters: StoryFilters) {
  "use cache";
  checkReadArgs(READ_ARGS.storyFilters, [filters]);
  cachedFor(tags.insights);
  return getPathMap(filters);
}
