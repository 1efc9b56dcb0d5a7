#ifndef WINNOW_BENCHMARKS_CPCRE2RAW_SHIM_H
#define WINNOW_BENCHMARKS_CPCRE2RAW_SHIM_H

// libpcre2-8 as is, for the raw C baseline of the MatchLoop benchmarks: the benchmarks call
// pcre2_compile_8 / pcre2_jit_match_8 themselves, with no Winnow wrapper in between.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#endif
