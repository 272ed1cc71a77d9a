import { TRPCError } from "@trpc/server";
import { INBOX_FILTERS, INBOX_PAGE_SIZE, idSchema } from "@koers/domain";
import { z } from "zod";
import type { Prisma } from "../../../db.server.js";
import { authedProcedure, municipalityProcedure } from "../../init.js";

/*
 * The inbox: a person's own notifications in one municipality. Every query is scoped by the
 * caller's user id and the municipality of the guard, so nobody sees another person's
 * notifications or those of a municipality they left.
 */

const inbox = municipalityProcedure("municipality.view");

function scope(ctx: { user: { id: string }; municipality: { id: string } }): Prisma.NotificationWhereInput {
  return { userId: ctx.user.id, municipalityId: ctx.municipality.id };
}

/** Newest first, 20 a page; "unread" leaves out what has been read. */
export const list = inbox
  .input(
    z.object({
      filter: z.enum(INBOX_FILTERS).default("all"),
      page: z.number().int().min(1).max(10_000).default(1),
    }),
  )
  .query(async ({ ctx, input }) => {
    const own = scope(ctx);
    const where: Prisma.NotificationWhereInput = input.filter === "unread" ? { ...own, readAt: null } : own;
    const [total, unreadCount, allCount] = await Promise.all([
      ctx.db.notification.count({ where }),
      ctx.db.notification.count({ where: { ...own, readAt: null } }),
      input.filter === "unread" ? ctx.db.notification.count({ where: own }) : Promise.resolve(-1),
    ]);
    const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
    const page = Math.min(input.page, pages);
    const rows = await ctx.db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        params: (row.params ?? {}) as Record<string, string | number>,
        link: row.link,
        read: row.readAt !== null,
        createdAt: row.createdAt.toISOString(),
      })),
      filter: input.filter,
      page,
      pages,
      pageSize: INBOX_PAGE_SIZE,
      total,
      allCount: allCount === -1 ? total : allCount,
      unreadCount,
    };
  });

/** The number in the navigation. */
export const unreadCount = inbox.query(async ({ ctx }) => ({
  count: await ctx.db.notification.count({ where: { ...scope(ctx), readAt: null } }),
}));

/** Marks some of one's own notifications read; ids of others (or unknown) are ignored. */
export const markRead = inbox
  .input(z.object({ ids: z.array(idSchema).min(1).max(100) }))
  .mutation(async ({ ctx, input }) => {
    const { count } = await ctx.db.notification.updateMany({
      where: { ...scope(ctx), id: { in: input.ids }, readAt: null },
      data: { readAt: new Date() },
    });
    return { count };
  });

export const markAllRead = inbox.mutation(async ({ ctx }) => {
  const { count } = await ctx.db.notification.updateMany({ where: { ...scope(ctx), readAt: null }, data: { readAt: new Date() } });
  return { count };
});

/**
 * Opening a notification marks it read and says where it leads. Someone else's notification,
 * or one of a municipality the caller no longer belongs to, does not exist for the caller.
 */
export const open = authedProcedure.input(z.object({ notificationId: idSchema })).mutation(async ({ ctx, input }) => {
  const notification = await ctx.db.notification.findFirst({
    where: { id: input.notificationId, userId: ctx.user.id, municipality: { memberships: { some: { userId: ctx.user.id } } } },
    select: { id: true, link: true, readAt: true },
  });
  if (!notification) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
  if (!notification.readAt) {
    await ctx.db.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: new Date() } });
  }
  return { link: notification.link };
});
