<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EditorView</name>
    <message numerus="yes">
        <source>%n phase(s), %1 in all, ending at %2.</source>
        <translation>
            <numerusform>%n phase, %1 in all, ending at %2.</numerusform>
            <numerusform>%n phases, %1 in all, ending at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message numerus="yes">
        <source>%n file(s) with the same name are already in this folder (%1). Replace them, or keep both (the new files get “ (2)” in their names)?</source>
        <translation>
            <numerusform>%n file with the same name is already in this folder (%1). Replace it, or keep both (the new file gets “ (2)” in its name)?</numerusform>
            <numerusform>%n files with the same name are already in this folder (%1). Replace them, or keep both (the new files get “ (2)” in their names)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n file(s) had been written in “%1”.</source>
        <translation>
            <numerusform>Stopped. %n file had been written in “%1”.</numerusform>
            <numerusform>Stopped. %n files had been written in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had been written in “%1” before that.</source>
        <translation>
            <numerusform>%n file had been written in “%1” before that.</numerusform>
            <numerusform>%n files had been written in “%1” before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done. %n file(s) written in “%1”.</source>
        <translation>
            <numerusform>Done. %n file written in “%1”.</numerusform>
            <numerusform>Done. %n files written in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupExchange</name>
    <message numerus="yes">
        <source>%n earlier session(s) bear the name “%1” but are in no group. Bring them into this group?</source>
        <translation>
            <numerusform>%n earlier session bears the name “%1” but is in no group. Bring it into this group?</numerusform>
            <numerusform>%n earlier sessions bear the name “%1” but are in no group. Bring them into this group?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) brought into %1.</source>
        <translation>
            <numerusform>%n session brought into %1.</numerusform>
            <numerusform>%n sessions brought into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n session(s) found.</source>
        <translation>
            <numerusform>%n session found.</numerusform>
            <numerusform>%n sessions found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), newest first.</source>
        <translation>
            <numerusform>%n session, newest first.</numerusform>
            <numerusform>%n sessions, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was deleted. You can still bring it back for %n second(s).</source>
        <translation>
            <numerusform>“%1” was deleted. You can still bring it back for %n second.</numerusform>
            <numerusform>“%1” was deleted. You can still bring it back for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in your templates folder could not be read. They are left as they are; the others work normally.</source>
        <translation>
            <numerusform>%n file in your templates folder could not be read. It is left as it is; the others work normally.</numerusform>
            <numerusform>%n files in your templates folder could not be read. They are left as they are; the others work normally.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewSessionPage</name>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionMenu</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. From the next start, Codev removes the notes of sessions older than %n month(s); their timings stay.</source>
        <translation>
            <numerusform>Saved. From the next start, Codev removes the notes of sessions older than %n month; their timings stay.</numerusform>
            <numerusform>Saved. From the next start, Codev removes the notes of sessions older than %n months; their timings stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>%n template file(s) could not be read and are not listed.</source>
        <translation>
            <numerusform>%n template file could not be read and is not listed.</numerusform>
            <numerusform>%n template files could not be read and are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message numerus="yes">
        <source>Send to %n person(s)</source>
        <translation>
            <numerusform>Send to %n person</numerusform>
            <numerusform>Send to %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent: see below, then try again.</source>
        <translation>
            <numerusform>%n message could not be sent: see below, then try again.</numerusform>
            <numerusform>%n messages could not be sent: see below, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n person(s) served.</source>
        <translation>
            <numerusform>Done: %n person served.</numerusform>
            <numerusform>Done: %n people served.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
</context>
</TS>
