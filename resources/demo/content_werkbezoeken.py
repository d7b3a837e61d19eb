"""Demo content: the BK work visits to Gro-up and Doomijn/Travers (2023)."""

from demo_model import action, item, meeting, practice, table

SOURCE = """
    BK en Sociaal Werk Nederland, 'Interprofessionele samenwerking: twee werkbezoeken aan
    BK-leden Gro-up en Doomijn/Travers', 16 mei 2023.
"""

TABLES = [
    table(
        "bk",
        "Interprofessionele samenwerking kinderopvang",
        goal="""
            Leren van BK-leden die interprofessionele samenwerking dagelijks in de praktijk
            brengen, en de lessen delen met beleidsmakers van de ministeries, het NJi en de VNG.
        """,
        description="""
            In 2023 bracht de Branchevereniging Kinderopvang (BK), in samenwerking met Sociaal
            Werk Nederland, werkbezoeken aan twee leden die meer doen dan alleen kinderopvang:
            Gro-up in Rotterdam en Doomijn/Travers in Zwolle. Beleidsmedewerkers van de
            ministeries van SZW, OCW, VWS en J&V, het NJi en de VNG reisden mee.

            Beide organisaties doorbreken de gebruikelijke schotten, gaan uit van het positieve
            en richten zich op het hele systeem rondom het kind. De werkgroep is na de
            nabespreking en het aanbieden van de notitie met lessen voor beleid afgesloten.
        """,
        themes=["interprof", "kansen", "preventie"],
        started_on="2023-02-01",
        ended_on="2023-12-15",
        status="closed",
        members=[
            ("evanvliet", "chair"),
            ("nwillems", "secretary"),
            ("tdelange", "member"),
            ("kdijkman", "member"),
            ("lschouten", "member"),
            ("jijzerman", "member"),
        ],
        agenda_template=[
            ("Ontvangst en opening", "opening", 15),
            ("Kennismaking met de organisatie", "topic", 45),
            ("Gesprek met professionals", "topic", 60),
            ("Dilemma's en lessen", "topic", 45),
            ("Afsluiting", "closing", 15),
        ],
        retention_years=2,
    ),
]

MEETINGS = [
    meeting(
        "bk1",
        "Werkbezoek Gro-up (Rotterdam)",
        table="bk",
        kind="work_visit",
        starts="2023-03-16 10:00",
        ends="14:30",
        location="Gro-up, Rotterdam",
        chair="evanvliet",
        secretary="nwillems",
        status="minutes_approved",
        approved_on="2023-05-15",
        notes="""
            Naast de werkgroep reisden beleidsmedewerkers van SZW, OCW, VWS, J&V, het NJi en de
            VNG mee; alleen de contactpersoon van OCW staat bij de aanwezigen.
        """,
        present=["evanvliet", "kdijkman", "tdelange", "nwillems"],
        excused=["lschouten"],
        absent=["jijzerman"],
        guests=["kvermeulen"],
        agenda=[
            item(
                "Ontvangst en opening",
                "opening",
                15,
                presenter="evanvliet",
                minutes="""
                    Ellen van Vliet opent het werkbezoek en bedankt Gro-up voor de gastvrijheid.
                    BK legt samen met Sociaal Werk Nederland werkbezoeken af bij leden die meer
                    doen dan alleen kinderopvang. Naast de werkgroep zijn beleidsmedewerkers van
                    de ministeries, het NJi en de VNG aanwezig. Linda Schouten heeft zich
                    afgemeld.
                """,
            ),
            item(
                "Gro-up: het hele groeipad van -6 maanden tot zelfstandigheid",
                planned_minutes=45,
                presenter="kdijkman",
                minutes="""
                    Karin Dijkman vertelt hoe Gro-up met kraamzorg, kinderopvang, buurtwerk,
                    onderwijs en jeugdhulp aanwezig is in alle levensfasen van een kind: van zes
                    maanden vóór de geboorte tot zelfstandigheid. Doordat de organisatie al via
                    de kraamzorg binnenkomt, is er vaak een relatie met het gezin voordat er
                    problemen zijn.

                    Gro-up werkt preventief en vindplaatsgericht. Het doel van het kind, het
                    gezin en de buurt staat centraal, niet het aanbod van de organisatie. 'Je hebt
                    meer succes als je op de pleinen en achter de voordeur komt en een relatie
                    kunt opbouwen met het gezin,' aldus Karin.
                """,
                practices=["groeipad"],
            ),
            item(
                "Gesprek met professionals op het plein en in de buurt",
                planned_minutes=60,
                minutes="""
                    In kleine groepen spreken de bezoekers met pedagogisch medewerkers,
                    buurtwerkers en jeugdhulpverleners. Zij vertellen dat ze veel tijd investeren
                    in echt luisteren. Veel gezinnen voelen zich daardoor eindelijk echt gehoord
                    en gezien.

                    Opvallend is de positieve benadering: projecten gaan vooral over het
                    bekrachtigen van wat ouders en kinderen al wel kunnen. Ouders worden overal
                    bij betrokken en zijn soms zelfs het vertrekpunt. Ook het informele netwerk
                    om het gezin wordt in kaart gebracht.

                    De professionals noemen ook dilemma's:

                    - maatwerk is niet altijd meetbaar, terwijl financiers om meetbare
                      resultaten vragen;
                    - de financiering is verdeeld over verschillende wetten en budgetten, wat
                      integraal werken lastig maakt;
                    - de gemeente Rotterdam denkt actief mee, maar landelijke regels lopen
                      achter.
                """,
                practices=["groeipad"],
            ),
            item(
                "Dilemma's en lessen voor beleid",
                planned_minutes=30,
                presenter="tdelange",
                minutes="""
                    Thijs de Lange vat de dilemma's samen. De beleidsmedewerkers herkennen het
                    spanningsveld tussen maatwerk en verantwoording. Koen Vermeulen (OCW) vraagt
                    welke regels in de praktijk het meest knellen. Karin noemt de gescheiden
                    financiering van kinderopvang, onderwijs en jeugdhulp, waardoor één
                    medewerker soms voor drie financiers moet registreren.

                    Afgesproken wordt de knelpunten te bundelen en na het tweede werkbezoek met
                    de ministeries te bespreken.
                """,
                decisions=[
                    """
                    De knelpunten uit beide werkbezoeken worden gebundeld en na het tweede
                    werkbezoek besproken met de betrokken ministeries.
                    """,
                ],
            ),
            item(
                "Afsluiting",
                "closing",
                10,
                minutes="""
                    Ellen bedankt Karin Dijkman en de medewerkers van Gro-up. Het tweede
                    werkbezoek, aan Doomijn en Travers in Zwolle, is op 15 mei. Noor Willems maakt
                    een kort verslag voor de werkgroep en de meegereisde beleidsmedewerkers.
                """,
            ),
        ],
    ),
    meeting(
        "bk2",
        "Werkbezoek Doomijn en Travers (Zwolle)",
        table="bk",
        kind="work_visit",
        starts="2023-05-15 10:00",
        ends="14:30",
        location="Doomijn en Travers Welzijn, Zwolle",
        chair="evanvliet",
        secretary="nwillems",
        status="minutes_approved",
        approved_on="2023-06-20",
        present=["evanvliet", "jijzerman", "tdelange", "lschouten", "nwillems"],
        excused=["kdijkman"],
        guests=["kvermeulen", "dbakker"],
        agenda=[
            item(
                "Ontvangst en opening",
                "opening",
                15,
                presenter="lschouten",
                minutes="""
                    Linda Schouten (Doomijn) en Jeroen IJzerman (Travers Welzijn) heten de
                    bezoekers welkom. Ellen van Vliet opent het werkbezoek en blikt kort terug op
                    het bezoek aan Gro-up. Karin Dijkman heeft zich afgemeld.
                """,
            ),
            item(
                "Verslag werkbezoek 16 maart 2023",
                "previous_minutes",
                5,
                minutes="""
                    Het verslag van het werkbezoek aan Gro-up is vooraf rondgestuurd en wordt
                    ongewijzigd vastgesteld.
                """,
                decisions=[
                    """
                        Het verslag van het werkbezoek van 16 maart 2023 wordt ongewijzigd
                        vastgesteld.
                    """,
                ],
            ),
            item(
                "School & Omgeving in Zwolle",
                planned_minutes=40,
                presenter="lschouten",
                minutes="""
                    Linda Schouten en Jeroen IJzerman vertellen over het programma School &
                    Omgeving, voorheen Rijke Schooldag. Zwolle is een van de voorloperstrajecten.
                    Het programma werkt aan kansengelijkheid door kinderen naast de schooltijd
                    een rijk aanbod te geven, samen met kinderopvang, welzijn, vrijwilligers en
                    culturele partners.

                    In Zwolle zijn veel samenwerkingsconstructies opgetuigd. 'Als je
                    kinderopvang, welzijn, vrijwilligerswerk en een poppodium combineert, kun je
                    bijvoorbeeld baby- en peuterconcerten organiseren,' zegt Jeroen. Die
                    concerten bereiken ook ouders die anders niet naar de opvang of naar een
                    culturele instelling komen.

                    De gemeente Zwolle speelt een actieve rol door ruimte te geven om buiten de
                    bestaande kaders te denken.
                """,
                practices=["school-omgeving", "concerten"],
            ),
            item(
                "Politiekids",
                planned_minutes=40,
                presenter="jijzerman",
                minutes="""
                    Jeroen IJzerman en wijkagent Dennis Bakker presenteren Politiekids. In een
                    wijk met veel criminaliteit was er onder kinderen veel respectloosheid
                    tegenover de politie. In Politiekids maken kinderen op een positieve manier
                    kennis met het werk van de politie; de agent wordt een rolmodel in plaats van
                    een tegenstander.

                    Dennis vertelt dat hij de kinderen nu op straat bij naam kent en dat zij hem
                    aanspreken. Volgens Jeroen werkt het omdat het aansluit bij wat kinderen zelf
                    interessant vinden, en omdat ouders erbij worden betrokken.

                    Succesfactoren:

                    - een vaste wijkagent die tijd krijgt voor de kinderen;
                    - samenwerking tussen welzijn, school, opvang en politie;
                    - uitgaan van het positieve in plaats van het probleem.
                """,
                practices=["politiekids"],
            ),
            item(
                "Terugblik op beide werkbezoeken",
                planned_minutes=40,
                presenter="tdelange",
                minutes="""
                    Thijs de Lange vergelijkt beide werkbezoeken. In zowel Zwolle als Rotterdam
                    gaan de organisaties uit van het positieve en hebben zij volledige focus op
                    het systeem rondom het kind. Ouders worden overal bij betrokken en het
                    informele netwerk om het gezin wordt in kaart gebracht.

                    De gemeenschappelijke lessen:

                    - doorbreek de gebruikelijke schotten en doe vooral wat werkt;
                    - bekrachtig wat mensen al wel kunnen;
                    - maatwerk is nodig, ook als het niet altijd meetbaar is;
                    - een actieve gemeente maakt denken buiten de bestaande kaders mogelijk.

                    Koen Vermeulen noemt het inspirerend om te zien wat er lukt, in een tijd
                    waarin de aandacht zo vaak uitgaat naar wat er niet lukt. De
                    beleidsmedewerkers nemen de lessen mee naar hun ministeries.
                """,
                decisions=[
                    """
                    BK en Sociaal Werk Nederland publiceren een gezamenlijk artikel over beide
                    werkbezoeken.
                    """,
                    "Er komt een nabespreking met de werkgroep over de lessen voor beleid.",
                ],
                practices=["groeipad", "school-omgeving"],
            ),
            item(
                "Afsluiting",
                "closing",
                10,
                minutes="""
                    Ellen bedankt Doomijn, Travers Welzijn en de politie voor een inspirerende dag
                    en sluit het werkbezoek om 14.30 uur.
                """,
            ),
        ],
    ),
    meeting(
        "bk3",
        "Nabespreking werkbezoeken: lessen voor beleid",
        table="bk",
        kind="consultation",
        starts="2023-06-20 13:00",
        ends="14:30",
        location="Online (Microsoft Teams)",
        chair="evanvliet",
        secretary="nwillems",
        status="minutes_approved",
        approved_on="2023-07-04",
        notes="Het verslag is per e-mail vastgesteld op 4 juli 2023.",
        present=["evanvliet", "kdijkman", "jijzerman", "tdelange", "lschouten", "nwillems"],
        guests=["kvermeulen"],
        agenda=[
            item(
                "Opening en vaststellen agenda",
                "opening",
                5,
                presenter="evanvliet",
                minutes="Ellen van Vliet opent het online overleg. De agenda wordt vastgesteld.",
            ),
            item(
                "Verslag werkbezoek 15 mei 2023",
                "previous_minutes",
                10,
                minutes="""
                    Het verslag van het werkbezoek aan Doomijn en Travers wordt ongewijzigd
                    vastgesteld.
                """,
                decisions=[
                    "Het verslag van het werkbezoek van 15 mei 2023 wordt ongewijzigd vastgesteld."
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                10,
                minutes="""
                    - 2023-02 (knelpunten bundelen): afgerond, het overzicht staat op de agenda
                      bij punt 4.
                    - 2023-04 (artikel over de werkbezoeken): afgerond, het artikel is op 16 mei
                      2023 gepubliceerd.
                    - 2023-05 (nabespreking plannen): afgerond.
                """,
            ),
            item(
                "Lessen voor beleid",
                planned_minutes=50,
                presenter="tdelange",
                minutes="""
                    Thijs de Lange presenteert het overzicht van knelpunten uit beide
                    werkbezoeken. De belangrijkste zijn de versnipperde financiering over
                    kinderopvang, onderwijs, welzijn en jeugdhulp, de verantwoordingslast bij
                    maatwerk en de beperkte ruimte om medewerkers over de grenzen van
                    organisaties heen in te zetten.

                    Koen Vermeulen geeft aan dat de ministeries werken aan een meer integrale
                    aanpak van kansengelijkheid, waar School & Omgeving deel van uitmaakt. Hij
                    vraagt de werkgroep om concrete voorbeelden van regels die knellen.

                    Karin Dijkman en Linda Schouten leveren elk drie voorbeelden uit de eigen
                    praktijk aan. Ellen van Vliet verwerkt die samen met Thijs in een notitie die
                    BK en Sociaal Werk Nederland gezamenlijk aanbieden.
                """,
                decisions=[
                    """
                    BK en Sociaal Werk Nederland bieden de betrokken ministeries gezamenlijk een
                    notitie met lessen voor beleid aan.
                    """,
                ],
            ),
            item(
                "Rondvraag en sluiting",
                "closing",
                5,
                minutes="""
                    Jeroen IJzerman vraagt of een volgende reeks werkbezoeken ook
                    welzijnsorganisaties zonder kinderopvang kan omvatten. Thijs neemt dat mee
                    binnen Sociaal Werk Nederland. Ellen sluit het overleg om 14.25 uur.
                """,
            ),
        ],
    ),
]

PRACTICES = [
    practice(
        "groeipad",
        "Gro-up: het hele groeipad van -6 maanden tot zelfstandigheid",
        summary="""
            Met kraamzorg, kinderopvang, buurtwerk, onderwijs en jeugdhulp maakt Gro-up impact in
            alle leeftijdsfasen van een kind, door preventief en vindplaatsgericht te werken.
        """,
        description="""
            Gro-up is aanwezig vanaf de kraamzorg tot het kind zelfstandig is. Daardoor is er
            vaak al een relatie met het gezin voordat er problemen ontstaan. Het doel van het
            kind, het gezin en de buurt staat centraal.

            Medewerkers komen op de pleinen en achter de voordeur, bieden maatwerk en investeren
            veel tijd in echt luisteren. Veel gezinnen voelen zich daardoor eindelijk echt
            gehoord en gezien.
        """,
        organisations=["gro-up", "gem-rotterdam"],
        contact="kdijkman",
        region="Rotterdam",
        source=SOURCE,
        success_factors="""
            - Aanwezig vanaf de kraamzorg: een relatie met het gezin vóór er problemen zijn
            - Op de pleinen en achter de voordeur
            - Het doel van kind, gezin en buurt staat centraal
            - Tijd voor echt luisteren
            - Maatwerk, ook als dat niet altijd meetbaar is
        """,
        themes=["interprof", "preventie", "ouders"],
    ),
    practice(
        "school-omgeving",
        "School & Omgeving in Zwolle (voorheen Rijke Schooldag)",
        summary="""
            Zwolle is een van de voorloperstrajecten van het programma School & Omgeving:
            kinderopvang, welzijn, onderwijs, vrijwilligers en cultuur werken samen aan
            kansengelijkheid.
        """,
        description="""
            Binnen School & Omgeving zijn in Zwolle veel samenwerkingsconstructies opgetuigd
            tussen kinderopvang (Doomijn), welzijn (Travers), vrijwilligerswerk, cultuur en de
            politie. De gemeente Zwolle pakt een actieve rol en maakt denken buiten de bestaande
            kaders mogelijk.
        """,
        organisations=["doomijn", "travers", "gem-zwolle"],
        contact="jijzerman",
        region="Zwolle",
        source=SOURCE,
        success_factors="""
            - Combineren van kinderopvang, welzijn, vrijwilligerswerk en cultuur
            - Een gemeente die ruimte geeft buiten de bestaande kaders
            - Uitgaan van het positieve
        """,
        themes=["kansen", "interprof"],
    ),
    practice(
        "politiekids",
        "Politiekids",
        summary="""
            Kinderen in een wijk met veel criminaliteit maken op een positieve manier kennis met
            de politie; de agent wordt een rolmodel.
        """,
        description="""
            Hoe buig je respectloosheid voor de politie, in een wijk met veel criminaliteit, om
            in een mooie samenwerking met de politie als rolmodel? Politiekids is onderdeel van
            School & Omgeving in Zwolle.
        """,
        organisations=["travers", "doomijn", "politie"],
        contact="jijzerman",
        region="Zwolle",
        source=SOURCE,
        success_factors="""
            - Een vaste wijkagent die tijd krijgt voor de kinderen
            - Samenwerking tussen welzijn, school, opvang en politie
            - Ouders worden erbij betrokken
        """,
        themes=["kansen", "preventie", "wijk"],
    ),
    practice(
        "concerten",
        "Baby- en peuterconcerten",
        summary="""
            Door kinderopvang, welzijn, vrijwilligerswerk en een poppodium te combineren,
            ontstaan concerten voor baby's en peuters en hun ouders.
        """,
        description="""
            Een voorbeeld van de samenwerkingsconstructies binnen School & Omgeving in Zwolle.
            De concerten bereiken ook ouders die anders niet naar de opvang of naar een
            culturele instelling komen.
        """,
        organisations=["doomijn", "travers"],
        contact="lschouten",
        region="Zwolle",
        source=SOURCE,
        success_factors="""
            - Partners buiten het eigen domein, zoals een poppodium
            - Laagdrempelig voor ouders met jonge kinderen
        """,
        themes=["kansen", "ouders"],
    ),
]

ACTIONS = [
    action(
        "bk",
        "2023-01",
        """
            Kort verslag van het werkbezoek aan Gro-up maken voor de werkgroep en de
            meegereisde beleidsmedewerkers.
        """,
        meeting="bk1",
        item=5,
        owner="nwillems",
        due_on="2023-03-31",
        status="done",
        done_on="2023-03-28",
    ),
    action(
        "bk",
        "2023-02",
        """
            Knelpunten in regelgeving en financiering uit het werkbezoek bundelen in een
            overzicht voor de ministeries.
        """,
        meeting="bk1",
        item=4,
        owner="tdelange",
        due_on="2023-05-15",
        status="done",
        done_on="2023-06-13",
        notes="Aangevuld met de knelpunten uit Zwolle; besproken op 20 juni 2023.",
    ),
    action(
        "bk",
        "2023-03",
        "Met Doomijn en Travers het programma van het werkbezoek in Zwolle afstemmen.",
        meeting="bk1",
        item=5,
        owner="evanvliet",
        due_on="2023-04-28",
        status="done",
        done_on="2023-04-20",
    ),
    action(
        "bk",
        "2023-04",
        "Een artikel over beide werkbezoeken schrijven en publiceren op de website van BK.",
        meeting="bk2",
        item=5,
        owner="nwillems",
        due_on="2023-05-19",
        status="done",
        done_on="2023-05-16",
    ),
    action(
        "bk",
        "2023-05",
        "Een nabespreking plannen met de werkgroep en de meegereisde beleidsmedewerkers.",
        meeting="bk2",
        item=5,
        owner="evanvliet",
        due_on="2023-06-02",
        status="done",
        done_on="2023-05-22",
    ),
    action(
        "bk",
        "2023-06",
        """
            Samen met Thijs de Lange de notitie 'Lessen uit de werkbezoeken' opstellen en aan de
            ministeries aanbieden.
        """,
        meeting="bk3",
        item=4,
        owner="evanvliet",
        due_on="2023-09-29",
        status="done",
        done_on="2023-10-02",
    ),
    action(
        "bk",
        "2023-07",
        "Drie voorbeelden van knellende regels uit de praktijk van Gro-up aanleveren.",
        meeting="bk3",
        item=4,
        owner="kdijkman",
        due_on="2023-07-07",
        status="done",
        done_on="2023-07-05",
    ),
    action(
        "bk",
        "2023-08",
        "Drie voorbeelden van knellende regels uit de praktijk van Doomijn aanleveren.",
        meeting="bk3",
        item=4,
        owner="lschouten",
        due_on="2023-07-07",
        status="cancelled",
        notes="""
            Vervallen: Doomijn heeft zijn voorbeelden via Sociaal Werk Nederland ingebracht, samen
            met die van Travers.
        """,
    ),
]
