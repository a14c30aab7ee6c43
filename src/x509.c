/*
 * x509.c
 *		Placeholder (issue 4, in progress).
 */
