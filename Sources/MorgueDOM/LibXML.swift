import CLibXML2
import CParseArena

/// libxml2's process-wide set-up, done once before its first use.
enum LibXML {
    /// Installs the parse-arena allocator (it must see every block libxml2
    /// allocates, so it comes before anything else), initialises the parser
    /// and silences libxml2's diagnostics.
    static let ready: Void = {
        xmlMemSetup(morgue_arena_free, morgue_arena_malloc, morgue_arena_realloc, morgue_arena_strdup)
        xmlInitParser()
        morgue_xml_silence_errors()
    }()
}
