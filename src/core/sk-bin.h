/* sk-bin.h: the Business Identification Number (BIN) of Kazakhstan */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SK_BIN_VALID,
  SK_BIN_WRONG_LENGTH,     /* not 12 characters */
  SK_BIN_NOT_DIGITS,
  SK_BIN_BAD_MONTH,        /* digits 3–4 are not a month */
  SK_BIN_BAD_KIND,         /* digit 5 is not 4, 5 or 6 */
  SK_BIN_BAD_UNIT,         /* digit 6 is not 0, 1, 2 or 3 */
  SK_BIN_BAD_CHECK_DIGIT,  /* digit 12 does not match */
  SK_BIN_UNUSABLE,         /* both weightings give 10: no such number */
} SkBinStatus;

/* The kind of registration unit, digit 6. */
typedef enum {
  SK_BIN_UNIT_HEAD_OFFICE = 0,
  SK_BIN_UNIT_BRANCH = 1,
  SK_BIN_UNIT_REPRESENTATIVE_OFFICE = 2,
} SkBinUnit;

SkBinStatus sk_bin_check          (const char *bin);
/* The check digit computed over the first 11 digits; -1 when none exists. */
int         sk_bin_check_digit    (const char *digits11);
/* Digit 6, or -1 when @bin is not 12 digits. */
int         sk_bin_unit           (const char *bin);
/* A translated sentence saying what is wrong (NULL for SK_BIN_VALID). */
const char *sk_bin_status_message (SkBinStatus status);

G_END_DECLS
