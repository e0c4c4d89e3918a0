// The category and tags of each sample discussion (by its slugKey in seed-data.ts), so a fresh start
// shows categories and tag pages with something in them. Sample stories are tagged by their role.
import type { CategorySlug } from "@/lib/categories";

export const SAMPLE_FILING: Record<string, { category: CategorySlug; tags: string[] }> = {
  "accountant-to-data-scientist-22-months": {
    category: "getting-started",
    tags: ["career-change", "data-scientist", "finance"],
  },
  "qa-tester-to-ml-engineer": { category: "getting-started", tags: ["career-change", "ml-engineer", "testing"] },
  "take-home-churn-model-rejected-feedback": {
    category: "job-search-and-interviews",
    tags: ["take-home", "feedback", "churn"],
  },
  "ml-system-design-round-no-production-experience": {
    category: "job-search-and-interviews",
    tags: ["system-design", "interviews"],
  },
  "leetcode-vs-ml-fundamentals-interview-loops": {
    category: "job-search-and-interviews",
    tags: ["interviews", "leetcode"],
  },
  "fastai-or-andrew-ng-first": { category: "learning-resources", tags: ["fastai", "courses"] },
  "hands-on-ml-12-week-reading-plan": { category: "learning-resources", tags: ["books", "study-group"] },
  "do-hiring-managers-care-about-kaggle": { category: "projects-and-portfolios", tags: ["kaggle", "hiring"] },
  "portfolio-projects-that-get-callbacks": { category: "projects-and-portfolios", tags: ["portfolio", "hiring"] },
  "negotiating-offer-ms-phd-preferred": { category: "job-search-and-interviews", tags: ["offers", "no-degree"] },
  "imposter-syndrome-first-three-months": { category: "off-topic", tags: ["first-job"] },
  "mlops-as-entry-door": { category: "getting-started", tags: ["mlops", "career-change"] },
  "llm-ai-engineer-roles-what-they-are": { category: "getting-started", tags: ["ai-engineer", "llm"] },
  "internal-transfer-analytics-to-ml-team": { category: "job-search-and-interviews", tags: ["internal-transfer"] },
  "cold-referral-ask-that-worked": { category: "job-search-and-interviews", tags: ["referrals"] },
  "math-you-actually-need-for-ml-jobs": { category: "learning-resources", tags: ["math"] },
};
