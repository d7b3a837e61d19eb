"""Demo content: what the theme meetings on the pedagogische infrastructuur produced."""

from demo_model import action, concern, development_point, practice

SOURCE = "Verbinding tussen alle partijen in opvoedkundig klimaat (themabijeenkomsten gemeente)."

CONCERNS = [
    concern(
        "pt-vrijwillig",
        "Professionals kennen het vrijwillige aanbod in de wijk onvoldoende",
        table="ped",
        kind="bottleneck",
        description="""
            Scholen, wijkteams en het CJG weten vaak niet welke vrijwilligersorganisaties en
            maatjesprojecten er in de wijk zijn, en verwijzen er daardoor weinig naar.
        """,
        raised_by="ctimmermans",
        raised_in="ped1",
        status="resolved",
        priority="normal",
        resolution="Sociale kaart opvoedingsondersteuning, online sinds juni 2019.",
        themes=["ped-infra"],
        practices=["home-start", "maatjes"],
    ),
    concern(
        "pt-bereik",
        "Hoe bereiken we ouders die niet naar het CJG of naar ouderavonden komen?",
        table="ped",
        kind="question",
        description="""
            De ouders die het meest aan ontmoeting en advies zouden hebben, zijn vaak het
            moeilijkst te bereiken.
        """,
        raised_by="agroen",
        raised_in="ped2",
        status="discussing",
        priority="normal",
        themes=["ouders", "ped-infra"],
        practices=["uw-ouderplatform", "cjg"],
    ),
    concern(
        "pt-overdracht",
        "Overdrachtsgegevens van peuters ontbreken soms",
        table="ped",
        kind="bottleneck",
        description="""
            Niet altijd is duidelijk of ouders toestemming hebben gegeven voor de overdracht van
            gegevens over de ontwikkeling van hun peuter. Daardoor leert de basisschool het kind
            soms pas kennen als het in groep 1 zit.
        """,
        raised_by="msmits",
        raised_in="ped3",
        status="discussing",
        priority="high",
        themes=["overdracht", "vve"],
        practices=["warme-overdracht"],
    ),
    concern(
        "pt-collectief",
        "Wijkteams richten zich vooral op individuele gezinnen",
        table="ped",
        kind="concern",
        description="""
            De sociale omgeving van gezinnen wordt weinig ingeschakeld; het wijkteam kijkt nog
            weinig naar het collectief.
        """,
        raised_by="agroen",
        raised_in="ped3",
        status="open",
        priority="low",
        themes=["ped-infra", "wijk"],
    ),
]

DEVELOPMENT_POINTS = [
    development_point(
        "pd-sociale-kaart",
        "Sociale kaart opvoedingsondersteuning",
        table="ped",
        description="Eén overzicht van formele en informele opvoedingsondersteuning in de stad.",
        status="realised",
        owner="pramdin",
        concerns=["pt-vrijwillig"],
    ),
    development_point(
        "pd-overdracht",
        "Werkafspraak warme overdracht voor de hele gemeente",
        table="ped",
        description="""
            Eén werkafspraak voor kinderopvang, peuterspeelzalen en basisscholen, met een vast
            moment waarop ouders toestemming geven voor de overdracht.
        """,
        status="in_progress",
        owner="pramdin",
        concerns=["pt-overdracht"],
    ),
    development_point(
        "pd-cjg",
        "Het CJG verbindt ouderinitiatieven en vrijwillige inzet",
        table="ped",
        description="""
            Het CJG werkt samen met ouderinitiatieven en vrijwilligersorganisaties, en zet
            ouders in als ambassadeur om ouders te bereiken die nu niet komen.
        """,
        status="in_progress",
        owner="agroen",
        concerns=["pt-bereik"],
    ),
]

PRACTICES = [
    practice(
        "home-start",
        "Home-Start",
        summary="""
            Preventieprogramma in 130 gemeenten: ervaren vrijwilligers ondersteunen ouders met
            ten minste één kind van zes jaar of jonger in de thuissituatie.
        """,
        description="""
            De vrijwilliger helpt voorkomen dat alledaagse problemen uitgroeien tot ernstige en
            langdurige problemen. Het contact is gelijkwaardig: de vrijwilliger is zelf ouder en
            geen hulpverlener.
        """,
        organisations=["home-start"],
        contact="ctimmermans",
        region="Landelijk",
        source=SOURCE,
        success_factors="""
            - Vrijwilligers die zelf ouder zijn: gelijkwaardig contact
            - Thuis, bij de ouder
            - Preventief: voordat problemen groot worden
        """,
        themes=["ped-infra", "ouders", "preventie"],
    ),
    practice(
        "maatjes",
        "Maatjesprojecten (Social Brokers Nederland)",
        summary="""
            Jongeren worden gekoppeld aan een maatje dat fungeert als rolmodel en sociale steun
            biedt.
        """,
        description="""
            Een voorbeeld van georganiseerde vrijwillige inzet waarbij een maatje een jongere
            een tijd lang bijstaat, als rolmodel en als steun in de eigen sociale omgeving.
        """,
        organisations=["social-brokers"],
        contact="mkaya",
        region="",
        source=SOURCE,
        success_factors="""
            - Een rolmodel dicht bij de leefwereld van de jongere
            - Vrijwillig en naast de formele hulp
        """,
        themes=["ped-infra", "preventie"],
    ),
    practice(
        "uw-ouderplatform",
        "UW Ouderplatform",
        summary="""
            Ouderinitiatief dat een verbindende schakel vormt tussen ouders, gemeente en onderwijs.
        """,
        description="""
            Ouders organiseren zelf bijeenkomsten over opvoedthema's en brengen de vragen van
            ouders in bij school en gemeente. Professionals schuiven aan als gast.
        """,
        organisations=["uw-ouderplatform"],
        contact="jvanwijk",
        region="",
        source=SOURCE,
        success_factors="""
            - Ouders spreken ouders aan, in hun eigen taal
            - Professionals als gast, niet als gespreksleider
        """,
        themes=["ouders", "ped-infra"],
    ),
    practice(
        "alert4you",
        "Alert4You",
        summary="""
            Aanpak die bestaande en nieuwe samenwerkingsvormen tussen kinderopvang en jeugdhulp
            stimuleert.
        """,
        description="""
            Door de kennis uit de specialistische hulp naar de pedagogische basisvoorzieningen
            te halen, worden beginnende kwesties in de basis opgelost, nog voordat ze uit de
            hand lopen.
        """,
        organisations=[],
        contact=None,
        region="",
        source=SOURCE,
        success_factors="""
            - Kennis uit de jeugdhulp dicht bij de kinderopvang
            - Een vast aanspreekpunt om laagdrempelig te overleggen
        """,
        themes=["ped-infra", "preventie", "interprof"],
    ),
    practice(
        "cjg",
        "Het Centrum voor Jeugd en Gezin als spil",
        summary="""
            Een laagdrempelige voorziening voor informatie en advies bij opvoedvragen, met zicht
            op wat er in de wijk leeft en op het achterliggende veld van jeugdhulp.
        """,
        description="""
            De medewerkers van het CJG weten wat er leeft en kunnen aansluiten bij wat er is of
            zelf initiatief nemen voor nieuwe activiteiten. De gemeente maakt met het CJG
            afspraken over het openstaan voor en samenwerken met ouders, medeopvoeders en
            beroepskrachten.
        """,
        organisations=["cjg", "gem-utrecht"],
        contact="agroen",
        region="Utrecht",
        source=SOURCE,
        success_factors="""
            - Laagdrempelig voor ouders
            - Overzicht van zowel de basis als de jeugdhulp
            - Afspraken met de gemeente over samenwerken met ouders en medeopvoeders
        """,
        themes=["ped-infra", "ouders"],
    ),
    practice(
        "warme-overdracht",
        "Warme overdracht van voorschool naar basisschool",
        summary="""
            Bij peuters met een vve-indicatie of bijzonderheden spreken pedagogisch medewerker,
            ouder en leerkracht elkaar vóór de start in groep 1, naast een schriftelijke
            overdracht met toestemming van de ouders.
        """,
        description="""
            Het uitstroomniveau van de voorschoolse voorziening sluit zo aan bij het startniveau
            van de basisschool, en de leerkracht kent het kind al voordat het in de klas zit.
            Toegepast door Het Kompas, en door de Korveltuin en De Zuidwester.
        """,
        organisations=["kompas", "korveltuin", "zuidwester"],
        contact="msmits",
        region="",
        source=SOURCE,
        success_factors="""
            - Een gesprek, niet alleen een formulier
            - Ouders zijn bij het gesprek
            - Vóór de start in groep 1, met een vast moment voor toestemming
        """,
        themes=["overdracht", "vve", "ouders"],
    ),
]

ACTIONS = [
    action(
        "ped",
        "2019-01",
        """
            De sociale kaart opvoedingsondersteuning opzetten met Home-Start, Social Brokers en het
            CJG.
        """,
        meeting="ped1",
        item=5,
        owner="pramdin",
        due_on="2019-06-13",
        status="done",
        done_on="2019-06-07",
    ),
    action(
        "ped",
        "2019-02",
        "Met Home-Start afspraken maken over verwijzing vanuit het CJG en terugkoppeling.",
        meeting="ped1",
        item=3,
        owner="agroen",
        due_on="2019-04-11",
        status="done",
        done_on="2019-04-04",
    ),
    action(
        "ped",
        "2019-03",
        """
            Afspraken met het CJG over samenwerking met ouderinitiatieven opnemen in de opdracht
            2020.
        """,
        meeting="ped2",
        item=5,
        owner="mvanderlinden",
        due_on="2019-09-30",
        status="in_progress",
    ),
    action(
        "ped",
        "2019-04",
        """
            Een voorstel doen voor ouderambassadeurs die ouders wijzen op het CJG en
            ouderbijeenkomsten.
        """,
        meeting="ped2",
        item=5,
        owner="jvanwijk",
        due_on="2019-06-13",
        status="done",
        done_on="2019-06-10",
    ),
    action(
        "ped",
        "2019-05",
        """
            Met kinderopvang, peuterspeelzalen en basisscholen een concept-werkafspraak warme
            overdracht opstellen.
        """,
        meeting="ped3",
        item=3,
        owner="pramdin",
        due_on="2019-10-31",
        status="in_progress",
    ),
    action(
        "ped",
        "2019-06",
        "Samen met een wijkteam de themabijeenkomst over collectief werken voorbereiden.",
        meeting="ped3",
        item=5,
        owner="agroen",
        due_on="2019-09-12",
        status="open",
    ),
]
