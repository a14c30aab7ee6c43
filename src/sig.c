/*
 * sig.c
 *		placeholder (issue 3 work in progress)
 */
#include <stddef.h>
typedef int prov_placeholder_sig;
