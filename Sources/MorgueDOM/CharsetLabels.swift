/// Maps encoding labels as pages write them to the encoding browsers use,
/// named as libxml2/iconv knows it.
///
/// Source: the WHATWG Encoding Standard's label table. Browsers read several
/// legacy labels as a superset (Latin-1 and ASCII as windows-1252, GB2312 as
/// GBK/GB18030, EUC-KR as windows-949), and so must morgue, or curly quotes
/// turn into control characters and Chinese pages stop at the first GBK-only
/// character.
enum CharsetLabels {
    static func encoding(forLabel label: String) -> String? {
        let key = label.trimmingCharacters(in: " \t\r\n\u{0C}\"'").lowercased()
        return table[key]
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) { for l in labels { table[l] = name } }
        // Unicode.
        add("UTF-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add("UTF-16LE", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add("UTF-16BE", ["unicodefffe", "utf-16be"])
        // Western: every Latin-1 and ASCII label means windows-1252.
        add("WINDOWS-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                             "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                             "us-ascii", "windows-1252", "x-cp1252"])
        add("ISO-8859-2", ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"])
        add("ISO-8859-3", ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "l3", "latin3"])
        add("ISO-8859-4", ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "l4", "latin4"])
        add("ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5"])
        add("ISO-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6",
                           "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6"])
        add("ISO-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126",
                           "iso8859-7", "iso88597", "iso_8859-7", "sun_eu_greek"])
        add("ISO-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138",
                           "iso8859-8", "iso88598", "iso_8859-8", "visual", "csiso88598i", "iso-8859-8-i", "logical"])
        add("ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"])
        add("ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"])
        add("ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"])
        add("ISO-8859-15", ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"])
        add("ISO-8859-16", ["iso-8859-16"])
        // latin5 / Turkish is read as windows-1254.
        add("WINDOWS-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                             "l5", "latin5", "windows-1254", "x-cp1254"])
        add("KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add("KOI8-U", ["koi8-ru", "koi8-u"])
        add("MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        add("WINDOWS-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"])
        add("WINDOWS-1250", ["cp1250", "windows-1250", "x-cp1250"])
        add("WINDOWS-1251", ["cp1251", "windows-1251", "x-cp1251"])
        add("WINDOWS-1253", ["cp1253", "windows-1253", "x-cp1253"])
        add("WINDOWS-1255", ["cp1255", "windows-1255", "x-cp1255"])
        add("WINDOWS-1256", ["cp1256", "windows-1256", "x-cp1256"])
        add("WINDOWS-1257", ["cp1257", "windows-1257", "x-cp1257"])
        add("WINDOWS-1258", ["cp1258", "windows-1258", "x-cp1258"])
        add("CP866", ["866", "cp866", "csibm866", "ibm866"])
        // Chinese: GB2312 and GBK labels are read as GB18030, their superset.
        add("GB18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
                        "x-gbk", "gb18030"])
        add("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        // Japanese.
        add("EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add("ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"])
        add("CP932", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"])
        // Korean: EUC-KR is read as windows-949.
        add("CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                      "ksc5601", "ksc_5601", "windows-949"])
        return table
    }()
}
