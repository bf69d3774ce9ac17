/* sk-bin.c: validation of the BIN (БСН / БИН)
 *
 * 12 digits: year and month of registration (4), the kind of entity (1:
 * 4 resident legal entity, 5 non-resident, 6 individual entrepreneur),
 * the unit (1: 0 head office, 1 branch, 2 representative office, 3 joint
 * entrepreneurship), a serial number (5) and a check digit computed as for
 * the IIN: weights 1..11, mod 11; a result of 10 is computed again with
 * weights 3..11, 1, 2; a second 10 means no such number is issued.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-bin.h"

int
sk_bin_check_digit (const char *d)
{
  static const int first[11] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
  static const int second[11] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
  int sum = 0;

  for (int i = 0; i < 11; i++)
    sum += (d[i] - '0') * first[i];
  if (sum % 11 != 10)
    return sum % 11;
  sum = 0;
  for (int i = 0; i < 11; i++)
    sum += (d[i] - '0') * second[i];
  return sum % 11 == 10 ? -1 : sum % 11;
}

SkBinStatus
sk_bin_check (const char *bin)
{
  int month, check;

  if (bin == NULL || strlen (bin) != 12)
    return SK_BIN_WRONG_LENGTH;
  for (int i = 0; i < 12; i++)
    if (!g_ascii_isdigit (bin[i]))
      return SK_BIN_NOT_DIGITS;
  month = (bin[2] - '0') * 10 + (bin[3] - '0');
  if (month < 1 || month > 12)
    return SK_BIN_BAD_MONTH;
  if (bin[4] < '4' || bin[4] > '6')
    return SK_BIN_BAD_KIND;
  if (bin[5] > '3')
    return SK_BIN_BAD_UNIT;
  check = sk_bin_check_digit (bin);
  if (check < 0)
    return SK_BIN_UNUSABLE;
  if (check != bin[11] - '0')
    return SK_BIN_BAD_CHECK_DIGIT;
  return SK_BIN_VALID;
}

int
sk_bin_unit (const char *bin)
{
  if (bin == NULL || strlen (bin) != 12 || !g_ascii_isdigit (bin[5]))
    return -1;
  return bin[5] - '0';
}

const char *
sk_bin_status_message (SkBinStatus status)
{
  switch (status)
    {
    case SK_BIN_VALID:
      return NULL;
    case SK_BIN_WRONG_LENGTH:
      return _("A BIN has exactly 12 digits.");
    case SK_BIN_NOT_DIGITS:
      return _("A BIN consists of digits only.");
    case SK_BIN_BAD_MONTH:
      return _("Digits 3 and 4 of a BIN are the month of registration (01–12).");
    case SK_BIN_BAD_KIND:
      return _("Digit 5 of a BIN is the kind of entity: 4, 5 or 6.");
    case SK_BIN_BAD_UNIT:
      return _("Digit 6 of a BIN is the kind of unit: 0, 1, 2 or 3.");
    case SK_BIN_BAD_CHECK_DIGIT:
      return _("The last digit of the BIN does not match the others: there is a typing error.");
    case SK_BIN_UNUSABLE:
    default:
      return _("No BIN is issued with these digits: there is a typing error.");
    }
}
