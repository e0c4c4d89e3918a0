// Recognising one resource written many ways: "fast.ai", "Fast.ai course" and "Practical Deep Learning
// for Coders (fast.ai)" are the same thing. Well-known resources are matched by pattern and get one
// canonical name; anything else is keyed by its words, less case, accents, punctuation, a bracketed
// aside and generic words that say what kind of thing it is rather than which one.
const KNOWN: { key: string; name: string; pattern: RegExp }[] = [
  {
    key: "fastai",
    name: "fast.ai (Practical Deep Learning)",
    pattern: /\bfastai\b|\bfastbook\b|\bpractical deep learning\b/,
  },
  {
    key: "andrew-ng-deep-learning",
    name: "Andrew Ng's Deep Learning Specialization",
    pattern: /\b(andrew )?ngs?\b.*\bdeep learning\b|\bdeeplearningai\b/,
  },
  { key: "andrew-ng-ml", name: "Andrew Ng's Machine Learning Specialization", pattern: /\bandrew ngs?\b/ },
  {
    key: "hands-on-ml",
    name: "Hands-On Machine Learning (Géron)",
    pattern: /\bhands on (machine learning|ml)\b|\bgeron\b/,
  },
  { key: "kaggle-learn", name: "Kaggle Learn", pattern: /\bkaggle learn\b/ },
  { key: "kaggle", name: "Kaggle", pattern: /^kaggle( competitions?)?$/ },
  {
    key: "designing-ml-systems",
    name: "Designing Machine Learning Systems (Chip Huyen)",
    pattern: /\bdesigning (machine learning|ml) systems\b/,
  },
  { key: "mlops-zoomcamp", name: "MLOps Zoomcamp (DataTalks.Club)", pattern: /\bmlops zoomcamp\b/ },
  { key: "made-with-ml", name: "Made With ML", pattern: /\bmade ?with ?ml/ },
  {
    key: "islr",
    name: "An Introduction to Statistical Learning",
    pattern: /\bintroduction to statistical learning\b|\bislr?\b/,
  },
  { key: "esl", name: "The Elements of Statistical Learning", pattern: /\belements of statistical learning\b/ },
  { key: "cs231n", name: "Stanford CS231n", pattern: /\bcs231n\b/ },
  { key: "cs229", name: "Stanford CS229", pattern: /\bcs229\b/ },
  { key: "statquest", name: "StatQuest", pattern: /\bstatquest\b/ },
  { key: "karpathy-zero-to-hero", name: "Karpathy's Neural Networks: Zero to Hero", pattern: /\bzero to hero\b/ },
];

const GENERIC_WORDS = new Set([
  "the",
  "a",
  "an",
  "by",
  "course",
  "courses",
  "class",
  "mooc",
  "book",
  "books",
  "tutorial",
  "tutorials",
  "online",
  "free",
  "program",
  "programme",
  "series",
  "lecture",
  "lectures",
  "notes",
  "video",
  "videos",
  "edition",
  "docs",
  "documentation",
]);

function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // Dots and apostrophes join words ("fast.ai" → "fastai", "ng's" → "ngs"); other punctuation separates them.
      .replace(/[.'’]/g, "")
      .replace(/[^a-z0-9+#]+/g, " ")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
  );
}

export function resourceKey(name: string): string {
  const normalized = words(name).join(" ");
  const known = KNOWN.find((k) => k.pattern.test(normalized));
  if (known) return known.key;
  const plain = words(name.replace(/\([^)]*\)/g, " "));
  const meaningful = plain.filter((w) => !GENERIC_WORDS.has(w));
  return (meaningful.length > 0 ? meaningful : plain.length > 0 ? plain : words(name)).join(" ");
}

/** The name a resource is listed under: its canonical name when well known, else the first spelling seen. */
export function resourceName(key: string, spelling: string): string {
  return KNOWN.find((k) => k.key === key)?.name ?? spelling;
}
