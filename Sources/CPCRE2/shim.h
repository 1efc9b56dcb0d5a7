#ifndef WINNOW_CPCRE2_SHIM_H
#define WINNOW_CPCRE2_SHIM_H

// The 8-bit (UTF-8) library only. Swift cannot import PCRE2's function-like
// macros (pcre2_compile -> pcre2_compile_8) or its cast-based constants
// (PCRE2_UNSET, PCRE2_ZERO_TERMINATED), so the wrapper calls the *_8 symbols
// directly and spells those constants itself (Sources/PCRE2/Internals).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#endif
