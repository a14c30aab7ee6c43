/*
 * brand.h
 *		Brand keys in the backend (brand.c), shared with trademark.c.
 */
#ifndef PROVENANCE_BRAND_H
#define PROVENANCE_BRAND_H

#include "brand_key.h"

/* The backend's ICU services for brand keys, opened on first use */
extern bk_ctx *brand_icu(void);

/*
 * brand_analyze
 *		bk_analyze on text in the database encoding; raises on failure (54000
 *		too long, 39000 ICU).  The caller frees *key and *words with free().
 */
extern void brand_analyze(const char *s, size_t len, char **key,
						  size_t *keylen, bk_word **words, int *nwords);
/* brand_analyze with bk_analyze_opts's options */
extern void brand_analyze_opts(const char *s, size_t len, int opts, char **key,
							   size_t *keylen, bk_word **words, int *nwords);

#endif							/* PROVENANCE_BRAND_H */
