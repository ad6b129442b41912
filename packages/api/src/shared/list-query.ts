import type { SelectQueryBuilder } from "kysely";

/**
 * What the lists with filters share: a search text matched literally inside a title, and one
 * page of a filtered query with the count of all its rows.
 */

/** An ILIKE pattern for "contains this text", with the text's own % and _ taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

export type PageInput = { page: number; pageSize: number };

/**
 * The rows of one page of the filtered query `q` (`select` picks the columns and the order)
 * and the count of all rows that match, read side by side.
 */
export async function pageOf<DB, TB extends keyof DB, O, R>(
  q: SelectQueryBuilder<DB, TB, O>,
  input: PageInput,
  select: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, R>,
) {
  const [{ total }, rows] = await Promise.all([
    q
      .select((eb) => eb.fn.countAll<number>().as("total"))
      .$castTo<{ total: number }>()
      .executeTakeFirstOrThrow(),
    select(q)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
  ]);
  return { rows, total: Number(total), page: input.page, pageSize: input.pageSize };
}
