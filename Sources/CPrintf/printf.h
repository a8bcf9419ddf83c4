#pragma once
#include <stdio.h>

/* `printf("%.*f")` (or `e`, `g`: `conversion`) of one double into `buffer`: the length of
 * the text, or what it would need when `size` is too small. For Swift, which cannot call C's
 * variadic functions (`withVaList` boxes each argument in an existential: most of a
 * formatted float's time). */
static inline int nb_format_double(char *buffer, size_t size, char conversion, int digits,
                                   double x) {
  char format[] = "%.*f";
  format[3] = conversion;
  return snprintf(buffer, size, format, digits, x);
}
