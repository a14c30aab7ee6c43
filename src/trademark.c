/*
 * trademark.c
 *		Placeholder (issue 5, in progress).
 */
