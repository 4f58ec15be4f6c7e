#include "parse_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Every block handed out starts 16 bytes after a header naming its owner,
// which keeps the block 16-byte aligned, as malloc's are.
typedef struct {
    uint64_t owner;
    uint64_t size;
} block_header;

enum {
    OWNER_ARENA = 0x61726e6575677261ULL,  // freed with its arena
    OWNER_HEAP = 0x706165686575676dULL,   // freed on its own
};

// Arena memory comes in chunks: standard ones of CHUNK_BYTES, which a
// thread keeps a few of for its next parse (until the thread ends), and a
// chunk of its own for each block over LARGE_BLOCK bytes (a page's text
// buffer), which can then grow in place.
typedef struct chunk {
    struct chunk *next;
    size_t capacity;
    size_t used;
    size_t padding;  // keeps the data after the chunk header 16-byte aligned
} chunk;

#define CHUNK_BYTES ((size_t)256 * 1024)
#define LARGE_BLOCK (CHUNK_BYTES / 4)
#ifndef SPARE_CHUNKS
#define SPARE_CHUNKS 16
#endif

struct morgue_arena {
    chunk *chunks;  // standard chunks, the one in use first
    chunk *large;   // single-block chunks
    size_t bytes;
};

static _Thread_local morgue_arena *active;

// MARK: Spare chunks, kept per thread and freed when the thread ends

typedef struct {
    chunk *chunks;
    int count;
} spare_list;

static pthread_key_t spare_key;
static pthread_once_t spare_key_once = PTHREAD_ONCE_INIT;

static void free_spares(void *value) {
    spare_list *list = value;
    for (chunk *c = list->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(list);
}

static void make_spare_key(void) {
    pthread_key_create(&spare_key, free_spares);
}

// The current thread's spare chunks; NULL when memory runs out.
static spare_list *spares(void) {
    pthread_once(&spare_key_once, make_spare_key);
    spare_list *list = pthread_getspecific(spare_key);
    if (!list) {
        list = calloc(1, sizeof(spare_list));
        if (list && pthread_setspecific(spare_key, list) != 0) {
            free(list);
            list = NULL;
        }
    }
    return list;
}

static size_t rounded(size_t size) {
    return (sizeof(block_header) + size + 15) & ~(size_t)15;
}

static void *data_of(chunk *c) {
    return (char *)(c + 1);
}

// MARK: The C heap

__attribute__((noinline))
static void *heap_block(size_t size) {
    if (size > SIZE_MAX - sizeof(block_header)) return NULL;
    block_header *header = malloc(sizeof(block_header) + size);
    if (!header) return NULL;
    header->owner = OWNER_HEAP;
    header->size = size;
    return header + 1;
}

// MARK: Arena blocks

static chunk *take_chunk(void) {
    spare_list *list = spares();
    chunk *c = list ? list->chunks : NULL;
    if (c) {
        list->chunks = c->next;
        list->count--;
    } else {
        c = malloc(sizeof(chunk) + CHUNK_BYTES);
        if (!c) return NULL;
        c->capacity = CHUNK_BYTES;
    }
    c->used = 0;
    c->next = NULL;
    return c;
}

// A block over LARGE_BLOCK bytes, in a chunk of its own. Kept out of line
// (as is a new chunk's start) so that the common case, a small block cut
// from the current chunk, compiles to a few instructions.
__attribute__((noinline, cold))
static void *large_block(morgue_arena *arena, size_t size, size_t need) {
    chunk *c = malloc(sizeof(chunk) + need);
    if (!c) return NULL;
    c->capacity = need;
    c->used = need;
    c->next = arena->large;
    arena->large = c;
    arena->bytes += need;
    block_header *header = data_of(c);
    header->owner = OWNER_ARENA;
    header->size = size;
    return header + 1;
}

// Starts a new standard chunk for the arena; NULL when memory runs out.
__attribute__((noinline, cold))
static chunk *next_chunk(morgue_arena *arena) {
    chunk *c = take_chunk();
    if (!c) return NULL;
    c->next = arena->chunks;
    arena->chunks = c;
    arena->bytes += c->capacity;
    return c;
}

static inline void *arena_block(morgue_arena *arena, size_t size) {
    if (__builtin_expect(size > SIZE_MAX / 2, 0)) return NULL;
    size_t need = rounded(size);
    if (__builtin_expect(need > LARGE_BLOCK, 0)) return large_block(arena, size, need);
    chunk *c = arena->chunks;
    if (__builtin_expect(!c || c->capacity - c->used < need, 0)) {
        c = next_chunk(arena);
        if (!c) return NULL;
    }
    block_header *header = (block_header *)((char *)data_of(c) + c->used);
    c->used += need;
    header->owner = OWNER_ARENA;
    header->size = size;
    return header + 1;
}

// Grows the newest block of the arena's current chunk, or a large block,
// where it lies; NULL when the block cannot grow in place.
static void *grow_in_place(morgue_arena *arena, block_header *header, size_t size) {
    size_t old_need = rounded(header->size);
    size_t new_need = rounded(size);
    chunk *c = arena->chunks;
    if (c && (char *)header + old_need == (char *)data_of(c) + c->used
        && new_need <= old_need + (c->capacity - c->used)) {
        c->used = c->used - old_need + new_need;
        header->size = size;
        return header + 1;
    }
    for (chunk **link = &arena->large; *link; link = &(*link)->next) {
        chunk *large = *link;
        if ((block_header *)data_of(large) != header) continue;
        chunk *moved = realloc(large, sizeof(chunk) + new_need);
        if (!moved) return NULL;
        arena->bytes += new_need - moved->capacity;
        moved->capacity = new_need;
        moved->used = new_need;
        *link = moved;
        block_header *moved_header = data_of(moved);
        moved_header->size = size;
        return moved_header + 1;
    }
    return NULL;
}

// MARK: Arena lifetime

morgue_arena *morgue_arena_begin(void) {
    morgue_arena *arena = calloc(1, sizeof(morgue_arena));
    active = arena;
    return arena;
}

void morgue_arena_end(void) {
    active = NULL;
}

morgue_arena *morgue_arena_swap(morgue_arena *arena) {
    morgue_arena *previous = active;
    active = arena;
    return previous;
}

void morgue_arena_release(morgue_arena *arena) {
    if (!arena) return;
    if (active == arena) active = NULL;
    spare_list *list = spares();
    for (chunk *c = arena->chunks, *next; c; c = next) {
        next = c->next;
        if (list && list->count < SPARE_CHUNKS) {
            c->next = list->chunks;
            list->chunks = c;
            list->count++;
        } else {
            free(c);
        }
    }
    for (chunk *c = arena->large, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(arena);
}

size_t morgue_arena_size(const morgue_arena *arena) {
    return arena ? arena->bytes : 0;
}

// MARK: The functions libxml2 calls

void *morgue_arena_malloc(size_t size) {
    return active ? arena_block(active, size) : heap_block(size);
}

void morgue_arena_free(void *pointer) {
    if (!pointer) return;
    block_header *header = (block_header *)pointer - 1;
    if (header->owner == OWNER_ARENA) return;
    if (header->owner == OWNER_HEAP) {
        header->owner = 0;
        free(header);
        return;
    }
    // Allocated before this allocator was installed.
    free(pointer);
}

void *morgue_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return morgue_arena_malloc(size);
    block_header *header = (block_header *)pointer - 1;
    if (header->owner == OWNER_HEAP) {
        if (size > SIZE_MAX - sizeof(block_header)) return NULL;
        block_header *moved = realloc(header, sizeof(block_header) + size);
        if (!moved) return NULL;
        moved->size = size;
        return moved + 1;
    }
    if (header->owner != OWNER_ARENA) return realloc(pointer, size);
    if (active) {
        void *grown = grow_in_place(active, header, size);
        if (grown) return grown;
    }
    // An arena block is never moved or freed: the new one is a copy.
    void *copy = morgue_arena_malloc(size);
    if (!copy) return NULL;
    memcpy(copy, pointer, header->size < size ? header->size : size);
    return copy;
}

char *morgue_arena_strdup(const char *text) {
    if (!text) return NULL;
    size_t length = strlen(text);
    char *copy = morgue_arena_malloc(length + 1);
    if (!copy) return NULL;
    memcpy(copy, text, length + 1);
    return copy;
}
