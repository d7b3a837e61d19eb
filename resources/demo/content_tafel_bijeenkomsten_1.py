"""Demo content: the first three meetings of 'Onderwijs en zorg vinden elkaar!' (2018)."""

from demo_model import item, meeting

MEETINGS = [
    meeting(
        "oz1",
        "Startbijeenkomst",
        table="oz",
        kind="table_session",
        starts="2018-01-18 15:00",
        ends="17:00",
        location="Stadskantoor Utrecht, vergaderzaal 4.12",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_approved",
        approved_on="2018-03-15",
        notes="Uitnodiging en agenda verstuurd op 4 januari 2018.",
        present=[
            "hverbeek",
            "ijvandenheuvel",
            "ybouzid",
            "jhendriks",
            "rkok",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
            "sdewit",
        ],
        excused=["idboer"],
        agenda=[
            item(
                "Opening en kennismaking",
                "opening",
                20,
                presenter="hverbeek",
                description="""
                    Welkom en een korte voorstelronde: wie ben je, waar werk je en wat hoop je
                    dat deze tafel oplevert?
                """,
                minutes="""
                    Hanneke Verbeek opent om 15.00 uur de eerste bijeenkomst en heet iedereen
                    welkom. Vrijwel alle deelnemers aan de workshop op het congres hebben zich
                    aangemeld, aangevuld met de beleidsmedewerker jeugd van de gemeente en een
                    studentbegeleider van het ROC. Ilse de Boer (GGD) heeft zich afgemeld.

                    In de voorstelronde noemen de deelnemers wat zij van de tafel verwachten.
                    Steeds terugkerende wensen:

                    - elkaar beter leren kennen, zodat je weet wie je kunt bellen;
                    - meer zicht op wat de ander wel en niet kan en mag;
                    - concrete afspraken die in de praktijk van school en wijkteam werken;
                    - niet alleen praten, maar ook iets opleveren.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="De agenda wordt ongewijzigd vastgesteld.",
            ),
            item(
                "Aanleiding, doel en werkwijze",
                planned_minutes=25,
                presenter="hverbeek",
                description="""
                    Terugblik op de workshop op het congres 'geweld in gezinnen' en een voorstel
                    voor doel, werkwijze en frequentie van de ontwikkeltafel.
                """,
                minutes="""
                    Hanneke schetst de aanleiding. Tijdens de workshop op het tweede congres
                    'geweld in gezinnen' van het KUS bleek dat medewerkers uit zorg en onderwijs
                    veel met elkaar te bespreken hebben, maar elkaar in de praktijk weinig
                    treffen. De conclusie was dat de samenwerking veel beter kan. De tafel zoekt
                    antwoorden op de vragen en zorgen uit de workshop en verzamelt goede
                    voorbeelden van samenwerking.

                    De deelnemers onderschrijven het voorgestelde doel. Joost Hendriks vraagt of
                    de tafel zich ook op het mbo richt. Afgesproken wordt dat het basisonderwijs
                    het zwaartepunt is, maar dat het ROC vragen inbrengt waar dat past. Marieke
                    van der Linden volgt de tafel als adviseur namens de gemeente: zij denkt mee
                    en brengt de opbrengst in bij het beleid, maar de tafel is van de deelnemers
                    zelf.

                    Over de werkwijze wordt het volgende afgesproken:

                    - de tafel komt ongeveer eens in de acht weken bijeen, op donderdag van
                      15.00 tot 17.00 uur;
                    - de locatie rouleert tussen de deelnemende organisaties;
                    - Sanne de Wit (KUS) verzorgt agenda en verslag; het verslag is samenvattend
                      en wordt in de volgende bijeenkomst vastgesteld;
                    - casussen worden alleen anoniem besproken: geen namen of herleidbare
                      gegevens van kinderen, ouders of cliënten.
                """,
                decisions=[
                    """
                    De ontwikkeltafel komt ongeveer eens in de acht weken bijeen, op donderdag
                    van 15.00 tot 17.00 uur, op wisselende locaties.
                    """,
                    """
                    Casussen worden alleen anoniem besproken; vertrouwelijke agendapunten komen
                    niet in het verslag voor deelnemers.
                    """,
                ],
            ),
            item(
                "Vragen en zorgen uit de workshop",
                planned_minutes=40,
                presenter="sdewit",
                description="""
                    Sanne heeft de vragen en zorgen uit de workshop gebundeld. We lopen ze door,
                    vullen aan en kiezen waar we mee beginnen.
                """,
                minutes="""
                    Sanne de Wit presenteert de opbrengst van de workshop. Er kwamen drie soorten
                    vragen naar voren: hoe je in gesprek komt en blijft met gezinnen, wat
                    kinderen en ouders eigenlijk nodig hebben, en hoe de samenwerking tussen
                    onderwijs en zorg verloopt. Daarnaast is er een duidelijke zorg: er is geen
                    gedeelde visie op samenwerking mét ouders en kinderen. In overleggen wordt
                    vooral óver hen gesproken.

                    Alle deelnemers herkennen dit beeld. Ruud Kok (SAVE) merkt op dat ouders zich
                    vaak pas gehoord voelen als ze zelf aan tafel zitten. Mark Smits (Het Kompas)
                    vult aan dat leerkrachten de ouders dagelijks zien en het gesprek dus vaak
                    als eerste kunnen voeren, maar daar niet altijd voor toegerust zijn. Marieke
                    van der Linden zoekt uit welke afspraken de gemeente met de wijkteams heeft
                    over de samenwerking met scholen.

                    Joost Hendriks voegt een nieuwe zorg toe: studenten op het ROC die 18 worden
                    vallen tussen wal en schip, omdat de jeugdhulp dan stopt terwijl de situatie
                    thuis niet verandert. Deze zorg wordt aan de lijst toegevoegd; Joost
                    inventariseert hoe het ROC zulke signalen nu oppakt.

                    De tafel begint met de vraag hoe je in gesprek komt en blijft met gezinnen,
                    en met de zorg over het ontbreken van een visie. Die twee krijgen prioriteit
                    hoog.
                """,
                decisions=[
                    """
                    De vraag 'Hoe kom je in gesprek met gezinnen, en hoe blijf je in gesprek?'
                    en de zorg over het gebrek aan visie op samenwerking mét ouders en kinderen
                    krijgen prioriteit.
                    """,
                ],
                concerns=["c-gesprek", "c-behoefte", "c-samenwerking", "c-visie", "c-18plus"],
            ),
            item(
                "Goede voorbeelden verzamelen",
                planned_minutes=20,
                presenter="hverbeek",
                description="Welke voorbeelden van goede samenwerking kennen we al?",
                minutes="""
                    In de workshop werd de schoolconsulent genoemd als voorbeeld van goede
                    samenwerking: een zorgmedewerker die gekoppeld is aan verschillende
                    basisscholen. Yasmina Bouzid vertelt dat een collega uit het wijkteam als
                    schoolconsulent werkt op vier scholen in de wijk, en dat leerkrachten en
                    ouders daar positief over zijn. Hanneke nodigt haar uit voor de volgende
                    bijeenkomst.

                    De deelnemers willen meer voorbeelden verzamelen, ook van buiten de regio.
                    Per voorbeeld leggen we kort vast wat het is, wie de contactpersoon is en wat
                    de succesfactoren zijn, zodat het voorbeeld bruikbaar is voor anderen.
                """,
                decisions=[
                    """
                    Goede voorbeelden worden vastgelegd met een korte beschrijving, een
                    contactpersoon en de succesfactoren.
                    """,
                ],
                practices=["schoolconsulent"],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                5,
                minutes="""
                    IJsbrand van den Heuvel vraagt of de presentatie van de workshop kan worden
                    rondgestuurd. Sanne stuurt die mee met het verslag.
                """,
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke dankt iedereen voor de open sfeer en sluit de bijeenkomst om
                    16.55 uur. De volgende bijeenkomst is op donderdag 15 maart 2018 op
                    basisschool Het Kompas.
                """,
            ),
        ],
    ),
    meeting(
        "oz2",
        "Bijeenkomst 2: in gesprek met gezinnen",
        table="oz",
        kind="table_session",
        starts="2018-03-15 15:00",
        ends="17:00",
        location="Basisschool Het Kompas, teamkamer",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_approved",
        approved_on="2018-05-17",
        present=[
            "hverbeek",
            "idboer",
            "ijvandenheuvel",
            "ybouzid",
            "rkok",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
            "sdewit",
        ],
        excused=["jhendriks"],
        guests=["wmulder"],
        agenda=[
            item(
                "Opening",
                "opening",
                5,
                presenter="hverbeek",
                minutes="""
                    Hanneke Verbeek opent de bijeenkomst en bedankt Mark Smits voor de
                    gastvrijheid van Het Kompas. Joost Hendriks heeft zich afgemeld. Wendy
                    Mulder, schoolconsulent vanuit het wijkteam, is te gast.
                """,
            ),
            item(
                "Mededelingen",
                "announcements",
                10,
                minutes="""
                    - Marieke van der Linden meldt dat op 25 mei 2018 de Algemene verordening
                      gegevensbescherming (AVG) ingaat. De gemeente organiseert voor de zomer
                      informatiebijeenkomsten voor partners.
                    - Ilse de Boer sluit vanaf vandaag aan namens de jeugdgezondheidszorg van de
                      GGD.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="De agenda wordt ongewijzigd vastgesteld.",
            ),
            item(
                "Verslag bijeenkomst 18 januari 2018",
                "previous_minutes",
                10,
                description="Conceptverslag bijgevoegd.",
                minutes="""
                    Het verslag wordt vastgesteld met één aanvulling: bij 'Aanleiding, doel en
                    werkwijze' wordt opgenomen dat het ROC ook vragen over jongeren van 18 jaar
                    en ouder mag inbrengen.
                """,
                decisions=[
                    """
                    Het verslag van de bijeenkomst van 18 januari 2018 wordt met één aanvulling
                    vastgesteld.
                    """,
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                10,
                minutes="""
                    - 2018-01 (overzicht vragen en zorgen): afgerond, het overzicht is op 30
                      januari rondgestuurd.
                    - 2018-02 (schoolconsulent uitnodigen): afgerond, Wendy Mulder is vandaag te
                      gast.
                    - 2018-03 (afspraken gemeente met wijkteams): afgerond. In de opdracht aan de
                      wijkteams staat dat elke basisschool een vaste contactpersoon heeft, maar
                      volgens Marieke werkt dat in de praktijk nog niet overal zo.
                    - 2018-04 (signalen ROC): loopt nog; Joost is vandaag afwezig.
                """,
            ),
            item(
                "Goed voorbeeld: de schoolconsulent",
                planned_minutes=40,
                presenter="wmulder",
                description="""
                    Wendy Mulder vertelt hoe zij als schoolconsulent werkt op vier basisscholen,
                    en wat daarvoor nodig is.
                """,
                minutes="""
                    Wendy Mulder werkt sinds twee jaar als schoolconsulent vanuit het wijkteam.
                    Zij is vast verbonden aan vier basisscholen in de wijk en houdt op elke
                    school een wekelijks spreekuur. Leerkrachten lopen binnen met een zorg over
                    een leerling; ouders kunnen zonder verwijzing een afspraak maken. Daarnaast
                    schuift zij aan bij het zorgoverleg van de scholen.

                    Volgens Wendy is de grootste winst dat ouders haar kennen van het schoolplein.
                    Een gesprek over spanningen thuis begint daardoor vaak met een praatje bij
                    het hek, niet met een brief. Zij schakelt snel met collega's in het wijkteam
                    en met de jeugdverpleegkundige, en weet wanneer Veilig Thuis in beeld moet
                    komen.

                    Mark Smits bevestigt dit beeld vanuit de school. Vóór de komst van de
                    schoolconsulent had Het Kompas te maken met steeds wisselende
                    contactpersonen in het wijkteam, zodat elke keer opnieuw moest worden
                    uitgelegd wat er speelde. Dat wordt als knelpunt vastgelegd.

                    Als succesfactoren worden genoemd:

                    - vaste gezichten op vaste scholen;
                    - een spreekuur op school, zonder verwijzing;
                    - korte lijnen met wijkteam, GGD en Veilig Thuis;
                    - tijd en ruimte om een relatie op te bouwen.

                    Een aandachtspunt is dat de schoolconsulent niet op alle scholen beschikbaar
                    is: de formatie is beperkt. Sanne vraagt alle deelnemers om meer voorbeelden
                    van goede samenwerking aan te leveren.
                """,
                decisions=[
                    "De schoolconsulent wordt als goed voorbeeld van de tafel vastgelegd.",
                    "Wendy Mulder wordt uitgenodigd om als deelnemer aan te sluiten.",
                ],
                concerns=["c-contactpersonen", "c-samenwerking"],
                practices=["schoolconsulent"],
            ),
            item(
                "In gesprek komen en blijven met gezinnen",
                planned_minutes=35,
                presenter="ybouzid",
                description="""
                    Yasmina Bouzid leidt het gesprek in met ervaringen uit het wijkteam. Neem
                    een voorbeeld mee van een gesprek met ouders dat goed ging, en van een
                    gesprek dat vastliep.
                """,
                minutes="""
                    Yasmina Bouzid leidt het onderwerp in. In het wijkteam merkt zij dat gezinnen
                    vaak pas in beeld komen als de zorgen al groot zijn. Ouders voelen zich dan
                    overvallen en gaan in de verdediging. Het eerste gesprek bepaalt veel: wie
                    het voert, waar, en op welke toon.

                    De deelnemers wisselen voorbeelden uit. Gesprekken lopen beter als de
                    leerkracht of intern begeleider, die de ouders al kent, het eerste gesprek
                    voert en de hulpverlener daarna 'warm' introduceert. Gesprekken lopen vast
                    als ouders het gevoel hebben dat er achter hun rug om is gepraat, of als ze
                    van verschillende professionals verschillende boodschappen krijgen.

                    Ilse de Boer merkt op dat ouders zelden wordt gevraagd wat zij zelf nodig
                    hebben. Ruud Kok sluit daarop aan: in de SAVE-werkwijze wordt het gezin vanaf
                    het begin gevraagd wat er goed gaat en wat er anders moet.

                    Praktische tips uit het gesprek:

                    - begin bij wat je ziet bij het kind, niet bij een oordeel over thuis;
                    - spreek af wie het contact met de ouders houdt, en laat de ouders dat weten;
                    - introduceer een nieuwe hulpverlener bij voorkeur samen, in een gezamenlijk
                      gesprek;
                    - blijf in contact, ook als de hulp eenmaal loopt.
                """,
                decisions=[
                    """
                    De tips worden uitgewerkt tot een praktische kaart 'Het gesprek met ouders'
                    voor leerkrachten en medewerkers van het wijkteam.
                    """,
                ],
                concerns=["c-gesprek", "c-behoefte"],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                10,
                minutes="""
                    Petra van der Meer stelt voor in de volgende bijeenkomst stil te staan bij de
                    meldcode, en bij wat scholen na een melding van Veilig Thuis kunnen
                    verwachten. Zij nodigt daarvoor een collega uit. De tafel stemt daarmee in.
                """,
                decisions=[
                    """
                    De meldcode en de terugkoppeling door Veilig Thuis staan op de agenda van de
                    volgende bijeenkomst.
                    """,
                ],
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke sluit de bijeenkomst om 17.00 uur. De volgende bijeenkomst is op
                    donderdag 17 mei 2018 bij de GGD regio Utrecht.
                """,
            ),
        ],
    ),
    meeting(
        "oz3",
        "Bijeenkomst 3: meldcode en terugkoppeling",
        table="oz",
        kind="table_session",
        starts="2018-05-17 15:00",
        ends="17:00",
        location="GGD regio Utrecht, vergaderruimte Kromme Rijn",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_approved",
        approved_on="2018-07-05",
        present=[
            "hverbeek",
            "idboer",
            "ijvandenheuvel",
            "ybouzid",
            "rkok",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
            "wmulder",
            "sdewit",
        ],
        absent=["jhendriks"],
        guests=["ijpostma"],
        agenda=[
            item(
                "Opening",
                "opening",
                5,
                presenter="hverbeek",
                minutes="""
                    Hanneke Verbeek opent de bijeenkomst. Zij heet Wendy Mulder welkom als nieuwe
                    deelnemer en IJke Postma van Veilig Thuis als gast. Joost Hendriks is
                    afwezig zonder bericht.
                """,
            ),
            item(
                "Mededelingen",
                "announcements",
                10,
                minutes="""
                    - Het KUS heeft de ontwikkeltafel in zijn nieuwsbrief genoemd. Twee intern
                      begeleiders van andere scholen hebben daarop belangstelling getoond.
                    - Op 25 mei gaat de AVG in. Marieke zorgt dat de uitnodiging voor de
                      informatiebijeenkomst van de gemeente naar alle deelnemers gaat.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="""
                    De agenda wordt vastgesteld. De voorzitter wijst erop dat punt 7 een
                    vertrouwelijke casusbespreking is: dat punt staat alleen in het interne
                    verslag.
                """,
            ),
            item(
                "Verslag bijeenkomst 15 maart 2018",
                "previous_minutes",
                10,
                description="Conceptverslag bijgevoegd.",
                minutes="Het verslag wordt ongewijzigd vastgesteld.",
                decisions=[
                    """
                        Het verslag van de bijeenkomst van 15 maart 2018 wordt ongewijzigd
                        vastgesteld.
                    """,
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                15,
                minutes="""
                    - 2018-04 (signalen ROC): loopt nog. Joost is afwezig; Sanne vraagt hem om
                      een stand van zaken.
                    - 2018-05 (kaart 'Het gesprek met ouders'): in uitvoering. Yasmina en Mark
                      hebben een eerste opzet, die voor de zomer wordt rondgestuurd.
                    - 2018-06 (goede voorbeelden bundelen): afgerond. Er zijn vier voorbeelden
                      binnengekomen, onder meer de inzet van een jeugdverpleegkundige op het ROC.
                    - 2018-07 (meldcode op de agenda): afgerond, zie punt 6.
                """,
            ),
            item(
                "Meldcode en terugkoppeling door Veilig Thuis",
                planned_minutes=40,
                presenter="ijpostma",
                description="""
                    IJke Postma (Veilig Thuis) licht toe wat er gebeurt na een melding of
                    adviesvraag, en wat er verandert met de verbeterde meldcode die op 1 januari
                    2019 ingaat.
                """,
                minutes="""
                    IJke Postma, teamleider advies bij Veilig Thuis, licht toe hoe een adviesvraag
                    en een melding verlopen. Een professional kan altijd eerst advies vragen, ook
                    zonder de naam van het gezin te noemen. Bij een melding beoordeelt Veilig
                    Thuis de veiligheid en besluit het over de vervolgstappen. Per 1 januari 2019
                    komt er in de meldcode een afwegingskader: bij vermoedens van acute of
                    structurele onveiligheid moeten professionals dan altijd melden.

                    In de bespreking komt één knelpunt nadrukkelijk naar voren: scholen die een
                    melding hebben gedaan, horen daarna vaak niets meer. 'Je blijft achter met
                    een kind in je klas en je weet niet of er iets gebeurt,' zegt Mark Smits.
                    Dat ondermijnt het vertrouwen in melden. IJke legt uit dat Veilig Thuis de
                    melder hoort te informeren over de vervolgstappen, maar dat dit niet altijd
                    goed gaat en dat er grenzen zijn aan wat er gedeeld mag worden.

                    De deelnemers willen helder hebben wat een school na een melding kan
                    verwachten, binnen welke termijn, en bij wie de school terechtkan. Petra van
                    der Meer biedt aan om daarvoor samen met Mark een handreiking op te stellen.
                """,
                decisions=[
                    """
                    Er komt een handreiking voor scholen over de terugkoppeling na een melding
                    bij Veilig Thuis.
                    """,
                ],
                concerns=["c-terugkoppeling"],
            ),
            item(
                "Casusbespreking",
                planned_minutes=25,
                presenter="msmits",
                confidential=True,
                description="""
                    Vertrouwelijk. Anonieme bespreking van de samenwerking rond een leerling.
                    Geen namen of herleidbare gegevens.
                """,
                minutes="""
                    Mark Smits brengt de samenwerking in rond een kind uit groep 3. De
                    leerkracht zag het kind stiller worden en hoorde het vertellen over ruzie
                    thuis. Na overleg met de intern begeleider heeft de school advies gevraagd
                    bij Veilig Thuis. Tegelijk bleek het gezin al bekend bij het wijkteam.

                    Wat ging goed: de leerkracht signaleerde vroeg en de school vroeg op tijd
                    advies. Wat ging minder goed: school en wijkteam gingen er allebei van uit
                    dat de ander contact had met de ouders. Daardoor zijn de ouders enkele weken
                    door niemand gesproken. Yasmina Bouzid herkent dit patroon uit andere
                    situaties.

                    De les voor de tafel: bij gedeelde zorgen om een leerling moet expliciet
                    worden afgesproken wie het contact met de ouders voert, en dat moet aan de
                    ouders worden verteld. De casus zelf wordt niet verder besproken; de
                    betrokken professionals pakken het vervolg op in hun eigen overleg.
                """,
                decisions=[
                    """
                    Bij gedeelde zorgen om een leerling spreken school en wijkteam altijd af wie
                    het contact met de ouders voert, en laten zij dat de ouders weten.
                    """,
                ],
                concerns=["c-gesprek"],
            ),
            item(
                "Samenwerking in de wijk",
                planned_minutes=30,
                presenter="mvanderlinden",
                description="""
                    Marieke van der Linden schetst de afspraken tussen gemeente, wijkteams en
                    scholen. Wat werkt in de wijk, en wat moet beter?
                """,
                minutes="""
                    Marieke van der Linden licht toe hoe de gemeente de samenwerking tussen
                    wijkteams en scholen heeft geregeld. In de opdracht aan de wijkteams staat
                    dat elke basisschool een vaste contactpersoon heeft. Uit de actielijst van de
                    vorige keer bleek al dat dit nog niet overal werkt.

                    De deelnemers zijn het erover eens dat samenwerking in de wijk begint bij
                    elkaar kennen. Wendy Mulder merkt op dat de schoolconsulent werkt omdat zij
                    fysiek op school aanwezig is. IJsbrand van den Heuvel vult aan dat ook de
                    jeugdverpleegkundigen van de GGD aan scholen gekoppeld zijn, maar dat
                    scholen, wijkteam en GGD elkaars namen vaak niet kennen.

                    Voorstel:

                    - per wijk een overzicht van wie aan welke school verbonden is (wijkteam,
                      GGD, leerplicht, schoolmaatschappelijk werk);
                    - een periodiek wijkoverleg onderwijs en zorg.
                """,
                decisions=["'Samenwerking in de wijk' wordt een ontwikkelpunt van de tafel."],
                concerns=["c-samenwerking", "c-contactpersonen"],
                practices=["schoolconsulent"],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                10,
                minutes="""
                    Ruud Kok vraagt om het onderwerp 'praten mét ouders en kinderen' in de
                    volgende bijeenkomst te bespreken. Hij neemt daarvoor ervaringen uit de
                    SAVE-werkwijze mee. Afgesproken.
                """,
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke dankt IJke Postma voor haar bijdrage en sluit de bijeenkomst om
                    17.05 uur. De volgende bijeenkomst is op donderdag 5 juli 2018 bij het ROC.
                """,
            ),
        ],
    ),
]
