<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="196" />
            <source>Over Ontwikkeltafel</source>
            <translation>About Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="203" />
            <source>Versie %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="206" />
            <source>Agenda's, verslagen, besluiten en acties van ontwikkeltafels en andere overleggen in het sociaal domein.</source>
            <translation>Agendas, minutes, decisions and actions of development tables and other consultations in the social domain.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="229" />
            <source>Gegevens &amp;kopiëren</source>
            <translation>&amp;Copy Details</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="230" />
            <source>Deze gegevens naar het klembord, voor een vraag om hulp</source>
            <translation>Copy these details to the clipboard, to ask for help</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="180" />
            <source>Versie</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="181" />
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="182" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="183" />
            <source>Gegevens</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="184" />
            <source>Logbestanden</source>
            <translation>Logs</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="185" />
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="186" />
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="77" />
            <source>Tegelijk gewijzigd</source>
            <extracomment>How a field's value reads in the dialog: display(name, value).</extracomment>
            <translation>Changed at the same time</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="90" />
            <source>Hun versie houden</source>
            <translation>Keep their version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="91" />
            <source>Uw invoer vervalt; wat is opgeslagen blijft</source>
            <translation>Your input is dropped; what is stored stays</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="92" />
            <source>Mijn versie houden</source>
            <translation>Keep my version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="93" />
            <source>Uw versie vervangt de hunne (ongedaan te maken)</source>
            <translation>Your version replaces theirs (can be undone)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="94" />
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="95" />
            <source>Een tekst maken uit beide versies</source>
            <translation>Make one text from both versions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="96" />
            <source>Samengevoegde versie opslaan</source>
            <translation>Store the merged version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="97" />
            <source>Terug naar beide versies</source>
            <translation>Back to both versions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="116" />
            <source>iemand anders</source>
            <translation>someone else</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="118" />
            <source>Hun versie: opgeslagen door %1 op %2</source>
            <translation>Their version: stored by %1 at %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="119" />
            <source>Mijn versie: niet opgeslagen</source>
            <translation>My version: not stored</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/conflict_dialog.py" line="163" />
            <source>Samengevoegd (begint bij mijn versie)</source>
            <translation>Merged (starts from my version)</translation>
        </message>
    </context>
    <context>
        <name>EditingPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/editing_page.py" line="172" />
            <source>%1 verwijderen</source>
            <translation>Delete %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/editing_page.py" line="179" />
            <source>%1 verwijderd. Ongedaan maken met Ctrl+Z.</source>
            <translation>%1 deleted. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="152" />
            <source>Importeren uit een JSON-bestand</source>
            <translation>Import from a JSON file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="159" />
            <source>Exporteren naar een JSON-bestand</source>
            <translation>Export to a JSON file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="163" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="200" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="274" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="409" />
            <source>Niet geëxporteerd</source>
            <translation>Not exported</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="173" />
            <source>Persoonsgegevens opslaan</source>
            <translation>Save personal data</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="175" />
            <source>Persoonsgegevens %1</source>
            <translation>Personal data %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="202" />
            <source>Deelnemers %1</source>
            <translation>Members %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="204" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="271" />
            <source>Deelnemers exporteren</source>
            <translation>Export members</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="223" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="257" />
            <source>Geen concept-e-mail gemaakt</source>
            <translation>No draft e-mail made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="247" />
            <source>De concept-e-mail is gemaakt; de app heeft niets verzonden.</source>
            <translation>The draft e-mail is made; the app has sent nothing.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="255" />
            <source>Concept-e-mail maken</source>
            <translation>Making a draft e-mail</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="256" />
            <source>%1 wordt gemaakt…</source>
            <translation>Making %1…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="269" />
            <source>De deelnemers van de tafel zijn opgeslagen.</source>
            <translation>The table's members have been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="272" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="287" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="408" />
            <source>%1 wordt geschreven…</source>
            <translation>Writing %1…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="286" />
            <source>Alles wat over deze persoon is vastgelegd is opgeslagen.</source>
            <translation>Everything recorded about this person has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="287" />
            <source>Inzien</source>
            <translation>Inspect</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="288" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="363" />
            <source>Geïmporteerd uit %1.</source>
            <translation>Imported from %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="366" />
            <source>Importeren klaar</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="367" />
            <source>Back-up vooraf: %1</source>
            <translation>Backup made first: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="370" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="435" />
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="460" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="375" />
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="376" />
            <source>%1 wordt ingelezen…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="378" />
            <source>Niets geïmporteerd</source>
            <translation>Nothing imported</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="404" />
            <source>%1 records geëxporteerd.</source>
            <translation>%1 records exported.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="407" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="415" />
            <source>Even geduld: er loopt nog een taak.</source>
            <translation>Please wait: another task is still running.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="421" />
            <source>Afgebroken; er is niets opgeslagen.</source>
            <translation>Cancelled; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="446" />
            <source>Opgeslagen</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="448" />
            <source>Bestand: %1
Map: %2</source>
            <translation>File: %1
Folder: %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="453" />
            <source>Bestand openen</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/jobs.py" line="456" />
            <source>Map openen</source>
            <translation>Open folder</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/global_search.py" line="85" />
            <source>&amp;Zoeken…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/global_search.py" line="87" />
            <source>Zoeken in alle tafels, bijeenkomsten, verslagen en meer</source>
            <translation>Search all tables, meetings, minutes and more</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/global_search.py" line="90" />
            <source>Zoeken (%1)</source>
            <translation>Search (%1)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/global_search.py" line="196" />
            <source>Zoeken is mislukt.</source>
            <translation>The search failed.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/global_search.py" line="270" />
            <source>Dit soort gegevens kan hier nog niet geopend worden.</source>
            <translation>This kind of record cannot be opened here yet.</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="24" />
            <source>&amp;Handleiding</source>
            <translation>&amp;User's Manual</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="26" />
            <source>De handleiding van Ontwikkeltafel, vanaf het begin</source>
            <translation>The user's manual of Ontwikkeltafel, from the start</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="29" />
            <source>Uitleg bij deze &amp;pagina</source>
            <translation>Help on This &amp;Page</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="35" />
            <source>De handleiding bij de pagina die u ziet, met haar sneltoetsen</source>
            <translation>The manual at the page shown, with the page's shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="38" />
            <source>&amp;Sneltoetsen</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="40" />
            <source>Alle sneltoetsen op een rij</source>
            <translation>All keyboard shortcuts at a glance</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="42" />
            <source>&amp;Over Ontwikkeltafel</source>
            <translation>&amp;About Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="44" />
            <source>Versie, database en mappen van Ontwikkeltafel</source>
            <translation>Version, database and folders of Ontwikkeltafel</translation>
        </message>
    </context>
    <context>
        <name>HistoryAction</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="170" />
            <source>&amp;Geschiedenis…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="171" />
            <source>Wie wat wanneer wijzigde aan het getoonde gegeven</source>
            <translation>Who changed what and when in the record shown</translation>
        </message>
    </context>
    <context>
        <name>LinkList</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/link_list.py" line="76" />
            <source>Weghalen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/link_list.py" line="77" />
            <source>De gekozen koppeling weghalen (Delete)</source>
            <translation>Remove the chosen link (Delete)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/link_list.py" line="177" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
    </context>
    <context>
        <name>LiveUpdates</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/live_updates.py" line="134" />
            <source>Bijgewerkt met wijzigingen van anderen om %1</source>
            <translation>Updated with others' changes at %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="251" />
            <source>&amp;Voorkeuren…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="265" />
            <source>Voorkeuren opgeslagen.</source>
            <translation>Preferences saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="275" />
            <source>Ongedaan maken</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="276" />
            <source>Ongedaan maken: %1</source>
            <translation>Undo: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="282" />
            <source>Opnieuw</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="283" />
            <source>Opnieuw: %1</source>
            <translation>Redo: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="362" />
            <source>Nog niet alles is opgeslagen: de database is even niet beschikbaar. De invoer blijft staan; sluit opnieuw zodra het is opgeslagen.</source>
            <translation>Not everything is saved yet: the database is unavailable for a moment. Your input stays; close again once it is saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="367" />
            <source>Niet alles is bewaard: verbeter de rode melding of maak de invoer ongedaan met Ctrl+Z, en sluit dan opnieuw.</source>
            <translation>Not everything was stored: correct the red message or undo the input with Ctrl+Z, then close again.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="383" />
            <source>Niet alles is opgeslagen: de server is niet bereikbaar. Wat u typte gaat verloren als u nu afsluit.</source>
            <translation>Not everything is stored: the server cannot be reached. What you typed is lost if you close now.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="387" />
            <source>Wachten</source>
            <translation>Wait</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/main_window.py" line="388" />
            <source>Toch afsluiten</source>
            <translation>Close anyway</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="35" />
            <source>Tafels en bijeenkomsten</source>
            <translation>Tables and meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="36" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="37" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="38" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="39" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="40" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="41" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="42" />
            <source>Ontwikkelpunten</source>
            <translation>Development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="43" />
            <source>Actiepunten</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="50" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="51" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="52" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="53" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="54" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="55" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="56" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/shell.py" line="129" />
            <source>Zoeken (%1)</source>
            <translation>Search (%1)</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPart</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/meetings.py" line="24" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/meetings.py" line="28" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/meetings.py" line="32" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/meetings.py" line="33" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>MembersPart</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="56" />
            <source>Deelnemers</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="59" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="60" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="61" />
            <source>Functie</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="62" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="75" />
            <source>Persoon toevoegen…</source>
            <translation>Add a person…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="81" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="81" />
            <source>De gekozen deelnemer van de tafel halen</source>
            <translation>Take the chosen member off the table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="84" />
            <source>Omhoog (Ctrl+↑)</source>
            <translation>Up (Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="87" />
            <source>Omlaag (Ctrl+↓)</source>
            <translation>Down (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="130" />
            <source>Rol wijzigen</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="163" />
            <source>Deelnemer toevoegen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="174" />
            <source>Deelnemer verwijderen</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="193" />
            <source>Deelnemer verplaatsen</source>
            <translation>Move member</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/tasks.py" line="119" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/tasks.py" line="133" />
            <source>Bezig met afbreken…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>RecordContextPanel</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="71" />
            <source>Samenhang</source>
            <translation>Context</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="101" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="129" />
            <source>Niet geladen: de server is niet bereikbaar.</source>
            <translation>Not loaded: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="157" />
            <source>Besproken in bijeenkomsten</source>
            <translation>Discussed at meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="159" />
            <source>Nog in geen bijeenkomst besproken.</source>
            <translation>Not discussed at any meeting yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="164" />
            <source>vertrouwelijk</source>
            <translation>confidential</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="170" />
            <source>Geen verslag bij dit punt.</source>
            <translation>No minutes for this item.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="176" />
            <source>Ingebracht</source>
            <translation>Raised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="181" />
            <source>in %1</source>
            <translation>at %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="183" />
            <source>door %1</source>
            <translation>by %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="187" />
            <source>Niet vastgelegd waar of door wie.</source>
            <translation>Not recorded where or by whom.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="191" />
            <source>Ontwikkelpunten die erop antwoorden</source>
            <translation>Development points answering it</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="193" />
            <source>Nog geen ontwikkelpunt.</source>
            <translation>No development point yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="198" />
            <source>Statusverloop</source>
            <translation>Status history</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="200" />
            <source>De status is nooit gewijzigd.</source>
            <translation>The status has never changed.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="211" />
            <source>Hielp bij deze vragen en zorgen</source>
            <translation>Helped with these questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_context_panel.py" line="213" />
            <source>Nog bij geen vraag of zorg gekoppeld.</source>
            <translation>Not linked to any question or concern yet.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_form.py" line="226" />
            <location filename="../../src/ontwikkeltafel/ui/forms/record_form.py" line="303" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_form.py" line="297" />
            <source>Niet geladen: de server is niet bereikbaar.</source>
            <translation>Not loaded: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/record_form.py" line="405" />
            <location filename="../../src/ontwikkeltafel/ui/forms/record_form.py" line="430" />
            <source>%1 wijzigen</source>
            <translation>Change %1</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="74" />
            <source>← Terug</source>
            <translation>← Back</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="75" />
            <source>Terug naar de lijst (Ctrl+W)</source>
            <translation>Back to the list (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="125" />
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="140" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="133" />
            <source>Niet geladen: de server is niet bereikbaar. De pagina wordt geladen zodra de verbinding terug is.</source>
            <translation>Not loaded: the server cannot be reached. The page is loaded as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/page.py" line="138" />
            <source>niet geladen</source>
            <translation>not loaded</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/fields.py" line="302" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="68" />
            <source>Voor deelnemers: zonder vertrouwelijke delen</source>
            <translation>For participants: without confidential parts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="69" />
            <source>Intern: met vertrouwelijke delen, zo gemarkeerd</source>
            <translation>Internal: with confidential parts, marked as such</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="83" />
            <source>Standaardopmaak van Ontwikkeltafel</source>
            <translation>Ontwikkeltafel's standard layout</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="86" />
            <source>Een Word-bestand met uw huisstijl: briefhoofd, logo, kop- en voettekst</source>
            <translation>A Word file in your house style: letterhead, logo, header and footer</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="105" />
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="109" />
            <source>Taal:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="110" />
            <source>Huisstijl:</source>
            <translation>House style:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="112" />
            <source>Opslaan als:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="114" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="115" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="130" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="163" />
            <source>Dit sjabloon heeft het papierformaat US Letter, niet A4: het document krijgt dat formaat ook.</source>
            <translation>This template has US Letter pages, not A4: so will the document.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="173" />
            <source>Word-sjabloon kiezen</source>
            <translation>Choose a Word template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="174" />
            <source>Word-documenten en -sjablonen (*.docx *.dotx)</source>
            <translation>Word documents and templates (*.docx *.dotx)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="180" />
            <source>Rapport opslaan als</source>
            <translation>Save report as</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="207" />
            <source>%1 bestaat al. Wilt u het vervangen?</source>
            <translation>%1 already exists. Do you want to replace it?</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/panel.py" line="57" />
            <source>↑ ↓ kiezen · Enter openen · Esc sluiten</source>
            <translation>↑ ↓ choose · Enter open · Esc close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/panel.py" line="74" />
            <source>zoeken…</source>
            <translation>searching…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/panel.py" line="85" />
            <source>Niet gezocht: de server is niet bereikbaar. Er wordt opnieuw gezocht zodra de verbinding terug is.</source>
            <translation>Not searched: the server cannot be reached. The search runs again as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/panel.py" line="106" />
            <source>Niets gevonden voor “%1”</source>
            <translation>Nothing found for “%1”</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="86" />
            <source>Overige</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="93" />
            <location filename="../../src/ontwikkeltafel/ui/window/help_menu.py" line="60" />
            <source>Op deze pagina</source>
            <translation>On this page</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="139" />
            <source>Sneltoetsen</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="142" />
            <source>Opdracht</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/help_dialogs.py" line="142" />
            <source>Toets</source>
            <translation>Key</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/side_by_side.py" line="191" />
            <source>(leeg)</source>
            <translation>(empty)</translation>
        </message>
    </context>
    <context>
        <name>StandardActions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="79" />
            <source>&amp;Nieuw</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="80" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="81" />
            <source>&amp;Sluiten</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="82" />
            <source>Een nieuw item op deze pagina</source>
            <translation>A new item on this page</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="83" />
            <source>Het gekozen item verwijderen</source>
            <translation>Delete the selected item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/edit_actions.py" line="84" />
            <source>Deze pagina sluiten</source>
            <translation>Close this page</translation>
        </message>
    </context>
    <context>
        <name>TableDashboard</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="120" />
            <source>Openstaande actiepunten</source>
            <translation>Open actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="121" />
            <source>Vragen en zorgen</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="122" />
            <source>Aanwezigheid, laatste 6</source>
            <translation>Attendance, last 6</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="123" />
            <source>Vorige bijeenkomst</source>
            <translation>Last meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="124" />
            <source>Volgende bijeenkomst</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="197" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="242" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="270" />
            <source>(geen organisatie)</source>
            <translation>(no organisation)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="234" />
            <source>Geen openstaande actiepunten.</source>
            <translation>No open actions.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="235" />
            <source>%1 open</source>
            <translation>%1 open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="238" />
            <source>%1 over tijd</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="249" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="287" />
            <source>en %1 andere</source>
            <translation>and %1 more</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="254" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="279" />
            <source>Nog geen bijeenkomst gehouden.</source>
            <translation>No meeting held yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="259" />
            <source>%1% aanwezig</source>
            <translation>%1% present</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="261" />
            <source>(%1 gehouden)</source>
            <translation>(%1 held)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="265" />
            <source>%1 van %2 weg</source>
            <translation>away %1 of %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="281" />
            <source>1 besluit</source>
            <translation>1 decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="281" />
            <source>%1 besluiten</source>
            <translation>%1 decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="293" />
            <source>Geen bijeenkomst gepland.</source>
            <translation>No meeting planned.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="296" />
            <source>Geen uitnodiging gemaakt</source>
            <translation>No invitation made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="297" />
            <source>Vorig verslag niet vastgesteld</source>
            <translation>Last minutes not adopted</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/dashboard.py" line="304" />
            <source>Klaar voor de bijeenkomst</source>
            <translation>Ready for the meeting</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="55" />
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="56" />
            <source>Hoe lang de gegevens van de tafel bewaard blijven</source>
            <translation>How long the table's data is kept</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="72" />
            <source>Thema toevoegen…</source>
            <translation>Add a theme…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="73" />
            <source>&lt;b&gt;Thema's&lt;/b&gt;</source>
            <translation>&lt;b&gt;Themes&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="83" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="142" />
            <source>Bijeenkomst plannen</source>
            <translation>Plan meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="84" />
            <source>De volgende bijeenkomst plannen vanuit het agendasjabloon (Ctrl+N)</source>
            <translation>Plan the next meeting from the agenda template (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="90" />
            <source>Uitnodiging (.ics)</source>
            <translation>Invitation (.ics)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="91" />
            <source>Een agenda-uitnodiging voor de gekozen bijeenkomst opslaan</source>
            <translation>Save a calendar invitation for the chosen meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="95" />
            <source>Actielijst mailen…</source>
            <translation>Mail the action list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="96" />
            <source>De besluiten- en actielijst mailen: na de gekozen of de laatste bijeenkomst</source>
            <translation>Mail the list of decisions and actions: after the chosen or the last meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="101" />
            <source>Tafelrapportage</source>
            <translation>Table report</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="102" />
            <source>Het verslag van alles wat de tafel opleverde, als Word-document</source>
            <translation>The report of everything the table produced, as a Word document</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="106" />
            <source>Besluiten- en actielijst</source>
            <translation>Decisions and action list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="107" />
            <source>De besluitenlijst en de actielijst van de tafel, als Word-document</source>
            <translation>The table's decisions and action list, as a Word document</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="113" />
            <source>Personen importeren…</source>
            <translation>Import people…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="114" />
            <source>Personen uit Excel, CSV of vCard inlezen en aan deze tafel toevoegen</source>
            <translation>Read people from Excel, CSV or vCard and add them to this table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="118" />
            <source>Deelnemers exporteren…</source>
            <translation>Export members…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="119" />
            <source>De deelnemers van de tafel opslaan als Excel-bestand of vCard</source>
            <translation>Save the table's members as an Excel file or vCard</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="124" />
            <source>Geschiedenis van de tafel…</source>
            <translation>Table history…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="125" />
            <source>Wie wat wanneer wijzigde aan de tafel, haar bijeenkomsten en deelnemers</source>
            <translation>Who changed what and when in the table, its meetings and members</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="141" />
            <source>Deelnemer toevoegen</source>
            <translation>Add member</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="151" />
            <source>Gegevens</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="152" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="303" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="153" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="304" />
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="154" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="305" />
            <source>Beschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="155" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="306" />
            <source>Gestart op</source>
            <translation>Started on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="156" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="307" />
            <source>Beëindigd op</source>
            <translation>Ended on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="157" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="308" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="158" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="309" />
            <source>Bewaartermijn</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="260" />
            <source>gestart %1</source>
            <translation>started %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="263" />
            <source>1 deelnemer</source>
            <translation>1 member</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="265" />
            <source>%1 deelnemers</source>
            <translation>%1 members</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="268" />
            <source>1 bijeenkomst</source>
            <translation>1 meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="270" />
            <source>%1 bijeenkomsten</source>
            <translation>%1 meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="277" />
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="325" />
            <source>Tafel wijzigen</source>
            <translation>Edit table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="285" />
            <source>Thema koppelen</source>
            <translation>Link theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="285" />
            <source>Thema ontkoppelen</source>
            <translation>Unlink theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/page.py" line="310" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
    </context>
    <context>
        <name>TablesPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="52" />
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="72" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="53" />
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="71" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="54" />
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="56" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="68" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="69" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="70" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="100" />
            <source>Alle bijeenkomsten</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="102" />
            <source>Nieuwe tafel</source>
            <translation>New table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="103" />
            <source>Een nieuwe tafel maken en openen (Ctrl+N)</source>
            <translation>Make a new table and open it (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="105" />
            <source>Bijeenkomst plannen</source>
            <translation>Plan meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="107" />
            <source>Een bijeenkomst plannen voor de gekozen tafel, vanuit haar agendasjabloon</source>
            <translation>Plan a meeting for the chosen table, from its agenda template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="150" />
            <source>&lt;b&gt;Tafels&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tables&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="214" />
            <source>&lt;b&gt;Alle bijeenkomsten&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="216" />
            <source>&lt;b&gt;Alle bijeenkomsten&lt;/b&gt; (%1)</source>
            <translation>&lt;b&gt;All meetings&lt;/b&gt; (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="221" />
            <source>&lt;b&gt;Bijeenkomsten van %1&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/page.py" line="223" />
            <source>&lt;b&gt;Bijeenkomsten van %1&lt;/b&gt; (%2)</source>
            <translation>&lt;b&gt;Meetings of %1&lt;/b&gt; (%2)</translation>
        </message>
    </context>
    <context>
        <name>TemplatePart</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="217" />
            <source>Agendasjabloon</source>
            <translation>Agenda template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="218" />
            <source>Elke nieuwe bijeenkomst begint met deze agenda</source>
            <translation>Every new meeting starts with this agenda</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="222" />
            <source>Agendapunt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="225" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="228" />
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="248" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="248" />
            <source>Een agendapunt aan het sjabloon toevoegen</source>
            <translation>Add an item to the template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="251" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="252" />
            <source>Het gekozen agendapunt uit het sjabloon halen</source>
            <translation>Take the chosen item out of the template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="257" />
            <source>Omhoog (Ctrl+↑)</source>
            <translation>Up (Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="260" />
            <source>Omlaag (Ctrl+↓)</source>
            <translation>Down (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="297" />
            <source>Sjabloon wijzigen</source>
            <translation>Edit template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="307" />
            <source>Nieuw agendapunt</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="310" />
            <source>Sjabloonpunt toevoegen</source>
            <translation>Add template item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="323" />
            <source>Sjabloonpunt verwijderen</source>
            <translation>Remove template item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/table/parts.py" line="335" />
            <source>Sjabloonpunt verplaatsen</source>
            <translation>Move template item</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/messages.py" line="38" />
            <source>Nog niet opgeslagen; uw invoer blijft staan en wordt over %1 s opnieuw opgeslagen.</source>
            <extracomment>Message boxes wide enough that a sentence or a path does not wrap word by word.</extracomment>
            <translation>Not saved yet; your input stays and is saved again in %1 s.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/messages.py" line="48" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/messages.py" line="61" />
            <source>Er ging iets onverwachts mis (%1); er is niets opgeslagen.</source>
            <translation>Something unexpected went wrong (%1); nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/messages.py" line="62" />
            <source>De details staan in %1.</source>
            <translation>The details are in %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/messages.py" line="93" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="52" />
            <source>Tafels</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="53" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="54" />
            <source>Agendapunten en verslagen</source>
            <translation>Agenda items and minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="55" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="56" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="57" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="58" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="59" />
            <source>Vragen en zorgen</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="60" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="61" />
            <source>Ontwikkelpunten</source>
            <translation>Development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="62" />
            <source>Actiepunten</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/search/results.py" line="69" />
            <source>vertrouwelijk</source>
            <translation>confidential</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/crash_reporting.py" line="49" />
            <source>Er ging iets mis: %1. Details staan in het logbestand %2.</source>
            <translation>Something went wrong: %1. The details are in the log file %2.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/core/crash_reporting.py" line="117" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
    </context>
    <context>
        <name>backup_menu</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="39" />
            <source>Back-&amp;up maken</source>
            <translation>Make a back&amp;up</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="40" />
            <source>Een kopie van de database naast het bestand zetten</source>
            <translation>Put a copy of the database beside its file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="42" />
            <source>Back-up &amp;terugzetten…</source>
            <translation>Res&amp;tore a backup…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="44" />
            <source>De database vervangen door een back-up (de huidige wordt eerst bewaard)</source>
            <translation>Replace the database by a backup (the current one is kept first)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="63" />
            <source>Geen back-up gemaakt</source>
            <translation>No backup made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="66" />
            <source>Back-up gemaakt: %1</source>
            <translation>Backup made: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="70" />
            <source>Back-up gemaakt</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="81" />
            <source>Back-up terugzetten</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="90" />
            <source>Niets teruggezet</source>
            <translation>Nothing restored</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="95" />
            <source>Teruggezet uit %1.</source>
            <translation>Restored from %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="97" />
            <source>De database zoals hij was staat in %1.</source>
            <translation>The database as it was is kept in %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="98" />
            <source>Back-up teruggezet</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/backup_menu.py" line="110" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>FileChoice</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="79" />
            <source>Terug</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="80" />
            <source>Vooruit</source>
            <translation>Forward</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="81" />
            <source>Bovenliggende map</source>
            <translation>Parent folder</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="82" />
            <source>Nieuwe map maken</source>
            <translation>Create new folder</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="83" />
            <source>Lijst</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="84" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="91" />
            <source>&amp;Naam wijzigen</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="92" />
            <source>&amp;Verwijderen</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="93" />
            <source>&amp;Verborgen bestanden tonen</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="94" />
            <source>&amp;Nieuwe map</source>
            <translation>&amp;New folder</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="95" />
            <source>Grootte tonen</source>
            <translation>Show size</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="96" />
            <source>Soort tonen</source>
            <translation>Show kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="97" />
            <source>Datum gewijzigd tonen</source>
            <translation>Show date modified</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="103" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="103" />
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="103" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="103" />
            <source>Gewijzigd</source>
            <translation>Date modified</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="123" />
            <source>Map</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="125" />
            <source>%1-bestand</source>
            <translation>%1 file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="125" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="145" />
            <source>Deze computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="147" />
            <source>Recente mappen</source>
            <translation>Recent places</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="172" />
            <source>Zoeken in:</source>
            <translation>Look in:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="173" />
            <source>Bestandsnaam:</source>
            <translation>File name:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="174" />
            <source>Bestandstype:</source>
            <translation>Files of type:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="175" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="175" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="176" />
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="211" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="208" />
            <source>Bestand vervangen?</source>
            <translation>Replace file?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="209" />
            <source>%1 bestaat al. Wilt u het vervangen?</source>
            <translation>%1 already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_choice.py" line="210" />
            <source>Vervangen</source>
            <translation>Replace</translation>
        </message>
    </context>
    <context>
        <name>export_menu</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="52" />
            <source>&amp;Importeren…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="53" />
            <source>Gegevens inlezen uit een JSON-bestand (export)</source>
            <translation>Read data from a JSON file (an export)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="54" />
            <source>&amp;Personen importeren…</source>
            <translation>Import &amp;people…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="55" />
            <source>Personen inlezen uit Excel, CSV of vCard</source>
            <translation>Read people from Excel, CSV or vCard</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="56" />
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="57" />
            <source>Alle gegevens opslaan in een JSON-bestand</source>
            <translation>Save all data in a JSON file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="59" />
            <source>&amp;Rapport</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="62" />
            <source>&amp;Verslag…</source>
            <translation>&amp;Minutes…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="63" />
            <source>&amp;Convocatie…</source>
            <translation>&amp;Notice of meeting…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="65" />
            <source>&amp;Uitnodiging voor de agenda (.ics)…</source>
            <translation>&amp;Calendar invitation (.ics)…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="68" />
            <source>&amp;Presentielijst…</source>
            <translation>&amp;Attendance list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="75" />
            <source>&amp;Tafelrapportage…</source>
            <translation>&amp;Table report…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="77" />
            <source>&amp;Besluiten- en actielijst…</source>
            <translation>&amp;Decisions and actions…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="133" />
            <source>Kies eerst een bijeenkomst op de pagina Tafels en bijeenkomsten.</source>
            <translation>First choose a meeting on the page Tables and meetings.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="134" />
            <source>Kies eerst een tafel op de pagina Tafels en bijeenkomsten.</source>
            <translation>First choose a table on the page Tables and meetings.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="136" />
            <source>Bijeenkomst: %1</source>
            <translation>Meeting: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="138" />
            <source>Geen bijeenkomst gekozen</source>
            <translation>No meeting chosen</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="145" />
            <source>Tafel: %1</source>
            <translation>Table: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="145" />
            <source>Geen tafel gekozen</source>
            <translation>No table chosen</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="152" />
            <source>Tafel ‘%1’ e&amp;xporteren…</source>
            <translation>E&amp;xport table ‘%1’…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="155" />
            <source>Tafel e&amp;xporteren…</source>
            <translation>E&amp;xport table…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/file_menu.py" line="158" />
            <source>Eén tafel met alles wat erbij hoort opslaan in een JSON-bestand</source>
            <translation>Save one table with everything that belongs to it in a JSON file</translation>
        </message>
    </context>
    <context>
        <name>ImportOffer</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="53" />
            <source>Het bestand bevat geen records.</source>
            <translation>The file holds no records.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="57" />
            <source>%1 nieuw, %2 bestaan al en worden overschreven met de versie uit het bestand.</source>
            <translation>%1 new, %2 exist already and are overwritten with the file's version.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="61" />
            <source>Eerst wordt een back-up gemaakt; het importeren kan niet ongedaan worden.</source>
            <translation>A backup is made first; the import itself cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="62" />
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="64" />
            <source>Het bestand bevat:</source>
            <translation>The file holds:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="63" />
            <source>Alle %1 zijn nieuw.</source>
            <translation>All %1 are new.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="87" />
            <source>%1 wordt gelezen zodra de taak die nu loopt klaar is.</source>
            <translation>%1 is read as soon as the task now running has ended.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="95" />
            <source>%1 wordt gelezen…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="97" />
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="125" />
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="127" />
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="117" />
            <source>Niets geïmporteerd</source>
            <translation>Nothing imported</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="118" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="123" />
            <source>%1 importeren in %2?</source>
            <translation>Import %1 into %2?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/import_offer.py" line="128" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>mail</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="67" />
            <source>Uitnodiging mailen</source>
            <translation>Mail the invitation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="68" />
            <source>Conceptverslag mailen</source>
            <translation>Mail the draft minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="69" />
            <source>Vastgesteld verslag mailen</source>
            <translation>Mail the adopted minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="70" />
            <source>Actielijst mailen</source>
            <translation>Mail the action list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="77" />
            <source>de convocatie (Word) en de uitnodiging voor de agenda (.ics)</source>
            <translation>the notice of meeting (Word) and the calendar invitation (.ics)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="78" />
            <source>het conceptverslag (Word)</source>
            <translation>the draft minutes (Word)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="79" />
            <source>het vastgestelde verslag (Word)</source>
            <translation>the adopted minutes (Word)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="80" />
            <source>de besluiten- en actielijst van de tafel (Word)</source>
            <translation>the table's list of decisions and actions (Word)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="106" />
            <source>niemand (geen e-mailadressen bekend)</source>
            <translation>nobody (no e-mail addresses known)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="110" />
            <source>%1 en %2 anderen</source>
            <translation>%1 and %2 others</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="130" />
            <source>&amp;Deelnemers: zonder vertrouwelijke punten</source>
            <translation>&amp;Participants: without confidential items</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="131" />
            <source>&amp;Intern: alleen aan voorzitter en secretaris</source>
            <translation>&amp;Internal: to the chair and secretary only</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="136" />
            <source>&amp;Openen in mijn mailprogramma</source>
            <translation>&amp;Open in my mail program</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="137" />
            <source>Op&amp;slaan in een map…</source>
            <translation>&amp;Save in a folder…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="150" />
            <source>Bijeenkomst:</source>
            <translation>Meeting:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="151" />
            <source>Bijlagen:</source>
            <translation>Attachments:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="152" />
            <source>Van:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="153" />
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="155" />
            <source>Aan:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="157" />
            <source>Daarna:</source>
            <translation>Then:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="160" />
            <source>De app verstuurt niets: u controleert de concept-e-mail en verstuurt hem zelf.</source>
            <translation>The app sends nothing: you check the draft e-mail and send it yourself.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="166" />
            <source>Concept maken</source>
            <translation>Make draft</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="169" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/mail_dialog.py" line="195" />
            <source>Zonder e-mailadres, niet geadresseerd: %1</source>
            <translation>Without an e-mail address, not addressed: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="30" />
            <source>Uitnodiging mailen…</source>
            <translation>Mail the invitation…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="31" />
            <source>Conceptverslag mailen…</source>
            <translation>Mail the draft minutes…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="32" />
            <source>Vastgesteld verslag mailen…</source>
            <translation>Mail the adopted minutes…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="33" />
            <source>Actielijst mailen…</source>
            <translation>Mail the action list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="62" />
            <source>Mailen</source>
            <translation>Mail</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/mail_menu.py" line="63" />
            <source>Een concept-e-mail met de stukken, voor uw mailprogramma</source>
            <translation>A draft e-mail with the documents, for your mail program</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="41" />
            <source>Uitnodiging</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="42" />
            <source>Conceptverslag</source>
            <translation>Draft minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="43" />
            <source>Vastgesteld verslag</source>
            <translation>Adopted minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="44" />
            <source>Actielijst</source>
            <translation>Action list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="53" />
            <source>Mailteksten</source>
            <translation>Mail texts</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="66" />
            <source>Standaardtekst</source>
            <translation>Default text</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="67" />
            <source>Zet de standaardtekst van deze mail terug</source>
            <translation>Put this mail's default text back</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="74" />
            <source>Invullen: {tafel} {bijeenkomst} {datum} {tijd} {plaats} {agenda} {bijlagen} {naam}</source>
            <translation>Filled in: {tafel} (table) {bijeenkomst} (meeting) {datum} (date) {tijd} (time) {plaats} (place) {agenda} {bijlagen} (attachments) {naam} (your name)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="81" />
            <source>&amp;Mail</source>
            <translation>&amp;Mail</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="84" />
            <source>&amp;Onderwerp</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/mail_texts.py" line="85" />
            <source>&amp;Tekst</source>
            <translation>&amp;Text</translation>
        </message>
    </context>
    <context>
        <name>people_import</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="49" />
            <source>— niet gebruiken —</source>
            <translation>— not used —</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="50" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="78" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="51" />
            <source>Tussenvoegsel</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="52" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="80" />
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="53" />
            <source>Volledige naam</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="54" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="81" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="55" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="82" />
            <source>Functie</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="56" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="83" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="57" />
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="84" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="58" />
            <source>Mobiel</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="65" />
            <source>%1 nieuw, %2 bijwerken, %3 overslaan</source>
            <translation>%1 new, %2 update, %3 skip</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="104" />
            <source>Bestand kiezen</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="106" />
            <source>Een deelnemerslijst uit Excel (.xlsx), een CSV-bestand of een vCard (.vcf).</source>
            <translation>A participant list from Excel (.xlsx), a CSV file or a vCard (.vcf).</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="110" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="120" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="121" />
            <source>Werkblad</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="127" />
            <source>Deelnemerslijst kiezen</source>
            <translation>Choose a participant list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="133" />
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="124" />
            <source>%1 wordt ingelezen…</source>
            <translation>Reading %1…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="145" />
            <source>%1 rijen, %2 kolommen</source>
            <translation>%1 rows, %2 columns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="171" />
            <source>Kolommen</source>
            <translation>Columns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="172" />
            <source>Wat staat er in elke kolom? De gok van het programma is gekozen.</source>
            <translation>What does each column hold? The program's guess is chosen.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="243" />
            <source>Voorbeeld</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="246" />
            <source>Zo worden de rijen opgeslagen; dubbelklik een cel om hem te verbeteren. Rood: een probleem (de rij wordt overgeslagen). Vink een mogelijk dubbele persoon aan om die bij te werken.</source>
            <translation>This is how the rows will be stored; double-click a cell to correct it. Red: a problem (the row is skipped). Tick a possible duplicate to update that person.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="261" />
            <source>— geen tafel —</source>
            <translation>— no table —</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="272" />
            <source>Toevoegen aan tafel</source>
            <translation>Add to table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="274" />
            <source>als</source>
            <translation>as</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_pages.py" line="312" />
            <source>Nieuwe organisatie ‘%1’, sector</source>
            <translation>New organisation ‘%1’, sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="59" />
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="123" />
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="215" />
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="230" />
            <source>Personen importeren</source>
            <translation>Import people</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="79" />
            <source>Volgende &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="80" />
            <source>&lt; Vorige</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="81" />
            <source>Importeren</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="82" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="86" />
            <source>Niets geïmporteerd</source>
            <translation>Nothing imported</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/people_import_wizard.py" line="214" />
            <source>%1 personen worden opgeslagen…</source>
            <translation>Saving %1 people…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="36" />
            <source>bijwerken: %1</source>
            <extracomment>The fields of the columns after Rij, in order; each can be corrected in the view.</extracomment>
            <translation>update: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="55" />
            <source>Lijkt op %1, al bekend bij deze organisatie. Aangevinkt: die persoon bijwerken; uitgevinkt: deze rij overslaan.</source>
            <translation>Looks like %1, already known at this organisation. Ticked: update that person; unticked: skip this row.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="77" />
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="79" />
            <source>Tussenv.</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/people_preview_model.py" line="85" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataBox</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="246" />
            <source>Persoonsgegevens in de deelnemersversie?</source>
            <translation>Personal data in the participants' version?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="247" />
            <source>De deelnemersversie bevat mogelijk persoonsgegevens:</source>
            <translation>The participants' version may contain personal data:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="250" />
            <source>en nog %1 meer</source>
            <translation>and %1 more</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="252" />
            <source>Pas de tekst aan, of maak het document toch als het zo mag.</source>
            <translation>Change the text, or make the document anyway if that is allowed.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="255" />
            <source>Toch opslaan</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/report_dialog.py" line="256" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="100" />
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="356" />
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="102" />
            <source>Gegevens over de bewaartermijn</source>
            <translation>Data past its retention period</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="109" />
            <source>Een gesloten tafel wordt bewaard tot de einddatum plus de bewaartermijn van de tafel; een losse bijeenkomst tot de datum plus de standaardtermijn uit Voorkeuren (%1 jaar). Hieronder staat wat daar voorbij is. Er is nog niets verwijderd.</source>
            <translation>A closed table is kept until its end date plus the table's retention period; a stand-alone meeting until its date plus the default period in Preferences (%1 years). Below is what is past that. Nothing has been removed yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="138" />
            <source>Verwijderen kan niet ongedaan worden gemaakt: de tafels en bijeenkomsten, met alles wat erbij hoort en hun geschiedenis, zijn daarna uit de database verdwenen. Back-ups bevatten ze nog.</source>
            <translation>Removing cannot be undone: the tables and meetings, with everything that belongs to them and their history, are gone from the database afterwards. Backups still hold them.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="147" />
            <source>Verwijderen…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="150" />
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="292" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="173" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="181" />
            <source>Niet geladen: de server is niet bereikbaar.</source>
            <translation>Not loaded: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="192" />
            <source>%1 tafel(s) en %2 losse bijeenkomst(en) zijn over de bewaartermijn.</source>
            <translation>%1 table(s) and %2 stand-alone meeting(s) are past their retention period.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="197" />
            <source>Niets is over de bewaartermijn.</source>
            <translation>Nothing is past its retention period.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="200" />
            <source>Gesloten zonder einddatum, niet beoordeeld (vul de einddatum in): %1</source>
            <translation>Closed without an end date, not judged (fill in the end date): %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="206" />
            <source>Daarna staan deze personen in geen enkel gegeven meer: %1.</source>
            <translation>Afterwards these people are in no record any more: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="224" />
            <source>Verwijderen?</source>
            <translation>Delete?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="225" />
            <source>%1 tafel(s) en %2 losse bijeenkomst(en) definitief verwijderen?</source>
            <translation>Remove %1 table(s) and %2 stand-alone meeting(s) for good?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="236" />
            <source>Met alles wat erbij hoort: %1. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>With everything that belongs to them: %1. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="240" />
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="308" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="241" />
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="309" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="272" />
            <source>Gegevens verwijderd</source>
            <translation>Data removed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="277" />
            <source>Deze personen staan nu in geen enkel gegeven meer: %1. Ze zijn niet verwijderd.</source>
            <translation>These people are in no record any more: %1. They were not erased.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="281" />
            <source>Personen verwijderen…</source>
            <translation>Erase these people…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="299" />
            <source>Personen verwijderen?</source>
            <translation>Erase these people?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="300" />
            <source>%1 verwijderen?</source>
            <translation>Delete %1?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="304" />
            <source>Ze staan in geen enkele tafel of bijeenkomst meer. Hun gegevens en hun eigen geschiedenis worden verwijderd. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>They are in no table or meeting any more. Their details and their own history are erased. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="330" />
            <source>Verwijderd: %1.</source>
            <translation>Erased: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="335" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="355" />
            <source>De gegevens worden verwijderd en het databasebestand opnieuw geschreven…</source>
            <translation>The data is being removed and the database file written anew…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="364" />
            <source>Eerst opslaan</source>
            <translation>Save first</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="365" />
            <source>Niet alle invoer is opgeslagen. Verbeter eerst de rode melding.</source>
            <translation>Not all input has been saved. First correct the red message.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="372" />
            <source>Niets veranderd</source>
            <translation>Nothing changed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="396" />
            <source>Be&amp;waartermijnen…</source>
            <translation>Rete&amp;ntion periods…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/retention_dialog.py" line="398" />
            <source>Tafels en losse bijeenkomsten over de bewaartermijn bekijken en verwijderen</source>
            <translation>See and remove tables and stand-alone meetings past their retention period</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="24" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="24" />
            <source>Losse bijeenkomst</source>
            <translation>Stand-alone meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="41" />
            <source>Gesloten op %1; bewaartermijn van de tafel: %2 jaar</source>
            <translation>Closed on %1; the table's retention period: %2 years</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="45" />
            <source>Datum van de bijeenkomst; standaardbewaartermijn: %1 jaar</source>
            <translation>Date of the meeting; default retention period: %1 years</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="57" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="58" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="59" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="60" />
            <source>Bewaren tot</source>
            <translation>Keep until</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/retention_model.py" line="61" />
            <source>Inhoud</source>
            <translation>Contents</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="40" />
            <source>Verslag maken</source>
            <translation>Make minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="41" />
            <source>Het verslag wordt gemaakt…</source>
            <translation>Making the minutes…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="42" />
            <source>Het verslag is opgeslagen.</source>
            <translation>The minutes have been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="43" />
            <source>Geen verslag gemaakt</source>
            <translation>No minutes made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="46" />
            <source>Convocatie maken</source>
            <translation>Make notice of meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="47" />
            <source>De convocatie wordt gemaakt…</source>
            <translation>Making the notice of meeting…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="48" />
            <source>De convocatie is opgeslagen.</source>
            <translation>The notice of meeting has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="49" />
            <source>Geen convocatie gemaakt</source>
            <translation>No notice of meeting made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="52" />
            <source>Presentielijst maken</source>
            <translation>Make attendance list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="53" />
            <source>De presentielijst wordt gemaakt…</source>
            <translation>Making the attendance list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="54" />
            <source>De presentielijst is opgeslagen.</source>
            <translation>The attendance list has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="55" />
            <source>Geen presentielijst gemaakt</source>
            <translation>No attendance list made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="58" />
            <source>Tafelrapportage maken</source>
            <translation>Make table report</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="59" />
            <source>De tafelrapportage wordt gemaakt…</source>
            <translation>Making the table report…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="60" />
            <source>De tafelrapportage is opgeslagen.</source>
            <translation>The table report has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="61" />
            <source>Geen tafelrapportage gemaakt</source>
            <translation>No table report made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="64" />
            <source>Besluiten- en actielijst maken</source>
            <translation>Make decisions and actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="65" />
            <source>De besluiten- en actielijst wordt gemaakt…</source>
            <translation>Making the decisions and actions…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="66" />
            <source>De besluiten- en actielijst is opgeslagen.</source>
            <translation>The decisions and actions have been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="67" />
            <source>Geen besluiten- en actielijst gemaakt</source>
            <translation>No decisions and actions made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="70" />
            <source>Uitnodiging opslaan</source>
            <translation>Save invitation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="71" />
            <source>De uitnodiging wordt gemaakt…</source>
            <translation>Making the invitation…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="72" />
            <source>De uitnodiging is opgeslagen.</source>
            <translation>The invitation has been saved.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="73" />
            <source>Geen uitnodiging gemaakt</source>
            <translation>No invitation made</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="85" />
            <source>Verslag van</source>
            <translation>Minutes of</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="86" />
            <source>Presentielijst van</source>
            <translation>Attendance list of</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="87" />
            <source>Convocatie voor</source>
            <translation>Notice of meeting for</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="97" />
            <source>Tafelrapportage van</source>
            <translation>Table report of</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="97" />
            <source>Besluiten- en actielijst van</source>
            <translation>Decisions and actions of</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/exports/texts.py" line="105" />
            <source>Toegevoegd: %1 records; bijgewerkt: %2.</source>
            <translation>Added: %1 records; updated: %2.</translation>
        </message>
    </context>
    <context>
        <name>person_rights</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="93" />
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="143" />
            <source>Anonimiseren</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="102" />
            <source>De naam, het e-mailadres en het telefoonnummer worden overal vervangen door de rol hieronder: in de persoonsgegevens, in alle teksten, in vastgestelde verslagen en in de geschiedenis.</source>
            <translation>The name, e-mail address and phone number are replaced everywhere by the role below: in the personal details, in all texts, in adopted minutes and in the history.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="109" />
            <source>Bijvoorbeeld: medewerker KION</source>
            <translation>For example: medewerker KION</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="111" />
            <source>&amp;Vervangen door:</source>
            <translation>&amp;Replace by:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="135" />
            <source>Dit kan niet ongedaan worden gemaakt: de oude gegevens zijn daarna uit de database verdwenen, ook voor Ctrl+Z.</source>
            <translation>This cannot be undone: the old data is gone from the database afterwards, Ctrl+Z included.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="146" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="317" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="351" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="482" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="175" />
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="193" />
            <source>‘%1’ anonimiseren</source>
            <translation>Anonymise ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="177" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="174" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="186" />
            <source>Niet geladen: de server is niet bereikbaar. Sluit en probeer het later opnieuw.</source>
            <translation>Not loaded: the server cannot be reached. Close and try again later.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="218" />
            <source>%1 tekst noemt deze persoon</source>
            <translation>%1 text names this person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="218" />
            <source>%1 teksten noemen deze persoon</source>
            <translation>%1 texts name this person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="221" />
            <source>, %1 keer</source>
            <translation>, %1 times</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="222" />
            <source>Geen tekst noemt deze persoon.</source>
            <translation>No text names this person.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="226" />
            <source>Niet vervangen, want ook de naam van iemand anders: %1.</source>
            <translation>Not replaced, as it is also someone else's name: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="232" />
            <source>%1 regel in de geschiedenis wordt herschreven.</source>
            <translation>%1 history entry will be rewritten.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="233" />
            <source>%1 regels in de geschiedenis worden herschreven.</source>
            <translation>%1 history entries will be rewritten.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/anonymise_dialog.py" line="244" />
            <source>De rol mag de naam van de persoon niet bevatten.</source>
            <translation>The role may not contain the person's name.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="89" />
            <source>Persoonsgegevens (AVG)</source>
            <translation>Personal data (GDPR)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="103" />
            <source>Inzien…</source>
            <translation>Inspect…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="105" />
            <source>Alles wat over deze persoon is vastgelegd opslaan, als Word- of JSON-bestand</source>
            <translation>Save everything recorded about this person, as a Word or JSON file</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="108" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="350" />
            <source>Anonimiseren…</source>
            <translation>Anonymise…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="110" />
            <source>De naam overal vervangen door een rol; wat de persoon deed blijft bewaard</source>
            <translation>Replace the name everywhere by a role; what the person did is kept</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="113" />
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="316" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="115" />
            <source>Deze persoon helemaal verwijderen, als niets de persoon nog nodig heeft</source>
            <translation>Erase this person completely, if nothing needs them any more</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="167" />
            <source>Niet geladen: de server is niet bereikbaar.</source>
            <translation>Not loaded: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="306" />
            <source>Verwijderen?</source>
            <translation>Delete?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="307" />
            <source>‘%1’ verwijderen?</source>
            <translation>Delete ‘%1’?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="311" />
            <source>Niets heeft deze persoon nog nodig. De persoon, de tafellidmaatschappen en de eigen geschiedenis worden verwijderd; waar de geschiedenis de naam noemt, komt ‘(verwijderde persoon)’ te staan.

Dit kan niet ongedaan worden gemaakt.</source>
            <translation>Nothing needs this person any more. The person, their table memberships and their own history are erased; where the history names them, it will say ‘(verwijderde persoon)’.

This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="336" />
            <source>Niet te verwijderen</source>
            <translation>Cannot be erased</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="337" />
            <source>‘%1’ kan niet worden verwijderd. Deze persoon is nog nodig voor:</source>
            <translation>‘%1’ cannot be erased. This person is still needed for:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="346" />
            <source>Anonimiseer deze persoon in plaats daarvan: de naam wordt dan overal vervangen door een rol, en wat de persoon deed blijft bewaard.</source>
            <translation>Anonymise this person instead: the name is then replaced by a role everywhere, and what the person did is kept.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="396" />
            <source>opslaan…</source>
            <translation>saving…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="406" />
            <source>Niet opgeslagen: de server is niet bereikbaar.</source>
            <translation>Not stored: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="410" />
            <source>Eerst opslaan</source>
            <translation>Save first</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="412" />
            <source>Niet alle invoer is opgeslagen. Verbeter eerst de rode melding, of maak de invoer ongedaan met Ctrl+Z.</source>
            <translation>Not all input has been saved. First correct the red message, or undo the input with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="429" />
            <source>De gegevens worden herschreven en het databasebestand opnieuw geschreven…</source>
            <translation>The data is being rewritten and the database file written anew…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="430" />
            <source>Persoonsgegevens</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="436" />
            <source>Verwijderd</source>
            <translation>Erased</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="442" />
            <source>Geanonimiseerd</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="461" />
            <source>Back-ups verwijderen…</source>
            <translation>Remove backups…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="464" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="472" />
            <source>Back-ups verwijderen?</source>
            <translation>Remove backups?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="473" />
            <source>%1 back-ups verwijderen?</source>
            <translation>Remove %1 backups?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="477" />
            <source>De back-ups in %1 worden verwijderd, met alle andere gegevens die erin staan. Dit kan niet ongedaan worden gemaakt.</source>
            <translation>The backups in %1 will be removed, with all the other data in them. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="481" />
            <source>Back-ups verwijderen</source>
            <translation>Remove backups</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="492" />
            <source>Back-ups verwijderd</source>
            <translation>Backups removed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/person_rights.py" line="498" />
            <source>Niets veranderd</source>
            <translation>Nothing changed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="24" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="25" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="26" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="27" />
            <source>Agendasjabloon</source>
            <translation>Agenda template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="28" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="29" />
            <source>Ontwikkelpunt</source>
            <translation>Development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="30" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="31" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="32" />
            <source>Agendapunt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="33" />
            <source>Vraag of zorg</source>
            <translation>Question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="34" />
            <source>Actiepunt</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="35" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="43" />
            <source>Vastgesteld verslag</source>
            <translation>Adopted minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="61" />
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="62" />
            <source>Tekst nu</source>
            <translation>Text now</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/mentions_model.py" line="63" />
            <source>Wordt</source>
            <translation>Becomes</translation>
        </message>
    </context>
    <context>
        <name>DeleteQuestion</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="14" />
            <source>%1 tafellidmaatschap</source>
            <translation>%1 table membership</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="14" />
            <source>%1 tafellidmaatschappen</source>
            <translation>%1 table memberships</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="16" />
            <source>%1 plaats op een presentielijst</source>
            <translation>%1 place on an attendance list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="17" />
            <source>%1 plaatsen op presentielijsten</source>
            <translation>%1 places on attendance lists</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="20" />
            <source>%1 bijeenkomst als voorzitter</source>
            <translation>%1 meeting as chair</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="21" />
            <source>%1 bijeenkomsten als voorzitter</source>
            <translation>%1 meetings as chair</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="24" />
            <source>%1 bijeenkomst als notulist</source>
            <translation>%1 meeting as minute-taker</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="25" />
            <source>%1 bijeenkomsten als notulist</source>
            <translation>%1 meetings as minute-taker</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="28" />
            <source>%1 agendapunt als inleider</source>
            <translation>%1 agenda item as presenter</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="29" />
            <source>%1 agendapunten als inleider</source>
            <translation>%1 agenda items as presenter</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="32" />
            <source>%1 ingebrachte vraag of zorg</source>
            <translation>%1 concern raised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="33" />
            <source>%1 ingebrachte vragen en zorgen</source>
            <translation>%1 concerns raised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="36" />
            <source>%1 goed voorbeeld als contactpersoon</source>
            <translation>%1 good practice as contact</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="37" />
            <source>%1 goede voorbeelden als contactpersoon</source>
            <translation>%1 good practices as contact</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="40" />
            <source>%1 ontwikkelpunt als eigenaar</source>
            <translation>%1 development point as owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="41" />
            <source>%1 ontwikkelpunten als eigenaar</source>
            <translation>%1 development points as owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="43" />
            <source>%1 actiepunt op naam</source>
            <translation>%1 action assigned</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="43" />
            <source>%1 actiepunten op naam</source>
            <translation>%1 actions assigned</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="44" />
            <source>%1 persoon</source>
            <translation>%1 person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="44" />
            <source>%1 personen</source>
            <translation>%1 people</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="45" />
            <source>%1 goed voorbeeld</source>
            <translation>%1 good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="45" />
            <source>%1 goede voorbeelden</source>
            <translation>%1 good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="52" />
            <source>%1 andere verwijzing</source>
            <translation>%1 other reference</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="52" />
            <source>%1 andere verwijzingen</source>
            <translation>%1 other references</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="65" />
            <source>De personen en goede voorbeelden blijven, zonder deze organisatie. Met Ctrl+Z zet je alles terug.</source>
            <translation>The people and good practices stay, without this organisation. Ctrl+Z puts everything back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="69" />
            <source>Lidmaatschappen en plaatsen op presentielijsten gaan mee; elders blijft het veld leeg. Met Ctrl+Z zet je alles terug.</source>
            <translation>Memberships and places on attendance lists go too; elsewhere the field is left empty. Ctrl+Z puts everything back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="81" />
            <source>Verwijderen?</source>
            <translation>Delete?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="82" />
            <source>%1 verwijderen?</source>
            <translation>Delete %1?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="85" />
            <source>Hieraan hangen nog:</source>
            <translation>Still linked to it:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="87" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/delete_question.py" line="88" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="92" />
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="94" />
            <source>Geschiedenis van %1</source>
            <translation>History of %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="116" />
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="199" />
            <source>Van dit gegeven is nog geen geschiedenis bewaard.</source>
            <translation>No history has been kept of this record yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="119" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="124" />
            <source>Deze versie &amp;terugzetten</source>
            <translation>&amp;Restore this version</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="127" />
            <source>Maak de gekozen versie weer de huidige tekst (ongedaan maken met Ctrl+Z)</source>
            <translation>Make the chosen version the current text again (undo with Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="171" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="185" />
            <source>Niet geladen: de server is niet bereikbaar. De geschiedenis wordt geladen zodra de verbinding terug is.</source>
            <translation>Not loaded: the server cannot be reached. The history is loaded as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="228" />
            <source>Voor: %1</source>
            <translation>Before: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="230" />
            <source>Na: %1</source>
            <translation>After: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="239" />
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="248" />
            <source>Huidige tekst</source>
            <translation>Current text</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="245" />
            <source>Eerdere versie (van vóór de geschiedenis)</source>
            <translation>Earlier version (from before the history)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="247" />
            <source>Versie van %1</source>
            <translation>Version of %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="264" />
            <source>%1 teruggezet naar de versie van %2</source>
            <translation>%1 restored to the version of %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="282" />
            <source>De versie van %1 is teruggezet. Ongedaan maken met Ctrl+Z.</source>
            <translation>The version of %1 has been restored. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/history_dialog.py" line="291" />
            <source>opslaan…</source>
            <translation>saving…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="32" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="33" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="34" />
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="35" />
            <source>Beschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="36" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="38" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="39" />
            <source>Volgorde</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="40" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="41" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="42" />
            <source>Agendapunt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="43" />
            <source>Gestart op</source>
            <translation>Started on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="44" />
            <source>Beëindigd op</source>
            <translation>Ended on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="45" />
            <source>Bewaartermijn</source>
            <translation>Retention period</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="46" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="47" />
            <source>Agendasjabloon</source>
            <translation>Agenda template</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="48" />
            <source>Begin</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="49" />
            <source>Einde</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="50" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="51" />
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="52" />
            <source>Notulist</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="53" />
            <source>Verslag vastgesteld op</source>
            <translation>Minutes adopted on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="54" />
            <source>Wijzigingen bij vaststelling</source>
            <translation>Changes at adoption</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="55" />
            <source>Geplande duur (minuten)</source>
            <translation>Planned duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="56" />
            <source>Inleider</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="57" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="58" />
            <source>Vertrouwelijk</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="59" />
            <source>Vragen en zorgen</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="60" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="61" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="62" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="63" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="64" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="65" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="66" />
            <source>Tussenvoegsel</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="67" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="68" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="69" />
            <source>Functie</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="70" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="71" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="72" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="73" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="74" />
            <source>Korte naam</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="75" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="76" />
            <source>Contactpersoon</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="77" />
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="78" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="79" />
            <source>Succesfactoren</source>
            <translation>Success factors</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="80" />
            <source>Ingebracht door</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="81" />
            <source>Ingebracht in</source>
            <translation>Raised in</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="82" />
            <source>Prioriteit</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="83" />
            <source>Afhandeling</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="84" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="85" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="86" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="191" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="215" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="87" />
            <source>Afgerond op</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="94" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="95" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="96" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="97" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="98" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="192" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="216" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="99" />
            <source>Aanwezigheid</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="134" />
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="219" />
            <source>(leeg)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="136" />
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="136" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="145" />
            <source>%n onderdelen</source>
            <translation>%n items</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="165" />
            <source>aangemaakt</source>
            <translation>created</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="167" />
            <source>verwijderd</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="193" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="194" />
            <source>Wijziging</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="206" />
            <source>eerder</source>
            <translation>earlier</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="218" />
            <source>Tekst</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/history_model.py" line="227" />
            <source>%1 (huidige tekst)</source>
            <translation>%1 (current text)</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="54" />
            <source>Kies een organisatie…</source>
            <translation>Choose an organisation…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="60" />
            <source>Persoon ‘%1’</source>
            <translation>Person ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="64" />
            <source>Persoon</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="65" />
            <source>Kies links een persoon, of maak een nieuwe met Ctrl+N.</source>
            <translation>Choose a person on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="67" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="68" />
            <source>Tussenvoegsel</source>
            <translation>Prefix</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="68" />
            <source>bijvoorbeeld: de, van der</source>
            <translation>for example: de, van der</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="69" />
            <source>Achternaam</source>
            <translation>Surname</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="70" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="86" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="71" />
            <source>Functie</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="71" />
            <source>bijvoorbeeld: pedagogisch coach</source>
            <translation>for example: teaching coach</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="72" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="72" />
            <source>naam@organisatie.nl</source>
            <translation>name@organisation.nl</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="73" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="73" />
            <source>bijvoorbeeld: 030 123 45 67</source>
            <translation>for example: 030 123 45 67</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="74" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="93" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="268" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="76" />
            <source>Nieuwe persoon maken</source>
            <translation>Create new person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="87" />
            <source>Kies links een organisatie, of maak een nieuwe met Ctrl+N.</source>
            <translation>Choose an organisation on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="89" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="107" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="90" />
            <source>Korte naam</source>
            <translation>Short name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="90" />
            <source>bijv. KUS, voor in verslagen</source>
            <translation>e.g. KUS, for the minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="91" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="92" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="95" />
            <source>Nieuwe organisatie maken</source>
            <translation>Create new organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="96" />
            <source>Organisatie ‘%1’</source>
            <translation>Organisation ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="105" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="106" />
            <source>Kies links een thema, of maak een nieuw thema met Ctrl+N.</source>
            <translation>Choose a theme on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="107" />
            <source>bijvoorbeeld: warme overdracht</source>
            <translation>for example: warm handover</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="108" />
            <source>Nieuw thema maken</source>
            <translation>Create new theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="109" />
            <source>Thema ‘%1’</source>
            <translation>Theme ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="117" />
            <source>Nieuwe vraag maken</source>
            <translation>Create new question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="118" />
            <source>Nieuwe zorg maken</source>
            <translation>Create new concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="119" />
            <source>Nieuw knelpunt maken</source>
            <translation>Create new bottleneck</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="130" />
            <source>Vraag ‘%1’</source>
            <translation>Question ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="131" />
            <source>Zorg ‘%1’</source>
            <translation>Concern ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="132" />
            <source>Knelpunt ‘%1’</source>
            <translation>Bottleneck ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="142" />
            <source>Vraag, zorg of knelpunt</source>
            <translation>Question, concern or bottleneck</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="143" />
            <source>Kies links een vraag, zorg of knelpunt, of maak een nieuwe met Ctrl+N.</source>
            <translation>Choose a question, concern or bottleneck on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="145" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="187" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="227" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="146" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="147" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="228" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="264" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="148" />
            <source>Prioriteit</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="149" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="230" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="266" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="149" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="230" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="266" />
            <source>Kies een tafel…</source>
            <translation>Choose a table…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="150" />
            <source>Ingebracht door</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="150" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="190" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="229" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="262" />
            <source>Kies een persoon…</source>
            <translation>Choose a person…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="153" />
            <source>Ingebracht in</source>
            <translation>Raised in</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="155" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="267" />
            <source>Kies een bijeenkomst…</source>
            <translation>Choose a meeting…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="157" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="231" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="160" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="200" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="162" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="202" />
            <source>Thema toevoegen…</source>
            <translation>Add a theme…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="163" />
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="203" />
            <source>Nog geen thema's</source>
            <translation>No themes yet</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="167" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="169" />
            <source>Goed voorbeeld toevoegen…</source>
            <translation>Add a good practice…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="170" />
            <source>Nog geen goede voorbeelden</source>
            <translation>No good practices yet</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="172" />
            <source>Afhandeling</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="172" />
            <source>Wat is ermee gedaan?</source>
            <translation>What was done about it?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="184" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="185" />
            <source>Kies links een goed voorbeeld, of maak een nieuw voorbeeld met Ctrl+N.</source>
            <translation>Choose a good practice on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="188" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="188" />
            <source>In één of twee zinnen</source>
            <translation>In one or two sentences</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="189" />
            <source>Beschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="190" />
            <source>Contactpersoon</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="193" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="195" />
            <source>Organisatie toevoegen…</source>
            <translation>Add an organisation…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="196" />
            <source>Nog geen organisaties</source>
            <translation>No organisations yet</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="205" />
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="206" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="206" />
            <source>Waar komt het voorbeeld vandaan?</source>
            <translation>Where does the practice come from?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="207" />
            <source>Succesfactoren</source>
            <translation>Success factors</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="209" />
            <source>Nieuw goed voorbeeld maken</source>
            <translation>Create new good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="210" />
            <source>Goed voorbeeld ‘%1’</source>
            <translation>Good practice ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="220" />
            <source>Nieuw ontwikkelpunt maken</source>
            <translation>Create new development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="224" />
            <source>Ontwikkelpunt</source>
            <translation>Development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="225" />
            <source>Kies links een ontwikkelpunt, of maak een nieuw ontwikkelpunt met Ctrl+N.</source>
            <translation>Choose a development point on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="229" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="234" />
            <source>Vragen en zorgen</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="236" />
            <source>Vraag of zorg toevoegen…</source>
            <translation>Add a concern…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="237" />
            <source>Nog geen vragen of zorgen</source>
            <translation>No concerns yet</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="241" />
            <source>Ontwikkelpunt ‘%1’</source>
            <translation>Development point ‘%1’</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="253" />
            <source>Nieuw actiepunt maken</source>
            <translation>Create new action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="257" />
            <source>Actiepunt</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="258" />
            <source>Kies links een actiepunt, of maak een nieuw actiepunt met Ctrl+N.</source>
            <translation>Choose an action on the left, or make a new one with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="260" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="261" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="261" />
            <source>Wat moet er gebeuren?</source>
            <translation>What needs to be done?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="262" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="263" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="265" />
            <source>Afgerond op</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="267" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/kinds.py" line="271" />
            <source>Actiepunt %1</source>
            <translation>Action %1</translation>
        </message>
    </context>
    <context>
        <name>table_history</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="56" />
            <source>Geschiedenis van de tafel</source>
            <translation>Table history</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="61" />
            <source>Filteren: wie, onderdeel, veld of waarde…</source>
            <translation>Filter: who, part, field or value…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="82" />
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="130" />
            <source>Van deze tafel is nog geen geschiedenis bewaard.</source>
            <translation>No history of this table has been kept yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="85" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="88" />
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="124" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="138" />
            <source>Niet geladen: de server is niet bereikbaar. De geschiedenis wordt geladen zodra de verbinding terug is.</source>
            <translation>Not loaded: the server cannot be reached. The history is loaded as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="159" />
            <source>%1 van %2 wijzigingen</source>
            <translation>%1 of %2 changes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="165" />
            <source>1 wijziging</source>
            <translation>1 change</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/forms/table_history_dialog.py" line="167" />
            <source>%1 wijzigingen</source>
            <translation>%1 changes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="40" />
            <source>tafel</source>
            <translation>table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="43" />
            <source>bijeenkomst %1</source>
            <translation>meeting %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="45" />
            <source>(onbekende persoon)</source>
            <translation>(unknown person)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="46" />
            <source>deelnemer %1</source>
            <translation>member %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="46" />
            <source>aanwezigheid %1</source>
            <translation>attendance %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="50" />
            <source>actie %1</source>
            <translation>action %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="52" />
            <source>agendapunt %1</source>
            <translation>agenda item %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="53" />
            <source>besluit %1</source>
            <translation>decision %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="54" />
            <source>vraag of zorg %1</source>
            <translation>concern %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="55" />
            <source>ontwikkelpunt %1</source>
            <translation>development point %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="143" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="144" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="145" />
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="146" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="147" />
            <source>Oud</source>
            <translation>Old</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/models/table_history_model.py" line="148" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
    </context>
    <context>
        <name>ChoiceBox</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/choice_box.py" line="155" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/choice_box.py" line="167" />
            <source>niet geladen</source>
            <translation>not loaded</translation>
        </message>
    </context>
    <context>
        <name>list_pages</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="27" />
            <source>Alle tafels</source>
            <translation>All tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="35" />
            <source>Alle perioden</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="36" />
            <source>Vanaf vandaag</source>
            <translation>From today</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="38" />
            <source>Afgelopen 12 maanden</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="41" />
            <source>Dit jaar</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="43" />
            <source>Vorig jaar</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="51" />
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="57" />
            <source>Vragen, zorgen en knelpunten</source>
            <translation>Questions, concerns and bottlenecks</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="66" />
            <source>Alle thema's</source>
            <translation>All themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="72" />
            <source>Alle actiepunten</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="73" />
            <source>Openstaand</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="74" />
            <source>Over tijd</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/filters.py" line="81" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="252" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="70" />
            <source>Nog geen %1. Importeer gegevens via Bestand of laad de demo.</source>
            <translation>No %1 yet. Import data via File or load the demo.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="75" />
            <source>Nog geen %1. Maak er een met Ctrl+N, of importeer gegevens via Bestand.</source>
            <translation>No %1 yet. Make one with Ctrl+N, or import data through File.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="89" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="90" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="91" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="171" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="92" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="172" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="216" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="241" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="93" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="176" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="218" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="242" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="97" />
            <source>bijeenkomst</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="97" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="98" />
            <source>bijeenkomsten</source>
            <translation>meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="111" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="112" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="131" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="113" />
            <source>Functie</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="114" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="118" />
            <source>persoon</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="118" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="119" />
            <source>personen</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="132" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="133" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="137" />
            <source>organisatie</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="137" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="138" />
            <source>organisaties</source>
            <translation>organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="149" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="150" />
            <source>Tafels</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="151" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="153" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="158" />
            <source>thema</source>
            <translation>theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="158" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="159" />
            <source>thema's</source>
            <translation>themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="170" />
            <source>Vraag of zorg</source>
            <translation>Question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="173" />
            <source>Prioriteit</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="174" />
            <source>Ingebracht door</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="175" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="180" />
            <source>vraag of zorg</source>
            <translation>question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="180" />
            <source>vragen en zorgen</source>
            <translation>questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="181" />
            <source>vragen of zorgen</source>
            <translation>questions or concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="195" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="196" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="197" />
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="198" />
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="202" />
            <source>goed voorbeeld</source>
            <translation>good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="202" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="203" />
            <source>goede voorbeelden</source>
            <translation>good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="215" />
            <source>Ontwikkelpunt</source>
            <translation>Development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="217" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="222" />
            <source>ontwikkelpunt</source>
            <translation>development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="222" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="223" />
            <source>ontwikkelpunten</source>
            <translation>development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="237" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="238" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="239" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="240" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="246" />
            <source>actiepunt</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="246" />
            <location filename="../../src/ontwikkeltafel/ui/lists/kinds.py" line="247" />
            <source>actiepunten</source>
            <translation>actions</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="111" />
            <source>Zoeken in de lijst…</source>
            <translation>Search the list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="231" />
            <source>Van het zoekveld naar de lijst</source>
            <translation>From the filter box into the list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="232" />
            <source>Van de eerste rij terug naar het zoekveld</source>
            <translation>From the first row back to the filter box</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="274" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="274" />
            <source>niet geladen</source>
            <translation>not loaded</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="281" />
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="284" />
            <source>Niet geladen: de server is niet bereikbaar. De lijst wordt geladen zodra de verbinding terug is.</source>
            <translation>Not loaded: the server cannot be reached. The list is loaded as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/lists/list_page.py" line="291" />
            <source>Niets gevonden. Pas de zoektekst of de filters aan.</source>
            <translation>Nothing found. Change the search text or the filters.</translation>
        </message>
    </context>
    <context>
        <name>FirstPageEdits</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="48" />
            <source>%1 bijeenkomst</source>
            <translation>%1 meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="48" />
            <source>%1 bijeenkomsten</source>
            <translation>%1 meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="49" />
            <source>%1 agendapunt</source>
            <translation>%1 agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="49" />
            <source>%1 agendapunten</source>
            <translation>%1 agenda items</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="50" />
            <source>%1 besluit</source>
            <translation>%1 decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="50" />
            <source>%1 besluiten</source>
            <translation>%1 decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="51" />
            <source>%1 actiepunt</source>
            <translation>%1 action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="51" />
            <source>%1 actiepunten</source>
            <translation>%1 actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="52" />
            <source>%1 vraag of zorg</source>
            <translation>%1 question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="52" />
            <source>%1 vragen en zorgen</source>
            <translation>%1 questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="53" />
            <source>%1 ontwikkelpunt</source>
            <translation>%1 development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="53" />
            <source>%1 ontwikkelpunten</source>
            <translation>%1 development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="54" />
            <source>%1 deelnemer</source>
            <translation>%1 member</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="54" />
            <source>%1 deelnemers</source>
            <translation>%1 members</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="55" />
            <source>%1 aanwezigheidsregel</source>
            <translation>%1 attendance record</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="55" />
            <source>%1 aanwezigheidsregels</source>
            <translation>%1 attendance records</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="57" />
            <source>%1 actiepunt van deze bijeenkomst blijft op de actielijst.</source>
            <translation>%1 action of this meeting stays on the action list.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="58" />
            <source>%1 actiepunten van deze bijeenkomst blijven op de actielijst.</source>
            <translation>%1 actions of this meeting stay on the action list.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="71" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="91" />
            <source>De tafel ‘%1’ verwijderen?</source>
            <translation>Delete the table ‘%1’?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="92" />
            <source>Tafel verwijderen</source>
            <translation>Delete table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="95" />
            <source>De bijeenkomst ‘%1’ verwijderen?</source>
            <translation>Delete the meeting ‘%1’?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="96" />
            <source>Bijeenkomst verwijderen</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="101" />
            <source>Daarmee verdwijnen ook: %1.</source>
            <translation>This also removes: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/deleting.py" line="104" />
            <source>Ongedaan maken kan met Ctrl+Z.</source>
            <translation>Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="47" />
            <source>Nieuwe tafel</source>
            <translation>New table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="49" />
            <source>bijvoorbeeld: Onderwijs en zorg vinden elkaar!</source>
            <translation>for example: Education and care meet!</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="52" />
            <source>Maken</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="54" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="58" />
            <source>Naam van de tafel:</source>
            <translation>Name of the table:</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="86" />
            <source>Tafel maken</source>
            <translation>Make table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/record/creating.py" line="100" />
            <source>Bijeenkomst plannen</source>
            <translation>Plan meeting</translation>
        </message>
    </context>
    <context>
        <name>FirstPageLoading</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/loading.py" line="22" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/loading.py" line="27" />
            <source>niet geladen</source>
            <translation>not loaded</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/loading.py" line="55" />
            <source>Laden…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/first/loading.py" line="58" />
            <source>Niet geladen: de server is niet bereikbaar. De lijst wordt geladen zodra de verbinding terug is.</source>
            <translation>Not loaded: the server cannot be reached. The list is loaded as soon as the connection is back.</translation>
        </message>
    </context>
    <context>
        <name>Adoption</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="68" />
            <source>met %1: %2</source>
            <translation>with %1: %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="69" />
            <source>met wijzigingen: %1</source>
            <translation>with corrections: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="75" />
            <source>Vastgesteld</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="77" />
            <source>Vastgesteld op %1</source>
            <translation>Adopted on %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="108" />
            <source>Verslag vastgesteld.</source>
            <translation>Minutes adopted.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="121" />
            <source>Verslag heropend.</source>
            <translation>Minutes reopened.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="150" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="212" />
            <source>Verslag vaststellen…</source>
            <translation>Adopt minutes…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="152" />
            <source>Het verslag vaststellen, ongewijzigd of met wijzigingen; daarna is het bevroren</source>
            <translation>Adopt the minutes, unchanged or with corrections; after that they are frozen</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="155" />
            <source>Heropenen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="156" />
            <source>Het verslag weer een concept maken, met een reden</source>
            <translation>Make the minutes a draft again, giving a reason</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="185" />
            <source>&lt;b&gt;Conceptverslag&lt;/b&gt;: nog niet vastgesteld.</source>
            <translation>&lt;b&gt;Draft minutes&lt;/b&gt;: not adopted yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="214" />
            <source>Het verslag van de vorige bijeenkomst vaststellen; de wijzigingen komen ook hier</source>
            <translation>Adopt the minutes of the previous meeting; the corrections are written here too</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="261" />
            <source>Er is geen vorig verslag om vast te stellen.</source>
            <translation>There are no previous minutes to adopt.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="265" />
            <source>Het verslag van %1 is %2.</source>
            <translation>The minutes of %1 are %2.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="268" />
            <source>Het conceptverslag van %1 wacht op vaststelling.</source>
            <translation>The draft minutes of %1 await adoption.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption.py" line="271" />
            <source>Het verslag van %1 is nog niet geschreven.</source>
            <translation>The minutes of %1 have not been written yet.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="37" />
            <source>ongewijzigd</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="38" />
            <source>met tekstuele wijzigingen</source>
            <translation>with textual corrections</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="39" />
            <source>met inhoudelijke wijzigingen</source>
            <translation>with substantive corrections</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="45" />
            <source>Tekstuele wijzigingen</source>
            <translation>Textual corrections</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="45" />
            <source>Inhoudelijke wijzigingen</source>
            <translation>Substantive corrections</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="69" />
            <source>Verslag vaststellen</source>
            <translation>Adopt the minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="72" />
            <source>Het verslag van %1 wordt vastgesteld. Daarna zijn de teksten, besluiten en de aanwezigheid niet meer te wijzigen, tenzij het verslag wordt heropend.</source>
            <translation>The minutes of %1 are adopted. After that their texts, decisions and attendance can no longer be changed unless the minutes are reopened.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="79" />
            <source>De dag waarop het verslag is vastgesteld (dd-mm-jjjj)</source>
            <translation>The day the minutes are adopted (dd-mm-yyyy)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="89" />
            <source>Welke wijzigingen? Bijvoorbeeld: punt 3, …</source>
            <translation>Which corrections? For example: item 3, …</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="94" />
            <source>Vastgesteld op</source>
            <translation>Adopted on</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="95" />
            <source>Het verslag is</source>
            <translation>The minutes are adopted</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="96" />
            <source>Wijzigingen</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="100" />
            <source>Vaststellen</source>
            <translation>Adopt</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="135" />
            <source>Vul de datum van vaststelling in.</source>
            <translation>Fill in the day of adoption.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="137" />
            <source>Beschrijf de wijzigingen.</source>
            <translation>Describe the corrections.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="150" />
            <source>Verslag heropenen</source>
            <translation>Reopen the minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="153" />
            <source>Het vastgestelde verslag van %1 wordt weer een conceptverslag en is dan weer te wijzigen. De reden wordt bewaard in de geschiedenis.</source>
            <translation>The adopted minutes of %1 become draft minutes again and can be changed again. The reason is kept in the history.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="159" />
            <source>Waarom wordt het verslag heropend?</source>
            <translation>Why are the minutes reopened?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="163" />
            <source>Heropenen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/adoption_dialogs.py" line="167" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>AgendaPart</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="47" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="61" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="167" />
            <source>Agendapunt toevoegen</source>
            <translation>Add agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="62" />
            <source>Een agendapunt na het gekozen punt (Ctrl+N)</source>
            <translation>An agenda item after the chosen one (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="66" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="67" />
            <source>Het gekozen agendapunt verwijderen, met zijn besluiten</source>
            <translation>Remove the chosen agenda item, with its decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="75" />
            <source>Omhoog (Ctrl+↑, of slepen)</source>
            <translation>Up (Ctrl+↑, or drag)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="80" />
            <source>Omlaag (Ctrl+↓, of slepen)</source>
            <translation>Down (Ctrl+↓, or drag)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="129" />
            <source>Agendapunt verplaatsen</source>
            <translation>Move agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="149" />
            <source>Nieuw agendapunt</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda.py" line="182" />
            <source>Agendapunt verwijderen</source>
            <translation>Remove agenda item</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="36" />
            <source>1 besluit</source>
            <translation>1 decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="36" />
            <source>%1 besluiten</source>
            <translation>%1 decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="42" />
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="44" />
            <source>Agendapunt</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="47" />
            <source>vertrouwelijk</source>
            <translation>confidential</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="50" />
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="51" />
            <source>Inleider</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="53" />
            <source>Vertr.</source>
            <translation>Conf.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="56" />
            <source>vertrouwelijk: niet in het verslag voor deelnemers</source>
            <translation>confidential: not in the minutes for participants</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/agenda_model.py" line="60" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="71" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="72" />
            <source>%1 (gast)</source>
            <translation>%1 (guest)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="100" />
            <source>Gast toevoegen…</source>
            <translation>Add a guest…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="104" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="178" />
            <source>Gast verwijderen</source>
            <translation>Remove guest</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="105" />
            <source>De gekozen gast van de presentielijst halen</source>
            <translation>Take the chosen guest off the attendance list</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="107" />
            <source>Presentielijst…</source>
            <translation>Attendance list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="108" />
            <source>De presentielijst om te tekenen, als Word-document</source>
            <translation>The attendance list to sign, as a Word document</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="149" />
            <source>&lt;b&gt;Aanwezigheid&lt;/b&gt; (%1 van %2 aanwezig)</source>
            <translation>&lt;b&gt;Attendance&lt;/b&gt; (%1 of %2 present)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="178" />
            <source>Gast toevoegen</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/attendance.py" line="199" />
            <source>Aanwezigheid wijzigen</source>
            <translation>Change attendance</translation>
        </message>
    </context>
    <context>
        <name>MeetingHeader</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="98" />
            <source>Eindtijd (leeg: geen eindtijd)</source>
            <translation>End time (empty: no end time)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="107" />
            <source>uur</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="204" />
            <source>Waar? Bijvoorbeeld: Stadskantoor, zaal 4.12</source>
            <translation>Where? For example: City hall, room 4.12</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="205" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="231" />
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="206" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="231" />
            <source>Notulist</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="221" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="229" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="229" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="230" />
            <source>Datum en tijd</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/header.py" line="230" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
    </context>
    <context>
        <name>LiveCapture</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="37" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="38" />
            <source>Actie: wat?</source>
            <translation>Action: what?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="39" />
            <source>Wie? (Enter: niemand)</source>
            <translation>Who? (Enter: nobody)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="40" />
            <source>Wanneer? (vr, 2 weken, 14-3; Enter: geen datum)</source>
            <translation>When? (fri, 2 weeks, 14-3; Enter: no date)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="41" />
            <source>Vraag of zorg</source>
            <translation>Question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="42" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="43" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="110" />
            <source>Niet gevonden onder de aanwezigen: %1</source>
            <translation>Not found among those present: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_capture.py" line="118" />
            <source>Geen datum: %1 (probeer vr, 2 weken of 14-3)</source>
            <translation>No date: %1 (try fri, 2 weeks or 14-3)</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_panels.py" line="122" />
            <source>gepauzeerd</source>
            <translation>paused</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_panels.py" line="126" />
            <source>DIT PUNT LEVERDE OP</source>
            <translation>THIS ITEM PRODUCED</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_panels.py" line="133" />
            <source>B besluit · A actie · V vraag of zorg · G goed voorbeeld · N verslag · 1-9 aanwezig/afgemeld · PgDn/PgUp volgend/vorig punt · Spatie pauze · Esc terug</source>
            <translation>B decision · A action · V question or concern · G good practice · N minutes · 1-9 present/excused · PgDn/PgUp next/previous item · Space pause · Esc back</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_panels.py" line="188" />
            <source>AANWEZIG: %1 VAN %2</source>
            <translation>PRESENT: %1 OF %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="38" />
            <source>geen tijd gepland</source>
            <translation>no time planned</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="40" />
            <source>%2 van %1 min gebruikt</source>
            <translation>%2 of %1 min used</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="43" />
            <source>over tijd (%1 min gepland)</source>
            <translation>over time (%1 min planned)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="51" />
            <source>nog %1 min</source>
            <translation>%1 min left</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="53" />
            <source>%1 min over de eindtijd</source>
            <translation>%1 min past the planned end</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="55" />
            <source>%1 min achter op schema</source>
            <translation>%1 min behind schedule</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="57" />
            <source>%1 min voor op schema</source>
            <translation>%1 min ahead of schedule</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="59" />
            <source>op schema</source>
            <translation>on schedule</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="66" />
            <source>Hierna: einde van de vergadering</source>
            <translation>Next: end of the meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="68" />
            <source>Hierna: %1. %2</source>
            <translation>Next: %1. %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="70" />
            <source> (%1 min)</source>
            <translation> (%1 min)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="76" />
            <source>Punt %1 van %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="82" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="83" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="84" />
            <source>Vraag</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="85" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="86" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="101" />
            <source>Besluit toevoegen</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="107" />
            <source>Actie toevoegen</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="111" />
            <source>Vraag toevoegen</source>
            <translation>Add question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="115" />
            <source>Goed voorbeeld toevoegen</source>
            <translation>Add good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_texts.py" line="129" />
            <source>Verslag wijzigen</source>
            <translation>Edit minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="75" />
            <source>Vergadering leiden</source>
            <translation>Lead the meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="123" />
            <source>laden…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="143" />
            <source>Agendapunt begonnen</source>
            <translation>Agenda item started</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="167" />
            <source>Niet geladen: de server is niet bereikbaar.</source>
            <translation>Not loaded: the server cannot be reached.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="268" />
            <source>Volgend agendapunt</source>
            <translation>Next agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="268" />
            <source>Vorig agendapunt</source>
            <translation>Previous agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/live_view.py" line="288" />
            <source>Deze bijeenkomst heeft geen agenda</source>
            <translation>This meeting has no agenda</translation>
        </message>
    </context>
    <context>
        <name>MinutesEditor</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="56" />
            <source>Vraag koppelen</source>
            <translation>Link question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="56" />
            <source>Vraag ontkoppelen</source>
            <translation>Unlink question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="57" />
            <source>Goed voorbeeld koppelen</source>
            <translation>Link good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="57" />
            <source>Goed voorbeeld ontkoppelen</source>
            <translation>Unlink good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="88" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="90" />
            <source>Niemand in het bijzonder</source>
            <translation>Nobody in particular</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="93" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="342" />
            <source>Vertrouwelijk</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="95" />
            <source>Een vertrouwelijk punt komt niet in het verslag voor deelnemers</source>
            <translation>A confidential item stays out of the minutes for participants</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="98" />
            <source>Wat vooraf bekend is: stukken, vraagstelling…</source>
            <translation>What is known beforehand: papers, the question…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="100" />
            <source>Het verslag van dit agendapunt: wat er besproken is.</source>
            <translation>The minutes of this item: what was discussed.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="104" />
            <source>Geschiedenis…</source>
            <translation>History…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="106" />
            <source>Eerdere versies van het verslag van dit punt naast elkaar, en terugzetten</source>
            <translation>Earlier versions of this item's minutes side by side, and restoring one</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="129" />
            <source>Vraag of zorg koppelen…</source>
            <translation>Link a question or concern…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="130" />
            <source>&lt;b&gt;Besproken vragen en zorgen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Questions and concerns discussed&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="135" />
            <source>Goed voorbeeld koppelen…</source>
            <translation>Link a good practice…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="136" />
            <source>&lt;b&gt;Besproken goede voorbeelden&lt;/b&gt;</source>
            <translation>&lt;b&gt;Good practices discussed&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="149" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="340" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="151" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="341" />
            <source>Inleider</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="163" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="336" />
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="164" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="339" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="165" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="337" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="167" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="338" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="269" />
            <source>Kies een agendapunt</source>
            <translation>Choose an agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="320" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="344" />
            <source>Agendapunt wijzigen</source>
            <translation>Edit agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="326" />
            <source>Verslag wijzigen</source>
            <translation>Edit minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="326" />
            <source>Toelichting wijzigen</source>
            <translation>Edit explanation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes.py" line="344" />
            <source>Verslag: versie gekozen</source>
            <translation>Minutes: version chosen</translation>
        </message>
    </context>
    <context>
        <name>MinutesLists</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="104" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="104" />
            <source>Nieuw besluit… (Enter legt het vast)</source>
            <translation>New decision… (Enter records it)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="106" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="119" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="267" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="119" />
            <source>Het gekozen besluit verwijderen</source>
            <translation>Delete the chosen decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="121" />
            <source>Omhoog (Ctrl+↑)</source>
            <translation>Up (Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="122" />
            <source>Omlaag (Ctrl+↓)</source>
            <translation>Down (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="129" />
            <source>Vastgesteld: geen nieuwe besluiten</source>
            <translation>Adopted: no new decisions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="150" />
            <source>Besluit wijzigen</source>
            <translation>Edit decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="159" />
            <source>Besluit toevoegen</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="175" />
            <source>Besluit verwijderen</source>
            <translation>Delete decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="191" />
            <source>Besluit verplaatsen</source>
            <translation>Move decision</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="231" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="274" />
            <source>Acties</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="231" />
            <source>Nieuwe actie: wat moet er gebeuren?</source>
            <translation>New action: what needs doing?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="236" />
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="237" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="238" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="239" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="240" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="256" />
            <source>Wie?</source>
            <translation>Who?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="260" />
            <source>Wanneer moet het af zijn?</source>
            <translation>When must it be done?</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="263" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="267" />
            <source>De gekozen actie verwijderen</source>
            <translation>Delete the chosen action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="274" />
            <source>Openstaande acties van de tafel</source>
            <translation>The table's open actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="299" />
            <source>Actie wijzigen</source>
            <translation>Edit action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="314" />
            <source>Actie toevoegen</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/minutes_lists.py" line="333" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="75" />
            <source>Convocatie</source>
            <translation>Notice of meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="76" />
            <source>De uitnodiging met agenda, als Word-document</source>
            <translation>The invitation with the agenda, as a Word document</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="80" />
            <source>Verslag</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="81" />
            <source>Het verslag van deze bijeenkomst, als Word-document</source>
            <translation>The minutes of this meeting, as a Word document</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="85" />
            <source>Uitnodiging (.ics)</source>
            <translation>Invitation (.ics)</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="86" />
            <source>Een uitnodiging voor de agenda's van de deelnemers</source>
            <translation>An invitation for the participants' calendars</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="93" />
            <source>▶ Leiden</source>
            <translation>▶ Lead</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="95" />
            <source>Vergadering leiden: groot op het scherm of de beamer, met de klok</source>
            <translation>Lead the meeting: large on the screen or the projector, with the clock</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="109" />
            <source>Gast toevoegen</source>
            <translation>Add guest</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="110" />
            <source>Volgend agendapunt</source>
            <translation>Next agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="111" />
            <source>Vorig agendapunt</source>
            <translation>Previous agenda item</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="112" />
            <source>Verslag exporteren</source>
            <translation>Export minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="113" />
            <source>Convocatie exporteren</source>
            <translation>Export agenda</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="114" />
            <source>Vergadering leiden</source>
            <translation>Lead the meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="303" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="304" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="305" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="306" />
            <source>Begin</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="307" />
            <source>Einde</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="308" />
            <source>Locatie</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="309" />
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="310" />
            <source>Notulist</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="325" />
            <location filename="../../src/ontwikkeltafel/ui/pages/meeting/page.py" line="399" />
            <source>Bijeenkomst wijzigen</source>
            <translation>Edit meeting</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataMarks</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="27" />
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="28" />
            <source>geboortedatum</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="29" />
            <source>leeftijd</source>
            <translation>age</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="30" />
            <source>telefoonnummer</source>
            <translation>phone number</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="31" />
            <source>e-mailadres</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="32" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="33" />
            <source>adres</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="34" />
            <source>straat en huisnummer</source>
            <translation>street and house number</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="35" />
            <source>naam van iemand buiten de tafel</source>
            <translation>name of someone outside the table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/widgets/personal_data_marks.py" line="88" />
            <source>Mogelijk persoonsgegeven: %1</source>
            <translation>Possibly personal data: %1</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/connection.py" line="64" />
            <source>Nu opnieuw proberen</source>
            <translation>Try again now</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/connection.py" line="76" />
            <source>Verbinding met de database verbroken. Wat u typt blijft bewaard en wordt opgeslagen zodra de verbinding terug is.</source>
            <translation>The connection to the database is lost. What you type is kept and will be stored as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/connection.py" line="80" />
            <source>Opnieuw proberen over %1 s</source>
            <translation>Trying again in %1 s</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/connection.py" line="120" />
            <source>opslaan…</source>
            <translation>saving…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/connection.py" line="247" />
            <source>Verbinding hersteld; alles is opgeslagen om %1.</source>
            <translation>Connection restored; everything was stored at %1.</translation>
        </message>
    </context>
    <context>
        <name>ManualWindow</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/manual_window.py" line="104" />
            <source>Handleiding</source>
            <translation>User's Manual</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/manual_window.py" line="124" />
            <source>Opdracht</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/manual_window.py" line="124" />
            <source>Toets</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/manual_window.py" line="143" />
            <source>De handleiding is er nog alleen in het Nederlands.</source>
            <translation>The manual is in Dutch only for now.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/manual_window.py" line="152" />
            <source>De handleiding is niet gevonden: %1</source>
            <translation>The manual was not found: %1</translation>
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="103" />
            <source>‘%1’ is geen geldig e-mailadres. Bijvoorbeeld: naam@organisatie.nl</source>
            <translation>‘%1’ is not a valid e-mail address. For example: name@organisation.nl</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="114" />
            <source>Uw &amp;naam</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="115" />
            <source>Uw naam</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="116" />
            <source>Staat bij elke wijziging in de geschiedenis. Leeg: %1.</source>
            <translation>Signs every change in the history. Empty: %1.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="117" />
            <source>de gebruikersnaam van de computer</source>
            <translation>the computer's user name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="122" />
            <source>Uw &amp;e-mailadres</source>
            <translation>Your &amp;e-mail address</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="123" />
            <source>naam@organisatie.nl</source>
            <translation>name@organisation.nl</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="125" />
            <source>Afzender van concept-e-mails aan deelnemers.</source>
            <translation>Sender of draft e-mails to participants.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="129" />
            <source>&amp;Bewaartermijn losse overleggen</source>
            <translation>&amp;Retention of stand-alone consultations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="132" />
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="133" />
            <source>Voor een overleg dat niet bij een tafel hoort, tenzij anders gekozen.</source>
            <translation>For a consultation that belongs to no table, unless chosen otherwise.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="146" />
            <source>Voorkeuren</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="165" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="166" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/preferences_dialog.py" line="209" />
            <source>De voorkeuren zijn niet opgeslagen: %1</source>
            <translation>The preferences were not saved: %1</translation>
        </message>
    </context>
    <context>
        <name>conventions</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/status_bar.py" line="40" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/status_bar.py" line="57" />
            <source>verbonden</source>
            <translation>connected</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/status_bar.py" line="60" />
            <source>verbinding verbroken</source>
            <translation>connection lost</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/window/status_bar.py" line="66" />
            <source>Opgeslagen om %1</source>
            <translation>Saved at %1</translation>
        </message>
    </context>
</TS>
