/// How the file names of pictures say which size of a picture they hold.
enum PictureNames {
    // A size at the end of a file's name, after a dash or an underscore: WordPress's "-640x427", a width
    // ("-1200w"), or a size word ("-small", "_thumb", "-large"): the same picture in another size.
    static let sizeSuffix = TextPattern("[-_](?:\\d{2,5}x\\d{2,5}|\\d{2,5}w|small|medium|large|thumb|thumbnail)$",
                                        requiring: ["-", "_"])
}
