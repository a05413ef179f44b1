<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="435"/>
        <source>The first %n copies; type more to narrow the search.</source>
        <translation>
            <numerusform>The first copy; type more to narrow the search.</numerusform>
            <numerusform>The first %n copies; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="437"/>
        <source>%n copies found</source>
        <translation>
            <numerusform>%n copy found</numerusform>
            <numerusform>%n copies found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/desk.py" line="446"/>
        <source>%n book(s) on loan</source>
        <translation>
            <numerusform>%n book on loan</numerusform>
            <numerusform>%n books on loan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="205"/>
        <source>%n loan(s) since registration</source>
        <translation>
            <numerusform>%n loan since registration</numerusform>
            <numerusform>%n loans since registration</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadersScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="393"/>
        <source>%n reader(s) found</source>
        <translation>
            <numerusform>%n reader found</numerusform>
            <numerusform>%n readers found</numerusform>
        </translation>
    </message>
</context>
</TS>
