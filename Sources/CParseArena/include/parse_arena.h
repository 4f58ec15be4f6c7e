#ifndef MORGUE_PARSE_ARENA_H
#define MORGUE_PARSE_ARENA_H

#include <stddef.h>

/// An allocator for libxml2 that keeps everything one parse allocates in
/// one arena, released in one step with the document.
///
/// Installed with `xmlMemSetup` before libxml2's first use. While a thread
/// has an arena active (`morgue_arena_begin` .. `morgue_arena_end`), every
/// block libxml2 asks for on that thread comes from the arena, and freeing
/// such a block does nothing: the whole arena is released by
/// `morgue_arena_release` after `xmlFreeDoc`. At any other time blocks come
/// from the C heap and are freed one by one, as usual. A small header before
/// each block says which of the two owns it.

typedef struct morgue_arena morgue_arena;

/// Starts an arena for the current thread's next parse.
/// Returns NULL (and activates nothing) when memory runs out.
morgue_arena *morgue_arena_begin(void);

/// Stops handing out blocks from the current thread's arena.
void morgue_arena_end(void);

/// Makes `arena` (which may be NULL: the C heap) the current thread's
/// arena again and returns the one that was current, to be handed back to
/// this function when done. Used around changes to a parsed tree, so that
/// what libxml2 allocates for them (a merged text node's content) belongs
/// to the document's arena too.
morgue_arena *morgue_arena_swap(morgue_arena *arena);

/// Gives the arena's memory back. Call it after every block it handed out
/// is no longer used (after `xmlFreeDoc` of the document it built).
void morgue_arena_release(morgue_arena *arena);

/// The bytes an arena has taken from the C heap, for tests and reports.
size_t morgue_arena_size(const morgue_arena *arena);

/// The functions handed to `xmlMemSetup`.
void morgue_arena_free(void *pointer);
void *morgue_arena_malloc(size_t size);
void *morgue_arena_realloc(void *pointer, size_t size);
char *morgue_arena_strdup(const char *text);

#endif
