/*
 * certificate.c
 *		Placeholder (issue 4, in progress).
 */
