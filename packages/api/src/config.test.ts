import { describe, expect, it } from "vitest";
import { readApiConfig } from "./config";

describe("readApiConfig", () => {
  it("reads JOB_SCHEDULES as cron expressions by job name", () => {
    const config = readApiConfig({
      JOB_SCHEDULES: "storage.sweep=* * * * *; notifications.digest = 0 6,18 * * 1-5;",
    });
    expect(config.jobSchedules).toEqual({
      "storage.sweep": "* * * * *",
      "notifications.digest": "0 6,18 * * 1-5",
    });
    expect(readApiConfig({}).jobSchedules).toEqual({});
  });

  it("refuses JOB_SCHEDULES that is not a list of name=cron", () => {
    expect(() => readApiConfig({ JOB_SCHEDULES: "* * * * *" })).toThrow(/job.name=cron/);
    expect(() => readApiConfig({ JOB_SCHEDULES: "a=1 * * * *;;b" })).toThrow(/job.name=cron/);
  });
});
