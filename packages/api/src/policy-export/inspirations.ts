/**
 * What an export shows for an inspiration the caller may not open (a good practice returned
 * to its owner, a deleted learning event): it keeps its place in the background, untitled,
 * as on the action plan's page.
 */
export const UNAVAILABLE_TITLE = "not available to you (not shared, or removed)";
