// Sample content for MLPaths. Every person and thread here is fictional and
// clearly marked as a sample. githubId values are negative so they can never
// collide with a real GitHub account id.

export type SeedPerson = { login: string; name: string; githubId: number };
export type SeedReply = { author: string /* login */; body: string /* Markdown */; hoursAfterThread: number };
export type SeedThread = {
  slugKey: string /* unique stable key, kebab-case */;
  author: string;
  title: string;
  body: string;
  daysAgo: number;
  replies: SeedReply[];
  /** The reply (its index) the author marked as the answer that helped, for a question. */
  answer?: number;
};

export const SAMPLE_PEOPLE: SeedPerson[] = [
  { login: "sample-member", name: "Sam Member (sample)", githubId: -1 },
  { login: "sample-priya", name: "Priya N. (sample)", githubId: -2 },
  { login: "sample-marcus", name: "Marcus T. (sample)", githubId: -3 },
  { login: "sample-lena", name: "Lena K. (sample)", githubId: -4 },
  { login: "sample-diego", name: "Diego R. (sample)", githubId: -5 },
  { login: "sample-aisha", name: "Aisha O. (sample)", githubId: -6 },
  { login: "sample-tom", name: "Tom W. (sample)", githubId: -7 },
  { login: "sample-yuki", name: "Yuki S. (sample)", githubId: -8 },
  { login: "sample-olu", name: "Olu A. (sample)", githubId: -9 },
  { login: "sample-hannah", name: "Hannah B. (sample)", githubId: -10 },
];

export const SAMPLE_THREADS: SeedThread[] = [
  // ---------------------------------------------------------------------------
  {
    slugKey: "accountant-to-data-scientist-22-months",
    author: "sample-priya",
    title: "From accountant to data scientist in 22 months: what actually mattered",
    daysAgo: 41,
    body: `I spent five years in audit and then FP&A at a mid-size manufacturer. No CS degree, no master's, just a BCom and a CPA. Last month I started as a **Data Scientist** on the pricing team at a logistics company, so I promised myself I'd write up the path while I still remember the boring parts.

Rough timeline:

1. **Months 1-4:** SQL every evening. I rebuilt our month-end variance report in SQL instead of Excel, which my manager noticed.
2. **Months 5-9:** Python and pandas. Moved the same reports to notebooks, then to a small scheduled script.
3. **Months 10-14:** Andrew Ng's Machine Learning Specialization plus the first half of *Hands-On Machine Learning*. Built a demand forecast for our own SKUs (it beat the planners' spreadsheet by about 9% MAPE).
4. **Months 15-22:** Applied to around 70 roles, got 6 first-round calls, 2 offers. Took the one where the hiring manager cared about the forecast project.

What mattered most, honestly in this order:

- **Domain knowledge.** Every interviewer asked about margin, cost allocation or revenue recognition at some point. Accountants underestimate how rare that is.
- **SQL.** Every single loop had a SQL screen. None had a LeetCode hard.
- **One project on real-ish data** with a clear before/after number.

What mattered less than I feared: knowing the derivation of backprop, having a Kaggle ranking, and the degree itself. Salary went from 68k (senior accountant) to 104k base, in a mid-cost US city. Happy to answer questions.`,
    replies: [
      {
        author: "sample-tom",
        hoursAfterThread: 2,
        body: `Saving this. The "rebuild an existing report in SQL" move is underrated. It's the cheapest way to get your current employer to see you as a data person.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 5,
        body: `How did you get access to the SKU data for the forecast? I'm in procurement and I keep getting told I can't have read access to the warehouse.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 7,
        body: `@sample-olu I didn't ask for warehouse access at first. I asked the BI team for a **monthly extract** of one table, framed as "I want to automate the variance report you currently send me as a PDF". Once that worked they gave me a read-only role. Ask for the smallest thing that solves *their* problem.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 11,
        body: `Hiring manager here. "Beat the planners' spreadsheet by 9% MAPE on our own SKUs" is exactly the kind of sentence that gets a resume pulled out of the pile. It has a baseline, a metric, and a business owner. Most portfolios have none of the three.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 20,
        body: `70 applications for 6 calls is encouraging, I'm at 110 for 3. Did you tailor each resume or use one version?`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 23,
        body: `@sample-aisha Two versions: one for "analytics-flavored" DS roles that led with the finance background, and one for forecasting/pricing roles that led with the project. The second one got 5 of the 6 calls. I stopped applying to generic "ML Engineer" postings after the first month, they were a waste of time for my profile.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 30,
        body: `Did you ever feel you had to finish the whole ML Specialization before applying? I keep telling myself I'm not ready.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 52,
        body: `Not Priya, but: nobody asked me whether I finished a course. They asked what I built. Start applying when you have one project you can talk about for 20 minutes without notes.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 75,
        body: `Same pattern in my move from QA: the domain you come from is an asset, not something to hide. Good write-up.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "qa-tester-to-ml-engineer",
    author: "sample-marcus",
    title: "QA tester to ML engineer: my test automation skills transferred more than I expected",
    daysAgo: 33,
    body: `Six years as a QA engineer (Selenium, pytest, a lot of Jenkins babysitting). Fourteen months ago I moved internally to the ML platform team, and last quarter my title officially changed to **ML Engineer**. Posting because QA people rarely see themselves in these stories.

The door was *data validation*. Our ranking model kept breaking because upstream tables changed shape. I offered to write checks for the training data, the same way I'd write checks for an API. Then I added regression tests for the model itself:

\`\`\`python
def test_model_does_not_regress(candidate_model, golden_set, baseline_metrics):
    preds = candidate_model.predict(golden_set.features)
    auc = roc_auc_score(golden_set.labels, preds)
    # fail the pipeline if the new model is clearly worse than production
    assert auc >= baseline_metrics["auc"] - 0.005
\`\`\`

That tiny test caught two bad retrains in the first month, and suddenly I was invited to the team's planning meetings.

Things from QA that transferred directly:

- Thinking in **edge cases and failure modes** (what if the feature is null, what if the category is new)
- CI/CD, flaky-test hunting, reading logs
- Writing clear bug reports, which turn out to be great model incident write-ups

Things I had to learn from scratch: feature engineering, how gradient boosting actually works, and enough statistics to not embarrass myself when someone says "calibration". I used *Hands-On Machine Learning* for the first two and StatQuest videos for the third.`,
    replies: [
      {
        author: "sample-lena",
        hoursAfterThread: 3,
        body: `This is basically how I got into MLOps too. Nobody wants to own data quality, so owning it is a real entry point.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 6,
        body: `Did you use a library for the data checks or roll your own?`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 8,
        body: `@sample-olu Started with plain pytest + pandas asserts, then moved to Great Expectations once we had more than ~40 checks. Honestly the plain pytest version was easier to get buy-in for because everyone already understood it.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 14,
        body: `The golden-set regression test is a good interview story too. If you ever interview externally, lead with "caught two bad retrains before they shipped". That's concrete impact.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 19,
        body: `How long before the title change did you start doing ML work? Wondering how much unpaid "extra" work to expect.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 22,
        body: `@sample-member About 9 months of doing it alongside my QA work, maybe 20-30% of my time by the end. I negotiated the formal move once my manager could point at specific things I'd shipped. I'd put a time box on it though: if nothing changes in a year, that's a signal to interview elsewhere.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 40,
        body: `Same applies to LLM apps right now. Evals are just tests with fuzzier asserts, and teams are desperate for people who enjoy writing them.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 96,
        body: `Bookmarking for the "things I had to learn from scratch" list. Nice to see an honest version.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "take-home-churn-model-rejected-feedback",
    author: "sample-aisha",
    title: "Take-home assignment: 48-hour churn model, got rejected, here is the feedback",
    daysAgo: 12,
    body: `Got a take-home for a junior data scientist role at a subscription app: a CSV of ~50k users, predict 30-day churn, 48 hours, "spend no more than 4-6 hours". I spent about 14 (mistake number one) and got rejected. To their credit they sent written feedback, which I'm sharing because it was more useful than any course:

> Strong modeling effort, but the \`days_since_last_login\` feature is computed using activity after the prediction date, so the 0.94 AUC is not trustworthy. No baseline model was reported. The notebook was hard to follow.

They were right on all three. My takeaways for anyone facing a take-home:

1. **Check for leakage first.** If your first model scores suspiciously well, assume you did something wrong.
2. **Report a dumb baseline** (predict the majority class, or a single-feature logistic regression). It frames every other number.
3. **Write a one-page README** with the question, approach, result, and what you'd do with more time. Reviewers read that first, maybe only that.
4. **Respect the time box.** Fourteen hours of polish doesn't save a leaky feature.

Next take-home I'm going to structure it as \`README.md\`, \`01_eda.ipynb\`, \`02_model.ipynb\` and a small \`src/features.py\` so the logic isn't buried in cell 73.`,
    replies: [
      {
        author: "sample-diego",
        hoursAfterThread: 4,
        body: `Very generous of that company to send feedback. And yes: when I review take-homes, **leakage is the first thing I check**, because it's the most common reason a strong-looking submission fails.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 9,
        body: `The README point is so true. Mine was one page with a chart of lift by decile and I'm fairly sure that's what got me to the onsite.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 15,
        body: `Did they say how long reviewers actually spend on each one? I always wonder whether the 14-hour version is even read.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 17,
        body: `@sample-tom The recruiter told me "about 30-45 minutes per submission". So yeah, most of my polish was invisible.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 26,
        body: `A trick from my QA days: write a tiny test that asserts every feature's source timestamp is before the cutoff date. Takes ten minutes and would have caught this.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 44,
        body: `I'd add: say out loud what you *didn't* do. "I didn't tune hyperparameters beyond defaults because the time box was 5 hours" reads as judgment, not laziness.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 70,
        body: `Rejected-with-feedback still counts as progress. Thanks for posting the actual text, it's rare to see.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "ml-system-design-round-no-production-experience",
    author: "sample-member",
    title: "How do you prepare for an ML system design round with zero production experience?",
    daysAgo: 6,
    body: `I have an onsite in three weeks for an ML engineer role at a mid-size e-commerce company. Coding rounds I can grind. The **ML system design** round scares me: the prompt is apparently something like "design a product recommendation system" and I have never deployed a model anywhere except a Hugging Face Space.

What I've done so far:

- Read the first four chapters of Chip Huyen's *Designing Machine Learning Systems*
- Watched a couple of mock interviews on YouTube

What I don't know is how deep to go. Do they expect me to talk about feature stores and Kafka, or is it more about framing the problem and picking metrics? And how do I avoid sounding like I'm reciting a blog post when I haven't done any of it myself?`,
    answer: 0,
    replies: [
      {
        author: "sample-diego",
        hoursAfterThread: 1.5,
        body: `I run these rounds. What I'm grading, roughly in order:

1. **Problem framing**: what are we optimizing, for whom, and how do we know it worked (offline metric *and* online metric)
2. **Data**: where labels come from, how noisy they are, what leaks
3. **A simple baseline first**, then one step more sophisticated
4. **Serving and monitoring** at a "boxes and arrows" level

Candidates who open with "I'd use a two-tower model with a feature store" before asking a single question usually do worse than ones who start with "popular items per category" as the baseline.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 4,
        body: `You don't need Kafka. You need to be able to say how fresh the features must be and why. "Daily batch is fine for this, real-time only for the session features" is a great answer.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 6,
        body: `@sample-diego That's really helpful. For the online metric, would something like click-through rate be enough or do they want revenue?`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 9,
        body: `@sample-member Mention both and the tension between them. CTR is quick to measure but easy to game with clickbait-y items; revenue per session is what the business cares about but is noisy. Picking one and explaining why is the point.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 20,
        body: `Practical tip: do 3-4 mock designs out loud with a timer, recording yourself. The first one will be painful. By the third you'll have a structure you can reuse for any prompt.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 27,
        body: `On "not sounding like a blog post": tie things to something you did build, even if small. "In my HF Space I noticed cold-start latency was 8s, so here I'd keep the model warm" is more convincing than a perfect textbook answer.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 50,
        body: `Also worth skimming: https://madewithml.com has a good section on monitoring and testing that maps well to the last 10 minutes of these rounds.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 73,
        body: `Following. I have a similar round coming up for a search ranking team.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 101,
        body: `Good luck! Report back after, these debriefs are the most useful posts on here.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "leetcode-vs-ml-fundamentals-interview-loops",
    author: "sample-tom",
    title: "LeetCode vs ML fundamentals: what did your interview loops actually test?",
    daysAgo: 19,
    body: `I taught high-school maths for eight years, then did two years as a data analyst. I'm now interviewing for ML roles and I'm torn on where to spend my limited evenings: LeetCode mediums, or ML fundamentals (bias/variance, metrics, regularization, trees vs linear models).

Here is what my last four loops actually contained:

| Company type | Coding | ML theory | Case / design |
| --- | --- | --- | --- |
| Big tech, MLE | 2 LeetCode mediums | 1 round | 1 ML design |
| Fintech, DS | SQL + pandas | 1 round | 1 product case |
| Healthtech startup, MLE | Practical: clean data, train a model | Light | Talk through past project |
| Retail, DS | SQL only | 1 round | Take-home |

So only one of four was LeetCode-heavy. **Would love more data points** so we can see the pattern across company types.`,
    replies: [
      {
        author: "sample-marcus",
        hoursAfterThread: 2,
        body: `Two MLE loops for me last year: both had one LeetCode-style round (easy-medium, arrays and hash maps), both had a debugging round where a training script was subtly broken. That debugging round was the one I enjoyed most.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 5,
        body: `DS loops: zero LeetCode across 6 companies, SQL in all 6, and probability questions in 3 ("two dice, what's the chance..."). Window functions came up every single time.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 8,
        body: `AI engineer roles (LLM apps): one standard coding round, then "build a small RAG endpoint in 90 minutes" with any tools. No ML theory at all, which surprised me.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 12,
        body: `From the other side: we dropped LeetCode for our MLE loop last year and replaced it with a practical round using \`pandas\` and \`scikit-learn\`. Pass rate for career changers went up and our on-the-job performance didn't drop. But big tech won't change soon, so if you're targeting FAANG-style companies, you do need the grind.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 14,
        body: `@sample-diego That's reassuring. Sounds like the rule is: big tech = grind NeetCode 150, everyone else = ML fundamentals + SQL + one good project story.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 22,
        body: `MLOps loops I've seen: a Linux/Docker troubleshooting round, one "design a training pipeline" round, and one easy coding round. No ML theory deeper than "what is data drift".`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 31,
        body: `Adding one: a Series B startup gave me a 60-minute pair-programming session on their actual (anonymized) codebase. Best interview format I've had.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 46,
        body: `This table should be pinned. I've been doing 2 LeetCode problems a day for a DS role where, reading this, it probably won't come up at all.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 58,
        body: `@sample-olu Ask the recruiter! They'll almost always tell you the round structure if you ask "what should I prepare for each stage?" I wish I'd learned that earlier.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 80,
        body: `Adding my single data point: regional bank, DS role, one SQL round and one "explain a confusion matrix to a claims manager" round. No coding puzzles.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "fastai-or-andrew-ng-first",
    author: "sample-olu",
    title: "fast.ai or Andrew Ng's course first? (I keep switching and finishing neither)",
    daysAgo: 27,
    body: `Confession: in the last five months I've started the [Machine Learning Specialization](https://www.coursera.org/specializations/machine-learning-introduction) twice and [Practical Deep Learning for Coders](https://course.fast.ai) twice. I get to week 3 of one, read a thread saying the other one is better, and switch.

My situation: procurement analyst, comfortable with Excel and some Python (I can write a loop and use \`pandas.read_csv\`), about 6-8 hours a week. Goal is a junior DS or ML role within about 18 months.

So, for people who've done one or both:

- Which one did you finish, and **what did you build right after**?
- Does the order matter?
- Be honest: is the answer just "pick one and stop reading Reddit"?`,
    replies: [
      {
        author: "sample-priya",
        hoursAfterThread: 1,
        body: `The answer is "pick one and stop reading Reddit". But since you asked: I did Ng first, fast.ai later, and it worked for me because I like understanding the math before the code.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 1.5,
        body: `Opposite order for me. fast.ai got me training an image classifier in the first lesson, which kept me motivated enough to later sit through the theory.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 2,
        body: `As a former teacher: the best course is the one you finish. Top-down (fast.ai) vs bottom-up (Ng) is a learning-style question, not a quality question.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 3,
        body: `For a DS role specifically, Ng's course covers more of what comes up in interviews (regularization, bias/variance, evaluation). fast.ai is deep-learning-first.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 4,
        body: `fast.ai part 1 plus the book, then straight into a project. I never did Ng's course and it hasn't hurt me, but I'm on the LLM app side where it matters less.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 5,
        body: `Okay, so already two votes each way. This is exactly my problem, haha.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 6,
        body: `Tie-breaker from someone who hires: I genuinely can't tell from a resume which course someone took, and I don't care. I can tell immediately whether they built something after.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 8,
        body: `Whichever you pick, put the end date in your calendar and tell someone. Public commitment is what made me finish.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 10,
        body: `Given procurement + Excel + DS goal, I'd actually say Ng, then a tabular project on procurement data (supplier lead times? late deliveries?). That's a story no one else applying has.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 12,
        body: `I'm in the same loop with these two courses. Would anyone be up for a study group so we actually finish one?`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 13,
        body: `@sample-member Yes! Let's do it. Leaning towards Ng because of Hannah's point about tabular data.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 15,
        body: `Count me in as a "check-in buddy". Happy to answer the math questions, that's my old job.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 20,
        body: `Tip for Ng's course: do the optional labs. The graded ones are fill-in-the-blank, the optional ones are where you see the whole thing end to end.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 26,
        body: `And for fast.ai if you ever go back: actually run every notebook on Kaggle or Colab while watching. Just watching lessons feels productive and isn't.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 30,
        body: `Also the Kaggle Learn micro-courses are a good "warm-up" if week 1 of Ng feels heavy: https://www.kaggle.com/learn (Intro to ML + Intermediate ML take a weekend).`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 36,
        body: `Update: enrolled (again), calendar says finish by end of next quarter. Study group is me, Sam and Tom so far.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 41,
        body: `Good luck! Ping here when you hit week 3, that's apparently the danger zone.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 55,
        body: `Small suggestion: pick your project *now* and build it as you go, rather than after. Each week, apply what you learned to your own data.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 60,
        body: `@sample-diego Good idea. Project: predict which purchase orders will be delivered late. I can get an anonymized export from work.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 66,
        body: `Love that project. Check with your manager about the export, even anonymized. Saves a very awkward conversation later.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 120,
        body: `Study group week 1 done. Linear regression with gradient descent finally made sense once I plotted the cost going down myself.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 124,
        body: `Nice. Next time someone mentions "learning rate", you'll picture that plot. That intuition carries all the way to deep learning.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 170,
        body: `Week 2 done. Vectorization in NumPy was the hard part, I kept writing loops.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 190,
        body: `Writing the loop first and then vectorizing it is a perfectly good way to learn. Check that both give the same answer with \`np.allclose\`.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 290,
        body: `Week 3 survived! First time ever. Logistic regression on my late-delivery data gets 0.71 AUC vs 0.5 for the "always on time" baseline.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 293,
        body: `That's a real result with a real baseline. Write it down somewhere public, even a short blog post.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 310,
        body: `This thread went from "which course" to an actual project in two weeks. Love it.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 460,
        body: `Week 5 check-in: we're both still going. Decision trees next. Thanks everyone for the push.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "hands-on-ml-12-week-reading-plan",
    author: "sample-hannah",
    title: "Reading Hands-On Machine Learning cover to cover: a 12-week plan, who wants to join?",
    daysAgo: 48,
    body: `I'm a data engineer (Airflow, dbt, Spark) trying to move towards ML engineering. I've bought Aurelien Geron's *Hands-On Machine Learning with Scikit-Learn, Keras and TensorFlow* (3rd edition) and want to actually work through it instead of letting it decorate my desk.

Draft plan, about 5 hours a week:

- **Weeks 1-3:** Part I chapters 1-4 (end-to-end project, classification, training models). Redo the housing project on a different dataset.
- **Weeks 4-6:** Chapters 5-9 (SVMs, trees, ensembles, dimensionality reduction, unsupervised).
- **Weeks 7-9:** Chapters 10-13 (intro to neural nets, training deep nets, custom models, data loading).
- **Weeks 10-12:** Pick two of CNNs / RNNs / NLP-with-transformers chapters, plus a capstone.

The notebooks are free on GitHub at https://github.com/ageron/handson-ml3, and they run fine on Colab.

Rules I'm setting for myself: **no skipping the exercises at the end of each chapter**, and a short write-up every Sunday. Anyone want to join? Doesn't need to be formal, just post your progress here.`,
    replies: [
      {
        author: "sample-marcus",
        hoursAfterThread: 5,
        body: `I read Part I of this book during my QA-to-MLE move. Chapter 2 alone is worth the price. Strongly agree on doing the exercises; that's where it sticks.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 18,
        body: `One tweak: chapters 1-4 in three weeks is fine, but chapter 4 (training models, gradient descent variants) deserves a full week on its own if the math is new.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 21,
        body: `@sample-priya Good call, I'll stretch Part I to four weeks and squeeze the unsupervised chapter.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 40,
        body: `Joining for Part I only. I mostly want the scikit-learn pipelines material for work.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 130,
        body: `Late to this but is the 2nd edition okay? Found a used copy cheap.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 136,
        body: `@sample-olu Part I is nearly identical, go for it. The deep learning half changed more (the 3rd edition has more on transformers and drops some TF1-era stuff).`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "do-hiring-managers-care-about-kaggle",
    author: "sample-aisha",
    title: "Do hiring managers actually care about Kaggle medals?",
    daysAgo: 37,
    body: `I finished a data science bootcamp four months ago and I'm job hunting. I have a couple of Kaggle notebooks (Titanic, House Prices, one Playground series competition where I landed in the top 30%). No medals.

I see two camps online:

1. "Kaggle is the best portfolio for people without degrees, it's objective."
2. "Kaggle is irrelevant, real work is 80% data cleaning and no one cares about 0.001 AUC."

Should I spend the next two months trying to get a bronze medal in an active competition, or build a project end to end? I can't do both well with a part-time job.`,
    replies: [
      {
        author: "sample-diego",
        hoursAfterThread: 3,
        body: `Honest answer from screening resumes: a **gold medal or Competitions Expert** title gets a second look. Bronze, top 30%, Titanic: neutral. Not negative, just not a signal. An end-to-end project with a clear problem beats a bronze for most roles I hire for.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 6,
        body: `Kaggle was great for *learning* for me (reading top solutions' write-ups taught me more about feature engineering than any course), but it never came up in interviews.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 9,
        body: `Middle path: take a Kaggle dataset you like and build the *rest* of the project around it: a clear question, a deployed demo, a write-up. Then it's a project, not a leaderboard entry.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 15,
        body: `Remove Titanic and House Prices from your resume though. Everyone has those and it reads as "did the tutorial".`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 17,
        body: `@sample-tom Ouch but fair. They're gone.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 34,
        body: `One exception: if you're applying to places that *do* competitions-style work (ad-tech, quant-ish roles), a good Kaggle profile carries more weight. Know your target.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 60,
        body: `Whatever you choose, the Kaggle discussion forums are a great place to practise writing about your work publicly. That skill transfers to every interview.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "portfolio-projects-that-get-callbacks",
    author: "sample-diego",
    title: "I review about 200 ML portfolios a quarter. Here's what gets a callback",
    daysAgo: 23,
    body: `I'm a self-taught senior ML engineer (dropped out of a physics degree) and now a hiring manager for a team of eight. I screen a lot of portfolios for junior and mid-level roles. Here's the pattern I see in the ones I forward.

**What gets a callback:**

- A **specific problem** with a specific user: "flag invoices likely to be paid late for a small accounting firm", not "sentiment analysis on tweets".
- A **baseline and a metric** in the first paragraph of the README.
- Evidence the thing runs outside a notebook: a small API, a CLI, a scheduled job, a Streamlit or Gradio demo. Even \`uvicorn app:app\` on a free tier counts.
- A short "what didn't work" section. It shows judgment.

**What doesn't:**

- Ten tutorial clones (MNIST, Titanic, Iris) with default READMEs
- Repos where the last commit is "final final v2" and there is no explanation
- Projects that use a 7B-parameter LLM where a logistic regression would do

**The README I want to see** is roughly:

\`\`\`text
# Late invoice predictor
Problem: which invoices will be paid > 30 days late?
Data: 18 months of anonymized invoices from a 12-person firm (n = 9,400)
Baseline: "same as customer's last invoice" -> 0.61 AUC
Model: gradient boosting -> 0.78 AUC
Demo: (link) | What didn't work: (see section below)
\`\`\`

Two or three projects like this beat fifteen notebooks. Ask me anything.`,
    replies: [
      {
        author: "sample-aisha",
        hoursAfterThread: 1,
        body: `How much do you care about the deployment part for a DS (not MLE) role?`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 3,
        body: `@sample-aisha Less. For DS I care more about the analysis and how you communicate the result. But even a simple Streamlit app shows you can take something to the finish line, which matters everywhere.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 7,
        body: `Where do people get "18 months of invoices from a 12-person firm"? That's the part I can't figure out.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 9,
        body: `@sample-olu Friends' small businesses, your current job (with permission), local nonprofits, public data like city open-data portals. Public data with a *specific* question is fine. The specificity matters more than the source.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 14,
        body: `The "what didn't work" section is a great tip. I'd never have thought to include it, it feels like admitting failure.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 20,
        body: `Seconding the LLM point from the other side. I build LLM apps for a living and half the portfolio "RAG chatbots" I see would be better as a search box.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 28,
        body: `Do you look at GitHub contribution graphs at all?`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 31,
        body: `@sample-member No. I click into two repos, read the READMEs, maybe open one file. The green squares tell me nothing.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 70,
        body: `Would add: a Dockerfile and a \`Makefile\` with \`make train\` / \`make serve\` is a huge plus for MLOps-leaning roles.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "negotiating-offer-ms-phd-preferred",
    author: "sample-priya",
    title: "Negotiating an offer when the posting said 'MS/PhD preferred'",
    daysAgo: 15,
    body: `A friend just got her first DS offer, and the recruiter hinted that the number was "adjusted" because she doesn't have a master's. I helped her negotiate and it went better than expected, so here's what we did.

**Context:** initial offer 92k base, no signing bonus, for a data scientist role in a mid-cost US city. The posting said "MS/PhD preferred".

What worked:

1. **Don't argue about the degree.** Argue about the role. The job description and level are the same for everyone; the pay band is attached to the level, not the diploma.
2. **Bring market data for the level**: levels.fyi and two friends' offers for similar roles. Ranges for that level in that city were roughly 95-120k.
3. **Anchor on impact**: she had a project that saved her previous employer a measurable amount of analyst time. She put a number on it.
4. **Ask for a specific number**, politely, by email: "Based on the scope and market data for this level, I'd be excited to accept at 108k base."

Result: 104k base plus a 5k signing bonus. It took one email and one call.

What didn't work: asking whether the degree affected the offer. The recruiter (understandably) denied it and the conversation got awkward. Keep it about the level.`,
    replies: [
      {
        author: "sample-hannah",
        hoursAfterThread: 4,
        body: `Agree with all of this. Also worth checking whether the offer is at the level you interviewed for. Sometimes the "adjustment" is actually a down-level, and that's the real thing to push on.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 10,
        body: `My internal transfer had a similar "you don't have the background" vibe. I asked for the leveling rubric and mapped my work to it line by line. Got moved up one level before the transfer went through.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 16,
        body: `I'm always scared the offer will be pulled if I negotiate. Has that ever actually happened to anyone here?`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 21,
        body: `@sample-aisha In 9 years of hiring I've never seen a company pull an offer over a polite, specific counter. I have seen them say "this is our best offer", which is fine: then you decide.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 45,
        body: `Non-US data point: in the UK it's common for the first offer to have very little room on base, but I got an extra 5 days of annual leave and a training budget instead. Ask about the whole package.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 88,
        body: `Saving the email wording. "Excited to accept at X" is a nice way to phrase it.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "imposter-syndrome-first-three-months",
    author: "sample-tom",
    title: "Imposter syndrome in my first three months as an ML engineer",
    daysAgo: 9,
    body: `I started my first ML engineer role 11 weeks ago. Everyone on my team has a master's, two have PhDs. In standup they casually say things like "the posterior is miscalibrated" and I nod and write it down to google later.

What's been hard:

- Code review comments that reference papers I haven't read
- Feeling like every question I ask exposes that I "don't belong"
- Spending evenings studying to catch up, and being tired all the time

What's actually happened though: I shipped a fix to our feature pipeline that cut nightly training time from 5 hours to 70 minutes, and my manager mentioned it in the team update. So the evidence says I'm doing fine, and my brain says I'm about to be found out.

Not really asking for advice, more wondering if this ever goes away, and what helped you.`,
    replies: [
      {
        author: "sample-marcus",
        hoursAfterThread: 2,
        body: `It faded for me around month 6, once I realized the PhDs also google things constantly. They just don't announce it.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 4,
        body: `Start a "wins" doc. Literally one line per week of things you shipped or figured out. The 5h -> 70min fix goes at the top. Read it when the feeling hits.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 7,
        body: `Speaking as someone with no degree who now manages PhDs: the people on your team who can cut training time by 4x are *rarer* than people who can explain calibration. Your manager knows that.

Also, ask the question in standup. Half the time someone else didn't know either.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 11,
        body: `"Nod and write it down to google later" is a perfectly good strategy, for what it's worth. I still have that list, it's just shorter now.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 19,
        body: `Please watch the evening studying. I burned out at month 5 doing that. One focused hour three times a week beat three hours every night.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 25,
        body: `@sample-lena Fair. I've been doing it every night. Going to try a fixed schedule and protect the weekends.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 60,
        body: `Reading this as someone who hasn't even landed the first role yet: thank you. It's good to know the feeling doesn't mean you're actually failing.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 110,
        body: `Also: ask your manager directly at your next 1:1 how you're doing against expectations. Real data beats the story in your head.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "mlops-as-entry-door",
    author: "sample-lena",
    title: "MLOps as an entry door: from sysadmin to ML platform engineer",
    daysAgo: 29,
    body: `I was a Linux sysadmin for seven years (Ansible, Nagios, later Kubernetes). Two years ago I joined an ML platform team, and I think MLOps is the most underrated way into ML for people with an ops or backend background.

Why it works as a door:

- **Teams are short on people who can make things run reliably.** Data scientists can train models; fewer people can deploy, monitor and roll them back.
- Your existing skills count on day one: Docker, Kubernetes, CI, Terraform, observability.
- You absorb the ML side by osmosis: after a year of debugging training jobs, you understand a lot about what's in them.

What I learned specifically for the move:

1. The [MLOps Zoomcamp](https://github.com/DataTalksClub/mlops-zoomcamp) from DataTalks.Club (free, about 9 weeks): MLflow, orchestration, deployment, monitoring.
2. Enough ML to hold a conversation: Ng's course, first half.
3. One end-to-end project: train a model, track it in MLflow, serve it with FastAPI in a container, add drift monitoring with Evidently.

Typical commands in my day now:

\`\`\`bash
kubectl logs -n training job/retrain-ranker-2891 --tail=200
mlflow models serve -m "models:/ranker/Production" -p 5001
\`\`\`

Salary-wise it was roughly flat at first (sysadmin 95k -> platform engineer 105k), then jumped after a year. Happy to answer questions.`,
    replies: [
      {
        author: "sample-hannah",
        hoursAfterThread: 3,
        body: `As a data engineer this resonates. The Airflow-and-Spark crowd is one step away from this kind of role.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 8,
        body: `Is there a risk of being stuck as "the infra person" and never getting to do modeling, if that's the long-term goal?`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 12,
        body: `@sample-member Real risk, yes. If you want modeling, make it explicit with your manager early and volunteer for things like evaluation pipelines and feature pipelines, which sit right between infra and modeling. But plenty of people (me included) find they like the platform side more.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 20,
        body: `+1 for the Zoomcamp. The homework is the valuable part, the videos alone aren't enough.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 33,
        body: `LLMOps is the same door, just newer: prompt versioning, eval pipelines, cost monitoring, GPU serving with vLLM. Ops people are in a great spot for that.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 49,
        body: `I'd hire a strong sysadmin with one end-to-end ML project into a platform role over a new grad with an ML master's and no ops experience. Not even close.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 77,
        body: `What's Evidently? Haven't come across it.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 80,
        body: `@sample-olu Open-source Python library for data/model drift reports. You hand it a reference dataset and a current dataset and it tells you which features shifted. Good enough for a portfolio project and used in real teams.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "llm-ai-engineer-roles-what-they-are",
    author: "sample-yuki",
    title: "'AI engineer' roles: what the job is really like, from a former frontend dev",
    daysAgo: 4,
    body: `I was a React developer for five years. Eight months ago I took an "AI Engineer" role at a B2B SaaS company. Lots of people ask me whether this is a real path into ML without a degree, so here's what the job looks like day to day.

**What I actually do:**

- Build features on top of hosted LLM APIs: summarization, extraction from PDFs, a support-ticket triage assistant
- Write **evals**: a set of ~300 labeled examples and a script that scores every prompt or model change
- Retrieval work: chunking, embeddings, hybrid search in Postgres with \`pgvector\`
- Watch cost and latency dashboards, and argue about both

**What I don't do:** train models from scratch, read many papers, or touch GPUs most weeks.

Skills that mattered most, in order: solid software engineering, writing evals, basic statistics (so you don't celebrate a 2% change on 50 examples), and product sense. Deep learning theory is nice to have.

Is it "ML"? It's adjacent. It's a real job, pays like a senior software role, and I've been picking up more classic ML as we fine-tune small classifiers. If you're a software engineer, this might be the shortest path in. If you want to be a research scientist, it's a detour.`,
    replies: [
      {
        author: "sample-diego",
        hoursAfterThread: 1,
        body: `Good summary. The "basic statistics so you don't celebrate a 2% change on 50 examples" line should be on a poster.`,
      },
      {
        author: "sample-member",
        hoursAfterThread: 3,
        body: `How did you get the role with a frontend background? Did you build something LLM-related first?`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 5,
        body: `@sample-member Yes: an internal tool at my old job that drafted release notes from merged PRs, plus an eval set showing it was right about 85% of the time after three iterations. The eval part was what the interviewers asked about the most.`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 9,
        body: `Do you worry these roles will disappear once the tooling matures?`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 12,
        body: `@sample-aisha A bit. But the durable skills are evals, data quality and good engineering, and those transfer to any ML role. That's why I'm learning classic ML on the side.`,
      },
      {
        author: "sample-lena",
        hoursAfterThread: 18,
        body: `How do you run the evals? Custom script or a framework?`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 21,
        body: `@sample-lena Plain pytest with a JSONL file of cases, running in CI on every prompt change. We tried two frameworks and went back to the boring option.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 30,
        body: `Interesting that software engineering came first on your list. Most content online makes it sound like prompt engineering is the skill.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 44,
        body: `QA people: read this thread. "Writing evals" is test design with a new name.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 70,
        body: `Thanks for the honest "what I don't do" list. Job postings never include that part.`,
      },
    ],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "internal-transfer-analytics-to-ml-team",
    author: "sample-member",
    title: "Internal transfer from analytics to the ML team: how do I start the conversation?",
    daysAgo: 0,
    body: `I'm a data analyst at a ~2,000-person insurance company. We have an ML team of six that builds claims-fraud and pricing models. I've been learning ML on and off for about a year: I'm finally finishing Ng's specialization with the study group from the fast.ai-vs-Ng thread, I've read half of *Hands-On Machine Learning*, and I have one project on public claims data.

I'd love to move to that team, but I don't know how to approach it without it looking like I'm unhappy in my current role (I'm not, I just want to grow).

Questions:

- Do I talk to my manager first, or to the ML team lead?
- Is it weird to ask the ML team lead for a coffee chat with no open role?
- What's a reasonable thing to offer, like helping with a small piece of their work?

Any scripts or stories from people who did an internal move would be really appreciated.`,
    replies: [],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "cold-referral-ask-that-worked",
    author: "sample-olu",
    title: "The referral message that worked for me (after 30 that didn't)",
    daysAgo: 1,
    body: `Quick one because I finally got a referral, and then an interview, at a logistics company for a junior data scientist role.

My first 30 LinkedIn messages were versions of "Hi, I'm interested in ML roles at your company, could you refer me?" Zero replies, which in hindsight is fair.

The one that worked:

> Hi Jordan, I read your post about reducing late deliveries with ETA models. I've been building something similar on purchase-order data (0.71 AUC vs 0.5 baseline, write-up here: link). I saw the Junior DS opening on your team. Would you be open to a 15-minute call so I can ask how the team approaches this? If it seems like a fit afterward, I'd be grateful for a referral, but no pressure either way.

What was different:

- **Specific** to something they had done
- **Showed work** related to their team's problem
- A **small ask first** (15 minutes), referral mentioned but optional

The call lasted 25 minutes and he offered the referral himself at the end. Interview is next week.`,
    replies: [],
  },

  // ---------------------------------------------------------------------------
  {
    slugKey: "math-you-actually-need-for-ml-jobs",
    author: "sample-marcus",
    title: "The math you actually need for an ML engineer job (my honest list after two years)",
    daysAgo: 55,
    body: `The math question comes up every week here, so here's my honest list after two years as an ML engineer without a degree in anything mathematical. Your mileage will vary by role; research-heavy teams need more.

**Used weekly:**

- Descriptive statistics, distributions, percentiles (latency p95, feature distributions)
- Evaluation metrics and what they hide: precision/recall, ROC AUC, calibration
- Basic probability: conditional probability, base rates, "is this difference just noise?"

**Used monthly:**

- Linear algebra *intuition*: vectors, dot products, matrix shapes. Mostly for debugging shape errors and understanding embeddings (cosine similarity is just a normalized dot product).
- Gradients and learning rates at an intuitive level, so I can tell why training diverged

**Almost never:**

- Deriving anything by hand
- Proofs
- Anything involving measure theory

Resources that worked for me: 3Blue1Brown's linear algebra and neural networks series, StatQuest for statistics, and [Mathematics for Machine Learning](https://mml-book.github.io) as a reference (I read maybe 30% of it). If you can explain why this prints what it prints, you have enough linear algebra to start:

\`\`\`python
import numpy as np
a, b = np.array([1.0, 0.0]), np.array([0.7, 0.7])
print(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))  # ~0.707
\`\`\``,
    replies: [
      {
        author: "sample-tom",
        hoursAfterThread: 2,
        body: `Former maths teacher here, and I agree with this list. The one thing I'd add is **base rates**. Half of the bad decisions I've seen come from ignoring them ("the fraud model is 99% accurate!" on data that is 99.5% not-fraud).`,
      },
      {
        author: "sample-aisha",
        hoursAfterThread: 5,
        body: `This is so reassuring. I've been stuck on chapter 2 of Mathematics for ML for a month thinking I had to finish it before applying.`,
      },
      {
        author: "sample-priya",
        hoursAfterThread: 9,
        body: `For DS roles I'd move hypothesis testing and A/B test design into "weekly". Every product DS interview I had asked about it.`,
      },
      {
        author: "sample-marcus",
        hoursAfterThread: 11,
        body: `@sample-priya Fair, that's a real difference between DS and MLE. I'd say for DS, stats goes up a tier and linear algebra goes down one.`,
      },
      {
        author: "sample-diego",
        hoursAfterThread: 20,
        body: `Interview-wise, I ask candidates to explain overfitting, regularization and one metric trade-off in plain words. I've never asked anyone to derive a gradient. Your list matches what I see on the job.`,
      },
      {
        author: "sample-olu",
        hoursAfterThread: 36,
        body: `Could someone explain why it's exactly 0.707? I get that it's "the angle", but not the number.`,
      },
      {
        author: "sample-tom",
        hoursAfterThread: 39,
        body: `@sample-olu The two vectors are 45 degrees apart: \`a\` points along the x-axis and \`b\` points diagonally. Cosine similarity is the cosine of the angle between them, and cos(45 degrees) = 1/sqrt(2), which is about 0.707. The lengths don't matter because we divide by them.`,
      },
      {
        author: "sample-yuki",
        hoursAfterThread: 60,
        body: `That exact calculation is what every embedding search does millions of times a day, so it's a good one to really understand.`,
      },
      {
        author: "sample-hannah",
        hoursAfterThread: 140,
        body: `For anyone who wants a book on the stats side, *An Introduction to Statistical Learning* is free at https://www.statlearning.com and has a Python edition now.`,
      },
    ],
  },
];
