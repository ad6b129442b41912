import { z } from "zod";
import { authedProcedure, router } from "../trpc";
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from "./calendar";
import { listInput, markReadInput, setPreferencesInput } from "./schemas";
import * as notifications from "./service";

const none = z.strictObject({}).optional();

/** Account-level: every procedure acts on the signed-in person's own notifications only. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(listInput)
    .query(({ ctx, input }) => notifications.listNotifications(ctx, input)),
  unreadCount: authedProcedure.input(none).query(({ ctx }) => notifications.unreadCount(ctx)),
  markRead: authedProcedure
    .input(markReadInput)
    .mutation(({ ctx, input }) => notifications.markRead(ctx, input)),
  markAllRead: authedProcedure.input(none).mutation(({ ctx }) => notifications.markAllRead(ctx)),
  preferences: authedProcedure.input(none).query(({ ctx }) => notifications.getPreferences(ctx)),
  setPreferences: authedProcedure
    .input(setPreferencesInput)
    .mutation(({ ctx, input }) => notifications.setPreferences(ctx, input)),
  calendarFeed: authedProcedure.input(none).query(({ ctx }) => calendarFeedStatus(ctx)),
  createCalendarFeed: authedProcedure.input(none).mutation(({ ctx }) => createCalendarFeed(ctx)),
  revokeCalendarFeed: authedProcedure.input(none).mutation(({ ctx }) => revokeCalendarFeed(ctx)),
});
