import Testing
import MorgueModel
@testable import MorgueExtraction

@Suite struct DatelineParsingTests {
    @Test func readsAKoreanWireOpener() throws {
        let found = try #require(DatelineParsing.parse(firstParagraph: "(서울=연합뉴스) 민서준 기자 = 보건복지부는 4일 약국 제도를 바꾼다고 밝혔다."))
        #expect(found.text == "(서울=연합뉴스) 민서준 기자 =")
        #expect(found.location == "서울")
        #expect(found.agency == "연합뉴스")
        #expect(DatelineParsing.organization(forAgency: "연합뉴스") == "Yonhap")
        #expect(DatelineParsing.parse(firstParagraph: "(세종=뉴시스) = 정부는 4일 발표했다.")?.agency == "뉴시스")
    }

    @Test func readsPressReleaseWireDatelines() throws {
        let story = " Acme Corp. today announced a new widget line, the company said."
        let pr = try #require(DatelineParsing.parse(firstParagraph: "NEW YORK, March 4, 2025 /PRNewswire/ --" + story))
        #expect(pr.text == "NEW YORK, March 4, 2025 /PRNewswire/ --")
        #expect(pr.location == "NEW YORK")
        #expect(pr.agency == "PRNewswire")
        let bw = try #require(DatelineParsing.parse(firstParagraph: "SAN FRANCISCO--(BUSINESS WIRE)--" + story))
        #expect(bw.location == "SAN FRANCISCO")
        #expect(bw.agency == "BUSINESS WIRE")
        #expect(DatelineParsing.parse(firstParagraph: "TORONTO, March 04, 2025 (GLOBE NEWSWIRE) --" + story)?.agency
            == "GLOBE NEWSWIRE")
        #expect(DatelineParsing.organization(forAgency: "PRNewswire") == "PR Newswire")
        // A wire the table does not know, named as one.
        let unknown = try #require(DatelineParsing.parse(
            firstParagraph: "PORTLAND, Ore., March 12, 2025 (HARBOR NEWSWIRE) --" + story))
        #expect(unknown.location == "PORTLAND, Ore.")
        #expect(unknown.agency == "HARBOR NEWSWIRE")
        #expect(DatelineParsing.parse(firstParagraph: "PORTLAND, Ore., March 12, 2025 (Update) --" + story) == nil)
        // Slashes around something that is no wire: no dateline.
        #expect(DatelineParsing.parse(firstParagraph: "TORONTO /Summary/ --" + story) == nil)
    }

    @Test func readsAChineseWireDateline() throws {
        let dateline = try #require(DatelineParsing.parse(firstParagraph: "新华社武汉2020年1月23日电，武汉市发布通告，全市城市公交暂停运营。"))
        #expect(dateline.text == "新华社武汉2020年1月23日电")
        #expect(dateline.location == "武汉")
        #expect(dateline.agency == "新华社")
        #expect(dateline.date == "2020年1月23日")
        #expect(DatelineParsing.organization(forAgency: "新华社") == "Xinhua")
        // A sentence that names the agency is no dateline.
        #expect(DatelineParsing.parse(firstParagraph: "新华社记者在武汉采访了当地居民。") == nil)
    }

    @Test func theOutletAfterThePlaceIsNoPartOfIt() throws {
        let story = " Banjir bandang menerjang tiga desa di Kecamatan Cibeureum Hilir pada Rabu dini hari."
        let own = try #require(DatelineParsing.parse(firstParagraph: "SUKARAJA, KABARNUSA.com -" + story,
                                                     isOwnName: { $0.lowercased() == "kabarnusa.com" }))
        #expect(own.text == "SUKARAJA, KABARNUSA.com -")
        #expect(own.location == "SUKARAJA")
        // The site's own name is no agency; another outlet is.
        #expect(own.agency == nil)
        let other = try #require(DatelineParsing.parse(firstParagraph: "SUKARAJA, KOMPAS.com -" + story))
        #expect(other.location == "SUKARAJA")
        #expect(other.agency == "KOMPAS.com")
        // A region after the place stays in it.
        #expect(DatelineParsing.parse(firstParagraph: "KABUL, Afghanistan — The talks resumed on Monday.")?.location
            == "KABUL, Afghanistan")
    }

    @Test func readsAShortPlaceInOrdinaryCaseBeforeAHyphen() throws {
        let story = " Presiden meninjau lokasi banjir di Sukaraja pada Rabu pagi."
        let plain = try #require(DatelineParsing.parse(firstParagraph: "Jakarta -" + story))
        #expect(plain.text == "Jakarta -")
        #expect(plain.location == "Jakarta")
        #expect(plain.agency == nil)
        let outlet = try #require(DatelineParsing.parse(firstParagraph: "Jakarta, CNN Indonesia --" + story,
                                                        isOwnName: { $0 == "CNN Indonesia" }))
        #expect(outlet.location == "Jakarta")
        #expect(outlet.agency == nil)
        // Labels, weekdays, months, an unknown name after a comma, a lower-case rest or no sentence: no dateline.
        for line in ["Update - The council met again on Monday.", "Monday - The council met again.",
                     "Januar - Der Rat tagte erneut.", "Jakarta, Presiden Joko - Dia meninjau lokasi banjir.",
                     "Berlin - die Stadt wächst weiter.", "Singapur - Singapore"] {
            #expect(DatelineParsing.parse(firstParagraph: line) == nil)
        }
    }

    @Test func readsPlaceAndAgencyInParentheses() throws {
        let dateline = try #require(DatelineParsing.parse(
            firstParagraph: "HONG KONG (The New York Times) – The Chinese government, which has long used its market…"))
        #expect(dateline.text == "HONG KONG (The New York Times) –")
        #expect(dateline.location == "HONG KONG")
        #expect(dateline.agency == "The New York Times")
        #expect(dateline.date == nil)
    }

    @Test func readsEveryDashKind() throws {
        for dash in ["-", "–", "—", "―", "--"] {
            let dateline = try #require(DatelineParsing.parse(firstParagraph: "WASHINGTON (AP) \(dash) The Senate voted on Tuesday."))
            #expect(dateline.text == "WASHINGTON (AP) \(dash)")
            #expect(dateline.agency == "AP")
        }
    }

    @Test func readsDateAndRegion() throws {
        let reuters = try #require(DatelineParsing.parse(firstParagraph: "LONDON, Sept 16 (Reuters) - British inflation rose."))
        #expect(reuters.location == "LONDON")
        #expect(reuters.date == "Sept 16")
        #expect(reuters.agency == "Reuters")

        let afp = try #require(DatelineParsing.parse(firstParagraph: "NEW DELHI, India, March 3 (AFP) – Protesters gathered."))
        #expect(afp.location == "NEW DELHI, India")
        #expect(afp.date == "March 3")
        #expect(afp.agency == "AFP")
        #expect(afp.text == "NEW DELHI, India, March 3 (AFP) –")

        let kabul = try #require(DatelineParsing.parse(firstParagraph: "KABUL, Afghanistan — A bomb exploded near the ministry."))
        #expect(kabul.location == "KABUL, Afghanistan")
        #expect(kabul.agency == nil)
    }

    @Test func readsSpanishDashAndStateAbbreviations() throws {
        let spanish = try #require(DatelineParsing.parse(firstParagraph: "TEGUCIGALPA, HONDURAS.- El gobierno anunció medidas."))
        #expect(spanish.location == "TEGUCIGALPA, HONDURAS")
        let station = try #require(DatelineParsing.parse(firstParagraph: "NAPA COUNTY, Calif. (KGO) -- Napa County has agreed."))
        #expect(station.location == "NAPA COUNTY, Calif.")
        #expect(station.agency == "KGO")
    }

    @Test func readsPlacesInOrdinaryCaseWhenAnAgencyFollows() throws {
        let dpa = try #require(DatelineParsing.parse(firstParagraph: "Hamburg (dpa/lno) – Trotz eines Gespräches blieb es dabei."))
        #expect(dpa.location == "Hamburg")
        #expect(dpa.agency == "dpa/lno")
        #expect(dpa.text == "Hamburg (dpa/lno) –")
        #expect(DatelineParsing.organization(forAgency: "dpa/lno") == "dpa")
        let main = try #require(DatelineParsing.parse(firstParagraph: "Frankfurt/Main (AFP) - Die Börse schloss fester."))
        #expect(main.location == "Frankfurt/Main")
        let hyphenated = try #require(DatelineParsing.parse(
            firstParagraph: "Port-Lérac (AFP) – Plusieurs centaines de salariés ont manifesté jeudi."))
        #expect(hyphenated.location == "Port-Lérac")
        // Without an agency an ordinary word before a dash opens a sentence.
        #expect(DatelineParsing.parse(firstParagraph: "Berlin – die Stadt, die niemals schläft, ist teuer geworden.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "Sicher (vielleicht) – das sagen alle.") == nil)
        let service = try #require(DatelineParsing.parse(firstParagraph: "Hamburg (iwr-pressedienst) - Die Stromerzeugung wächst."))
        #expect(service.location == "Hamburg")
        #expect(service.agency == "iwr-pressedienst")
    }

    @Test func readsBarePlace() throws {
        let dateline = try #require(DatelineParsing.parse(firstParagraph: "BEIJING — Officials said on Monday that exports fell."))
        #expect(dateline.text == "BEIJING —")
        #expect(dateline.location == "BEIJING")
    }

    @Test func readsDayMonthDatesOfRomanceWires() throws {
        let bogota = try #require(DatelineParsing.parse(firstParagraph: "BOGOTÁ, 4 de marzo (EFE) - El Gobierno anunció un plan."))
        #expect(bogota.text == "BOGOTÁ, 4 de marzo (EFE) -")
        #expect(bogota.location == "BOGOTÁ")
        #expect(bogota.date == "4 de marzo")
        #expect(bogota.agency == "EFE")
        let mexico = try #require(DatelineParsing.parse(firstParagraph: "CIUDAD DE MÉXICO, 4 mar (EFE).- Arqueólogos hallaron una calzada."))
        #expect(mexico.location == "CIUDAD DE MÉXICO")
        #expect(mexico.date == "4 mar")
        let paris = try #require(DatelineParsing.parse(firstParagraph: "PARIS, 4 mars (AFP) - Le gouvernement a présenté son plan."))
        #expect(paris.date == "4 mars")
    }

    @Test func readsAPlaceInOrdinaryCaseWithLowerCaseParticles() throws {
        let mexico = try #require(DatelineParsing.parse(
            firstParagraph: "Ciudad de México, 4 mar (EFE).- Arqueólogos del INAH hallaron una calzada prehispánica."))
        #expect(mexico.text == "Ciudad de México, 4 mar (EFE).-")
        #expect(mexico.location == "Ciudad de México")
        #expect(mexico.date == "4 mar")
        #expect(mexico.agency == "EFE")
        let rio = try #require(DatelineParsing.parse(firstParagraph: "Rio de Janeiro (AFP) - A polícia prendeu dois suspeitos."))
        #expect(rio.location == "Rio de Janeiro")
        #expect(rio.agency == "AFP")
        // Without an agency a place in ordinary case may open a sentence.
        #expect(DatelineParsing.parse(firstParagraph: "Rio de Janeiro - a cidade recebeu turistas.") == nil)
    }

    @Test func readsADatelineInAScriptWithoutCapitals() throws {
        let cairo = try #require(DatelineParsing.parse(
            firstParagraph: "القاهرة - (رويترز) - قالت الحكومة المصرية، اليوم الثلاثاء، إنها تلقت ستة عروض."))
        #expect(cairo.text == "القاهرة - (رويترز) -")
        #expect(cairo.location == "القاهرة")
        #expect(cairo.agency == "رويترز")
        #expect(DatelineParsing.organization(forAgency: "رويترز") == "رويترز")
        // Without an agency in brackets a dash is only punctuation.
        #expect(DatelineParsing.parse(firstParagraph: "القاهرة - قالت الحكومة المصرية إنها تلقت ستة عروض.") == nil)
    }

    @Test func ignoresLookAlikes() {
        #expect(DatelineParsing.parse(firstParagraph: "U.S. — the country's largest bank said profits fell.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "“Never — not once,” she said of the decision.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "BREAKING NEWS — PRESIDENT RESIGNS AFTER VOTE") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "I — like many others — had doubts about the plan.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "Never — not once — did the council meet in public.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "The mayor arrived at noon.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "NABU-Gruppen zählen im Winter die Vögel.") == nil)
        #expect(DatelineParsing.parse(firstParagraph: "VIDEO – Watch the storm roll in.") == nil)
    }

    @Test func aTopicLabelOverADekIsNoDateline() throws {
        // A dek under a topic label does not end as a sentence; a story's first paragraph does.
        #expect(DatelineParsing.parse(firstParagraph: "MIGRATION – How Kenya copes with the largest camp in the region") == nil)
        let listLead = try #require(DatelineParsing.parse(firstParagraph: "TAYLORVILLE — The blotter is as follows:"))
        #expect(listLead.location == "TAYLORVILLE")
        let quoted = try #require(DatelineParsing.parse(firstParagraph: "LINZ – Wer droht den Kindern, die an der Tür läuten?“"))
        #expect(quoted.location == "LINZ")
    }

    @Test func agencyNamesTheOrganization() {
        #expect(DatelineParsing.organization(forAgency: "AP") == "Associated Press")
        #expect(DatelineParsing.organization(forAgency: "The New York Times") == "The New York Times")
        #expect(DatelineParsing.organization(forAgency: "AFP") == "Agence France-Presse")
        #expect(DatelineParsing.organization(forAgency: "Kurier") == "Kurier")
    }

    @Test func readsADatelineSetAsAParagraphOfItsOwn() throws {
        let blocks: [Block] = [
            .paragraph([.strong([.text("VILLANUEVA DEL GUADIEL, 3 Jul. (EUROPA PRESS) -")])]),
            .paragraph([.text("El Ayuntamiento ha cerrado la piscina municipal a mitad de temporada.")]),
        ]
        let found = try #require(FirstStoryParagraph.dateline(in: blocks))
        #expect(found.location == "VILLANUEVA DEL GUADIEL" && found.agency == "EUROPA PRESS")
        #expect(found.text == "VILLANUEVA DEL GUADIEL, 3 Jul. (EUROPA PRESS) -")
        // A short paragraph ending in a dash that is no dateline stays none.
        #expect(FirstStoryParagraph.dateline(in: [.paragraph([.text("Lo que sabemos -")]), blocks[1]]) == nil)
    }

    @Test func readsAPlaceSetInBoldBeforeTheFirstSentence() throws {
        func paragraph(_ bold: String, _ rest: String) -> [Block] {
            [.paragraph([.strong([.text(bold)]), .text(rest)])]
        }
        let found = try #require(FirstStoryParagraph.dateline(in: paragraph(
            "Schwerin.", " Die Landesregierung hat am Dienstag ein Förderpaket beschlossen.")))
        #expect(found == Dateline(text: "Schwerin.", location: "Schwerin"))
        #expect(FirstStoryParagraph.dateline(in: paragraph("Bad Pyrmont.", " Der Kurpark öffnet wieder."))?.location
            == "Bad Pyrmont")
        // A label in bold, a bold sentence, or a place in plain type is no dateline.
        #expect(FirstStoryParagraph.dateline(in: paragraph("Korrektur.", " Wir haben den Namen berichtigt.")) == nil)
        #expect(FirstStoryParagraph.dateline(in: paragraph("Die Lage ist ernst.", " Der Landrat warnt.")) == nil)
        #expect(FirstStoryParagraph.dateline(in: [.paragraph([.text("Nein. Das ist falsch, sagt er.")])]) == nil)
    }

    @Test func readsAPlaceClosedByAColon() throws {
        func dateline(_ paragraphs: String...) -> Dateline? {
            FirstStoryParagraph.dateline(in: paragraphs.map { .paragraph([.text($0)]) })
        }
        let story = " The Union Cabinet on Wednesday approved a third line on the eastern freight corridor."
        let caps = try #require(dateline("NEW DELHI:" + story, "Officials said the work would take five years."))
        #expect(caps == Dateline(text: "NEW DELHI:", location: "NEW DELHI", agency: nil, date: nil))
        let wire = try #require(dateline("NEW DELHI, Nov 12 (PTI):" + story))
        #expect(wire.location == "NEW DELHI" && wire.agency == "PTI" && wire.date == "Nov 12")
        // A place in ordinary case counts in bold only: in plain type it is as often a label or a speaker.
        let bold = FirstStoryParagraph.dateline(in: [.paragraph([.strong([.text("Thiruvananthapuram:")]), .text(story)])])
        #expect(bold == Dateline(text: "Thiruvananthapuram:", location: "Thiruvananthapuram", agency: nil, date: nil))
        #expect(FirstStoryParagraph.dateline(in: [.paragraph([.strong([.text("Thiruvananthapuram")]), .text(":" + story)])])?
            .location == "Thiruvananthapuram")
        #expect(dateline("Thiruvananthapuram:" + story) == nil)
        #expect(dateline("Felix Stalder: Zu wissen, mit wem Patienten Kontakt hatten, ist ein wichtiges Mittel.") == nil)
        // Labels in any case and language, plain or bold, are no places.
        for label in ["Note:", "Update:", "UPDATE:", "EDITOR'S NOTE:", "Editor’s Note:", "PHOTO:", "Photo:", "Q:",
                      "Fact Check:", "Hinweis:", "Nota:", "UWAGA:"] {
            #expect(dateline(label + story) == nil, "\(label)")
            #expect(FirstStoryParagraph.dateline(in: [.paragraph([.strong([.text(label)]), .text(story)])]) == nil, "\(label)")
        }
        // A short line after the colon is no story, nor is a speaker in an interview or transcript.
        #expect(dateline("KABUL: See the map below.") == nil)
        #expect(dateline("INSKEEP:" + story, "GREENE: And the opposition objected, too.") == nil)
        #expect(FirstStoryParagraph.dateline(in: [
            .paragraph([.strong([.text("Jane Doe:")]), .text(story)]),
            .paragraph([.strong([.text("John Roe:")]), .text(" That is right, and it was overdue.")]),
        ]) == nil)
    }
}
