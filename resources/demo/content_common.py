"""Demo content shared by all tables: organisations, people and themes."""

from demo_model import organisation, person, theme

# The organisations are the real ones named in the source texts (shared/seeds). Where a source
# names only a kind of organisation ("basisonderwijs", "de woningbouw"), a plain stand-in is used.
ORGANISATIONS = [
    organisation(
        "kus",
        "Kennisplatform Utrecht Sociaal (KUS)",
        "knowledge",
        notes="""
            Organiseerde het tweede congres 'geweld in gezinnen'. Uit de workshop over
            samenwerking tussen onderwijs en zorg op dat congres ontstond de ontwikkeltafel
            'Onderwijs en zorg vinden elkaar!'.
        """,
    ),
    organisation("ggd-utrecht", "GGD regio Utrecht", "health", notes="Jeugdgezondheidszorg."),
    organisation(
        "wijkteam",
        "Wijkteam Overvecht",
        "youth_care",
        notes="Wijkteam jeugd en gezin; levert ook de schoolconsulent voor vier basisscholen.",
    ),
    organisation(
        "save",
        "SAVE",
        "youth_care",
        notes="Jeugdbescherming volgens de SAVE-werkwijze (Samen Veilig).",
    ),
    organisation(
        "veilig-thuis",
        "Veilig Thuis regio Utrecht",
        "safety",
        notes="Advies- en meldpunt huiselijk geweld en kindermishandeling.",
    ),
    organisation(
        "kompas",
        "Basisschool Het Kompas",
        "education",
        notes="""
            Staat in de demo voor 'het basisonderwijs' uit de bron; de school zelf is
            verzonnen.
        """,
    ),
    organisation("roc", "ROC Midden Nederland", "education"),
    organisation(
        "gem-utrecht", "Gemeente Utrecht", "municipality", website="https://www.utrecht.nl"
    ),
    organisation("conexus", "Conexus", "education", notes="Stichting voor basisscholen."),
    organisation("kion", "KION", "childcare", notes="Kinderopvang."),
    organisation(
        "maat",
        "MAAT",
        "welfare",
        notes="Jeugdwelzijn: schoolmaatschappelijk werk en jongerenwerk.",
    ),
    organisation(
        "bk",
        "Branchevereniging Kinderopvang (BK)",
        "childcare",
        website="https://www.kinderopvang.nl",
    ),
    organisation(
        "swn",
        "Sociaal Werk Nederland",
        "welfare",
        website="https://www.sociaalwerknederland.nl",
    ),
    organisation(
        "gro-up",
        "Gro-up",
        "childcare",
        notes="Rotterdam: kraamzorg, kinderopvang, buurtwerk, onderwijs en jeugdhulp.",
    ),
    organisation("doomijn", "Doomijn", "childcare", notes="Kinderopvang in Zwolle."),
    organisation("travers", "Travers Welzijn", "welfare", notes="Welzijn in Zwolle."),
    organisation("politie", "Politie", "safety"),
    organisation(
        "nji",
        "Nederlands Jeugdinstituut (NJi)",
        "knowledge",
        website="https://www.nji.nl",
    ),
    organisation(
        "vng",
        "Vereniging van Nederlandse Gemeenten (VNG)",
        "municipality",
        website="https://vng.nl",
    ),
    organisation("min-szw", "Ministerie van Sociale Zaken en Werkgelegenheid (SZW)", "knowledge"),
    organisation("min-ocw", "Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)", "knowledge"),
    organisation("min-vws", "Ministerie van Volksgezondheid, Welzijn en Sport (VWS)", "knowledge"),
    organisation("min-jenv", "Ministerie van Justitie en Veiligheid (J&V)", "knowledge"),
    organisation("gem-rotterdam", "Gemeente Rotterdam", "municipality"),
    organisation("gem-zwolle", "Gemeente Zwolle", "municipality"),
    organisation("zuidwester", "Basisschool De Zuidwester", "education"),
    organisation(
        "smart-start",
        "Smart Start",
        "education",
        notes="""
            Bedenker van het All-in-concept, waarmee wijkpartners een plek in de school krijgen.
        """,
    ),
    organisation(
        "sterk-huis",
        "Sterk Huis",
        "youth_care",
        notes="Levert een gedragscoach en een gedragswetenschapper aan De Zuidwester.",
    ),
    organisation("ggd-hvb", "GGD Hart voor Brabant", "health"),
    organisation(
        "imw",
        "Instituut voor Maatschappelijk Werk (IMW)",
        "welfare",
        notes="Schoolmaatschappelijk werk.",
    ),
    organisation(
        "woningcorporatie",
        "Woningcorporatie (wijkpartner De Zuidwester)",
        "housing",
        notes="De bron noemt 'de woningbouw' zonder naam.",
    ),
    organisation("r-newt", "R-newt / Nieuwe Stede Buurthuis", "welfare"),
    organisation(
        "contourdetwern",
        "ContourdeTwern",
        "welfare",
        website="https://www.contourdetwern.nl",
    ),
    organisation("korveltuin", "Kinderopvang de Korveltuin", "childcare"),
    organisation(
        "home-start",
        "Home-Start",
        "welfare",
        notes="Preventieprogramma met vrijwilligers voor ouders met jonge kinderen.",
    ),
    organisation(
        "social-brokers", "Social Brokers Nederland", "welfare", notes="Maatjesprojecten."
    ),
    organisation(
        "uw-ouderplatform",
        "UW Ouderplatform",
        "other",
        notes="Ouderinitiatief: verbindende schakel tussen ouders, gemeente en onderwijs.",
    ),
    organisation("cjg", "Centrum voor Jeugd en Gezin (CJG)", "youth_care"),
]

# All people are invented. Never use the name of a real person from the sources.
PEOPLE = [
    # Onderwijs en zorg vinden elkaar!
    person("hverbeek", "Hanneke", "", "Verbeek", "kus", "programmaleider geweld in gezinnen"),
    person("sdewit", "Sanne", "de", "Wit", "kus", "projectsecretaris"),
    person("ijvandenheuvel", "IJsbrand", "van den", "Heuvel", "ggd-utrecht", "jeugdarts"),
    person("idboer", "Ilse", "de", "Boer", "ggd-utrecht", "jeugdverpleegkundige"),
    person("ybouzid", "Yasmina", "", "Bouzid", "wijkteam", "gezinswerker"),
    person(
        "wmulder",
        "Wendy",
        "",
        "Mulder",
        "wijkteam",
        "schoolconsulent",
        notes="Te gast op 15 maart 2018; sinds 17 mei 2018 deelnemer van de tafel.",
    ),
    person("rkok", "Ruud", "", "Kok", "save", "jeugdbeschermer"),
    person("pvandermeer", "Petra", "van der", "Meer", "veilig-thuis", "gedragswetenschapper"),
    person(
        "ijpostma",
        "IJke",
        "",
        "Postma",
        "veilig-thuis",
        "teamleider advies",
        notes="Te gast op 17 mei 2018 voor de meldcode en de terugkoppeling na een melding.",
    ),
    person("msmits", "Mark", "", "Smits", "kompas", "intern begeleider"),
    person("jhendriks", "Joost", "", "Hendriks", "roc", "studentbegeleider"),
    person(
        "mvanderlinden",
        "Marieke",
        "van der",
        "Linden",
        "gem-utrecht",
        "beleidsmedewerker jeugd",
    ),
    person(
        "pramdin",
        "Priya",
        "",
        "Ramdin",
        "gem-utrecht",
        "beleidsondersteuner sociaal domein",
    ),
    # Conexus, KION en MAAT
    person("evandam", "Erik", "van", "Dam", "conexus", "bovenschools directeur"),
    person(
        "bkoster",
        "Bas",
        "",
        "Koster",
        "conexus",
        "schoolleider en coördinator Vreedzame School",
    ),
    person("lbrouwer", "Lotte", "", "Brouwer", "kion", "regiomanager"),
    person("mderuiter", "Monique", "de", "Ruiter", "kion", "pedagogisch coach"),
    person("ghoekstra", "Gert-Jan", "", "Hoekstra", "maat", "coördinator jeugd- en jongerenwerk"),
    # Werkbezoeken BK en Sociaal Werk Nederland
    person("evanvliet", "Ellen", "van", "Vliet", "bk", "beleidsadviseur"),
    person("nwillems", "Noor", "", "Willems", "bk", "beleidsmedewerker"),
    person("tdelange", "Thijs", "de", "Lange", "swn", "beleidsadviseur jeugd"),
    person("kdijkman", "Karin", "", "Dijkman", "gro-up", "manager kinderopvang en buurtwerk"),
    person("lschouten", "Linda", "", "Schouten", "doomijn", "pedagogisch beleidsmedewerker"),
    person("jijzerman", "Jeroen", "", "IJzerman", "travers", "opbouwwerker School & Omgeving"),
    person(
        "kvermeulen",
        "Koen",
        "",
        "Vermeulen",
        "min-ocw",
        "beleidsmedewerker",
        notes="Reisde namens OCW mee met beide werkbezoeken.",
    ),
    person(
        "dbakker",
        "Dennis",
        "",
        "Bakker",
        "politie",
        "wijkagent",
        notes="Te gast bij het werkbezoek in Zwolle, voor Politiekids.",
    ),
    # All-in De Zuidwester
    person("jvos", "Joyce", "", "Vos", "zuidwester", "directeur"),
    person("mvanbeek", "Miriam", "van", "Beek", "zuidwester", "intern begeleider"),
    person("tdebruijn", "Tim", "de", "Bruijn", "sterk-huis", "gedragscoach"),
    person("skuipers", "Sabine", "", "Kuipers", "imw", "schoolmaatschappelijk werker"),
    person("hyilmaz", "Hatice", "", "Yilmaz", "contourdetwern", "opbouwwerker"),
    person("fvanos", "Femke", "van", "Os", "korveltuin", "pedagogisch coach"),
    # Themabijeenkomsten pedagogische infrastructuur
    person("ctimmermans", "Carla", "", "Timmermans", "home-start", "coördinator"),
    person("mkaya", "Mehmet", "", "Kaya", "social-brokers", "projectleider"),
    person("jvanwijk", "Judith", "van", "Wijk", "uw-ouderplatform", "coördinator"),
    person("agroen", "Annemiek", "", "Groen", "cjg", "opvoedadviseur"),
]

THEMES = [
    theme("geweld", "geweld in gezinnen"),
    theme("onderwijs-zorg", "samenwerking onderwijs en zorg"),
    theme("ouders", "ouderbetrokkenheid"),
    theme("privacy", "privacy en gegevensdeling"),
    theme("pesten", "pesten"),
    theme("wijk", "wijkgericht werken"),
    theme("eigen-kracht", "eigen kracht"),
    theme("vve", "vve"),
    theme("overdracht", "warme overdracht"),
    theme("ped-infra", "pedagogische infrastructuur"),
    theme("interprof", "interprofessionele samenwerking"),
    theme("kansen", "kansengelijkheid"),
    theme("preventie", "preventie"),
]
