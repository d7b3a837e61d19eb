<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="176" />
            <source>Over Ontwikkeltafel</source>
            <translation>About Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="183" />
            <source>Versie %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="186" />
            <source>Agenda's, verslagen, besluiten en acties van ontwikkeltafels en andere overleggen in het sociaal domein.</source>
            <translation>Agendas, minutes, decisions and actions of development tables and other consultations in the social domain.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="205" />
            <source>Gegevens &amp;kopiëren</source>
            <translation>&amp;Copy Details</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="206" />
            <source>Deze gegevens naar het klembord, voor een vraag om hulp</source>
            <translation>Copy these details to the clipboard, to ask for help</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="160" />
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="161" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="162" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="163" />
            <source>Gegevens</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="164" />
            <source>Logbestanden</source>
            <translation>Logs</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="165" />
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="166" />
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_menu.py" line="19" />
            <source>&amp;Sneltoetsen</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_menu.py" line="23" />
            <source>Alle sneltoetsen op een rij</source>
            <translation>All keyboard shortcuts at a glance</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_menu.py" line="25" />
            <source>&amp;Over Ontwikkeltafel</source>
            <translation>&amp;About Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_menu.py" line="27" />
            <source>Versie, database en mappen van Ontwikkeltafel</source>
            <translation>Version, database and folders of Ontwikkeltafel</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/messages.py" line="12" />
            <source>nl</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="46" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="58" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="68" />
            <source>Tafels en bijeenkomsten</source>
            <translation>Tables and meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="69" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="70" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="71" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="72" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="73" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="74" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="75" />
            <source>Ontwikkelpunten</source>
            <translation>Development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="76" />
            <source>Actiepunten</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="131" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="132" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="136" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="137" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="139" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="144" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="145" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="93" />
            <source>Overige</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="114" />
            <source>Sneltoetsen</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="117" />
            <source>Opdracht</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/help_dialogs.py" line="117" />
            <source>Toets</source>
            <translation>Key</translation>
        </message>
    </context>
    <context>
        <name>StandardActions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="64" />
            <source>&amp;Nieuw</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="65" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="66" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="67" />
            <source>Een nieuw item op deze pagina</source>
            <translation>A new item on this page</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="68" />
            <source>Het gekozen item verwijderen</source>
            <translation>Delete the selected item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/standard_actions.py" line="69" />
            <source>Deze pagina sluiten</source>
            <translation>Close this page</translation>
        </message>
    </context>
    <context>
        <name>TablesPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="35" />
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="55" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="36" />
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="54" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="37" />
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="39" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="51" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="52" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="53" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="65" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="74" />
            <source>tafelbijeenkomst</source>
            <translation>table session</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="75" />
            <source>vastgesteld verslag</source>
            <translation>approved minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="81" />
            <source>Alle bijeenkomsten</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="93" />
            <source>&lt;b&gt;Tafels&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tables&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="132" />
            <source>&lt;b&gt;Alle bijeenkomsten&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/tables_page.py" line="136" />
            <source>&lt;b&gt;Bijeenkomsten van %1&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/messages.py" line="23" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
    </context>
    <context>
        <name>conventions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/conventions.py" line="33" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/conventions.py" line="40" />
            <source>Opgeslagen om %1</source>
            <translation>Saved at %1</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="33" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="34" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="35" />
            <source>tafelbijeenkomst</source>
            <translation>table session</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="36" />
            <source>werkbezoek</source>
            <translation>work visit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="37" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="38" />
            <source>themabijeenkomst</source>
            <translation>theme meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="39" />
            <source>overleg</source>
            <translation>consultation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="40" />
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="41" />
            <source>gehouden</source>
            <translation>held</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="42" />
            <source>conceptverslag</source>
            <translation>draft minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="43" />
            <source>vastgesteld verslag</source>
            <translation>approved minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="44" />
            <source>onderwijs</source>
            <translation>education</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="45" />
            <source>kinderopvang</source>
            <translation>childcare</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="46" />
            <source>jeugdhulp</source>
            <translation>youth care</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="47" />
            <source>zorg</source>
            <comment>sector</comment>
            <translation>health</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="48" />
            <source>welzijn</source>
            <translation>welfare</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="49" />
            <source>veiligheid</source>
            <translation>safety</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="50" />
            <source>gemeente</source>
            <translation>municipality</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="51" />
            <source>wonen</source>
            <translation>housing</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="52" />
            <source>kennis en beleid</source>
            <translation>knowledge and policy</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="53" />
            <source>overig</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="54" />
            <source>vraag</source>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="55" />
            <source>zorg</source>
            <comment>soort vraag</comment>
            <translation>concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="56" />
            <source>knelpunt</source>
            <translation>bottleneck</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="57" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="69" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="58" />
            <source>in bespreking</source>
            <translation>under discussion</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="59" />
            <source>opgepakt</source>
            <translation>addressed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="60" />
            <source>opgelost</source>
            <translation>resolved</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="61" />
            <source>geparkeerd</source>
            <translation>parked</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="62" />
            <source>laag</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="63" />
            <source>normaal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="64" />
            <source>hoog</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="65" />
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="66" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="70" />
            <source>in uitvoering</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="67" />
            <source>gerealiseerd</source>
            <translation>realised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="68" />
            <source>vervallen</source>
            <comment>ontwikkelpunt</comment>
            <translation>dropped</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="71" />
            <source>afgerond</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="72" />
            <source>vervallen</source>
            <comment>actiepunt</comment>
            <translation>cancelled</translation>
        </message>
    </context>
    <context>
        <name>list_pages</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="62" />
            <source>Nog geen %1. Importeer gegevens via Bestand of laad de demo.</source>
            <translation>No %1 yet. Import data via File or load the demo.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="68" />
            <source>Alle tafels</source>
            <translation>All tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="76" />
            <source>Alle perioden</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="77" />
            <source>Vanaf vandaag</source>
            <translation>From today</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="79" />
            <source>Afgelopen 12 maanden</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="82" />
            <source>Dit jaar</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="84" />
            <source>Vorig jaar</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="99" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="100" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="101" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="196" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="102" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="197" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="236" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="273" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="103" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="201" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="238" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="274" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="107" />
            <source>bijeenkomst</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="107" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="108" />
            <source>bijeenkomsten</source>
            <translation>meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="120" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="121" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="138" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="122" />
            <source>Functie</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="123" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="127" />
            <source>persoon</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="127" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="128" />
            <source>personen</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="139" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="140" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="144" />
            <source>organisatie</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="144" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="145" />
            <source>organisaties</source>
            <translation>organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="155" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="156" />
            <source>Tafels</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="157" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="159" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="164" />
            <source>thema</source>
            <translation>theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="164" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="165" />
            <source>thema's</source>
            <translation>themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="173" />
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="179" />
            <source>Vragen, zorgen en knelpunten</source>
            <translation>Questions, concerns and bottlenecks</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="187" />
            <source>Alle thema's</source>
            <translation>All themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="195" />
            <source>Vraag of zorg</source>
            <translation>Question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="198" />
            <source>Prioriteit</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="199" />
            <source>Ingebracht door</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="200" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="205" />
            <source>vraag of zorg</source>
            <translation>question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="205" />
            <source>vragen en zorgen</source>
            <translation>questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="206" />
            <source>vragen of zorgen</source>
            <translation>questions or concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="217" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="218" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="219" />
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="220" />
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="224" />
            <source>goed voorbeeld</source>
            <translation>good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="224" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="225" />
            <source>goede voorbeelden</source>
            <translation>good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="235" />
            <source>Ontwikkelpunt</source>
            <translation>Development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="237" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="242" />
            <source>ontwikkelpunt</source>
            <translation>development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="242" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="243" />
            <source>ontwikkelpunten</source>
            <translation>development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="252" />
            <source>Alle actiepunten</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="253" />
            <source>Openstaand</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="254" />
            <source>Over tijd</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="260" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="282" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="269" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="270" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="271" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="272" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="278" />
            <source>actiepunt</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="278" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="279" />
            <source>actiepunten</source>
            <translation>actions</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/record_list.py" line="159" />
            <source>Zoeken in de lijst…</source>
            <translation>Search the list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/record_list.py" line="230" />
            <source>Niets gevonden. Pas de zoektekst of de filters aan.</source>
            <translation>Nothing found. Change the search text or the filters.</translation>
        </message>
    </context>
</TS>
