"use client";

import { deferred } from "@/components/deferred";

// The library's table, filters and actions (the tRPC client, radix) load after the page.
export const Library = deferred(() => import("./library").then((m) => m.Library));
export const SearchForm = deferred(() => import("./search-form").then((m) => m.SearchForm));
