<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>ArchiveImportDialog</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="27" />
      <source>%n letter(s) ready to import with their files.</source>
      <translation>
        <numerusform>%n letter ready to import with their files.</numerusform>
        <numerusform>%n letters ready to import with their files.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="31" />
      <source>%n row(s) refused: nothing will be imported until the index is corrected.</source>
      <translation>
        <numerusform>%n row refused: nothing will be imported until the index is corrected.</numerusform>
        <numerusform>%n rows refused: nothing will be imported until the index is corrected.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="99" />
      <source>%n letter(s) imported from the archive</source>
      <translation>
        <numerusform>%n letter imported from the archive</numerusform>
        <numerusform>%n letters imported from the archive</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/audit_dialog.py" line="349" />
      <source>%n entry(ies) found, %1 read</source>
      <translation>
        <numerusform>%n entry found, %1 read</numerusform>
        <numerusform>%n entries found, %1 read</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/audit_dialog.py" line="353" />
      <source>%n entry(ies) found</source>
      <translation>
        <numerusform>%n entry found</numerusform>
        <numerusform>%n entries found</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ContributionsView</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/books/grids.py" line="360" />
      <source>%n contributing member(s) in {year}, total {total}</source>
      <translation>
        <numerusform>%n contributing member in {year}, total {total}</numerusform>
        <numerusform>%n contributing members in {year}, total {total}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CorrespondentsEditor</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/letter_panels.py" line="172" />
      <source>%n correspondent(s)</source>
      <translation>
        <numerusform>%n correspondent</numerusform>
        <numerusform>%n correspondents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventCalendar</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/calendar.py" line="77" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/calendar.py" line="79" />
      <source>%n room booking(s)</source>
      <translation>
        <numerusform>%n room booking</numerusform>
        <numerusform>%n room bookings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/list_page.py" line="213" />
      <source>%n event(s) shown</source>
      <translation>
        <numerusform>%n event shown</numerusform>
        <numerusform>%n events shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/list_page.py" line="297" />
      <source>%n ledger entry(ies) of its costs (%1 EUR) stay in the books, no longer linked to an event.</source>
      <translation>
        <numerusform>%n ledger entry of its costs (%1 EUR) stay in the books, no longer linked to an event.</numerusform>
        <numerusform>%n ledger entries of its costs (%1 EUR) stay in the books, no longer linked to an event.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/list_page.py" line="313" />
      <source>Event deleted; %n cost entry(ies) kept in the books.</source>
      <translation>
        <numerusform>Event deleted; %n cost entry kept in the books.</numerusform>
        <numerusform>Event deleted; %n cost entries kept in the books.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/books/import_dialog.py" line="20" />
      <source>%n entry(ies) ready to import.</source>
      <translation>
        <numerusform>%n entry ready to import.</numerusform>
        <numerusform>%n entries ready to import.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/books/import_dialog.py" line="24" />
      <source>%n row(s) refused: nothing will be imported until the file is corrected.</source>
      <translation>
        <numerusform>%n row refused: nothing will be imported until the file is corrected.</numerusform>
        <numerusform>%n rows refused: nothing will be imported until the file is corrected.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LedgerPage</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/books/ledger_page.py" line="221" />
      <source>%n line(s) shown · income %1 · expenditure %2 · difference %3</source>
      <translation>
        <numerusform>%n line shown · income %1 · expenditure %2 · difference %3</numerusform>
        <numerusform>%n lines shown · income %1 · expenditure %2 · difference %3</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LetterExporter</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/exporting.py" line="112" />
      <source>%n PDF file(s) written to %1</source>
      <translation>
        <numerusform>%n PDF file written to %1</numerusform>
        <numerusform>%n PDF files written to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/exporting.py" line="117" />
      <source>%n PDF file(s) written. Open their folder?</source>
      <translation>
        <numerusform>%n PDF file written. Open their folder?</numerusform>
        <numerusform>%n PDF files written. Open their folder?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/directory/list_page.py" line="184" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/main_window.py" line="289" />
      <source>%n letter(s) indexed again</source>
      <translation>
        <numerusform>%n letter indexed again</numerusform>
        <numerusform>%n letters indexed again</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ParticipantsImportDialog</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="19" />
      <source>%n participant(s) ready to import.</source>
      <translation>
        <numerusform>%n participant ready to import.</numerusform>
        <numerusform>%n participants ready to import.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="23" />
      <source>%n row(s) refused: nobody will be imported until the list is corrected.</source>
      <translation>
        <numerusform>%n row refused: nobody will be imported until the list is corrected.</numerusform>
        <numerusform>%n rows refused: nobody will be imported until the list is corrected.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participant_dialog.py" line="237" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participant_dialog.py" line="239" />
      <source>%n present</source>
      <translation>
        <numerusform>%n present</numerusform>
        <numerusform>%n present</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participant_dialog.py" line="273" />
      <source>Remove %n participant(s) from the event?</source>
      <translation>
        <numerusform>Remove %n participant from the event?</numerusform>
        <numerusform>Remove %n participants from the event?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/participant_dialog.py" line="382" />
      <location filename="../rocb_desk/ui/events/participant_dialog.py" line="405" />
      <source>%n certificate(s) saved in %1</source>
      <translation>
        <numerusform>%n certificate saved in %1</numerusform>
        <numerusform>%n certificates saved in %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PremisesPage</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/events/premises_page.py" line="309" />
      <source>%n booking(s) in %1</source>
      <translation>
        <numerusform>%n booking in %1</numerusform>
        <numerusform>%n bookings in %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RtcImportDialog</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/rtc/page.py" line="47" />
      <source>The report is ready to import (%n row(s) read).</source>
      <translation>
        <numerusform>The report is ready to import (%n row read).</numerusform>
        <numerusform>The report is ready to import (%n rows read).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/rtc/page.py" line="51" />
      <source>%n row(s) refused: nothing will be imported until the file is corrected.</source>
      <translation>
        <numerusform>%n row refused: nothing will be imported until the file is corrected.</numerusform>
        <numerusform>%n rows refused: nothing will be imported until the file is corrected.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchPage</name>
    <message numerus="yes">
      <location filename="../rocb_desk/ui/letters/search_page.py" line="248" />
      <source>%n letter(s) found</source>
      <translation>
        <numerusform>%n letter found</numerusform>
        <numerusform>%n letters found</numerusform>
      </translation>
    </message>
  </context>
</TS>