#ifndef MORGUE_CLIBXML2_SHIM_H
#define MORGUE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with the ICU that
// Foundation carries. morgue never uses libxml2's ICU paths: turn them off
// before the rest of libxml2 is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as not
/// concurrency-safe; call it through a function instead.
static inline void morgue_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// Swallows libxml2's diagnostics: a hostile page must not write to the
/// user's terminal, and NOERROR does not silence every message.
static inline void morgue_xml_silent_error(void *context, const xmlError *error) {
    (void)context;
    (void)error;
}

static inline void morgue_xml_silence_errors(void) {
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)morgue_xml_silent_error);
    xmlSetGenericErrorFunc(NULL, NULL);
}

#endif
