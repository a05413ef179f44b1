<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogueScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="426"/>
        <source>The first %n copies; type more to narrow the search.</source>
        <translation>
            <numerusform>The first copy; type more to narrow the search.</numerusform>
            <numerusform>The first %n copies; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="428"/>
        <source>%n copies found</source>
        <translation>
            <numerusform>%n copy found</numerusform>
            <numerusform>%n copies found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="256"/>
        <source>Copy {copy} was lent %n times while the branches were offline; the loans are below.</source>
        <translation>
            <numerusform>Copy {copy} was lent %n time while the branches were offline; the loans are below.</numerusform>
            <numerusform>Copy {copy} was lent %n times while the branches were offline; the loans are below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="348"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="350"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/desk.py" line="496"/>
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
        <location filename="../branchdesk/ui/readers.py" line="201"/>
        <source>%n loan(s) since registration</source>
        <translation>
            <numerusform>%n loan since registration</numerusform>
            <numerusform>%n loans since registration</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="604"/>
        <source>The first %n record(s) of the file, as they will be imported.</source>
        <translation>
            <numerusform>The first record of the file, as it will be imported.</numerusform>
            <numerusform>The first %n records of the file, as they will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="606"/>
        <source>The first %n row(s) of the list, as they will be imported.</source>
        <translation>
            <numerusform>The first row of the list, as it will be imported.</numerusform>
            <numerusform>The first %n rows of the list, as they will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="608"/>
        <source>Unreadable among them: %n; they will be listed.</source>
        <translation>
            <numerusform>Unreadable among them: %n; it will be listed.</numerusform>
            <numerusform>Unreadable among them: %n; they will be listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="305"/>
        <source>This PC&apos;s clock is off by %n minute(s)</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n minute</numerusform>
            <numerusform>This PC&apos;s clock is off by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="307"/>
        <source>This PC&apos;s clock is off by %n hour(s)</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n hour</numerusform>
            <numerusform>This PC&apos;s clock is off by %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="309"/>
        <source>This PC&apos;s clock is off by %n day(s)</source>
        <translation>
            <numerusform>This PC&apos;s clock is off by %n day</numerusform>
            <numerusform>This PC&apos;s clock is off by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadersScreen</name>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="398"/>
        <source>%n reader(s) found</source>
        <translation>
            <numerusform>%n reader found</numerusform>
            <numerusform>%n readers found</numerusform>
        </translation>
    </message>
</context>
</TS>
