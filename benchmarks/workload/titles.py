"""Dutch pools for titles, decisions, concerns, practices and other short texts."""

from benchmarks.workload.names import pool

AGENDA_TOPIC = pool(
    """
{Topic}|Terugkoppeling werkbezoek {org}|Presentatie: {practice}|Casusbespreking (geanonimiseerd)
Voortgang ontwikkelpunten|Signalen uit {district}|Evaluatie {practice}|Themagesprek: {theme}
Jaarplan en begroting|Stand van zaken: {topic}|Gast: {org} over {topic}|Vragen en knelpunten
Goede voorbeelden uit {district}|Kennismaking met {org}
""",
    "|",
)

SKELETON = {
    "opening": ("Opening", "Opening en mededelingen", "Welkom en opening"),
    "announcements": ("Mededelingen",),
    "agenda": ("Vaststellen agenda", "Opening en vaststelling agenda"),
    "previous_minutes": ("Verslag vorige bijeenkomst", "Verslag en actielijst vorige keer"),
    "action_list": ("Actielijst", "Doorlopen actielijst"),
    "any_other_business": ("Rondvraag", "Rondvraag en sluiting"),
    "closing": ("Sluiting", "Afsluiting en volgende bijeenkomst"),
}

DESCRIPTION = pool(
    """
Bespreking van {topic}.
{name} licht de stand van zaken toe.
Ter voorbereiding: lees de notitie over {topic} (bijlage).
Doel: een gezamenlijk beeld van {issue} en afspraken over de aanpak.
Aansluitend is er ruimte voor vragen.
{org} is te gast en vertelt over {practice}.
Graag vooraf nagaan welke signalen er in uw organisatie zijn.
""",
    "\n",
)

DECISION = pool(
    """
De tafel besluit {todo}.
De tafel besluit {todo}.
{Practice} wordt opgenomen in de lijst met goede voorbeelden.
Het ontwikkelpunt ‘{topic}’ wordt opgepakt door de werkgroep.
De werkafspraken over {topic} worden vastgesteld.
De tafel adviseert de gemeente om {todo}.
Het jaarplan wordt vastgesteld met de aanvullingen uit deze bijeenkomst.
Het punt {issue} wordt geparkeerd tot de evaluatie.
""",
    "\n",
)

MINUTES_DECISION = pool(
    """
Het verslag van de vorige bijeenkomst wordt ongewijzigd vastgesteld.
Het verslag van de vorige bijeenkomst wordt met een kleine wijziging vastgesteld.
""",
    "\n",
)

CONCERN = {
    "question": pool(
        """
Hoe bereiken we ouders bij {topic}?|Wie is aan zet bij {issue}?
Mogen we gegevens delen rond {topic}?|Hoe houden we {practice} overeind na de pilot?
Wat kan de school doen bij {issue}?
""",
        "|",
    ),
    "concern": pool("{Issue}|Zorg over {issue}|Toenemende zorg over {issue}", "|"),
    "bottleneck": pool(
        """
Knelpunt: {issue}|Geen sluitende aanpak voor {issue}|Financiering van {practice} stopt
Wachttijd bij doorverwijzing rond {topic}
""",
        "|",
    ),
}

RESOLUTION = pool(
    """
Opgepakt via {practice}.|Afspraken vastgelegd in de werkafspraken over {topic}.
Doorgezet naar het bestuurlijk overleg.|Opgelost doordat {clause}.
""",
    "|",
)

PRACTICE_TITLE = pool("{Practice}|{Practice} in {district}|{Topic}: {practice}", "|")

SUCCESS_FACTOR = pool(
    """
Korte lijnen tussen de partners|Een vast gezicht in de school|Ouders vanaf het begin betrokken
Steun van het bestuur|Structurele financiering door de gemeente|Een enthousiaste trekker
Gezamenlijke scholing|Heldere afspraken over privacy|Aansluiten bij wat ouders al kunnen
Laagdrempelig en dichtbij|Ruimte om te experimenteren|Regelmatige evaluatie met de tafel
""",
    "|",
)

SOURCE = pool(
    """
https://www.nji.nl/{slug}|https://www.movisie.nl/artikel/{slug}|Werkbezoek aan {org}
Verslag themabijeenkomst {district}|https://www.kinderopvang.nl/nieuws/{slug}
""",
    "|",
)

DEVELOPMENT_POINT = pool(
    """
{Topic}|Werkafspraken over {topic}|Een vast aanspreekpunt in {district}|Aanpak van {issue}
""",
    "|",
)

TABLE_GOAL = pool(
    """
Betere samenwerking tussen onderwijs, zorg en welzijn rond {topic}.
Samen zorgen voor {topic}, zodat kinderen in {district} veilig en kansrijk opgroeien.
Vragen en knelpunten rond {issue} ophalen en samen oplossen.
""",
    "\n",
)

MEETING_TITLE = {
    "table_session": ("Tafelbijeenkomst", "Bijeenkomst", "Tafelbijeenkomst {district}"),
    "work_visit": ("Werkbezoek {org}",),
    "workshop": ("Workshop {topic}", "Workshop: {practice}"),
    "theme_meeting": ("Themabijeenkomst {theme}",),
    "consultation": ("Overleg {topic}", "Afstemmingsoverleg {district}"),
}

LOCATION = pool(
    """
Stadhuis, kamer {room}|{org}|Buurthuis De Brakkenkamp|Wijkcentrum {district}
Online (Teams)|Bibliotheek {district}, zaal {room}|Kindcentrum {district}, teamkamer
""",
    "|",
)

MEETING_NOTE = pool(
    """
Koffie en thee vanaf kwart voor.|Graag vooraf afmelden bij de secretaris.
Let op: andere locatie dan gebruikelijk.|Parkeren achter het gebouw.
""",
    "|",
)

ACTION_NOTE = pool(
    """
Loopt.|Wacht op reactie van {org}.|Zie ook het verslag.|Besproken in de werkgroep.
Uitgesteld tot na de zomer.|Afgerond, zie mail van {name}.
""",
    "|",
)
