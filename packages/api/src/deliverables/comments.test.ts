import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import { type Harness, trpcError } from "../testing/harness";
import { resolveMentions } from "./mentions";

const people = [
  { userId: "anna", name: "Anna Berg", email: "anna.berg@consortia.demo" },
  { userId: "annab", name: "Anna Bergström", email: "ab@example.org" },
  { userId: "mette", name: "Mette Lund", email: "lead@consortia.demo" },
];

describe("mention resolution", () => {
  it("finds full names and e-mail addresses, longest name first, in order of mention", () => {
    expect(resolveMentions("@mette lund and @Anna Bergström, then @Anna Berg.", people)).toEqual([
      "mette",
      "annab",
      "anna",
    ]);
    expect(resolveMentions("ask @lead@consortia.demo twice: @Mette Lund", people)).toEqual([
      "mette",
    ]);
  });

  it("ignores an @ inside a word, a name cut short and people outside the project", () => {
    expect(resolveMentions("write to anna.berg@consortia.demo", people)).toEqual([]);
    expect(resolveMentions("@Anna Bergman and @Ada Admin", people)).toEqual([]);
    expect(resolveMentions("@", people)).toEqual([]);
  });
});

async function mentionEvents(h: Harness, commentId: string) {
  return h.db
    .selectFrom("notification_events")
    .select(["kind", "recipient_ids", "actor_id"])
    .where("kind", "=", "mentioned")
    .where((eb) => eb(eb.ref("data", "->>").key("commentId"), "=", commentId))
    .execute();
}

describe("comment threads", () => {
  it("thread replies one deep and resolve @mentions to active project members", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const d = await wp.newDeliverable();
    const anna = await h.callerFor(f.users.partner_editor.id);
    const lead = await h.callerFor(f.users.lead_coordinator.id);
    const viewer = await h.callerFor(f.users.partner_viewer.id);
    const ref = { projectId: f.projectA.id, deliverableId: d.id };
    const top = await anna.deliverables.comments.add({
      ...ref,
      body: "@Mette Lund @Luca Bianchi the draft is up. @Bea Blue is not in this project.",
    });
    expect(top.mentions.sort()).toEqual(
      [f.users.lead_coordinator.id, f.users.partner_viewer.id].sort(),
    );
    const reply = await lead.deliverables.comments.add({
      ...ref,
      parentId: top.id,
      body: "Thanks!",
    });
    const nested = await viewer.deliverables.comments.add({
      ...ref,
      parentId: reply.id,
      body: "Seen.",
    });
    const threads = await viewer.deliverables.comments.list(ref);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.replies.map((r) => r.id)).toEqual([reply.id, nested.id]);
    expect(threads[0]?.mentions.map((m) => m.name).sort()).toEqual(["Luca Bianchi", "Mette Lund"]);
    expect(threads[0]?.can).toEqual({ edit: false, delete: false });
    const events = await mentionEvents(h, top.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.recipient_ids.sort()).toEqual(top.mentions.sort());
  });

  it("tell only people newly mentioned by an edit, and never the author", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const c = await wp.newComment({ body: "@Mette Lund please look" });
    const anna = await h.callerFor(f.users.partner_editor.id);
    const edited = await anna.deliverables.comments.edit({
      projectId: f.projectA.id,
      commentId: c.id,
      version: c.version,
      body: "@Mette Lund and @Giulia Rossi please look; cc @Anna Berg",
    });
    expect(edited.mentions).toHaveLength(3);
    const events = await mentionEvents(h, c.id);
    expect(events.map((e) => e.recipient_ids)).toEqual([
      [f.users.lead_coordinator.id],
      [expect.any(String)],
    ]);
    expect(events[1]?.recipient_ids).not.toContain(f.users.partner_editor.id);
    const list = await anna.deliverables.comments.list({
      projectId: f.projectA.id,
      deliverableId: c.deliverableId,
    });
    expect(list[0]).toMatchObject({ edited: true, can: { edit: true, delete: true } });
    const stale = await trpcError(
      anna.deliverables.comments.edit({
        projectId: f.projectA.id,
        commentId: c.id,
        version: c.version,
        body: "x",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("let viewers take part, observers only read, and authors alone edit", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const d = await wp.newDeliverable();
    const ref = { projectId: f.projectA.id, deliverableId: d.id };
    const viewer = await h.callerFor(f.users.partner_viewer.id);
    const mine = await viewer.deliverables.comments.add({
      ...ref,
      body: "A question from Lombardy",
    });
    await expect(
      viewer.deliverables.comments.edit({
        projectId: f.projectA.id,
        commentId: mine.id,
        version: 1,
        body: "Q",
      }),
    ).resolves.toMatchObject({ version: 2 });
    const observer = await h.callerFor(f.users.observer.id);
    expect(
      (await trpcError(observer.deliverables.comments.add({ ...ref, body: "Hello" }))).code,
    ).toBe("FORBIDDEN");
    await expect(observer.deliverables.comments.list(ref)).resolves.toHaveLength(1);
    const lead = await h.callerFor(f.users.lead_coordinator.id);
    const err = await trpcError(
      lead.deliverables.comments.edit({
        projectId: f.projectA.id,
        commentId: mine.id,
        version: 2,
        body: "Q",
      }),
    );
    expect(err.code).toBe("FORBIDDEN");
  });

  it("delete by the author or a lead coordinator, leaving a marker that keeps the replies", async ({
    h,
    workplan: wp,
  }) => {
    const { f } = h;
    const c = await wp.newComment({ body: "To be withdrawn" });
    const lead = await h.callerFor(f.users.lead_coordinator.id);
    const ref = { projectId: f.projectA.id, deliverableId: c.deliverableId };
    await lead.deliverables.comments.add({ ...ref, parentId: c.id, body: "A reply" });
    const viewer = await h.callerFor(f.users.partner_viewer.id);
    const refused = await trpcError(
      viewer.deliverables.comments.delete({
        projectId: f.projectA.id,
        commentId: c.id,
        version: c.version,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    await lead.deliverables.comments.delete({
      projectId: f.projectA.id,
      commentId: c.id,
      version: c.version,
    });
    const [thread] = await viewer.deliverables.comments.list(ref);
    expect(thread).toMatchObject({ deleted: true, body: "", mentions: [] });
    expect(thread?.replies).toHaveLength(1);
    const reply = await trpcError(
      lead.deliverables.comments.add({ ...ref, parentId: c.id, body: "Too late" }),
    );
    expect(reply.code).toBe("BAD_REQUEST");
  });

  it("keep comments inside their project", async ({ h, workplan: wp }) => {
    const { f } = h;
    const c = await wp.newComment();
    const memberB = await h.callerFor(f.users.memberB.id);
    const err = await trpcError(
      memberB.deliverables.comments.delete({
        projectId: f.projectB.id,
        commentId: c.id,
        version: c.version,
      }),
    );
    expect(err.code).toBe("NOT_FOUND");
  });
});
