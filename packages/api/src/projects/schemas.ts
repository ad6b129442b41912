import { z } from "zod";

const isoDate = z.iso.date({ error: "Use a date like 2025-03-01" });

export const projectFields = {
  acronym: z
    .string()
    .trim()
    .min(2, "At least 2 characters")
    .max(30, "At most 30 characters")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, "Letters, digits, spaces, '-', '_' and '.' only"),
  title: z.string().trim().min(3, "At least 3 characters").max(250, "At most 250 characters"),
  programme: z.string().trim().min(2).max(120).default("Interreg Europe 2021-2027"),
  description: z.string().trim().max(5000, "At most 5000 characters").default(""),
  startDate: isoDate,
  endDate: isoDate,
  corePhaseEnd: isoDate.nullable().default(null),
};

export function checkProjectDates(
  v: { startDate: string; endDate: string; corePhaseEnd: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.endDate <= v.startDate) {
    ctx.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "The end date must come after the start date",
    });
  }
  if (v.corePhaseEnd && (v.corePhaseEnd <= v.startDate || v.corePhaseEnd > v.endDate)) {
    ctx.addIssue({
      code: "custom",
      path: ["corePhaseEnd"],
      message: "The core phase must end between the project's start and end dates",
    });
  }
}
