"""Name pools: people, places, organisations, functions and themes of a Dutch municipality."""


def pool(text: str, sep: str = ",") -> tuple[str, ...]:
    """Split a block of entries on `sep` (and newlines), dropping blanks."""
    parts = text.replace("\n", sep).split(sep)
    return tuple(part.strip() for part in parts if part.strip())


FIRST_NAMES = pool("""
    Anna, Anouk, Astrid, Bas, Bram, Carla, Chantal, Daan, Dewi, Dirk, Els, Emma, Esra, Eva,
    Fatima, Floor, Frank, Gerda, Hanneke, Hans, Hatice, Ilse, Ingrid, Iris, Jan, Jasper, Jeroen,
    Joke, Joost, Julia, Karin, Kees, Khadija, Lars, Lieke, Linda, Lotte, Maarten, Marieke, Mark,
    Marloes, Martijn, Mehmet, Mirjam, Mohamed, Monique, Nadia, Niels, Noor, Patrick, Petra,
    Pieter, Rachid, Renée, Rik, Rob, Ruud, Sanne, Saskia, Sem, Sevda, Sophie, Stefan, Suzanne,
    Thijs, Tim, Tom, Ümit, Wendy, Willem, Yasmina, Youssef, Zoë, Inge, Gijs, Maaike, Chloë,
    Hüseyin, Bart, Ellen, Gert-Jan, Anne-Marie, Jan-Willem, Marjolein
""")

PREFIXES = pool("de, de, de, van, van, van der, van den, van de, ter, te, in 't, 't, den, van 't")

LAST_NAMES = pool("""
    Aarts, Bakker, Bos, Boer, Berg, Brink, Bruijn, Claassen, Dekker, Dijk, Driessen, Evers,
    Gerritsen, Graaf, Groot, Haan, Hendriks, Hermans, Heuvel, Hoek, Hoekstra, Janssen, Jansen,
    Jong, Kaya, Koning, Kok, Koster, Kuipers, Lammers, Leeuwen, Linden, Maas, Meer, Meijer,
    Molenaar, Mulder, Peters, Pol, Postma, Prins, Smit, Smeets, Schouten, Sluis, Veen, Verhoeven,
    Vermeulen, Visser, Vos, Vries, Wal, Wijk, Willems, Wouters, Yılmaz, Zanten, El Amrani,
    Bouzid, Öztürk, Çelik, Doğan, Nguyen, Haddou, Vink, Broekman, Timmermans, Sanders, Kramer,
    Jacobs, Martens, Verbeek, Geurts, Hofman, Ruiter, Steenbergen, Wolters, Bosman, Huisman,
    Kuijpers, Rutten, Hoogendoorn, Scholten
""")

DISTRICTS = pool("""
    Dukenburg, Lindenholt, Hatert, Hees, Lent, Bottendaal, Neerbosch-Oost, Heseveld, Biezen,
    Wolfskuil, Grootstal, Tolhuis, Meijhorst, Zwanenveld, Aldenhof, Malvert, Weezenhof,
    Willemskwartier, Galgenveld, Brakkenstein, Hengstdal, Kolpingbuurt, Heyendaal, Altrade,
    Oosterhout, Nijmegen-Oost, Oud-West, Waterkwartier, Groenewoud, Staddijk, Ressen, Hazenkamp
""")

REGIONS = pool("""
    Nijmegen, Rijk van Nijmegen, Gelderland-Zuid, Arnhem, Utrecht, Zwolle, Rotterdam-Zuid,
    Den Haag, Tilburg, Eindhoven, Groningen, Amsterdam Nieuw-West, Leeuwarden, Maastricht
""")

ORGANISATION_NOUNS = pool("""
    Regenboog, Vlinder, Zonnebloem, Wieken, Horizon, Klimop, Lindeboom, Kameleon, Toverbal, Eik,
    Driesprong, Akker, Vuurvogel, Bongerd, Kring, Zuidwester, Ark, Meander, Piramide, Duif,
    Startblok, Linde, Wingerd
""")

# sector -> (name patterns, functions); "{d}" is a district, "{n}" a noun
SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "education": (
        pool("""Basisschool De {n}, Kindcentrum {d}, Montessorischool {d}, Conexus De {n},
             Scholengemeenschap {d}, Samenwerkingsverband Passend Onderwijs {d}"""),
        pool("""leerkracht, intern begeleider, directeur, zorgcoördinator, mentor,
             onderwijsassistent, teamleider onderbouw"""),
    ),
    "childcare": (
        pool("KION locatie {d}, Kinderdagverblijf De {n}, Peuterspeelzaal {n}, Bso {d}"),
        pool("pedagogisch medewerker, pedagogisch coach, locatiemanager, vve-coördinator"),
    ),
    "youth_care": (
        pool("Sterk Huis {d}, Jeugdhulp {d}, Pro Persona Jeugd {d}, Gezinshuis De {n}"),
        pool("gezinscoach, gedragswetenschapper, jeugdhulpverlener, teamleider, orthopedagoog"),
    ),
    "health": (
        pool("GGD Gelderland-Zuid {d}, Huisartsenpraktijk {d}, Consultatiebureau {d}"),
        pool("jeugdverpleegkundige, jeugdarts, praktijkondersteuner jeugd, huisarts, logopedist"),
    ),
    "welfare": (
        pool("MAAT {d}, Bindkracht10 {d}, Buurthuis De {n}, Jongerenwerk {d}, Home-Start {d}"),
        pool("""jongerenwerker, opbouwwerker, schoolmaatschappelijk werker, buurtsportcoach,
             coördinator vrijwilligers"""),
    ),
    "safety": (
        pool("Veilig Thuis {d}, Politie basisteam {d}, Raad voor de Kinderbescherming {d}"),
        pool("wijkagent, jeugdagent, aandachtsfunctionaris, medewerker advies en meldingen"),
    ),
    "municipality": (
        pool("Gemeente Nijmegen {d}, Wijkteam {d}, Sociaal wijkteam De {n}, Leerplicht {d}"),
        pool(
            "beleidsadviseur jeugd, wijkmanager, leerplichtambtenaar, wijkcoach, programmamanager"
        ),
    ),
    "housing": (
        pool("Talis {d}, Portaal {d}, Woonwijze {d}"),
        pool("wijkconsulent, sociaal beheerder, huurdersconsulent"),
    ),
    "knowledge": (
        pool("Nederlands Jeugdinstituut {d}, HAN lectoraat {n}, Kennisplatform {d}, Movisie {d}"),
        pool("onderzoeker, lector, adviseur, promovendus"),
    ),
    "other": (
        pool(
            "Stichting De {n}, Sportvereniging {d}, Moskee {d}, Ouderplatform {d}, Bibliotheek {d}"
        ),
        pool("vrijwilliger, voorzitter, coördinator, ervaringsdeskundige"),
    ),
}

THEMES = pool("""
    Geweld in gezinnen, Pesten, Wijkgericht werken, Eigen kracht, Vve, Warme overdracht,
    Schooluitval, Armoede en kansengelijkheid, Thuiszitters, Passend onderwijs, Jeugd-ggz,
    Ouderbetrokkenheid, Vroegsignalering, Laaggeletterdheid, Scheiding en kinderen,
    Middelengebruik, Sociale veiligheid, Eenzaamheid onder jongeren, Gezonde leefstijl,
    Kindermishandeling, Meldcode, Privacy en gegevensdeling, Integrale kindcentra,
    Zorg in en om de school, Jongerenwerk, Schulden, Nieuwkomers en taal, Mediawijsheid,
    Sport en bewegen, Mantelzorg door jongeren, Talentontwikkeling, Opvoedondersteuning
""")

TABLE_TITLES = pool("""
    Veilig opgroeien in {d}, Ontwikkeltafel {t}, Samen sterk in {d}, Tafel {t} {d},
    Kansrijk opgroeien {d}, Netwerk {t}, Sluitende aanpak {t}, Wijktafel {d}, Kind en gezin {d}
""")
FIRST_TABLE_TITLE = "Onderwijs en zorg vinden elkaar!"
