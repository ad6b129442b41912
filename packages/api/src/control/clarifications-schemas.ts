import { z } from "zod";
import { isoDate } from "../shared/fields";

/** Clarification rounds of a control (issue 19): the fields of the forms (client-safe). */
export const clarificationQuestion = z
  .string()
  .trim()
  .min(1, "Write the question")
  .max(5000, "A question has at most 5000 characters");

export const clarificationAnswer = z
  .string()
  .trim()
  .min(1, "Write the answer")
  .max(10_000, "An answer has at most 10000 characters");

export const CLARIFICATION_MAX_DOCUMENTS = 20;

export const askFields = {
  question: clarificationQuestion,
  /** The item of the report the question is about, if any. */
  itemId: z.uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  /** A follow-up to an answered round: that round is closed and the new one asked. */
  followUp: z
    .strictObject({ clarificationId: z.uuid(), version: z.number().int().min(1) })
    .nullable()
    .default(null),
};

export const answerFields = {
  answer: clarificationAnswer,
  documentIds: z
    .array(z.uuid())
    .max(CLARIFICATION_MAX_DOCUMENTS, `Attach at most ${CLARIFICATION_MAX_DOCUMENTS} documents`)
    .default([]),
};

export const CLARIFICATION_STATUSES = ["awaiting_answer", "answered", "closed"] as const;
export type ClarificationStatus = (typeof CLARIFICATION_STATUSES)[number];
export const CLARIFICATION_STATUS_LABELS: Record<ClarificationStatus, string> = {
  awaiting_answer: "Awaiting the partner's answer",
  answered: "Answered",
  closed: "Closed",
};
