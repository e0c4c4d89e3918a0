// The rows the fault test checks against, read straight from its database after the load: the
// writers' threads, stories and replies, the helpful marks, and every counter a write keeps beside
// them, each next to what the rows say it should be.
import postgres from "postgres";

const quiet = { max: 1, onnotice: () => {} };

export async function readRows(url, authorIds) {
  const sql = postgres(url, quiet);
  try {
    const threads = await sql`
      select id::int, kind, author_id, title, body, idempotency_key from threads where author_id = any(${authorIds})`;
    const replies = await sql`
      select id::int, thread_id::int, author_id, body, idempotency_key from replies where author_id = any(${authorIds})`;
    const marks = await sql`
      select user_id, thread_id::int, reply_id::int from helpful_votes where user_id = any(${authorIds})`;
    // Counters kept by the writes (and a trigger for the tag copies), against the rows they count.
    const badThreads = await sql`
      select t.id::int, t.reply_count, t.last_activity_at, t.helpful_count,
        (select count(*)::int from replies r where r.thread_id = t.id and r.deleted_at is null) as live_replies,
        greatest(t.created_at, (select max(r.created_at) from replies r where r.thread_id = t.id)) as newest_post,
        (select count(*)::int from helpful_votes v where v.thread_id = t.id and v.reply_id is null) as marks
      from threads t
      where t.reply_count <> (select count(*) from replies r where r.thread_id = t.id and r.deleted_at is null)
        or t.last_activity_at < greatest(t.created_at, (select max(r.created_at) from replies r where r.thread_id = t.id))
        or t.helpful_count <> (select count(*) from helpful_votes v where v.thread_id = t.id and v.reply_id is null)`;
    const badReplies = await sql`
      select r.id::int, r.helpful_count, (select count(*)::int from helpful_votes v where v.reply_id = r.id) as marks
      from replies r
      where r.helpful_count <> (select count(*) from helpful_votes v where v.reply_id = r.id)`;
    const badStories = await sql`
      select s.thread_id::int, s.helpful_count as story_count, t.helpful_count as thread_count
      from stories s join threads t on t.id = s.thread_id
      where s.helpful_count <> t.helpful_count`;
    const badTagCopies = await sql`
      select tt.thread_id::int, tt.tag_id::int from thread_tags tt join threads t on t.id = tt.thread_id
      where tt.last_activity_at <> t.last_activity_at or tt.helpful_count <> t.helpful_count
        or tt.listed <> (t.deleted_at is null and t.hidden_at is null)`;
    const [{ tagCopies }] = await sql`select count(*)::int as "tagCopies" from thread_tags`;
    return { threads, replies, marks, badThreads, badReplies, badStories, badTagCopies, tagCopies };
  } finally {
    await sql.end();
  }
}
