import { describe, expect, it } from "vitest";
import { dispositionName, formatBytes } from "./export-download-names";

describe("export download helpers", () => {
  it("take the exact UTF-8 file name, else the ASCII one", () => {
    expect(
      dispositionName(
        "attachment; filename=\"MEDTECH-progress-report-P1-_od_.pdf\"; filename*=UTF-8''MEDTECH-progress-report-P1-%C5%81%C3%B3d%C5%BA.pdf",
      ),
    ).toBe("MEDTECH-progress-report-P1-Łódź.pdf");
    expect(dispositionName('attachment; filename="report.csv"')).toBe("report.csv");
    expect(dispositionName("attachment; filename*=UTF-8''%E0%A4%A; filename=\"x.csv\"")).toBe(
      "x.csv",
    );
    expect(dispositionName(null)).toBeNull();
  });

  it("print sizes as people read them", () => {
    expect([512, 2048, 5 * 1024 ** 2 + 1024 ** 2 / 2].map(formatBytes)).toEqual([
      "512 B",
      "2 KB",
      "5.5 MB",
    ]);
  });
});
