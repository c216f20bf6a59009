<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Access</name>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="25"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="26"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="27"/>
        <source>Office manager</source>
        <translation>Офис-менеджер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="28"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="29"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="45"/>
        <source>The confidential clearance given by name; administrators and the director read confidential letters by their role.</source>
        <translation>Допуск к конфиденциальным письмам, предоставленный лично; администраторы и директор читают конфиденциальные письма в силу своей роли.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="226"/>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="231"/>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учетная запись…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="234"/>
        <source>Set &amp;password…</source>
        <translation>Задать &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="246"/>
        <source>&amp;Confidential letters, by name</source>
        <translation>Личный допуск к &amp;конфиденциальным письмам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="249"/>
        <source>May &amp;log in</source>
        <translation>&amp;Вход разрешен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="250"/>
        <source>&amp;Apply changes</source>
        <translation>Пр&amp;именить изменения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="252"/>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="317"/>
        <source>Selected account</source>
        <translation>Выбранная учетная запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="254"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="255"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="265"/>
        <source>Switch login &amp;off for this one-person office</source>
        <translation>&amp;Отключить вход (в офисе работает один человек)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="269"/>
        <source>Only when the office has one active account: the application then opens without asking for a password. The choice is kept in the audit trail.</source>
        <translation>Только если в офисе одна активная учетная запись: тогда приложение открывается без запроса пароля. Это решение записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="319"/>
        <source>Account %1</source>
        <translation>Учетная запись %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="377"/>
        <source>Switch login off? Anyone at this computer will then open the office and may do everything, without a password. The choice is recorded in the audit trail.</source>
        <translation>Отключить вход? Тогда любой, кто сядет за этот компьютер, откроет офис и сможет делать все что угодно без пароля. Это решение записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="65"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="66"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="67"/>
        <source>Confidential letters</source>
        <translation>Конфиденциальные письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="68"/>
        <source>May log in</source>
        <translation>Вход разрешен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="84"/>
        <source>by role</source>
        <translation>по роли</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="85"/>
        <source>given by name</source>
        <translation>личный допуск</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="85"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="86"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="86"/>
        <source>no (deactivated)</source>
        <translation>нет (деактивирована)</translation>
    </message>
</context>
<context>
    <name>ActivityDetail</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="39"/>
        <source>Choose an activity to see its progress, evidence and sign-off.</source>
        <translation>Выберите направление деятельности, чтобы увидеть ход выполнения, подтверждения и утверждение.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="45"/>
        <source>Strategic Goal %1</source>
        <translation>Стратегическая цель %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="50"/>
        <source>Expected impact</source>
        <translation>Ожидаемое воздействие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="54"/>
        <source>Activities: %1; needing attention: %2</source>
        <translation>Направлений деятельности: %1; требуют внимания: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="74"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="77"/>
        <source>Expected output</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="80"/>
        <source>Intended outcome</source>
        <translation>Планируемый итог</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="82"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="87"/>
        <source>No progress recorded.</source>
        <translation>Сведения о ходе выполнения не внесены.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="88"/>
        <source>Outcome</source>
        <translation>Достигнутый итог</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="92"/>
        <source>No outcome recorded.</source>
        <translation>Достигнутый итог не внесен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="94"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="105"/>
        <source>Evidence (%1)</source>
        <translation>Подтверждения (%1)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="108"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="109"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="110"/>
        <source>Ledger entry</source>
        <translation>Запись книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="111"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="122"/>
        <source>No evidence linked.</source>
        <translation>Подтверждения не привязаны.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="124"/>
        <source>Sign-off</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="126"/>
        <source>Signed off by %1</source>
        <translation>Утверждено: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="133"/>
        <source>Not signed off yet.</source>
        <translation>Еще не утверждено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="140"/>
        <source>counted: %1</source>
        <translation>подсчитано: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="143"/>
        <source>baseline: %1</source>
        <translation>исходное значение: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="145"/>
        <source>target: %1</source>
        <translation>целевое значение: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/detail.py" line="149"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="81"/>
        <source>&amp;Activity</source>
        <translation>&amp;Направление деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="82"/>
        <source>&amp;Status and indicator</source>
        <translation>&amp;Статус и показатель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="83"/>
        <source>&amp;Progress</source>
        <translation>&amp;Ход выполнения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="86"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Подтверждения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="88"/>
        <source>Evidence can be linked once the activity is saved.</source>
        <translation>Подтверждения можно привязать после сохранения направления деятельности.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="94"/>
        <source>Save and keep the activity open</source>
        <translation>Сохранить, не закрывая направление деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="149"/>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="284"/>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="155"/>
        <source>Goal and position, such as 1.1</source>
        <translation>Номер цели и порядковый номер, например 1.1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="160"/>
        <source>A title in English or in Russian</source>
        <translation>Название на английском или русском языке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="173"/>
        <source>Leave empty when the activity runs all year</source>
        <translation>Оставьте пустым, если деятельность ведется весь год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="177"/>
        <source>Strategic goal</source>
        <translation>Стратегическая цель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="178"/>
        <source>Number *</source>
        <translation>Номер *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="179"/>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="180"/>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="181"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="182"/>
        <source>Expected output in English</source>
        <translation>Ожидаемый результат на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="183"/>
        <source>Expected output in Russian</source>
        <translation>Ожидаемый результат на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="184"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="198"/>
        <source>Shown instead of the status in the plan</source>
        <translation>Выводится в плане вместо статуса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="201"/>
        <source>The day the new status took effect</source>
        <translation>Дата, с которой действует новый статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="211"/>
        <source>A whole number, or empty</source>
        <translation>Целое число или пусто</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="218"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="219"/>
        <source>Status note in English</source>
        <translation>Примечание к статусу на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="220"/>
        <source>Status note in Russian</source>
        <translation>Примечание к статусу на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="221"/>
        <source>Status since</source>
        <translation>Статус действует с</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="222"/>
        <source>Indicator in English</source>
        <translation>Показатель на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="223"/>
        <source>Indicator in Russian</source>
        <translation>Показатель на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="224"/>
        <source>Counted from</source>
        <translation>Источник подсчета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="225"/>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="226"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="227"/>
        <source>Intended outcome in English</source>
        <translation>Планируемый итог на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="228"/>
        <source>Intended outcome in Russian</source>
        <translation>Планируемый итог на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="241"/>
        <source>Progress in English, one point a line</source>
        <translation>Ход выполнения на английском, по одному пункту в строке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="242"/>
        <source>Progress in Russian, one point a line</source>
        <translation>Ход выполнения на русском, по одному пункту в строке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="243"/>
        <source>Outcome achieved (√), in English</source>
        <translation>Достигнутый итог (√) на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="244"/>
        <source>Outcome achieved (√), in Russian</source>
        <translation>Достигнутый итог (√) на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="364"/>
        <source>Activity %1 saved</source>
        <translation>Направление деятельности %1 сохранено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="378"/>
        <source>Activity %1: %2</source>
        <translation>Направление деятельности %1: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="382"/>
        <source>New activity of the plan %1</source>
        <translation>Новое направление деятельности плана %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/activity_dialog.py" line="410"/>
        <source>The activity has changes that are not saved. Save them?</source>
        <translation>В направлении деятельности есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="61"/>
        <source>New budget item</source>
        <translation>Новая статья бюджета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="69"/>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="70"/>
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="71"/>
        <source>Name (English) *</source>
        <translation>Наименование (англ.) *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="72"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
</context>
<context>
    <name>AnnexPicker</name>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="32"/>
        <source>Choose a document of the archive</source>
        <translation>Выбор документа из архива</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="34"/>
        <source>Words of the file&apos;s name</source>
        <translation>Слова из имени файла</translation>
    </message>
</context>
<context>
    <name>AnnexesPanel</name>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="74"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="74"/>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="74"/>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="82"/>
        <source>&amp;Add from the archive…</source>
        <translation>&amp;Добавить из архива…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="83"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="84"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;выше</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/annexes.py" line="85"/>
        <source>Move do&amp;wn</source>
        <translation>Переместить &amp;ниже</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../rocb_desk/app.py" line="35"/>
        <source>Something went wrong: {error}
The details are in {log}.</source>
        <translation>Произошла ошибка: {error}
Подробности — в файле {log}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="71"/>
        <location filename="../rocb_desk/app.py" line="137"/>
        <source>Open another office…</source>
        <translation>Открыть другой офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="132"/>
        <source>The office you used last is not there any more:
{path}</source>
        <translation>Офис, открытый в прошлый раз, больше не найден:
{path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="140"/>
        <source>Create a new office there</source>
        <translation>Создать там новый офис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/messages.py" line="21"/>
        <source>Open office</source>
        <translation>Открыть офис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/messages.py" line="23"/>
        <source>ROCB Desk office (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Офис ROCB Desk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="98"/>
        <source>A new office was created at {path}.

Load the demo office (ROCB Europe&apos;s year 2020/2021) to look around?</source>
        <translation>Создан новый офис: {path}.

Загрузить демонстрационный офис (данные РБНП Европа за 2020/2021 год) для ознакомления?</translation>
    </message>
</context>
<context>
    <name>ArchiveImportDialog</name>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="27"/>
        <source>%n letter(s) ready to import with their files.</source>
        <translation>
            <numerusform>Готово к импорту %n письмо с файлами.</numerusform>
            <numerusform>Готовы к импорту %n письма с файлами.</numerusform>
            <numerusform>Готово к импорту %n писем с файлами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="31"/>
        <source>%n row(s) refused: nothing will be imported until the index is corrected.</source>
        <translation>
            <numerusform>Отклонена %n строка: ничего не будет импортировано, пока опись не исправлена.</numerusform>
            <numerusform>Отклонены %n строки: ничего не будет импортировано, пока опись не исправлена.</numerusform>
            <numerusform>Отклонено %n строк: ничего не будет импортировано, пока опись не исправлена.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="37"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="39"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="40"/>
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="41"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="42"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="43"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="44"/>
        <source>Restriction</source>
        <translation>Уровень доступа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="45"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="46"/>
        <source>Sender&apos;s number</source>
        <translation>Номер отправителя</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="74"/>
        <source>Copying the files into the office…</source>
        <translation>Копирование файлов в офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="77"/>
        <source>Cancelling: nothing will be registered…</source>
        <translation>Отмена импорта: ничего не будет зарегистрировано…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="57"/>
        <source>Copying file %1 of %2 into the office…</source>
        <translation>Копирование файла %1 из %2 в офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="58"/>
        <source>Reading the text of file %1 of %2…</source>
        <translation>Чтение текста файла %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="99"/>
        <source>%n letter(s) imported from the archive</source>
        <translation>
            <numerusform>Импортировано из архива %n письмо</numerusform>
            <numerusform>Импортировано из архива %n письма</numerusform>
            <numerusform>Импортировано из архива %n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="95"/>
        <source>The import was cancelled: no letter was registered.</source>
        <translation>Импорт отменен: ни одно письмо не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/archive_import_dialog.py" line="86"/>
        <source>The import stopped (%1); no letter was registered.</source>
        <translation>Импорт прерван (%1); ни одно письмо не зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="58"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="59"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="60"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="61"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="62"/>
        <source>demo data</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="63"/>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="64"/>
        <source>year closed</source>
        <translation>год закрыт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="65"/>
        <source>year reopened</source>
        <translation>год открыт снова</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="66"/>
        <source>receipt attached</source>
        <translation>прикреплена квитанция</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="67"/>
        <source>budget set</source>
        <translation>бюджет задан</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="68"/>
        <source>settings</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="69"/>
        <source>reactivated</source>
        <translation>снова действует</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="70"/>
        <source>deactivated</source>
        <translation>деактивировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="71"/>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="72"/>
        <source>loaded</source>
        <translation>загружено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="73"/>
        <source>file attached</source>
        <translation>файл прикреплен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="74"/>
        <source>file removed</source>
        <translation>файл откреплен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="75"/>
        <source>linked</source>
        <translation>привязка добавлена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="76"/>
        <source>unlinked</source>
        <translation>привязка исключена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="77"/>
        <source>signed off</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="78"/>
        <source>sign-off withdrawn</source>
        <translation>утверждение отозвано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="79"/>
        <source>password set</source>
        <translation>пароль задан</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="80"/>
        <source>login switched off</source>
        <translation>вход отключен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="81"/>
        <source>login switched on</source>
        <translation>вход включен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="86"/>
        <source>Ledger entry</source>
        <translation>Запись книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="87"/>
        <source>Financial year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="88"/>
        <source>Budget item</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="89"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="90"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="91"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="92"/>
        <source>Room booking</source>
        <translation>Бронирование помещения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="93"/>
        <source>Work plan activity</source>
        <translation>Направление деятельности плана работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="94"/>
        <source>Training need</source>
        <translation>Потребность в обучении</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="95"/>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="96"/>
        <source>RTC report</source>
        <translation>Отчет РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="97"/>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="98"/>
        <source>Login of the office</source>
        <translation>Режим входа в офис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="49"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="50"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="51"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="52"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="53"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="243"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="247"/>
        <source>Everyone</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="247"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="258"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="268"/>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="269"/>
        <source>W&amp;hat:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="270"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="271"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="272"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="293"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="293"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="293"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/audit_dialog.py" line="349"/>
        <source>%n entry(ies) found, %1 read</source>
        <translation>
            <numerusform>Найдена %n запись, загружено: %1</numerusform>
            <numerusform>Найдены %n записи, загружено: %1</numerusform>
            <numerusform>Найдено %n записей, загружено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/audit_dialog.py" line="353"/>
        <source>%n entry(ies) found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдены %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="362"/>
        <source>No entry selected.</source>
        <translation>Запись не выбрана.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/audit_dialog.py" line="366"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 (entry %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4 (запись журнала %5)</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../rocb_desk/ui/background.py" line="247"/>
        <source>Cancelling…</source>
        <translation>Отмена операции…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/background.py" line="306"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/background.py" line="411"/>
        <source>Reading %1…</source>
        <translation>Чтение файла %1…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/background.py" line="450"/>
        <source>Saving %1…</source>
        <translation>Сохранение файла %1…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="44"/>
        <source>%1 (the details are in %2)</source>
        <translation>%1 (подробности — в %2)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="67"/>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="68"/>
        <source>Backing up the office before closing…</source>
        <translation>Резервное копирование офиса перед закрытием…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="89"/>
        <source>The automatic backup failed: %1</source>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="151"/>
        <source>Today&apos;s automatic backup was written: %1</source>
        <translation>Сегодняшняя автоматическая резервная копия создана: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/backups.py" line="156"/>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Не удалось создать сегодняшнюю автоматическую резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../rocb_desk/ui/letters/body_editor.py" line="28"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/body_editor.py" line="30"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/body_editor.py" line="39"/>
        <source>• Bulleted list</source>
        <translation>• Маркированный список</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/body_editor.py" line="45"/>
        <source>1. Numbered list</source>
        <translation>1. Нумерованный список</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="83"/>
        <source>Room *</source>
        <translation>Помещение *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="84"/>
        <source>From *</source>
        <translation>С *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="85"/>
        <source>Until *</source>
        <translation>По *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="86"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="87"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="88"/>
        <source>Organization renting</source>
        <translation>Организация-арендатор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="89"/>
        <source>Rent (EUR)</source>
        <translation>Арендная плата (евро)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="90"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>BookingModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="274"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="275"/>
        <source>Hours</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="276"/>
        <source>Room</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="277"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="278"/>
        <source>Event or organization</source>
        <translation>Мероприятие или организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="279"/>
        <source>Rent (EUR)</source>
        <translation>Арендная плата (евро)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="280"/>
        <source>Received (EUR)</source>
        <translation>Получено (евро)</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <location filename="../rocb_desk/domain/books.py" line="38"/>
        <source>Member contribution</source>
        <translation>Взнос члена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/books.py" line="39"/>
        <source>Rent of premises</source>
        <translation>Аренда помещений</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/books.py" line="40"/>
        <source>Donation</source>
        <translation>Пожертвование</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/books.py" line="41"/>
        <source>Bank interest</source>
        <translation>Банковские проценты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/books.py" line="42"/>
        <source>Other income</source>
        <translation>Прочие доходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="326"/>
        <source>Item {code} is now {over} over its budget of {planned} for {year}.</source>
        <translation>Статья {code} теперь превышает бюджет {planned} на {year} на {over}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger_rows.py" line="35"/>
        <location filename="../rocb_desk/services/books/statement.py" line="47"/>
        <location filename="../rocb_desk/services/books/statement.py" line="89"/>
        <location filename="../rocb_desk/services/books/statement.py" line="297"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger_rows.py" line="36"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger_rows.py" line="37"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger_rows.py" line="38"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="110"/>
        <source>Ledger {year}</source>
        <translation>Книга учета {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="60"/>
        <location filename="../rocb_desk/services/books/statement.py" line="111"/>
        <location filename="../rocb_desk/services/books/statement.py" line="230"/>
        <location filename="../rocb_desk/services/events/documents.py" line="60"/>
        <location filename="../rocb_desk/services/events/documents.py" line="98"/>
        <location filename="../rocb_desk/services/events/documents.py" line="118"/>
        <location filename="../rocb_desk/services/workplan/documents.py" line="176"/>
        <location filename="../rocb_desk/services/workplan/documents.py" line="198"/>
        <source>ROCB Europe</source>
        <translation>РБНП Европа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="39"/>
        <source>Voucher</source>
        <translation>Документ №</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="40"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="41"/>
        <location filename="../rocb_desk/services/books/statement.py" line="142"/>
        <location filename="../rocb_desk/services/books/statement.py" line="265"/>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="42"/>
        <location filename="../rocb_desk/services/books/statement.py" line="160"/>
        <location filename="../rocb_desk/services/books/statement.py" line="321"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="43"/>
        <source>Item or income</source>
        <translation>Статья или доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="44"/>
        <location filename="../rocb_desk/services/books/statement.py" line="322"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="45"/>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="46"/>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="48"/>
        <location filename="../rocb_desk/services/books/statement.py" line="90"/>
        <location filename="../rocb_desk/services/books/statement.py" line="144"/>
        <location filename="../rocb_desk/services/books/statement.py" line="254"/>
        <location filename="../rocb_desk/services/books/statement.py" line="298"/>
        <location filename="../rocb_desk/services/books/statement.py" line="323"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="59"/>
        <source>Ledger, all years</source>
        <translation>Книга учета за все годы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="190"/>
        <location filename="../rocb_desk/services/books/statement.py" line="69"/>
        <location filename="../rocb_desk/services/books/statement.py" line="95"/>
        <location filename="../rocb_desk/services/books/statement.py" line="121"/>
        <location filename="../rocb_desk/services/books/statement.py" line="149"/>
        <location filename="../rocb_desk/services/books/statement.py" line="216"/>
        <location filename="../rocb_desk/services/books/statement.py" line="270"/>
        <location filename="../rocb_desk/services/books/statement.py" line="285"/>
        <location filename="../rocb_desk/services/books/statement.py" line="328"/>
        <location filename="../rocb_desk/services/events/documents.py" line="85"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="70"/>
        <location filename="../rocb_desk/services/books/statement.py" line="122"/>
        <source>Ledger</source>
        <translation>Книга учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="91"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="100"/>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="143"/>
        <location filename="../rocb_desk/services/books/statement.py" line="161"/>
        <location filename="../rocb_desk/services/books/statement.py" line="266"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="152"/>
        <source>By chapter</source>
        <translation>По главам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="162"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="163"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="164"/>
        <source>Variance</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="176"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="168"/>
        <location filename="../rocb_desk/services/books/contributions.py" line="184"/>
        <location filename="../rocb_desk/services/books/statement.py" line="188"/>
        <location filename="../rocb_desk/services/books/statement.py" line="210"/>
        <source>Paid</source>
        <translation>Уплачено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="169"/>
        <location filename="../rocb_desk/services/books/statement.py" line="189"/>
        <source>Partially paid</source>
        <translation>Уплачено частично</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="170"/>
        <location filename="../rocb_desk/services/books/statement.py" line="190"/>
        <source>Not paid</source>
        <translation>Не уплачено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="175"/>
        <source>Contributions statement: {member}</source>
        <translation>Справка о взносах: {member}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="176"/>
        <source>ROCB Europe, as of {day}</source>
        <translation>РБНП Европа, по состоянию на {day}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="183"/>
        <source>Contribution</source>
        <translation>Взнос</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="200"/>
        <source>Total outstanding: {amount} EUR.</source>
        <translation>Общая задолженность: {amount} евро.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="208"/>
        <source>Member administration</source>
        <translation>Администрация-член</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="186"/>
        <location filename="../rocb_desk/services/books/statement.py" line="209"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="185"/>
        <location filename="../rocb_desk/services/books/statement.py" line="211"/>
        <source>Outstanding</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="221"/>
        <source>Contributions</source>
        <translation>Взносы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="229"/>
        <source>Financial statement {year}</source>
        <translation>Финансовый отчет за {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="235"/>
        <source>Member contributions</source>
        <translation>Взносы членов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/contributions.py" line="182"/>
        <location filename="../rocb_desk/services/books/statement.py" line="51"/>
        <location filename="../rocb_desk/services/books/statement.py" line="88"/>
        <location filename="../rocb_desk/services/books/statement.py" line="239"/>
        <source>Financial year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="244"/>
        <source>Number of contributing members</source>
        <translation>Число членов, уплативших взносы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="257"/>
        <source>Expenditure in euros from {start} until {end}.</source>
        <translation>Расходы в евро с {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="267"/>
        <location filename="../rocb_desk/services/books/statement.py" line="278"/>
        <location filename="../rocb_desk/services/books/statement.py" line="293"/>
        <location filename="../rocb_desk/services/books/statement.py" line="333"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="273"/>
        <location filename="../rocb_desk/services/books/statement.py" line="277"/>
        <source>Revenue</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="288"/>
        <location filename="../rocb_desk/services/books/statement.py" line="292"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="296"/>
        <source>Opening balance</source>
        <translation>Остаток на начало</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="300"/>
        <source>Closing balance</source>
        <translation>Остаток на конец</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="308"/>
        <source>Detailed expenditure {year}</source>
        <translation>Детализация расходов за {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="312"/>
        <source>Chapter {number} – {name}</source>
        <translation>Глава {number} – {name}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="335"/>
        <source>Grand total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message>
        <location filename="../rocb_desk/ui/books/tab.py" line="35"/>
        <source>Ledger</source>
        <translation>Книга учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/tab.py" line="36"/>
        <source>Contributions</source>
        <translation>Взносы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/tab.py" line="37"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/tab.py" line="38"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="66"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="67"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="68"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="69"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="70"/>
        <source>Variance</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="71"/>
        <source>% used</source>
        <translation>% исполнения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="83"/>
        <source>Total {chapter}</source>
        <translation>Итого: {chapter}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="84"/>
        <source>chapter {number}</source>
        <translation>глава {number}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="95"/>
        <source>Total budget</source>
        <translation>Итого по бюджету</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="154"/>
        <source>Double-click to change the planned amount.</source>
        <translation>Дважды щелкните, чтобы изменить плановую сумму.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="156"/>
        <source>Over budget by {amount}</source>
        <translation>Превышение бюджета на {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="201"/>
        <source>&amp;Financial year:</source>
        <translation>&amp;Финансовый год:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="218"/>
        <source>Double-click a planned amount to change it.</source>
        <translation>Дважды щелкните плановую сумму, чтобы изменить ее.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/budget_view.py" line="225"/>
        <source>&amp;New item…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../rocb_desk/cli.py" line="249"/>
        <source>Backup before the upgrade: {path}</source>
        <translation>Резервная копия перед обновлением: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="253"/>
        <source>Office ready: {path}</source>
        <translation>Офис готов: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_upkeep.py" line="49"/>
        <source>Notice: {text}</source>
        <translation>Замечание: {text}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_upkeep.py" line="52"/>
        <source>The office is sound: {path}</source>
        <translation>Ошибок в офисе не обнаружено: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_upkeep.py" line="65"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия создана и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_upkeep.py" line="81"/>
        <source>Office restored: {path}</source>
        <translation>Офис восстановлен: {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="292"/>
        <source>Imported {count} entries from {path}</source>
        <translation>Импортировано записей: {count} из {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="350"/>
        <source>Note: the office has no events in {year}.</source>
        <translation>Примечание: в офисе нет мероприятий за {year}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="383"/>
        <source>Note: the office has no work plan for {year}.</source>
        <translation>Примечание: в офисе нет плана работы на {year}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="467"/>
        <source>Imported {count} letters from {path}</source>
        <translation>Импортировано писем: {count} из {path}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="482"/>
        <source>Indexed {count} letters</source>
        <translation>Проиндексировано писем: {count}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="516"/>
        <source>row {row}, column {column}: {reason}</source>
        <translation>строка {row}, столбец {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="518"/>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="557"/>
        <source>Unexpected error: {error} (details in {log})</source>
        <translation>Непредвиденная ошибка: {error} (подробности в {log})</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="69"/>
        <location filename="../rocb_desk/cli_trust.py" line="89"/>
        <source>Password for {user}: </source>
        <translation>Пароль пользователя {user}: </translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="90"/>
        <source>The same password again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="113"/>
        <source>Account {name} added: {role}</source>
        <translation>Учетная запись {name} добавлена: {role}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="147"/>
        <source>Login is off: the office acts as its one user.</source>
        <translation>Вход отключен: офис работает от имени своего единственного пользователя.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="149"/>
        <source>Login is on: every command and window asks who is there.</source>
        <translation>Вход включен: каждая команда и каждое окно спрашивают, кто работает.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/synthetic/__init__.py" line="78"/>
        <source>Built {years} financial years ({first} to {last}, {closed} closed) in {seconds} s: {entries} ledger entries, {letters} letters ({attachments} with an attachment, {pdfs} of them PDF files), {events} events with {participants} participants, {activities} work-plan activities.</source>
        <translation>Создано финансовых лет: {years} (с {first} по {last}, закрыто: {closed}) за {seconds} с. Записей книги учета: {entries}; писем: {letters} (с вложением: {attachments}, из них в формате PDF: {pdfs}); мероприятий: {events} (участников: {participants}); направлений деятельности плана работы: {activities}.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="120"/>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="121"/>
        <source>Show the events of every day again</source>
        <translation>Снова показать мероприятия всех дней</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="159"/>
        <source>Click a day to see its events.</source>
        <translation>Щелкните день, чтобы увидеть его мероприятия.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="162"/>
        <source>Events of %1</source>
        <translation>Мероприятия %1</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="49"/>
        <source>Link expenses to the event</source>
        <translation>Привязка расходов к мероприятию</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="61"/>
        <source>Expenses of the event&apos;s financial year not linked to an event:</source>
        <translation>Расходы финансового года мероприятия, не привязанные ни к одному мероприятию:</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="201"/>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="232"/>
        <source>No work plan is kept yet.</source>
        <translation>План работы пока не внесен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="237"/>
        <source>Activities of the plan %1 by status</source>
        <translation>Направления деятельности плана %1 по статусам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="249"/>
        <source>Activities: %1</source>
        <translation>Направлений деятельности: %1</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="67"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
</context>
<context>
    <name>CheckListModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="365"/>
        <source>Inactive record no. %1</source>
        <translation>Неактивная запись № %1</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="76"/>
        <source>The text of the letter: paragraphs, bold, italics, lists.</source>
        <translation>Текст письма: абзацы, полужирный, курсив, списки.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="81"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="83"/>
        <source>Restriction</source>
        <translation>Уровень доступа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="86"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="87"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="88"/>
        <source>Subject *</source>
        <translation>Тема *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="103"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;проект</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="104"/>
        <source>Keep the letter as a draft; its number is reserved</source>
        <translation>Сохранить письмо как проект; его номер резервируется</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="106"/>
        <source>&amp;Register as sent</source>
        <translation>&amp;Зарегистрировать как отправленное</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="109"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="112"/>
        <source>Export &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="115"/>
        <source>&amp;One PDF per addressee…</source>
        <translation>&amp;Отдельный PDF для каждого адресата…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="142"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="143"/>
        <source>One member administration</source>
        <translation>Одна администрация-член</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="145"/>
        <source>Circular to all member administrations</source>
        <translation>Циркулярное письмо всем администрациям-членам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="148"/>
        <source>Circular to the administrations chosen below</source>
        <translation>Циркулярное письмо администрациям, выбранным ниже</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="163"/>
        <source>Member administrations</source>
        <translation>Таможенные администрации-члены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="202"/>
        <source>To the attention of %1</source>
        <translation>Вниманию: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="204"/>
        <source>No contact point is recorded for the administration.</source>
        <translation>Для этой администрации не указано контактное лицо.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="293"/>
        <source>Draft saved; the number %1 is reserved</source>
        <translation>Проект сохранен; номер %1 зарезервирован</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="302"/>
        <source>Letter %1 registered</source>
        <translation>Письмо %1 зарегистрировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="302"/>
        <source>Letter %1 saved</source>
        <translation>Письмо %1 сохранено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="326"/>
        <source>Outgoing letter %1</source>
        <translation>Исходящее письмо %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="328"/>
        <source>Given when the draft is saved</source>
        <translation>Присваивается при сохранении проекта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="329"/>
        <source>New outgoing letter</source>
        <translation>Новое исходящее письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="334"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/composer.py" line="342"/>
        <source>The letter has changes that are not saved. Save them as a draft?</source>
        <translation>В письме есть несохраненные изменения. Сохранить их как проект?</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="177"/>
        <source>Member administration</source>
        <translation>Администрация-член</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="179"/>
        <source>Arrears</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="182"/>
        <source>Outstanding over every year kept in the books up to {year}</source>
        <translation>Задолженность за все годы учета по {year} включительно</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="213"/>
        <source>Paid {paid} of {due}; outstanding {outstanding}</source>
        <translation>Уплачено {paid} из {due}; задолженность {outstanding}</translation>
    </message>
</context>
<context>
    <name>ContributionsTrendChart</name>
    <message>
        <location filename="../rocb_desk/ui/books/charts.py" line="161"/>
        <source>Contributing members per year</source>
        <translation>Число членов, уплативших взносы, по годам</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="252"/>
        <source>paid</source>
        <translation>уплачено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="253"/>
        <source>partly paid</source>
        <translation>уплачено частично</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="254"/>
        <source>not paid</source>
        <translation>не уплачено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="265"/>
        <source>Contributions &amp;statement…</source>
        <translation>&amp;Справка о взносах…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="267"/>
        <source>What the selected administration paid each year and still owes</source>
        <translation>Что выбранная администрация уплатила по годам и сколько еще должна</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="272"/>
        <source>&amp;Years…</source>
        <translation>&amp;Годы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="273"/>
        <source>Standard contribution, and years kept before ROCB Desk</source>
        <translation>Стандартный взнос и годы, учтенные до ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="301"/>
        <location filename="../rocb_desk/ui/books/grids.py" line="307"/>
        <source>Contributions statement</source>
        <translation>Справка о взносах</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="302"/>
        <source>Select a member administration first.</source>
        <translation>Сначала выберите администрацию-члена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="309"/>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Документ PDF (*.pdf);;Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="324"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/grids.py" line="357"/>
        <source>No financial year is kept in the books yet.</source>
        <translation>В учете пока нет ни одного финансового года.</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/books/grids.py" line="360"/>
        <source>%n contributing member(s) in {year}, total {total}</source>
        <translation>
            <numerusform>%n член уплатил взнос за {year}, всего {total}</numerusform>
            <numerusform>%n члена уплатили взносы за {year}, всего {total}</numerusform>
            <numerusform>%n членов уплатили взносы за {year}, всего {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrespondentsEditor</name>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="84"/>
        <source>An administration, partner or RTC, or any name</source>
        <translation>Администрация, организация-партнер, РУЦ или любое другое наименование</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="91"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="93"/>
        <source>All &amp;members</source>
        <translation>Все &amp;члены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="94"/>
        <source>Every active member administration: a circular</source>
        <translation>Все действующие администрации-члены: циркулярное письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="96"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="109"/>
        <source>Circular letter: the list above are its recipients</source>
        <translation>Циркулярное письмо: его адресаты перечислены выше</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="139"/>
        <source>Not in the Directory</source>
        <translation>Нет в справочнике</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="172"/>
        <source>%n correspondent(s)</source>
        <translation>
            <numerusform>%n корреспондент</numerusform>
            <numerusform>%n корреспондента</numerusform>
            <numerusform>%n корреспондентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="180"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="181"/>
        <source>Voucher</source>
        <translation>Документ №</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="182"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="183"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="184"/>
        <source>Amount (EUR)</source>
        <translation>Сумма (евро)</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="104"/>
        <source>&amp;Link expenses…</source>
        <translation>&amp;Привязать расходы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="105"/>
        <source>U&amp;nlink</source>
        <translation>&amp;Снять привязку</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="114"/>
        <source>Costs are expenses of the books; unlinking keeps them in the books.</source>
        <translation>Затраты — это расходы из книги учета; при снятии привязки они остаются в учете.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="131"/>
        <source>Total: %1 EUR</source>
        <translation>Итого: %1 евро</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="145"/>
        <source>Link expenses</source>
        <translation>Привязка расходов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="146"/>
        <source>Every expense of the event&apos;s financial year is already linked.</source>
        <translation>Все расходы финансового года мероприятия уже привязаны.</translation>
    </message>
</context>
<context>
    <name>CredentialsForm</name>
    <message>
        <location filename="../rocb_desk/ui/trust/credentials.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/credentials.py" line="45"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/credentials.py" line="80"/>
        <source>Type your name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="382"/>
        <source>ROCB Europe directory</source>
        <translation>Справочник РБНП Европа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="80"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="81"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="82"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="215"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="83"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="85"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="122"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="87"/>
        <source>Name (English)</source>
        <translation>Наименование (англ.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="88"/>
        <location filename="../rocb_desk/services/directory_lists.py" line="151"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="89"/>
        <source>Web site</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="92"/>
        <source>International organization</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="93"/>
        <source>Regional organization</source>
        <translation>Региональная организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="94"/>
        <source>Academic institution</source>
        <translation>Научно-образовательное учреждение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="95"/>
        <source>National agency</source>
        <translation>Национальное ведомство</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="96"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="97"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="102"/>
        <source>Member administrations</source>
        <translation>Таможенные администрации-члены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="103"/>
        <source>Member administration</source>
        <translation>Таможенная администрация-член</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="107"/>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="116"/>
        <source>National Contact Points</source>
        <translation>Национальные контактные лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="117"/>
        <source>National Contact Point</source>
        <translation>Национальное контактное лицо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="130"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="131"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="138"/>
        <source>Regional Training Centers</source>
        <translation>Региональные учебные центры (РУЦ)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="139"/>
        <source>Regional Training Center</source>
        <translation>Региональный учебный центр</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="142"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="145"/>
        <source>Short name (English)</source>
        <translation>Краткое наименование (англ.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="149"/>
        <source>Short name (Russian)</source>
        <translation>Краткое наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="152"/>
        <source>Host administration</source>
        <translation>Принимающая администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="153"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="156"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="159"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="161"/>
        <source>One a line: name; e-mail; phone</source>
        <translation>По одному на строку: ФИО; эл. почта; телефон</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="168"/>
        <source>Partner organizations</source>
        <translation>Организации-партнеры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="169"/>
        <source>Partner organization</source>
        <translation>Организация-партнер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="172"/>
        <source>Abbreviation</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="176"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="185"/>
        <source>Regional Experts Database</source>
        <translation>Региональная база данных экспертов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="186"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="193"/>
        <source>Fields of expertise</source>
        <translation>Области компетенции</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="195"/>
        <source>One field of expertise a line</source>
        <translation>По одной области компетенции на строку</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="197"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="199"/>
        <source>WCO-accredited</source>
        <translation>Аккредитован ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="201"/>
        <source>Consent to share</source>
        <translation>Согласие на передачу данных</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="208"/>
        <source>e-Training accounts</source>
        <translation>Учетные записи e-Training</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="209"/>
        <source>e-Training account</source>
        <translation>Учетная запись e-Training</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="216"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="224"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="225"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="226"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory_lists.py" line="230"/>
        <source>Takes over on</source>
        <translation>Приступает к обязанностям</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="211"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="211"/>
        <source>What it is</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="211"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="188"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="188"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="188"/>
        <source>Final report</source>
        <translation>Итоговый отчет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="191"/>
        <source>&amp;Add files…</source>
        <translation>Доб&amp;авить файлы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="192"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="201"/>
        <source>Attach as</source>
        <translation>Прикрепить как</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="207"/>
        <source>Drop files here to attach them to the event.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их к мероприятию.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="229"/>
        <source>Attach documents to the event</source>
        <translation>Прикрепление документов к мероприятию</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="265"/>
        <source>Open</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="274"/>
        <source>Remove %1 from the event?</source>
        <translation>Удалить документ %1 из мероприятия?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_panels.py" line="276"/>
        <source>Remove document</source>
        <translation>Удаление документа</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="44"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="45"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="54"/>
        <source>A member administration, a partner, or a supplier&apos;s name</source>
        <translation>Администрация-член, партнер или наименование поставщика</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="57"/>
        <source>Numbered automatically</source>
        <translation>Нумеруется автоматически</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="59"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="60"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="68"/>
        <source>Date *</source>
        <translation>Дата *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="69"/>
        <source>Type *</source>
        <translation>Тип *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="70"/>
        <source>Budget item or income *</source>
        <translation>Статья или вид дохода *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="71"/>
        <source>Amount (EUR) *</source>
        <translation>Сумма (евро) *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="72"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="73"/>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="74"/>
        <source>Voucher</source>
        <translation>Документ №</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/entry_dialog.py" line="75"/>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="36"/>
        <source>“{value}” is not a database address.</source>
        <translation>«{value}» не является адресом базы данных.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="66"/>
        <source>{path} is a folder, not an office file.</source>
        <translation>{path} — это папка, а не файл офиса.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="72"/>
        <source>{path} is not an office database: it is not a SQLite file.</source>
        <translation>{path} не является базой данных офиса: это не файл SQLite.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="93"/>
        <source>Cannot use the database {url}: {reason}.</source>
        <translation>Невозможно использовать базу данных {url}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="280"/>
        <source>The folder of {path} cannot be written to: {reason}.</source>
        <translation>Нет права записи в папку {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/db/engine.py" line="402"/>
        <source>{path} cannot be read as an office database: {reason}.</source>
        <translation>Невозможно прочитать {path} как базу данных офиса: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/money.py" line="19"/>
        <source>“{value}” is not an amount in euros with at most two decimals</source>
        <translation>«{value}» не является суммой в евро с не более чем двумя знаками после запятой</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/money.py" line="41"/>
        <source>“{value}” is too large an amount for the office&apos;s books</source>
        <translation>«{value}» — слишком большая сумма для книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/validation.py" line="14"/>
        <location filename="../rocb_desk/services/books/classification.py" line="18"/>
        <location filename="../rocb_desk/services/books/ledger.py" line="62"/>
        <location filename="../rocb_desk/services/letters/register.py" line="56"/>
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
        <location filename="../rocb_desk/services/rtc/reports.py" line="60"/>
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
        <location filename="../rocb_desk/exports/letter.py" line="42"/>
        <source>Cannot save a report as “{suffix}”: choose an Excel (.xlsx), Word (.docx) or PDF (.pdf) file</source>
        <translation>Невозможно сохранить отчет в формате «{suffix}»: выберите файл Excel (.xlsx), Word (.docx) или PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="66"/>
        <location filename="../rocb_desk/exports/certificates.py" line="37"/>
        <location filename="../rocb_desk/services/backups.py" line="99"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папка {path} не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="71"/>
        <location filename="../rocb_desk/exports/certificates.py" line="38"/>
        <location filename="../rocb_desk/services/backups.py" line="104"/>
        <source>The folder {path} cannot be written to.</source>
        <translation>Нет права записи в папку {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="98"/>
        <source>Cannot write “{path}”: the file is open in another program or the folder is read-only</source>
        <translation>Невозможно записать «{path}»: файл открыт в другой программе или папка доступна только для чтения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="106"/>
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
        <location filename="../rocb_desk/services/books/ledger.py" line="36"/>
        <source>The type is income or expense, not “{value}”.</source>
        <translation>Тип — income (доход) или expense (расход), а не «{value}».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="37"/>
        <source>“{value}” is not a budget item code (1.0, 2.1 … 6.0).</source>
        <translation>«{value}» не является кодом статьи бюджета (1.0, 2.1 … 6.0).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="40"/>
        <source>“{value}” is not a kind of income (contribution, rent, donation, interest, other).</source>
        <translation>«{value}» не является видом дохода (contribution, rent, donation, interest, other).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="44"/>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="60"/>
        <source>“{value}” is not a date; write it as 2021-03-31.</source>
        <translation>«{value}» не является датой; укажите ее в виде 2021-03-31.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="45"/>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="46"/>
        <source>“{value}” is not a member administration of the Directory (name or ISO code).</source>
        <translation>«{value}» не является администрацией-членом из справочника (наименование или код ISO).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="50"/>
        <source>A contribution needs the member administration that paid it.</source>
        <translation>Для взноса нужно указать администрацию-члена, которая его уплатила.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="53"/>
        <source>The voucher number {value} is already used in {year}.</source>
        <translation>Номер документа {value} уже использован в {year}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="59"/>
        <source>The payment method is bank or cash, not “{value}”.</source>
        <translation>Способ оплаты — bank (банк) или cash (наличные), а не «{value}».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="48"/>
        <source>{path} is not a file.</source>
        <translation>{path} не является файлом.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="51"/>
        <source>{path} is larger than {limit} MB.</source>
        <translation>Размер файла {path} превышает {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="78"/>
        <source>{path} cannot be copied into the office: {reason}</source>
        <translation>Не удалось скопировать {path} в офис: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="139"/>
        <location filename="../rocb_desk/services/books/ledger.py" line="63"/>
        <location filename="../rocb_desk/services/directory.py" line="32"/>
        <source>The record no longer exists; it may have been removed.</source>
        <translation>Запись больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="156"/>
        <source>Attachment {name} is missing ({sha}).</source>
        <translation>Вложение {name} отсутствует ({sha}).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="168"/>
        <source>Attachment {name} has changed on disk ({sha}).</source>
        <translation>Вложение {name} изменено на диске ({sha}).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="175"/>
        <source>{path} is an unfinished copy left by an interrupted import: no record names it, and it may be deleted.</source>
        <translation>{path} — незавершенная копия, оставшаяся после прерванного импорта: ни одна запись на нее не ссылается, и ее можно удалить.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/attachments.py" line="180"/>
        <source>{path} in the attachments folder is named by no record: an orphan, perhaps left by an interrupted import.</source>
        <translation>На файл {path} в папке вложений не ссылается ни одна запись: это «осиротевший» файл, возможно, оставшийся после прерванного импорта.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="33"/>
        <source>This contact point was replaced by a successor; its history cannot change.</source>
        <translation>Это контактное лицо заменено преемником; его история не может быть изменена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="36"/>
        <source>This contact point has already ended; add the new contact point instead.</source>
        <translation>Полномочия этого контактного лица уже завершены; вместо замены добавьте новое контактное лицо.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="39"/>
        <source>Choose a member administration from the list.</source>
        <translation>Выберите таможенную администрацию-члена из списка.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/directory.py" line="315"/>
        <source>The new contact point must start after {day}.</source>
        <translation>Новое контактное лицо должно приступить к обязанностям после {day}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="36"/>
        <source>The protection {name} is missing from the database: the audit trail could be changed without a trace.</source>
        <translation>В базе данных отсутствует защита {name}: журнал аудита можно изменить бесследно.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="41"/>
        <source>The protection {name} is missing from the database: the books of a closed financial year could be changed.</source>
        <translation>В базе данных отсутствует защита {name}: учетные данные закрытого финансового года можно изменить.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="46"/>
        <source>The protection {name} is missing from the database: closing and reopening a financial year no longer keeps its stored sums.</source>
        <translation>В базе данных отсутствует защита {name}: при закрытии и повторном открытии финансового года его сохраненные суммы больше не поддерживаются.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/maintenance.py" line="111"/>
        <source>Database integrity: {detail}</source>
        <translation>Целостность базы данных: {detail}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="57"/>
        <source>A server database is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Резервное копирование серверной базы данных выполняется средствами самого сервера (pg_dump).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/__init__.py" line="61"/>
        <location filename="../rocb_desk/exports/certificates.py" line="39"/>
        <location filename="../rocb_desk/services/backups.py" line="93"/>
        <location filename="../rocb_desk/services/backups.py" line="285"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="73"/>
        <source>Write the backup outside the office: {path} belongs to the office itself.</source>
        <translation>Сохраните резервную копию вне офиса: {path} принадлежит самому офису.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="167"/>
        <source>The backup failed its check: {reason}</source>
        <translation>Резервная копия не прошла проверку: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="152"/>
        <source>The backup cannot be written to {path}: {reason}</source>
        <translation>Не удалось записать резервную копию в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="185"/>
        <source>the file cannot be read as a backup ({detail})</source>
        <translation>файл не читается как резервная копия ({detail})</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="186"/>
        <source>it is not an ROCB Desk backup</source>
        <translation>это не резервная копия ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="187"/>
        <source>it holds an unsafe file name: {detail}</source>
        <translation>в ней недопустимое имя файла: {detail}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="188"/>
        <source>it would unpack to more than {detail} GB</source>
        <translation>при распаковке она заняла бы более {detail} ГБ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="189"/>
        <source>{detail}: the checksum does not match</source>
        <translation>{detail}: контрольная сумма не совпадает</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="190"/>
        <source>its database is damaged: {detail}</source>
        <translation>ее база данных повреждена: {detail}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="282"/>
        <source>Only an office file can be restored here.</source>
        <translation>Здесь можно восстановить только файл офиса.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="289"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="295"/>
        <source>Close the ROCB Desk window of {path} before restoring it.</source>
        <translation>Перед восстановлением закройте окно ROCB Desk, в котором открыт {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="333"/>
        <source>{path} already holds an office; use --force to replace it.</source>
        <translation>{path} уже содержит офис; для его замены используйте --force.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="343"/>
        <source>{path} is not a sound backup: {reason}</source>
        <translation>{path} не является исправной резервной копией: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="350"/>
        <source>The backup comes from a newer version of ROCB Desk.</source>
        <translation>Резервная копия создана более новой версией ROCB Desk.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="507"/>
        <source>Audit record {id} is not the one the backup of {date} holds: the audit trail was rewritten after that backup.</source>
        <translation>Запись журнала аудита {id} не совпадает с записью из резервной копии от {date}: журнал аудита был переписан после создания этой копии.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="512"/>
        <source>The audit trail ends before record {id}, which the backup of {date} holds: records were removed from its end.</source>
        <translation>Журнал аудита заканчивается раньше записи {id}, которая есть в резервной копии от {date}: из конца журнала были удалены записи.</translation>
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
        <source>This office is busy: it is being restored, or an older version of ROCB Desk has it open: {path}. Try again in a moment.</source>
        <translation>Офис занят: он восстанавливается или открыт в более старой версии ROCB Desk: {path}. Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="36"/>
        <source>This office must be upgraded for this version of ROCB Desk, and another ROCB Desk window has it open: {path}. Close the other windows first; the file was not changed.</source>
        <translation>Для этой версии ROCB Desk офис необходимо обновить, но он открыт в другом окне ROCB Desk: {path}. Сначала закройте другие окна; файл не изменен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="41"/>
        <source>The office database {path} cannot be opened: {reason}.</source>
        <translation>Не удалось открыть базу данных офиса {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="145"/>
        <source>There is no office at {path}; create one with the init command.</source>
        <translation>По адресу {path} офиса нет; создайте его командой init.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/backups.py" line="499"/>
        <source>The backup before the upgrade failed its check ({reason}); nothing was changed.</source>
        <translation>Резервная копия, созданная перед обновлением, не прошла проверку ({reason}); изменения не внесены.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office.py" line="246"/>
        <source>The schema is at revision {current}; this version expects {head}.</source>
        <translation>Версия схемы — {current}; для этой версии приложения требуется {head}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/app.py" line="213"/>
        <source>The picture cannot be written to {path}.</source>
        <translation>Не удалось записать изображение в {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/fiscal.py" line="28"/>
        <location filename="../rocb_desk/services/rtc/importing.py" line="71"/>
        <source>“{value}” is not a financial year; write it as 2020/2021.</source>
        <translation>«{value}» не является финансовым годом; укажите его в виде 2020/2021.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/references.py" line="25"/>
        <source>“{value}” is not a letter reference; write it as 2021/2 or IN-2021/14.</source>
        <translation>«{value}» не является номером письма; укажите его в виде 2021/2 или IN-2021/14.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="41"/>
        <source>{path} cannot be read as a CSV or XLSX file: {reason}</source>
        <translation>Невозможно прочитать {path} как файл CSV или XLSX: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="42"/>
        <source>{path} has no header row and no entries.</source>
        <translation>В {path} нет ни строки заголовков, ни записей.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="43"/>
        <source>{path} has a header row but no entries.</source>
        <translation>В {path} есть строка заголовков, но нет записей.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="44"/>
        <source>The column “{value}” is missing from the header row.</source>
        <translation>В строке заголовков нет столбца «{value}».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="47"/>
        <source>{path}: only .csv and .xlsx files can be imported.</source>
        <translation>{path}: импортировать можно только файлы .csv и .xlsx.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="48"/>
        <source>{path} has more than {limit} rows; import it in several smaller files.</source>
        <translation>Число строк в {path} превышает {limit}; разделите данные на несколько файлов меньшего размера и импортируйте их по отдельности.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="51"/>
        <source>{path} has more than {limit} rows, more than an Excel file is read at once: save it as CSV (up to {csv_limit} rows) or import it in several smaller files.</source>
        <translation>Число строк в {path} превышает {limit} — это больше, чем читается из файла Excel за один раз: сохраните его в формате CSV (до {csv_limit} строк) или разделите данные на несколько файлов меньшего размера и импортируйте их по отдельности.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/tabular.py" line="56"/>
        <source>{path}, row {row}: a cell holds more than {limit} characters.</source>
        <translation>{path}, строка {row}: число символов в ячейке превышает {limit}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="22"/>
        <source>The financial year {year} is closed; correct it with a reversal entry in an open year.</source>
        <translation>Финансовый год {year} закрыт; исправьте его сторнирующей записью в открытом году.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="26"/>
        <source>The financial year {year} was not closed: the database did not store its sums (run the check: a protection of the database is missing).</source>
        <translation>Финансовый год {year} не закрыт: база данных не сохранила его суммы (запустите проверку: в базе данных отсутствует одна из защит).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="152"/>
        <source>Reopening the year {year} needs an explicit confirmation.</source>
        <translation>Повторное открытие года {year} требует явного подтверждения.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="174"/>
        <source>The financial year {year} is marked closed, but the audit trail does not record its closing: it was closed outside ROCB Desk.</source>
        <translation>Финансовый год {year} отмечен как закрытый, но в журнале аудита нет записи о его закрытии: он был закрыт вне ROCB Desk.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="179"/>
        <source>The financial year {year} closed with income {income} and expenditure {expenditure}; its entries now give {income_now} and {expenditure_now}: its books were changed after the close.</source>
        <translation>Финансовый год {year} был закрыт с доходами {income} и расходами {expenditure}; сейчас его записи дают {income_now} и {expenditure_now}: учет изменили после закрытия.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/years.py" line="185"/>
        <source>The sums stored for the closed financial year {year} no longer match its entries, line by line and item by item (stored: income {income}, expenditure {expenditure}; the entries: {income_now}, {expenditure_now}). Reopen the year and close it again to make them anew.</source>
        <translation>Суммы, сохраненные для закрытого финансового года {year}, больше не совпадают с его записями по строкам и статьям (сохранено: доходы {income}, расходы {expenditure}; по записям: {income_now}, {expenditure_now}). Откройте год снова и закройте его, чтобы суммы были составлены заново.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli.py" line="304"/>
        <location filename="../rocb_desk/services/letters/composer.py" line="32"/>
        <source>Write this document as {suffixes}, not {path}.</source>
        <translation>Сохраните этот документ как {suffixes}, а не {path}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/classification.py" line="19"/>
        <source>An item of chapter {chapter} is numbered {chapter}.N, for example {chapter}.7.</source>
        <translation>Статья главы {chapter} нумеруется {chapter}.N, например {chapter}.7.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/classification.py" line="22"/>
        <source>The item {value} already exists.</source>
        <translation>Статья {value} уже существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/classification.py" line="23"/>
        <source>Choose the chapter of the item.</source>
        <translation>Выберите главу статьи.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/classification.py" line="24"/>
        <source>The number of contributing members is between 0 and 60.</source>
        <translation>Число членов, уплативших взносы, — от 0 до 60.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/classification.py" line="25"/>
        <source>The standard contribution must be more than zero.</source>
        <translation>Стандартный взнос должен быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="129"/>
        <source>The end date {end} is before the start {start}.</source>
        <translation>Дата окончания {end} предшествует дате начала {start}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="130"/>
        <source>A number of people or countries cannot be negative.</source>
        <translation>Число участников или стран не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="131"/>
        <source>{value} is more than any event holds.</source>
        <translation>Число {value} слишком велико для мероприятия.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="133"/>
        <source>An event needs a title in English or in Russian.</source>
        <translation>У мероприятия должно быть название на английском или русском языке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/certificates.py" line="34"/>
        <source>No participant is marked present: there is no certificate to make.</source>
        <translation>Ни один участник не отмечен как присутствовавший: сертификаты выдавать некому.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="30"/>
        <source>The booking no longer exists; it may have been removed.</source>
        <translation>Бронирование больше не существует; возможно, оно было удалено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="31"/>
        <source>The booking must end after it starts.</source>
        <translation>Окончание бронирования должно быть позже его начала.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="32"/>
        <source>{room} is already booked from {start} to {end} ({what}).</source>
        <translation>{room}: помещение уже забронировано с {start} по {end} ({what}).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="35"/>
        <source>A rental needs the organization renting.</source>
        <translation>Для аренды укажите организацию-арендатора.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="36"/>
        <source>A booking for the office&apos;s own event needs the event.</source>
        <translation>Для бронирования под собственное мероприятие офиса укажите мероприятие.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="37"/>
        <source>The rent cannot be negative.</source>
        <translation>Арендная плата не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="38"/>
        <source>Choose a room.</source>
        <translation>Выберите помещение.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="39"/>
        <source>The booking has no rent to receive.</source>
        <translation>По этому бронированию не причитается арендная плата.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="40"/>
        <source>The rent of this booking is already in the books.</source>
        <translation>Арендная плата по этому бронированию уже отражена в учете.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="41"/>
        <source>The rent of this booking is in the books: its rent, purpose and organization stay as they were posted (reverse the income entry in the books to correct it).</source>
        <translation>Арендная плата по этому бронированию уже отражена в учете: сумма, назначение и организация остаются такими, какими были проведены (чтобы исправить их, сторнируйте запись о доходе в книге учета).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="36"/>
        <source>The participant no longer exists; it may have been removed.</source>
        <translation>Участник больше не существует; возможно, он был удален.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="39"/>
        <source>“{value}” is not a gender: write female or male, or leave it empty.</source>
        <translation>«{value}» не является указанием пола: укажите female (женский) или male (мужской) либо оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="42"/>
        <source>“{value}” is not an attendance: write registered, present, absent or excused.</source>
        <translation>«{value}» не является отметкой о присутствии: укажите registered (зарегистрирован(а)), present (присутствовал(а)), absent (отсутствовал(а)) или excused (отсутствовал(а) по уважительной причине).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="47"/>
        <source>{name} is already on row {row}.</source>
        <translation>{name} уже указан(а) в строке {row}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="48"/>
        <source>{name} is already registered for this event.</source>
        <translation>{name} уже зарегистрирован(а) на это мероприятие.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="49"/>
        <location filename="../rocb_desk/services/rtc/reports.py" line="59"/>
        <source>At most {limit} characters.</source>
        <translation>Максимальное число символов: {limit}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="50"/>
        <source>The administration is no longer in the Directory; choose it again.</source>
        <translation>Этой администрации больше нет в справочнике; выберите ее заново.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="51"/>
        <source>The event no longer exists; it may have been removed.</source>
        <translation>Мероприятие больше не существует; возможно, оно было удалено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/ledger.py" line="56"/>
        <location filename="../rocb_desk/services/events/register.py" line="52"/>
        <location filename="../rocb_desk/services/newsletter.py" line="35"/>
        <location filename="../rocb_desk/services/workplan/needs.py" line="36"/>
        <location filename="../rocb_desk/services/workplan/register.py" line="33"/>
        <source>This is longer than {limit} characters.</source>
        <translation>Превышено максимальное число символов: {limit}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="53"/>
        <location filename="../rocb_desk/services/workplan/evidence.py" line="40"/>
        <location filename="../rocb_desk/services/workplan/needs.py" line="38"/>
        <source>A chosen record no longer exists; it may have been removed.</source>
        <translation>Одна из выбранных записей больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="56"/>
        <location filename="../rocb_desk/services/letters/register.py" line="55"/>
        <location filename="../rocb_desk/services/workplan/evidence.py" line="41"/>
        <location filename="../rocb_desk/services/workplan/framework.py" line="30"/>
        <location filename="../rocb_desk/services/workplan/needs.py" line="28"/>
        <location filename="../rocb_desk/services/workplan/register.py" line="32"/>
        <source>“{value}” is not one of the choices.</source>
        <translation>«{value}» не входит в число допустимых вариантов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="57"/>
        <source>Only an expense of the books can be a cost of an event.</source>
        <translation>Затратами мероприятия могут быть только расходы из книги учета.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="60"/>
        <source>The event has costs in the closed financial year {year}; it cannot be deleted.</source>
        <translation>У мероприятия есть затраты в закрытом финансовом году {year}; удалить его нельзя.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/register.py" line="64"/>
        <source>The entry no longer exists; it may have been removed.</source>
        <translation>Запись больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="61"/>
        <source>The direction is in or out, not “{value}”.</source>
        <translation>Направление — in (входящее) или out (исходящее), а не «{value}».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="62"/>
        <source>The file {value} is not in the folder.</source>
        <translation>Файла {value} нет в папке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="63"/>
        <source>{value} names a file outside the folder.</source>
        <translation>{value} указывает на файл вне папки.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="64"/>
        <source>The file {value} is larger than {limit} MB.</source>
        <translation>Размер файла {value} превышает {limit} МБ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="65"/>
        <source>The reference {value} is already on row {row}.</source>
        <translation>Номер {value} уже указан в строке {row}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="66"/>
        <source>The reference “{value}” has a number larger than {limit}.</source>
        <translation>Номер «{value}» содержит число больше {limit}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/archive_import.py" line="71"/>
        <source>{path} was removed or changed during the import; nothing was imported.</source>
        <translation>Файл {path} был удален или изменен во время импорта; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="27"/>
        <source>No letter has the reference {value}.</source>
        <translation>Письма с номером {value} нет.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="28"/>
        <source>{value} is an incoming letter; only the office&apos;s own letters go on its letterhead.</source>
        <translation>{value} — входящее письмо; на бланке печатаются только собственные письма офиса.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/correspondents.py" line="19"/>
        <source>The correspondent no longer exists in the Directory.</source>
        <translation>Этого корреспондента больше нет в справочнике.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="54"/>
        <source>The letter no longer exists; it may have been removed.</source>
        <translation>Письмо больше не существует; возможно, оно было удалено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="59"/>
        <source>The reference {value} is already registered in English.</source>
        <translation>Номер {value} уже зарегистрирован для письма на английском языке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="60"/>
        <source>The reference {value} is already registered in Russian.</source>
        <translation>Номер {value} уже зарегистрирован для письма на русском языке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="62"/>
        <source>{value} is the reference of an incoming letter.</source>
        <translation>{value} — номер входящего письма.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="63"/>
        <source>{value} is the reference of an outgoing letter.</source>
        <translation>{value} — номер исходящего письма.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="64"/>
        <source>The reference {value} belongs to {year}, but the letter is dated {date}.</source>
        <translation>Номер {value} относится к {year} году, а письмо датировано {date}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="67"/>
        <source>A translation is in the other language than its original.</source>
        <translation>Перевод должен быть на языке, отличном от языка оригинала.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="70"/>
        <source>Only a draft can be deleted; a registered letter stays in the archive.</source>
        <translation>Удалить можно только проект; зарегистрированное письмо остается в архиве.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="73"/>
        <source>The subject is longer than 500 characters.</source>
        <translation>Тема длиннее 500 символов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="74"/>
        <source>A letter cannot answer itself, or a letter that answers it.</source>
        <translation>Письмо не может быть ответом на само себя или на письмо, которое отвечает на него.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="77"/>
        <source>A linked event no longer exists.</source>
        <translation>Связанное мероприятие больше не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="78"/>
        <source>A linked work-plan activity no longer exists.</source>
        <translation>Связанное направление деятельности плана работы больше не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/register.py" line="79"/>
        <source>The letter {value} belongs to {year}: its date stays in that year.</source>
        <translation>Письмо {value} относится к {year} году: его дата должна оставаться в этом году.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/office_profile.py" line="16"/>
        <source>The limit is a whole number of megabytes from 1 to 512.</source>
        <translation>Ограничение — целое число мегабайт от 1 до 512.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="141"/>
        <source>An activity is numbered as its goal and a position, for example 1.1.</source>
        <translation>Номер направления деятельности состоит из номера цели и порядкового номера, например 1.1.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="144"/>
        <source>Activity {number} belongs to goal {goal} by its number; choose goal {goal}.</source>
        <translation>По своему номеру направление деятельности {number} относится к цели {goal}; выберите цель {goal}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="147"/>
        <source>Give the activity a title.</source>
        <translation>Укажите название направления деятельности.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="148"/>
        <source>Write a whole number of 0 or more, such as 12.</source>
        <translation>Введите целое неотрицательное число, например 12.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="16"/>
        <source>A framework&apos;s period must end in or after its first year.</source>
        <translation>Период стратегической основы не может заканчиваться раньше его первого года.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="19"/>
        <source>Write a year such as 2022.</source>
        <translation>Укажите год, например 2022.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="20"/>
        <source>Number the goals from 1, each number once.</source>
        <translation>Пронумеруйте цели начиная с 1, без повторов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="21"/>
        <source>Give goal {number} a title.</source>
        <translation>Укажите название цели {number}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="22"/>
        <source>The title of goal {number} is longer than {limit} characters.</source>
        <translation>Название цели {number} длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="26"/>
        <source>A framework starting in {year} is kept already.</source>
        <translation>Стратегическая основа, начинающаяся в {year} году, уже есть.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/framework.py" line="27"/>
        <source>The framework no longer exists; it may have been removed.</source>
        <translation>Стратегической основы больше нет; возможно, её удалили.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="24"/>
        <source>The need no longer exists; it may have been removed.</source>
        <translation>Потребность больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="25"/>
        <source>Say what the administration asked for.</source>
        <translation>Укажите, о чем просила администрация.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="26"/>
        <source>Choose the requesting administration.</source>
        <translation>Выберите администрацию, направившую запрос.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="27"/>
        <source>A delivered need names the event that delivered it.</source>
        <translation>Для выполненной потребности укажите мероприятие, в рамках которого она выполнена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="29"/>
        <source>Each step of the path comes on or after the day of the step before it.</source>
        <translation>Дата каждого этапа не может быть раньше даты предыдущего этапа.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="32"/>
        <source>Write the cycle&apos;s year, such as 2021.</source>
        <translation>Укажите год цикла, например 2021.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/needs.py" line="33"/>
        <source>Give the day the need was received, in the cycle&apos;s year {year}.</source>
        <translation>Укажите день получения потребности в году цикла ({year}).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/register.py" line="30"/>
        <source>The activity no longer exists; it may have been removed.</source>
        <translation>Направление деятельности больше не существует; возможно, оно было удалено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/register.py" line="31"/>
        <source>The plan {year} already has an activity {number}.</source>
        <translation>В плане {year} уже есть направление деятельности {number}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/register.py" line="34"/>
        <source>Choose a strategic goal from 1 to 99.</source>
        <translation>Выберите стратегическую цель от 1 до 99.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/register.py" line="35"/>
        <source>The status changed last on {day}; a new status cannot take effect before it.</source>
        <translation>Статус последний раз менялся {day}; новый статус не может действовать раньше этой даты.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/review.py" line="44"/>
        <source>There is no work plan for {year}.</source>
        <translation>Плана работы на {year} нет.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/carry.py" line="26"/>
        <source>The plan {year} already has activities of its own; carrying forward only starts an empty plan.</source>
        <translation>В плане {year} уже есть свои направления деятельности; перенос заполняет только пустой план.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="50"/>
        <source>{path} cannot be read as an RTC report: {reason}</source>
        <translation>Невозможно прочитать {path} как отчет РУЦ: {reason}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="51"/>
        <source>{path}: only a filled RTC report template, Excel (.xlsx) or Word (.docx), can be imported.</source>
        <translation>{path}: импортировать можно только заполненный шаблон отчёта РУЦ — Excel (.xlsx) или Word (.docx).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="55"/>
        <source>{path} is not an RTC report template of ROCB Desk: it should have the sheets General, Events, Planned and Survey.</source>
        <translation>{path} не является шаблоном отчета РУЦ из ROCB Desk: в нем должны быть листы «Общие сведения», «Мероприятия», «Планируемые» и «Опрос» (General, Events, Planned, Survey).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="60"/>
        <source>The template version is missing; fill in a new blank template of ROCB Desk.</source>
        <translation>Не указана версия шаблона; заполните новый пустой шаблон ROCB Desk.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="63"/>
        <source>This file is template version “{value}”; ROCB Desk reads version “{expected}”. Fill in a new blank template.</source>
        <translation>Версия шаблона в этом файле — «{value}», а ROCB Desk читает версию «{expected}». Заполните новый пустой шаблон.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="68"/>
        <source>“{value}” is not an RTC in the Directory; write its code, e.g. BAKU.</source>
        <translation>«{value}» не является РУЦ из справочника; укажите его код, например BAKU.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="74"/>
        <source>“{value}” is not a date: write it as 2021-05-17, or leave it empty and keep the dates as written in the Date column.</source>
        <translation>«{value}» не является датой: укажите ее в виде 2021-05-17 или оставьте поле пустым, сохранив даты в том виде, в каком они записаны в столбце «Дата».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="79"/>
        <source>“{value}” is not a number: write it in digits (30), or leave it empty and keep the words in the Attendance column.</source>
        <translation>«{value}» не является числом: укажите его цифрами (30) или оставьте поле пустым, сохранив словесное описание в столбце «Участники».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/importing.py" line="85"/>
        <source>The template is not filled in: no events, no survey answers, no history or news.</source>
        <translation>Шаблон не заполнен: нет ни мероприятий, ни ответов на опрос, ни истории, ни новостей.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="49"/>
        <source>The RTC report no longer exists; it may have been deleted.</source>
        <translation>Отчет РУЦ больше не существует; возможно, он был удален.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="52"/>
        <source>The RTC is not in the Directory.</source>
        <translation>Этого РУЦ нет в справочнике.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="53"/>
        <source>{rtc} already has a report for {year}; replace it to import this one.</source>
        <translation>{rtc}: отчет за {year} уже внесен; чтобы импортировать этот отчет, замените прежний.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="56"/>
        <source>“{value}” is not an answer: write yes or no, or leave it empty.</source>
        <translation>«{value}» не является ответом: укажите «да» или «нет» либо оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="61"/>
        <source>The number attending cannot be negative.</source>
        <translation>Число участников не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/reports.py" line="158"/>
        <source>This is more than {limit}.</source>
        <translation>Это больше {limit}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/exports/_pdf_annexes.py" line="11"/>
        <source>The annex “{name}” cannot be read as a PDF; choose another file.</source>
        <translation>Приложение «{name}» невозможно прочитать как PDF; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter.py" line="33"/>
        <source>The news item no longer exists; it may have been deleted.</source>
        <translation>Новость больше не существует; возможно, она была удалена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter.py" line="34"/>
        <source>A news item needs a title in English or in Russian.</source>
        <translation>У новости должен быть заголовок на английском или русском языке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter.py" line="36"/>
        <source>“{value}” is not a quarter; write it as 2021Q1.</source>
        <translation>«{value}» не является кварталом; укажите его в виде 2021Q1.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/annexes.py" line="22"/>
        <source>A chosen document no longer exists in the archive.</source>
        <translation>Одного из выбранных документов больше нет в архиве.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="22"/>
        <source>No password was given; nothing was changed.</source>
        <translation>Пароль не введен; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/cli_trust.py" line="23"/>
        <source>The two passwords are not the same; nothing was changed.</source>
        <translation>Введенные пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="58"/>
        <source>{user} ({role}) may read this office but not change it.</source>
        <translation>{user} ({role}) может просматривать данные этого офиса, но не изменять их.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="61"/>
        <source>{user} ({role}) may not post to the books or close a year: that is the office manager&apos;s or the administrator&apos;s work.</source>
        <translation>{user} ({role}) не может вносить записи в книгу учета или закрывать год: это обязанность офис-менеджера или администратора.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="66"/>
        <source>{user} ({role}) may not sign off the work plan: only the director does.</source>
        <translation>{user} ({role}) не может утверждать план работы: это делает только директор.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/access.py" line="69"/>
        <source>{user} ({role}) may not do this: it is the administrator&apos;s work.</source>
        <translation>{user} ({role}) не может выполнить это действие: это обязанность администратора.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="31"/>
        <source>This office has user accounts: log in first (--user NAME on the command line).</source>
        <translation>В этом офисе есть учетные записи пользователей: сначала войдите (--user ИМЯ в командной строке).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="34"/>
        <source>Wrong name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="35"/>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Слишком много неверных паролей: повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="36"/>
        <source>Login can be switched off only in a one-person office: this office has {count} active accounts.</source>
        <translation>Вход можно отключить только в офисе, где работает один человек: активных учетных записей в этом офисе: {count}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="57"/>
        <source>A backup holds every letter of the office, confidential ones included: only an account that may read them all (the director, the administrator) writes one.</source>
        <translation>Резервная копия содержит все письма офиса, в том числе конфиденциальные: создать ее может только учетная запись с правом читать их все (директор, администратор).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/access.py" line="62"/>
        <source>The audit trail shows what every letter said, confidential ones included: only an account that may read them all (the director, the administrator) opens it.</source>
        <translation>В журнале аудита видно содержание всех писем, в том числе конфиденциальных: открыть его может только учетная запись с правом читать их все (директор, администратор).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="25"/>
        <source>A user name has 1 to 80 characters, without spaces or control characters.</source>
        <translation>Имя пользователя должно содержать от 1 до 80 символов, без пробелов и управляющих символов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="28"/>
        <source>There is already an account named {name}.</source>
        <translation>Учетная запись с именем {name} уже существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="29"/>
        <source>The role is one of administrator, director, office-manager, officer, read-only, not {value}.</source>
        <translation>Роль — одно из значений administrator, director, office-manager, officer, read-only, а не {value}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="33"/>
        <source>A password has at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="34"/>
        <source>The full name has at most 200 characters.</source>
        <translation>ФИО должно содержать не более 200 символов.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="35"/>
        <source>The first account of an office is its administrator: choose that role.</source>
        <translation>Первая учетная запись офиса — учетная запись его администратора: выберите эту роль.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="38"/>
        <source>{name} is the last active administrator of this office: make another account administrator first.</source>
        <translation>{name} — последний активный администратор этого офиса: сначала назначьте администратором другую учетную запись.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="43"/>
        <source>This account no longer exists.</source>
        <translation>Эта учетная запись больше не существует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/accounts.py" line="44"/>
        <source>Login is switched off, as for a one-person office: switch it on before giving the office a second active account.</source>
        <translation>Вход отключен, как для офиса, где работает один человек: включите его, прежде чем добавлять в офис вторую активную учетную запись.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/audit.py" line="101"/>
        <source>Audit record {id} ({at}, {actor}) has been altered: its content does not match its hash.</source>
        <translation>Запись журнала аудита {id} ({at}, {actor}) была изменена: ее содержимое не соответствует ее хешу.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/audit.py" line="105"/>
        <source>Audit record {id} ({at}, {actor}) does not follow the record before it: a record was removed or inserted.</source>
        <translation>Запись журнала аудита {id} ({at}, {actor}) не следует за предыдущей записью: запись была удалена или вставлена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/audit.py" line="148"/>
        <source>This record was changed by {actor} at {at} while you were editing it. Nothing was saved: close the form, open the record again and redo your change.</source>
        <translation>Пока вы редактировали эту запись, ее изменил(а) {actor} ({at}). Ничего не сохранено: закройте форму, снова откройте запись и внесите изменение заново.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/sandbox.py" line="45"/>
        <source>{path} cannot be read: reading it took longer than {seconds} seconds. A file this large or this damaged is not imported; split a long list into smaller files.</source>
        <translation>Невозможно прочитать {path}: чтение заняло больше {seconds} с. Такой большой или поврежденный файл не импортируется; разделите длинный список на файлы меньшего размера.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/sandbox.py" line="50"/>
        <source>{path} cannot be read: reading it needs more than {limit} MB of memory. A file this large or this damaged is not imported.</source>
        <translation>Невозможно прочитать {path}: для чтения требуется больше {limit} МБ памяти. Такой большой или поврежденный файл не импортируется.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/sandbox.py" line="55"/>
        <source>{path} cannot be read: the reader stopped unexpectedly ({reason}).</source>
        <translation>Невозможно прочитать {path}: процесс чтения неожиданно остановился ({reason}).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/sandbox.py" line="58"/>
        <source>{path} cannot be read: it is not a file.</source>
        <translation>Невозможно прочитать {path}: это не файл.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/sandbox.py" line="59"/>
        <source>Files cannot be read: the reader process does not start ({reason}). The installation may be damaged.</source>
        <translation>Невозможно прочитать файлы: процесс чтения не запускается ({reason}). Возможно, установка приложения повреждена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/trust_settings.py" line="23"/>
        <source>The idle time is a whole number of minutes from 0 (never lock) to 240.</source>
        <translation>Время бездействия — целое число минут от 0 (не блокировать) до 240.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/trust_settings.py" line="26"/>
        <source>The number of automatic backups kept is a whole number from 1 to 100.</source>
        <translation>Число хранимых автоматических резервных копий — целое число от 1 до 100.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/synthetic/__init__.py" line="49"/>
        <source>The office {path} already has letters, entries, events or work plans; a synthetic office is built only into a new one.</source>
        <translation>В офисе {path} уже есть письма, записи книги учета, мероприятия или планы работы; синтетический офис создается только в новом офисе.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/synthetic/__init__.py" line="54"/>
        <source>A synthetic office has 1 to {years} years and a scale above 0 up to {scale}.</source>
        <translation>Синтетический офис охватывает от 1 до {years} лет, а его масштаб должен быть больше 0 и не более {scale}.</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/calendar.py" line="77"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/calendar.py" line="79"/>
        <source>%n room booking(s)</source>
        <translation>
            <numerusform>%n бронирование помещения</numerusform>
            <numerusform>%n бронирования помещений</numerusform>
            <numerusform>%n бронирований помещений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="89"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/calendar.py" line="94"/>
        <source>Room bookings</source>
        <translation>Бронирования помещений</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="107"/>
        <source>&amp;General</source>
        <translation>О&amp;бщие сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="108"/>
        <source>&amp;Roles and links</source>
        <translation>&amp;Роли и связи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="109"/>
        <source>&amp;Narrative</source>
        <translation>Описа&amp;ние</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="113"/>
        <source>&amp;Costs</source>
        <translation>&amp;Затраты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="114"/>
        <source>Doc&amp;uments</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="115"/>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="120"/>
        <source>Costs, documents and participants can be added once the event is saved.</source>
        <translation>Затраты, документы и участников можно добавить после сохранения мероприятия.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="125"/>
        <source>Save and keep the event open</source>
        <translation>Сохранить, не закрывая мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="145"/>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="146"/>
        <source>A title in English or in Russian</source>
        <translation>Название на английском или русском языке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="163"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="171"/>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="172"/>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="173"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="174"/>
        <source>Modality</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="175"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="176"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="177"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="178"/>
        <source>Start *</source>
        <translation>Начало *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="179"/>
        <source>End *</source>
        <translation>Окончание *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="180"/>
        <source>Participants</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="181"/>
        <source>Countries</source>
        <translation>Число стран</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="186"/>
        <source>Once the event has a participant list, the counts are taken from it.</source>
        <translation>Когда у мероприятия есть список участников, эти числа берутся из него.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="194"/>
        <source>The office&apos;s roles in the event</source>
        <translation>Роли офиса в мероприятии</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="203"/>
        <source>Delivered by experts of the WCO Secretariat</source>
        <translation>Проведено экспертами Секретариата ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="206"/>
        <source>Partner organizations</source>
        <translation>Организации-партнеры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="209"/>
        <source>Beneficiary administrations</source>
        <translation>Администрации-бенефициары</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="212"/>
        <source>Experts of the Regional Experts Database</source>
        <translation>Эксперты Региональной базы данных экспертов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="216"/>
        <source>Work plan activities</source>
        <translation>Направления деятельности плана работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="240"/>
        <source>Narrative for the report, in English</source>
        <translation>Описание для отчета на английском языке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="242"/>
        <source>Narrative for the report, in Russian</source>
        <translation>Описание для отчета на русском языке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="355"/>
        <source>Write a whole number, or leave it empty.</source>
        <translation>Введите целое число или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="370"/>
        <source>Event saved</source>
        <translation>Мероприятие сохранено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="386"/>
        <source>Event: %1</source>
        <translation>Мероприятие: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="388"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/event_dialog.py" line="417"/>
        <source>The event has changes that are not saved. Save them?</source>
        <translation>В мероприятии есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="74"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="75"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="76"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="77"/>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="78"/>
        <source>The office&apos;s roles</source>
        <translation>Роли офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="79"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="80"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="81"/>
        <source>Costs (EUR)</source>
        <translation>Затраты (евро)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="146"/>
        <source>Counted from the participant list</source>
        <translation>Подсчитано по списку участников</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="69"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="70"/>
        <source>Workshop</source>
        <translation>Семинар-практикум</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="71"/>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="72"/>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="73"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="74"/>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="75"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="76"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="80"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="81"/>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="82"/>
        <source>Hybrid</source>
        <translation>Смешанный формат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="86"/>
        <source>Organized</source>
        <translation>Организовано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="87"/>
        <source>Hosted</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="88"/>
        <source>Co-organized</source>
        <translation>Соорганизовано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="89"/>
        <source>Coordinated</source>
        <translation>Координировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="90"/>
        <source>Technically supported</source>
        <translation>Техническая поддержка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="91"/>
        <location filename="../rocb_desk/services/events/documents.py" line="90"/>
        <source>Financially supported</source>
        <translation>Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="92"/>
        <source>Attended or represented</source>
        <translation>Участие или представительство</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="96"/>
        <source>Registered</source>
        <translation>Зарегистрирован(а)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="97"/>
        <source>Present</source>
        <translation>Присутствовал(а)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="98"/>
        <source>Absent</source>
        <translation>Отсутствовал(а)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="99"/>
        <source>Excused</source>
        <translation>Отсутствовал(а) по уважительной причине</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="103"/>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="104"/>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="105"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="109"/>
        <source>The office&apos;s own event</source>
        <translation>Собственное мероприятие офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="110"/>
        <source>Rented to an outside organization</source>
        <translation>Аренда сторонней организацией</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/books/statement.py" line="306"/>
        <source>Events financially supported</source>
        <translation>Мероприятия, получившие финансовую поддержку</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="46"/>
        <source>Rent of {room}, {day}: {organization}</source>
        <translation>Аренда помещения «{room}», {day}: {organization}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/bookings.py" line="88"/>
        <source>{room} ({seats} places)</source>
        <translation>{room} (мест: {seats})</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="31"/>
        <source>Events in which the office was involved from {start} to {end}: {count}.</source>
        <translation>Мероприятия с участием бюро с {start} по {end}: {count}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="43"/>
        <location filename="../rocb_desk/services/events/documents.py" line="74"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="44"/>
        <location filename="../rocb_desk/services/events/documents.py" line="76"/>
        <source>Location</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="45"/>
        <location filename="../rocb_desk/services/events/documents.py" line="75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="51"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="59"/>
        <location filename="../rocb_desk/services/events/documents.py" line="117"/>
        <source>Events {year}</source>
        <translation>Мероприятия за {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="77"/>
        <source>Costs</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="97"/>
        <source>Events financially supported {year}</source>
        <translation>Мероприятия, получившие финансовую поддержку, за {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/documents.py" line="104"/>
        <source>Events the office financially supported in {year}: {count}.</source>
        <translation>Мероприятия, получившие финансовую поддержку бюро, за {year}: {count}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="408"/>
        <location filename="../rocb_desk/services/events/participants.py" line="421"/>
        <source>Attendance sheet</source>
        <translation>Лист регистрации участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="415"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="416"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="417"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="418"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="419"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="446"/>
        <source>Regional Office for Capacity Building, WCO Europe Region (ROCB Europe)</source>
        <translation>Региональное бюро по наращиванию потенциала ВТамО для Европейского региона (РБНП Европа)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="449"/>
        <source>Certificate of attendance</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="450"/>
        <source>This is to certify that</source>
        <translation>Настоящим удостоверяется, что</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="451"/>
        <source>of {administration}</source>
        <translation>{administration}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="452"/>
        <source>attended</source>
        <translation>принял(а) участие в мероприятии</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="453"/>
        <source>Issued on {date}</source>
        <translation>Дата выдачи: {date}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/events/participants.py" line="454"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="76"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="80"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="84"/>
        <source>All modalities</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="88"/>
        <source>Title, place or narrative (Ctrl+F)</source>
        <translation>Название, место или описание (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="123"/>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="126"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="132"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="142"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="186"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/list_page.py" line="213"/>
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>Показано %n мероприятие</numerusform>
            <numerusform>Показано %n мероприятия</numerusform>
            <numerusform>Показано %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="218"/>
        <source>costs %1</source>
        <translation>затраты %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="292"/>
        <source>Delete the event “%1” of %2?</source>
        <translation>Удалить мероприятие «%1» (%2)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/list_page.py" line="297"/>
        <source>%n ledger entry(ies) of its costs (%1 EUR) stay in the books, no longer linked to an event.</source>
        <translation>
            <numerusform>%n запись книги учета о его затратах (%1 евро) останется в учете без привязки к мероприятию.</numerusform>
            <numerusform>%n записи книги учета о его затратах (%1 евро) останутся в учете без привязки к мероприятию.</numerusform>
            <numerusform>%n записей книги учета о его затратах (%1 евро) останутся в учете без привязки к мероприятию.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="303"/>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/list_page.py" line="313"/>
        <source>Event deleted; %n cost entry(ies) kept in the books.</source>
        <translation>
            <numerusform>Мероприятие удалено; %n запись о затратах сохранена в учете.</numerusform>
            <numerusform>Мероприятие удалено; %n записи о затратах сохранены в учете.</numerusform>
            <numerusform>Мероприятие удалено; %n записей о затратах сохранено в учете.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="326"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="338"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../rocb_desk/ui/events/tab.py" line="41"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/tab.py" line="42"/>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/tab.py" line="43"/>
        <source>Premises</source>
        <translation>Помещения</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="226"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="226"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="226"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="230"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="231"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="232"/>
        <source>Ledger entry</source>
        <translation>Запись книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="233"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="136"/>
        <source>&amp;Link records…</source>
        <translation>При&amp;вязать записи…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="138"/>
        <source>Attach &amp;documents…</source>
        <translation>Прикрепить &amp;документы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="140"/>
        <source>&amp;Remove</source>
        <translation>&amp;Исключить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="154"/>
        <source>Events, letters and ledger entries stay where they are kept; removing a link keeps them. Drop files here to attach them.</source>
        <translation>Мероприятия, письма и записи книги учета хранятся на своих местах и при исключении привязки сохраняются. Чтобы прикрепить файлы, перетащите их сюда.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="201"/>
        <source>Attach documents to the activity</source>
        <translation>Прикрепление документов к направлению деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="228"/>
        <source>Remove “%1” from the activity&apos;s evidence?</source>
        <translation>Исключить «%1» из подтверждений направления деятельности?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="233"/>
        <source>Remove the %1 records chosen from the activity&apos;s evidence?</source>
        <translation>Исключить выбранные записи (%1) из подтверждений направления деятельности?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="236"/>
        <source>Remove evidence</source>
        <translation>Исключение подтверждений</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="48"/>
        <source>Link evidence to the activity</source>
        <translation>Привязка подтверждений к направлению деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="50"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="51"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="52"/>
        <source>Ledger entries</source>
        <translation>Записи книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="54"/>
        <source>Words of the title, subject or description</source>
        <translation>Слова из названия, темы или описания</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="64"/>
        <source>&amp;Link</source>
        <translation>&amp;Привязать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="71"/>
        <source>Records of the plan&apos;s financial year not linked yet:</source>
        <translation>Еще не привязанные записи финансового года плана:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="102"/>
        <source>The latest %1 are shown; type words to find older ones.</source>
        <translation>Показаны последние %1; чтобы найти более ранние, введите слова для поиска.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="107"/>
        <source>Nothing of the plan&apos;s year is left to link.</source>
        <translation>За год плана не осталось записей для привязки.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/evidence_panel.py" line="109"/>
        <source>Records: %1</source>
        <translation>Записей: %1</translation>
    </message>
</context>
<context>
    <name>ExpenditureChart</name>
    <message>
        <location filename="../rocb_desk/ui/books/charts.py" line="111"/>
        <source>Expenditure by chapter, {year}</source>
        <translation>Расходы по главам, {year}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="348"/>
        <source>Export the events of a year</source>
        <translation>Экспорт мероприятий за год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="354"/>
        <source>Table of the year&apos;s events (#, Event, Location, Date)</source>
        <translation>Таблица мероприятий за год (#, Мероприятие, Место проведения, Дата)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="355"/>
        <source>Events financially supported</source>
        <translation>Мероприятия, получившие финансовую поддержку</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="356"/>
        <source>Narratives of the year&apos;s events</source>
        <translation>Описания мероприятий за год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="374"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="59"/>
        <source>Financial year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="375"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="376"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="60"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="377"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="393"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="45"/>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="395"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="46"/>
        <source>PDF document (.pdf)</source>
        <translation>Документ PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_page.py" line="396"/>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="47"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="40"/>
        <source>Export the work plan %1</source>
        <translation>Экспорт плана работы на %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="41"/>
        <source>Export the report of activities %1</source>
        <translation>Экспорт отчета о деятельности за %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/exporting.py" line="105"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>FileModel</name>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="191"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="191"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="191"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="195"/>
        <source>text indexed</source>
        <translation>текст проиндексирован</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="197"/>
        <source>filed when the letter is saved</source>
        <translation>будет прикреплен при сохранении письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="198"/>
        <source>text not extracted</source>
        <translation>текст не извлечён</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="202"/>
        <source>The words of this file are found by the search.</source>
        <translation>Слова из этого файла находятся поиском.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="203"/>
        <source>No text in the file: a scan or a picture.</source>
        <translation>В файле нет текста: это скан или изображение.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="204"/>
        <source>The file is damaged, encrypted or could not be read.</source>
        <translation>Файл поврежден, зашифрован или не может быть прочитан.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="205"/>
        <source>A kind of file whose text is not read (PDF, DOCX, TXT are).</source>
        <translation>Текст файлов этого типа не читается (читается текст файлов PDF, DOCX, TXT).</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="206"/>
        <source>The file is copied into the office when the letter is saved.</source>
        <translation>Файл будет скопирован в офис при сохранении письма.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../rocb_desk/ui/models.py" line="57"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/models.py" line="58"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/file_drop.py" line="39"/>
        <source>Documents (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.jpg *.png);;All files (*)</source>
        <translation>Документы (*.pdf *.docx *.doc *.pptx *.ppt *.xlsx *.jpg *.png);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="243"/>
        <source>&amp;Add files…</source>
        <translation>Доб&amp;авить файлы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="244"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="245"/>
        <source>&amp;Remove</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="257"/>
        <source>Drop files here to file them with the letter.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их к письму.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="283"/>
        <source>File documents with the letter</source>
        <translation>Прикрепление документов к письму</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="283"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="322"/>
        <source>Open</source>
        <translation>Открытие файла</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="334"/>
        <source>Remove %1 from the letter?</source>
        <translation>Удалить файл %1 из письма?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_panels.py" line="336"/>
        <source>Remove file</source>
        <translation>Удаление файла</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="97"/>
        <source>Strategic Framework</source>
        <translation>Стратегическая основа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="109"/>
        <source>&amp;Mission, vision, values</source>
        <translation>&amp;Миссия, видение, ценности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="110"/>
        <source>&amp;Goals</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="119"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="134"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="135"/>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="136"/>
        <source>Values
(one a line)</source>
        <translation>Ценности
(по одной в строке)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="142"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Добавить цель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="144"/>
        <source>&amp;Remove goal</source>
        <translation>&amp;Удалить цель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="160"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="161"/>
        <source>Deliverables
(one a line)</source>
        <translation>Задачи
(по одной в строке)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="162"/>
        <source>Potential stakeholders
(one a line)</source>
        <translation>Потенциальные
заинтересованные стороны
(по одной в строке)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="163"/>
        <source>Expected impact</source>
        <translation>Ожидаемое воздействие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="164"/>
        <source>Performance indicators
(one a line)</source>
        <translation>Показатели
результативности
(по одному в строке)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="168"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="169"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_editor.py" line="286"/>
        <source>The framework has changes that are not saved. Save them?</source>
        <translation>В стратегической основе есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="48"/>
        <source>The framework of the &amp;plan</source>
        <translation>Стратегическая основа п&amp;лана</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="53"/>
        <source>&amp;Edit framework…</source>
        <translation>&amp;Изменить стратегическую основу…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="55"/>
        <source>&amp;New framework…</source>
        <translation>&amp;Новая стратегическая основа…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="56"/>
        <source>A new period, starting as a copy of the latest framework</source>
        <translation>Новый период, начиная с копии последней стратегической основы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="83"/>
        <source>No Strategic Framework is kept for this plan.</source>
        <translation>Для этого плана стратегическая основа не внесена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="113"/>
        <source>Strategic Framework %1</source>
        <translation>Стратегическая основа %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="115"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="115"/>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="119"/>
        <source>Values</source>
        <translation>Ценности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="119"/>
        <source>Expected impact</source>
        <translation>Ожидаемое воздействие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="130"/>
        <source>Strategic Goal %1</source>
        <translation>Стратегическая цель %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="133"/>
        <source>Deliverables</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="134"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/framework_page.py" line="135"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
</context>
<context>
    <name>ImpactsDialog</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/impacts_dialog.py" line="31"/>
        <source>Expected impacts of the plan %1</source>
        <translation>Ожидаемое воздействие по целям плана %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/impacts_dialog.py" line="52"/>
        <source>No Strategic Framework covers this year yet.</source>
        <translation>Этот год пока не охвачен ни одной стратегической основой.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/impacts_dialog.py" line="88"/>
        <source>The expected impacts have changes that are not saved. Save them?</source>
        <translation>В ожидаемом воздействии есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/books/import_dialog.py" line="24"/>
        <source>%n row(s) refused: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>Отклонена %n строка: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>Отклонены %n строки: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>Отклонено %n строк: ничего не будет импортировано, пока файл не исправлен.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/books/import_dialog.py" line="20"/>
        <source>%n entry(ies) ready to import.</source>
        <translation>
            <numerusform>Готова к импорту %n запись.</numerusform>
            <numerusform>Готовы к импорту %n записи.</numerusform>
            <numerusform>Готово к импорту %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../rocb_desk/ui/import_preview.py" line="111"/>
        <source>Import %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/import_preview.py" line="133"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/import_preview.py" line="149"/>
        <source>Importing…</source>
        <translation>Импорт данных…</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="69"/>
        <source>Income and expenditure</source>
        <translation>Доходы и расходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="70"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="71"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="73"/>
        <source>All chapters</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="77"/>
        <source>All items</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="82"/>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="84"/>
        <source>Description or voucher (Ctrl+F)</source>
        <translation>Описание или номер документа (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="96"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="98"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="115"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="118"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="126"/>
        <source>&amp;Reverse…</source>
        <translation>&amp;Сторнировать…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="128"/>
        <source>&amp;History…</source>
        <translation>Ис&amp;тория…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="131"/>
        <source>&amp;Year history…</source>
        <translation>История &amp;года…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="133"/>
        <source>&amp;Attach receipt…</source>
        <translation>&amp;Прикрепить квитанцию…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="134"/>
        <source>Open recei&amp;pt</source>
        <translation>Открыть к&amp;витанцию</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="137"/>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="139"/>
        <source>Excel &amp;ledger…</source>
        <translation>&amp;Книга Excel…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="140"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Отчет…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="142"/>
        <source>&amp;Close year…</source>
        <translation>&amp;Закрыть год…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="143"/>
        <source>Re&amp;open year…</source>
        <translation>Отк&amp;рыть год…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="185"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="221"/>
        <source>%n line(s) shown · income %1 · expenditure %2 · difference %3</source>
        <translation>
            <numerusform>Показана %n строка · доходы %1 · расходы %2 · разница %3</numerusform>
            <numerusform>Показаны %n строки · доходы %1 · расходы %2 · разница %3</numerusform>
            <numerusform>Показано %n строк · доходы %1 · расходы %2 · разница %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="272"/>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="283"/>
        <source>Edit entry</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="296"/>
        <source>Delete the entry %1 of %2 (%3)?</source>
        <translation>Удалить запись %1 от %2 (%3)?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="302"/>
        <source>Delete entry</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="318"/>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="328"/>
        <source>Reverse entry</source>
        <translation>Сторнирование записи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="319"/>
        <source>Date of the reversal, in an open year (YYYY-MM-DD):</source>
        <translation>Дата сторно в открытом году (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="328"/>
        <source>Write the date as 2021-05-31.</source>
        <translation>Укажите дату в виде 2021-05-31.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="342"/>
        <source>History of voucher %1 (%2)</source>
        <translation>История документа %1 (%2)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="354"/>
        <source>History of the books of %1</source>
        <translation>История учета за %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="363"/>
        <source>Attach the scan of the receipt</source>
        <translation>Прикрепить скан квитанции</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="365"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Сканы и документы (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="390"/>
        <source>Import ledger entries</source>
        <translation>Импорт записей книги учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="390"/>
        <source>Ledger files (*.csv *.xlsx)</source>
        <translation>Файлы книги учета (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="402"/>
        <source>Close the financial year %1? Its entries can then no longer change; corrections become reversals in an open year.</source>
        <translation>Закрыть финансовый год %1? После этого его записи нельзя будет изменить; исправления вносятся сторнирующими записями в открытом году.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="406"/>
        <source>Close year</source>
        <translation>Закрытие года</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="416"/>
        <source>%1 closed; balance carried forward: %2</source>
        <translation>Год %1 закрыт; остаток перенесен: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="427"/>
        <source>Reopen the closed financial year %1? This is recorded in the audit trail.</source>
        <translation>Открыть закрытый финансовый год %1? Это будет записано в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="430"/>
        <source>Reopen year</source>
        <translation>Открытие года</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="442"/>
        <source>Choose a financial year first.</source>
        <translation>Сначала выберите финансовый год.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="444"/>
        <source>all-years</source>
        <translation>все-годы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="461"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="466"/>
        <source>Excel ledger</source>
        <translation>Книга учета Excel</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="468"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="475"/>
        <source>Financial statement</source>
        <translation>Финансовый отчет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_page.py" line="477"/>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Документ PDF (*.pdf);;Документ Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="64"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="65"/>
        <source>Voucher</source>
        <translation>Документ №</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="66"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="67"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="68"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="69"/>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="70"/>
        <source>Method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="71"/>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="149"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="72"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="137"/>
        <source>The financial year of this entry is closed.</source>
        <translation>Финансовый год этой записи закрыт.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="139"/>
        <source>Reversal of an entry of a closed year.</source>
        <translation>Сторно записи закрытого года.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="149"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="160"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/ledger_model.py" line="160"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="70"/>
        <source>&amp;Letter</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="72"/>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="77"/>
        <source>Li&amp;nks</source>
        <translation>&amp;Связи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="81"/>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="329"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="84"/>
        <source>Save and keep the letter open</source>
        <translation>Сохранить, не закрывая письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="113"/>
        <source>The number the sender gave it</source>
        <translation>Номер, присвоенный отправителем</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="127"/>
        <source>Words separated by commas</source>
        <translation>Слова через запятую</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="150"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="151"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="152"/>
        <source>Sender&apos;s number</source>
        <translation>Номер отправителя</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="153"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="154"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="155"/>
        <source>Subject *</source>
        <translation>Тема *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="156"/>
        <source>Correspondents</source>
        <translation>Корреспонденты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="157"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="158"/>
        <source>Restriction</source>
        <translation>Уровень доступа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="159"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="180"/>
        <source>%1 when saved, or the number of a paper letter</source>
        <translation>%1 при сохранении или номер бумажного письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="284"/>
        <source>Letter %1 saved</source>
        <translation>Письмо %1 сохранено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="301"/>
        <source>Letter %1 (%2)</source>
        <translation>Письмо %1 (%2)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="304"/>
        <source>Translation of %1</source>
        <translation>Перевод письма %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="307"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="328"/>
        <source>&amp;Attachments (%1)</source>
        <translation>&amp;Вложения (%1)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_dialog.py" line="368"/>
        <source>The letter has changes that are not saved. Save them?</source>
        <translation>В письме есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>LetterExporter</name>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="49"/>
        <source>The letter composer is not installed.</source>
        <translation>Модуль составления писем не установлен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="60"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="60"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="64"/>
        <source>Export the letter</source>
        <translation>Экспорт письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="78"/>
        <source>Writing the letter…</source>
        <translation>Сохранение письма…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="85"/>
        <source>Letter written to %1</source>
        <translation>Письмо сохранено: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="94"/>
        <source>Folder for the letter to each addressee</source>
        <translation>Папка для писем каждому адресату</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="102"/>
        <source>Writing the letter to each addressee…</source>
        <translation>Сохранение писем каждому адресату…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/exporting.py" line="112"/>
        <source>%n PDF file(s) written to %1</source>
        <translation>
            <numerusform>%n файл PDF сохранен в %1</numerusform>
            <numerusform>%n файла PDF сохранены в %1</numerusform>
            <numerusform>%n файлов PDF сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/exporting.py" line="116"/>
        <source>Circular letter</source>
        <translation>Циркулярное письмо</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/exporting.py" line="117"/>
        <source>%n PDF file(s) written. Open their folder?</source>
        <translation>
            <numerusform>Сохранен %n файл PDF. Открыть папку?</numerusform>
            <numerusform>Сохранены %n файла PDF. Открыть папку?</numerusform>
            <numerusform>Сохранено %n файлов PDF. Открыть папку?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterResultsModel</name>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="62"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="63"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="67"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="68"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="66"/>
        <source>Correspondents</source>
        <translation>Корреспонденты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="64"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="69"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="70"/>
        <source>Restriction</source>
        <translation>Уровень доступа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/results_model.py" line="65"/>
        <source>Found in the text</source>
        <translation>Найдено в тексте</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="44"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="45"/>
        <source>Outgoing</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="48"/>
        <source>Public</source>
        <translation>Общедоступное</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="49"/>
        <source>Members only</source>
        <translation>Только для членов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="50"/>
        <source>Internal</source>
        <translation>Для служебного пользования</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="51"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="54"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="55"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="56"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="57"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="60"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/letters.py" line="61"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="105"/>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="106"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="107"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="108"/>
        <source>Web</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="109"/>
        <source>Ref.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="111"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="112"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="116"/>
        <source>Dear Colleagues,</source>
        <translation>Уважаемые коллеги,</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="118"/>
        <source>Dear Colleague,</source>
        <translation>Уважаемый коллега,</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="128"/>
        <source>Yours sincerely,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/letters/composer.py" line="165"/>
        <source>all addressees</source>
        <translation>все адресаты</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="51"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="61"/>
        <source>&amp;Link the registered one</source>
        <translation>Привязать за&amp;регистрированный</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="64"/>
        <source>Link the letter of the same reference in the other language</source>
        <translation>Привязать письмо с тем же номером на другом языке</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="68"/>
        <source>&amp;Register the translation…</source>
        <translation>&amp;Зарегистрировать перевод…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="71"/>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="224"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="79"/>
        <source>e.g. IN-2021/1</source>
        <translation>например, IN-2021/1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="80"/>
        <source>The reference of the letter this one answers</source>
        <translation>Номер письма, ответом на которое является это письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="96"/>
        <source>Thread</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="101"/>
        <source>Answers the letter</source>
        <translation>Ответ на письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="102"/>
        <source>Answered by</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="103"/>
        <source>The whole exchange</source>
        <translation>Вся переписка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="107"/>
        <source>Events the letter concerns</source>
        <translation>Мероприятия, к которым относится письмо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="111"/>
        <source>Work plan activities</source>
        <translation>Направления деятельности плана работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="133"/>
        <source>No translation into %1 is linked.</source>
        <translation>Перевод на язык «%1» не привязан.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="138"/>
        <source>Saved letters can have their translation.</source>
        <translation>Перевод можно привязать к сохраненному письму.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="204"/>
        <source>No other letter has the reference %1.</source>
        <translation>Нет другого письма с номером %1.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/letter_links.py" line="225"/>
        <source>No letter %1 in %2 is registered yet: register the translation.</source>
        <translation>Письмо %1 на языке «%2» еще не зарегистрировано: зарегистрируйте перевод.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="78"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="81"/>
        <source>Show history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="81"/>
        <source>Show inactive</source>
        <translation>Показать неактивные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="88"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="97"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="100"/>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="213"/>
        <source>E&amp;nd</source>
        <translation>За&amp;вершить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="107"/>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="216"/>
        <source>&amp;Deactivate</source>
        <translation>Деа&amp;ктивировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="117"/>
        <source>Export to &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="120"/>
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/directory/list_page.py" line="184"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="213"/>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="216"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="244"/>
        <source>New: %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="265"/>
        <source>Edit: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="291"/>
        <source>Replace %1 (%2)</source>
        <translation>Замена: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="318"/>
        <source>%1 is no longer current; tick “%2” to see it again.</source>
        <translation>%1: запись больше не действует; отметьте «%2», чтобы снова ее увидеть.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="321"/>
        <source>%1 is current again.</source>
        <translation>%1: запись снова действует.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="336"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="337"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="339"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/directory/list_page.py" line="359"/>
        <source>Exported to %1</source>
        <translation>Экспорт выполнен: %1</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="110"/>
        <location filename="../rocb_desk/ui/trust/lock.py" line="166"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="114"/>
        <source>Log in as &amp;someone else</source>
        <translation>Войти под &amp;другим именем</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="147"/>
        <source>Nobody is logged in</source>
        <translation>Никто не вошел в систему</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="149"/>
        <source>%1 keeps this office&apos;s data hidden until someone logs in.</source>
        <translation>%1 скрывает данные этого офиса, пока кто-нибудь не войдет в систему.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="153"/>
        <location filename="../rocb_desk/ui/trust/lock.py" line="172"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="157"/>
        <source>%1 is locked</source>
        <translation>Окно %1 заблокировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/lock.py" line="160"/>
        <source>Locked at %1. %2 unlocks it with their password; someone else may log in instead (the window then opens for them).</source>
        <translation>Заблокировано в %1. %2 может разблокировать окно своим паролем; вместо этого может войти другой пользователь (тогда окно откроется для него).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../rocb_desk/ui/trust/login_dialog.py" line="17"/>
        <source>Log in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/login_dialog.py" line="20"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;This office keeps user accounts. Log in to open it:&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;В этом офисе ведутся учетные записи пользователей. Войдите, чтобы открыть его:&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/login_dialog.py" line="29"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="86"/>
        <source>&amp;Directory</source>
        <translation>Справо&amp;чник</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="81"/>
        <source>Office: %1</source>
        <translation>Офис: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="84"/>
        <source>%1 · logged in: %2</source>
        <translation>%1 · пользователь: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="111"/>
        <source>S&amp;witch user…</source>
        <translation>Сменить &amp;пользователя…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="114"/>
        <source>Log &amp;out</source>
        <translation>Завершить &amp;сеанс</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="117"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="120"/>
        <source>Change my pass&amp;word…</source>
        <translation>Изменить мой паро&amp;ль…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="129"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="132"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="142"/>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Учетные записи…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="146"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/window.py" line="185"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="95"/>
        <source>&amp;Open office…</source>
        <translation>&amp;Открыть офис…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="100"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="101"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="109"/>
        <source>Annual &amp;progress report…</source>
        <translation>&amp;Ежегодный отчет о ходе работы…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="113"/>
        <source>Quarterly &amp;newsletter…</source>
        <translation>Ежеквартальный &amp;бюллетень…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="120"/>
        <source>Rebuild the search &amp;index</source>
        <translation>Перестроить поисковый &amp;индекс</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="124"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="139"/>
        <source>&amp;About ROCB Desk</source>
        <translation>&amp;О программе ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="236"/>
        <source>ROCB Desk backup (*.zip);;All files (*)</source>
        <translation>Резервная копия ROCB Desk (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="261"/>
        <source>Backing up the office…</source>
        <translation>Резервное копирование офиса…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="280"/>
        <source>Rebuilding the search index…</source>
        <translation>Перестроение поискового индекса…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="287"/>
        <source>The search index was left as it was</source>
        <translation>Поисковый индекс оставлен без изменений</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/main_window.py" line="289"/>
        <source>%n letter(s) indexed again</source>
        <translation>
            <numerusform>Повторно проиндексировано %n письмо</numerusform>
            <numerusform>Повторно проиндексированы %n письма</numerusform>
            <numerusform>Повторно проиндексировано %n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="319"/>
        <source>Your password, to replace this office:</source>
        <translation>Введите свой пароль, чтобы заменить данные этого офиса:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="350"/>
        <source>&lt;h3&gt;ROCB Desk %1&lt;/h3&gt;&lt;p&gt;The office application of the Regional Office for Capacity Building of the WCO Europe Region, offline on one desk computer.&lt;/p&gt;&lt;p&gt;Office: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ROCB Desk %1&lt;/h3&gt;&lt;p&gt;Офисное приложение Регионального бюро по наращиванию потенциала ВТамО для Европейского региона, работающее автономно на одном компьютере.&lt;/p&gt;&lt;p&gt;Офис: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="250"/>
        <source>Back up the office</source>
        <translation>Резервное копирование офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="81"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="82"/>
        <source>&amp;Bookkeeping</source>
        <translation>&amp;Бухгалтерия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="83"/>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="84"/>
        <source>&amp;Correspondence</source>
        <translation>&amp;Корреспонденция</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="85"/>
        <source>&amp;Work plan</source>
        <translation>&amp;План работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="269"/>
        <source>Backup written and verified: %1</source>
        <translation>Резервная копия создана и проверена: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="300"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="306"/>
        <location filename="../rocb_desk/ui/main_window.py" line="318"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="307"/>
        <source>Replace everything in this office by the backup %1?</source>
        <translation>Заменить все данные этого офиса данными резервной копии %1?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="332"/>
        <source>Office restored from %1</source>
        <translation>Офис восстановлен из %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/main_window.py" line="348"/>
        <source>About ROCB Desk</source>
        <translation>О программе ROCB Desk</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="115"/>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="116"/>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="117"/>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="118"/>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="119"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="120"/>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="121"/>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="122"/>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="123"/>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="124"/>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="125"/>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/events.py" line="126"/>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="52"/>
        <source>The year the needs were collected, such as 2021</source>
        <translation>Год сбора потребностей, например 2021</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="54"/>
        <source>Choose the administration</source>
        <translation>Выберите администрацию</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="62"/>
        <source>What the administration asked for</source>
        <translation>О чем просила администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="93"/>
        <source>Cycle year</source>
        <translation>Год цикла</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="94"/>
        <source>Administration *</source>
        <translation>Администрация *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="95"/>
        <source>Topic in English</source>
        <translation>Тема на английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="96"/>
        <source>Topic in Russian</source>
        <translation>Тема на русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="97"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="98"/>
        <source>Day each step was reached</source>
        <translation>Даты этапов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="99"/>
        <source>Delivered as the event</source>
        <translation>Выполнено в рамках мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="100"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="111"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="111"/>
        <source>New need</source>
        <translation>Новая потребность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="121"/>
        <source>Not delivered yet</source>
        <translation>Еще не выполнено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="162"/>
        <source>Need saved</source>
        <translation>Потребность сохранена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/need_dialog.py" line="169"/>
        <source>The need has changes that are not saved. Save them?</source>
        <translation>В потребности есть несохраненные изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="253"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="254"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="255"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="256"/>
        <source>Stage reached</source>
        <translation>Достигнутый этап</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="257"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="258"/>
        <source>Delivered as</source>
        <translation>Выполнено в рамках</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="56"/>
        <source>&amp;New need…</source>
        <translation>&amp;Новая потребность…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="59"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="74"/>
        <source>C&amp;ycle</source>
        <translation>&amp;Цикл</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="110"/>
        <source>Needs: %1; requesting administrations: %2</source>
        <translation>Потребностей: %1; администраций, направивших запросы: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="162"/>
        <source>Delete the need of %1, “%2”?</source>
        <translation>Удалить потребность «%2» (%1)?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/needs_page.py" line="167"/>
        <source>Delete need</source>
        <translation>Удаление потребности</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="134"/>
        <source>New account</source>
        <translation>Новая учетная запись</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="142"/>
        <source>&amp;Confidential letters, by name</source>
        <translation>Личный допуск к &amp;конфиденциальным письмам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="147"/>
        <source>&amp;Name (to log in):</source>
        <translation>&amp;Имя пользователя (для входа):</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="148"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="149"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="155"/>
        <source>This is the office&apos;s first account: its administrator. Once it exists, everyone logs in at start.</source>
        <translation>Это первая учетная запись офиса — учетная запись его администратора. После ее создания каждый пользователь входит в систему при запуске.</translation>
    </message>
</context>
<context>
    <name>NewsItemDialog</name>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="33"/>
        <source>News item</source>
        <translation>Новость</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="33"/>
        <source>Edit news item</source>
        <translation>Изменение новости</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="41"/>
        <source>Published: printed in the newsletter</source>
        <translation>Опубликовано: печатается в бюллетене</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="47"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="48"/>
        <source>Title (English)</source>
        <translation>Заголовок (английский)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="49"/>
        <source>Title (Russian)</source>
        <translation>Заголовок (русский)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="50"/>
        <source>Text (English)</source>
        <translation>Текст (английский)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/item_dialog.py" line="51"/>
        <source>Text (Russian)</source>
        <translation>Текст (русский)</translation>
    </message>
</context>
<context>
    <name>Newsletter</name>
    <message>
        <location filename="../rocb_desk/services/newsletter.py" line="86"/>
        <source>{year} Q{number}</source>
        <translation>{number}-й квартал {year} г.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="94"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="106"/>
        <location filename="../rocb_desk/services/newsletter_document.py" line="118"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="110"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="111"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="112"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="125"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="139"/>
        <source>Newsletter {quarter}</source>
        <translation>Информационный бюллетень за {quarter}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/newsletter_document.py" line="147"/>
        <source>Nothing to report for this quarter: the office has no events, no public letters and no published news in it.</source>
        <translation>За этот квартал сообщить не о чем: в офисе нет ни мероприятий, ни открытых писем, ни опубликованных новостей за этот период.</translation>
    </message>
</context>
<context>
    <name>NewsletterDialog</name>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="53"/>
        <source>Quarterly newsletter</source>
        <translation>Ежеквартальный информационный бюллетень</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="62"/>
        <source>Q1: January–March</source>
        <translation>1-й квартал: январь–март</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="63"/>
        <source>Q2: April–June</source>
        <translation>2-й квартал: апрель–июнь</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="64"/>
        <source>Q3: July–September</source>
        <translation>3-й квартал: июль–сентябрь</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="65"/>
        <source>Q4: October–December</source>
        <translation>4-й квартал: октябрь–декабрь</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="74"/>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="76"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Квартал</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="84"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="84"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="84"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="94"/>
        <source>&amp;New…</source>
        <translation>&amp;Новая…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="95"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="96"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="112"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="113"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="116"/>
        <source>&amp;Make the newsletter…</source>
        <translation>&amp;Составить бюллетень…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="121"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="129"/>
        <source>The newsletter tells the quarter&apos;s events, the letters marked public and the published news items below; drafts are not printed.</source>
        <translation>В бюллетень входят мероприятия квартала, общедоступные письма и опубликованные новости из списка ниже; черновики не печатаются.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="162"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="162"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="175"/>
        <source>Events: %1; letters: %2; news: %3</source>
        <translation>Мероприятий: %1; писем: %2; новостей: %3</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="200"/>
        <source>The news item is saved</source>
        <translation>Новость сохранена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="228"/>
        <source>Delete the selected news item?</source>
        <translation>Удалить выбранную новость?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="241"/>
        <source>The news item is deleted</source>
        <translation>Новость удалена</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="250"/>
        <source>Save the newsletter</source>
        <translation>Сохранение бюллетеня</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="252"/>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Документ Word (*.docx);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="271"/>
        <source>The newsletter could not be made: %1</source>
        <translation>Не удалось составить бюллетень: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/newsletter/dialog.py" line="278"/>
        <source>Newsletter saved: %1</source>
        <translation>Бюллетень сохранен: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="84"/>
        <source>Financial &amp;year:</source>
        <translation>Финансовый &amp;год:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="87"/>
        <source>Reading the office&apos;s figures…</source>
        <translation>Показатели офиса загружаются…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="237"/>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="253"/>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="290"/>
        <source>Open the ledger of the year in the Bookkeeping tab</source>
        <translation>Открыть книгу учета за год на вкладке «Бухгалтерия»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="291"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="297"/>
        <source>Opening balance</source>
        <translation>Остаток на начало</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="298"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="299"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="305"/>
        <source>Open the contributions in the Bookkeeping tab</source>
        <translation>Открыть взносы на вкладке «Бухгалтерия»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="307"/>
        <source>Contributions</source>
        <translation>Взносы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="314"/>
        <source>received of %1 expected</source>
        <translation>получено из ожидаемых %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="323"/>
        <source>Members contributing</source>
        <translation>Уплатили взносы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="326"/>
        <location filename="../rocb_desk/ui/overview/tab.py" line="375"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="334"/>
        <source>Outstanding</source>
        <translation>Задолженность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="340"/>
        <source>Open the letters in the Correspondence tab</source>
        <translation>Открыть письма на вкладке «Корреспонденция»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="342"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="344"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="345"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="352"/>
        <source>%1 not answered after %2 days</source>
        <translation>%1 без ответа более %2 дней</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="364"/>
        <source>Expenditure by chapter</source>
        <translation>Расходы по главам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="366"/>
        <source>Open the budget against actual in the Bookkeeping tab</source>
        <translation>Открыть сравнение бюджета и факта на вкладке «Бухгалтерия»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="370"/>
        <source>Open the chapter&apos;s entries in the ledger</source>
        <translation>Открыть записи главы в книге учета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="391"/>
        <source>No budget planned for this year: bars compare chapters.</source>
        <translation>Бюджет на этот год не запланирован: полосы сравнивают главы между собой.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="397"/>
        <source>Open the year&apos;s events in the Events tab</source>
        <translation>Открыть мероприятия года на вкладке «Мероприятия»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="399"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="401"/>
        <source>events in the year</source>
        <translation>всего за год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="410"/>
        <source>Open the review of the year&apos;s work plan</source>
        <translation>Открыть обзор плана работы на год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="412"/>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="414"/>
        <source>activities in the plan</source>
        <translation>всего в плане</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="424"/>
        <source>Open the status chart</source>
        <translation>Открыть диаграмму статусов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="428"/>
        <source>No work plan for this year.</source>
        <translation>Плана работы на этот год нет.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="438"/>
        <source>Needs attention (%1)</source>
        <translation>Требует внимания (%1)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="440"/>
        <source>Open the activities needing attention in the Work plan tab</source>
        <translation>Открыть направления деятельности, требующие внимания, на вкладке «План работы»</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="445"/>
        <source>Activities without progress (%1)</source>
        <translation>Нет сведений о ходе выполнения (%1)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="456"/>
        <source>Contributions outstanding (%1)</source>
        <translation>Задолженность по взносам (%1)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="460"/>
        <source>%1 owes %2 (arrears %3)</source>
        <translation>%1: задолженность %2 (всего %3)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="467"/>
        <source>Letters not answered after %1 days (%2)</source>
        <translation>Письма без ответа более %1 дней (%2)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="473"/>
        <source>%1 of %2: %3 (%4 days)</source>
        <translation>%1 от %2: %3 (%4 дн.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/overview/tab.py" line="485"/>
        <source>… and %1 more</source>
        <translation>… и еще %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="60"/>
        <source>A member administration, or another organization</source>
        <translation>Администрация-член или другая организация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="74"/>
        <source>Name *</source>
        <translation>ФИО *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="75"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="76"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="78"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="79"/>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="231"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="232"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="233"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="234"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="235"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/list_model.py" line="236"/>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
</context>
<context>
    <name>ParticipantsImportDialog</name>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="23"/>
        <source>%n row(s) refused: nobody will be imported until the list is corrected.</source>
        <translation>
            <numerusform>Отклонена %n строка: никто не будет импортирован, пока список не исправлен.</numerusform>
            <numerusform>Отклонены %n строки: никто не будет импортирован, пока список не исправлен.</numerusform>
            <numerusform>Отклонено %n строк: никто не будет импортирован, пока список не исправлен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="29"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="30"/>
        <source>Administration</source>
        <translation>Администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="31"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="32"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="33"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="34"/>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participants_import_dialog.py" line="19"/>
        <source>%n participant(s) ready to import.</source>
        <translation>
            <numerusform>Готов к импорту %n участник.</numerusform>
            <numerusform>Готовы к импорту %n участника.</numerusform>
            <numerusform>Готово к импорту %n участников.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="173"/>
        <source>&amp;Add…</source>
        <translation>Доб&amp;авить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="174"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="176"/>
        <source>&amp;Delete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="179"/>
        <source>Mark &amp;present</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="184"/>
        <source>Mark a&amp;bsent</source>
        <translation>Отметить &amp;отсутствие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="186"/>
        <source>&amp;Import list…</source>
        <translation>Импорт &amp;списка…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="188"/>
        <source>Attendance &amp;sheet…</source>
        <translation>Лист р&amp;егистрации…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="191"/>
        <source>Cer&amp;tificates</source>
        <translation>Сер&amp;тификаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="194"/>
        <source>All in one PDF…</source>
        <translation>Все в одном PDF…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="195"/>
        <source>One PDF per participant…</source>
        <translation>Отдельный PDF для каждого участника…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="217"/>
        <source>Documents in</source>
        <translation>Язык документов</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="237"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="239"/>
        <source>%n present</source>
        <translation>
            <numerusform>присутствовали: %n</numerusform>
            <numerusform>присутствовали: %n</numerusform>
            <numerusform>присутствовали: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="273"/>
        <source>Remove %n participant(s) from the event?</source>
        <translation>
            <numerusform>Удалить из мероприятия участников: %n?</numerusform>
            <numerusform>Удалить из мероприятия участников: %n?</numerusform>
            <numerusform>Удалить из мероприятия участников: %n?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="275"/>
        <source>Remove participants</source>
        <translation>Удаление участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="307"/>
        <source>Import a registration list</source>
        <translation>Импорт регистрационного списка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="309"/>
        <source>Registration lists (*.xlsx *.csv)</source>
        <translation>Регистрационные списки (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="324"/>
        <source>Attendance sheet</source>
        <translation>Лист регистрации участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="326"/>
        <source>Word document (*.docx);;Excel workbook (*.xlsx)</source>
        <translation>Документ Word (*.docx);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="341"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="349"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="350"/>
        <source>Certificates are for those present: mark the participants present first.</source>
        <translation>Сертификаты выдаются присутствовавшим: сначала отметьте присутствие участников.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="361"/>
        <source>Certificates of attendance</source>
        <translation>Сертификаты участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="363"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="374"/>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="397"/>
        <source>Writing the certificates…</source>
        <translation>Сохранение сертификатов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="382"/>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="405"/>
        <source>%n certificate(s) saved in %1</source>
        <translation>
            <numerusform>%n сертификат сохранен в %1</numerusform>
            <numerusform>%n сертификата сохранены в %1</numerusform>
            <numerusform>%n сертификатов сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="390"/>
        <source>Folder for the certificates, one PDF per participant</source>
        <translation>Папка для сертификатов (отдельный PDF для каждого участника)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="195"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="103"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/accounts_dialog.py" line="108"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PremisesPage</name>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="256"/>
        <source>&amp;New booking…</source>
        <translation>&amp;Новое бронирование…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="259"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="262"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="268"/>
        <source>Record &amp;rent received…</source>
        <translation>Учесть полученную &amp;арендную плату…</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/events/premises_page.py" line="309"/>
        <source>%n booking(s) in %1</source>
        <translation>
            <numerusform>%1: %n бронирование</numerusform>
            <numerusform>%1: %n бронирования</numerusform>
            <numerusform>%1: %n бронирований</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="366"/>
        <source>Cancel the booking of %1 on %2?</source>
        <translation>Отменить бронирование помещения «%1» на %2?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="371"/>
        <source>The rent received stays in the books.</source>
        <translation>Полученная арендная плата останется в учете.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="373"/>
        <source>Cancel booking</source>
        <translation>Отмена бронирования</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="397"/>
        <source>Rent of %1 EUR recorded as income in the books</source>
        <translation>Арендная плата (%1 евро) отражена в учете как доход</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../rocb_desk/ui/import_preview.py" line="48"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/import_preview.py" line="48"/>
        <source>Refused because</source>
        <translation>Причина отказа</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="37"/>
        <source>Office particulars</source>
        <translation>Реквизиты офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="41"/>
        <source>Office name</source>
        <translation>Наименование офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="42"/>
        <source>Below the name</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="43"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="44"/>
        <source>Director&apos;s name</source>
        <translation>ФИО директора</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="45"/>
        <source>Director&apos;s title</source>
        <translation>Должность директора</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="46"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="47"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="48"/>
        <source>Web site</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="49"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="52"/>
        <source>In English</source>
        <translation>На английском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="53"/>
        <source>In Russian</source>
        <translation>На русском</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="70"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="72"/>
        <source>Largest attachment</source>
        <translation>Максимальный размер вложения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="77"/>
        <source>Printed on the letterhead of outgoing letters and in their signature.</source>
        <translation>Печатаются на бланке исходящих писем и в блоке подписи.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/profile_dialog.py" line="128"/>
        <source>Office particulars saved</source>
        <translation>Реквизиты офиса сохранены</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../rocb_desk/ui/directory/record_dialog.py" line="72"/>
        <source>Fields marked * are required.</source>
        <translation>Поля, отмеченные *, обязательны для заполнения.</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="207"/>
        <source>Record rent received</source>
        <translation>Учет полученной арендной платы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="211"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="212"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="214"/>
        <source>Amount (EUR)</source>
        <translation>Сумма (евро)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="215"/>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="216"/>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="136"/>
        <location filename="../rocb_desk/services/report/texts.py" line="23"/>
        <source>Foreword</source>
        <translation>Предисловие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="144"/>
        <location filename="../rocb_desk/services/report/texts.py" line="24"/>
        <source>Executive Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="150"/>
        <location filename="../rocb_desk/services/report/texts.py" line="25"/>
        <source>General Information</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="151"/>
        <location filename="../rocb_desk/services/report/texts.py" line="26"/>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="152"/>
        <location filename="../rocb_desk/services/report/texts.py" line="27"/>
        <source>Assets</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="125"/>
        <source>Annual Progress Report {year}</source>
        <translation>Ежегодный отчёт о ходе работы {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="121"/>
        <source>Reporting period: {start} – {end}</source>
        <translation>Отчётный период: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="133"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="137"/>
        <source>the foreword</source>
        <translation>предисловие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="145"/>
        <source>the executive summary</source>
        <translation>резюме</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="111"/>
        <source>Not written yet.</source>
        <translation>Пока не написано.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="147"/>
        <source>A. Introduction</source>
        <translation>A. Введение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="159"/>
        <source>B. Strategy and Road Map</source>
        <translation>B. Стратегия и дорожная карта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="162"/>
        <source>C. Report of Activities</source>
        <translation>C. Отчёт о деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="166"/>
        <source>the work plan of the year</source>
        <translation>план работы на год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="167"/>
        <source>No work plan is kept for this year.</source>
        <translation>План работы на этот год не внесен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="169"/>
        <source>D. Events</source>
        <translation>D. Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="175"/>
        <source>the events</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="176"/>
        <source>No events are recorded for this year.</source>
        <translation>Мероприятия за этот год не внесены.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="182"/>
        <source>E. Work Plan {year}</source>
        <translation>E. План работы на {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="188"/>
        <source>the work plan of the next year</source>
        <translation>план работы на следующий год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="190"/>
        <source>No work plan is kept for the next year yet.</source>
        <translation>План работы на следующий год пока не внесен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="193"/>
        <source>F. Activities of Regional Training Centers</source>
        <translation>F. Деятельность региональных учебных центров</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="196"/>
        <source>G. Financial Aspects</source>
        <translation>G. Финансовые аспекты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="198"/>
        <source>the books of the year</source>
        <translation>книга учета за год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="212"/>
        <source>Not recorded for {year}: {parts}.</source>
        <translation>Не внесено за {year}: {parts}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="233"/>
        <source>the Strategic Framework</source>
        <translation>стратегическая основа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="235"/>
        <source>No Strategic Framework is kept for this year.</source>
        <translation>Стратегическая основа на этот год не внесена.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="241"/>
        <source>Strategic Framework {period}</source>
        <translation>Стратегическая основа {period}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="245"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="246"/>
        <source>Vision</source>
        <translation>Видение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="251"/>
        <source>Values</source>
        <translation>Ценности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="260"/>
        <source>Deliverables</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="261"/>
        <source>Potential stakeholders</source>
        <translation>Потенциальные заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="262"/>
        <source>Performance indicators</source>
        <translation>Показатели результативности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="269"/>
        <source>Expected impact: {impact}</source>
        <translation>Ожидаемое воздействие: {impact}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="279"/>
        <source>the reports of the Regional Training Centers</source>
        <translation>отчёты региональных учебных центров</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="203"/>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/report/assemble.py" line="206"/>
        <source>Annex {number}: {title}</source>
        <translation>Приложение {number}: {title}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="53"/>
        <source>Annual progress report</source>
        <translation>Ежегодный отчет о ходе работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="62"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="63"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="65"/>
        <source>&amp;Make the report…</source>
        <translation>&amp;Составить отчет…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="68"/>
        <source>Financial &amp;year</source>
        <translation>Финансовый &amp;год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="73"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="80"/>
        <source>The report is made from the books, the events, the letters and the work plan. Only these words are written for it, for each year; paragraphs are separated by a blank line, list items start with “- ”.</source>
        <translation>Отчет составляется по книге учета, мероприятиям, письмам и плану работы. Отдельно для него пишутся только эти тексты, для каждого года; абзацы разделяются пустой строкой, пункты списка начинаются с «- ».</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="96"/>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="160"/>
        <source>The report&apos;s texts are saved</source>
        <translation>Тексты отчета сохранены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="166"/>
        <source>The report&apos;s texts have changes that are not saved. Save them?</source>
        <translation>В текстах отчета есть несохраненные изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="182"/>
        <source>Save the annual progress report</source>
        <translation>Сохранение ежегодного отчета о ходе работы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="184"/>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Документ PDF (*.pdf);;Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="217"/>
        <source>Assembling the report…</source>
        <translation>Составление отчета…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="192"/>
        <source>Assembling: %1</source>
        <translation>Составление: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="192"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="231"/>
        <source>The report was cancelled; no file was written</source>
        <translation>Составление отчета отменено; файл не записан</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="225"/>
        <source>The report could not be made: %1</source>
        <translation>Не удалось составить отчет: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/report/dialog.py" line="233"/>
        <source>Report saved: %1</source>
        <translation>Отчет сохранен: %1</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="61"/>
        <source>Activity</source>
        <translation>Направление деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="62"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="63"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="64"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="65"/>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="66"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="67"/>
        <source>Signed off</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="123"/>
        <source>Strategic Goal %1</source>
        <translation>Стратегическая цель %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="172"/>
        <source>Counted: %1</source>
        <translation>Подсчитано: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="174"/>
        <source>Baseline: %1</source>
        <translation>Исходное значение: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/models.py" line="176"/>
        <source>Target: %1</source>
        <translation>Целевое значение: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="59"/>
        <source>Only those needing &amp;attention</source>
        <translation>Только требующие &amp;внимания</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="62"/>
        <source>Activities with no progress recorded, overdue, or with no evidence linked</source>
        <translation>Направления деятельности без сведений о ходе выполнения, просроченные или без привязанных подтверждений</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="81"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Новое направление…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="84"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="90"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="94"/>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="279"/>
        <source>&amp;Sign off activity…</source>
        <translation>У&amp;твердить направление…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="97"/>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="238"/>
        <source>Sign off the &amp;year&apos;s progress…</source>
        <translation>Утвердить за &amp;год…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="102"/>
        <source>&amp;Carry forward…</source>
        <translation>&amp;Перенести на следующий год…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="105"/>
        <source>Expected &amp;impacts…</source>
        <translation>О&amp;жидаемое воздействие…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="113"/>
        <source>Export &amp;plan…</source>
        <translation>&amp;Экспорт плана…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="116"/>
        <source>Export &amp;report of activities…</source>
        <translation>Экспо&amp;рт отчета…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="129"/>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="202"/>
        <source>&amp;Carry forward to %1…</source>
        <translation>&amp;Перенести в %1…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="208"/>
        <source>Activities needing attention: %1</source>
        <translation>Требуют внимания: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="211"/>
        <source>Activities: %1; needing attention: %2</source>
        <translation>Направлений деятельности: %1; требуют внимания: %2</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="222"/>
        <source>The progress of %1 was signed off by %2.</source>
        <translation>Ход выполнения за %1 утвержден: %2.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="230"/>
        <source>The progress of %1 is not signed off yet.</source>
        <translation>Ход выполнения за %1 еще не утвержден.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="236"/>
        <source>Withdraw the &amp;year&apos;s sign-off…</source>
        <translation>Отозвать утверждение за &amp;год…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="277"/>
        <source>&amp;Withdraw sign-off…</source>
        <translation>&amp;Отозвать утверждение…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="311"/>
        <source>Delete activity %1 “%2” with its progress, status history and evidence links? The linked events, letters and entries stay.</source>
        <translation>Удалить направление деятельности %1 «%2» вместе с ходом выполнения, историей статусов и привязками подтверждений? Связанные мероприятия, письма и записи сохранятся.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="318"/>
        <source>Delete activity</source>
        <translation>Удаление направления деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="329"/>
        <source>Activity %1 deleted</source>
        <translation>Направление деятельности %1 удалено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="342"/>
        <source>Withdraw the sign-off of activity %1, given by %2?</source>
        <translation>Отозвать утверждение направления деятельности %1 (утверждено: %2)?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="346"/>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="375"/>
        <source>Withdraw sign-off</source>
        <translation>Отзыв утверждения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="350"/>
        <source>Sign off the progress of activity %1. A comment (optional):</source>
        <translation>Утвердить ход выполнения направления деятельности %1. Комментарий (необязательно):</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="353"/>
        <source>Sign off activity</source>
        <translation>Утверждение направления деятельности</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="371"/>
        <source>Withdraw the sign-off of the progress of %1, given by %2?</source>
        <translation>Отозвать утверждение хода выполнения за %1 (утверждено: %2)?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="384"/>
        <source>Sign off the progress of %1 as reviewed; everyone sees who signed and when. A comment (optional):</source>
        <translation>Утвердить ход выполнения за %1 как рассмотренный; все увидят, кто и когда его утвердил. Комментарий (необязательно):</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="387"/>
        <source>Sign off the year&apos;s progress</source>
        <translation>Утверждение хода выполнения за год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="396"/>
        <source>The progress of %1 is signed off</source>
        <translation>Ход выполнения за %1 утвержден</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="403"/>
        <source>Copy the activities of %1 that are not completed or cancelled into the plan %2? Their progress, evidence and sign-offs stay with %1; activities the plan %2 already has are left as they are.</source>
        <translation>Скопировать в план %2 направления деятельности %1, которые не завершены и не отменены? Их ход выполнения, подтверждения и утверждения останутся в %1; направления деятельности, которые уже есть в плане %2, останутся без изменений.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="411"/>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="433"/>
        <source>Carry forward</source>
        <translation>Перенос на следующий год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/review_page.py" line="422"/>
        <source>Copied into %1: %2.
Left behind as completed or cancelled: %3.
Already in the plan %1: %4.</source>
        <translation>Скопировано в %1: %2.
Не перенесено как завершенные или отмененные: %3.
Уже было в плане %1: %4.</translation>
    </message>
</context>
<context>
    <name>Rtc</name>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="13"/>
        <source>Name of the RTC</source>
        <translation>Наименование РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="14"/>
        <source>Head of the RTC</source>
        <translation>Руководитель РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="15"/>
        <source>RTC website and e-mail address</source>
        <translation>Веб-сайт и адрес электронной почты РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="16"/>
        <source>Number of staff</source>
        <translation>Численность персонала</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="17"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="18"/>
        <source>Contact person e-mail &amp; phone number</source>
        <translation>Эл. почта и телефон контактного лица</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="19"/>
        <source>Brief history &amp; information about the centre</source>
        <translation>Краткая история и сведения о центре</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="20"/>
        <source>Developments</source>
        <translation>Основные события и изменения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="21"/>
        <source>Additional remarks</source>
        <translation>Дополнительные замечания</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="25"/>
        <source>Does the RTC have its own building, with adequate rooms or space for trainings, meetings etc.?</source>
        <translation>Есть ли у РУЦ собственное здание с надлежащими помещениями или площадями для обучения, совещаний и т. п.?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="30"/>
        <source>Does the RTC work on the basis of a strategy document, action plan or similar?</source>
        <translation>Работает ли РУЦ на основе стратегического документа, плана действий или аналогичного документа?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="33"/>
        <source>Does the RTC have accommodation facilities?</source>
        <translation>Есть ли у РУЦ возможности для проживания участников?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="34"/>
        <source>Does the RTC have its own budget, separate from the Customs administration?</source>
        <translation>Есть ли у РУЦ собственный бюджет, отдельный от бюджета таможенной администрации?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="37"/>
        <source>Does the RTC receive support from others than its Customs administration?</source>
        <translation>Получает ли РУЦ поддержку не только от своей таможенной администрации?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="40"/>
        <source>Is the number of staff at the RTC adequate for the workload allocated to it?</source>
        <translation>Соответствует ли численность персонала РУЦ возложенной на него нагрузке?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="43"/>
        <source>Is the RTC willing to specialize in certain topic(s)? If so, which?</source>
        <translation>Готов ли РУЦ специализироваться на определенных темах? Если да, то на каких?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="50"/>
        <source>{yes} of the {reports} RTCs have their own building with adequate rooms for trainings and meetings.</source>
        <translation>Собственное здание с надлежащими помещениями для обучения и совещаний есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="55"/>
        <source>{yes} of the {reports} RTCs work on the basis of a strategy document, action plan or similar.</source>
        <translation>Стратегический документ, план действий или аналогичный документ, на основе которого ведется работа, есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="60"/>
        <source>{yes} of the {reports} RTCs have accommodation facilities.</source>
        <translation>Возможности для проживания участников есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="63"/>
        <source>{yes} of the {reports} RTCs have their own budget separate from the Customs administration.</source>
        <translation>Собственный бюджет, отдельный от бюджета таможенной администрации, есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="68"/>
        <source>{yes} of the {reports} RTCs receive support from others than their Customs administration.</source>
        <translation>Поддержка не только от своей таможенной администрации есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="73"/>
        <source>{yes} of the {reports} RTCs consider their number of staff adequate for their workload.</source>
        <translation>По оценке {yes} из {reports} РУЦ, численность их персонала соответствует нагрузке.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="77"/>
        <source>{yes} of the {reports} RTCs are willing to specialize in certain topics.</source>
        <translation>Готовность специализироваться на определенных темах есть у {yes} из {reports} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="81"/>
        <source>The RTCs organized or took part in {held} events and plan {planned} more.</source>
        <translation>Мероприятий, организованных РУЦ или проведенных с их участием: {held}; запланировано еще: {planned}.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="84"/>
        <source>{reports} of the {rtcs} RTCs sent their annual report for {year}.</source>
        <translation>Ежегодные отчеты за {year} получены от {reports} из {rtcs} РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="87"/>
        <source>No RTC report has been recorded for {year}.</source>
        <translation>За {year} не внесено ни одного отчета РУЦ.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="90"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="91"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/labels.py" line="92"/>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="23"/>
        <location filename="../rocb_desk/services/rtc/template.py" line="79"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="24"/>
        <source>Information</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="26"/>
        <location filename="../rocb_desk/services/rtc/template.py" line="70"/>
        <source>Name of the Event</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="27"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="28"/>
        <location filename="../rocb_desk/services/rtc/template.py" line="74"/>
        <source>Attendance</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="29"/>
        <location filename="../rocb_desk/services/rtc/template.py" line="76"/>
        <source>Purpose &amp; Outcomes</source>
        <translation>Цель и результаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="30"/>
        <source>General information</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="31"/>
        <source>Organized or hosted events</source>
        <translation>Мероприятия, организованные или проведенные на базе РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="32"/>
        <source>Planned or foreseen events</source>
        <translation>Планируемые или предполагаемые мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="33"/>
        <source>None reported.</source>
        <translation>Сведений не представлено.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="34"/>
        <source>No report was received from {rtc} for {year}.</source>
        <translation>{rtc}: отчет за {year} не получен.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="35"/>
        <source>{rtc} events</source>
        <translation>{rtc} мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/section_f.py" line="36"/>
        <source>{rtc} planned</source>
        <translation>{rtc} планируемые</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="58"/>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="59"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="60"/>
        <source>Planned</source>
        <translation>Планируемые</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="61"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="64"/>
        <source>Template version (do not change)</source>
        <translation>Версия шаблона (не изменять)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="65"/>
        <source>RTC code (do not change)</source>
        <translation>Код РУЦ (не изменять)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="66"/>
        <source>Financial year reported (e.g. 2020/2021)</source>
        <translation>Отчетный финансовый год (например, 2020/2021)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="71"/>
        <source>Date (as you write it)</source>
        <translation>Дата (в свободной форме)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="72"/>
        <source>Start date (YYYY-MM-DD, if known)</source>
        <translation>Дата начала (ГГГГ-ММ-ДД, если известна)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="73"/>
        <source>End date (YYYY-MM-DD, if known)</source>
        <translation>Дата окончания (ГГГГ-ММ-ДД, если известна)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="75"/>
        <source>Number attending (digits, if known)</source>
        <translation>Число участников (цифрами, если известно)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="78"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="80"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="81"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="82"/>
        <source>Answer (yes or no)</source>
        <translation>Ответ (да или нет)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="83"/>
        <source>Note (for specialization: the topics)</source>
        <translation>Примечание (для специализации — темы)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="84"/>
        <source>WCO Europe Region Regional Training Center (RTC) annual report</source>
        <translation>Ежегодный отчет регионального учебного центра (РУЦ) Европейского региона ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="85"/>
        <source>{year} (1 April {start} – 31 March {end})</source>
        <translation>{year} (1 апреля {start} г. – 31 марта {end} г.)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="86"/>
        <source>Please fill in the answers and the events and send the file back to the ROCB Europe. Do not change the codes, the template version or the order of the sheets. Write dates as YYYY-MM-DD and numbers in digits; keep dates and attendance as you wish them printed in the Date and Attendance columns.</source>
        <translation>Заполните, пожалуйста, ответы и сведения о мероприятиях и отправьте файл обратно в РБНП Европа. Не изменяйте коды, версию шаблона и порядок листов. Даты указывайте в виде ГГГГ-ММ-ДД, числа — цифрами; в столбцах «Дата» и «Участники» запишите даты и участников так, как они должны быть напечатаны.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="94"/>
        <source>I. General information</source>
        <translation>I. Общие сведения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="95"/>
        <source>II. Organized or hosted events</source>
        <translation>II. Мероприятия, организованные или проведенные на базе РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="96"/>
        <source>III. Planned or foreseen events</source>
        <translation>III. Планируемые или предполагаемые мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/rtc/template.py" line="97"/>
        <source>IV. Survey</source>
        <translation>IV. Опрос</translation>
    </message>
</context>
<context>
    <name>RtcImportDialog</name>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/rtc/page.py" line="47"/>
        <source>The report is ready to import (%n row(s) read).</source>
        <translation>
            <numerusform>Отчет готов к импорту (прочитана %n строка).</numerusform>
            <numerusform>Отчет готов к импорту (прочитаны %n строки).</numerusform>
            <numerusform>Отчет готов к импорту (прочитано %n строк).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/rtc/page.py" line="51"/>
        <source>%n row(s) refused: nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>Отклонена %n строка: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>Отклонены %n строки: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>Отклонено %n строк: ничего не будет импортировано, пока файл не исправлен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="56"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="56"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="56"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>RtcReportView</name>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="85"/>
        <source>Organized or hosted events</source>
        <translation>Мероприятия, организованные или проведенные на базе РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="86"/>
        <source>Planned or foreseen events</source>
        <translation>Планируемые или предполагаемые мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="94"/>
        <source>Name of the Event</source>
        <translation>Название мероприятия</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="95"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="96"/>
        <source>Attendance</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="97"/>
        <source>Purpose &amp; Outcomes</source>
        <translation>Цель и результаты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="108"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
</context>
<context>
    <name>RtcReportsPage</name>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="138"/>
        <source>RTC</source>
        <translation>РУЦ</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="138"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="138"/>
        <source>Events held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="138"/>
        <source>Events planned</source>
        <translation>Намечено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="151"/>
        <source>Save blank template…</source>
        <translation>Сохранить пустой шаблон…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="152"/>
        <source>Import filled report…</source>
        <translation>Импортировать заполненный отчет…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="153"/>
        <source>View report</source>
        <translation>Просмотреть отчет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="154"/>
        <source>Delete report</source>
        <translation>Удалить отчет</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="162"/>
        <source>Financial year:</source>
        <translation>Финансовый год:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="200"/>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="200"/>
        <source>not received</source>
        <translation>не получен</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="222"/>
        <source>Save blank template</source>
        <translation>Сохранение пустого шаблона</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="224"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx)</source>
        <translation>Книга Excel (*.xlsx);;Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="244"/>
        <source>Import filled report</source>
        <translation>Импорт заполненного отчета</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="246"/>
        <source>Filled report template (*.xlsx *.docx)</source>
        <translation>Заполненный шаблон отчёта (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="269"/>
        <source>%1 already has a report for %2. Replace it with this file?</source>
        <translation>%1: отчет за %2 уже внесен. Заменить его этим файлом?</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/rtc/page.py" line="312"/>
        <source>Delete the report of %1 for %2?</source>
        <translation>Удалить отчет за %2 (%1)?</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="72"/>
        <source>Search references, subjects, correspondents, texts and attachments (Ctrl+F)</source>
        <translation>Поиск по номерам, темам, корреспондентам, текстам и вложениям (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="76"/>
        <source>Words are found in any form of case; contrib* finds every word that begins so; &quot;in quotes&quot; is a phrase; OR, NOT and - combine words.</source>
        <translation>Регистр букв не учитывается; взнос* находит все слова, которые так начинаются; &quot;в кавычках&quot; — точная фраза; OR, NOT и - сочетают слова.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="80"/>
        <source>Incoming and outgoing</source>
        <translation>Входящие и исходящие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="83"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="85"/>
        <source>All correspondents</source>
        <translation>Все корреспонденты</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="94"/>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="97"/>
        <source>Any restriction</source>
        <translation>Любой уровень доступа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="100"/>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="127"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="130"/>
        <source>&amp;Compose outgoing letter…</source>
        <translation>&amp;Составить исходящее письмо…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="133"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="139"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Удалить проект</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="146"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="149"/>
        <source>Export &amp;circular…</source>
        <translation>Экспорт &amp;циркулярного письма…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="153"/>
        <source>&amp;Import archive…</source>
        <translation>&amp;Импорт архива…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="155"/>
        <source>Office &amp;particulars…</source>
        <translation>&amp;Реквизиты офиса…</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="244"/>
        <source>More than %1 letters found</source>
        <translation>Найдено более %1 писем</translation>
    </message>
    <message numerus="yes">
        <location filename="../rocb_desk/ui/letters/search_page.py" line="248"/>
        <source>%n letter(s) found</source>
        <translation>
            <numerusform>Найдено %n письмо</numerusform>
            <numerusform>Найдено %n письма</numerusform>
            <numerusform>Найдено %n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="250"/>
        <source>most recently registered first: too common to rank</source>
        <translation>сначала последние зарегистрированные: слова слишком частые для ранжирования</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="272"/>
        <source>%1 %2: last %3</source>
        <translation>%1, %2 г.: последний номер %3</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="278"/>
        <source>missing %1</source>
        <translation>пропущены: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="281"/>
        <source>given twice %1</source>
        <translation>выданы дважды: %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="352"/>
        <source>Delete the draft %1? Its number becomes free again.</source>
        <translation>Удалить проект %1? Его номер снова станет свободным.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="356"/>
        <source>Delete draft</source>
        <translation>Удаление проекта</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="365"/>
        <source>Draft %1 deleted</source>
        <translation>Проект %1 удален</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="381"/>
        <source>Index of the scanned archive</source>
        <translation>Опись сканированного архива</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="383"/>
        <source>Index of letters (*.csv *.xlsx);;All files (*)</source>
        <translation>Опись писем (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/letters/search_page.py" line="388"/>
        <source>Folder of the scanned letters</source>
        <translation>Папка со сканами писем</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="45"/>
        <source>The year in figures</source>
        <translation>Год в цифрах</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="48"/>
        <source>Events in all</source>
        <translation>Всего мероприятий</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="49"/>
        <source>Organized, hosted, co-organized or coordinated</source>
        <translation>Организовано, проведено на базе офиса, соорганизовано или координировано</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="50"/>
        <source>Financially supported</source>
        <translation>Финансовая поддержка</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="51"/>
        <source>Participants in all</source>
        <translation>Всего участников</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="52"/>
        <source>Women / men, where known</source>
        <translation>Женщины / мужчины (где известно)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="55"/>
        <source>Events by the office&apos;s role</source>
        <translation>Мероприятия по роли офиса</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="59"/>
        <source>Events by kind</source>
        <translation>Мероприятия по видам</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="66"/>
        <source>An event may hold several roles, so the roles add up to more than the events. Participants are counted from an event&apos;s participant list where it has one (those not absent), otherwise as typed in the event.</source>
        <translation>Одно мероприятие может иметь несколько ролей, поэтому сумма по ролям может превышать число мероприятий. Участники подсчитываются по списку участников мероприятия, если он есть (кроме отсутствовавших), иначе берется число, введенное в мероприятии.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="74"/>
        <source>Financial year</source>
        <translation>Финансовый год</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/statistics_view.py" line="140"/>
        <source>not recorded</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="60"/>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/chart_page.py" line="104"/>
        <source>The plan has no activities yet.</source>
        <translation>В плане пока нет направлений деятельности.</translation>
    </message>
</context>
<context>
    <name>TrustSettingsDialog</name>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="32"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="33"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="39"/>
        <source>&amp;Lock the window after idle:</source>
        <translation>&amp;Блокировать окно после бездействия:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="40"/>
        <source>Automatic &amp;backups kept:</source>
        <translation>Хранить автоматических &amp;резервных копий:</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="43"/>
        <source>The window locks when nobody has touched the keyboard or the mouse for this long (never: 0), and only when the office has accounts. A backup is written when the application closes and once a day while it runs; the oldest automatic ones beyond this number are removed.</source>
        <translation>Окно блокируется, если за это время никто не касался клавиатуры и мыши (никогда: 0), и только если в офисе есть учетные записи. Резервная копия создается при закрытии приложения и раз в день, пока оно работает; самые старые автоматические копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/trust/settings_dialog.py" line="61"/>
        <source>Only the administrator changes these settings.</source>
        <translation>Изменять эти параметры может только администратор.</translation>
    </message>
</context>
<context>
    <name>Workplan</name>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="76"/>
        <source>Keystone Strategic Goals</source>
        <translation>Ключевые стратегические цели</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="77"/>
        <source>Strategic Goals on Organizational Management</source>
        <translation>Стратегические цели в области организационного управления</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="80"/>
        <source>Strategic Goal on Communication</source>
        <translation>Стратегическая цель в области коммуникации</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="84"/>
        <source>Planned</source>
        <translation>Намечено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="85"/>
        <source>Initiated</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="86"/>
        <source>Ongoing</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="87"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="88"/>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="89"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="103"/>
        <source>Member Administrations</source>
        <translation>Администрации-члены</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="104"/>
        <source>WCO</source>
        <translation>ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="105"/>
        <source>Other International Organizations</source>
        <translation>Другие международные организации</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="108"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="109"/>
        <source>Private Sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="110"/>
        <source>Host Administration</source>
        <translation>Принимающая администрация</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="114"/>
        <source>Told in words</source>
        <translation>Описывается словами</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="115"/>
        <source>Linked events of the year</source>
        <translation>Связанные мероприятия года</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="116"/>
        <source>Linked letters of the year</source>
        <translation>Связанные письма года</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="117"/>
        <source>Needs of the cycle collected in the year</source>
        <translation>Потребности цикла, собранные в этом году</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="123"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="124"/>
        <source>Forwarded to the WCO</source>
        <translation>Направлено в ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="125"/>
        <source>In the WCO plan</source>
        <translation>В плане ВТамО</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="126"/>
        <source>Taken over by the office</source>
        <translation>Принято к исполнению Бюро</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="127"/>
        <source>Delivered</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="131"/>
        <source>Trade facilitation</source>
        <translation>Упрощение процедур торговли</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="132"/>
        <source>Revenue collection</source>
        <translation>Взимание платежей</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="133"/>
        <source>Compliance and enforcement</source>
        <translation>Контроль и правоприменение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/domain/workplan.py" line="136"/>
        <source>Organizational development</source>
        <translation>Организационное развитие</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="65"/>
        <source>Strategic Goal {number}</source>
        <translation>Стратегическая цель {number}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="127"/>
        <source>Baseline: {value}</source>
        <translation>Исходное значение: {value}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="129"/>
        <source>Target: {value}</source>
        <translation>Целевое значение: {value}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="139"/>
        <source>Expected Impact: {impact}</source>
        <translation>Ожидаемое воздействие: {impact}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="144"/>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="145"/>
        <source>Stakeholders</source>
        <translation>Заинтересованные стороны</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="146"/>
        <source>Expected Output</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="147"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="148"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="149"/>
        <source>Intended Outcome</source>
        <translation>Планируемый итог</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="164"/>
        <source>Goal {number}</source>
        <translation>Цель {number}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="170"/>
        <source>Work Plan {year}</source>
        <translation>План работы на {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="181"/>
        <location filename="../rocb_desk/services/workplan/documents.py" line="204"/>
        <source>The plan {year} has no activities yet.</source>
        <translation>В плане {year} пока нет направлений деятельности.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="197"/>
        <source>Report of Activities {year}</source>
        <translation>Отчет о деятельности за {year}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="220"/>
        <source>No progress recorded.</source>
        <translation>Сведения о ходе выполнения не внесены.</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/documents.py" line="224"/>
        <source>{indicator}: {actual}</source>
        <translation>{indicator}: {actual}</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/review.py" line="96"/>
        <source>No progress recorded</source>
        <translation>Нет сведений о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/review.py" line="97"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../rocb_desk/services/workplan/review.py" line="98"/>
        <source>No evidence</source>
        <translation>Нет подтверждений</translation>
    </message>
</context>
<context>
    <name>WorkplanTab</name>
    <message>
        <location filename="../rocb_desk/ui/workplan/tab.py" line="43"/>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/tab.py" line="44"/>
        <source>Status chart</source>
        <translation>Диаграмма статусов</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/tab.py" line="45"/>
        <source>Needs register</source>
        <translation>Реестр потребностей</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/tab.py" line="46"/>
        <source>Strategic Framework</source>
        <translation>Стратегическая основа</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/workplan/tab.py" line="47"/>
        <source>RTC reports</source>
        <translation>Отчеты РУЦ</translation>
    </message>
</context>
<context>
    <name>YearFiguresDialog</name>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="88"/>
        <source>Financial year settings</source>
        <translation>Параметры финансового года</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="92"/>
        <source>Kept before the books were in ROCB Desk</source>
        <translation>Учтен до ведения учета в ROCB Desk</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="97"/>
        <source>Financial year *</source>
        <translation>Финансовый год *</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="99"/>
        <source>Standard contribution (EUR)</source>
        <translation>Стандартный взнос (евро)</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/books/settings_dialogs.py" line="102"/>
        <source>Contributing members</source>
        <translation>Члены, уплатившие взносы</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="137"/>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/participant_dialog.py" line="139"/>
        <source>Edit participant</source>
        <translation>Изменение данных участника</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="179"/>
        <source>New booking</source>
        <translation>Новое бронирование</translation>
    </message>
    <message>
        <location filename="../rocb_desk/ui/events/premises_page.py" line="188"/>
        <source>Edit booking</source>
        <translation>Изменение бронирования</translation>
    </message>
</context>
</TS>
