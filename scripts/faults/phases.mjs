// The faults, in the order the test makes them while the load runs. Each is a name and a `run(ctx)`
// that breaks something and puts it back the way an operator's tooling would; `restarts` says the
// fault itself restarts the app (so "recovered without a manual restart" means: no other restart);
// `redis` that it is made only when the app runs with REDIS_URL.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const FAULTS = [
  {
    name: "PostgreSQL fast shutdown, then started again",
    restarts: false,
    async run({ postgres, downMs }) {
      await postgres.stop("fast");
      await sleep(downMs);
      await postgres.start();
    },
  },
  {
    name: "app server killed (SIGKILL), then started again",
    restarts: true,
    async run({ app }) {
      await app.kill();
      await app.start();
    },
  },
  {
    name: "Redis stopped, then started again",
    restarts: false,
    redis: true,
    async run({ redis, downMs }) {
      await redis.stop();
      await sleep(downMs);
      await redis.start();
    },
  },
];
