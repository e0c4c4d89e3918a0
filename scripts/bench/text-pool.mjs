// Deterministic sample text for the large bench forum: a few thousand Markdown bodies of realistic
// length (log-uniform between a floor and a ceiling), titles, names. The bulk rows pick from these
// pools in SQL, so only the pools are built in JavaScript; the forum itself is set-based SQL.

/** mulberry32: a small seeded PRNG, so every seed run writes the same forum. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const SENTENCES = [
  "I spent the first three months on Python basics and pandas before touching any model.",
  "The thing that finally clicked for me was building a small project end to end, data cleaning included.",
  "Most interviews I had asked more about SQL and experiment design than about deep learning.",
  "My manager let me take on a forecasting project at work, which became the story I told in every interview.",
  "I would not start with the maths: start with a dataset you care about and learn the maths when it blocks you.",
  "Kaggle was useful for practice, but nobody asked about my rank; they asked what I learned from the failures.",
  "Reading other people's code on GitHub taught me more about structure than any course did.",
  "I kept a learning log, one paragraph a day, and it later turned into three blog posts.",
  "The hardest part was not the technical material but believing I was allowed to apply.",
  "A referral from a former colleague got me the first interview; the portfolio got me the second.",
  "If your current job has any data in it, that is the fastest path: automate something and measure it.",
  "I failed two take-home assignments because I over-engineered them; the third one I kept simple and passed.",
  "Linear algebra mattered less than I feared, but understanding gradients and overfitting mattered a lot.",
  "Cloud certificates did not help much; a deployed model with a small API and a README did.",
  "Evaluation is where most beginner projects fall apart, so spend time on your validation split.",
  "I moved from analytics to ML engineering by owning the pipeline around a model someone else trained.",
  "Recruiters filtered on the word 'degree' in about half the postings, so I focused on smaller companies.",
  "Pairing with a senior engineer for two weeks taught me testing, code review and how to ask for help.",
  "My advice is to pick one framework, PyTorch or scikit-learn, and go deep before you go wide.",
  "Writing about what I built was uncomfortable at first, but it is what hiring managers actually read.",
  "The salary dropped for the first year, and it was still worth it for me; that will not be true for everyone.",
  "Do not underestimate the value of domain knowledge from your previous career; it is your edge.",
  "I learned Docker and basic Linux because every model I shipped needed them, not because a course said so.",
  "A study group of four people kept me going through the months when nothing seemed to work.",
  "Feature stores, model registries and monitoring sounded scary until I built a tiny version of each.",
  "The interview loop had a coding round, an ML design round and a behavioural round about a past project.",
  "I answered questions on this forum for a year, and explaining things was the best revision I did.",
  "Time-box your learning: I gave myself eighteen months and a list of projects, and checked it monthly.",
  "Some weeks I studied two hours a day, some weeks not at all; consistency over months mattered more.",
  "In hindsight I should have applied six months earlier, when I already had two solid projects.",
];

const LIST_ITEMS = [
  "Python, pandas and SQL until they felt boring",
  "one end-to-end project with a deployed model",
  "statistics: distributions, hypothesis tests, confidence intervals",
  "scikit-learn pipelines and proper cross-validation",
  "a small PyTorch model trained from scratch",
  "Docker, a REST endpoint and a short README",
  "mock interviews with friends, recorded",
  "reading two papers a month and summarising them",
  "contributing a fix to an open-source library",
  "a write-up of every project, with what went wrong",
];

const TOPICS = [
  "learning path",
  "portfolio project",
  "first ML interview",
  "take-home assignment",
  "career switch",
  "Kaggle",
  "MLOps",
  "feature engineering",
  "time-series forecasting",
  "LLM fine-tuning",
  "salary negotiation",
  "bootcamp",
  "self-study plan",
  "statistics refresher",
  "cloud certificates",
  "data engineering",
  "referrals",
  "imposter syndrome",
  "study group",
  "recommender systems",
  "computer vision project",
  "NLP project",
  "A/B testing",
  "model deployment",
];

const QUESTION_STARTS = [
  "How did you get your first interview for a",
  "Is a master's really needed for a",
  "Feedback wanted on my",
  "What would you cut from this",
  "Six months in: my",
  "Best resources for a",
  "Struggling with my",
  "Lessons from a failed",
  "Does anyone regret their",
  "Show and tell: my",
  "How long did your",
  "Honest review of my",
];

const FIELDS_TITLES = [
  "accountant",
  "teacher",
  "nurse",
  "mechanical engineer",
  "barista",
  "data analyst",
  "software developer",
  "lab technician",
  "army officer",
  "sales manager",
  "chef",
  "physics PhD dropout",
  "marketing analyst",
  "student",
];

const ROLES_TITLES = [
  "ML engineer",
  "data scientist",
  "MLOps engineer",
  "AI engineer",
  "research engineer",
  "applied scientist",
];

export const PREVIOUS_TITLES = [
  "Senior accountant",
  "High-school maths teacher",
  "ICU nurse",
  "Mechanical design engineer",
  "Shift manager",
  "Business intelligence analyst",
  "Backend developer",
  "Lab technician",
  "Logistics officer",
  "Account executive",
  "Line cook",
  "PhD student",
  "Marketing analyst",
  "Undergraduate",
  "QA engineer",
  "Financial analyst",
];

export const MILESTONE_TEXTS = [
  "Started learning Python in the evenings",
  "Finished my first online ML course",
  "Built a first end-to-end project",
  "Automated a report at work with a small model",
  "Joined a study group",
  "Published a write-up of my project",
  "First technical interview (failed)",
  "Passed a take-home assignment",
  "Got a referral",
  "Received the offer",
];

export const RESOURCE_NAMES = [
  "fast.ai (Practical Deep Learning)",
  "Andrew Ng's Machine Learning Specialization",
  "Hands-On Machine Learning (Géron)",
  "Kaggle Learn",
  "Designing Machine Learning Systems (Chip Huyen)",
  "MLOps Zoomcamp (DataTalks.Club)",
  "Made With ML",
  "An Introduction to Statistical Learning",
  "Stanford CS231n",
  "StatQuest",
  "Karpathy's Neural Networks: Zero to Hero",
  "Python for Data Analysis",
  "Deep Learning with Python",
  "Full Stack Deep Learning",
  "Hugging Face NLP Course",
  "Mathematics for Machine Learning",
  "Data Science from Scratch",
  "Approaching (Almost) Any Machine Learning Problem",
  "Machine Learning Engineering (Burkov)",
  "The Hundred-Page Machine Learning Book",
  "Dive into Deep Learning",
  "Practical Statistics for Data Scientists",
  "SQL for Data Analysis",
  "Effective Pandas",
  "Build a Large Language Model",
  "Google Machine Learning Crash Course",
  "Coursera Deep Learning Specialization",
  "Udacity ML Engineer Nanodegree",
  "Kaggle competitions",
  "3Blue1Brown neural networks",
  "Chip Huyen's ML interviews book",
  "Weights & Biases courses",
  "PyTorch tutorials",
  "scikit-learn user guide",
  "Docker for data scientists",
  "Feature Engineering for ML",
  "Reinforcement Learning (Sutton & Barto)",
  "Interpretable Machine Learning",
  "Natural Language Processing with Transformers",
  "Machine Learning Design Patterns",
];

const FIRST = [
  "Ana",
  "Ben",
  "Chen",
  "Dara",
  "Eli",
  "Fatou",
  "Gus",
  "Hana",
  "Ivan",
  "Jade",
  "Kofi",
  "Lena",
  "Milo",
  "Nia",
  "Omar",
  "Pia",
  "Quin",
  "Rosa",
  "Sami",
  "Tess",
  "Uma",
  "Vik",
  "Wen",
  "Xavi",
  "Yara",
  "Zeke",
];
const LAST = [
  "Okafor",
  "Silva",
  "Nguyen",
  "Kowalski",
  "Haddad",
  "Larsen",
  "Moreau",
  "Tanaka",
  "Ibrahim",
  "Rossi",
  "Novak",
  "Mensah",
  "Garcia",
  "Schmidt",
  "Patel",
  "Cohen",
];
export const FIRST_NAMES = FIRST;
export const LAST_NAMES = LAST;

function paragraph(rand, targetChars) {
  let text = "";
  while (text.length < targetChars) {
    let s = pick(rand, SENTENCES);
    const roll = rand();
    if (roll < 0.08) s = s.replace(/(\w+)(\.)$/, "**$1**$2");
    else if (roll < 0.14) s = s.replace(/\b(Python|pandas|SQL|Docker|PyTorch|scikit-learn)\b/, "`$1`");
    else if (roll < 0.17) s = `${s} (I wrote about it [here](https://example.com/notes/${Math.floor(rand() * 1000)}).)`;
    text += (text ? " " : "") + s;
  }
  return text;
}

/** One Markdown body of about `chars` characters: paragraphs, now and then a list or a heading. */
export function markdownBody(rand, chars) {
  const blocks = [];
  let length = 0;
  while (length < chars) {
    const roll = rand();
    let block;
    if (roll < 0.12 && blocks.length > 0) {
      const n = 3 + Math.floor(rand() * 4);
      block = Array.from({ length: n }, () => `- ${pick(rand, LIST_ITEMS)}`).join("\n");
    } else if (roll < 0.16 && chars > 1500) {
      block = `## ${pick(rand, ["What worked", "What I would skip", "Timeline", "Advice", "Resources"])}`;
    } else {
      block = paragraph(rand, Math.min(chars - length, 250 + rand() * 500));
    }
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join("\n\n");
}

/** Log-uniform between min and max: many short posts, a long tail of long ones. */
export function logUniform(rand, min, max) {
  return Math.round(Math.exp(Math.log(min) + rand() * (Math.log(max) - Math.log(min))));
}

export function discussionTitle(rand) {
  return `${pick(rand, QUESTION_STARTS)} ${pick(rand, TOPICS)}?`.replace("my?", "my plan?");
}

export function storyTitle(rand) {
  const months = 4 + Math.floor(rand() * 40);
  const from = pick(rand, FIELDS_TITLES);
  const to = pick(rand, ROLES_TITLES);
  return pick(rand, [
    `From ${from} to ${to} in ${months} months`,
    `How a ${from} became a ${to}`,
    `${months} months of evenings: ${from} to ${to}`,
    `No degree, ${from}, now ${to}: what worked`,
  ]);
}

/** HTML for a body when the app's renderer cannot be loaded (paragraphs only, escaped). */
export function fallbackHtml(markdown) {
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return markdown
    .split("\n\n")
    .map((block) => `<p>${escape(block)}</p>`)
    .join("\n");
}
