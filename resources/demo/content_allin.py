"""Demo content: All-in, the cooperation of basisschool De Zuidwester with its wijkpartners."""

from demo_model import action, concern, development_point, item, meeting, practice, table

TABLES = [
    table(
        "allin",
        "All-in De Zuidwester: school en wijkpartners",
        goal="""
            Een preventieve aanpak rond basisschool De Zuidwester, met betere kansen voor
            kinderen en meer vertrouwen van ouders, doordat school en wijkpartners intensief
            samenwerken.
        """,
        description="""
            Met het All-in-concept van Smart Start krijgen externe partners een prominente plek
            binnen De Zuidwester. De school werkt intensief samen met de gemeente, een
            gedragscoach en gedragswetenschapper van Sterk Huis, een orthopedagoog, de GGD en
            schoolmaatschappelijk werk, het Instituut voor Maatschappelijk Werk (IMW), complexe
            jeugdzaken, de woningbouw, (jeugd)politie en wijkteam, R-newt/Nieuwe Stede Buurthuis,
            ContourdeTwern en kinderopvang de Korveltuin. Op termijn sluiten ook logopedisten en
            fysiotherapeuten aan.

            Vroeger werd bij problematiek van kinderen niet goed doorgepakt: er miste openheid,
            samenwerking en onderlinge terugkoppeling tussen wijkpartners en school. In het
            wijkpartneroverleg bespreken school en partners hoe zij samen sneller en preventief
            handelen.
        """,
        themes=["onderwijs-zorg", "preventie", "wijk"],
        started_on="2022-09-01",
        status="active",
        members=[
            ("jvos", "chair"),
            ("mvanbeek", "secretary"),
            ("tdebruijn", "member"),
            ("skuipers", "member"),
            ("hyilmaz", "member"),
            ("fvanos", "member"),
        ],
        agenda_template=[
            ("Opening en vaststellen agenda", "opening", 5),
            ("Verslag vorige bijeenkomst", "previous_minutes", 5),
            ("Actielijst", "action_list", 10),
            ("Inhoudelijk punt", "topic", 30),
            ("Casusbespreking", "topic", 25),
            ("Rondvraag en sluiting", "closing", 5),
        ],
        retention_years=5,
    ),
]

MEETINGS = [
    meeting(
        "allin1",
        "Wijkpartneroverleg All-in",
        table="allin",
        kind="consultation",
        starts="2022-10-04 08:30",
        ends="10:00",
        location="Basisschool De Zuidwester, teamkamer",
        chair="jvos",
        secretary="mvanbeek",
        status="minutes_approved",
        approved_on="2022-12-06",
        present=["jvos", "tdebruijn", "skuipers", "hyilmaz", "mvanbeek"],
        excused=["fvanos"],
        agenda=[
            item(
                "Opening en vaststellen agenda",
                "opening",
                5,
                presenter="jvos",
                minutes="""
                    Joyce Vos opent het eerste wijkpartneroverleg van dit schooljaar. Femke van Os
                    (de Korveltuin) heeft zich afgemeld. De agenda wordt vastgesteld; punt 4 is
                    een vertrouwelijke casusbespreking.
                """,
            ),
            item(
                "All-in: waar staan we?",
                planned_minutes=25,
                presenter="jvos",
                minutes="""
                    Joyce Vos blikt terug. Tot een paar jaar geleden leidde het tot grote
                    frustratie bij leerkrachten dat er niet goed werd doorgepakt bij problematiek
                    van kinderen. Er miste openheid, samenwerking en onderlinge terugkoppeling
                    tussen de wijkpartners en de school, en de school kwam te vaak op de stoel
                    van de hulpverlener terecht.

                    Met het All-in-concept hebben de wijkpartners een vaste plek in de school. De
                    lijnen zijn korter en er wordt sneller gehandeld. Tim de Bruijn (Sterk Huis)
                    merkt op dat hij als gedragscoach nu in de klas kan meekijken voordat een
                    probleem escaleert. Sabine Kuipers (IMW) ziet dat ouders makkelijker
                    binnenlopen nu het schoolmaatschappelijk werk een vaste plek in de school
                    heeft.

                    Een knelpunt blijft de terugkoppeling: partners weten niet altijd wat er met
                    een signaal is gebeurd, en de school hoort soms niet dat een gezin al hulp
                    krijgt.
                """,
                concerns=["ca-doorpakken", "ca-terugkoppeling"],
                practices=["allin"],
            ),
            item(
                "Terugkoppelafspraken tussen partners en school",
                planned_minutes=20,
                presenter="skuipers",
                minutes="""
                    Sabine Kuipers doet een voorstel: wie een signaal van een andere partner
                    oppakt, koppelt binnen twee weken aan de melder terug dát er iets gebeurt en
                    wie het aanspreekpunt is. Inhoudelijke informatie wordt alleen gedeeld met
                    toestemming van de ouders, of als dat nodig is voor de veiligheid van het
                    kind.

                    Hatice Yilmaz (ContourdeTwern) vraagt of dit ook geldt voor signalen uit de
                    buurt, bijvoorbeeld van het buurthuis. De deelnemers vinden van wel: juist
                    die signalen gaan nu vaak verloren. Het voorstel wordt overgenomen.
                """,
                decisions=[
                    """
                    Wie een signaal van een andere partner oppakt, koppelt binnen twee weken aan
                    de melder terug dát er iets gebeurt en wie het aanspreekpunt is.
                    """,
                ],
                concerns=["ca-terugkoppeling"],
            ),
            item(
                "Casusbespreking",
                planned_minutes=25,
                presenter="mvanbeek",
                confidential=True,
                description="""
                    Vertrouwelijk. Anoniem: een kind uit groep 5. Geen namen of herleidbare
                    gegevens.
                """,
                minutes="""
                    Miriam van Beek brengt een kind uit groep 5 in dat de afgelopen weken
                    regelmatig te laat en zonder ontbijt op school komt en in de klas snel boos
                    wordt. De leerkracht heeft met een ouder gesproken, die aangaf dat het thuis
                    zwaar is.

                    Tim de Bruijn biedt aan een observatie in de klas te doen. Sabine Kuipers
                    neemt na overleg met de leerkracht contact op met de ouder voor een
                    kennismakingsgesprek met het schoolmaatschappelijk werk. Hatice Yilmaz noemt
                    het ontbijtinitiatief in het buurthuis als mogelijke steun; dat wordt aan de
                    ouder voorgelegd en niet over het hoofd van het gezin heen geregeld.

                    De casus wordt over zes weken kort teruggekoppeld, volgens de nieuwe
                    terugkoppelafspraak.
                """,
                decisions=[
                    """
                    Sterk Huis observeert in de klas en het IMW biedt de ouder een
                    kennismakingsgesprek aan; de casus wordt over zes weken teruggekoppeld.
                    """,
                ],
            ),
            item(
                "Gastlessen van wijkpartners",
                planned_minutes=15,
                presenter="hyilmaz",
                minutes="""
                    Hatice Yilmaz stelt voor de gastlessen van wijkpartners dit schooljaar beter
                    te spreiden. Doordat wijkpartners ook op een positieve manier op school
                    aanwezig zijn, ontstaat meer begrip, betrokkenheid en waardering, en vinden
                    ouders, leerkrachten en professionals elkaar sneller.

                    Voor dit schooljaar zijn er al aanbiedingen:

                    - een les over veilig internet door de jeugdagent;
                    - een les over gezonde voeding door de GGD;
                    - een muziekproject van R-newt;
                    - een les over wonen en buren in de wijk door de woningcorporatie.
                """,
                decisions=[
                    "Elke groep krijgt dit schooljaar ten minste twee gastlessen van wijkpartners."
                ],
                practices=["allin"],
            ),
            item(
                "Rondvraag en sluiting",
                "closing",
                5,
                minutes="""
                    Tim de Bruijn meldt dat de gedragswetenschapper van Sterk Huis vanaf januari
                    één ochtend per week op school is. Joyce sluit het overleg om 10.00 uur.
                """,
            ),
        ],
    ),
    meeting(
        "allin2",
        "Wijkpartneroverleg All-in",
        table="allin",
        kind="consultation",
        starts="2022-12-06 08:30",
        ends="10:00",
        location="Basisschool De Zuidwester, teamkamer",
        chair="jvos",
        secretary="mvanbeek",
        status="minutes_draft",
        present=["jvos", "tdebruijn", "skuipers", "fvanos", "hyilmaz", "mvanbeek"],
        agenda=[
            item(
                "Opening en vaststellen agenda",
                "opening",
                5,
                presenter="jvos",
                minutes="""
                    Joyce Vos opent het overleg en heet Femke van Os van kinderopvang de
                    Korveltuin welkom; zij was de vorige keer afgemeld. De agenda wordt
                    vastgesteld.
                """,
            ),
            item(
                "Verslag 4 oktober 2022",
                "previous_minutes",
                5,
                minutes="""
                    Het verslag wordt ongewijzigd vastgesteld. Het vertrouwelijke deel staat
                    alleen in het interne verslag.
                """,
                decisions=[
                    "Het verslag van het overleg van 4 oktober 2022 wordt ongewijzigd vastgesteld."
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                10,
                minutes="""
                    - 2022-01 (terugkoppelafspraak verspreiden): afgerond. De afspraak hangt in
                      de teamkamer en is naar alle partners gestuurd.
                    - 2022-02 en 2022-03 (vertrouwelijke casus): afgerond; er is teruggekoppeld
                      aan de intern begeleider.
                    - 2022-04 (jaarplanning gastlessen): afgerond en afgestemd met de
                      leerkrachten.

                    Miriam meldt dat de eerste ervaringen met de terugkoppelafspraak positief
                    zijn: leerkrachten horen nu binnen twee weken dat er iets met hun signaal
                    gebeurt.
                """,
            ),
            item(
                "Van de Korveltuin naar De Zuidwester: warme overdracht",
                planned_minutes=30,
                presenter="fvanos",
                minutes="""
                    Femke van Os vertelt hoe de Korveltuin peuters voorbereidt op de
                    basisschool. Met toestemming van de ouders wordt een overdrachtsformulier
                    ingevuld over de ontwikkeling van de peuter. Bij peuters met een vve-indicatie
                    of bijzonderheden is er een warme overdracht: een gesprek tussen pedagogisch
                    medewerker, ouder en de leerkracht van groep 1.

                    Miriam van Beek geeft aan dat de formulieren de school niet altijd op tijd
                    bereiken, waardoor de leerkracht een kind pas leert kennen als het al in de
                    klas zit. Afgesproken wordt dat de warme overdracht voortaan plaatsvindt
                    vóórdat het kind vier wordt, en dat de ouders bij het gesprek worden
                    uitgenodigd.

                    Joyce stelt voor de Korveltuin ook uit te nodigen voor activiteiten in de
                    school, zodat ouders van jonge kinderen de wijkpartners al vroeg leren
                    kennen.
                """,
                decisions=[
                    """
                    De warme overdracht van de Korveltuin naar De Zuidwester vindt plaats vóór
                    de vierde verjaardag van het kind, met de ouders erbij.
                    """,
                ],
                concerns=["ca-overdracht"],
                practices=["warme-overdracht"],
            ),
            item(
                "Inloopochtend voor ouders met wijkpartners",
                planned_minutes=20,
                presenter="hyilmaz",
                minutes="""
                    Hatice Yilmaz stelt voor eens per maand een inloopochtend in de school te
                    houden, waar ouders zonder afspraak wijkpartners kunnen ontmoeten:
                    schoolmaatschappelijk werk, de jeugdverpleegkundige, het buurthuis en de
                    wijkagent. Het doel is vertrouwen opbouwen, niet hulp aanbieden.

                    De deelnemers zijn enthousiast. Sabine merkt op dat zo'n ochtend alleen werkt
                    als de wijkpartners er ook echt steeds zijn. Femke vraagt of ouders van de
                    Korveltuin ook welkom zijn; dat is zo. De eerste inloopochtend is in februari
                    2023.
                """,
                decisions=[
                    """
                    Vanaf februari 2023 is er eens per maand een inloopochtend voor ouders met
                    wijkpartners in De Zuidwester.
                    """,
                ],
                practices=["allin"],
            ),
            item(
                "Rondvraag en sluiting",
                "closing",
                5,
                minutes="""
                    Joyce meldt dat Smart Start in het voorjaar de opbrengsten van All-in in beeld
                    brengt; de partners wordt gevraagd hun ervaringen te delen. Joyce verzamelt
                    die. Zij sluit het overleg om 09.55 uur.
                """,
            ),
        ],
    ),
]

CONCERNS = [
    concern(
        "ca-doorpakken",
        "Er werd niet goed doorgepakt bij problematiek van kinderen",
        table="allin",
        kind="concern",
        description="""
            Leerkrachten ervoeren grote frustratie: signalen werden niet opgepakt of bleven
            hangen tussen school en wijkpartners. De school kwam te vaak op de stoel van de
            hulpverlener terecht.
        """,
        raised_by="jvos",
        raised_in="allin1",
        status="addressed",
        priority="high",
        resolution="""
            Opgepakt met het All-in-concept: de wijkpartners hebben een vaste plek in de school.
        """,
        themes=["onderwijs-zorg", "preventie"],
        practices=["allin"],
    ),
    concern(
        "ca-terugkoppeling",
        "Onderlinge terugkoppeling tussen wijkpartners en school ontbreekt",
        table="allin",
        kind="bottleneck",
        description="""
            Partners weten niet wat er met hun signaal is gebeurd, en de school hoort soms niet
            dat een gezin al hulp krijgt.
        """,
        raised_by="skuipers",
        raised_in="allin1",
        status="resolved",
        priority="normal",
        resolution="""
            Terugkoppelafspraak van 4 oktober 2022: binnen twee weken hoort de melder dát er iets
            gebeurt en wie het aanspreekpunt is.
        """,
        themes=["onderwijs-zorg"],
    ),
    concern(
        "ca-overdracht",
        "Overdrachtsformulieren van de kinderopvang komen te laat op school",
        table="allin",
        kind="bottleneck",
        description="""
            De leerkracht van groep 1 leert een kind soms pas kennen als het al in de klas zit,
            omdat de overdracht van de kinderopvang te laat binnenkomt.
        """,
        raised_by="mvanbeek",
        raised_in="allin2",
        status="discussing",
        priority="normal",
        themes=["overdracht", "vve"],
        practices=["warme-overdracht"],
    ),
]

DEVELOPMENT_POINTS = [
    development_point(
        "da-terugkoppeling",
        "Vaste terugkoppelafspraak tussen wijkpartners en school",
        table="allin",
        description="""
            Binnen twee weken hoort de melder dát er iets met een signaal gebeurt en wie het
            aanspreekpunt is. Inhoud alleen met toestemming van ouders of voor de veiligheid van
            het kind.
        """,
        status="realised",
        owner="skuipers",
        concerns=["ca-terugkoppeling"],
    ),
    development_point(
        "da-zichtbaar",
        "Wijkpartners zichtbaar in de school",
        table="allin",
        description="""
            Gastlessen en een maandelijkse inloopochtend zorgen dat ouders, leerkrachten en
            professionals elkaar sneller vinden.
        """,
        status="in_progress",
        owner="hyilmaz",
        concerns=["ca-doorpakken"],
    ),
    development_point(
        "da-uitbreiden",
        "Logopedisten en fysiotherapeuten laten aansluiten",
        table="allin",
        description="Op termijn sluiten ook logopedisten en fysiotherapeuten aan bij All-in.",
        status="proposed",
        owner="jvos",
        concerns=[],
    ),
]

PRACTICES = [
    practice(
        "allin",
        "All-in: intensieve samenwerking tussen De Zuidwester en wijkpartners",
        summary="""
            Met het All-in-concept van Smart Start krijgen externe partners een prominente plek
            binnen basisschool De Zuidwester: een preventieve aanpak, betere kansen voor
            kinderen en meer vertrouwen van ouders.
        """,
        description="""
            De wijkpartners zijn betrokken bij de school en de school is betrokken bij de wijk.
            Samen werken zij aan een preventieve aanpak en spelen zij sneller in op
            problematische situaties binnen school en wijk. De strikte scheiding tussen school
            en thuis vervaagt. Door de samensmelting van jeugdhulpverlening en onderwijs en de
            kortere lijnen bestaan er geen losse werelden meer en wordt er sneller gehandeld.

            Doordat de wijkpartners ook op een positieve manier op school aanwezig zijn,
            bijvoorbeeld in gastlessen, ontstaat meer begrip, betrokkenheid en waardering.
            Ouders, leerkrachten en professionals vinden elkaar sneller, en dat komt de
            ontwikkeling van kinderen ten goede.
        """,
        organisations=[
            "zuidwester",
            "smart-start",
            "sterk-huis",
            "ggd-hvb",
            "imw",
            "woningcorporatie",
            "politie",
            "r-newt",
            "contourdetwern",
            "korveltuin",
        ],
        contact="jvos",
        region="",
        source="""
            Smart Start, magazine, artikel 'All-in: intensieve samenwerking tussen De Zuidwester
            en wijkpartners'.
        """,
        success_factors="""
            - Wijkpartners hebben een vaste, zichtbare plek in de school
            - Korte lijnen: sneller handelen bij problematiek
            - Ook positief aanwezig, bijvoorbeeld in gastlessen
            - De school is betrokken bij de wijk, en de wijk bij de school
            - Preventief in plaats van achteraf
        """,
        themes=["onderwijs-zorg", "preventie", "wijk"],
    ),
]

ACTIONS = [
    action(
        "allin",
        "2022-01",
        """
            De terugkoppelafspraak op één pagina zetten en verspreiden onder alle wijkpartners
            en het team van De Zuidwester.
        """,
        meeting="allin1",
        item=3,
        owner="skuipers",
        due_on="2022-10-21",
        status="done",
        done_on="2022-10-18",
    ),
    action(
        "allin",
        "2022-02",
        """
            De ouder van de ingebrachte leerling een kennismakingsgesprek aanbieden en
            terugkoppelen aan de intern begeleider.
        """,
        meeting="allin1",
        item=4,
        owner="skuipers",
        due_on="2022-11-15",
        status="done",
        done_on="2022-10-27",
    ),
    action(
        "allin",
        "2022-03",
        "Observatie in de klas van de ingebrachte leerling, en terugkoppeling aan de leerkracht.",
        meeting="allin1",
        item=4,
        owner="tdebruijn",
        due_on="2022-10-28",
        status="done",
        done_on="2022-10-20",
    ),
    action(
        "allin",
        "2022-04",
        """
            Een jaarplanning maken voor de gastlessen van wijkpartners en die afstemmen met de
            leerkrachten.
        """,
        meeting="allin1",
        item=5,
        owner="hyilmaz",
        due_on="2022-11-30",
        status="done",
        done_on="2022-11-25",
    ),
    action(
        "allin",
        "2022-05",
        """
            Met de intern begeleider een planning maken voor de overdrachtsgesprekken van
            peuters die in het voorjaar vier worden.
        """,
        meeting="allin2",
        item=4,
        owner="fvanos",
        due_on="2023-01-31",
        status="in_progress",
    ),
    action(
        "allin",
        "2022-06",
        "De eerste inloopochtend organiseren en een rooster van aanwezige wijkpartners maken.",
        meeting="allin2",
        item=5,
        owner="hyilmaz",
        due_on="2023-02-01",
        status="open",
    ),
    action(
        "allin",
        "2022-07",
        "Ervaringen van de wijkpartners verzamelen voor de opbrengstmeting van Smart Start.",
        meeting="allin2",
        item=6,
        owner="jvos",
        due_on="2023-03-31",
        status="open",
    ),
]
