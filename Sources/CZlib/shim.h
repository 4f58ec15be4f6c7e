#ifndef MORGUE_CZLIB_SHIM_H
#define MORGUE_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a C macro; Swift cannot call it directly.
/// windowBits 15 + 32 accepts both gzip and zlib streams.
static inline int morgue_inflate_init(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

/// `deflateInit2` is a C macro too; windowBits 31 writes gzip.
static inline int morgue_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
}

#endif
