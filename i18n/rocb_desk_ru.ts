<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Application</name>
    <message>
        <location filename="../rocb_desk/app.py" line="34"/>
        <source>Something went wrong: {error}
The details are in {log}.</source>
        <translation>Произошла ошибка: {error}
Подробности — в файле {log}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="63"/>
        <source>Open another office…</source>
        <translation>Открыть другой офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="71"/>
        <source>Open office</source>
        <translation>Открыть офис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="73"/>
        <source>ROCB Desk office (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Офис ROCB Desk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="92"/>
        <source>A new office was created at {path}.

Load the demo office (ROCB Europe&apos;s year 2020/2021) to look around?</source>
        <translation>Создан новый офис: {path}.

Загрузить демонстрационный офис (данные ROCB Europe за 2020/2021 год) для ознакомления?</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../rocb_desk/cli.py" line="95"/>
        <source>Backup before the upgrade: {path}</source>
        <translation>Резервная копия перед обновлением: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="99"/>
        <source>Office ready: {path}</source>
        <translation>Офис готов: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="117"/>
        <source>The office is sound: {path}</source>
        <translation>Ошибок в офисе не обнаружено: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="129"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия создана и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="137"/>
        <source>Office restored: {path}</source>
        <translation>Офис восстановлен: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="216"/>
        <source>Unexpected error: {error} (details in {log})</source>
        <translation>Непредвиденная ошибка: {error} (подробности в {log})</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="347"/>
        <source>ROCB Europe directory</source>
        <translation>Справочник ROCB Europe</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="64"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="65"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="66"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="198"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="67"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="69"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="106"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="71"/>
        <source>Name (English)</source>
        <translation>Наименование (англ.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="72"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="134"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="73"/>
        <source>Web site</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="76"/>
        <source>International organization</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="77"/>
        <source>Regional organization</source>
        <translation>Региональная организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="78"/>
        <source>Academic institution</source>
        <translation>Научно-образовательное учреждение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="79"/>
        <source>National agency</source>
        <translation>Национальное ведомство</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="80"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="81"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="86"/>
        <source>Member administrations</source>
        <translation>Таможенные администрации-члены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="87"/>
        <source>Member administration</source>
        <translation>Таможенная администрация-член</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="91"/>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="100"/>
        <source>National Contact Points</source>
        <translation>Национальные контактные лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="101"/>
        <source>National Contact Point</source>
        <translation>Национальное контактное лицо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="114"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="115"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="122"/>
        <source>Regional Training Centers</source>
        <translation>Региональные учебные центры (РУЦ)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="123"/>
        <source>Regional Training Center</source>
        <translation>Региональный учебный центр</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="126"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="128"/>
        <source>Short name (English)</source>
        <translation>Краткое наименование (англ.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="131"/>
        <source>Short name (Russian)</source>
        <translation>Краткое наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="135"/>
        <source>Host administration</source>
        <translation>Принимающая администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="136"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="139"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="142"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="144"/>
        <source>One a line: name; e-mail; phone</source>
        <translation>По одному на строку: ФИО; эл. почта; телефон</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="151"/>
        <source>Partner organizations</source>
        <translation>Организации-партнеры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="152"/>
        <source>Partner organization</source>
        <translation>Организация-партнер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="155"/>
        <source>Abbreviation</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="159"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="168"/>
        <source>Regional Experts Database</source>
        <translation>Региональная база данных экспертов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="169"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="176"/>
        <source>Fields of expertise</source>
        <translation>Области компетенции</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="178"/>
        <source>One field of expertise a line</source>
        <translation>По одной области компетенции на строку</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="180"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="182"/>
        <source>WCO-accredited</source>
        <translation>Аккредитован ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="184"/>
        <source>Consent to share</source>
        <translation>Согласие на передачу данных</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="191"/>
        <source>e-Training accounts</source>
        <translation>Учетные записи e-Training</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="192"/>
        <source>e-Training account</source>
        <translation>Учетная запись e-Training</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="199"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="207"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="208"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="209"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="213"/>
        <source>Takes over on</source>
        <translation>Приступает к обязанностям</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="31"/>
        <source>“{value}” is not a database address.</source>
        <translation>«{value}» не является адресом базы данных.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="61"/>
        <source>{path} is a folder, not an office file.</source>
        <translation>{path} — это папка, а не файл офиса.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="67"/>
        <source>{path} is not an office database: it is not a SQLite file.</source>
        <translation>{path} не является базой данных офиса: это не файл SQLite.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="88"/>
        <source>Cannot use the database {url}: {reason}.</source>
        <translation>Невозможно использовать базу данных {url}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="240"/>
        <source>{path} cannot be read as an office database: {reason}.</source>
        <translation>Невозможно прочитать {path} как базу данных офиса: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/money.py" line="16"/>
        <source>“{value}” is not an amount in euros with at most two decimals</source>
        <translation>«{value}» не является суммой в евро с не более чем двумя знаками после запятой</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="14"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="15"/>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>«{value}» не является допустимым адресом электронной почты.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="16"/>
        <source>The ISO code is two letters, for example MD.</source>
        <translation>Код ISO состоит из двух латинских букв, например MD.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="17"/>
        <source>“{value}” is not a web address.</source>
        <translation>«{value}» не является веб-адресом.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="18"/>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания предшествует дате начала.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="19"/>
        <source>Enter a whole number of zero or more.</source>
        <translation>Введите целое неотрицательное число.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="47"/>
        <source>Cannot save a report as “{suffix}”: choose an Excel (.xlsx), Word (.docx) or PDF (.pdf) file</source>
        <translation>Невозможно сохранить отчет в формате «{suffix}»: выберите файл Excel (.xlsx), Word (.docx) или PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="78"/>
        <source>Cannot write “{path}”: the file is open in another program or the folder is read-only</source>
        <translation>Невозможно записать «{path}»: файл открыт в другой программе или папка доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="86"/>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>Невозможно записать «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="30"/>
        <source>Another administration already has the code {value}.</source>
        <translation>Код {value} уже присвоен другой администрации.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="31"/>
        <source>Another record already has the code {value}.</source>
        <translation>Код {value} уже присвоен другой записи.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="32"/>
        <source>The record no longer exists; it may have been removed.</source>
        <translation>Запись больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="33"/>
        <source>Choose a member administration from the list.</source>
        <translation>Выберите таможенную администрацию-члена из списка.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="294"/>
        <source>The new contact point must start after {day}.</source>
        <translation>Новое контактное лицо должно приступить к обязанностям после {day}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="44"/>
        <source>Database integrity: {detail}</source>
        <translation>Целостность базы данных: {detail}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="65"/>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Резервное копирование серверной базы данных выполняется средствами самого сервера (pg_dump).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="79"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="104"/>
        <source>The backup failed its check: {reason}</source>
        <translation>Резервная копия не прошла проверку: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="164"/>
        <source>Only an office file can be restored here.</source>
        <translation>Здесь можно восстановить только файл офиса.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="167"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="171"/>
        <source>Close the ROCB Desk window of {path} before restoring it.</source>
        <translation>Перед восстановлением закройте окно ROCB Desk, в котором открыт {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="178"/>
        <source>{path} already holds an office; use --force to replace it.</source>
        <translation>{path} уже содержит офис; для его замены используйте --force.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="188"/>
        <source>{path} is not a sound backup: {reason}</source>
        <translation>{path} не является исправной резервной копией: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="195"/>
        <source>The backup comes from a newer version of ROCB Desk.</source>
        <translation>Резервная копия создана более новой версией ROCB Desk.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="23"/>
        <source>{path} is a database of another application, not an ROCB Desk office.</source>
        <translation>{path} — база данных другого приложения, а не офис ROCB Desk.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="26"/>
        <source>This office was written by a newer version of ROCB Desk (schema {revision}). Update the application to open it; the file was not changed.</source>
        <translation>Этот офис создан более новой версией ROCB Desk (схема {revision}). Чтобы открыть его, обновите приложение; файл не изменен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="31"/>
        <source>This office is already open in another ROCB Desk window: {path}.</source>
        <translation>Этот офис уже открыт в другом окне ROCB Desk: {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="34"/>
        <source>The office database cannot be opened: {reason}.</source>
        <translation>Невозможно открыть базу данных офиса: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="163"/>
        <source>The backup before the upgrade failed its check ({reason}); nothing was changed.</source>
        <translation>Резервная копия, созданная перед обновлением, не прошла проверку ({reason}); изменения не внесены.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="176"/>
        <source>The schema is at revision {current}; this version expects {head}.</source>
        <translation>Версия схемы — {current}; для этой версии приложения требуется {head}.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="68"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="71"/>
        <source>Show history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="71"/>
        <source>Show inactive</source>
        <translation>Показать неактивные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="78"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="84"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="87"/>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="201"/>
        <source>E&amp;nd</source>
        <translation>За&amp;вершить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="91"/>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="205"/>
        <source>&amp;Deactivate</source>
        <translation>Деа&amp;ктивировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="95"/>
        <source>Export to &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="98"/>
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/directory/list_page.py" line="170"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="201"/>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="205"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="227"/>
        <source>New: %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="248"/>
        <source>Edit: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="273"/>
        <source>Replace contact point</source>
        <translation>Замена контактного лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="295"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="296"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="298"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="316"/>
        <source>Exported to %1</source>
        <translation>Экспорт выполнен: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="48"/>
        <source>&amp;Directory</source>
        <translation>Справо&amp;чник</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="52"/>
        <source>Office: %1</source>
        <translation>Офис: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="55"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="57"/>
        <source>&amp;Open office…</source>
        <translation>&amp;Открыть офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="60"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="61"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="65"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="75"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="78"/>
        <source>&amp;About ROCB Desk</source>
        <translation>&amp;О программе ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="98"/>
        <source>Open office</source>
        <translation>Открыть офис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="104"/>
        <source>Back up the office</source>
        <translation>Резервное копирование офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="114"/>
        <source>Backup written and verified: %1</source>
        <translation>Резервная копия создана и проверена: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="118"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="123"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="124"/>
        <source>Replace everything in this office by the backup %1?</source>
        <translation>Заменить все данные этого офиса данными резервной копии %1?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="142"/>
        <source>Office restored from %1</source>
        <translation>Офис восстановлен из %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="156"/>
        <source>About ROCB Desk</source>
        <translation>О программе ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="158"/>
        <source>&lt;h3&gt;ROCB Desk %1&lt;/h3&gt;&lt;p&gt;The office application of the Regional Office for Capacity Building of the WCO Europe Region: books, events, correspondence and work plan, offline on one desk computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ROCB Desk %1&lt;/h3&gt;&lt;p&gt;Офисное приложение Регионального офиса по наращиванию потенциала Европейского региона ВТамО: бухгалтерский учет, мероприятия, корреспонденция и план работы — автономно, на одном рабочем компьютере.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../rocb_desk/ui/directory/record_dialog.py" line="101"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
</context>
</TS>
