import MorgueDOM

/// Tag names packed as `Node.packedName` packs them (the name's bytes, the
/// first lowest: "meta" is 0x61_74_65_6d, "a" is 0x61), written out as
/// integer literals. A `switch` on an element's packed name then compares
/// constants; a `static let` set to `Node.packedName("meta")` would be read
/// through a lazy global's accessor at every comparison, for every element
/// of a page. `areExact` checks every literal against `Node.packedName`
/// (asserted in debug builds, where the tests run, when a survey is made).
enum PackedTags {
    static let a: UInt64 = 0x61
    static let aside: UInt64 = 0x65_64_69_73_61
    static let base: UInt64 = 0x65_73_61_62
    static let code: UInt64 = 0x65_64_6f_63
    static let div: UInt64 = 0x76_69_64
    static let figure: UInt64 = 0x65_72_75_67_69_66
    static let footer: UInt64 = 0x72_65_74_6f_6f_66
    static let h1: UInt64 = 0x31_68
    static let h2: UInt64 = 0x32_68
    static let h3: UInt64 = 0x33_68
    static let link: UInt64 = 0x6b_6e_69_6c
    static let main: UInt64 = 0x6e_69_61_6d
    static let meta: UInt64 = 0x61_74_65_6d
    static let nav: UInt64 = 0x76_61_6e
    static let noscript: UInt64 = 0x74_70_69_72_63_73_6f_6e
    static let pre: UInt64 = 0x65_72_70
    static let script: UInt64 = 0x74_70_69_72_63_73
    static let style: UInt64 = 0x65_6c_79_74_73
    static let svg: UInt64 = 0x67_76_73
    static let table: UInt64 = 0x65_6c_62_61_74
    static let template: UInt64 = 0x65_74_61_6c_70_6d_65_74
    static let time: UInt64 = 0x65_6d_69_74
    static let title: UInt64 = 0x65_6c_74_69_74
    static let article: UInt64 = 0x65_6c_63_69_74_72_61

    /// Whether every literal above is `Node.packedName` of its name.
    static var areExact: Bool {
        a == Node.packedName("a")
            && aside == Node.packedName("aside")
            && base == Node.packedName("base")
            && code == Node.packedName("code")
            && div == Node.packedName("div")
            && figure == Node.packedName("figure")
            && footer == Node.packedName("footer")
            && h1 == Node.packedName("h1")
            && h2 == Node.packedName("h2")
            && h3 == Node.packedName("h3")
            && link == Node.packedName("link")
            && main == Node.packedName("main")
            && meta == Node.packedName("meta")
            && nav == Node.packedName("nav")
            && noscript == Node.packedName("noscript")
            && pre == Node.packedName("pre")
            && script == Node.packedName("script")
            && style == Node.packedName("style")
            && svg == Node.packedName("svg")
            && table == Node.packedName("table")
            && template == Node.packedName("template")
            && time == Node.packedName("time")
            && title == Node.packedName("title")
            && article == Node.packedName("article")
    }
}
