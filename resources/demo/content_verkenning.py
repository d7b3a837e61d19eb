"""Demo content: the exploration of cooperation between Conexus, KION and MAAT."""

from demo_model import action, concern, development_point, item, meeting, practice, table

TABLES = [
    table(
        "ckm",
        "Verkenning samenwerking Conexus, KION en MAAT",
        goal="""
            Verkennen hoe basisonderwijs (Conexus), kinderopvang (KION) en jeugdwelzijn (MAAT)
            samen kunnen werken aan een goed sociaal klimaat in de wijk.
        """,
        description="""
            In de wijken komt het werkveld 'onderwijs en kinderopvang' steeds vaker in beeld.
            Het heeft nauwe relaties met jeugdwelzijn, zoals schoolmaatschappelijk werk en
            jongerenwerk. Onderwijs en kinderopvang zijn bovendien belangrijke vindplaatsen voor
            kinderen en gezinnen die extra aandacht nodig hebben.

            Conexus, KION en MAAT verkennen daarom hun samenwerking: rond wijkgericht werken,
            het organiseren van eigen kracht, het laten aansluiten van projecten binnen en buiten
            de school, en het inzetten van gebouwen voor de leefbaarheid in de wijk. Op
            bestuurlijk niveau worden de gesprekken eveneens voortgezet.
        """,
        themes=["wijk", "eigen-kracht", "pesten"],
        started_on="2019-03-12",
        status="active",
        members=[
            ("evandam", "chair"),
            ("ghoekstra", "secretary"),
            ("bkoster", "member"),
            ("lbrouwer", "member"),
            ("mderuiter", "member"),
        ],
        agenda_template=[
            ("Opening en vaststellen agenda", "opening", 5),
            ("Verslag en actielijst", "previous_minutes", 15),
            ("Inhoudelijk punt", "topic", 60),
            ("Rondvraag en sluiting", "closing", 10),
        ],
        retention_years=3,
    ),
]

MEETINGS = [
    meeting(
        "ckm1",
        "Verkenningsbijeenkomst Conexus, KION en MAAT",
        table="ckm",
        kind="consultation",
        starts="2019-03-12 09:30",
        ends="11:30",
        location="KION, vergaderruimte hoofdkantoor",
        chair="evandam",
        secretary="ghoekstra",
        status="minutes_approved",
        approved_on="2019-05-14",
        present=["evandam", "lbrouwer", "bkoster", "mderuiter", "ghoekstra"],
        agenda=[
            item(
                "Opening en kennismaking",
                "opening",
                15,
                presenter="evandam",
                minutes="""
                    Erik van Dam opent de bijeenkomst en heet de afvaardiging van KION en MAAT
                    welkom. Na een korte kennismaking schetst hij de aanleiding: in de wijken
                    komen de drie organisaties elkaar steeds vaker tegen, maar samenwerking
                    ontstaat nog vooral toevallig en op persoonlijke titel. Gert-Jan Hoekstra
                    maakt het verslag.
                """,
            ),
            item(
                "Onderwijs en kinderopvang als vindplaats",
                planned_minutes=25,
                presenter="lbrouwer",
                description="""
                    Waar zien we kinderen en gezinnen die extra aandacht nodig hebben, en hoe
                    sluiten schoolmaatschappelijk werk en jongerenwerk daarop aan?
                """,
                minutes="""
                    Lotte Brouwer en Bas Koster beschrijven hoe kinderopvang en basisschool
                    dagelijks kinderen en ouders zien. Daarmee zijn zij belangrijke vindplaatsen
                    voor gezinnen die extra aandacht nodig hebben. Gert-Jan Hoekstra vertelt dat
                    het schoolmaatschappelijk werk en het jongerenwerk van MAAT die gezinnen vaak
                    pas later in beeld krijgen, als de problemen al groter zijn.

                    Er is veel herkenning over en weer. Alle drie de organisaties werken
                    wijkgericht en hebben er belang bij dat het sociale klimaat in de wijk goed
                    is. Dat gemeenschappelijke belang is een goede basis voor samenwerking.
                """,
                decisions=[
                    "Wijkgericht werken is het gemeenschappelijke vertrekpunt van de verkenning."
                ],
            ),
            item(
                "Eigen kracht: ouders met een rol in de wijk",
                planned_minutes=20,
                presenter="mderuiter",
                description="Monique de Ruiter licht een project van KION toe.",
                minutes="""
                    Monique de Ruiter licht een project van KION toe waarin ouders, vooral
                    moeders, worden gestimuleerd een rol te vervullen in de wijk, onder meer door
                    op elkaars kinderen te passen. Ouders leren elkaar kennen, bouwen een netwerk
                    op en ontdekken wat ze zelf kunnen betekenen.

                    Het organiseren van eigen kracht is bij alle drie de organisaties een
                    speerpunt. Gert-Jan ziet aanknopingspunten met het jongerenwerk, waar oudere
                    jongeren als vrijwilliger activiteiten voor kinderen begeleiden. Bas vraagt
                    of ouders van school ook kunnen aansluiten; Monique ziet daar graag
                    mogelijkheden voor.
                """,
                practices=["oppasproject"],
            ),
            item(
                "De Vreedzame School en pesten uit de wijk",
                planned_minutes=30,
                presenter="bkoster",
                description="Bas Koster vertelt over De Vreedzame School bij Conexus.",
                minutes="""
                    Bas Koster vertelt over het Conexus-project De Vreedzame School, dat onder
                    andere gericht is op respectvol met elkaar omgaan. Op school werkt dat goed:
                    kinderen leren conflicten zelf op te lossen en er zijn leerlingmediatoren.
                    Helaas worden pestproblemen uit de wijk meegebracht naar school, en dat
                    bederft de sfeer. De school heeft geen invloed op wat er gebeurt in de buurt
                    waar de kinderen wonen.

                    De deelnemers concluderen dat projecten binnen en buiten de school op elkaar
                    moeten aansluiten om te slagen. Gert-Jan merkt op dat het jongerenwerk op
                    straat dezelfde kinderen ziet en dezelfde taal zou kunnen spreken als de
                    school. Bas noemt De Vreedzame Wijk, waarin de aanpak wordt doorgetrokken
                    naar de buurt, als mogelijke vervolgstap.

                    Aandachtspunten:

                    - pestproblemen uit de wijk zijn alleen gezamenlijk aan te pakken;
                    - de leefbaarheid in de wijk heeft invloed op de aantrekkelijkheid van een
                      school;
                    - begin klein, in één wijk, met partners die elkaar al kennen.
                """,
                decisions=[
                    """
                    In één wijk wordt verkend of de aanpak van De Vreedzame School kan worden
                    doorgetrokken naar de buurt.
                    """,
                ],
                concerns=["ck-pesten", "ck-aansluiting", "ck-leefbaarheid"],
                practices=["vreedzame-school"],
            ),
            item(
                "Gebouwen als maatschappelijke infrastructuur",
                planned_minutes=20,
                presenter="evandam",
                minutes="""
                    Erik van Dam brengt in dat zowel KION als Conexus over gebouwen beschikt:
                    de hardware. Die kunnen worden ingezet voor de leefbaarheid in de wijk: de
                    software. Denk aan ruimtes die na schooltijd leegstaan en beschikbaar kunnen
                    komen voor ouderactiviteiten, jongerenwerk of buurtinitiatieven.

                    Lotte Brouwer ziet kansen, maar wijst op praktische vragen over beheer,
                    sleutels en kosten. Afgesproken wordt eerst te inventariseren welke ruimtes
                    er zijn en wanneer ze vrij zijn.
                """,
                concerns=["ck-leefbaarheid"],
            ),
            item(
                "Rondvraag en sluiting",
                "closing",
                10,
                minutes="""
                    Erik stelt voor de gesprekken ook op bestuurlijk niveau voort te zetten en
                    neemt het initiatief voor een bestuurlijk overleg. De volgende bijeenkomst
                    is op dinsdag 14 mei 2019. Erik sluit de bijeenkomst om 11.25 uur.
                """,
            ),
        ],
    ),
    meeting(
        "ckm2",
        "Vervolgoverleg: aansluiting binnen en buiten de school",
        table="ckm",
        kind="consultation",
        starts="2019-05-14 09:30",
        ends="11:30",
        location="Conexus, bestuursbureau",
        chair="evandam",
        secretary="ghoekstra",
        status="minutes_draft",
        present=["evandam", "lbrouwer", "bkoster", "ghoekstra"],
        excused=["mderuiter"],
        agenda=[
            item(
                "Opening en vaststellen agenda",
                "opening",
                5,
                presenter="evandam",
                minutes="""
                    Erik van Dam opent de bijeenkomst. Monique de Ruiter heeft zich afgemeld. De
                    agenda wordt ongewijzigd vastgesteld.
                """,
            ),
            item(
                "Verslag 12 maart 2019 en actielijst",
                "previous_minutes",
                15,
                minutes="""
                    Het verslag van 12 maart 2019 wordt ongewijzigd vastgesteld.

                    - 2019-01 (pestproblemen in de wijk in kaart): afgerond, zie punt 3.
                    - 2019-02 (inventarisatie ruimtes): afgerond, zie punt 4.
                    - 2019-03 (bestuurlijk overleg): in uitvoering; de bestuurssecretariaten
                      zoeken een datum in juni.
                """,
                decisions=[
                    """
                        Het verslag van de bijeenkomst van 12 maart 2019 wordt ongewijzigd
                        vastgesteld.
                    """,
                ],
            ),
            item(
                "Pesten in de wijk: wat zien we?",
                planned_minutes=35,
                presenter="ghoekstra",
                description="Gert-Jan Hoekstra presenteert de uitkomst van actie 2019-01.",
                minutes="""
                    Gert-Jan Hoekstra presenteert wat het jongerenwerk en het
                    schoolmaatschappelijk werk zien. Pesten speelt vooral op de route tussen
                    school en huis, op het speelveld bij de flats en 's avonds via de telefoon.
                    Conflicten die daar ontstaan, komen de volgende ochtend mee de klas in.

                    Bas Koster herkent dit: de leerlingmediatoren lossen op school veel op, maar
                    kunnen niets doen aan wat er na schooltijd gebeurt. De deelnemers zien kansen
                    in dezelfde afspraken en dezelfde taal op school, in de opvang en op straat,
                    zoals De Vreedzame Wijk voorstelt. Daarvoor moeten ook ouders en
                    buurtbewoners worden betrokken.

                    Voorstel: een pilot in één wijk, waarin school, buitenschoolse opvang en
                    jongerenwerk samen de principes van De Vreedzame School toepassen.
                """,
                decisions=[
                    """
                    Conexus, KION en MAAT starten in het nieuwe schooljaar een pilot Vreedzame
                    Wijk in één wijk.
                    """,
                ],
                concerns=["ck-pesten", "ck-aansluiting"],
                practices=["vreedzame-school"],
            ),
            item(
                "Ruimtes beschikbaar voor de wijk",
                planned_minutes=25,
                presenter="lbrouwer",
                description="Lotte Brouwer presenteert de uitkomst van actie 2019-02.",
                minutes="""
                    Lotte Brouwer heeft geïnventariseerd welke ruimtes beschikbaar zijn. In de
                    onderzochte wijken staan op doordeweekse avonden en in de schoolvakanties
                    meerdere lokalen en speelzalen leeg. Het beheer is per gebouw anders
                    geregeld, wat afspraken over sleutels, schoonmaak en verzekering ingewikkeld
                    maakt.

                    De deelnemers willen de ruimtes beschikbaar stellen voor initiatieven die
                    bijdragen aan het sociale klimaat, zoals het oppasproject van KION en
                    activiteiten van het jongerenwerk. Omdat er afspraken over kosten en beheer
                    nodig zijn, gaat het idee naar het bestuurlijk overleg. Monique is afwezig;
                    Lotte bespreekt de actie over het oppasproject met haar.
                """,
                decisions=[
                    """
                    Het beschikbaar stellen van gebouwen voor activiteiten in de wijk wordt
                    geagendeerd voor het bestuurlijk overleg.
                    """,
                ],
                concerns=["ck-leefbaarheid"],
                practices=["oppasproject"],
            ),
            item(
                "Rondvraag en sluiting",
                "closing",
                5,
                minutes="""
                    Bas meldt dat Conexus in september een studiedag over De Vreedzame School
                    houdt; Gert-Jan en Lotte zijn welkom. Erik sluit de bijeenkomst om
                    11.30 uur.
                """,
            ),
        ],
    ),
    # A stand-alone consultation: no table, no verslag in the app.
    meeting(
        "ckm-bestuur",
        "Bestuurlijk overleg Conexus, KION en MAAT",
        table=None,
        kind="consultation",
        starts="2019-06-18 16:00",
        ends="17:30",
        location="Conexus, bestuursbureau",
        chair="evandam",
        secretary="ghoekstra",
        status="held",
        notes="""
            De bestuurssecretariaten maken het verslag van dit overleg; het wordt niet in deze
            app bijgehouden.
        """,
        present=["evandam", "lbrouwer", "ghoekstra"],
        agenda=[
            item("Opening", "opening", 5, presenter="evandam"),
            item(
                "Opbrengst van de verkenning",
                planned_minutes=30,
                presenter="evandam",
                description="""
                    Terugkoppeling uit de bijeenkomsten van 12 maart en 14 mei 2019: wijkgericht
                    werken, eigen kracht en de pilot Vreedzame Wijk.
                """,
                practices=["vreedzame-school", "oppasproject"],
            ),
            item(
                "Gebouwen inzetten voor de wijk",
                planned_minutes=30,
                presenter="lbrouwer",
                description="""
                    Voorstel om ruimtes van KION en Conexus buiten openingstijden beschikbaar te
                    stellen voor activiteiten in de wijk, met afspraken over beheer en kosten.
                """,
            ),
            item(
                "Vervolg en bestuurlijke afspraken",
                planned_minutes=20,
                description="""
                    Hoe borgen we de samenwerking, en wie is per organisatie aanspreekpunt?
                """,
            ),
            item("Sluiting", "closing", 5),
        ],
    ),
]

CONCERNS = [
    concern(
        "ck-pesten",
        "Pestproblemen uit de wijk worden meegebracht naar school",
        table="ckm",
        kind="bottleneck",
        description="""
            De Vreedzame School werkt goed binnen de school, maar conflicten en pesten uit de
            buurt komen mee de klas in en bederven de sfeer. De school heeft geen invloed op wat
            er in de wijk gebeurt.
        """,
        raised_by="bkoster",
        raised_in="ckm1",
        status="discussing",
        priority="high",
        themes=["pesten", "wijk"],
        practices=["vreedzame-school"],
    ),
    concern(
        "ck-aansluiting",
        "Hoe laten we projecten binnen en buiten de school op elkaar aansluiten?",
        table="ckm",
        kind="question",
        description="""
            Projecten slagen alleen als de aanpak op school, in de opvang en in de wijk op
            elkaar aansluit. Nu werken de organisaties vaak naast elkaar, met eigen afspraken en
            een eigen taal.
        """,
        raised_by="ghoekstra",
        raised_in="ckm1",
        status="discussing",
        priority="normal",
        themes=["wijk"],
    ),
    concern(
        "ck-leefbaarheid",
        "De leefbaarheid in de wijk bepaalt mede de aantrekkelijkheid van de school",
        table="ckm",
        kind="concern",
        description="""
            Als het sociale klimaat in de wijk achteruitgaat, merkt de school dat aan de sfeer
            en aan de aanmeldingen. Een organisatie kan dat niet alleen oplossen, omdat de
            problemen op verschillende terreinen spelen.
        """,
        raised_by="evandam",
        raised_in="ckm1",
        status="open",
        priority="low",
        themes=["wijk"],
    ),
]

DEVELOPMENT_POINTS = [
    development_point(
        "ck-vreedzame-wijk",
        "De Vreedzame School doortrekken naar de wijk",
        table="ckm",
        description="""
            Een pilot in één wijk waarin school, buitenschoolse opvang en jongerenwerk dezelfde
            afspraken en dezelfde taal hanteren als De Vreedzame School.
        """,
        status="in_progress",
        owner="bkoster",
        concerns=["ck-pesten", "ck-aansluiting"],
    ),
    development_point(
        "ck-gebouwen",
        "Gebouwen (hardware) inzetten voor de leefbaarheid in de wijk (software)",
        table="ckm",
        description="""
            Ruimtes van KION en Conexus buiten openingstijden beschikbaar stellen voor
            ouderactiviteiten, jongerenwerk en buurtinitiatieven, met heldere afspraken over
            beheer en kosten.
        """,
        status="proposed",
        owner="lbrouwer",
        concerns=["ck-leefbaarheid"],
    ),
    development_point(
        "ck-eigen-kracht",
        "Ouders een rol geven in de wijk",
        table="ckm",
        description="""
            Het oppasproject van KION verbreden: ouders van school en opvang ondersteunen elkaar
            en krijgen een rol in activiteiten in de wijk.
        """,
        status="in_progress",
        owner="mderuiter",
        concerns=["ck-leefbaarheid"],
    ),
]

PRACTICES = [
    practice(
        "vreedzame-school",
        "De Vreedzame School (Conexus)",
        summary="""
            Programma op de basisschool dat onder andere gericht is op respectvol met elkaar
            omgaan; kinderen leren conflicten zelf op te lossen.
        """,
        description="""
            Conexus werkt op haar basisscholen met De Vreedzame School. Het programma richt zich
            op een positief sociaal klimaat in klas en school: kinderen leren respectvol met
            elkaar om te gaan, conflicten zelf op te lossen en verantwoordelijkheid te nemen voor
            de gemeenschap.

            Op school werkt dat goed. De verkenning met KION en MAAT laat zien dat het effect
            groter kan worden als de aanpak ook buiten de school wordt gevolgd, in de opvang en
            in de wijk.
        """,
        organisations=["conexus"],
        contact="bkoster",
        region="",
        source="Verkenning samenwerking Conexus, KION en MAAT.",
        success_factors="""
            - Eén gedeelde taal voor conflicten en afspraken
            - Leerlingen als mediator
            - Doortrekken naar opvang en wijk vergroot het effect
        """,
        themes=["pesten", "wijk"],
    ),
    practice(
        "oppasproject",
        "Ouders passen op elkaars kinderen (KION)",
        summary="""
            KION stimuleert ouders, vooral moeders, om een rol te vervullen in de wijk, onder
            meer door op elkaars kinderen te passen.
        """,
        description="""
            In dit project van KION worden ouders gestimuleerd een rol te vervullen in de wijk.
            Door op elkaars kinderen te passen leren ouders elkaar kennen en bouwen zij een
            netwerk op. Het project sluit aan bij het speerpunt 'eigen kracht' dat Conexus, KION
            en MAAT delen.
        """,
        organisations=["kion"],
        contact="mderuiter",
        region="",
        source="Verkenning samenwerking Conexus, KION en MAAT.",
        success_factors="""
            - Uitgaan van wat ouders zelf kunnen
            - Ouders leren elkaar kennen en bouwen een netwerk op
            - Laagdrempelig: het begint bij de kinderopvang waar ouders al komen
        """,
        themes=["eigen-kracht", "wijk", "ouders"],
    ),
]

ACTIONS = [
    action(
        "ckm",
        "2019-01",
        """
            Samen met het jongerenwerk in kaart brengen waar in de wijk pestproblemen spelen die
            op school doorwerken.
        """,
        meeting="ckm1",
        item=4,
        owner="ghoekstra",
        due_on="2019-05-14",
        status="done",
        done_on="2019-05-10",
    ),
    action(
        "ckm",
        "2019-02",
        """
            Inventariseren welke ruimtes van KION en Conexus buiten openingstijden beschikbaar
            zijn voor activiteiten in de wijk.
        """,
        meeting="ckm1",
        item=5,
        owner="lbrouwer",
        due_on="2019-05-14",
        status="done",
        done_on="2019-05-13",
    ),
    action(
        "ckm",
        "2019-03",
        "Een bestuurlijk overleg plannen met de bestuurders van Conexus, KION en MAAT.",
        meeting="ckm1",
        item=6,
        owner="evandam",
        due_on="2019-06-30",
        status="done",
        done_on="2019-05-20",
        notes="Bestuurlijk overleg gepland op 18 juni 2019.",
    ),
    action(
        "ckm",
        "2019-04",
        """
            Samen met Gert-Jan Hoekstra een plan van aanpak voor de pilot Vreedzame Wijk
            opstellen, inclusief de keuze van de wijk.
        """,
        meeting="ckm2",
        item=3,
        owner="bkoster",
        due_on="2019-09-30",
        status="in_progress",
    ),
    action(
        "ckm",
        "2019-05",
        """
            Het oppasproject van ouders koppelen aan een beschikbare ruimte in de pilotwijk en
            de ervaringen vastleggen.
        """,
        meeting="ckm2",
        item=4,
        owner="mderuiter",
        due_on="2019-10-31",
        status="open",
    ),
]
