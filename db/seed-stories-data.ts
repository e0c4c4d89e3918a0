// Sample success stories for MLPaths. Every person and story here is fictional and clearly marked as a
// sample. Authors are either SAMPLE_PEOPLE from db/seed-data.ts or SAMPLE_STORY_PEOPLE below; each
// author tells one path. Stories are inserted through the same validation as the story form.
import type { EducationSlug, FieldSlug, HowHiredSlug, MilestoneKindSlug, RoleSlug } from "@/lib/stories/story-facts";

export type SeedStoryPerson = { login: string; name: string };

export type SeedStory = {
  author: string; // login; either from SAMPLE_PEOPLE in db/seed-data.ts or from SAMPLE_STORY_PEOPLE below
  title: string;
  body: string; // Markdown
  role: RoleSlug;
  education: EducationSlug; // education when hired into the first ML role
  previousField: FieldSlug;
  previousTitle: string;
  monthsToOffer: number; // from starting to learn to the first ML offer
  firstRoleYear: number;
  howHired: HowHiredSlug;
  resources: string[];
  // The kind, where the step is one the path map compares (lib/stories/story-facts.ts MILESTONE_KINDS).
  milestones: { month: number; text: string; kind?: MilestoneKindSlug }[];
  daysAgo: number;
  // `question`: a reader's question to the author; `answers`: the author's answer to the reply at that index.
  replies: { author: string; body: string; hoursAfter: number; question?: true; answers?: number }[];
};

export const SAMPLE_STORY_PEOPLE: SeedStoryPerson[] = [
  { login: "sample-rafael", name: "Rafael M. (sample)" },
  { login: "sample-nadia", name: "Nadia H. (sample)" },
  { login: "sample-kwame", name: "Kwame B. (sample)" },
  { login: "sample-jess", name: "Jess L. (sample)" },
  { login: "sample-mateo", name: "Mateo G. (sample)" },
  { login: "sample-ines", name: "Inês C. (sample)" },
  { login: "sample-dmitri", name: "Dmitri V. (sample)" },
  { login: "sample-fatima", name: "Fatima Z. (sample)" },
  { login: "sample-ben", name: "Ben O. (sample)" },
  { login: "sample-chloe", name: "Chloé D. (sample)" },
  { login: "sample-arjun", name: "Arjun P. (sample)" },
  { login: "sample-grace", name: "Grace E. (sample)" },
  { login: "sample-luis", name: "Luis F. (sample)" },
  { login: "sample-mei", name: "Mei L. (sample)" },
  { login: "sample-sipho", name: "Sipho N. (sample)" },
  { login: "sample-ruth", name: "Ruth A. (sample)" },
  { login: "sample-kenji", name: "Kenji T. (sample)" },
  { login: "sample-zara", name: "Zara Q. (sample)" },
  { login: "sample-pavel", name: "Pavel S. (sample)" },
  { login: "sample-emeka", name: "Emeka I. (sample)" },
  { login: "sample-carla", name: "Carla V. (sample)" },
  { login: "sample-jonah", name: "Jonah R. (sample)" },
  { login: "sample-tariq", name: "Tariq H. (sample)" },
  { login: "sample-olga", name: "Olga K. (sample)" },
  { login: "sample-hugo", name: "Hugo B. (sample)" },
  { login: "sample-marta", name: "Marta J. (sample)" },
  { login: "sample-lucy", name: "Lucy W. (sample)" },
  { login: "sample-omar", name: "Omar D. (sample)" },
  { login: "sample-bea", name: "Bea M. (sample)" },
  { login: "sample-hamid", name: "Hamid R. (sample)" },
  { login: "sample-noor", name: "Noor A. (sample)" },
  { login: "sample-wes", name: "Wes P. (sample)" },
];

export const SAMPLE_STORIES: SeedStory[] = [
  // ---------------------------------------------------------------------------
  {
    author: "sample-priya",
    title: "Senior accountant to pricing data scientist in 22 months, with a BCom and no CS degree",
    role: "data-scientist",
    education: "bachelors-unrelated",
    previousField: "finance",
    previousTitle: "Senior accountant (FP&A)",
    monthsToOffer: 22,
    firstRoleYear: 2026,
    howHired: "cold-application",
    resources: [
      "Andrew Ng's Machine Learning Specialization",
      "Hands-On Machine Learning (Géron)",
      "Mode SQL tutorial",
      "fast.ai",
    ],
    milestones: [
      { month: 0, text: "Started SQL in the evenings after month-end close", kind: "course" },
      { month: 4, text: "Rebuilt the monthly variance report in SQL instead of Excel", kind: "project" },
      { month: 9, text: "Moved the same reports to pandas and a small scheduled script" },
      { month: 14, text: "SKU demand forecast beat the planners' spreadsheet by about 9% MAPE" },
      { month: 15, text: "Started applying with two resume versions" },
      { month: 22, text: "Two offers; accepted a data scientist role on a pricing team" },
    ],
    daysAgo: 34,
    body: `I wrote a long discussion thread about this a few weeks ago. This is the structured version for the stories section, with the parts people asked about most in the replies folded in. **Where I started:** five years in audit and then FP&A at a mid-size manufacturer. A BCom and a CPA, no programming beyond Excel formulas and the odd VBA macro copied from a forum.

**What I studied, in order:**

- SQL for four months, using the Mode tutorial and our own ERP exports
- Python and pandas, by moving my own month-end reports out of Excel
- Andrew Ng's Machine Learning Specialization (do the optional labs!), then Part I of *Hands-On Machine Learning*
- fast.ai much later, mostly for fun once I was already applying

**What I built:** a demand forecast for our own SKUs, with the planners' spreadsheet as the baseline. Gradient boosting on lagged sales plus promotion flags came out about 9% better on MAPE. The README was one page with a chart of lift by decile, and I'm fairly sure that page is what got me to the onsite.

**The search:** around 70 applications, 6 first-round calls, 2 offers. What changed my hit rate was splitting the resume in two: one for analytics-flavoured DS roles that led with finance, one for forecasting and pricing roles that led with the project. The second version got 5 of the 6 calls. Every loop had a SQL screen; none had LeetCode.

**Advice:** your old domain is the asset, not the thing to apologise for. Every interviewer asked me about margin, cost allocation or revenue recognition at some point. Salary went from 68k to 104k base.`,
    replies: [
      {
        author: "sample-olu",
        hoursAfter: 3,
        body: `Saving the milestone list. I'm at the "rebuild a report" stage with purchase orders, so it helps to see that your month 4 looked the same.`,
      },
      {
        author: "sample-carla",
        hoursAfter: 9,
        body: `Fellow finance person (underwriting to pricing DS). The two-resume trick is the most practical advice in this whole section.`,
      },
      {
        author: "sample-member",
        hoursAfter: 26,
        question: true,
        body: `Did the fast.ai part change anything in interviews, or was it really just for fun?`,
      },
      {
        author: "sample-priya",
        hoursAfter: 31,
        answers: 2,
        body: `Mostly for me, honestly. It came up once: an interviewer asked how I would check a model was not just memorising last year's prices, and the fast.ai lessons on validation sets were where I had learned to think about that. Everything else they asked was SQL, pricing and the two projects.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-yuki",
    title: "Frontend developer to AI engineer in 11 months: my eval set was my portfolio",
    role: "ai-engineer",
    education: "bootcamp-self-taught",
    previousField: "software",
    previousTitle: "Frontend developer (React)",
    monthsToOffer: 11,
    firstRoleYear: 2026,
    howHired: "portfolio",
    resources: [
      "fast.ai Practical Deep Learning",
      "the fastai book (fastbook)",
      "Hamel Husain's posts on evals",
      "Hugging Face LLM course",
    ],
    milestones: [
      { month: 0, text: "Started fast.ai part 1 alongside my React job", kind: "course" },
      { month: 3, text: "Finished part 1 and the first half of the book" },
      { month: 5, text: "Built a release-notes drafter from merged PRs for my team", kind: "project" },
      { month: 7, text: "Wrote a 120-case eval set; accuracy went from 61% to 85% in three iterations" },
      { month: 8, text: "Published the write-up, including the ugly first numbers", kind: "public-work" },
      { month: 11, text: "Offer as an AI engineer at a B2B SaaS company" },
    ],
    daysAgo: 3,
    body: `I posted about what the AI engineer job looks like day to day. Several people asked how I actually got it, so here's the path. I came into tech through a web development bootcamp, wrote React for five years, and had never trained a model before I started.

I did fast.ai part 1 plus the book first. Training an image classifier in lesson one was the hook I needed to keep going. I never did Andrew Ng's course, and for LLM application work that hasn't noticeably hurt.

The project that mattered was boring on purpose: a tool that drafted release notes from merged pull requests at my old job. The first version was wrong a lot. So I built an eval set: **120 real PRs** with the release note a human had actually written, and a scoring script with a rubric of "correct, missing, invented". Three iterations later it was right about 85% of the time, up from 61%. I wrote all of it up on my blog, including the embarrassing first numbers.

That write-up got me hired. The head of engineering at a B2B SaaS company found it and messaged me, and the interview loop asked far more about eval design than about transformers. One round was literally "here are 40 model outputs, design the grading".

**Advice for software engineers:** don't build a chatbot demo. Build something small for a real team and measure it honestly. The measuring is the rare part.`,
    replies: [
      {
        author: "sample-marcus",
        hoursAfter: 2,
        body: `Eval set as portfolio is such a good frame. Test design with a new name, as I keep saying.`,
      },
      {
        author: "sample-chloe",
        hoursAfter: 6,
        body: `"Including the ugly first numbers" is what convinced me to publish mine too. Nobody believes a project that was perfect from day one.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-rafael",
    title: "From sous chef to ML engineer at a food-waste startup, no degree",
    role: "ml-engineer",
    education: "no-degree",
    previousField: "hospitality-retail-trades",
    previousTitle: "Sous chef",
    monthsToOffer: 38,
    firstRoleYear: 2024,
    howHired: "portfolio",
    resources: [
      "Fast.ai course",
      "Python for Everybody",
      "Forecasting: Principles and Practice (Hyndman)",
      "StatQuest",
    ],
    milestones: [
      { month: 0, text: "Python for Everybody on my days off", kind: "course" },
      { month: 7, text: "Replaced our prep-quantity spreadsheet with a Python script", kind: "project" },
      { month: 15, text: "Finished fast.ai part 1, burned out, took two months off" },
      { month: 24, text: "Covers forecast running for three restaurants in our group" },
      { month: 31, text: "Started applying: 40 applications, 2 calls", kind: "interview" },
      { month: 38, text: "Offer from a food-waste startup that had read my write-up" },
    ],
    daysAgo: 64,
    body: `I left school at 17 and spent ten years in kitchens, the last four as a sous chef. Part of my job was the waste log: every night we binned roughly 14% of what we had prepped, and the prep list was basically the head chef's gut feeling.

I started with Python for Everybody on my phone and laptop on days off, then the **Fast.ai course**. Honestly, I understood maybe half of fast.ai the first time. The thing that clicked was *Forecasting: Principles and Practice*, because it was about exactly my problem: how many covers will we do on Friday?

The project: a forecast of covers per service for our restaurant, using bookings, weather, day of week and local events (I scraped the city's events calendar). Gradient boosting beat the head chef's guess, and after I turned the forecast into a prep list, waste went from about 14% to 9% over a quarter. The owner asked me to run it for the group's other two restaurants.

Setbacks: I burned out around month 15 doing split shifts and studying at 1 a.m., and stopped for two months. Then 40 applications gave me 2 phone calls, both of which ended at "do you have a degree?".

What worked was the write-up. I posted the project with real numbers and photos of the actual prep sheets, and the founder of a food-waste startup messaged me. The interview was mostly me explaining how a kitchen really works. **If you come from a trade, build on your own floor.** Nobody else applying has your data or your intuition for it.`,
    replies: [
      {
        author: "sample-diego",
        hoursAfter: 5,
        body: `"Waste went from 14% to 9% over a quarter" is exactly the kind of sentence I want at the top of a README. Baseline, metric, real owner.`,
      },
      {
        author: "sample-jonah",
        hoursAfter: 20,
        body: `Hospitality crew! The split-shift studying at 1 a.m. part hit home. Glad you took the two months off instead of quitting.`,
      },
      {
        author: "sample-ben",
        hoursAfter: 31,
        body: `Same lesson from the electrical side: the data from your own job is the portfolio. Congrats.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-nadia",
    title: "ICU nurse to clinical data scientist: 41 months of night shifts and one sepsis alert",
    role: "data-scientist",
    education: "bachelors-unrelated",
    previousField: "healthcare",
    previousTitle: "Registered nurse (ICU)",
    monthsToOffer: 41,
    firstRoleYear: 2025,
    howHired: "referral",
    resources: [
      "Andrew Ng ML Specialization",
      "StatQuest",
      "An Introduction to Statistical Learning",
      "Kaggle Learn micro-courses",
    ],
    milestones: [
      { month: 0, text: "Kaggle Learn Python and Pandas on night-shift breaks", kind: "course" },
      { month: 6, text: "Joined the hospital's sepsis alert working group as the nursing rep" },
      { month: 14, text: "Finished Ng's specialization on the second try" },
      { month: 22, text: "Readmission model on MIMIC-IV after getting PhysioNet access", kind: "project" },
      { month: 35, text: "Started interviewing; failed two SQL screens", kind: "interview" },
      { month: 41, text: "Offer from the health system's data science team via referral" },
    ],
    daysAgo: 88,
    body: `Seven years as an ICU nurse with a BSN. What started this was our sepsis alert: it fired so often that everyone clicked through it without reading. I wanted to know why a "smart" alert could be that dumb, and the answer turned out to be a lesson in precision, recall and alert budgets.

I studied on night-shift breaks and days off, so everything had to come in small pieces:

- **Kaggle Learn** for Python and pandas, because each lesson fits in 20 minutes
- **StatQuest** for statistics (I rewatched the ROC and AUC video maybe ten times)
- **Andrew Ng's ML Specialization**, which I abandoned once and finished on the second try
- *An Introduction to Statistical Learning*, free at [statlearning.com](https://www.statlearning.com)

The turning point was volunteering as the nursing representative on the sepsis alert working group. I sat in meetings with the clinical informatics team and the one data scientist who maintained the model. I brought the bedside view: which vitals were charted late, which lab orders were routine rather than worrying. Separately I completed the training for PhysioNet access and built a 30-day readmission model on MIMIC-IV as a public portfolio project.

Setbacks: I failed two SQL screens in a row because I had learned SQL from tutorials, not from messy hospital tables. I spent a month doing nothing but joins and window functions.

The offer came when that data scientist's team opened a junior role and she referred me. **Clinical knowledge is leverage.** Nobody on that team had ever worked a shift, and half of my value is knowing when the data is lying.`,
    replies: [
      {
        author: "sample-fatima",
        hoursAfter: 4,
        body: `Healthcare crew! How long did the PhysioNet access take? I keep putting off the training module.`,
      },
      {
        author: "sample-tom",
        hoursAfter: 13,
        body: `"Knowing when the data is lying" is the best description of domain knowledge I've read here.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-kwame",
    title: "Army signal specialist to MLOps engineer: my clearance opened the door, Kubernetes got me through it",
    role: "mlops",
    education: "associate",
    previousField: "military-government",
    previousTitle: "Signal support systems specialist (US Army)",
    monthsToOffer: 14,
    firstRoleYear: 2023,
    howHired: "recruiter",
    resources: [
      "DataTalksClub MLOps Zoomcamp",
      "Andrew Ng's Machine Learning course (Coursera)",
      "Kubernetes the Hard Way",
      "Full Stack Deep Learning",
    ],
    milestones: [
      { month: 0, text: "Started the MLOps Zoomcamp during my last months of service", kind: "course" },
      { month: 3, text: "Finished the Zoomcamp homework and final project", kind: "project" },
      { month: 6, text: "Passed the CKA exam" },
      { month: 9, text: "First two courses of Ng's specialization" },
      { month: 12, text: "Recruiter from a defense contractor reached out on LinkedIn" },
      { month: 14, text: "Offer as an MLOps engineer" },
    ],
    daysAgo: 101,
    body: `Eight years in the Army keeping radios, networks and servers running, plus an associate degree in network administration I finished with tuition assistance. I got out with a security clearance, a lot of Linux, and no idea what "ML" looked like from the inside.

What I studied:

1. The [MLOps Zoomcamp](https://github.com/DataTalksClub/mlops-zoomcamp), homework included: MLflow, orchestration, deployment, monitoring
2. Kubernetes properly, up to the CKA, with *Kubernetes the Hard Way* as the painful but useful part
3. Enough ML to follow conversations: the first two courses of Andrew Ng's specialization

My final Zoomcamp project trained a small model, registered it in MLflow, served it from a container and had drift reports. Nothing fancy, but it ran end to end, and I could explain every piece.

How the job came: I put "TS/SCI, Kubernetes, MLflow" in my LinkedIn headline and a recruiter for a defense contractor messaged me within two weeks. Cleared engineers who can run ML infrastructure on **air-gapped networks** are rare. A lot of my day is things like mirroring Python packages and container images into environments with no internet, which is normal for a signal soldier and a nightmare for most data scientists.

**Advice for veterans:** look hard at cleared ML jobs. Your clearance and your ops discipline are worth more there than anywhere else, and nobody asks about your degree when they need you inside a SCIF next month.`,
    replies: [
      {
        author: "sample-omar",
        hoursAfter: 3,
        body: `Air Force side here, similar story. The air-gapped package mirror thing is SO real. Half my first month was getting pip to work.`,
      },
      {
        author: "sample-lena",
        hoursAfter: 10,
        body: `Kubernetes plus the Zoomcamp is basically my path too, minus the clearance. Ops people keep underestimating how wanted they are.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-jess",
    title: "Marketing ops to data engineer on an ML team, through a bootcamp's hiring partner",
    role: "data-engineer-ml",
    education: "bootcamp-self-taught",
    previousField: "business",
    previousTitle: "Marketing operations manager",
    monthsToOffer: 16,
    firstRoleYear: 2022,
    howHired: "program-placement",
    resources: [
      "Data Engineering Zoomcamp",
      "Fundamentals of Data Engineering (Reis & Housley)",
      "dbt Learn",
      "SQLBolt",
    ],
    milestones: [
      { month: 0, text: "SQLBolt, practising on our HubSpot exports", kind: "course" },
      { month: 4, text: "Enrolled in a 24-week part-time data engineering bootcamp" },
      { month: 10, text: "Capstone: event pipeline with Airflow, dbt and BigQuery", kind: "project" },
      { month: 12, text: "Bootcamp ended; three weeks of no callbacks" },
      { month: 15, text: "Hiring-partner interview with a retailer's recommendations team", kind: "interview" },
      { month: 16, text: "Offer as a data engineer on the ML team" },
    ],
    daysAgo: 47,
    body: `I ran marketing operations for a B2B software company: lead scoring rules, UTM hygiene, the CRM nobody else wanted to touch. I was already the person who knew where every number came from, I just did it with spreadsheets and a lot of VLOOKUPs.

I did four months of SQL on my own, then paid for a **part-time data engineering bootcamp** (24 weeks, about 11k, evenings and Saturdays). Honest review:

- **Worth it for:** structure, deadlines, code review from mentors, and the hiring-partner program
- **Not worth it for:** the certificate. Nobody asked about it once.
- **Supplement with:** the free Data Engineering Zoomcamp (better Airflow material than my bootcamp) and *Fundamentals of Data Engineering*

My capstone ingested website events, modelled them with dbt in BigQuery, and produced daily features for a "likely to buy" model a classmate built. That pairing turned out to be the selling point: I could talk about the features an ML model needs, not just about tables.

The first three weeks after the bootcamp: zero callbacks from cold applications. Then the career team matched me with one of their hiring partners, a retailer with a recommendations team that needed someone to own its feature pipelines. Two interviews, one take-home with dbt, offer a week later.

**If you're considering a bootcamp,** ask for placement numbers per cohort, not the marketing number, and ask how many hiring partners actually interviewed people from the last cohort. Mine was honest: about a third of us got placed through partners.`,
    replies: [
      {
        author: "sample-aisha",
        hoursAfter: 6,
        body: `Bootcamp grad here, still searching. "A third placed through partners" matches what I've heard, and it's good to see someone say it plainly.`,
      },
      {
        author: "sample-hannah",
        hoursAfter: 15,
        body: `Feature pipelines are such a good niche. Data engineers who understand what a model needs are rare on both sides of the fence.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-mateo",
    title: "Backend engineer to ML engineer in 6 months by adopting the model-serving service nobody wanted",
    role: "ml-engineer",
    education: "bachelors-cs",
    previousField: "software",
    previousTitle: "Backend engineer",
    monthsToOffer: 6,
    firstRoleYear: 2023,
    howHired: "internal-transfer",
    resources: ["Designing Machine Learning Systems (Chip Huyen)", "Hands-On ML, 2nd edition", "Made With ML"],
    milestones: [
      { month: 0, text: "Volunteered to own the Python model-serving service" },
      { month: 2, text: "Cut p95 latency from 480 ms to 120 ms with batching and a feature cache", kind: "project" },
      { month: 4, text: "Shadowed two retrains and rewrote the training data job" },
      { month: 6, text: "Formal transfer to the ML team" },
    ],
    daysAgo: 17,
    body: `CS degree, four years writing Go and Java services at a marketplace company. Our search ranking model was served by a Flask app a data scientist had written before leaving. It paged someone almost every week, and every backend team politely declined to own it.

I said yes. It was the best career decision I've made.

The first two months were pure backend work: batching requests, caching features that only change daily, proper health checks. p95 latency went from 480 ms to 120 ms and the pages stopped. That bought me trust with the ML team, and I asked to shadow their next two retrains. I noticed the training data job and the serving code computed one feature differently, a textbook **training/serving skew**, and rewrote the job so both used the same code.

To understand what I was looking at I read *Designing Machine Learning Systems* cover to cover and the first part of *Hands-On ML*. [Made With ML](https://madewithml.com) filled in testing and monitoring.

After six months my manager and the ML lead agreed I was effectively on their team already, and the transfer was a formality. **If you're a software engineer, look for the unloved ML-adjacent system at your company.** There is always one.`,
    replies: [
      {
        author: "sample-sipho",
        hoursAfter: 2,
        body: `Same pattern for me, but with GPU nodes instead of a Flask app. Owning the painful thing is the door.`,
      },
      {
        author: "sample-member",
        hoursAfter: 8,
        body: `This is very relevant to my internal transfer question. Did you ask your manager before volunteering, or just do it?`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-ines",
    title: "Leaving a computational biology postdoc for an applied scientist role: what the PhD did and didn't buy me",
    role: "applied-scientist",
    education: "phd",
    previousField: "science",
    previousTitle: "Postdoctoral researcher, computational biology",
    monthsToOffer: 8,
    firstRoleYear: 2020,
    howHired: "cold-application",
    resources: ["CS231n lecture notes", "fast.ai", "Kaggle", "Deep Learning (Goodfellow, Bengio, Courville)"],
    milestones: [
      { month: 0, text: "Decided to leave academia after a third rejected fellowship" },
      { month: 2, text: "fast.ai part 1 over the winter break", kind: "course" },
      { month: 4, text: "Cell-image Kaggle competition, top 12%", kind: "public-work" },
      { month: 5, text: "Applied to 25 roles" },
      { month: 8, text: "Offer as an applied scientist at a drug-discovery company" },
    ],
    daysAgo: 110,
    body: `I'm posting this for contrast, since most stories here are from people without advanced degrees. I have a PhD in computational biology and spent two years as a postdoc before leaving for industry.

**What the PhD bought me:** credibility on the resume screen for "applied scientist" titles, comfort reading papers, and experience running a long, messy project on my own. For that specific title at that company, I think the PhD mattered, and I don't want to pretend otherwise.

**What it didn't buy me:** software engineering. My research code was a folder of scripts named final_v3. I failed the coding round at two companies, one of them badly. I spent a month on data structures and on writing tests, which nobody in my lab had ever done.

The ML itself I mostly learned outside the degree: fast.ai part 1, the CS231n notes, and a Kaggle cell-imaging competition where I finished in the top 12%. My thesis used classical statistics, not deep learning.

**My honest take for people without a PhD:** the degree is mainly a proxy for "can run an independent project for years and finish it". You can show that in other ways, and many of my current colleagues without PhDs did. But for research-titled roles, the proxy still opens doors faster.`,
    replies: [
      {
        author: "sample-tariq",
        hoursAfter: 5,
        body: `Physics PhD here, same experience with the coding round. Research code and production code are different crafts.`,
      },
      {
        author: "sample-diego",
        hoursAfter: 20,
        body: `Appreciate the honesty about the proxy. From the hiring side, that's exactly how I read a PhD on a resume.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-dmitri",
    title: "Game engine programmer, no degree, to research engineer through open-source GPU kernels",
    role: "research-engineer",
    education: "no-degree",
    previousField: "software",
    previousTitle: "Game engine programmer",
    monthsToOffer: 30,
    firstRoleYear: 2025,
    howHired: "portfolio",
    resources: ["Karpathy's Zero to Hero", "nanoGPT", "fast.ai Part 2", "Programming Massively Parallel Processors"],
    milestones: [
      { month: 0, text: "Watched the micrograd video and reimplemented it in C++", kind: "course" },
      { month: 6, text: "Trained a small GPT on our engine's codebase with nanoGPT", kind: "project" },
      { month: 12, text: "fast.ai part 2, from the foundations" },
      {
        month: 18,
        text: "First merged PR to an open-source inference library: a fused kernel, 1.3x faster",
        kind: "public-work",
      },
      { month: 26, text: "Eight merged PRs and reviewer access on one module" },
      { month: 30, text: "Offer from an AI lab's inference team" },
    ],
    daysAgo: 72,
    body: `I left university after one year and spent nine years writing C++ for a game engine: SIMD, memory layouts, profilers open all day. I didn't expect any of that to matter in ML. It turned out to be the whole story.

I started with [Karpathy's Zero to Hero](https://karpathy.ai/zero-to-hero.html). Rewriting micrograd in C++ was how I convinced myself backprop wasn't magic. Then nanoGPT: I trained a tiny model on our engine's own source code, which was useless but taught me what a training loop actually spends its time on. fast.ai part 2 filled in the foundations.

The real turning point was reading the source of an open-source inference library and noticing a sequence of small GPU kernels that could be fused. My first PR made that path about 1.3x faster and took three weeks of review. Over the next year I got eight PRs merged, and the maintainers started asking me to review other people's performance changes.

**Setback:** before the open-source work I applied to five labs and was filtered out at the resume stage every time. No degree, no ML title, no chance.

After the PRs, an engineer at an AI lab who had reviewed my code asked if I'd consider their inference team. The interview was profiling, kernels and a systems design round. No one asked about the degree. **If you're a performance engineer, ML is desperate for you.** Pick a library, read the hot path, and send a PR with benchmarks.`,
    replies: [
      {
        author: "sample-kenji",
        hoursAfter: 3,
        body: `Embedded person here, very similar path. Performance people underestimate how transferable profiling skills are.`,
      },
      {
        author: "sample-yuki",
        hoursAfter: 11,
        body: `"Send a PR with benchmarks" is great advice. The benchmarks are what make maintainers take a stranger seriously.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-fatima",
    title: "Pharmacy technician with an associate degree: 44 months and 212 applications to a data scientist offer",
    role: "data-scientist",
    education: "associate",
    previousField: "healthcare",
    previousTitle: "Certified pharmacy technician",
    monthsToOffer: 44,
    firstRoleYear: 2025,
    howHired: "cold-application",
    resources: [
      "Google Data Analytics Certificate",
      "Andrew Ng's ML course on Coursera",
      "Kaggle Learn",
      "Python for Data Analysis (McKinney)",
    ],
    milestones: [
      { month: 0, text: "Google Data Analytics Certificate on weekends", kind: "course" },
      { month: 10, text: "First project: pharmacy inventory stockouts", kind: "project" },
      { month: 18, text: "Started Ng's ML course" },
      { month: 26, text: "Model predicting prescription abandonment at pickup" },
      { month: 32, text: "Started applying" },
      { month: 44, text: "Offer from a pharmacy benefits manager" },
    ],
    daysAgo: 55,
    body: `I've been a pharmacy technician for nine years, with an associate degree in pharmacy technology. I know nobody in tech, so every application I sent was cold. This is the long, unglamorous version.

**Learning (about 8 hours a week):** the Google Data Analytics Certificate first, because it was structured and cheap. Then Kaggle Learn for Python, McKinney's *Python for Data Analysis*, and Andrew Ng's course. I redid every Ng lab in my own notebook afterwards, with pharmacy data instead of house prices.

**Projects:** one on inventory stockouts using public drug shortage data, and one I'm proud of: predicting which prescriptions would be abandoned at pickup, using features a tech knows matter (copay amount, prior authorization, days since the script was written). I built it on synthetic data shaped like what I saw at work and explained exactly how I generated it.

**The search, in numbers:** 212 applications over a year, 9 interviews, 1 offer. I tracked everything in a spreadsheet. About 60% of postings said "bachelor's required", and I applied anyway. Every single interview came from a healthcare or pharmacy company. Zero came from general tech.

The offer was from a pharmacy benefits manager. The hiring manager said the prior authorization discussion was what made the difference: I knew why claims get rejected, not just that they do. **Apply where your domain is the job**, and don't let "bachelor's required" stop you from clicking submit.`,
    replies: [
      {
        author: "sample-nadia",
        hoursAfter: 4,
        body: `Prior auth knowledge is gold. Healthcare companies are full of smart people who have never seen a pharmacy counter.`,
      },
      {
        author: "sample-aisha",
        hoursAfter: 18,
        body: `212 makes my 110 feel a lot less bad. Thank you for posting the actual numbers.`,
      },
      {
        author: "sample-olu",
        hoursAfter: 40,
        body: `Saving "apply where your domain is the job". That's procurement-heavy companies for me.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-ben",
    title: "Electrician to ML engineer at a solar company, after 52 months of evenings",
    role: "ml-engineer",
    education: "bootcamp-self-taught",
    previousField: "hospitality-retail-trades",
    previousTitle: "Licensed electrician",
    monthsToOffer: 52,
    firstRoleYear: 2024,
    howHired: "referral",
    resources: [
      "Automate the Boring Stuff with Python",
      "Practical Deep Learning for Coders (fast.ai)",
      "PyImageSearch",
      "StatQuest",
    ],
    milestones: [
      { month: 0, text: "Automate the Boring Stuff while a back injury kept me off site", kind: "course" },
      { month: 9, text: "Back on the tools; down to about 5 hours a week" },
      { month: 20, text: "Finished Practical Deep Learning for Coders, part 1" },
      { month: 30, text: "Thermal-image hotspot detector trained on photos from my own jobs", kind: "project" },
      { month: 44, text: "Demoed it to a solar O&M company I'd done contract work for" },
      { month: 52, text: "Offer, referred by their operations lead" },
    ],
    daysAgo: 26,
    body: `Eleven years as an electrician, the last five mostly on commercial solar installs. A back injury put me on light duty for a few months, and out of boredom I worked through *Automate the Boring Stuff*. I've been self-taught ever since, no bootcamp, no degree.

Once I went back to work my pace dropped to about 5 hours a week, and for a stretch of almost a year, when our second kid was born, I did nothing at all. That's why this took 52 months. I'm including it because most stories skip the gap years.

The project came from my own phone. On inspections we take thermal images of panels to find hotspots (failing cells, bad connections). I had about **1,900 thermal photos** from my own jobs. I labelled them myself over a winter, fine-tuned a ResNet using what I'd learned in [Practical Deep Learning for Coders](https://course.fast.ai), and got 0.93 recall on hotspots at a precision the inspectors said they could live with. PyImageSearch helped a lot with the image preprocessing.

I showed it to the operations lead at a solar operations and maintenance company I had done contract work for. He walked it over to their small data team and referred me when they opened a role. My interview was half ML and half "explain what causes a hotspot", which was the easiest interview of my life.

**Trades people:** you see problems every day that nobody in an office has data on. You have the photos, the logs, the intuition. Start there.`,
    replies: [
      {
        author: "sample-rafael",
        hoursAfter: 7,
        body: `Thank you for including the gap year. Mine was two months and I felt like a failure the whole time.`,
      },
      {
        author: "sample-diego",
        hoursAfter: 15,
        body: `Labelling 1,900 images yourself is the part most portfolio projects skip. It shows you understand the data, not just the model.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-chloe",
    title: "English teacher to AI engineer at an ed-tech company: my grading rubrics turned out to be eval sets",
    role: "ai-engineer",
    education: "bachelors-unrelated",
    previousField: "teaching",
    previousTitle: "Secondary school English teacher",
    monthsToOffer: 28,
    firstRoleYear: 2025,
    howHired: "portfolio",
    resources: [
      "CS50P",
      "fast.ai, lessons 1-8",
      "Hugging Face NLP course",
      "Speech and Language Processing (Jurafsky & Martin)",
    ],
    milestones: [
      { month: 0, text: "CS50P over the summer holidays", kind: "course" },
      { month: 8, text: "fast.ai lessons 1-8 across a school year" },
      { month: 14, text: "Hugging Face NLP course; fine-tuned a classifier to tag essay feedback", kind: "project" },
      { month: 20, text: "Essay-feedback tool evaluated against 300 essays I had graded by hand" },
      { month: 24, text: "Talk at a regional teachers' conference", kind: "public-work" },
      { month: 28, text: "Offer from an ed-tech company that saw the talk" },
    ],
    daysAgo: 9,
    body: `Nine years teaching English to 14-to-18-year-olds, with a BA in English literature. I started learning to code because I spent every Sunday marking essays and wanted to know whether any of it could be automated without being terrible.

I did CS50P over a summer, then fast.ai lessons 1 to 8 across a school year, then the Hugging Face NLP course. The NLP course is where things connected for me, because text is the thing I know best.

The project: a tool that drafts feedback on student essays against our department's rubric. The important part wasn't the model, it was the evaluation. I had **300 essays I had already graded by hand**, and a colleague had double-marked 80 of them. Two human teachers agreed at a Cohen's kappa of about 0.68; my first version scored 0.41 against me. After a lot of rubric-specific prompting and a small fine-tuned classifier for "does this paragraph use evidence", it reached 0.61.

Setback: an early version confidently quoted sentences that weren't in the essay. I added a check that every quote must appear verbatim in the source text, and wrote about that failure too.

I presented the whole thing, failures included, at a regional teachers' conference. Someone from an ed-tech company was in the room and asked me to interview. **Teachers already know how to write rubrics, check inter-rater agreement and spot a confident wrong answer.** That's most of what evaluating language models is.`,
    replies: [
      {
        author: "sample-tom",
        hoursAfter: 2,
        body: `Former maths teacher here. Inter-rater agreement as an eval metric is brilliant, and it's something every teacher has done without calling it that.`,
      },
      {
        author: "sample-yuki",
        hoursAfter: 10,
        body: `The verbatim-quote check is such a good guardrail. We have almost the same one in production.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-arjun",
    title: "Final-year CS student: two Kaggle silver medals got me a data scientist offer",
    role: "data-scientist",
    education: "bachelors-cs",
    previousField: "student",
    previousTitle: "Computer science undergraduate",
    monthsToOffer: 12,
    firstRoleYear: 2024,
    howHired: "competitions",
    resources: [
      "Kaggle competitions",
      "CS229 notes",
      "Approaching (Almost) Any Machine Learning Problem (Thakur)",
      "StatQuest",
    ],
    milestones: [
      { month: 0, text: "First Playground Series competition", kind: "public-work" },
      { month: 4, text: "First bronze medal on a tabular competition" },
      { month: 8, text: "Silver medal with a team of three, top 3%" },
      { month: 10, text: "Second silver, solo; reached Competitions Expert" },
      { month: 12, text: "Offer from an ad-tech company after a call with their lead DS", kind: "interview" },
    ],
    daysAgo: 40,
    body: `I was in my final year of a CS degree at a university with no ML courses beyond one elective, and our campus placements had no ML roles at all. So I used Kaggle as my ML curriculum and my credential.

Rough path:

1. **Playground competitions** to learn the workflow: cross-validation, leakage, feature engineering
2. Reading the top solution write-ups after every competition. Honestly this taught me more than my elective.
3. CS229 notes and StatQuest whenever a write-up used something I didn't understand
4. Teaming up: my first silver medal was with two people I met in the discussion forum

By month 10 I had two silvers and the Competitions Expert title. I wrote a detailed post about my solo silver solution, including the three ideas that didn't work. The lead data scientist at an ad-tech company, who competes himself, messaged me about it. The interview was a live feature engineering session on their click data and a deep dive into my solution.

**What I'd tell other students:** medals helped because I applied to a company that does competition-style work (click-through prediction). For most teams, medals alone won't carry you. And competition habits can hurt: my first month at work I over-engineered a model when a simple one was fine, because I was still chasing the fourth decimal.`,
    replies: [
      {
        author: "sample-aisha",
        hoursAfter: 3,
        body: `Did the medals themselves matter, or was it the write-up? Asking because I'm deciding whether to chase a bronze.`,
      },
      {
        author: "sample-pavel",
        hoursAfter: 9,
        body: `@sample-aisha From my experience: the medal gets you noticed, the write-up gets you the call. Arjun's story is a textbook example.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-grace",
    title: "Marketing analyst to data scientist on the same floor: an internal move in 13 months",
    role: "data-scientist",
    education: "bachelors-unrelated",
    previousField: "data-analytics",
    previousTitle: "Marketing analyst",
    monthsToOffer: 13,
    firstRoleYear: 2019,
    howHired: "internal-transfer",
    resources: ["Coursera Machine Learning (Andrew Ng)", "Python for Data Analysis", "DataCamp"],
    milestones: [
      { month: 0, text: "Started Ng's original Coursera course, in Octave", kind: "course" },
      { month: 3, text: "Replaced our last-click attribution report with a holdout analysis", kind: "project" },
      { month: 7, text: "Asked the DS lead for one small ticket per sprint" },
      { month: 10, text: "Churn propensity model the CRM team actually used" },
      { month: 13, text: "Formal transfer to the data science team" },
    ],
    daysAgo: 95,
    body: `This is an older story (2019), but the internal transfer question comes up constantly, so here's how mine went. I had a BA in communications and three years as a marketing analyst at a subscription business. The data science team sat ten metres away.

I took Andrew Ng's original Coursera course (back when the assignments were in Octave) and picked up pandas through DataCamp and McKinney's book. Then I looked for ways to use it at my own desk.

**The conversation that mattered** was with my own manager first, not the DS lead. I said something like: "I want to grow into data science in the next year or two, and I'd rather do it here. Can I spend a few hours a week helping the DS team, as long as my reports don't slip?" She said yes and introduced me to the DS lead herself, which made it a company decision rather than me sneaking around.

With the DS lead I asked for **one small ticket per sprint**. The first was data cleaning, the second a feature analysis. The big one came at month 10: a churn propensity model the CRM team used to choose who got retention offers. It was a plain logistic regression, and nobody cared that it wasn't fancy.

When a junior DS position opened, I interviewed like an external candidate but with a year of shipped work behind me. **Tell your manager first.** Going around them is the fastest way to turn an ally into an obstacle.`,
    replies: [
      {
        author: "sample-member",
        hoursAfter: 2,
        body: `This answers my internal transfer question almost word for word. "Manager first" it is. Thank you!`,
      },
      {
        author: "sample-zara",
        hoursAfter: 30,
        body: `"One small ticket per sprint" is a great ask. Small enough that no one can say no.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-luis",
    title: "Warehouse shift supervisor to data engineer on the forecasting team, without leaving the company",
    role: "data-engineer-ml",
    education: "no-degree",
    previousField: "hospitality-retail-trades",
    previousTitle: "Warehouse shift supervisor",
    monthsToOffer: 18,
    firstRoleYear: 2022,
    howHired: "internal-transfer",
    resources: ["Python Crash Course", "SQLZoo", "Data Engineering Zoomcamp", "madewithml.com"],
    milestones: [
      { month: 0, text: "Power Query to fix our labour planning sheet" },
      { month: 5, text: "Python Crash Course and SQLZoo", kind: "course" },
      { month: 9, text: "Automated the daily pick-rate report; ops shared it with every site", kind: "project" },
      { month: 13, text: "Data Engineering Zoomcamp" },
      { month: 18, text: "Moved to the forecasting team as a data engineer" },
    ],
    daysAgo: 58,
    body: `Nine years in a distribution centre, the last four as a night shift supervisor. No degree. I got into data because our labour planning spreadsheet was always wrong and I was the one short-staffed at 3 a.m.

I started with Power Query, then Python Crash Course and SQLZoo. My first real win was automating the daily pick-rate report that supervisors built by hand every morning. Operations leadership liked it and rolled it out to every site, which put my name in front of the analytics people at head office.

The company had a small forecasting team building volume and labour models. Their models kept missing on certain days, and I knew why: **scanner downtime**, mislabelled returns and temp workers logged under one shared ID. That kind of thing is invisible from head office. I started sending them notes, then fixes, then a cleaned daily dataset.

I did the Data Engineering Zoomcamp to learn to do it properly (Docker, orchestration, a warehouse instead of CSVs), and Made With ML to understand what the forecasters needed from me. At month 18 they opened a data engineer role for their team and the lead asked me to apply. Pay went from 58k to 84k.

**Advice:** the people who know where the data lies are on the floor, not in the office. If that's you, it's an advantage. Use it.`,
    replies: [
      {
        author: "sample-olu",
        hoursAfter: 5,
        body: `Scanner downtime and shared temp IDs, I could have written that list for our receiving dock. Great story.`,
      },
      {
        author: "sample-hannah",
        hoursAfter: 14,
        body: `Data engineers who understand the physical process are worth their weight in gold. The forecasting team got a great hire.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-mei",
    title: "Reliability engineer with a mechanical master's: predictive maintenance was my bridge into ML engineering",
    role: "ml-engineer",
    education: "masters",
    previousField: "engineering",
    previousTitle: "Reliability engineer",
    monthsToOffer: 15,
    firstRoleYear: 2021,
    howHired: "referral",
    resources: [
      "MIT 6.S191",
      "Deep Learning with Python (Chollet)",
      "NASA C-MAPSS turbofan dataset",
      "scikit-learn user guide",
    ],
    milestones: [
      { month: 0, text: "MIT 6.S191 lectures during lockdown", kind: "course" },
      { month: 5, text: "Remaining-useful-life model on the NASA C-MAPSS data", kind: "project" },
      { month: 9, text: "Vibration anomaly detection pilot on 40 pumps at my plant" },
      { month: 12, text: "Pilot flagged a bearing failure three weeks early" },
      { month: 15, text: "Offer from an industrial IoT company, referred by a former colleague" },
    ],
    daysAgo: 80,
    body: `I have a master's in mechanical engineering (vibration analysis), and I worked as a reliability engineer at a chemical plant for six years. Before anyone says "of course, she has a master's": my degree had zero machine learning in it. What helped was the signal processing and knowing how machines fail.

During lockdown I watched the MIT 6.S191 lectures and worked through Chollet's *Deep Learning with Python*. My first project used the public NASA turbofan dataset to predict remaining useful life. Fine for learning, but every predictive maintenance tutorial uses it, so it didn't set me apart.

What set me apart was a pilot at my own plant: vibration sensors on **40 pumps**, an anomaly detection model using FFT features plus an isolation forest, and a simple dashboard for the maintenance planners. At month 12 it flagged a bearing three weeks before it would have failed, saving an unplanned shutdown.

A former colleague had moved to an industrial IoT company. She told her manager about the pilot and referred me. The interviews were heavy on how I'd validate a model when failures are rare (you can't wait for more pumps to break to collect labels).

**Advice for engineers:** your physical intuition is the thing the data scientists don't have. Lead with the machine, not the model.`,
    replies: [
      {
        author: "sample-hamid",
        hoursAfter: 6,
        body: `Civil engineer here and "lead with the machine, not the model" is the best advice I've had. For me it's bridges.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-sipho",
    title: "DevOps to ML platform engineer in 7 months: GPU scheduling was my gap, not the maths",
    role: "mlops",
    education: "bachelors-cs",
    previousField: "software",
    previousTitle: "DevOps engineer",
    monthsToOffer: 7,
    firstRoleYear: 2024,
    howHired: "internal-transfer",
    resources: ["MLOps Zoomcamp (DataTalks.Club)", "Designing ML Systems by Chip Huyen", "Kubeflow docs"],
    milestones: [
      { month: 0, text: "DS team asked for help running GPU nodes on our cluster" },
      { month: 2, text: "MLOps Zoomcamp, homework included", kind: "course" },
      { month: 4, text: "MLflow tracking and a model registry for three teams", kind: "project" },
      { month: 6, text: "Cut idle GPU spend by 38% with job queueing and autoscaling" },
      { month: 7, text: "Transferred to the new ML platform team" },
    ],
    daysAgo: 21,
    body: `BSc in computer science, five years as a DevOps engineer at a payments company. The data science team asked us for GPU nodes on our Kubernetes cluster, and because I answered the ticket, I became "the GPU person".

The gap wasn't the maths. It was understanding how training jobs behave: they grab GPUs and hold them, they fail at hour 11, they need different data access than web services. I did the MLOps Zoomcamp and read *Designing ML Systems* to learn the vocabulary, then went straight to work problems.

What I shipped:

- An **MLflow** tracking server and model registry, used by three teams
- A job queue so training runs waited for GPUs instead of grabbing them and idling
- Node autoscaling plus a daily "idle GPU" report, which cut GPU spend by about **38%**

The cost number did the convincing. When the company created an ML platform team, the head of data asked for me, and it happened as a transfer with a modest raise and a new title.

**If you're in DevOps:** you are closer than you think. Volunteer for the ML team's infrastructure tickets. Nobody else wants them, and they're the best classroom there is.`,
    replies: [
      {
        author: "sample-lena",
        hoursAfter: 3,
        body: `This is my "MLOps as an entry door" thread in one story. The idle-GPU report is a great touch. Finance teams love that chart.`,
      },
      {
        author: "sample-kwame",
        hoursAfter: 7,
        body: `Job queueing for GPUs saved us too. Did you end up with a specific scheduler or roll your own?`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-ruth",
    title: "State labour economist to data scientist: the master's helped, the Stata habits had to go",
    role: "data-scientist",
    education: "masters",
    previousField: "military-government",
    previousTitle: "Labour economist, state workforce agency",
    monthsToOffer: 10,
    firstRoleYear: 2018,
    howHired: "cold-application",
    resources: [
      "An Introduction to Statistical Learning (ISLR)",
      "The Elements of Statistical Learning",
      "DataCamp Python track",
    ],
    milestones: [
      { month: 0, text: "Moved my unemployment-claims forecasts from Stata to Python", kind: "project" },
      { month: 4, text: "ISLR, redoing the R labs in scikit-learn", kind: "course" },
      { month: 7, text: "Started applying: 31 applications" },
      { month: 10, text: "Offer from a health insurer's data science team" },
    ],
    daysAgo: 118,
    body: `I have an MA in economics and spent five years at a state workforce agency forecasting unemployment claims and writing labour market reports. Posting for contrast with the many no-degree stories here.

**Where the master's helped:** regression, causal inference, experimental design. Every interview had a "how would you measure the effect of X" question, and I had done that for years. The econometrics carried me through the stats rounds.

**Where it didn't:** everything I had done was in Stata, with do-files nobody else could run. I had no git, no Python, and no idea what cross-validation was for, because in economics we cared about coefficients, not predictions. Shifting from "is this effect significant" to "does this predict well out of sample" took real work.

I used the DataCamp Python track for syntax, then read *An Introduction to Statistical Learning* and redid its labs in scikit-learn. I skimmed *The Elements of Statistical Learning* for the harder chapters. I rebuilt my claims forecast in Python and compared it against the official method, which gave me a real project with a real baseline.

31 cold applications, 4 interviews, 1 offer at a health insurer. **For readers without a master's:** the part of my degree that mattered (applied regression and causal thinking) is learnable from books. I'd point you to ISLR and a good causal inference text before I'd point you to a two-year programme.`,
    replies: [
      {
        author: "sample-priya",
        hoursAfter: 4,
        body: `"Coefficients versus predictions" is such a clear way to put the shift. Accountants have a milder version of the same thing.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-kenji",
    title: "Embedded C developer to research engineer on an on-device ML team: quantization was my way in",
    role: "research-engineer",
    education: "bachelors-cs",
    previousField: "software",
    previousTitle: "Embedded software engineer",
    monthsToOffer: 24,
    firstRoleYear: 2025,
    howHired: "referral",
    resources: [
      "Karpathy's Neural Networks: Zero to Hero",
      "Stanford CS231n",
      "TinyML (Warden & Situnayake)",
      "PyTorch tutorials",
    ],
    milestones: [
      { month: 0, text: "Karpathy's Zero to Hero series", kind: "course" },
      { month: 8, text: "Keyword-spotting model running on a Cortex-M4 board", kind: "project" },
      { month: 14, text: "INT8 quantization write-up: 4x smaller with a 0.6 point accuracy loss", kind: "public-work" },
      { month: 20, text: "Talk at a local embedded systems meetup" },
      { month: 24, text: "Offer on an on-device ML team, referred by someone from the meetup" },
    ],
    daysAgo: 14,
    body: `Computer engineering degree, seven years writing C for microcontrollers in consumer electronics. I had always thought of ML as something that happens on servers, until a product team asked whether we could run wake-word detection on our chip.

I started with Karpathy's Zero to Hero because I wanted to see every operation explicitly, the way I like to see every register. CS231n filled in convolutional nets. Then the *TinyML* book, which was written almost exactly for someone like me.

My project: a keyword-spotting model that runs on a Cortex-M4 with 256 KB of RAM. The interesting part was **quantization**. I wrote up a series of INT8 experiments: the model got 4x smaller with about 0.6 points of accuracy loss, plus a long section on the operators that broke and why. It's the most-read thing I've ever published.

I gave a talk on it at a local embedded meetup. An engineer on an on-device ML research team was in the audience and referred me afterwards. The title is "research engineer": I implement and benchmark compression ideas from papers on real hardware. I don't write the papers, but two of my benchmarks ended up in one.

**Advice for embedded folks:** memory budgets, fixed-point arithmetic and profiling are exactly what on-device ML needs. You're not starting from zero, you're starting from the hard part.`,
    replies: [
      {
        author: "sample-dmitri",
        hoursAfter: 4,
        body: `"Starting from the hard part" is right. Low-level people keep waiting until they know the maths, when teams need the systems skills now.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-zara",
    title: "Product marketing manager to ML product manager: a path for people who don't want to code all day",
    role: "other",
    education: "bachelors-unrelated",
    previousField: "business",
    previousTitle: "Product marketing manager",
    monthsToOffer: 12,
    firstRoleYear: 2024,
    howHired: "internal-transfer",
    resources: [
      "Google Machine Learning Crash Course",
      "Designing Machine Learning Systems (Huyen)",
      "StatQuest",
      "Lenny's Newsletter",
    ],
    milestones: [
      { month: 0, text: "Google's ML Crash Course", kind: "course" },
      { month: 4, text: "Wrote the launch FAQ for our recommendations feature and realised how little I understood" },
      { month: 7, text: "Sat in on the ranking team's weekly metrics review" },
      { month: 10, text: "Proposed an experiment plan for cold-start users" },
      { month: 12, text: "Moved to ML product manager" },
    ],
    daysAgo: 50,
    body: `I want to add a path that rarely shows up in ML career advice: **ML product management**. I picked "Other" for role because it isn't an engineering job, but it's squarely in ML. BA in business, six years in product marketing at an e-commerce company.

The trigger was embarrassing. I wrote the launch FAQ for our new recommendations feature, and a journalist asked how it handled new users with no history. I had no idea. The ranking team's answer ("cold start, we fall back to popularity by category") was something I should have known.

So I learned enough to be useful:

- Google's Machine Learning Crash Course for the basics
- StatQuest for metrics and experiments
- *Designing Machine Learning Systems*, which is the best book I know for understanding how ML products actually get built

Then I asked to sit in on the ranking team's weekly metrics review. For three months I mostly listened. Then I noticed that new users' click-through was half that of existing users, and nobody owned it. I wrote an experiment plan for cold-start onboarding, with the metrics and guardrails the team cared about. They ran it.

When the PM on that team left, the head of ML asked me to take the role. I don't write production code. I write specs, define metrics, and decide what not to build. **If you like the problem more than the code, this is a real door.**`,
    replies: [
      {
        author: "sample-grace",
        hoursAfter: 5,
        body: `Sitting in on metrics reviews is underrated. It's where you learn what a team actually cares about.`,
      },
      {
        author: "sample-diego",
        hoursAfter: 22,
        body: `A good ML PM who understands cold start and guardrail metrics is rarer than a good ML engineer. Great path to document.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-pavel",
    title: "Professional poker player to ML engineer: Kaggle silver medals were my only credential",
    role: "ml-engineer",
    education: "no-degree",
    previousField: "other",
    previousTitle: "Professional online poker player",
    monthsToOffer: 26,
    firstRoleYear: 2017,
    howHired: "competitions",
    resources: ["Kaggle", "XGBoost docs", "Elements of Statistical Learning", "Python for Data Analysis"],
    milestones: [
      { month: 0, text: "Poker income dried up; started learning Python", kind: "course" },
      { month: 8, text: "First Kaggle competition, top 40%", kind: "public-work" },
      { month: 16, text: "First silver medal" },
      { month: 22, text: "Second silver; Competitions Expert" },
      { month: 26, text: "Offer from an ad-tech company" },
    ],
    daysAgo: 66,
    body: `From 19 to 27 I played online poker for a living. No degree, a lot of spreadsheets about my own hands, and a decent intuition for probability and variance. When the games dried up around 2015 I needed a new career and had a big gap on my resume that looked like "gambling".

Kaggle fixed that. It was the only place where nobody cared about my resume, just my score. I learned Python with McKinney's book, then spent most evenings on competitions. XGBoost and its docs were my best friends. *The Elements of Statistical Learning* was too hard at first, but I kept going back to the chapters on boosting.

Numbers: first competition top 40%, silver medal at month 16, second silver and Competitions Expert at month 22. My write-ups focused on validation: poker teaches you that a good result can be luck, so I obsessed over whether my local CV matched the leaderboard.

The offer came from an ad-tech company whose head of data science also competed on Kaggle. He'd seen my posts. The interview was a click-through prediction problem, basically a competition in miniature.

**Warnings:** competitions worked because that company's work looks like competitions. Elsewhere I got nowhere. Also, the poker background came up in every interview; I learned to frame it as "eight years of decisions under uncertainty with real money", which is true.`,
    replies: [
      {
        author: "sample-arjun",
        hoursAfter: 5,
        body: `The obsession with CV matching the leaderboard is the most important Kaggle skill and nobody talks about it. Great framing of the poker years too.`,
      },
      {
        author: "sample-marcus",
        hoursAfter: 14,
        body: `"Decisions under uncertainty with real money" is a fantastic way to turn a resume gap into a strength.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-emeka",
    title: "Android developer to AI engineer in 5 months after shipping one LLM feature at work",
    role: "ai-engineer",
    education: "bachelors-cs",
    previousField: "software",
    previousTitle: "Android developer",
    monthsToOffer: 5,
    firstRoleYear: 2025,
    howHired: "recruiter",
    resources: ["Hugging Face NLP course", "DeepLearning.AI short courses", "AI Engineering (Chip Huyen)"],
    milestones: [
      { month: 0, text: "Volunteered for the in-app summarisation feature at work" },
      { month: 2, text: "Shipped it to about 100k users with a 200-case eval set", kind: "project" },
      { month: 3, text: "Updated LinkedIn with the feature and its numbers" },
      { month: 4, text: "Three recruiter messages in two weeks" },
      { month: 5, text: "Offer as an AI engineer at a fintech" },
    ],
    daysAgo: 11,
    body: `BSc in computer science, six years building Android apps. This story is short because my path was short, and I think that's worth showing honestly: for software engineers right now, AI engineering can be a very fast move.

My company wanted to summarise long customer message threads inside the app. Nobody on the mobile team wanted it, so I took it. I did the Hugging Face NLP course and a few of the DeepLearning.AI short courses in the first month, then read Chip Huyen's *AI Engineering* while building.

What I shipped: server-side summarisation behind a feature flag, a **200-case eval set** built from real (anonymised) threads, a latency budget of 1.5 seconds, and a fallback when the model timed out. It went to about 100k users and cut support handling time on long threads by around 20%.

I then updated my LinkedIn with those numbers. Within two weeks three recruiters messaged me. One was for a fintech building document extraction, and their loop was a system design round on an LLM feature plus a discussion of my eval set. Offer at month 5.

**Honest caveat:** I'm not an ML expert. I know how to ship and measure LLM features. I'm now doing fast.ai in the evenings because I want the fundamentals under me before the tooling changes again.`,
    replies: [
      {
        author: "sample-yuki",
        hoursAfter: 3,
        body: `Eval set plus latency budget plus fallback: that's the whole job in one sentence. Welcome to the club.`,
      },
      {
        author: "sample-hugo",
        hoursAfter: 30,
        body: `Very similar to mine. Love the honest caveat at the end, I had to do the same catch-up on fundamentals.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-carla",
    title: "Commercial insurance underwriter to pricing data scientist in 9 months at the same insurer",
    role: "data-scientist",
    education: "bachelors-unrelated",
    previousField: "finance",
    previousTitle: "Commercial insurance underwriter",
    monthsToOffer: 9,
    firstRoleYear: 2023,
    howHired: "internal-transfer",
    resources: [
      "Ng's Machine Learning Specialization",
      "Géron's Hands-On Machine Learning",
      "StatQuest GLM videos",
      "Python for Data Analysis",
    ],
    milestones: [
      { month: 0, text: "Started Ng's specialization", kind: "course" },
      { month: 3, text: "Rebuilt our small-business rating worksheet in Python", kind: "project" },
      { month: 5, text: "GLM versus gradient boosting on six years of claims" },
      { month: 8, text: "Presented the comparison to the pricing team" },
      { month: 9, text: "Internal transfer to pricing data science" },
    ],
    daysAgo: 44,
    body: `BA in history, five years underwriting small-business policies at a regional insurer. Underwriters live in rating worksheets: spreadsheets that turn a business's details into a premium. I started wondering how the rates in our worksheet had been set, and whether they still made sense.

I did Andrew Ng's specialization in the evenings, then the first part of Géron's *Hands-On Machine Learning*. The StatQuest videos on GLMs were essential, because insurance pricing runs on GLMs and nobody outside insurance teaches them properly.

The project: I rebuilt our rating worksheet in Python, then compared the existing GLM-based rates against a gradient boosting model on **six years of claims** for one line of business (with my manager's approval and anonymised data). The boosting model found an interaction between business age and location that the current rates missed. It's not deployable as is (regulators want explainable rates), but it told the pricing team where to look.

I presented it to the pricing team at month 8. They asked good, hard questions, and I could answer because I had underwritten those exact policies. A month later they had an opening and the head of pricing offered me a transfer.

**Insurance people:** your company has a pricing or claims analytics team. Learn GLMs, bring them a question from the front line, and you'll have their attention.`,
    replies: [
      {
        author: "sample-member",
        hoursAfter: 3,
        body: `I'm a data analyst at an insurer and this is incredibly relevant. Did you go to the pricing team directly or through your manager?`,
      },
      {
        author: "sample-priya",
        hoursAfter: 12,
        body: `Love that you named the regulator constraint. Knowing why the "better" model can't ship is exactly what makes domain people valuable.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-jonah",
    title: "Five years from coffee shop shift lead to ML engineer apprentice: slow is still a path",
    role: "ml-engineer",
    education: "bootcamp-self-taught",
    previousField: "hospitality-retail-trades",
    previousTitle: "Coffee shop shift lead",
    monthsToOffer: 60,
    firstRoleYear: 2022,
    howHired: "program-placement",
    resources: ["freeCodeCamp", "CS50x", "Hands-On ML (Aurélien Géron)", "The Missing Semester"],
    milestones: [
      { month: 0, text: "freeCodeCamp in the back room on breaks", kind: "course" },
      { month: 12, text: "Finished CS50x on the second attempt" },
      { month: 30, text: "Hands-On ML Part I with a local study group" },
      { month: 44, text: "Rejected from a company apprenticeship program" },
      { month: 56, text: "Accepted on the second try; 12 weeks of paid training" },
      { month: 60, text: "Offer as an ML engineer apprentice" },
    ],
    daysAgo: 85,
    body: `I want to post the slow version. I was a shift lead at a coffee shop, no degree, two jobs at times. From my first freeCodeCamp lesson to my first ML offer took **five years**. It worked anyway.

The first two years were just programming: freeCodeCamp on breaks, then CS50x, which I failed to finish the first time and finished a year later. I needed the basics more than I needed ML. The Missing Semester from MIT taught me the terminal and git, which nobody else seemed to teach.

Then *Hands-On ML* with a study group at the public library: five of us, one chapter every two weeks. Two of us finished Part I. My projects were small and local, like predicting daily pastry demand for the café (I knew that problem very well).

Setback: at month 44 I applied to a big company's paid apprenticeship program for people without degrees, and I was rejected after the technical interview. I asked for feedback. They said my fundamentals were fine but I couldn't explain my own project's choices. I spent a year fixing exactly that: writing up every decision in my projects.

Second try, accepted. Twelve weeks of paid training, then placement on an ML team as an apprentice, converting to full-time later. **If you're on the slow path: ask for feedback after every rejection, and look for apprenticeship programs.** They exist precisely for people like us.`,
    replies: [
      {
        author: "sample-rafael",
        hoursAfter: 8,
        body: `Hospitality to ML, five years. Thank you for this. The "explain your own project's choices" feedback is so useful.`,
      },
      {
        author: "sample-member",
        hoursAfter: 20,
        body: `Which apprenticeship programs did you look at? I had no idea these existed for ML.`,
      },
      {
        author: "sample-noor",
        hoursAfter: 45,
        body: `@sample-member Check with community colleges near you too. Mine had an employer apprenticeship pathway, which is how I got in.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-tariq",
    title: "Astrophysics PhD and teaching fellow to research engineer: the PhD helped less than I expected",
    role: "research-engineer",
    education: "phd",
    previousField: "teaching",
    previousTitle: "Teaching fellow in physics",
    monthsToOffer: 9,
    firstRoleYear: 2022,
    howHired: "referral",
    resources: ["PyTorch tutorials", "Full Stack Deep Learning", "The Missing Semester (MIT)", "Karpathy's blog"],
    milestones: [
      { month: 0, text: "Rewrote my thesis pipeline in PyTorch", kind: "project" },
      { month: 3, text: "Full Stack Deep Learning course", kind: "course" },
      { month: 5, text: "Interviewed at four places, failed every coding round", kind: "interview" },
      { month: 7, text: "Daily coding practice and a proper git workflow" },
      { month: 9, text: "Offer via a referral from a former labmate" },
    ],
    daysAgo: 103,
    body: `PhD in astrophysics, then three years as a teaching fellow, lecturing first-year physics on fixed-term contracts. When the third contract wasn't renewed, I looked at industry. I'm including this as one of the few PhD stories here, for contrast.

**What I had:** lots of numerical Python, statistics, comfort reading papers, and years of explaining hard ideas to 200 first-years. **What I didn't have:** software engineering habits. My thesis pipeline was a single 4,000-line script.

I rewrote that pipeline in PyTorch as a learning exercise, took Full Stack Deep Learning, and used The Missing Semester to learn the tools that research code never forced on me. Then I interviewed at four companies and failed every coding round. The PhD got me through the door and did nothing for me once I was inside the room.

Two months of daily practice later, a former labmate who had become a research engineer referred me to her team. The coding round went fine that time, and the research discussion was where the PhD finally paid off.

**For people without a PhD reading this:** most of my teammates don't have one. What the job needs is careful experiments and clean, fast code. The PhD gave me the first; I had to build the second like anyone else.`,
    replies: [
      {
        author: "sample-ines",
        hoursAfter: 6,
        body: `Same story almost exactly. Failing coding rounds with a PhD is humbling but very fixable.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-olga",
    title: "Freelance translator with a linguistics master's to applied scientist in machine translation",
    role: "applied-scientist",
    education: "masters",
    previousField: "other",
    previousTitle: "Freelance translator (Russian-English)",
    monthsToOffer: 20,
    firstRoleYear: 2016,
    howHired: "recruiter",
    resources: [
      "Speech and Language Processing (Jurafsky & Martin)",
      "Natural Language Processing with Python (NLTK book)",
      "CS224d lecture videos",
      "Moses SMT manual",
    ],
    milestones: [
      { month: 0, text: "Post-editing machine translation output for a living" },
      { month: 4, text: "NLTK book and Python basics", kind: "course" },
      { month: 10, text: "Terminology-consistency checker for my translation agency", kind: "project" },
      { month: 15, text: "CS224d lectures; trained my first neural MT model on a laptop" },
      { month: 20, text: "Recruiter from a localisation company" },
    ],
    daysAgo: 115,
    body: `An older story (2016), from just before neural machine translation took over. I had a master's in linguistics and worked as a freelance Russian-English translator. More and more of my work was "post-editing": fixing machine translation output, at a lower rate. I decided I would rather build the machines than clean up after them.

I learned Python through the NLTK book, which is written for linguists, then worked through chapters of Jurafsky and Martin. My first useful project was a terminology-consistency checker for the agency I worked with: it flagged when a translator rendered the same source term three different ways across a 200-page manual. The agency used it on every big job.

Then I watched the Stanford CS224d lectures, which were about neural networks for NLP at a time when most MT was still statistical. I trained a tiny sequence-to-sequence model on a laptop. It was bad, but I understood why it was bad, which was what mattered.

A recruiter for a localisation company found me through a blog post about the terminology checker. The role was "applied scientist" on their MT quality team, and my linguistics master's was genuinely relevant: evaluating translation quality is a linguistics problem as much as an ML one.

**For language people:** evaluation, data quality and error analysis for language models need people who really understand language. That was true in 2016 and it's even more true now.`,
    replies: [
      {
        author: "sample-chloe",
        hoursAfter: 9,
        body: `As a former English teacher, "evaluation is a linguistics problem" is exactly what I found too. Lovely to read an older story.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-hugo",
    title: "Full-stack developer pulled onto our first LLM team in 2 months: mostly timing, and what I did next",
    role: "ai-engineer",
    education: "bachelors-cs",
    previousField: "software",
    previousTitle: "Full-stack developer",
    monthsToOffer: 2,
    firstRoleYear: 2023,
    howHired: "internal-transfer",
    resources: ["OpenAI Cookbook", "Full Stack LLM Bootcamp", "Hugging Face NLP course"],
    milestones: [
      { month: 0, text: "Hackathon prototype: support-ticket summariser", kind: "project" },
      { month: 1, text: "CTO asked for a production version" },
      { month: 2, text: "Moved to the new AI team as an engineer" },
    ],
    daysAgo: 36,
    body: `I'm posting this mostly so the data here isn't skewed by survivorship. My path took **2 months**, and it was largely timing. Please don't compare yourself to it.

I had a CS degree and six years as a full-stack developer at a customer support software company. In early 2023 we had an internal hackathon, and I built a summariser for long support tickets on top of a hosted LLM API, using the OpenAI Cookbook and a lot of trial and error. It won. The CTO wanted it in production within a month, a new "AI team" was formed, and I was on it by the end of month 2.

What I actually brought was six years of building reliable APIs: retries, timeouts, queues, logging, cost tracking. The LLM part was the smallest piece of the first version.

**What I did next matters more than how I got in.** Within months I realised I couldn't answer basic questions: why does this classifier need a held-out set, what is this embedding actually capturing, is this 3% improvement real? So I spent the next year on fundamentals: the Full Stack LLM Bootcamp, the Hugging Face NLP course, and later a proper statistics refresher.

If you're a software engineer and a chance like this shows up, take it. Then **do the homework you skipped**, because the second job will ask about it.`,
    replies: [
      {
        author: "sample-emeka",
        hoursAfter: 4,
        body: `Respect for calling out survivorship. The "is this 3% improvement real" question haunted me in my first month too.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-marta",
    title: "Eight years from retail store manager to data scientist, learning in 30-minute blocks",
    role: "data-scientist",
    education: "no-degree",
    previousField: "hospitality-retail-trades",
    previousTitle: "Retail store manager",
    monthsToOffer: 96,
    firstRoleYear: 2020,
    howHired: "referral",
    resources: [
      "Andrew Ng's original Coursera ML course",
      "Khan Academy statistics",
      "R for Data Science (Wickham)",
      "DataCamp",
    ],
    milestones: [
      { month: 0, text: "Signed up for Andrew Ng's Coursera course in 2012, quit at week 4", kind: "course" },
      { month: 18, text: "Khan Academy statistics, start to finish" },
      { month: 40, text: "R for Data Science; built store-level sales dashboards", kind: "project" },
      { month: 60, text: "Finished the Coursera course on the third attempt" },
      { month: 84, text: "Shrink model for our 30 stores, shared by the district manager" },
      { month: 96, text: "Referral from my former district manager to a grocery chain's DS team" },
    ],
    daysAgo: 74,
    body: `Eight years. I'm posting it because I needed to see a story like this when I was in year four and convinced I was too slow.

I managed a clothing store, no degree, two small kids. In 2012 I signed up for Andrew Ng's original Coursera course after reading a newspaper article about it, and quit at week 4 when the linear algebra hit. I came back to it twice. I finished it in 2017.

My learning happened in **30-minute blocks**: after the kids were asleep, on the bus, during quiet hours on the floor. What worked in small pieces:
- Khan Academy statistics, because every video stands alone
- DataCamp exercises on my phone
- *R for Data Science*, one chapter a week, applied immediately to my store's sales exports

Projects grew from my job. First, dashboards for my own store. Then, at around month 84, a model for **shrink** (inventory loss) across our 30 stores in the district, which showed that two-thirds of our loss was concentrated in a few categories on a few delivery days. The district manager shared it with the regional office.

When she moved to a grocery chain, she told their analytics lead about me, and he invited me to apply. The interview was mostly about the shrink project and store operations.

**If you're slow:** slow still counts. Keep your projects close to your job, keep your blocks small, and tell people what you're building. The referral came from someone who had watched me do it for years.`,
    replies: [
      {
        author: "sample-olu",
        hoursAfter: 6,
        body: `Thirty-minute blocks is how I'm doing it with the study group. Really encouraging to see where that can end up.`,
      },
      {
        author: "sample-tom",
        hoursAfter: 19,
        body: `Quitting at week 4 when the linear algebra hit is so common. Coming back twice is the actual skill.`,
      },
      {
        author: "sample-fatima",
        hoursAfter: 50,
        body: `I'm in month 44 of my own story and this is the one I'm bookmarking.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-lucy",
    title: "Data analyst to ML engineer in 11 months: a psychology degree, SQL, and one deployed model",
    role: "ml-engineer",
    education: "bachelors-unrelated",
    previousField: "data-analytics",
    previousTitle: "Data analyst",
    monthsToOffer: 11,
    firstRoleYear: 2024,
    howHired: "referral",
    resources: ["HOML 3rd edition", "Made With ML", "Docker getting-started guide", "Full Stack Deep Learning"],
    milestones: [
      { month: 0, text: "Started HOML with a friend from my analytics team", kind: "course" },
      { month: 3, text: "scikit-learn pipeline for lead scoring on our CRM data", kind: "project" },
      { month: 6, text: "Deployed it behind FastAPI in Docker on a 6-dollar VPS" },
      { month: 8, text: "Made With ML to fill in testing and monitoring" },
      { month: 11, text: "Referral from a friend's team; ML engineer offer" },
    ],
    daysAgo: 19,
    body: `BA in psychology, three years as a data analyst at a SaaS company. Strong SQL and dashboards, some Python. I wanted to build models that run, not just analyses that end in a slide deck.

**Studying:** *Hands-On Machine Learning* (3rd edition) with a friend from my analytics team, one chapter a week, exercises included. My psychology stats turned out to be more useful than I expected, especially experimental design and thinking carefully about measurement.

**Building:** a lead-scoring model on our own CRM data, as a proper scikit-learn pipeline. The step that changed everything was deploying it: FastAPI, a Dockerfile, a cheap VPS, and a nightly job that scored new leads and wrote results back to a table the sales team could see. Then [Made With ML](https://madewithml.com) showed me how much I'd skipped: tests, data validation, monitoring. I added all three and wrote up the before and after.

**Getting hired:** a friend from my old analytics bootcamp cohort was on an ML team at a logistics company. She read my write-up and referred me for an ML engineer opening. The interviews asked much more about deployment and testing than about algorithms. The deployed project was the main thing we talked about.

**Advice for analysts:** you already have the hard part (understanding data and the business). Deploy one model end to end, even a small one. That single step moved me from "analyst who knows ML" to "ML engineer" in interviewers' eyes.`,
    replies: [
      {
        author: "sample-hannah",
        hoursAfter: 4,
        body: `"Deploy one model end to end" is the step I keep putting off. Okay. This weekend.`,
      },
      {
        author: "sample-member",
        hoursAfter: 16,
        body: `Analyst here too. Did your current team know you were building this on their CRM data?`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-omar",
    title: "Air Force imagery analyst to computer vision engineer with a CCAF associate degree",
    role: "ml-engineer",
    education: "associate",
    previousField: "military-government",
    previousTitle: "Geospatial intelligence analyst (USAF)",
    monthsToOffer: 20,
    firstRoleYear: 2023,
    howHired: "recruiter",
    resources: [
      "Hands-On Machine Learning with Scikit-Learn and TensorFlow",
      "PyImageSearch",
      "CS231n notes",
      "Roboflow blog",
    ],
    milestones: [
      { month: 0, text: "Started Python during my last year of enlistment", kind: "course" },
      { month: 6, text: "Hands-On ML, parts I and II" },
      { month: 11, text: "Fine-tuned a YOLO detector on public satellite imagery (xView)", kind: "project" },
      { month: 16, text: "Separated from the Air Force; job search began" },
      { month: 20, text: "Recruiter placement at a geospatial analytics company" },
    ],
    daysAgo: 62,
    body: `Six years as a geospatial intelligence analyst in the Air Force. My only degree is the associate degree from the Community College of the Air Force, which most civilian recruiters have never heard of. I spent years looking at satellite imagery by eye, and I knew models were coming for part of that job.

I started Python in my last year of enlistment, worked through *Hands-On Machine Learning* (both parts), and then focused entirely on computer vision: the CS231n notes for theory, PyImageSearch and the Roboflow blog for practical detection work.

My main project fine-tuned a YOLO object detector on the public xView satellite dataset to find vehicles and small buildings. What made it stand out was the **error analysis**: I went through the false positives as an imagery analyst would, and showed that most were shadows, shipping containers and construction equipment, with examples. I then added hard negatives and improved precision by 9 points.

After separating I applied widely and heard mostly silence. Then a recruiter specialising in cleared geospatial roles found my LinkedIn and put me forward to a geospatial analytics company. The hiring manager cared most about two things: I had looked at more imagery than anyone on his team, and I could explain my model's mistakes.

**Advice for veterans:** your analyst experience is labelled data in your head. Use it for error analysis, and work with recruiters who specialise in cleared roles.`,
    replies: [
      {
        author: "sample-kwame",
        hoursAfter: 5,
        body: `Error analysis through an analyst's eyes is such a strong angle. Good to see another vet here.`,
      },
      {
        author: "sample-diego",
        hoursAfter: 26,
        body: `Hard negatives from real error analysis, with a 9-point precision gain, is exactly the kind of project that stands out.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-bea",
    title: "Lab technician to data engineer on an ML-driven biotech team: my pipeline repo did the talking",
    role: "data-engineer-ml",
    education: "bachelors-unrelated",
    previousField: "science",
    previousTitle: "Research lab technician (molecular biology)",
    monthsToOffer: 27,
    firstRoleYear: 2025,
    howHired: "portfolio",
    resources: ["Rosalind problems", "Kaggle", "Snakemake docs", "Designing Data-Intensive Applications"],
    milestones: [
      { month: 0, text: "Rosalind problems on lunch breaks", kind: "course" },
      { month: 7, text: "Scripts to parse our plate reader exports", kind: "project" },
      {
        month: 15,
        text: "Open-sourced a plate-reader-to-Parquet pipeline; other labs started using it",
        kind: "public-work",
      },
      { month: 22, text: "Single-cell Kaggle competition, top 20%" },
      { month: 27, text: "Offer from a protein engineering startup that used my pipeline" },
    ],
    daysAgo: 30,
    body: `BSc in biology, five years as a lab technician running assays in a university lab. Every experiment ended with me copying numbers out of plate reader exports into Excel. I started learning Python to stop doing that.

Rosalind's bioinformatics problems were my first programming practice, because they used biology I already understood. Then I wrote scripts to parse our plate reader files, then turned them into a proper pipeline with Snakemake: raw instrument exports in, validated and tidy Parquet files out, with plate layouts and controls checked automatically.

I open-sourced it with good documentation and examples from three instrument models. That's the part that changed my career. **Other labs started using it**, opened issues, and sent fixes. A protein engineering startup used it to feed assay data into their ML models, and one of their engineers opened a pull request to add support for their instrument.

Meanwhile I did a single-cell Kaggle competition (top 20%) to learn more about the ML side, and read *Designing Data-Intensive Applications* to learn the engineering I was doing by instinct.

The startup's ML lead reached out after that PR: they needed someone to own the path from lab instruments to training data. The interview was a walkthrough of my repo and a conversation about assay noise. **Scientists:** the messy path from instrument to dataset is where ML teams in biotech struggle most, and you already know it better than they do.`,
    replies: [
      {
        author: "sample-ines",
        hoursAfter: 7,
        body: `Can confirm from the biotech side: instrument-to-dataset is where half our problems came from. A good hire for them.`,
      },
      {
        author: "sample-marcus",
        hoursAfter: 21,
        body: `Automatic plate layout and control checks are basically data validation tests. Love seeing that instinct in another field.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-hamid",
    title: "Civil engineer to computer vision engineer: 30 months, 140 applications, one crack-detection model",
    role: "ml-engineer",
    education: "bachelors-cs",
    previousField: "engineering",
    previousTitle: "Civil engineer (bridge inspection)",
    monthsToOffer: 30,
    firstRoleYear: 2024,
    howHired: "cold-application",
    resources: ["Fast.ai course", "CS231n", "OpenCV tutorials", "Weights & Biases"],
    milestones: [
      { month: 0, text: "Started fast.ai during a slow winter on site", kind: "course" },
      { month: 9, text: "Labelled 3,200 bridge-deck photos from our inspection archive" },
      { month: 14, text: "Crack segmentation with a U-Net, IoU 0.71", kind: "project" },
      { month: 18, text: "Started applying" },
      { month: 30, text: "Offer from an infrastructure inspection startup, application 140" },
    ],
    daysAgo: 98,
    body: `BSc in civil engineering (I picked "related field" because of the maths), six years inspecting bridges for a consulting firm. Inspections mean thousands of photos of concrete, and someone has to look at every one of them for cracks. Usually me.

I started the Fast.ai course during a slow winter and then worked through CS231n for the theory. For the project, I labelled **3,200 bridge-deck photos** from our archive (with my firm's permission) and trained a U-Net for crack segmentation. Weights & Biases kept my experiments organised, and OpenCV handled the preprocessing of photos taken in terrible lighting. Final IoU was 0.71 on a held-out set of bridges the model had never seen.

Setback: the search was long. 140 applications over a year, mostly to general "ML engineer" roles, with a handful of interviews. I kept getting "great project, but we need someone with production experience". In hindsight, I applied too broadly for too long.

What finally worked was narrowing to companies doing infrastructure or construction inspection. My 140th application, to a drone inspection startup, led to an interview where I could talk about crack widths, inspection standards and why a false negative on a bridge is far worse than a false positive.

**Advice:** target companies where your domain matters. I'd have saved eight months if I had started there.`,
    replies: [
      {
        author: "sample-mei",
        hoursAfter: 8,
        body: `Same lesson here: the domain-specific companies were the only ones that saw my background as a plus.`,
      },
      {
        author: "sample-priya",
        hoursAfter: 24,
        body: `"I applied too broadly for too long" was my mistake too. Narrowing to forecasting roles changed everything.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-noor",
    title: "Community college to an ML platform apprenticeship: how the placement pathway worked",
    role: "mlops",
    education: "associate",
    previousField: "student",
    previousTitle: "Community college student (IT)",
    monthsToOffer: 15,
    firstRoleYear: 2025,
    howHired: "program-placement",
    resources: ["Linux Journey", "Docker docs", "MLOps Zoomcamp", "Google IT Automation with Python"],
    milestones: [
      { month: 0, text: "Intro to Python class, first semester", kind: "course" },
      { month: 6, text: "Joined the college AI club; built a Discord bot with a small classifier", kind: "project" },
      { month: 10, text: "MLOps Zoomcamp over the summer" },
      { month: 12, text: "Applied to the college's employer apprenticeship pathway" },
      { month: 15, text: "Apprenticeship offer on an ML platform team" },
    ],
    daysAgo: 5,
    body: `I finished an associate degree in information technology at a community college. No bachelor's yet (maybe later, my employer offers tuition help). I didn't know "MLOps" was a job until my second semester.

The college had an **employer apprenticeship pathway**: local companies commit to interviewing students who finish certain courses and a capstone. One of them was a healthcare software company with an ML platform team. That was the one I wanted.

What I did to be ready:

- Linux Journey and the Docker docs until containers stopped being scary
- The Google IT Automation with Python certificate, partly covered by the college
- The MLOps Zoomcamp over the summer, homework included
- A capstone where I containerised a classmate's model, added an MLflow registry and a GitHub Actions pipeline that retrained it weekly

I applied through the pathway at month 12. The interviews were a Linux troubleshooting exercise, a walkthrough of my capstone, and a conversation about how I learn new tools. The apprenticeship offer came at month 15: paid, one year, with a mentor, and a full-time role at the end if it goes well.

**If you're at a community college:** ask the career office whether they have employer partnerships in tech. Mine wasn't advertised anywhere, and it was the reason I got in.`,
    replies: [
      {
        author: "sample-jonah",
        hoursAfter: 5,
        body: `Apprenticeship gang! Congratulations. Take every chance to pair with your mentor, that's where I learned the most.`,
      },
      {
        author: "sample-lena",
        hoursAfter: 30,
        body: `A Linux troubleshooting round plus a capstone walkthrough sounds exactly like the MLOps loops I've seen. Well earned.`,
      },
    ],
  },
  // ---------------------------------------------------------------------------
  {
    author: "sample-wes",
    title: "Physics teacher to data scientist through a freelance contract that turned into a job",
    role: "data-scientist",
    education: "bachelors-unrelated",
    previousField: "teaching",
    previousTitle: "High school physics teacher",
    monthsToOffer: 36,
    firstRoleYear: 2021,
    howHired: "other",
    resources: [
      "An Introduction to Statistical Learning",
      "Mathematics for Machine Learning (Deisenroth et al.)",
      "3Blue1Brown",
      "Corey Schafer's Python videos",
    ],
    milestones: [
      { month: 0, text: "Summer break: Python and the first chapters of ISLR", kind: "course" },
      {
        month: 12,
        text: "Built an attendance early-warning analysis for my school, approved and anonymised",
        kind: "project",
      },
      { month: 20, text: "First freelance gig: sensor data for a local brewery" },
      { month: 30, text: "Six-month contract at a regional logistics company" },
      { month: 36, text: "Contract converted to a full-time data scientist role" },
    ],
    daysAgo: 1,
    body: `I taught high school physics for eleven years with a B.Ed. I picked "Other" for how I was hired because my first ML job wasn't an application at all: it was a contract that became a job.

Learning was the easy part for me. The maths was familiar (3Blue1Brown and *Mathematics for Machine Learning* for the linear algebra I'd forgotten), Corey Schafer's videos taught me Python, and [ISLR](https://www.statlearning.com) became my main textbook. My first project was an attendance early-warning analysis for my own school, done with the principal's approval on anonymised data.

The hard part was getting anyone to pay me. Applications went nowhere: "teacher" on a resume seemed to end the conversation. So I started freelancing on weekends. My first client was a local brewery that wanted to understand why fermentation temperatures drifted; I analysed their sensor logs and found a faulty chiller schedule. That led to a small referral network of local businesses.

At month 30 a regional logistics company hired me on a six-month contract to forecast depot volumes. I treated it like a long interview: documented everything, trained their analyst on the model, and delivered early. At month 36 they converted it to a permanent data scientist role.

**If applications aren't working, try contracts.** Small businesses care much less about your title and much more about whether you solved their problem.`,
    replies: [
      {
        author: "sample-tom",
        hoursAfter: 5,
        body: `Fellow ex-teacher, and "teacher on a resume ends the conversation" is painfully familiar. The contract route is a smart workaround.`,
      },
    ],
  },
];
